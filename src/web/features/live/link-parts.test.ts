import { describe, expect, it } from 'vitest';
import { linkParts } from './link-parts.ts';

describe('linkParts', () => {
  it('makes http and https addresses links and leaves the rest as text', () => {
    expect(linkParts('See https://example.org/a?b=1 and http://x.fi.')).toEqual([
      { kind: 'text', text: 'See ' },
      { kind: 'link', text: 'https://example.org/a?b=1', href: 'https://example.org/a?b=1' },
      { kind: 'text', text: ' and ' },
      { kind: 'link', text: 'http://x.fi', href: 'http://x.fi/' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('never links other schemes, and keeps markup as text', () => {
    for (const text of [
      'javascript:alert(1)',
      'data:text/html,<b>x</b>',
      '<a href="https://evil.example">x</a>',
      'ftp://files.example/x',
      'mailto:someone@example.org',
    ]) {
      const parts = linkParts(text);
      expect(parts.map((p) => (p.kind === 'link' ? p.text : '')).join('')).not.toMatch(
        /javascript|data:|ftp|mailto/,
      );
      expect(parts.map((p) => p.text).join('')).toBe(text);
    }
    expect(linkParts('<a href="https://evil.example">x</a>').filter((p) => p.kind === 'link')).toEqual([
      { kind: 'link', text: 'https://evil.example', href: 'https://evil.example/' },
    ]);
  });

  it('leaves sentence punctuation out of the address but keeps balanced parentheses', () => {
    expect(linkParts('(see https://example.org/x)')).toEqual([
      { kind: 'text', text: '(see ' },
      { kind: 'link', text: 'https://example.org/x', href: 'https://example.org/x' },
      { kind: 'text', text: ')' },
    ]);
    expect(linkParts('https://en.wikipedia.org/wiki/Finland_(disambiguation), ok')[0]).toEqual({
      kind: 'link',
      text: 'https://en.wikipedia.org/wiki/Finland_(disambiguation)',
      href: 'https://en.wikipedia.org/wiki/Finland_(disambiguation)',
    });
  });

  it('gives back the whole text when there is no link', () => {
    expect(linkParts('Hello, world!')).toEqual([{ kind: 'text', text: 'Hello, world!' }]);
    expect(linkParts('')).toEqual([]);
  });
});
