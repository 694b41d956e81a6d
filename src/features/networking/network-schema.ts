import { zodResolver } from '@hookform/resolvers/zod';
import type { QueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { regionNetworksQuery } from '../../api/queries/attachments';
import type { Network } from '../../api/types';
import { checkName } from '../../lib/validation';
import {
  checkSubnet,
  networkBody,
  subnetOverlap,
} from '../../lib/validation/subnet';

export interface NetworkFormValues {
  name: string;
  region: string;
  subnet: string;
  dhcp_enabled: boolean;
}

/**
 * The create-network form, with the API's own rules. Overlap is checked
 * against the networks of the chosen region the console has read; the API
 * checks again against all of them.
 */
export function networkSchema(
  regionNetworks: (region: string) => readonly Network[],
) {
  return (
    z
      .object({
        name: z.string(),
        region: z.string(),
        subnet: z.string(),
        dhcp_enabled: z.boolean(),
      })
      // Checked as it will be sent: trimmed.
      .superRefine((typed, context) => {
        const values = networkBody(typed);
        const add = (path: string, message: string | undefined) => {
          if (message)
            context.addIssue({ code: 'custom', message, path: [path] });
        };
        add('name', checkName(values.name));
        add('region', values.region ? undefined : 'Choose a region');
        const others = regionNetworks(values.region).filter(
          (n) => n.region === values.region,
        );
        add(
          'subnet',
          checkSubnet(values.subnet) ?? subnetOverlap(values.subnet, others),
        );
      })
  );
}

/**
 * What the form runs: the schema over each region's networks as the
 * console has them cached when the value is checked.
 */
export function networkResolver(client: QueryClient) {
  const cached = (region: string) =>
    client.getQueryData(regionNetworksQuery(region).queryKey)?.items ?? [];
  return zodResolver(networkSchema(cached));
}
