import { InlineAlert } from 'suomifi-ui-components';
import type { EventSummary } from '#shared/events.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { formatMeetingTime } from './format.ts';

/** "16 meetings created" and their times, announced when a series has been created. */
export function CreatedMeetings({ events }: { events: EventSummary[] | null }) {
  const { t, i18n } = useTranslation();
  return (
    <div role="status" data-testid="series-created">
      {events && (
        <InlineAlert status="neutral" mb="m">
          <p>{t('programme.series.created', { count: events.length })}</p>
          <ul>
            {events.map((event) => (
              <li key={event.id}>
                {formatMeetingTime(event.startsAt, event.endsAt, event.timeZone, i18n.language)}
              </li>
            ))}
          </ul>
        </InlineAlert>
      )}
    </div>
  );
}
