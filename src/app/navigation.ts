import { instanceNavigation } from '../features/instances/routes';

/** The areas of the console, in the order the navigation lists them. */
export const navigation: { to: string; label: string }[] = [
  ...instanceNavigation,
];
