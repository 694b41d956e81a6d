import { useQuery } from '@tanstack/react-query';
import { accountQuery } from '../../api/queries/account';
import type { Account } from '../../api/types';
import { Copyable } from '../../components/copy-button';
import { DescriptionList } from '../../components/description-list';
import { QueryError, QueryLoading } from '../../components/query-error';
import { SkeletonText } from '../../components/skeleton';
import { formatDate, formatMoney } from '../../lib/format';

export function DetailsTab() {
  const query = useQuery(accountQuery);

  if (query.isPending)
    return (
      <QueryLoading query={query}>
        <SkeletonText lines={6} label="Loading" />
      </QueryLoading>
    );
  if (!query.data) {
    return (
      <QueryError
        error={query.error}
        onRetry={query.refetch}
        retrying={query.isFetching}
      />
    );
  }
  return <DescriptionList items={detailItems(query.data)} />;
}

function detailItems(account: Account) {
  const owed = account.balance < 0;
  return [
    { label: 'Name', value: account.name },
    { label: 'Email', value: account.email },
    { label: 'Company', value: account.company },
    {
      label: 'Account ID',
      value: <Copyable value={account.id} label="Copy account ID" />,
    },
    { label: 'Currency', value: account.currency },
    {
      label: owed ? 'Amount owed' : 'Credit',
      value: formatMoney(Math.abs(account.balance), account.currency),
    },
    {
      label: 'Created',
      value: (
        <time dateTime={account.created_at}>
          {formatDate(account.created_at)}
        </time>
      ),
    },
  ];
}

export { DetailsTab as Component };
