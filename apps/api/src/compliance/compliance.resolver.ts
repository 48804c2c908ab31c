import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@scorecard/access';
import { provinceFilter, type ComplianceStepKind, type IsoDate, type Principal } from '@scorecard/domain';
import { Allow, CurrentActor, CurrentPrincipal } from '../auth/access.decorators';
import { checkFirst, decodeCursor, pageOf } from '../graphql/connection';
import { assertProvinceAccess } from '../auth/access.guard';
import { LocalDateScalar } from '../graphql/date.scalars';
import { PROVINCE_CODE_OR_NAME } from '../graphql/descriptions';
import { ProvinceObject } from '../reference/dto/province.object';
import { ReferenceService } from '../reference/reference.service';
import { ComplianceService } from './compliance.service';
import { caseView } from './compliance-case.view';
import { ComplianceCaseConnectionObject, ComplianceCaseObject } from './dto/compliance-case.object';
import { ComplianceFunnelObject, ComplianceStepEnum } from './dto/compliance-funnel.object';

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
  ): Promise<ComplianceFunnelObject> {
    const code = provinceArg
      ? (await this.reference.province(provinceArg)).code
      : provinceFilter(principal, 'employers.read');
    if (code !== null) assertProvinceAccess(principal, 'employers.read', code);
    const province = code === null ? null : await this.reference.province(code);
    const answer = await this.compliance.funnel(province, asOf);
    return { ...answer, province: province ? ProvinceObject.from(province) : null };
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
    @Args('first', { type: () => Int, defaultValue: 50, description: 'Cases per page, 1 to 200 (default 50).' })
    first = 50,
    @Args('after', { type: () => String, nullable: true, description: 'The endCursor of the page before.' })
    after?: string | null,
  ): Promise<ComplianceCaseConnectionObject> {
    checkFirst(first, MAX_PAGE);
    const code = provinceArg
      ? (await this.reference.province(provinceArg)).code
      : provinceFilter(principal, 'employers.read');
    if (code !== null) assertProvinceAccess(principal, 'employers.read', code);
    const afterId = after
      ? decodeCursor(LIST, after, ([id]) => (Number.isSafeInteger(id) ? (id as number) : null))
      : null;
    const provinces = new Map((await this.reference.provinces()).map((p) => [p.code, p]));
    const views = (await this.compliance.cases(code, asOf))
      .map((c) => ({ id: c.id, view: caseView(c, provinces.get(c.provinceCode)!, asOf) }))
      .filter(
        ({ view }) => (!overdueOnly || view.next?.overdue === true) && (!waitingFor || view.next?.step === waitingFor),
      );
    const rest = afterId === null ? views : views.filter(({ id }) => id > afterId);
    const page = pageOf(
      LIST,
      rest.slice(0, first + 1),
      first,
      ({ id }) => [id],
      ({ view }) => toObject(view),
    );
    return { ...page, totalCount: views.length };
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
    const today = new Date().toISOString().slice(0, 10);
    await this.compliance.record(actor, c, { kind: step, on, document: document?.trim() || null }, today);
    const stored = await this.compliance.case(caseId);
    return toObject(caseView(stored, await this.reference.province(stored.provinceCode), today));
  }
}

function toObject(view: ReturnType<typeof caseView>): ComplianceCaseObject {
  return Object.assign(new ComplianceCaseObject(), { ...view, province: ProvinceObject.from(view.province) });
}
