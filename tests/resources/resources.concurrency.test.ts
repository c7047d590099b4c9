// Survey answers under concurrency, fired together behind a start barrier over real HTTP against
// real PostgreSQL: one resident's 20 simultaneous answers count once; 12 residents answering at
// once are all counted; invariant SQL (tallies = responses). The same duplicate burst against the
// deliberately naive read-then-write path (tests/resources/resources.naive.ts, injected into this server only) must count more
// than once — proof the test catches the bug.
import { graphql } from '../gql';
import { SurveyAnswer, SurveyCreate, SurveyGet, stopWorld, world, type World } from './resources.fixture';
import { naiveResources } from './resources.naive';

const AddMember = graphql(`
  mutation ResourcesConcAdd($input: MembershipAddInput!) {
    membershipAdd(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);

let w: World;
const extra: string[] = [];
beforeAll(async () => {
  w = await world();
  for (let i = 0; i < 12; i++) {
    const login = `res-conc-${i}`;
    const r = await w.s.gql(AddMember, { input: { login, displayName: `居民 ${i}`, password: 'wushe-demo', roles: ['RESIDENT'] } }, { token: w.tokens.admin });
    expect(r.data?.membershipAdd.userErrors).toEqual([]);
    extra.push(await w.s.login(login));
  }
}, 120_000);
afterAll(() => stopWorld(w));

async function survey(): Promise<string> {
  const r = await w.s.gql(
    SurveyCreate,
    {
      input: {
        title: '并发调查',
        questions: [
          {
            key: 'q',
            text: '最需要的服务',
            kind: 'MULTIPLE',
            required: true,
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

const answer = (surveyId: string, token: string) =>
  w.s.gql(SurveyAnswer, { input: { surveyId, answers: [{ questionKey: 'q', optionKeys: ['a', 'b'] }] } }, { token });

/** Fires all calls after one barrier, so they reach the server together. */
async function together<T>(n: number, call: (i: number) => Promise<T>): Promise<T[]> {
  let go!: () => void;
  const barrier = new Promise<void>((r) => (go = r));
  const all = Array.from({ length: n }, (_, i) => barrier.then(() => call(i)));
  go();
  return Promise.all(all);
}

/** Rules that must hold for every survey; [] when all hold. */
async function invariants(surveyId: string | null = null): Promise<string[]> {
  const raw = surveyId ? Buffer.from(surveyId, 'base64url').toString('utf8').split(':')[2]! : null;
  const f = (col: string) => `($1::uuid is null or ${col} = $1::uuid)`;
  const checks: [string, string][] = [
    [
      'responses_count = responses',
      `select s.id from resources_survey s left join resources_survey_response r on r.survey_id = s.id where ${f('s.id')} group by s.id having s.responses_count <> count(r.id)`,
    ],
    ['one response per account', `select survey_id from resources_survey_response where ${f('survey_id')} group by survey_id, account_id having count(*) > 1`],
    [
      'tally = responses choosing the option',
      `select t.id from resources_survey_tally t where ${f('t.survey_id')} and t.option_key <> '' and t.count <> (select count(*) from resources_survey_response r, jsonb_array_elements(r.answers) a
        where r.survey_id = t.survey_id and a->>'questionKey' = t.question_key and a->'optionKeys' ? t.option_key)`,
    ],
    [
      'answered tally = responses answering',
      `select t.id from resources_survey_tally t where ${f('t.survey_id')} and t.option_key = '' and t.count <> (select count(*) from resources_survey_response r, jsonb_array_elements(r.answers) a
        where r.survey_id = t.survey_id and a->>'questionKey' = t.question_key)`,
    ],
  ];
  const out: string[] = [];
  for (const [name, q] of checks) if ((await w.db.query(q, [raw])).rows.length) out.push(name);
  return out;
}

test('one resident sends the same answer 20× at once: exactly one counts, the rest RESOURCES_ALREADY_ANSWERED', async () => {
  const id = await survey();
  const results = await together(20, () => answer(id, w.tokens.resident));
  const errs = results.map((r) => r.data?.resourcesSurveyAnswer.userErrors[0]?.code ?? 'OK');
  expect(errs.filter((c) => c === 'OK')).toHaveLength(1);
  expect(errs.filter((c) => c === 'RESOURCES_ALREADY_ANSWERED')).toHaveLength(19);
  const s = (await w.s.gql(SurveyGet, { id }, { token: w.tokens.staff })).data!.resourcesSurvey!;
  expect(s.responsesCount).toBe(1);
  expect(s.results[0]!.options.map((o) => o.count)).toEqual([1, 1]);
  expect(await invariants(id)).toEqual([]);
}, 60_000);

test('12 residents answer at once: all 12 are counted, tallies add up', async () => {
  const id = await survey();
  const results = await together(12, (i) => answer(id, extra[i]!));
  expect(results.map((r) => r.data?.resourcesSurveyAnswer.userErrors)).toEqual(Array(12).fill([]));
  const s = (await w.s.gql(SurveyGet, { id }, { token: w.tokens.staff })).data!.resourcesSurvey!;
  expect(s.responsesCount).toBe(12);
  expect(s.results[0]).toMatchObject({ answered: 12, options: [{ count: 12 }, { count: 12 }] });
  expect(await invariants(id)).toEqual([]);
}, 60_000);

test('negative control: the naive read-then-write path counts a duplicate burst more than once', async () => {
  const id = await survey();
  await w.s.withStrategies(naiveResources, () => together(20, () => answer(id, w.tokens.volunteer)));
  const s = (await w.s.gql(SurveyGet, { id }, { token: w.tokens.staff })).data!.resourcesSurvey!;
  expect(s.responsesCount).toBeGreaterThan(1);
  expect(await invariants(id)).not.toEqual([]);
}, 60_000);
