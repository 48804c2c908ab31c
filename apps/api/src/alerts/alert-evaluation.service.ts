import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import {
  DEFAULT_ALERT_THRESHOLDS,
  addDays,
  approvalWaitingAlerts,
  bandFellAlerts,
  latePaymentAlerts,
  paceAlerts,
  periodProgress,
  previousReportDate,
  rankDropAlerts,
  recipientsOf,
  reportDateOnOrBefore,
  reportDeadlineAlerts,
  type Alert,
  type AlertThresholds,
  type LatePaymentPoint,
  type StandingChange,
} from '@scorecard/domain';
import {
  AccountRepository,
  AlertRepository,
  ReportReviewRepository,
  WarehouseDatabase,
  type PlanRecord,
} from '@scorecard/warehouse';
import { AttainmentService } from '../attainment/attainment.service';
import { LatePaymentService } from '../late-payment/late-payment.service';
import { PlansService } from '../plans/plans.service';
import { ReferenceService } from '../reference/reference.service';
import { ReportingService } from '../reporting/reporting.service';

// Evaluates the alert rules (libs/domain/src/alerts) over what the scorecard computes, stores what they find and
// delivers it in the app: at start (catching up on whatever happened while the server was down), then every
// minute when the data changed or the day turned. Alerts and deliveries are keyed, so an evaluation run twice, or
// cut off by a kill and run again after the restart, delivers each alert once per recipient.

const EVERY_MS = 60_000;
const MAX_PENDING_LISTED = 500;

/** Local time in Vietnam (UTC+7), "YYYY-MM-DDTHH:MM:SS", as submissions are stamped. */
export function vietnamNow(now = Date.now()): string {
  return new Date(now + 7 * 3_600_000).toISOString().slice(0, 19);
}

@Injectable()
export class AlertEvaluationService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Alerts');
  private readonly alerts: AlertRepository;
  private readonly accounts: AccountRepository;
  private readonly reviews: ReportReviewRepository;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<{ alerts: number; deliveries: number }> | undefined;
  private evaluated: { dataVersion: number; day: string } | undefined;

  constructor(
    @Inject(PlansService) private readonly plans: PlansService,
    @Inject(AttainmentService) private readonly attainment: AttainmentService,
    @Inject(ReportingService) private readonly reporting: ReportingService,
    @Inject(LatePaymentService) private readonly latePayment: LatePaymentService,
    @Inject(ReferenceService) private readonly reference: ReferenceService,
    @Inject(WarehouseDatabase) private readonly db: WarehouseDatabase,
  ) {
    this.alerts = new AlertRepository(db);
    this.accounts = new AccountRepository(db);
    this.reviews = new ReportReviewRepository(db);
  }

  async onApplicationBootstrap(): Promise<void> {
    // A read-only copy serves a published snapshot: it raises nothing.
    if (this.db.readOnly || process.env['SCORECARD_ALERTS'] === 'off') return;
    await this.tick().catch((error: unknown) => this.logger.error(`evaluation failed: ${String(error)}`));
    this.timer = setInterval(() => {
      this.tick().catch((error: unknown) => this.logger.error(`evaluation failed: ${String(error)}`));
    }, EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Evaluates when the data changed or the day turned since the last evaluation. */
  private async tick(): Promise<void> {
    const now = vietnamNow();
    const day = now.slice(0, 10);
    if (this.evaluated?.dataVersion === this.db.dataVersion && this.evaluated.day === day) return;
    const dataVersion = this.db.dataVersion;
    const stored = await this.evaluate(now);
    this.evaluated = { dataVersion, day };
    if (stored.alerts > 0 || stored.deliveries > 0)
      this.logger.log(`${stored.alerts} new alerts, ${stored.deliveries} new deliveries`);
  }

  /** One evaluation at `now` (local time in Vietnam); one at a time. */
  evaluate(now: string): Promise<{ alerts: number; deliveries: number }> {
    const run = (this.running ?? Promise.resolve({ alerts: 0, deliveries: 0 }))
      .catch(() => undefined)
      .then(() => this.evaluateOnce(now));
    this.running = run;
    return run;
  }

  private async evaluateOnce(now: string): Promise<{ alerts: number; deliveries: number }> {
    const found: Alert[] = [];
    for (const plan of await this.plans.list())
      if (plan.latestVersion !== null) found.push(...(await this.planAlerts(plan, now, DEFAULT_ALERT_THRESHOLDS)));
    found.push(...(await this.latePaymentAlerts(DEFAULT_ALERT_THRESHOLDS)));
    const accounts = await this.accounts.list();
    const deliveries = found.flatMap((alert) =>
      recipientsOf(alert, accounts).map((account) => ({
        alertKey: alert.key,
        recipient: account.id,
        channel: 'IN_APP' as const,
      })),
    );
    return this.alerts.record(found, deliveries, now);
  }

  private async planAlerts(plan: PlanRecord, now: string, thresholds: AlertThresholds): Promise<Alert[]> {
    const today = now.slice(0, 10);
    const found: Alert[] = [];
    const next = plan.reportDates.find((date) => date > today);
    if (next !== undefined && addDays(next, -1) === today) found.push(...(await this.deadlines(plan, next, now)));
    const inForce = reportDateOnOrBefore(plan.reportDates, today);
    if (inForce === undefined) return found;
    found.push(...(await this.deadlines(plan, inForce, now)));

    const previous = previousReportDate(plan.reportDates, inForce);
    const { daysElapsed } = periodProgress({ start: plan.periodStart, end: plan.periodEnd }, inForce);
    for (const metric of await this.reference.metrics()) {
      const [snapshot, before] = await Promise.all([
        this.attainment.snapshot(plan.id, metric.key, inForce, 'TO_DATE'),
        previous === undefined ? null : this.attainment.snapshot(plan.id, metric.key, previous, 'TO_DATE'),
      ]);
      const bandBefore = new Map((before?.rows ?? []).map((row) => [row.province.code, row.band]));
      const changes: StandingChange[] = snapshot.rows.map((row) => ({
        provinceCode: row.province.code,
        metric: metric.key,
        reportDate: inForce,
        band: row.band,
        previousBand: bandBefore.get(row.province.code) ?? null,
        rank: row.rank,
        previousRank: row.previousRank,
        unitCount: row.unitCount,
        figure: row.figure,
      }));
      found.push(...bandFellAlerts(plan.id, changes), ...rankDropAlerts(plan.id, changes, thresholds.rankDrop));
      found.push(
        ...paceAlerts(
          plan.id,
          snapshot.rows.map((row) => ({
            provinceCode: row.province.code,
            metric: metric.key,
            asOf: inForce,
            actual: row.actual,
            daysElapsed,
            requiredPacePerDay: row.requiredPacePerDay,
          })),
          thresholds.paceMultiple,
        ),
      );
    }
    const pending = await this.reviews.submissions({
      planId: plan.id,
      state: 'PENDING',
      provinceCode: null,
      limit: MAX_PENDING_LISTED,
    });
    found.push(
      ...approvalWaitingAlerts(
        pending.flatMap((report) =>
          report.provinceCode === null
            ? []
            : [
                {
                  submissionId: report.id,
                  planId: plan.id,
                  provinceCode: report.provinceCode,
                  submittedAt: report.importedAt,
                },
              ],
        ),
        now,
        thresholds.approvalWaitDays,
      ),
    );
    return found;
  }

  private async deadlines(plan: PlanRecord, reportDate: string, now: string): Promise<Alert[]> {
    const status = await this.reporting.reportingStatus(plan.id, reportDate);
    return reportDeadlineAlerts({
      planId: plan.id,
      reportDate,
      now,
      provinces: status.provinces.map((row) => ({
        provinceCode: row.province.code,
        metricsExpected: row.metricsExpected,
        firstSubmittedAt: row.firstSubmittedAt,
      })),
    });
  }

  /** The ledger's last three month ends: above the threshold at the last, or rising at each of the last two. */
  private async latePaymentAlerts(thresholds: AlertThresholds): Promise<Alert[]> {
    // No ledger loaded: no late-payment alert (the ledger pages say how to load one).
    if (
      !(await this.latePayment
        .coverage()
        .then(() => true)
        .catch(() => false))
    )
      return [];
    const answers = [await this.latePayment.latePayment()];
    for (let i = 0; i < 2; i += 1) {
      const earlier = answers[0]!.previousAsOf;
      if (earlier === null) break;
      answers.unshift(await this.latePayment.latePayment(earlier));
    }
    const national: LatePaymentPoint[] = answers.map((answer) => ({ asOf: answer.asOf, ratio: answer.national.ratio }));
    const byProvince = new Map<string, LatePaymentPoint[]>();
    for (const answer of answers)
      for (const row of answer.provinces)
        byProvince.set(row.province.code, [
          ...(byProvince.get(row.province.code) ?? []),
          { asOf: answer.asOf, ratio: row.ratio },
        ]);
    return [
      ...latePaymentAlerts(null, national, thresholds.latePaymentRatio),
      ...[...byProvince].flatMap(([code, points]) => latePaymentAlerts(code, points, thresholds.latePaymentRatio)),
    ];
  }
}
