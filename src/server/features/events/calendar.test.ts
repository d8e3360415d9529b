import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { runChild } from '#test/child.ts';
import { type CalendarEvent, type CalendarInput, renderCalendar } from './calendar.ts';

const HELSINKI = 'Europe/Helsinki';

function meeting(change: Partial<CalendarEvent> & Pick<CalendarEvent, 'uid' | 'startsAt'>): CalendarEvent {
  return {
    sequence: 0,
    status: 'confirmed',
    title: 'Kuukausitapaaminen',
    endsAt: new Date(change.startsAt.getTime() + 90 * 60_000),
    timeZone: HELSINKI,
    created: new Date('2021-10-01T10:00:00Z'),
    lastModified: new Date('2021-10-02T10:00:00Z'),
    ...change,
  };
}

const programme: CalendarInput = {
  name: 'Verkosto: ohjelma, kevät; 2022',
  description: 'Kuukausitapaamiset\nverkossa',
  timeZone: HELSINKI,
  url: 'https://verkosto.example/fi/ohjelma',
  events: [
    meeting({
      uid: 'winter@verkosto',
      startsAt: new Date('2021-11-05T07:00:00Z'),
      title: 'Tapaaminen, osa 1; ääkköset\nja öljy',
      description: 'Asialista: 1) tervetuloa; 2) esitys, keskustelu',
      url: 'https://verkosto.example/fi/tapahtumat/1?lang=fi,sv',
      location: 'https://meet.example/j/123?pwd=a;b',
    }),
    meeting({
      uid: 'summer@verkosto',
      startsAt: new Date('2022-06-03T06:00:00Z'),
      title: 'Kesätapaaminen – Åbo, Örö; näkemiin',
      description: `Pitkä kuvaus, joka taitetaan: ${'ääkkösiä ja öljyä, '.repeat(8)}loppu.`,
    }),
    meeting({
      uid: 'cancelled@verkosto',
      startsAt: new Date('2022-07-01T06:00:00Z'),
      title: 'Heinäkuu, peruttu',
      sequence: 2,
      status: 'cancelled',
      lastModified: new Date('2022-05-20T08:15:00Z'),
    }),
  ],
};

/** Parses with ical.js and registers the VTIMEZONEs, so times convert through them, not through luxon. */
function parse(ics: string): { calendar: ICAL.Component; events: ICAL.Event[] } {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
  }
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent)) };
}

describe('renderCalendar', () => {
  const ics = renderCalendar(programme);
  const { calendar, events } = parse(ics);

  it('describes the calendar with one VTIMEZONE for Helsinki', () => {
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Verkosto//Verkosto//EN');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(ics).toContain('\r\nX-WR-CALNAME:Verkosto: ohjelma\\, kevät\\; 2022\r\n');
    expect(ics).toContain('\r\nX-WR-CALDESC:Kuukausitapaamiset\\nverkossa\r\n');
    expect(ics).toContain('\r\nX-WR-TIMEZONE:Europe/Helsinki\r\n');
    expect(ics).toContain('\r\nREFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n');
    expect(ics).toContain('\r\nX-PUBLISHED-TTL:PT1H\r\n');
    const vtimezones = calendar.getAllSubcomponents('vtimezone');
    expect(vtimezones.map((vtimezone) => vtimezone.getFirstPropertyValue('tzid'))).toEqual([HELSINKI]);
  });

  it('writes 09:00 Helsinki time with TZID in winter and summer, at the right instants', () => {
    const [winter, summer] = events;
    for (const event of [winter, summer]) {
      expect(event?.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe(HELSINKI);
      expect(event?.component.getFirstProperty('dtend')?.getParameter('tzid')).toBe(HELSINKI);
      expect([event?.startDate.hour, event?.startDate.minute]).toEqual([9, 0]);
      expect([event?.endDate.hour, event?.endDate.minute]).toEqual([10, 30]);
    }
    expect(winter?.startDate.toJSDate().toISOString()).toBe('2021-11-05T07:00:00.000Z');
    expect(summer?.startDate.toJSDate().toISOString()).toBe('2022-06-03T06:00:00.000Z');
    expect(summer?.endDate.toJSDate().toISOString()).toBe('2022-06-03T07:30:00.000Z');
  });

  it('round-trips UID, SEQUENCE, STATUS and the text fields exactly', () => {
    expect(
      events.map((event) => [event.uid, event.sequence, event.component.getFirstPropertyValue('status')]),
    ).toEqual([
      ['winter@verkosto', 0, 'CONFIRMED'],
      ['summer@verkosto', 0, 'CONFIRMED'],
      ['cancelled@verkosto', 2, 'CANCELLED'],
    ]);
    expect(events.map((event) => event.summary)).toEqual(programme.events.map((event) => event.title));
    expect(events.map((event) => event.description)).toEqual(
      programme.events.map((e) => e.description ?? null),
    );
    const [winter] = events;
    expect(winter?.location).toBe('https://meet.example/j/123?pwd=a;b');
    expect(winter?.component.getFirstPropertyValue('url')).toBe(
      'https://verkosto.example/fi/tapahtumat/1?lang=fi%2Csv',
    );
  });

  it('writes DTSTAMP, CREATED and LAST-MODIFIED in UTC, DTSTAMP being the last modification', () => {
    const cancelled = events[2]?.component;
    expect(cancelled?.getFirstPropertyValue('dtstamp')?.toString()).toBe('2022-05-20T08:15:00Z');
    expect(cancelled?.getFirstPropertyValue('last-modified')?.toString()).toBe('2022-05-20T08:15:00Z');
    expect(cancelled?.getFirstPropertyValue('created')?.toString()).toBe('2021-10-01T10:00:00Z');
  });

  it('uses CRLF line endings and folds lines at 75 octets', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n');
    expect(Math.max(...lines.map((line) => Buffer.byteLength(line)))).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
  });

  it('puts every calendar property before the first component', () => {
    const topLevel = ics
      .split('\r\n')
      .filter((line, index, all) => !line.startsWith(' ') && depthAt(all, index) === 1);
    const firstComponent = topLevel.findIndex((line) => line.startsWith('BEGIN:'));
    expect(topLevel.slice(firstComponent).every((line) => /^(BEGIN|END):/.test(line))).toBe(true);
  });

  it('keeps a newline in the calendar name from starting a new property', () => {
    const injected = renderCalendar({ ...programme, name: 'Nimi\nMETHOD:CANCEL', events: [] });
    expect(injected).not.toMatch(/^METHOD:/m);
    expect(parse(injected).calendar.getAllSubcomponents('vtimezone')).toHaveLength(1);
  });

  it('writes an iTIP cancellation with the organizer, and refuses one without', () => {
    const organizer = { name: 'Verkosto', email: 'ohjelma@verkosto.example' };
    const cancel = renderCalendar({
      ...programme,
      method: 'CANCEL',
      organizer,
      events: programme.events.slice(2),
    });
    const {
      calendar: message,
      events: [event],
    } = parse(cancel);
    expect(message.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(event?.organizer).toBe('mailto:ohjelma@verkosto.example');
    expect(() => renderCalendar({ ...programme, method: 'REQUEST' })).toThrow(/organizer/);
  });

  it('writes events in a zone without a VTIMEZONE definition in UTC', () => {
    const kyiv = renderCalendar({
      ...programme,
      events: [
        meeting({
          uid: 'kyiv@verkosto',
          startsAt: new Date('2022-06-03T06:00:00Z'),
          timeZone: 'Europe/Kyiv',
        }),
      ],
    });
    expect(kyiv).toContain('\r\nDTSTART:20220603T060000Z\r\n');
    expect(() => renderCalendar({ ...programme, timeZone: 'Europe/Espoo' })).toThrow(/time zone/);
  });

  it('gives the same bytes when the process runs in New York', async () => {
    const script = `
      const { renderCalendar } = await import(${JSON.stringify(new URL('./calendar.ts', import.meta.url).href)});
      const input = JSON.parse(process.argv[1], (key, value) =>
        /^(startsAt|endsAt|created|lastModified)$/.test(key) ? new Date(value) : value);
      process.stdout.write(renderCalendar(input));
    `;
    const env = { ...process.env, TZ: 'America/New_York' };
    const { stdout } = await runChild(
      process.execPath,
      ['--input-type=module', '-e', script, JSON.stringify(programme)],
      env,
      'renderCalendar in New York',
    );
    expect(stdout).toBe(ics);
  });
});

/** Nesting depth of line `index`: 1 for VCALENDAR's own properties and its components' BEGIN/END. */
function depthAt(lines: string[], index: number): number {
  let depth = 0;
  for (const line of lines.slice(0, index)) {
    if (line.startsWith('BEGIN:')) depth++;
    if (line.startsWith('END:')) depth--;
  }
  return lines[index]?.startsWith('END:') ? depth - 1 : depth;
}
