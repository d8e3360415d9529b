import { useParams } from 'react-router';
import { styled } from 'styled-components';
import { useInstallation } from '../api/get-installation.ts';
import { useNetwork } from '../api/get-network.ts';
import { ContactAddress } from '../components/ContactAddress.tsx';
import { AppLink } from '../components/links.tsx';
import { HostMark } from '../features/networks/components/HostMark.tsx';
import { useLocalized } from '../lib/localized.ts';
import { ACCESSIBILITY_PATH, privacyPath } from '../lib/paths.ts';
import { tokens } from '../lib/theme.ts';
import { useTranslation } from '../lib/translation.tsx';
import { Container } from './Container.tsx';

const Bar = styled.footer`
  background: ${tokens.surface};
  border-top: 1px solid ${tokens.borderLight};
  margin-top: ${tokens.space.xxxl};
  padding: ${tokens.space.l} 0;
`;

const Text = styled.p`
  ${tokens.type.bodySmall}
  color: ${tokens.text};
  margin: 0;
`;

const Links = styled.ul`
  ${tokens.type.bodySmall}
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens.space.xs} ${tokens.space.l};
  list-style: none;
  margin: 0 0 ${tokens.space.s};
  padding: 0;
`;

const Host = styled.div`
  margin: 0 0 ${tokens.space.s};
`;

/** On a network's pages: the organisation hosting it, with its logo. */
function FooterHost({ slug }: { slug: string }) {
  const network = useNetwork(slug).data;
  if (!network) return null;
  return (
    <Host>
      <HostMark host={network} size={40} withLabel testId="footer-host" />
    </Host>
  );
}

/** On a network's pages: its privacy notice and its organisers' address. */
function NetworkLinks({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const pick = useLocalized();
  const network = useNetwork(slug).data;
  if (!network) return null;
  const name = pick(network.name);
  return (
    <>
      <li>
        <AppLink to={privacyPath(slug)}>{t('footer.privacy', { network: name.text })}</AppLink>
      </li>
      {network.contactAddress && (
        <li>
          {t('contact.network')}: <ContactAddress address={network.contactAddress} />
        </li>
      )}
    </>
  );
}

/** Every page's footer: the accessibility statement, the contact addresses, and what Verkosto is. */
export function Footer() {
  const { t } = useTranslation();
  const slug = useParams().network;
  const contact = useInstallation().data?.contactAddress;
  return (
    <Bar>
      <Container>
        {slug && <FooterHost slug={slug} />}
        <nav aria-label={t('footer.nav')}>
          <Links>
            <li>
              <AppLink to={ACCESSIBILITY_PATH}>{t('footer.accessibility')}</AppLink>
            </li>
            {slug && <NetworkLinks slug={slug} />}
            {contact && (
              <li>
                {t('contact.installation')}: <ContactAddress address={contact} />
              </li>
            )}
          </Links>
        </nav>
        <Text>{t('footer.text')}</Text>
      </Container>
    </Bar>
  );
}
