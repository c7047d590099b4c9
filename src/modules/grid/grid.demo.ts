// Demo: the 36 demo households into 2 grids of 3 buildings each (Panzhou's 社区—网格—楼栋—户),
// the `grid` login as 网格员 of the first grid, and two special-care members.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Household, Resident } from '../core/public';
import { Membership } from '../../schema/tenancy/membership.entity';
import { GridUnit } from './unit.entity';
import { GridPlacement } from './placement.entity';
import { GridDuty } from './duty.entity';
import { CareMember } from './care.entity';
import type { DemoSeedContext } from '../../plugins/module-contract';
import { seedPresetGrid } from './preset.demo';

export async function seed(em: EntityManager, communityId: string, demo?: DemoSeedContext): Promise<void> {
  if (demo && !demo.defaultDemo) return seedPresetGrid(em, communityId, demo);
  if (await em.count(GridUnit, { communityId })) return;
  const today = new Date().toISOString().slice(0, 10);
  const grids = [1, 2].map((g) => em.create(GridUnit, { communityId, level: 'grid', code: `G${g}`, name: `第${g === 1 ? '一' : '二'}网格`, sortOrder: g }));
  const buildings = new Map<string, GridUnit>();
  for (let b = 1; b <= 6; b++) {
    buildings.set(
      `${b} 栋`,
      em.create(GridUnit, { communityId, level: 'building', code: `G${b <= 3 ? 1 : 2}-B${b}`, name: `${b} 栋`, parent: grids[b <= 3 ? 0 : 1]!, sortOrder: b }),
    );
  }
  const households = await em.find(Household, { communityId }, { orderBy: { number: 'asc' } });
  for (const h of households) {
    const unit = h.building ? buildings.get(h.building) : undefined;
    if (unit) em.create(GridPlacement, { communityId, household: h, unit });
  }
  const members = await em.find(Membership, { communityId }, { populate: ['account'] });
  const grid = members.find((m) => m.account.login === 'grid');
  if (grid) em.create(GridDuty, { communityId, unit: grids[0]!, membership: grid, role: 'gridWorker', startsOn: today });
  const volunteer = members.find((m) => m.account.login === 'volunteer');
  const elders = await em.find(Resident, { communityId, relationToHead: '户主', household: { building: '1 栋' } }, { orderBy: { birthDate: 'asc' }, limit: 2 });
  for (const [i, r] of elders.entries()) {
    em.create(CareMember, {
      communityId,
      resident: r,
      category: 'elderlyAlone',
      evidence: '社区走访认定（演示数据）',
      startsOn: today,
      responsible: i === 0 ? (volunteer ?? null) : (grid ?? null),
      visitEveryDays: 7,
    });
  }
  await em.flush();
}
