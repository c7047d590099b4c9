// Demo data (`seed --demo`, and the first start on the embedded default): a street, the 金秋社区
// community on the panzhou-jinqiu preset, one login per role, households, residents and the five
// forces. Idempotent: a second run finds the community and does nothing.
import type { EntityManager } from '@mikro-orm/postgresql';
import { linkRegistryOrganizations } from './organization.service';
import { Account, StreetAdmin } from '../../schema/identity/account.entity';
import { Community, Street } from '../../schema/tenancy/community.entity';
import { CharityKind, Gender, IncubationStatus, ResourceForm, SocialOrgStatus, SocialWorkerKind } from './core.enums';
import { CommunityKind, RoleKind } from '../../schema/tenancy/tenancy.enums';
import { CharityResource, CobuildingUnit, SocialOrganization, SocialWorker, Volunteer } from './forces.entity';
import { Household } from './household.entity';
import { Membership } from '../../schema/tenancy/membership.entity';
import { Resident } from './resident.entity';
import { hashPassword } from '../../schema/identity/password.service';
import { contactPhoneBinding, sealPersonalField, setAccountPhone, setResidentField } from './personal-data.service';
import { personalDataKeysOf } from '../../schema/personal-crypto';

export const DEMO_PASSWORD = 'wushe-demo';
export const DEMO_REGION = '520222001001';

export const DEMO_LOGINS: { login: string; name: string; roles: RoleKind[]; title?: string }[] = [
  { login: 'admin', name: '社区管理员 李书记', roles: [RoleKind.COMMUNITY_ADMIN, RoleKind.PARTY_MEMBER], title: '社区党委书记' },
  { login: 'staff', name: '社区工作者 王敏', roles: [RoleKind.COMMUNITY_STAFF] },
  { login: 'grid', name: '网格员 张强', roles: [RoleKind.GRID_STAFF], title: '第一网格网格员' },
  { login: 'socialworker', name: '社工 陈静', roles: [RoleKind.SOCIAL_WORKER] },
  { login: 'volunteer', name: '志愿者 刘洋', roles: [RoleKind.VOLUNTEER, RoleKind.RESIDENT] },
  { login: 'party', name: '报到党员 赵磊', roles: [RoleKind.PARTY_MEMBER] },
  { login: 'org', name: '社会组织 周红', roles: [RoleKind.SOCIAL_ORG_MEMBER] },
  { login: 'cobuild', name: '共建单位 吴刚', roles: [RoleKind.COBUILD_UNIT_MEMBER] },
  { login: 'resident', name: '居民 孙丽', roles: [RoleKind.RESIDENT] },
];

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = ['建国', '秀英', '桂兰', '志强', '海燕', '明', '丽', '伟', '芳', '军', '静', '磊', '洋', '艳', '勇', '娟'];

/** A valid 身份证号 (checksum per GB 11643) for demo data only. */
export function demoIdNumber(region: string, birth: string, seq: number): string {
  const body = `${region}${birth.replace(/-/g, '')}${String(seq % 1000).padStart(3, '0')}`;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((a, c, i) => a + Number(c) * w[i]!, 0);
  return body + '10X98765432'[sum % 11];
}

export async function seedCoreDemo(em: EntityManager): Promise<{ communityId: string; created: boolean }> {
  const existing = await em.findOne(Community, { regionCode: DEMO_REGION });
  if (existing) return { communityId: existing.id, created: false };

  const street = (await em.findOne(Street, { regionCode: '520222001' })) ?? em.create(Street, { name: '金秋街道', regionCode: '520222001' });
  const community = em.create(Community, {
    name: '金秋社区',
    kind: CommunityKind.RELOCATION,
    regionCode: DEMO_REGION,
    street,
    preset: 'panzhou-jinqiu',
    description: '易地扶贫搬迁安置社区：社区—网格—楼栋—户，3+2 派单，积分超市（演示数据）',
  });
  const cid = community.id;
  em.setFilterParams('tenant', { communityId: cid });
  const hash = await hashPassword(DEMO_PASSWORD);
  for (const [i, p] of DEMO_LOGINS.entries()) {
    const account = em.create(Account, { login: p.login, displayName: p.name, passwordHash: hash });
    setAccountPhone(personalDataKeysOf(em), account, `1390000${String(1001 + i)}`);
    em.create(Membership, { communityId: cid, account, roles: p.roles, title: p.title ?? null });
  }
  const streetAccount = em.create(Account, { login: 'street', displayName: '街道管理员 黄华', passwordHash: hash });
  em.create(StreetAdmin, { account: streetAccount, street });
  em.create(Account, { login: 'platform', displayName: '平台管理员', passwordHash: hash, platformAdmin: true });

  const keys = personalDataKeysOf(em);
  let n = 0;
  for (let building = 1; building <= 6; building++) {
    for (let unit = 1; unit <= 6; unit++) {
      const h = em.create(Household, {
        communityId: cid,
        number: `JQ-${building}-${String(unit).padStart(2, '0')}`,
        address: `金秋小区 ${building} 栋 ${unit} 单元`,
        building: `${building} 栋`,
        tags: unit === 1 ? ['党员户'] : [],
      });
      const size = 1 + ((building * unit) % 4);
      for (let m = 0; m < size; m++, n++) {
        const year = m === 0 ? 1950 + ((n * 7) % 40) : 1985 + ((n * 3) % 35);
        const birth = `${year}-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`;
        const r = em.create(Resident, {
          communityId: cid,
          household: h,
          name: SURNAMES[n % SURNAMES.length]! + GIVEN[n % GIVEN.length]!,
          gender: n % 2 ? Gender.FEMALE : Gender.MALE,
          relationToHead: m === 0 ? '户主' : m === 1 ? '配偶' : '子女',
          birthDate: birth,
          disability: n % 17 === 0,
          hardship: n % 11 === 0,
          healthNote: n % 13 === 0 ? '高血压，需定期随访' : null,
        });
        setResidentField(keys, r, 'idNumber', demoIdNumber('520222', birth, n));
        setResidentField(keys, r, 'phone', `138${String(10000000 + n * 7919).slice(0, 8)}`);
      }
    }
  }
  const org = em.create(SocialOrganization, {
    communityId: cid,
    name: '金秋社工服务中心',
    status: SocialOrgStatus.REGISTERED,
    incubation: IncubationStatus.GRADUATED,
    services: ['一老一小', '心理疏导'],
    contactName: '周红',
  });
  org.contactPhoneEnc = sealPersonalField(keys, contactPhoneBinding('social_organization'), org.id, 'phone', '13900002001').enc;
  em.create(SocialOrganization, {
    communityId: cid,
    name: '邻里互助会',
    status: SocialOrgStatus.FILED,
    incubation: IncubationStatus.INCUBATING,
    services: ['邻里互助'],
  });
  em.create(SocialWorker, { communityId: cid, name: '陈静', kind: SocialWorkerKind.STATIONED, certificate: '社工师' });
  em.create(Volunteer, { communityId: cid, name: '刘洋', team: '青年志愿队', skills: ['电脑维修', '助老'] });
  em.create(Volunteer, { communityId: cid, name: '赵磊', team: '党员志愿队', skills: ['政策宣讲'] });
  em.create(CobuildingUnit, { communityId: cid, name: '县供电局', unitType: '国有企业', partyOrganization: '县供电局党委' });
  em.create(CharityResource, { communityId: cid, name: '盘州商会', kind: CharityKind.CHAMBER, offers: [ResourceForm.MONEY, ResourceForm.GOODS] });
  em.create(CharityResource, { communityId: cid, name: '爱心人士', kind: CharityKind.INDIVIDUAL, offers: [ResourceForm.MONEY], anonymous: true });
  await em.flush();
  await linkRegistryOrganizations(em, cid); // one identity per organisation, as the registry mutations keep it
  return { communityId: cid, created: true };
}
