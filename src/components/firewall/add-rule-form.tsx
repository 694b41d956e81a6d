import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import {
  useForm,
  useWatch,
  type Resolver,
  type UseFormReturn,
} from 'react-hook-form';
import { useWriteAccess } from '../../api/queries/account';
import { firewallRulesQuery } from '../../api/queries/attachments';
import { useAddFirewallRule } from '../../api/queries/firewall';
import type {
  FirewallRule,
  FirewallRuleCreate,
  Instance,
} from '../../api/types';
import { riskWarning, ruleBody } from '../../lib/validation/firewall';
import { Button } from '../button';
import {
  ApiForm,
  CurlPreview,
  SelectField,
  TextField,
  useRecheck,
} from '../form';
import { lookFor } from '../outcome-check';
import { notify } from '../toast';
import {
  emptyRule,
  RULE_PRESETS,
  ruleResolver,
  type RuleFormValues,
} from './rule-schema';

const directions = [
  { value: 'inbound', label: 'Inbound (traffic to the instance)' },
  { value: 'outbound', label: 'Outbound (traffic from the instance)' },
];

const protocols = [
  { value: 'tcp', label: 'TCP' },
  { value: 'udp', label: 'UDP' },
  { value: 'icmp', label: 'ICMP (ping)' },
];

const warningClass =
  'rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950';

type RuleBody = ReturnType<typeof ruleBody>;

/** Whether a rule does what the body asks: its description aside. */
function sameRule(rule: FirewallRule, wanted: RuleBody) {
  return (
    rule.direction === wanted.direction &&
    rule.protocol === wanted.protocol &&
    String(rule.port ?? '') === String(wanted.port ?? '') &&
    rule.source === wanted.source
  );
}

/** Adds one rule; the warning for a risky rule shows as it is typed. */
export function AddRuleForm({ instance }: { instance: Instance }) {
  const add = useAddFirewallRule(instance.id);
  const client = useQueryClient();
  const { reason } = useWriteAccess();
  const rules = useQuery(firewallRulesQuery(instance.id)).data;
  // A rule the instance already has would only be a second copy of it.
  const resolver = useCallback<Resolver<RuleFormValues>>(
    async (values, context, options) => {
      const result = await ruleResolver(values, context, options);
      if (Object.keys(result.errors).length > 0) return result;
      if (!rules?.some((rule) => sameRule(rule, ruleBody(values)))) {
        return result;
      }
      const field = values.protocol === 'icmp' ? 'protocol' : 'port';
      const message = `${instance.name} already has this rule.`;
      return {
        values: {},
        errors: { [field]: { type: 'duplicate', message } },
      };
    },
    [rules, instance.name],
  );
  const form = useForm<RuleFormValues>({
    resolver,
    mode: 'onChange',
    defaultValues: emptyRule,
  });
  const values = useWatch({ control: form.control }) as RuleFormValues;
  const body = ruleBody({ ...emptyRule, ...values });
  const warning = riskWarning(body);
  const peer = values.direction === 'outbound' ? 'Destination' : 'Source';

  async function submit(input: RuleFormValues) {
    const rule = await add.mutateAsync(ruleBody(input) as FirewallRuleCreate);
    form.reset({ ...emptyRule, source: input.source });
    notify.success(`Rule added to ${instance.name}.`);
    return rule;
  }

  // A lost answer: a rule like this one that was not there before the
  // request (the tab shows them all) tells that it was added.
  function checkOutcome(input: RuleFormValues) {
    const rules = firewallRulesQuery(instance.id);
    const before = client.getQueryData(rules.queryKey) ?? [];
    const known = new Set(before.map((rule) => rule.id));
    const wanted = ruleBody(input);
    const same = (rule: FirewallRule) => sameRule(rule, wanted);
    const target = instance.name;
    return lookFor({
      query: rules,
      checking: `Looking for the rule on ${target}…`,
      outcome: (current) =>
        current.some((rule) => same(rule) && !known.has(rule.id))
          ? { happened: true, message: `The rule was added to ${target}.` }
          : {
              happened: false,
              message: `The rule is not on ${target}. You can add it again.`,
            },
      onHappened: () => form.reset({ ...emptyRule, source: input.source }),
    });
  }

  return (
    <ApiForm
      form={form}
      onSubmit={submit}
      checkOutcome={checkOutcome}
      submitLabel="Add rule"
      pendingLabel="Adding…"
      disabledReason={reason}
      curl={
        <CurlPreview
          method="POST"
          path={`/instances/${instance.id}/firewall/rules`}
          body={body}
        />
      }
    >
      <Presets form={form} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField name="direction" label="Direction" options={directions} />
        <SelectField name="protocol" label="Protocol" options={protocols} />
        <PortField />
        <TextField
          name="source"
          label={peer}
          description="An address or a block; 0.0.0.0/0 or ::/0 is anywhere."
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          mono
        />
      </div>
      <TextField name="description" label="Description" optional />
      {warning && (
        <p role="status" className={warningClass}>
          <strong>Warning: </strong>
          {warning}
        </p>
      )}
    </ApiForm>
  );
}

function PortField() {
  // Whether a port is wanted at all depends on the protocol; whether the
  // rule is one the instance already has, on every field.
  useRecheck('protocol', 'port');
  useRecheck('direction', 'port');
  useRecheck('source', 'port');
  useRecheck('direction', 'protocol');
  useRecheck('source', 'protocol');
  return (
    <TextField
      name="port"
      label="Port or range"
      description="One port (443) or a range (8000-8080); empty for ICMP."
      inputMode="numeric"
      autoComplete="off"
      mono
    />
  );
}

function Presets({ form }: { form: UseFormReturn<RuleFormValues> }) {
  function apply(preset: (typeof RULE_PRESETS)[number]) {
    const options = { shouldValidate: true, shouldDirty: true };
    form.setValue('direction', 'inbound', options);
    form.setValue('protocol', preset.protocol, options);
    form.setValue('port', preset.port, options);
    form.setValue('description', preset.description, options);
  }

  return (
    <fieldset className="flex flex-wrap items-center gap-2">
      <legend className="mb-2 text-sm font-medium text-slate-800">
        Start from a preset
      </legend>
      {RULE_PRESETS.map((preset) => (
        <Button
          key={preset.label}
          type="button"
          variant="secondary"
          size="sm"
          onClick={() => apply(preset)}
        >
          {preset.label}
        </Button>
      ))}
    </fieldset>
  );
}
