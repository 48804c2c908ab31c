import { allowedActions } from '@scorecard/domain';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../api/generated/graphql';
import type { ViewerAccess } from '../../session/permissions';
import { mayImportCompliance } from './compliance-access';

const laiChau = { code: '12', nameVi: 'Lai Châu' };

function viewer(role: Role, province: ViewerAccess['province'] = null): ViewerAccess {
  const domainRole = role.toLowerCase().replace('_', '-') as Parameters<typeof allowedActions>[0]['role'];
  // What the server sends: the table of libs/domain applied to the role.
  return { role, province, permissions: allowedActions({ role: domainRole, provinceCode: province?.code ?? null }) };
}

describe('who may import compliance lists and steps', () => {
  it('lets a province’s officer and director import for their own province only', () => {
    for (const role of ['OFFICER', 'DIRECTOR'] as const) {
      expect(mayImportCompliance(viewer(role, laiChau), '12'), role).toBe(true);
      expect(mayImportCompliance(viewer(role, laiChau), '01'), role).toBe(false);
      expect(mayImportCompliance(viewer(role, laiChau), null), role).toBe(false);
    }
  });

  it('lets a headquarters data officer import for the nation or any province', () => {
    expect(mayImportCompliance(viewer('DATA_OFFICER'), null)).toBe(true);
    expect(mayImportCompliance(viewer('DATA_OFFICER'), '01')).toBe(true);
  });

  it('does not let the leadership or an analyst import', () => {
    expect(mayImportCompliance(viewer('LEADERSHIP'), null)).toBe(false);
    expect(mayImportCompliance(viewer('ANALYST'), '01')).toBe(false);
  });
});
