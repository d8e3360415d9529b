import type { Ref } from 'react';
import type { AuditEntry } from '#shared/audit.ts';
import { Table, TableScroll } from '../../../components/DataTable.ts';
import { useDateTime } from '../../../lib/date-time.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { actionLabel, actorName, detailsText, targetText } from '../format.ts';

type Props = { entries: AuditEntry[]; page: number; showNetwork: boolean; ref?: Ref<HTMLDivElement> };

/**
 * Entries as a table with a caption and column headers, for screen readers; the region takes
 * focus after paging so that reading starts from the new entries.
 */
export function AuditTable({ entries, page, showNetwork, ref }: Props) {
  const { t } = useTranslation();
  const dateTime = useDateTime();
  const captionId = 'audit-caption';
  return (
    <TableScroll ref={ref} tabIndex={0} role="region" aria-labelledby={captionId}>
      <Table data-testid="audit-entries">
        <caption id={captionId}>{t('audit.table.caption', { page })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.table.time')}</th>
            <th scope="col">{t('audit.table.actor')}</th>
            {showNetwork && <th scope="col">{t('audit.table.network')}</th>}
            <th scope="col">{t('audit.table.action')}</th>
            <th scope="col">{t('audit.table.target')}</th>
            <th scope="col">{t('audit.table.details')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} data-testid="audit-entry">
              <td>
                <time dateTime={entry.at}>{dateTime(entry.at)}</time>
              </td>
              <td>
                {actorName(entry, t)}
                <br />
                {t(`audit.as.${entry.actor.as}`)}
              </td>
              {showNetwork && <td>{entry.network?.slug ?? t('audit.table.installation')}</td>}
              <td>{actionLabel(entry.action, t)}</td>
              <td className="wide">{targetText(entry, t)}</td>
              <td className="wide">{detailsText(entry, t)}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </TableScroll>
  );
}
