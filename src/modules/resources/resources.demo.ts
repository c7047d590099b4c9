// Demo 三项清单: a need survey with answers (Panzhou ran six), needs from it and from staff
// visits, resources of the demo member unit, social organization and 商会, and one project with
// milestones under way — enough for front-end work on every list.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Membership } from '../../schema/tenancy/membership.entity';
import { demoLogin, type DemoSeedContext } from '../../plugins/module-contract';
import { ResourcesSurvey, ResourcesSurveyResponse, ResourcesSurveyTally } from './survey.entity';
import { ResourcesNeed } from './need.entity';
import { ResourcesResource } from './resource.entity';
import { ResourcesMilestone, ResourcesProject, ResourcesProjectResource } from './project.entity';
import { NeedSource, NeedStatus, ProjectStatus, ProviderType, QuestionKind, ResourceKind } from './resources.enums';

const SERVICES = [
  { key: 'meals', label: '老年助餐', category: 'elderly' },
  { key: 'clinic', label: '上门义诊', category: 'health' },
  { key: 'homework', label: '四点半课堂', category: 'children' },
  { key: 'parking', label: '停车位改造', category: 'facility' },
];

export async function seed(em: EntityManager, communityId: string, demo?: DemoSeedContext): Promise<void> {
  if (await em.count(ResourcesSurvey, { communityId })) return;
  const forces: { id: string; t: string }[] = await em.execute(
    `select id, 'COBUILDING_UNIT' t from cobuilding_unit where community_id = ? union all select id, 'SOCIAL_ORGANIZATION' from social_organization where community_id = ?
     union all select id, 'CHARITY_RESOURCE' from charity_resource where community_id = ? and not anonymous`,
    [communityId, communityId, communityId],
  );
  const members = await em.find(Membership, { communityId }, { populate: ['account'] });
  const account = (role: string) => members.find((m) => m.account.login === demoLogin(demo ?? { loginPrefix: '' }, role))?.account.id ?? null;
  const staff = account('staff');
  const survey = em.create(ResourcesSurvey, {
    communityId,
    title: '2025 年第 6 次居民需求调查',
    description: '了解居民最需要的社区服务（入户走访与线上同步收集）',
    createdByAccountId: staff,
    questions: [
      {
        key: 'services',
        text: '您最希望社区提供哪些服务？（可多选）',
        kind: QuestionKind.MULTIPLE,
        required: true,
        options: SERVICES.map(({ key, label }) => ({ key, label })),
      },
      {
        key: 'time',
        text: '您方便参加活动的时间',
        kind: QuestionKind.SINGLE,
        required: false,
        options: [
          { key: 'weekday', label: '工作日' },
          { key: 'weekend', label: '周末' },
        ],
      },
      { key: 'other', text: '其他意见建议', kind: QuestionKind.TEXT, required: false, options: [] },
    ],
  });
  const voters = members.filter((m) => m.roles.includes('RESIDENT' as any) || m.roles.includes('VOLUNTEER' as any) || m.roles.includes('PARTY_MEMBER' as any));
  const counts = new Map<string, number>();
  for (const [i, m] of voters.entries()) {
    const chosen = [SERVICES[0]!.key, SERVICES[1 + (i % 3)]!.key];
    em.create(ResourcesSurveyResponse, {
      communityId,
      surveyId: survey.id,
      accountId: m.account.id,
      answers: [{ questionKey: 'services', optionKeys: chosen, text: null }],
    });
    for (const k of ['', ...chosen]) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  for (const [k, n] of counts) em.create(ResourcesSurveyTally, { communityId, surveyId: survey.id, questionKey: 'services', optionKey: k, count: n });
  survey.responsesCount = voters.length;
  const needs = SERVICES.slice(0, 2).map((s) =>
    em.create(ResourcesNeed, {
      communityId,
      category: s.category,
      title: s.label,
      description: `需求调查：${counts.get(s.key) ?? 0} 人选择「${s.label}」`,
      source: NeedSource.SURVEY,
      sourceRef: `${survey.id}:services:${s.key}`,
      demandCount: Math.max(1, counts.get(s.key) ?? 1),
      createdByAccountId: staff,
    }),
  );
  em.create(ResourcesNeed, { communityId, category: 'environment', title: '3 栋楼道堆物清理', source: NeedSource.STAFF, createdByAccountId: account('grid') });
  const offers = [
    { kind: ResourceKind.VENUE, title: '党群服务中心活动室', category: null, unit: '场', quantity: 20, valueFen: 200_000 },
    { kind: ResourceKind.SKILL, title: '周末上门义诊', category: 'health', unit: '小时', quantity: 40, valueFen: 800_000 },
    { kind: ResourceKind.GOODS, title: '助餐食材（月供）', category: 'elderly', unit: '份', quantity: 300, valueFen: 450_000 },
    { kind: ResourceKind.MONEY, title: '商会助老资金', category: 'elderly', unit: null, quantity: null, valueFen: 1_000_000 },
  ];
  const resources = offers
    .map((o, i) => {
      const f = forces[i % Math.max(1, forces.length)];
      return f ? em.create(ResourcesResource, { communityId, ...o, providerType: f.t as ProviderType, providerId: f.id, createdByAccountId: staff }) : null;
    })
    .filter((r): r is ResourcesResource => r !== null);
  const owner = account('socialworker') ?? staff;
  const meals = resources.filter((r) => r.category === 'elderly' || r.category === null);
  if (owner && meals.length) {
    needs[0]!.status = NeedStatus.MATCHED;
    const project = em.create(ResourcesProject, {
      communityId,
      needId: needs[0]!.id,
      title: '“幸福食堂”老年助餐（民生微实事）',
      ownerAccountId: owner,
      budgetFen: 1_500_000,
      status: ProjectStatus.IN_PROGRESS,
      startedAt: new Date(),
      createdByAccountId: staff,
    });
    for (const r of meals)
      em.create(ResourcesProjectResource, { communityId, projectId: project.id, resourceId: r.id, quantity: r.quantity, valueFen: r.valueFen });
    ['场地布置', '志愿者排班', '首月试运行'].forEach((title, i) =>
      em.create(ResourcesMilestone, { communityId, projectId: project.id, title, position: i, doneAt: i === 0 ? new Date() : null }),
    );
  }
  await em.flush();
}
