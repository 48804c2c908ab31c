// GraphQL document of the session: who is signed in.
import { graphql } from '../api/generated/gql';
import type { ResultOf } from '../api/graphql-client';

export const ME_QUERY = graphql(`
  query Me {
    me {
      login
      displayName
      role
      roleLabel
      province {
        code
        nameVi
      }
      via
      permissions
      home
      mustChangePassword
    }
  }
`);

/** The signed-in caller, as the server established it from the session (or an API token). */
export type Viewer = ResultOf<typeof ME_QUERY>['me'];
