import { useState } from 'react';
import { styled } from 'styled-components';
import { Button, Heading, Paragraph } from 'suomifi-ui-components';
import type { Theme } from '#shared/events.ts';
import { ConfirmAction } from '../../../components/ConfirmAction.tsx';
import { Localized } from '../../../components/Localized.tsx';
import { requestErrorMessage } from '../../../lib/forms.ts';
import { useLocalized } from '../../../lib/localized.ts';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { useDeleteTheme } from '../api/delete-theme.ts';
import { useUpdateTheme } from '../api/update-theme.ts';
import { formatMonth } from './format.ts';
import { ThemeForm } from './ThemeForm.tsx';

const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens.space.xs};
  margin-top: ${tokens.space.xs};
`;

interface ThemeItemProps {
  network: string;
  theme: Theme;
  position: number;
  count: number;
  onMove: (id: string, by: -1 | 1) => void;
}

/** The theme's title, and when it is meant for and how far its planning is. */
function ThemeSummary({ theme }: { theme: Theme }) {
  const { t, i18n } = useTranslation();
  const month = theme.intendedMonth
    ? formatMonth(theme.intendedMonth, i18n.language)
    : t('programme.themes.noMonth');
  return (
    <>
      <Heading variant="h3">
        <Localized text={theme.title} />
      </Heading>
      <Paragraph>
        {t('programme.themes.summary', { month, status: t(`programme.themeStatus.${theme.status}`) })}
      </Paragraph>
    </>
  );
}

/** The buttons that move a theme one place up or down (the list's keyboard way of reordering). */
function MoveButtons({ theme, position, count, onMove }: Omit<ThemeItemProps, 'network'>) {
  const { t } = useTranslation();
  const title = useLocalized()(theme.title).text;
  return (
    <>
      <Button
        variant="secondary"
        data-move="up"
        aria-label={t('programme.themes.moveUpNamed', { title })}
        disabled={position === 0}
        onClick={() => onMove(theme.id, -1)}
      >
        {t('programme.themes.moveUp')}
      </Button>
      <Button
        variant="secondary"
        data-move="down"
        aria-label={t('programme.themes.moveDownNamed', { title })}
        disabled={position === count - 1}
        onClick={() => onMove(theme.id, 1)}
      >
        {t('programme.themes.moveDown')}
      </Button>
    </>
  );
}

/** The theme's edit form, in the list item's place; saving or cancelling closes it. */
function ThemeEditor({ network, theme, onClose }: { network: string; theme: Theme; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateTheme(network, theme.id);
  return (
    <ThemeForm
      scope={`theme-${theme.id}`}
      initial={theme}
      submitText={t('programme.themes.save')}
      onSubmit={async (input) => {
        await update.mutateAsync(input);
        onClose();
      }}
      onCancel={onClose}
    />
  );
}

/** One theme of the programme: what it is, and buttons to move, edit and delete it. */
export function ThemeItem({ network, theme, position, count, onMove }: ThemeItemProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const remove = useDeleteTheme(network);
  const title = useLocalized()(theme.title).text;

  if (editing) return <ThemeEditor network={network} theme={theme} onClose={() => setEditing(false)} />;
  return (
    <>
      <ThemeSummary theme={theme} />
      <Actions>
        <MoveButtons theme={theme} position={position} count={count} onMove={onMove} />
        <Button
          variant="secondary"
          aria-label={t('programme.themes.editNamed', { title })}
          onClick={() => setEditing(true)}
        >
          {t('programme.themes.edit')}
        </Button>
        <Button
          variant="secondary"
          aria-label={t('programme.themes.deleteNamed', { title })}
          onClick={() => setConfirming(true)}
        >
          {t('programme.themes.delete')}
        </Button>
      </Actions>
      {confirming && (
        <ConfirmAction
          question={t('programme.themes.confirmDelete', { title })}
          confirmText={t('programme.themes.delete')}
          cancelText={t('common.cancel')}
          pending={remove.isPending}
          onConfirm={() => remove.mutate(theme.id, { onSuccess: () => setConfirming(false) })}
          onCancel={() => setConfirming(false)}
        />
      )}
      {remove.error && <Paragraph role="alert">{requestErrorMessage(remove.error, t)}</Paragraph>}
    </>
  );
}
