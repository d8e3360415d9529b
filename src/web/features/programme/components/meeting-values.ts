import type { CreateEvent, Event, EventStatus, Speaker, UpdateEvent } from '#shared/events.ts';
import type { FullText } from '../../../components/form/LocalizedTextFields.tsx';
import { compactText, emptyText, fullText } from '../../../lib/forms.ts';
import { localParts } from './format.ts';

export interface SpeakerValues {
  key: number;
  name: string;
  organisation: string;
  /** What the speaker does or talks about, per language. */
  role: FullText;
}

export interface MeetingValues {
  title: FullText;
  themeId: string;
  introduction: FullText;
  speakers: SpeakerValues[];
  meetingUrl: string;
  recordingUrl: string;
  notes: FullText;
  date: string;
  startTime: string;
  durationMinutes: string;
  status: EventStatus;
}

export const emptyMeeting = (): MeetingValues => ({
  title: emptyText(),
  themeId: '',
  introduction: emptyText(),
  speakers: [],
  meetingUrl: '',
  recordingUrl: '',
  notes: emptyText(),
  date: '',
  startTime: '09:00',
  durationMinutes: '90',
  status: 'published',
});

/** A new, empty speaker row. */
export const newSpeaker = (key: number): SpeakerValues => ({
  key,
  name: '',
  organisation: '',
  role: emptyText(),
});

const speakerValues = (speaker: Speaker, key: number): SpeakerValues => ({
  key,
  name: speaker.name,
  organisation: speaker.organisation ?? '',
  role: fullText(speaker.role ?? {}),
});

export function meetingValues(event: Event): MeetingValues {
  const { date, time } = localParts(event.startsAt, event.timeZone);
  const minutes = Math.round((Date.parse(event.endsAt) - Date.parse(event.startsAt)) / 60_000);
  return {
    title: fullText(event.title),
    themeId: event.theme?.id ?? '',
    introduction: fullText(event.introduction),
    speakers: event.speakers.map((s, key) => speakerValues(s, key)),
    meetingUrl: event.meetingUrl ?? '',
    recordingUrl: event.recordingUrl ?? '',
    notes: fullText(event.notes),
    date,
    startTime: time,
    durationMinutes: String(minutes),
    status: event.status,
  };
}

const numberOf = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));
/** Each speaker as the API takes it: an empty organisation or role is left out. */
const speakersOf = (speakers: SpeakerValues[]): Speaker[] =>
  speakers.map((s) => {
    const role = compactText(s.role);
    return {
      name: s.name,
      ...(s.organisation.trim() ? { organisation: s.organisation } : {}),
      ...(Object.keys(role).length > 0 ? { role } : {}),
    };
  });

/** Every field as the API takes it. */
function payload(values: MeetingValues) {
  return {
    title: compactText(values.title),
    themeId: values.themeId || null,
    introduction: compactText(values.introduction),
    speakers: speakersOf(values.speakers),
    meetingUrl: values.meetingUrl.trim() || null,
    recordingUrl: values.recordingUrl.trim() || null,
    notes: compactText(values.notes),
    date: values.date,
    startTime: values.startTime,
    durationMinutes: numberOf(values.durationMinutes),
  };
}

export function createEventPayload(values: MeetingValues): CreateEvent {
  return { ...payload(values), status: values.status === 'draft' ? 'draft' : 'published' };
}

/**
 * Only what changed: with scope `following` every field sent is copied to the later meetings,
 * so unchanged ones (such as this meeting's title) must not be sent.
 */
export function updateEventPayload(
  initial: MeetingValues,
  values: MeetingValues,
  scope: 'this' | 'following',
): UpdateEvent {
  const before: Record<string, unknown> = { ...payload(initial), status: initial.status };
  const after: Record<string, unknown> = { ...payload(values), status: values.status };
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) {
    if (JSON.stringify(value) !== JSON.stringify(before[key])) changes[key] = value;
  }
  return { ...(changes as UpdateEvent), scope };
}
