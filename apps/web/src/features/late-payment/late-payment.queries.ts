// GraphQL documents of the late-payment page (Chậm đóng) and the shapes they return.
import { PROVINCE_FIELDS } from '../../api/fields';
import type {
  ArrearsBucket,
  EmployerArrearsConnection,
  IsoDate,
  LatePayment,
  LatePaymentPoint,
} from '../../api/graphql-types';

const BUCKET_FIGURE_FIELDS = /* GraphQL */ `
  bucket
  labelVi
  labelEn
  actionVi
  actionEn
  amount
  employers
`;

/** The published references and the one the bands compare with (shared with the overview). */
export const LATE_PAYMENT_REFERENCE_FIELDS = /* GraphQL */ `
  references {
    label
    labelEn
    asOf
    ratio
  }
  bandReference {
    label
    labelEn
    asOf
    ratio
  }
`;

export const LATE_PAYMENT_QUERY = /* GraphQL */ `
  query LatePayment($asOf: String) {
    latePayment(asOf: $asOf) {
      asOf
      previousAsOf
      ledgerFrom
      ledgerTo
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
          ${BUCKET_FIGURE_FIELDS}
        }
      }
      provinces {
        province {
          ${PROVINCE_FIELDS}
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
          ${BUCKET_FIGURE_FIELDS}
        }
      }
      ${LATE_PAYMENT_REFERENCE_FIELDS}
    }
  }
`;

/** asOf null: the latest month end of the ledger. */
export type LatePaymentVariables = { asOf: IsoDate | null };
export type LatePaymentData = { latePayment: LatePayment };

export const LATE_PAYMENT_TREND_QUERY = /* GraphQL */ `
  query LatePaymentTrend {
    latePaymentTrend {
      month
      asOf
      receivable
      overdue
      ratio
    }
  }
`;

export type LatePaymentTrendData = { latePaymentTrend: LatePaymentPoint[] };

/** The page size of the employer list; "Xem thêm" asks for the next one. */
export const EMPLOYERS_PAGE_SIZE = 50;

export const EMPLOYERS_IN_ARREARS_QUERY = /* GraphQL */ `
  query EmployersInArrears($province: String!, $asOf: String, $bucket: ArrearsBucket, $first: Int!, $after: String) {
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
            ${BUCKET_FIGURE_FIELDS}
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

export type EmployersInArrearsVariables = {
  province: string;
  asOf: IsoDate;
  bucket: ArrearsBucket | null;
  first: number;
  after: string | null;
};
export type EmployersInArrearsData = { employersInArrears: EmployerArrearsConnection };
