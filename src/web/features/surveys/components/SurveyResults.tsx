import { type Ref, useEffect, useRef, useState } from 'react';
import { styled } from 'styled-components';
import type { SurveyResults as Results, ResultsFilter, Survey } from '#shared/surveys.ts';
import { InlineLoadError, Loading } from '../../../components/LoadState.tsx';
import { PageSection } from '../../../components/PageSection.tsx';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { useSurveyResults } from '../api/get-survey-results.ts';
import { useFigures } from '../format.ts';
import { useResultsFilter } from '../results-filter.ts';
import { QuestionResult } from './QuestionResult.tsx';
import { ResultsFilters } from './ResultsFilters.tsx';

const Count = styled.p`
  ${tokens.type.semiBold}
  font-size: 1.25rem;
  margin: 0 0 ${tokens.space.s};
  &:focus-visible {
    outline: 3px solid ${tokens.focus};
    outline-offset: 2px;
  }
`;

const Note = styled.p`
  ${tokens.type.bodySmall}
  color: ${tokens.muted};
  max-width: 48rem;
  margin: 0 0 ${tokens.space.m};
`;

type FiguresProps = { results: Results; filtered: boolean; countRef: Ref<HTMLParagraphElement> };

/** How many answers match, then each question's figures, or why there are none. */
function Figures({ results, filtered, countRef }: FiguresProps) {
  const { t } = useTranslation();
  const figures = useFigures(results.minCount);
  const { responses, minCount } = results;
  const count =
    responses === null
      ? t('surveyResults.results.tooFew', { min: minCount })
      : responses === 0
        ? t(filtered ? 'surveyResults.results.noneMatch' : 'surveyResults.results.none')
        : t(filtered ? 'surveyResults.results.matching' : 'surveyResults.results.count', {
            count: responses,
          });
  return (
    <>
      <Count ref={countRef} tabIndex={-1} data-testid="results-count">
        {count}
      </Count>
      {results.questions.length > 0 && (
        <Note>{t('surveyResults.results.hiddenNote', { min: minCount })}</Note>
      )}
      {results.questions.map((question) => (
        <QuestionResult key={question.id} result={question} figures={figures} />
      ))}
    </>
  );
}

/** After the filter changes, the reader is taken to the new figures once they are here. */
function useFocusOnApply(apply: (filter: ResultsFilter) => void, shown: boolean) {
  const countRef = useRef<HTMLParagraphElement>(null);
  const [applied, setApplied] = useState(false);
  useEffect(() => {
    if (!applied || !shown) return;
    countRef.current?.focus();
    setApplied(false);
  }, [applied, shown]);
  const onApply = (filter: ResultsFilter) => {
    setApplied(true);
    apply(filter);
  };
  return { countRef, onApply };
}

/**
 * A survey's results: the filters (kept in the address) and, per question, its figures as a chart
 * and a table. The survey page shows it as one section, beside which others can stand.
 */
export function SurveyResults({ network, survey }: { network: string; survey: Survey }) {
  const { t } = useTranslation();
  const [filter, apply] = useResultsFilter();
  const results = useSurveyResults(network, survey.id, filter);
  const shown = results.data !== undefined && !results.isPlaceholderData;
  const { countRef, onApply } = useFocusOnApply(apply, shown);
  return (
    <PageSection id="survey-results-heading" title={t('surveyResults.results.heading')} headingSpace="m">
      <ResultsFilters
        network={network}
        meetings={survey.kind === 'post-meeting'}
        filter={filter}
        onApply={onApply}
      />
      <div aria-busy={results.isFetching} data-testid="survey-results">
        {results.isPending ? (
          <Loading />
        ) : results.error ? (
          <InlineLoadError error={results.error} retry={() => results.refetch()} />
        ) : (
          <Figures results={results.data} filtered={Object.keys(filter).length > 0} countRef={countRef} />
        )}
      </div>
    </PageSection>
  );
}
