import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { styled } from 'styled-components';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { z } from 'zod';
import { LANGUAGES, type Language } from '#shared/common.ts';
import type { Network } from '#shared/networks.ts';
import {
  CAMPAIGN_TEMPLATES,
  type Campaign,
  type CampaignInput,
  CampaignInputSchema,
  type CampaignTranslations as CampaignTranslationsInput,
  type MailingList,
} from '#shared/outreach.ts';
import { ConfirmAction } from '../../../components/ConfirmAction.tsx';
import { FormAlert } from '../../../components/form/FormAlert.tsx';
import { ButtonRow, controlStyles, Fieldset } from '../../../components/form/fieldStyles.ts';
import { InputField } from '../../../components/form/InputField.tsx';
import { NativeField } from '../../../components/form/NativeField.tsx';
import { RadioGroupField } from '../../../components/form/RadioGroupField.tsx';
import { SubmitButton } from '../../../components/form/SubmitButton.tsx';
import { TextAreaField, TextField } from '../../../components/form/TextField.tsx';
import { useFormState } from '../../../components/form/useFormState.ts';
import { MarkdownPreview } from '../../../components/MarkdownPreview.tsx';
import { StatusMessage } from '../../../components/StatusMessage.tsx';
import { ApiRequestError } from '../../../lib/api.ts';
import { eventPath } from '../../../lib/event-paths.ts';
import { fieldId } from '../../../lib/forms.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { maxLengthOf } from '../../../lib/limits.ts';
import { useMeetingTime } from '../../../lib/meeting-time.ts';
import { scoped, scopedError } from '../../../lib/scoped.ts';
import { tokens } from '../../../lib/theme.ts';
import { useCampaignActions } from '../api/campaigns.ts';
import { type EventChoices, useChosenEvent, useEventChoices } from '../api/events.ts';
import { useDateTime } from '../format.ts';
import { type TemplateEvent, type TextTemplate, templateText } from '../templates.ts';
import { type CampaignText, CampaignTranslations, GroupHint } from './CampaignTranslations.tsx';
import { CheckboxList } from './CheckboxList.tsx';
import { FocusHeading, Panel } from './styles.ts';

const SCOPE = 'campaign';
const name = (field: string) => `${SCOPE}.${field}`;

type Template = (typeof CAMPAIGN_TEMPLATES)[number];

/** The main text, or the text in one language. */
type Slot = 'main' | Language;

interface Values {
  template: Template;
  subject: string;
  body: string;
  /** The text in other languages, kept while its section is closed; only open ones are sent. */
  translations: Record<Language, CampaignText>;
  open: Language[];
  listIds: string[];
  eventId: string;
}

const EMPTY: CampaignText = { subject: '', body: '' };

const textOf = (values: Values, slot: Slot): CampaignText =>
  slot === 'main' ? { subject: values.subject, body: values.body } : values.translations[slot];

const withText = (values: Values, slot: Slot, text: CampaignText): Values =>
  slot === 'main'
    ? { ...values, ...text }
    : { ...values, translations: { ...values.translations, [slot]: text } };

/** The open languages' texts that pass `keep`. */
function translationsOf(values: Values, keep: (text: CampaignText) => boolean): CampaignTranslationsInput {
  const result: CampaignTranslationsInput = {};
  for (const language of LANGUAGES) {
    const text = values.translations[language];
    if (values.open.includes(language) && keep(text)) result[language] = { ...text };
  }
  return result;
}

/** The composer's own check: the server's, with a message of its own for the list choice. */
const ClientSchema = CampaignInputSchema.extend({
  listIds: z.array(z.string()).refine((ids) => ids.length > 0),
});

const EventSelect = styled.select`
  ${controlStyles}
  display: block;
  width: 100%;
  max-width: 40rem;
`;

/** The composer stands out from the list of campaigns around it. */
const Frame = styled.form`
  border: 2px solid ${tokens.highlight};
  border-radius: 2px;
  background: ${tokens.surface};
  padding: ${tokens.space.m};
  margin: 0 0 ${tokens.space.l};
  max-width: 52rem;
  box-sizing: border-box;

  @media (max-width: 40rem) {
    padding: ${tokens.space.s};
    margin-left: -${tokens.space.xs};
    margin-right: -${tokens.space.xs};
  }
`;

const Schedule = styled(Fieldset)`
  margin-top: ${tokens.space.l};

  & > div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 ${tokens.space.m};
    align-items: flex-end;
  }
  & > div > div {
    margin-bottom: ${tokens.space.s};
  }
`;

/** The main subject and message; the space under the group is the fieldset's own. */
const MainText = styled(Fieldset)`
  & > :last-child {
    margin-bottom: 0;
  }
`;

const HOUR = 60 * 60 * 1000;
/** How long before the meeting a reminder can be sent. */
const REMINDER_OFFSETS = { hour: HOUR, day: 24 * HOUR, twoDays: 48 * HOUR, week: 7 * 24 * HOUR } as const;
type ReminderOffset = keyof typeof REMINDER_OFFSETS;
const isReminderOffset = (value: string): value is ReminderOffset => value in REMINDER_OFFSETS;

/** `yyyy-mm-dd` and `hh:mm` of an ISO moment in the browser's time zone. */
function localParts(iso: string | null): { date: string; time: string } {
  if (!iso) return { date: '', time: '' };
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
    time: `${pad(d.getHours())}:${pad(d.getMinutes())}`,
  };
}

function EventField({
  choices,
  value,
  onChange,
  errors,
}: {
  choices: EventChoices | undefined;
  value: string;
  onChange: (id: string) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const time = useMeetingTime();
  const label = (e: EventChoices['upcoming'][number]) =>
    `${e.title} – ${time.date(e.startsAt, e.timeZone)}${e.status === 'draft' ? ` (${t('programme.eventStatus.draft')})` : ''}`;
  return (
    <NativeField
      name={name('eventId')}
      label={t('outreachPage.composer.event')}
      hint={t('outreachPage.composer.eventHint')}
      errors={errors}
    >
      {(control) => (
        <EventSelect {...control} value={value} onChange={(event) => onChange(event.target.value)}>
          <option value="">{t('outreachPage.composer.noEvent')}</option>
          {value && choices && ![...choices.upcoming, ...choices.past].some((e) => e.id === value) && (
            <option value={value}>{t('outreachPage.composer.otherEvent')}</option>
          )}
          {choices && choices.upcoming.length > 0 && (
            <optgroup label={t('outreachPage.composer.upcoming')}>
              {choices.upcoming.map((e) => (
                <option key={e.id} value={e.id}>
                  {label(e)}
                </option>
              ))}
            </optgroup>
          )}
          {choices && choices.past.length > 0 && (
            <optgroup label={t('outreachPage.composer.past')}>
              {choices.past.map((e) => (
                <option key={e.id} value={e.id}>
                  {label(e)}
                </option>
              ))}
            </optgroup>
          )}
        </EventSelect>
      )}
    </NativeField>
  );
}

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
 * preview; then a test to oneself, sending now (after a confirmation naming the number of
 * recipients) or at a chosen time.
 */
export function CampaignComposer({ network, lists, campaign, onDone, onClose }: ComposerProps) {
  const { t } = useTranslation();
  const uiLanguage = useLanguage();
  const dateTime = useDateTime();
  const form = useFormState();
  const actions = useCampaignActions(network.slug);
  const choices = useEventChoices(network.slug);
  const [values, setValues] = useState<Values>(() => ({
    template: campaign?.template ?? 'invitation',
    subject: campaign?.subject ?? '',
    body: campaign?.body ?? '',
    translations: {
      fi: { ...EMPTY, ...campaign?.translations.fi },
      sv: { ...EMPTY, ...campaign?.translations.sv },
      en: { ...EMPTY, ...campaign?.translations.en },
    },
    open: LANGUAGES.filter((l) => campaign?.translations[l]),
    listIds: campaign?.listIds ?? (lists.length === 1 && lists[0] ? [lists[0].id] : []),
    eventId: campaign?.eventId ?? '',
  }));
  const [savedId, setSavedId] = useState<string | null>(campaign?.id ?? null);
  const [schedule, setSchedule] = useState(() => localParts(campaign?.scheduledAt ?? null));
  const [notice, setNotice] = useState<string | null>(null);
  const [reminder, setReminder] = useState<ReminderOffset>('day');
  const [busy, setBusy] = useState<'save' | 'test' | 'send' | 'schedule' | 'reminder' | null>(null);
  const [confirming, setConfirming] = useState<Campaign | null>(null);
  const [replacing, setReplacing] = useState<TextTemplate | null>(null);
  /** The text the last template put in, by slot; while a text is still that, choices refresh it. */
  const [prefilled, setPrefilled] = useState<Partial<Record<Slot, CampaignText>>>({});
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
  const summary = [...(choices.data?.upcoming ?? []), ...(choices.data?.past ?? [])].find(
    (e) => e.id === values.eventId,
  );
  const detail = useChosenEvent(network.slug, summary?.slug ?? null);
  // A meeting still ahead can have a reminder a set time before it.
  const meetingStart = summary ? new Date(summary.startsAt).getTime() : Number.NaN;
  const reminderAt = meetingStart > Date.now() ? new Date(meetingStart - REMINDER_OFFSETS[reminder]) : null;
  const recordingUrl = summary && detail.data?.id === summary.id ? detail.data.recordingUrl : null;
  const [eventTitle, eventStart, eventZone, eventSlug] = [
    summary?.title,
    summary?.startsAt,
    summary?.timeZone,
    summary?.slug,
  ];
  const templateEvent = useMemo<TemplateEvent | null>(
    () =>
      eventTitle && eventStart && eventZone && eventSlug
        ? {
            title: eventTitle,
            startsAt: eventStart,
            timeZone: eventZone,
            pageUrl: `${window.location.origin}${eventPath(network.slug, eventSlug)}`,
            recordingUrl,
          }
        : null,
    [eventTitle, eventStart, eventZone, eventSlug, recordingUrl, network.slug],
  );
  /** The main text and the open languages. */
  const slots: Slot[] = ['main', ...LANGUAGES.filter((l) => values.open.includes(l))];
  const untouchedSlot = (slot: Slot) => {
    const text = textOf(values, slot);
    const before = prefilled[slot] ?? EMPTY;
    return text.subject === before.subject && text.body === before.body;
  };
  const untouched = slots.every(untouchedSlot);

  const untouchedNow = useRef<Slot[]>([]);
  untouchedNow.current = slots.filter(untouchedSlot);

  /** Each slot's latest fill: an earlier one that finishes later is dropped. */
  const fills = useRef<Record<Slot, number>>({ main: 0, fi: 0, sv: 0, en: 0 });
  const fill = useCallback(
    (template: TextTemplate, targets: readonly Slot[]) =>
      Promise.all(
        targets.map(async (slot) => {
          const mine = ++fills.current[slot];
          const text = await templateText(
            template,
            slot === 'main' ? language : slot,
            network.name,
            templateEvent,
          );
          if (mine !== fills.current[slot]) return;
          setValues((v) => withText(v, slot, text));
          setPrefilled((p) => ({ ...p, [slot]: text }));
        }),
      ),
    [language, network.name, templateEvent],
  );

  // A template's texts follow the chosen list's language and the meeting while nobody edited them.
  useEffect(() => {
    if (values.template !== 'custom') void fill(values.template, untouchedNow.current);
  }, [fill, values.template]);

  function pickTemplate(value: string) {
    const template = CAMPAIGN_TEMPLATES.find((x) => x === value) ?? 'custom';
    setReplacing(null);
    if (template === 'custom') {
      // Text a template put in and nobody changed goes with the template; edited text stays.
      const cleared = slots.filter((slot) => untouchedSlot(slot) && prefilled[slot]);
      for (const slot of LANGUAGES) fills.current[slot]++;
      fills.current.main++;
      setValues((v) =>
        cleared.reduce<Values>((next, slot) => withText(next, slot, EMPTY), { ...v, template }),
      );
      setPrefilled((p) =>
        Object.fromEntries(Object.entries(p).filter(([slot]) => !cleared.includes(slot as Slot))),
      );
      return;
    }
    if (untouched) {
      set('template')(template);
      return;
    }
    setReplacing(template);
  }

  function toggleTranslation(target: Language, open: boolean) {
    setValues((v) => ({
      ...v,
      open: open ? [...v.open.filter((l) => l !== target), target] : v.open.filter((l) => l !== target),
    }));
    // A newly opened text starts from the chosen template in its own language.
    if (open && values.template !== 'custom' && untouchedSlot(target)) void fill(values.template, [target]);
  }

  const payload = (): CampaignInput => ({
    template: values.template,
    subject: values.subject,
    body: values.body,
    translations: translationsOf(values, (text) => text.subject.trim() !== ''),
    listIds: values.listIds,
    eventId: values.eventId || null,
  });

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
      if (fields[name('listIds')] === 'no confirmed addresses')
        fields[name('listIds')] = t('outreachPage.composer.noRecipients');
      else if (fields[name('listIds')]) fields[name('listIds')] = t('outreachPage.composer.listsRequired');
      for (const slot of ['', ...LANGUAGES.map((l) => `translations.${l}.`)]) {
        if (fields[name(`${slot}subject`)])
          fields[name(`${slot}subject`)] = t('outreachPage.composer.subjectRequired');
      }
      shown = new ApiRequestError(shown.status, shown.code, shown.message, fields);
    }
    form.fail(shown, { status: { 409: t('outreachPage.composer.alreadySent') } });
  }

  /** Creates or updates the campaign; null after showing what is wrong. */
  async function save(): Promise<Campaign | null> {
    // An open text with a message but no subject is not dropped silently: its subject is asked for.
    const written = translationsOf(values, (text) => `${text.subject}${text.body}`.trim() !== '');
    const checked = { ...payload(), translations: written };
    const input = form.validate(scoped(SCOPE, ClientSchema), { [SCOPE]: checked }, fieldMessages);
    if (!input) return null;
    try {
      const saved = await actions.save.mutateAsync({ id: savedId, input: payload() });
      setSavedId(saved.id);
      return saved;
    } catch (error) {
      showError(error);
      return null;
    }
  }

  async function run(kind: NonNullable<typeof busy>, action: () => Promise<void>) {
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
        showError(new ApiRequestError(400, 'bad_request', '', { listIds: 'no confirmed addresses' }));
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

  const scheduleSend = () => {
    const valid = /^\d{4}-\d{2}-\d{2}$/.test(schedule.date) && /^\d{2}:\d{2}$/.test(schedule.time);
    const at = valid ? new Date(`${schedule.date}T${schedule.time}`) : null;
    return scheduleAt('schedule', at, name('scheduleDate'), t('outreachPage.composer.scheduleInvalid'));
  };

  const scheduleReminder = () =>
    scheduleAt('reminder', reminderAt, name('reminder'), t('outreachPage.composer.reminderPast'));

  const mainHintId = `${fieldId(name('main'))}-hint`;
  const templateLabel = (x: Template) => t(`outreachPage.template.${x === 'thank-you' ? 'thankYou' : x}`);

  return (
    <Frame ref={form.formRef} onSubmit={saveDraft} noValidate data-testid="campaign-composer">
      <FocusHeading variant="h3" mb="s" tabIndex={-1} ref={heading}>
        {campaign ? t('outreachPage.composer.editHeading') : t('outreachPage.composer.newHeading')}
      </FocusHeading>
      {campaign?.status === 'scheduled' && (
        <Paragraph mb="m">{t('outreachPage.composer.scheduledNote')}</Paragraph>
      )}
      <StatusMessage message={notice} testId="composer-status" />
      <FormAlert message={form.formError} />
      <RadioGroupField
        name={name('template')}
        legend={t('outreachPage.composer.template')}
        hint={t('outreachPage.composer.templateHint', { language: t(`languageNames.${language}`) })}
        value={replacing ?? values.template}
        onChange={pickTemplate}
        options={CAMPAIGN_TEMPLATES.map((x) => ({ value: x, label: templateLabel(x) }))}
      />
      {replacing && (
        <ConfirmAction
          question={t('outreachPage.composer.replaceQuestion', { template: templateLabel(replacing) })}
          confirmText={t('outreachPage.composer.replace')}
          cancelText={t('outreachPage.composer.keep')}
          pending={false}
          onConfirm={() => {
            const template = replacing;
            setReplacing(null);
            set('template')(template);
            void fill(template, slots);
          }}
          onCancel={() => {
            setReplacing(null);
          }}
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
        choices={choices.data}
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
        onToggle={toggleTranslation}
        onChange={(target, text) => setValues((v) => withText(v, target, text))}
        errors={form.errors}
      />
      <ButtonRow>
        <SubmitButton pending={busy === 'save'}>{t('outreachPage.composer.saveDraft')}</SubmitButton>
        <SubmitButton type="button" variant="secondary" pending={busy === 'test'} onClick={sendTest}>
          {t('outreachPage.composer.sendTest')}
        </SubmitButton>
        <SubmitButton type="button" variant="secondary" pending={false} onClick={onClose}>
          {t('outreachPage.composer.close')}
        </SubmitButton>
      </ButtonRow>

      <Panel>
        <Heading variant="h4" mb="s">
          {t('outreachPage.composer.sendHeading')}
        </Heading>
        <Paragraph mb="m">{t('outreachPage.composer.sendIntro')}</Paragraph>
        <ButtonRow>
          <SubmitButton type="button" pending={busy === 'send'} onClick={askToSend}>
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
            onConfirm={() => sendNow(confirming)}
            onCancel={() => setConfirming(null)}
          />
        )}
        <Schedule>
          <legend>{t('outreachPage.composer.scheduleLegend')}</legend>
          <div>
            <InputField
              name={name('scheduleDate')}
              type="date"
              label={t('outreachPage.composer.scheduleDate')}
              value={schedule.date}
              onChange={(date) => setSchedule((s) => ({ ...s, date }))}
              errors={form.errors}
            />
            <InputField
              name={name('scheduleTime')}
              type="time"
              label={t('outreachPage.composer.scheduleTime')}
              value={schedule.time}
              onChange={(time) => setSchedule((s) => ({ ...s, time }))}
              errors={form.errors}
            />
            <div>
              <SubmitButton
                type="button"
                variant="secondary"
                pending={busy === 'schedule'}
                onClick={scheduleSend}
              >
                {t('outreachPage.composer.schedule')}
              </SubmitButton>
            </div>
          </div>
        </Schedule>
        {reminderAt && (
          <Schedule data-testid="reminder">
            <legend>{t('outreachPage.composer.reminderLegend')}</legend>
            <div>
              <NativeField
                name={name('reminder')}
                label={t('outreachPage.composer.reminderOffset')}
                hint={t('outreachPage.composer.reminderAt', { at: dateTime(reminderAt.toISOString()) })}
                errors={form.errors}
              >
                {(control) => (
                  <EventSelect
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
                  </EventSelect>
                )}
              </NativeField>
              <div>
                <SubmitButton
                  type="button"
                  variant="secondary"
                  pending={busy === 'reminder'}
                  onClick={scheduleReminder}
                >
                  {t('outreachPage.composer.scheduleReminder')}
                </SubmitButton>
              </div>
            </div>
          </Schedule>
        )}
      </Panel>
    </Frame>
  );
}
