import { createHmac, timingSafeEqual } from 'node:crypto';

/** The unsubscribe link's token: the subscription id signed with the installation's secret. */
export function unsubscribeToken(secret: string, subscriberId: string): string {
  return `${subscriberId}.${sign(secret, subscriberId)}`;
}

const sign = (secret: string, id: string) =>
  createHmac('sha256', secret).update(`unsubscribe:${id}`).digest('base64url').slice(0, 32);

/** The subscription a token names, if its signature holds. */
export function verifyUnsubscribeToken(secret: string, token: string): string | null {
  const [id = '', signature = ''] = token.split('.');
  const expected = sign(secret, id);
  if (!/^[0-9a-f-]{36}$/.test(id) || signature.length !== expected.length) return null;
  return timingSafeEqual(Buffer.from(signature), Buffer.from(expected)) ? id : null;
}
