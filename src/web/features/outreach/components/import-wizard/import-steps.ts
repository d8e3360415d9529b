import type { Dispatch, SetStateAction } from 'react';
import { z } from 'zod';
import type { IMPORT_FIELDS, ImportPreview, ImportResult } from '#shared/outreach.ts';
import type { useFormState } from '../../../../components/form/useFormState.ts';
import { previewImport } from '../../api/preview-import.ts';
import { runImport } from '../../api/run-import.ts';
import type { ImportMessages } from './use-import-messages.ts';
import type { ImportPreviewState } from './use-import-preview.ts';

export type ImportField = (typeof IMPORT_FIELDS)[number];
export type Pending = 'preview' | 'import' | null;

/** What each step of the wizard reads and sets. */
export interface ImportSteps {
  network: string;
  listId: string;
  file: File | null;
  form: ReturnType<typeof useFormState>;
  view: ImportPreviewState;
  pending: Pending;
  setPending: Dispatch<SetStateAction<Pending>>;
  setNotice: Dispatch<SetStateAction<string | null>>;
  messages: ImportMessages;
}

/** Runs one request of the wizard, naming it as pending meanwhile. */
async function pendingWhile(steps: ImportSteps, kind: 'preview' | 'import', request: () => Promise<void>) {
  steps.setPending(kind);
  try {
    await request();
  } finally {
    steps.setPending(null);
  }
}

/** The form's submit: the chosen file's preview with the columns as the server guesses them. */
export const showPreviewStep = (steps: ImportSteps) => async (event: React.FormEvent) => {
  event.preventDefault();
  const { file, form, view, messages } = steps;
  if (steps.pending) return;
  steps.setNotice(null);
  const chosen = form.validate(
    z.object({ file: z.custom<File>((value) => value instanceof File) }),
    { file },
    { file: messages.t('outreachPage.import.chooseFile') },
  );
  if (!chosen || !file) return;
  await pendingWhile(steps, 'preview', async () => {
    try {
      const result = await previewImport(steps.network, steps.listId, file, null);
      form.clear();
      view.setHeader(result.header);
      view.setMapping(result.mapping);
      showResult(steps, result);
    } catch (error) {
      view.forget();
      form.fail(error, { fields: { file: messages.fileMessage(error) } });
    }
  });
};

/** Another column mapping: previewed again by the server. */
export const changeMappingStep = (steps: ImportSteps) => async (index: number, field: ImportField) => {
  const { file, view } = steps;
  if (!file || !view.mapping) return;
  const next = view.mapping.map((f, i) => (i === index ? field : f));
  view.setMapping(next);
  steps.setNotice(null);
  await pendingWhile(steps, 'preview', async () => {
    try {
      showResult(steps, await previewImport(steps.network, steps.listId, file, next));
    } catch (error) {
      view.setPreview(null);
      view.setMappingError(steps.messages.mappingMessage(error));
    }
  });
};

function showResult({ view, setNotice, messages }: ImportSteps, result: ImportPreview) {
  view.setPreview(result);
  view.setMappingError(null);
  setNotice(messages.summary(result));
}

/** The last step: the import itself, with the previewed mapping. */
export const importRowsStep =
  (steps: ImportSteps, onDone: (result: ImportResult) => Promise<void>) => async () => {
    const { file, view, pending } = steps;
    if (!file || !view.mapping || !view.preview || pending) return;
    const mapping = view.mapping;
    await pendingWhile(steps, 'import', async () => {
      try {
        await onDone(await runImport(steps.network, steps.listId, file, mapping));
      } catch (error) {
        steps.form.fail(error, { fields: { file: steps.messages.fileMessage(error) } });
      }
    });
  };
