// Demo: a Sanshundian-like 大党委 of 72 member units, this year's rotation (the first six units,
// two months each), a held joint meeting with attendance and decisions, service items (one
// claimed and completed by the `party` login as a reporting member), the `cobuild` login as
// liaison of the power supply station, and the escalation targets. Safe to run twice.
import type { EntityManager } from '@mikro-orm/postgresql';
import { ensureOrganization } from '../core/public';
import { TARGET_ORGANIZATION_KIND, UNIT_ORGANIZATION_KIND } from './organization.resolver';
import { Membership } from '../../schema/tenancy/membership.entity';
import { demoLogin, type DemoSeedContext } from '../../plugins/module-contract';
import { PartyEscalationTarget, PartyUnit } from './unit.entity';
import { PartyRotationSlot } from './rotation.entity';
import { PartyMeeting, PartyMeetingAttendance, PartyMeetingDecision } from './meeting.entity';
import { PartyServiceClaim, PartyServiceItem } from './service.entity';
import { PartyMember, PartyServiceRecord } from './member.entity';
import { PartyClaimStatus, PartyItemAudience, PartyMeetingStatus, PartyRecordSource, PartyTargetKind } from './party.enums';
import { chinaMonth, slotMonths } from './party.policy';
import { DEMO_TARGETS, DEMO_UNITS } from './units.demo';
import { MEMBER_PHONE, sealPhone, UNIT_PHONE } from './personal.service';

const CONTACTS = ['张建国', '李秀兰', '王海军', '刘桂芳', '陈志强', '杨丽华', '赵永刚', '黄淑珍', '周文斌', '吴晓燕', '徐国庆', '孙玉梅'];

export async function seed(em: EntityManager, communityId: string, demo?: DemoSeedContext): Promise<void> {
  if (await em.count(PartyUnit, { communityId })) return;
  const members = await em.find(Membership, { communityId }, { populate: ['account'] });
  const account = (role: string) => members.find((m) => m.account.login === demoLogin(demo ?? { loginPrefix: '' }, role))?.account.id ?? null;
  const units = DEMO_UNITS.map(([name, kind], i) =>
    em.create(PartyUnit, {
      communityId,
      name,
      kind,
      partyOrganization: `${name.replace(/（.*）/, '')}党组织`,
      contactName: CONTACTS[i % CONTACTS.length]!,
      sortOrder: (i + 1) * 10,
      liaisonAccountId: i === 3 ? account('cobuild') : null,
    }),
  );
  for (const [i, u] of units.entries()) u.contactPhoneEnc = sealPhone(em, UNIT_PHONE, u.id, `1394710${String(1000 + i)}`);
  // One identity per organisation, as partyUnitCreate keeps it (the demo 供电局 is also a co-building unit).
  for (const u of units) u.organizationId = await ensureOrganization(em, communityId, u.name, UNIT_ORGANIZATION_KIND[u.kind]);
  for (const [i, [name, kind, categories]] of DEMO_TARGETS.entries()) {
    em.create(PartyEscalationTarget, {
      communityId,
      name,
      kind: kind as PartyTargetKind,
      categories,
      sortOrder: i,
      unitId: name === '供电局' ? units[3]!.id : name === '派出所' ? units[36]!.id : null,
      organizationId:
        name === '供电局'
          ? units[3]!.organizationId
          : name === '派出所'
            ? units[36]!.organizationId
            : await ensureOrganization(em, communityId, name, TARGET_ORGANIZATION_KIND[kind as PartyTargetKind]),
    });
  }
  const { year, month } = chinaMonth(new Date());
  for (let p = 1; p <= 6; p++) em.create(PartyRotationSlot, { communityId, year, position: p, ...slotMonths(p, 6), unitId: units[p - 1]!.id });
  const chair = units[Math.floor((month - 1) / 2)]!;
  const held = em.create(PartyMeeting, {
    communityId,
    conveningUnitId: chair.id,
    title: `${year} 年第 ${Math.ceil(month / 2)} 轮值期大党委联席会议`,
    scheduledAt: new Date(Date.now() - 7 * 86_400_000),
    location: '三顺店社区党群服务中心',
    agenda: '通报需求库；认领服务项目；老旧小区加装电梯协调',
    status: PartyMeetingStatus.HELD,
    minutes: '轮值单位主持会议，12 家成员单位出席，议定三项服务项目。',
    heldAt: new Date(Date.now() - 7 * 86_400_000),
  });
  for (const u of units.slice(0, 12))
    em.create(PartyMeetingAttendance, { communityId, meetingId: held.id, unitId: u.id, present: u !== units[10], attendees: u.contactName });
  em.create(PartyMeetingDecision, {
    communityId,
    meetingId: held.id,
    position: 1,
    text: '体委小区楼道照明改造，由供电所牵头',
    ownerUnitId: units[3]!.id,
    dueOn: null,
  });
  em.create(PartyMeetingDecision, {
    communityId,
    meetingId: held.id,
    position: 2,
    text: '重阳节为高龄老人义诊，由区人民医院牵头',
    ownerUnitId: units[4]!.id,
    dueOn: null,
  });
  const items = [
    em.create(PartyServiceItem, {
      communityId,
      title: '楼道照明改造',
      description: '体委小区 3 栋、5 栋楼道灯更换',
      audience: PartyItemAudience.UNITS,
      capacity: 1,
      meetingId: held.id,
    }),
    em.create(PartyServiceItem, {
      communityId,
      title: '高龄老人义诊',
      description: '重阳节入户义诊 20 户',
      audience: PartyItemAudience.ALL,
      capacity: 3,
      meetingId: held.id,
    }),
    em.create(PartyServiceItem, { communityId, title: '政策宣讲进楼栋', description: '医保缴费政策宣讲', audience: PartyItemAudience.MEMBERS, capacity: 5 }),
  ];
  const partyAccount = account('party');
  if (partyAccount) {
    const reporting = em.create(PartyMember, {
      communityId,
      name: '赵磊',
      accountId: partyAccount,
      unitId: units[1]!.id,
      reportedOn: `${year}-01-15`,
    });
    reporting.phoneEnc = sealPhone(em, MEMBER_PHONE, reporting.id, '13947201234');
    items[2]!.claimedCount = 1;
    const claim = em.create(PartyServiceClaim, {
      communityId,
      itemId: items[2]!.id,
      memberId: reporting.id,
      claimedByAccountId: partyAccount,
      status: PartyClaimStatus.COMPLETED,
      record: '在 2 栋单元门口宣讲医保政策，发放资料 40 份',
      minutes: 90,
      completedAt: new Date(Date.now() - 2 * 86_400_000),
    });
    em.create(PartyServiceRecord, {
      communityId,
      memberId: reporting.id,
      source: PartyRecordSource.CLAIM,
      sourceRef: claim.id,
      title: items[2]!.title,
      minutes: 90,
      servedAt: claim.completedAt!,
    });
  }
  for (const [i, name] of ['王建军', '刘芳', '孙海涛', '马丽娟'].entries()) {
    em.create(PartyMember, { communityId, name, unitId: units[i + 5]!.id, reportedOn: `${year}-0${i + 2}-10` });
  }
  await em.flush();
}
