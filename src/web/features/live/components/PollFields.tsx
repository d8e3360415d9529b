import { styled } from 'styled-components';
import { Button } from 'suomifi-ui-components';
import { LIVE_LIMITS, POLL_KINDS } from '#shared/live.ts';
import { RadioGroupField } from '../../../components/form/RadioGroupField.tsx';
import { TextField } from '../../../components/form/TextField.tsx';
import type { FieldErrors } from '../../../lib/forms.ts';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { LinkButton } from './MessageParts.tsx';

type Kind = (typeof POLL_KINDS)[number];

/** A poll as the host writes it: options are edited in place, by position. */
export interface PollDraft {
  question: string;
  kind: Kind;
  options: string[];
}

const OptionRow = styled.div`
  display: flex;
  align-items: flex-start;
  gap: ${tokens.space.s};

  & > :first-child {
    flex: 1;
    min-width: 0;
  }
  & > button {
    margin-top: 38px;
  }
`;

interface PollFieldsProps {
  values: PollDraft;
  onChange: React.Dispatch<React.SetStateAction<PollDraft>>;
  errors: FieldErrors;
}

/** The poll's question, its kind and, unless it is a scale poll, its options. */
export function PollFields({ values, onChange, errors }: PollFieldsProps) {
  const { t } = useTranslation();
  const setOption = (index: number, text: string) =>
    onChange((v) => ({ ...v, options: v.options.map((o, i) => (i === index ? text : o)) }));
  const removeOption = (index: number) =>
    onChange((v) => ({ ...v, options: v.options.filter((_, i) => i !== index) }));
  return (
    <>
      <TextField
        name="poll.question"
        labelText={t('live.pollForm.question')}
        value={values.question}
        onChange={(question) => onChange((v) => ({ ...v, question }))}
        errors={errors}
        maxLength={LIVE_LIMITS.pollQuestionChars}
        required
      />
      <RadioGroupField
        name="poll.kind"
        legend={t('live.pollForm.kind')}
        value={values.kind}
        onChange={(kind) => onChange((v) => ({ ...v, kind: kind as Kind }))}
        options={POLL_KINDS.map((kind) => ({ value: kind, label: t(`live.pollForm.kinds.${kind}`) }))}
      />
      {values.kind !== 'scale' &&
        values.options.map((option, index) => (
          <OptionField
            // biome-ignore lint/suspicious/noArrayIndexKey: options are edited in place, by position
            key={index}
            index={index}
            value={option}
            removable={values.options.length > 2}
            errors={errors}
            onChange={(text) => setOption(index, text)}
            onRemove={() => removeOption(index)}
          />
        ))}
      {values.kind !== 'scale' && values.options.length < LIVE_LIMITS.pollOptions && (
        <Button
          variant="secondaryNoBorder"
          onClick={() => onChange((v) => ({ ...v, options: [...v.options, ''] }))}
        >
          {t('live.pollForm.addOption')}
        </Button>
      )}
    </>
  );
}

interface OptionFieldProps {
  index: number;
  value: string;
  /** A poll keeps at least two options. */
  removable: boolean;
  errors: FieldErrors;
  onChange: (text: string) => void;
  onRemove: () => void;
}

/** One option of a poll; the first also shows the error about the options as a whole. */
function OptionField({ index, value, removable, errors, onChange, onRemove }: OptionFieldProps) {
  const { t } = useTranslation();
  return (
    <OptionRow>
      <TextField
        name={`poll.options.${index}`}
        labelText={t('live.pollForm.option', { number: index + 1 })}
        value={value}
        onChange={onChange}
        errors={errors}
        alsoErrorOf={index === 0 ? 'poll.options' : undefined}
        maxLength={LIVE_LIMITS.pollOptionChars}
      />
      {removable && (
        <LinkButton
          type="button"
          aria-label={t('live.pollForm.removeOptionLabel', { number: index + 1 })}
          onClick={onRemove}
        >
          {t('live.pollForm.removeOption')}
        </LinkButton>
      )}
    </OptionRow>
  );
}
