import { useState } from 'react';
import type { Campaign } from '#shared/outreach.ts';
import type { useFormState } from '../../../../components/form/useFormState.ts';
import { ApiRequestError } from '../../../../lib/api.ts';
import { scoped, scopedError } from '../../../../lib/scoped.ts';
import { useTranslation } from '../../../../lib/translation.tsx';
import { useSaveCampaign } from '../../api/save-campaign.ts';
import { composerFields } from './composer-errors.ts';
import { ClientSchema, name, payloadOf, SCOPE, translationsOf, type Values } from './composer-values.ts';

interface SaveOptions {
  network: string;
  campaign: Campaign | null;
  values: Values;
  form: ReturnType<typeof useFormState>;
}

/** Shows an error of the campaign's endpoints at the composer's fields. */
export function useShowComposerError(form: ReturnType<typeof useFormState>) {
  const { t } = useTranslation();
  /** `atField`: the field where a bad time is shown. */
  return (error: unknown, atField = name('scheduleDate')) => {
    let shown = scopedError(error, SCOPE);
    if (shown instanceof ApiRequestError) {
      const fields = composerFields(shown, atField, {
        scheduleInvalid: t('outreachPage.composer.scheduleInvalid'),
        noRecipients: t('outreachPage.composer.noRecipients'),
        listsRequired: t('outreachPage.composer.listsRequired'),
        subjectRequired: t('outreachPage.composer.subjectRequired'),
      });
      shown = new ApiRequestError(shown.status, shown.code, shown.message, fields, shown.fieldCodes);
    }
    form.fail(shown, { status: { 409: t('outreachPage.composer.alreadySent') } });
  };
}

/** Creates the campaign on its first save and updates it after; `save` is null after showing what is wrong. */
export function useCampaignSave({ network, campaign, values, form }: SaveOptions) {
  const { t } = useTranslation();
  const mutation = useSaveCampaign(network);
  const showError = useShowComposerError(form);
  const [savedId, setSavedId] = useState<string | null>(campaign?.id ?? null);
  const fieldMessages = {
    [name('listIds')]: t('outreachPage.composer.listsRequired'),
    [name('subject')]: t('outreachPage.composer.subjectRequired'),
  };

  async function save(): Promise<Campaign | null> {
    // An open text with a message but no subject is not dropped silently: its subject is asked for.
    const written = translationsOf(values, (text) => `${text.subject}${text.body}`.trim() !== '');
    const checked = { ...payloadOf(values), translations: written };
    const input = form.validate(scoped(SCOPE, ClientSchema), { [SCOPE]: checked }, fieldMessages);
    if (!input) return null;
    try {
      const saved = await mutation.mutateAsync({ id: savedId, input: payloadOf(values) });
      setSavedId(saved.id);
      return saved;
    } catch (error) {
      showError(error);
      return null;
    }
  }

  return { save, showError };
}
