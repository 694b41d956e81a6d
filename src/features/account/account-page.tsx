import { Outlet } from 'react-router';
import { prefetch } from '../../api/prefetch';
import { accountQuery, currentTokenQuery } from '../../api/queries/account';
import { PageHeader } from '../../components/page-header';
import { RouteTabs, type RouteTab } from '../../components/route-tabs';

export function loader() {
  prefetch(accountQuery, currentTokenQuery);
  return null;
}

const tabs: readonly RouteTab[] = [
  { to: '', label: 'Details' },
  { to: 'tokens', label: 'API tokens' },
  { to: 'ssh-keys', label: 'SSH keys' },
];

export function AccountPage() {
  return (
    <>
      <PageHeader
        title="Account"
        description="Your account's details, the API tokens that act for it, and the SSH keys offered to new instances."
      />
      <RouteTabs label="Account sections" tabs={tabs} />
      <div className="pt-6">
        <Outlet />
      </div>
    </>
  );
}

export { AccountPage as Component };
