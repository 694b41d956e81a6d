import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { regionNetworksQuery } from '../../api/queries/attachments';
import type { Region } from '../../api/types';
import { QueryError } from '../../components/query-error';
import { Skeleton } from '../../components/skeleton';
import { ChoiceBox, ChoiceGroup, type ChoiceAria } from './choice-group';
import type { CreateInstanceValues } from './create-instance-schema';

/**
 * A network belongs to one region, so a new region leaves none of the
 * picks valid: they are cleared at once rather than sent and refused.
 */
function useClearedOnRegionChange(region: string) {
  const { setValue } = useFormContext<CreateInstanceValues>();
  const shownFor = useRef(region);
  useEffect(() => {
    if (shownFor.current === region) return;
    shownFor.current = region;
    setValue('private_networks', [], { shouldValidate: true });
  }, [region, setValue]);
}

/** Private networks of the chosen region, to join at creation. */
export function NetworkPicker({ regions }: { regions: readonly Region[] }) {
  const { control } = useFormContext<CreateInstanceValues>();
  const region = useWatch({ control, name: 'region' });
  const regionName = regions.find((r) => r.id === region)?.name ?? region;
  useClearedOnRegionChange(region);

  return (
    <ChoiceGroup
      name="private_networks"
      legend="Private networks"
      optional
      description={region ? `Networks in ${regionName}.` : undefined}
    >
      {(aria) =>
        region ? (
          <RegionNetworks region={region} regionName={regionName} {...aria} />
        ) : (
          <p className="text-sm text-slate-600">Choose a region first.</p>
        )
      }
    </ChoiceGroup>
  );
}

interface RegionNetworksProps extends ChoiceAria {
  region: string;
  regionName: string;
}

function RegionNetworks({ region, regionName, ...aria }: RegionNetworksProps) {
  const query = useQuery(regionNetworksQuery(region));

  if (query.isPending) return <NetworksSkeleton />;
  if (query.isError) {
    return (
      <QueryError
        error={query.error}
        onRetry={query.refetch}
        retrying={query.isFetching}
      />
    );
  }
  if (query.data.items.length === 0) {
    return (
      <p className="text-sm text-slate-600">
        {regionName} has no private networks yet.
      </p>
    );
  }
  return (
    <div className="space-y-2">
      {query.data.items.map((network) => (
        <ChoiceBox
          key={network.id}
          name="private_networks"
          value={network.id}
          label={network.name}
          detail={network.subnet}
          {...aria}
        />
      ))}
    </div>
  );
}

/** Two rows the height of a network's box and subnet. */
export function NetworksSkeleton() {
  return (
    <div role="status" className="space-y-2">
      <span className="sr-only">Loading networks…</span>
      {[0, 1].map((row) => (
        <div key={row} className="flex gap-3">
          <Skeleton className="mt-0.5 size-4 shrink-0" />
          <div className="w-full max-w-60">
            <Skeleton className="my-0.5 h-4 w-1/2" />
            <Skeleton className="my-0.5 h-3 w-2/3" />
          </div>
        </div>
      ))}
    </div>
  );
}
