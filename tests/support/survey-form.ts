import type { z } from 'zod';
import type { QuestionSchema } from '#shared/surveys.ts';
import type { TestApp } from './app.ts';

/**
 * A post-meeting survey with a question of every type, in Finnish: the core items, a matrix, a
 * rating, and a multiple choice of at most two that is asked only of first-timers.
 */
export const EVERY_TYPE: z.input<typeof QuestionSchema>[] = [
  {
    id: 'nps',
    core: 'nps',
    type: 'nps',
    text: { fi: 'Kuinka todennäköisesti suosittelisit näitä tapaamisia kollegallesi?' },
  },
  { id: 'usefulness', core: 'usefulness', type: 'likert', text: { fi: 'Tapaamisen teema oli hyödyllinen.' } },
  {
    id: 'parts',
    type: 'likert-matrix',
    text: { fi: 'Tapaamisen osat olivat onnistuneita.' },
    rows: [
      { id: 'talks', text: { fi: 'Alustukset' } },
      { id: 'discussion', text: { fi: 'Keskustelu' } },
    ],
  },
  { id: 'overall', type: 'rating', text: { fi: 'Kokonaisarvio tapaamisesta' } },
  {
    id: 'first-time',
    core: 'first-time',
    type: 'single',
    required: true,
    text: { fi: 'Olitko ensimmäistä kertaa tapaamisessamme?' },
    options: [
      { id: 'yes', text: { fi: 'Kyllä' } },
      { id: 'no', text: { fi: 'En' } },
    ],
  },
  {
    id: 'heard',
    type: 'multiple',
    maxChoices: 2,
    text: { fi: 'Mistä kuulit tapaamisesta?' },
    help: { fi: 'Valitse tärkeimmät.' },
    showIf: { question: 'first-time', anyOf: ['yes'] },
    options: [
      { id: 'mail', text: { fi: 'Sähköpostista' } },
      { id: 'colleague', text: { fi: 'Kollegalta' } },
      { id: 'web', text: { fi: 'Verkkosivuilta' } },
    ],
  },
  { id: 'change', core: 'change', type: 'text', text: { fi: 'Mitä meidän pitäisi muuttaa?' } },
];

/** Makes the network's post-meeting survey the one with every type, through the organisers' API. */
export async function useEveryTypeSurvey(t: TestApp, network: { slug: string }, cookie: string) {
  const base = `/api/networks/${network.slug}/surveys`;
  const list = await t.request({ method: 'GET', url: base, cookie });
  const survey = list.json().surveys.find((s: { kind: string }) => s.kind === 'post-meeting');
  const payload = { title: { fi: 'Palaute tapaamisesta' }, questions: EVERY_TYPE, closeAfterDays: 14 };
  const saved = await t.request({ method: 'PUT', url: `${base}/${survey.id}`, cookie, payload });
  if (saved.statusCode !== 200) throw new Error(`survey not saved: ${saved.statusCode} ${saved.body}`);
  return survey.id as string;
}
