import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NetworkRow } from '#server/features/networks/networks.queries.ts';
import { buildTestApp, type TestApp } from '#test/app.ts';
import { buildMember, buildNetwork } from '#test/factories.ts';
import { answerMeeting, buildPastMeeting, roomRespondent } from '#test/surveys.ts';

let t: TestApp;
let network: NetworkRow;
let organiser: string;
let surveyId: string;

// Ten answers: usefulness 5 × "5", 5 × "4"; NPS 8 promoters, 2 passives.
const SCORES = [10, 10, 9, 9, 9, 9, 9, 9, 8, 7];

const download = (query: string, cookie = organiser) =>
  t.request({
    method: 'GET',
    url: `/api/networks/${network.slug}/surveys/${surveyId}/export?${query}`,
    cookie,
  });
const csvRows = (body: string, delimiter = ',') =>
  parse(body.replace(/^\uFEFF/, ''), { columns: true, delimiter }) as Record<string, string>[];

beforeAll(async () => {
  t = await buildTestApp();
  ({
    network,
    organiser: { cookie: organiser },
  } = await buildNetwork(t));
  surveyId = (
    await t.request({ method: 'GET', url: `/api/networks/${network.slug}/surveys`, cookie: organiser })
  ).json().surveys[0].id;
  const meeting = await buildPastMeeting(t, network);
  for (const [i, nps] of SCORES.entries()) {
    const { surveyToken } = await roomRespondent(t, network, meeting);
    const answers = { nps, usefulness: i < 5 ? 5 : 4, change: `=HYPERLINK("x") ${i}` };
    if ((await answerMeeting(t, network, meeting, answers, surveyToken)).statusCode !== 201)
      throw new Error('not saved');
  }
});
afterAll(() => t.close());

describe("a survey's results as files", () => {
  it('are a CSV with a byte order mark: a row per value, hidden counts blank, and no free text', async () => {
    const response = await download('format=csv&language=en');
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename=".+-results\.csv"$/);
    expect(response.body.startsWith('\uFEFF')).toBe(true);
    const rows = csvRows(response.body);
    const useful = rows.filter((r) => r.question === 'usefulness');
    expect(useful.map((r) => [r.value, r.count, r.hidden])).toEqual([
      ['1', '0', 'no'],
      ['2', '0', 'no'],
      ['3', '0', 'no'],
      ['4', '5', 'no'],
      ['5', '5', 'no'],
      ['cant-say', '0', 'no'],
    ]);
    // Two passives are a small group: the NPS groups and points are hidden, the score is not.
    const nps = rows.filter((r) => r.question === 'nps');
    expect(nps.every((r) => r.count === '' && r.hidden === 'yes' && r.nps === '80')).toBe(true);
    expect(response.body).not.toContain('HYPERLINK');
  });

  it('are a semicolon CSV with decimal commas for a Finnish Excel, and a codebook', async () => {
    const rows = csvRows((await download('format=csv-semicolon&language=fi')).body, ';');
    expect(rows.find((r) => r.question === 'usefulness')?.mean).toBe('4,5');
    const codebook = csvRows((await download('format=csv&part=codebook&language=fi')).body);
    expect(codebook.map((r) => [r.question, r.type, r.core_item])).toEqual([
      ['nps', 'nps', 'nps'],
      ['usefulness', 'likert', 'usefulness'],
      ['change', 'text', 'change'],
      ['first-time', 'single', 'first-time'],
    ]);
    expect(codebook[3]?.values).toBe('yes = Kyllä; no = En');
  });

  it('are a workbook with the results and the codebook', async () => {
    const response = await download('format=xlsx&language=sv');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Resultat', 'Kodbok']);
    const header = workbook.worksheets[0]?.getRow(1).values as unknown[];
    expect(header.slice(1, 4)).toEqual(['question', 'question_text', 'type']);
    expect(workbook.worksheets[1]?.rowCount).toBe(5);
  });

  it('are JSON with the same results and the codebook, under the filter given', async () => {
    const all = JSON.parse((await download('format=json')).body);
    expect(all).toMatchObject({ responses: 10, minCount: 5, filter: {} });
    expect(all.codebook).toHaveLength(4);
    const filtered = JSON.parse((await download('format=json&firstTime=yes')).body);
    expect(filtered).toMatchObject({ responses: 0, questions: [], filter: { firstTime: 'yes' } });
  });

  it('are only the organisers’, and a format it does not know is named', async () => {
    const member = await buildMember(t, network);
    expect((await download('format=csv', member.cookie)).statusCode).toBe(403);
    const odd = await download('format=pdf');
    expect(odd.statusCode).toBe(400);
    expect(Object.keys(odd.json().error.fields)).toEqual(['format']);
  });
});
