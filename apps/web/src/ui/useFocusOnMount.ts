import { useEffect, useRef } from 'react';

/**
 * Moves the keyboard focus to the element once it is shown (give it tabIndex -1), so a screen reader reads an
 * outcome the user just asked for, and the next Tab starts from there.
 */
export function useFocusOnMount<T extends HTMLElement>(enabled = true) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (enabled) ref.current?.focus();
  }, [enabled]);
  return ref;
}
