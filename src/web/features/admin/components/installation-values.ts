import type {
  COMPLIANCE_STATUSES,
  InstallationSettings,
  InstallationSettingsInput,
} from '#shared/installation.ts';
import type { Language } from '#shared/languages.ts';
import { compactText, fullText } from '../../../lib/forms.ts';

type FullText = Record<Language, string>;

/** The admin form's values: every field as the inputs hold it. */
export interface InstallationValues {
  contactAddress: string;
  compliance: (typeof COMPLIANCE_STATUSES)[number];
  knownIssues: FullText;
  assessment: FullText;
  preparedOn: string;
  updatedOn: string;
  feedbackUrl: string;
  answerDays: string;
  authorityName: FullText;
  authorityAddress: FullText;
  authorityUrl: string;
}

const today = () => new Date().toISOString().slice(0, 10);

/** What is saved, or a fresh statement dated today (partially compliant until the admins say otherwise). */
export function installationValues(settings: InstallationSettings): InstallationValues {
  const s = settings.statement;
  const authority = settings.supervisoryAuthority;
  return {
    contactAddress: settings.contactAddress ?? '',
    compliance: s?.compliance ?? 'partial',
    knownIssues: fullText(s?.knownIssues ?? {}),
    assessment: fullText(s?.assessment ?? {}),
    preparedOn: s?.preparedOn ?? today(),
    updatedOn: s?.updatedOn ?? today(),
    feedbackUrl: s?.feedbackUrl ?? '',
    answerDays: String(s?.answerDays ?? 14),
    authorityName: fullText(authority.name),
    authorityAddress: fullText(authority.address),
    authorityUrl: authority.url,
  };
}

/** The body of PUT /api/installation; an unreadable answer time is NaN, which the schema names. */
export function installationPayload(v: InstallationValues): InstallationSettingsInput {
  return {
    contactAddress: v.contactAddress.trim() || null,
    statement: {
      compliance: v.compliance,
      knownIssues: compactText(v.knownIssues),
      assessment: compactText(v.assessment),
      preparedOn: v.preparedOn.trim(),
      updatedOn: v.updatedOn.trim(),
      feedbackUrl: v.feedbackUrl.trim() || null,
      answerDays: Number(v.answerDays),
    },
    supervisoryAuthority: {
      name: compactText(v.authorityName),
      address: compactText(v.authorityAddress),
      url: v.authorityUrl.trim(),
    },
  };
}
