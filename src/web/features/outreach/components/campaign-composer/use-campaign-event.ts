import { useMemo } from 'react';
import type { Network } from '#shared/networks.ts';
import { eventPath } from '../../../../lib/event-paths.ts';
import { useChosenEvent, useEventChoices } from '../../api/event-choices.ts';
import type { TemplateEvent } from '../../templates.ts';

/** The meetings to choose from, the chosen one, and what a template says about it. */
export function useCampaignEvent(network: Network, eventId: string) {
  const choices = useEventChoices(network.slug);
  const summary = [...(choices.data?.upcoming ?? []), ...(choices.data?.past ?? [])].find(
    (e) => e.id === eventId,
  );
  const detail = useChosenEvent(network.slug, summary?.slug ?? null);
  const recordingUrl = summary && detail.data?.id === summary.id ? detail.data.recordingUrl : null;
  const [eventTitle, eventStart, eventEnd, eventZone, eventSlug] = [
    summary?.title,
    summary?.startsAt,
    summary?.endsAt,
    summary?.timeZone,
    summary?.slug,
  ];
  const templateEvent = useMemo<TemplateEvent | null>(
    () =>
      eventTitle && eventStart && eventEnd && eventZone && eventSlug
        ? {
            title: eventTitle,
            mainLanguage: network.mainLanguage,
            startsAt: eventStart,
            endsAt: eventEnd,
            timeZone: eventZone,
            pageUrl: `${window.location.origin}${eventPath(network.slug, eventSlug)}`,
            recordingUrl,
          }
        : null,
    [
      eventTitle,
      eventStart,
      eventEnd,
      eventZone,
      eventSlug,
      recordingUrl,
      network.slug,
      network.mainLanguage,
    ],
  );
  return { choices: choices.data, summary, templateEvent };
}
