import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ROLES, ROLE_LABELS_EN, ROLE_LABELS_VI, type Role } from '@scorecard/domain';
import { ProvinceObject } from '../../reference/dto/province.object';

// GraphQL names of the roles: LEADERSHIP, DATA_OFFICER, DIRECTOR, OFFICER, ANALYST.
export const RoleEnum = Object.fromEntries(ROLES.map((role) => [role.toUpperCase().replace('-', '_'), role])) as Record<
  string,
  Role
>;
// What each role may do, in short; docs/access.md has the whole table.
const ROLE_POWERS: Record<Role, string> = {
  leadership: 'reads everything.',
  'data-officer': 'imports plans and ledgers, approves reports, manages accounts, tokens and thresholds.',
  director:
    "bound to one province: every province's attainment and rank, their own province's employers, report history and warnings; submits and approves its reports.",
  officer: 'bound to one province: sees as a director does, submits its reports but does not approve them.',
  analyst: 'reads everything through the API and exports, changes nothing.',
};
registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'A role of the software (docs/access.md): what an account or token may see and do.',
  valuesMap: Object.fromEntries(
    Object.entries(RoleEnum).map(([name, role]) => [
      name,
      { description: `${ROLE_LABELS_EN[role]} (${ROLE_LABELS_VI[role]}): ${ROLE_POWERS[role]}` },
    ]),
  ),
});

@ObjectType('Viewer', { description: 'Who is asking, as the server established it from the session or token.' })
export class ViewerObject {
  @Field({ description: 'The account login, or "token:<id>" for a script token.' })
  login!: string;

  @Field({ description: 'The name shown.' })
  displayName!: string;

  @Field(() => RoleEnum, { description: 'What the caller may do.' })
  role!: Role;

  @Field({ description: 'The role in Vietnamese, for display.' })
  roleLabel!: string;

  @Field(() => ProvinceObject, {
    nullable: true,
    description: 'The province of a provincial director or officer; null for headquarters roles.',
  })
  province!: ProvinceObject | null;

  @Field({ description: 'SESSION (signed in with a browser) or TOKEN (Authorization: Bearer).' })
  via!: string;

  @Field(() => [String], { description: 'Actions of the authorisation table this caller may do.' })
  permissions!: string[];

  @Field({ description: 'The page this caller opens on.' })
  home!: string;

  @Field({ description: 'Signed in with a one-time link and has to set a password first.' })
  mustChangePassword!: boolean;
}
