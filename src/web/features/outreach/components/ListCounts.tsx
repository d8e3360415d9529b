import { type MailingList, SUBSCRIBER_STATUSES } from '#shared/outreach.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { Counts } from './styles.ts';

/** The subscriber counts of a list, per status. */
export function ListCounts({ list }: { list: MailingList }) {
  const { t } = useTranslation();
  return (
    <Counts data-testid="list-counts">
      {SUBSCRIBER_STATUSES.map((status) => (
        <div key={status}>
          <dt>{t(`outreachPage.status.${status}`)}</dt>
          <dd>{list.counts[status] ?? 0}</dd>
        </div>
      ))}
    </Counts>
  );
}
