import type { EventRow } from '#server/features/events/events.queries.ts';
import { eventUrls, type Organizer, renderEventIcs } from '#server/features/events/events.service.ts';
import type { NetworkRow } from '#server/features/networks/networks.queries.ts';
import { escapeHtml } from '#server/platform/html.ts';
import { translator } from '#server/platform/i18n.ts';
import type { OutgoingMail } from '#server/platform/mail.ts';
import { markdownToMailText, textLink, textParagraphs } from '#server/platform/mail-text.ts';
import { renderMarkdown } from '#server/platform/markdown.ts';
import { type Language, type LocalizedText, localized, otherLanguage } from '#shared/common.ts';
import { meetingSpan } from '#shared/meeting-time.ts';
import type { CAMPAIGN_TEMPLATES, CampaignTranslations } from '#shared/outreach.ts';

export type CampaignMailInput = {
  publicUrl: string;
  network: NetworkRow;
  /** The list the recipient is on: its name is in the footer and its id in List-Id. */
  list: { id: string; name: LocalizedText };
  /** The address messages come from; an invitation's ORGANIZER. */
  sender: { address: string };
  campaign: {
    subject: string;
    body: string;
    translations: CampaignTranslations;
    template: (typeof CAMPAIGN_TEMPLATES)[number];
  };
  event: EventRow | null;
  recipient: { email: string; language: Language };
  /** A thank-you's personal one-time link to the meeting's feedback survey. */
  feedbackUrl?: string;
  /** One-click unsubscribe address (RFC 8058); absent in a test message. */
  unsubscribeUrl?: string;
  messageId: string;
};

/** What the text and HTML versions of one message both say. */
type MailParts = {
  language: Language;
  subject: string;
  body: string;
  event: {
    title: string;
    /** The title's language when it is not the message's. */
    titleLanguage: Language | undefined;
    when: string;
    page: string;
    main: { url: string; label: string } | null;
    feedback: { url: string; label: string } | null;
  } | null;
  footer: string;
  /** "Sent by:", before the network's name: names stay out of inflected positions. */
  sentBy: string;
  networkName: string;
  networkUrl: string;
  unsubscribe: { url: string; label: string } | null;
  eventPageLabel: string;
};

/**
 * A campaign message for one recipient: accessible HTML and plain text in the recipient's
 * language, the event's details (an invitation also its join link and .ics), and List-Unsubscribe
 * headers.
 */
export function campaignMail(input: CampaignMailInput): OutgoingMail {
  const { network, event, recipient } = input;
  const parts = partsOf(input);
  // A thank-you looks back: it carries no invitation to put in a calendar.
  const lookingBack = input.campaign.template === 'thank-you';
  return {
    to: input.recipient.email,
    subject: parts.subject,
    text: mailText(parts),
    html: mailHtml(parts),
    messageId: input.messageId,
    ...(input.unsubscribeUrl
      ? {
          // nodemailer keeps List-Id's <…> outside the encoded name, where filters read it (RFC 2919).
          list: {
            id: {
              url: `${input.list.id}.${network.slug}.${new URL(input.publicUrl).hostname}`,
              comment: localized(input.list.name, network.mainLanguage),
            },
            unsubscribe: input.unsubscribeUrl,
          },
          headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
        }
      : {}),
    attachments:
      event && !lookingBack
        ? [
            {
              filename: `${event.slug}.ics`,
              content: icsOf(input.publicUrl, network, event, {
                language: recipient.language,
                organizer: { name: parts.networkName, email: input.sender.address },
              }),
              // RFC 6047: the method here and the calendar's METHOD are the same.
              contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
            },
          ]
        : [],
  };
}

function partsOf(input: CampaignMailInput): MailParts {
  const { network, event, recipient } = input;
  const t = translator(recipient.language);
  const { subject, body } = input.campaign.translations[recipient.language] ?? input.campaign;
  const text = (value: LocalizedText) => localized(value, recipient.language, network.mainLanguage);
  const networkName = text(network.name);
  const urls = event ? eventUrls(input.publicUrl, network, event.slug) : null;
  // A thank-you looks back (recording, meeting page); the other templates invite to join.
  const lookingBack = input.campaign.template === 'thank-you';
  const main =
    event && urls
      ? lookingBack
        ? event.recordingUrl
          ? { url: event.recordingUrl, label: t('outreach.mail.recording') }
          : null
        : { url: urls.join, label: t('outreach.mail.join') }
      : null;
  return {
    language: recipient.language,
    subject,
    body,
    event:
      event && urls
        ? {
            title: text(event.title),
            titleLanguage: otherLanguage(event.title, recipient.language, network.mainLanguage),
            when: meetingSpan(t, recipient.language, event),
            page: urls.page,
            main,
            feedback: input.feedbackUrl
              ? { url: input.feedbackUrl, label: t('outreach.mail.feedback') }
              : null,
          }
        : null,
    footer: t('outreach.mail.footer', { list: text(input.list.name) }),
    sentBy: t('outreach.mail.sentBy'),
    networkName,
    networkUrl: `${input.publicUrl}/n/${network.slug}`,
    unsubscribe: input.unsubscribeUrl
      ? { url: input.unsubscribeUrl, label: t('outreach.mail.unsubscribe') }
      : null,
    eventPageLabel: t('outreach.mail.eventPage'),
  };
}

function mailText(p: MailParts): string {
  return [
    markdownToMailText(p.body),
    p.event
      ? [
          textParagraphs([`${p.event.title}\n${p.event.when}`]),
          p.event.feedback ? textLink({ text: p.event.feedback.label, url: p.event.feedback.url }) : '',
          p.event.main ? textLink({ text: p.event.main.label, url: p.event.main.url }) : '',
          textLink({ text: p.eventPageLabel, url: p.event.page }),
        ]
          .filter(Boolean)
          .join('\n\n')
      : '',
    `${textParagraphs([p.footer])}\n${p.sentBy} ${p.networkName}\n${p.networkUrl}`,
    p.unsubscribe ? textLink({ text: p.unsubscribe.label, url: p.unsubscribe.url }) : '',
  ]
    .filter(Boolean)
    .join('\n\n');
}

const button = (url: string, label: string) =>
  `<p style="margin:0 0 16px"><a href="${escapeHtml(url)}" style="display:inline-block;background:#2a6ebb;color:#ffffff;padding:10px 20px;border-radius:4px;text-decoration:none;font-weight:600">${escapeHtml(label)}</a></p>`;

function mailHtml(p: MailParts): string {
  const eventBlock = p.event
    ? `<div style="border:1px solid #c8cdd0;border-radius:4px;padding:16px;margin:0 0 16px">
<h2 style="font-size:20px;margin:0 0 8px"${p.event.titleLanguage ? ` lang="${p.event.titleLanguage}"` : ''}>${escapeHtml(p.event.title)}</h2>
<p style="margin:0 0 16px">${escapeHtml(p.event.when)}</p>
${p.event.feedback ? button(p.event.feedback.url, p.event.feedback.label) : ''}
${p.event.main ? button(p.event.main.url, p.event.main.label) : ''}
<p style="margin:0"><a href="${escapeHtml(p.event.page)}" style="color:#2a6ebb">${escapeHtml(p.eventPageLabel)}</a></p>
</div>`
    : '';
  return `<!doctype html><html lang="${p.language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(p.subject)}</title></head>
<body style="font-family:'Source Sans 3',Arial,sans-serif;font-size:16px;line-height:1.5;color:#1f2a33;max-width:600px;margin:0 auto;padding:24px">
<main>
${renderMarkdown(p.body)}
${eventBlock}
</main>
<footer style="border-top:1px solid #c8cdd0;margin-top:24px;padding-top:16px;font-size:14px;color:#3c4a55">
<p style="margin:0 0 8px">${escapeHtml(p.footer)}</p>
<p style="margin:0 0 8px">${escapeHtml(p.sentBy)} <a href="${escapeHtml(p.networkUrl)}" style="color:#2a6ebb">${escapeHtml(p.networkName)}</a></p>
${p.unsubscribe ? `<p style="margin:0"><a href="${escapeHtml(p.unsubscribe.url)}" style="color:#2a6ebb">${escapeHtml(p.unsubscribe.label)}</a></p>` : ''}
</footer>
</body></html>`;
}

/** A campaign passes the same event row for every message: its .ics is rendered once per language. */
const icsByEvent = new WeakMap<EventRow, Map<Language, string>>();
function icsOf(
  publicUrl: string,
  network: NetworkRow,
  event: EventRow,
  options: { language: Language; organizer: Organizer },
): string {
  const rendered = icsByEvent.get(event) ?? new Map<Language, string>();
  icsByEvent.set(event, rendered);
  let ics = rendered.get(options.language);
  if (ics === undefined) {
    ics = renderEventIcs(publicUrl, network, event, options);
    rendered.set(options.language, ics);
  }
  return ics;
}
