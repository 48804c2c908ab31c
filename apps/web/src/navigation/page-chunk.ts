import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- React.lazy's own constraint: a page of any props.
type AnyPage = ComponentType<any>;

export type LazyPage<C extends AnyPage> = {
  /** The page, loaded on first render (React.lazy). */
  Page: LazyExoticComponent<C>;
  /** Starts the download now; the page then renders from the same promise. */
  preload: () => Promise<{ default: C }>;
};

/** A page in a chunk of its own, that can be asked for before it is rendered. */
export function pageChunk<C extends AnyPage>(load: () => Promise<{ default: C }>): LazyPage<C> {
  let loading: Promise<{ default: C }> | undefined;
  const preload = () => (loading ??= load());
  return { Page: lazy(preload), preload };
}
