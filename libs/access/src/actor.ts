import type { Principal } from '@scorecard/domain';
import type { AuditEventInput, AuditOutcome } from '@scorecard/warehouse';

/** Who does something and from where (an IP address, or "cli:<host>"), as recorded in the audit log. */
export type Actor = { principal: Principal; origin: string };

export function auditEvent(
  actor: Actor,
  action: string,
  target: string | null,
  detail: Record<string, unknown> = {},
  outcome: AuditOutcome = 'OK',
): AuditEventInput {
  return {
    actor: actor.principal.name,
    actorRole: actor.principal.role,
    via: actor.principal.via,
    origin: actor.origin,
    action,
    target,
    outcome,
    detail: actor.principal.tokenId ? { ...detail, tokenId: actor.principal.tokenId } : detail,
  };
}

/** The system itself (the first start), for changes no person made. */
export const SYSTEM_ACTOR: Actor = {
  principal: {
    via: 'system',
    accountId: null,
    name: 'system:first-start',
    displayName: 'Hệ thống',
    role: 'data-officer',
    provinceCode: null,
    tokenId: null,
  },
  origin: 'local',
};
