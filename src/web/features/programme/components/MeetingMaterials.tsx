import { useState } from 'react';
import { styled } from 'styled-components';
import { Button, Heading, Link, Paragraph } from 'suomifi-ui-components';
import type { Event, Material } from '#shared/events.ts';
import { useMaterials } from '../../../api/list-materials.ts';
import { ConfirmAction } from '../../../components/ConfirmAction.tsx';
import { InlineLoadError, Loading } from '../../../components/LoadState.tsx';
import { StatusMessage } from '../../../components/StatusMessage.tsx';
import { requestErrorMessage } from '../../../lib/forms.ts';
import { useLocalized } from '../../../lib/localized.ts';
import { tokens } from '../../../lib/theme.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { useAddLinkMaterial } from '../api/add-link-material.ts';
import { useDeleteMaterial } from '../api/delete-material.ts';
import { useUploadMaterial } from '../api/upload-material.ts';
import { FileMaterialForm } from './FileMaterialForm.tsx';
import { LinkMaterialForm } from './LinkMaterialForm.tsx';

const Box = styled.section`
  border-top: 1px solid ${tokens.border};
  margin-top: ${tokens.space.l};
  padding-top: ${tokens.space.m};
  max-width: 48rem;
`;

const List = styled.ul`
  list-style: none;
  padding: 0;
  margin: 0 0 ${tokens.space.m};
  & > li {
    padding: ${tokens.space.xs} 0;
    border-bottom: 1px solid ${tokens.border};
  }
`;

/** "1.2 MB" for a size in bytes. */
export function formatSize(bytes: number, language: string): string {
  const units = ['B', 'kB', 'MB'];
  const power = Math.min(units.length - 1, Math.floor(Math.log(Math.max(bytes, 1)) / Math.log(1024)));
  const value = new Intl.NumberFormat(language, { maximumFractionDigits: power === 0 ? 0 : 1 });
  return `${value.format(bytes / 1024 ** power)} ${units[power]}`;
}

function MaterialRow({ material, onRemove }: { material: Material; onRemove: () => void }) {
  const { t, i18n } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const title = useLocalized()(material.title);
  const detail =
    material.kind === 'file'
      ? `${material.fileName ?? ''}${material.size === null ? '' : `, ${formatSize(material.size, i18n.language)}`}`
      : material.url;
  return (
    <li data-testid="material">
      <Link href={material.url} lang={title.lang}>
        {title.text}
      </Link>{' '}
      <span>({detail})</span>{' '}
      <Button
        variant="secondaryNoBorder"
        aria-label={t('programme.materials.removeNamed', { title: title.text })}
        onClick={() => setConfirming(true)}
      >
        {t('programme.materials.remove')}
      </Button>
      {confirming && (
        <ConfirmAction
          question={t('programme.materials.confirmRemove', { title: title.text })}
          confirmText={t('programme.materials.confirmRemoveYes')}
          cancelText={t('common.cancel')}
          pending={pending}
          onConfirm={() => {
            setPending(true);
            onRemove();
          }}
          onCancel={() => setConfirming(false)}
        />
      )}
    </li>
  );
}

/** The materials of one meeting: links and files, with adding and removing them. */
export function MeetingMaterials({ network, event }: { network: string; event: Event }) {
  const { t } = useTranslation();
  const materials = useMaterials(network, event.slug);
  const pick = useLocalized();
  const changes = {
    addLink: useAddLinkMaterial(network, event.slug),
    upload: useUploadMaterial(network, event.slug),
    remove: useDeleteMaterial(network, event.slug),
  };
  const [status, setStatus] = useState<string | null>(null);
  const headingId = `materials-${event.id}`;
  const remove = (material: Material) =>
    changes.remove.mutate(material.id, {
      onSuccess: () => setStatus(t('programme.materials.removed', { title: pick(material.title).text })),
    });
  return (
    <Box aria-labelledby={headingId} data-testid="materials">
      <Heading variant="h4" as="h4" id={headingId} mb="s">
        {t('programme.materials.heading')}
      </Heading>
      <StatusMessage message={status} testId="materials-status" />
      {materials.isPending ? (
        <Loading />
      ) : materials.error ? (
        <InlineLoadError error={materials.error} retry={() => materials.refetch()} />
      ) : materials.data.materials.length === 0 ? (
        <Paragraph mb="m">{t('programme.materials.none')}</Paragraph>
      ) : (
        <List aria-label={t('programme.materials.heading')}>
          {materials.data.materials.map((material) => (
            <MaterialRow key={material.id} material={material} onRemove={() => remove(material)} />
          ))}
        </List>
      )}
      {changes.remove.error && (
        <Paragraph role="alert">{requestErrorMessage(changes.remove.error, t)}</Paragraph>
      )}
      <LinkMaterialForm scope={`link-${event.id}`} mutation={changes.addLink} onAdded={setStatus} />
      <FileMaterialForm scope={`file-${event.id}`} mutation={changes.upload} onAdded={setStatus} />
    </Box>
  );
}
