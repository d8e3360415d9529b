import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';
import { Changes } from './wait.ts';

export type Received = { to: string; raw: string; at: number };

export type SmtpSink = {
  url: string;
  messages: Received[];
  /**
   * Resolves once `count` messages have arrived (or, given `distinct`, as many recipients);
   * `timeout` when they come from a process of its own (BUDGET.process).
   */
  waitFor(count: number, options?: { distinct?: boolean; timeout?: number }): Promise<Received[]>;
  close(): Promise<void>;
};

/**
 * A real SMTP server on 127.0.0.1 that keeps what it accepts. `refuse` may answer a recipient
 * with an SMTP error code (e.g. 451, temporary; 550, unknown mailbox) instead. `beforeAccept` runs
 * when a message has arrived, before the server says it accepted it.
 */
export async function startSmtpSink(
  options: {
    refuse?: (to: string, attempt: number) => number | null;
    delayMs?: number;
    beforeAccept?: (received: Received) => Promise<void>;
  } = {},
): Promise<SmtpSink> {
  const messages: Received[] = [];
  const arrivals = new Changes();
  const attempts = new Map<string, number>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address: SMTPServerAddress, _session, callback) {
      const to = address.address.toLowerCase();
      const attempt = (attempts.get(to) ?? 0) + 1;
      attempts.set(to, attempt);
      const code = options.refuse?.(to, attempt) ?? null;
      if (code) return callback(Object.assign(new Error(`refused ${to} (test)`), { responseCode: code }));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const finish = async () => {
          const arrived = session.envelope.rcptTo.map((rcpt) => ({
            to: rcpt.address.toLowerCase(),
            raw: Buffer.concat(chunks).toString('utf8'),
            at: Date.now(),
          }));
          for (const received of arrived) await options.beforeAccept?.(received);
          messages.push(...arrived);
          arrivals.notify();
          callback();
        };
        const run = () => void finish().catch((error: Error) => callback(error));
        if (options.delayMs) setTimeout(run, options.delayMs);
        else run();
      });
    },
  });
  // A sender killed mid-message resets its connection (the crash test does it on purpose); that
  // is the client's failure, not the server's, and must not become an uncaught error here.
  server.on('error', () => {});
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    waitFor(count, { distinct = false, timeout } = {}) {
      const arrived = () => (distinct ? new Set(messages.map((m) => m.to)).size : messages.length);
      return arrivals.until(
        () => (arrived() >= count ? messages : undefined),
        () => `only ${arrived()} of ${count} ${distinct ? 'recipients' : 'messages'} arrived`,
        timeout,
      );
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
