import { ok } from '../http';
import { list } from '../pagination';
import { route } from '../pipeline';

export const referenceHandlers = [
  route('get', '/regions', ({ request, state }) =>
    list(request, state.regions),
  ),
  route('get', '/plans', ({ request, state }) => list(request, state.plans)),
  route('get', '/images', ({ request, state }) => list(request, state.images)),
  route('get', '/pricing', ({ state }) => ok({ ...state.pricing })),
];
