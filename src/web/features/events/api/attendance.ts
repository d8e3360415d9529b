import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../api/keys.ts';
import { apiRequest, seg } from '../../../lib/api.ts';

/** Says (or takes back) that the signed-in person will attend; no obligation either way. */
export function setAttendance(network: string, slug: string, attending: boolean): Promise<void> {
  return apiRequest(`/api/networks/${seg(network)}/events/${seg(slug)}/attendance`, {
    method: attending ? 'PUT' : 'DELETE',
  });
}

export function useSetAttendance(network: string, slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (attending: boolean) => setAttendance(network, slug, attending),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.events.detail(network, slug) }),
  });
}
