import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import type { RankBasis } from '@scorecard/domain';
import { LedgerRepository, WarehouseDatabase, parquetOfQuery } from '@scorecard/warehouse';
import type { FastifyReply } from 'fastify';
import { AttainmentService } from '../attainment/attainment.service';
import { Allow } from '../auth/access.decorators';
import { ScorecardError } from '../graphql/scorecard.errors';
import { ReferenceService } from '../reference/reference.service';
import { attainmentTable } from './attainment-export';
import { latePaymentTable } from './late-payment-export';
import { LatePaymentService } from '../late-payment/late-payment.service';
import { CONTENT_TYPES, EXPORT_FORMATS, encodeTable, type ExportFormat, type ExportTable } from './export-table';

// Bulk downloads for analysts, with the same sign-in or API token as GraphQL and the same access rules:
// GET /export/attainment.{csv|xlsx|arrow|parquet}?planId=…&asOf=…&basis=TO_DATE|PERIOD
// GET /export/late-payment.{csv|xlsx|arrow|parquet}: every province at every month end of the ledger
@Controller('export')
export class ExportController {
  constructor(
    @Inject(AttainmentService) private readonly attainment: AttainmentService,
    @Inject(ReferenceService) private readonly reference: ReferenceService,
    @Inject(WarehouseDatabase) private readonly db: WarehouseDatabase,
    @Inject(LedgerRepository) private readonly ledger: LedgerRepository,
    @Inject(LatePaymentService) private readonly latePayment: LatePaymentService,
  ) {}

  @Get('late-payment.:format')
  @Allow('late-payment.read')
  async latePaymentExport(@Param('format') format: string, @Res() reply: FastifyReply): Promise<void> {
    const chosen = formatOf(format);
    // Refused with NO_LEDGER, as the GraphQL field is, when no ledger is loaded.
    const coverage = await this.latePayment.coverage();
    const name = `late-payment-${coverage.firstMonth}-${coverage.lastMonth}`;
    if (chosen === 'parquet') {
      // Straight from DuckDB: no row passes through JavaScript.
      await this.sendBody(reply, await parquetOfQuery(this.db, LedgerRepository.PROVINCE_MONTH_SQL), chosen, name);
      return;
    }
    await this.send(reply, latePaymentTable(await this.ledger.provinceMonths()), chosen, name);
  }

  @Get('attainment.:format')
  @Allow('attainment.read')
  async attainmentExport(
    @Param('format') format: string,
    @Query('planId') planId: string | undefined,
    @Query('asOf') asOf: string | undefined,
    @Query('basis') basis: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const chosen = formatOf(format);
    if (!planId)
      throw new ScorecardError(
        'UNKNOWN_PLAN',
        'Give the plan: ?planId=2800-KH-BHXH-2021 (see the plans query).',
        'Ghi kế hoạch: ?planId=2800-KH-BHXH-2021 (xem truy vấn plans).',
      );
    const rankBasis = basisOf(basis);
    const metrics = await this.reference.metrics();
    const snapshots = await Promise.all(
      metrics.map((metric) => this.attainment.snapshot(planId, metric.key, asOf ?? null, rankBasis)),
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

  private async send(reply: FastifyReply, table: ExportTable, format: ExportFormat, name: string): Promise<void> {
    await this.sendBody(reply, await encodeTable(table, format, this.db), format, name);
  }

  private async sendBody(reply: FastifyReply, body: Buffer, format: ExportFormat, name: string): Promise<void> {
    await reply
      .type(CONTENT_TYPES[format])
      .header('content-disposition', `attachment; filename="${name}.${format}"`)
      .header('cache-control', 'private, no-store')
      .send(body);
  }
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
    'INVALID_DATE',
    `No basis "${basis}": use TO_DATE or PERIOD.`,
    `Không có cách so sánh "${basis}": dùng TO_DATE hoặc PERIOD.`,
  );
}
