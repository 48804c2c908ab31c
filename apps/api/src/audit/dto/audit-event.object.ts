import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('AuditEvent', { description: 'One change (or refused sign-in), as appended to the audit log.' })
export class AuditEventObject {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'UTC, ISO 8601.' })
  at!: string;

  @Field({ description: 'Who: an account login, "token:<id>", "cli:<user>@<host>" or "system:…".' })
  actor!: string;

  @Field(() => String, { nullable: true })
  actorRole!: string | null;

  @Field({ description: 'session, token, cli, system, or the sign-in method of a sign-in attempt.' })
  via!: string;

  @Field({ description: 'From where: the IP address, or the host of the command line.' })
  origin!: string;

  @Field({
    description: 'e.g. plan.import, report.submit, report.approve, account.create, token.revoke, auth.sign-in.',
  })
  action!: string;

  @Field(() => String, { nullable: true })
  target!: string | null;

  @Field({ description: 'OK, DENIED or FAILED.' })
  outcome!: string;

  @Field({ description: 'What changed, as JSON.' })
  detail!: string;
}

@ObjectType('AuditPage')
export class AuditPageObject {
  @Field(() => [AuditEventObject], { description: 'Newest first.' })
  events!: AuditEventObject[];

  @Field(() => String, { nullable: true, description: 'Pass as `before` for the next (older) page; null at the end.' })
  nextBefore!: string | null;

  @Field(() => Int)
  totalCount!: number;
}
