import type { Language } from '#shared/common.ts';

/** What the interest form holds while it is filled in. */
export interface Values {
  name: string;
  email: string;
  organisation: string;
  organisationType: string;
  role: string;
  topics: string[];
  language: Language;
  listIds: string[];
  consent: boolean;
  website: string;
}

/** Sets one value; `set('name')` is a field's change handler. */
export type SetValue = <K extends keyof Values>(key: K) => (value: Values[K]) => void;
