import { describe, expect, it } from 'vitest';
import { editorFields, editorPath, errorPlaces } from './editor-errors.ts';

const sent = [
  { id: 'nps', choices: [] },
  { id: 'q4', choices: [{ id: 'o2' }, { id: 'o7' }] },
  { id: 'q5', choices: [] },
];

describe('editorPath', () => {
  it('names a question’s field by its id, and a choice’s by its own', () => {
    expect(editorPath('questions.0.text.fi', sent)).toBe('survey.q.nps.text.fi');
    expect(editorPath('questions.2.help.sv', sent)).toBe('survey.q.q5.help.sv');
    expect(editorPath('questions.1.options.1.text.en', sent)).toBe('survey.q.q4.choices.o7.text.en');
    expect(editorPath('questions.1.options.0.id', sent)).toBe('survey.q.q4.choices.o2.text');
    expect(editorPath('questions.1.options', sent)).toBe('survey.q.q4.choices');
    expect(editorPath('questions.1.rows.1.text', sent)).toBe('survey.q.q4.choices.o7.text');
  });

  it('shows a condition’s error at its question or its values, and an id’s at the text', () => {
    expect(editorPath('questions.2.showIf.question', sent)).toBe('survey.q.q5.showIf.question');
    expect(editorPath('questions.2.showIf.anyOf.3', sent)).toBe('survey.q.q5.showIf.anyOf');
    expect(editorPath('questions.2.showIf.anyOf', sent)).toBe('survey.q.q5.showIf.anyOf');
    expect(editorPath('questions.1.id', sent)).toBe('survey.q.q4.text');
    expect(editorPath('questions.0.type', sent)).toBe('survey.q.nps.type');
    expect(editorPath('questions.1', sent)).toBe('survey.q.q4.text');
  });

  it('keeps the survey’s own fields, and puts what names no sent question on the list', () => {
    expect(editorPath('title.fi', sent)).toBe('survey.title.fi');
    expect(editorPath('closesOn', sent)).toBe('survey.closesOn');
    expect(editorPath('questions', sent)).toBe('survey.questions');
    expect(editorPath('questions.9.text', sent)).toBe('survey.questions');
  });
});

describe('editorFields', () => {
  it('keeps the first message of a field', () => {
    const fields = { 'questions.2.showIf.anyOf.0': 'first', 'questions.2.showIf.anyOf.1': 'second' };
    expect(editorFields(fields, sent)).toEqual({ 'survey.q.q5.showIf.anyOf': 'first' });
  });
});

describe('errorPlaces', () => {
  it('lists the survey’s fields first, then question by question as they are now', () => {
    const errors = {
      'survey.q.q5.text': 'write it',
      'survey.q.q4.choices.o7.text': 'write the option',
      'survey.closesOn': 'a date',
      'survey.title.fi': 'too long',
      'survey.q.gone.text': 'removed since',
      'survey.q.q4.choices.gone.text': 'removed since',
    };
    const now = [sent[0], sent[2], sent[1]] as typeof sent;
    expect(errorPlaces(errors, now)).toEqual([
      { path: 'survey.title.fi', message: 'too long', field: 'title' },
      { path: 'survey.closesOn', message: 'a date', field: 'closesOn' },
      { path: 'survey.q.q5.text', message: 'write it', question: 2, part: 'text' },
      {
        path: 'survey.q.q4.choices.o7.text',
        message: 'write the option',
        question: 3,
        part: 'choice',
        choice: 2,
      },
    ]);
  });
});
