import { styled } from 'styled-components';
import { Paragraph } from 'suomifi-ui-components';
import type { AccessibilityStatement, InstallationSettings } from '#shared/installation.ts';
import { ContactAddress } from '../../../components/ContactAddress.tsx';
import { RichText } from '../../../components/meeting/RichText.tsx';
import { PageSection } from '../../../components/PageSection.tsx';
import { useCalendarDate } from '../../../lib/date-time.ts';
import { useLocalized } from '../../../lib/localized.ts';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';

/** The authority's name, address lines and site, one under another. */
const Authority = styled.address`
  ${tokens.type.body}
  font-style: normal;
  & > * {
    display: block;
    white-space: pre-line;
    margin-bottom: ${tokens.space.xxs};
  }
`;

/** Markdown the admins wrote, in the reader's language where they gave it. */
function AdminText({ html, testId }: { html: AccessibilityStatement['knownIssuesHtml']; testId: string }) {
  const picked = useLocalized()(html);
  return (
    <div lang={picked.lang}>
      <RichText html={picked.text} testId={testId} />
    </div>
  );
}

/** Compliance, the known issues, and how and when accessibility was assessed. */
export function ComplianceSections({ statement }: { statement: AccessibilityStatement }) {
  const { t } = useTranslation();
  const date = useCalendarDate();
  const pick = useLocalized();
  return (
    <>
      <PageSection id="compliance-heading" title={t('accessibility.complianceHeading')}>
        <Paragraph data-testid="compliance">
          {t(`accessibility.compliance.${statement.compliance}`)}
        </Paragraph>
      </PageSection>
      <PageSection id="known-issues-heading" title={t('accessibility.knownIssuesHeading')}>
        {pick(statement.knownIssues).text ? (
          <AdminText html={statement.knownIssuesHtml} testId="known-issues" />
        ) : (
          <Paragraph>{t('accessibility.noKnownIssues')}</Paragraph>
        )}
      </PageSection>
      <PageSection id="assessment-heading" title={t('accessibility.assessmentHeading')}>
        {pick(statement.assessment).text && <AdminText html={statement.assessmentHtml} testId="assessment" />}
        <Paragraph mt="s">
          {t('accessibility.dates', {
            prepared: date(statement.preparedOn),
            updated: date(statement.updatedOn),
          })}
        </Paragraph>
      </PageSection>
    </>
  );
}

/** Where to give feedback and how soon it is answered (14 days unless the admins set another time). */
export function FeedbackSection({ settings }: { settings: InstallationSettings }) {
  const { t } = useTranslation();
  const feedbackUrl = settings.statement?.feedbackUrl;
  return (
    <PageSection id="feedback-heading" title={t('accessibility.feedbackHeading')}>
      <Paragraph mb="s">{t('accessibility.feedbackText')}</Paragraph>
      <ul>
        <li data-testid="feedback-contact">
          {t('accessibility.feedbackEmail')} <ContactAddress address={settings.contactAddress} />
        </li>
        {feedbackUrl && (
          <li>
            <a href={feedbackUrl}>{t('accessibility.feedbackForm')}</a>
          </li>
        )}
      </ul>
      <Paragraph>{t('accessibility.answerTime', { days: answerDays(settings) })}</Paragraph>
    </PageSection>
  );
}

const answerDays = (settings: InstallationSettings) => settings.statement?.answerDays ?? 14;

/** Where to turn when the feedback's answer does not satisfy: the supervisory authority. */
export function EnforcementSection({ settings }: { settings: InstallationSettings }) {
  const { t } = useTranslation();
  const pick = useLocalized();
  const authority = settings.supervisoryAuthority;
  const name = pick(authority.name);
  const address = pick(authority.address);
  return (
    <PageSection id="enforcement-heading" title={t('accessibility.enforcementHeading')}>
      <Paragraph mb="s">{t('accessibility.enforcementText', { days: answerDays(settings) })}</Paragraph>
      <Authority data-testid="supervisory-authority">
        <strong lang={name.lang}>{name.text}</strong>
        {address.text && <span lang={address.lang}>{address.text}</span>}
        <span>
          <a href={authority.url}>{t('accessibility.authorityLink')}</a> ({authority.url})
        </span>
      </Authority>
    </PageSection>
  );
}
