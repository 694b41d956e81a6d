import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm, useWatch } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { prefetch } from '../../api/prefetch';
import { currentTokenQuery, useWriteAccess } from '../../api/queries/account';
import { regionNetworksQuery } from '../../api/queries/attachments';
import { useCreateNetwork } from '../../api/queries/networks';
import { regionsQuery } from '../../api/queries/reference';
import type { Region } from '../../api/types';
import { buttonClass } from '../../components/button';
import {
  ApiForm,
  CheckboxField,
  CreateLeaveGuard,
  DraftNotice,
  CurlPreview,
  leaveWithoutAsking,
  NameField,
  RegionField,
  TextField,
  useRecheck,
  useDraft,
  useDraftStart,
} from '../../components/form';
import { PageHeader } from '../../components/page-header';
import { QueryError, QueryLoading } from '../../components/query-error';
import { SkeletonText } from '../../components/skeleton';
import { lookForCreated } from '../../components/outcome-check';
import { notify } from '../../components/toast';
import { networkBody } from '../../lib/validation/subnet';
import { networkResolver, type NetworkFormValues } from './network-schema';

const defaultRegion = 'lagos-1';

export function loader() {
  prefetch(regionsQuery, currentTokenQuery, regionNetworksQuery(defaultRegion));
  return null;
}

export function CreateNetworkPage() {
  const regions = useQuery(regionsQuery);

  return (
    <>
      <PageHeader
        title="Create network"
        description="A private IPv4 network between instances of one region."
        back={{ to: '/networks', label: 'Networks' }}
      />
      {regions.isError ? (
        <QueryError
          error={regions.error}
          onRetry={() => regions.refetch()}
          retrying={regions.isFetching}
        />
      ) : regions.data ? (
        <CreateNetworkForm regions={regions.data} />
      ) : (
        <QueryLoading query={regions}>
          <SkeletonText lines={6} label="Loading the form" />
        </QueryLoading>
      )}
    </>
  );
}

function CreateNetworkForm({ regions }: { regions: Region[] }) {
  const navigate = useNavigate();
  const create = useCreateNetwork();
  const { reason } = useWriteAccess();
  const client = useQueryClient();
  const start = useDraftStart<NetworkFormValues>('network', {
    name: '',
    region: defaultRegion,
    subnet: '',
    dhcp_enabled: true,
  });
  const form = useForm<NetworkFormValues>({
    resolver: networkResolver(client),
    mode: 'onChange',
    defaultValues: start.initial,
  });
  const draft = useDraft(form, start);
  const values = useWatch({ control: form.control });
  useQuery({
    ...regionNetworksQuery(values.region ?? ''),
    enabled: Boolean(values.region),
  });

  async function submit(input: NetworkFormValues) {
    const network = await create.mutateAsync(networkBody(input));
    notify.success(`Network ${network.name} created.`);
    // Nothing typed is lost on the way to the network just made.
    await navigate(`/networks/${network.id}`, { state: leaveWithoutAsking });
  }

  // A lost answer: the region's networks tell whether it was made.
  const checkOutcome = ({ name, region }: NetworkFormValues) =>
    lookForCreated({
      what: 'network',
      name,
      query: regionNetworksQuery(region),
      made: (page) => {
        const found = page.items.find((network) => network.name === name);
        return found && { href: `/networks/${found.id}` };
      },
      // Made after all: the form's work is done, its draft with it.
      onHappened: () => draft.discard(),
    });

  return (
    <>
      <ApiForm
        form={form}
        onSubmit={submit}
        checkOutcome={checkOutcome}
        submitLabel="Create network"
        pendingLabel="Creating…"
        disabledReason={reason}
        reasonFirst
        secondaryAction={
          <Link
            to="/networks"
            state={leaveWithoutAsking}
            className={buttonClass('ghost')}
          >
            Cancel
          </Link>
        }
        curl={
          <CurlPreview
            method="POST"
            path="/networks"
            body={networkBody(values)}
          />
        }
      >
        <DraftNotice draft={draft} />
        <NameField mono />
        <RegionField regions={regions} />
        <SubnetField />
        <CheckboxField
          name="dhcp_enabled"
          label="Assign addresses by DHCP"
          description="Members get their private address automatically."
        />
      </ApiForm>
      <CreateLeaveGuard control={form.control} what="network" />
    </>
  );
}

function SubnetField() {
  // Overlap is judged against the chosen region's networks.
  useRecheck('region', 'subnet');
  return (
    <TextField
      name="subnet"
      label="Subnet"
      description={
        <>
          A private block from /16 to /28 inside 10.0.0.0/8, 172.16.0.0/12 or
          192.168.0.0/16, not overlapping another network of the region: for
          example 10.10.0.0/24.
        </>
      }
      placeholder="10.10.0.0/24"
      autoComplete="off"
      spellCheck={false}
      mono
    />
  );
}

export { CreateNetworkPage as Component };
