import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useRef } from 'react';
import { useForm, useFormContext, useWatch } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { useWriteAccess } from '../../api/queries/account';
import { useCreateVolume, volumeQueries } from '../../api/queries/volumes';
import type { Snapshot } from '../../api/types';
import { buttonClass } from '../../components/button';
import {
  ApiForm,
  CreateLeaveGuard,
  DraftNotice,
  CurlPreview,
  leaveWithoutAsking,
  NameField,
  NumberField,
  RegionField,
  SelectField,
  useRecheck,
  useDraft,
  useDraftStart,
} from '../../components/form';
import { lookForCreated } from '../../components/outcome-check';
import { notify } from '../../components/toast';
import { formatMoney } from '../../lib/format';
import { hourlyFromMonthly } from '../../lib/pricing';
import {
  createVolumeSchema,
  initialValues,
  monthlyPrice,
  toCreateRequest,
  type CreateVolumeValues,
  type VolumeChoices,
} from './create-volume-schema';
import { volumePath } from './paths';

// Nothing typed is lost on the way to the volume just made.
const toVolume = { state: leaveWithoutAsking } as const;

interface CreateVolumeFormProps {
  choices: VolumeChoices;
  /** The snapshot the page was opened from, if any. */
  snapshot?: Snapshot;
}

export function CreateVolumeForm({ choices, snapshot }: CreateVolumeFormProps) {
  const navigate = useNavigate();
  const createVolume = useCreateVolume();
  const { reason } = useWriteAccess();
  const createdId = useRef<string | null>(null);
  const schema = useMemo(
    () => createVolumeSchema(choices.snapshots),
    [choices.snapshots],
  );
  // A draft from one snapshot's link is not another's.
  const start = useDraftStart(
    snapshot ? `volume-from-${snapshot.id}` : 'volume',
    initialValues(choices, snapshot),
  );
  const form = useForm<CreateVolumeValues>({
    resolver: zodResolver(schema),
    mode: 'onChange',
    defaultValues: start.initial,
  });
  const draft = useDraft(form, start);

  async function create(values: CreateVolumeValues) {
    // Create pressed again before the volume's page replaced this one
    // goes to the volume made rather than make a second.
    if (createdId.current) {
      return navigate(volumePath(createdId.current), toVolume);
    }
    const volume = await createVolume.mutateAsync(toCreateRequest(values));
    createdId.current = volume.id;
    notify.success(`Creating volume ${volume.name}`);
    return navigate(volumePath(volume.id), toVolume);
  }

  // A lost answer: the region's volumes tell whether it was made.
  const checkOutcome = ({ name, region }: CreateVolumeValues) =>
    lookForCreated({
      what: 'volume',
      name,
      query: volumeQueries.inRegion(region),
      made: (page) => {
        const found = page.items.find((volume) => volume.name === name);
        return found && { href: volumePath(found.id) };
      },
      // Made after all: the form's work is done, its draft with it.
      onHappened: () => draft.discard(),
    });

  return (
    <>
      <ApiForm
        form={form}
        onSubmit={create}
        checkOutcome={checkOutcome}
        submitLabel="Create volume"
        pendingLabel="Creating…"
        disabledReason={reason}
        reasonFirst
        secondaryAction={<FormActions choices={choices} />}
        curl={<RequestPreview />}
      >
        <DraftNotice draft={draft} />
        <NameField />
        <SnapshotField snapshots={choices.snapshots} />
        <SizeField snapshots={choices.snapshots} />
        <VolumeRegionField choices={choices} />
      </ApiForm>
      <CreateLeaveGuard control={form.control} what="volume" />
    </>
  );
}

function useSource(snapshots: readonly Snapshot[]) {
  const { control } = useFormContext<CreateVolumeValues>();
  const id = useWatch({ control, name: 'snapshot_id' });
  return snapshots.find((snapshot) => snapshot.id === id);
}

function SnapshotField({ snapshots }: { snapshots: readonly Snapshot[] }) {
  const { setValue, trigger } = useFormContext<CreateVolumeValues>();
  const source = useSource(snapshots);
  const previous = useRef(source?.id);

  // A new snapshot brings its size and its region; the size is checked
  // again against it at once.
  useEffect(() => {
    if (previous.current === source?.id) return;
    previous.current = source?.id;
    if (!source) return;
    setValue('size_gb', source.size_gb);
    setValue('region', source.region);
    void trigger('size_gb');
  }, [source, setValue, trigger]);

  return (
    <SelectField
      name="snapshot_id"
      label="Start from a snapshot"
      optional
      placeholder="None: an empty volume"
      description="A restored volume holds the snapshot's data."
      options={snapshots.map((snapshot) => ({
        value: snapshot.id,
        label: `${snapshot.name} (${snapshot.size_gb} GB, ${snapshot.region})`,
      }))}
    />
  );
}

function SizeField({ snapshots }: { snapshots: readonly Snapshot[] }) {
  const source = useSource(snapshots);
  // Leaving the snapshot lifts its lower bound from the size.
  useRecheck('snapshot_id', 'size_gb');
  const description = source
    ? `Whole GB, at least ${source.size_gb} GB (the snapshot's size).`
    : 'Whole GB, from 1 to 16,384.';
  return (
    <NumberField
      name="size_gb"
      label="Size"
      unit="GB"
      description={description}
    />
  );
}

/** Fixed to the snapshot's region when restoring: it lives there. */
function VolumeRegionField({ choices }: { choices: VolumeChoices }) {
  const source = useSource(choices.snapshots);
  if (source) {
    return (
      <div className="space-y-1 text-sm">
        <p className="font-medium text-slate-900">Region</p>
        <p className="text-slate-800">{source.region}</p>
        <p className="text-slate-600">
          Fixed: a volume is restored in its snapshot&apos;s region.
        </p>
      </div>
    );
  }
  return (
    <RegionField
      regions={choices.regions}
      description="A volume can be attached only to instances in its region."
    />
  );
}

function FormActions({ choices }: { choices: VolumeChoices }) {
  return (
    <>
      <Link
        to="/volumes"
        state={leaveWithoutAsking}
        className={buttonClass('ghost')}
      >
        Cancel
      </Link>
      <MonthlyPrice choices={choices} />
    </>
  );
}

/** The price as the size changes, read out politely as it does. */
function MonthlyPrice({ choices }: { choices: VolumeChoices }) {
  const { control } = useFormContext<CreateVolumeValues>();
  const size = useWatch({ control, name: 'size_gb' });
  const price = monthlyPrice(size, choices.gbMonth);
  return (
    <p aria-live="polite" className="text-sm text-slate-700">
      {price === undefined ? (
        'Enter a size to see the price.'
      ) : (
        <>
          <span className="tabular-nums">
            {formatMoney(hourlyFromMonthly(price), choices.currency)}
          </span>{' '}
          an hour, at most{' '}
          <span className="font-semibold tabular-nums">
            {formatMoney(price, choices.currency)}
          </span>{' '}
          a month
        </>
      )}
    </p>
  );
}

/** The request exactly as Create would send it. */
function RequestPreview() {
  const { control } = useFormContext<CreateVolumeValues>();
  const body = useWatch({ control, compute: toCreateRequest });
  return <CurlPreview method="POST" path="/volumes" body={body} />;
}
