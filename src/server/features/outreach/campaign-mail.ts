import { eventUrls, type Organizer, renderEventIcs } from '#server/features/events/event-ics.ts';
import type { EventRow } from '#server/features/events/events.queries.ts';
import type { NetworkRow } from '#server/features/networks/networks.queries.ts';
import { escapeHtml } from '#server/platform/html.ts';
import { translator } from '#server/platform/i18n.ts';
import type { OutgoingMail } from '#server/platform/mail.ts';
import { markdownToText, renderMarkdown } from '#server/platform/markdown.ts';
import { type Language, localized } from '#shared/common.ts';
import type { CAMPAIGN_TEMPLATES, CampaignTranslations } from '#shared/outreach.ts';

export type CampaignMailInput = {
  publicUrl: string;
  network: NetworkRow;
  /** The list the recipient is on: its name is in the footer and its id in List-Id. */
  list: { id: string; name: string };
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
  /** One-click unsubscribe address (RFC 8058); absent in a test message. */
  unsubscribeUrl?: string;
  messageId: string;
};

/**
 * A campaign message for one recipient: accessible HTML and plain text in the recipient's
 * language, the event's details (an invitation also its join link and .ics), and List-Unsubscribe
 * headers.
 */
export function campaignMail(input: CampaignMailInput): OutgoingMail {
  const { network, event, recipient } = input;
  const t = translator(recipient.language);
  const { subject, body } = input.campaign.translations[recipient.language] ?? input.campaign;
  const networkName = localized(network.name, recipient.language);
  const networkUrl = `${input.publicUrl}/n/${network.slug}`;
  const when = event ? formatWhen(event, recipient.language) : '';
  const urls = event ? eventUrls(input.publicUrl, network, event.slug) : null;
  const footer = t('outreach.mail.footer', { list: input.list.name, network: networkName });
  const unsubscribe = input.unsubscribeUrl ? t('outreach.mail.unsubscribe') : '';
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

  const text = [
    markdownToText(body),
    event && urls
      ? [
          event.title,
          when,
          main ? `${main.label}: ${main.url}` : '',
          `${t('outreach.mail.eventPage')}: ${urls.page}`,
        ]
          .filter(Boolean)
          .join('\n')
      : '',
    `${footer}\n${networkUrl}`,
    input.unsubscribeUrl ? `${unsubscribe}: ${input.unsubscribeUrl}` : '',
  ]
    .filter(Boolean)
    .join('\n\n');

  const button = (url: string, label: string) =>
    `<p style="margin:0 0 16px"><a href="${escapeHtml(url)}" style="display:inline-block;background:#2a6ebb;color:#ffffff;padding:10px 20px;border-radius:4px;text-decoration:none;font-weight:600">${escapeHtml(label)}</a></p>`;
  const eventBlock =
    event && urls
      ? `<div style="border:1px solid #c8cdd0;border-radius:4px;padding:16px;margin:0 0 16px">
<h2 style="font-size:20px;margin:0 0 8px">${escapeHtml(event.title)}</h2>
<p style="margin:0 0 16px">${escapeHtml(when)}</p>
${main ? button(main.url, main.label) : ''}
<p style="margin:0"><a href="${escapeHtml(urls.page)}" style="color:#2a6ebb">${escapeHtml(t('outreach.mail.eventPage'))}</a></p>
</div>`
      : '';
  const html = `<!doctype html><html lang="${recipient.language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(subject)}</title></head>
<body style="font-family:'Source Sans 3',Arial,sans-serif;font-size:16px;line-height:1.5;color:#1f2a33;max-width:600px;margin:0 auto;padding:24px">
<main>
${renderMarkdown(body)}
${eventBlock}
</main>
<footer style="border-top:1px solid #c8cdd0;margin-top:24px;padding-top:16px;font-size:14px;color:#3c4a55">
<p style="margin:0 0 8px">${escapeHtml(footer)} <a href="${escapeHtml(networkUrl)}" style="color:#2a6ebb">${escapeHtml(networkName)}</a></p>
${input.unsubscribeUrl ? `<p style="margin:0"><a href="${escapeHtml(input.unsubscribeUrl)}" style="color:#2a6ebb">${escapeHtml(unsubscribe)}</a></p>` : ''}
</footer>
</body></html>`;

  return {
    to: recipient.email,
    subject,
    text,
    html,
    messageId: input.messageId,
    ...(input.unsubscribeUrl
      ? {
          // nodemailer keeps List-Id's <…> outside the encoded name, where filters read it (RFC 2919).
          list: {
            id: {
              url: `${input.list.id}.${network.slug}.${new URL(input.publicUrl).hostname}`,
              comment: input.list.name,
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
                name: networkName,
                email: input.sender.address,
              }),
              // RFC 6047: the method here and the calendar's METHOD are the same.
              contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
            },
          ]
        : [],
  };
}

/** A campaign passes the same event row for every message: its .ics is rendered once. */
const icsByEvent = new WeakMap<EventRow, string>();
function icsOf(publicUrl: string, network: NetworkRow, event: EventRow, organizer: Organizer): string {
  let ics = icsByEvent.get(event);
  if (ics === undefined) {
    ics = renderEventIcs(publicUrl, network, event, organizer);
    icsByEvent.set(event, ics);
  }
  return ics;
}

function formatWhen(event: EventRow, language: Language): string {
  const format = new Intl.DateTimeFormat(language, {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: event.timeZone,
  });
  const end = new Intl.DateTimeFormat(language, { timeStyle: 'short', timeZone: event.timeZone });
  return `${format.format(event.startsAt)}–${end.format(event.endsAt)} (${event.timeZone})`;
}
