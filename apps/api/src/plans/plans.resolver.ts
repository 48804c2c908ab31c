import { Inject } from '@nestjs/common';
import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ProvinceObject } from '../reference/dto/province.object';
import { ReferenceService } from '../reference/reference.service';
import { PlanObject, PlanVersionObject } from './dto/plan.object';
import { PlanReconciliationObject, ReconciliationFindingObject } from './dto/plan-reconciliation.object';
import { PlansService } from './plans.service';

@Resolver(() => PlanObject)
export class PlansResolver {
  constructor(
    @Inject(PlansService) private readonly planService: PlansService,
    @Inject(ReferenceService) private readonly reference: ReferenceService,
  ) {}

  @Query(() => [PlanObject], { description: 'Every plan, newest first.' })
  async plans(): Promise<PlanObject[]> {
    return (await this.planService.list()).map(PlanObject.from);
  }

  @Query(() => PlanObject)
  async plan(@Args('id') id: string): Promise<PlanObject> {
    return PlanObject.from(await this.planService.get(id));
  }

  @ResolveField(() => [PlanVersionObject], { description: 'Stored versions of the published tables, oldest first.' })
  async versions(@Parent() plan: PlanObject): Promise<PlanVersionObject[]> {
    return (await this.planService.versions(plan.id)).map(PlanVersionObject.from);
  }

  @Query(() => PlanReconciliationObject, {
    description: 'Where the published tables of a plan version disagree with themselves, rounding told apart from errors.',
  })
  async planReconciliation(
    @Args('planId') planId: string,
    @Args('version', { type: () => Int, nullable: true, description: 'Default: the latest version.' }) version?: number | null,
  ): Promise<PlanReconciliationObject> {
    const { plan, version: chosen, report } = await this.planService.reconciliation(planId, version);
    const provinces = new Map((await this.reference.provinces()).map((p) => [p.code, ProvinceObject.from(p)]));
    return Object.assign(new PlanReconciliationObject(), {
      planId: plan.id,
      version: chosen,
      cellsChecked: report.cellsChecked,
      roundingCount: report.roundingCount,
      errorCount: report.errorCount,
      findings: report.findings.map((finding) =>
        Object.assign(new ReconciliationFindingObject(), {
          ...finding,
          province: finding.provinceCode === null ? null : (provinces.get(finding.provinceCode) ?? null),
        }),
      ),
    });
  }
}
