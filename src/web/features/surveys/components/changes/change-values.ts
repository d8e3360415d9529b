import type { SurveyChange, SurveyChangeInput, SurveyChangeLink } from '#shared/survey-changes.ts';
import type { FullText } from '../../../../components/form/LocalizedTextFields.tsx';
import { compactText, emptyText, fullText } from '../../../../lib/forms.ts';

/**
 * What the change form edits. It shows one link (a survey, and a meeting of the post-meeting
 * survey); further links given through the API are kept as they were.
 */
export interface ChangeValues {
  title: FullText;
  description: FullText;
  decidedOn: string;
  surveyId: string;
  eventId: string;
  /** The first link's question, kept while its survey stays the same. */
  questionId: string | null;
  published: boolean;
  moreLinks: SurveyChangeLink[];
}

/** The network's held meetings, which a change may name: the same list the home page reads. */
export const HELD = { when: 'past', limit: 500 } as const;

/** `yyyy-mm-dd` of a moment in the browser's time zone. */
export const localDate = (moment: Date) =>
  `${moment.getFullYear()}-${String(moment.getMonth() + 1).padStart(2, '0')}-${String(moment.getDate()).padStart(2, '0')}`;

export const emptyValues = (today: string): ChangeValues => ({
  title: emptyText(),
  description: emptyText(),
  decidedOn: today,
  surveyId: '',
  eventId: '',
  questionId: null,
  published: true,
  moreLinks: [],
});

export function valuesOf(change: SurveyChange): ChangeValues {
  const [first, ...moreLinks] = change.links;
  return {
    title: fullText(change.title),
    description: fullText(change.description),
    decidedOn: change.decidedOn,
    surveyId: first?.surveyId ?? '',
    eventId: first?.eventId ?? '',
    questionId: first?.questionId ?? null,
    published: change.published,
    moreLinks,
  };
}

/** What is sent: empty languages left out, no link without a survey. */
export function inputOf(values: ChangeValues): SurveyChangeInput {
  const first: SurveyChangeLink[] = values.surveyId
    ? [{ surveyId: values.surveyId, eventId: values.eventId || null, questionId: values.questionId }]
    : [];
  return {
    title: compactText(values.title),
    description: compactText(values.description),
    decidedOn: values.decidedOn,
    links: [...first, ...values.moreLinks],
    published: values.published,
  };
}
