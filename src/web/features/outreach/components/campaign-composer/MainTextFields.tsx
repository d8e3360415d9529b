import type { Language } from '#shared/languages.ts';
import { CampaignInputSchema } from '#shared/outreach.ts';
import { TextAreaField } from '../../../../components/form/TextAreaField.tsx';
import { TextField } from '../../../../components/form/TextField.tsx';
import { MarkdownPreview } from '../../../../components/MarkdownPreview.tsx';
import { fieldId } from '../../../../lib/forms.ts';
import { maxLengthOf } from '../../../../lib/limits.ts';
import { useTranslation } from '../../../../lib/translation.tsx';
import { type CampaignText, GroupHint } from '../CampaignTranslations.tsx';
import { MainText } from './composer-styles.ts';
import { name } from './composer-values.ts';

/** The main text's subject and Markdown body with its preview, in the main text's language. */
export function MainTextFields({
  language,
  text,
  onChange,
  errors,
}: {
  language: Language;
  text: CampaignText;
  /** Each field changes on its own, so a template filling the other meanwhile is kept. */
  onChange: (field: keyof CampaignText, value: string) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const mainHintId = `${fieldId(name('main'))}-hint`;
  return (
    <MainText aria-describedby={mainHintId}>
      <legend>{t('outreachPage.composer.mainText')}</legend>
      <GroupHint id={mainHintId}>
        {t('outreachPage.composer.mainTextHint', { language: t(`form.inLanguage.${language}`) })}
      </GroupHint>
      <TextField
        name={name('subject')}
        labelText={t('outreachPage.composer.subject')}
        value={text.subject}
        onChange={(value) => onChange('subject', value)}
        errors={errors}
        maxLength={maxLengthOf(CampaignInputSchema, 'subject')}
        required
      />
      <TextAreaField
        name={name('body')}
        labelText={t('outreachPage.composer.body')}
        hintText={t('outreachPage.composer.bodyHint')}
        value={text.body}
        onChange={(value) => onChange('body', value)}
        errors={errors}
        rows={10}
      />
      <MarkdownPreview markdown={text.body} field={t('outreachPage.composer.body')} />
    </MainText>
  );
}
