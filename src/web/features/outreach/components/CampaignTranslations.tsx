import { styled } from 'styled-components';
import type { Language } from '#shared/languages.ts';
import { CampaignTranslationsSchema } from '#shared/outreach.ts';
import { ChoiceRow, Fieldset, Hint } from '../../../components/form/fieldStyles.ts';
import { TextAreaField } from '../../../components/form/TextAreaField.tsx';
import { TextField } from '../../../components/form/TextField.tsx';
import { MarkdownPreview } from '../../../components/MarkdownPreview.tsx';
import { type FieldErrors, fieldId } from '../../../lib/forms.ts';
import { maxLengthOf } from '../../../lib/limits.ts';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';

export interface CampaignText {
  subject: string;
  body: string;
}

const Toggle = styled(ChoiceRow)`
  margin: 0 0 ${tokens.space.s};
`;

/** A group's hint, with room before the fields under it. */
export const GroupHint = styled(Hint)`
  margin-bottom: ${tokens.space.s};
`;

const Description = styled.span`
  display: block;
  ${tokens.type.bodySmall}
`;

/** The fields of one language, set off from the toggles by a bar on the left. */
const Section = styled.div`
  border-left: 4px solid ${tokens.borderLight};
  padding: ${tokens.space.xs} 0 ${tokens.space.xxs} ${tokens.space.m};
  margin: 0 0 ${tokens.space.m} 9px;

  & > :last-child {
    margin-bottom: 0;
  }

  @media (max-width: 40rem) {
    padding-left: ${tokens.space.s};
    margin-left: 0;
  }
`;

interface CampaignTranslationsProps {
  /** The composer's field path prefix (`campaign.`). */
  prefix: string;
  /** The languages offered, in order. */
  languages: readonly Language[];
  /** The languages of the chosen lists: noted under their toggles. */
  listLanguages: readonly Language[];
  open: readonly Language[];
  texts: Record<Language, CampaignText>;
  onToggle: (language: Language, open: boolean) => void;
  onChange: (language: Language, text: CampaignText) => void;
  errors: FieldErrors;
}

/**
 * "Text in other languages": for each language a checkbox that reveals a subject and a Markdown
 * message with a preview. Only the ticked languages are sent.
 */
export function CampaignTranslations({
  prefix,
  languages,
  listLanguages,
  open,
  texts,
  onToggle,
  onChange,
  errors,
}: CampaignTranslationsProps) {
  const { t } = useTranslation();
  const id = fieldId(`${prefix}translations`);
  return (
    <Fieldset id={id} aria-describedby={`${id}-hint`}>
      <legend>{t('outreachPage.composer.translations')}</legend>
      <GroupHint id={`${id}-hint`}>{t('outreachPage.composer.translationsHint')}</GroupHint>
      {languages.map((language) => {
        const shown = open.includes(language);
        const toggleId = `${id}-${language}`;
        const sectionId = `${toggleId}-fields`;
        return (
          <div key={language}>
            <LanguageToggle
              id={toggleId}
              sectionId={sectionId}
              language={language}
              shown={shown}
              fromList={listLanguages.includes(language)}
              onToggle={(checked) => onToggle(language, checked)}
            />
            {shown && (
              <TranslationFields
                id={sectionId}
                path={`${prefix}translations.${language}`}
                language={language}
                text={texts[language]}
                onChange={(text) => onChange(language, text)}
                errors={errors}
              />
            )}
          </div>
        );
      })}
    </Fieldset>
  );
}

interface LanguageToggleProps {
  id: string;
  /** The id of the fields it reveals. */
  sectionId: string;
  language: Language;
  shown: boolean;
  /** One of the chosen lists is in this language. */
  fromList: boolean;
  onToggle: (open: boolean) => void;
}

/** The checkbox that reveals one language's fields. */
function LanguageToggle({ id, sectionId, language, shown, fromList, onToggle }: LanguageToggleProps) {
  const { t } = useTranslation();
  return (
    <Toggle>
      <input
        id={id}
        type="checkbox"
        checked={shown}
        aria-expanded={shown}
        aria-controls={shown ? sectionId : undefined}
        aria-describedby={fromList ? `${id}-description` : undefined}
        onChange={(event) => onToggle(event.target.checked)}
      />
      <div>
        <label htmlFor={id}>{t(`outreachPage.composer.addText.${language}`)}</label>
        {fromList && (
          <Description id={`${id}-description`}>{t('outreachPage.composer.listLanguage')}</Description>
        )}
      </div>
    </Toggle>
  );
}

interface TranslationFieldsProps {
  id: string;
  /** The field path of this language's text (`campaign.translations.sv`). */
  path: string;
  language: Language;
  text: CampaignText;
  onChange: (text: CampaignText) => void;
  errors: FieldErrors;
}

/** One language's subject and message, with the message's preview. */
function TranslationFields({ id, path, language, text, onChange, errors }: TranslationFieldsProps) {
  const { t } = useTranslation();
  const inLanguage = t(`form.inLanguage.${language}`);
  const bodyLabel = t('form.fieldInLanguage', {
    field: t('outreachPage.composer.body'),
    language: inLanguage,
  });
  return (
    <Section id={id} data-testid={`translation-${language}`}>
      <TextField
        name={`${path}.subject`}
        labelText={t('form.fieldInLanguage', {
          field: t('outreachPage.composer.subject'),
          language: inLanguage,
        })}
        value={text.subject}
        onChange={(subject) => onChange({ ...text, subject })}
        errors={errors}
        maxLength={maxLengthOf(CampaignTranslationsSchema, `${language}.subject`)}
        lang={language}
      />
      <TextAreaField
        name={`${path}.body`}
        labelText={bodyLabel}
        hintText={t('outreachPage.composer.bodyHint')}
        value={text.body}
        onChange={(body) => onChange({ ...text, body })}
        errors={errors}
        rows={10}
        lang={language}
      />
      <MarkdownPreview markdown={text.body} field={bodyLabel} />
    </Section>
  );
}
