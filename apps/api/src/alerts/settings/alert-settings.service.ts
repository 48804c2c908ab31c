import { Inject, Injectable } from '@nestjs/common';
import { auditEvent, type Actor } from '@scorecard/access';
import {
  nowInVietnam,
  ALERT_KINDS,
  DEFAULT_ALERT_THRESHOLDS,
  alertKindsFor,
  alertThresholdProblems,
  type AlertKind,
  type AlertThresholds,
  type Principal,
} from '@scorecard/domain';
import {
  AGENCY_WIDE,
  AlertSettingsRepository,
  WarehouseDatabase,
  type AlertPreferenceRecord,
  type AlertThresholdRecord,
  type DigestChoice,
} from '@scorecard/warehouse';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/app-config';
import { ScorecardError } from '../../graphql/scorecard.errors';
import { PlansService } from '../../plans/plans.service';

// Headquarters' thresholds (per plan, and agency-wide) and each user's choices (docs/alerts.md "Settings").

type Field = 'rankDrop' | 'paceMultiple' | 'latePaymentRatio' | 'approvalWaitDays';

/** Thresholds in force for a scope, with where each value comes from. */
export type ThresholdsInForce = AlertThresholds & {
  planId: string | null;
  /** The version of the scope in force; 0 when the scope has none stored. */
  version: number;
  /** The fields taken from the agency-wide thresholds or the defaults rather than set for this scope. */
  inherited: Field[];
  setAt: string | null;
  setBy: string | null;
  note: string;
};

export type ThresholdChange = { [K in Field]: number | null } & { note: string };

export type MySettings = {
  kinds: AlertKind[];
  availableKinds: AlertKind[];
  email: string | null;
  digest: DigestChoice;
  language: 'vi' | 'en';
  emailAvailable: boolean;
  version: number;
  setAt: string | null;
};

export type SettingsChange = { kinds: AlertKind[]; email: string | null; digest: DigestChoice; language: string };

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

@Injectable()
export class AlertSettingsService {
  private readonly repository: AlertSettingsRepository;

  constructor(
    @Inject(WarehouseDatabase) db: WarehouseDatabase,
    @Inject(PlansService) private readonly plans: PlansService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.repository = new AlertSettingsRepository(db);
  }

  /** The thresholds in force for a plan (or agency-wide: planId null): the plan's, else agency-wide, else defaults. */
  async thresholds(planId: string | null): Promise<ThresholdsInForce> {
    if (planId !== null) await this.plans.get(planId);
    return resolve(planId, await this.repository.thresholdsInForce());
  }

  /** Every thresholds in force of the plans given, and agency-wide, read at once (the evaluation's view). */
  async allThresholds(planIds: readonly string[]): Promise<Map<string | null, ThresholdsInForce>> {
    const stored = await this.repository.thresholdsInForce();
    return new Map<string | null, ThresholdsInForce>([
      [null, resolve(null, stored)],
      ...planIds.map((id): [string, ThresholdsInForce] => [id, resolve(id, stored)]),
    ]);
  }

  async thresholdHistory(planId: string | null): Promise<AlertThresholdRecord[]> {
    if (planId !== null) await this.plans.get(planId);
    return this.repository.thresholdHistory(planId ?? AGENCY_WIDE);
  }

  /**
   * Stores a new version of a scope's thresholds. A plan's own thresholds are the rank drop, the pace multiple and
   * the approval wait; the late-payment threshold is of the contribution ledger, agency-wide.
   */
  async setThresholds(actor: Actor, planId: string | null, change: ThresholdChange): Promise<ThresholdsInForce> {
    if (planId !== null) await this.plans.get(planId);
    if (planId !== null && change.latePaymentRatio !== null)
      throw invalid(
        'The late-payment threshold is agency-wide (the contribution ledger is not a plan’s): set it without planId.',
        'Ngưỡng tỷ lệ chậm đóng áp dụng toàn ngành (sổ thu không thuộc kế hoạch nào): đặt khi không chọn kế hoạch.',
      );
    if (change.note.trim() === '')
      throw invalid('Say why the thresholds change (note).', 'Cần ghi lý do thay đổi ngưỡng (note).');
    const stored = await this.repository.thresholdsInForce();
    const scope = planId ?? AGENCY_WIDE;
    const next = new Map(stored);
    next.set(scope, {
      scope,
      version: 0,
      ...change,
      setAt: '',
      setBy: '',
    });
    const problems = alertThresholdProblems(resolve(planId, next));
    if (problems.length > 0)
      throw invalid(`Thresholds not stored: ${problems.join('; ')}.`, `Chưa lưu ngưỡng: ${problems.join('; ')}.`);
    await this.repository.saveThresholds(
      scope,
      { ...change, note: change.note.trim() },
      actor.principal.name,
      nowInVietnam(),
      auditEvent(actor, 'alerts.thresholds', null, { planId, ...change }),
    );
    return this.thresholds(planId);
  }

  /** The caller's choices: what they chose, or every kind of their role and no e-mail when they never chose. */
  async mine(principal: Principal): Promise<MySettings> {
    const accountId = accountOf(principal);
    return this.settingsOf(principal, await this.repository.preference(accountId));
  }

  async setMine(principal: Principal, change: SettingsChange): Promise<MySettings> {
    const accountId = accountOf(principal);
    const available = alertKindsFor(principal.role);
    const refused = change.kinds.filter((kind) => !available.includes(kind));
    if (refused.length > 0)
      throw invalid(
        `Your role gets no alert of kind ${refused.join(', ')}; choose among ${available.join(', ') || 'none'}.`,
        `Vai trò của bạn không nhận loại cảnh báo ${refused.join(', ')}; chọn trong: ${available.join(', ') || 'không có'}.`,
      );
    if (change.language !== 'vi' && change.language !== 'en')
      throw invalid(
        `No language "${change.language}": use vi or en.`,
        `Không có ngôn ngữ "${change.language}": dùng vi hoặc en.`,
      );
    const email = change.email?.trim() || null;
    if (email !== null && (!EMAIL.test(email) || email.length > 254))
      throw invalid(
        `"${email}" is not an e-mail address: write one like ten.ho@bhxh.gov.vn, or leave it empty for no e-mail.`,
        `"${email}" không phải địa chỉ thư điện tử: ghi dạng ten.ho@bhxh.gov.vn, hoặc để trống nếu không nhận thư.`,
      );
    if (change.digest !== 'NONE' && email === null)
      throw invalid(
        'A digest needs an e-mail address: give one, or choose no digest (NONE).',
        'Bản tin cần địa chỉ thư điện tử: ghi địa chỉ, hoặc chọn không nhận bản tin.',
      );
    const kinds = ALERT_KINDS.filter((kind) => change.kinds.includes(kind));
    const record = await this.repository.savePreference(
      accountId,
      { kinds, email, digest: change.digest, language: change.language },
      principal.name,
      nowInVietnam(),
    );
    return this.settingsOf(principal, record);
  }

  /** Every account's choices in force (the evaluation's view). */
  preferences(): Promise<Map<string, AlertPreferenceRecord>> {
    return this.repository.preferencesInForce();
  }

  emailSince(accountId: string): Promise<string | null> {
    return this.repository.emailSince(accountId);
  }

  private settingsOf(principal: Principal, record: AlertPreferenceRecord | null): MySettings {
    const available = alertKindsFor(principal.role);
    return {
      kinds: record ? (record.kinds.filter((kind) => available.includes(kind as AlertKind)) as AlertKind[]) : available,
      availableKinds: available,
      email: record?.email ?? null,
      digest: record?.digest ?? 'NONE',
      language: record?.language ?? 'vi',
      emailAvailable: this.config.alerts.smtpUrl !== null,
      version: record?.version ?? 0,
      setAt: record?.setAt ?? null,
    };
  }
}

function resolve(planId: string | null, stored: ReadonlyMap<string, AlertThresholdRecord>): ThresholdsInForce {
  const own = stored.get(planId ?? AGENCY_WIDE);
  const agency = stored.get(AGENCY_WIDE);
  const inherited: Field[] = [];
  const value = (field: Field): number => {
    // The late-payment threshold is always the agency-wide one.
    const mine = field === 'latePaymentRatio' && planId !== null ? null : (own?.[field] ?? null);
    if (mine !== null) return mine;
    inherited.push(field);
    return agency?.[field] ?? DEFAULT_ALERT_THRESHOLDS[field];
  };
  return {
    planId,
    rankDrop: value('rankDrop'),
    paceMultiple: value('paceMultiple'),
    latePaymentRatio: value('latePaymentRatio'),
    approvalWaitDays: value('approvalWaitDays'),
    inherited,
    version: own?.version ?? 0,
    setAt: own?.setAt ?? null,
    setBy: own?.setBy ?? null,
    note: own?.note ?? '',
  };
}

function accountOf(principal: Principal): string {
  if (principal.accountId === null)
    throw new ScorecardError(
      'INVALID_ARGUMENT',
      'Alert settings belong to an account; a token made for a script has none.',
      'Cài đặt cảnh báo thuộc về một tài khoản; token dùng cho chương trình không có tài khoản.',
    );
  return principal.accountId;
}

function invalid(message: string, messageVi: string): ScorecardError {
  return new ScorecardError('INVALID_ARGUMENT', message, messageVi);
}
