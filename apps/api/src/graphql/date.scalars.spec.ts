import { ApolloServer } from '@apollo/server';
import { Logger } from '@nestjs/common';
import { GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { LocalDateScalar, YearMonthScalar } from './date.scalars';
import { formatGraphQLError } from './scorecard.errors';

// The scalars as the API serves them: through Apollo Server and the API's error formatting, on a two-field schema.
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      day: {
        type: LocalDateScalar,
        args: { on: { type: LocalDateScalar } },
        resolve: (_root, args: { on?: string }) => args.on ?? '2021-11-30',
      },
      month: {
        type: new GraphQLNonNull(YearMonthScalar),
        args: { of: { type: new GraphQLNonNull(YearMonthScalar) } },
        resolve: (_root, args: { of: string }) => args.of,
      },
      days: {
        type: new GraphQLList(LocalDateScalar),
        args: { texts: { type: new GraphQLList(GraphQLString) } },
        resolve: (_root, args: { texts: string[] }) => args.texts,
      },
    },
  }),
});

const server = new ApolloServer({ schema, formatError: formatGraphQLError, includeStacktraceInErrorResponses: false });
beforeAll(() => server.start());
afterAll(() => server.stop());

async function ask(query: string, variables?: Record<string, unknown>) {
  const response = await server.executeOperation({ query, variables });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult;
}

describe('the LocalDate and YearMonth scalars', () => {
  it('take a date that exists and give it back as it was written', async () => {
    expect((await ask('{ day(on: "2024-02-29") }')).data).toEqual({ day: '2024-02-29' });
    expect((await ask('query($on: LocalDate) { day(on: $on) }', { on: '2021-11-30' })).data).toEqual({
      day: '2021-11-30',
    });
    expect((await ask('{ month(of: "2021-12") }')).data).toEqual({ month: '2021-12' });
  });

  it.each(['2021-02-30', '2021-13-01', '15/10/2021'])(
    'refuse %s, written in the query or sent as a variable, with one message and code',
    async (sent) => {
      const rule = `LocalDate must be a date that exists on the calendar, written YYYY-MM-DD (e.g. 2021-11-30); got "${sent}".`;
      const ruleVi = `LocalDate phải là một ngày có thật, viết theo dạng YYYY-MM-DD (ví dụ 2021-11-30); đã nhận "${sent}".`;
      const literal = await ask(`{ day(on: "${sent}") }`);
      expect(literal.data).toBeUndefined();
      expect(literal.errors).toEqual([
        {
          message: rule,
          locations: [{ line: 1, column: 11 }],
          extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_DATE', messageVi: ruleVi },
        },
      ]);
      const variable = await ask('query($on: LocalDate) { day(on: $on) }', { on: sent });
      expect(variable.errors).toEqual([
        {
          message: `Variable "$on" got invalid value "${sent}"; ${rule}`,
          locations: [{ line: 1, column: 7 }],
          extensions: {
            code: 'BAD_USER_INPUT',
            reason: 'INVALID_DATE',
            messageVi: `Biến $on có giá trị không hợp lệ: ${ruleVi}`,
          },
        },
      ]);
    },
  );

  it('refuse a value of another kind, and a month that is not one', async () => {
    const number = await ask('{ day(on: 20211130) }');
    expect(number.errors?.[0]?.message).toBe(
      'LocalDate must be a date that exists on the calendar, written YYYY-MM-DD (e.g. 2021-11-30); got "20211130".',
    );
    for (const sent of ['2021-13', '2021-11-30', '11/2021']) {
      const month = await ask('query($of: YearMonth!) { month(of: $of) }', { of: sent });
      expect(month.errors?.[0]).toMatchObject({
        message: `Variable "$of" got invalid value "${sent}"; YearMonth must be a month written YYYY-MM (e.g. 2021-11); got "${sent}".`,
        extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_DATE' },
      });
    }
  });

  it('never send a date of ours that is not one: that is an internal error, not the caller’s', async () => {
    const logged = vi.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const answer = await ask('{ days(texts: ["2021-11-30", "2021-11-31"]) }');
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
    expect(answer.errors?.[0]?.extensions?.reason).toBeUndefined();
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('LocalDate cannot represent "2021-11-31"'));
    logged.mockRestore();
  });
});
