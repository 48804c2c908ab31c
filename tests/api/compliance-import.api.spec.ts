import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outcome, refusalIn } from '../support/import-outcome';
import { graphql, startServer, tempDir, type RunningServer } from '../support/scorecard-server';

// Lists from the tax authority and steps recorded in bulk, imported over HTTP by a province's officer into a real
// DuckDB file: a list opens cases for new employers and continues the open case of one listed again, the same
// list twice is refused, a bad file is refused whole with every problem placed, and a steps file is recorded whole
// or not at all, each row checked against its case as the rows before left it.

const PROVINCE = '79';
const base64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');
const dayBefore = (days: number) => new Date(Date.now() + 7 * 3600_000 - days * 86_400_000).toISOString().slice(0, 10);

type CaseNode = {
  id: string;
  taxCode: string;
  employerName: string;
  listings: number;
  steps: { step: string; on: string }[];
  outcome: { kind: string; workersRegistered: number } | null;
};

describe('importing compliance lists and steps', () => {
  const temp = tempDir('scorecard-compliance-import-');
  let server: RunningServer;
  const as = (spec: string) => ({ token: server.tokens[spec]! });

  const importList = (
    files: { name: string; contentBase64: string }[],
    receivedOn: string,
    spec = `officer:${PROVINCE}`,
  ) =>
    graphql<{
      importComplianceList: {
        __typename: string;
        rows: number;
        casesOpened: number;
        casesContinued: number;
        caseIds: string[];
      };
    }>(
      server.url,
      `mutation($files: [PlanFileInput!]!) { importComplianceList(files: $files, kind: NOT_PARTICIPATING, receivedOn: "${receivedOn}", enteredOn: "${receivedOn}")
        ${outcome('ComplianceListImportResult', 'rows casesOpened casesContinued caseIds')} }`,
      { files },
      as(spec),
    );
  const importSteps = (csv: string) =>
    graphql<{ importComplianceSteps: { __typename: string; steps: number; outcomes: number; cases: number } }>(
      server.url,
      `mutation($files: [PlanFileInput!]!) { importComplianceSteps(files: $files) ${outcome('ComplianceStepsImportResult', 'steps outcomes cases')} }`,
      { files: [{ name: 'buoc.csv', contentBase64: base64(csv) }] },
      as(`officer:${PROVINCE}`),
    );
  const findCase = async (taxCode: string) => {
    const answer = await graphql<{ complianceCases: { edges: { node: CaseNode }[] } }>(
      server.url,
      `{ complianceCases(asOf: "${dayBefore(0)}", province: "${PROVINCE}", search: "${taxCode}") {
        edges { node { id taxCode employerName listings steps { step on } outcome { kind workersRegistered } } } } }`,
      {},
      as(`officer:${PROVINCE}`),
    );
    expect(answer.errors).toBeUndefined();
    return answer.data!.complianceCases.edges.map((edge) => edge.node);
  };
  const caseCount = async () =>
    (
      await graphql<{ complianceFunnel: { cases: number } }>(
        server.url,
        `{ complianceFunnel(asOf: "${dayBefore(0)}") { cases } }`,
        {},
        as('leadership'),
      )
    ).data!.complianceFunnel.cases;

  let openTaxCode: string;

  beforeAll(async () => {
    server = await startServer({
      dbPath: join(temp.dir, 'import.duckdb'),
      tokens: ['leadership', `officer:${PROVINCE}`, 'officer:12'],
    });
    // An employer of the sample with a case still open today, to list again.
    const open = await graphql<{ complianceCases: { edges: { node: { taxCode: string } }[] } }>(
      server.url,
      `{ complianceCases(asOf: "${dayBefore(0)}", province: "${PROVINCE}", open: true, first: 1) { edges { node { taxCode } } } }`,
      {},
      { token: server.tokens['leadership']! },
    );
    openTaxCode = open.data!.complianceCases.edges[0]!.node.taxCode;
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    temp.remove();
  });

  it('opens a case for a new employer and continues the open case of one listed again; the same list twice is refused', async () => {
    const receivedOn = dayBefore(20);
    const csv = [
      'STT,Mã số thuế,Tên đơn vị,Địa chỉ,Tỉnh/thành phố,Quận/huyện,Số lao động,Quỹ lương',
      `1,0312345678,Công ty TNHH Ánh Dương,"12 Nguyễn Huệ, Quận 1",TP. Hồ Chí Minh,Quận 1,25,"187.500.000"`,
      `2,${openTaxCode},Công ty cổ phần Sao Mai,,79,Thủ Đức,8,`,
    ].join('\r\n');
    const before = await caseCount();
    const answer = await importList([{ name: 'danh-sach-02a.csv', contentBase64: base64(csv) }], receivedOn);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.importComplianceList).toMatchObject({
      __typename: 'ComplianceListImportResult',
      rows: 2,
      casesOpened: 1,
      casesContinued: 1,
    });
    expect(await caseCount()).toBe(before + 1);
    const [created] = await findCase('0312345678');
    expect(created).toMatchObject({
      taxCode: '0312345678',
      employerName: 'Công ty TNHH Ánh Dương',
      listings: 1,
      steps: [{ step: 'ENTERED', on: receivedOn }],
      outcome: null,
    });
    const continued = (await findCase(openTaxCode)).find((c) => c.outcome === null)!;
    expect(continued.listings).toBeGreaterThan(1);
    expect(continued.employerName).toBe('Công ty cổ phần Sao Mai');

    const again = refusalIn(
      await importList([{ name: 'danh-sach-02a.csv', contentBase64: base64(csv) }], receivedOn),
      'importComplianceList',
    );
    expect(again?.reason).toBe('COMPLIANCE_IMPORT_INVALID');
    expect(again!.problems.map((p) => [p.kind, p.row])).toEqual([
      ['ALREADY_LISTED', 2],
      ['ALREADY_LISTED', 3],
    ]);
    expect(await caseCount()).toBe(before + 1);
  });

  it('reads a workbook with a title above its header, and refuses a bad one whole with every problem placed', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('02a-KT');
    sheet.addRow(['DANH SÁCH ĐƠN VỊ CHƯA THAM GIA BHXH, BHYT (Mẫu số 02a-KT)']);
    sheet.addRow(['Mã số thuế', 'Tên đơn vị', 'Tỉnh', 'Huyện', 'Số lao động']);
    sheet.addRow(['0312345679', 'Hợp tác xã Bình Minh', 'Hồ Chí Minh', 'Củ Chi', 12]);
    const good = base64(new Uint8Array(await book.xlsx.writeBuffer()));
    const stored = await importList([{ name: 'ds.xlsx', contentBase64: good }], dayBefore(15));
    expect(stored.data!.importComplianceList).toMatchObject({ rows: 1, casesOpened: 1 });

    const before = await caseCount();
    const bad = [
      'Mã số thuế,Tên đơn vị,Tỉnh,Số lao động',
      '031234567X,Công ty A,79,5',
      '0312345680,Công ty B,Hà Nội,5',
      '0312345681,,79,-3',
    ].join('\n');
    const refusal = refusalIn(
      await importList([{ name: 'loi.csv', contentBase64: base64(bad) }], dayBefore(14)),
      'importComplianceList',
    );
    expect(refusal?.reason).toBe('COMPLIANCE_IMPORT_INVALID');
    const placed = refusal!.problems.map((p) => [p.kind, p.file, p.row, p.column]);
    expect(placed).toEqual(
      expect.arrayContaining([
        ['INVALID_TAX_CODE', 'loi.csv', 2, 'Mã số thuế'],
        ['OTHER_PROVINCE', 'loi.csv', 3, 'Tỉnh'],
      ]),
    );
    expect(refusal!.problems.every((p) => p.fix.length > 0 && p.fixVi.length > 0)).toBe(true);
    expect(refusal!.problemCount).toBeGreaterThanOrEqual(4);
    expect(await caseCount()).toBe(before);
  });

  it('records a file of steps and an outcome whole, and refuses one with a bad row without recording any', async () => {
    const [created] = await findCase('0312345678');
    const entered = created!.steps[0]!.on;
    const notice = dayBefore(18);
    const invited = dayBefore(6);
    const refused = importSteps(
      [
        'case,step,date,document',
        `${created!.id},04-KT,${notice},101/TB-BHXH`,
        `${created!.id},CONFERENCE_INVITED,${entered},55/GM-BHXH`,
      ].join('\n'),
    );
    const refusal = refusalIn(await refused, 'importComplianceSteps');
    expect(refusal?.problems.map((p) => [p.kind, p.row, p.column])).toEqual([['STEP_REFUSED', 3, 'step']]);
    expect((await findCase('0312345678'))[0]!.steps).toHaveLength(1);

    const recorded = await importSteps(
      [
        'mã số thuế,bước,ngày,số văn bản,số lao động tham gia,số tiền thu được',
        `0312345678,NOTICE_SENT,${notice},101/TB-BHXH,,`,
        `0312345678,05-KT,${invited},55/GM-BHXH,,`,
        `0312345678,PARTLY_REGISTERED,${dayBefore(1)},,10,"32.000.000"`,
      ].join('\n'),
    );
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data!.importComplianceSteps).toEqual({
      __typename: 'ComplianceStepsImportResult',
      steps: 2,
      outcomes: 1,
      cases: 1,
    });
    const [after] = await findCase('0312345678');
    expect(after!.steps.map((s) => s.step)).toEqual(['ENTERED', 'NOTICE_SENT', 'CONFERENCE_INVITED']);
    expect(after!.outcome).toEqual({ kind: 'PARTLY_REGISTERED', workersRegistered: 10 });
  });

  it('keeps a province’s officer to their own province’s lists and cases', async () => {
    const csv = 'Mã số thuế,Tên đơn vị,Tỉnh,Số lao động\n0312345690,Công ty C,79,4\n';
    const refusal = refusalIn(
      await importList([{ name: 'ds.csv', contentBase64: base64(csv) }], dayBefore(3), 'officer:12'),
      'importComplianceList',
    );
    expect(refusal?.problems[0]).toMatchObject({ kind: 'OTHER_PROVINCE', row: 2 });
    const [created] = await findCase('0312345679');
    const steps = await graphql<{ importComplianceSteps: unknown }>(
      server.url,
      `mutation($files: [PlanFileInput!]!) { importComplianceSteps(files: $files) ${outcome('ComplianceStepsImportResult', 'steps')} }`,
      {
        files: [
          { name: 'b.csv', contentBase64: base64(`case,step,date\n${created!.id},NOTICE_SENT,${dayBefore(1)}\n`) },
        ],
      },
      as('officer:12'),
    );
    // Lai Châu's officer does not see Hồ Chí Minh City's case at all.
    expect(refusalIn(steps, 'importComplianceSteps')?.problems[0]?.kind).toBe('UNKNOWN_CASE');
    const forbidden = await graphql(
      server.url,
      `mutation($files: [PlanFileInput!]!) { importComplianceSteps(files: $files) ${outcome('ComplianceStepsImportResult', 'steps')} }`,
      { files: [] },
      as('leadership'),
    );
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
