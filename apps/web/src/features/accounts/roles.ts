// Roles as the GraphQL API spells them (DATA_OFFICER) and as the domain and the audit log spell them
// (data-officer). The domain's ROLES is the one list; the enum values and the labels are derived from it.
import { ROLES, isProvinceRole, isRole, type Role } from '@scorecard/domain';
import { textAccess } from '../../i18n/vi-access';

type EnumCase<R extends string> = R extends `${infer Head}-${infer Tail}`
  ? `${Uppercase<Head>}_${EnumCase<Tail>}`
  : Uppercase<R>;

/** The GraphQL enum Role: LEADERSHIP, DATA_OFFICER, DIRECTOR, OFFICER, ANALYST. */
export type GraphQLRole = EnumCase<Role>;

export function toGraphQLRole(role: Role): GraphQLRole {
  return role.toUpperCase().replaceAll('-', '_') as GraphQLRole;
}

/** The domain role of either spelling; undefined for anything else. */
export function toDomainRole(value: string): Role | undefined {
  const role = value.toLowerCase().replaceAll('_', '-');
  return isRole(role) ? role : undefined;
}

/** Every role, in the domain's order (headquarters first), as the form's options. */
export const GRAPHQL_ROLES: readonly GraphQLRole[] = ROLES.map(toGraphQLRole);

/** "Giám đốc BHXH tỉnh" for DIRECTOR or director; an unknown value as it came. */
export function roleLabel(value: string | null | undefined): string {
  if (!value) return textAccess.common.none;
  const role = toDomainRole(value);
  return role ? textAccess.roles[role] : value;
}

/** Directors and officers are bound to one province; headquarters roles and analysts to none. */
export function roleNeedsProvince(value: string): boolean {
  const role = toDomainRole(value);
  return role !== undefined && isProvinceRole(role);
}

export function isGraphQLRole(value: string): value is GraphQLRole {
  return (GRAPHQL_ROLES as readonly string[]).includes(value);
}
