import type { Db } from '#server/db/client.ts';
import { ensureUser } from '#server/features/auth/auth.service.ts';
import {
  createNetwork,
  findNetworkBySlug,
  follow,
  listNetworks,
} from '#server/features/networks/networks.service.ts';
import { updateProfile } from '#server/features/people/people.service.ts';
import { DEMO_NETWORK, DEMO_PEOPLE, DEMO_SLUG } from './demo-data.ts';
import { loadDemoProgramme } from './demo-events.ts';
import { loadDemoOutreach } from './demo-outreach.ts';
import { loadDemoSurveys } from './demo-surveys.ts';

/**
 * Loads the synthetic demo network modelled on the seed. Returns false when it was already there
 * (or, with `onlyIfEmpty`, when the installation has any network at all).
 */
export async function loadDemo(db: Db, options: { onlyIfEmpty: boolean }): Promise<boolean> {
  if (options.onlyIfEmpty ? (await listNetworks(db)).length > 0 : await findNetworkBySlug(db, DEMO_SLUG)) {
    return false;
  }
  const [organiser, ...members] = await Promise.all(
    DEMO_PEOPLE.map(async (person) => {
      const user = await ensureUser(db, person.email, person.profile.displayName);
      await updateProfile(db, user.id, person.profile);
      return { userId: user.id, email: user.email, name: user.name, isAdmin: false };
    }),
  );
  if (!organiser) throw new Error('the demo needs an organiser');
  const network = await createNetwork(db, organiser, DEMO_NETWORK);
  for (const member of members) await follow(db, network, member);
  await loadDemoProgramme(db, network);
  await loadDemoOutreach(db, network);
  await loadDemoSurveys(db, network);
  return true;
}
