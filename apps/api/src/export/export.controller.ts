import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import {
  ARREARS_BUCKETS,
  UNIT_SETS,
  assertIsoDate,
  type ArrearsBucket,
  type Principal,
  type RankBasis,
  type UnitSet,
} from '@scorecard/domain';
import { ExportRepository, type ExportQuery } from '@scorecard/warehouse';
import type { FastifyReply } from 'fastify';
import { AttainmentService } from '../attainment/attainment.service';
import { Allow, CurrentPrincipal } from '../auth/access.decorators';
import { provinceScope } from '../auth/province-scope';
import { ScorecardError } from '../graphql/scorecard.errors';
import { LatePaymentService } from '../late-payment/late-payment.service';
import { PlansService } from '../plans/plans.service';
import { ReferenceService } from '../reference/reference.service';
import { UnitSetEnum } from '../reference/dto/unit-set.enum';
import { attainmentTable } from './attainment-export';
import { CONTENT_TYPES, EXPORT_FORMATS, encodeTable, type ExportFormat, type ExportTable } from './export-table';

// Bulk downloads for analysts, with the same sign-in or API token as GraphQL and the same access rules. Every
// dataset comes as csv, xlsx, arrow (IPC stream) or parquet with the same columns (docs/analysts.md):
// GET /export/attainment.{fmt}?planId=…&asOf=…&basis=TO_DATE|PERIOD    every metric × province at a date
// GET /export/report-history.{fmt}?planId=…&province=…                  every submission, every revision
// GET /export/plan-targets.{fmt}?planId=…&version=…                     every published target cell
// GET /export/late-payment.{fmt}                                        every province at every ledger month end
// GET /export/employers-in-arrears.{fmt}?asOf=…&province=…&bucket=…     employer by employer
// A provincial caller gets their own province's rows of report history and employers (asking for another is
// refused); headquarters gets every province unless it names one.
@Controller('export')
export class ExportController {
  constructor(
    @Inject(AttainmentService) private readonly attainment: AttainmentService,
    @Inject(ReferenceService) private readonly reference: ReferenceService,
    @Inject(PlansService) private readonly plans: PlansService,
    @Inject(ExportRepository) private readonly exports: ExportRepository,
    @Inject(LatePaymentService) private readonly latePayment: LatePaymentService,
  ) {}

  @Get('late-payment.:format')
  @Allow('late-payment.read')
  async latePaymentExport(@Param('format') format: string, @Res() reply: FastifyReply): Promise<void> {
    const chosen = formatOf(format);
    // Refused with NO_LEDGER, as the GraphQL field is, when no ledger is loaded.
    const coverage = await this.latePayment.coverage();
    const name = `late-payment-${coverage.firstMonth}-${coverage.lastMonth}`;
    await this.sendQuery(reply, ExportRepository.latePaymentProvinceMonths(), chosen, 'late-payment', name);
  }

  @Get('report-history.:format')
  @Allow('report-history.read')
  async reportHistoryExport(
    @CurrentPrincipal() principal: Principal,
    @Param('format') format: string,
    @Query('planId') planId: string | undefined,
    @Query('province') province: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const chosen = formatOf(format);
    const plan = await this.plans.get(requirePlan(planId));
    const code = await provinceScope(this.reference, principal, 'report-history.read', province);
    const name = `report-history-${plan.id}${code ? `-${code}` : ''}`;
    await this.sendQuery(reply, ExportRepository.reportHistory(plan.id, code), chosen, 'report-history', name);
  }

  @Get('plan-targets.:format')
  @Allow('plan.read')
  async planTargetsExport(
    @Param('format') format: string,
    @Query('planId') planId: string | undefined,
    @Query('version') version: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const chosen = formatOf(format);
    const plan = await this.plans.get(requirePlan(planId));
    const chosenVersion = await this.plans.version(plan, version === undefined ? null : Number(version));
    const name = `plan-targets-${plan.id}-v${chosenVersion}`;
    await this.sendQuery(reply, ExportRepository.planTargets(plan.id, chosenVersion), chosen, 'plan-targets', name);
  }

  @Get('employers-in-arrears.:format')
  @Allow('employers.read')
  async employersExport(
    @CurrentPrincipal() principal: Principal,
    @Param('format') format: string,
    @Query('asOf') asOf: string | undefined,
    @Query('province') province: string | undefined,
    @Query('bucket') bucket: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const chosen = formatOf(format);
    const code = await provinceScope(this.reference, principal, 'employers.read', province);
    const resolved = await this.latePayment.resolveAsOf(asOf === undefined ? null : assertIsoDate(asOf, 'asOf'));
    const query = ExportRepository.employersInArrears(resolved.asOf, code, bucketOf(bucket));
    const name = `employers-in-arrears-${resolved.asOf}${code ? `-${code}` : ''}`;
    await this.sendQuery(reply, query, chosen, 'employers-in-arrears', name);
  }

  @Get('attainment.:format')
  @Allow('attainment.read')
  async attainmentExport(
    @Param('format') format: string,
    @Query('planId') planId: string | undefined,
    @Query('asOf') asOf: string | undefined,
    @Query('basis') basis: string | undefined,
    @Query('unitSet') unitSet: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const chosen = formatOf(format);
    const rankBasis = basisOf(basis);
    const view = unitSetOf(unitSet);
    const metrics = await this.reference.metrics();
    const date = asOf === undefined ? null : assertIsoDate(asOf, 'asOf');
    const snapshots = await Promise.all(
      metrics.map((metric) => this.attainment.snapshot(requirePlan(planId), metric.key, date, rankBasis, null, view)),
    );
    // The catalogue is never empty: there is always a first snapshot, and all are of one plan and date.
    const first = snapshots[0]!;
    const table = attainmentTable(
      first.plan.id,
      rankBasis,
      snapshots.flatMap((snapshot) => snapshot.rows),
    );
    await this.send(reply, table, chosen, `attainment-${first.asOf}`);
  }

  private async sendQuery(
    reply: FastifyReply,
    query: ExportQuery,
    format: ExportFormat,
    dataset: string,
    name: string,
  ): Promise<void> {
    // Parquet straight from DuckDB: no row passes through JavaScript.
    const body =
      format === 'parquet'
        ? await this.exports.parquet(query)
        : await encodeTable({ dataset, columns: await this.exports.columns(query) }, format, this.exports);
    await this.sendBody(reply, body, format, name);
  }

  private async send(reply: FastifyReply, table: ExportTable, format: ExportFormat, name: string): Promise<void> {
    await this.sendBody(reply, await encodeTable(table, format, this.exports), format, name);
  }

  private async sendBody(reply: FastifyReply, body: Buffer, format: ExportFormat, name: string): Promise<void> {
    await reply
      .type(CONTENT_TYPES[format])
      .header('content-disposition', `attachment; filename="${name}.${format}"`)
      .header('cache-control', 'private, no-store')
      .send(body);
  }
}

function requirePlan(planId: string | undefined): string {
  if (planId) return planId;
  throw new ScorecardError(
    'UNKNOWN_PLAN',
    'Give the plan: ?planId=2800-KH-BHXH-2021 (see the plans query).',
    'Ghi kế hoạch: ?planId=2800-KH-BHXH-2021 (xem truy vấn plans).',
  );
}

function formatOf(format: string): ExportFormat {
  if ((EXPORT_FORMATS as readonly string[]).includes(format)) return format as ExportFormat;
  throw new ScorecardError(
    'INVALID_FILE',
    `No export format "${format}": use ${EXPORT_FORMATS.join(', ')}.`,
    `Không có định dạng "${format}": dùng ${EXPORT_FORMATS.join(', ')}.`,
  );
}

function basisOf(basis: string | undefined): RankBasis {
  if (basis === undefined || basis === 'TO_DATE' || basis === 'PERIOD') return basis ?? 'TO_DATE';
  throw new ScorecardError(
    'INVALID_ARGUMENT',
    `No basis "${basis}": use TO_DATE or PERIOD.`,
    `Không có cách so sánh "${basis}": dùng TO_DATE hoặc PERIOD.`,
  );
}

/** `unitSet` as the GraphQL enum names it (VN63, VN34) or as the data does (vn63-2004, vn34-2025); none: the plan's own. */
function unitSetOf(unitSet: string | undefined): UnitSet | null {
  if (unitSet === undefined || unitSet === '') return null;
  const named = (UnitSetEnum as Record<string, UnitSet>)[unitSet];
  if (named) return named;
  if ((UNIT_SETS as readonly string[]).includes(unitSet)) return unitSet as UnitSet;
  throw new ScorecardError(
    'INVALID_ARGUMENT',
    `No unit set "${unitSet}": use VN63 or VN34.`,
    `Không có bộ đơn vị hành chính "${unitSet}": dùng VN63 hoặc VN34.`,
  );
}

function bucketOf(bucket: string | undefined): ArrearsBucket | null {
  if (bucket === undefined || bucket === '') return null;
  const found = ARREARS_BUCKETS.find((definition) => definition.key === bucket);
  if (found) return found.key;
  const keys = ARREARS_BUCKETS.map((definition) => definition.key).join(', ');
  throw new ScorecardError(
    'INVALID_ARGUMENT',
    `No arrears bucket "${bucket}": use ${keys}.`,
    `Không có nhóm nợ "${bucket}": dùng ${keys}.`,
  );
}
