import { VisuallyHiddenText } from '../../../components/VisuallyHiddenText.tsx';
import { useTranslation } from '../../../lib/translation.tsx';
import { useRoomContext } from './room-context.ts';

/**
 * Reads out new chat messages, questions and polls politely, without moving focus: a live region
 * that only ever gets additions (the latest few), hidden from sight since the lists show them.
 */
export function Announcer() {
  const { t } = useTranslation();
  const { arrivals } = useRoomContext().state;
  return (
    <VisuallyHiddenText as="div" aria-live="polite" aria-relevant="additions" data-testid="live-announcer">
      {arrivals.map((arrival) => (
        <p key={arrival.id}>
          {arrival.kind === 'poll'
            ? t('live.announce.poll', { question: arrival.text })
            : t(arrival.kind === 'chat' ? 'live.announce.chat' : 'live.announce.question', {
                name: arrival.author,
                text: arrival.text,
              })}
        </p>
      ))}
    </VisuallyHiddenText>
  );
}
