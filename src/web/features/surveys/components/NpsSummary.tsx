import { styled } from 'styled-components';
import { Paragraph } from 'suomifi-ui-components';
import type { QuestionResult } from '#shared/surveys.ts';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import type { Figures } from '../format.ts';

const Score = styled.p`
  ${tokens.type.semiBold}
  font-size: 1.25rem;
  margin: 0 0 ${tokens.space.xs};
`;

const Interval = styled.span`
  white-space: nowrap;
`;

type Props = { nps: NonNullable<QuestionResult['nps']>; n: number; figures: Figures };

const SLOT = '\u0000';

/**
 * The Net Promoter Score, never without its 95 % interval and n: with few answers the interval
 * is wide, and a score read alone would claim more than the answers show.
 */
export function NpsSummary({ nps, n, figures }: Props) {
  const { t } = useTranslation();
  const score = { score: figures.signed(nps.score), interval: SLOT, n: figures.count(n) };
  // The interval is kept on one line: broken after its "…", it would read as two figures.
  const [before, after] = t('surveyResults.nps.score', score).split(SLOT);
  return (
    <>
      <Score data-testid="nps-score">
        {before}
        <Interval>
          {figures.signed(nps.low)}…{figures.signed(nps.high)}
        </Interval>
        {after}
      </Score>
      <Paragraph mb="m">
        {t('surveyResults.nps.groups', {
          promoters: figures.count(nps.promoters),
          passives: figures.count(nps.passives),
          detractors: figures.count(nps.detractors),
        })}
      </Paragraph>
    </>
  );
}
