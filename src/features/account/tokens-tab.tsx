import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { prefetch } from '../../api/prefetch';
import { currentTokenQuery } from '../../api/queries/account';
import { tokensQuery, useRevokeToken } from '../../api/queries/tokens';
import { clearRateLimit } from '../../api/rate-limit';
import { signOut } from '../../api/session';
import type { Token } from '../../api/types';
import { ConfirmDialog } from '../../components/confirm-dialog';
import {
  EmptyState,
  ListStates,
  DataTable,
  RowActions,
  TableSkeleton,
  tableClasses,
} from '../../components/list';
import { notify } from '../../components/toast';
import { GatedButton } from '../../components/write-gate';
import { formatDate, formatDateTime } from '../../lib/format';
import { CreateTokenDialog } from './create-token-dialog';

export function loader() {
  prefetch(tokensQuery, currentTokenQuery);
  return null;
}

const columns = [
  'Name',
  'Access',
  'Secret starts',
  'Created',
  'Expires',
  'Last used',
  '',
];

export const revokedOwnTokenReason =
  'You revoked the API token this console was signed in with. Sign in with another token.';

/** Revoking the console's own token ends the session, saying why. */
function useRevoke() {
  const revoke = useRevokeToken();
  const current = useQuery(currentTokenQuery).data;
  const client = useQueryClient();
  const navigate = useNavigate();
  return async (token: Token) => {
    await revoke.mutateAsync(token.id);
    if (token.id !== current?.id) {
      notify.success(`Revoked ${token.name}.`);
      return;
    }
    signOut(revokedOwnTokenReason);
    client.clear();
    clearRateLimit();
    navigate('/sign-in', { replace: true });
  };
}

export function TokensTab() {
  const query = useQuery(tokensQuery);
  const current = useQuery(currentTokenQuery).data;
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<Token | null>(null);
  const revoke = useRevoke();
  const createButton = (
    <GatedButton onClick={() => setCreating(true)}>Create token</GatedButton>
  );

  return (
    <section className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 className="text-lg font-semibold">API tokens</h2>
          <p className="text-sm text-slate-600">
            Tokens let scripts and CI act for your account. Only the first
            characters of each secret are kept.
          </p>
        </div>
        {createButton}
      </div>
      <ListStates
        query={query}
        loading={<TableSkeleton columns={columns} rows={3} />}
        isEmpty={(page) => page.items.length === 0}
        empty={
          <EmptyState
            title="No API tokens"
            description="Create a token to use the API from a script or CI."
            action={createButton}
          />
        }
      >
        {(page) => (
          <TokensTable
            tokens={page.items}
            currentId={current?.id}
            onRevoke={setRevoking}
          />
        )}
      </ListStates>
      <CreateTokenDialog open={creating} onOpenChange={setCreating} />
      {revoking && (
        <ConfirmDialog
          open
          onOpenChange={(open) => !open && setRevoking(null)}
          title={`Revoke ${revoking.name}?`}
          description={
            <p>
              Scripts using <b className="break-all">{revoking.name}</b> (
              <span className="font-mono">{revoking.prefix}…</span>) stop
              working at once. This cannot be undone.
            </p>
          }
          consequences={
            revoking.id === current?.id
              ? 'This console is signed in with this token: you will be signed out.'
              : undefined
          }
          confirmLabel="Revoke token"
          pendingLabel="Revoking…"
          tone="danger"
          onConfirm={() => revoke(revoking)}
        />
      )}
    </section>
  );
}

interface TokensTableProps {
  tokens: Token[];
  currentId: string | undefined;
  onRevoke: (token: Token) => void;
}

function TokensTable({ tokens, currentId, onRevoke }: TokensTableProps) {
  return (
    <DataTable label="API tokens" columns={columns}>
      {tokens.map((token) => (
        <TokenRow
          key={token.id}
          token={token}
          current={token.id === currentId}
          onRevoke={onRevoke}
        />
      ))}
    </DataTable>
  );
}

interface TokenRowProps {
  token: Token;
  current: boolean;
  onRevoke: (token: Token) => void;
}

function TokenRow({ token, current, onRevoke }: TokenRowProps) {
  const { cell, row } = tableClasses;
  const when = (iso: string | null, none: string) =>
    iso ? <time dateTime={iso}>{formatDate(iso)}</time> : none;
  return (
    <tr className={row}>
      <th scope="row" className={`${cell} font-medium`}>
        {token.name}
        {current && (
          <span className="ml-2 rounded bg-brand-50 px-1.5 py-0.5 text-xs font-normal text-brand-800">
            This console
          </span>
        )}
      </th>
      <td className={cell}>
        {token.scopes.includes('write') ? 'Read and write' : 'Read only'}
      </td>
      <td className={`${cell} font-mono`}>{token.prefix}…</td>
      <td className={cell}>{when(token.created_at, '—')}</td>
      <td className={cell}>{when(token.expires_at, 'Never')}</td>
      <td className={cell}>
        {token.last_used_at ? (
          <time dateTime={token.last_used_at}>
            {formatDateTime(token.last_used_at)}
          </time>
        ) : (
          'Never'
        )}
      </td>
      <RowActions>
        <GatedButton
          variant="ghost"
          size="sm"
          aria-label={`Revoke ${token.name}`}
          onClick={() => onRevoke(token)}
        >
          Revoke
        </GatedButton>
      </RowActions>
    </tr>
  );
}

export { TokensTab as Component };
