import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type Profile, type ProfileInput, ProfileSchema } from '#shared/people.ts';
import { queryKeys } from '../../../api/keys.ts';
import { apiRequest } from '../../../lib/api.ts';

export function updateProfile(input: ProfileInput): Promise<Profile> {
  return apiRequest('/api/me/profile', { method: 'PUT', body: input, schema: ProfileSchema });
}

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProfile,
    onSuccess: (profile) => {
      queryClient.setQueryData(queryKeys.profile, profile);
      void queryClient.invalidateQueries({ queryKey: queryKeys.session });
    },
  });
}
