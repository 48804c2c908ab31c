import { Inject } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { Actor } from '@scorecard/access';
import { todayInVietnam, type ComplianceListKind } from '@scorecard/domain';
import { Allow, CurrentActor } from '../../auth/access.decorators';
import { ImportRefusalObject, refusedOr } from '../../graphql/import-refusal.object';
import { decodePlanFiles } from '../../plans/plan-files.decoder';
import { PlanFileInput } from '../../plans/dto/plan-import.args';
import { ComplianceImportService } from './compliance-import.service';
import {
  ComplianceListImportOutcome,
  ComplianceListImportResultObject,
  ComplianceStepsImportOutcome,
  ComplianceStepsImportResultObject,
  ImportComplianceListArgs,
} from './compliance-import.objects';

@Resolver()
export class ComplianceImportResolver {
  constructor(@Inject(ComplianceImportService) private readonly imports: ComplianceImportService) {}

  @Mutation(() => ComplianceListImportOutcome, {
    description:
      'Imports a list of employers from the tax authority or business registration (02a-KT / 03a-KT): each employer continues its open case or opens one, entered on enteredOn. A provincial officer or director imports their own province’s list; a row of another province refuses the file. Nothing is stored when any row has a problem, or when the list was imported before.',
  })
  @Allow('compliance.record')
  async importComplianceList(
    @Args() args: ImportComplianceListArgs,
    @CurrentActor() actor: Actor,
  ): Promise<ComplianceListImportResultObject | ImportRefusalObject> {
    const today = todayInVietnam();
    return refusedOr(async () => {
      const answer = await this.imports.importList(
        actor,
        {
          files: decodePlanFiles(args.files),
          kind: args.kind as ComplianceListKind,
          receivedOn: args.receivedOn,
          enteredOn: args.enteredOn ?? today,
        },
        today,
      );
      return Object.assign(new ComplianceListImportResultObject(), {
        rows: answer.rows,
        casesOpened: answer.casesOpened.length,
        casesContinued: answer.casesContinued.length,
        caseIds: [...answer.casesOpened, ...answer.casesContinued].map(String),
      });
    });
  }

  @Mutation(() => ComplianceStepsImportOutcome, {
    description:
      'Records steps and outcomes of compliance cases from a file (.csv or .xlsx, base64: case or tax_code, step, date, document, workers_registered, contribution_recovered), in file order, each checked against its case as the rows before left it. All or nothing.',
  })
  @Allow('compliance.record')
  async importComplianceSteps(
    @Args('files', { type: () => [PlanFileInput], description: 'The files, base64-encoded.' }) files: PlanFileInput[],
    @CurrentActor() actor: Actor,
  ): Promise<ComplianceStepsImportResultObject | ImportRefusalObject> {
    return refusedOr(async () =>
      Object.assign(
        new ComplianceStepsImportResultObject(),
        await this.imports.importSteps(actor, decodePlanFiles(files), todayInVietnam()),
      ),
    );
  }
}
