import { useEffect, useState } from 'react';
import { liveSocketUrl } from '../../lib/live-paths.ts';
import { INITIAL_STATE, LiveClient, type LiveState } from './live-client.ts';

/**
 * The live room as this participant sees it, kept up to date over the WebSocket; `client` sends.
 * A new token (entering again) opens a new connection.
 */
export function useLiveRoom(
  network: string,
  event: string,
  token: string,
  onNotJoined: () => void,
  onUnreachable: () => void,
) {
  const [client, setClient] = useState<LiveClient | null>(null);
  const [state, setState] = useState<LiveState>(INITIAL_STATE);

  useEffect(() => {
    const created = new LiveClient({
      url: liveSocketUrl(network, event),
      token,
      onChange: setState,
      onNotJoined,
      onUnreachable,
    });
    setClient(created);
    setState(created.current);
    created.start();
    return () => created.dispose();
  }, [network, event, token, onNotJoined, onUnreachable]);

  return { state, client };
}
