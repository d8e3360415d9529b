import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { styled } from 'styled-components';
import { Button } from 'suomifi-ui-components';
import { SpeakerSchema } from '#shared/events.ts';
import { Fieldset } from '../../../components/form/fieldStyles.ts';
import { TextField } from '../../../components/form/TextField.tsx';
import { type FieldErrors, fieldId } from '../../../lib/forms.ts';
import { maxLengthOf } from '../../../lib/limits.ts';
import { tokens } from '../../../lib/theme.ts';
import type { SpeakerValues } from './meeting-values.ts';

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

/** Rows of speaker name and organisation, with buttons to add and remove rows. */
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
        <Row key={speaker.key}>
          <TextField
            name={`${name}.${index}.name`}
            labelText={t('programme.speakers.name', { n: index + 1 })}
            value={speaker.name}
            onChange={(v) => update(index, { name: v })}
            errors={errors}
            maxLength={maxLengthOf(SpeakerSchema, 'name')}
            required
          />
          <TextField
            name={`${name}.${index}.organisation`}
            labelText={t('programme.speakers.organisation', { n: index + 1 })}
            optionalText={t('common.optional')}
            value={speaker.organisation}
            onChange={(v) => update(index, { organisation: v })}
            errors={errors}
            maxLength={maxLengthOf(SpeakerSchema, 'organisation')}
          />
          <Button
            variant="secondary"
            onClick={() => {
              onChange(speakers.filter((_, i) => i !== index));
              addRef.current?.focus();
            }}
          >
            {t('programme.speakers.remove', { n: index + 1 })}
          </Button>
        </Row>
      ))}
      <Button
        variant="secondary"
        ref={addRef}
        onClick={() => {
          onChange([...speakers, { key: Date.now(), name: '', organisation: '' }]);
          setAdded((n) => n + 1);
        }}
      >
        {t('programme.speakers.add')}
      </Button>
    </Fieldset>
  );
}
