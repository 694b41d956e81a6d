import { useEffect } from 'react';
import { NavLink, useLocation, type To } from 'react-router';
import { cx } from '../lib/class-names';
import { ScrollShadow, useScrollEdges } from './scroll-edges';

export interface RouteTab {
  to: To;
  label: string;
  /** Active only on its exact URL; true by default for the first tab. */
  end?: boolean;
}

const listClass = cx(
  'relative flex gap-1 overflow-x-auto border-b border-slate-200',
  '[scrollbar-width:thin]',
);

// A block, so that its padding and underline count in the list's height:
// the list scrolls, and clips whatever sticks out of it.
const tabClass =
  'block border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap';
const activeClass = 'border-brand-700 text-brand-800';
const idleClass = 'border-transparent text-slate-600 hover:text-slate-900';

// Fades the tabs cut off at an edge into the page, so they read as more.
const fadeClass = 'w-10 from-slate-50';
const fadeWidth = 40;

/**
 * A detail page's tabs, each its own URL, so a tab can be linked to and
 * back returns to it. Links rather than ARIA tabs: each one navigates.
 * On a phone they scroll sideways, the active one brought into view.
 */
export function RouteTabs({
  label,
  tabs,
  className,
}: {
  /** Names the navigation: "Instance sections". */
  label: string;
  tabs: readonly RouteTab[];
  className?: string;
}) {
  const [listRef, edges] = useScrollEdges<HTMLUListElement>();
  const { pathname } = useLocation();

  // On a phone the active tab may start out of view, or under a fade:
  // centre it. Scrolling the list itself (not scrollIntoView) leaves the
  // page's own scroll alone.
  useEffect(() => {
    const list = listRef.current;
    const active = list?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!list || !active) return;
    const start = active.offsetLeft;
    const end = start + active.offsetWidth;
    const shown = list.scrollLeft;
    if (
      start < shown + fadeWidth ||
      end > shown + list.clientWidth - fadeWidth
    ) {
      const centred = start - (list.clientWidth - active.offsetWidth) / 2;
      list.scrollLeft = Math.max(centred, 0);
    }
  }, [listRef, pathname]);

  return (
    <nav aria-label={label} className={cx('relative', className)}>
      <ul
        ref={listRef}
        data-more-start={edges.start || undefined}
        data-more-end={edges.end || undefined}
        className={listClass}
      >
        {tabs.map((tab, index) => (
          <li key={index} className="shrink-0">
            <NavLink
              to={tab.to}
              end={tab.end ?? index === 0}
              className={({ isActive }) =>
                cx(tabClass, isActive ? activeClass : idleClass)
              }
            >
              {tab.label}
            </NavLink>
          </li>
        ))}
      </ul>
      <ScrollShadow side="start" visible={edges.start} className={fadeClass} />
      <ScrollShadow side="end" visible={edges.end} className={fadeClass} />
    </nav>
  );
}
