import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { AdminSchema } from '#shared/people.ts';
import { apiRequest } from '../../../lib/api.ts';

const AdminListSchema = z.object({ admins: z.array(AdminSchema) });
export type Admin = z.infer<typeof AdminSchema>;

export const adminsKey = ['admin', 'admins'] as const;

export function listAdmins(signal?: AbortSignal) {
  return apiRequest('/api/admin/admins', { schema: AdminListSchema, signal });
}

export const adminsQueryOptions = () =>
  queryOptions({ queryKey: adminsKey, queryFn: ({ signal }) => listAdmins(signal) });

export function useAdmins() {
  return useQuery(adminsQueryOptions());
}
