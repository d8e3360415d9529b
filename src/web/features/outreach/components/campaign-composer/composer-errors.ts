import { LANGUAGES } from '#shared/languages.ts';
import { name } from './composer-values.ts';

/** The composer's own words for what the server said about a field. */
export interface ComposerMessages {
  scheduleInvalid: string;
  noRecipients: string;
  listsRequired: string;
  subjectRequired: string;
}

/** The server's answer for a list choice with nobody to send to, known by its field code. */
export const NO_RECIPIENTS = {
  text: 'no confirmed addresses',
  codes: { listIds: 'no-confirmed-addresses' },
} as const;

/**
 * The server's field errors (already under the composer's scope) as the composer shows them:
 * "already sent" is the form's own message, so its field is dropped, and a bad time belongs to
 * `atField`, the date field the user chose it with.
 */
export function composerFields(
  { fields, fieldCodes }: { fields: Record<string, string>; fieldCodes: Record<string, string> },
  atField: string,
  messages: ComposerMessages,
): Record<string, string> {
  const { [name('campaign')]: _sent, [name('at')]: at, ...shown } = fields;
  if (at) shown[atField] = messages.scheduleInvalid;
  const lists = name('listIds');
  if (fieldCodes[lists] === NO_RECIPIENTS.codes.listIds) shown[lists] = messages.noRecipients;
  else if (shown[lists]) shown[lists] = messages.listsRequired;
  for (const slot of ['', ...LANGUAGES.map((l) => `translations.${l}.`)]) {
    const subject = name(`${slot}subject`);
    if (shown[subject]) shown[subject] = messages.subjectRequired;
  }
  return shown;
}
