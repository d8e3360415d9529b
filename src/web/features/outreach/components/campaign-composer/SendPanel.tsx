import { useState } from 'react';
import { Heading, Paragraph } from 'suomifi-ui-components';
import type { Campaign } from '#shared/outreach.ts';
import { ConfirmAction } from '../../../../components/ConfirmAction.tsx';
import { ButtonRow } from '../../../../components/form/fieldStyles.ts';
import { InputField } from '../../../../components/form/InputField.tsx';
import { NativeField } from '../../../../components/form/NativeField.tsx';
import { SubmitButton } from '../../../../components/form/SubmitButton.tsx';
import type { FieldErrors } from '../../../../lib/forms.ts';
import { useTranslation } from '../../../../lib/translation.tsx';
import { useDateTime } from '../../format.ts';
import { Panel } from '../styles.ts';
import { Schedule, Select } from './composer-styles.ts';
import {
  isReminderOffset,
  localParts,
  name,
  REMINDER_OFFSETS,
  type ReminderOffset,
} from './composer-values.ts';
import type { CampaignSending } from './use-campaign-sending.ts';

interface SendPanelProps {
  campaign: Campaign | null;
  /** When the chosen meeting starts (ISO), if one is chosen. */
  meetingStartsAt: string | undefined;
  sending: CampaignSending;
  errors: FieldErrors;
}

/** Sending now, at a chosen time, or as a reminder a set time before a meeting still ahead. */
export function SendPanel({ campaign, meetingStartsAt, sending, errors }: SendPanelProps) {
  const { t } = useTranslation();
  return (
    <Panel>
      <Heading variant="h4" mb="s">
        {t('outreachPage.composer.sendHeading')}
      </Heading>
      <Paragraph mb="m">{t('outreachPage.composer.sendIntro')}</Paragraph>
      <SendNow sending={sending} />
      <ScheduleSend scheduledAt={campaign?.scheduledAt ?? null} sending={sending} errors={errors} />
      <ReminderSend meetingStartsAt={meetingStartsAt} sending={sending} errors={errors} />
    </Panel>
  );
}

/** Sending now, after a confirmation naming the number of recipients. */
function SendNow({ sending }: { sending: CampaignSending }) {
  const { t } = useTranslation();
  const { busy, confirming } = sending;
  return (
    <>
      <ButtonRow>
        <SubmitButton type="button" pending={busy === 'send'} onClick={sending.askToSend}>
          {t('outreachPage.composer.sendNow')}
        </SubmitButton>
      </ButtonRow>
      {confirming && (
        <ConfirmAction
          question={t('outreachPage.composer.confirmSend', {
            subject: confirming.subject,
            count: confirming.recipients,
          })}
          confirmText={t('outreachPage.composer.confirmSendButton', { count: confirming.recipients })}
          cancelText={t('common.cancel')}
          pending={busy === 'send'}
          onConfirm={() => sending.sendNow(confirming)}
          onCancel={sending.cancelSend}
        />
      )}
    </>
  );
}

/** Sending at a chosen date and time, in the browser's time zone. */
function ScheduleSend({
  scheduledAt,
  sending,
  errors,
}: Pick<SendPanelProps, 'sending' | 'errors'> & { scheduledAt: string | null }) {
  const { t } = useTranslation();
  const [schedule, setSchedule] = useState(() => localParts(scheduledAt));

  const scheduleSend = () => {
    const valid = /^\d{4}-\d{2}-\d{2}$/.test(schedule.date) && /^\d{2}:\d{2}$/.test(schedule.time);
    const at = valid ? new Date(`${schedule.date}T${schedule.time}`) : null;
    return sending.scheduleAt(
      'schedule',
      at,
      name('scheduleDate'),
      t('outreachPage.composer.scheduleInvalid'),
    );
  };

  return (
    <Schedule>
      <legend>{t('outreachPage.composer.scheduleLegend')}</legend>
      <div>
        <InputField
          name={name('scheduleDate')}
          type="date"
          label={t('outreachPage.composer.scheduleDate')}
          value={schedule.date}
          onChange={(date) => setSchedule((s) => ({ ...s, date }))}
          errors={errors}
        />
        <InputField
          name={name('scheduleTime')}
          type="time"
          label={t('outreachPage.composer.scheduleTime')}
          value={schedule.time}
          onChange={(time) => setSchedule((s) => ({ ...s, time }))}
          errors={errors}
        />
        <div>
          <SubmitButton
            type="button"
            variant="secondary"
            pending={sending.busy === 'schedule'}
            onClick={scheduleSend}
          >
            {t('outreachPage.composer.schedule')}
          </SubmitButton>
        </div>
      </div>
    </Schedule>
  );
}

/**
 * A reminder a set time before the chosen meeting, shown while that meeting is still ahead; the
 * chosen offset is kept while it is hidden.
 */
function ReminderSend({ meetingStartsAt, sending, errors }: Omit<SendPanelProps, 'campaign'>) {
  const { t } = useTranslation();
  const dateTime = useDateTime();
  const [reminder, setReminder] = useState<ReminderOffset>('day');
  const meetingStart = meetingStartsAt ? new Date(meetingStartsAt).getTime() : Number.NaN;
  const reminderAt = meetingStart > Date.now() ? new Date(meetingStart - REMINDER_OFFSETS[reminder]) : null;
  if (!reminderAt) return null;

  const scheduleReminder = () =>
    sending.scheduleAt('reminder', reminderAt, name('reminder'), t('outreachPage.composer.reminderPast'));

  return (
    <Schedule data-testid="reminder">
      <legend>{t('outreachPage.composer.reminderLegend')}</legend>
      <div>
        <NativeField
          name={name('reminder')}
          label={t('outreachPage.composer.reminderOffset')}
          hint={t('outreachPage.composer.reminderAt', { at: dateTime(reminderAt.toISOString()) })}
          errors={errors}
        >
          {(control) => (
            <Select
              {...control}
              value={reminder}
              onChange={(event) => {
                if (isReminderOffset(event.target.value)) setReminder(event.target.value);
              }}
            >
              {Object.keys(REMINDER_OFFSETS).map((key) => (
                <option key={key} value={key}>
                  {t(`outreachPage.composer.reminderOffsets.${key as ReminderOffset}`)}
                </option>
              ))}
            </Select>
          )}
        </NativeField>
        <div>
          <SubmitButton
            type="button"
            variant="secondary"
            pending={sending.busy === 'reminder'}
            onClick={scheduleReminder}
          >
            {t('outreachPage.composer.scheduleReminder')}
          </SubmitButton>
        </div>
      </div>
    </Schedule>
  );
}
