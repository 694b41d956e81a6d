export { EmptyState } from './empty-state';
export { ListStates, type ListQuery } from './list-states';
export { Pagination } from './pagination';
export { ResponsiveTable, TableSkeleton, tableClasses } from './table';
export { useListParams, type ListParams } from './use-list-params';
