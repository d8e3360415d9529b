import { useEffect, useRef, useState } from 'react';
import { styled } from 'styled-components';
import { Heading, Paragraph } from 'suomifi-ui-components';
import type { MailingList } from '#shared/outreach.ts';
import { ButtonRow } from '../../../components/form/fieldStyles.ts';
import { SubmitButton } from '../../../components/form/SubmitButton.tsx';
import { InlineLoadError, Loading } from '../../../components/LoadState.tsx';
import { StatusMessage } from '../../../components/StatusMessage.tsx';
import { useLocalized } from '../../../lib/localized.ts';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { exportPath } from '../api/list-lists.ts';
import { useSubscribers } from '../api/list-subscribers.ts';
import { useUpdateList } from '../api/update-list.ts';
import { AddSubscriberForm } from './AddSubscriberForm.tsx';
import { ImportWizard } from './import-wizard/ImportWizard.tsx';
import { ListCounts } from './ListCounts.tsx';
import { ListForm, listFormValues } from './ListForm.tsx';
import { SubscriberTable } from './SubscriberTable.tsx';
import { FocusHeading, Panel } from './styles.ts';

/** A download, as a link: the browser saves the file. */
const DownloadLink = styled.a`
  ${tokens.type.body}
  color: ${tokens.highlight};
  text-decoration: underline;
  &:hover {
    color: ${tokens.highlightDark};
  }
  &:focus-visible {
    outline: 3px solid ${tokens.focus};
    outline-offset: 2px;
  }
`;

const Details = styled.section`
  margin-top: ${tokens.space.xxl};
  padding: ${tokens.space.m};
  border: 2px solid ${tokens.highlight};
  border-radius: 2px;
  max-width: 60rem;
  box-sizing: border-box;

  @media (max-width: 40rem) {
    padding: ${tokens.space.s};
    margin-left: -${tokens.space.xs};
    margin-right: -${tokens.space.xs};
  }
`;

/** One list opened: its subscribers, adding and importing addresses, export and settings. */
export function ListDetails({
  network,
  list,
  focusTick,
  onClose,
}: {
  network: string;
  list: MailingList;
  /** Changes each time the list is opened, moving the focus to it. */
  focusTick: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const subscribers = useSubscribers(network, list.id);
  const listName = useLocalized()(list.name).text;
  const heading = useRef<HTMLHeadingElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves each time a list is opened
  useEffect(() => heading.current?.focus(), [focusTick]);

  return (
    <Details aria-labelledby="list-heading" data-testid="list-details">
      <FocusHeading variant="h2" id="list-heading" mb="s" tabIndex={-1} ref={heading}>
        {t('outreachPage.list.heading', { list: listName })}
      </FocusHeading>
      <ListCounts list={list} />
      <ButtonRow>
        <DownloadLink href={exportPath(network, list.id)} download>
          {t('outreachPage.list.export')}
        </DownloadLink>
        <SubmitButton type="button" variant="secondary" pending={false} onClick={onClose}>
          {t('outreachPage.list.close')}
        </SubmitButton>
      </ButtonRow>

      <Panel>
        <Heading variant="h3" mb="s">
          {t('outreachPage.subscribers.heading')}
        </Heading>
        {subscribers.isPending ? (
          <Loading />
        ) : subscribers.error ? (
          <InlineLoadError error={subscribers.error} retry={() => subscribers.refetch()} />
        ) : (
          <SubscriberTable
            subscribers={subscribers.data}
            listName={listName}
            network={network}
            listId={list.id}
          />
        )}
      </Panel>

      <Panel>
        <Heading variant="h3" mb="s">
          {t('outreachPage.add.heading')}
        </Heading>
        <Paragraph mb="m">{t('outreachPage.add.intro')}</Paragraph>
        <AddSubscriberForm key={list.id} network={network} listId={list.id} language={list.language} />
      </Panel>

      <Panel>
        <Heading variant="h3" mb="s">
          {t('outreachPage.import.heading')}
        </Heading>
        <ImportWizard key={list.id} network={network} listId={list.id} listName={listName} />
      </Panel>

      <ListSettings network={network} list={list} />
    </Details>
  );
}

/** A list's own settings: shown, then edited in place. */
function ListSettings({ network, list }: { network: string; list: MailingList }) {
  const { t } = useTranslation();
  const update = useUpdateList(network, list.id);
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <Panel>
      <Heading variant="h3" mb="s">
        {t('outreachPage.list.settings')}
      </Heading>
      <StatusMessage message={notice} testId="list-settings-status" />
      {editing ? (
        <ListForm
          key={list.id}
          scope="listSettings"
          initial={listFormValues(list)}
          submitText={t('outreachPage.list.save')}
          onCancel={() => setEditing(false)}
          onSubmit={async (input) => {
            await update.mutateAsync(input);
            setEditing(false);
            setNotice(t('outreachPage.list.saved'));
          }}
        />
      ) : (
        <SubmitButton
          type="button"
          variant="secondary"
          pending={false}
          onClick={() => {
            setNotice(null);
            setEditing(true);
          }}
        >
          {t('outreachPage.list.edit')}
        </SubmitButton>
      )}
    </Panel>
  );
}
