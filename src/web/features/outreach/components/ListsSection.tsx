import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { styled } from 'styled-components';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { type MailingList, SUBSCRIBER_STATUSES } from '#shared/outreach.ts';
import { ButtonRow } from '../../../components/form/fieldStyles.ts';
import { SubmitButton } from '../../../components/form/SubmitButton.tsx';
import { InlineLoadError, Loading } from '../../../components/LoadState.tsx';
import { PageSection } from '../../../components/PageSection.tsx';
import { StatusMessage } from '../../../components/StatusMessage.tsx';
import { tokens } from '../../../lib/theme.ts';
import { exportPath } from '../api/list-lists.ts';
import { useSubscribers } from '../api/list-subscribers.ts';
import { useUpdateList } from '../api/update-list.ts';
import { AddSubscriberForm } from './AddSubscriberForm.tsx';
import { ImportWizard } from './import-wizard/ImportWizard.tsx';
import { ListForm } from './ListForm.tsx';
import { SubscriberTable } from './SubscriberTable.tsx';
import { Card, Cards, Counts, FocusHeading, Meta, Panel } from './styles.ts';

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

/** One list opened: its subscribers, adding and importing addresses, export and settings. */
function ListDetails({
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
  const update = useUpdateList(network, list.id);
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves each time a list is opened
  useEffect(() => heading.current?.focus(), [focusTick]);

  return (
    <Details aria-labelledby="list-heading" data-testid="list-details">
      <FocusHeading variant="h2" id="list-heading" mb="s" tabIndex={-1} ref={heading}>
        {t('outreachPage.list.heading', { list: list.name })}
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
            listName={list.name}
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
        <ImportWizard key={list.id} network={network} listId={list.id} listName={list.name} />
      </Panel>

      <Panel>
        <Heading variant="h3" mb="s">
          {t('outreachPage.list.settings')}
        </Heading>
        <StatusMessage message={notice} testId="list-settings-status" />
        {editing ? (
          <ListForm
            key={list.id}
            scope="listSettings"
            initial={{
              name: list.name,
              description: list.description,
              language: list.language,
              onInterestForm: list.onInterestForm,
            }}
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
    </Details>
  );
}

interface ListsSectionProps {
  network: string;
  lists: { isPending: boolean; error: unknown; data?: MailingList[]; refetch: () => void };
}

/** The network's mailing lists with their counts; one can be opened at a time. */
export function ListsSection({ network, lists }: ListsSectionProps) {
  const { t } = useTranslation();
  const [openId, setOpenId] = useState<string | null>(null);
  const [focusTick, setFocusTick] = useState(0);
  const [returnTo, setReturnTo] = useState<string | null>(null);
  const buttons = useRef(new Map<string, HTMLElement>());
  const open = lists.data?.find((l) => l.id === openId) ?? null;

  useEffect(() => {
    if (!returnTo) return;
    buttons.current.get(returnTo)?.querySelector('button')?.focus();
    setReturnTo(null);
  }, [returnTo]);

  return (
    <>
      <PageSection id="lists-heading" title={t('outreachPage.lists.heading')} headingSpace="m">
        {lists.isPending ? (
          <Loading />
        ) : lists.error ? (
          <InlineLoadError error={lists.error} retry={() => lists.refetch()} />
        ) : lists.data?.length === 0 ? (
          <Paragraph mb="m">{t('outreachPage.lists.none')}</Paragraph>
        ) : (
          <Cards aria-labelledby="lists-heading">
            {lists.data?.map((list) => (
              <Card key={list.id} data-testid="mailing-list">
                <Heading variant="h3" mb="xs">
                  {list.name}
                </Heading>
                {list.description && <Paragraph mb="xs">{list.description}</Paragraph>}
                <Meta>
                  <span>
                    {t('outreachPage.lists.inLanguage', { language: t(`languageNames.${list.language}`) })}
                  </span>
                  <span>
                    {list.onInterestForm ? t('outreachPage.lists.onForm') : t('outreachPage.lists.notOnForm')}
                  </span>
                </Meta>
                <ListCounts list={list} />
                <div
                  ref={(element) => {
                    if (element) buttons.current.set(list.id, element);
                    else buttons.current.delete(list.id);
                  }}
                >
                  <SubmitButton
                    type="button"
                    variant="secondary"
                    pending={false}
                    onClick={() => {
                      setOpenId(list.id);
                      setFocusTick((n) => n + 1);
                    }}
                  >
                    {t('outreachPage.lists.openNamed', { list: list.name })}
                  </SubmitButton>
                </div>
              </Card>
            ))}
          </Cards>
        )}
      </PageSection>
      {open && (
        <ListDetails
          network={network}
          list={open}
          focusTick={focusTick}
          onClose={() => {
            setOpenId(null);
            setReturnTo(open.id);
          }}
        />
      )}
    </>
  );
}
