import { ArgsType, Field, InputType } from '@nestjs/graphql';

@InputType('PlanFileInput', { description: 'One file of a plan import: a table (.txt, .xlsx, .csv) or manifest.json.' })
export class PlanFileInput {
  @Field({ description: 'File name; its extension decides how it is read, and it names the file in every message.' })
  name!: string;

  @Field({ description: 'The file content, base64-encoded.' })
  contentBase64!: string;
}

@ArgsType()
export class ImportPlanArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Plan to add a version to; omit to create the plan of the manifest.json given.',
  })
  planId?: string | null;

  @Field(() => [PlanFileInput], {
    description:
      'The published tables (.txt, .xlsx, long .csv), with manifest.json for a new plan; each base64-encoded.',
  })
  files!: PlanFileInput[];

  @Field({ defaultValue: false, description: 'Check and reconcile only; store nothing.' })
  dryRun!: boolean;
}
