import { provinceFilter, type Action, type Principal } from '@scorecard/domain';
import type { ReferenceService } from '../reference/reference.service';
import { assertProvinceAccess } from './access.guard';

/**
 * The province a question or a download is about: the one named (by code or any name the importers accept) if the
 * caller may see it for `action` (FORBIDDEN otherwise); else the caller's own for a provincial role; else null,
 * every province.
 */
export async function provinceScope(
  reference: ReferenceService,
  principal: Principal,
  action: Action,
  named: string | null | undefined,
): Promise<string | null> {
  if (named === undefined || named === null || named === '') return provinceFilter(principal, action);
  const province = await reference.province(named);
  assertProvinceAccess(principal, action, province.code);
  return province.code;
}
