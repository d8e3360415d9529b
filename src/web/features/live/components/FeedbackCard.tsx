import { useEffect, useRef, useState } from 'react';
import { styled } from 'styled-components';
import { Button, Heading, InlineAlert, Paragraph } from 'suomifi-ui-components';
import type { Event } from '#shared/events.ts';
import { AppLink } from '../../../components/links.tsx';
import { VisuallyHiddenText } from '../../../components/VisuallyHiddenText.tsx';
import { useLocalized } from '../../../lib/localized.ts';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { surveyPagePath, tapsOf } from '../feedback-card.ts';
import { type FeedbackCardState, useFeedbackCard } from '../use-feedback-card.ts';
import { FeedbackTaps } from './FeedbackTaps.tsx';
import { useRoomContext } from './room-context.ts';
import { focusPart } from './room-parts.ts';

const Card = styled.section`
  background: ${tokens.surface};
  border-top: 4px solid ${tokens.highlight};
  padding: ${tokens.space.s} ${tokens.space.s} ${tokens.space.m};
  margin-bottom: ${tokens.space.l};

  @media (min-width: 40rem) {
    padding: ${tokens.space.m} ${tokens.space.l} ${tokens.space.l};
  }
`;

const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: ${tokens.space.s} ${tokens.space.l};
`;

const Outcome = styled.p`
  ${tokens.type.semiBold}
  font-size: 18px;
  margin: 0 0 ${tokens.space.m};

  &:focus-visible {
    outline: 3px solid ${tokens.focus};
    outline-offset: 2px;
  }
`;

/** The link to the survey's page, and putting the card away (focus goes back to the chat). */
function CardActions({ card }: { card: FeedbackCardState }) {
  const { t } = useTranslation();
  const { network, event } = useRoomContext();
  const carry = card.continuation ? { continuation: card.continuation } : card.token && { token: card.token };
  const dismiss = () => {
    card.dismiss();
    focusPart('chat');
  };
  return (
    <Actions>
      {card.stage !== 'already' && carry && (
        <AppLink to={surveyPagePath(network, event, carry)}>
          {t(card.continuation ? 'live.feedback.rest' : 'live.feedback.whole')}
        </AppLink>
      )}
      <Button variant="secondary" onClick={dismiss} data-testid="feedback-dismiss">
        {t(card.stage === 'question' ? 'live.feedback.notNow' : 'live.feedback.close')}
      </Button>
    </Actions>
  );
}

/** Before the tap: the first question to tap, or (a question a tap cannot answer) the link only. */
function CardQuestion({ card }: { card: FeedbackCardState }) {
  const { t } = useTranslation();
  const taps = tapsOf(card.question);
  return (
    <>
      <Paragraph mb="s">
        {t(taps ? 'live.feedback.intro' : 'live.feedback.introLink')}
        {card.anonymous && ` ${t('live.feedback.anonymous')}`}
      </Paragraph>
      {taps && card.question && (
        <FeedbackTaps question={card.question} taps={taps} sending={card.sending} onTap={card.answer} />
      )}
      <div role="status">{card.sending && <Paragraph mb="s">{t('live.feedback.sending')}</Paragraph>}</div>
      <div role="alert">
        {card.failed && (
          <InlineAlert status="error" mb="s">
            {t('live.feedback.failed')}
          </InlineAlert>
        )}
      </div>
    </>
  );
}

/** After the tap: thanks (or "answered before"); focus comes here from the button that went away. */
function CardOutcome({ card }: { card: FeedbackCardState }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLParagraphElement>(null);
  const { answeredHere } = card;
  useEffect(() => {
    if (answeredHere) ref.current?.focus();
  }, [answeredHere]);
  return (
    <Outcome ref={ref} tabIndex={-1} data-testid="feedback-outcome">
      {t(card.stage === 'thanks' ? 'live.feedback.thanks' : 'live.feedback.already')}
    </Outcome>
  );
}

/**
 * Says once, politely, that the card appeared, without moving focus: the region is always there
 * and only ever gets this one addition.
 */
function CardAnnouncement({ card }: { card: FeedbackCardState }) {
  const { t } = useTranslation();
  const pick = useLocalized();
  const [said, setSaid] = useState<string | null>(null);
  const question = card.stage === 'question' && card.question ? pick(card.question.text).text : null;
  useEffect(() => {
    if (question) setSaid((current) => current ?? question);
  }, [question]);
  return (
    <VisuallyHiddenText as="div" aria-live="polite" data-testid="feedback-announcer">
      {said && <p>{t('live.feedback.announce', { question: said })}</p>}
    </VisuallyHiddenText>
  );
}

/**
 * The card of the meeting's feedback survey, once a host asks for feedback (or closes the room) or
 * in the meeting's last minutes: a region of the room, not a dialog, so nothing else is blocked.
 */
export function FeedbackCard({ event, participantToken }: { event: Event; participantToken: string }) {
  const { t } = useTranslation();
  const card = useFeedbackCard(event, participantToken);
  return (
    <>
      <CardAnnouncement card={card} />
      {card.stage !== 'hidden' && (
        <Card aria-labelledby="feedback-heading" data-testid="feedback-card">
          <Heading variant="h2" id="feedback-heading" mb="s">
            {t('live.feedback.title')}
          </Heading>
          {card.stage === 'question' ? <CardQuestion card={card} /> : <CardOutcome card={card} />}
          <CardActions card={card} />
        </Card>
      )}
    </>
  );
}
