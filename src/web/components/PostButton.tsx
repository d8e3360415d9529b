import { useLocation } from 'react-router';
import { Button } from 'suomifi-ui-components';

/**
 * A plain form that posts to the page's own address and comes back to it (the server answers
 * 303), so the link's action works the same with or without JavaScript.
 */
export function PostButton({ label, list, testId }: { label: string; list?: string; testId?: string }) {
  const { pathname, search } = useLocation();
  return (
    <form method="post" action={`${pathname}${search}`}>
      {list && <input type="hidden" name="list" value={list} />}
      <Button type="submit" data-testid={testId}>
        {label}
      </Button>
    </form>
  );
}
