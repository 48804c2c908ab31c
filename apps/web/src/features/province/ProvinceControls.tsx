import type { Plan, Province } from '../../api/fields';
import type { IsoDate } from '../../api/scalars';
import { formatDate } from '../../i18n/format';
import { text } from '../../i18n/vi';
import { AppLink } from '../../navigation/AppLink';
import { provinceHref, reportHref } from '../../navigation/links';
import { navigateTo, rankingHrefAt } from '../../navigation/location-store';
import { mayActOn, ownProvinceCode } from '../../session/permissions';
import { useViewer } from '../../session/ViewerContext';
import { AsOfDateField } from '../../ui/AsOfDateField';
import { ReportDateChips } from '../../ui/ReportDateChips';

type ProvinceControlsProps = {
  plan: Plan;
  provinces: readonly Province[];
  code: string;
  asOf: IsoDate;
  /** The metric the page was opened on, kept when another province is chosen. */
  metric?: string | null;
  onAsOf: (date: IsoDate) => void;
};

/** Which province and which date; links to the ranking at that date and to the report form. */
export function ProvinceControls({ plan, provinces, code, asOf, metric = null, onAsOf }: ProvinceControlsProps) {
  const known = provinces.some((p) => p.code === code);
  const viewer = useViewer();
  const own = ownProvinceCode(viewer);

  return (
    <form className="controls" onSubmit={(event) => event.preventDefault()}>
      <label className="controls__field controls__field--province">
        <span className="controls__label">{text.province.picker}</span>
        <select
          data-testid="province-picker"
          value={known ? code : ''}
          onChange={(event) => navigateTo(provinceHref(event.target.value, asOf, metric))}
        >
          {known ? null : <option value="">{text.report.chooseProvince}</option>}
          {provinces.map((province) => (
            <option key={province.code} value={province.code}>
              {province.code} · {province.nameVi}
              {province.code === own ? ` (${text.scope.ownProvince})` : ''}
            </option>
          ))}
        </select>
      </label>

      <AsOfDateField plan={plan} value={asOf} onCommit={onAsOf} />

      <ReportDateChips plan={plan} selected={asOf} onSelect={onAsOf} />

      <p className="controls__links">
        <AppLink href={rankingHrefAt(asOf)} testId="province-ranking-link">
          {text.province.rankingLink(formatDate(asOf))}
        </AppLink>
        {known && mayActOn(viewer, 'report.submit', code) ? (
          <AppLink href={reportHref(code)} testId="province-report-link">
            {text.province.reportLink}
          </AppLink>
        ) : null}
      </p>
    </form>
  );
}
