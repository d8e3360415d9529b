import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import type { Subscriber } from '../../../../shared/outreach.ts';
import { sourceText, useDateTime } from '../format.ts';
import { Table, TableScroll, Tag } from './styles.ts';

const TONE = { pending: 'neutral', confirmed: 'good', unsubscribed: 'neutral', bounced: 'bad' } as const;

/** A list's subscribers: who, their status, where the address came from and the consent record. */
export function SubscriberTable({ subscribers, listName }: { subscribers: Subscriber[]; listName: string }) {
  const { t } = useTranslation();
  const dateTime = useDateTime();
  if (subscribers.length === 0) return <Paragraph mb="l">{t('outreachPage.subscribers.none')}</Paragraph>;
  const captionId = 'subscribers-caption';
  return (
    <TableScroll tabIndex={0} role="region" aria-labelledby={captionId}>
      <Table data-testid="subscribers">
        <caption id={captionId}>
          {t('outreachPage.subscribers.caption', { list: listName, count: subscribers.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('outreachPage.subscribers.email')}</th>
            <th scope="col">{t('outreachPage.subscribers.name')}</th>
            <th scope="col">{t('outreachPage.subscribers.organisation')}</th>
            <th scope="col">{t('outreachPage.subscribers.status')}</th>
            <th scope="col">{t('outreachPage.subscribers.source')}</th>
            <th scope="col">{t('outreachPage.subscribers.consent')}</th>
          </tr>
        </thead>
        <tbody>
          {subscribers.map((s) => (
            <tr key={s.id} data-testid="subscriber">
              <td>{s.email}</td>
              <td>{s.name}</td>
              <td>
                {s.organisation}
                {s.organisationType && (
                  <>
                    {s.organisation ? <br /> : null}
                    {t(`organisationTypes.${s.organisationType}`)}
                  </>
                )}
              </td>
              <td>
                <Tag $tone={TONE[s.status]}>{t(`outreachPage.status.${s.status}`)}</Tag>
              </td>
              <td className="wide">{sourceText(s, t)}</td>
              <td className="wide">
                {s.consentVersion && s.consentAt
                  ? t('outreachPage.subscribers.consentRecord', {
                      version: s.consentVersion,
                      at: dateTime(s.consentAt),
                    })
                  : t('outreachPage.subscribers.noConsent')}
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
    </TableScroll>
  );
}
