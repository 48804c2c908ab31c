import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchLatePaymentNear } from './useOverviewData';

const LEDGER = {
  ledgerFrom: '2021-01-01',
  ledgerTo: '2023-12-31',
  synthetic: true,
  provinces: [],
  references: [],
  bandReference: { label: 'Cả nước cuối năm 2022', asOf: '2022-12-31', ratio: 0.0291 },
};
const answer = (asOf: string) => ({ data: { latePayment: { ...LEDGER, asOf, national: { ratio: 0.03 } } } });
const refused = (asOf: string) => ({
  errors: [
    {
      message: `asOf ${asOf} is outside the ledger, which covers 2021-01-01 to 2023-12-31.`,
      extensions: { code: 'BAD_USER_INPUT', reason: 'DATE_OUTSIDE_LEDGER' },
    },
  ],
  data: null,
});

/**
 * A server that refuses dates outside 2021–2023 and answers its last day for asOf null; records what was asked, and
 * on which unit sets.
 */
function stubServer(unitSets: string[] = []): (string | null)[] {
  const asked: (string | null)[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: { body: string }) => {
      const { asOf, unitSet } = (JSON.parse(init.body) as { variables: { asOf: string | null; unitSet: string } })
        .variables;
      asked.push(asOf);
      unitSets.push(unitSet);
      const body =
        asOf === null
          ? answer('2023-12-31')
          : asOf < '2021-01-01' || asOf > '2023-12-31'
            ? refused(asOf)
            : answer(asOf);
      return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    }),
  );
  return asked;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fetchLatePaymentNear', () => {
  it('asks for the plan’s date when the ledger covers it', async () => {
    const asked = stubServer();
    const near = await fetchLatePaymentNear('2800-KH-BHXH-2021', 'VN63', '2021-11-15', new AbortController().signal);
    expect(near.data.asOf).toBe('2021-11-15');
    expect(near.asked).toBe('2021-11-15');
    expect(asked).toEqual(['2021-11-15']);
  });

  it('falls back to the ledger’s last day after it, saying which date was asked for', async () => {
    const asked = stubServer();
    const near = await fetchLatePaymentNear('2800-KH-BHXH-2021', 'VN63', '2025-03-31', new AbortController().signal);
    expect(near).toMatchObject({ asked: '2025-03-31', data: { asOf: '2023-12-31' } });
    expect(asked).toEqual(['2025-03-31', null]);
  });

  it('takes the end of the ledger’s first month for a date before it', async () => {
    const asked = stubServer();
    const near = await fetchLatePaymentNear('2800-KH-BHXH-2021', 'VN63', '2020-10-31', new AbortController().signal);
    expect(near.data.asOf).toBe('2021-01-31');
    expect(asked).toEqual(['2020-10-31', null, '2021-01-31']);
  });

  it('asks every request on the unit set of the view', async () => {
    const unitSets: string[] = [];
    stubServer(unitSets);
    await fetchLatePaymentNear('2800-KH-BHXH-2021', 'VN34', '2020-10-31', new AbortController().signal);
    expect(unitSets).toEqual(['VN34', 'VN34', 'VN34']);
  });

  it('passes on any other failure', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{"errors":[{"message":"boom"}]}', { status: 500 })),
    );
    await expect(
      fetchLatePaymentNear('2800-KH-BHXH-2021', 'VN63', '2021-11-15', new AbortController().signal),
    ).rejects.toThrow(/boom/);
  });
});
