import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import type { Role } from '@scorecard/domain';
import { RoleEnum } from '../../auth/dto/viewer.object';
import { UTC_TIMESTAMP } from '../../graphql/descriptions';

@ObjectType('Account', { description: 'A person’s account: one role, a province for provincial roles.' })
export class AccountObject {
  @Field({ description: 'The sign-in name (tên đăng nhập), lower-case.' })
  login!: string;

  @Field({ description: 'The name shown, e.g. "Nguyễn Văn A".' })
  displayName!: string;

  @Field(() => RoleEnum, { description: 'What the account may do.' })
  role!: Role;

  @Field(() => String, {
    nullable: true,
    description: 'Official two-digit province code of a DIRECTOR or OFFICER; null for headquarters roles.',
  })
  provinceCode!: string | null;

  @Field({ description: 'PERSON, or DEMO (signs in without a password on a local demo only).' })
  kind!: string;

  @Field({
    description: 'A password is set (else the owner has a one-time link to set one, or uses the identity provider).',
  })
  passwordSet!: boolean;

  @Field({ description: 'Bound to an identity of the agency’s identity provider.' })
  identityProviderLinked!: boolean;

  @Field({ description: 'A disabled account cannot sign in and its tokens stop.' })
  disabled!: boolean;

  @Field(() => String, {
    nullable: true,
    description: `Locked after repeated failed sign-ins until then: ${UTC_TIMESTAMP} Null when not locked.`,
  })
  lockedUntil!: string | null;

  @Field({ description: `When it was created: ${UTC_TIMESTAMP}` })
  createdAt!: string;

  @Field({ description: 'Who created it (a login, or "system:…").' })
  createdBy!: string;
}

@ObjectType('AccountWithLink', { description: 'An account with a one-time sign-in link for its owner.' })
export class AccountWithLinkObject {
  @Field(() => AccountObject, { description: 'The account.' })
  account!: AccountObject;

  @Field({ description: 'One-time sign-in link for the owner to set a password; shown once, valid one day.' })
  signInLink!: string;

  @Field({ description: `When the link stops working: ${UTC_TIMESTAMP}` })
  linkExpiresAt!: string;
}

@ArgsType()
export class CreateAccountArgs {
  @Field({ description: 'Lower-case: letters, digits, ".", "_", "-", "@" (an e-mail address works).' })
  login!: string;

  @Field({ description: 'The name shown, e.g. "Nguyễn Văn A".' })
  displayName!: string;

  @Field(() => RoleEnum, { description: 'What the account may do.' })
  role!: Role;

  @Field(() => String, { nullable: true, description: 'Province code for DIRECTOR and OFFICER, e.g. "12".' })
  provinceCode?: string | null;
}

@ArgsType()
export class UpdateAccountArgs {
  @Field({ description: 'The account to change, by its login.' })
  login!: string;

  @Field(() => String, { nullable: true, description: 'A new name shown; default: unchanged.' })
  displayName?: string | null;

  @Field(() => RoleEnum, { nullable: true, description: 'A new role; default: unchanged.' })
  role?: Role | null;

  @Field(() => String, { nullable: true, description: 'Give with a provincial role; null clears it.' })
  provinceCode?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'A disabled account cannot sign in and its tokens stop; default: unchanged.',
  })
  disabled?: boolean | null;
}

@ObjectType('ApiToken', { description: 'An API token as listed: never the token itself, which is shown once.' })
export class ApiTokenObject {
  @Field({ description: 'Public id (the part after "bhxh_"), used to revoke it.' })
  id!: string;

  @Field({ description: 'What it is for, as given when it was made.' })
  label!: string;

  @Field(() => RoleEnum, { description: 'The role it acts with.' })
  role!: Role;

  @Field(() => String, {
    nullable: true,
    description: 'Official two-digit province code of a provincial role; null for headquarters roles.',
  })
  provinceCode!: string | null;

  @Field(() => String, { nullable: true, description: 'The account it acts for; null for a script token.' })
  accountLogin!: string | null;

  @Field({ description: `When it was made: ${UTC_TIMESTAMP}` })
  createdAt!: string;

  @Field({ description: 'Who made it: an account login, "token:<id>" or "cli:<user>@<host>".' })
  createdBy!: string;

  @Field({ description: `When it stops working: ${UTC_TIMESTAMP}` })
  expiresAt!: string;

  @Field(() => String, { nullable: true, description: `When it was revoked: ${UTC_TIMESTAMP} Null while not revoked.` })
  revokedAt!: string | null;

  @Field({ description: 'Neither revoked nor expired.' })
  active!: boolean;
}

@ObjectType('CreatedApiToken', { description: 'A token just made: the token itself, this once, and its listing.' })
export class CreatedApiTokenObject {
  @Field({ description: 'The token: send it as "Authorization: Bearer <token>". Shown this once only.' })
  token!: string;

  @Field(() => ApiTokenObject, { description: 'The token as `apiTokens` lists it.' })
  apiToken!: ApiTokenObject;
}

@ArgsType()
export class CreateApiTokenArgs {
  @Field({ description: 'What it is for, e.g. "Power BI tháng 10".' })
  label!: string;

  @Field(() => Int, { nullable: true, description: 'Days until it stops working (1–730, default 90).' })
  expiresInDays?: number | null;

  @Field(() => RoleEnum, {
    nullable: true,
    description: 'Default: the role of the account it is for (yours); at most as powerful as yours.',
  })
  role?: Role | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Province code with a DIRECTOR or OFFICER `role`, e.g. "12". Without `role` the token takes the role and province of the account it is for.',
  })
  provinceCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Data officers only: the account it is for.' })
  forLogin?: string | null;
}
