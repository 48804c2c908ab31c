import type { CoverageKind } from '../../../api/generated/graphql';
import { formatDate, formatInteger, formatPercent } from '../../../i18n/format';
import { coverageGoalText } from '../../../i18n/server-text';
import { textCoverage } from '../../../i18n/vi-coverage';
import type { CoverageGoal, OverviewCoverage } from './coverage.queries';
import { formatGapPoints, goalStanding, nationalFigures, type GoalStanding } from './coverage-view';

const t = textCoverage;
const KINDS: readonly CoverageKind[] = ['SI', 'HI'];

/** The nation's two coverages of the year, each beside the published point of seed 003 and the goal in force. */
export function CoverageNational({ coverage }: { coverage: OverviewCoverage }) {
  const printed = KINDS.map((kind) => {
    const value = formatPercent(nationalFigures(kind, coverage.national).coverage);
    const goal = kind === 'SI' ? coverage.siGoal : coverage.hiGoal;
    return goal
      ? t.print.figure(t.kindsShort[kind], value, goalWords(goal))
      : t.print.figureWithoutGoal(t.kindsShort[kind], value);
  });
  return (
    <>
      <div className="cov-national" data-testid="coverage-national">
        {KINDS.map((kind) => (
          <NationalCard key={kind} kind={kind} coverage={coverage} />
        ))}
      </div>
      <p className="print-only cov__print">
        {t.print.summary(String(coverage.year), coverage.synthetic, printed.join(' · '))}
      </p>
    </>
  );
}

function NationalCard({ kind, coverage }: { kind: CoverageKind; coverage: OverviewCoverage }) {
  const figures = nationalFigures(kind, coverage.national);
  const goal = kind === 'SI' ? coverage.siGoal : coverage.hiGoal;
  const reference = coverage.references.find((r) => r.kind === kind);
  const standing = goalStanding(figures.meets);
  return (
    <article
      className="ov-card cov-card"
      data-testid="coverage-national-card"
      data-kind={kind}
      data-standing={standing}
    >
      <h3 className="ov-card__title">
        {t.kinds[kind]} · {t.national.label}
      </h3>
      {figures.coverage !== null ? (
        <p className="ov-card__figure" title={t.national.figureTitle[kind]}>
          <span className="ov-card__value" data-testid="coverage-national-value">
            {formatPercent(figures.coverage)}
          </span>
        </p>
      ) : (
        <p className="ov-card__figure ov-card__figure--none">{t.national.noFigure}</p>
      )}
      <p className="ov-card__line">
        {t.national.base[kind](formatInteger(figures.participants), formatInteger(figures.base))}
      </p>
      <p className="ov-card__reference" data-testid="coverage-reference">
        {reference
          ? t.national.reference(
              formatDate(reference.asOf),
              formatPercent(reference.ratio),
              formatInteger(reference.participants),
            )
          : t.national.noReference}
      </p>
      <GoalLine goal={goal ?? null} gap={figures.gap} standing={standing} />
    </article>
  );
}

type GoalLineProps = { goal: CoverageGoal | null; gap: number | null; standing: GoalStanding };

function GoalLine({ goal, gap, standing }: GoalLineProps) {
  if (!goal) return <p className="ov-card__line">{t.national.noGoal}</p>;
  return (
    <>
      <p className="ov-card__line cov-card__goal" data-testid="coverage-goal">
        {t.national.goal(String(goal.year), goalWords(goal))}
      </p>
      <div className="ov-card__status">
        {standing !== 'NONE' ? <StandingBadge standing={standing} /> : null}
        {gap !== null ? (
          <span className="ov-card__change" data-testid="coverage-gap">
            {gapText(gap)}
          </span>
        ) : null}
      </div>
      {goal.note ? (
        <details className="cov-card__note" data-testid="coverage-goal-note">
          <summary>{t.national.note}</summary>
          {/* The API writes the note in English. */}
          <p lang="en">{goal.note}</p>
        </details>
      ) : null}
    </>
  );
}

/** The goal as its comparison words it: "khoảng 45%", "ít nhất 95%", "trên 95%". */
export function goalWords(goal: CoverageGoal): string {
  return t.comparison[goal.comparison](formatPercent(goal.ratio, 0));
}

/** "còn thiếu 7,8 điểm %", "vượt 1,2 điểm %", or "bằng mục tiêu" when the points round to nothing. */
function gapText(gap: number): string {
  const points = formatGapPoints(gap);
  if (Math.round(gap * 1000) === 0) return t.national.onGoal;
  return gap > 0 ? t.national.short(points) : t.national.beyond(points);
}

/** Met or not, in words with a symbol, so it reads without colour. */
export function StandingBadge({ standing }: { standing: Exclude<GoalStanding, 'NONE'> }) {
  return (
    <span
      className={standing === 'MET' ? 'badge badge--ok cov-standing' : 'badge badge--behind cov-standing'}
      data-testid="coverage-standing"
      data-standing={standing}
    >
      <span aria-hidden="true">{standing === 'MET' ? '✓ ' : '✕ '}</span>
      {t.standing[standing]}
    </span>
  );
}

/** Every goal of the resolution by year, both kinds side by side, with the notes on their sources. */
export function CoverageGoals({ goals }: { goals: readonly CoverageGoal[] }) {
  const years = [...new Set(goals.map((goal) => goal.year))].sort((a, b) => a - b);
  const notes = [...new Set(goals.flatMap((goal) => (goal.note ? [goal.note] : [])))];
  const goalOf = (year: number, kind: CoverageKind) => goals.find((goal) => goal.year === year && goal.kind === kind);
  return (
    <details className="cov-goals" data-testid="coverage-goals">
      <summary>{t.goals.summary}</summary>
      <table className="data-table cov-goals__table">
        <caption className="visually-hidden">{t.goals.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.goals.year}</th>
            {KINDS.map((kind) => (
              <th key={kind} scope="col">
                {t.kinds[kind]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {years.map((year) => (
            <tr key={year}>
              <th scope="row">{year}</th>
              {KINDS.map((kind) => {
                const goal = goalOf(year, kind);
                const mark = goal?.note ? notes.indexOf(goal.note) + 1 : 0;
                return (
                  <td key={kind}>
                    {goal ? coverageGoalText(goal) : t.goals.noGoal}
                    {mark > 0 ? (
                      <sup title={t.goals.noteMark}>
                        {' '}
                        ({mark})<span className="visually-hidden"> {t.goals.noteMark}</span>
                      </sup>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {notes.map((note, i) => (
        <p key={note} className="cov-goals__note">
          ({i + 1}) <span lang="en">{note}</span>
        </p>
      ))}
    </details>
  );
}
