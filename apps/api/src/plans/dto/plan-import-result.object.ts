import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PlanReconciliationObject } from './plan-reconciliation.object';

@ObjectType('PlanImportResult', {
  description:
    "An accepted plan import (or dry run): the version, the metrics it brought and the published tables' reconciliation.",
})
export class PlanImportResultObject {
  @Field({ description: 'The plan imported (from the files, or as given).' })
  planId!: string;

  @Field(() => Int, {
    description: 'The version stored; with created = false the version whose content this is, or (dry run) would be.',
  })
  version!: number;

  @Field({ description: 'Whether a new version was stored.' })
  created!: boolean;

  @Field({ description: 'Whether this was a check only (dryRun: true): nothing was written.' })
  dryRun!: boolean;

  @Field(() => [String], { description: 'Keys of the metrics whose tables the files brought.' })
  metricsImported!: string[];

  @Field(() => [String], { description: 'Metrics kept from the previous version because no file brought them.' })
  metricsCarriedOver!: string[];

  @Field(() => PlanReconciliationObject, {
    description: 'The published totals checked against the sums of their cells (đối chiếu), as imported.',
  })
  reconciliation!: PlanReconciliationObject;
}
