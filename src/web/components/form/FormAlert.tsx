import { InlineAlert } from 'suomifi-ui-components';

/** A form-level error, announced when it appears. */
export function FormAlert({ message }: { message: string | null }) {
  return <div role="alert">{message && <InlineAlert status="error">{message}</InlineAlert>}</div>;
}
