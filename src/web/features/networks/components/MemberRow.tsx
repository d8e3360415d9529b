import { useEffect, useRef, useState } from 'react';
import { styled } from 'styled-components';
import { Button } from 'suomifi-ui-components';
import { SubmitButton } from '../../../components/form/SubmitButton.tsx';
import { VisuallyHiddenText } from '../../../components/VisuallyHiddenText.tsx';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import type { Member } from '../api/get-members.ts';

const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens.space.xs};
`;

interface MemberRowProps {
  member: Member;
  busy: boolean;
  onChangeRole: () => void;
  onRemove: () => void;
}

/** One member: role change, and removal after a confirmation step in the same row. */
export function MemberRow({ member, busy, onChangeRole, onRemove }: MemberRowProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const removeRef = useRef<HTMLButtonElement>(null);
  const [focusAfter, setFocusAfter] = useState<'confirm' | 'remove' | null>(null);

  useEffect(() => {
    if (focusAfter === 'confirm') confirmRef.current?.focus();
    if (focusAfter === 'remove') removeRef.current?.focus();
  }, [focusAfter]);

  const who = <VisuallyHiddenText> ({member.displayName || member.email})</VisuallyHiddenText>;
  const otherRole = member.role === 'organiser' ? 'member' : 'organiser';
  return (
    <tr data-testid="member-row">
      <td>{member.displayName}</td>
      <td>{member.email}</td>
      <td>{member.organisation ?? ''}</td>
      <td>{t(`networks.roles.${member.role}`)}</td>
      <td>
        {confirming ? (
          <Actions>
            <Button ref={confirmRef} onClick={onRemove} aria-disabled={busy}>
              {t('networks.members.confirmRemove')}
              {who}
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                setConfirming(false);
                setFocusAfter('remove');
              }}
            >
              {t('common.cancel')}
            </Button>
          </Actions>
        ) : (
          <Actions>
            <SubmitButton type="button" variant="secondary" pending={busy} onClick={onChangeRole}>
              {t(
                otherRole === 'organiser' ? 'networks.members.makeOrganiser' : 'networks.members.makeMember',
              )}
              {who}
            </SubmitButton>
            <Button
              variant="secondary"
              ref={removeRef}
              onClick={() => {
                setConfirming(true);
                setFocusAfter('confirm');
              }}
            >
              {t('networks.members.remove')}
              {who}
            </Button>
          </Actions>
        )}
      </td>
    </tr>
  );
}
