import { useEffect, useRef, useState } from 'react';
import { styled } from 'styled-components';
import { Button } from 'suomifi-ui-components';
import { CreateNetworkSchema } from '#shared/networks.ts';
import { Fieldset, Hint } from '../../../components/form/fieldStyles.ts';
import { LocalizedTextFields } from '../../../components/form/LocalizedTextFields.tsx';
import { type FieldErrors, fieldId } from '../../../lib/forms.ts';
import { maxLengthOf } from '../../../lib/limits.ts';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { type GoalRow, newGoalRow } from './network-form-values.ts';

const MAX_GOALS = 20;

const Row = styled.div`
  border-left: 4px solid ${tokens.borderLight};
  padding-left: ${tokens.space.m};
  margin-bottom: ${tokens.space.l};
`;

interface GoalsFieldsProps {
  goals: GoalRow[];
  onChange: (goals: GoalRow[]) => void;
  errors: FieldErrors;
}

/** The network's goals, each in three languages; rows can be added and removed. */
export function GoalsFields({ goals, onChange, errors }: GoalsFieldsProps) {
  const { t } = useTranslation();
  const addRef = useRef<HTMLButtonElement>(null);
  // After adding a row focus goes to its first input; after removing one, to the add button.
  const [focusTarget, setFocusTarget] = useState<string | null>(null);

  useEffect(() => {
    if (!focusTarget) return;
    if (focusTarget === 'add') addRef.current?.focus();
    else document.getElementById(focusTarget)?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  function add() {
    onChange([...goals, newGoalRow()]);
    setFocusTarget(fieldId(`goals.${goals.length}.fi`));
  }

  function remove(key: number) {
    onChange(goals.filter((goal) => goal.key !== key));
    setFocusTarget('add');
  }

  return (
    <Fieldset aria-describedby="goals-hint">
      <legend>{t('networks.form.goals')}</legend>
      <Hint id="goals-hint">{t('networks.form.goalsHint')}</Hint>
      {goals.map((goal, index) => (
        <Row key={goal.key}>
          <LocalizedTextFields
            name={`goals.${index}`}
            label={t('networks.form.goal', { n: index + 1 })}
            value={goal.text}
            onChange={(text) => onChange(goals.map((g) => (g.key === goal.key ? { ...g, text } : g)))}
            errors={errors}
            maxLength={maxLengthOf(CreateNetworkSchema, 'goals.*.fi')}
          />
          <Button variant="secondary" onClick={() => remove(goal.key)}>
            {t('networks.form.removeGoal', { n: index + 1 })}
          </Button>
        </Row>
      ))}
      {goals.length < MAX_GOALS && (
        <Button variant="secondary" ref={addRef} onClick={add}>
          {t('networks.form.addGoal')}
        </Button>
      )}
    </Fieldset>
  );
}
