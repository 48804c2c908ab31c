import { Inject, Injectable } from '@nestjs/common';
import { auditEvent, type Actor } from '@scorecard/access';
import type { ComplianceListKind, IsoDate } from '@scorecard/domain';
import {
  importComplianceList,
  importComplianceSteps,
  type ComplianceImporter,
  type ComplianceSourceFile,
} from '@scorecard/ingest';
import { WarehouseDatabase } from '@scorecard/warehouse';
import { ScorecardError } from '../../graphql/scorecard.errors';

/**
 * Lists from the tax authority and steps recorded in bulk (libs/ingest compliance-import.ts), as the signed-in
 * caller: a refusal is a ComplianceImportError, answered as an ImportRefusal.
 */
@Injectable()
export class ComplianceImportService {
  constructor(@Inject(WarehouseDatabase) private readonly db: WarehouseDatabase) {}

  async importList(
    actor: Actor,
    input: { files: ComplianceSourceFile[]; kind: ComplianceListKind; receivedOn: IsoDate; enteredOn: IsoDate },
    today: IsoDate,
  ) {
    const { receivedOn, enteredOn } = input;
    if (receivedOn > today || enteredOn > today || enteredOn < receivedOn)
      throw new ScorecardError(
        'INVALID_ARGUMENT',
        `The list must be received (${receivedOn}) and entered (${enteredOn}) on or before today (${today}), and entered on or after its receipt.`,
        `Ngày nhận danh sách (${receivedOn}) và ngày cập nhật (${enteredOn}) không được sau hôm nay (${today}); ngày cập nhật không trước ngày nhận.`,
      );
    return importComplianceList(this.db, input, importerOf(actor));
  }

  importSteps(actor: Actor, files: ComplianceSourceFile[], today: IsoDate) {
    return importComplianceSteps(this.db, { files, today }, importerOf(actor));
  }
}

function importerOf(actor: Actor): ComplianceImporter {
  return {
    principal: actor.principal,
    audit: (target, detail) => auditEvent(actor, 'compliance.record', target, detail),
  };
}
