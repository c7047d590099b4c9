// The council's pure rules without GraphQL: the 五民 state machine by the steps a body uses, the
// vote evaluation on a closed snapshot, cadence dates and the settings schema (presets included).
import fs from 'node:fs';
import path from 'node:path';
import { TOPIC_ACTIONS, TOPIC_STATUSES, evaluateVote, nextDue, transition, cadencePeriod, reminderFor } from '../../src/modules/council/council.policy';
import { STEPS, councilSettings, rulesForLevel } from '../../src/modules/council/council.settings';

const ALL = [...STEPS];

test('五民 with every step: 民提 → 民议 → 民决 → 民办 → 民评 → closed', () => {
  expect(transition('RAISED', 'accept', ALL)).toEqual({ ok: true, to: 'DISCUSSING' });
  expect(transition('DISCUSSING', 'openVote', ALL)).toEqual({ ok: true, to: 'VOTING' });
  expect(transition('VOTING', 'passed', ALL)).toEqual({ ok: true, to: 'CARRYING_OUT' });
  expect(transition('VOTING', 'failed', ALL)).toEqual({ ok: true, to: 'NOT_PASSED' });
  expect(transition('CARRYING_OUT', 'complete', ALL)).toEqual({ ok: true, to: 'EVALUATING' });
  expect(transition('EVALUATING', 'closeEvaluation', ALL)).toEqual({ ok: true, to: 'CLOSED' });
});

test('skipped steps: no 民决 → resolve by agreement; no 民办/民评 → straight to closed', () => {
  expect(transition('DISCUSSING', 'openVote', ['raise', 'discuss'])).toEqual({ ok: false, code: 'STEP_DISABLED' });
  expect(transition('DISCUSSING', 'resolve', ALL)).toEqual({ ok: false, code: 'STEP_DISABLED' });
  expect(transition('DISCUSSING', 'resolve', ['raise', 'discuss', 'evaluate'])).toEqual({ ok: true, to: 'EVALUATING' });
  expect(transition('VOTING', 'passed', ['raise', 'discuss', 'decide'])).toEqual({ ok: true, to: 'CLOSED' });
  expect(transition('CARRYING_OUT', 'complete', ['raise', 'discuss', 'decide', 'carryOut'])).toEqual({ ok: true, to: 'CLOSED' });
});

test('every action from every other status is INVALID_STATE; escalation only before a decision', () => {
  for (const status of TOPIC_STATUSES) {
    for (const action of TOPIC_ACTIONS) {
      const r = transition(status, action, ALL);
      if (!r.ok && r.code === 'STEP_DISABLED') continue;
      const legal = {
        accept: ['RAISED'],
        reject: ['RAISED'],
        openVote: ['DISCUSSING'],
        passed: ['VOTING'],
        failed: ['VOTING'],
        resolve: [],
        complete: ['CARRYING_OUT'],
        closeEvaluation: ['EVALUATING'],
        escalate: ['RAISED', 'DISCUSSING', 'NOT_PASSED'],
      }[action] as string[];
      expect([status, action, r.ok]).toEqual([status, action, legal.includes(status)]);
    }
  }
});

test('votes: quorum counts abstentions, thresholds do not; integer arithmetic at the edges', () => {
  const q = { quorumPercent: 50, threshold: 'simple' as const };
  expect(evaluateVote({ tally: [2, 0, 0], eligible: 5, yesNo: true }, q)).toMatchObject({ quorumMet: false, passed: false });
  expect(evaluateVote({ tally: [2, 0, 1], eligible: 6, yesNo: true }, q)).toMatchObject({ quorumMet: true, passed: true });
  expect(evaluateVote({ tally: [2, 2, 1], eligible: 5, yesNo: true }, q)).toMatchObject({ passed: false });
  expect(evaluateVote({ tally: [2, 1, 0], eligible: 3, yesNo: true }, { quorumPercent: 100, threshold: 'twoThirds' })).toMatchObject({ passed: true });
  expect(evaluateVote({ tally: [3, 2, 0], eligible: 5, yesNo: true }, { quorumPercent: 50, threshold: 'twoThirds' })).toMatchObject({ passed: false });
  expect(evaluateVote({ tally: [4, 0, 1], eligible: 5, yesNo: true }, { quorumPercent: 50, threshold: 'consensus' })).toMatchObject({ passed: true });
  expect(evaluateVote({ tally: [0, 0, 0], eligible: 0, yesNo: true }, { quorumPercent: 0, threshold: 'simple' })).toMatchObject({ quorumMet: false });
  expect(evaluateVote({ tally: [1, 3, 1], eligible: 5, yesNo: false }, q)).toEqual({ ballots: 5, quorumMet: true, passed: true, winner: 1 });
  expect(evaluateVote({ tally: [2, 2], eligible: 4, yesNo: false }, q)).toMatchObject({ passed: false, winner: null });
});

test('cadence: quarterly is three months after the last meeting; none has no due date', () => {
  expect(nextDue('quarterly', new Date('2026-01-15T00:00:00Z'))!.toISOString()).toBe('2026-04-15T00:00:00.000Z');
  expect(nextDue('weekly', new Date('2026-01-15T00:00:00Z'))!.toISOString()).toBe('2026-01-22T00:00:00.000Z');
  expect(nextDue('none', new Date())).toBeNull();
});

test('settings: defaults validate; the presets express Fengqing (2), Baoji (3, household at 楼栋) and Changzhou (4, online)', () => {
  expect(councilSettings.parse({}).levels).toHaveLength(1);
  const preset = (k: string) =>
    councilSettings.parse(JSON.parse(fs.readFileSync(path.join(__dirname, '../../presets', `${k}.json`), 'utf8')).modules.council.settings);
  const fq = preset('fengqing-114');
  expect(fq.levels.map((l) => l.key)).toEqual(['community', 'grid']);
  expect(rulesForLevel(fq, 'community')!.cadence).toBe('quarterly');
  const bj = preset('baoji');
  expect(bj.levels.map((l) => l.key)).toEqual(['community', 'estate', 'building']);
  expect(rulesForLevel(bj, 'building')).toMatchObject({ votingUnit: 'household', steps: ALL });
  const cz = preset('changzhou-135');
  expect(cz.levels.map((l) => l.name)).toEqual(['居民议事会', '邻里议事亭', '网格议事点', '掌上议事群']);
  expect(rulesForLevel(cz, 'online')).toMatchObject({ onlineDiscussionOpen: true, steps: ['raise', 'discuss'] });
  expect(councilSettings.safeParse({ rules: { ...councilSettings.parse({}).rules, steps: ['raise', 'decide'] } }).success).toBe(false);
  expect(
    councilSettings.safeParse({
      levels: [
        { key: 'a', name: 'x' },
        { key: 'a', name: 'y' },
      ],
    }).success,
  ).toBe(false);
});

test('cadence periods are calendar periods in China time; the reminder is due near a regular meeting or at a period end without one', () => {
  const at = new Date('2026-03-31T17:00:00Z'); // 2026-04-01 01:00 CST: already Q2 there
  expect(cadencePeriod('quarterly', at, 'Asia/Shanghai')).toEqual({
    key: 'quarterly:2026-Q2',
    start: new Date('2026-03-31T16:00:00Z'),
    end: new Date('2026-06-30T16:00:00Z'),
  });
  expect(cadencePeriod('weekly', new Date('2026-11-22T12:00:00Z'), 'Asia/Shanghai')!.key).toBe('weekly:2026-11-16'); // Sunday → the Monday before
  expect(cadencePeriod('none', at, 'Asia/Shanghai')).toBeNull();
  // A community in another zone counts its own calendar: still Q1 in UTC at that instant.
  expect(cadencePeriod('quarterly', at, 'UTC')!.key).toBe('quarterly:2026-Q1');
  const p = cadencePeriod('monthly', new Date('2026-05-20T00:00:00Z'), 'Asia/Shanghai')!;
  const near = { id: 'm', scheduledAt: new Date('2026-05-22T00:00:00Z'), status: 'SCHEDULED' };
  expect(reminderFor(p, [near], new Date('2026-05-20T00:00:00Z'), 7)).toEqual({ reason: 'UPCOMING', dueAt: near.scheduledAt, meetingId: 'm' });
  expect(reminderFor(p, [], new Date('2026-05-20T00:00:00Z'), 7)).toBeNull(); // the month ends in 11 days
  expect(reminderFor(p, [], new Date('2026-05-28T00:00:00Z'), 7)).toEqual({ reason: 'NOT_SCHEDULED', dueAt: p.end, meetingId: null });
  expect(reminderFor(p, [{ ...near, status: 'CLOSED', scheduledAt: new Date('2026-05-02T00:00:00Z') }], new Date('2026-05-28T00:00:00Z'), 7)).toBeNull(); // held
});
