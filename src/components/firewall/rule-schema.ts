import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import {
  checkRule,
  ruleBody,
  type RuleFormValues,
} from '../../lib/validation/firewall';

/**
 * The add-rule form: every field is kept as typed, and checked by turning
 * it into the request and running the API's own rule on that request.
 */
export const ruleSchema = z
  .object({
    direction: z.string(),
    protocol: z.string(),
    port: z.string(),
    source: z.string(),
    description: z.string(),
  })
  .superRefine((values, context) => {
    const errors = checkRule(ruleBody(values));
    for (const [field, message] of Object.entries(errors)) {
      context.addIssue({ code: 'custom', message, path: [field] });
    }
  });

/** What the add-rule form runs on every change and on submit. */
export const ruleResolver = zodResolver(ruleSchema);

export type { RuleFormValues };

export const emptyRule: RuleFormValues = {
  direction: 'inbound',
  protocol: 'tcp',
  port: '',
  source: '0.0.0.0/0',
  description: '',
};

/** Common services, filled in with one click. */
export const RULE_PRESETS: readonly {
  label: string;
  protocol: string;
  port: string;
  description: string;
}[] = [
  { label: 'SSH', protocol: 'tcp', port: '22', description: 'SSH' },
  { label: 'HTTP', protocol: 'tcp', port: '80', description: 'HTTP' },
  { label: 'HTTPS', protocol: 'tcp', port: '443', description: 'HTTPS' },
  { label: 'Ping', protocol: 'icmp', port: '', description: 'Ping' },
];
