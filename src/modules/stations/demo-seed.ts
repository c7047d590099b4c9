// Demo: two stations of the default kind in 金秋社区 (一站一特色), with opening hours and bookable
// services, so a front end has something to book once the module is enabled.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Station, StationService } from './station.entity';

const weekdays = (opens: string, closes: string, days = [1, 2, 3, 4, 5]) => days.map((weekday) => ({ weekday, opens, closes }));

export async function seed(em: EntityManager, communityId: string): Promise<void> {
  if (await em.count(Station, { communityId })) return;
  const hall = em.create(Station, {
    communityId, name: '金秋党群服务站', kind: 'service', address: '金秋小区 1 栋一楼',
    description: '便民服务、党群活动、协商议事、休闲娱乐（演示数据）', features: ['室内锻炼', '法治超市'], phone: '0851-12345678',
    openingHours: [...weekdays('08:30', '12:00', [1, 2, 3, 4, 5, 6]), ...weekdays('14:00', '17:30', [1, 2, 3, 4, 5, 6])],
  });
  const point = em.create(Station, {
    communityId, name: '幸福里党群服务点', kind: 'service', address: '金秋小区 5 栋旁',
    description: '邻近学校：课后服务、读书空间（演示数据）', features: ['课后服务', '读书空间'],
    openingHours: [...weekdays('16:00', '18:00'), ...weekdays('09:00', '17:00', [6, 7])],
  });
  const svc = (station: Station, name: string, category: string, slotMinutes: number, capacity: number) =>
    em.create(StationService, { communityId, stationId: station.id, name, category, slotMinutes, capacity });
  svc(hall, '法律咨询（法治超市）', 'convenience', 30, 2);
  svc(hall, '室内健身', 'leisure', 60, 10);
  svc(hall, '议事室预约', 'deliberation', 120, 1);
  svc(point, '课后服务', 'convenience', 60, 20);
  svc(point, '读书空间', 'leisure', 60, 15);
  await em.flush();
}
