import type { PersonalDataPart } from '#server/platform/personal-data.ts';
import { auditEntriesOf } from './audit.service.ts';

/**
 * What the person did as organiser or admin. Deleting the account keeps these entries, with the
 * address, until AUDIT_RETENTION_DAYS: a record of who erased what must outlive the eraser's
 * account (docs/decisions/0014, GDPR art. 17(3)(b) and (e)).
 */
export const auditPersonalData: PersonalDataPart = {
  feature: 'audit',
  tables: ['audit_entries'],
  exportOf: async (db, person) => ({ auditLog: await auditEntriesOf(db, person.userId) }),
  erase: async () => {},
};
