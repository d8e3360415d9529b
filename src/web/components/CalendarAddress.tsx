import { useState } from 'react';
import { Button, Link, Paragraph, TextInput } from 'suomifi-ui-components';
import { useTranslation } from '../lib/translation.tsx';
import { ButtonRow, FieldGroup } from './form/fieldStyles.ts';
import { StatusMessage } from './StatusMessage.tsx';

/** The same feed for calendar apps that open `webcal:` links (Apple Calendar, Outlook). */
export const webcalOf = (httpsUrl: string) => httpsUrl.replace(/^https?:/, 'webcal:');

/**
 * A calendar feed to subscribe to: a `webcal:` link that opens the calendar app, the https
 * address to copy (a web calendar such as Google Calendar asks for it), and a line per app.
 */
export function CalendarAddress(props: { url: string; label: string; testId: string }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<string | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(props.url);
      setStatus(t('calendarAddress.copied'));
    } catch {
      setStatus(t('calendarAddress.copyFailed'));
    }
  }

  return (
    <>
      <Paragraph mb="s">
        <Link href={webcalOf(props.url)} data-testid={`${props.testId}-webcal`}>
          {t('calendarAddress.webcal')}
        </Link>
      </Paragraph>
      <FieldGroup>
        <TextInput
          labelText={props.label}
          value={props.url}
          readOnly
          fullWidth
          data-testid={`${props.testId}-url`}
          onFocus={(event) => event.target.select()}
        />
      </FieldGroup>
      <StatusMessage message={status} testId={`${props.testId}-copy-status`} />
      <ButtonRow>
        <Button variant="secondary" onClick={copy}>
          {t('calendarAddress.copy')}
        </Button>
      </ButtonRow>
      <ul data-testid={`${props.testId}-apps`}>
        <li>{t('calendarAddress.outlook')}</li>
        <li>{t('calendarAddress.google')}</li>
        <li>{t('calendarAddress.apple')}</li>
      </ul>
    </>
  );
}
