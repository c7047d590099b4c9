// Preset demo (`seed --demo --preset <key>`): the grid tree by the preset's own levels (Panzhou's
// 12 grids of buildings, Baoji's grid—居民小组—楼栋, Fengqing's 片区—网格 …), households placed in
// the leaves, the demo grid workers on duty, and special-care members with 包保 and visits.
import type { EntityManager } from '@mikro-orm/postgresql';
import { demoLogin, type DemoSeedContext } from '../../plugins/module-contract';
import { Household, Resident } from '../core/public';
import { Membership } from '../../schema/tenancy/membership.entity';
import { GridUnit } from './unit.entity';
import { GridPlacement } from './placement.entity';
import { GridDuty } from './duty.entity';
import { CareMember, CareVisit } from './care.entity';

interface Level {
  key: string;
  name: string;
}
interface DutyRole {
  key: string;
  level: string;
}
interface Care {
  key: string;
  name: string;
  visitEveryDays: number;
}

const TOP_UNITS: Record<string, number> = { 'panzhou-jinqiu': 12, 'changzhou-135': 10 };
const CN = '一二三四五六七八九十';
const cnNumber = (n: number) => (n <= 10 ? CN[n - 1]! : n < 20 ? `十${CN[n - 11] ?? ''}` : `${CN[Math.floor(n / 10) - 1]}十${CN[(n % 10) - 1] ?? ''}`);

export async function seedPresetGrid(em: EntityManager, communityId: string, demo: DemoSeedContext): Promise<void> {
  if (await em.count(GridUnit, { communityId })) return;
  const levels = demo.settings.levels as Level[];
  const households = await em.find(Household, { communityId }, { orderBy: { number: 'asc' } });
  const buildings = [...new Set(households.map((h) => h.building).filter((b): b is string => !!b))];
  let parents: (GridUnit | null)[] = [null];
  let order = 0;
  for (const [depth, level] of levels.entries()) {
    const units: GridUnit[] = [];
    if (level.key === 'building') {
      buildings.forEach((b, i) => {
        const parent = parents[i % parents.length]!;
        units.push(em.create(GridUnit, { communityId, level: level.key, code: `${parent?.code ?? 'B'}-B${i + 1}`, name: b, parent, sortOrder: ++order }));
      });
    } else {
      const count = depth === 0 ? (TOP_UNITS[demo.preset] ?? 4) : 2;
      for (const parent of parents) {
        for (let i = 1; i <= count; i++) {
          const code = `${parent ? `${parent.code}-` : ''}${level.key.slice(0, 1).toUpperCase()}${i}`;
          units.push(
            em.create(GridUnit, { communityId, level: level.key, code, name: `${parent ? '' : '第'}${cnNumber(i)}${level.name}`, parent, sortOrder: ++order }),
          );
        }
      }
    }
    parents = units;
  }
  const leaves = parents as GridUnit[];
  const byName = new Map(leaves.map((u) => [u.name, u]));
  households.forEach((h, i) =>
    em.create(GridPlacement, { communityId, household: h, unit: (h.building && byName.get(h.building)) || leaves[i % leaves.length]! }),
  );

  const today = new Date().toISOString().slice(0, 10);
  const members = await em.find(Membership, { communityId }, { populate: ['account'] });
  const member = (role: string) => members.find((m) => m.account.login === demoLogin(demo, role));
  const tops = await em.find(GridUnit, { communityId, parent: null }, { orderBy: { sortOrder: 'asc' } });
  const duty = (demo.settings.dutyRoles as DutyRole[]).find((r) => r.level === levels[0]!.key) ?? (demo.settings.dutyRoles as DutyRole[])[0];
  for (const [i, login] of ['grid', 'grid2'].entries()) {
    const m = member(login);
    if (m && duty && tops[i]) em.create(GridDuty, { communityId, unit: tops[i]!, membership: m, role: duty.key, startsOn: today });
  }
  // 老小残困 with a named 包保 person and a recent visit each.
  const cares = demo.settings.careCategories as Care[];
  const elders = await em.find(
    Resident,
    { communityId, relationToHead: '户主', household: { tags: { $contains: ['独居老人户'] } } },
    { limit: 6, orderBy: { name: 'asc' } },
  );
  const carers = [member('volunteer'), member('grid'), member('socialworker')].filter((m): m is Membership => !!m);
  for (const [i, r] of elders.entries()) {
    const category = cares[i % Math.max(1, Math.min(cares.length, 2))]!;
    const responsible = carers[i % carers.length] ?? null;
    const visitedAt = new Date(Date.now() - (i + 1) * 86_400_000);
    const cm = em.create(CareMember, {
      communityId,
      resident: r,
      category: category.key,
      evidence: '社区走访认定（演示数据）',
      startsOn: today,
      responsible,
      visitEveryDays: category.visitEveryDays,
      lastVisitAt: visitedAt,
    });
    em.create(CareVisit, {
      communityId,
      member: cm,
      kind: 'homeVisit',
      visitedAt,
      notes: '入户探访，身体状况良好',
      visitorAccountId: responsible?.account.id ?? null,
      dueOn: visitedAt.toISOString().slice(0, 10),
      onTime: true,
    });
  }
  await em.flush();
}
