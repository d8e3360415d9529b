import { styled } from 'styled-components';
import type { FieldErrors } from '../../lib/forms.ts';
import { controlStyles } from './fieldStyles.ts';
import { NativeField } from './NativeField.tsx';

export interface SelectOption {
  value: string;
  label: string;
  /** The `<optgroup>` label; options of one group must come one after another. */
  group?: string;
}

/** Consecutive options of the same group, for one `<optgroup>` each (ungrouped ones stand alone). */
function grouped(options: readonly SelectOption[]) {
  const groups: { label?: string; options: SelectOption[] }[] = [];
  for (const option of options) {
    const last = groups.at(-1);
    if (last && option.group !== undefined && last.label === option.group) last.options.push(option);
    else groups.push({ label: option.group, options: [option] });
  }
  return groups;
}

function Options({ options }: { options: readonly SelectOption[] }) {
  return options.map((option) => (
    <option key={option.value} value={option.value}>
      {option.label}
    </option>
  ));
}

interface SelectFieldProps {
  name: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly SelectOption[];
  /** Text of an empty first option; without it there is none. */
  emptyOption?: string;
  errors: FieldErrors;
  disabled?: boolean;
}

const Select = styled.select`
  ${controlStyles}
  display: block;
  width: 100%;
  max-width: 40rem;
`;

/**
 * A native select styled like the Suomi.fi inputs: it works with every keyboard, screen reader
 * and test tool as it is.
 */
export function SelectField({
  name,
  label,
  hint,
  value,
  onChange,
  options,
  emptyOption,
  errors,
  disabled,
}: SelectFieldProps) {
  return (
    <NativeField name={name} label={label} hint={hint} errors={errors}>
      {(control) => (
        <Select
          {...control}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          disabled={disabled}
        >
          {emptyOption !== undefined && <option value="">{emptyOption}</option>}
          {grouped(options).map((group) =>
            group.label === undefined ? (
              <Options key={group.options[0]?.value} options={group.options} />
            ) : (
              <optgroup key={group.label} label={group.label}>
                <Options options={group.options} />
              </optgroup>
            ),
          )}
        </Select>
      )}
    </NativeField>
  );
}
