// GraphQL documents of coverage (độ bao phủ, docs/coverage.md) as the overview shows it; the shapes they return are
// generated (src/api/generated). Only what the page shows is asked for.
import { graphql } from '../../../api/generated/gql';
import type { ResultOf } from '../../../api/graphql-client';

/** The tables stored, one per year and unit set: which years can be shown on which units. */
export const COVERAGE_YEARS_QUERY = graphql(`
  query CoverageYears {
    coverageYears {
      year
      unitSet
      unitCount
      synthetic
    }
  }
`);

export type CoverageTable = ResultOf<typeof COVERAGE_YEARS_QUERY>['coverageYears'][number];

/** A goal of Resolution 28-NQ/TW; note: what is uncertain about its source (in English), null when nothing is. */
export const COVERAGE_GOAL_FIELDS = graphql(`
  fragment CoverageGoalFields on CoverageGoal {
    kind
    year
    ratio
    comparison
    text
    textEn
    document
    note
  }
`);

/** One year on one unit set: the nation, the seed-003 points, the goals, and every unit in rank order of rankBy. */
export const OVERVIEW_COVERAGE_QUERY = graphql(`
  query OverviewCoverage($year: Int!, $unitSet: UnitSet!, $rankBy: CoverageKind!) {
    coverage(year: $year, unitSet: $unitSet, rankBy: $rankBy) {
      year
      unitSet
      storedUnitSet
      unitCount
      synthetic
      sources
      national {
        siParticipants
        labourForce
        siCoverage
        siGapToGoal
        siMeetsGoal
        hiParticipants
        population
        hiCoverage
        hiGapToGoal
        hiMeetsGoal
      }
      siGoal {
        ...CoverageGoalFields
      }
      hiGoal {
        ...CoverageGoalFields
      }
      goals {
        ...CoverageGoalFields
      }
      references {
        kind
        asOf
        participants
        ratio
        label
        labelEn
        document
      }
      provinces {
        province {
          code
          nameVi
        }
        siCoverage
        siRank
        siGapToGoal
        siMeetsGoal
        hiCoverage
        hiRank
        hiGapToGoal
        hiMeetsGoal
      }
    }
  }
`);

export type OverviewCoverage = ResultOf<typeof OVERVIEW_COVERAGE_QUERY>['coverage'];
export type CoverageNationalFigures = OverviewCoverage['national'];
export type CoverageGoal = ResultOf<typeof COVERAGE_GOAL_FIELDS>;
export type CoverageReference = OverviewCoverage['references'][number];
/** A unit with both coverages, both ranks among unitCount and the gaps to the goals in force. */
export type CoverageUnit = OverviewCoverage['provinces'][number];
