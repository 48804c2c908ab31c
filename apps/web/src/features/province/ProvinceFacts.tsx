import { regionName } from '../../i18n/server-text';
import type { Province } from '../../api/fields';
import type { UnitSet } from '../../api/generated/graphql';
import { text } from '../../i18n/vi';
import { textUnitSets } from '../../i18n/vi-unit-sets';

/** Code, type and region of a province, under its name; for a unit of the 34, which set it belongs to. */
export function ProvinceFacts({ province, unitSet }: { province: Province; unitSet: UnitSet }) {
  const t = text.province;
  const facts = [
    { label: t.code, value: province.code },
    { label: t.type, value: province.type },
    { label: t.region, value: regionName(province) },
    // Codes are reused across the sets: the 34's say so (the 63's page reads as it always did).
    ...(unitSet === 'VN34'
      ? [{ label: textUnitSets.province.unitSet, value: textUnitSets.field.options[unitSet] }]
      : []),
  ];
  return (
    <dl className="page-header__plan" data-testid="province-facts">
      {facts.map((fact) => (
        <div key={fact.label}>
          <dt>{fact.label}:</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
