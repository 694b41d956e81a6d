import { useLayoutEffect, useRef, useState } from 'react';
import { cx } from '../lib/class-names';

/** Whether a sideways scroller hides content before or after its view. */
export interface ScrollEdges {
  start: boolean;
  end: boolean;
}

const none: ScrollEdges = { start: false, end: false };

function measure(element: HTMLElement): ScrollEdges {
  // A pixel of slack: a zoomed page reports fractional widths. Absolute,
  // as a right-to-left scroller counts its offset below zero.
  const offset = Math.abs(element.scrollLeft);
  return {
    start: offset > 1,
    end: offset + element.clientWidth < element.scrollWidth - 1,
  };
}

/**
 * Follows what a sideways scroller keeps out of view, as it scrolls and
 * as it or its content changes size, so that its edges can say so.
 */
export function useScrollEdges<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [edges, setEdges] = useState(none);

  // Measured before paint: a hint that appears later would shift the page.
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = () => {
      const next = measure(element);
      setEdges((current) =>
        current.start === next.start && current.end === next.end
          ? current
          : next,
      );
    };
    update();
    element.addEventListener('scroll', update, { passive: true });
    const observer =
      typeof ResizeObserver === 'undefined'
        ? undefined
        : new ResizeObserver(update);
    observer?.observe(element);
    for (const child of element.children) observer?.observe(child);
    return () => {
      element.removeEventListener('scroll', update);
      observer?.disconnect();
    };
  }, []);

  return [ref, edges] as const;
}

const shadowSide = {
  start: 'left-0 bg-linear-to-r',
  end: 'right-0 bg-linear-to-l',
} as const;

/**
 * A shade over one edge of a scroller, shown while content lies beyond
 * it. Put it beside the scroller, in a positioned box of the same size.
 */
export function ScrollShadow({
  side,
  visible,
  className = 'w-4 from-slate-900/10',
}: {
  side: keyof typeof shadowSide;
  visible: boolean;
  /** The gradient's width and colour: a narrow shadow unless told. */
  className?: string;
}) {
  return (
    <div
      aria-hidden="true"
      className={cx(
        'pointer-events-none absolute inset-y-0 rounded-[inherit] to-transparent',
        'transition-opacity',
        shadowSide[side],
        visible ? 'opacity-100' : 'opacity-0',
        className,
      )}
    />
  );
}
