import { useEffect, useRef, useState } from 'react';
import { Paragraph } from 'suomifi-ui-components';
import type { Network } from '#shared/networks.ts';
import type { Campaign, MailingList } from '#shared/outreach.ts';
import { FormAlert } from '../../../../components/form/FormAlert.tsx';
import { ButtonRow } from '../../../../components/form/fieldStyles.ts';
import { SubmitButton } from '../../../../components/form/SubmitButton.tsx';
import { useFormState } from '../../../../components/form/useFormState.ts';
import { StatusMessage } from '../../../../components/StatusMessage.tsx';
import { useLanguage } from '../../../../lib/i18n.ts';
import { useTranslation } from '../../../../lib/translation.tsx';
import { CampaignTranslations } from '../CampaignTranslations.tsx';
import { FocusHeading } from '../styles.ts';
import { composerLanguages } from './composer-languages.ts';
import { Frame } from './composer-styles.ts';
import { initialValues, SCOPE, setterOf, type Values, withText } from './composer-values.ts';
import { EventField } from './EventField.tsx';
import { InsertChanges } from './InsertChanges.tsx';
import { ListChoice } from './ListChoice.tsx';
import { MainTextFields } from './MainTextFields.tsx';
import { SendPanel } from './SendPanel.tsx';
import { TemplateChoice } from './TemplateChoice.tsx';
import { useCampaignEvent } from './use-campaign-event.ts';
import { type CampaignSending, useCampaignSending } from './use-campaign-sending.ts';
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
  const form = useFormState();
  const [values, setValues] = useState<Values>(() => initialValues(campaign, lists));
  const { language, listLanguages, offered } = composerLanguages(values, lists, useLanguage());
  const event = useCampaignEvent(network, values.eventId);
  const sending = useCampaignSending({ network: network.slug, campaign, values, form, onDone });
  const templates = useTemplateFill({
    values,
    setValues,
    language,
    networkName: network.name,
    templateEvent: event.templateEvent,
  });

  const set = setterOf(setValues);

  return (
    <Frame ref={form.formRef} onSubmit={sending.saveDraft} noValidate data-testid="campaign-composer">
      <ComposerHeading campaign={campaign} />
      <StatusMessage message={sending.notice} testId="composer-status" />
      <FormAlert message={form.formError} />
      <TemplateChoice template={values.template} language={language} templates={templates} />
      <ListChoice lists={lists} selected={values.listIds} onChange={set('listIds')} errors={form.errors} />
      <EventField
        choices={event.choices}
        value={values.eventId}
        onChange={set('eventId')}
        errors={form.errors}
      />
      <MainTextFields
        language={language}
        text={values}
        onChange={(field, value) => set(field)(value)}
        errors={form.errors}
      />
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
      <InsertChanges network={network} language={language} setValues={setValues} />
      <ComposerButtons sending={sending} onClose={onClose} />
      <SendPanel
        campaign={campaign}
        meetingStartsAt={event.summary?.startsAt}
        sending={sending}
        errors={form.errors}
      />
    </Frame>
  );
}

/** The heading, focused when the composer opens, and a note when editing a scheduled campaign. */
function ComposerHeading({ campaign }: { campaign: Campaign | null }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <>
      <FocusHeading variant="h3" mb="s" tabIndex={-1} ref={heading}>
        {campaign ? t('outreachPage.composer.editHeading') : t('outreachPage.composer.newHeading')}
      </FocusHeading>
      {campaign?.status === 'scheduled' && (
        <Paragraph mb="m">{t('outreachPage.composer.scheduledNote')}</Paragraph>
      )}
    </>
  );
}

/** Saving the draft (the form's submit), the test mail to oneself, and closing. */
function ComposerButtons({ sending, onClose }: { sending: CampaignSending; onClose: () => void }) {
  const { t } = useTranslation();
  return (
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
  );
}
