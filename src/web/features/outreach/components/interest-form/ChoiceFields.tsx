import { LANGUAGES } from '#shared/languages.ts';
import { RadioGroupField } from '../../../../components/form/RadioGroupField.tsx';
import { Localized } from '../../../../components/Localized.tsx';
import { useLocalized } from '../../../../lib/localized.ts';
import { useTranslation } from '../../../../lib/translation.tsx';
import type { InterestInfo } from '../../api/get-interest-form.ts';
import { CheckboxList } from '../CheckboxList.tsx';
import type { SetValue, Values } from './interest-values.ts';

/** What interests the visitor (when the network names topics), the lists to join, and the language of the mail. */
export function ChoiceFields({
  info,
  values,
  set,
  errors,
}: {
  info: InterestInfo;
  values: Values;
  set: SetValue;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const pick = useLocalized();
  return (
    <>
      {info.topics.length > 0 && (
        <CheckboxList
          name="topics"
          legend={t('outreachPage.interest.topics')}
          hint={t('outreachPage.interest.topicsHint')}
          options={info.topics.map((topic) => ({
            value: topic.value,
            label: <Localized text={topic.title} />,
          }))}
          selected={values.topics}
          onChange={set('topics')}
          errors={errors}
        />
      )}
      <CheckboxList
        name="listIds"
        legend={t('outreachPage.interest.lists')}
        hint={t('outreachPage.interest.listsHint')}
        options={info.lists.map((list) => ({
          value: list.id,
          label: <Localized text={list.name} />,
          description: pick(list.description).text ? <Localized text={list.description} /> : undefined,
        }))}
        selected={values.listIds}
        onChange={set('listIds')}
        errors={errors}
      />
      <RadioGroupField
        name="language"
        legend={t('outreachPage.interest.language')}
        value={values.language}
        onChange={(language) => set('language')(LANGUAGES.find((l) => l === language) ?? 'fi')}
        options={LANGUAGES.map((language) => ({
          value: language,
          label: t(`languageNames.${language}`),
          lang: language,
        }))}
      />
    </>
  );
}
