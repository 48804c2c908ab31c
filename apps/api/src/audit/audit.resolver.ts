import { Inject } from '@nestjs/common';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { AuditRepository, WarehouseDatabase } from '@scorecard/warehouse';
import { Allow } from '../auth/access.decorators';
import { ScorecardError } from '../graphql/scorecard.errors';
import { AuditEventObject, AuditPageObject } from './dto/audit-event.object';

const MAX_PAGE = 200;

@Resolver()
export class AuditResolver {
  private readonly audit: AuditRepository;

  constructor(@Inject(WarehouseDatabase) db: WarehouseDatabase) {
    this.audit = new AuditRepository(db);
  }

  @Query(() => AuditPageObject, { description: 'The audit log, newest first (headquarters).' })
  @Allow('audit.read')
  async auditLog(
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('before', { type: () => String, nullable: true }) before?: string | null,
    @Args('action', { type: () => String, nullable: true }) action?: string | null,
    @Args('actor', { type: () => String, nullable: true }) actor?: string | null,
  ): Promise<AuditPageObject> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE)
      throw new ScorecardError(
        'INVALID_CURSOR',
        `first must be from 1 to ${MAX_PAGE}`,
        `Số sự kiện mỗi trang (first) phải từ 1 đến ${MAX_PAGE}.`,
      );
    if (before !== undefined && before !== null && !/^\d{1,18}$/.test(before))
      throw new ScorecardError(
        'INVALID_CURSOR',
        `before "${before}" is not an event id: pass nextBefore of the previous page`,
        `before "${before}" không phải mã sự kiện: dùng giá trị nextBefore của trang trước.`,
      );
    const [events, totalCount] = await Promise.all([
      this.audit.page({
        limit: first + 1,
        before: before ? Number(before) : null,
        action: action ?? null,
        actor: actor ?? null,
      }),
      this.audit.count(),
    ]);
    const page = events.slice(0, first);
    return Object.assign(new AuditPageObject(), {
      events: page.map((event) =>
        Object.assign(new AuditEventObject(), { ...event, id: String(event.id), detail: JSON.stringify(event.detail) }),
      ),
      nextBefore: events.length > first ? String(page.at(-1)!.id) : null,
      totalCount,
    });
  }
}
