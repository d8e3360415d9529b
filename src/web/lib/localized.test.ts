import { describe, expect, it } from 'vitest';
import { pickText } from './localized.ts';

describe('pickText', () => {
  it('takes the wanted language, unmarked', () => {
    expect(pickText({ fi: 'Tapaaminen', sv: 'Möte' }, 'sv')).toEqual({ text: 'Möte', lang: undefined });
  });

  it("falls back to the network's main language, and says which it is", () => {
    expect(pickText({ en: 'Meeting', sv: 'Möte' }, 'fi', 'sv')).toEqual({ text: 'Möte', lang: 'sv' });
    expect(pickText({ fi: 'Tapaaminen', en: 'Meeting' }, 'sv')).toEqual({ text: 'Tapaaminen', lang: 'fi' });
  });

  it('falls back to any language that has the text, and to nothing without one', () => {
    expect(pickText({ en: 'Meeting' }, 'fi', 'sv')).toEqual({ text: 'Meeting', lang: 'en' });
    expect(pickText({ fi: '', en: 'Meeting' }, 'fi')).toEqual({ text: 'Meeting', lang: 'en' });
    expect(pickText({}, 'sv')).toEqual({ text: '', lang: undefined });
  });
});
