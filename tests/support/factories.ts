import { randomBytes } from 'node:crypto';
import { ensureUser } from '#server/features/auth/auth.service.ts';
import { createEvent } from '#server/features/events/events.service.ts';
import type { NetworkRow } from '#server/features/networks/networks.queries.ts';
import { createNetwork } from '#server/features/networks/networks.service.ts';
import type { CreateEvent } from '#shared/events.ts';
import type { CreateNetwork } from '#shared/networks.ts';
import { signIn, type TestApp } from './app.ts';

const unique = () => randomBytes(4).toString('hex');

/** A network with its own organiser (created when not given), signed in and ready to act. */
export async function buildNetwork(
  t: TestApp,
  overrides: Partial<CreateNetwork> & { organiser?: string } = {},
) {
  const { organiser = `organiser-${unique()}@example.org`, ...fields } = overrides;
  const user = await ensureUser(t.database.db, organiser);
  const network = await createNetwork(
    t.database.db,
    { userId: user.id, email: user.email, name: user.name, isAdmin: false },
    { slug: `network-${unique()}`, name: { fi: 'Testiverkosto', en: 'Test network' }, ...fields },
  );
  return { network, organiser: { email: user.email, userId: user.id, cookie: await signIn(t, organiser) } };
}

/**
 * A published meeting tomorrow (its live room open) in `network`; without one, in a new network
 * with its own organiser (returned), so a test that needs a meeting asks for just that.
 */
export async function buildEvent(
  t: TestApp,
  { network, ...fields }: Partial<CreateEvent> & { network?: NetworkRow } = {},
) {
  const parent = network ? { network, organiser: null } : await buildNetwork(t);
  const event = await createEvent(t.database.db, parent.network, {
    title: { fi: 'Kuukausitapaaminen' },
    date: new Date(Date.now() + 86_400_000).toISOString().slice(0, 10),
    startTime: '09:00',
    durationMinutes: 90,
    ...fields,
  });
  return { event, ...parent };
}

/** A signed-in person with no role anywhere. */
export async function buildPerson(t: TestApp, email = `person-${unique()}@example.org`) {
  const cookie = await signIn(t, email);
  const user = await ensureUser(t.database.db, email);
  return { email, userId: user.id, cookie };
}

/** A signed-in person who follows `network`: a member, with no organiser rights. */
export async function buildMember(t: TestApp, network: { slug: string }) {
  const person = await buildPerson(t);
  const followed = await t.request({
    method: 'POST',
    url: `/api/networks/${network.slug}/membership`,
    cookie: person.cookie,
  });
  if (followed.statusCode !== 201) throw new Error(`follow refused: ${followed.statusCode}`);
  return person;
}

/** The seed network's meetings: first Friday of every month, 9:00–10:30 Helsinki, Nov 2021 – Mar 2023. */
export const SEED_RULE = {
  rrule: 'FREQ=MONTHLY;BYDAY=1FR',
  startDate: '2021-11-05',
  startTime: '09:00',
  durationMinutes: 90,
  timeZone: 'Europe/Helsinki',
  until: '2023-03-03',
};
