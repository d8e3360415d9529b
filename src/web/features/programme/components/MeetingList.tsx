import { useState } from 'react';
import { styled } from 'styled-components';
import { Paragraph } from 'suomifi-ui-components';
import type { Theme } from '#shared/events.ts';
import { useEvents } from '../../../api/list-events.ts';
import { InlineLoadError, Loading } from '../../../components/LoadState.tsx';
import { StatusMessage } from '../../../components/StatusMessage.tsx';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { MeetingItem } from './MeetingItem.tsx';

const List = styled.ul`
  list-style: none;
  padding: 0;
  margin: 0;
  max-width: 48rem;
`;

const Item = styled.li<{ $cancelled: boolean }>`
  border: 1px solid ${tokens.border};
  border-left: 6px solid ${({ $cancelled }) => ($cancelled ? tokens.error : tokens.highlight)};
  padding: ${tokens.space.s} ${tokens.space.m};
  margin-bottom: ${tokens.space.s};
  background: ${tokens.surface};
`;

const ALL_MEETINGS = { when: 'all', limit: 500 } as const;

/** Every meeting, drafts and cancelled ones included, oldest first. */
export function MeetingList({ network, themes }: { network: string; themes: Theme[] }) {
  const { t } = useTranslation();
  const events = useEvents(network, ALL_MEETINGS);
  const [status, setStatus] = useState<string | null>(null);
  if (events.isPending) return <Loading />;
  if (events.error) return <InlineLoadError error={events.error} retry={() => events.refetch()} />;
  const meetings = [...events.data.events].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return (
    <>
      <StatusMessage message={status} testId="meetings-status" />
      {meetings.length === 0 ? (
        <Paragraph>{t('programme.meetings.none')}</Paragraph>
      ) : (
        <List
          aria-label={t('programme.meetings.listLabel', { count: meetings.length })}
          data-testid="meeting-list"
        >
          {meetings.map((meeting) => (
            <Item
              key={meeting.id}
              data-testid={`meeting-${meeting.localDate}`}
              $cancelled={meeting.status === 'cancelled'}
            >
              <MeetingItem network={network} meeting={meeting} themes={themes} onStatus={setStatus} />
            </Item>
          ))}
        </List>
      )}
    </>
  );
}
