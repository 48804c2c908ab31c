/**
 * The JSON body of every refusal on a plain HTTP route (sign-in, password, downloads, limits): a code, the message
 * and the same in Vietnamese (messageVi, the twin of a GraphQL error's extensions.messageVi), never a stack.
 */
export type ErrorBody = { error: string; message: string; messageVi: string };

export function errorBody(error: string, message: string, messageVi: string): ErrorBody {
  return { error, message, messageVi };
}
