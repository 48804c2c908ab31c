import { describe, expect, it } from 'vitest';
import { GraphQLRequestError } from '../../api/graphql-client';
import { explainFailure } from './server-failure';

describe('explainFailure', () => {
  it('says what the code means and keeps the server’s reason word for word', () => {
    const error = new GraphQLRequestError('graphql', '[CONFLICT] the login "a.b" is taken', 200, [
      { message: 'the login "a.b" is taken: choose another', extensions: { code: 'CONFLICT' } },
    ]);
    expect(explainFailure(error)).toEqual({
      code: 'CONFLICT',
      explanation: expect.stringContaining('xung đột'),
      reasons: ['the login "a.b" is taken: choose another'],
    });
  });

  it('explains a refusal as a missing right', () => {
    const error = new GraphQLRequestError('graphql', 'x', 200, [
      { message: 'Không có quyền: headquarters decides this report.', extensions: { code: 'FORBIDDEN' } },
    ]);
    expect(explainFailure(error).explanation).toBe('Tài khoản của bạn không có quyền làm việc này.');
  });

  it('falls back on the kind of failure for a code it does not know, or a request that never got an answer', () => {
    const unknown = new GraphQLRequestError('graphql', 'x', 200, [{ message: 'odd', extensions: { code: 'TEAPOT' } }]);
    expect(explainFailure(unknown)).toMatchObject({ code: 'TEAPOT', reasons: ['odd'] });
    expect(explainFailure(unknown).explanation).not.toBe('');
    const network = new GraphQLRequestError('network', 'Network error calling /graphql: refused');
    expect(explainFailure(network)).toMatchObject({
      code: undefined,
      reasons: ['Network error calling /graphql: refused'],
    });
  });
});
