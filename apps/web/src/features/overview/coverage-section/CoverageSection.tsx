import { useId, type ReactNode } from 'react';
import type { CoverageKind, UnitSet } from '../../../api/generated/graphql';
import { formatInteger } from '../../../i18n/format';
import { textCoverage } from '../../../i18n/vi-coverage';
import { ErrorPanel } from '../../../ui/ErrorPanel';
import { LoadingState } from '../../../ui/LoadingState';
import type { OverviewCoverage } from './coverage.queries';
import { chooseCoverageYear, coverageYearOptions, type CoverageYearOption } from './coverage-year';
import { CoverageGoals, CoverageNational } from './CoverageNational';
import { CoverageRanking } from './CoverageRanking';
import { useCoverage, useCoverageYears } from './useCoverage';
import './coverage.css';

const t = textCoverage;
const KINDS: readonly CoverageKind[] = ['SI', 'HI'];
const UNIT_COUNTS: Readonly<Record<UnitSet, number>> = { VN63: 63, VN34: 34 };

export type CoverageChoice = { coverageYear: number | null; coverageRank: CoverageKind };

type CoverageSectionProps = CoverageChoice & {
  /** The overview's units: the section follows its switch. */
  unitSet: UnitSet;
  onChange: (change: Partial<CoverageChoice>) => void;
  provinceHrefOf: (code: string) => string;
};

/**
 * "Tỷ lệ bao phủ": the nation's SI and HI coverage of a year beside seed 003 and the goal of Resolution 28-NQ/TW, and
 * the units ranked. The year is one the overview's unit set can show (the latest by default).
 */
export function CoverageSection({
  unitSet,
  coverageYear,
  coverageRank,
  onChange,
  provinceHrefOf,
}: CoverageSectionProps) {
  const years = useCoverageYears();
  let body: ReactNode;
  if (years.error !== undefined) {
    body = <ErrorPanel title={t.errors.years} error={years.error} onRetry={years.reload} />;
  } else if (!years.data) {
    body = <LoadingState />;
  } else {
    const options = coverageYearOptions(years.data.coverageYears, unitSet);
    const choice = chooseCoverageYear(options, coverageYear);
    if (choice) {
      return (
        <CoverageYear
          unitSet={unitSet}
          options={options}
          option={choice.option}
          asked={choice.moved ? coverageYear : null}
          rankBy={coverageRank}
          onChange={onChange}
          provinceHrefOf={provinceHrefOf}
        />
      );
    }
    body = (
      <p className="panel__empty" data-testid="coverage-none">
        {t.noTables(formatInteger(UNIT_COUNTS[unitSet]))}
      </p>
    );
  }
  return <SectionFrame title={t.heading}>{body}</SectionFrame>;
}

type CoverageYearProps = {
  unitSet: UnitSet;
  options: readonly CoverageYearOption[];
  option: CoverageYearOption;
  /** The year the address asked for when the set cannot show it (the latest is shown instead). */
  asked: number | null;
  rankBy: CoverageKind;
  onChange: (change: Partial<CoverageChoice>) => void;
  provinceHrefOf: (code: string) => string;
};

function CoverageYear({ unitSet, options, option, asked, rankBy, onChange, provinceHrefOf }: CoverageYearProps) {
  const query = useCoverage(option.year, unitSet, rankBy);
  const yearId = useId();
  const rankId = useId();
  const data = query.data?.coverage;
  const year = String(option.year);
  const synthetic = data?.synthetic ?? option.synthetic;
  const count = formatInteger(data?.unitCount ?? UNIT_COUNTS[unitSet]);

  let body: ReactNode;
  if (query.error !== undefined) {
    body = <ErrorPanel title={t.errors.coverage} error={query.error} onRetry={query.reload} />;
  } else if (!data) {
    body = <LoadingState />;
  } else {
    body = <CoverageFigures coverage={data} rankBy={rankBy} provinceHrefOf={provinceHrefOf} />;
  }

  const choices = (
    <div className="cov__choices" role="group" aria-label={t.controls.label}>
      <label className="cov__choice" htmlFor={yearId}>
        <span>{t.controls.year}</span>
        <select
          id={yearId}
          value={option.year}
          data-testid="coverage-year"
          onChange={(event) => onChange({ coverageYear: Number(event.target.value) })}
        >
          {options.map((o) => (
            <option key={o.year} value={o.year}>
              {t.controls.yearOption(String(o.year), o.synthetic)}
            </option>
          ))}
        </select>
      </label>
      <label className="cov__choice" htmlFor={rankId}>
        <span>{t.controls.rankBy}</span>
        <select
          id={rankId}
          value={rankBy}
          data-testid="coverage-rank-by"
          onChange={(event) => onChange({ coverageRank: event.target.value as CoverageKind })}
        >
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t.kinds[kind]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );

  return (
    <SectionFrame
      title={t.title(year)}
      sample={synthetic}
      choices={choices}
      year={option.year}
      unitSet={unitSet}
      busy={query.loading}
    >
      {asked !== null ? (
        <p className="notice" data-testid="coverage-moved">
          {t.moved(String(asked), year, count)}
        </p>
      ) : null}
      {synthetic ? (
        <p className="cov__sample-note" role="note" data-testid="coverage-sample-note">
          <span aria-hidden="true">⚠ </span>
          {t.sampleNote(year)}
        </p>
      ) : null}
      {option.summed ? <p className="cov__note">{t.summedNote(year)}</p> : null}
      {body}
    </SectionFrame>
  );
}

type SectionFrameProps = {
  title: string;
  sample?: boolean;
  choices?: ReactNode;
  year?: number;
  unitSet?: UnitSet;
  busy?: boolean;
  children: ReactNode;
};

function SectionFrame({ title, sample = false, choices, year, unitSet, busy = false, children }: SectionFrameProps) {
  return (
    <section
      className={busy ? 'panel cov is-stale' : 'panel cov'}
      aria-labelledby="coverage-title"
      aria-busy={busy}
      data-testid="coverage-section"
      data-year={year ?? ''}
      data-unit-set={unitSet ?? ''}
    >
      <div className="cov__head">
        <h2 id="coverage-title" className="panel__title cov__title">
          {title}
        </h2>
        {sample ? (
          <span className="badge badge--synthetic cov__sample" title={t.sampleTitle} data-testid="coverage-sample">
            {t.sample}
          </span>
        ) : null}
        {choices}
      </div>
      <p className="ov-muted cov__intro">{t.intro}</p>
      {children}
    </section>
  );
}

type CoverageFiguresProps = {
  coverage: OverviewCoverage;
  rankBy: CoverageKind;
  provinceHrefOf: (code: string) => string;
};

function CoverageFigures({ coverage, rankBy, provinceHrefOf }: CoverageFiguresProps) {
  const referenceDocuments = [...new Set(coverage.references.map((r) => r.document))];
  const goalDocuments = [...new Set(coverage.goals.map((goal) => goal.document))];
  return (
    <>
      <CoverageNational coverage={coverage} />
      <CoverageGoals goals={coverage.goals} />
      <CoverageRanking coverage={coverage} rankBy={rankBy} provinceHrefOf={provinceHrefOf} />
      <div className="cov__sources" data-testid="coverage-sources">
        <p>
          <strong>{t.sources.label}</strong>
        </p>
        {/* The documents are named as they are written, in Vietnamese. */}
        <ul>
          <li>
            {t.sources.figures} <span lang="vi">{coverage.sources.join('; ')}</span>
          </li>
          {referenceDocuments.map((document) => (
            <li key={document}>
              {t.sources.reference} <span lang="vi">{document}</span>
            </li>
          ))}
          {goalDocuments.map((document) => (
            <li key={document}>
              {t.sources.goals} <span lang="vi">{document}</span>
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}
