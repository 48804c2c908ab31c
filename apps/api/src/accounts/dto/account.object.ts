import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import type { Role } from '@scorecard/domain';
import { RoleEnum } from '../../auth/dto/viewer.object';

@ObjectType('Account', { description: 'A person’s account: one role, a province for provincial roles.' })
export class AccountObject {
  @Field()
  login!: string;

  @Field()
  displayName!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => String, { nullable: true })
  provinceCode!: string | null;

  @Field({ description: 'PERSON, or DEMO (signs in without a password on a local demo only).' })
  kind!: string;

  @Field({
    description: 'A password is set (else the owner has a one-time link to set one, or uses the identity provider).',
  })
  passwordSet!: boolean;

  @Field({ description: 'Bound to an identity of the agency’s identity provider.' })
  identityProviderLinked!: boolean;

  @Field()
  disabled!: boolean;

  @Field(() => String, { nullable: true, description: 'Locked after repeated failed sign-ins until then (UTC).' })
  lockedUntil!: string | null;

  @Field()
  createdAt!: string;

  @Field()
  createdBy!: string;
}

@ObjectType('AccountWithLink')
export class AccountWithLinkObject {
  @Field(() => AccountObject)
  account!: AccountObject;

  @Field({ description: 'One-time sign-in link for the owner to set a password; shown once, valid one day.' })
  signInLink!: string;

  @Field()
  linkExpiresAt!: string;
}

@ArgsType()
export class CreateAccountArgs {
  @Field({ description: 'Lower-case: letters, digits, ".", "_", "-", "@" (an e-mail address works).' })
  login!: string;

  @Field()
  displayName!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => String, { nullable: true, description: 'Province code for DIRECTOR and OFFICER, e.g. "12".' })
  provinceCode?: string | null;
}

@ArgsType()
export class UpdateAccountArgs {
  @Field()
  login!: string;

  @Field(() => String, { nullable: true })
  displayName?: string | null;

  @Field(() => RoleEnum, { nullable: true })
  role?: Role | null;

  @Field(() => String, { nullable: true, description: 'Give with a provincial role; null clears it.' })
  provinceCode?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'A disabled account cannot sign in and its tokens stop.' })
  disabled?: boolean | null;
}

@ObjectType('ApiToken', { description: 'An API token as listed: never the token itself, which is shown once.' })
export class ApiTokenObject {
  @Field({ description: 'Public id (the part after "bhxh_"), used to revoke it.' })
  id!: string;

  @Field()
  label!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => String, { nullable: true })
  provinceCode!: string | null;

  @Field(() => String, { nullable: true, description: 'The account it acts for; null for a script token.' })
  accountLogin!: string | null;

  @Field()
  createdAt!: string;

  @Field()
  createdBy!: string;

  @Field()
  expiresAt!: string;

  @Field(() => String, { nullable: true })
  revokedAt!: string | null;

  @Field({ description: 'Neither revoked nor expired.' })
  active!: boolean;
}

@ObjectType('CreatedApiToken')
export class CreatedApiTokenObject {
  @Field({ description: 'The token: send it as "Authorization: Bearer <token>". Shown this once only.' })
  token!: string;

  @Field(() => ApiTokenObject)
  apiToken!: ApiTokenObject;
}

@ArgsType()
export class CreateApiTokenArgs {
  @Field({ description: 'What it is for, e.g. "Power BI tháng 10".' })
  label!: string;

  @Field(() => Int, { nullable: true, description: 'Days until it stops working (1–730, default 90).' })
  expiresInDays?: number | null;

  @Field(() => RoleEnum, { nullable: true, description: 'Default: your own role; at most as powerful as yours.' })
  role?: Role | null;

  @Field(() => String, { nullable: true })
  provinceCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Data officers only: the account it is for.' })
  forLogin?: string | null;
}
