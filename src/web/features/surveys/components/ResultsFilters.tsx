import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { styled } from 'styled-components';
import { Button } from 'suomifi-ui-components';
import { ORGANISATION_TYPES } from '#shared/people.ts';
import type { ResultsFilter } from '#shared/surveys.ts';
import { programmeQueryOptions } from '../../../api/get-programme.ts';
import { eventsQueryOptions } from '../../../api/list-events.ts';
import { FilterForm } from '../../../components/form/FilterForm.ts';
import { SelectField, type SelectOption } from '../../../components/form/SelectField.tsx';
import { useCalendarDate } from '../../../lib/date-time.ts';
import { useLocalized } from '../../../lib/localized.ts';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { FILTER_KEYS, type FilterKey } from '../results-filter.ts';

type Draft = Record<FilterKey, string>;

const draftOf = (filter: ResultsFilter): Draft =>
  Object.fromEntries(FILTER_KEYS.map((key) => [key, filter[key] ?? ''])) as Draft;
const filterOf = (draft: Draft): ResultsFilter =>
  Object.fromEntries(Object.entries(draft).filter(([, value]) => value)) as ResultsFilter;

/** A row of its own under the fields, so the buttons stay side by side. */
const Buttons = styled.div`
  grid-column: 1 / -1;
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens.space.s};
`;

/** The choices of each filter: the network's past meetings and themes, organisation types, first time or not. */
function useChoices(network: string, meetings: boolean): Record<FilterKey, SelectOption[]> {
  const { t } = useTranslation();
  const pick = useLocalized();
  const date = useCalendarDate();
  const events = useQuery({
    ...eventsQueryOptions(network, { when: 'past', limit: 100 }),
    enabled: meetings,
  });
  const programme = useQuery({ ...programmeQueryOptions(network), enabled: meetings });
  return {
    event: (events.data?.events ?? [])
      .filter((event) => event.status !== 'draft')
      .map((event) => ({ value: event.id, label: `${date(event.localDate)}: ${pick(event.title).text}` })),
    theme: (programme.data?.themes ?? []).map((theme) => ({
      value: theme.id,
      label: pick(theme.title).text,
    })),
    organisationType: ORGANISATION_TYPES.map((type) => ({
      value: type,
      label: t(`organisationTypes.${type}`),
    })),
    firstTime: (['yes', 'no'] as const).map((value) => ({
      value,
      label: t(`surveyResults.filters.firstTimeChoices.${value}`),
    })),
  };
}

type Props = {
  network: string;
  /** Post-meeting answers come from a meeting: they can be narrowed to one, or to a theme's. */
  meetings: boolean;
  filter: ResultsFilter;
  onApply: (filter: ResultsFilter) => void;
};

/** The filters as a form: sending it puts them in the address (see results-filter.ts). */
export function ResultsFilters({ network, meetings, filter, onApply }: Props) {
  const { t } = useTranslation();
  const choices = useChoices(network, meetings);
  const [draft, setDraft] = useState(() => draftOf(filter));
  const applied = JSON.stringify(filter);
  // Back and forward change the address: the fields follow it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `applied` stands for the filter's values
  useEffect(() => setDraft(draftOf(filter)), [applied]);
  const keys = meetings ? FILTER_KEYS : FILTER_KEYS.filter((key) => key !== 'event' && key !== 'theme');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(filterOf(draft));
  };
  return (
    <FilterForm role="search" aria-label={t('surveyResults.filters.label')} onSubmit={submit} noValidate>
      {keys.map((key) => (
        <SelectField
          key={key}
          name={`results-${key}`}
          label={t(`surveyResults.filters.${key}`)}
          value={draft[key]}
          onChange={(value) => setDraft((d) => ({ ...d, [key]: value }))}
          options={choices[key]}
          emptyOption={t(`surveyResults.filters.any.${key}`)}
          errors={{}}
        />
      ))}
      <Buttons>
        <Button type="submit">{t('surveyResults.filters.show')}</Button>
        {applied !== '{}' && (
          <Button type="button" variant="secondary" onClick={() => onApply({})}>
            {t('surveyResults.filters.clear')}
          </Button>
        )}
      </Buttons>
    </FilterForm>
  );
}
