import { describe, expect, it } from 'vitest';
import { composerLanguages } from './composer-languages.ts';

const lists = [
  { id: 'swedes', language: 'sv' as const },
  { id: 'finns', language: 'fi' as const },
];

describe('composerLanguages', () => {
  it('writes the main text in the UI language while no list is chosen, and offers the others', () => {
    expect(composerLanguages({ listIds: [], open: [] }, lists, 'en')).toEqual({
      language: 'en',
      listLanguages: [],
      offered: ['fi', 'sv'],
    });
  });

  it("writes in the first chosen list's language and offers the other lists' languages first", () => {
    expect(composerLanguages({ listIds: ['swedes', 'finns'], open: [] }, lists, 'en')).toEqual({
      language: 'sv',
      listLanguages: ['sv', 'fi'],
      offered: ['fi', 'en'],
    });
  });

  it("still offers a text in the main text's language when one is open", () => {
    expect(composerLanguages({ listIds: ['finns'], open: ['fi'] }, lists, 'en').offered).toEqual([
      'fi',
      'sv',
      'en',
    ]);
  });
});
