// Which properties a list page must read, from what the operation selects on its rows (`nodes
// { … }`, `edges { node { … } }`, fragments included) and on their requester and household: a
// board asking for ten fields need not carry sixty columns through PostgreSQL, the driver and the
// heap. Objects built from a subset throw on a property that was not read (board.query.ts), so a
// resolver needing more than declared fails loudly in tests instead of answering null.
import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { HOUSEHOLD_FIELD_PROPS, RESIDENT_FIELD_PROPS } from '../core/public';

/** Properties the field resolvers of ServiceRequest read beyond a property of the field's own name. */
const REQUEST_FIELD_PROPS: Readonly<Record<string, readonly string[]>> = {
  requester: ['requesterResidentId'],
  household: ['householdId', 'requesterResidentId'],
  gridUnit: ['gridUnitId'],
  assistantIds: ['assistants'],
  overdue: ['overdueAt'],
  mergedInto: ['mergedIntoId'],
  log: [],
  escalatedToTarget: ['escalationTargetId'],
};

/** What to read: a set of property names, or null for every column. */
export type Props = Set<string> | null;

export interface PageSelection {
  request: Props;
  /** Properties of the joined requester / household; an empty set when the page does not ask for them. */
  requester: Props;
  household: Props;
}

const ALL: PageSelection = { request: null, requester: null, household: null };

/** What a page of requests reads, for the connection field being resolved (all without `info`). */
export function pageSelection(info: GraphQLResolveInfo | undefined, columns: { request: ReadonlySet<string>; resident: ReadonlySet<string>; household: ReadonlySet<string> }): PageSelection {
  if (!info) return ALL;
  const rows: FieldNode[] = [];
  for (const f of fieldsOf(info.fieldNodes.map((n) => n.selectionSet), info.fragments)) {
    if (f.name.value === 'nodes') rows.push(f);
    else if (f.name.value === 'edges') for (const e of fieldsOf([f.selectionSet], info.fragments)) if (e.name.value === 'node') rows.push(e);
  }
  const rowFields = fieldsOf(rows.map((r) => r.selectionSet), info.fragments);
  const nested = (name: string) => rowFields.filter((f) => f.name.value === name);
  const props = (fields: FieldNode[], declared: Readonly<Record<string, readonly string[]>>, own: ReadonlySet<string>): Props => {
    const out = new Set(['id', 'communityId']);
    for (const f of fieldsOf(fields.map((x) => x.selectionSet), info.fragments)) {
      const name = f.name.value;
      if (name === '__typename' || name === 'id') continue;
      const needs = declared[name] ?? (own.has(name) ? [name] : null);
      if (!needs) return null; // a field this file cannot account for: read everything
      for (const p of needs) out.add(p);
    }
    return out;
  };
  const requesters = nested('requester');
  const households = nested('household');
  return {
    request: props(rows, REQUEST_FIELD_PROPS, columns.request),
    requester: requesters.length ? props(requesters, RESIDENT_FIELD_PROPS, columns.resident) : new Set(),
    household: households.length ? props(households, HOUSEHOLD_FIELD_PROPS, columns.household) : new Set(),
  };
}

/** Fields of the selection sets, through fragment spreads and inline fragments (directives ignored: a superset). */
function fieldsOf(sets: (SelectionSetNode | undefined)[], fragments: Record<string, FragmentDefinitionNode>): FieldNode[] {
  const out: FieldNode[] = [];
  const visit = (set: SelectionSetNode | undefined, seen: Set<string>) => {
    for (const s of set?.selections ?? []) {
      if (s.kind === 'Field') out.push(s);
      else if (s.kind === 'InlineFragment') visit(s.selectionSet, seen);
      else if (!seen.has(s.name.value)) visit(fragments[s.name.value]?.selectionSet, new Set(seen).add(s.name.value));
    }
  };
  for (const set of sets) visit(set, new Set());
  return out;
}
