import type { Language, LocalizedText } from '#shared/languages.ts';
import type { CreateNetwork, NETWORK_STATUSES, Network, UpdateNetwork } from '#shared/networks.ts';
import type { FullText } from '../../../components/form/LocalizedTextFields.tsx';
import { compactText, emptyText, fullText } from '../../../lib/forms.ts';

export interface GoalRow {
  /** Stable key for React while rows are added and removed. */
  key: number;
  text: FullText;
}

export interface NetworkFormValues {
  slug: string;
  name: FullText;
  description: FullText;
  goals: GoalRow[];
  hashtag: string;
  timeZone: string;
  status: (typeof NETWORK_STATUSES)[number];
  hostName: FullText;
  /** The language a page in another one falls back to. */
  mainLanguage: Language;
}

let nextGoalKey = 1;
export const newGoalRow = (text: LocalizedText = {}): GoalRow => ({
  key: nextGoalKey++,
  text: fullText(text),
});

export const DEFAULT_TIME_ZONE = 'Europe/Helsinki';

export function emptyNetworkValues(): NetworkFormValues {
  return {
    slug: '',
    name: emptyText(),
    description: emptyText(),
    goals: [],
    hashtag: '',
    timeZone: DEFAULT_TIME_ZONE,
    status: 'active',
    hostName: emptyText(),
    mainLanguage: 'fi',
  };
}

export function networkValues(network: Network): NetworkFormValues {
  return {
    slug: network.slug,
    name: fullText(network.name),
    description: fullText(network.description),
    goals: network.goals.map((goal) => newGoalRow(goal)),
    hashtag: network.hashtag ?? '',
    timeZone: network.timeZone,
    status: network.status,
    hostName: fullText(network.hostName),
    mainLanguage: network.mainLanguage,
  };
}

/** `#` is added if the user left it out. */
function hashtag(value: string): string | null {
  const tag = value.trim();
  if (!tag) return null;
  return tag.startsWith('#') ? tag : `#${tag}`;
}

/** The fields of the privacy notice's own form (PrivacyForm), which this form leaves alone. */
type PrivacyFields = 'privacyNotice' | 'contactAddress';

/** The fields both creating and editing send. Empty languages are left out. */
export function updatePayload(values: NetworkFormValues): Required<Omit<UpdateNetwork, PrivacyFields>> {
  return {
    name: compactText(values.name),
    description: compactText(values.description),
    goals: values.goals.map((goal) => compactText(goal.text)),
    hashtag: hashtag(values.hashtag),
    timeZone: values.timeZone,
    status: values.status,
    hostName: compactText(values.hostName),
    mainLanguage: values.mainLanguage,
  };
}

export function createPayload(values: NetworkFormValues): CreateNetwork {
  return { slug: values.slug.trim(), ...updatePayload(values) };
}

/** An address suggestion from a name: "Digin edistäjät" → "digin-edistajat". */
export function slugFromName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}
