// GraphQL document of the session: who is signed in.
import type { Viewer } from '../api/graphql-types';

export const ME_QUERY = /* GraphQL */ `
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
`;

export type MeData = { me: Viewer };
