import { useState } from 'react';
import { Paragraph } from 'suomifi-ui-components';
import type { Subscriber } from '#shared/outreach.ts';
import { ConfirmAction } from '../../../components/ConfirmAction.tsx';
import { Table, TableScroll } from '../../../components/DataTable.ts';
import { SubmitButton } from '../../../components/form/SubmitButton.tsx';
import { StatusMessage } from '../../../components/StatusMessage.tsx';
import { VisuallyHiddenText } from '../../../components/VisuallyHiddenText.tsx';
import { requestErrorMessage } from '../../../lib/forms.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { useRemoveSubscriber } from '../api/remove-subscriber.ts';
import { sourceText, useDateTime } from '../format.ts';
import { Tag } from './styles.ts';

type Props = { subscribers: Subscriber[]; listName: string; network: string; listId: string };

const TONE = { pending: 'neutral', confirmed: 'good', unsubscribed: 'neutral', bounced: 'bad' } as const;

/**
 * A list's subscribers: who, their status, where the address came from and the consent record;
 * an organiser can erase an address when its owner asks.
 */
export function SubscriberTable({ subscribers, listName, network, listId }: Props) {
  const { t } = useTranslation();
  const dateTime = useDateTime();
  const remove = useRemoveSubscriber(network, listId);
  const [removing, setRemoving] = useState<Subscriber | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const captionId = 'subscribers-caption';

  async function confirmRemove(subscriber: Subscriber) {
    try {
      await remove.mutateAsync(subscriber.id);
      setStatus(t('outreachPage.subscribers.removed', { email: subscriber.email }));
    } catch (error) {
      setStatus(requestErrorMessage(error, t));
    }
    setRemoving(null);
  }

  return (
    <>
      <StatusMessage message={status} />
      {removing && (
        <ConfirmAction
          question={t('outreachPage.subscribers.removeQuestion', { email: removing.email })}
          confirmText={t('outreachPage.subscribers.removeConfirm')}
          cancelText={t('common.cancel')}
          pending={remove.isPending}
          onConfirm={() => confirmRemove(removing)}
          onCancel={() => setRemoving(null)}
        />
      )}
      {subscribers.length === 0 ? (
        <Paragraph mb="l">{t('outreachPage.subscribers.none')}</Paragraph>
      ) : (
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
                <th scope="col">
                  <VisuallyHiddenText>{t('outreachPage.subscribers.actions')}</VisuallyHiddenText>
                </th>
              </tr>
            </thead>
            <tbody>
              {subscribers.map((subscriber) => (
                <SubscriberRow
                  key={subscriber.id}
                  subscriber={subscriber}
                  dateTime={dateTime}
                  onRemove={() => {
                    setStatus(null);
                    setRemoving(subscriber);
                  }}
                />
              ))}
            </tbody>
          </Table>
        </TableScroll>
      )}
    </>
  );
}

interface SubscriberRowProps {
  subscriber: Subscriber;
  /** The table's one formatter, not one per row. */
  dateTime: (iso: string) => string;
  onRemove: () => void;
}

/** One subscriber's row, with the button that asks to erase the address. */
function SubscriberRow({ subscriber: s, dateTime, onRemove }: SubscriberRowProps) {
  const { t } = useTranslation();
  return (
    <tr data-testid="subscriber">
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
      <td>
        <SubmitButton type="button" variant="secondary" pending={false} onClick={onRemove}>
          {t('outreachPage.subscribers.remove')}
          <VisuallyHiddenText> {s.email}</VisuallyHiddenText>
        </SubmitButton>
      </td>
    </tr>
  );
}
