import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import type { Network } from '#shared/networks.ts';
import { useNetwork } from '../api/get-network.ts';
import type { SessionUser } from '../api/get-session.ts';
import { useTranslation } from '../lib/translation.tsx';
import { LoadError, Loading } from './LoadState.tsx';
import { MessagePage } from './MessagePage.tsx';
import { RequireSignIn } from './RequireSignIn.tsx';

type Props = {
  children: (network: Network) => ReactNode;
  /** What others are told; by default that the page is for the network's organisers. */
  refusal?: string;
};

function Gate({ user, children, refusal }: Props & { user: SessionUser }) {
  const { t } = useTranslation();
  const slug = useParams().network ?? '';
  const network = useNetwork(slug);
  if (network.isPending) return <Loading />;
  if (network.error) return <LoadError error={network.error} retry={() => network.refetch()} />;
  if (network.data.viewerRole !== 'organiser' && !user.isAdmin) {
    return <MessagePage title={t('forbidden.title')} text={refusal ?? t('forbidden.organisersOnly')} />;
  }
  return children(network.data);
}

/** A page of the network in the address for its organisers (and admins): others are told why not. */
export function OrganiserPage(props: Props) {
  return <RequireSignIn>{(user) => <Gate user={user} {...props} />}</RequireSignIn>;
}
