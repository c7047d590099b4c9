// Pure rules of 三项清单 without GraphQL: settings validation, survey answer checks, match ranking,
// project state machine and who may act.
import { resourcesSettings } from '../../src/modules/resources/resources.settings';
import { answerProblem, matchScore, projectAllows, resourcesAllows } from '../../src/modules/resources/resources.policy';
import { ProjectStatus, QuestionKind } from '../../src/modules/resources/resources.enums';

test('settings: defaults validate; intake categories must be configured; keys unique', () => {
  expect(resourcesSettings.parse({}).fromDispatch).toEqual({ kinds: ['expectation'], category: 'other' });
  expect(resourcesSettings.safeParse({ fromCouncil: { category: 'nope' } }).success).toBe(false);
  expect(
    resourcesSettings.safeParse({
      categories: [
        { key: 'other', name: 'a' },
        { key: 'other', name: 'b' },
      ],
    }).success,
  ).toBe(false);
});

test('answers: required, single, unknown options and questions', () => {
  const qs = [
    {
      key: 's',
      text: '?',
      kind: QuestionKind.SINGLE,
      required: true,
      options: [
        { key: 'a', label: 'A' },
        { key: 'b', label: 'B' },
      ],
    },
    { key: 't', text: '?', kind: QuestionKind.TEXT, required: false, options: [] },
  ];
  expect(answerProblem(qs, [{ questionKey: 's', optionKeys: ['a'], text: null }])).toBeNull();
  expect(answerProblem(qs, [{ questionKey: 't', optionKeys: [], text: 'x' }])).toEqual({ key: 's', detail: { 'zh-CN': '必答', en: 'required' } });
  expect(answerProblem(qs, [{ questionKey: 's', optionKeys: ['a', 'b'], text: null }])?.detail.en).toBe('one option only');
  expect(
    answerProblem(qs, [
      { questionKey: 's', optionKeys: ['a'], text: null },
      { questionKey: 's', optionKeys: ['b'], text: null },
    ])?.detail.en,
  ).toBe('answered twice');
  expect(
    answerProblem(qs, [
      { questionKey: 's', optionKeys: ['a'], text: null },
      { questionKey: 't', optionKeys: ['a'], text: null },
    ])?.detail.en,
  ).toBe('a text question takes no options');
});

test('matching: category then grid; other grids and categories do not fit', () => {
  const need = { category: 'health', gridPath: ['root', 'g1'] };
  expect(matchScore(need, { id: '1', category: 'health', gridUnitId: 'g1' })?.score).toBe(3);
  expect(matchScore(need, { id: '2', category: 'health', gridUnitId: 'root' })?.score).toBe(3);
  expect(matchScore(need, { id: '3', category: 'health', gridUnitId: null })?.score).toBe(2);
  expect(matchScore(need, { id: '4', category: null, gridUnitId: 'g1' })?.score).toBe(1);
  expect(matchScore(need, { id: '5', category: 'health', gridUnitId: 'g2' })).toBeNull();
  expect(matchScore(need, { id: '6', category: 'elderly', gridUnitId: null })).toBeNull();
});

test('projects: lifecycle and who moves them', () => {
  expect(projectAllows('start', ProjectStatus.PLANNED)).toBe(true);
  expect(projectAllows('complete', ProjectStatus.PLANNED)).toBe(false);
  expect(projectAllows('cancel', ProjectStatus.DONE)).toBe(false);
  const p = (...x: string[]) => new Set(x);
  expect(resourcesAllows('moveProject', { permissions: p('resources.read'), owner: true })).toBe(true);
  expect(resourcesAllows('moveProject', { permissions: p('resources.read') })).toBe(false);
  expect(resourcesAllows('requestFunding', { permissions: p('resources.requestFunding') })).toBe(false);
  expect(resourcesAllows('requestFunding', { permissions: p('resources.requestFunding', 'fund.request') })).toBe(true);
  expect(resourcesAllows('editResource', { permissions: p('resources.offer'), creator: true })).toBe(true);
  expect(resourcesAllows('editResource', { permissions: p('resources.offer') })).toBe(false);
});
