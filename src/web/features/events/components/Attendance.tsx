import { useLocation } from 'react-router';
import { Button, Paragraph } from 'suomifi-ui-components';
import type { Event } from '#shared/events.ts';
import { FormAlert } from '../../../components/form/FormAlert.tsx';
import { AppLink } from '../../../components/links.tsx';
import { requestErrorMessage } from '../../../lib/forms.ts';
import { signInPath } from '../../../lib/paths.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { useSetAttendance } from '../api/attendance.ts';

/** "I'll attend" for signed-in people, and how many have said so; it binds nobody to anything. */
export function Attendance({ network, event }: { network: string; event: Event }) {
  const { t } = useTranslation();
  const location = useLocation();
  const attend = useSetAttendance(network, event.slug);
  const attending = event.attending === true;
  return (
    <div data-testid="attendance">
      <div role="status">
        {event.attendingCount > 0 && (
          <Paragraph mb="s" data-testid="attending-count">
            {t('events.attend.count', { count: event.attendingCount })}
          </Paragraph>
        )}
      </div>
      <FormAlert message={attend.error ? requestErrorMessage(attend.error, t) : null} />
      {event.attending === null ? (
        <Paragraph mb="s">
          <AppLink to={signInPath(location.pathname)}>{t('events.attend.signIn')}</AppLink>
        </Paragraph>
      ) : (
        <Button
          variant={attending ? 'secondary' : 'default'}
          aria-pressed={attending}
          data-testid="attend-button"
          onClick={() => {
            if (!attend.isPending) attend.mutate(!attending);
          }}
        >
          {attending ? t('events.attend.attending') : t('events.attend.button')}
        </Button>
      )}
      <Paragraph mt="s">{t('events.attend.noObligation')}</Paragraph>
    </div>
  );
}
