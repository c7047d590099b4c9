// 例会提醒 (module job council.meetingReminders): each body whose cadence asks for a regular
// meeting gets one council.MeetingDue per cadence period — when its regular meeting is near
// (UPCOMING) or when none is scheduled or held and the period is ending (NOT_SCHEDULED) — even
// with several processes (job runners) sweeping at once. Negative control: the naive reminder of
// tests/council/council.naive.ts (injected into this server only) checks, then inserts without the
// unique period key, and the racing runners record duplicates.
import { graphql } from '../gql';
import { startTestServer, type GqlOptions, type TestServer } from '../harness/server';
import { JobRunner } from '../../src/plugins/jobs';
import { cadencePeriod } from '../../src/modules/council/council.policy';
import { body, ok, pg, presetCommunity } from './council-helpers';
import { naiveCouncil } from './council.naive';

const MeetingSchedule = graphql(`
  mutation CouncilReminderMeeting($input: CouncilMeetingScheduleInput!) {
    councilMeetingSchedule(input: $input) {
      meeting {
        id
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
const MeetingClose = graphql(`
  mutation CouncilReminderMeetingClose($input: CouncilMeetingCloseInput!) {
    councilMeetingClose(input: $input) {
      meeting {
        id
        status
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const NextDue = graphql(`
  query CouncilReminderNextDue($id: ID!) {
    councilBody(id: $id) {
      nextMeetingDue
    }
  }
`);
const Changes = graphql(`
  query CouncilReminderChanges($types: [String!]) {
    changes(types: $types, first: 500) {
      events {
        type
        data
      }
    }
  }
`);

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ demo: true });
});
afterAll(() => s?.stop());

/** Separate job runners stand for separate processes: each runs the job on its own connection. */
const runners = (n: number) => Array.from({ length: n }, () => new JobRunner(s.wushe.app.orm, s.wushe.app.registry, s.wushe.app.presets, s.wushe.app.log));
const sweep = (n: number, now: Date) => Promise.all(runners(n).map((r) => r.run('council.meetingReminders', now)));

async function dueEvents(admin: GqlOptions, period: string) {
  // `changes` lists numbered events; the relay numbers a job's commit asynchronously.
  const db = await pg(s.databaseUrl);
  try {
    for (let i = 0; i < 100 && Number((await db.query(`select count(*) n from outbox_event where seq is null`)).rows[0].n) > 0; i++)
      await new Promise((r) => setTimeout(r, 50));
  } finally {
    await db.end();
  }
  const ev = (await s.gql(Changes, { types: ['council.MeetingDue'] }, admin)).data!.changes.events;
  return ev.map((e) => e.data as Record<string, unknown>).filter((d) => d.period === period);
}

async function meeting(admin: GqlOptions, bodyId: string, at: string, kind: 'SCHEDULED' | 'AD_HOC' = 'SCHEDULED') {
  return ok((await s.gql(MeetingSchedule, { input: { bodyId, title: '例会', kind, scheduledAt: at } }, admin)).data?.councilMeetingSchedule).meeting!.id;
}

test('one reminder per body and period: UPCOMING for a near regular meeting, NOT_SCHEDULED when the period ends without one, nothing when held or without cadence', async () => {
  // Baoji: community quarterly, 小区 monthly, 楼栋 no cadence.
  const { admin } = await presetCommunity(s, 'baoji', 'REM', 0);
  const community = await body(s, admin, '社区议事会', 'community');
  const held = await body(s, admin, '第二社区议事会', 'community');
  const estate = await body(s, admin, '幸福小区微协商', 'estate', community.id);
  await body(s, admin, '3 栋微协商', 'building', estate.id);
  const adHocOnly = await body(s, admin, '临时议事会', 'community');

  // 2031-03-28 08:00 CST: 4 days before Q1 (and March) end, inside the 7-day lead.
  const now = new Date('2031-03-28T00:00:00Z');
  const soon = await meeting(admin, estate.id, '2031-03-30T02:00:00Z');
  const m = await meeting(admin, held.id, '2031-02-10T02:00:00Z');
  ok((await s.gql(MeetingClose, { input: { id: m, minutes: '一季度例会' } }, admin)).data?.councilMeetingClose);
  await meeting(admin, adHocOnly.id, '2031-03-01T02:00:00Z', 'AD_HOC'); // an ad hoc meeting is not the regular one

  // Before the lead window nothing is due (the estate's meeting is 13 days away on the 17th).
  await sweep(1, new Date('2031-03-17T00:00:00Z'));
  expect(await dueEvents(admin, 'quarterly:2031-Q1')).toEqual([]);

  // Five processes sweep at once, twice: each body's reminder is recorded once.
  await sweep(5, now);
  await sweep(5, now);
  const q1 = await dueEvents(admin, 'quarterly:2031-Q1');
  expect(q1.map((d) => [d.bodyId, d.reason]).sort()).toEqual(
    [
      [Buffer.from(community.id, 'base64url').toString().split(':').pop(), 'NOT_SCHEDULED'],
      [Buffer.from(adHocOnly.id, 'base64url').toString().split(':').pop(), 'NOT_SCHEDULED'],
    ].sort(),
  );
  expect(q1[0]).toMatchObject({ dueAt: '2031-03-31T16:00:00.000Z', periodStart: '2030-12-31T16:00:00.000Z', meetingId: null });
  const march = await dueEvents(admin, 'monthly:2031-03');
  expect(march).toEqual([
    expect.objectContaining({ reason: 'UPCOMING', dueAt: '2031-03-30T02:00:00.000Z', meetingId: Buffer.from(soon, 'base64url').toString().split(':').pop() }),
  ]);

  // The event table agrees: one row per body and period.
  const db = await pg(s.databaseUrl);
  try {
    const { rows } = await db.query(
      `select subject_id, data->>'period' p, count(*)::int n from outbox_event where type = 'council.MeetingDue' and data->>'period' like '%2031%' group by 1, 2`,
    );
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.n === 1)).toBe(true);
  } finally {
    await db.end();
  }

  // The body shows the same period: no regular meeting this quarter (today) → due at its end.
  const nextDue = (await s.gql(NextDue, { id: community.id }, admin)).data!.councilBody!.nextMeetingDue;
  expect(nextDue).toBe(cadencePeriod('quarterly', new Date(), 'Asia/Shanghai')!.end.toISOString());

  // The next quarter starts fresh: the community body is reminded again in Q2.
  await sweep(3, new Date('2031-06-26T00:00:00Z'));
  expect((await dueEvents(admin, 'quarterly:2031-Q2')).length).toBe(3); // community, held (nothing in Q2 yet), ad hoc only
});

test('negative control: check-then-insert without the unique period key records duplicates under concurrent sweeps', async () => {
  const { admin } = await presetCommunity(s, 'baoji', 'RNV', 0);
  await body(s, admin, '社区议事会', 'community');
  await s.withStrategies(naiveCouncil, () => sweep(5, new Date('2032-12-29T00:00:00Z')));
  const db = await pg(s.databaseUrl);
  try {
    const { rows } = await db.query(
      `select subject_id, count(*)::int n from outbox_event where type = 'council.MeetingDue' and data->>'period' = 'quarterly:2032-Q4' group by 1`,
    );
    expect(Math.max(...rows.map((r) => r.n))).toBeGreaterThan(1);
  } finally {
    await db.end();
  }
});
