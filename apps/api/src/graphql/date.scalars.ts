import { GraphQLError, GraphQLScalarType, Kind, print, type ValueNode } from 'graphql';
import { InvalidDateError, isIsoDate, isYearMonth, type IsoDate, type YearMonth } from '@scorecard/domain';

// The calendar dates and months of the API, each defined once. An argument typed LocalDate or YearMonth is checked
// here, by libs/domain's rule, before any resolver runs: a resolver or service receives a date that exists.
//
// A refused value is a GraphQL error whose message says what was sent and the form it must have, with
// extensions.code BAD_USER_INPUT, extensions.reason INVALID_DATE and extensions.messageVi (formatGraphQLError keeps
// those whether the value came as a literal, which GraphQL reports as a validation error, or as a variable).
// Dates and months a resolver returns are ours: one that is not valid is an internal error, never the caller's.

type Form = { name: string; form: 'date' | 'month'; valid: (text: string) => boolean };

function refusal(form: Form, sent: string, node?: ValueNode): GraphQLError {
  const error = new InvalidDateError(form.name, sent, form.form);
  return new GraphQLError(error.message, {
    nodes: node,
    originalError: error,
    extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_DATE', messageVi: error.messageVi },
  });
}

function parsed(form: Form, value: unknown): string {
  if (typeof value === 'string' && form.valid(value)) return value;
  throw refusal(form, typeof value === 'string' ? value : JSON.stringify(value));
}

function parsedLiteral(form: Form, node: ValueNode): string {
  if (node.kind === Kind.STRING && form.valid(node.value)) return node.value;
  throw refusal(form, node.kind === Kind.STRING ? node.value : print(node), node);
}

function serialized(form: Form, value: unknown): string {
  if (typeof value === 'string' && form.valid(value)) return value;
  throw new TypeError(`${form.name} cannot represent ${JSON.stringify(value)}: not a ${form.form} of the calendar`);
}

const LOCAL_DATE: Form = { name: 'LocalDate', form: 'date', valid: isIsoDate };
const YEAR_MONTH: Form = { name: 'YearMonth', form: 'month', valid: isYearMonth };

export const LocalDateScalar = new GraphQLScalarType<IsoDate, string>({
  name: LOCAL_DATE.name,
  description:
    'A calendar day (ngày) written YYYY-MM-DD, e.g. "2021-11-30": no time of day and no time zone, the same day ' +
    'everywhere. Only days that exist are taken: "2021-02-30", "2021-13-01" or "30/11/2021" are refused before ' +
    'the query runs, with extensions.code BAD_USER_INPUT and extensions.reason INVALID_DATE.',
  specifiedByURL: 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6',
  serialize: (value) => serialized(LOCAL_DATE, value),
  parseValue: (value) => parsed(LOCAL_DATE, value),
  parseLiteral: (node) => parsedLiteral(LOCAL_DATE, node),
});

export const YearMonthScalar = new GraphQLScalarType<YearMonth, string>({
  name: YEAR_MONTH.name,
  description:
    'A calendar month (tháng) written YYYY-MM, e.g. "2021-11". Anything else ("2021-13", "11/2021", a whole date) ' +
    'is refused before the query runs, with extensions.code BAD_USER_INPUT and extensions.reason INVALID_DATE.',
  serialize: (value) => serialized(YEAR_MONTH, value),
  parseValue: (value) => parsed(YEAR_MONTH, value),
  parseLiteral: (node) => parsedLiteral(YEAR_MONTH, node),
});
