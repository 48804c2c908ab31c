import { readFileSync } from 'node:fs';
import { buildSchema, isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { GRAPHQL_ROLES, roleLabel, roleNeedsProvince, toDomainRole, toGraphQLRole } from './roles';

const schema = buildSchema(readFileSync(new URL('../../../../api/schema.gql', import.meta.url), 'utf8'));

describe('roles', () => {
  it('spells every domain role as the GraphQL enum Role does', () => {
    const roleEnum = schema.getType('Role');
    if (!isEnumType(roleEnum)) throw new Error('schema.gql has no enum Role');
    expect([...GRAPHQL_ROLES].sort()).toEqual(
      roleEnum
        .getValues()
        .map((value) => value.name)
        .sort(),
    );
    expect(toGraphQLRole('data-officer')).toBe('DATA_OFFICER');
  });

  it('labels a role in Vietnamese whichever way it is spelt', () => {
    expect(roleLabel('DIRECTOR')).toBe('Giám đốc BHXH tỉnh');
    expect(roleLabel('data-officer')).toBe('Cán bộ nghiệp vụ Trung ương');
    expect(roleLabel('LEADERSHIP')).toBe('Lãnh đạo BHXH Việt Nam');
    expect(roleLabel('OFFICER')).toBe('Cán bộ BHXH tỉnh');
    expect(roleLabel('analyst')).toBe('Chuyên viên phân tích');
  });

  it('shows an unknown role as it came and a missing one as a dash', () => {
    expect(roleLabel('auditor')).toBe('auditor');
    expect(roleLabel(null)).toBe('—');
    expect(toDomainRole('auditor')).toBeUndefined();
  });

  it('asks for a province for directors and officers only', () => {
    expect(GRAPHQL_ROLES.filter(roleNeedsProvince)).toEqual(['DIRECTOR', 'OFFICER']);
  });
});
