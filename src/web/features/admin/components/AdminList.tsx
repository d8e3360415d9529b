import { InlineLoadError, Loading } from '../../../components/LoadState.tsx';
import { useAdmins } from '../api/list-admins.ts';

/** The installation admins, by name and e-mail. */
export function AdminList() {
  const admins = useAdmins();
  if (admins.isPending) return <Loading />;
  if (admins.error) return <InlineLoadError error={admins.error} retry={() => admins.refetch()} />;
  return (
    <ul data-testid="admin-list">
      {admins.data.admins.map((admin) => (
        <li key={admin.userId}>
          {admin.displayName ? `${admin.displayName} – ${admin.email}` : admin.email}
        </li>
      ))}
    </ul>
  );
}
