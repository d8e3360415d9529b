import { Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { type Transcript, transcriptMarkdown } from './live.presenter.ts';

const meeting = {
  title: 'Tekoäly 2.0 – kokemuksia (osa 1)',
  startsAt: new Date('2026-12-04T07:00:00Z'),
  endsAt: new Date('2026-12-04T08:30:00Z'),
  timeZone: 'Europe/Helsinki',
};

function chat(body: string, displayName = 'Maija', seq = 1): Transcript['messages'][number] {
  return {
    id: `m${seq}`,
    seq,
    kind: 'chat',
    author: { participantId: 'p', displayName, organisation: 'Kunta (IT)', host: false },
    body,
    createdAt: '2026-12-04T07:03:00.000Z',
    votes: 0,
    answered: false,
    hidden: false,
    reports: 0,
    organisationType: null,
  };
}

const exported = (...messages: Transcript['messages']) =>
  transcriptMarkdown({ messages, polls: [] }, meeting);
// Marked without sanitising: the export must be safe as Markdown viewers render it.
const rendered = (markdown: string) => new Marked({ gfm: true }).parse(markdown) as string;

describe('the live room’s Markdown export', () => {
  it('gives times with their date in the meeting’s zone, and names the zone once in the header', () => {
    const md = exported(chat('Huomenta!'));
    expect(md).toContain('- 2026-12-04 09:03 **Maija** (Kunta (IT)): Huomenta!');
    expect(md).toContain('Fri, 4 Dec 2026, 9:00–10:30 (Eastern European Standard Time)');
    expect(md.match(/Eastern European Standard Time/g)).toHaveLength(2);
    expect(md).toContain('Times are in Eastern European Standard Time (Europe/Helsinki).');
  });

  it('leaves ordinary punctuation and addresses as written, so links stay clickable', () => {
    const md = exported(chat('Katso https://suomi.fi/ohjeet. Versio 2.0 (beta) - hyvä!'));
    expect(md).toContain('Katso https://suomi.fi/ohjeet. Versio 2.0 (beta) - hyvä!');
    expect(md).toContain('# Tekoäly 2.0 – kokemuksia (osa 1)');
    expect(rendered(md)).toContain('<a href="https://suomi.fi/ohjeet">');
  });

  it('shows hostile text as text: no HTML, links or emphasis that people did not see in the room', () => {
    const md = exported(
      chat(
        '<script>alert(1)</script> <img src=x onerror=alert(1)> [klikkaa](javascript:alert(1)) *tärkeä* `x` &lt;',
      ),
      chat('ok', '**Admin** <b>', 2),
    );
    const html = rendered(md);
    expect(html).not.toMatch(/<(script|img|b)\b/);
    expect(html).not.toContain('href="javascript');
    expect(html).not.toMatch(/<(em|code)>/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&amp;lt;');
    expect(html).toContain('<strong>**Admin** &lt;b&gt;</strong>');
  });
});
