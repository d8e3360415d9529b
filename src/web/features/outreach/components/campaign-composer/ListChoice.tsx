import type { MailingList } from '#shared/outreach.ts';
import { Localized } from '../../../../components/Localized.tsx';
import { useTranslation } from '../../../../lib/translation.tsx';
import { CheckboxList } from '../CheckboxList.tsx';
import { name } from './composer-values.ts';

/** The lists a campaign goes to, each with its language and number of confirmed addresses. */
export function ListChoice({
  lists,
  selected,
  onChange,
  errors,
}: {
  lists: MailingList[];
  selected: string[];
  onChange: (ids: string[]) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  return (
    <CheckboxList
      name={name('listIds')}
      legend={t('outreachPage.composer.lists')}
      options={lists.map((l) => ({
        value: l.id,
        label: <Localized text={l.name} />,
        description: t('outreachPage.composer.listFacts', {
          language: t(`languageNames.${l.language}`),
          count: l.counts.confirmed ?? 0,
        }),
      }))}
      selected={selected}
      onChange={onChange}
      errors={errors}
    />
  );
}
