import { InlineAlert } from 'suomifi-ui-components';
import { useErrorText } from '../format.ts';
import type { ErrorTarget } from '../live-client.ts';
import { useRoomContext } from './room-context.ts';

/**
 * The latest refusal concerning one part of the room (a form, a list), shown next to it and
 * announced; the region is always there so that a new error is read out.
 */
export function ErrorNote({ target, id }: { target: ErrorTarget; id?: string }) {
  const { state } = useRoomContext();
  const text = useErrorText();
  const error = state.errors[target];
  return (
    <div role="alert" id={id} data-testid={`live-error-${target}`}>
      {error && (
        <InlineAlert status="error" key={error.id} mb="s">
          {text(error)}
        </InlineAlert>
      )}
    </div>
  );
}
