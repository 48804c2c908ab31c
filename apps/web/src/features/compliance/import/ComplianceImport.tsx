import type { IsoDate } from '../../../api/scalars';
import { textCompliance } from '../../../i18n/vi-compliance';
import { ListImportForm } from './ListImportForm';
import { StepsImportForm } from './StepsImportForm';

/** "Nhập danh sách, kết quả": a list from the tax authority, and steps and outcomes in bulk, each from a file. */
export function ComplianceImport({ today }: { today: IsoDate }) {
  return (
    <div className="compliance-import" data-testid="compliance-import">
      <p className="panel__note">{textCompliance.import.intro}</p>
      <ListImportForm today={today} />
      <StepsImportForm />
    </div>
  );
}
