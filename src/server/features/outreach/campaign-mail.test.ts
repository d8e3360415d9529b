import PostalMime from 'postal-mime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEXT_WIDTH } from '#server/platform/mail-text.ts';
import type { LocalizedText } from '#shared/common.ts';
import type { TestApp } from '#test/app.ts';
import { buildEvent, buildNetwork } from '#test/factories.ts';
import { buildMailedTestApp } from '#test/outreach.ts';
import type { SmtpSink } from '#test/smtp.ts';
import {
  addPending,
  confirmSubscription,
  createCampaign,
  createList,
  sendCampaign,
} from './outreach.service.ts';

// Campaign mails as a reader's client parses them (postal-mime), as an SMTP server received them.
let t: TestApp;
let smtp: SmtpSink;
beforeAll(async () => {
  ({ t, smtp } = await buildMailedTestApp());
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

const BODY = [
  'Hei!',
  'Tervetuloa kuulemaan, miten [Suomi.fi-palvelut](https://suomi.fi/palvelut) uudistuvat. Tämä kappale on niin pitkä, että se jatkuu usealle riville.',
  '- ensimmäinen aihe\n- toinen aihe',
  'Tervetuloa mukaan!',
].join('\n\n');

async function sentInvitation(
  language: 'fi' | 'sv' | 'en',
  title: LocalizedText = { fi: 'Kuukausitapaaminen' },
) {
  const { network, organiser } = await buildNetwork(t, {
    name: { fi: 'Digitalisaation edistäjien verkosto', en: 'Digitalisation network' },
  });
  const { event } = await buildEvent(t, { network, title, date: '2027-01-15', startTime: '09:00' });
  const list = await createList(t.database.db, network, { name: { fi: 'Kiinnostuneet' } });
  const email = `lukija-${language}@kunta.example`;
  const token = await addPending(t.database.db, network, [list.id], {
    email,
    name: '',
    language,
    source: 'manual',
  });
  await confirmSubscription(t.database.db, token ?? '');
  const campaign = await createCampaign(
    t.database.db,
    network,
    { template: 'invitation', subject: 'Kutsu', body: BODY, listIds: [list.id], eventId: event.id },
    organiser.userId,
  );
  const before = smtp.messages.length;
  await sendCampaign({ db: t.database.db, jobs: t.app.jobs }, network, campaign.id, null);
  const [sent] = (await smtp.waitFor(before + 1)).slice(before);
  return { mail: await PostalMime.parse(sent?.raw ?? ''), event };
}

const paragraphs = (text: string) => text.trim().split(/\n\n+/);

describe('a campaign invitation', () => {
  it('has a text part with the message’s paragraphs and list apart, and its links readable', async () => {
    const { mail } = await sentInvitation('fi');
    const parts = paragraphs(mail.text ?? '');
    expect(parts[0]).toBe('Hei!');
    expect(parts[1]).toMatch(
      /^Tervetuloa kuulemaan, miten Suomi\.fi-palvelut \(https:\/\/suomi\.fi\/palvelut\)/,
    );
    expect(parts[2]).toBe('- ensimmäinen aihe\n- toinen aihe');
    expect(parts[3]).toBe('Tervetuloa mukaan!');
    expect(parts).toContain('Kuukausitapaaminen\npe 15.1.2027 klo 9.00–10.30 (Itä-Euroopan normaaliaika)');
    expect(parts.find((p) => p.startsWith('Liity tapaamiseen:'))).toMatch(
      /^Liity tapaamiseen:\nhttps?:\/\/\S+$/,
    );
    expect(parts).toContainEqual(
      expect.stringMatching(
        /^Saat tämän viestin, koska olet postituslistalla ”Kiinnostuneet”\.\nLähettäjä: Digitalisaation edistäjien verkosto\nhttps?:\/\/\S+$/,
      ),
    );
    for (const line of (mail.text ?? '').split('\n')) {
      if (!/^https?:\/\/\S+$/.test(line)) expect(line.length).toBeLessThanOrEqual(TEXT_WIDTH);
    }
  });

  it('has an HTML part that says the same, with the end time and the zone by name', async () => {
    const { mail } = await sentInvitation('en');
    const html = mail.html ?? '';
    expect(html).toContain('<li>ensimmäinen aihe</li>');
    expect(html).toContain('Fri, 15 Jan 2027, 9:00–10:30 (Eastern European Standard Time)');
    expect(html).not.toContain('Europe/Helsinki');
    expect(html).toContain('Sent by: <a');
    expect(mail.text).toContain('Fri, 15 Jan 2027, 9:00–10:30 (Eastern European Standard Time)');
  });

  it('names the meeting in the reader’s language, in its .ics too, and marks a title that is not', async () => {
    const title = { fi: 'Kuukausitapaaminen', sv: 'Månadsträff' };
    const swedish = (await sentInvitation('sv', title)).mail;
    expect(paragraphs(swedish.text ?? '')).toContainEqual(expect.stringMatching(/^Månadsträff\n/));
    const ics = swedish.attachments.find((a) => a.mimeType.startsWith('text/calendar'));
    expect(new TextDecoder().decode(ics?.content as ArrayBuffer)).toMatch(/^SUMMARY:Månadsträff\r?$/m);
    expect(swedish.html).not.toMatch(/<h2[^>]*lang=/);
    const english = (await sentInvitation('en', title)).mail;
    expect(english.html).toMatch(/<h2[^>]*lang="fi"[^>]*>Kuukausitapaaminen<\/h2>/);
  });
});
