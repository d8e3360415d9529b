import type { TFunction } from 'i18next';
import type { AuditAction, AuditEntry, AuditTargetType } from '#shared/audit.ts';
import type fi from '#shared/i18n/fi.json';

type DetailName = keyof (typeof fi)['audit']['detailNames'];

export const actionLabel = (action: AuditAction, t: TFunction) => t(`audit.actions.${action}`);

/** Who acted: their address then, or the operator's system account at the command line. */
export function actorName(entry: AuditEntry, t: TFunction): string {
  if (entry.actor.email) return entry.actor.email;
  const account = entry.details.operator;
  return account ? `${t('audit.operator')} (${account})` : t('audit.operator');
}

export function targetText(entry: AuditEntry, t: TFunction): string {
  if (!entry.target) return '';
  return `${t(`audit.targets.${entry.target.type as AuditTargetType}`)} ${entry.target.id}`;
}

/** "fields: name, language; role: organiser", the names in the UI language. */
export function detailsText(entry: AuditEntry, t: TFunction): string {
  return Object.entries(entry.details)
    .map(([name, value]) => {
      const label = t(`audit.detailNames.${name as DetailName}`, { defaultValue: name });
      return `${label}: ${Array.isArray(value) ? value.join(', ') : String(value)}`;
    })
    .join('; ');
}

/** The start of a local calendar day (YYYY-MM-DD) as an instant; `nextDay` for an inclusive end. */
export function dayStart(date: string, nextDay = false): string {
  const day = new Date(`${date}T00:00:00`);
  if (nextDay) day.setDate(day.getDate() + 1);
  return day.toISOString();
}
