import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { prefetch } from '../../api/prefetch';
import { currentTokenQuery } from '../../api/queries/account';
import { sshKeysQuery, useDeleteSshKey } from '../../api/queries/ssh-keys';
import type { SshKey } from '../../api/types';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { FormDialog } from '../../components/form-dialog';
import {
  EmptyState,
  ListStates,
  DataTable,
  RowActions,
  TableSkeleton,
  tableClasses,
} from '../../components/list';
import { SshKeyForm } from '../../components/ssh-key-form';
import { notify } from '../../components/toast';
import { GatedButton } from '../../components/write-gate';
import { formatDate } from '../../lib/format';

export function loader() {
  prefetch(sshKeysQuery, currentTokenQuery);
  return null;
}

const columns = ['Name', 'Fingerprint', 'Created', ''];

export function SshKeysTab() {
  const query = useQuery(sshKeysQuery);
  const remove = useDeleteSshKey();
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<SshKey | null>(null);
  const addButton = (
    <GatedButton onClick={() => setAdding(true)}>Add SSH key</GatedButton>
  );

  function added(key: SshKey) {
    setAdding(false);
    notify.success(`Added ${key.name}.`);
  }

  async function confirmDelete(key: SshKey) {
    await remove.mutateAsync(key.id);
    notify.success(`Deleted ${key.name}.`);
  }

  return (
    <section className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 className="text-lg font-semibold">SSH keys</h2>
          <p className="text-sm text-slate-600">
            Keys offered when you create an instance, to log in without a
            password.
          </p>
        </div>
        {addButton}
      </div>
      <ListStates
        query={query}
        loading={<TableSkeleton columns={columns} rows={3} />}
        isEmpty={(page) => page.items.length === 0}
        empty={
          <EmptyState
            title="No SSH keys"
            description="Add the public key of your computer to log in to new instances with it."
            action={addButton}
          />
        }
      >
        {(page) => <KeysTable keys={page.items} onDelete={setDeleting} />}
      </ListStates>
      <FormDialog open={adding} onOpenChange={setAdding} title="Add an SSH key">
        <SshKeyForm onAdded={added} onCancel={() => setAdding(false)} />
      </FormDialog>
      {deleting && (
        <ConfirmDialog
          open
          onOpenChange={(open) => !open && setDeleting(null)}
          title={`Delete ${deleting.name}?`}
          description={
            <p>
              <b className="break-all">{deleting.name}</b> will no longer be
              offered for new instances. Instances built with it keep it.
            </p>
          }
          confirmLabel="Delete key"
          pendingLabel="Deleting…"
          tone="danger"
          onConfirm={() => confirmDelete(deleting)}
        />
      )}
    </section>
  );
}

function KeysTable({
  keys,
  onDelete,
}: {
  keys: SshKey[];
  onDelete: (key: SshKey) => void;
}) {
  const { cell, row } = tableClasses;
  return (
    <DataTable label="SSH keys" columns={columns}>
      {keys.map((key) => (
        <tr key={key.id} className={row}>
          <th scope="row" className={`${cell} font-medium`}>
            {key.name}
          </th>
          <td className={`${cell} font-mono text-xs`}>{key.fingerprint}</td>
          <td className={cell}>
            <time dateTime={key.created_at}>{formatDate(key.created_at)}</time>
          </td>
          <RowActions>
            <GatedButton
              variant="ghost"
              size="sm"
              aria-label={`Delete ${key.name}`}
              onClick={() => onDelete(key)}
            >
              Delete
            </GatedButton>
          </RowActions>
        </tr>
      ))}
    </DataTable>
  );
}

export { SshKeysTab as Component };
