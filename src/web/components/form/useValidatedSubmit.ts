import { useState } from 'react';
import type { z } from 'zod';
import { useFormState } from './useFormState.ts';

/**
 * A form that sends one whole value: checked against `schema` first (errors at their fields),
 * then given to `send`; a refused request shows the server's field errors the same way.
 */
export function useValidatedSubmit<S extends z.ZodType>(
  schema: S,
  payload: () => unknown,
  send: (value: z.output<S>) => Promise<void>,
) {
  const form = useFormState();
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (pending) return;
    const value = form.validate(schema, payload());
    if (!value) return;
    setPending(true);
    try {
      await send(value);
    } catch (error) {
      form.fail(error);
    } finally {
      setPending(false);
    }
  }

  return { form, pending, submit };
}
