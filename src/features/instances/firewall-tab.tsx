import { useQuery } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { prefetch } from '../../api/prefetch';
import { firewallRulesQuery } from '../../api/queries/attachments';
import type { FirewallRule } from '../../api/types';
import {
  EmptyState,
  ListStates,
  ResponsiveTable,
  TableSkeleton,
  tableClasses,
} from '../../components/list';
import { formatPort, isAnywhere } from './instance-format';
import { useInstance } from './instance-outlet';
import { TabSection } from './tab-section';

export function loader({ params }: LoaderFunctionArgs) {
  if (params.instanceId) prefetch(firewallRulesQuery(params.instanceId));
  return null;
}

type Direction = FirewallRule['direction'];

const sections: Record<Direction, { title: string; none: string }> = {
  inbound: {
    title: 'Inbound rules',
    none: 'No inbound rules: all traffic to the instance is blocked.',
  },
  outbound: {
    title: 'Outbound rules',
    none: 'No outbound rules: the instance may send traffic anywhere.',
  },
};

export function FirewallTab() {
  const instance = useInstance();
  const query = useQuery(firewallRulesQuery(instance.id));

  return (
    <ListStates
      query={query}
      loading={<TableSkeleton columns={4} rows={3} />}
      isEmpty={(rules) => rules.length === 0}
      empty={
        <EmptyState
          title="No firewall rules"
          description={
            <>
              Rules only allow traffic. With none, nothing can reach{' '}
              {instance.name} from outside, and it can reach anywhere. Add rules
              to open the ports it serves.
            </>
          }
        />
      }
    >
      {(rules) => (
        <div className="space-y-8">
          <RuleSection direction="inbound" rules={rules} />
          <RuleSection direction="outbound" rules={rules} />
        </div>
      )}
    </ListStates>
  );
}

function RuleSection({
  direction,
  rules,
}: {
  direction: Direction;
  rules: FirewallRule[];
}) {
  const { title, none } = sections[direction];
  const mine = rules.filter((rule) => rule.direction === direction);

  return (
    <TabSection title={title}>
      {mine.length === 0 ? (
        <p className="text-sm text-slate-600">{none}</p>
      ) : (
        <RulesTable direction={direction} rules={mine} />
      )}
    </TabSection>
  );
}

function RulesTable({
  direction,
  rules,
}: {
  direction: Direction;
  rules: FirewallRule[];
}) {
  const { cell, headerCell, row } = tableClasses;
  const peer = direction === 'inbound' ? 'Source' : 'Destination';
  const headers = ['Protocol', 'Port', peer, 'Description'];

  return (
    <ResponsiveTable label={sections[direction].title}>
      <table className={tableClasses.table}>
        <thead className={tableClasses.head}>
          <tr>
            {headers.map((header) => (
              <th key={header} scope="col" className={headerCell}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rules.map((rule) => (
            <tr key={rule.id} className={row}>
              <td className={`${cell} uppercase`}>{rule.protocol}</td>
              <td className={`${cell} font-mono`}>{formatPort(rule)}</td>
              <td className={cell}>
                <span className="font-mono">{rule.source}</span>
                {isAnywhere(rule.source) && (
                  <span className="ml-2 text-slate-600">(anywhere)</span>
                )}
              </td>
              <td className={cell}>{rule.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ResponsiveTable>
  );
}

export { FirewallTab as Component };
