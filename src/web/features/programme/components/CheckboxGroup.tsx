import { styled } from 'styled-components';
import { ChoiceLabel, ErrorText, Fieldset, Hint } from '../../../components/form/fieldStyles.ts';
import { type FieldErrors, fieldId } from '../../../lib/forms.ts';
import { tokens } from '../../../lib/theme.ts';

const Options = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr));
  gap: ${tokens.space.xs} ${tokens.space.m};
`;

interface CheckboxGroupProps<V extends string | number> {
  name: string;
  legend: string;
  hint?: string;
  options: readonly { value: V; label: string }[];
  selected: readonly V[];
  onChange: (selected: V[]) => void;
  errors: FieldErrors;
}

/** Native checkboxes in a fieldset, e.g. the months a series skips. */
export function CheckboxGroup<V extends string | number>(props: CheckboxGroupProps<V>) {
  const { name, legend, hint, options, selected, onChange, errors } = props;
  const id = fieldId(name);
  const error = errors[name];
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <Fieldset id={id} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {hint && <Hint id={`${id}-hint`}>{hint}</Hint>}
      <Options>
        {options.map((option) => (
          <ChoiceLabel key={option.value}>
            <input
              type="checkbox"
              name={name}
              value={String(option.value)}
              checked={selected.includes(option.value)}
              onChange={(event) =>
                onChange(
                  event.target.checked
                    ? options.map((o) => o.value).filter((v) => v === option.value || selected.includes(v))
                    : selected.filter((v) => v !== option.value),
                )
              }
            />
            {option.label}
          </ChoiceLabel>
        ))}
      </Options>
      {error && <ErrorText id={`${id}-error`}>{error}</ErrorText>}
    </Fieldset>
  );
}
