// Demo 公益创投 (Baoji's project subsidies, Sanshundian's 民生微实事): one open call paid from the
// community's first active fund, with weighted criteria and a panel of the community's staff, and
// one application of a registered social organization with two milestones. Needs a fund: a
// community without one is left alone, as is one that already has a call.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Membership } from '../../schema/tenancy/membership.entity';
import { VentureApplication, VentureCall, VentureMilestone } from './venture.entity';

const DAY = 86_400_000;

export async function seed(em: EntityManager, communityId: string): Promise<void> {
  // Explicitly scoped by community (the seed may run with or without the tenant filter's params).
  if (await em.count(VentureCall, { communityId }, { filters: false })) return;
  const [fund] = await em.execute(`select id from fund_fund where community_id = ? and active order by id limit 1`, [communityId]);
  if (!fund) return;
  const members = await em.find(Membership, { communityId, active: true }, { populate: ['account'], filters: false });
  const panel = members.filter((m) => m.roles.some((r) => r === 'COMMUNITY_STAFF' || r === 'COMMUNITY_ADMIN' || r === 'PARTY_MEMBER')).map((m) => m.account.id);
  if (panel.length === 0) return;
  const now = Date.now();
  const call = em.create(VentureCall, {
    communityId,
    title: '社区公益创投（民生微实事）',
    description: '面向社区社会组织征集为老、助残、儿童关爱、邻里互助等公益服务项目，按节点拨付（演示数据）',
    fundId: fund.id,
    purpose: 'PROJECT',
    totalBudgetFen: 20_000_000,
    ceilingFen: 5_000_000,
    opensAt: new Date(now - DAY),
    closesAt: new Date(now + 30 * DAY),
    criteria: [
      { key: 'need', name: '需求契合度', weight: 40 },
      { key: 'feasibility', name: '方案可行性', weight: 30 },
      { key: 'capacity', name: '组织能力', weight: 20 },
      { key: 'budget', name: '预算合理性', weight: 10 },
    ],
    panelAccountIds: panel.slice(0, 5),
  });
  const [org] = await em.execute(`select id from social_organization where community_id = ? and active order by id limit 1`, [communityId]);
  const applicant = members.find((m) => m.roles.includes('SOCIAL_ORG_MEMBER' as never))?.account.id;
  if (org && applicant) {
    const app = em.create(VentureApplication, {
      communityId,
      callId: call.id,
      organizationId: org.id,
      applicantAccountId: applicant,
      title: '银龄互助·邻里守望',
      summary: '组织低龄老人结对探访独居高龄老人，每周上门一次，建立探访台账（演示数据）',
      requestedFen: 3_000_000,
    });
    em.create(VentureMilestone, { communityId, applicationId: app.id, seq: 1, title: '结对名单与培训', amountFen: 1_000_000 });
    em.create(VentureMilestone, { communityId, applicationId: app.id, seq: 2, title: '探访满三个月', amountFen: 2_000_000 });
  }
  await em.flush();
}
