import { instanceNavigation } from '../features/instances/routes';
import { overviewNavigation } from '../features/overview/routes';
import { billingNavigation } from '../features/billing/routes';
import { accountNavigation } from '../features/account/routes';
import { storageNavigation } from '../features/storage/routes';
import { loadBalancerNavigation } from '../features/load-balancers/routes';
import { networkingNavigation } from '../features/networking/routes';

/** The areas of the console, in the order the navigation lists them. */
export const navigation: { to: string; label: string }[] = [
  ...overviewNavigation,
  ...instanceNavigation,
  ...storageNavigation,
  ...networkingNavigation,
  ...loadBalancerNavigation,
  ...billingNavigation,
  ...accountNavigation,
];
