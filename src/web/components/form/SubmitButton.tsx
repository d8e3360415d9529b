import type { ReactNode } from 'react';
import { Button } from 'suomifi-ui-components';
import { useTranslation } from '../../lib/translation.tsx';

interface SubmitButtonProps {
  pending: boolean;
  children: ReactNode;
  variant?: 'default' | 'secondary';
  /** `button` for a plain action button; `submit` (default) submits its form. */
  type?: 'submit' | 'button';
  onClick?: () => void;
  /** Not yet usable (e.g. until the app runs): the button cannot be pressed, nor its form sent by Enter. */
  disabled?: boolean;
}

/**
 * A Suomi.fi button that shows progress while `pending`. It stays focusable (aria-disabled) so
 * keyboard focus is not lost, and its name stays the same for assistive tech and tests.
 */
export function SubmitButton({
  pending,
  children,
  variant = 'default',
  type = 'submit',
  onClick,
  disabled,
}: SubmitButtonProps) {
  const { t } = useTranslation();
  const loading = pending ? { loading: true as const, ariaLoadingText: t('common.working') } : {};
  return (
    <Button type={type} variant={variant} onClick={onClick} disabled={disabled} {...loading}>
      {children}
    </Button>
  );
}
