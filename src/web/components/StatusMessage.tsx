import { InlineAlert } from 'suomifi-ui-components';

/**
 * A polite live region that is always in the page, so that a message put in it is announced
 * (e.g. "Invitation sent to X").
 */
export function StatusMessage({ message, testId }: { message: string | null; testId?: string }) {
  return (
    <div role="status" data-testid={testId}>
      {message && (
        <InlineAlert status="neutral" mb="m">
          {message}
        </InlineAlert>
      )}
    </div>
  );
}
