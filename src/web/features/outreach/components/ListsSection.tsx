import { useEffect, useRef, useState } from 'react';
import { Heading, Paragraph } from 'suomifi-ui-components';
import type { MailingList } from '#shared/outreach.ts';
import { SubmitButton } from '../../../components/form/SubmitButton.tsx';
import { InlineLoadError, Loading } from '../../../components/LoadState.tsx';
import { Localized } from '../../../components/Localized.tsx';
import { PageSection } from '../../../components/PageSection.tsx';
import { useLocalized } from '../../../lib/localized.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { ListCounts } from './ListCounts.tsx';
import { ListDetails } from './ListDetails.tsx';
import { Card, Cards, Meta } from './styles.ts';

interface ListsSectionProps {
  network: string;
  lists: { isPending: boolean; error: unknown; data?: MailingList[]; refetch: () => void };
}

/** Focus goes back to a list's open button when its details close. */
function useFocusReturn() {
  const [returnTo, setReturnTo] = useState<string | null>(null);
  const buttonRows = useRef(new Map<string, HTMLElement>());

  useEffect(() => {
    if (!returnTo) return;
    buttonRows.current.get(returnTo)?.querySelector('button')?.focus();
    setReturnTo(null);
  }, [returnTo]);

  const buttonRowRef = (listId: string) => (element: HTMLElement | null) => {
    if (element) buttonRows.current.set(listId, element);
    else buttonRows.current.delete(listId);
  };
  return { buttonRowRef, returnFocusTo: setReturnTo };
}

/** The network's mailing lists with their counts; one can be opened at a time. */
export function ListsSection({ network, lists }: ListsSectionProps) {
  const { t } = useTranslation();
  const [openId, setOpenId] = useState<string | null>(null);
  const [focusTick, setFocusTick] = useState(0);
  const { buttonRowRef, returnFocusTo } = useFocusReturn();
  const open = lists.data?.find((l) => l.id === openId) ?? null;

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
              <ListCard
                key={list.id}
                list={list}
                buttonRowRef={buttonRowRef(list.id)}
                onOpen={() => {
                  setOpenId(list.id);
                  setFocusTick((n) => n + 1);
                }}
              />
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
            returnFocusTo(open.id);
          }}
        />
      )}
    </>
  );
}

interface ListCardProps {
  list: MailingList;
  /** Where focus returns when the list's details close. */
  buttonRowRef: (element: HTMLElement | null) => void;
  onOpen: () => void;
}

/** One list: its name, description, language, whether it is on the interest form, and its counts. */
function ListCard({ list, buttonRowRef, onOpen }: ListCardProps) {
  const { t } = useTranslation();
  const pick = useLocalized();
  return (
    <Card data-testid="mailing-list">
      <Heading variant="h3" mb="xs">
        <Localized text={list.name} />
      </Heading>
      {list.description && <Paragraph mb="xs">{list.description}</Paragraph>}
      <Meta>
        <span>{t('outreachPage.lists.inLanguage', { language: t(`languageNames.${list.language}`) })}</span>
        <span>
          {list.onInterestForm ? t('outreachPage.lists.onForm') : t('outreachPage.lists.notOnForm')}
        </span>
      </Meta>
      <ListCounts list={list} />
      <div ref={buttonRowRef}>
        <SubmitButton type="button" variant="secondary" pending={false} onClick={onOpen}>
          {t('outreachPage.lists.openNamed', { list: pick(list.name).text })}
        </SubmitButton>
      </div>
    </Card>
  );
}
