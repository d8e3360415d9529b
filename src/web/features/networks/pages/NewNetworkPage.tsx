import { useNavigate } from 'react-router';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { RequireSignIn } from '../../../components/RequireSignIn.tsx';
import { networkPath } from '../../../lib/paths.ts';
import { useTranslation } from '../../../lib/translation.tsx';
import { useCreateNetwork } from '../api/create-network.ts';
import { NetworkForm } from '../components/NetworkForm.tsx';
import { emptyNetworkValues } from '../components/network-form-values.ts';

function NewNetwork() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateNetwork();
  return (
    <>
      <PageTitle>{t('networks.new.title')}</PageTitle>
      <NetworkForm
        mode="create"
        initial={emptyNetworkValues()}
        submitText={t('networks.new.submit')}
        onSubmit={async (input) => {
          const network = await create.mutateAsync(input);
          await navigate(networkPath(network.slug));
        }}
      />
    </>
  );
}

/** Installation admins create networks here. */
export function NewNetworkPage() {
  return <RequireSignIn admin>{() => <NewNetwork />}</RequireSignIn>;
}
