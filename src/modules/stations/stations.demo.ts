// Demo stations of realistic shape for the community's preset (一站一特色): Fengqing's featured
// 党群服务站/点, Changzhou's three sharing stations with services in the five 美好生活共同体, and
// otherwise two stations of the default kind. Idempotent: a community with stations is left alone.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Station, StationService } from './station.entity';
import type { OpeningInterval } from './stations.policy';
import type { DemoSeedContext } from '../../plugins/module-contract';

const days = (opens: string, closes: string, list = [1, 2, 3, 4, 5]): OpeningInterval[] => list.map((weekday) => ({ weekday, opens, closes }));
const OFFICE = [...days('08:30', '12:00', [1, 2, 3, 4, 5, 6]), ...days('14:00', '17:30', [1, 2, 3, 4, 5, 6])];

interface DemoStation {
  name: string;
  kind: string;
  address: string;
  description: string;
  features: string[];
  openingHours: OpeningInterval[];
  services: [name: string, category: string, grouping: string | null, slotMinutes: number, capacity: number][];
}

const DEFAULT: DemoStation[] = [
  {
    name: '金秋党群服务站',
    kind: 'service',
    address: '金秋小区 1 栋一楼',
    description: '便民服务、党群活动、协商议事、休闲娱乐（演示数据）',
    features: ['室内锻炼', '法治超市'],
    openingHours: OFFICE,
    services: [
      ['法律咨询（法治超市）', 'convenience', null, 30, 2],
      ['室内健身', 'leisure', null, 60, 10],
      ['议事室预约', 'deliberation', null, 120, 1],
    ],
  },
  {
    name: '幸福里党群服务点',
    kind: 'service',
    address: '金秋小区 5 栋旁',
    description: '邻近学校：课后服务、读书空间（演示数据）',
    features: ['课后服务', '读书空间'],
    openingHours: [...days('16:00', '18:00'), ...days('09:00', '17:00', [6, 7])],
    services: [
      ['课后服务', 'convenience', null, 60, 20],
      ['读书空间', 'leisure', null, 60, 15],
    ],
  },
];

const FENGQING: DemoStation[] = [
  {
    name: '税务小区党群服务站',
    kind: 'partyStation',
    address: '东城社区税务小区',
    description: '围绕进驻部门特点，突出室内锻炼、法治超市特色（演示数据）',
    features: ['室内锻炼', '法治超市'],
    openingHours: OFFICE,
    services: [
      ['法治超市·法律咨询', 'legal', null, 30, 2],
      ['室内锻炼', 'leisure', null, 60, 12],
      ['矛盾调解', 'deliberation', null, 60, 1],
    ],
  },
  {
    name: '幸福里党群服务点',
    kind: 'partyPoint',
    address: '东城社区幸福里',
    description: '邻近多所学校，突出课后服务、读书空间特色（演示数据）',
    features: ['课后服务', '读书空间'],
    openingHours: [...days('16:00', '18:30'), ...days('09:00', '17:00', [6, 7])],
    services: [
      ['课后服务', 'afterSchool', null, 90, 25],
      ['读书空间', 'leisure', null, 60, 20],
    ],
  },
  {
    name: '滇红党群服务站',
    kind: 'partyStation',
    address: '东城社区滇红路',
    description: '便民服务与党群活动（演示数据）',
    features: ['便民服务', '党员活动'],
    openingHours: OFFICE,
    services: [
      ['便民代办', 'convenience', null, 30, 3],
      ['党员活动室', 'partyActivity', null, 120, 30],
    ],
  },
  {
    name: '书香苑党群服务点',
    kind: 'partyPoint',
    address: '东城社区书香苑',
    description: '协商议事与休闲娱乐（演示数据）',
    features: ['议事室', '棋牌室'],
    openingHours: days('09:00', '21:00', [1, 2, 3, 4, 5, 6, 7]),
    services: [
      ['议事室', 'deliberation', null, 120, 1],
      ['棋牌活动', 'leisure', null, 120, 16],
    ],
  },
];

const CHANGZHOU: DemoStation[] = [
  {
    name: '雕庄技能服务共享站',
    kind: 'skills',
    address: '雕庄街道清溪村党群服务中心',
    description: '居民互教互学（演示数据）',
    features: ['技能互助'],
    openingHours: OFFICE,
    services: [
      ['老少共学手机课', 'skill', 'allAges', 60, 15],
      ['家电维修互助', 'skill', 'convenience', 60, 4],
    ],
  },
  {
    name: '雕庄项目服务共享站',
    kind: 'projects',
    address: '雕庄街道社会组织孵化基地',
    description: '社工与社会组织承接的公益项目（演示数据）',
    features: ['公益项目'],
    openingHours: OFFICE,
    services: [
      ['邻里议事会客厅', 'deliberation', 'deliberation', 120, 12],
      ['公益创投路演', 'project', 'charity', 120, 30],
    ],
  },
  {
    name: '清溪村资源服务共享站',
    kind: 'resources',
    address: '清溪村健康广场',
    description: '闲置物品、场地与慈善资源共享（演示数据）',
    features: ['闲置物品交换', '场地共享'],
    openingHours: days('08:00', '20:00', [1, 2, 3, 4, 5, 6, 7]),
    services: [
      ['闲置物品交换', 'resource', 'charity', 60, 20],
      ['健康广场场地预约', 'resource', 'liveable', 120, 1],
      ['便民理发', 'convenience', 'convenience', 30, 1],
    ],
  },
];

const PANZHOU: DemoStation[] = [
  {
    name: '金秋社区党群服务中心',
    kind: 'partyCenter',
    address: '金秋安置小区 1 栋一楼',
    description: '集 17 个功能室为一体，就业、医保、社保窗口“一站式”服务（演示数据）',
    features: ['17 个功能室', '机关干部驻点'],
    openingHours: OFFICE,
    services: [
      ['就业服务窗口', 'employment', null, 30, 2],
      ['医保服务窗口', 'medicalInsurance', null, 30, 2],
      ['社保服务窗口', 'socialSecurity', null, 30, 2],
      ['议事室预约', 'deliberation', null, 120, 1],
    ],
  },
  {
    name: '金秋社区卫生室',
    kind: 'clinic',
    address: '金秋安置小区 3 栋旁',
    description: '专职医生在点坐诊（演示数据）',
    features: ['专职医生坐诊'],
    openingHours: OFFICE,
    services: [['门诊坐诊', 'medical', null, 20, 3]],
  },
];

const SANSHUNDIAN: DemoStation[] = [
  {
    name: '三顺店社区蜂巢',
    kind: 'hive',
    address: '三顺店社区党群服务中心二楼',
    description: '35 家公益社会组织扎根社区，孵化培育（演示数据）',
    features: ['社会组织孵化', '规范化培训'],
    openingHours: OFFICE,
    services: [
      ['社会组织入驻咨询', 'socialOrg', null, 60, 2],
      ['公益项目对接会', 'socialOrg', null, 120, 20],
    ],
  },
  {
    name: '三顺店社区老年大学',
    kind: 'seniorCollege',
    address: '三顺店社区活动中心',
    description: '16 支文艺团队每周轮流学习、排练（演示数据）',
    features: ['文艺团队', '社区乌兰牧骑'],
    openingHours: days('09:00', '17:00', [1, 2, 3, 4, 5]),
    services: [
      ['合唱排练', 'course', null, 120, 30],
      ['书法课', 'course', null, 90, 20],
    ],
  },
  {
    name: '居家养老服务中心',
    kind: 'elderCare',
    address: '体委小区 2 栋',
    description: '“2+X+N”社区养老服务（演示数据）',
    features: ['助餐', '医养结合'],
    openingHours: OFFICE,
    services: [['老年助餐', 'elderCare', null, 60, 30]],
  },
  {
    name: '物业服务红色驿站',
    kind: 'redPost',
    address: '体委小区南门',
    description: '专业物业与社区准物业相结合（演示数据）',
    features: ['红色业委会'],
    openingHours: OFFICE,
    services: [
      ['报修登记', 'convenience', null, 30, 2],
      ['业委会议事', 'deliberation', null, 120, 1],
    ],
  },
];

/** Demo stations by preset key (`default` for any other, and for the default demo). */
export const DEMO_STATIONS: Record<string, DemoStation[]> = {
  default: DEFAULT,
  'panzhou-jinqiu': PANZHOU,
  'fengqing-114': FENGQING,
  sanshundian: SANSHUNDIAN,
  'changzhou-135': CHANGZHOU,
};

/** `demo` names the preset on `seed --demo --preset`; the default demo (金秋社区) keeps the default stations its tests build on. */
export async function seed(em: EntityManager, communityId: string, demo?: DemoSeedContext): Promise<void> {
  if (await em.count(Station, { communityId })) return;
  for (const d of DEMO_STATIONS[demo && !demo.defaultDemo ? demo.preset : 'default'] ?? DEFAULT) {
    const st = em.create(Station, {
      communityId,
      name: d.name,
      kind: d.kind,
      address: d.address,
      description: d.description,
      features: d.features,
      openingHours: d.openingHours,
    });
    for (const [name, category, grouping, slotMinutes, capacity] of d.services) {
      em.create(StationService, { communityId, stationId: st.id, name, category, grouping, slotMinutes, capacity });
    }
  }
  await em.flush();
}
