import { styled } from 'styled-components';
import { tokens } from '../../lib/theme.ts';
import { useTranslation } from '../../lib/translation.tsx';
import { StatusMessage } from '../StatusMessage.tsx';

/** "This meeting has been cancelled", as text in a status region (not only a colour). */
export function CancelledNotice() {
  const { t } = useTranslation();
  return <StatusMessage message={t('events.cancelled.notice')} testId="event-cancelled" />;
}

const Tag = styled.span`
  display: inline-block;
  ${tokens.type.label}
  font-size: 14px;
  line-height: 1.4;
  color: ${tokens.surface};
  background: ${tokens.error};
  border-radius: 12px;
  padding: 1px 10px;
`;

/** "Cancelled", next to a meeting in a list. */
export function CancelledTag() {
  const { t } = useTranslation();
  return <Tag data-testid="event-cancelled-tag">{t('events.cancelled.tag')}</Tag>;
}
