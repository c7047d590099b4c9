// The agreement check of `viewerCan` (issue 14), generic over object types so it cannot drift: for
// every state an object can be in, every caller and every action of the viewerCan type, read
// viewerCan first, then try the action's mutation for real — allowed ⇔ the mutation succeeds,
// denied ⇔ it is refused (top-level FORBIDDEN / NOT_FOUND, or a userError). The actions tried must
// be exactly the fields of the GraphQL type (introspected), so a new flag without a test fails.
import { expect } from '@jest/globals';
import type { GqlOptions, TestServer } from './server';

export interface ViewerCanSpec {
  /** The GraphQL type of the viewerCan field, e.g. `ServiceRequestViewerCan`. */
  type: string;
  /** Each state under test makes a fresh object in that state and returns its id. */
  states: Record<string, () => Promise<string>>;
  /** The callers under test, by name. */
  callers: Record<string, GqlOptions>;
  /** viewerCan of the object as `who`; null when the caller does not see the object. */
  read: (id: string, who: GqlOptions) => Promise<Record<string, boolean> | null>;
  /** Each action of the type: its mutation with valid input, returning the raw GraphQL response. */
  attempts: Record<string, (id: string, who: GqlOptions) => Promise<any>>;
}

export type Outcome = { done: true } | { done: false; code: string };

/** A mutation's response as done or refused; anything else (an internal error, a malformed answer) fails the test. */
export function outcome(r: { data?: any; errors?: readonly { extensions?: Record<string, unknown> }[] }): Outcome {
  if (r.errors?.length) {
    const code = String(r.errors[0]!.extensions?.code);
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(code);
    return { done: false, code };
  }
  const payload = Object.values(r.data ?? {})[0] as { userErrors: { code: string }[] } | undefined;
  expect(payload).toBeDefined();
  return payload!.userErrors.length ? { done: false, code: payload!.userErrors[0]!.code } : { done: true };
}

const FIELDS = `query ViewerCanFields($name: String!) { __type(name: $name) { fields { name } } }`;

/**
 * Runs the agreement and returns every disagreement as a line (empty when viewerCan and the
 * mutations agree), plus how many (state, caller, action) cells were checked and how many allowed.
 */
export async function viewerCanAgreement(s: TestServer, spec: ViewerCanSpec): Promise<{ disagreements: string[]; cells: number; allowed: number }> {
  const res = await s.post({ query: FIELDS, variables: { name: spec.type } });
  const fields = ((await res.json()) as any).data.__type.fields.map((f: { name: string }) => f.name).sort();
  expect(Object.keys(spec.attempts).sort()).toEqual(fields);

  const disagreements: string[] = [];
  let cells = 0;
  let allowed = 0;
  for (const [state, make] of Object.entries(spec.states)) {
    // One object in the state answers every caller's viewerCan and takes every refusal: a refusal
    // leaves it as it was, and a fresh object in the same state answers the same.
    let shared = await make();
    const said: Record<string, Record<string, boolean>> = {};
    for (const [name, who] of Object.entries(spec.callers)) said[name] = (await spec.read(shared, who)) ?? {};
    for (const action of fields as string[]) {
      for (const [name, who] of Object.entries(spec.callers)) {
        cells++;
        if (!said[name]![action]) {
          const out = outcome(await spec.attempts[action]!(shared, who));
          if (out.done) {
            disagreements.push(`${spec.type} ${state} ${action} ${name}: viewerCan false, mutation succeeded`);
            shared = await make();
          }
          continue;
        }
        // Each allowed caller on an object of its own in the state.
        allowed++;
        const out = outcome(await spec.attempts[action]!(await make(), who));
        if (!out.done) disagreements.push(`${spec.type} ${state} ${action} ${name}: viewerCan true, mutation refused ${out.code}`);
      }
    }
  }
  return { disagreements, cells, allowed };
}
