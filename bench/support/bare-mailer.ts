/**
 * Baseline for the campaign benchmark: nodemailer alone, with the app's pool settings, sending a
 * recorded campaign message to COUNT addresses as fast as the SMTP server takes them. No
 * database, no jobs, no rendering. Run as a child process; prints {"seconds": …} when done.
 * Env: SMTP_URL, COUNT, CONCURRENCY (messages in flight, as in the app), MESSAGE_FILE (JSON:
 * {subject, text, html}).
 */
import { readFileSync } from 'node:fs';
import nodemailer from 'nodemailer';

const message = JSON.parse(readFileSync(process.env.MESSAGE_FILE ?? '', 'utf8')) as {
  subject: string;
  text: string;
  html: string;
};
const count = Number(process.env.COUNT);
const transport = nodemailer.createTransport({ url: process.env.SMTP_URL, pool: true, maxConnections: 3 });
const started = performance.now();
let next = 0;
async function sender() {
  while (next < count) {
    const i = next++;
    await transport.sendMail({ from: 'bench@localhost', to: `person${i}@example.org`, ...message });
  }
}
await Promise.all(Array.from({ length: Number(process.env.CONCURRENCY ?? 1) }, sender));
transport.close();
console.log(JSON.stringify({ seconds: (performance.now() - started) / 1000 }));
