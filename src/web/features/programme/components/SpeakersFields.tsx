import { useEffect, useRef, useState } from 'react';
import { styled } from 'styled-components';
import { Button } from 'suomifi-ui-components';
import { SpeakerSchema } from '#shared/events.ts';
import { Fieldset } from '../../../components/form/fieldStyles.ts';
import { LocalizedTextFields } from '../../../components/form/LocalizedTextFields.tsx';
import { TextField } from '../../../components/form/TextField.tsx';
import { type FieldErrors, fieldId } from '../../../lib/forms.ts';
import { maxLengthOf } from '../../../lib/limits.ts';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { newSpeaker, type SpeakerValues } from './meeting-values.ts';

const Row = styled.div`
  border-bottom: 1px solid ${tokens.border};
  margin-bottom: ${tokens.space.m};
  padding-bottom: ${tokens.space.s};
`;

interface SpeakersFieldsProps {
  /** Path of the list, e.g. `event-x.speakers`; rows are `<name>.<index>.name`. */
  name: string;
  speakers: SpeakerValues[];
  onChange: (speakers: SpeakerValues[]) => void;
  errors: FieldErrors;
}

interface SpeakerRowProps {
  /** Path of the row, e.g. `event-x.speakers.0`. */
  name: string;
  n: number;
  speaker: SpeakerValues;
  update: (change: Partial<SpeakerValues>) => void;
  onRemove: () => void;
  errors: FieldErrors;
}

/** One speaker: the name, the organisation and, in each language, what they do or talk about. */
function SpeakerRow({ name, n, speaker, update, onRemove, errors }: SpeakerRowProps) {
  const { t } = useTranslation();
  return (
    <Row>
      <TextField
        name={`${name}.name`}
        labelText={t('programme.speakers.name', { n })}
        value={speaker.name}
        onChange={(v) => update({ name: v })}
        errors={errors}
        maxLength={maxLengthOf(SpeakerSchema, 'name')}
        required
      />
      <TextField
        name={`${name}.organisation`}
        labelText={t('programme.speakers.organisation', { n })}
        optionalText={t('common.optional')}
        value={speaker.organisation}
        onChange={(v) => update({ organisation: v })}
        errors={errors}
        maxLength={maxLengthOf(SpeakerSchema, 'organisation')}
      />
      <LocalizedTextFields
        name={`${name}.role`}
        label={t('programme.speakers.role', { n })}
        hint={t('programme.speakers.roleHint')}
        value={speaker.role}
        onChange={(role) => update({ role })}
        errors={errors}
        maxLength={maxLengthOf(SpeakerSchema, 'role.fi')}
      />
      <Button variant="secondary" onClick={onRemove}>
        {t('programme.speakers.remove', { n })}
      </Button>
    </Row>
  );
}

/** Rows of speaker name, organisation and role, with buttons to add and remove rows. */
export function SpeakersFields({ name, speakers, onChange, errors }: SpeakersFieldsProps) {
  const { t } = useTranslation();
  const [added, setAdded] = useState(0);
  const addRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (added) document.getElementById(fieldId(`${name}.${speakers.length - 1}.name`))?.focus();
  }, [added, name, speakers.length]);

  const update = (index: number, change: Partial<SpeakerValues>) =>
    onChange(speakers.map((s, i) => (i === index ? { ...s, ...change } : s)));

  return (
    <Fieldset>
      <legend>{t('programme.speakers.legend')}</legend>
      {speakers.map((speaker, index) => (
        <SpeakerRow
          key={speaker.key}
          name={`${name}.${index}`}
          n={index + 1}
          speaker={speaker}
          update={(change) => update(index, change)}
          onRemove={() => {
            onChange(speakers.filter((_, i) => i !== index));
            addRef.current?.focus();
          }}
          errors={errors}
        />
      ))}
      <Button
        variant="secondary"
        ref={addRef}
        onClick={() => {
          onChange([...speakers, newSpeaker(Date.now())]);
          setAdded((n) => n + 1);
        }}
      >
        {t('programme.speakers.add')}
      </Button>
    </Fieldset>
  );
}
