import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import { LANGUAGES, type Language } from '#shared/common.ts';
import type { Network } from '#shared/networks.ts';
import {
  CAMPAIGN_TEMPLATES,
  type Campaign,
  CampaignInputSchema,
  type MailingList,
} from '#shared/outreach.ts';
import { ConfirmAction } from '../../../../components/ConfirmAction.tsx';
import { FormAlert } from '../../../../components/form/FormAlert.tsx';
import { ButtonRow } from '../../../../components/form/fieldStyles.ts';
import { RadioGroupField } from '../../../../components/form/RadioGroupField.tsx';
import { SubmitButton } from '../../../../components/form/SubmitButton.tsx';
import { TextAreaField, TextField } from '../../../../components/form/TextField.tsx';
import { useFormState } from '../../../../components/form/useFormState.ts';
import { MarkdownPreview } from '../../../../components/MarkdownPreview.tsx';
import { StatusMessage } from '../../../../components/StatusMessage.tsx';
import { fieldId } from '../../../../lib/forms.ts';
import { useLanguage } from '../../../../lib/i18n.ts';
import { maxLengthOf } from '../../../../lib/limits.ts';
import { CampaignTranslations, GroupHint } from '../CampaignTranslations.tsx';
import { CheckboxList } from '../CheckboxList.tsx';
import { FocusHeading } from '../styles.ts';
import { Frame, MainText } from './composer-styles.ts';
import { initialValues, name, SCOPE, type Template, type Values, withText } from './composer-values.ts';
import { EventField } from './EventField.tsx';
import { SendPanel } from './SendPanel.tsx';
import { useCampaignEvent } from './use-campaign-event.ts';
import { useCampaignSending } from './use-campaign-sending.ts';
import { useTemplateFill } from './use-template-fill.ts';

interface ComposerProps {
  network: Network;
  lists: MailingList[];
  /** The draft or scheduled campaign being edited; null for a new one. */
  campaign: Campaign | null;
  /** Sending started or was scheduled: the composer closes with this message. */
  onDone: (campaign: Campaign, message: string) => void;
  onClose: () => void;
}

/**
 * Writing a campaign: a template, the lists, the meeting, subject and Markdown body with a
 * preview; then a test to oneself, sending now or at a chosen time (SendPanel).
 */
export function CampaignComposer({ network, lists, campaign, onDone, onClose }: ComposerProps) {
  const { t } = useTranslation();
  const uiLanguage = useLanguage();
  const form = useFormState();
  const [values, setValues] = useState<Values>(() => initialValues(campaign, lists));
  const event = useCampaignEvent(network, values.eventId);
  const sending = useCampaignSending({ network: network.slug, campaign, values, form, onDone });
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const set =
    <K extends keyof Values>(key: K) =>
    (value: Values[K]) =>
      setValues((v) => ({ ...v, [key]: value }));

  const firstList = lists.find((l) => l.id === values.listIds[0]);
  const language: Language = firstList?.language ?? uiLanguage;
  const listLanguages = values.listIds.flatMap((id) => lists.find((l) => l.id === id)?.language ?? []);
  // The chosen lists' languages first; the main text's own only when a text in it is open already.
  const offered = [...new Set([...listLanguages, ...LANGUAGES])].filter(
    (l) => l !== language || values.open.includes(l),
  );
  const templates = useTemplateFill({
    values,
    setValues,
    language,
    networkName: network.name,
    templateEvent: event.templateEvent,
  });

  const mainHintId = `${fieldId(name('main'))}-hint`;
  const templateLabel = (x: Template) => t(`outreachPage.template.${x === 'thank-you' ? 'thankYou' : x}`);

  return (
    <Frame ref={form.formRef} onSubmit={sending.saveDraft} noValidate data-testid="campaign-composer">
      <FocusHeading variant="h3" mb="s" tabIndex={-1} ref={heading}>
        {campaign ? t('outreachPage.composer.editHeading') : t('outreachPage.composer.newHeading')}
      </FocusHeading>
      {campaign?.status === 'scheduled' && (
        <Paragraph mb="m">{t('outreachPage.composer.scheduledNote')}</Paragraph>
      )}
      <StatusMessage message={sending.notice} testId="composer-status" />
      <FormAlert message={form.formError} />
      <RadioGroupField
        name={name('template')}
        legend={t('outreachPage.composer.template')}
        hint={t('outreachPage.composer.templateHint', { language: t(`languageNames.${language}`) })}
        value={templates.replacing ?? values.template}
        onChange={templates.pickTemplate}
        options={CAMPAIGN_TEMPLATES.map((x) => ({ value: x, label: templateLabel(x) }))}
      />
      {templates.replacing && (
        <ConfirmAction
          question={t('outreachPage.composer.replaceQuestion', {
            template: templateLabel(templates.replacing),
          })}
          confirmText={t('outreachPage.composer.replace')}
          cancelText={t('outreachPage.composer.keep')}
          pending={false}
          onConfirm={templates.confirmReplace}
          onCancel={templates.cancelReplace}
        />
      )}
      <CheckboxList
        name={name('listIds')}
        legend={t('outreachPage.composer.lists')}
        options={lists.map((l) => ({
          value: l.id,
          label: l.name,
          description: t('outreachPage.composer.listFacts', {
            language: t(`languageNames.${l.language}`),
            count: l.counts.confirmed ?? 0,
          }),
        }))}
        selected={values.listIds}
        onChange={set('listIds')}
        errors={form.errors}
      />
      <EventField
        choices={event.choices}
        value={values.eventId}
        onChange={set('eventId')}
        errors={form.errors}
      />
      <MainText aria-describedby={mainHintId}>
        <legend>{t('outreachPage.composer.mainText')}</legend>
        <GroupHint id={mainHintId}>
          {t('outreachPage.composer.mainTextHint', { language: t(`form.inLanguage.${language}`) })}
        </GroupHint>
        <TextField
          name={name('subject')}
          labelText={t('outreachPage.composer.subject')}
          value={values.subject}
          onChange={set('subject')}
          errors={form.errors}
          maxLength={maxLengthOf(CampaignInputSchema, 'subject')}
          required
        />
        <TextAreaField
          name={name('body')}
          labelText={t('outreachPage.composer.body')}
          hintText={t('outreachPage.composer.bodyHint')}
          value={values.body}
          onChange={set('body')}
          errors={form.errors}
          rows={10}
        />
        <MarkdownPreview markdown={values.body} field={t('outreachPage.composer.body')} />
      </MainText>
      <CampaignTranslations
        prefix={`${SCOPE}.`}
        languages={offered}
        listLanguages={listLanguages}
        open={values.open}
        texts={values.translations}
        onToggle={templates.toggleTranslation}
        onChange={(target, text) => setValues((v) => withText(v, target, text))}
        errors={form.errors}
      />
      <ButtonRow>
        <SubmitButton pending={sending.busy === 'save'}>{t('outreachPage.composer.saveDraft')}</SubmitButton>
        <SubmitButton
          type="button"
          variant="secondary"
          pending={sending.busy === 'test'}
          onClick={sending.sendTest}
        >
          {t('outreachPage.composer.sendTest')}
        </SubmitButton>
        <SubmitButton type="button" variant="secondary" pending={false} onClick={onClose}>
          {t('outreachPage.composer.close')}
        </SubmitButton>
      </ButtonRow>
      <SendPanel
        campaign={campaign}
        meetingStartsAt={event.summary?.startsAt}
        sending={sending}
        errors={form.errors}
      />
    </Frame>
  );
}
