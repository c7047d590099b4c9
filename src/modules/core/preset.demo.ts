// `seed --demo --preset <key>`: a community of the preset's shape for front-end developers — its
// own street, one login per role (prefixed, e.g. fq.admin), buildings of households with
// residents bearing Chinese names. Modules add their records in their own demoSeed afterwards.
// Idempotent: the community is found by its region code.
import type { EntityManager } from '@mikro-orm/postgresql';
import { linkRegistryOrganizations } from './organization.service';
import { Account, StreetAdmin } from '../../schema/identity/account.entity';
import { Community, Street } from '../../schema/tenancy/community.entity';
import { CharityKind, Gender, ResourceForm, SocialOrgStatus, IncubationStatus, SocialWorkerKind } from './core.enums';
import { CommunityKind, RoleKind } from '../../schema/tenancy/tenancy.enums';
import { CharityResource, CobuildingUnit, SocialOrganization, SocialWorker, Volunteer } from './forces.entity';
import { Household } from './household.entity';
import { Membership } from '../../schema/tenancy/membership.entity';
import { Resident } from './resident.entity';
import { hashPassword } from '../../schema/identity/password.service';
import { DEMO_PASSWORD, demoIdNumber } from './core.demo';
import { setAccountPhone, setResidentField } from './personal-data.service';
import { personalDataKeysOf } from '../../schema/personal-crypto';

interface Shape {
  prefix: string;
  community: string;
  street: string;
  region: string;
  kind: CommunityKind;
  estate: string;
  buildings: number;
  householdsPerBuilding: number;
}

/** Per preset: names from its article, and a size that is realistic but quick to seed. */
export const PRESET_SHAPES: Record<string, Shape> = {
  'panzhou-jinqiu': {
    prefix: 'pz',
    community: '金秋社区（盘州模式演示）',
    street: '盘州市翰林街道',
    region: '520281002010',
    kind: CommunityKind.RELOCATION,
    estate: '金秋安置小区',
    buildings: 24,
    householdsPerBuilding: 8,
  },
  'fengqing-114': {
    prefix: 'fq',
    community: '东城社区（凤庆模式演示）',
    street: '凤庆县凤山镇',
    region: '530921100010',
    kind: CommunityKind.MIXED,
    estate: '东城片区',
    buildings: 16,
    householdsPerBuilding: 8,
  },
  sanshundian: {
    prefix: 'ssd',
    community: '三顺店社区（演示）',
    street: '回民区环河街街道',
    region: '150103003010',
    kind: CommunityKind.URBAN,
    estate: '体委小区',
    buildings: 12,
    householdsPerBuilding: 8,
  },
  baoji: {
    prefix: 'bj',
    community: '宝鸡五民示范社区（演示）',
    street: '渭滨区经二路街道',
    region: '610302002010',
    kind: CommunityKind.URBAN,
    estate: '经二路小区',
    buildings: 12,
    householdsPerBuilding: 8,
  },
  'changzhou-135': {
    prefix: 'cz',
    community: '雕庄社区（135 模式演示）',
    street: '天宁区雕庄街道',
    region: '320402008010',
    kind: CommunityKind.URBAN,
    estate: '雕庄花园',
    buildings: 20,
    householdsPerBuilding: 6,
  },
};

/** Logins of a preset demo: `<prefix>.<role>`, password wushe-demo. */
export const PRESET_LOGINS: { login: string; name: string; roles: RoleKind[]; title?: string }[] = [
  { login: 'admin', name: '社区书记 何平', roles: [RoleKind.COMMUNITY_ADMIN, RoleKind.PARTY_MEMBER], title: '社区党委书记' },
  { login: 'staff', name: '社区工作者 罗佳', roles: [RoleKind.COMMUNITY_STAFF] },
  { login: 'grid', name: '网格员 高峰', roles: [RoleKind.GRID_STAFF] },
  { login: 'grid2', name: '网格员 林娜', roles: [RoleKind.GRID_STAFF] },
  { login: 'socialworker', name: '社工 郭颖', roles: [RoleKind.SOCIAL_WORKER] },
  { login: 'volunteer', name: '志愿者 胡凯', roles: [RoleKind.VOLUNTEER, RoleKind.RESIDENT] },
  { login: 'party', name: '报到党员 马骏', roles: [RoleKind.PARTY_MEMBER] },
  { login: 'cobuild', name: '共建单位 朱红', roles: [RoleKind.COBUILD_UNIT_MEMBER] },
  { login: 'resident', name: '居民 徐兰', roles: [RoleKind.RESIDENT] },
];

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢';
const GIVEN = [
  '建国',
  '秀英',
  '桂兰',
  '志强',
  '海燕',
  '明',
  '丽',
  '伟',
  '芳',
  '军',
  '静',
  '磊',
  '洋',
  '艳',
  '勇',
  '娟',
  '国华',
  '玉兰',
  '文博',
  '子涵',
  '雨桐',
  '浩然',
  '淑华',
  '德明',
];

export async function seedPresetCommunity(em: EntityManager, presetKey: string): Promise<{ communityId: string; created: boolean; shape: Shape }> {
  const shape = PRESET_SHAPES[presetKey] ?? {
    ...PRESET_SHAPES.baoji!,
    prefix: presetKey.replace(/[^a-z0-9]/g, ''),
    community: `${presetKey} 演示社区`,
    region: `9${String(presetKey.length).padStart(11, '0')}`,
  };
  const existing = await em.findOne(Community, { regionCode: shape.region });
  if (existing) return { communityId: existing.id, created: false, shape };

  const streetRegion = shape.region.slice(0, 9);
  const street = (await em.findOne(Street, { regionCode: streetRegion })) ?? em.create(Street, { name: shape.street, regionCode: streetRegion });
  const community = em.create(Community, {
    name: shape.community,
    kind: shape.kind,
    regionCode: shape.region,
    street,
    preset: presetKey,
    description: `${shape.community}：按「${presetKey}」模式生成的演示数据`,
  });
  const cid = community.id;
  em.setFilterParams('tenant', { communityId: cid });
  const hash = await hashPassword(DEMO_PASSWORD);
  for (const [i, p] of PRESET_LOGINS.entries()) {
    const account = em.create(Account, {
      login: `${shape.prefix}.${p.login}`,
      displayName: p.name,
      passwordHash: hash,
    });
    setAccountPhone(personalDataKeysOf(em), account, `1370${shape.region.slice(2, 5)}${String(1001 + i)}`);
    em.create(Membership, { communityId: cid, account, roles: p.roles, title: p.title ?? null });
  }
  const streetAccount = em.create(Account, { login: `${shape.prefix}.street`, displayName: `${shape.street} 管理员`, passwordHash: hash });
  em.create(StreetAdmin, { account: streetAccount, street });

  // 身份证号 and phone are stored encrypted with blind indexes: written through the personal-data helper.
  const keys = personalDataKeysOf(em);
  let n = 0;
  for (let b = 1; b <= shape.buildings; b++) {
    for (let u = 1; u <= shape.householdsPerBuilding; u++) {
      const h = em.create(Household, {
        communityId: cid,
        number: `${shape.prefix.toUpperCase()}-${b}-${String(u).padStart(2, '0')}`,
        address: `${shape.estate} ${b} 栋 ${Math.ceil(u / 2)} 单元 ${u % 2 ? 1 : 2}0${u % 4 || 4} 室`,
        building: `${b} 栋`,
        tags: u === 1 ? ['党员户'] : u === 5 ? ['独居老人户'] : [],
      });
      const size = u === 5 ? 1 : 1 + ((b * 3 + u) % 4);
      for (let m = 0; m < size; m++, n++) {
        const year = m === 0 ? 1945 + ((n * 7) % 45) : 1982 + ((n * 5) % 38);
        const birth = `${year}-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`;
        const r = em.create(Resident, {
          communityId: cid,
          household: h,
          name: SURNAMES[(n * 7) % SURNAMES.length]! + GIVEN[(n * 5) % GIVEN.length]!,
          gender: n % 2 ? Gender.FEMALE : Gender.MALE,
          relationToHead: m === 0 ? '户主' : m === 1 ? '配偶' : '子女',
          birthDate: birth,
          disability: n % 19 === 0,
          hardship: n % 13 === 0,
          healthNote: n % 17 === 0 ? '糖尿病，需定期随访' : null,
        });
        setResidentField(keys, r, 'idNumber', demoIdNumber(shape.region.slice(0, 6), birth, n));
        setResidentField(keys, r, 'phone', `139${String(20000000 + n * 7919).slice(0, 8)}`);
      }
    }
  }
  em.create(SocialOrganization, {
    communityId: cid,
    name: `${shape.community.replace(/（.*）/, '')}社工服务站`,
    status: SocialOrgStatus.REGISTERED,
    incubation: IncubationStatus.GRADUATED,
    services: ['一老一小', '心理疏导'],
  });
  em.create(SocialOrganization, {
    communityId: cid,
    name: '邻里守望互助队',
    status: SocialOrgStatus.FILED,
    incubation: IncubationStatus.INCUBATING,
    services: ['邻里互助'],
  });
  em.create(SocialWorker, { communityId: cid, name: '郭颖', kind: SocialWorkerKind.STATIONED, certificate: '中级社工师' });
  em.create(Volunteer, { communityId: cid, name: '胡凯', team: '青年志愿队', skills: ['家电维修'] });
  em.create(Volunteer, { communityId: cid, name: '马骏', team: '党员志愿队', skills: ['政策宣讲'] });
  em.create(CobuildingUnit, { communityId: cid, name: '区供电所', unitType: '国有企业', partyOrganization: '区供电所党支部' });
  em.create(CharityResource, { communityId: cid, name: '爱心企业联合会', kind: CharityKind.CHAMBER, offers: [ResourceForm.MONEY, ResourceForm.GOODS] });
  await em.flush();
  await linkRegistryOrganizations(em, cid); // one identity per organisation, as the registry mutations keep it
  return { communityId: cid, created: true, shape };
}
