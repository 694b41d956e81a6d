import { useState } from 'react';
import { useDeleteFirewallRule } from '../../api/queries/firewall';
import type { FirewallRule, Instance } from '../../api/types';
import { isAnywhere, riskWarning } from '../../lib/validation/firewall';
import { ConfirmDialog } from '../confirm-dialog';
import { cx } from '../../lib/class-names';
import { ResponsiveTable, RowActions, tableClasses } from '../list';
import { notify } from '../toast';
import { GatedButton } from '../write-gate';
import { describeRule, formatRulePort } from './rule-format';

type Direction = FirewallRule['direction'];

export const RULE_SECTIONS: Record<Direction, { title: string; none: string }> =
  {
    inbound: {
      title: 'Inbound rules',
      none: 'No inbound rules: all traffic to the instance is blocked.',
    },
    outbound: {
      title: 'Outbound rules',
      none: 'No outbound rules: the instance may send traffic anywhere.',
    },
  };

interface RulesTableProps {
  instance: Instance;
  direction: Direction;
  rules: FirewallRule[];
}

export function RulesTable({ instance, direction, rules }: RulesTableProps) {
  const [deleting, setDeleting] = useState<FirewallRule | null>(null);
  const { cell, headerCell, pinnedHeader, row } = tableClasses;
  const peer = direction === 'inbound' ? 'Source' : 'Destination';
  const headers = ['Protocol', 'Port', peer, 'Description', ''];

  return (
    <>
      <ResponsiveTable label={RULE_SECTIONS[direction].title} pinnedEnd>
        <table className={tableClasses.table}>
          <thead className={tableClasses.head}>
            <tr>
              {headers.map((header, i) => (
                <th
                  key={i}
                  scope="col"
                  className={header ? headerCell : cx(headerCell, pinnedHeader)}
                >
                  {header || <span className="sr-only">Actions</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rules.map((rule) => (
              <tr key={rule.id} className={row}>
                <td className={`${cell} uppercase`}>{rule.protocol}</td>
                <td className={`${cell} font-mono`}>{formatRulePort(rule)}</td>
                <td className={cell}>
                  <span className="font-mono">{rule.source}</span>
                  {isAnywhere(rule.source) && (
                    <span className="ml-2 text-slate-600">(anywhere)</span>
                  )}
                  {riskWarning(rule) && (
                    <span className="ml-2 rounded bg-amber-100 px-1.5 text-xs text-amber-950">
                      Open to the world
                    </span>
                  )}
                </td>
                <td className={cell}>{rule.description}</td>
                <RowActions>
                  <GatedButton
                    variant="ghost"
                    size="sm"
                    aria-label={`Delete rule ${describeRule(rule)}`}
                    onClick={() => setDeleting(rule)}
                  >
                    Delete
                  </GatedButton>
                </RowActions>
              </tr>
            ))}
          </tbody>
        </table>
      </ResponsiveTable>
      {deleting && (
        <DeleteRuleDialog
          instance={instance}
          rule={deleting}
          onClose={() => setDeleting(null)}
        />
      )}
    </>
  );
}

function DeleteRuleDialog({
  instance,
  rule,
  onClose,
}: {
  instance: Instance;
  rule: FirewallRule;
  onClose: () => void;
}) {
  const remove = useDeleteFirewallRule(instance.id);
  const closes =
    rule.direction === 'inbound'
      ? 'Traffic it lets in is blocked unless another rule allows it.'
      : 'Traffic it lets out is blocked unless another rule allows it (or no outbound rule is left).';

  async function confirm() {
    await remove.mutateAsync(rule.id);
    notify.success('Rule deleted.');
    onClose();
  }

  return (
    <ConfirmDialog
      open
      onOpenChange={(open) => !open && onClose()}
      title="Delete this rule?"
      description={
        <p>
          The rule {describeRule(rule)} is removed from {instance.name}.{' '}
          {closes}
        </p>
      }
      confirmLabel="Delete rule"
      pendingLabel="Deleting…"
      tone="danger"
      onConfirm={confirm}
    />
  );
}
