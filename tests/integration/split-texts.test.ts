import { describe, expect, it } from 'vitest';
import en from '#shared/i18n/en.json' with { type: 'json' };
import { splitTexts } from '../../scripts/split-texts.ts';

type Texts = { [key: string]: string | Texts };

const texts: Texts = {
  app: { title: 'App' },
  live: { eventPage: { title: 'Live room' }, chat: { send: 'Send' } },
  networks: { page: { about: 'About' }, form: { name: 'Name' } },
  admin: { title: 'Admin' },
};
const parts = { lean: ['app', 'live.eventPage', 'networks.page'], live: ['live'] };

/** Every leaf path of `node`, e.g. `live.chat.send`. */
function leaves(node: Texts, prefix = ''): string[] {
  return Object.entries(node).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? [path] : leaves(value, path);
  });
}

describe('splitting the UI texts', () => {
  it('gives each text to the part that lists the most specific path above it, the others to rest', () => {
    expect(splitTexts(texts, 'lean', parts)).toEqual({
      app: { title: 'App' },
      live: { eventPage: { title: 'Live room' } },
      networks: { page: { about: 'About' } },
    });
    expect(splitTexts(texts, 'live', parts)).toEqual({ live: { chat: { send: 'Send' } } });
    expect(splitTexts(texts, 'rest', parts)).toEqual({
      networks: { form: { name: 'Name' } },
      admin: { title: 'Admin' },
    });
  });

  it('puts every text of a language file in exactly one part', () => {
    const all = leaves(en as Texts).sort();
    const split = (['lean', 'live', 'survey', 'rest'] as const).flatMap((part) =>
      leaves(splitTexts(en as Texts, part)),
    );
    expect(split.sort()).toEqual(all);
    expect(leaves(splitTexts(en as Texts, 'live')).every((path) => path.startsWith('live.'))).toBe(true);
    expect(leaves(splitTexts(en as Texts, 'survey')).every((path) => path.startsWith('surveyForm.'))).toBe(
      true,
    );
  });
});
