import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import PostalMime from 'postal-mime';
import { type SmtpSink, startSmtpSink } from '../../tests/support/smtp.ts';
import { call, signInAsAdmin, startApp } from '../support/app-api.ts';
import type { ChildServer } from '../support/child-server.ts';
import { repoRoot } from '../support/paths.ts';
import { machine } from '../support/report.ts';
import { makeTempDir } from '../support/resources.ts';
import { sampleRss } from '../support/rss.ts';
import type { BenchResult } from '../support/types.ts';

const SLUG = 'bench-campaign';
const settings = { recipients: 10_000, throttle: 'off', senderConcurrency: 3, timeoutSeconds: 600 };

type Run = {
  seconds: number;
  messagesPerSecond: number;
  delivered: number;
  duplicates: number;
  lost: number;
  peakRssMb: number | null;
};
export type CampaignResult = Omit<BenchResult, 'targets'> & {
  targets: { name: string; baseline: Run; app: Run; ratio: number | null }[];
};

export const campaign = {
  name: 'campaign',
  description: `a campaign to ${settings.recipients.toLocaleString('en')} confirmed subscribers through a local SMTP server, throttling off; baseline: nodemailer alone sending the same message`,
  run,
  format,
};

async function run(): Promise<CampaignResult> {
  const startedAt = new Date().toISOString();
  const tmp = makeTempDir('verkosto-bench-campaign');
  const smtp = await startSmtpSink();
  try {
    const dataDir = join(tmp.path, 'data');
    const { cookie, campaignId } = await seed(dataDir);
    const app = await measureApp(dataDir, smtp, cookie, campaignId);
    const recorded = await PostalMime.parse(smtp.messages[0]?.raw ?? '');
    smtp.messages.length = 0;
    const baseline = await measureBaseline(tmp.path, smtp, {
      subject: recorded.subject ?? '',
      text: recorded.text ?? '',
      html: recorded.html ?? '',
    });
    return {
      benchmark: 'campaign',
      startedAt,
      machine: machine(),
      settings: { ...settings },
      targets: [
        {
          name: `${settings.recipients} recipients`,
          baseline,
          app,
          ratio: round(app.messagesPerSecond / baseline.messagesPerSecond),
        },
      ],
    };
  } finally {
    await smtp.close();
    await tmp.close();
  }
}

/** Through the API, as an organiser would: a list imported from a CSV file and a campaign to it. */
async function seed(dataDir: string) {
  const app = await startApp(dataDir);
  try {
    const cookie = await signInAsAdmin(app, dataDir, 'bench@example.org');
    await call(app, 'POST', '/api/networks', cookie, { slug: SLUG, name: { fi: 'Bench' } }, 201);
    const base = `/api/networks/${SLUG}/outreach`;
    const { id: listId } = (await call(app, 'POST', `${base}/lists`, cookie, { name: 'Kunnat' }, 201)) as {
      id: string;
    };
    const rows = Array.from({ length: settings.recipients }, (_, i) => `Person ${i};person${i}@example.org`);
    const form = new FormData();
    form.append('file', new Blob([`name;email\n${rows.join('\n')}\n`], { type: 'text/csv' }), 'list.csv');
    const imported = await fetch(`${app.baseUrl}${base}/lists/${listId}/import`, {
      method: 'POST',
      headers: { cookie, origin: app.baseUrl },
      body: form,
      signal: AbortSignal.timeout(120_000),
    });
    if (imported.status !== 201)
      throw new Error(`import answered ${imported.status}: ${await imported.text()}`);
    const body = {
      subject: 'Kutsu kuukausitapaamiseen',
      body: 'Hei!\n\nTervetuloa **perjantaina** tapaamiseen.',
      listIds: [listId],
    };
    const { id: campaignId } = (await call(app, 'POST', `${base}/campaigns`, cookie, body, 201)) as {
      id: string;
    };
    return { cookie, campaignId };
  } finally {
    await app.close();
  }
}

/** Restarts the app with the SMTP server, sends the campaign and waits until it is done. */
async function measureApp(dataDir: string, smtp: SmtpSink, cookie: string, campaignId: string): Promise<Run> {
  const app = await startApp(dataDir, { SMTP_URL: smtp.url, OUTREACH_MESSAGES_PER_MINUTE: '0' });
  try {
    const rss = sampleRss(app.pid);
    const started = performance.now();
    await call(app, 'POST', `/api/networks/${SLUG}/outreach/campaigns/${campaignId}/send`, cookie, {}, 202);
    await waitUntilSent(app, cookie, campaignId);
    const seconds = (performance.now() - started) / 1000;
    return { ...tally(smtp, seconds), peakRssMb: rss.stop() };
  } finally {
    await app.close();
  }
}

async function waitUntilSent(app: ChildServer, cookie: string, campaignId: string) {
  const deadline = Date.now() + settings.timeoutSeconds * 1000;
  for (;;) {
    const { status } = (await call(
      app,
      'GET',
      `/api/networks/${SLUG}/outreach/campaigns/${campaignId}`,
      cookie,
      undefined,
      200,
    )) as {
      status: string;
    };
    if (status === 'sent') return;
    if (Date.now() > deadline)
      throw new Error(`the campaign was still ${status} after ${settings.timeoutSeconds} s`);
    await sleep(200);
  }
}

async function measureBaseline(
  dir: string,
  smtp: SmtpSink,
  message: { subject: string; text: string; html: string },
): Promise<Run> {
  const messageFile = join(dir, 'message.json');
  await writeFile(messageFile, JSON.stringify(message));
  const child = spawn(process.execPath, ['bench/support/bare-mailer.ts'], {
    cwd: repoRoot,
    env: {
      PATH: process.env.PATH ?? '',
      SMTP_URL: smtp.url,
      COUNT: String(settings.recipients),
      CONCURRENCY: String(settings.senderConcurrency),
      MESSAGE_FILE: messageFile,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (child.pid === undefined) throw new Error('the baseline mailer did not start');
  const rss = sampleRss(child.pid);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk));
  const [code] = await once(child, 'exit');
  if (code !== 0) throw new Error(`the baseline mailer exited with ${code}`);
  const { seconds } = JSON.parse(output) as { seconds: number };
  return { ...tally(smtp, seconds), peakRssMb: rss.stop() };
}

/** Deliveries counted at the SMTP server: each address must have exactly one message. */
function tally(smtp: SmtpSink, seconds: number): Omit<Run, 'peakRssMb'> {
  const perAddress = new Map<string, number>();
  for (const { to } of smtp.messages) perAddress.set(to, (perAddress.get(to) ?? 0) + 1);
  let duplicates = 0;
  for (const n of perAddress.values()) duplicates += n - 1;
  const delivered = perAddress.size;
  return {
    seconds: round(seconds),
    messagesPerSecond: round(delivered / seconds),
    delivered,
    duplicates,
    lost: settings.recipients - delivered,
  };
}

const round = (n: number) => Math.round(n * 100) / 100;

function format(title: string, result: CampaignResult): string {
  const header = [
    'target',
    'sender',
    'msg/s',
    'seconds',
    'delivered',
    'duplicates',
    'lost',
    'peak RSS MB',
    'msg/s ratio',
  ];
  const widths = [18, 10, 8, 9, 10, 11, 6, 12, 11];
  const line = (cells: (string | number | null)[]) =>
    cells
      .map((c, i) => String(c ?? '–').padEnd(widths[i] ?? 8))
      .join(' ')
      .trimEnd();
  const lines = [title, line(header)];
  for (const t of result.targets) {
    for (const [who, r] of [
      ['baseline', t.baseline],
      ['verkosto', t.app],
    ] as const) {
      lines.push(
        line([
          t.name,
          who,
          r.messagesPerSecond,
          r.seconds,
          r.delivered,
          r.duplicates,
          r.lost,
          r.peakRssMb,
          who === 'verkosto' ? t.ratio : '',
        ]),
      );
    }
    const clean = t.app.duplicates === 0 && t.app.lost === 0;
    lines.push(
      `exactly once: ${clean ? 'yes' : 'NO'} (${t.app.duplicates} duplicates, ${t.app.lost} lost) — ${t.name}`,
    );
  }
  return lines.join('\n');
}
