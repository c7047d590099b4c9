// The role × action table of 三项清单, checked in and run both ways per demo login through GraphQL:
// allowed → the operation works (no userErrors); denied → FORBIDDEN and nothing written. The
// project owner (party) may move their own project without `manageProjects`; funding also needs
// the fund's own `fund.request`.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  FundingRequest,
  NeedClose,
  NeedCreate,
  Needs,
  ProjectCreate,
  ProjectStart,
  ResourceCreate,
  ResourceUpdate,
  SurveyAnswer,
  SurveyCreate,
  SurveyToNeeds,
  need,
  project,
  resource,
  stopWorld,
  world,
  type World,
} from './resources.fixture';

const LOGINS = ['admin', 'staff', 'grid', 'socialworker', 'volunteer', 'party', 'org', 'cobuild', 'resident', 'street', 'platform'] as const;
type L = (typeof LOGINS)[number];
const Y = true;
const N = false;

// prettier-ignore
const MATRIX: Record<string, boolean[]> = {
  //                 admin staff grid sw  vol party org cobuild resident street platform
  'read':           [ Y,   Y,    Y,   Y,  Y,  Y,    Y,  Y,      Y,       Y,     Y ],
  'answer':         [ Y,   Y,    Y,   Y,  Y,  Y,    Y,  Y,      Y,       N,     Y ],
  'createNeed':     [ Y,   Y,    Y,   Y,  N,  N,    N,  N,      N,       N,     Y ],
  'closeNeed':      [ Y,   Y,    Y,   Y,  N,  N,    N,  N,      N,       N,     Y ],
  'offer':          [ Y,   Y,    N,   Y,  N,  N,    Y,  Y,      N,       N,     Y ],
  'editResource':   [ Y,   Y,    N,   N,  N,  N,    N,  N,      N,       N,     Y ],
  'runSurvey':      [ Y,   Y,    N,   Y,  N,  N,    N,  N,      N,       N,     Y ],
  'toNeeds':        [ Y,   Y,    N,   Y,  N,  N,    N,  N,      N,       N,     Y ],
  'createProject':  [ Y,   Y,    N,   Y,  N,  N,    N,  N,      N,       N,     Y ],
  'moveProject':    [ Y,   Y,    N,   Y,  N,  Y,    N,  N,      N,       N,     Y ],
  'requestFunding': [ Y,   Y,    N,   N,  N,  N,    N,  N,      N,       N,     Y ],
};

interface Op {
  prepare?: () => Promise<Record<string, unknown>>;
  doc: TypedDocumentNode<any, any>;
  vars: (p: Record<string, unknown>) => Record<string, unknown>;
}

let w: World;
const auth = {} as Record<L, { token: string; headers?: Record<string, string> }>;
let n = 0;

async function openSurvey(): Promise<string> {
  const r = await w.s.gql(
    SurveyCreate,
    {
      input: {
        title: `矩阵调查 ${++n}`,
        questions: [
          {
            key: 'q',
            text: '需要什么',
            kind: 'SINGLE',
            options: [
              { key: 'a', label: '助餐' },
              { key: 'b', label: '义诊' },
            ],
          },
        ],
      },
    },
    { token: w.tokens.staff },
  );
  return r.data!.resourcesSurveyCreate.survey!.id;
}

const OPS: Record<string, Op> = {
  read: { doc: Needs, vars: () => ({}) },
  answer: {
    prepare: async () => ({ surveyId: await openSurvey() }),
    doc: SurveyAnswer,
    vars: (p) => ({ input: { surveyId: p.surveyId, answers: [{ questionKey: 'q', optionKeys: ['a'] }] } }),
  },
  createNeed: { doc: NeedCreate, vars: () => ({ input: { category: 'environment', title: '楼道堆物', gridUnitId: w.grids.g1 } }) },
  closeNeed: { prepare: async () => ({ id: await need(w) }), doc: NeedClose, vars: (p) => ({ input: { id: p.id, reason: '矩阵' } }) },
  offer: { doc: ResourceCreate, vars: () => ({ input: { kind: 'SKILL', title: '法律咨询', providerId: w.unitId } }) },
  editResource: { prepare: async () => ({ id: await resource(w) }), doc: ResourceUpdate, vars: (p) => ({ input: { id: p.id, quantity: 3 } }) },
  runSurvey: { doc: SurveyCreate, vars: () => ({ input: { title: '矩阵', questions: [{ key: 'q', text: '建议', kind: 'TEXT' }] } }) },
  toNeeds: {
    prepare: async () => {
      const surveyId = await openSurvey();
      await w.s.gql(SurveyAnswer, { input: { surveyId, answers: [{ questionKey: 'q', optionKeys: ['b'] }] } }, { token: w.tokens.resident });
      return { surveyId };
    },
    doc: SurveyToNeeds,
    vars: (p) => ({ input: { surveyId: p.surveyId, items: [{ questionKey: 'q', optionKey: 'b', category: 'health' }] } }),
  },
  createProject: {
    prepare: async () => ({ needId: await need(w), resourceId: await resource(w) }),
    doc: ProjectCreate,
    vars: (p) => ({ input: { needId: p.needId, title: '矩阵项目', ownerId: w.members.staff, budgetFen: 0, resources: [{ resourceId: p.resourceId }] } }),
  },
  moveProject: { prepare: async () => ({ id: (await project(w, 'party')).id }), doc: ProjectStart, vars: (p) => ({ input: { id: p.id } }) },
  requestFunding: {
    prepare: async () => ({ id: (await project(w, 'party')).id }),
    doc: FundingRequest,
    vars: (p) => ({ input: { projectId: p.id, fundId: w.fundId, amountFen: 100, purpose: 'PROJECT', payee: '矩阵' } }),
  },
};

const FINGERPRINT = `select (select md5(coalesce(string_agg(x::text, '' order by id), '')) from resources_need x) n, (select md5(coalesce(string_agg(x::text, '' order by id), '')) from resources_resource x) r,
  (select md5(coalesce(string_agg(x::text, '' order by id), '')) from resources_project x) p, (select md5(coalesce(string_agg(x::text, '' order by id), '')) from resources_survey x) s,
  (select count(*) from resources_survey_response) a, (select count(*) from outbox_event where type like 'resources.%') e`;

beforeAll(async () => {
  w = await world();
  for (const l of LOGINS) auth[l] = { token: await w.s.login(l) };
  for (const l of ['street', 'platform'] as const) auth[l].headers = { 'x-community-id': w.communityId };
}, 120_000);
afterAll(() => stopWorld(w));

test('the table has a row and an operation per action and a column per demo login', () => {
  expect(Object.keys(OPS).sort()).toEqual(Object.keys(MATRIX).sort());
  for (const row of Object.values(MATRIX)) expect(row).toHaveLength(LOGINS.length);
});

describe.each(Object.keys(MATRIX))('resources %s', (action) => {
  test.each(LOGINS.map((l, i) => [l, MATRIX[action]![i]!] as const))('%s → %s', async (login, allowed) => {
    const op = OPS[action]!;
    const p = (await op.prepare?.()) ?? {};
    const before = (await w.db.query(FINGERPRINT)).rows[0];
    const r = await w.s.gql(op.doc, op.vars(p), auth[login]);
    if (allowed) {
      expect({ login, errors: r.errors }).toEqual({ login, errors: undefined });
      const payload = Object.values(r.data ?? {})[0] as { userErrors?: unknown[] } | null;
      expect({ login, userErrors: payload?.userErrors ?? [] }).toEqual({ login, userErrors: [] });
    } else {
      expect({ login, codes: (r.errors ?? []).map((e) => e.extensions?.code) }).toEqual({ login, codes: ['FORBIDDEN'] });
      expect((await w.db.query(FINGERPRINT)).rows[0]).toEqual(before);
    }
  });
});
