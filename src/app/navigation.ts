/** The areas of the console, in the order the navigation lists them. */
export const navigation = [{ to: '/instances', label: 'Instances' }] as const;
