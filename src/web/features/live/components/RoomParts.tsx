import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { styled } from 'styled-components';
import { tokens } from '../../../lib/theme.ts';
import { useNarrowScreen } from '../use-narrow-screen.ts';
import { Chat } from './Chat.tsx';
import { Polls } from './Polls.tsx';
import { Questions } from './Questions.tsx';
import { RoomBar } from './RoomBar.tsx';
import { RoomSkipLinks } from './RoomSkipLinks.tsx';
import { RoomTabs } from './RoomTabs.tsx';
import { useRoomContext } from './room-context.ts';
import { focusPart, panelId, type RoomPart, tabId } from './room-parts.ts';

const Part = styled.div`
  position: relative;
  margin-bottom: ${tokens.space.l};

  /* As a tab's panel, the tab names the part: its heading stays for screen readers only, and the
     message box keeps its place in view. */
  &[role='tabpanel'] > section > h2:first-child {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0, 0, 0, 0);
    white-space: nowrap;
  }
  &:focus-visible {
    outline: 3px solid ${tokens.focus};
  }
`;

const CONTENT: Record<RoomPart, () => React.ReactNode> = { polls: Polls, chat: Chat, questions: Questions };

/** Which parts the room has (polls only once there are any, or for hosts), in their tabs' order. */
function useParts(): RoomPart[] {
  const { state, host } = useRoomContext();
  return state.polls.length > 0 || host ? ['chat', 'questions', 'polls'] : ['chat', 'questions'];
}

/**
 * Polls, chat and questions: one above the other, or on a narrow screen (beside a video window)
 * as tabs, the chat first, and who is here and the reactions after them. Skip links lead to each
 * part; having just entered, one is in the message box.
 */
export function RoomParts({ focusOnEntry }: { focusOnEntry: boolean }) {
  const narrow = useNarrowScreen();
  const parts = useParts();
  const [chosen, setChosen] = useState<RoomPart>('chat');
  const active = parts.includes(chosen) ? chosen : 'chat';

  useEffect(() => {
    if (focusOnEntry) focusPart('chat');
  }, [focusOnEntry]);

  function skip(part: RoomPart) {
    flushSync(() => setChosen(part)); // a hidden tab's part is shown before it takes focus
    focusPart(part);
  }

  return (
    <>
      <RoomSkipLinks parts={parts} onSkip={skip} />
      {!narrow && <RoomBar />}
      {narrow && <RoomTabs parts={parts} active={active} onSelect={setChosen} />}
      {(['polls', 'chat', 'questions'] as const)
        .filter((part) => parts.includes(part))
        .map((part) => {
          const Content = CONTENT[part];
          const tab = narrow
            ? { role: 'tabpanel', 'aria-labelledby': tabId(part), hidden: part !== active }
            : {};
          return (
            <Part key={part} id={panelId(part)} tabIndex={-1} {...tab}>
              <Content />
            </Part>
          );
        })}
      {narrow && <RoomBar />}
    </>
  );
}
