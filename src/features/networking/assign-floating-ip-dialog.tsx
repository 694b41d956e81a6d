import {
  floatingIpQueries,
  useAssignFloatingIp,
} from '../../api/queries/floating-ips';
import type { FloatingIp } from '../../api/types';
import { Button } from '../../components/button';
import { FormDialog } from '../../components/form-dialog';
import { lookFor } from '../../components/outcome-check';
import { PickAction } from '../../components/pick-action';
import { notify } from '../../components/toast';
import { InstanceSearch, useInstanceChoices } from './instance-choices';

/**
 * Points an address at an instance of its region, moving it off the one
 * it is on, if any. Opened from the address's row; focus comes back there.
 */
export function AssignFloatingIpDialog({
  floatingIp,
  onClose,
}: {
  floatingIp: FloatingIp;
  onClose: () => void;
}) {
  const assign = useAssignFloatingIp();

  return (
    <FormDialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={`${floatingIp.instance_id ? 'Reassign' : 'Assign'} ${floatingIp.ip}`}
      description={
        floatingIp.instance_id &&
        'It moves off the instance it is on now, in the same request.'
      }
      // Closing mid-request would hide its outcome; wait for it.
      dismissible={!assign.isPending}
    >
      <AssignForm floatingIp={floatingIp} assign={assign} onDone={onClose} />
    </FormDialog>
  );
}

function AssignForm({
  floatingIp,
  assign,
  onDone,
}: {
  floatingIp: FloatingIp;
  assign: ReturnType<typeof useAssignFloatingIp>;
  onDone: () => void;
}) {
  const choices = useInstanceChoices(floatingIp.region);
  const { instances } = choices;
  const options = instances
    .filter(
      (i) =>
        i.region === floatingIp.region &&
        i.id !== floatingIp.instance_id &&
        i.status !== 'deleting',
    )
    .map((i) => ({ value: i.id, label: i.name }));

  async function point(instanceId: string) {
    await assign.mutateAsync({ ip: floatingIp.ip, instanceId });
    const name = instances.find((i) => i.id === instanceId)?.name;
    notify.success(`${floatingIp.ip} now points at ${name ?? instanceId}.`);
    onDone();
  }

  // A lost answer: the region's addresses tell where this one points.
  function checkOutcome(instanceId: string) {
    const name = instances.find((i) => i.id === instanceId)?.name ?? instanceId;
    const { ip, region } = floatingIp;
    return lookFor({
      query: floatingIpQueries.list({ region, per_page: 100 }),
      checking: `Looking at where ${ip} points…`,
      outcome: (page) =>
        page.items.some((f) => f.ip === ip && f.instance_id === instanceId)
          ? { happened: true, message: `${ip} now points at ${name}.` }
          : {
              happened: false,
              message: `${ip} does not point at ${name}. You can assign it again.`,
            },
    });
  }

  return (
    <>
      <InstanceSearch choices={choices} />
      <PickAction
        label={`Instance in ${floatingIp.region}`}
        placeholder="Choose an instance"
        options={options}
        actionLabel="Assign"
        pendingLabel="Assigning…"
        onAction={point}
        checkOutcome={checkOutcome}
      />
      <div className="mt-5 flex justify-end">
        <Button
          variant="secondary"
          disabled={assign.isPending}
          onClick={onDone}
        >
          Cancel
        </Button>
      </div>
    </>
  );
}
