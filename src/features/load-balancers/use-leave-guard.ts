// The guard is shared by every form page; this keeps the old path working.
export { leaveWithoutAsking, useLeaveGuard } from '../../components/form';
