import { describe, expect, it } from 'vitest';
import type { Instance, InstanceStatus } from '../../api/types';
import {
  actionsBlockedReason,
  canDelete,
  canRun,
  powerAction,
} from './instance-states';

const at = (status: InstanceStatus) => ({ name: 'web-1', status }) as Instance;

describe('instance action rules', () => {
  it('allows what the API allows from each settled state', () => {
    expect(canRun(at('running'), 'stop')).toBe(true);
    expect(canRun(at('running'), 'reboot')).toBe(true);
    expect(canRun(at('running'), 'start')).toBe(false);
    expect(canRun(at('stopped'), 'start')).toBe(true);
    expect(canRun(at('stopped'), 'reboot')).toBe(false);
    expect(canRun(at('running'), 'rebuild')).toBe(true);
    expect(canRun(at('running'), 'resize')).toBe(true);
    expect(canRun(at('stopped'), 'rebuild')).toBe(false);
    expect(canRun(at('stopped'), 'resize')).toBe(false);
    expect(canRun(at('resizing'), 'rebuild')).toBe(false);
  });

  it('allows delete in every state but deleting', () => {
    expect(canDelete(at('rebooting'))).toBe(true);
    expect(canDelete(at('deleting'))).toBe(false);
  });

  it('offers Start to a stopped instance and Stop otherwise', () => {
    expect(powerAction(at('stopped'))).toBe('start');
    expect(powerAction(at('starting'))).toBe('start');
    expect(powerAction(at('running'))).toBe('stop');
    expect(powerAction(at('stopping'))).toBe('stop');
  });

  it('says why actions are held back', () => {
    expect(actionsBlockedReason(at('running'))).toBeNull();
    expect(actionsBlockedReason(at('resizing'))).toBe(
      'web-1 is resizing. Other actions wait until it settles.',
    );
    expect(actionsBlockedReason(at('stopped'))).toBe(
      'Start web-1 before rebooting, rebuilding or resizing it.',
    );
    expect(actionsBlockedReason(at('deleting'))).toBe(
      'web-1 is being deleted.',
    );
  });
});
