import type { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ScorecardError } from './scorecard.errors';

// One pagination convention for every list that can grow long (cursor connections, as Relay has them): a field
// takes `first` (how many, within the list's own maximum) and `after` (the endCursor of the page before), and
// answers `edges { cursor node }`, `pageInfo { hasNextPage endCursor }` and `totalCount`. A cursor is opaque: the
// list's sort key, base64url-encoded; one that is damaged or of another list is refused (INVALID_CURSOR), never
// read as "from the start".

@ObjectType('PageInfo', { description: 'Where a page of a list ends, and whether another follows.' })
export class PageInfoObject {
  @Field({ description: 'Whether more items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The cursor of the last item of the page: pass it as `after` for the next page; null when empty.',
  })
  endCursor!: string | null;
}

export type Edge<Node> = { cursor: string; node: Node };

/**
 * The edge and connection types of one list, described once: `Connection(Node, 'ReportSubmission', 'report')`
 * gives ReportSubmissionEdge and a base for `@ObjectType('ReportSubmissionConnection') class … extends …`, which
 * may add fields of its own (employers in arrears add their overdue total).
 */
export function Connection<Node>(node: Type<Node>, name: string, item: string, items = `${item}s`) {
  @ObjectType(`${name}Edge`, { description: `One ${item} of a page, with its cursor.` })
  abstract class EdgeType {
    @Field({ description: `Pass as \`after\` to get the ${items} after this one.` })
    cursor!: string;

    @Field(() => node, { description: `The ${item}.` })
    node!: Node;
  }

  @ObjectType({ isAbstract: true })
  abstract class ConnectionType {
    @Field(() => [EdgeType], { description: `The ${items} of this page, in the list's order.` })
    edges!: Edge<Node>[];

    @Field(() => PageInfoObject, { description: `Whether more ${items} follow, and the cursor to get them.` })
    pageInfo!: PageInfoObject;

    @Field(() => Int, { description: `The ${items} matching the filters, on every page.` })
    totalCount!: number;
  }
  return ConnectionType;
}
export type Page<Node> = { edges: Edge<Node>[]; pageInfo: PageInfoObject };

type CursorKey = readonly (string | number)[];

export function encodeCursor(list: string, key: CursorKey): string {
  return Buffer.from(JSON.stringify([list, ...key])).toString('base64url');
}

/**
 * The sort key in `cursor`, checked by `read` (null when the key is not of the expected shape), or an
 * INVALID_CURSOR refusal naming what to pass instead.
 */
export function decodeCursor<Key>(list: string, cursor: string, read: (key: unknown[]) => Key | null): Key {
  let key: Key | null = null;
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(parsed) && parsed[0] === list) key = read(parsed.slice(1));
  } catch {
    // refused below
  }
  if (key !== null) return key;
  throw new ScorecardError(
    'INVALID_CURSOR',
    `"${cursor}" is not a cursor of this list; pass the endCursor of the page before.`,
    `"${cursor}" không phải con trỏ trang của danh sách này; dùng giá trị endCursor của trang trước.`,
  );
}

/** Refuses a page size outside 1…max, naming the list's maximum. */
export function checkFirst(first: number, max: number): void {
  if (Number.isInteger(first) && first >= 1 && first <= max) return;
  throw new ScorecardError(
    'INVALID_CURSOR',
    `first must be a whole number from 1 to ${max}, got ${first}.`,
    `Số dòng mỗi trang (first) phải là số nguyên từ 1 đến ${max}; đã nhận ${first}.`,
  );
}

/**
 * A page from `rows`, fetched as first + 1 so that one more row says another page follows; each edge's cursor is
 * its row's sort key.
 */
export function pageOf<Row, Node>(
  list: string,
  rows: readonly Row[],
  first: number,
  keyOf: (row: Row) => CursorKey,
  nodeOf: (row: Row) => Node,
): Page<Node> {
  const edges = rows.slice(0, first).map((row) => ({ cursor: encodeCursor(list, keyOf(row)), node: nodeOf(row) }));
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}
