import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '#test/app.ts';
import { buildNetwork } from '#test/factories.ts';
import { addFile, addLink, listMaterials } from './materials.service.ts';

let t: TestApp;
let ours: { slug: string; id: string; cookie: string; event: { id: string; slug: string } };
let theirs: { slug: string; id: string; cookie: string; event: { id: string; slug: string } };
let theirFile: { id: string };
let theirLink: { id: string };

/** A network with one meeting on `date`, and its organiser's cookie. */
async function networkWithMeeting(date: string) {
  const { network, organiser } = await buildNetwork(t);
  const event = await t.request({
    method: 'POST',
    url: `/api/networks/${network.slug}/events`,
    cookie: organiser.cookie,
    payload: { title: { fi: 'Tapaaminen' }, date, startTime: '09:00', durationMinutes: 90 },
  });
  return { slug: network.slug, id: network.id, cookie: organiser.cookie, event: event.json() };
}

const materialsOf = async (network: typeof ours) =>
  (
    await t.request({
      method: 'GET',
      url: `/api/networks/${network.slug}/events/${network.event.slug}/materials`,
      cookie: network.cookie,
    })
  ).json().materials;

beforeAll(async () => {
  t = await buildTestApp();
  ours = await networkWithMeeting('2031-05-02');
  theirs = await networkWithMeeting('2031-05-09');
  const scope = { networkId: theirs.id, eventId: theirs.event.id };
  theirLink = await addLink(t.database.db, scope, {
    title: { fi: 'Heidän linkki' },
    url: 'https://example.org/',
  });
  theirFile = await addFile(t.database.db, scope, {
    title: { fi: 'Heidän diat' },
    fileName: 'diat.pdf',
    data: Buffer.from('%PDF-1.7\n%%EOF\n'),
  });
});
afterAll(() => t.close());

describe("another network's materials under our network's address", () => {
  it('are not found, cannot be added to or removed, and nothing changes', async () => {
    const before = await materialsOf(theirs);
    const ourEvent = `/api/networks/${ours.slug}/events/${ours.event.slug}`;
    const theirEvent = `/api/networks/${ours.slug}/events/${theirs.event.slug}`;
    const link = { kind: 'link', title: { fi: 'Kaapattu' }, url: 'https://example.org/kaapattu' };
    const attempts = [
      { method: 'GET' as const, url: `${theirEvent}/materials` },
      { method: 'POST' as const, url: `${theirEvent}/materials`, payload: link },
      { method: 'DELETE' as const, url: `${theirEvent}/materials/${theirLink.id}` },
      { method: 'DELETE' as const, url: `${ourEvent}/materials/${theirLink.id}` },
      { method: 'GET' as const, url: `${ourEvent}/materials/${theirFile.id}/download` },
      { method: 'GET' as const, url: `${theirEvent}/materials/${theirFile.id}/download` },
    ];
    for (const attempt of attempts) {
      const response = await t.request({ ...attempt, cookie: ours.cookie });
      expect(response.statusCode, `${attempt.method} ${attempt.url}`).toBe(404);
    }
    expect(await materialsOf(theirs)).toEqual(before);
    expect(await materialsOf(ours)).toEqual([]);
  });

  it('are refused by the database itself when a query is handed their event', async () => {
    const mixed = { networkId: ours.id, eventId: theirs.event.id };
    await expect(
      addLink(t.database.db, mixed, { title: { fi: 'Sekaisin' }, url: 'https://example.org/' }),
    ).rejects.toThrow();
    expect(await listMaterials(t.database.db, mixed)).toEqual([]);
    expect(await materialsOf(theirs)).toHaveLength(2);
  });
});
