import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import { EVENT_LIMITS } from '#shared/events.ts';
import { FilterForm } from '../../../components/form/FilterForm.ts';
import { SelectField, type SelectOption } from '../../../components/form/SelectField.tsx';
import { TextField } from '../../../components/form/TextField.tsx';

export interface PastSearch {
  q: string;
  theme: string;
  year: string;
}

export const EMPTY_SEARCH: PastSearch = { q: '', theme: '', year: '' };

const NO_ERRORS = {};

interface PastMeetingsSearchProps {
  themes: readonly SelectOption[];
  years: readonly string[];
  onSearch: (search: PastSearch) => void;
}

/** Text, theme and year; applied when the form is sent (Enter or the button). */
export function PastMeetingsSearch({ themes, years, onSearch }: PastMeetingsSearchProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<PastSearch>(EMPTY_SEARCH);
  const set = (key: keyof PastSearch) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch({ ...draft, q: draft.q.trim() });
  };
  return (
    <FilterForm role="search" aria-label={t('events.past.searchLabel')} onSubmit={submit}>
      <TextField
        name="past-q"
        labelText={t('events.past.text')}
        value={draft.q}
        onChange={set('q')}
        errors={NO_ERRORS}
        maxLength={EVENT_LIMITS.searchChars}
      />
      <SelectField
        name="past-theme"
        label={t('events.past.theme')}
        value={draft.theme}
        onChange={set('theme')}
        options={themes}
        emptyOption={t('events.past.anyTheme')}
        errors={NO_ERRORS}
      />
      <SelectField
        name="past-year"
        label={t('events.past.year')}
        value={draft.year}
        onChange={set('year')}
        options={years.map((year) => ({ value: year, label: year }))}
        emptyOption={t('events.past.anyYear')}
        errors={NO_ERRORS}
      />
      <div>
        <Button type="submit">{t('events.past.search')}</Button>
      </div>
    </FilterForm>
  );
}
