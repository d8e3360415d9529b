import { LANGUAGES, type Language } from '#shared/languages.ts';
import type { InterestInfo } from '../../api/get-interest-form.ts';

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

/** An empty form in the UI language, with the only list chosen when there is one. */
export const initialValues = (info: InterestInfo, language: Language): Values => ({
  name: '',
  email: '',
  organisation: '',
  organisationType: '',
  role: '',
  topics: [],
  language,
  listIds: info.lists.length === 1 && info.lists[0] ? [info.lists[0].id] : [],
  consent: false,
  website: '',
});

const textOf = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback);
const textsOf = (value: unknown) => (Array.isArray(value) ? value.filter((v) => typeof v === 'string') : []);

/** The values a refused form was sent with (the server read them from the post), over `empty`. */
export function valuesOf(sent: Record<string, unknown>, empty: Values): Values {
  const language = LANGUAGES.find((l) => l === sent.language) ?? empty.language;
  return {
    name: textOf(sent.name, ''),
    email: textOf(sent.email, ''),
    organisation: textOf(sent.organisation, ''),
    organisationType: textOf(sent.organisationType, ''),
    role: textOf(sent.role, ''),
    topics: textsOf(sent.topics),
    language,
    listIds: textsOf(sent.listIds),
    consent: sent.consent === true,
    website: '',
  };
}
