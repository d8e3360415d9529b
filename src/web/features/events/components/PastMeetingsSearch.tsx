import { type FormEvent, useState } from 'react';
import { Button } from 'suomifi-ui-components';
import { EVENT_LIMITS } from '#shared/event-limits.ts';
import { FilterForm } from '../../../components/form/FilterForm.ts';
import { SelectField, type SelectOption } from '../../../components/form/SelectField.tsx';
import { TextField } from '../../../components/form/TextField.tsx';
import { useLanguage } from '../../../lib/i18n.ts';
import { useTranslation } from '../../../lib/translation.tsx';

export interface PastSearch {
  q: string;
  theme: string;
  year: string;
}

const NO_ERRORS = {};

interface PastMeetingsSearchProps {
  themes: readonly SelectOption[];
  years: readonly string[];
  /** The search applied now (from the address). */
  search: PastSearch;
  onSearch: (search: PastSearch) => void;
}

/**
 * The page's language, kept when the form is sent without JavaScript. Always the UI language (not
 * the address's `?lang=`, which a cached rendering cannot know), so the browser renders the same.
 */
function KeptLanguage() {
  return <input type="hidden" name="lang" value={useLanguage()} />;
}

/**
 * Text, theme and year; applied when the form is sent (Enter or the button). It is a GET form to
 * this page (fields `q`, `theme`, `year`), so it also works without JavaScript.
 */
export function PastMeetingsSearch({ themes, years, search, onSearch }: PastMeetingsSearchProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<PastSearch>(search);
  const set = (key: keyof PastSearch) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch({ ...draft, q: draft.q.trim() });
  };
  return (
    <FilterForm
      role="search"
      aria-label={t('events.past.searchLabel')}
      method="get"
      action="#past-heading"
      onSubmit={submit}
    >
      <KeptLanguage />
      <TextField
        name="q"
        labelText={t('events.past.text')}
        value={draft.q}
        onChange={set('q')}
        errors={NO_ERRORS}
        maxLength={EVENT_LIMITS.searchChars}
      />
      <SelectField
        name="theme"
        label={t('events.past.theme')}
        value={draft.theme}
        onChange={set('theme')}
        options={themes}
        emptyOption={t('events.past.anyTheme')}
        errors={NO_ERRORS}
      />
      <SelectField
        name="year"
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
