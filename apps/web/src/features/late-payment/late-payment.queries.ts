// GraphQL documents of the late-payment page (Chậm đóng); the shapes they return are generated (src/api/generated).
import { graphql } from '../../api/generated/gql';
import type { ResultOf, VariablesOf } from '../../api/graphql-client';

/**
 * asOf null: the latest month end of the ledger. unitSet VN34: the 34 units, each with its predecessors' amounts
 * summed, its ratio recomputed from the sums and ranked among the 34; their predecessors name the ledger's provinces.
 */
export const LATE_PAYMENT_QUERY = graphql(`
  query LatePayment($asOf: LocalDate, $unitSet: UnitSet!) {
    latePayment(asOf: $asOf, unitSet: $unitSet) {
      asOf
      previousAsOf
      ledgerFrom
      ledgerTo
      ledgerUnitSet
      unitSet
      synthetic
      national {
        receivable
        overdue
        ratio
        band
        bandLabel
        employers
        employersInArrears
        buckets {
          ...ArrearsBucketFigureFields
        }
      }
      provinces {
        province {
          ...ProvinceFields
          predecessors {
            code
            nameVi
          }
        }
        rank
        previousRank
        rankChange
        receivable
        overdue
        ratio
        band
        bandLabel
        employers
        employersInArrears
        buckets {
          ...ArrearsBucketFigureFields
        }
      }
      references {
        ...LatePaymentReferenceFields
      }
      bandReference {
        ...LatePaymentReferenceFields
      }
    }
  }
`);

export type LatePaymentVariables = VariablesOf<typeof LATE_PAYMENT_QUERY>;
/** Late payment (chậm đóng) at a month end: ratio = overdue / receivable since January of the as-of year. */
export type LatePayment = ResultOf<typeof LATE_PAYMENT_QUERY>['latePayment'];
export type NationalLatePayment = LatePayment['national'];
/** In rank order: rank 1 (lowest ratio) first, unranked last. Of the 63, or of the 34 (LatePayment.unitSet). */
export type ProvinceLatePayment = LatePayment['provinces'][number];

export const LATE_PAYMENT_TREND_QUERY = graphql(`
  query LatePaymentTrend {
    latePaymentTrend {
      month
      asOf
      receivable
      overdue
      ratio
    }
  }
`);

/** The national ratio at one month end of the ledger. */
export type LatePaymentPoint = ResultOf<typeof LATE_PAYMENT_TREND_QUERY>['latePaymentTrend'][number];

/** The page size of the employer list; "Xem thêm" asks for the next one. */
export const EMPLOYERS_PAGE_SIZE = 50;

/** Sorted by overdue amount, largest first; the page lists one province's, so the province is not asked for. */
export const EMPLOYERS_IN_ARREARS_QUERY = graphql(`
  query EmployersInArrears($province: String!, $asOf: LocalDate, $bucket: ArrearsBucket, $first: Int!, $after: String) {
    employersInArrears(province: $province, asOf: $asOf, bucket: $bucket, first: $first, after: $after) {
      totalCount
      totalOverdue
      edges {
        cursor
        node {
          employer {
            id
            name
            district
            ownership
            workers
            synthetic
          }
          receivable
          overdue
          oldestOverdueMonth
          ageMonths
          bucket
          actionVi
          actionEn
          byBucket {
            ...ArrearsBucketFigureFields
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export type EmployerArrearsConnection = ResultOf<typeof EMPLOYERS_IN_ARREARS_QUERY>['employersInArrears'];
export type EmployerArrears = EmployerArrearsConnection['edges'][number]['node'];
