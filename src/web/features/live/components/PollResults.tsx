import { styled } from 'styled-components';
import type { Poll } from '#shared/live.ts';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { usePercent } from '../format.ts';

const Results = styled.ul`
  list-style: none;
  margin: ${tokens.space.s} 0 ${tokens.space.xs};
  padding: 0;
`;

const Result = styled.li`
  display: grid;
  grid-template-columns: minmax(5rem, 14rem) minmax(3rem, 1fr) auto;
  gap: ${tokens.space.xs} ${tokens.space.s};
  align-items: center;
  margin-bottom: ${tokens.space.xs};
  ${tokens.type.body}
  overflow-wrap: anywhere;
`;

const Track = styled.span`
  display: block;
  height: 14px;
  background: ${tokens.surfaceAlt};
  border: 1px solid ${tokens.borderLight};
`;

const Fill = styled.span`
  display: block;
  height: 100%;
  background: ${tokens.highlight};
  transition: width 0.3s ease-out;
  @media (prefers-reduced-motion: reduce) {
    transition: none;
  }
`;

const Numbers = styled.span`
  ${tokens.type.label}
  white-space: nowrap;
`;

export const Summary = styled.p`
  ${tokens.type.bodySmall}
  margin: 0 0 ${tokens.space.s};
`;

/** Each option's votes as a bar and a number, and how many voted. */
export function PollResults({ poll }: { poll: Poll }) {
  const { t } = useTranslation();
  const percent = usePercent();
  const total = poll.counts.reduce((sum, n) => sum + n, 0);
  return (
    <>
      <Results data-testid="poll-results" aria-label={t('live.polls.results', { question: poll.question })}>
        {poll.options.map((option, index) => {
          const count = poll.counts[index] ?? 0;
          const share = total === 0 ? 0 : count / total;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a poll's options never change order
            <Result key={index} data-testid="poll-result">
              <span>{option}</span>
              <Track aria-hidden="true">
                <Fill style={{ width: `${Math.round(share * 100)}%` }} />
              </Track>
              <Numbers data-testid="poll-count">
                {t('live.polls.count', { count, percent: percent(share) })}
              </Numbers>
            </Result>
          );
        })}
      </Results>
      <Summary data-testid="poll-voters">{t('live.polls.voters', { count: poll.voters })}</Summary>
    </>
  );
}
