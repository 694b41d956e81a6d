import { useState } from 'react';
import { useNavigate } from 'react-router';
import { GatedButton } from '../../components/write-gate';
import { DeleteInstanceDialog } from './delete-instance-dialog';
import { canDelete } from './instance-states';
import { useInstance } from './instance-outlet';
import { RenameForm } from './rename-form';
import { TabSection } from './tab-section';
import { TagsForm } from './tags-form';

const cardClass = 'rounded-lg border border-slate-200 bg-white p-4';

export function SettingsTab() {
  const instance = useInstance();

  return (
    <div className="max-w-2xl space-y-8">
      <TabSection title="Name" className={cardClass}>
        <RenameForm instance={instance} />
      </TabSection>
      <TabSection
        title="Tags"
        description="Tags group instances: the instance list filters by them."
        className={cardClass}
      >
        <TagsForm instance={instance} />
      </TabSection>
      <DangerZone />
    </div>
  );
}

function DangerZone() {
  const instance = useInstance();
  const navigate = useNavigate();
  const [deleting, setDeleting] = useState(false);

  return (
    <TabSection
      title="Delete instance"
      description={
        <>
          Deletes {instance.name} and everything on its disk. Its volumes and
          floating IPs are kept, detached.
        </>
      }
      className="rounded-lg border border-red-300 bg-red-50/40 p-4"
    >
      <GatedButton
        variant="danger"
        disabled={!canDelete(instance)}
        onClick={() => setDeleting(true)}
      >
        Delete instance…
      </GatedButton>
      <DeleteInstanceDialog
        instance={instance}
        open={deleting}
        onOpenChange={setDeleting}
        onDeleted={() => navigate('/instances')}
      />
    </TabSection>
  );
}

export { SettingsTab as Component };
