import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_MATERIAL_BYTES } from '#shared/events.ts';
import { buildTestApp, type TestApp } from '#test/app.ts';
import { buildNetwork, buildPerson } from '#test/factories.ts';

let t: TestApp;
let base: string;
let organiser: string;
beforeAll(async () => {
  t = await buildTestApp();
  const built = await buildNetwork(t);
  organiser = built.organiser.cookie;
  const event = await t.request({
    method: 'POST',
    url: `/api/networks/${built.network.slug}/events`,
    cookie: organiser,
    payload: { title: { fi: 'Tapaaminen' }, date: '2022-06-03', startTime: '09:00', durationMinutes: 90 },
  });
  base = `/api/networks/${built.network.slug}/events/${event.json().slug}/materials`;
});
afterAll(() => t.close());

/** A multipart body as a browser would send it. */
async function upload(
  fileName: string,
  bytes: Uint8Array,
  cookie = organiser,
  fields: Record<string, string> = { title: 'Esityksen diat' },
) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', new Blob([bytes]), fileName);
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return t.request({
    method: 'POST',
    url: `${base}/files`,
    cookie,
    headers: { 'content-type': request.headers.get('content-type') ?? '' },
    body: Buffer.from(await request.arrayBuffer()),
  });
}

const pdf = new TextEncoder().encode('%PDF-1.7\n% Verkosto test\n%%EOF\n');
const titles = async () =>
  (await t.request({ method: 'GET', url: base }))
    .json()
    .materials.map((m: { title: { fi: string } }) => m.title.fi);

describe('materials', () => {
  it('shares an uploaded file that anyone can download, exactly as uploaded', async () => {
    const response = await upload('diat.pdf', pdf);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      kind: 'file',
      title: { fi: 'Esityksen diat' },
      fileName: 'diat.pdf',
      size: pdf.length,
    });
    const download = await t.request({ method: 'GET', url: new URL(response.json().url).pathname });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe("attachment; filename*=UTF-8''diat.pdf");
    expect(download.rawPayload.equals(Buffer.from(pdf))).toBe(true);
  });

  it('takes a title per language, and names an untitled file by its name in the main language', async () => {
    const titled = await upload('slides.pdf', pdf, organiser, { 'title.sv': 'Bilder', 'title.en': 'Slides' });
    expect(titled.json().title).toEqual({ sv: 'Bilder', en: 'Slides' });
    const untitled = await upload('muistio.pdf', pdf, organiser, {});
    expect(untitled.json().title).toEqual({ fi: 'muistio.pdf' });
  });

  it('shares a link, but only an http(s) one', async () => {
    const link = { kind: 'link', title: { fi: 'Tallenne' }, url: 'https://example.org/tallenne' };
    expect(
      (await t.request({ method: 'POST', url: base, payload: link, cookie: organiser })).statusCode,
    ).toBe(201);
    const bad = await t.request({
      method: 'POST',
      url: base,
      payload: { ...link, url: 'javascript:alert(1)' },
      cookie: organiser,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toHaveProperty('url');
  });

  it.each([
    ['a disallowed type', 'sivu.html', new TextEncoder().encode('<script>alert(1)</script>'), 400],
    ['an empty file', 'tyhja.pdf', new Uint8Array(), 400],
    ['a file over the limit', 'iso.pdf', new Uint8Array(MAX_MATERIAL_BYTES + 1), 413],
  ])('refuses %s naming the file, and keeps nothing', async (_, name, bytes, status) => {
    const before = await titles();
    const response = await upload(name, bytes);
    expect(response.statusCode).toBe(status);
    expect(response.json().error.fields).toHaveProperty('file');
    expect(await titles()).toEqual(before);
  });

  it('lets only organisers add or remove materials', async () => {
    const member = await buildPerson(t);
    expect((await upload('diat.pdf', pdf, member.cookie)).statusCode).toBe(403);
    const link = { kind: 'link', title: { fi: 'X' }, url: 'https://example.org/x' };
    expect((await t.request({ method: 'POST', url: base, payload: link })).statusCode).toBe(401);
    const [first] = (await t.request({ method: 'GET', url: base })).json().materials;
    const remove = { method: 'DELETE' as const, url: `${base}/${first.id}` };
    expect((await t.request({ ...remove, cookie: member.cookie })).statusCode).toBe(403);
    expect((await t.request({ ...remove, cookie: organiser })).statusCode).toBe(204);
    const ids = (await t.request({ method: 'GET', url: base }))
      .json()
      .materials.map((m: { id: string }) => m.id);
    expect(ids).not.toContain(first.id);
  });

  it('appear in the lists of meetings with the recording, and the cached upcoming list learns of them', async () => {
    const network = base.split('/')[3];
    const link = { kind: 'link', title: { fi: 'Muistio' }, url: 'https://example.org/muistio' };
    await t.request({ method: 'POST', url: base, payload: link, cookie: organiser });
    const slug = base.split('/')[5];
    await t.request({
      method: 'PATCH',
      url: `/api/networks/${network}/events/${slug}`,
      payload: { recordingUrl: 'https://example.org/tallenne' },
      cookie: organiser,
    });
    const past = await t.request({ method: 'GET', url: `/api/networks/${network}/events?when=past` });
    const listed = past.json().events.find((e: { slug: string }) => e.slug === slug);
    expect(listed.recordingUrl).toBe('https://example.org/tallenne');
    expect(listed.materials.map((m: { title: { fi: string } }) => m.title.fi)).toContain('Muistio');

    const upcoming = await t.request({
      method: 'POST',
      url: `/api/networks/${network}/events`,
      cookie: organiser,
      payload: { title: { fi: 'Tuleva' }, date: '2099-06-05', startTime: '09:00', durationMinutes: 90 },
    });
    const list = () => t.request({ method: 'GET', url: `/api/networks/${network}/events` });
    expect((await list()).json().events[0].materials).toEqual([]);
    const materials = `/api/networks/${network}/events/${upcoming.json().slug}/materials`;
    await t.request({
      method: 'POST',
      url: materials,
      payload: { ...link, title: { fi: 'Diat' } },
      cookie: organiser,
    });
    expect(
      (await list()).json().events[0].materials.map((m: { title: { fi: string } }) => m.title.fi),
    ).toEqual(['Diat']);
  });
});
