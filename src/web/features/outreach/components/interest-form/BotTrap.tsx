import { styled } from 'styled-components';
import { useTranslation } from '../../../../lib/translation.tsx';

/** The bot trap: out of sight and out of the keyboard's and screen readers' way; bots fill it. */
const Trap = styled.div`
  position: absolute;
  left: -10000px;
  top: auto;
  width: 1px;
  height: 1px;
  overflow: hidden;
`;

/** A field people never see; the server drops a form that has it filled. */
export function BotTrap({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  return (
    <Trap aria-hidden="true">
      <label htmlFor="field-website">{t('outreachPage.interest.trap')}</label>
      <input
        id="field-website"
        name="website"
        type="text"
        tabIndex={-1}
        autoComplete="off"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </Trap>
  );
}
