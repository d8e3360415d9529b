import { useState } from 'react';
import type { Campaign } from '#shared/outreach.ts';
import type { useFormState } from '../../../../components/form/useFormState.ts';
import { ApiRequestError } from '../../../../lib/api.ts';
import { useLanguage } from '../../../../lib/i18n.ts';
import { useTranslation } from '../../../../lib/translation.tsx';
import { useSendCampaign } from '../../api/send-campaign.ts';
import { useSendTestCampaign } from '../../api/send-test-campaign.ts';
import { NO_RECIPIENTS } from './composer-errors.ts';
import type { Values } from './composer-values.ts';
import { useCampaignSave } from './use-campaign-save.ts';
import { useOneAtATime } from './use-one-at-a-time.ts';

type Busy = 'save' | 'test' | 'send' | 'schedule' | 'reminder';

interface SendingOptions {
  network: string;
  campaign: Campaign | null;
  values: Values;
  form: ReturnType<typeof useFormState>;
  /** Sending started or was scheduled: the composer closes with this message. */
  onDone: (campaign: Campaign, message: string) => void;
}

/** What the sending steps share: one action at a time, saving first, errors at the fields. */
interface Steps extends Pick<SendingOptions, 'network' | 'form' | 'onDone'> {
  run: ReturnType<typeof useOneAtATime<Busy>>['run'];
  save: () => Promise<Campaign | null>;
  showError: (error: unknown, atField?: string) => void;
}

/**
 * Saving, the test mail, sending now (after a confirmation naming the number of recipients) and
 * scheduling; each saves first, one at a time, and shows the server's errors at their fields.
 */
export function useCampaignSending(options: SendingOptions) {
  const { t } = useTranslation();
  const { busy, notice, setNotice, run } = useOneAtATime<Busy>();
  const { save, showError } = useCampaignSave(options);
  const test = useSendTestCampaign(options.network);
  const steps: Steps = { ...options, run, save, showError };
  const sendNow = useSendNow(steps);
  const scheduleAt = useScheduleAt(steps);

  const saveDraft = (event?: React.FormEvent) => {
    event?.preventDefault();
    return run('save', async () => {
      if (await save()) setNotice(t('outreachPage.composer.saved'));
    });
  };

  const sendTest = () =>
    run('test', async () => {
      const saved = await save();
      if (!saved) return;
      try {
        const { sentTo } = await test.mutateAsync(saved.id);
        setNotice(t('outreachPage.composer.testSent', { email: sentTo }));
      } catch (error) {
        showError(error);
      }
    });

  return { busy, notice, saveDraft, sendTest, ...sendNow, scheduleAt };
}

/** Sending now: saved first, then confirmed by the user with the number of recipients. */
function useSendNow({ network, run, save, showError, onDone }: Steps) {
  const { t } = useTranslation();
  const send = useSendCampaign(network);
  const [confirming, setConfirming] = useState<Campaign | null>(null);

  const askToSend = () =>
    run('send', async () => {
      setConfirming(null);
      const saved = await save();
      if (!saved) return;
      if (saved.recipients === 0) {
        showError(
          new ApiRequestError(400, 'invalid-input', '', { listIds: NO_RECIPIENTS.text }, NO_RECIPIENTS.codes),
        );
        return;
      }
      setConfirming(saved);
    });

  const sendNow = (saved: Campaign) =>
    run('send', async () => {
      try {
        const sent = await send.mutateAsync({ id: saved.id });
        onDone(
          sent,
          t('outreachPage.composer.sendingStarted', { subject: sent.subject, count: saved.recipients }),
        );
      } catch (error) {
        setConfirming(null);
        showError(error);
      }
    });

  return { confirming, cancelSend: () => setConfirming(null), askToSend, sendNow };
}

/** Saves and schedules the campaign at `at`; `field` shows the error when `at` is not ahead. */
function useScheduleAt({ network, form, run, save, showError, onDone }: Steps) {
  const { t } = useTranslation();
  const uiLanguage = useLanguage();
  const send = useSendCampaign(network);

  return (kind: 'schedule' | 'reminder', at: Date | null, field: string, invalid: string) =>
    run(kind, async () => {
      if (!at || Number.isNaN(at.getTime()) || at.getTime() <= Date.now()) {
        form.fail(new ApiRequestError(400, 'bad_request', '', { [field]: invalid }));
        return;
      }
      const saved = await save();
      if (!saved) return;
      try {
        const scheduled = await send.mutateAsync({ id: saved.id, at: at.toISOString() });
        onDone(
          scheduled,
          t('outreachPage.composer.scheduledFor', {
            subject: scheduled.subject,
            at: new Intl.DateTimeFormat(uiLanguage, { dateStyle: 'full', timeStyle: 'short' }).format(at),
          }),
        );
      } catch (error) {
        showError(error, field);
      }
    });
}

export type CampaignSending = ReturnType<typeof useCampaignSending>;
