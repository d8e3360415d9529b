import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';

interface SubmitButtonProps {
  pending: boolean;
  children: ReactNode;
  variant?: 'default' | 'secondary';
  /** `button` for a plain action button; `submit` (default) submits its form. */
  type?: 'submit' | 'button';
  onClick?: () => void;
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
}: SubmitButtonProps) {
  const { t } = useTranslation();
  const loading = pending ? { loading: true as const, ariaLoadingText: t('common.working') } : {};
  return (
    <Button type={type} variant={variant} onClick={onClick} {...loading}>
      {children}
    </Button>
  );
}
