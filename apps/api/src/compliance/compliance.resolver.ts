import { Inject } from '@nestjs/common';
import { Args, Float, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@scorecard/access';
import {
  todayInVietnam,
  type ComplianceOutcomeKind,
  type ComplianceStepKind,
  type IsoDate,
  type Principal,
} from '@scorecard/domain';
import { foldText } from '@scorecard/ingest';
import type { EmployerArrearsRow, StoredComplianceCase } from '@scorecard/warehouse';
import { ScorecardError } from '../graphql/scorecard.errors';
import { Allow, CurrentActor, CurrentPrincipal } from '../auth/access.decorators';
import { checkFirst, decodeCursor, pageOf } from '../graphql/connection';
import { assertProvinceAccess } from '../auth/access.guard';
import { provinceScope } from '../auth/province-scope';
import { LocalDateScalar } from '../graphql/date.scalars';
import { PROVINCE_CODE_OR_NAME } from '../graphql/descriptions';
import { ProvinceObject } from '../reference/dto/province.object';
import { ReferenceService } from '../reference/reference.service';
import { ComplianceService } from './compliance.service';
import { caseView, type ComplianceCaseView } from './compliance-case.view';
import {
  ComplianceCaseConnectionObject,
  ComplianceCaseObject,
  ComplianceOutcomeEnum,
} from './dto/compliance-case.object';
import { ComplianceDataRangeObject, ComplianceFunnelObject, ComplianceStepEnum } from './dto/compliance-funnel.object';

/** Cases per page at most, and the name of the cases list in its cursors. */
const MAX_PAGE = 200;
const LIST = 'compliance-cases';

@Resolver()
export class ComplianceResolver {
  constructor(
    @Inject(ComplianceService) private readonly compliance: ComplianceService,
    @Inject(ReferenceService) private readonly reference: ReferenceService,
  ) {}

  @Query(() => ComplianceFunnelObject, {
    description:
      'The employer compliance funnel (seed 000, docs/compliance.md) of a province or the nation at a date: cases by step reached, overdue steps, outcomes. Employer-level data: a provincial user sees their own province.',
  })
  @Allow('employers.read')
  async complianceFunnel(
    @CurrentPrincipal() principal: Principal,
    @Args('asOf', { type: () => LocalDateScalar, description: 'The date to count at.' }) asOf: IsoDate,
    @Args('province', {
      type: () => String,
      nullable: true,
      description: `${PROVINCE_CODE_OR_NAME} Default: the nation (a provincial user: their own province).`,
    })
    provinceArg?: string | null,
    @Args('from', {
      type: () => LocalDateScalar,
      nullable: true,
      description: 'First day of the window of `window` and `steps.doneInWindow`; default: 1 January of asOf’s year.',
    })
    from?: IsoDate | null,
  ): Promise<ComplianceFunnelObject> {
    const code = await provinceScope(this.reference, principal, 'employers.read', provinceArg);
    const province = code === null ? null : await this.reference.province(code);
    const answer = await this.compliance.funnel(province, asOf, from);
    return { ...answer, province: province ? ProvinceObject.from(province) : null };
  }

  @Query(() => ComplianceDataRangeObject, {
    description:
      'The days the compliance cases cover, every province together (a page picks its default date from it); counts nothing.',
  })
  @Allow('employers.read')
  complianceDataRange(): Promise<ComplianceDataRangeObject> {
    return this.compliance.dataRange();
  }

  @Query(() => ComplianceCaseConnectionObject, {
    description:
      'Compliance cases of a province or the nation as known at a date, by case number, optionally only those waiting past a deadline or waiting for one step. Employer-level data: a provincial user sees their own province.',
  })
  @Allow('employers.read')
  async complianceCases(
    @CurrentPrincipal() principal: Principal,
    @Args('asOf', { type: () => LocalDateScalar, description: 'The date the cases are seen at.' }) asOf: IsoDate,
    @Args('province', {
      type: () => String,
      nullable: true,
      description: `${PROVINCE_CODE_OR_NAME} Default: every province (a provincial user: their own).`,
    })
    provinceArg?: string | null,
    @Args('overdueOnly', {
      type: () => Boolean,
      defaultValue: false,
      description: 'Only cases whose next step is past its deadline.',
    })
    overdueOnly = false,
    @Args('waitingFor', {
      type: () => ComplianceStepEnum,
      nullable: true,
      description: 'Only open cases whose next step is this one; default: any.',
    })
    waitingFor?: ComplianceStepKind | null,
    @Args('dueBy', {
      type: () => LocalDateScalar,
      nullable: true,
      description:
        "Only open cases whose next step's deadline falls on or before this day, overdue ones included (an officer's work queue: asOf plus a week); default: any.",
    })
    dueBy?: IsoDate | null,
    @Args('open', {
      type: () => Boolean,
      nullable: true,
      description: 'true: only cases still open at asOf; false: only those that had ended; default: both.',
    })
    open?: boolean | null,
    @Args('search', {
      type: () => String,
      nullable: true,
      description:
        'Only cases whose tax code starts with, or employer name contains, this text (case and accents ignored).',
    })
    search?: string | null,
    @Args('first', { type: () => Int, defaultValue: 50, description: 'Cases per page, 1 to 200 (default 50).' })
    first = 50,
    @Args('after', { type: () => String, nullable: true, description: 'The endCursor of the page before.' })
    after?: string | null,
  ): Promise<ComplianceCaseConnectionObject> {
    checkFirst(first, MAX_PAGE);
    const code = await provinceScope(this.reference, principal, 'employers.read', provinceArg);
    const wanted = search ? foldText(search.trim()) : '';
    const afterId = after
      ? decodeCursor(LIST, after, ([id]) => (Number.isSafeInteger(id) ? (id as number) : null))
      : null;
    const provinces = new Map((await this.reference.provinces()).map((p) => [p.code, p]));
    const views = (await this.compliance.cases(code, asOf))
      .map((c) => ({ id: c.id, view: caseView(c, provinces.get(c.provinceCode)!, asOf) }))
      .filter(
        ({ view }) =>
          (!overdueOnly || view.next?.overdue === true) &&
          (!waitingFor || view.next?.step === waitingFor) &&
          (!dueBy || (view.next?.deadline != null && view.next.deadline <= dueBy)) &&
          (open == null || (view.outcome === null) === open) &&
          (wanted === '' || view.taxCode.startsWith(wanted) || foldText(view.employerName).includes(wanted)),
      );
    const rest = afterId === null ? views : views.filter(({ id }) => id > afterId);
    const slice = rest.slice(0, first + 1);
    const arrears = await this.compliance.arrears(
      slice.map(({ view }) => view.taxCode),
      asOf,
    );
    const page = pageOf(
      LIST,
      slice,
      first,
      ({ id }) => [id],
      ({ view }) => toObject({ ...view, arrears: arrearsOf(arrears.get(view.taxCode)) }),
    );
    return { ...page, totalCount: views.length };
  }

  @Query(() => ComplianceCaseObject, {
    description:
      'One compliance case as known at a date (default: today), with its timeline, what it waits for and its employer’s arrears. Employer-level data: a provincial user sees their own province’s cases.',
  })
  @Allow('employers.read')
  async complianceCase(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID, description: 'The case number (ComplianceCase.id).' }) id: string,
    @Args('asOf', {
      type: () => LocalDateScalar,
      nullable: true,
      description: 'The date the case is seen at; default: today.',
    })
    asOfArg?: IsoDate | null,
  ): Promise<ComplianceCaseObject> {
    const stored = await this.compliance.case(id);
    assertProvinceAccess(principal, 'employers.read', stored.provinceCode);
    const asOf = asOfArg ?? todayInVietnam();
    return this.viewOf(stored, asOf);
  }

  @Mutation(() => ComplianceCaseObject, {
    description:
      "Records a step done on a compliance case (with the document's number), as the province's officer or director, or headquarters' data officer. Steps are only ever added; a date before the list or the last step, in the future, or on an ended case is refused.",
  })
  @Allow('compliance.record')
  async recordComplianceStep(
    @CurrentActor() actor: Actor,
    @Args('caseId', { type: () => ID, description: 'The case number (ComplianceCase.id).' }) caseId: string,
    @Args('step', { type: () => ComplianceStepEnum, description: 'The step done.' }) step: ComplianceStepKind,
    @Args('on', { type: () => LocalDateScalar, description: 'The day it was done.' }) on: IsoDate,
    @Args('document', {
      type: () => String,
      nullable: true,
      description: 'The document number as issued, e.g. "125/TB-BHXH"; null when the step has none.',
    })
    document?: string | null,
  ): Promise<ComplianceCaseObject> {
    const c = await this.compliance.case(caseId);
    assertProvinceAccess(actor.principal, 'compliance.record', c.provinceCode);
    await this.compliance.record(actor, c, { kind: step, on, document: document?.trim() || null }, todayInVietnam());
    return this.viewOf(await this.compliance.case(caseId), todayInVietnam());
  }

  @Mutation(() => ComplianceCaseObject, {
    description:
      "Records how a compliance case ended (the employer registered all or part of its workers, or the case was closed), with the workers registered and the contribution recovered, as the province's officer or director, or headquarters' data officer. Appended like a step: an ended case cannot end again, and a date before its last step or in the future is refused.",
  })
  @Allow('compliance.record')
  async recordComplianceOutcome(
    @CurrentActor() actor: Actor,
    @Args('caseId', { type: () => ID, description: 'The case number (ComplianceCase.id).' }) caseId: string,
    @Args('outcome', { type: () => ComplianceOutcomeEnum, description: 'How it ended.' })
    outcome: ComplianceOutcomeKind,
    @Args('on', { type: () => LocalDateScalar, description: 'The day it ended.' }) on: IsoDate,
    @Args('workersRegistered', {
      type: () => Int,
      defaultValue: 0,
      description: 'Workers registered (persons); 0 for a case closed.',
    })
    workersRegistered = 0,
    @Args('contributionRecovered', {
      type: () => Float,
      defaultValue: 0,
      description: 'Contribution recovered (VND, đồng), whole đồng; default 0.',
    })
    contributionRecovered = 0,
    @Args('document', {
      type: () => String,
      nullable: true,
      description: 'The document that records it, when there is one.',
    })
    document?: string | null,
  ): Promise<ComplianceCaseObject> {
    if (!Number.isSafeInteger(workersRegistered) || workersRegistered < 0)
      throw badNumber('workersRegistered', workersRegistered);
    if (!Number.isSafeInteger(contributionRecovered) || contributionRecovered < 0)
      throw badNumber('contributionRecovered', contributionRecovered);
    const c = await this.compliance.case(caseId);
    assertProvinceAccess(actor.principal, 'compliance.record', c.provinceCode);
    const recorded = {
      kind: outcome,
      on,
      workersRegistered,
      contributionRecovered,
      document: document?.trim() || null,
    };
    await this.compliance.recordOutcome(actor, c, recorded, todayInVietnam());
    return this.viewOf(await this.compliance.case(caseId), todayInVietnam());
  }

  private async viewOf(stored: StoredComplianceCase, asOf: IsoDate): Promise<ComplianceCaseObject> {
    const arrears = await this.compliance.arrears([stored.taxCode], asOf);
    const view = caseView(stored, await this.reference.province(stored.provinceCode), asOf);
    return toObject({ ...view, arrears: arrearsOf(arrears.get(stored.taxCode)) });
  }
}

function arrearsOf(row: EmployerArrearsRow | undefined): ComplianceCaseView['arrears'] {
  return row
    ? { employerId: row.employerId, overdue: row.overdue, bucket: row.bucket, oldestOverdueMonth: row.oldestMonth }
    : null;
}

function badNumber(name: string, value: number): ScorecardError {
  return new ScorecardError(
    'INVALID_ARGUMENT',
    `${name} must be a whole number, 0 or more (got ${value}).`,
    `${name} phải là số nguyên không âm (đã nhận ${value}).`,
  );
}

function toObject(view: ComplianceCaseView): ComplianceCaseObject {
  return Object.assign(new ComplianceCaseObject(), { ...view, province: ProvinceObject.from(view.province) });
}
