import { useState } from 'react';
import { styled } from 'styled-components';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { FormAlert } from '../../../components/form/FormAlert.tsx';
import { InlineLoadError, Loading } from '../../../components/LoadState.tsx';
import { StatusMessage } from '../../../components/StatusMessage.tsx';
import { requestErrorMessage } from '../../../lib/forms.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { useChangeMemberRole } from '../api/change-member-role.ts';
import { type Invitation, type Member, useMembers } from '../api/get-members.ts';
import { useRemoveMember } from '../api/remove-member.ts';
import { MemberRow } from './MemberRow.tsx';

const Scroll = styled.div`
  overflow-x: auto;
  margin-bottom: ${tokens.space.l};
`;

const Table = styled.table`
  border-collapse: collapse;
  width: 100%;
  background: ${tokens.surface};
  ${tokens.type.bodySmall}
  th,
  td {
    text-align: left;
    vertical-align: top;
    padding: ${tokens.space.xs};
    border-bottom: 1px solid ${tokens.borderLight};
  }
  th {
    font-weight: 600;
  }
`;

/** Members and organisers of the network, and its pending invitations. */
export function MembersSection({ slug, labelledBy }: { slug: string; labelledBy: string }) {
  const { t } = useTranslation();
  const members = useMembers(slug);
  const changeRole = useChangeMemberRole(slug);
  const remove = useRemoveMember(slug);
  const [notice, setNotice] = useState<string | null>(null);
  const failed = changeRole.error ?? remove.error;
  const nameOf = (member: Member) => member.displayName || member.email;

  if (members.isPending) return <Loading />;
  if (members.error) return <InlineLoadError error={members.error} retry={() => members.refetch()} />;

  return (
    <>
      <StatusMessage message={notice} testId="members-status" />
      <FormAlert message={failed ? requestErrorMessage(failed, t) : null} />
      {members.data.members.length === 0 ? (
        <Paragraph mb="l">{t('networks.members.none')}</Paragraph>
      ) : (
        <Scroll>
          <Table aria-labelledby={labelledBy}>
            <thead>
              <tr>
                <th scope="col">{t('networks.members.name')}</th>
                <th scope="col">{t('networks.members.email')}</th>
                <th scope="col">{t('networks.members.organisation')}</th>
                <th scope="col">{t('networks.members.role')}</th>
                <th scope="col">{t('networks.members.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {members.data.members.map((member) => (
                <MemberRow
                  key={member.userId}
                  member={member}
                  busy={
                    (changeRole.isPending && changeRole.variables.userId === member.userId) ||
                    (remove.isPending && remove.variables === member.userId)
                  }
                  onChangeRole={() => {
                    const role = member.role === 'organiser' ? 'member' : 'organiser';
                    changeRole.mutate(
                      { userId: member.userId, role },
                      {
                        onSuccess: () =>
                          setNotice(t('networks.members.roleChanged', { name: nameOf(member) })),
                      },
                    );
                  }}
                  onRemove={() =>
                    remove.mutate(member.userId, {
                      onSuccess: () => setNotice(t('networks.members.removed', { name: nameOf(member) })),
                    })
                  }
                />
              ))}
            </tbody>
          </Table>
        </Scroll>
      )}
      <PendingInvitations invitations={members.data.invitations} />
    </>
  );
}

/** The invitations neither accepted nor expired: who, as what, and until when. */
function PendingInvitations({ invitations }: { invitations: Invitation[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const now = Date.now();
  const pending = invitations.filter(
    (invitation) => !invitation.acceptedAt && Date.parse(invitation.expiresAt) > now,
  );
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });

  return (
    <>
      <Heading variant="h3" mb="s">
        {t('networks.members.invitations')}
      </Heading>
      {pending.length === 0 ? (
        <Paragraph mb="l">{t('networks.members.noInvitations')}</Paragraph>
      ) : (
        <ul data-testid="invitation-list">
          {pending.map((invitation) => (
            <li key={invitation.id}>
              {t('networks.members.invitation', {
                email: invitation.email,
                role: t(`networks.roles.${invitation.role}`),
                date: date.format(new Date(invitation.expiresAt)),
              })}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
