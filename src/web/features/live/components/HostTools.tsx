import { useState } from 'react';
import { styled } from 'styled-components';
import { Button, Heading, Link, Paragraph } from 'suomifi-ui-components';
import { LIVE_LIMITS } from '#shared/live.ts';
import { ButtonRow, controlStyles, FieldLabel } from '../../../components/form/fieldStyles.ts';
import { liveApi } from '../../../lib/live-paths.ts';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { ErrorNote } from './ErrorNote.tsx';
import { useRoomContext } from './room-context.ts';
import { SummaryEditor } from './SummaryEditor.tsx';
import { Panel } from './styles.ts';

const SLOW_MODE_CHOICES = [0, 10, 30, 60, 120, LIVE_LIMITS.slowModeMaxSeconds];

const Part = styled.div`
  margin-top: ${tokens.space.l};
`;

const Inline = styled.form`
  display: flex;
  flex-wrap: wrap;
  align-items: flex-end;
  gap: ${tokens.space.s};

  & > div {
    min-width: 12rem;
  }
`;

const Select = styled.select`
  ${controlStyles}
  display: block;
  width: 100%;
`;

const Links = styled.ul`
  margin: 0;
  padding-left: ${tokens.space.l};
  li {
    margin-bottom: ${tokens.space.xxs};
  }
`;

function SlowMode() {
  const { t } = useTranslation();
  const { state, client } = useRoomContext();
  const current = state.room?.slowModeSeconds ?? 0;
  const [seconds, setSeconds] = useState(current);
  const choices = SLOW_MODE_CHOICES.includes(current) ? SLOW_MODE_CHOICES : [...SLOW_MODE_CHOICES, current];
  return (
    <Inline
      onSubmit={(event) => {
        event.preventDefault();
        client.slowMode(seconds);
      }}
      data-testid="slow-mode-form"
    >
      <div>
        <FieldLabel htmlFor="slow-mode">{t('live.host.slowMode')}</FieldLabel>
        <Select id="slow-mode" value={seconds} onChange={(e) => setSeconds(Number(e.target.value))}>
          {[...choices]
            .sort((a, b) => a - b)
            .map((choice) => (
              <option key={choice} value={choice}>
                {choice === 0
                  ? t('live.host.slowModeOff')
                  : t('live.host.slowModeSeconds', { count: choice })}
              </option>
            ))}
        </Select>
      </div>
      <Button type="submit" variant="secondary">
        {t('live.host.apply')}
      </Button>
    </Inline>
  );
}

/** The room's record to download: everything said, as a spreadsheet or as text. */
function Exports() {
  const { t } = useTranslation();
  const { network, event } = useRoomContext();
  return (
    <>
      <Heading variant="h3" mb="xs">
        {t('live.host.export')}
      </Heading>
      <Paragraph mb="xs">{t('live.host.exportText')}</Paragraph>
      <Links>
        <li>
          <Link href={liveApi(network, event, '/export.csv')} download data-testid="export-csv">
            {t('live.host.exportCsv')}
          </Link>
        </li>
        <li>
          <Link href={liveApi(network, event, '/export.md')} download data-testid="export-md">
            {t('live.host.exportMarkdown')}
          </Link>
        </li>
      </Links>
    </>
  );
}

/**
 * Shows everyone the feedback survey's card. Once asked, the button stays focusable (aria-disabled,
 * not disabled), so a keyboard user's focus is not lost, and the status says what happened.
 */
function AskFeedback() {
  const { t } = useTranslation();
  const { state, client } = useRoomContext();
  const asked = state.room?.feedbackAsked === true;
  return (
    <>
      <Heading variant="h3" mb="xs">
        {t('live.feedback.hostTitle')}
      </Heading>
      <Paragraph mb="xs">{t('live.feedback.askText')}</Paragraph>
      <div role="status">
        {asked && (
          <Paragraph mb="s" data-testid="feedback-asked">
            {t('live.feedback.askedText')}
          </Paragraph>
        )}
      </div>
      <Button
        variant="secondary"
        aria-disabled={asked}
        onClick={() => (asked ? undefined : client.askFeedback())}
        data-testid="ask-feedback"
      >
        {t(asked ? 'live.feedback.asked' : 'live.feedback.ask')}
      </Button>
    </>
  );
}

/** What organisers (hosts) have besides the room itself: room settings, exports and the summary. */
export function HostTools() {
  const { t } = useTranslation();
  const { state, client } = useRoomContext();
  const closed = state.room?.status === 'closed';
  const slow = state.room?.slowModeSeconds ?? 0;
  return (
    <Panel aria-labelledby="host-heading" data-testid="host-tools">
      <Heading variant="h2" id="host-heading" mb="s">
        {t('live.host.title')}
      </Heading>
      <ErrorNote target="host" />
      <div role="status">
        <Paragraph mb="s" data-testid="room-settings">
          {closed ? t('live.host.isClosed') : t('live.host.isOpen')}{' '}
          {slow > 0 ? t('live.host.slowModeOn', { count: slow }) : t('live.host.slowModeIsOff')}
        </Paragraph>
      </div>
      <ButtonRow>
        <Button variant="secondary" onClick={() => client.roomStatus(closed ? 'open' : 'closed')}>
          {closed ? t('live.host.reopen') : t('live.host.close')}
        </Button>
      </ButtonRow>
      <Part>
        <SlowMode />
      </Part>
      <Part>
        <AskFeedback />
      </Part>
      <Part>
        <Exports />
      </Part>
      <Part>
        <SummaryEditor />
      </Part>
    </Panel>
  );
}
