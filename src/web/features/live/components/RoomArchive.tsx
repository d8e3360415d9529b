import { Heading, Paragraph } from 'suomifi-ui-components';
import type { RoomArchive as Archive, LiveMessage, Poll } from '#shared/live.ts';
import { InlineLoadError, Loading } from '../../../components/LoadState.tsx';
import { useTranslation } from '../../../lib/translation.tsx';
import { useRoomArchive } from '../api/get-archive.ts';
import { LinkifiedText } from '../linkify.tsx';
import { AuthorLine, Body, Tag } from './MessageParts.tsx';
import { PollResults } from './PollResults.tsx';
import { Empty, Item, List, Panel } from './styles.ts';

function ArchivedMessage({ message }: { message: LiveMessage }) {
  const { t } = useTranslation();
  return (
    <Item data-testid="archived-message">
      <AuthorLine message={message} own={false} />
      <Body>
        <LinkifiedText text={message.body} />
      </Body>
      {message.kind === 'question' && (
        <Paragraph>
          {message.votes} {t('live.questions.votes', { count: message.votes })}{' '}
          {message.answered && <Tag $tone="answered">{t('live.archive.answered')}</Tag>}
        </Paragraph>
      )}
    </Item>
  );
}

function Part({
  id,
  title,
  empty,
  children,
}: {
  id: string;
  title: string;
  empty: boolean;
  children: React.ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={id}>
      <Heading variant="h3" as="h3" id={id} mt="m" mb="xs">
        {title}
      </Heading>
      {empty ? <Empty>{t('live.archive.nothing')}</Empty> : children}
    </section>
  );
}

function ArchiveParts({ archive }: { archive: Archive }) {
  const { t } = useTranslation();
  const questions = archive.messages.filter((m) => m.kind === 'question');
  const chat = archive.messages.filter((m) => m.kind === 'chat');
  const list = (messages: LiveMessage[]) => (
    <List>
      {messages.map((m) => (
        <ArchivedMessage key={m.id} message={m} />
      ))}
    </List>
  );
  return (
    <>
      <Part id="archive-questions" title={t('live.archive.questions')} empty={questions.length === 0}>
        {list(questions)}
      </Part>
      <Part id="archive-polls" title={t('live.archive.polls')} empty={archive.polls.length === 0}>
        {archive.polls.map((poll: Poll) => (
          <div key={poll.id} data-testid="archived-poll">
            <Paragraph mb="xs">{poll.question}</Paragraph>
            <PollResults poll={poll} />
          </div>
        ))}
      </Part>
      <Part id="archive-chat" title={t('live.archive.chat')} empty={chat.length === 0}>
        {list(chat)}
      </Part>
    </>
  );
}

/** In place of entering: the meeting is over, and its room is kept as a read-only archive to read. */
export function RoomArchive({ network, event }: { network: string; event: string }) {
  const { t } = useTranslation();
  const archive = useRoomArchive(network, event, true);
  return (
    <Panel aria-labelledby="archive-heading" data-testid="room-archived">
      <Heading variant="h2" id="archive-heading" mb="s">
        {t('live.archive.title')}
      </Heading>
      <Paragraph>{t('live.archive.text')}</Paragraph>
      {archive.isPending && <Loading />}
      {archive.error && <InlineLoadError error={archive.error} retry={() => archive.refetch()} />}
      {archive.data && <ArchiveParts archive={archive.data} />}
    </Panel>
  );
}
