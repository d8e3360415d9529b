import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '#shared/common.ts';
import type { Campaign } from '#shared/outreach.ts';
import type { useFormState } from '../../../../components/form/useFormState.ts';
import { ApiRequestError } from '../../../../lib/api.ts';
import { useLanguage } from '../../../../lib/i18n.ts';
import { scoped, scopedError } from '../../../../lib/scoped.ts';
import { useSaveCampaign } from '../../api/save-campaign.ts';
import { useSendCampaign } from '../../api/send-campaign.ts';
import { useSendTestCampaign } from '../../api/send-test-campaign.ts';
import { ClientSchema, name, payloadOf, SCOPE, translationsOf, type Values } from './composer-values.ts';

type Busy = 'save' | 'test' | 'send' | 'schedule' | 'reminder';

interface SendingOptions {
  network: string;
  campaign: Campaign | null;
  values: Values;
  form: ReturnType<typeof useFormState>;
  /** Sending started or was scheduled: the composer closes with this message. */
  onDone: (campaign: Campaign, message: string) => void;
}

/**
 * Saving, the test mail, sending now (after a confirmation naming the number of recipients) and
 * scheduling; each saves first, one at a time, and shows the server's errors at their fields.
 */
export function useCampaignSending({ network, campaign, values, form, onDone }: SendingOptions) {
  const { t } = useTranslation();
  const uiLanguage = useLanguage();
  const actions = {
    save: useSaveCampaign(network),
    test: useSendTestCampaign(network),
    send: useSendCampaign(network),
  };
  const [savedId, setSavedId] = useState<string | null>(campaign?.id ?? null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [confirming, setConfirming] = useState<Campaign | null>(null);

  const fieldMessages = {
    [name('listIds')]: t('outreachPage.composer.listsRequired'),
    [name('subject')]: t('outreachPage.composer.subjectRequired'),
  };

  /** `atField`: the field where a bad time is shown. */
  function showError(error: unknown, atField = name('scheduleDate')) {
    let shown = scopedError(error, SCOPE);
    if (shown instanceof ApiRequestError) {
      // "Already sent" is the form's own message; a bad time belongs to the date field.
      const { [name('campaign')]: _sent, [name('at')]: at, ...fields } = shown.fields;
      if (at) fields[atField] = t('outreachPage.composer.scheduleInvalid');
      if (shown.fieldCodes[name('listIds')] === 'no-confirmed-addresses')
        fields[name('listIds')] = t('outreachPage.composer.noRecipients');
      else if (fields[name('listIds')]) fields[name('listIds')] = t('outreachPage.composer.listsRequired');
      for (const slot of ['', ...LANGUAGES.map((l) => `translations.${l}.`)]) {
        if (fields[name(`${slot}subject`)])
          fields[name(`${slot}subject`)] = t('outreachPage.composer.subjectRequired');
      }
      shown = new ApiRequestError(shown.status, shown.code, shown.message, fields, shown.fieldCodes);
    }
    form.fail(shown, { status: { 409: t('outreachPage.composer.alreadySent') } });
  }

  /** Creates or updates the campaign; null after showing what is wrong. */
  async function save(): Promise<Campaign | null> {
    // An open text with a message but no subject is not dropped silently: its subject is asked for.
    const written = translationsOf(values, (text) => `${text.subject}${text.body}`.trim() !== '');
    const checked = { ...payloadOf(values), translations: written };
    const input = form.validate(scoped(SCOPE, ClientSchema), { [SCOPE]: checked }, fieldMessages);
    if (!input) return null;
    try {
      const saved = await actions.save.mutateAsync({ id: savedId, input: payloadOf(values) });
      setSavedId(saved.id);
      return saved;
    } catch (error) {
      showError(error);
      return null;
    }
  }

  async function run(kind: Busy, action: () => Promise<void>) {
    if (busy) return;
    setBusy(kind);
    setNotice(null);
    try {
      await action();
    } finally {
      setBusy(null);
    }
  }

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
        const { sentTo } = await actions.test.mutateAsync(saved.id);
        setNotice(t('outreachPage.composer.testSent', { email: sentTo }));
      } catch (error) {
        showError(error);
      }
    });

  const askToSend = () =>
    run('send', async () => {
      setConfirming(null);
      const saved = await save();
      if (!saved) return;
      if (saved.recipients === 0) {
        const codes = { listIds: 'no-confirmed-addresses' };
        showError(new ApiRequestError(400, 'bad_request', '', { listIds: 'no confirmed addresses' }, codes));
        return;
      }
      setConfirming(saved);
    });

  const sendNow = (saved: Campaign) =>
    run('send', async () => {
      try {
        const sent = await actions.send.mutateAsync({ id: saved.id });
        onDone(
          sent,
          t('outreachPage.composer.sendingStarted', { subject: sent.subject, count: saved.recipients }),
        );
      } catch (error) {
        setConfirming(null);
        showError(error);
      }
    });

  /** Saves and schedules the campaign at `at`; `field` shows the error when `at` is not ahead. */
  const scheduleAt = (kind: 'schedule' | 'reminder', at: Date | null, field: string, invalid: string) =>
    run(kind, async () => {
      if (!at || Number.isNaN(at.getTime()) || at.getTime() <= Date.now()) {
        form.fail(new ApiRequestError(400, 'bad_request', '', { [field]: invalid }));
        return;
      }
      const saved = await save();
      if (!saved) return;
      try {
        const scheduled = await actions.send.mutateAsync({ id: saved.id, at: at.toISOString() });
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

  return {
    busy,
    notice,
    confirming,
    cancelSend: () => setConfirming(null),
    saveDraft,
    sendTest,
    askToSend,
    sendNow,
    scheduleAt,
  };
}

export type CampaignSending = ReturnType<typeof useCampaignSending>;
