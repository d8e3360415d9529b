import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  type InstallationSettings,
  type InstallationSettingsInput,
  InstallationSettingsSchema,
} from '#shared/installation.ts';
import { queryKeys } from '../../../api/keys.ts';
import { apiRequest } from '../../../lib/api.ts';

/** Replaces the installation's contact address, accessibility statement and supervisory authority. */
export function saveInstallation(input: InstallationSettingsInput): Promise<InstallationSettings> {
  return apiRequest('/api/installation', { method: 'PUT', body: input, schema: InstallationSettingsSchema });
}

export function useSaveInstallation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveInstallation,
    onSuccess: (settings) => queryClient.setQueryData(queryKeys.installation, settings),
  });
}
