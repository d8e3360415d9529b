import { useEffect, useRef, useState } from 'react';
import { styled } from 'styled-components';
import { Paragraph } from 'suomifi-ui-components';
import type { Network } from '#shared/networks.ts';
import type { Campaign, MailingList } from '#shared/outreach.ts';
import { ButtonRow } from '../../../components/form/fieldStyles.ts';
import { SubmitButton } from '../../../components/form/SubmitButton.tsx';
import { InlineLoadError, Loading } from '../../../components/LoadState.tsx';
import { PageSection } from '../../../components/PageSection.tsx';
import { StatusMessage } from '../../../components/StatusMessage.tsx';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { useEventChoices } from '../api/event-choices.ts';
import { useCampaigns } from '../api/list-campaigns.ts';
import { CampaignList } from './CampaignList.tsx';
import { CampaignComposer } from './campaign-composer/CampaignComposer.tsx';

const NewButton = styled(ButtonRow)`
  margin: 0 0 ${tokens.space.m};
`;

/** The section's notice, which also announces a campaign that finished sending while the page was open. */
function useFinishedNotice(campaigns: Campaign[] | undefined) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<string | null>(null);
  const statuses = useRef(new Map<string, Campaign['status']>());

  useEffect(() => {
    for (const c of campaigns ?? []) {
      const before = statuses.current.get(c.id);
      if (before && before !== 'sent' && c.status === 'sent') {
        setNotice(
          t('outreachPage.campaigns.finished', {
            subject: c.subject,
            sent: c.counts.sent ?? 0,
            failed: c.counts.failed ?? 0,
            bounced: c.counts.bounced ?? 0,
          }),
        );
      }
      statuses.current.set(c.id, c.status);
    }
  }, [campaigns, t]);

  // Known as sending from now on, so that its end is announced however fast it comes.
  const track = (campaign: Campaign) => statuses.current.set(campaign.id, campaign.status);
  return { notice, setNotice, track };
}

/**
 * Which campaign the composer has open, and where focus goes when it closes: back to the new
 * button, or to the campaign just sent or scheduled.
 */
function useEditing({ setNotice, track }: ReturnType<typeof useFinishedNotice>) {
  const [editing, setEditing] = useState<Campaign | 'new' | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const newButton = useRef<HTMLDivElement>(null);

  function edit(campaign: Campaign | 'new') {
    setNotice(null);
    setFocusId(null);
    setEditing(campaign);
  }

  function close() {
    setEditing(null);
    setTimeout(() => newButton.current?.querySelector('button')?.focus());
  }

  function done(campaign: Campaign, message: string) {
    track(campaign);
    setEditing(null);
    setNotice(message);
    setFocusId(campaign.id);
  }

  return { editing, focusId, newButton, edit, close, done };
}

/** Campaigns: writing one, and following those being sent. */
export function CampaignsSection({ network, lists }: { network: Network; lists: MailingList[] }) {
  const { t } = useTranslation();
  const campaigns = useCampaigns(network.slug);
  const events = useEventChoices(network.slug);
  const notices = useFinishedNotice(campaigns.data);
  const { editing, focusId, newButton, edit, close, done } = useEditing(notices);

  return (
    <PageSection id="campaigns-heading" title={t('outreachPage.campaigns.heading')} headingSpace="m">
      <StatusMessage message={notices.notice} testId="campaigns-status" />
      {editing ? (
        <CampaignComposer
          key={editing === 'new' ? 'new' : editing.id}
          network={network}
          lists={lists}
          campaign={editing === 'new' ? null : editing}
          onClose={close}
          onDone={done}
        />
      ) : lists.length === 0 ? (
        <Paragraph mb="m">{t('outreachPage.campaigns.needList')}</Paragraph>
      ) : (
        <NewButton ref={newButton}>
          <SubmitButton type="button" pending={false} onClick={() => edit('new')}>
            {t('outreachPage.campaigns.new')}
          </SubmitButton>
        </NewButton>
      )}
      {campaigns.isPending ? (
        <Loading />
      ) : campaigns.error ? (
        <InlineLoadError error={campaigns.error} retry={() => campaigns.refetch()} />
      ) : (
        <CampaignList
          campaigns={campaigns.data}
          lists={lists}
          events={events.data}
          focusId={focusId}
          onEdit={edit}
        />
      )}
    </PageSection>
  );
}
