import { useOutletContext } from 'react-router';
import type { Instance } from '../../api/types';

/** What the detail page hands to the tab it renders. */
export interface InstanceOutlet {
  instance: Instance;
}

/**
 * The instance a tab belongs to. The detail page owns the one query (and
 * its polling) and renders a tab only once the instance has loaded.
 */
export function useInstance(): Instance {
  return useOutletContext<InstanceOutlet>().instance;
}
