import { describe, expect, it } from 'vitest';
import { appended, changesMarkdown } from './changes-markdown.ts';

const words = { heading: 'Te sanoitte, me muutimme', decided: (date: string) => `päätetty ${date}` };
const changes = [
  { title: { fi: 'Enemmän aikaa kysymyksille', en: 'More time for questions' }, decidedOn: '2027-02-01' },
  { title: { en: 'Recordings within a day' }, decidedOn: '2027-01-15' },
];

describe('"You said, we changed" in a campaign', () => {
  it('lists each change in the text’s language, falling back to the main language, with its date', () => {
    expect(changesMarkdown(changes, 'fi', 'fi', words)).toBe(
      [
        '**Te sanoitte, me muutimme**',
        '',
        '- Enemmän aikaa kysymyksille (päätetty 1. helmikuuta 2027)',
        '- Recordings within a day (päätetty 15. tammikuuta 2027)',
      ].join('\n'),
    );
    expect(changesMarkdown(changes.slice(0, 1), 'sv', 'fi', words)).toContain('- Enemmän aikaa kysymyksille');
  });

  it('goes after the body, a blank line between', () => {
    expect(appended('Tervetuloa!\n\n', 'LIST')).toBe('Tervetuloa!\n\nLIST');
    expect(appended('  ', 'LIST')).toBe('LIST');
  });
});
