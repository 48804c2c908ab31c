import type { Province } from '../../api/fields';
import type { IsoDate } from '../../api/scalars';
import { textCompliance } from '../../i18n/vi-compliance';
import { DateEntryField } from '../../ui/DateEntryField';
import { ProvinceField } from '../../ui/ProvinceField';
import { describeDateProblem, EARLIEST_DATE } from './compliance-dates';

type ComplianceControlsProps = {
  asOf: IsoDate;
  today: IsoDate;
  province: string | null;
  provinces: readonly Province[];
  /** A provincial user sees their own province only: nothing to choose. */
  ownOnly: string | null;
  onAsOf: (asOf: IsoDate) => void;
  onProvince: (code: string | null) => void;
};

const t = textCompliance.controls;

/** The date the cases are seen at, and whose: the nation or one province (a provincial user: their own). */
export function ComplianceControls({
  asOf,
  today,
  province,
  provinces,
  ownOnly,
  onAsOf,
  onProvince,
}: ComplianceControlsProps) {
  const range = { start: EARLIEST_DATE, end: today };
  return (
    <form className="controls" aria-label={t.label} onSubmit={(event) => event.preventDefault()}>
      <DateEntryField
        value={asOf}
        range={range}
        onCommit={onAsOf}
        label={t.asOf}
        hint={t.asOfHint}
        describeProblem={(problem, typed) => describeDateProblem(problem, typed, range)}
        testId="compliance-as-of"
      />
      <ProvinceField
        label={t.province}
        provinces={provinces}
        value={province}
        fixed={ownOnly}
        noneLabel={t.nation}
        onChange={onProvince}
        testIds={{ fixed: 'compliance-own-province', select: 'compliance-province' }}
      />
    </form>
  );
}
