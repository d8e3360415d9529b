import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NetworkRow } from '#server/features/networks/networks.queries.ts';
import { buildTestApp, type TestApp } from '#test/app.ts';
import { buildNetwork } from '#test/factories.ts';
import { answerMeeting, buildPastMeeting, roomRespondent } from '#test/surveys.ts';

let t: TestApp;
let ours: { network: NetworkRow; cookie: string };
let theirs: { network: NetworkRow; cookie: string; surveyId: string; meeting: { id: string; slug: string } };

const surveyOf = async (network: NetworkRow, cookie: string) => {
  const list = await t.request({ method: 'GET', url: `/api/networks/${network.slug}/surveys`, cookie });
  return list.json().surveys[0].id as string;
};

beforeAll(async () => {
  t = await buildTestApp();
  const a = await buildNetwork(t);
  ours = { network: a.network, cookie: a.organiser.cookie };
  await surveyOf(a.network, a.organiser.cookie);
  const b = await buildNetwork(t);
  // Their meeting three days ago: its slug names nothing in our network.
  const meeting = await buildPastMeeting(t, b.network, 3);
  theirs = {
    network: b.network,
    cookie: b.organiser.cookie,
    surveyId: await surveyOf(b.network, b.organiser.cookie),
    meeting,
  };
});
afterAll(() => t.close());

describe("another network's surveys under our address", () => {
  const ourUrl = (path: string) => `/api/networks/${ours.network.slug}${path}`;

  it('are not found, to read, edit or see the results of', async () => {
    for (const path of [`/surveys/${theirs.surveyId}`, `/surveys/${theirs.surveyId}/results`]) {
      const response = await t.request({ method: 'GET', url: ourUrl(path), cookie: ours.cookie });
      expect(response.statusCode, path).toBe(404);
    }
    const survey = (
      await t.request({
        method: 'GET',
        url: `/api/networks/${theirs.network.slug}/surveys/${theirs.surveyId}`,
        cookie: theirs.cookie,
      })
    ).json();
    const edit = { title: survey.title, questions: survey.questions, closeAfterDays: 3 };
    const response = await t.request({
      method: 'PUT',
      url: ourUrl(`/surveys/${theirs.surveyId}`),
      payload: edit,
      cookie: ours.cookie,
    });
    expect(response.statusCode).toBe(404);
  });

  it('are refused to our organisers under their own address', async () => {
    const response = await t.request({
      method: 'GET',
      url: `/api/networks/${theirs.network.slug}/surveys/${theirs.surveyId}/results`,
      cookie: ours.cookie,
    });
    expect(response.statusCode).toBe(403);
  });

  it('take no answer for their meeting, and their token answers nothing of ours', async () => {
    const { surveyToken } = await roomRespondent(t, theirs.network, theirs.meeting);
    const response = await answerMeeting(t, ours.network, theirs.meeting, { nps: 8 }, surveyToken);
    expect(response.statusCode).toBe(404);
    const ourMeeting = await buildPastMeeting(t, ours.network, 3);
    const crossed = await answerMeeting(t, ours.network, ourMeeting, { nps: 8 }, surveyToken);
    expect(crossed.statusCode).toBe(400);
    expect(crossed.json().error.fieldIssues).toEqual({ token: { code: 'token-invalid' } });
  });
});
