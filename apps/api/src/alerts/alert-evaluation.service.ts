import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import {
  nowInVietnam,
  addDays,
  nextStep,
  stepOverdueAlerts,
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
  type IsoDate,
  type LatePaymentPoint,
  type OpenCaseStep,
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
import { ComplianceService } from '../compliance/compliance.service';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { LatePaymentService } from '../late-payment/late-payment.service';
import { PlansService } from '../plans/plans.service';
import { ReferenceService } from '../reference/reference.service';
import { ReportingService } from '../reporting/reporting.service';
import { AlertDeliveryService } from './delivery/alert-delivery.service';
import { AlertSettingsService } from './settings/alert-settings.service';

// Evaluates the alert rules (libs/domain/src/alerts) over what the scorecard computes with headquarters'
// thresholds, stores what they find and delivers it in the app to each account whose role gets it and who chose
// it: at start (catching up on whatever happened while the server was down), then at the next check when the data
// changed or the day turned. Alerts and deliveries are keyed, so an evaluation run twice, or cut off by a kill and
// run again after the restart, delivers each alert once per recipient. At each check the delivery service then
// composes and sends what is due outside the app (e-mail digests, webhook posts).

/** How often the service looks for changes and for messages due (a retry, a digest slot). */
const EVERY_MS = 15_000;
const MAX_PENDING_LISTED = 500;
/** Ended report dates caught up at most after a long stop (a year of two report dates a month). */
const MAX_CATCH_UP = 24;

@Injectable()
export class AlertEvaluationService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Alerts');
  private readonly alerts: AlertRepository;
  private readonly accounts: AccountRepository;
  private readonly reviews: ReportReviewRepository;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<{ alerts: number; deliveries: number }> | undefined;
  private evaluated: { dataVersion: number; day: string; settings: number } | undefined;
  /** Bumped when thresholds or a user's choices change: the next tick evaluates again. */
  private settingsChanged = 0;

  constructor(
    @Inject(PlansService) private readonly plans: PlansService,
    @Inject(AttainmentService) private readonly attainment: AttainmentService,
    @Inject(ReportingService) private readonly reporting: ReportingService,
    @Inject(LatePaymentService) private readonly latePayment: LatePaymentService,
    @Inject(ReferenceService) private readonly reference: ReferenceService,
    @Inject(ComplianceService) private readonly compliance: ComplianceService,
    @Inject(AlertSettingsService) private readonly settings: AlertSettingsService,
    @Inject(AlertDeliveryService) private readonly delivery: AlertDeliveryService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(WarehouseDatabase) private readonly db: WarehouseDatabase,
  ) {
    this.alerts = new AlertRepository(db);
    this.accounts = new AccountRepository(db);
    this.reviews = new ReportReviewRepository(db);
  }

  async onApplicationBootstrap(): Promise<void> {
    // A read-only copy serves a published snapshot: it raises nothing.
    if (this.db.readOnly || !this.config.alerts.enabled) return;
    await this.tick().catch((error: unknown) => this.logger.error(`evaluation failed: ${String(error)}`));
    this.timer = setInterval(() => {
      this.tick().catch((error: unknown) => this.logger.error(`evaluation failed: ${String(error)}`));
    }, EVERY_MS);
    this.timer.unref();
  }

  /** Stops the checks and lets an evaluation under way store what it found before the database closes. */
  async beforeApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }

  /** Thresholds or a user's choices changed: evaluate and deliver now rather than at the next check. */
  settingsSaved(): void {
    this.settingsChanged += 1;
    if (this.timer === undefined) return;
    this.tick().catch((error: unknown) => this.logger.error(`evaluation failed: ${String(error)}`));
  }

  /** Evaluates when the data, the settings or the day changed since the last evaluation; then delivers. */
  private async tick(): Promise<void> {
    const now = nowInVietnam();
    const day = now.slice(0, 10);
    const seen = this.evaluated;
    if (seen?.dataVersion !== this.db.dataVersion || seen.day !== day || seen.settings !== this.settingsChanged) {
      const mark = { dataVersion: this.db.dataVersion, day, settings: this.settingsChanged };
      const stored = await this.evaluate(now);
      this.evaluated = mark;
      if (stored.alerts > 0 || stored.deliveries > 0)
        this.logger.log(`${stored.alerts} new alerts, ${stored.deliveries} new deliveries`);
    }
    // Sending waits on other servers: it never holds up the start or the next evaluation.
    this.delivery.run(now).catch((error: unknown) => this.logger.error(`delivery failed: ${String(error)}`));
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
    const plans = (await this.plans.list()).filter((plan) => plan.latestVersion !== null);
    const thresholds = await this.settings.allThresholds(plans.map((plan) => plan.id));
    const lastEvaluated = await this.alerts.lastEvaluated();
    const evaluated: { planId: string; dates: IsoDate[] }[] = [];
    for (const plan of plans) {
      const result = await this.planAlerts(plan, now, thresholds.get(plan.id)!, lastEvaluated.get(plan.id));
      found.push(...result.alerts);
      evaluated.push({ planId: plan.id, dates: result.evaluated });
    }
    found.push(...(await this.latePaymentAlerts(thresholds.get(null)!)));
    found.push(...(await this.stepOverdue(now.slice(0, 10) as IsoDate)));
    const [accounts, preferences] = await Promise.all([this.accounts.list(), this.settings.preferences()]);
    const deliveries = found.flatMap((alert) =>
      recipientsOf(alert, accounts)
        // A user who chose which alerts they want gets those; one who never chose gets every kind of their role.
        .filter((account) => preferences.get(account.id)?.kinds.includes(alert.kind) ?? true)
        .map((account) => ({ alertKey: alert.key, recipient: account.id, channel: 'IN_APP' as const })),
    );
    const stored = await this.alerts.record(found, deliveries, now);
    // Marked once the alerts are stored: a kill before this evaluates the same dates again at the next start.
    for (const { planId, dates } of evaluated) await this.alerts.markEvaluated(planId, dates, now);
    return { alerts: stored.alerts, deliveries: stored.deliveries };
  }

  /** Open compliance cases whose next step is past its deadline today (issue "9 ·"). */
  private async stepOverdue(today: IsoDate): Promise<Alert[]> {
    const steps: OpenCaseStep[] = [];
    for (const c of await this.compliance.known(null, today)) {
      const next = nextStep(c);
      if (next?.deadline == null) continue;
      steps.push({
        caseId: c.id,
        provinceCode: c.provinceCode,
        taxCode: c.taxCode,
        employerName: c.employerName,
        step: next.kind,
        deadline: next.deadline,
      });
    }
    return stepOverdueAlerts(steps, today);
  }

  /**
   * A plan's alerts at `now`: tomorrow's reminders, then for each report date that ended since the last one
   * evaluated (only the latest ended one for a plan never evaluated) its missing reports and standings, and the
   * reports waiting for approval. Returns the report dates it evaluated.
   */
  private async planAlerts(
    plan: PlanRecord,
    now: string,
    thresholds: AlertThresholds,
    lastEvaluated: IsoDate | undefined,
  ): Promise<{ alerts: Alert[]; evaluated: IsoDate[] }> {
    const today = now.slice(0, 10);
    const found: Alert[] = [];
    const next = plan.reportDates.find((date) => date > today);
    if (next !== undefined && addDays(next, -1) === today) found.push(...(await this.deadlines(plan, next, now)));
    // Standings are told once a report date is over (its deadline passed): on the date itself reports still come.
    const inForce = reportDateOnOrBefore(plan.reportDates, addDays(today, -1));
    if (inForce === undefined) return { alerts: found, evaluated: [] };
    const ended = plan.reportDates
      .filter((date) => lastEvaluated !== undefined && date > lastEvaluated && date < inForce)
      .slice(-MAX_CATCH_UP);
    for (const date of [...ended, inForce]) found.push(...(await this.reportDateAlerts(plan, date, now, thresholds)));
    found.push(...(await this.approvalAlerts(plan, now, thresholds)));
    return { alerts: found, evaluated: [...ended, inForce] };
  }

  /** What a report date that is over showed: reports missing by its deadline, band falls, rank drops, pace. */
  private async reportDateAlerts(
    plan: PlanRecord,
    reportDate: IsoDate,
    now: string,
    thresholds: AlertThresholds,
  ): Promise<Alert[]> {
    const found = await this.deadlines(plan, reportDate, now);
    const previous = previousReportDate(plan.reportDates, reportDate);
    const { daysElapsed } = periodProgress({ start: plan.periodStart, end: plan.periodEnd }, reportDate);
    for (const metric of await this.reference.metrics()) {
      const [snapshot, before] = await Promise.all([
        this.attainment.snapshot(plan.id, metric.key, reportDate, 'TO_DATE'),
        previous === undefined ? null : this.attainment.snapshot(plan.id, metric.key, previous, 'TO_DATE'),
      ]);
      const bandBefore = new Map((before?.rows ?? []).map((row) => [row.province.code, row.band]));
      const changes: StandingChange[] = snapshot.rows.map((row) => ({
        provinceCode: row.province.code,
        metric: metric.key,
        reportDate: reportDate,
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
            asOf: reportDate,
            actual: row.actual,
            daysElapsed,
            requiredPacePerDay: row.requiredPacePerDay,
          })),
          thresholds.paceMultiple,
        ),
      );
    }
    return found;
  }

  /** Reports of the plan waiting for approval longer than the threshold. */
  private async approvalAlerts(plan: PlanRecord, now: string, thresholds: AlertThresholds): Promise<Alert[]> {
    const pending = await this.reviews.submissions({
      planId: plan.id,
      state: 'PENDING',
      provinceCode: null,
      limit: MAX_PENDING_LISTED,
    });
    return approvalWaitingAlerts(
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
    );
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
