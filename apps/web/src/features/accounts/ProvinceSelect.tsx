import { textAccess } from '../../i18n/vi-access';
import type { ProvinceChoice } from './accounts.queries';

type ProvinceSelectProps = {
  id: string;
  value: string;
  provinces: readonly ProvinceChoice[];
  onChange: (code: string) => void;
  invalid?: boolean;
  describedBy?: string | undefined;
  testId?: string;
  /** The text of the empty choice: "— Chọn tỉnh/thành phố —" in a form, "Tất cả" in a filter. */
  emptyLabel?: string;
};

/** One of the 63 provinces by code and name; '' until one is chosen. */
export function ProvinceSelect({
  id,
  value,
  provinces,
  onChange,
  invalid,
  describedBy,
  testId,
  emptyLabel = textAccess.common.chooseProvince,
}: ProvinceSelectProps) {
  return (
    <select
      id={id}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      data-testid={testId}
    >
      <option value="">{emptyLabel}</option>
      {provinces.map((province) => (
        <option key={province.code} value={province.code}>
          {province.code} · {province.nameVi}
        </option>
      ))}
    </select>
  );
}

/** "12 · Lai Châu", the code alone for a province missing from the list, a dash for none. */
export function provinceText(code: string | null, provinces: readonly ProvinceChoice[]): string {
  if (!code) return textAccess.common.none;
  const province = provinces.find((p) => p.code === code);
  return province ? `${province.code} · ${province.nameVi}` : code;
}
