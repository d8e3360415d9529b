import { createContext, useContext } from 'react';
import type { LiveClient, LiveState } from '../live-client.ts';

export interface RoomContextValue {
  network: string;
  event: string;
  state: LiveState;
  client: LiveClient;
  /** The participant may act as a host (organisers of the network). */
  host: boolean;
}

export const RoomContext = createContext<RoomContextValue | null>(null);

/** The joined room: its state and the client that sends to it. */
export function useRoomContext(): RoomContextValue {
  const value = useContext(RoomContext);
  if (!value) throw new Error('useRoomContext outside a joined room');
  return value;
}
