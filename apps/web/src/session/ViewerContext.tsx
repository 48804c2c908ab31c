import { createContext, useContext, type ReactNode } from 'react';
import type { Viewer } from './viewer.queries';

const ViewerContext = createContext<Viewer | null>(null);

/** Gives every page the signed-in viewer (role, province, permissions); the session shell puts it in place. */
export function ViewerProvider({ viewer, children }: { viewer: Viewer; children: ReactNode }) {
  return <ViewerContext.Provider value={viewer}>{children}</ViewerContext.Provider>;
}

/** The signed-in viewer. Pages render only inside the session shell, so there always is one. */
export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer() was called outside <ViewerProvider>: render the page inside SessionShell');
  return viewer;
}
