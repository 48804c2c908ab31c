import { regionName } from '../../i18n/server-text';
import type { Province } from '../../api/fields';
import { text } from '../../i18n/vi';

/** Code, type and region of a province, under its name. */
export function ProvinceFacts({ province }: { province: Province }) {
  const t = text.province;
  const facts = [
    { label: t.code, value: province.code },
    { label: t.type, value: province.type },
    { label: t.region, value: regionName(province) },
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
