import { useState } from 'react';
import { Paragraph } from 'suomifi-ui-components';
import { CalendarAddress } from '../../../components/CalendarAddress.tsx';
import { FormAlert } from '../../../components/form/FormAlert.tsx';
import { ButtonRow } from '../../../components/form/fieldStyles.ts';
import { SubmitButton } from '../../../components/form/SubmitButton.tsx';
import { StatusMessage } from '../../../components/StatusMessage.tsx';
import { requestErrorMessage } from '../../../lib/forms.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { useCreateCalendarFeed, useStopCalendarFeed } from '../api/calendar-feed.ts';

/** The personal calendar feed of all followed networks: create (or replace), copy and stop it. */
export function CalendarFeedSection() {
  const { t } = useTranslation();
  const language = useLanguage();
  const create = useCreateCalendarFeed();
  const stop = useStopCalendarFeed();
  const [url, setUrl] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const failed = create.error ?? stop.error;

  return (
    <>
      <Paragraph mb="m">{t('profile.calendarFeed.text')}</Paragraph>
      <StatusMessage message={status} testId="calendar-feed-status" />
      <FormAlert message={failed ? requestErrorMessage(failed, t) : null} />
      {url && (
        <>
          <CalendarAddress
            url={`${url}?lang=${language}`}
            label={t('profile.calendarFeed.label')}
            testId="calendar-feed"
          />
          <Paragraph mb="m">{t('profile.calendarFeed.replaceNote')}</Paragraph>
        </>
      )}
      <ButtonRow>
        <SubmitButton
          type="button"
          variant={url ? 'secondary' : 'default'}
          pending={create.isPending}
          onClick={() => {
            setStatus(null);
            create.mutate(undefined, { onSuccess: (feed) => setUrl(feed.url) });
          }}
        >
          {url ? t('profile.calendarFeed.createNew') : t('profile.calendarFeed.create')}
        </SubmitButton>
        <SubmitButton
          type="button"
          variant="secondary"
          pending={stop.isPending}
          onClick={() => {
            setStatus(null);
            stop.mutate(undefined, {
              onSuccess: () => {
                setUrl(null);
                setStatus(t('profile.calendarFeed.stopped'));
              },
            });
          }}
        >
          {t('profile.calendarFeed.stop')}
        </SubmitButton>
      </ButtonRow>
    </>
  );
}
