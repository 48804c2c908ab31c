// Who may use the import tab: whoever may record steps on the cases shown, as the case page's forms ask.
import { actionScope, mayActOn, type ViewerAccess } from '../../session/permissions';

/**
 * May import lists and steps for the province shown: record steps there (a provincial user's own province), or,
 * the nation shown, record them on every province (a headquarters data officer).
 */
export function mayImportCompliance(viewer: ViewerAccess, province: string | null): boolean {
  if (province !== null) return mayActOn(viewer, 'compliance.record', province);
  const scope = actionScope(viewer, 'compliance.record');
  return scope.allowed && scope.province === null;
}
