import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from 'suomifi-ui-components';
import type { MailingList } from '#shared/outreach.ts';
import { SubmitButton } from '../../../components/form/SubmitButton.tsx';
import { InlineLoadError, Loading } from '../../../components/LoadState.tsx';
import { PageSection } from '../../../components/PageSection.tsx';
import { ListCounts } from './ListCounts.tsx';
import { ListDetails } from './ListDetails.tsx';
import { Card, Cards, Meta } from './styles.ts';

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
