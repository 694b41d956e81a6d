interface IgnoredFiltersProps {
  /** Unknown values by filter, as useListParams reports them. */
  ignored: Partial<Record<string, string>>;
  /** How to name a filter in a sentence; its API name otherwise. */
  labels?: Partial<Record<string, string>>;
}

/** Says which values of the URL a list left out, and so does not apply. */
export function IgnoredFilters({ ignored, labels = {} }: IgnoredFiltersProps) {
  const entries = Object.entries(ignored).filter(([, value]) => value);
  if (entries.length === 0) return null;
  return (
    <p
      role="status"
      className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
    >
      {entries
        .map(
          ([name, value]) =>
            `Unknown ${labels[name] ?? name} '${value}' ignored.`,
        )
        .join(' ')}
    </p>
  );
}
