// Demo fund (`seed --demo`, `seed --demo --preset <key>`): a community fund held by the community's
// social organization, its committee and custodian agent from the demo logins, donations from the
// charity registry, co-building units and residents (one anonymous, one in goods, one pledge still
// open), and disbursements for the preset's purposes — one paid after two approvals, one waiting,
// one rejected. Everything goes through the ledger services, so the books balance as they would
// after real use (Panzhou's ¥250,000 of linked charity resources). Not run without a demo context.
import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { demoLogin, type DemoSeedContext } from '../../plugins/module-contract';
import { Membership } from '../../schema/tenancy/membership.entity';
import { Fund } from './fund.entity';
import { CustodianType, DonationKind, DonorType, FundKind, FundMemberRole } from './fund.enums';
import { createAccounts } from './ledger.service';
import { createDonation, type Donor } from './donation.service';
import { approve, close, pay, requestDisbursement } from './disbursement.service';
import type { Actor } from './fund.access';
import type { FundSettings } from './fund.settings';

const YUAN = 100;
/** Panzhou's article: 25 万元 of charity resources linked through the 义工联合会's projects. */
const PANZHOU_TOTAL_YUAN = 250_000;

export async function seed(em: EntityManager, communityId: string, demo?: DemoSeedContext): Promise<void> {
  if (!demo || (await em.count(Fund, { communityId }))) return;
  const settings = demo.settings as unknown as FundSettings;
  const members = await em.find(Membership, { communityId }, { populate: ['account'] });
  const acc = (role: string) => members.find((m) => m.account.login === demoLogin(demo, role))?.account;
  const committee = ['admin', 'staff', 'party'].map(acc).filter((a) => !!a);
  const agent = acc('socialworker') ?? acc('staff');
  const [custodian] = await em.execute(`select id, name from social_organization where community_id = ? order by created_at, id limit 1`, [communityId]);
  if (!custodian || committee.length < 3 || !agent) return;
  const charities: { id: string; name: string; anonymous: boolean }[] = await em.execute(
    `select id, name, anonymous from charity_resource where community_id = ? order by created_at, id`,
    [communityId],
  );
  const [unit] = await em.execute(`select id, name from cobuilding_unit where community_id = ? order by created_at, id limit 1`, [communityId]);

  const fund = em.create(Fund, {
    communityId,
    name: '社区基金',
    kind: FundKind.GENERAL,
    description: `由${custodian.name}托管、专项核算的社区基金，公开收支（演示数据）`,
    custodianType: CustodianType.SOCIAL_ORGANIZATION,
    custodianId: custodian.id,
  });
  await em.flush();
  await createAccounts(em, communityId, fund.id);
  const roster = [...committee.map((a) => [a!.id, FundMemberRole.COMMITTEE] as const), [agent.id, FundMemberRole.CUSTODIAN] as const];
  for (const [accountId, role] of roster)
    await em.execute(`insert into fund_member (id, community_id, fund_id, account_id, role, active) values (?, ?, ?, ?, ?, true) on conflict do nothing`, [
      uuidv7(),
      communityId,
      fund.id,
      accountId,
      role,
    ]);
  const actor = (accountId: string): Actor => ({ communityId, accountId, roles: new Set(), permissions: new Set() });
  const custodianAgent = actor(agent.id);

  // Income: the charity registry's donors (the largest first), a co-building unit, goods, a pledge.
  const named = charities.filter((c) => !c.anonymous);
  const anonymous = charities.find((c) => c.anonymous);
  const panzhou = demo.preset === 'panzhou-jinqiu';
  const gifts: { donor: Donor; kind: DonationKind; yuan: number; description: string; anonymous?: boolean; pledge?: boolean }[] = [
    ...named.map((c, i) => ({
      donor: { type: DonorType.CHARITY_RESOURCE, refId: c.id, name: c.name, accountId: null },
      kind: DonationKind.MONEY,
      yuan: panzhou ? (i === 0 ? 150_000 : 60_000) : 20_000 / (i + 1),
      description: panzhou ? '“五社联动”示范项目链接的社会慈善资源' : '社区基金定向捐赠',
    })),
    ...(unit
      ? [
          {
            donor: { type: DonorType.COBUILDING_UNIT, refId: unit.id, name: unit.name, accountId: null },
            kind: DonationKind.MONEY,
            yuan: panzhou ? 30_000 : 10_000,
            description: '共建单位结对共建资金',
          },
        ]
      : []),
    {
      donor: anonymous
        ? { type: DonorType.CHARITY_RESOURCE, refId: anonymous.id, name: anonymous.name, accountId: null }
        : { type: DonorType.INDIVIDUAL, refId: null, name: '爱心人士', accountId: null },
      kind: DonationKind.MONEY,
      yuan: panzhou ? PANZHOU_TOTAL_YUAN - 150_000 - 60_000 * Math.max(0, named.length - 1) - 30_000 : 2_000,
      description: '爱心人士捐款',
      anonymous: true,
    },
    {
      donor: { type: DonorType.INDIVIDUAL, refId: null, name: '居民 邻里互助会', accountId: null },
      kind: DonationKind.GOODS,
      yuan: 3_600,
      description: '冬衣 120 件（按估值入账）',
    },
    {
      donor: { type: DonorType.INDIVIDUAL, refId: null, name: '爱心商户', accountId: null },
      kind: DonationKind.MONEY,
      yuan: 5_000,
      description: '认捐：重阳节敬老活动',
      pledge: true,
    },
  ];
  for (const [i, g] of gifts.entries()) {
    if (g.yuan <= 0) continue;
    await createDonation(
      em,
      custodianAgent,
      settings,
      { fundId: fund.id, kind: g.kind, amountFen: Math.round(g.yuan * YUAN), description: g.description, donor: g.donor, anonymous: !!g.anonymous },
      !!g.pledge,
      `demo-donation-${i}`,
    );
  }

  // Spending on the preset's purposes: under the threshold, two committee approvals each.
  const [first, second] = [settings.purposes[0]!, settings.purposes[1] ?? settings.purposes[0]!];
  const small = Math.min(3_000 * YUAN, settings.approval.thresholdFen);
  const requester = actor(committee[0]!.id);
  const ask = (title: string, purpose: string, amountFen: number, payee: string) =>
    requestDisbursement(em, requester, settings, {
      fundId: fund.id,
      title,
      description: null,
      purpose,
      amountFen,
      payee,
      councilTopicId: null,
      projectRef: null,
      careCaseRef: null,
      attachments: [],
    });
  const paid = await ask(`${first.name}：高龄独居老人慰问`, first.key, small, custodian.name);
  for (const a of committee.slice(1, 1 + settings.approval.committeeApprovals)) await approve(em, actor(a!.id), paid);
  await pay(em, custodianAgent, paid, 'DEMO-TRANSFER-0001', 'demo-pay-0');
  await ask(`${second.name}：困难家庭临时帮扶`, second.key, Math.min(1_200 * YUAN, settings.approval.thresholdFen), '社区居委会');
  const rejected = await ask('购置办公电脑', first.key, Math.min(800 * YUAN, settings.approval.thresholdFen), '某电脑商行');
  await close(em, actor(committee[1]!.id), rejected, 'reject', '不属于基金用途，应由社区办公经费列支');
}
