import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { styled } from 'styled-components';
import { Heading, Paragraph } from 'suomifi-ui-components';
import type { Event } from '#shared/events.ts';
import { LIVE_LIMITS } from '#shared/live-limits.ts';
import { ORGANISATION_TYPES } from '#shared/organisation-types.ts';
import { profileQueryOptions } from '../../../api/get-profile.ts';
import type { Room } from '../../../api/get-room.ts';
import { useCurrentUser } from '../../../api/get-session.ts';
import { FormAlert } from '../../../components/form/FormAlert.tsx';
import { ButtonRow } from '../../../components/form/fieldStyles.ts';
import { SelectField } from '../../../components/form/SelectField.tsx';
import { SubmitButton } from '../../../components/form/SubmitButton.tsx';
import { TextField } from '../../../components/form/TextField.tsx';
import { useFormState } from '../../../components/form/useFormState.ts';
import { PrivacyNoticeLink } from '../../../components/PrivacyNoticeLink.tsx';
import { StatusMessage } from '../../../components/StatusMessage.tsx';
import type { FieldErrors } from '../../../lib/forms.ts';
import { useHydrated } from '../../../lib/render-time.ts';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { useJoinRoom } from '../api/join-room.ts';
import type { Joined } from '../token-storage.ts';
import { Panel } from './styles.ts';

const Facts = styled.ul`
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens.space.xs} ${tokens.space.l};
  list-style: none;
  margin: 0 0 ${tokens.space.m};
  padding: 0;
  ${tokens.type.semiBold}
`;

interface JoinFormProps {
  network: string;
  event: Event;
  room: Room;
  /** The token kept for this tab was no longer valid. */
  expired: boolean;
  onJoined: (joined: Joined) => void;
}

const NO_VALUES = { displayName: '', organisation: '', organisationType: '' };

type JoinValues = typeof NO_VALUES;

/** The form's values: signed-in people start from their profile, keeping anything already typed. */
function useJoinValues() {
  const signedIn = useCurrentUser() !== null;
  const profile = useQuery({ ...profileQueryOptions(), enabled: signedIn });
  const [values, setValues] = useState(NO_VALUES);
  const [prefilled, setPrefilled] = useState(false);

  const own = signedIn ? profile.data : undefined;
  useEffect(() => {
    if (!own || prefilled) return;
    setPrefilled(true);
    setValues((v) => ({
      displayName: v.displayName || own.displayName,
      organisation: v.organisation || (own.organisation?.name ?? ''),
      organisationType: v.organisationType || (own.organisation?.type ?? ''),
    }));
  }, [own, prefilled]);

  return [values, setValues] as const;
}

/** Entering the room: a display name is enough; signed-in people start from their profile. */
export function JoinForm({ network, event, room, expired, onJoined }: JoinFormProps) {
  const { t } = useTranslation();
  const form = useFormState();
  const join = useJoinRoom(network, event.slug);
  const [values, setValues] = useJoinValues();
  // Only the app can send it: a disabled default button also stops Enter on the server's bare HTML.
  const ready = useHydrated();

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (join.isPending) return;
    // The schema (and zod) load with the room, on the first try to enter (docs/decisions/0021).
    const { JoinLiveSchema } = await import('#shared/live.ts');
    const input = form.validate(JoinLiveSchema, {
      displayName: values.displayName,
      ...(values.organisation.trim() ? { organisation: values.organisation } : {}),
      ...(values.organisationType ? { organisationType: values.organisationType } : {}),
    });
    if (!input) return;
    try {
      onJoined(await join.mutateAsync(input));
    } catch (error) {
      form.fail(error, {
        status: { 403: t('live.join.removed'), 404: t('live.join.notFound'), 409: t('live.join.cancelled') },
      });
    }
  }

  const closed = room.status === 'closed';
  return (
    <Panel aria-labelledby="join-heading" data-testid="join-room">
      <Heading variant="h2" id="join-heading" mb="s">
        {t('live.join.title')}
      </Heading>
      <StatusMessage message={expired ? t('live.join.expired') : null} />
      <Facts>
        <li data-testid="join-presence">{t('live.presence', { count: room.presence })}</li>
        <li>{closed ? t('live.join.closed') : t('live.join.open')}</li>
      </Facts>
      <Paragraph mb="m">
        {t('live.join.intro')} <PrivacyNoticeLink network={network} />
      </Paragraph>
      <form ref={form.formRef} onSubmit={submit} noValidate>
        <FormAlert message={form.formError} />
        <JoinFields values={values} onChange={setValues} errors={form.errors} />
        <ButtonRow>
          <SubmitButton pending={join.isPending} disabled={!ready}>
            {t('live.join.submit')}
          </SubmitButton>
        </ButtonRow>
      </form>
    </Panel>
  );
}

interface JoinFieldsProps {
  values: JoinValues;
  onChange: React.Dispatch<React.SetStateAction<JoinValues>>;
  errors: FieldErrors;
}

/** Who enters: the display name others see, and optionally their organisation and its type. */
function JoinFields({ values, onChange, errors }: JoinFieldsProps) {
  const { t } = useTranslation();
  const set = (key: keyof JoinValues) => (value: string) => onChange((v) => ({ ...v, [key]: value }));
  return (
    <>
      <TextField
        name="displayName"
        labelText={t('live.join.displayName')}
        hintText={t('live.join.displayNameHint')}
        autoComplete="name"
        value={values.displayName}
        onChange={set('displayName')}
        errors={errors}
        maxLength={LIVE_LIMITS.displayNameChars}
        required
      />
      <TextField
        name="organisation"
        labelText={t('live.join.organisation')}
        optionalText={t('common.optional')}
        autoComplete="organization"
        value={values.organisation}
        onChange={set('organisation')}
        errors={errors}
        maxLength={LIVE_LIMITS.organisationChars}
      />
      <SelectField
        name="organisationType"
        label={`${t('live.join.organisationType')} (${t('common.optional')})`}
        value={values.organisationType}
        onChange={set('organisationType')}
        options={ORGANISATION_TYPES.map((type) => ({ value: type, label: t(`organisationTypes.${type}`) }))}
        emptyOption={t('common.notSpecified')}
        errors={errors}
      />
    </>
  );
}
