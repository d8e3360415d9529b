import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import nodemailer from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer/index.js';
import { type Dkim, senderOf } from '#server/config.ts';

export type OutgoingMail = Pick<
  Mail.Options,
  'to' | 'subject' | 'text' | 'html' | 'headers' | 'attachments' | 'list'
> & {
  messageId?: string;
};

export interface Mailer {
  /** The address every message comes from (MAIL_FROM). */
  readonly sender: { name: string; address: string };
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
  close(): void;
}

/** As long as the longest-lived link a message carries (an organiser invitation, 14 days). */
export const OUTBOX_KEEP_MS = 14 * 24 * 3600 * 1000;
const OUTBOX_SWEEP_MS = 3600 * 1000;

/** Deletes outbox messages written before `before` (ms); each instance sweeps its own folder. */
async function purgeOutbox(outbox: string, before: number): Promise<void> {
  for (const name of await readdir(outbox)) {
    const file = join(outbox, name);
    if (name.endsWith('.eml') && (await stat(file)).mtimeMs < before) await rm(file, { force: true });
  }
}

/**
 * nodemailer's own list plus List-Unsubscribe-Post: RFC 8058 honours a one-click unsubscribe only
 * when the signature covers both of its headers.
 */
const SIGNED_HEADERS = [
  ...['From', 'Sender', 'Reply-To', 'Subject', 'Date', 'Message-ID', 'To', 'Cc', 'MIME-Version'],
  ...['Content-Type', 'Content-Transfer-Encoding', 'Content-ID', 'Content-Description'],
  ...['In-Reply-To', 'References', 'List-Id', 'List-Help', 'List-Unsubscribe', 'List-Unsubscribe-Post'],
  ...['List-Subscribe', 'List-Post', 'List-Owner', 'List-Archive'],
].join(':');

/**
 * Sends through SMTP_URL; without it, writes each message to DATA_DIR/outbox/*.eml so a new
 * installation shows every e-mail without a mail server. Messages are kept there for
 * OUTBOX_KEEP_MS: they hold addresses, and their sign-in, confirmation and invitation links
 * have expired by then.
 */
export function createMailer(options: {
  smtpUrl?: string;
  from: string;
  dkim?: Dkim | null;
  dataDir: string;
  publicUrl: string;
  log: FastifyBaseLogger;
}): Mailer {
  const domain = new URL(options.publicUrl).hostname;
  const dkim = options.dkim ? { ...options.dkim, headerFieldNames: SIGNED_HEADERS } : undefined;
  const transport = options.smtpUrl
    ? nodemailer.createTransport({
        url: options.smtpUrl,
        // A few kept connections for campaigns. Timeouts well under the campaign claim time,
        // so a hung server fails a message (to be retried) before its claim runs out.
        pool: true,
        maxConnections: 3,
        connectionTimeout: 15_000,
        greetingTimeout: 15_000,
        socketTimeout: 30_000,
        dkim,
      })
    : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix', dkim });
  const sender = senderOf(options.from);
  if (!sender) throw new Error(`MAIL_FROM is not one address: ${options.from}`);
  const outbox = join(options.dataDir, 'outbox');
  let written = 0; // orders files written within one millisecond
  let sweptAt = 0;

  return {
    sender,
    async send(mail) {
      const messageId = mail.messageId ?? `<${randomUUID()}@${domain}>`;
      const info = await transport.sendMail({ ...mail, from: options.from, messageId });
      if (!options.smtpUrl) {
        await mkdir(outbox, { recursive: true });
        const stamp = `${new Date().toISOString().replace(/[:.]/g, '-')}-${String(++written).padStart(6, '0')}`;
        const file = join(outbox, `${stamp}-${randomUUID().slice(0, 8)}.eml`);
        await writeFile(file, (info as unknown as { message: Buffer }).message);
        options.log.info({ to: mail.to, subject: mail.subject, file }, 'mail written to outbox');
        if (Date.now() - sweptAt > OUTBOX_SWEEP_MS) {
          sweptAt = Date.now();
          // The message is written: a failed sweep must not make its sender try again.
          await purgeOutbox(outbox, Date.now() - OUTBOX_KEEP_MS).catch((err) =>
            options.log.warn({ err }, 'outbox not swept'),
          );
        }
      } else {
        options.log.info({ to: mail.to, subject: mail.subject, messageId }, 'mail sent');
      }
      return { messageId };
    },
    close: () => transport.close(),
  };
}
