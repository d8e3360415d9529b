import { useId } from 'react';
import { styled } from 'styled-components';
import type { AnswerValue, Question } from '#shared/surveys.ts';
import { Localized } from '../../../components/Localized.tsx';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import type { Taps } from '../feedback-card.ts';

const Group = styled.div`
  margin: 0 0 ${tokens.space.m};
  /* The scale's rows depend on the card's width, not the screen's (the room sits in a column). */
  container-type: inline-size;
`;

const QuestionText = styled.p`
  ${tokens.type.semiBold}
  font-size: 18px;
  margin: 0 0 ${tokens.space.s};
`;

/** A scale in one row where it fits; else 0–5 and 6–10 (at most six a row), never a lone last point. */
const Points = styled.div<{ $count: number }>`
  display: grid;
  grid-template-columns: repeat(${(p) => Math.min(p.$count, 6)}, minmax(0, 1fr));
  gap: ${tokens.space.xs};

  @container (min-width: 30rem) {
    grid-template-columns: repeat(${(p) => p.$count}, minmax(0, 1fr));
  }
`;

const Options = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens.space.xs};
`;

const TapButton = styled.button`
  ${tokens.type.semiBold}
  font-size: 18px;
  min-width: 2.75rem;
  min-height: 2.75rem;
  padding: ${tokens.space.xxs} ${tokens.space.s};
  color: ${tokens.brand};
  background: ${tokens.surface};
  border: 2px solid ${tokens.brand};
  border-radius: 4px;
  cursor: pointer;

  &:hover {
    color: ${tokens.surface};
    background: ${tokens.brand};
  }
  &[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.6;
  }
`;

const Ends = styled.p`
  ${tokens.type.bodySmall}
  display: flex;
  flex-wrap: wrap;
  justify-content: space-between;
  gap: ${tokens.space.xxs} ${tokens.space.m};
  margin: ${tokens.space.xs} 0 0;

  & > span:last-child {
    margin-left: auto;
    text-align: right;
  }
`;

type TapsProps = { question: Question; taps: Taps; sending: boolean; onTap: (value: AnswerValue) => void };

/** The scale's end points named below it ("0 = Not at all likely"). */
function ScaleEnds({ id, taps }: { id: string; taps: Extract<Taps, { kind: 'scale' }> }) {
  const { t } = useTranslation();
  const end = (point: number | undefined, side: 'low' | 'high') =>
    t('live.feedback.end', { point, label: t(`live.feedback.ends.${taps.ends}.${side}`) });
  return (
    <Ends id={id}>
      <span>{end(taps.points[0], 'low')}</span>
      <span>{end(taps.points.at(-1), 'high')}</span>
    </Ends>
  );
}

/**
 * The survey's first question as large buttons, one tap answering it: a group named by the
 * question, each point or option a real button.
 */
export function FeedbackTaps({ question, taps, sending, onTap }: TapsProps) {
  const id = useId();
  const scale = taps.kind === 'scale';
  const tap = (value: AnswerValue) => (sending ? undefined : onTap(value));
  return (
    <Group
      role="group"
      aria-labelledby={`${id}-question`}
      aria-describedby={scale ? `${id}-ends` : undefined}
      data-testid="feedback-question"
    >
      <QuestionText id={`${id}-question`}>
        <Localized text={question.text} />
      </QuestionText>
      {scale ? (
        <Points $count={taps.points.length}>
          {taps.points.map((point) => (
            <TapButton type="button" key={point} aria-disabled={sending} onClick={() => tap(point)}>
              {point}
            </TapButton>
          ))}
        </Points>
      ) : (
        <Options>
          {taps.options.map((option) => (
            <TapButton type="button" key={option.id} aria-disabled={sending} onClick={() => tap(option.id)}>
              <Localized text={option.text} />
            </TapButton>
          ))}
        </Options>
      )}
      {scale && <ScaleEnds id={`${id}-ends`} taps={taps} />}
    </Group>
  );
}
