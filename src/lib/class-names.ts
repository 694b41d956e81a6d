/** Joins class names, skipping the falsy ones. */
export function cx(...names: Array<string | false | null | undefined>) {
  return names.filter(Boolean).join(' ');
}
