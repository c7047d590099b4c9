// Demo 大党委 of a Sanshundian-like community: 72 member units (驻区单位、包联单位、共建单位、
// 物业与社会组织), in the order they joined; the first six chair this year.
import { PartyUnitKind as K } from './party.enums';

export const DEMO_UNITS: [name: string, kind: K][] = [
  ['自治区体育局', K.AGENCY], ['市税务局第二税务分局', K.AGENCY], ['区市场监督管理局', K.AGENCY], ['国网供电公司三顺店供电所', K.STATE_ENTERPRISE],
  ['区人民医院', K.MEDICAL], ['三顺店小学', K.SCHOOL], ['区委组织部', K.AGENCY], ['区民政局', K.AGENCY],
  ['区住房和城乡建设局', K.AGENCY], ['区城市管理综合执法局', K.AGENCY], ['区卫生健康委员会', K.AGENCY], ['区教育局', K.AGENCY],
  ['区人力资源和社会保障局', K.AGENCY], ['区司法局', K.AGENCY], ['区应急管理局', K.AGENCY], ['市生态环境局新城区分局', K.AGENCY],
  ['区交通运输局', K.AGENCY], ['区文化旅游体育局', K.AGENCY], ['区医疗保障局', K.AGENCY], ['区退役军人事务局', K.AGENCY],
  ['区总工会', K.INSTITUTION], ['团区委', K.INSTITUTION], ['区妇联', K.INSTITUTION], ['区科协', K.INSTITUTION],
  ['区残联', K.INSTITUTION], ['区图书馆', K.INSTITUTION], ['区文化馆', K.INSTITUTION], ['区疾病预防控制中心', K.INSTITUTION],
  ['三顺店社区卫生服务中心', K.MEDICAL], ['区中蒙医院', K.MEDICAL], ['区妇幼保健院', K.MEDICAL], ['仁和大药房三顺店店', K.PRIVATE_ENTERPRISE],
  ['三顺店中学', K.SCHOOL], ['区实验幼儿园', K.SCHOOL], ['市第二职业中学', K.SCHOOL], ['新华小学', K.SCHOOL],
  ['三顺店派出所', K.AGENCY], ['交警大队三中队', K.AGENCY], ['消防救援站（特勤站）', K.AGENCY], ['区人民法院三顺店法庭', K.AGENCY],
  ['中国移动三顺店营业厅', K.STATE_ENTERPRISE], ['中国邮政三顺店支局', K.STATE_ENTERPRISE], ['工商银行三顺店支行', K.STATE_ENTERPRISE], ['农业银行新城支行', K.STATE_ENTERPRISE],
  ['建设银行体育场支行', K.STATE_ENTERPRISE], ['中国银行新华大街支行', K.STATE_ENTERPRISE], ['邮储银行三顺店营业所', K.STATE_ENTERPRISE], ['农商银行三顺店分理处', K.STATE_ENTERPRISE],
  ['市燃气公司三顺店服务站', K.STATE_ENTERPRISE], ['市自来水公司营业所', K.STATE_ENTERPRISE], ['市公交公司第三分公司', K.STATE_ENTERPRISE], ['市热力公司三顺店换热站', K.STATE_ENTERPRISE],
  ['联通公司新城营业部', K.STATE_ENTERPRISE], ['电信公司三顺店营业厅', K.STATE_ENTERPRISE], ['三顺店农贸市场', K.PRIVATE_ENTERPRISE], ['维多利超市三顺店店', K.PRIVATE_ENTERPRISE],
  ['金宇物业服务有限公司', K.PRIVATE_ENTERPRISE], ['祥和物业服务有限公司', K.PRIVATE_ENTERPRISE], ['安居物业服务有限公司', K.PRIVATE_ENTERPRISE], ['三顺店商会', K.SOCIAL_ORGANIZATION],
  ['三顺店社工服务中心', K.SOCIAL_ORGANIZATION], ['新城区志愿者协会', K.SOCIAL_ORGANIZATION], ['三顺店老年协会', K.SOCIAL_ORGANIZATION], ['暖心家政服务中心', K.SOCIAL_ORGANIZATION],
  ['体委小区党支部', K.COMMUNITY], ['供电小区党支部', K.COMMUNITY], ['税务小区党支部', K.COMMUNITY], ['医院家属院党支部', K.COMMUNITY],
  ['三顺店第一网格党支部', K.COMMUNITY], ['三顺店第二网格党支部', K.COMMUNITY], ['商务楼宇联合党支部', K.COMMUNITY], ['沿街商户联合党支部', K.PRIVATE_ENTERPRISE],
];

/** Escalation targets (街道吹哨、部门报到): name, kind, dispatch categories answered (empty: any). */
export const DEMO_TARGETS: [name: string, kind: 'STREET' | 'DEPARTMENT' | 'UNIT' | 'UTILITY', categories: string[]][] = [
  ['街道办', 'STREET', []],
  ['住建局', 'DEPARTMENT', ['repair']],
  ['民政局', 'DEPARTMENT', ['care', 'policy']],
  ['城管执法中队', 'DEPARTMENT', ['environment']],
  ['供电局', 'UTILITY', ['repair']],
  ['派出所', 'UNIT', ['dispute']],
];
