import { generateKeyPairSync } from 'node:crypto';
import ICAL from 'ical.js';
import { dkimVerify } from 'mailauth/lib/dkim/verify.js';
import PostalMime, { decodeWords } from 'postal-mime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '#test/app.ts';
import { buildNetwork } from '#test/factories.ts';
import { buildMeeting } from '#test/live.ts';
import { buildMailedTestApp } from '#test/outreach.ts';
import type { SmtpSink } from '#test/smtp.ts';
import {
  addPending,
  confirmSubscription,
  createCampaign,
  createList,
  sendCampaign,
} from './outreach.service.ts';

// Invitations as receivers that follow the standards read them, checked with independent parsers:
// ical.js (RFC 5545/5546), postal-mime (RFC 5322/2047) and mailauth (DKIM, RFC 6376).
const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const DKIM_RECORD = `v=DKIM1; k=rsa; p=${publicKey.export({ type: 'spki', format: 'der' }).toString('base64')}`;
const resolver = async (name: string, type: string) => {
  if (type === 'TXT' && name === 'mail2026._domainkey.kunta.example') return [[DKIM_RECORD]];
  throw Object.assign(new Error(`no ${type} record for ${name}`), { code: 'ENOTFOUND' });
};

let t: TestApp;
let smtp: SmtpSink;
let invitation: { raw: string; listId: string; meetingId: string };

beforeAll(async () => {
  ({ t, smtp } = await buildMailedTestApp({
    MAIL_FROM: 'Digin edistäjät <verkosto@kunta.example>',
    DKIM_DOMAIN: 'kunta.example',
    DKIM_SELECTOR: 'mail2026',
    DKIM_PRIVATE_KEY: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString().replaceAll('\n', '\\n'),
  }));
  const { network, organiser } = await buildNetwork(t);
  const list = await createList(t.database.db, network, { name: { fi: 'Kiinnostuneet henkilöt' } });
  const token = await addPending(t.database.db, network, [list.id], {
    email: 'maija@kunta.example',
    name: 'Maija',
    language: 'fi',
    source: 'manual',
  });
  await confirmSubscription(t.database.db, token ?? '');
  const meeting = await buildMeeting(t, network);
  const campaign = await createCampaign(
    t.database.db,
    network,
    {
      template: 'invitation',
      subject: 'Kutsu',
      body: 'Tervetuloa!',
      listIds: [list.id],
      eventId: meeting.id,
    },
    organiser.userId,
  );
  const before = smtp.messages.length;
  await sendCampaign({ db: t.database.db, jobs: t.app.jobs }, network, campaign.id, null);
  const [sent] = (await smtp.waitFor(before + 1)).slice(before);
  invitation = {
    raw: sent?.raw ?? '',
    listId: `${list.id}.${network.slug}.localhost`,
    meetingId: meeting.id,
  };
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

const rawHeader = (raw: string, name: string) =>
  new RegExp(`^${name}: (.*(?:\\r?\\n[ \\t].*)*)`, 'mi').exec(raw)?.[1]?.replace(/\r?\n[ \t]/g, ' ') ?? '';

describe('an invitation', () => {
  it('carries an iTIP PUBLISH calendar whose METHOD matches its MIME type, with the organizer', async () => {
    const mail = await PostalMime.parse(invitation.raw);
    const ics = mail.attachments.find((a) => a.mimeType === 'text/calendar');
    expect(ics).toBeDefined();
    expect(invitation.raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=PUBLISH/i);
    const calendar = new ICAL.Component(ICAL.parse(new TextDecoder().decode(ics?.content as ArrayBuffer)));
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    const event = calendar.getFirstSubcomponent('vevent');
    expect(event?.getFirstPropertyValue('uid')).toBe(`${invitation.meetingId}@verkosto`);
    const organizer = event?.getFirstProperty('organizer');
    expect(organizer?.getFirstValue()).toBe('mailto:verkosto@kunta.example');
    expect(organizer?.getParameter('cn')).toBe('Testiverkosto');
    expect(mail.from?.address).toBe('verkosto@kunta.example');
  });

  it('names its list in List-Id with the identifier outside the encoded name (RFC 2919)', async () => {
    const header = rawHeader(invitation.raw, 'List-ID');
    // The part filters match is plain; only the human-readable name is an RFC 2047 encoded word.
    expect(header).toMatch(
      new RegExp(`^=\\?UTF-8\\?[QB]\\?[^ ]+\\?= <${invitation.listId.replaceAll('.', '\\.')}>$`, 'i'),
    );
    expect(decodeWords(header)).toBe(`Kiinnostuneet henkilöt <${invitation.listId}>`);
  });

  it('is DKIM-signed over its one-click unsubscribe headers, and the signature verifies', async () => {
    const result = await dkimVerify(Buffer.from(invitation.raw), { resolver });
    const [signature] = result.results;
    expect(signature?.status.result).toBe('pass');
    expect(signature?.signingDomain).toBe('kunta.example');
    const signed = (/\bh=([^;]+)/.exec(rawHeader(invitation.raw, 'DKIM-Signature'))?.[1] ?? '')
      .replace(/\s/g, '')
      .toLowerCase()
      .split(':');
    expect(signed).toEqual(
      expect.arrayContaining(['from', 'list-unsubscribe', 'list-unsubscribe-post', 'list-id']),
    );
    // A changed unsubscribe address no longer verifies.
    const forged = invitation.raw.replace(/^(List-Unsubscribe:\s*<[^>]*)>/im, '$1x>');
    expect(forged).not.toBe(invitation.raw);
    expect((await dkimVerify(Buffer.from(forged), { resolver })).results[0]?.status.result).toBe('fail');
  });
});

describe('DKIM settings', () => {
  it('refuse to start with a key that is not a PEM RSA key, naming the variables', async () => {
    await expect(
      buildTestApp({ DKIM_DOMAIN: 'kunta.example', DKIM_SELECTOR: 's', DKIM_PRIVATE_KEY: 'not a key' }),
    ).rejects.toThrow(/DKIM_/);
    await expect(buildTestApp({ DKIM_DOMAIN: 'kunta.example' })).rejects.toThrow(/DKIM_SELECTOR/);
  });
});
