import { zodResolver } from '@hookform/resolvers/zod';
import { useRef } from 'react';
import { useForm, useFormContext, useWatch } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { useWriteAccess } from '../../api/queries/account';
import {
  instanceQueries,
  useCreateInstance,
} from '../../api/queries/instances';
import type { SshKey } from '../../api/types';
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
  SelectField,
  TextAreaField,
  TextField,
  useDraft,
  useDraftStart,
} from '../../components/form';
import { lookForCreated } from '../../components/outcome-check';
import { notify } from '../../components/toast';
import { userDataBytes, USER_DATA_MAX_BYTES } from '../../lib/validation';
import { AddSshKeyButton } from './add-ssh-key-dialog';
import { ChoiceBox, ChoiceGroup } from './choice-group';
import {
  createInstanceSchema,
  initialValues,
  toCreateRequest,
  type CreateInstanceValues,
  type InstanceChoices,
} from './create-instance-schema';
import {
  CreateInstanceSummary,
  PriceBySubmit,
} from './create-instance-summary';
import { NetworkPicker } from './network-picker';
import { PlanPicker } from './plan-picker';

const instancePath = (id: string) => `/instances/${id}`;
// Nothing typed is lost on the way to the instance just made.
const toInstance = { state: leaveWithoutAsking } as const;

// Server messages about these land under their group, not in the alert.
const groupFields = ['plan', 'ssh_keys', 'private_networks'] as const;

export function CreateInstanceForm({ choices }: { choices: InstanceChoices }) {
  const navigate = useNavigate();
  const createInstance = useCreateInstance();
  const { reason } = useWriteAccess();
  const createdId = useRef<string | null>(null);
  const start = useDraftStart('instance', initialValues(choices));
  const form = useForm<CreateInstanceValues>({
    resolver: zodResolver(createInstanceSchema),
    mode: 'onChange',
    defaultValues: start.initial,
  });
  const draft = useDraft(form, start);

  async function create(values: CreateInstanceValues) {
    // Until the instance's page replaces this one, Create can be pressed
    // again; that goes to the instance made rather than make a second.
    if (createdId.current) {
      return navigate(instancePath(createdId.current), toInstance);
    }
    const instance = await createInstance.mutateAsync(toCreateRequest(values));
    createdId.current = instance.id;
    notify.success(`Creating instance ${instance.name}`);
    return navigate(instancePath(instance.id), toInstance);
  }

  // A dropped connection leaves the outcome unknown: look the name up.
  // One look is the point; the instance's own page follows its progress.
  const checkOutcome = ({ name }: CreateInstanceValues) =>
    lookForCreated({
      what: 'instance',
      name,
      query: instanceQueries.list({ name }),
      made: (page) => {
        const found = page.items.find((instance) => instance.name === name);
        return found && { href: instancePath(found.id) };
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
        submitLabel="Create instance"
        pendingLabel="Creating…"
        disabledReason={reason}
        reasonFirst
        fields={groupFields}
        secondaryAction={<FormActions choices={choices} />}
        curl={<SidePanel choices={choices} />}
      >
        <DraftNotice draft={draft} />
        <NameField />
        <RegionField regions={choices.regions} />
        <PlanPicker plans={choices.plans} currency={choices.currency} />
        <SelectField
          name="image"
          label="Image"
          placeholder="Choose an image"
          options={choices.images.map((image) => ({
            value: image.id,
            label: image.name,
          }))}
        />
        <SshKeyChoices sshKeys={choices.sshKeys} />
        <NetworkPicker regions={choices.regions} />
        <TextField
          name="tags"
          label="Tags"
          optional
          description="Comma or space separated, up to 10. Each uses lowercase letters, digits, -, _ and :."
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
        />
        <UserDataField />
        <CheckboxField name="backups" label="Automatic backups" />
      </ApiForm>
      <CreateLeaveGuard control={form.control} what="instance" />
    </>
  );
}

function SshKeyChoices({ sshKeys }: { sshKeys: readonly SshKey[] }) {
  const { control, getValues, setValue } =
    useFormContext<CreateInstanceValues>();
  const chosen = useWatch({ control, name: 'ssh_keys' });
  const check = (key: SshKey) =>
    setValue('ssh_keys', [...getValues('ssh_keys'), key.id], {
      shouldValidate: true,
    });
  const hint =
    chosen.length === 0
      ? "With no key, you will need the instance's console to log in."
      : undefined;

  return (
    <>
      <ChoiceGroup
        name="ssh_keys"
        legend="SSH keys"
        optional
        description={hint}
      >
        {(aria) =>
          sshKeys.length === 0 ? (
            <p className="text-sm text-slate-600">
              Your account has no SSH keys yet.
            </p>
          ) : (
            <div className="space-y-2">
              {sshKeys.map((key) => (
                <ChoiceBox
                  key={key.id}
                  name="ssh_keys"
                  value={key.id}
                  label={key.name}
                  detail={key.fingerprint}
                  {...aria}
                />
              ))}
            </div>
          )
        }
      </ChoiceGroup>
      <AddSshKeyButton onAdded={check} />
    </>
  );
}

const byteCount = new Intl.NumberFormat();

function UserDataField() {
  const { control } = useFormContext<CreateInstanceValues>();
  const bytes = useWatch({
    control,
    name: 'user_data',
    compute: userDataBytes,
  });
  const used = `${byteCount.format(bytes)} of ${byteCount.format(USER_DATA_MAX_BYTES)} bytes used.`;

  return (
    <TextAreaField
      name="user_data"
      label="User data"
      optional
      mono
      rows={6}
      spellCheck={false}
      description={`A cloud-init script run on first boot. ${used}`}
    />
  );
}

function FormActions({ choices }: { choices: InstanceChoices }) {
  return (
    <>
      <Link
        to="/instances"
        state={leaveWithoutAsking}
        className={buttonClass('ghost')}
      >
        Cancel
      </Link>
      <PriceBySubmit choices={choices} />
    </>
  );
}

function SidePanel({ choices }: { choices: InstanceChoices }) {
  return (
    <div className="space-y-4">
      <CreateInstanceSummary choices={choices} />
      <RequestPreview />
    </div>
  );
}

/** The request exactly as Create would send it. */
function RequestPreview() {
  const { control } = useFormContext<CreateInstanceValues>();
  const body = useWatch({ control, compute: toCreateRequest });
  return <CurlPreview method="POST" path="/instances" body={body} />;
}
