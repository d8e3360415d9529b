import { type FormEvent, useState } from 'react';
import { Button } from 'suomifi-ui-components';
import { AUDIT_ACTION_NAMES } from '#shared/audit.ts';
import { FilterForm } from '../../../components/form/FilterForm.ts';
import { InputField } from '../../../components/form/InputField.tsx';
import { SelectField, type SelectOption } from '../../../components/form/SelectField.tsx';
import { type FieldErrors, fieldId } from '../../../lib/forms.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import type { AuditFilter } from '../api/audit-query.ts';
import { actionLabel, dayStart } from '../format.ts';

type Draft = { action: string; from: string; to: string; network: string };

type Props = {
  onApply: (filter: AuditFilter) => void;
  /** For admins: the networks to narrow to (slug and name). */
  networks?: readonly SelectOption[];
};

/** The filter a draft asks for: empty fields narrow nothing, and the end date includes its whole day. */
function filterOf(draft: Draft): AuditFilter {
  return {
    action: draft.action || undefined,
    from: draft.from ? dayStart(draft.from) : undefined,
    to: draft.to ? dayStart(draft.to, true) : undefined,
    network: draft.network || undefined,
  };
}

/** The fields being filled in; sending applies them unless the dates are the wrong way round. */
function useAuditDraft(onApply: (filter: AuditFilter) => void) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>({ action: '', from: '', to: '', network: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = (key: keyof Draft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (draft.from && draft.to && draft.to < draft.from) {
      setErrors({ 'audit-to': t('audit.filters.toBeforeFrom') });
      // The error is tied to the field: focusing it reads both out.
      document.getElementById(fieldId('audit-to'))?.focus();
      return;
    }
    setErrors({});
    onApply(filterOf(draft));
  }

  return { draft, errors, set, submit };
}

/** Action, dates and (for admins) network; applied when the form is sent. */
export function AuditFilters({ onApply, networks }: Props) {
  const { t } = useTranslation();
  const { draft, errors, set, submit } = useAuditDraft(onApply);
  const actions = AUDIT_ACTION_NAMES.map((action) => ({ value: action, label: actionLabel(action, t) }));

  return (
    <FilterForm role="search" aria-label={t('audit.filters.label')} onSubmit={submit} noValidate>
      <SelectField
        name="audit-action"
        label={t('audit.filters.action')}
        value={draft.action}
        onChange={set('action')}
        options={actions}
        emptyOption={t('audit.filters.anyAction')}
        errors={errors}
      />
      {networks && (
        <SelectField
          name="audit-network"
          label={t('audit.filters.network')}
          value={draft.network}
          onChange={set('network')}
          options={[{ value: 'none', label: t('audit.filters.installation') }, ...networks]}
          emptyOption={t('audit.filters.anyNetwork')}
          errors={errors}
        />
      )}
      {(['from', 'to'] as const).map((end) => (
        <InputField
          key={end}
          name={`audit-${end}`}
          label={t(`audit.filters.${end}`)}
          type="date"
          value={draft[end]}
          onChange={set(end)}
          errors={errors}
        />
      ))}
      <div>
        <Button type="submit">{t('audit.filters.show')}</Button>
      </div>
    </FilterForm>
  );
}
