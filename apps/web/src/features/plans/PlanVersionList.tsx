import type { PlanVersion, PlanWithVersions } from './plans.queries';
import { formatDateTime, formatInteger } from '../../i18n/format';
import { text } from '../../i18n/vi';
import { currentVersion, type PlanChoice } from './plans-params';
import { sourceFileNames } from './source-files';

type PlanVersionListProps = {
  plan: PlanWithVersions;
  shownVersion: number | null;
  onChoose: (choice: PlanChoice) => void;
};

const t = text.plans.card;

/** The stored versions, newest first; choosing one shows its reconciliation. */
export function PlanVersionList({ plan, shownVersion, onChoose }: PlanVersionListProps) {
  if (plan.versions.length === 0) return <p className="plan-card__empty">{t.noVersions}</p>;
  const current = currentVersion(plan);
  const newestFirst = [...plan.versions].sort((a, b) => b.version - a.version);
  return (
    <ol className="plan-versions">
      {newestFirst.map((version) => (
        <li key={version.version} data-testid="plan-version" data-version={version.version}>
          <VersionButton
            version={version}
            current={version.version === current}
            shown={version.version === shownVersion}
            onClick={() => onChoose({ planId: plan.id, version: version.version })}
          />
        </li>
      ))}
    </ol>
  );
}

type VersionButtonProps = { version: PlanVersion; current: boolean; shown: boolean; onClick: () => void };

function VersionButton({ version, current, shown, onClick }: VersionButtonProps) {
  const files = sourceFileNames(version.source);
  return (
    <button type="button" className="plan-version" aria-pressed={shown} onClick={onClick}>
      <span className="plan-version__head">
        <span className="plan-version__name">{t.version(formatInteger(version.version))}</span>
        {current ? <span className="badge badge--current">{t.current}</span> : null}
        {shown ? <span className="plan-version__shown">{t.shown}</span> : null}
      </span>
      <span className="plan-version__meta">{t.imported(formatDateTime(version.importedAt), version.importedBy)}</span>
      <span className="plan-version__meta" title={version.source}>
        {t.source}: {files.join(', ')}
      </span>
      <span className="plan-version__meta plan-version__hash" title={version.contentHash}>
        {t.contentHash}: <code>{version.contentHash.slice(0, 12)}…</code>
      </span>
    </button>
  );
}
