// The state machine of dispatch.policy.ts, checked without GraphQL: every transition × state ×
// actor role answers as the one table says, and the checked-in role × action defaults.
import {
  decide,
  dispatchPermissions,
  dispatchRoleDefaults,
  STATUSES,
  TRANSITIONS,
  type Actor,
  type TransitionName,
} from '../../src/modules/dispatch/dispatch.policy';

const ACTORS: Actor[] = ['REQUESTER', 'DISPATCHER', 'TAKER', 'POOL', 'SYSTEM'];

test.each(Object.keys(TRANSITIONS) as TransitionName[])('%s: allowed exactly for its actors from its states', (name) => {
  const tr = TRANSITIONS[name];
  for (const status of STATUSES) {
    for (const actor of ACTORS) {
      const d = decide(name, status, [actor]);
      if (!(tr.actors as Actor[]).includes(actor)) expect(d).toEqual({ ok: false, code: 'FORBIDDEN' });
      else if (!(tr.from as string[]).includes(status))
        expect(d).toEqual({ ok: false, code: name === 'claim' && status === 'IN_PROGRESS' ? 'ALREADY_TAKEN' : 'INVALID_STATE' });
      else expect(d).toEqual({ ok: true, actor });
    }
  }
});

test('terminal states allow nothing; nobody but the system auto-closes or flags overdue', () => {
  for (const status of ['CLOSED', 'CANCELLED', 'REJECTED', 'MERGED'] as const) {
    for (const name of Object.keys(TRANSITIONS) as TransitionName[]) expect(decide(name, status, ACTORS).ok).toBe(false);
  }
  expect(decide('autoClose', 'RESOLVED', ['REQUESTER', 'DISPATCHER', 'TAKER', 'POOL']).ok).toBe(false);
  expect(decide('flagOverdue', 'OPEN', ['DISPATCHER']).ok).toBe(false);
});

// prettier-ignore
const MATRIX: Record<string, string[]> = {
  'request.read':         ['RESIDENT', 'VOLUNTEER', 'PARTY_MEMBER', 'SOCIAL_ORG_MEMBER', 'COBUILD_UNIT_MEMBER', 'GRID_STAFF', 'SOCIAL_WORKER', 'COMMUNITY_STAFF', 'COMMUNITY_ADMIN', 'STREET_ADMIN', 'PLATFORM_ADMIN'],
  'request.create':       ['RESIDENT', 'VOLUNTEER', 'PARTY_MEMBER', 'SOCIAL_ORG_MEMBER', 'COBUILD_UNIT_MEMBER', 'GRID_STAFF', 'SOCIAL_WORKER', 'COMMUNITY_STAFF', 'COMMUNITY_ADMIN', 'PLATFORM_ADMIN'],
  'request.fileOnBehalf': ['GRID_STAFF', 'COMMUNITY_STAFF', 'COMMUNITY_ADMIN', 'PLATFORM_ADMIN'],
  'request.readAll':      ['SOCIAL_WORKER', 'COMMUNITY_STAFF', 'COMMUNITY_ADMIN', 'STREET_ADMIN', 'PLATFORM_ADMIN'],
  'request.readGrid':     ['GRID_STAFF'],
  'request.dispatch':     ['GRID_STAFF', 'COMMUNITY_STAFF', 'COMMUNITY_ADMIN', 'PLATFORM_ADMIN'],
  'request.take':         ['RESIDENT', 'VOLUNTEER', 'PARTY_MEMBER', 'SOCIAL_ORG_MEMBER', 'COBUILD_UNIT_MEMBER', 'GRID_STAFF', 'SOCIAL_WORKER', 'COMMUNITY_STAFF', 'COMMUNITY_ADMIN', 'PLATFORM_ADMIN'],
  'request.escalate':     ['GRID_STAFF', 'COMMUNITY_STAFF', 'COMMUNITY_ADMIN', 'PLATFORM_ADMIN'],
  'board.read':           ['GRID_STAFF', 'SOCIAL_WORKER', 'COMMUNITY_STAFF', 'COMMUNITY_ADMIN', 'PLATFORM_ADMIN'],
  'metrics.read':         ['COMMUNITY_STAFF', 'COMMUNITY_ADMIN', 'STREET_ADMIN', 'PLATFORM_ADMIN'],
  'georeport.read':         ['COMMUNITY_STAFF', 'COMMUNITY_ADMIN', 'STREET_ADMIN', 'PLATFORM_ADMIN'],
  'georeport.submit':       ['COMMUNITY_STAFF', 'COMMUNITY_ADMIN', 'PLATFORM_ADMIN'],
};

test('role × action defaults match the checked-in table, both ways', () => {
  expect(Object.keys(MATRIX).sort()).toEqual(Object.keys(dispatchPermissions).sort());
  for (const [action, roles] of Object.entries(MATRIX)) {
    const granted = Object.entries(dispatchRoleDefaults)
      .filter(([, as]) => (as as string[]).includes(action))
      .map(([r]) => r);
    expect(granted.sort()).toEqual([...roles].sort());
  }
});
