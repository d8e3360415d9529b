import type { ComponentPropsWithoutRef, ElementType } from 'react';
import type { LocalizedText } from '#shared/languages.ts';
import { useLocalized } from '../lib/localized.ts';
import { RichText } from './meeting/RichText.tsx';

type LocalizedProps<E extends ElementType> = {
  text: LocalizedText;
  /** The element to render, `span` unless told. */
  as?: E;
} & Omit<ComponentPropsWithoutRef<E>, 'children' | 'lang' | 'as'>;

/**
 * A text organisers wrote, in the reader's language where they gave it. When it falls back to
 * another language, the element says which (`lang`), so a screen reader reads it in the right voice.
 */
export function Localized<E extends ElementType = 'span'>({ text, as, ...rest }: LocalizedProps<E>) {
  const picked = useLocalized()(text);
  const Element: ElementType = as ?? 'span';
  return (
    <Element {...rest} lang={picked.lang}>
      {picked.text}
    </Element>
  );
}

/** Markdown the server rendered and sanitised, per language; the wrapper carries the `lang`. */
export function LocalizedHtml({ html, testId }: { html: LocalizedText; testId?: string }) {
  const picked = useLocalized()(html);
  return <RichText html={picked.text} testId={testId} lang={picked.lang} />;
}

const SLOT = '\u0000';

/**
 * A translated phrase with a localized text in it ("Live room: <title>"), the text in its own
 * element so that it can carry its language. `phrase` gets the place of the text.
 */
export function PhraseWith({ phrase, text }: { phrase: (slot: string) => string; text: LocalizedText }) {
  const [before, after = ''] = phrase(SLOT).split(SLOT);
  return (
    <>
      {before}
      <Localized text={text} />
      {after}
    </>
  );
}
