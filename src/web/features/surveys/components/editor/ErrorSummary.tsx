import { styled } from 'styled-components';
import { LANGUAGES } from '#shared/languages.ts';
import { type FieldErrors, fieldId } from '../../../../lib/forms.ts';
import { useMainLanguage } from '../../../../lib/localized.ts';
import { tokens } from '../../../../lib/theme.ts';
import { useTranslation } from '../../../../lib/translation.tsx';
import { type ErrorPlace, errorPlaces, questionsWithErrors } from './editor-errors.ts';
import type { DraftQuestion } from './editor-values.ts';

const Box = styled.div`
  border: 2px solid ${tokens.error};
  padding: ${tokens.space.s} ${tokens.space.m};
  margin: ${tokens.space.m} 0;

  h3 {
    ${tokens.type.semiBold}
    margin: 0 0 ${tokens.space.xs};
  }
  ul {
    margin: 0;
    padding-left: ${tokens.space.m};
  }
  a {
    color: ${tokens.highlight};
  }
`;

const QUESTION_PARTS = ['text', 'help', 'type', 'choices', 'choice', 'showIf', 'maxChoices', 'required'];

/** Where the error is, in words: "Question 3, option 2". */
function usePlaceName() {
  const { t } = useTranslation();
  return (place: ErrorPlace): string => {
    if ('field' in place)
      return t(`surveyEditor.errorPlace.${place.field}` as 'surveyEditor.errorPlace.title');
    const part = QUESTION_PARTS.includes(place.part) ? place.part : 'question';
    return t(`surveyEditor.errorPlace.${part}` as 'surveyEditor.errorPlace.question', {
      question: place.question,
      choice: place.choice,
    });
  };
}

const CONTROLS = 'input, select, textarea, button';

/** Focuses the field of `path`: the field itself, or the first input of its group of languages. */
function focusField(path: string, main: string) {
  const candidates = [path, ...[main, ...LANGUAGES].map((language) => `${path}.${language}`)];
  const target = candidates.map((p) => document.getElementById(fieldId(p))).find((el) => el !== null);
  const control = target?.matches(CONTROLS) ? target : target?.querySelector<HTMLElement>(CONTROLS);
  control?.closest('details')?.setAttribute('open', '');
  control?.focus();
}

interface SummaryProps {
  errors: FieldErrors;
  questions: readonly DraftQuestion[];
  /** Opens the cards of questions, so their fields can be focused. */
  onOpen: (ids: string[]) => void;
}

/** Every error of the form, each a link to its field, in the order of the form. */
export function ErrorSummary({ errors, questions, onOpen }: SummaryProps) {
  const { t } = useTranslation();
  const main = useMainLanguage();
  const placeName = usePlaceName();
  const places = errorPlaces(errors, questions);
  if (places.length === 0) return null;
  return (
    <Box data-testid="survey-error-summary">
      <h3>{t('surveyEditor.errorsHeading')}</h3>
      <ul>
        {places.map((place) => (
          <li key={place.path}>
            <a
              href={`#${fieldId(place.path)}`}
              onClick={(event) => {
                event.preventDefault();
                onOpen(questionsWithErrors({ [place.path]: place.message }));
                // After the opened card has been rendered.
                setTimeout(() => focusField(place.path, main));
              }}
            >
              {placeName(place)}: {place.message}
            </a>
          </li>
        ))}
      </ul>
    </Box>
  );
}
