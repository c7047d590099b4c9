// Which properties a list page must read, from what the operation selects on its rows (`nodes
// { … }`, `edges { node { … } }`, fragments included) and on their requester and household: a
// board asking for ten fields need not carry sixty columns through PostgreSQL, the driver and the
// heap. Objects built from a subset throw on a property that was not read (board.query.ts), so a
// resolver needing more than declared fails loudly in tests instead of answering null.
import type { GraphQLResolveInfo } from 'graphql';
import { fieldsNamed, propsFor, rowSelection, subFields, type FieldProps, type Props } from '../../schema/row-selection';
import { HOUSEHOLD_FIELD_PROPS, RESIDENT_FIELD_PROPS } from '../core/public';

/** Properties the field resolvers of ServiceRequest read (a field not listed reads the property of its own name). */
const REQUEST_FIELD_PROPS: FieldProps = {
  // Free text (@PersonalText): its writer sees their own numbers unmasked.
  title: ['title', 'requesterAccountId'],
  description: ['description', 'requesterAccountId'],
  requester: ['requesterResidentId'],
  household: ['householdId', 'requesterResidentId'],
  gridUnit: ['gridUnitId'],
  assistantIds: ['assistants'],
  overdue: ['overdueAt'],
  mergedInto: ['mergedIntoId'],
  log: [],
  escalatedToTarget: ['escalationTargetId'],
  // What the caller relates to and the state the actions start from (dispatch.access.ts viewerCanRequest).
  viewerCan: ['status', 'requesterAccountId', 'requesterResidentId', 'takerAccountId', 'poolRoles', 'gridUnitId', 'resolvedAt'],
  // Who may open the photos (dispatch.access.ts canOpenAttachments).
  attachments: ['requesterAccountId', 'requesterResidentId', 'takerAccountId', 'poolRoles', 'gridUnitId'],
  legacyAttachments: ['legacyAttachments', 'requesterAccountId', 'requesterResidentId', 'takerAccountId', 'poolRoles', 'gridUnitId'],
  // Edges into other modules (request-edges.resolver.ts).
  grid: ['gridUnitId'],
  taker: ['takerAccountId'],
  assistants: ['assistants'],
  escalatedToPartyTarget: ['escalationTargetId'],
};

export interface PageSelection {
  request: Props;
  /** Properties of the joined requester / household; an empty set when the page does not ask for them. */
  requester: Props;
  household: Props;
}

const ALL: PageSelection = { request: null, requester: null, household: null };

/** What a page of requests reads, for the connection field being resolved (all without `info`). */
export function pageSelection(
  info: GraphQLResolveInfo | undefined,
  columns: { request: ReadonlySet<string>; resident: ReadonlySet<string>; household: ReadonlySet<string> },
): PageSelection {
  if (!info) return ALL;
  const rows = rowSelection(info);
  const nested = (name: string, declared: FieldProps, own: ReadonlySet<string>): Props => {
    const occurrences = fieldsNamed(rows.fields, name);
    return occurrences.length ? propsFor(subFields(occurrences, rows.fragments), rows.fragments, declared, own) : new Set();
  };
  return {
    request: propsFor(rows.fields, rows.fragments, REQUEST_FIELD_PROPS, columns.request),
    requester: nested('requester', RESIDENT_FIELD_PROPS, columns.resident),
    household: nested('household', HOUSEHOLD_FIELD_PROPS, columns.household),
  };
}
