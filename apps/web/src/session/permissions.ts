// What the viewer may do, read from `me.permissions` (the server's authorisation table applied to the caller) and,
// for the province a provincial user is bound to, from the same table in libs/domain: the web app never keeps a
// second list of who may do what.
import { ACCESS_POLICY, type Action, type Role as DomainRole } from '@scorecard/domain';
import type { Role } from '../api/generated/graphql';
import type { Viewer } from './viewer.queries';

export type ViewerAccess = Pick<Viewer, 'role' | 'province' | 'permissions'>;

/** May do the action somewhere: on every province, or on their own only (see actionScope). */
export function can(viewer: ViewerAccess, action: Action): boolean {
  return viewer.permissions.includes(action);
}

const DOMAIN_ROLES = {
  LEADERSHIP: 'leadership',
  DATA_OFFICER: 'data-officer',
  DIRECTOR: 'director',
  OFFICER: 'officer',
  ANALYST: 'analyst',
} as const satisfies Record<Role, DomainRole>;

/** Not allowed at all; allowed on every province (province null); or allowed on one province only. */
export type ActionScope = { allowed: false } | { allowed: true; province: string | null };

export function actionScope(viewer: ViewerAccess, action: Action): ActionScope {
  if (!can(viewer, action)) return { allowed: false };
  const role: DomainRole | undefined = DOMAIN_ROLES[viewer.role];
  const scope = role === undefined ? undefined : ACCESS_POLICY[action][role];
  // A role this build does not know, bound to a province, is held to that province: the server decides anyway.
  const ownOnly = scope === 'OWN_PROVINCE' || (scope === undefined && viewer.province !== null);
  if (!ownOnly) return { allowed: true, province: null };
  return viewer.province ? { allowed: true, province: viewer.province.code } : { allowed: false };
}

/** The one province the viewer may do the action for; null when every province or none (check `can`). */
export function scopedProvince(viewer: ViewerAccess, action: Action): string | null {
  const scope = actionScope(viewer, action);
  return scope.allowed ? scope.province : null;
}

/** May do the action on this province. */
export function mayActOn(viewer: ViewerAccess, action: Action, provinceCode: string): boolean {
  const scope = actionScope(viewer, action);
  return scope.allowed && (scope.province === null || scope.province === provinceCode);
}

/** The province a provincial director or officer belongs to, highlighted wherever provinces are listed. */
export function ownProvinceCode(viewer: Pick<Viewer, 'province'> | null): string | null {
  return viewer?.province?.code ?? null;
}
