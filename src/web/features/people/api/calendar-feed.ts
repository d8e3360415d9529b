import { useMutation } from '@tanstack/react-query';
import { CalendarFeedSchema } from '#shared/events.ts';
import { apiRequest } from '../../../lib/api.ts';

/** A new secret address of the personal feed; the previous one stops working. */
export function createCalendarFeed(): Promise<{ url: string }> {
  return apiRequest('/api/me/calendar-feed', { method: 'POST', schema: CalendarFeedSchema });
}

export function stopCalendarFeed(): Promise<void> {
  return apiRequest('/api/me/calendar-feed', { method: 'DELETE' });
}

export function useCreateCalendarFeed() {
  return useMutation({ mutationFn: createCalendarFeed });
}

export function useStopCalendarFeed() {
  return useMutation({ mutationFn: stopCalendarFeed });
}
