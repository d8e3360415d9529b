import { useRef, useState } from 'react';
import { styled } from 'styled-components';
import { Button, Heading, Paragraph } from 'suomifi-ui-components';
import type { EventSummary, Theme } from '#shared/events.ts';
import { useEvent } from '../../../api/get-event.ts';
import { ConfirmAction } from '../../../components/ConfirmAction.tsx';
import { InlineLoadError, Loading } from '../../../components/LoadState.tsx';
import { Localized } from '../../../components/Localized.tsx';
import { requestErrorMessage } from '../../../lib/forms.ts';
import { useLocalized } from '../../../lib/localized.ts';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { useUpdateEvent } from '../api/update-event.ts';
import { formatMeetingTime } from './format.ts';
import { MeetingEditForm } from './MeetingEditForm.tsx';
import { MeetingMaterials } from './MeetingMaterials.tsx';

const Status = styled.span<{ $status: string }>`
  display: inline-block;
  ${tokens.type.label}
  font-size: 14px;
  padding: 0 ${tokens.space.xs};
  margin-left: ${tokens.space.xs};
  border: 1px solid ${({ $status }) => ($status === 'cancelled' ? tokens.error : tokens.border)};
  color: ${({ $status }) => ($status === 'cancelled' ? tokens.error : tokens.text)};
`;

const Title = styled.span<{ $cancelled: boolean }>`
  text-decoration: ${({ $cancelled }) => ($cancelled ? 'line-through' : 'none')};
`;

interface MeetingItemProps {
  network: string;
  meeting: EventSummary;
  themes: Theme[];
  onStatus: (message: string) => void;
}

/** The meeting's edit form and its materials, once the meeting has loaded; saving closes it. */
function Editor({ network, meeting, themes, onStatus, onClose }: MeetingItemProps & { onClose: () => void }) {
  const event = useEvent(network, meeting.slug);
  if (event.isPending) return <Loading />;
  if (event.error) return <InlineLoadError error={event.error} retry={() => event.refetch()} />;
  return (
    <>
      <MeetingEditForm
        network={network}
        event={event.data}
        themes={themes}
        onSaved={(message) => {
          onStatus(message);
          onClose();
        }}
        onClose={onClose}
      />
      <MeetingMaterials network={network} event={event.data} />
    </>
  );
}

/** When the meeting is, what it is called, its theme and its status. */
function MeetingSummary({ meeting, when }: { meeting: EventSummary; when: string }) {
  const { t } = useTranslation();
  const pick = useLocalized();
  return (
    <>
      <Heading variant="h3">
        <Title $cancelled={meeting.status === 'cancelled'}>
          <Localized text={meeting.title} />
        </Title>
        <Status $status={meeting.status} data-testid="meeting-status">
          {t(`programme.eventStatus.${meeting.status}`)}
        </Status>
      </Heading>
      <Paragraph>
        {when}
        {meeting.theme && ` · ${t('programme.meeting.themeIs', { theme: pick(meeting.theme.title).text })}`}
      </Paragraph>
    </>
  );
}

interface CancelConfirmationProps {
  network: string;
  meeting: EventSummary;
  when: string;
  open: boolean;
  onClose: () => void;
  onStatus: (message: string) => void;
}

/** The question whether to cancel the meeting, and the error if cancelling failed. */
function CancelConfirmation({ network, meeting, when, open, onClose, onStatus }: CancelConfirmationProps) {
  const { t } = useTranslation();
  const cancel = useUpdateEvent(network, meeting.slug);
  const onSuccess = () => {
    onClose();
    onStatus(t('programme.meeting.cancelled', { when }));
  };
  return (
    <>
      {open && (
        <ConfirmAction
          question={t('programme.meeting.confirmCancel', { when })}
          confirmText={t('programme.meeting.confirmCancelYes')}
          cancelText={t('programme.meeting.confirmCancelNo')}
          pending={cancel.isPending}
          onConfirm={() => cancel.mutate({ status: 'cancelled', scope: 'this' }, { onSuccess })}
          onCancel={onClose}
        />
      )}
      {cancel.error && <Paragraph role="alert">{requestErrorMessage(cancel.error, t)}</Paragraph>}
    </>
  );
}

/** One meeting in the list: when, what, its status, and editing or cancelling it. */
export function MeetingItem({ network, meeting, themes, onStatus }: MeetingItemProps) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const editRef = useRef<HTMLButtonElement>(null);
  const cancelled = meeting.status === 'cancelled';
  const when = formatMeetingTime(meeting.startsAt, meeting.endsAt, meeting.timeZone, i18n.language);
  const closeEditor = () => {
    setEditing(false);
    editRef.current?.focus();
  };

  return (
    <>
      <MeetingSummary meeting={meeting} when={when} />
      <div style={{ display: 'flex', gap: tokens.space.xs, flexWrap: 'wrap', marginTop: tokens.space.xs }}>
        <Button
          ref={editRef}
          variant="secondary"
          aria-expanded={editing}
          aria-label={t('programme.meeting.editNamed', { when })}
          onClick={() => setEditing(!editing)}
        >
          {t('programme.meeting.edit')}
        </Button>
        {!cancelled && (
          <Button
            variant="secondary"
            aria-label={t('programme.meeting.cancelNamed', { when })}
            onClick={() => setConfirming(true)}
          >
            {t('programme.meeting.cancel')}
          </Button>
        )}
      </div>
      <CancelConfirmation
        network={network}
        meeting={meeting}
        when={when}
        open={confirming && !cancelled}
        onClose={() => setConfirming(false)}
        onStatus={onStatus}
      />
      {editing && (
        <Editor
          network={network}
          meeting={meeting}
          themes={themes}
          onStatus={onStatus}
          onClose={closeEditor}
        />
      )}
    </>
  );
}
