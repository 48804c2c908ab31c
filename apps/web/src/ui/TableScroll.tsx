import { useEffect, useRef, useState, type ReactNode } from 'react';

/** The box's accessible name: the id of the heading that names the table, or a text where it has none. */
type TableScrollName = { labelledBy: string; label?: never } | { label: string; labelledBy?: never };

type TableScrollProps = TableScrollName & {
  /** More classes besides "table-scroll" (e.g. "access-scroll"). */
  className?: string;
  children: ReactNode;
};

/**
 * The box a wide table scrolls sideways in. While the table is wider than the box, the box is a named region that
 * takes the keyboard focus, so the arrow keys scroll it without a mouse (WCAG 2.1.1); when it all fits, it is not a
 * tab stop.
 */
export function TableScroll({ labelledBy, label, className, children }: TableScrollProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);

  useEffect(() => {
    const box = ref.current;
    if (!box || typeof ResizeObserver === 'undefined') return;
    const measure = () => setScrolls(box.scrollWidth > box.clientWidth);
    const observer = new ResizeObserver(measure);
    // The box changes with the window, the table with its rows.
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    measure();
    return () => observer.disconnect();
  }, []);

  return (
    <div
      ref={ref}
      className={className ? `table-scroll ${className}` : 'table-scroll'}
      role={scrolls ? 'region' : undefined}
      aria-labelledby={scrolls ? labelledBy : undefined}
      aria-label={scrolls && labelledBy === undefined ? label : undefined}
      tabIndex={scrolls ? 0 : undefined}
    >
      {children}
    </div>
  );
}
