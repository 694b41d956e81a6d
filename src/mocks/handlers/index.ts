import { apiError } from '../http';
import { route } from '../pipeline';
import { accountHandlers } from './account';
import { firewallHandlers } from './firewall';
import { floatingIpHandlers } from './floating-ips';
import { instanceHandlers } from './instances';
import { loadBalancerHandlers } from './load-balancers';
import { networkHandlers } from './networks';
import { referenceHandlers } from './reference';
import { snapshotHandlers } from './snapshots';
import { sshKeyHandlers } from './ssh-keys';
import { volumeHandlers } from './volumes';

// Anything else under /v1 still goes through auth and the rate limit, as
// it would on the real API, and then gets a 404 in the API's shape.
const unknownRoute = route('all', '/*', ({ request }) => {
  const path = new URL(request.url).pathname;
  return apiError(
    404,
    'resource_not_found',
    `No such endpoint: ${request.method} ${path}`,
  );
});

export const handlers = [
  ...referenceHandlers,
  ...accountHandlers,
  ...sshKeyHandlers,
  ...instanceHandlers,
  ...firewallHandlers,
  ...volumeHandlers,
  ...snapshotHandlers,
  ...networkHandlers,
  ...floatingIpHandlers,
  ...loadBalancerHandlers,
  unknownRoute,
];
