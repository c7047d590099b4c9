// The pure rules of 公益创投 without GraphQL: weighted means, review completeness, the award by rank
// within the budget, the budget shape of an application, the state tables and who may act.
import {
  budgetProblem,
  callAllows,
  milestoneAllows,
  rankAndAward,
  reviewComplete,
  ventureAllows,
  weightedScore,
} from '../../src/modules/venture/venture.policy';
import { CallStatus, MilestoneStatus } from '../../src/modules/venture/venture.enums';

const criteria = [
  { key: 'need', name: '需求契合度', weight: 60 },
  { key: 'plan', name: '方案可行性', weight: 40 },
];

test('weighted mean: per reviewer over the criteria by weight, then averaged over reviewers', () => {
  expect(weightedScore(criteria, [])).toBeNull();
  expect(
    weightedScore(criteria, [
      { reviewer: 'a', criterion: 'need', score: 90 },
      { reviewer: 'a', criterion: 'plan', score: 80 },
      { reviewer: 'b', criterion: 'need', score: 50 },
      { reviewer: 'b', criterion: 'plan', score: 100 },
    ]),
  ).toBe((86 + 70) / 2);
  // A criterion no longer on the call counts for nothing.
  expect(weightedScore(criteria, [{ reviewer: 'a', criterion: 'gone', score: 100 }])).toBeNull();
});

test('review complete only when every panel member scored every criterion', () => {
  const rows = [
    { reviewer: 'a', criterion: 'need', score: 1 },
    { reviewer: 'a', criterion: 'plan', score: 1 },
    { reviewer: 'b', criterion: 'need', score: 1 },
  ];
  expect(reviewComplete(criteria, ['a'], rows)).toBe(true);
  expect(reviewComplete(criteria, ['a', 'b'], rows)).toBe(false);
});

test('award by rank within the budget: one that does not fit is passed over, later ones may still fit; ties go to the earlier', () => {
  const t = (s: number) => new Date(2026, 0, 1, 0, 0, s);
  const { ranked, awardedFen } = rankAndAward(
    [
      { id: 'low', score: 60, requestedFen: 100, createdAt: t(1) },
      { id: 'big', score: 80, requestedFen: 500, createdAt: t(2) },
      { id: 'top', score: 90, requestedFen: 400, createdAt: t(3) },
      { id: 'tieLate', score: 60, requestedFen: 100, createdAt: t(4) },
    ],
    600,
  );
  expect(ranked).toEqual([
    { id: 'top', rank: 1, awarded: true },
    { id: 'big', rank: 2, awarded: false },
    { id: 'low', rank: 3, awarded: true },
    { id: 'tieLate', rank: 4, awarded: true },
  ]);
  expect(awardedFen).toBe(600);
});

test('an application within the ceiling whose milestones add up', () => {
  expect(budgetProblem(100, 100, [40, 60])).toBeNull();
  expect(budgetProblem(101, 100, [101])).toBe('BUDGET_OVER_CEILING');
  expect(budgetProblem(100, 100, [40, 50])).toBe('MILESTONES_NOT_SUMMING');
});

test('state tables and who may act', () => {
  expect(callAllows('close', CallStatus.OPEN)).toBe(true);
  expect(callAllows('award', CallStatus.OPEN)).toBe(false);
  expect(callAllows('award', CallStatus.AWARDED)).toBe(false);
  expect(milestoneAllows('requestPayment', MilestoneStatus.PLANNED)).toBe(false);
  expect(milestoneAllows('paid', MilestoneStatus.APPROVED)).toBe(true);
  expect(milestoneAllows('returned', MilestoneStatus.PAID)).toBe(false);
  const p = (...x: string[]) => new Set(x.map((a) => `venture.${a}`));
  expect(ventureAllows('score', { permissions: p('review'), panel: true })).toBe(true);
  expect(ventureAllows('score', { permissions: p('review'), panel: true, applicant: true })).toBe(false);
  expect(ventureAllows('score', { permissions: p('review'), panel: false })).toBe(false);
  expect(ventureAllows('report', { permissions: p('apply'), applicant: false })).toBe(false);
});
