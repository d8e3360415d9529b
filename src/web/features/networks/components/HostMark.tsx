import { styled } from 'styled-components';
import type { LocalizedText } from '#shared/languages.ts';
import { useLocalized } from '../../../lib/localized.ts';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';

const Mark = styled.span<{ $size: number }>`
  display: inline-flex;
  align-items: center;
  gap: ${tokens.space.xs};
  ${tokens.type.bodySmall}
  color: ${tokens.text};
  & > img {
    display: block;
    max-height: ${({ $size }) => $size}px;
    max-width: ${({ $size }) => $size * 4}px;
    width: auto;
    height: auto;
  }
`;

interface HostMarkProps {
  host: { hostName: LocalizedText; logoUrl: string | null };
  /** The logo's height in px. */
  size?: number;
  /** Says "Hosted by" before the name. */
  withLabel?: boolean;
  /** The logo alone, named by the host's name. */
  logoOnly?: boolean;
  testId?: string;
}

/** The hosting organisation: its logo and name; nothing when the network names no host. */
export function HostMark({ host, size = 32, withLabel = false, logoOnly = false, testId }: HostMarkProps) {
  const { t } = useTranslation();
  const pick = useLocalized();
  const name = pick(host.hostName);
  if (logoOnly ? !host.logoUrl : !name.text && !host.logoUrl) return null;
  // With the name beside it, the logo repeats it: it is decoration then.
  const alt = name.text && !logoOnly ? '' : name.text || t('networks.host.logo');
  return (
    <Mark $size={size} data-testid={testId}>
      {host.logoUrl && <img src={host.logoUrl} alt={alt} height={size} />}
      {name.text && !logoOnly && (
        <span>
          {withLabel && `${t('networks.host.label')} `}
          <span lang={name.lang}>{name.text}</span>
        </span>
      )}
    </Mark>
  );
}
