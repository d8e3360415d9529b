import { useId } from 'react';
import { styled } from 'styled-components';
import { Heading, Paragraph } from 'suomifi-ui-components';
import type { LocalizedText } from '#shared/languages.ts';
import type { QuestionResult as Result } from '#shared/surveys.ts';
import { Localized, PhraseWith } from '../../../components/Localized.tsx';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import type { Figures, Point } from '../format.ts';
import { CountsFigure } from './CountsFigure.tsx';
import { NpsSummary } from './NpsSummary.tsx';

const Section = styled.section`
  margin-top: ${tokens.space.xl};
  padding-top: ${tokens.space.m};
  border-top: 1px solid ${tokens.borderLight};
`;

type Props = { result: Result; figures: Figures };

/** "n = 41", and the mean when it can be published. */
function AnswerCount({ n, mean, figures }: { n: number | null; mean: number | null; figures: Figures }) {
  const { t } = useTranslation();
  const count = t('surveyResults.question.n', { n: figures.count(n) });
  const text =
    mean === null ? count : t('surveyResults.question.nAndMean', { count, mean: figures.mean(mean) });
  return <Paragraph mb="s">{text}</Paragraph>;
}

/** The counts of a question or a matrix row, its table captioned with its text. */
function Counts({ result, points, text, figures }: Props & { points: Point[]; text: LocalizedText }) {
  const { t } = useTranslation();
  const caption = (
    <PhraseWith phrase={(question) => t('surveyResults.table.caption', { question })} text={text} />
  );
  return <CountsFigure type={result.type} points={points} figures={figures} caption={caption} />;
}

/** A Likert matrix: each row (a statement) with its own counts. */
function MatrixRows({ result, figures }: Props) {
  return result.rows.map((row) => (
    <div key={row.id}>
      <Heading variant="h4" as="h4" mb="xxs">
        <Localized text={row.text} />
      </Heading>
      <AnswerCount n={row.n} mean={row.mean} figures={figures} />
      <Counts result={result} points={row.points} text={row.text} figures={figures} />
    </div>
  ));
}

function ResultBody({ result, figures }: Props) {
  const { t } = useTranslation();
  const { n } = result;
  if (n === null)
    return <Paragraph>{t('surveyResults.question.tooFew', { min: figures.minCount })}</Paragraph>;
  if (n === 0) return <Paragraph>{t('surveyResults.question.none')}</Paragraph>;
  // Written answers are read once they can be moderated; until then only how many there are.
  if (result.type === 'text')
    return <Paragraph>{t('surveyResults.question.written', { count: n })}</Paragraph>;
  if (result.type === 'likert-matrix') return <MatrixRows result={result} figures={figures} />;
  return (
    <>
      {result.nps ? (
        <NpsSummary nps={result.nps} n={n} figures={figures} />
      ) : (
        <AnswerCount n={n} mean={result.mean} figures={figures} />
      )}
      <Counts result={result} points={result.points} text={result.text} figures={figures} />
    </>
  );
}

/** One question's results under its text. */
export function QuestionResult({ result, figures }: Props) {
  const headingId = useId();
  return (
    <Section aria-labelledby={headingId} data-testid={`question-${result.id}`}>
      <Heading variant="h3" id={headingId} mb="xs">
        <Localized text={result.text} />
      </Heading>
      <ResultBody result={result} figures={figures} />
    </Section>
  );
}
