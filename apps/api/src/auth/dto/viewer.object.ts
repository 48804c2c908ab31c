import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ROLES, type Role } from '@scorecard/domain';
import { ProvinceObject } from '../../reference/dto/province.object';

// GraphQL names of the roles: LEADERSHIP, DATA_OFFICER, DIRECTOR, OFFICER, ANALYST.
export const RoleEnum = Object.fromEntries(ROLES.map((role) => [role.toUpperCase().replace('-', '_'), role])) as Record<
  string,
  Role
>;
registerEnumType(RoleEnum, {
  name: 'Role',
  description:
    'LEADERSHIP reads everything; DATA_OFFICER (headquarters) imports, approves and manages accounts; DIRECTOR and OFFICER are bound to one province; ANALYST reads everything and changes nothing.',
});

@ObjectType('Viewer', { description: 'Who is asking, as the server established it from the session or token.' })
export class ViewerObject {
  @Field()
  login!: string;

  @Field()
  displayName!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field({ description: 'The role in Vietnamese, for display.' })
  roleLabel!: string;

  @Field(() => ProvinceObject, { nullable: true, description: 'The province of a provincial director or officer.' })
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
