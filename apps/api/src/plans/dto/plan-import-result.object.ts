import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PlanReconciliationObject } from './plan-reconciliation.object';

@ObjectType('PlanImportProblem', { description: 'Why an import was refused: where, what was found, and the fix.' })
export class PlanImportProblemObject {
  @Field()
  kind!: string;

  @Field()
  file!: string;

  @Field(() => Int, { nullable: true })
  line!: number | null;

  @Field(() => Int, { nullable: true })
  column!: number | null;

  @Field(() => String, { nullable: true })
  value!: string | null;

  @Field()
  message!: string;

  @Field()
  fix!: string;
}

@ObjectType('PlanImportResult')
export class PlanImportResultObject {
  @Field()
  planId!: string;

  @Field(() => Int, {
    description: 'The version stored; with created = false the version whose content this is, or (dry run) would be.',
  })
  version!: number;

  @Field({ description: 'Whether a new version was stored.' })
  created!: boolean;

  @Field()
  dryRun!: boolean;

  @Field(() => [String])
  metricsImported!: string[];

  @Field(() => [String], { description: 'Metrics kept from the previous version because no file brought them.' })
  metricsCarriedOver!: string[];

  @Field(() => PlanReconciliationObject)
  reconciliation!: PlanReconciliationObject;
}
