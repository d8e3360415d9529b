import type { Speaker } from '#shared/events.ts';
import { useLocalized } from '../../lib/localized.ts';
import { Localized } from '../Localized.tsx';

/** A meeting's speakers: each one's name, organisation and, when given, what they do or talk about. */
export function SpeakerList({ speakers, testId }: { speakers: Speaker[]; testId?: string }) {
  const pick = useLocalized();
  return (
    <ul data-testid={testId}>
      {speakers.map((speaker) => (
        <li key={`${speaker.name}-${speaker.organisation ?? ''}`}>
          {speaker.organisation ? `${speaker.name}, ${speaker.organisation}` : speaker.name}
          {speaker.role && pick(speaker.role).text && (
            <>
              {' – '}
              <Localized text={speaker.role} />
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
