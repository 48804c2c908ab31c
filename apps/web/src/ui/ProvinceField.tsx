import type { Province } from '../api/fields';

type ProvinceFieldProps = {
  label: string;
  provinces: readonly Pick<Province, 'code' | 'nameVi'>[];
  /** The province chosen; null: none (the nation). */
  value: string | null;
  /** The one province a provincial user may see: shown, nothing to choose. */
  fixed: string | null;
  /** The option of no province. */
  noneLabel: string;
  onChange: (code: string | null) => void;
  testIds: { fixed: string; select: string };
};

/** Whose figures a page's controls show: a province to choose, or a provincial user's own province, fixed. */
export function ProvinceField({ label, provinces, value, fixed, noneLabel, onChange, testIds }: ProvinceFieldProps) {
  if (fixed !== null) {
    const own = provinces.find((p) => p.code === fixed);
    return (
      <p className="controls__field controls__field--province">
        <span className="controls__label">{label}</span>
        <span className="controls__fixed" data-testid={testIds.fixed} data-province-code={fixed}>
          {own ? `${own.code} · ${own.nameVi}` : fixed}
        </span>
      </p>
    );
  }
  const known = provinces.some((p) => p.code === value);
  return (
    <label className="controls__field controls__field--province">
      <span className="controls__label">{label}</span>
      <select
        data-testid={testIds.select}
        value={known && value !== null ? value : ''}
        onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
      >
        <option value="">{noneLabel}</option>
        {provinces.map((p) => (
          <option key={p.code} value={p.code}>
            {p.code} · {p.nameVi}
          </option>
        ))}
      </select>
    </label>
  );
}
