// Demo volunteers (`seed --demo`, `seed --demo --preset <key>`): registered volunteers in the
// preset's teams (the demo's volunteer and party logins among them), two past activities whose
// shifts were checked in and out with hours confirmed (one disputed and corrected), and an upcoming
// one open for sign-up — an hours ledger that balances (totals = confirmed records + corrections).
// Written through the module's services, without events: points follow real check-outs, not the
// demo. Not run without a demo context.
import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { randomInt } from 'node:crypto';
import { demoLogin, type DemoSeedContext } from '../../plugins/module-contract';
import { Membership } from '../../schema/tenancy/membership.entity';
import { VolunteerActivity, VolunteerMember, VolunteerShift } from './volunteer.entity';
import { checkIn, checkOut, confirmHours, correctHours, signUp } from './volunteer.service';
import type { VolunteerSettings } from './volunteer.settings';

const DAY = 86_400_000;
const OTHERS: [string, string[]][] = [
  ['王秀英', ['助老', '理发']],
  ['陈志强', ['家电维修']],
  ['杨海燕', ['文艺', '手工']],
  ['周文博', ['课业辅导']],
];
const code6 = () => String(randomInt(0, 1_000_000)).padStart(6, '0');

export async function seed(em: EntityManager, communityId: string, demo?: DemoSeedContext): Promise<void> {
  if (!demo || (await em.count(VolunteerMember, { communityId }))) return;
  const settings = demo.settings as unknown as VolunteerSettings;
  const team = (i: number) => settings.teams[i % Math.max(1, settings.teams.length)]?.key;
  const members = await em.find(Membership, { communityId }, { populate: ['account'] });
  const acc = (role: string) => members.find((m) => m.account.login === demoLogin(demo, role))?.account;
  const records: { id: string; name: string }[] = await em.execute(`select id, name from volunteer where community_id = ?`, [communityId]);
  const organizer = acc('staff') ?? acc('admin');

  // The logins first (their own 志愿者 page), then neighbours without a login.
  const people: { name: string; accountId: string | null; skills: string[] }[] = [
    ...(['volunteer', 'party'] as const)
      .map((r) => acc(r))
      .filter((a) => !!a)
      .map((a) => ({ name: a!.displayName.split(' ').pop()!, accountId: a!.id, skills: ['政策宣讲', '助老'] })),
    ...OTHERS.map(([name, skills]) => ({ name, accountId: null, skills })),
  ];
  const vms = people.map((p, i) =>
    em.create(VolunteerMember, {
      communityId,
      name: p.name,
      accountId: p.accountId,
      volunteerRecordId: records.find((r) => r.name === p.name)?.id ?? null,
      teams: [team(i), ...(i === 1 ? [team(i + 1)] : [])].filter((t): t is string => !!t),
      skills: p.skills,
    }),
  );

  const activity = (title: string, description: string, location: string, teamKey: string | undefined, startsAt: Date, hours: number, capacity: number) => {
    const a = em.create(VolunteerActivity, { communityId, title, description, location, team: teamKey ?? null, organizerAccountId: organizer?.id ?? null });
    const s = em.create(VolunteerShift, {
      communityId,
      activityId: a.id,
      startsAt,
      endsAt: new Date(startsAt.getTime() + hours * 3_600_000),
      capacity,
      checkInCode: code6(),
    });
    return s;
  };
  const at = (daysFromNow: number, hour: number) => {
    const d = new Date(Date.now() + daysFromNow * DAY);
    d.setUTCHours(hour - 8, 0, 0, 0); // hour in China time
    return d;
  };
  const cleanUp = activity('楼道环境整治', '清理楼道堆物、张贴文明公约', '各楼栋', team(0), at(-14, 9), 3, 10);
  const elders = activity('高龄老人上门理发', '为行动不便的老人上门理发、量血压', '独居老人家中', team(1), at(-7, 14), 2, 6);
  const upcoming = activity('周末助老助餐', '在助餐点帮老人打饭、陪聊', '社区助餐点', team(0), at(5, 10), 3, 8);
  await em.flush();

  // Past shifts: places taken, checked in and out by the organizer, hours confirmed.
  const rules = { rounding: settings.roundingMinutes, max: settings.maxMinutesPerShift };
  const by = organizer?.id ?? null;
  const hourIds: string[] = [];
  for (const [shift, who] of [
    [cleanUp, vms.slice(0, 5)],
    [elders, [vms[0]!, vms[2]!, vms[3]!]],
  ] as const) {
    for (const [k, m] of who.entries()) {
      const signupId = uuidv7();
      await em.execute(`insert into volunteer_signup (id, community_id, shift_id, member_id, status) values (?, ?, ?, ?, 'CONFIRMED')`, [
        signupId,
        communityId,
        shift.id,
        m.id,
      ]);
      await checkIn(em, communityId, signupId, new Date(shift.startsAt.getTime() + k * 5 * 60_000), by);
      const hoursId = await checkOut(em, communityId, signupId, new Date(shift.endsAt.getTime() - k * 10 * 60_000), by, rules);
      if (by) await confirmHours(em, communityId, hoursId, by);
      hourIds.push(hoursId);
    }
    await em.execute(`update volunteer_shift set signed_up = ? where id = ?`, [who.length, shift.id]);
  }
  // A dispute settled: the first volunteer stayed to the end of the clean-up (a correction, the original kept).
  if (by && hourIds[1]) await correctHours(em, communityId, hourIds[1], 180, '签退时漏扫码，实际服务至活动结束', by);
  // Upcoming: the demo volunteer has signed up.
  await signUp(em, communityId, upcoming.id, vms[0]!.id);
}
