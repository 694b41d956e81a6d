import { useQuery } from '@tanstack/react-query';
import { useId, type ReactNode } from 'react';
import { firewallRulesQuery } from '../../api/queries/attachments';
import type { FirewallRule, Instance } from '../../api/types';
import { EmptyState, ListStates, TableSkeleton } from '../list';
import { AddRuleForm } from './add-rule-form';
import { RULE_SECTIONS, RulesTable } from './rules-table';
import { TrafficTester } from './traffic-tester';

/**
 * An instance's firewall: its rules by direction, a form to add one, and a
 * tester that says which rule, if any, lets given traffic through.
 */
export function FirewallEditor({ instance }: { instance: Instance }) {
  const query = useQuery(firewallRulesQuery(instance.id));

  return (
    <div className="space-y-8">
      <ListStates
        query={query}
        loading={<TableSkeleton columns={5} rows={3} />}
        isEmpty={() => false}
        empty={null}
      >
        {(rules) => (
          <div className="space-y-8">
            {rules.length === 0 && <NoRules instance={instance} />}
            <RuleSection
              instance={instance}
              direction="inbound"
              rules={rules}
            />
            <RuleSection
              instance={instance}
              direction="outbound"
              rules={rules}
            />
            <Section title="Test the rules">
              <p className="mb-3 text-sm text-slate-600">
                Rules only allow: inbound traffic is blocked unless a rule
                allows it; outbound is allowed unless outbound rules exist.
              </p>
              <TrafficTester rules={rules} />
            </Section>
          </div>
        )}
      </ListStates>
      <Section title="Add a rule">
        <AddRuleForm instance={instance} />
      </Section>
    </div>
  );
}

interface SectionProps {
  title: string;
  children: ReactNode;
  /** Named as a landmark; rule tables name their own scrolling region. */
  labelled?: boolean;
}

function Section({ title, children, labelled = true }: SectionProps) {
  const id = useId();
  return (
    <section aria-labelledby={labelled ? id : undefined} className="space-y-3">
      <h2 id={id} className="text-lg font-semibold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

function RuleSection({
  instance,
  direction,
  rules,
}: {
  instance: Instance;
  direction: FirewallRule['direction'];
  rules: FirewallRule[];
}) {
  const { title, none } = RULE_SECTIONS[direction];
  const mine = rules.filter((rule) => rule.direction === direction);

  return (
    <Section title={title} labelled={false}>
      {mine.length === 0 ? (
        <p className="text-sm text-slate-600">{none}</p>
      ) : (
        <RulesTable instance={instance} direction={direction} rules={mine} />
      )}
    </Section>
  );
}

function NoRules({ instance }: { instance: Instance }) {
  return (
    <EmptyState
      title="No firewall rules"
      description={
        <>
          Rules only allow traffic. With none, nothing can reach {instance.name}{' '}
          from outside, and it can reach anywhere. Add rules below to open the
          ports it serves.
        </>
      }
    />
  );
}
