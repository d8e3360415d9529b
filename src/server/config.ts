import { createPrivateKey, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { join, resolve } from 'node:path';
import addressparser from 'nodemailer/lib/addressparser';
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
  MAIL_FROM: z
    .string()
    .trim()
    .default('Verkosto <verkosto@localhost>')
    .refine((from) => senderOf(from) !== null, 'must be one address, e.g. "Verkosto <verkosto@example.fi>"'),
  /** DKIM signing of every message: all three together (RFC 6376; RFC 8058 wants signed mail). */
  DKIM_DOMAIN: z.string().trim().min(1).optional(),
  DKIM_SELECTOR: z.string().trim().min(1).optional(),
  /** The private key in PEM (`\n` may stand for line breaks), or DKIM_PRIVATE_KEY_FILE naming its file. */
  DKIM_PRIVATE_KEY: z.string().trim().min(1).optional(),
  DKIM_PRIVATE_KEY_FILE: z.string().trim().min(1).optional(),
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
  /**
   * Published counts under this are hidden ("< 5"), with the cells that would reveal them: survey
   * results, analytics and reports alike. Never under 3, Statistics Finland's minimum.
   */
  SMALL_COUNT_MIN: z.coerce.number().int().min(3).max(100).default(5),
  /** Days an audit log entry is kept; two years by default. */
  AUDIT_RETENTION_DAYS: z.coerce.number().int().min(1).max(36_500).default(730),
  /** Seconds a client has to send a whole request, body included (a 20 MB upload on a slow line). */
  REQUEST_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3600).default(120),
  /** Seconds a client has to send a request's headers. */
  HEADERS_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3600).default(20),
  TRUST_PROXY: TrustProxySchema,
  /** Requests from one IP address (IPv6: one /64) per 15 minutes to each sign-in step. */
  SIGN_IN_PER_IP: z.coerce.number().int().min(1).default(300),
  /** Sign-in e-mails to one address per 15 minutes; more requests are answered but send nothing. */
  SIGN_IN_MAILS_PER_ADDRESS: z.coerce.number().int().min(1).default(5),
  /** /healthz answers 503 when DATA_DIR has less free space than this. */
  HEALTHZ_MIN_FREE_MB: z.coerce.number().int().min(0).default(100),
  /** …or when the database has not answered a trivial query within this many milliseconds. */
  HEALTHZ_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(2000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  OIDC_ISSUER: optionalUrl(['http', 'https']),
  OIDC_CLIENT_ID: z.string().trim().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().trim().min(1).optional(),
  OIDC_NAME: z.string().trim().min(1).default('Organisation sign-in'),
});

export type Dkim = { domainName: string; keySelector: string; privateKey: string };

export type Config = Omit<
  z.output<typeof ConfigSchema>,
  'DKIM_DOMAIN' | 'DKIM_SELECTOR' | 'DKIM_PRIVATE_KEY' | 'DKIM_PRIVATE_KEY_FILE'
> & {
  SESSION_SECRET: string;
  PUBLIC_URL: string;
  DKIM: Dkim | null;
  /** Where SESSION_SECRET came from: a backup carries it only when it lives in DATA_DIR. */
  sessionSecretFrom: 'environment' | 'data-dir';
};

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
  if (config.HEADERS_TIMEOUT_SECONDS > config.REQUEST_TIMEOUT_SECONDS) {
    throw new ConfigError(
      'Invalid environment:\n  HEADERS_TIMEOUT_SECONDS must not exceed REQUEST_TIMEOUT_SECONDS',
    );
  }
  const dataDir = resolve(config.DATA_DIR);
  const { DKIM_DOMAIN, DKIM_SELECTOR, DKIM_PRIVATE_KEY, DKIM_PRIVATE_KEY_FILE, ...rest } = config;
  return {
    ...rest,
    DKIM: dkimOf(DKIM_DOMAIN, DKIM_SELECTOR, DKIM_PRIVATE_KEY, DKIM_PRIVATE_KEY_FILE),
    DATA_DIR: dataDir,
    PUBLIC_URL: (config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/$/, ''),
    SESSION_SECRET: config.SESSION_SECRET ?? keptSecret(dataDir),
    sessionSecretFrom: config.SESSION_SECRET ? 'environment' : 'data-dir',
  };
}

/** The one mailbox of a From header, or null. */
export function senderOf(from: string): { name: string; address: string } | null {
  const parsed = addressparser(from, { flatten: true });
  const [mailbox] = parsed;
  return parsed.length === 1 && mailbox?.address.includes('@') ? mailbox : null;
}

function dkimOf(domain?: string, selector?: string, pem?: string, file?: string): Dkim | null {
  if (!domain && !selector && !pem && !file) return null;
  const fail = (why: string) => {
    throw new ConfigError(`Invalid environment:\n  DKIM_*: ${why}`);
  };
  if (!domain || !selector || Boolean(pem) === Boolean(file)) {
    fail('give DKIM_DOMAIN, DKIM_SELECTOR and one of DKIM_PRIVATE_KEY or DKIM_PRIVATE_KEY_FILE');
  }
  let privateKey = pem?.replaceAll('\\n', '\n') ?? '';
  if (file) {
    try {
      privateKey = readFileSync(file, 'utf8');
    } catch {
      fail(`cannot read DKIM_PRIVATE_KEY_FILE ${file}`);
    }
  }
  try {
    if (createPrivateKey(privateKey).asymmetricKeyType !== 'rsa') fail('the key must be an RSA key');
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    fail('the private key is not a PEM key');
  }
  return { domainName: domain as string, keySelector: selector as string, privateKey };
}
export const secretFile = (dataDir: string) => join(dataDir, 'session-secret');

/** A secret generated on first start and kept in DATA_DIR, so sessions survive restarts. */
function keptSecret(dataDir: string): string {
  const file = secretFile(dataDir);
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
