// The kinds of organisation without zod, for the live room's entry (people.ts re-exports them;
// docs/decisions/0021).

export const ORGANISATION_TYPES = [
  'municipality',
  'wellbeing-services-county',
  'government-agency',
  'ministry',
  'joint-municipal-authority',
  'education-research',
  'company',
  'association',
  'other',
] as const;
