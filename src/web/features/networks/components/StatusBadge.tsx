import { styled } from 'styled-components';
import type { NETWORK_STATUSES } from '#shared/networks.ts';
import { VisuallyHiddenText } from '../../../components/VisuallyHiddenText.tsx';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';

type Status = (typeof NETWORK_STATUSES)[number];

const Badge = styled.span<{ $status: Status }>`
  display: inline-block;
  ${tokens.type.label}
  font-size: 14px;
  line-height: 1.4;
  color: ${tokens.surface};
  background: ${({ $status }) => ($status === 'active' ? tokens.success : tokens.muted)};
  border-radius: 12px;
  padding: 1px 10px;
`;

/** "Active" or "Ended", with the word "Status" for screen readers. */
export function StatusBadge({ status }: { status: Status }) {
  const { t } = useTranslation();
  return (
    <Badge $status={status} data-testid="network-status">
      <VisuallyHiddenText>{t('networks.statusLabel')}: </VisuallyHiddenText>
      {t(`networks.status.${status}`)}
    </Badge>
  );
}
