import { randomUUID } from 'node:crypto';
import { loadDemo } from '#server/demo/demo.ts';
import { accounts } from '#server/features/auth/auth.tables.ts';
import { recordJoin, setAttending } from '#server/features/events/events.queries.ts';
import { addFile } from '#server/features/events/materials.service.ts';
import { saveSettings } from '#server/features/installation/installation.service.ts';
import { transcript } from '#server/features/live/live.queries.ts';
import { join, openPoll, postMessage, report, upvote, vote } from '#server/features/live/live.service.ts';
import { setLogo } from '#server/features/networks/logo.service.ts';
import type { NetworkRow } from '#server/features/networks/networks.queries.ts';
import { inviteOrganiser } from '#server/features/networks/networks.service.ts';
import { runCampaign } from '#server/features/outreach/campaign-runner.ts';
import {
  createCampaign,
  createList,
  importRows,
  sendCampaign,
} from '#server/features/outreach/outreach.service.ts';
import { createChange } from '#server/features/surveys/changes.service.ts';
import { surveyToken } from '#server/features/surveys/survey-token.ts';
import { meetingTarget, submitAnswers } from '#server/features/surveys/surveys.service.ts';
import { DEFAULT_SUPERVISORY_AUTHORITY } from '#shared/installation.ts';
import { addAdmin, type TestApp } from './app.ts';
import { buildNetwork, buildPerson } from './factories.ts';
import { buildMeeting } from './live.ts';
import { campaignRunner } from './outreach.ts';

/** A material's bytes: every value a byte can have, so a round trip that mangles one shows. */
export const MATERIAL_BYTES = Buffer.from(Array.from({ length: 4096 }, (_, i) => i % 256));

/**
 * A guest of the room answers the meeting's survey (as if an hour after its start: its token's use
 * is recorded), and the organisers record a change it led to.
 */
async function answerAndChange(
  t: TestApp,
  network: NetworkRow,
  meeting: { slug: string; startsAt: Date },
  guestId: string,
) {
  const deps = { db: t.database.db, secret: t.app.config.SESSION_SECRET };
  const target = await meetingTarget(deps.db, network, meeting.slug);
  const token = surveyToken(
    deps.secret,
    { surveyId: target.survey.id, eventId: target.event?.id ?? null },
    { kind: 'room', id: guestId },
  );
  const later = new Date(meeting.startsAt.getTime() + 3_600_000);
  await submitAnswers(deps, target, { answers: { nps: 9, change: 'Lisää aikaa' }, token }, later);
  await createChange(deps.db, network, {
    title: { fi: 'Keskustelulle lisää aikaa' },
    description: { fi: 'Palautteen perusteella.' },
    published: true,
    decidedOn: '2026-11-01',
    links: [{ surveyId: target.survey.id, eventId: target.event?.id ?? null }],
  });
}

/**
 * An installation with rows in every table: the demo network, and beside it a network whose
 * meeting has a live room (chat, a question with a vote and a report, a poll with a vote), an
 * uploaded file, the host's logo, attendance, a join, a calendar feed, an organiser invitation, a mailing list with
 * a campaign sent and one scheduled, the installation's accessibility statement, people signed in (sessions) and one asking for a link (a verification).
 */
export async function fillInstallation(t: TestApp) {
  const { db } = t.database;
  await loadDemo(db, { onlyIfEmpty: false });
  await addAdmin(t, 'admin@example.org');
  const { network, organiser } = await buildNetwork(t);
  const member = await buildPerson(t);
  const actor = { userId: organiser.userId, email: organiser.email, name: 'Organiser', isAdmin: false };
  const meeting = await buildMeeting(t, network);
  const scope = { networkId: network.id, eventId: meeting.id };

  await addFile(db, scope, { title: { fi: 'Slides' }, fileName: 'slides.pdf', data: MATERIAL_BYTES });
  // The host's logo: a PNG's signature, then every byte value.
  await setLogo(db, network, Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), MATERIAL_BYTES]));
  await setAttending(db, { ...scope, userId: member.userId, attending: true });
  await recordJoin(db, scope);
  const feed = await t.request({ method: 'POST', url: '/api/me/calendar-feed', cookie: member.cookie });
  if (feed.statusCode !== 201) throw new Error(`calendar feed: ${feed.statusCode}`);
  await inviteOrganiser(
    { db: t.app.db, mailer: t.app.mailer, publicUrl: t.app.config.PUBLIC_URL },
    network,
    actor,
    { email: 'invited@example.org', language: 'fi' },
  );
  await db.insert(accounts).values({
    id: randomUUID(),
    accountId: 'oidc-subject',
    providerId: 'oidc',
    userId: member.userId,
  });
  // An organiser's action leaves an audit entry.
  const changed = await t.request({
    method: 'PATCH',
    url: `/api/networks/${network.slug}`,
    payload: {
      hashtag: '#Varmuuskopio',
      privacyNotice: { fi: '**Seloste**' },
      contactAddress: 'verkosto@example.org',
    },
    cookie: organiser.cookie,
  });
  if (changed.statusCode !== 200) throw new Error(`network update: ${changed.statusCode}`);
  await saveSettings(db, {
    contactAddress: 'yllapito@example.org',
    statement: {
      compliance: 'partial',
      knownIssues: { fi: 'Videoilla ei ole tekstityksiä.' },
      preparedOn: '2026-09-01',
      updatedOn: '2026-11-30',
    },
    supervisoryAuthority: DEFAULT_SUPERVISORY_AUTHORITY,
  });
  // A link asked for and not yet used stays as a verification (and counts against a rate limit).
  await t.request({ method: 'POST', url: '/api/auth/sign-in/magic-link', payload: { email: member.email } });

  const room = { networkId: network.id, eventId: meeting.id };
  const host = (await join(db, room, { displayName: 'Host' }, { userId: actor.userId, host: true }))
    .participant;
  const guest = (await join(db, room, { displayName: 'Guest', organisation: 'Kunta' }, null)).participant;
  await postMessage(db, guest, { kind: 'chat', clientId: randomUUID(), body: 'Hei kaikki! 👋' });
  const question = await postMessage(db, guest, {
    kind: 'question',
    clientId: randomUUID(),
    body: 'Miten "lainsäädäntö" etenee?\nToinen rivi',
  });
  const [asked] = (await transcript(db, room)).messages.filter((m) => m.seq === question.seq);
  if (!asked) throw new Error('the question was not stored');
  await upvote(db, host, asked.id);
  await report(db, host, asked.id);
  await openPoll(db, room, {
    clientId: randomUUID(),
    question: 'Sopiiko aika?',
    kind: 'single',
    options: ['Kyllä', 'Ei'],
  });
  const [poll] = (await transcript(db, room)).polls;
  if (!poll) throw new Error('the poll was not stored');
  await vote(db, guest, poll.id, [0]);
  await answerAndChange(t, network, meeting, guest.id);

  const list = await createList(db, network, { name: { fi: 'Kunnat' } });
  await importRows(
    db,
    list,
    ['a', 'b'].map((name, i) => ({
      line: i + 2,
      email: `${name}@example.org`,
      name,
      organisation: 'Kunta',
      organisationType: 'municipality',
      language: 'sv',
      problem: null,
    })),
    { kind: 'import', by: organiser.email, file: 'kunnat.csv' },
  );
  const campaign = await createCampaign(
    db,
    network,
    { subject: 'Kutsu', body: 'Tervetuloa **tapaamiseen**', listIds: [list.id] },
    organiser.userId,
  );
  await sendCampaign({ db, jobs: t.app.jobs }, network, campaign.id, null);
  await runCampaign(campaignRunner(t), { networkId: network.id, campaignId: campaign.id });
  const scheduled = await createCampaign(
    db,
    network,
    { subject: 'Muistutus', body: 'Huomenna!', listIds: [list.id] },
    organiser.userId,
  );
  const scheduledAt = new Date(Date.now() + 86_400_000);
  await sendCampaign({ db, jobs: t.app.jobs }, network, scheduled.id, scheduledAt);
  return { network, meeting, scheduled: { id: scheduled.id, at: scheduledAt } };
}
