import type { IsoDate } from '../../api/scalars';
import { formatDate } from '../../i18n/format';
import { textCompliance } from '../../i18n/vi-compliance';
import { AppLink } from '../../navigation/AppLink';
import { complianceCaseHref } from '../../navigation/links';
import { TableScroll } from '../../ui/TableScroll';
import { formatAmountWithUnit, formatVnd } from '../late-payment/amounts';
import type { ComplianceCaseRow } from './compliance.queries';
import { listKindLabel, outcomeLabel, stepWithForm } from './compliance-labels';
import { STEP_FORMS } from '@scorecard/domain';

type CaseTableProps = {
  rows: readonly ComplianceCaseRow[];
  /** The date the cases were seen at: the case links open them at the same date. */
  asOf: IsoDate;
  /** The nation's list names each case's province. */
  showProvince: boolean;
  /** The id of the heading that names the table. */
  labelledBy: string;
  testId: string;
};

const t = textCompliance.cases.columns;

/** Cases as the list and the work queue show them: one row each, its number a link to the case's page. */
export function CaseTable({ rows, asOf, showProvince, labelledBy, testId }: CaseTableProps) {
  return (
    <TableScroll labelledBy={labelledBy}>
      <table className="data-table case-table" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{t.id}</th>
            <th scope="col">{t.taxCode}</th>
            <th scope="col">{t.employer}</th>
            <th scope="col">{t.district}</th>
            {showProvince ? <th scope="col">{t.province}</th> : null}
            <th scope="col">{t.listKind}</th>
            <th scope="col">{t.next}</th>
            <th scope="col" className="num">
              {t.deadline}
            </th>
            <th scope="col">{t.status}</th>
            <th scope="col" className="num">
              {t.arrears}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <CaseRow key={row.id} row={row} asOf={asOf} showProvince={showProvince} />
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function CaseRow({ row, asOf, showProvince }: { row: ComplianceCaseRow; asOf: IsoDate; showProvince: boolean }) {
  const next = row.next;
  return (
    <tr
      data-testid="case-row"
      data-case-id={row.id}
      data-waiting-for={next?.step ?? ''}
      data-overdue={next?.overdue ? 'true' : 'false'}
      data-province-code={row.province.code}
    >
      <td className="nowrap">
        <AppLink href={complianceCaseHref(row.id, asOf)} testId="case-link">
          {textCompliance.caseLink(row.id)}
        </AppLink>
      </td>
      <td className="nowrap case-table__tax-code">{row.taxCode}</td>
      <th scope="row" className="case-table__employer">
        <span translate="no">{row.employerName}</span>
      </th>
      <td className="nowrap">{row.district}</td>
      {showProvince ? <td className="nowrap">{row.province.nameVi}</td> : null}
      <td className="case-table__list">{listKindLabel(row.listKind)}</td>
      <td className="case-table__next">
        {next
          ? stepWithForm(next.step, STEP_FORMS[next.step])
          : row.outcome
            ? textCompliance.cases.endedOn(outcomeLabel(row.outcome.kind), formatDate(row.outcome.on))
            : null}
      </td>
      <td className="num">{next ? (next.deadline ? formatDate(next.deadline) : textCompliance.noDeadline) : null}</td>
      <td>
        {next?.overdue ? (
          <span className="badge badge--error">{textCompliance.overdueBadge}</span>
        ) : next ? (
          <span className="badge badge--muted">{textCompliance.openBadge}</span>
        ) : (
          <span className="badge badge--current">{textCompliance.cases.ended}</span>
        )}
      </td>
      <td className="num" title={row.arrears ? formatVnd(row.arrears.overdue) : undefined}>
        {row.arrears ? formatAmountWithUnit(row.arrears.overdue) : null}
      </td>
    </tr>
  );
}
