import { type Dispatch, type SetStateAction, useCallback, useEffect, useRef, useState } from 'react';
import { LANGUAGES, type Language, type LocalizedText } from '#shared/languages.ts';
import { CAMPAIGN_TEMPLATES } from '#shared/outreach.ts';
import { type TemplateEvent, type TextTemplate, templateText } from '../../templates.ts';
import type { CampaignText } from '../CampaignTranslations.tsx';
import { EMPTY, type Slot, textOf, type Values, withText } from './composer-values.ts';

interface TemplateFillOptions {
  values: Values;
  setValues: Dispatch<SetStateAction<Values>>;
  /** The main text's language. */
  language: Language;
  networkName: LocalizedText;
  templateEvent: TemplateEvent | null;
}

type Prefilled = Partial<Record<Slot, CampaignText>>;

/**
 * Templates fill the texts: in each text's language, about the chosen meeting, refreshed while
 * nobody has edited them; replacing edited text asks first.
 */
export function useTemplateFill(options: TemplateFillOptions) {
  const { values, setValues } = options;
  const prefilled = usePrefilled(values);
  const fills = useLatestFill(options, prefilled.setPrefilled);
  const { fill } = fills;
  const { untouchedNow, untouchedSlot } = prefilled;

  // A template's texts follow the chosen list's language and the meeting while nobody edited them.
  useEffect(() => {
    if (values.template !== 'custom') void fill(values.template, untouchedNow.current);
  }, [fill, values.template, untouchedNow]);

  function toggleTranslation(target: Language, open: boolean) {
    setValues((v) => ({
      ...v,
      open: open ? [...v.open.filter((l) => l !== target), target] : v.open.filter((l) => l !== target),
    }));
    // A newly opened text starts from the chosen template in its own language.
    if (open && values.template !== 'custom' && untouchedSlot(target)) void fill(values.template, [target]);
  }

  return { ...useTemplateChoice(setValues, { ...prefilled, ...fills }), toggleTranslation };
}

/** Picking a template: it replaces text nobody edited at once, edited text only after asking. */
function useTemplateChoice(
  setValues: Dispatch<SetStateAction<Values>>,
  texts: ReturnType<typeof usePrefilled> & ReturnType<typeof useLatestFill>,
) {
  const { prefilled, setPrefilled, slots, untouchedSlot, fill, cancelFills } = texts;
  const [replacing, setReplacing] = useState<TextTemplate | null>(null);

  function pickTemplate(value: string) {
    const template = CAMPAIGN_TEMPLATES.find((x) => x === value) ?? 'custom';
    setReplacing(null);
    if (template === 'custom') {
      // Text a template put in and nobody changed goes with the template; edited text stays.
      const cleared = slots.filter((slot) => untouchedSlot(slot) && prefilled[slot]);
      cancelFills();
      setValues((v) =>
        cleared.reduce<Values>((next, slot) => withText(next, slot, EMPTY), { ...v, template }),
      );
      setPrefilled((p) =>
        Object.fromEntries(Object.entries(p).filter(([slot]) => !cleared.includes(slot as Slot))),
      );
      return;
    }
    if (slots.every(untouchedSlot)) {
      setValues((v) => ({ ...v, template }));
      return;
    }
    setReplacing(template);
  }

  function confirmReplace() {
    const template = replacing;
    if (!template) return;
    setReplacing(null);
    setValues((v) => ({ ...v, template }));
    void fill(template, slots);
  }

  return { replacing, pickTemplate, confirmReplace, cancelReplace: () => setReplacing(null) };
}

/** The text the last template put in, by slot; while a text is still that, choices refresh it. */
function usePrefilled(values: Values) {
  const [prefilled, setPrefilled] = useState<Prefilled>({});
  /** The main text and the open languages. */
  const slots: Slot[] = ['main', ...LANGUAGES.filter((l) => values.open.includes(l))];
  const untouchedSlot = (slot: Slot) => {
    const text = textOf(values, slot);
    const before = prefilled[slot] ?? EMPTY;
    return text.subject === before.subject && text.body === before.body;
  };
  // Read by the fill effect, which runs on a template or language change only.
  const untouchedNow = useRef<Slot[]>([]);
  untouchedNow.current = slots.filter(untouchedSlot);
  return { prefilled, setPrefilled, slots, untouchedSlot, untouchedNow };
}

/** Fills slots with a template's text; of each slot's fills only the latest lands. */
function useLatestFill(
  { setValues, language, networkName, templateEvent }: TemplateFillOptions,
  setPrefilled: Dispatch<SetStateAction<Prefilled>>,
) {
  const fills = useRef<Record<Slot, number>>({ main: 0, fi: 0, sv: 0, en: 0 });
  const fill = useCallback(
    (template: TextTemplate, targets: readonly Slot[]) =>
      Promise.all(
        targets.map(async (slot) => {
          const mine = ++fills.current[slot];
          const text = await templateText(
            template,
            slot === 'main' ? language : slot,
            networkName,
            templateEvent,
          );
          if (mine !== fills.current[slot]) return;
          setValues((v) => withText(v, slot, text));
          setPrefilled((p) => ({ ...p, [slot]: text }));
        }),
      ),
    [language, networkName, templateEvent, setValues, setPrefilled],
  );
  /** Drops every fill still running. */
  const cancelFills = () => {
    for (const slot of LANGUAGES) fills.current[slot]++;
    fills.current.main++;
  };
  return { fill, cancelFills };
}

export type TemplateFill = ReturnType<typeof useTemplateFill>;
