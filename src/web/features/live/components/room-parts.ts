/** The parts of the room that tabs, skip links and focus lead to, and their elements' ids. */
export type RoomPart = 'chat' | 'questions' | 'polls';

export const tabId = (part: RoomPart) => `room-tab-${part}`;
export const panelId = (part: RoomPart) => `room-panel-${part}`;
export const CHAT_BOX_ID = 'chat-message-box';

/** Where each part's skip link leads: the chat's message box, or the part itself. */
export const skipTarget = (part: RoomPart) => (part === 'chat' ? CHAT_BOX_ID : panelId(part));

/** Focuses where a part begins (the chat: its message box), or the part when that is not there. */
export function focusPart(part: RoomPart) {
  (document.getElementById(skipTarget(part)) ?? document.getElementById(panelId(part)))?.focus();
}
