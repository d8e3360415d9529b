import type { ReactNode } from 'react';
import { Button } from 'suomifi-ui-components';
import { useTranslation } from '../../../../lib/translation.tsx';
import { Actions } from './editor-styles.ts';
import { moveButtonId } from './use-survey-draft.ts';

interface MoveButtonsProps {
  /** The field path of the item, for the buttons' ids (focus returns to a moved item's button). */
  field: string;
  /** The item in words, for the buttons' names ("question 3"). */
  name: string;
  first: boolean;
  last: boolean;
  onMove: (by: -1 | 1) => void;
  /** Without it, the item cannot be removed (a core item). */
  onRemove?: () => void;
  removeDisabled?: boolean;
  /** Another button first (a question's "Edit"). */
  children?: ReactNode;
}

/**
 * Moving an item up or down and removing it: buttons, so reordering works from the keyboard.
 * They stay focusable at the list's ends (aria-disabled), so focus is not lost after a move.
 */
export function MoveButtons({
  field,
  name,
  first,
  last,
  onMove,
  onRemove,
  removeDisabled,
  children,
}: MoveButtonsProps) {
  const { t } = useTranslation();
  return (
    <Actions>
      {children}
      <Button
        variant="secondary"
        id={moveButtonId(field, -1)}
        aria-label={t('surveyEditor.moveUpNamed', { name })}
        aria-disabled={first}
        onClick={() => onMove(-1)}
      >
        {t('surveyEditor.moveUp')}
      </Button>
      <Button
        variant="secondary"
        id={moveButtonId(field, 1)}
        aria-label={t('surveyEditor.moveDownNamed', { name })}
        aria-disabled={last}
        onClick={() => onMove(1)}
      >
        {t('surveyEditor.moveDown')}
      </Button>
      {onRemove && (
        <Button
          variant="secondary"
          aria-label={t('surveyEditor.removeNamed', { name })}
          aria-disabled={removeDisabled}
          onClick={onRemove}
        >
          {t('surveyEditor.remove')}
        </Button>
      )}
    </Actions>
  );
}
