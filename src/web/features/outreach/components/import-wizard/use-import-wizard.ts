import { useState } from 'react';
import { useFormState } from '../../../../components/form/useFormState.ts';
import { useRefreshLists } from '../../api/list-lists.ts';
import { changeMappingStep, importRowsStep, type Pending, showPreviewStep } from './import-steps.ts';
import { useImportMessages } from './use-import-messages.ts';
import { useImportPreview } from './use-import-preview.ts';

/** The wizard's steps as state: the chosen file, its preview and column mapping, then the import. */
export function useImportWizard(network: string, listId: string, listName: string) {
  const form = useFormState();
  const refresh = useRefreshLists(network);
  const messages = useImportMessages();
  const view = useImportPreview();
  const [file, setFile] = useState<File | null>(null);
  const [fileKey, setFileKey] = useState(0);
  const [pending, setPending] = useState<Pending>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const steps = { network, listId, file, form, view, pending, setPending, setNotice, messages };

  function chooseFile(chosen: File | null) {
    setFile(chosen);
    view.forget();
    view.setMappingError(null);
  }

  function reset(message: string | null) {
    chooseFile(null);
    setFileKey((k) => k + 1);
    setNotice(message);
    form.clear();
  }

  const { header, mapping, preview, mappingError } = view;
  const state = { form, file, fileKey, header, mapping, preview, mappingError, pending, notice };
  return {
    ...state,
    reset,
    chooseFile,
    showPreview: showPreviewStep(steps),
    changeMapping: changeMappingStep(steps),
    importRows: importRowsStep(steps, async (result) => {
      await refresh();
      const { added: count, skipped } = result;
      reset(messages.t('outreachPage.import.done', { count, skipped, list: listName }));
    }),
  };
}
