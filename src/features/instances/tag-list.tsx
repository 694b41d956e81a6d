const tagClass =
  'rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-800';

/** Tags as chips; each one is user text, rendered only as text. */
export function TagList({ tags }: { tags: readonly string[] }) {
  return (
    <ul className="flex flex-wrap gap-1">
      {tags.map((tag) => (
        <li key={tag} className={tagClass}>
          {tag}
        </li>
      ))}
    </ul>
  );
}
