import { Inject } from '@nestjs/common';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { AuditRepository, WarehouseDatabase } from '@scorecard/warehouse';
import { Allow } from '../auth/access.decorators';
import { checkFirst, decodeCursor, pageOf } from '../graphql/connection';
import { AuditEventConnectionObject, AuditEventObject } from './dto/audit-event.object';

const MAX_PAGE = 200;
/** The name of this list in its cursors: a cursor of another list is refused. */
const LIST = 'audit';

@Resolver()
export class AuditResolver {
  private readonly audit: AuditRepository;

  constructor(@Inject(WarehouseDatabase) db: WarehouseDatabase) {
    this.audit = new AuditRepository(db);
  }

  @Query(() => AuditEventConnectionObject, { description: 'The audit log, newest first (headquarters).' })
  @Allow('audit.read')
  async auditLog(
    @Args('first', { type: () => Int, defaultValue: 50, description: 'Events per page, 1 to 200 (default 50).' })
    first: number,
    @Args('after', {
      type: () => String,
      nullable: true,
      description: 'The endCursor of the page before: the events older than its last; default: from the newest.',
    })
    after?: string | null,
    @Args('action', {
      type: () => String,
      nullable: true,
      description: 'Only events of this action, e.g. "report.approve"; default: every action.',
    })
    action?: string | null,
    @Args('actor', {
      type: () => String,
      nullable: true,
      description: 'Only events by this actor, e.g. a login or "token:<id>"; default: everyone.',
    })
    actor?: string | null,
  ): Promise<AuditEventConnectionObject> {
    checkFirst(first, MAX_PAGE);
    const before = after
      ? decodeCursor(LIST, after, ([id]) => (Number.isSafeInteger(id) ? (id as number) : null))
      : null;
    const filter = { action: action ?? null, actor: actor ?? null };
    const [events, totalCount] = await Promise.all([
      this.audit.page({ limit: first + 1, before, ...filter }),
      this.audit.count(filter),
    ]);
    const page = pageOf(
      LIST,
      events,
      first,
      (event) => [event.id],
      (event) =>
        Object.assign(new AuditEventObject(), { ...event, id: String(event.id), detail: JSON.stringify(event.detail) }),
    );
    return { ...page, totalCount };
  }
}
