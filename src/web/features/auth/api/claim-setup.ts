import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../api/keys.ts';
import { apiRequest } from '../../../lib/api.ts';

/** Makes the signed-in person the first installation admin with the setup code from the server's log. */
export function claimSetup(code: string): Promise<void> {
  return apiRequest('/api/setup', { method: 'POST', body: { code } });
}

export function useClaimSetup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: claimSetup,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.session }),
  });
}
