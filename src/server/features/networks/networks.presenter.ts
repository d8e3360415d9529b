import { renderEachLanguage } from '#server/platform/markdown.ts';
import type { Network } from '#shared/networks.ts';
import type { NetworkRole } from '#shared/people.ts';
import type { NetworkRow } from './networks.queries.ts';

export function presentNetwork(row: NetworkRow, viewerRole: NetworkRole | null): Network {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    description: row.description,
    descriptionHtml: renderEachLanguage(row.description),
    goals: row.goals,
    hashtag: row.hashtag,
    timeZone: row.timeZone,
    status: row.status,
    privacyNotice: row.privacyNotice,
    privacyNoticeHtml: renderEachLanguage(row.privacyNotice),
    contactAddress: row.contactAddress,
    hostName: row.hostName,
    mainLanguage: row.mainLanguage,
    logoUrl: logoUrl(row),
    createdAt: row.createdAt.toISOString(),
    viewerRole,
  };
}

/** The logo's address changes with the image, so it may be cached long. */
function logoUrl(row: NetworkRow): string | null {
  return row.logoVersion ? `/api/networks/${row.slug}/logo?v=${row.logoVersion}` : null;
}

export function presentNetworkSummary(row: NetworkRow) {
  return {
    slug: row.slug,
    name: row.name,
    hashtag: row.hashtag,
    status: row.status,
    hostName: row.hostName,
    mainLanguage: row.mainLanguage,
    logoUrl: logoUrl(row),
  };
}

export function presentInvitation(row: {
  id: string;
  email: string;
  role: NetworkRole;
  expiresAt: Date;
  acceptedAt: Date | null;
}) {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    expiresAt: row.expiresAt.toISOString(),
    acceptedAt: row.acceptedAt?.toISOString() ?? null,
  };
}
