/**
 * Where the editor shows what the server said. The server names a question by its place
 * (`questions.2.options.1.text.fi`); the editor's fields are named by ids (`survey.q.q5.choices.o3.text.fi`),
 * so an error stays with its question while questions move, and a field's DOM id stays the same.
 */

/** The editor's fields are under this key, apart from any other form on the page. */
export const SCOPE = 'survey';

export const surveyField = (path: string) => `${SCOPE}.${path}`;
export const questionField = (questionId: string, path: string) => `${SCOPE}.q.${questionId}.${path}`;
export const choiceField = (questionId: string, choiceId: string, path = 'text') =>
  questionField(questionId, `choices.${choiceId}.${path}`);

type Sent = { id: string; choices: readonly { id: string }[] };

/** The part of a question's field named by the server's path after `questions.N.`. */
function questionPart(question: Sent, [part, at, ...rest]: string[]): string {
  switch (part) {
    case undefined:
    case 'id':
    case 'core':
      return 'text';
    case 'options':
    case 'rows': {
      const choice = at === undefined ? undefined : question.choices[Number(at)];
      if (!choice) return 'choices';
      return `choices.${choice.id}.${rest[0] === 'text' ? rest.join('.') : 'text'}`;
    }
    case 'showIf':
      return at === 'anyOf' ? 'showIf.anyOf' : 'showIf.question';
    default:
      return [part, at, ...rest].filter((p) => p !== undefined).join('.');
  }
}

/** The editor's field for one of the server's paths, given the questions as they were sent. */
export function editorPath(path: string, sent: readonly Sent[]): string {
  const [head, index, ...rest] = path.split('.');
  if (head !== 'questions' || index === undefined) return surveyField(path);
  const question = sent[Number(index)];
  return question ? questionField(question.id, questionPart(question, rest)) : surveyField('questions');
}

/** The server's field errors at the editor's fields (the first message a field gets is kept). */
export function editorFields(fields: Record<string, string>, sent: readonly Sent[]): Record<string, string> {
  const shown: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields)) {
    const field = editorPath(path, sent);
    if (!(field in shown)) shown[field] = message;
  }
  return shown;
}

/** The ids of the questions that `errors` (at the editor's fields) name. */
export function questionsWithErrors(errors: Record<string, string>): string[] {
  const prefix = `${SCOPE}.q.`;
  const ids = Object.keys(errors)
    .filter((path) => path.startsWith(prefix))
    .map((path) => path.slice(prefix.length).split('.')[0] ?? '');
  return [...new Set(ids)];
}

/** Where an error is, in words the summary gives: a survey field, or a question's (and choice's) part. */
export type ErrorPlace =
  | { path: string; message: string; field: string }
  | { path: string; message: string; question: number; part: string; choice?: number };

const SURVEY_ORDER = ['title', 'intro', 'opensOn', 'closesOn', 'closeAfterDays', 'anonymous', 'questions'];

function placeOf(path: string, message: string, questions: readonly Sent[]): ErrorPlace | null {
  const [, ...parts] = path.split('.');
  if (parts[0] !== 'q') return { path, message, field: parts[0] ?? '' };
  const index = questions.findIndex((q) => q.id === parts[1]);
  if (index < 0) return null; // the question was removed since
  const [part = 'text', choiceId] = parts.slice(2);
  if (part !== 'choices' || choiceId === undefined) return { path, message, question: index + 1, part };
  const choice = questions[index]?.choices.findIndex((c) => c.id === choiceId) ?? -1;
  if (choice < 0) return null;
  return { path, message, question: index + 1, part: 'choice', choice: choice + 1 };
}

const rank = (place: ErrorPlace) =>
  'field' in place ? SURVEY_ORDER.indexOf(place.field) : 100 + place.question;

/** The errors in the order of the form: the survey's fields, then question by question. */
export function errorPlaces(errors: Record<string, string>, questions: readonly Sent[]): ErrorPlace[] {
  return Object.entries(errors)
    .map(([path, message]) => placeOf(path, message, questions))
    .filter((place): place is ErrorPlace => place !== null)
    .sort((a, b) => rank(a) - rank(b));
}
