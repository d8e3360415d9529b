import PostalMime from 'postal-mime';
import { describe, expect, it, vi } from 'vitest';
import { WAIT } from '#test/budget.ts';
import { buildNetwork } from '#test/factories.ts';
import { buildConfirmedList, mailedTestAppForFile } from '#test/outreach.ts';
import { rowsOf } from '#test/personal-data.ts';
import { buildPastMeeting } from '#test/surveys.ts';

const shared = mailedTestAppForFile();

/** Sends a campaign of `template` about `eventId` to the list; the messages it sent. */
async function sendCampaign(slug: string, cookie: string, listId: string, eventId: string, template: string) {
  const { t, smtp } = shared;
  const url = `/api/networks/${slug}/outreach/campaigns`;
  const payload = {
    template,
    subject: 'Kiitos',
    body: 'Kiitos osallistumisesta!',
    listIds: [listId],
    eventId,
  };
  const id = (await t.request({ method: 'POST', url, cookie, payload })).json().id;
  const before = smtp.messages.length;
  await t.request({ method: 'POST', url: `${url}/${id}/send`, cookie, payload: {} });
  await vi.waitFor(() => expect(smtp.messages.length - before).toBe(3), WAIT);
  return Promise.all(smtp.messages.slice(before).map((m) => PostalMime.parse(m.raw)));
}

const feedbackLink = (text: string | undefined) =>
  /https?:\/\/\S+\/feedback\/\S+\?token=\S+/.exec(text ?? '')?.[0] ?? '';

describe("a meeting's thank-you e-mail", () => {
  it('gives each recipient their own one-time link to the feedback survey', async () => {
    const { t } = shared;
    const { network, organiser } = await buildNetwork(t);
    const list = await buildConfirmedList(t.database.db, network, 3);
    const meeting = await buildPastMeeting(t, network);
    const mails = await sendCampaign(network.slug, organiser.cookie, list.id, meeting.id, 'thank-you');
    const links = mails.map((mail) => feedbackLink(mail.text));
    expect(new Set(links).size).toBe(3);
    expect(mails[0]?.html).toContain(links[0]?.replaceAll('&', '&amp;'));
    const token = new URL(links[0] as string).searchParams.get('token');
    const answer = (nps: number) =>
      t.request({
        method: 'POST',
        url: `/api/networks/${network.slug}/feedback/${meeting.slug}/answers`,
        payload: { answers: { nps }, token },
      });
    expect((await answer(9)).statusCode).toBe(201);
    expect((await answer(3)).statusCode).toBe(409);
    const rows = await rowsOf(t, 'SELECT answers FROM survey_responses WHERE event_id = $1', [meeting.id]);
    expect(rows).toEqual([{ answers: { nps: 9 } }]);
  });

  it('carries no link once the survey has closed, nor in an invitation', async () => {
    const { t } = shared;
    const { network, organiser } = await buildNetwork(t);
    const list = await buildConfirmedList(t.database.db, network, 3);
    const old = await buildPastMeeting(t, network, 30);
    const late = await sendCampaign(network.slug, organiser.cookie, list.id, old.id, 'thank-you');
    expect(late.map((mail) => feedbackLink(mail.text))).toEqual(['', '', '']);
    const upcoming = await buildPastMeeting(t, network, -3);
    const invitations = await sendCampaign(
      network.slug,
      organiser.cookie,
      list.id,
      upcoming.id,
      'invitation',
    );
    expect(invitations.map((mail) => feedbackLink(mail.text))).toEqual(['', '', '']);
  });
});
