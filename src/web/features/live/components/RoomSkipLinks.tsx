import { styled } from 'styled-components';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { type RoomPart, skipTarget } from './room-parts.ts';

const Links = styled.ul`
  /* The hidden links are positioned within the list, never below the page. */
  position: relative;
  list-style: none;
  margin: 0;
  padding: 0;
`;

/** Out of sight until focused, then shown in place above the room. */
const SkipLink = styled.a`
  ${tokens.type.label}
  &:not(:focus) {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0, 0, 0, 0);
    white-space: nowrap;
  }
  &:focus {
    display: inline-block;
    margin-bottom: ${tokens.space.s};
    padding: ${tokens.space.xs} ${tokens.space.s};
    background: ${tokens.surface};
    color: ${tokens.highlightDark};
    outline: 3px solid ${tokens.focus};
  }
`;

/** Links past the reactions and the long lists, straight to writing, the questions or the polls. */
export function RoomSkipLinks({ parts, onSkip }: { parts: RoomPart[]; onSkip: (part: RoomPart) => void }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('live.skip.label')}>
      <Links>
        {parts.map((part) => (
          <li key={part}>
            <SkipLink
              href={`#${skipTarget(part)}`}
              onClick={(event) => {
                event.preventDefault();
                onSkip(part);
              }}
            >
              {t(`live.skip.${part}`)}
            </SkipLink>
          </li>
        ))}
      </Links>
    </nav>
  );
}
