import type { TFunction } from 'i18next';
import { CANT_SAY, LIKERT_POINTS } from '#shared/surveys.ts';
import { ChoiceLabel, ErrorText, Fieldset, Hint } from '../../../../components/form/fieldStyles.ts';
import { SelectField } from '../../../../components/form/SelectField.tsx';
import { compactText, fieldId } from '../../../../lib/forms.ts';
import { useLocalized } from '../../../../lib/localized.ts';
import { useTranslation } from '../../../../lib/translation.tsx';
import { questionField } from './editor-errors.ts';
import { ValueGrid } from './editor-styles.ts';
import { conditionSources, type DraftQuestion, valuesOf } from './editor-values.ts';
import type { QuestionProps } from './question-props.ts';

/**
 * When the question is shown: always, or only when an earlier question with choices or points got
 * one of the ticked answers. Only earlier questions are offered, so a condition cannot point ahead.
 */
export function ConditionField(props: QuestionProps) {
  const { question, index, questions, actions, errors } = props;
  const { t } = useTranslation();
  const pick = useLocalized();
  const sources = conditionSources(questions, index);
  if (sources.length === 0) return <Hint>{t('surveyEditor.conditionNone')}</Hint>;
  const number = (q: DraftQuestion) => questions.indexOf(q) + 1;
  const source = sources.find((q) => q.id === question.showIf?.question);
  return (
    <>
      <SelectField
        name={questionField(question.id, 'showIf.question')}
        label={t('surveyEditor.condition')}
        hint={t('surveyEditor.conditionHint')}
        value={question.showIf?.question ?? ''}
        emptyOption={t('surveyEditor.conditionAlways')}
        onChange={(id) =>
          actions.editQuestion(question.id, (q) => ({
            ...q,
            showIf: id ? { question: id, anyOf: [] } : null,
          }))
        }
        options={sources.map((q) => ({
          value: q.id,
          label: t('surveyEditor.conditionSource', {
            number: number(q),
            text: pick(compactText(q.text)).text || t('surveyEditor.untitled'),
          }),
        }))}
        errors={errors}
      />
      {source && <ConditionValues {...props} source={source} />}
    </>
  );
}

/** The answers of the condition's question, ticked for those that show this one. */
function ConditionValues({ question, actions, errors, source }: QuestionProps & { source: DraftQuestion }) {
  const { t } = useTranslation();
  const label = useValueLabel(source);
  const field = questionField(question.id, 'showIf.anyOf');
  const id = fieldId(field);
  const error = errors[field];
  const chosen = question.showIf?.anyOf ?? [];
  const values = valuesOf(source) ?? [];
  const toggle = (value: string, on: boolean) =>
    actions.editQuestion(question.id, (q) =>
      q.showIf
        ? {
            ...q,
            showIf: { ...q.showIf, anyOf: values.filter((v) => (v === value ? on : chosen.includes(v))) },
          }
        : q,
    );
  return (
    <Fieldset id={id} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{t('surveyEditor.conditionValues')}</legend>
      <ValueGrid>
        {values.map((value) => (
          <ChoiceLabel key={value}>
            <input
              type="checkbox"
              checked={chosen.includes(value)}
              onChange={(e) => toggle(value, e.target.checked)}
            />
            {label(value)}
          </ChoiceLabel>
        ))}
      </ValueGrid>
      {error && <ErrorText id={`${id}-error`}>{error}</ErrorText>}
    </Fieldset>
  );
}

/** How a value of `source` is named: an option by its text, a point by its number (and meaning). */
function useValueLabel(source: DraftQuestion): (value: string) => string {
  const { t } = useTranslation();
  const pick = useLocalized();
  return (value) => {
    const index = source.choices.findIndex((c) => c.id === value);
    const choice = source.choices[index];
    if (choice) return pick(compactText(choice.text)).text || t('surveyEditor.option', { number: index + 1 });
    return pointLabel(source, value, t);
  };
}

function pointLabel(source: DraftQuestion, value: string, t: TFunction): string {
  if (value === CANT_SAY) return t('surveyEditor.cantSay');
  const point = LIKERT_POINTS.find((p) => String(p) === value);
  if (source.type === 'likert' && point) return t(`surveyEditor.likertPoints.${point}`);
  if (source.type === 'rating') return t('surveyEditor.ratingPoint', { count: Number(value) });
  return value;
}
