import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

// Crockford's base32: no I, L, O or U, so a code read from a log is typed without doubt.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 16; // 80 bits

/**
 * The installation's setup code, derived from its secret: every instance behind a load balancer
 * knows the same code, and nothing stores it.
 */
export function setupCode(secret: string): string {
  const digest = createHmac('sha256', secret).update('verkosto setup code').digest();
  let bits = BigInt(`0x${digest.subarray(0, (LENGTH * 5) / 8).toString('hex')}`);
  let code = '';
  for (let i = 0; i < LENGTH; i++) {
    code = (ALPHABET[Number(bits & 31n)] ?? '') + code;
    bits >>= 5n;
  }
  return code.match(/.{4}/g)?.join('-') ?? code;
}

/** As people type it: any case, with or without dashes and spaces, O for 0 and I or L for 1. */
function normalise(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

/** Whether `input` is this installation's setup code, compared in constant time. */
export function isSetupCode(secret: string, input: string): boolean {
  const digest = (text: string) => createHash('sha256').update(normalise(text)).digest();
  return timingSafeEqual(digest(input), digest(setupCode(secret)));
}
