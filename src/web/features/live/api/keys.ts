/** Query keys of the live feature. */
export const liveKeys = {
  room: (network: string, event: string) => ['networks', 'detail', network, 'live', event] as const,
};
