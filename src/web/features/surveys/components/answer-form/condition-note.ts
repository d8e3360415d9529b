import { CANT_SAY } from '#shared/survey-answers.ts';
import type { Question } from '#shared/surveys.ts';
import { LOCALES } from '../../../../lib/date-time.ts';
import { useLanguage } from '../../../../lib/i18n.ts';
import { useLocalized } from '../../../../lib/localized.ts';
import { useTranslation } from '../../../../lib/translation.tsx';

/**
 * What a conditional question says when every question is shown (without JavaScript): "Answer
 * this only if your answer to question 2 was “7”, “8” or “9”." Questions are numbered from 1 in
 * the survey's order, as that form shows them.
 */
export function useConditionNote(questions: Question[]): (question: Question) => string | null {
  const { t } = useTranslation();
  const pick = useLocalized();
  const list = new Intl.ListFormat(LOCALES[useLanguage()], { type: 'disjunction' });
  const label = (source: Question, value: string): string => {
    if (source.type === 'single' || source.type === 'multiple') {
      const option = source.options.find((o) => o.id === value);
      return option ? pick(option.text).text : value;
    }
    if (source.type === 'likert')
      return t(`surveyForm.likert.${value === CANT_SAY ? 'cantSay' : (value as '1')}`);
    return value;
  };
  return (question) => {
    const condition = question.showIf;
    const index = condition ? questions.findIndex((q) => q.id === condition.question) : -1;
    const source = questions[index];
    if (!condition || !source) return null;
    const answers = list.format(
      condition.anyOf.map((value) => t('surveyForm.quoted', { value: label(source, value) })),
    );
    return t('surveyForm.condition', { number: index + 1, answers });
  };
}
