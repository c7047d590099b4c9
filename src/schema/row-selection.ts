// What a connection's rows are asked for (`nodes { … }`, `edges { node { … } }`, fragments
// included), turned into the entity properties to read: list readers select only those columns
// (src/db/row-objects.ts throws on a property not read, so a wrong declaration fails loudly).
import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/** Per GraphQL field, the properties its resolver reads (a field not listed reads the property of its own name). */
export type FieldProps = Readonly<Record<string, readonly string[]>>;

/** What to read: property names, or null for every column. */
export type Props = Set<string> | null;

export interface RowSelection {
  /** The row fields of the connection field being resolved. */
  fields: FieldNode[];
  fragments: Record<string, FragmentDefinitionNode>;
}

/** The fields asked of each row of the connection `info` resolves. */
export function rowSelection(info: GraphQLResolveInfo): RowSelection {
  const rows: FieldNode[] = [];
  for (const f of fieldsOf(
    info.fieldNodes.map((n) => n.selectionSet),
    info.fragments,
  )) {
    if (f.name.value === 'nodes') rows.push(f);
    else if (f.name.value === 'edges') for (const e of fieldsOf([f.selectionSet], info.fragments)) if (e.name.value === 'node') rows.push(e);
  }
  return {
    fields: fieldsOf(
      rows.map((r) => r.selectionSet),
      info.fragments,
    ),
    fragments: info.fragments,
  };
}

/** The occurrences of field `name` among `fields` (aliases included). */
export const fieldsNamed = (fields: FieldNode[], name: string) => fields.filter((f) => f.name.value === name);

/**
 * Properties to read for objects whose selection is the union of `fields` (id and communityId
 * always); null (every column) when a selected field is neither declared nor a property.
 */
export function propsFor(fields: FieldNode[], fragments: Record<string, FragmentDefinitionNode>, declared: FieldProps, own: ReadonlySet<string>): Props {
  const out = new Set(['id', 'communityId']);
  for (const f of fields) {
    const name = f.name.value;
    if (name === '__typename' || name === 'id') continue;
    const needs = declared[name] ?? (own.has(name) ? [name] : null);
    if (!needs) return null;
    for (const p of needs) out.add(p);
  }
  return out;
}

/** The fields selected under `fields` (their sub-selections), through fragments. */
export function subFields(fields: FieldNode[], fragments: Record<string, FragmentDefinitionNode>): FieldNode[] {
  return fieldsOf(
    fields.map((f) => f.selectionSet),
    fragments,
  );
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
