// Graph edges of the fund and of resources' projects (src/schema/edges.ts): a donation's donor as
// its registry record (hidden with the name when anonymous), a disbursement's council topic and a
// project's funding disbursement as objects equal to what the deprecated ids name; null when the
// target's module is disabled, the viewer may not read it, or the row holds another community's id.
import { approvedRequest, donate, fundWorld, stopWorld, type FundWorld } from './fund.fixture';
import { rawData } from '../harness/raw';

let w: FundWorld;
let topic: string;
let disbursement: string;
let bCommunity: string;

const send = (query: string, variables: Record<string, unknown>, token: string) => rawData(w.s, query, variables, token);
const rawId = (gid: string) => Buffer.from(gid, 'base64url').toString().split(':')[2]!;
const ok = (p: { userErrors: unknown[] } & Record<string, any>) => {
  expect(p.userErrors).toEqual([]);
  return p;
};
const configure = async (moduleKey: string, enabled: boolean) =>
  ok(
    (
      await send(
        'mutation C($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code } } }',
        { input: { moduleKey, enabled } },
        w.tokens.admin,
      )
    ).communityModuleConfigure,
  );
/** A copy of a row in community B (same columns, new id): an id that exists, but elsewhere. */
const cloneToB = async (table: string, id: string): Promise<string> =>
  (
    await w.db.query(
      `insert into ${table} select (jsonb_populate_record(null::${table}, to_jsonb(t) || jsonb_build_object('id', gen_random_uuid(), 'community_id', $2::uuid))).* from ${table} t where id = $1 returning id`,
      [id, bCommunity],
    )
  ).rows[0].id;

const DONATIONS = `query D($fundId: ID!) { fundDonations(fundId: $fundId, first: 50) { nodes { id donorId donor { __typename ... on CharityResource { id name } ... on CobuildingUnit { id name } } } } }`;
const DISBURSEMENTS = `query B($fundId: ID!) { fundDisbursements(fundId: $fundId, first: 50) { nodes { id councilTopicId councilTopic { id title } } } }`;
const PROJECTS = `{ resourcesProjects(first: 50) { nodes { fundingDisbursementId fundingDisbursement { id status } } } }`;

beforeAll(async () => {
  w = await fundWorld();
  for (const m of ['council', 'resources']) await configure(m, true);
  const level = (await send('{ councilLevels { key } }', {}, w.tokens.admin)).councilLevels[0].key;
  const body = ok(
    (
      await send(
        'mutation M($input: CouncilBodyCreateInput!) { councilBodyCreate(input: $input) { body { id } userErrors { code } } }',
        { input: { name: '基金边议事会', levelKey: level } },
        w.tokens.admin,
      )
    ).councilBodyCreate,
  ).body.id;
  topic = ok(
    (
      await send(
        'mutation M($input: CouncilTopicRaiseInput!) { councilTopicRaise(input: $input) { topic { id } userErrors { code } } }',
        { input: { bodyId: body, title: '重阳慰问经费', description: '议定慰问独居老人的经费' } },
        w.tokens.admin,
      )
    ).councilTopicRaise,
  ).topic.id;
  disbursement = await approvedRequest(w, w.earmarkedId, 100);
  await w.db.query('update fund_disbursement set council_topic_id = $2 where id = $1', [rawId(disbursement), rawId(topic)]);
  const [b] = (
    await w.db.query(
      `insert into community (id, created_at, updated_at, name, region_code) values (gen_random_uuid(), now(), now(), 'EDGE-B3 社区', '529999000004') returning id`,
    )
  ).rows;
  bCommunity = b.id;
}, 180_000);
afterAll(async () => {
  await stopWorld(w);
});

describe('FundDonation.donor', () => {
  test("the donor's registry record, as the deprecated id names it", async () => {
    const id = await donate(w, w.fundId, 5_000);
    const d = (await send(DONATIONS, { fundId: w.fundId }, w.tokens.admin)).fundDonations.nodes.find((x: { id: string }) => x.id === id);
    expect(d).toEqual({ id, donorId: w.charityId, donor: { __typename: 'CharityResource', id: w.charityId, name: '永盛商贸有限公司' } });
  });

  test('hidden with the name from those who may not know who gave an anonymous gift', async () => {
    const id = await donate(w, w.fundId, 3_000, true);
    const seen = (await send(DONATIONS, { fundId: w.fundId }, w.tokens.party)).fundDonations.nodes.find((x: { id: string }) => x.id === id);
    expect(seen.donor).toMatchObject({ id: w.charityId }); // a committee member sees donors
    const hidden = (await send(DONATIONS, { fundId: w.fundId }, w.tokens.resident)).fundDonations.nodes.find((x: { id: string }) => x.id === id);
    expect(hidden).toEqual({ id, donorId: null, donor: null });
  });

  test('null for a registry record of another community', async () => {
    const id = await donate(w, w.fundId, 1_000);
    const foreign = await cloneToB('charity_resource', rawId(w.charityId));
    await w.db.query('update fund_donation set donor_ref_id = $2 where id = $1', [rawId(id), foreign]);
    const d = (await send(DONATIONS, { fundId: w.fundId }, w.tokens.admin)).fundDonations.nodes.find((x: { id: string }) => x.id === id);
    expect(d.donor).toBeNull();
  });
});

describe('FundDisbursement.councilTopic', () => {
  const row = async (token: string) =>
    (await send(DISBURSEMENTS, { fundId: w.earmarkedId }, token)).fundDisbursements.nodes.find((x: { id: string }) => x.id === disbursement);

  test('the topic, as the deprecated id names it', async () => {
    expect(await row(w.tokens.admin)).toEqual({ id: disbursement, councilTopicId: topic, councilTopic: { id: topic, title: '重阳慰问经费' } });
  });

  test('null while the council is disabled', async () => {
    await configure('council', false);
    try {
      expect((await row(w.tokens.admin)).councilTopic).toBeNull();
    } finally {
      await configure('council', true);
    }
  });

  test('null for a topic of another community', async () => {
    const foreign = await cloneToB('council_topic', rawId(topic));
    await w.db.query('update fund_disbursement set council_topic_id = $2 where id = $1', [rawId(disbursement), foreign]);
    try {
      const r = await row(w.tokens.admin);
      expect(r.councilTopicId).toBeTruthy();
      expect(r.councilTopic).toBeNull();
    } finally {
      await w.db.query('update fund_disbursement set council_topic_id = $2 where id = $1', [rawId(disbursement), rawId(topic)]);
    }
  });
});

describe('ResourcesProject.fundingDisbursement', () => {
  // One project (a disbursement funds at most one), marked as having requested funding.
  const point = async (id: string) => {
    const [p] = (
      await w.db.query(`select id from resources_project where community_id = (select community_id from fund_disbursement where id = $1) order by id limit 1`, [
        rawId(disbursement),
      ])
    ).rows;
    await w.db.query(`update resources_project set funding_disbursement_id = $2, funding_status = 'REQUESTED' where id = $1`, [p.id, id]);
  };
  const funded = async (token: string) =>
    (
      (await send(PROJECTS, {}, token)).resourcesProjects.nodes as { fundingDisbursementId: string | null; fundingDisbursement: { id: string } | null }[]
    ).filter((p) => p.fundingDisbursementId);

  test('the disbursement request, as the deprecated id names it; null while the fund is disabled', async () => {
    await point(rawId(disbursement));
    const list = await funded(w.tokens.admin);
    expect(list).toEqual([{ fundingDisbursementId: disbursement, fundingDisbursement: { id: disbursement, status: expect.any(String) } }]);
    await configure('fund', false);
    try {
      expect((await funded(w.tokens.admin)).map((p) => p.fundingDisbursement)).toEqual([null]);
    } finally {
      await configure('fund', true);
    }
  });

  test('null for a disbursement of another community', async () => {
    await point(await cloneToB('fund_disbursement', rawId(disbursement)));
    try {
      expect((await funded(w.tokens.admin)).map((p) => p.fundingDisbursement)).toEqual([null]);
    } finally {
      await point(rawId(disbursement));
    }
  });
});
