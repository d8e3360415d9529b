import { queryOptions, useQuery } from '@tanstack/react-query';
import type { InstallationSettings } from '#shared/installation.ts';
import { apiRequest, unchecked } from '../lib/api.ts';
import { queryKeys } from './keys.ts';

/** The installation's contact address and accessibility statement (every page's footer reads it). */
export function getInstallation(signal?: AbortSignal): Promise<InstallationSettings> {
  return apiRequest('/api/installation', { schema: unchecked<InstallationSettings>(), signal });
}

export const installationQueryOptions = () =>
  queryOptions({ queryKey: queryKeys.installation, queryFn: ({ signal }) => getInstallation(signal) });

export function useInstallation() {
  return useQuery(installationQueryOptions());
}
