import { useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import { findInputFault } from '#shared/storable.ts';
import {
  type FieldErrors,
  fieldId,
  requestErrorMessage,
  serverFieldErrors,
  validationErrors,
} from '../../lib/forms.ts';
import { useTranslation } from '../../lib/translation.tsx';

interface FailOptions {
  /** Our own text for the server's field errors, by path. */
  fields?: Record<string, string>;
  /** Our own text for the whole form, by HTTP status. */
  status?: Record<number, string>;
}

/** Messages of errors that no field in the form shows (a field `x` shows `x` and, as a group, `x.fi`). */
function unshown(form: HTMLFormElement | null, fieldErrors: FieldErrors): string[] {
  if (!form) return [];
  const shows = (id: string) => form.querySelector(`#${CSS.escape(id)}`) !== null;
  return Object.entries(fieldErrors)
    .filter(([path]) => !shows(fieldId(path)) && !shows(fieldId(`${path}.fi`)))
    .map(([, message]) => message);
}

/**
 * Field and form errors of one form. After a failed submit, focus moves to the first invalid
 * field (its message is tied to it with aria-describedby) and the form error is announced.
 */
export function useFormState(initial?: { failure: unknown; options?: FailOptions }) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  // A page can start with a refused submit: a form posted without JavaScript comes back with it.
  const [errors, setErrors] = useState<FieldErrors>(() =>
    initial ? serverFieldErrors(initial.failure, initial.options?.fields) : {},
  );
  const [formError, setFormError] = useState<string | null>(() =>
    initial ? requestErrorMessage(initial.failure, t, initial.options?.status) : null,
  );
  const [failures, setFailures] = useState(0);

  useEffect(() => {
    if (failures === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [failures]);

  function show(fieldErrors: FieldErrors, message: string) {
    setErrors(fieldErrors);
    setFormError([message, ...unshown(formRef.current, fieldErrors)].join(' '));
    if (Object.keys(fieldErrors).length) setFailures((n) => n + 1);
  }

  /** Checks `value` against `schema`; returns the parsed value, or null after showing the errors. */
  function validate<S extends z.ZodType>(
    schema: S,
    value: unknown,
    ruleMessages?: Record<string, string>,
  ): z.output<S> | null {
    // The server's rule first, so the form names the field in the reader's language.
    const fault = findInputFault(value);
    if (fault) {
      show({ [fault.path]: t('validation.unstorable') }, t('errors.formHasErrors'));
      return null;
    }
    const parsed = schema.safeParse(value);
    if (parsed.success) {
      setErrors({});
      setFormError(null);
      return parsed.data;
    }
    show(validationErrors(parsed.error, t, ruleMessages), t('errors.formHasErrors'));
    return null;
  }

  /** Shows a failed request's errors. */
  function fail(error: unknown, options: FailOptions = {}) {
    show(serverFieldErrors(error, options.fields), requestErrorMessage(error, t, options.status));
  }

  function clear() {
    setErrors({});
    setFormError(null);
  }

  return { formRef, errors, formError, validate, fail, clear };
}
