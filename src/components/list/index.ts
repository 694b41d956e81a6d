export { EmptyState } from './empty-state';
export { IgnoredFilters } from './ignored-filters';
export { ListStates, type ListQuery } from './list-states';
export { Pagination } from './pagination';
export { RegionFilter } from './region-filter';
export { readRegionListParams, useRegionListParams } from './region-choices';
export {
  DataTable,
  ResponsiveTable,
  RowActions,
  TableSkeleton,
  tableClasses,
} from './table';
export {
  readListParams,
  useListParams,
  type ListParams,
  type ListQueryParams,
} from './use-list-params';
