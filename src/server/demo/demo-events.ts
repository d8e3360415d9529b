import { DateTime } from 'luxon';
import type { Db } from '#server/db/client.ts';
import { addTheme, createSeries, editEvent } from '#server/features/events/events.service.ts';
import { addFile, addLink } from '#server/features/events/materials.service.ts';
import type { NetworkRow } from '#server/features/networks/networks.queries.ts';
import { DEMO_MEETINGS, DEMO_UPCOMING_THEMES, type DemoMeeting } from './demo-programme.ts';

const SERIES_TITLE = {
  fi: 'Digin edistäjien verkostotapaaminen',
  sv: 'Nätverksträff för digitaliseringsfrämjare',
  en: 'Digital promoters’ network meeting',
};
const MEETING_URL = 'https://meet.example.org/digin-edistajat';
const MEETING = {
  startTime: '09:00',
  durationMinutes: 90,
  timeZone: 'Europe/Helsinki',
  rrule: 'FREQ=MONTHLY;BYDAY=1FR',
};

/**
 * The seed programme (first Fridays, November 2021 – March 2023, each with its theme and
 * introduction) and, as the network lives on, a series continuing from this month on.
 */
export async function loadDemoProgramme(db: Db, network: NetworkRow, now = DateTime.now()): Promise<void> {
  await loadPastMeetings(db, network);
  await loadComingMeetings(db, network, now);
}

/** The seed series, each meeting with its theme (held), introduction, speakers, recording and notes. */
async function loadPastMeetings(db: Db, network: NetworkRow) {
  const past = await createSeries(db, network, {
    title: SERIES_TITLE,
    meetingUrl: MEETING_URL,
    rule: { ...MEETING, startDate: '2021-11-05', until: '2023-03-03' },
  });
  for (const meeting of DEMO_MEETINGS) {
    const theme = await addTheme(db, network, {
      title: meeting.theme,
      description: meeting.themeDescription,
      intendedMonth: meeting.date.slice(0, 7),
      status: 'held',
    });
    const event = past.events.find((e) => e.localDate === meeting.date);
    if (!event) throw new Error(`the demo series has no meeting on ${meeting.date}`);
    const { title, introduction, speakers, recordingUrl, notes } = meeting;
    await editEvent(db, network, event, {
      title,
      introduction,
      speakers,
      recordingUrl,
      notes,
      themeId: theme.id,
    });
    await loadMaterials(db, { networkId: network.id, eventId: event.id }, meeting);
  }
}

/**
 * What a held meeting leaves: the introduction's slides (a link; no real file exists, and its
 * title says so) and the notes as a real text file, marked synthetic too.
 */
async function loadMaterials(db: Db, scope: { networkId: string; eventId: string }, meeting: DemoMeeting) {
  await addLink(db, scope, {
    title: {
      fi: 'Alustuksen diat (synteettinen esimerkki, ei oikeaa tiedostoa)',
      sv: 'Inledningens bilder (syntetiskt exempel, ingen riktig fil)',
      en: 'Slides of the talk (synthetic example, no real file)',
    },
    url: `https://example.org/materiaalit/${meeting.date}/diat`,
  });
  const text = `${meeting.title.fi}\n${meeting.date}\n\nSynteettinen esimerkkiaineisto: Verkoston demo.\n\n${meeting.notes.fi}\n`;
  await addFile(db, scope, {
    title: {
      fi: 'Muistio (synteettinen esimerkki)',
      sv: 'Minnesanteckningar (syntetiskt exempel)',
      en: 'Notes (synthetic example)',
    },
    fileName: `muistio-${meeting.date}.txt`,
    data: Buffer.from(text),
  });
}

/** Six months of meetings from this month on: the coming ones take the planned themes in turn. */
async function loadComingMeetings(db: Db, network: NetworkRow, now: DateTime) {
  const start = now.setZone(MEETING.timeZone).startOf('month');
  const coming = await createSeries(db, network, {
    title: SERIES_TITLE,
    meetingUrl: MEETING_URL,
    rule: {
      ...MEETING,
      startDate: start.toISODate() as string,
      until: start.plus({ months: 6 }).toISODate() as string,
    },
  });
  const upcoming = coming.events.filter((e) => e.endsAt > now.toJSDate());
  for (const [i, plan] of DEMO_UPCOMING_THEMES.entries()) {
    const theme = await addTheme(db, network, {
      title: plan.theme,
      description: plan.themeDescription,
      intendedMonth: upcoming[i]?.localDate.slice(0, 7) ?? null,
      status: upcoming[i] ? 'scheduled' : 'planned',
    });
    const event = upcoming[i];
    if (event)
      await editEvent(db, network, event, {
        title: plan.title,
        introduction: plan.introduction,
        themeId: theme.id,
      });
  }
}
