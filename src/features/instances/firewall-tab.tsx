import type { LoaderFunctionArgs } from 'react-router';
import { prefetch } from '../../api/prefetch';
import { firewallRulesQuery } from '../../api/queries/attachments';
import { FirewallEditor } from '../../components/firewall/firewall-editor';
import { useInstance } from './instance-outlet';

export function loader({ params }: LoaderFunctionArgs) {
  if (params.instanceId) prefetch(firewallRulesQuery(params.instanceId));
  return null;
}

/** The instance's rules, the form to add one and the tester. */
export function FirewallTab() {
  const instance = useInstance();
  return <FirewallEditor instance={instance} />;
}

export { FirewallTab as Component };
