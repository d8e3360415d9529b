import { Link } from 'suomifi-ui-components';
import type { Material } from '#shared/events.ts';
import { useMaterials } from '../../../api/list-materials.ts';
import { PageSection } from '../../../components/PageSection.tsx';
import { useLocalized } from '../../../lib/localized.ts';
import { useTranslation } from '../../../lib/translation.tsx';

const MB = 1024 * 1024;

/** A file size in kB or MB, in the UI language's number format. */
function useFileSize() {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  return (bytes: number) =>
    bytes < MB
      ? t('events.materials.kB', { size: number.format(Math.max(1, Math.round(bytes / 1024))) })
      : t('events.materials.MB', { size: number.format(bytes / MB) });
}

function MaterialItem({ material }: { material: Material }) {
  const { t } = useTranslation();
  const size = useFileSize();
  const title = useLocalized()(material.title);
  if (material.kind === 'link') {
    return (
      <Link href={material.url} lang={title.lang}>
        {title.text}
      </Link>
    );
  }
  const name = material.fileName ?? title.text;
  return (
    <>
      <Link href={material.url} download={name} lang={title.lang}>
        {title.text}
      </Link>{' '}
      ({material.size === null ? name : t('events.materials.file', { name, size: size(material.size) })})
    </>
  );
}

/** Links and files shared for a meeting; nothing when there are none. */
export function EventMaterials({ network, slug }: { network: string; slug: string }) {
  const { t } = useTranslation();
  const materials = useMaterials(network, slug).data?.materials ?? [];
  if (materials.length === 0) return null;
  return (
    <PageSection id="materials-heading" title={t('events.materials.title')}>
      <ul data-testid="event-materials">
        {materials.map((material) => (
          <li key={material.id}>
            <MaterialItem material={material} />
          </li>
        ))}
      </ul>
    </PageSection>
  );
}
