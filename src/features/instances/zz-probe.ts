import { prefetch } from '../../api/prefetch';
import { instanceQueries } from '../../api/queries/instances';
import { regionsQuery } from '../../api/queries/reference';
export function a() {
  prefetch(instanceQueries.detail('x'));
  prefetch(regionsQuery);
}
