import { styled } from 'styled-components';
import { fieldId } from '../../../../lib/forms.ts';
import { tokens } from '../../../../lib/theme.ts';
import { describedBy, type Invalid } from './QuestionFrame.tsx';

/**
 * The points as a row of boxes that wraps: 0–10 are two rows on a 320 px screen (six and five),
 * one row from about 500 px, as wide as the words of its ends. A box is at least 40 px square.
 */
const Points = styled.div<{ $count: number }>`
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(2.5rem, 1fr));
  gap: 6px;
  max-width: ${({ $count }) => `${$count * 4.5}rem`};
`;

const Point = styled.div`
  position: relative;

  /* The radio button itself stays in place, unseen, so it keeps its keyboard and screen reader behaviour. */
  input {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  label {
    display: flex;
    align-items: center;
    justify-content: center;
    min-height: 2.5rem;
    box-sizing: border-box;
    border: 1px solid ${tokens.border};
    border-radius: 2px;
    background: ${tokens.surface};
    ${tokens.type.semiBold}
    color: ${tokens.text};
  }
  input:checked + label {
    background: ${tokens.highlight};
    border: 3px solid ${tokens.highlightDark};
    color: ${tokens.surface};
  }
  input:focus-visible + label {
    outline: 3px solid ${tokens.focus};
    outline-offset: 2px;
  }
  input[aria-invalid='true'] + label {
    border-color: ${tokens.error};
  }
`;

const Ends = styled.div<{ $count: number }>`
  display: flex;
  justify-content: space-between;
  gap: ${tokens.space.s};
  max-width: ${({ $count }) => `${$count * 4.5}rem`};
  margin-top: ${tokens.space.xxs};
  ${tokens.type.bodySmall}
  color: ${tokens.text};

  span:last-child {
    text-align: right;
  }
`;

interface PointScaleProps {
  name: string;
  points: readonly number[];
  /** What the lowest and the highest point mean; each describes its own radio button. */
  low: string;
  high: string;
  value: string;
  onChange: (value: string) => void;
  invalid: Invalid;
}

/** An NPS or rating scale: a radio button per point, its ends described in words. */
export function PointScale({ name, points, low, high, value, onChange, invalid }: PointScaleProps) {
  const id = fieldId(name);
  const ends = (point: number) =>
    point === points[0] ? `${id}-low` : point === points.at(-1) ? `${id}-high` : undefined;
  return (
    <>
      <Points $count={points.length}>
        {points.map((point) => (
          <Point key={point}>
            <input
              id={`${id}-${point}`}
              type="radio"
              name={name}
              value={String(point)}
              checked={value === String(point)}
              onChange={() => onChange(String(point))}
              aria-invalid={invalid['aria-invalid']}
              aria-describedby={describedBy(ends(point), invalid.errorId)}
            />
            <label htmlFor={`${id}-${point}`}>{point}</label>
          </Point>
        ))}
      </Points>
      <Ends $count={points.length}>
        <span id={`${id}-low`}>{low}</span>
        <span id={`${id}-high`}>{high}</span>
      </Ends>
    </>
  );
}
