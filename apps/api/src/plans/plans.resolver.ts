import { Inject } from '@nestjs/common';
import type { UnitSet } from '@scorecard/domain';
import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@scorecard/access';
import { Allow, CurrentActor } from '../auth/access.decorators';
import { PLAN_ID } from '../graphql/descriptions';
import { ImportRefusalObject, importOutcomeUnion, refusedOr } from '../graphql/import-refusal.object';
import { ReferenceService } from '../reference/reference.service';
import { ImportPlanArgs } from './dto/plan-import.args';
import { PlanImportResultObject } from './dto/plan-import-result.object';
import { PlanObject, PlanVersionObject } from './dto/plan.object';
import { PlanReconciliationObject } from './dto/plan-reconciliation.object';
import { PlanMonthTotalObject, PlanTargetTotalObject } from './dto/plan-target-total.object';
import { decodePlanFiles } from './plan-files.decoder';
import { toPlanReconciliationObject } from './plan-reconciliation.mapper';
import { PlansService } from './plans.service';

const PlanImportOutcome = importOutcomeUnion(
  'PlanImportOutcome',
  PlanImportResultObject,
  "A plan import's answer: the version stored (or checked), or the refusal with every problem.",
);

@Resolver(() => PlanObject)
export class PlansResolver {
  constructor(
    @Inject(PlansService) private readonly planService: PlansService,
    @Inject(ReferenceService) private readonly reference: ReferenceService,
  ) {}

  @Query(() => [PlanObject], { description: 'Every plan, newest first.' })
  @Allow('plan.read')
  async plans(): Promise<PlanObject[]> {
    return (await this.planService.list()).map(PlanObject.from);
  }

  @Query(() => PlanObject, { description: 'One plan by its id.' })
  @Allow('plan.read')
  async plan(@Args('id', { description: PLAN_ID }) id: string): Promise<PlanObject> {
    return PlanObject.from(await this.planService.get(id));
  }

  @ResolveField(() => [PlanVersionObject], { description: 'Stored versions of the published tables, oldest first.' })
  @Allow('plan.read')
  async versions(@Parent() plan: PlanObject): Promise<PlanVersionObject[]> {
    return (await this.planService.versions(plan.id)).map(PlanVersionObject.from);
  }

  @Query(() => PlanReconciliationObject, {
    description:
      'Where the published tables of a plan version disagree with themselves, rounding told apart from errors.',
  })
  @Allow('plan.read')
  async planReconciliation(
    @Args('planId', { description: PLAN_ID }) planId: string,
    @Args('version', {
      type: () => Int,
      nullable: true,
      description: "Version of the plan's published tables (see `Plan.versions`); default: the latest.",
    })
    version?: number | null,
  ): Promise<PlanReconciliationObject> {
    const result = await this.planService.reconciliation(planId, version);
    return toPlanReconciliationObject(
      result.plan.id,
      result.version,
      result.report,
      await this.reference.provinces(result.plan.unitSet as UnitSet),
    );
  }

  @Query(() => [PlanTargetTotalObject], {
    description: 'Per metric, the published national totals beside the sums of the provinces.',
  })
  @Allow('plan.read')
  async planTargetTotals(
    @Args('planId', { description: PLAN_ID }) planId: string,
    @Args('version', {
      type: () => Int,
      nullable: true,
      description: "Version of the plan's published tables (see `Plan.versions`); default: the latest.",
    })
    version?: number | null,
  ): Promise<PlanTargetTotalObject[]> {
    const { totals } = await this.planService.targetTotals(planId, version);
    return totals.map((total) =>
      Object.assign(new PlanTargetTotalObject(), {
        ...total,
        months: total.months.map((month) => Object.assign(new PlanMonthTotalObject(), month)),
      }),
    );
  }

  @Mutation(() => PlanImportOutcome, {
    description:
      "Imports a plan's published tables (text, XLSX, long CSV; manifest.json for a new plan) as a new version. The same content again " +
      'changes nothing. A refused import answers an ImportRefusal listing every problem (file, row, column, value, message and fix) and writes nothing.',
  })
  @Allow('plan.import')
  async importPlan(
    @Args() args: ImportPlanArgs,
    @CurrentActor() actor: Actor,
  ): Promise<PlanImportResultObject | ImportRefusalObject> {
    return refusedOr(async () => {
      const outcome = await this.planService.importFiles({
        planId: args.planId ?? null,
        files: decodePlanFiles(args.files),
        dryRun: args.dryRun,
        importedBy: actor.principal.name,
        audit: { role: actor.principal.role, via: actor.principal.via, origin: actor.origin },
      });
      return Object.assign(new PlanImportResultObject(), {
        ...outcome,
        reconciliation: toPlanReconciliationObject(
          outcome.planId,
          outcome.version,
          outcome.reconciliation,
          await this.reference.provinces((await this.planService.get(outcome.planId)).unitSet as UnitSet),
        ),
      });
    });
  }
}
