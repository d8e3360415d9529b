import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
  TRUST_PROXY: flag,
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

export type Config = z.output<typeof ConfigSchema> & {
  SESSION_SECRET: string;
  PUBLIC_URL: string;
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
  const dataDir = resolve(config.DATA_DIR);
  return {
    ...config,
    DATA_DIR: dataDir,
    PUBLIC_URL: (config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/$/, ''),
    SESSION_SECRET: config.SESSION_SECRET ?? keptSecret(dataDir),
    sessionSecretFrom: config.SESSION_SECRET ? 'environment' : 'data-dir',
  };
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
