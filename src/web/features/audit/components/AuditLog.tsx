import { keepPreviousData, type QueryKey, type UseQueryOptions, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { styled } from 'styled-components';
import { Button, Link, Paragraph } from 'suomifi-ui-components';
import type { AuditPage } from '#shared/audit.ts';
import type { SelectOption } from '../../../components/form/SelectField.tsx';
import { InlineLoadError, Loading } from '../../../components/LoadState.tsx';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import type { AuditFilter, AuditQuery } from '../api/audit-query.ts';
import { AuditFilters } from './AuditFilters.tsx';
import { AuditTable } from './AuditTable.tsx';

const Pager = styled.nav`
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens.space.s};
  margin-bottom: ${tokens.space.l};
`;

const Count = styled.p`
  ${tokens.type.semiBold}
  margin: 0 0 ${tokens.space.s};
`;

type Props<Key extends QueryKey> = {
  /** The query of one page (a request file's query options). */
  pageQuery: (query: AuditQuery) => UseQueryOptions<AuditPage, Error, AuditPage, Key>;
  exportPath: (filter: AuditFilter) => string;
  /** For admins: a network column, and the networks to filter by. */
  networks?: readonly SelectOption[];
};

/** The audit log: filters, one page of entries, paging by newer and older, and the CSV download. */
export function AuditLog<Key extends QueryKey>({ pageQuery, exportPath, networks }: Props<Key>) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<AuditFilter>({});
  // The cursor of every page opened so far: "newer" goes back to the one before.
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const [paged, setPaged] = useState(false);
  const table = useRef<HTMLDivElement>(null);
  const page = cursors.length;
  // While the next page loads, the one shown stays.
  const entries = useQuery({
    ...pageQuery({ ...filter, before: cursors.at(-1) }),
    placeholderData: keepPreviousData,
  });
  const shown = entries.data && !entries.isPlaceholderData ? entries.data : null;

  useEffect(() => {
    if (paged && shown) {
      table.current?.focus();
      setPaged(false);
    }
  }, [paged, shown]);

  const goTo = (next: (string | undefined)[]) => {
    setCursors(next);
    setPaged(true);
  };
  const next = entries.data?.next;

  return (
    <>
      <AuditFilters
        networks={networks}
        onApply={(applied) => {
          setFilter(applied);
          setCursors([undefined]);
        }}
      />
      <div role="status" aria-live="polite" data-testid="audit-count">
        {shown && <Count>{t('audit.table.shown', { count: shown.entries.length, page })}</Count>}
      </div>
      {entries.isPending ? (
        <Loading />
      ) : entries.error ? (
        <InlineLoadError error={entries.error} retry={() => entries.refetch()} />
      ) : entries.data.entries.length === 0 ? (
        <Paragraph mb="l">{t('audit.table.none')}</Paragraph>
      ) : (
        <AuditTable ref={table} entries={entries.data.entries} page={page} showNetwork={Boolean(networks)} />
      )}
      {(page > 1 || next) && (
        <Pager aria-label={t('audit.pager.label')}>
          <Button variant="secondary" disabled={page === 1} onClick={() => goTo(cursors.slice(0, -1))}>
            {t('audit.pager.newer')}
          </Button>
          <Button variant="secondary" disabled={!next} onClick={() => next && goTo([...cursors, next])}>
            {t('audit.pager.older')}
          </Button>
        </Pager>
      )}
      <Paragraph mb="xs">{t('audit.exportHint')}</Paragraph>
      <Link href={exportPath(filter)} download data-testid="audit-export">
        {t('audit.export')}
      </Link>
    </>
  );
}
