import type { Language } from '#shared/languages.ts';
import { CAMPAIGN_TEMPLATES } from '#shared/outreach.ts';
import { ConfirmAction } from '../../../../components/ConfirmAction.tsx';
import { RadioGroupField } from '../../../../components/form/RadioGroupField.tsx';
import { useTranslation } from '../../../../lib/translation.tsx';
import { name, type Template } from './composer-values.ts';
import type { TemplateFill } from './use-template-fill.ts';

/** The template choice, and the question before a template replaces edited text. */
export function TemplateChoice({
  template,
  language,
  templates,
}: {
  template: Template;
  /** The main text's language, which the template is written in. */
  language: Language;
  templates: TemplateFill;
}) {
  const { t } = useTranslation();
  const templateLabel = (x: Template) => t(`outreachPage.template.${x === 'thank-you' ? 'thankYou' : x}`);
  return (
    <>
      <RadioGroupField
        name={name('template')}
        legend={t('outreachPage.composer.template')}
        hint={t('outreachPage.composer.templateHint', { language: t(`languageNames.${language}`) })}
        value={templates.replacing ?? template}
        onChange={templates.pickTemplate}
        options={CAMPAIGN_TEMPLATES.map((x) => ({ value: x, label: templateLabel(x) }))}
      />
      {templates.replacing && (
        <ConfirmAction
          question={t('outreachPage.composer.replaceQuestion', {
            template: templateLabel(templates.replacing),
          })}
          confirmText={t('outreachPage.composer.replace')}
          cancelText={t('outreachPage.composer.keep')}
          pending={false}
          onConfirm={templates.confirmReplace}
          onCancel={templates.cancelReplace}
        />
      )}
    </>
  );
}
