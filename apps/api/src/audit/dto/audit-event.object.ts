import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../graphql/connection';
import { UTC_TIMESTAMP } from '../../graphql/descriptions';

@ObjectType('AuditEvent', { description: 'One change (or refused sign-in), as appended to the audit log.' })
export class AuditEventObject {
  @Field(() => ID, { description: 'Its id, increasing with time.' })
  id!: string;

  @Field({ description: `When: ${UTC_TIMESTAMP}` })
  at!: string;

  @Field({ description: 'Who: an account login, "token:<id>", "cli:<user>@<host>" or "system:…".' })
  actor!: string;

  @Field(() => String, { nullable: true, description: 'The actor’s role then, e.g. "data-officer"; null when none.' })
  actorRole!: string | null;

  @Field({ description: 'session, token, cli, system, or the sign-in method of a sign-in attempt.' })
  via!: string;

  @Field({ description: 'From where: the IP address, or the host of the command line.' })
  origin!: string;

  @Field({
    description: 'e.g. plan.import, report.submit, report.approve, account.create, token.revoke, auth.sign-in.',
  })
  action!: string;

  @Field(() => String, {
    nullable: true,
    description: 'What it acted on, e.g. "token <id>" or a plan id; null when nothing in particular.',
  })
  target!: string | null;

  @Field({ description: 'OK, DENIED or FAILED.' })
  outcome!: string;

  @Field({ description: 'What changed, as JSON.' })
  detail!: string;
}

@ObjectType('AuditEventConnection', { description: 'A page of the audit log, newest first.' })
export class AuditEventConnectionObject extends Connection(AuditEventObject, 'AuditEvent', 'event') {}
