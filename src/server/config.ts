import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { join, resolve } from 'node:path';
import { z } from 'zod';

const flag = z
  .enum(['0', '1', 'true', 'false', ''])
  .default('0')
  .transform((v) => v === '1' || v === 'true');

const optionalUrl = (protocols: string[]) =>
  z
    .string()
    .trim()
    .transform((v) => v || undefined)
    .pipe(
      z
        .url({ protocol: new RegExp(`^(${protocols.join('|')})$`) })
        .optional()
        .describe(`a ${protocols.join(' or ')} URL`),
    )
    .optional();

/** Names Fastify (proxy-addr) understands for address ranges. */
const PROXY_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isProxyAddress(entry: string): boolean {
  if (PROXY_RANGES.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (!version || rest.length) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

/**
 * The proxies in front that may say who the client is: their addresses, CIDR ranges or range
 * names. Neither "every hop" nor a hop count: both let a client that reaches the server directly
 * name its own address in X-Forwarded-For (Fastify itself trusts nothing for a hop count).
 */
const TrustProxySchema = z
  .string()
  .trim()
  .default('0')
  .transform((value, ctx): false | string[] => {
    if (value === '' || value === '0' || value === 'false') return false;
    const entries = value.split(',').map((entry) => entry.trim());
    if (entries.every(isProxyAddress)) return entries;
    const why =
      value === 'true' || /^\d+$/.test(value)
        ? 'cannot tell a proxy from a client that reaches the server directly, so any client could choose its own address; '
        : '';
    ctx.addIssue({
      code: 'custom',
      message: `${why}give the addresses of the proxies in front, comma-separated: IP addresses, CIDR ranges (10.0.0.0/8) or loopback, linklocal, uniquelocal`,
    });
    return z.NEVER;
  });

/** Every environment variable Verkosto reads, with its default. */
export const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: optionalUrl(['postgres', 'postgresql']),
  PUBLIC_URL: optionalUrl(['http', 'https']),
  SMTP_URL: optionalUrl(['smtp', 'smtps']),
  MAIL_FROM: z.string().trim().min(3).default('Verkosto <verkosto@localhost>'),
  SESSION_SECRET: z
    .string()
    .min(32, 'must be at least 32 characters; leave it unset to have one generated in DATA_DIR')
    .optional(),
  DEMO: flag,
  /** Entries into live rooms per minute from one address. */
  LIVE_JOINS_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  /** Campaign messages per minute from each sending campaign; 0 for no limit. */
  OUTREACH_MESSAGES_PER_MINUTE: z.coerce.number().int().min(0).default(600),
  /** Seconds after which a message claimed by a sender that stopped answering is sent again. */
  OUTREACH_CLAIM_SECONDS: z.coerce.number().int().min(5).max(3600).default(60),
  TRUST_PROXY: TrustProxySchema,
  /** Requests from one IP address (IPv6: one /64) per 15 minutes to each sign-in step. */
  SIGN_IN_PER_IP: z.coerce.number().int().min(1).default(300),
  /** Sign-in e-mails to one address per 15 minutes; more requests are answered but send nothing. */
  SIGN_IN_MAILS_PER_ADDRESS: z.coerce.number().int().min(1).default(5),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  OIDC_ISSUER: optionalUrl(['http', 'https']),
  OIDC_CLIENT_ID: z.string().trim().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().trim().min(1).optional(),
  OIDC_NAME: z.string().trim().min(1).default('Organisation sign-in'),
});

export type Config = z.output<typeof ConfigSchema> & { SESSION_SECRET: string; PUBLIC_URL: string };

export class ConfigError extends Error {}

/** Parses the environment; a bad value stops start-up with a message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid environment:\n${lines.join('\n')}`);
  }
  const config = parsed.data;
  const oidc = [config.OIDC_ISSUER, config.OIDC_CLIENT_ID, config.OIDC_CLIENT_SECRET];
  if (oidc.some(Boolean) && !oidc.every(Boolean)) {
    throw new ConfigError(
      'Invalid environment:\n  OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET go together',
    );
  }
  const dataDir = resolve(config.DATA_DIR);
  return {
    ...config,
    DATA_DIR: dataDir,
    PUBLIC_URL: (config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/$/, ''),
    SESSION_SECRET: config.SESSION_SECRET ?? keptSecret(dataDir),
  };
}

/** A secret generated on first start and kept in DATA_DIR, so sessions survive restarts. */
function keptSecret(dataDir: string): string {
  const file = join(dataDir, 'session-secret');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(dataDir, { recursive: true });
    const secret = randomBytes(32).toString('base64url');
    try {
      writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
      return secret;
    } catch {
      // Another process starting at the same moment wrote it first: use theirs.
      return readFileSync(file, 'utf8').trim();
    }
  }
}
