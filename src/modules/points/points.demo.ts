// Demo points (`seed --demo`, `seed --demo --preset <key>`): a ledger of realistic shape — accounts
// per household (Panzhou, the demo logins' own households among them) or per person (Changzhou
// 益起来), credited by the community's own earning rules and staff awards through the ledger
// service (double-entry, balanced), and a stocked supermarket. Not run without a demo context.
import type { EntityManager } from '@mikro-orm/postgresql';
import { demoLogin, type DemoSeedContext } from '../../plugins/module-contract';
import { Household, Resident } from '../core/public';
import { Membership } from '../../schema/tenancy/membership.entity';
import { ensureAccount, post, settleLedger } from './ledger.service';
import { PointsItem } from './points-shop.entity';
import { PointsTransactionKind as K } from './points.enums';
import type { PointsSettings } from './points.settings';

const ITEMS: [string, number, number][] = [
  ['洗衣液', 30, 40],
  ['食用油 5L', 80, 20],
  ['大米 10 斤', 60, 30],
  ['牙膏套装', 15, 50],
  ['理发券', 10, 100],
];
const AWARDS = ['参加环境整治', '理论宣讲', '楼道清洁', '群众评议优秀'];

/** Households of the demo logins linked to residents: "my points" has a ledger for each of them. */
async function linkedHouseholds(em: EntityManager, communityId: string): Promise<string[]> {
  const linked = (await em.find(Membership, { communityId, residentId: { $ne: null } })).map((m) => m.residentId!);
  const residents = linked.length ? await em.find(Resident, { communityId, id: { $in: linked } }) : [];
  return residents.map((r) => (r.household as { id: string } | null)?.id).filter((id): id is string => !!id);
}

export async function seed(em: EntityManager, communityId: string, demo?: DemoSeedContext): Promise<void> {
  if (!demo || (await em.count(PointsItem, { communityId }))) return;
  const settings = demo.settings as unknown as PointsSettings;
  const staff = (await em.find(Membership, { communityId }, { populate: ['account'] })).find((m) => m.account.login === demoLogin(demo, 'staff'));
  const owners: ({ householdId: string } | { personAccountId: string })[] =
    settings.accountScope === 'person'
      ? (await em.find(Membership, { communityId }, { populate: ['account'] })).map((m) => ({ personAccountId: m.account.id }))
      : [
          ...new Set([
            ...(await em.find(Household, { communityId }, { orderBy: { number: 'asc' }, limit: 40 })).map((h) => h.id),
            ...(await linkedHouseholds(em, communityId)),
          ]),
        ].map((householdId) => ({ householdId }));
  const rules = settings.rules.filter((r) => r.enabled);
  for (const [i, owner] of owners.entries()) {
    const accountId = await ensureAccount(em, communityId, owner);
    const rule = rules[i % Math.max(rules.length, 1)];
    if (rule)
      await post(em, { communityId, kind: K.EARN, memberAccountId: accountId, delta: rule.per === 'HOUR' ? rule.points * 2 : rule.points, ruleKey: rule.key });
    if (i % 3 === 0)
      await post(em, {
        communityId,
        kind: K.AWARD,
        memberAccountId: accountId,
        delta: 10 + (i % 4) * 5,
        reason: AWARDS[i % AWARDS.length]!,
        actorAccountId: staff?.account.id ?? null,
      });
  }
  await settleLedger(em);
  for (const [name, pricePoints, stock] of ITEMS) em.create(PointsItem, { communityId, name, pricePoints, stock });
  await em.flush();
}
