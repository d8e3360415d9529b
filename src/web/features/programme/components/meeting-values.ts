import type { CreateEvent, Event, EventStatus, UpdateEvent } from '#shared/events.ts';
import { localParts } from './format.ts';

export interface SpeakerValues {
  key: number;
  name: string;
  organisation: string;
}

export interface MeetingValues {
  title: string;
  themeId: string;
  introduction: string;
  speakers: SpeakerValues[];
  meetingUrl: string;
  recordingUrl: string;
  notes: string;
  date: string;
  startTime: string;
  durationMinutes: string;
  status: EventStatus;
}

export const emptyMeeting = (): MeetingValues => ({
  title: '',
  themeId: '',
  introduction: '',
  speakers: [],
  meetingUrl: '',
  recordingUrl: '',
  notes: '',
  date: '',
  startTime: '09:00',
  durationMinutes: '90',
  status: 'published',
});

export function meetingValues(event: Event): MeetingValues {
  const { date, time } = localParts(event.startsAt, event.timeZone);
  const minutes = Math.round((Date.parse(event.endsAt) - Date.parse(event.startsAt)) / 60_000);
  return {
    title: event.title,
    themeId: event.theme?.id ?? '',
    introduction: event.introduction,
    speakers: event.speakers.map((s, key) => ({ key, name: s.name, organisation: s.organisation ?? '' })),
    meetingUrl: event.meetingUrl ?? '',
    recordingUrl: event.recordingUrl ?? '',
    notes: event.notes,
    date,
    startTime: time,
    durationMinutes: String(minutes),
    status: event.status,
  };
}

const numberOf = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));
const speakersOf = (speakers: SpeakerValues[]) =>
  speakers.map((s) =>
    s.organisation.trim() ? { name: s.name, organisation: s.organisation } : { name: s.name },
  );

/** Every field as the API takes it. */
function payload(values: MeetingValues) {
  return {
    title: values.title,
    themeId: values.themeId || null,
    introduction: values.introduction,
    speakers: speakersOf(values.speakers),
    meetingUrl: values.meetingUrl.trim() || null,
    recordingUrl: values.recordingUrl.trim() || null,
    notes: values.notes,
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
