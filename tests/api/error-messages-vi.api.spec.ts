import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, graphql, startServer, tempDir, type RunningServer } from '../support/scorecard-server';
import { outcome, refusalIn } from '../support/import-outcome';

// Every error the API sends says the same thing twice: `message` for an API caller, extensions.messageVi (the web
// app's Vietnamese) with the same values; plain HTTP refusals carry messageVi beside their message too.
const PLAN = '2800-KH-BHXH-2021';
const APPENDIX_02 = readFileSync(join(REPO_ROOT, 'data/plans', PLAN, 'appendix-02.txt'), 'utf8');
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
// Letters only Vietnamese writes: a message without one is not Vietnamese with its diacritics.
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;
// No stack frame, source file or server path in either language.
const LEAK = /stacktrace|\/work\/|\/tmp\/|\.ts:\d|\.js:\d|at [A-Z]\w+\./;

type GraphQLError = { message: string; extensions?: Record<string, unknown> };

/** The first error of an answer, checked to carry a Vietnamese messageVi that is not its message. */
function firstError(
  answer: { errors?: GraphQLError[] },
  code: string | readonly string[],
): GraphQLError & { messageVi: string } {
  const error = answer.errors?.[0];
  expect(error, JSON.stringify(answer)).toBeDefined();
  expect(typeof code === 'string' ? [code] : code, JSON.stringify(error)).toContain(error!.extensions?.code);
  const messageVi = error!.extensions?.messageVi;
  expect(typeof messageVi, JSON.stringify(error)).toBe('string');
  expect((messageVi as string).trim()).not.toBe('');
  expect(messageVi).toMatch(VIETNAMESE);
  expect(messageVi).not.toBe(error!.message);
  expect(`${error!.message}\n${messageVi as string}`).not.toMatch(LEAK);
  return { ...error!, messageVi: messageVi as string };
}

describe('Vietnamese error messages', () => {
  const temp = tempDir('scorecard-errors-vi-');
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer({
      dbPath: join(temp.dir, 'errors.duckdb'),
      env: { SCORECARD_LEDGER_EMPLOYERS: '2000' },
      tokens: ['data-officer', 'analyst', 'director:12'],
    });
  });
  afterAll(async () => {
    await server?.stop();
    temp.remove();
  });

  const as = (role: string) => ({ token: server.tokens[role] });

  it('explains a call without credentials, or with an unknown token, in Vietnamese', async () => {
    const anonymous = firstError(await graphql(server.url, '{ me { role } }', {}, { token: null }), 'UNAUTHENTICATED');
    expect(anonymous.messageVi).toContain('Đăng nhập');
    const unknown = firstError(
      await graphql(server.url, '{ me { role } }', {}, { token: `bhxh_000000000000_${'A'.repeat(43)}` }),
      'UNAUTHENTICATED',
    );
    expect(unknown.message).toContain('unknown, revoked or expired');
    expect(unknown.messageVi).toContain('Khóa API không đúng, đã bị thu hồi hoặc đã hết hạn');
  });

  it('explains a forbidden call in Vietnamese, naming the role and the province', async () => {
    const analyst = firstError(await graphql(server.url, '{ accounts { login } }', {}, as('analyst')), 'FORBIDDEN');
    expect(analyst.messageVi).toBe('Không có quyền: vai trò Chuyên viên phân tích không được quản lý tài khoản.');
    const director = firstError(
      await graphql(server.url, '{ employersInArrears(province: "01") { totalCount } }', {}, as('director:12')),
      'FORBIDDEN',
    );
    expect(director.message).toContain('not for 01');
    expect(director.messageVi).toContain('không phải tỉnh 01');
  });

  it('names an unknown plan and a date that is not one in Vietnamese, with the same values', async () => {
    const plan = firstError(await graphql(server.url, '{ plan(id: "KH-KHONG-CO") { id } }'), 'NOT_FOUND');
    expect(plan.extensions?.reason).toBe('UNKNOWN_PLAN');
    expect(plan.messageVi).toContain('Không có kế hoạch mã "KH-KHONG-CO"');
    expect(plan.messageVi).toContain(PLAN);

    const date = firstError(
      await graphql(server.url, `{ ranking(planId: "${PLAN}", metric: "revenue", asOf: "2021-02-31") { rank } }`),
      'BAD_USER_INPUT',
    );
    expect(date.extensions?.reason).toBe('INVALID_DATE');
    expect(date.messageVi).toContain('"2021-02-31"');
  });

  it('explains errors of the GraphQL layer in Vietnamese and keeps the English detail in message', async () => {
    const unknownField = firstError(await graphql(server.url, '{ plans { id nope } }'), 'GRAPHQL_VALIDATION_FAILED');
    expect(unknownField.message).toContain('Cannot query field "nope" on type "Plan"');
    expect(unknownField.messageVi).toBe('Kiểu Plan không có trường "nope".');

    // The token limit of query-limits.ts parses the document first: its syntax error comes as a validation error.
    const syntax = firstError(await graphql(server.url, '{ plans { id '), [
      'GRAPHQL_PARSE_FAILED',
      'GRAPHQL_VALIDATION_FAILED',
    ]);
    expect(syntax.message).toMatch(/Syntax Error/);
    expect(syntax.messageVi).toBe(
      'Truy vấn GraphQL viết sai cú pháp ở dòng 1, cột 14: sửa truy vấn theo chi tiết trong thông báo tiếng Anh.',
    );

    const missing = firstError(
      await graphql(server.url, 'query($id: String!) { plan(id: $id) { id } }', {}),
      'BAD_USER_INPUT',
    );
    expect(missing.messageVi).toContain('$id');

    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: plans { id }`).join(' ');
    const limited = firstError(await graphql(server.url, `{ ${aliases} }`), [
      'BAD_USER_INPUT',
      'GRAPHQL_VALIDATION_FAILED',
    ]);
    expect(limited.message).toContain('Aliases limit of 15 exceeded, found 20');
    expect(limited.messageVi).toContain('vượt giới hạn 15');
  });

  it('sums up a refused plan import and a refused report import in Vietnamese', async () => {
    const broken = APPENDIX_02.replace('Bắc Giang', 'Bac Giangg').replace('1,603,836', '1,6O3,836');
    const plan = refusalIn(
      await graphql(
        server.url,
        `mutation($planId: String, $files: [PlanFileInput!]!) { importPlan(planId: $planId, files: $files) ${outcome('PlanImportResult', 'version')} }`,
        { planId: PLAN, files: [{ name: 'phu-luc-02.txt', contentBase64: base64(broken) }] },
      ),
      'importPlan',
    )!;
    expect(plan.reason).toBe('PLAN_IMPORT_INVALID');
    expect(plan.messageVi).toContain(`có ${plan.problemCount} vấn đề; không có gì được ghi`);
    expect(plan.problems.every((problem) => VIETNAMESE.test(problem.messageVi + problem.fixVi))).toBe(true);

    const csv = 'province,metric,report_date,value\n99,revenue,2021-10-15,1\n';
    const actuals = refusalIn(
      await graphql(
        server.url,
        `mutation($files: [PlanFileInput!]!) { importActuals(planId: "${PLAN}", files: $files) ${outcome('ActualImportResult', 'rowsStored')} }`,
        { files: [{ name: 'bao-cao.csv', contentBase64: base64(csv) }] },
      ),
      'importActuals',
    )!;
    expect(actuals.reason).toBe('ACTUAL_IMPORT_INVALID');
    expect(actuals.messageVi).toContain('không nhập được số liệu thực hiện');

    const empty = firstError(
      await graphql(
        server.url,
        `mutation { importPlan(planId: "x", files: []) ${outcome('PlanImportResult', 'version')} }`,
      ),
      'BAD_USER_INPUT',
    );
    expect(empty.messageVi).toContain('Chưa gửi tệp nào');
  });

  it('puts messageVi beside message in the JSON refusals of plain HTTP routes', async () => {
    const wrong = await fetch(`${server.url}/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'khong-co-ai', password: 'sai-mat-khau' }),
    });
    expect(wrong.status).toBe(401);
    const refused = (await wrong.json()) as { error: string; message: string; messageVi: string };
    expect(refused).toEqual({
      error: 'INVALID_CREDENTIALS',
      message: 'Wrong login or password.',
      messageVi: 'Sai tên đăng nhập hoặc mật khẩu.',
    });

    const notJson = await fetch(`${server.url}/auth/sign-in`, { method: 'POST', body: 'login=a' });
    expect(notJson.status).toBe(415);
    const body = (await notJson.json()) as { message: string; messageVi: string };
    expect(body.message).toContain('Send JSON');
    expect(body.messageVi).toMatch(VIETNAMESE);
  });
});
