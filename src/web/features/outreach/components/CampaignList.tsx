import { useEffect, useRef } from 'react';
import { styled } from 'styled-components';
import { Heading, Paragraph } from 'suomifi-ui-components';
import type { Campaign, MailingList } from '#shared/outreach.ts';
import { SubmitButton } from '../../../components/form/SubmitButton.tsx';
import { useLocalized } from '../../../lib/localized.ts';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import type { EventChoices } from '../api/event-choices.ts';
import { useDateTime } from '../format.ts';
import { Card, Cards, Counts, Meta, Tag } from './styles.ts';

const Progress = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${tokens.space.xs} ${tokens.space.s};
  margin: 0 0 ${tokens.space.s};
  ${tokens.type.bodySmall}

  progress {
    width: min(20rem, 100%);
    height: 12px;
    accent-color: ${tokens.highlight};
  }
`;

const TONE = { draft: 'neutral', scheduled: 'active', sending: 'active', sent: 'good' } as const;

/** How many of the campaign's messages have been handled (sent, failed or bounced). */
export const handled = (c: Campaign) =>
  (c.counts.sent ?? 0) + (c.counts.failed ?? 0) + (c.counts.bounced ?? 0);

function CampaignItem({
  campaign,
  lists,
  events,
  focused,
  onEdit,
}: {
  campaign: Campaign;
  lists: MailingList[];
  events: EventChoices | undefined;
  focused: boolean;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  const dateTime = useDateTime();
  const pick = useLocalized();
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (focused) ref.current?.focus();
  }, [focused]);
  const listNames = campaign.listIds
    .map((id) => lists.find((l) => l.id === id)?.name)
    .flatMap((name) => (name ? [pick(name).text] : []))
    .join(', ');
  const event = [...(events?.upcoming ?? []), ...(events?.past ?? [])].find((e) => e.id === campaign.eventId);
  const started = campaign.status === 'sending' || campaign.status === 'sent';
  const done = handled(campaign);
  const total = campaign.recipients;
  const statusText =
    campaign.status === 'scheduled' && campaign.scheduledAt
      ? t('outreachPage.campaigns.status.scheduledAt', { at: dateTime(campaign.scheduledAt) })
      : campaign.status === 'sent' && campaign.finishedAt
        ? t('outreachPage.campaigns.status.sentAt', { at: dateTime(campaign.finishedAt) })
        : t(`outreachPage.campaigns.status.${campaign.status}`);
  const template = campaign.template === 'thank-you' ? 'thankYou' : campaign.template;

  return (
    <Card ref={ref} tabIndex={-1} data-testid="campaign" aria-labelledby={`campaign-${campaign.id}`}>
      <Heading variant="h3" mb="xs" id={`campaign-${campaign.id}`}>
        {campaign.subject}
      </Heading>
      <Meta>
        <Tag $tone={TONE[campaign.status]} data-testid="campaign-status">
          {statusText}
        </Tag>
        <span>{t(`outreachPage.template.${template}`)}</span>
        {listNames && <span>{t('outreachPage.campaigns.toLists', { lists: listNames })}</span>}
        {event && <span>{t('outreachPage.campaigns.aboutEvent', { event: pick(event.title).text })}</span>}
      </Meta>
      {started ? (
        <>
          <Progress>
            <progress
              max={Math.max(total, 1)}
              value={total === 0 ? 1 : done}
              aria-label={t('outreachPage.campaigns.progressLabel', { subject: campaign.subject })}
              data-testid="campaign-progress"
            />
            <span>{t('outreachPage.campaigns.progress', { done, count: total })}</span>
          </Progress>
          <Counts data-testid="campaign-counts">
            <div>
              <dt>{t('outreachPage.campaigns.counts.sent')}</dt>
              <dd>{campaign.counts.sent ?? 0}</dd>
            </div>
            <div>
              <dt>{t('outreachPage.campaigns.counts.failed')}</dt>
              <dd>{campaign.counts.failed ?? 0}</dd>
            </div>
            <div>
              <dt>{t('outreachPage.campaigns.counts.bounced')}</dt>
              <dd>{campaign.counts.bounced ?? 0}</dd>
            </div>
            <div>
              <dt>{t('outreachPage.campaigns.counts.pending')}</dt>
              <dd>{(campaign.counts.pending ?? 0) + (campaign.counts.sending ?? 0)}</dd>
            </div>
          </Counts>
        </>
      ) : (
        <>
          <Paragraph mb="s">{t('outreachPage.campaigns.recipientsNow', { count: total })}</Paragraph>
          <SubmitButton type="button" variant="secondary" pending={false} onClick={onEdit}>
            {t('outreachPage.campaigns.editNamed', { subject: campaign.subject })}
          </SubmitButton>
        </>
      )}
    </Card>
  );
}

interface CampaignListProps {
  campaigns: Campaign[];
  lists: MailingList[];
  events: EventChoices | undefined;
  /** The campaign to move the focus to (just sent or scheduled). */
  focusId: string | null;
  onEdit: (campaign: Campaign) => void;
}

/** The network's campaigns, newest first, with the progress of those being sent. */
export function CampaignList({ campaigns, lists, events, focusId, onEdit }: CampaignListProps) {
  const { t } = useTranslation();
  if (campaigns.length === 0) return <Paragraph mb="m">{t('outreachPage.campaigns.none')}</Paragraph>;
  return (
    <Cards aria-label={t('outreachPage.campaigns.listLabel')}>
      {campaigns.map((campaign) => (
        <CampaignItem
          key={campaign.id}
          campaign={campaign}
          lists={lists}
          events={events}
          focused={focusId === campaign.id}
          onEdit={() => onEdit(campaign)}
        />
      ))}
    </Cards>
  );
}
