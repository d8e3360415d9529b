import { describe, expect, it } from 'vitest';
import { markdownToMailText, TEXT_WIDTH, wrap } from './mail-text.ts';

const longUrl = `https://www.suomi.fi/${'hyvin-pitka-polku/'.repeat(6)}sivu?x=1`;

describe('the plain-text part of an e-mail', () => {
  it('keeps paragraphs apart, lists as lines and links with their address', () => {
    const text = markdownToMailText(
      [
        'Hei!',
        'Tervetuloa **mukaan**: [ohjelma](https://suomi.fi/ohjelma) ja <https://suomi.fi>.',
        '- ensimmäinen\n- toinen',
        '1. yksi\n2. kaksi',
        '## Otsikko',
        '> lainaus',
      ].join('\n\n'),
    );
    expect(text).toBe(
      [
        'Hei!',
        'Tervetuloa mukaan: ohjelma (https://suomi.fi/ohjelma) ja https://suomi.fi.',
        '- ensimmäinen\n- toinen',
        '1. yksi\n2. kaksi',
        'Otsikko',
        '> lainaus',
      ].join('\n\n'),
    );
  });

  it('keeps a line break written inside a paragraph', () => {
    expect(markdownToMailText('**Aika:** pe 4.12.2026\n**Paikka:** verkossa')).toBe(
      'Aika: pe 4.12.2026\nPaikka: verkossa',
    );
  });

  it('shows written HTML as nothing but its text', () => {
    expect(markdownToMailText('a <b>b</b> <script>x()</script> &amp; \\*c')).toBe('a b x() & *c');
  });

  it('wraps lines at the width without breaking an address', () => {
    const words = 'sana '.repeat(40).trim();
    const wrapped = wrap(`${words} ${longUrl} loppu`).split('\n');
    expect(wrapped.filter((line) => line !== longUrl).every((line) => line.length <= TEXT_WIDTH)).toBe(true);
    expect(wrapped).toContain(longUrl);
    expect(wrapped.join(' ')).toBe(`${words} ${longUrl} loppu`);
  });
});
