// Station actions and the roles that hold them by default (a community may override per role).
import type { LocalizedText, Role } from '../../plugins/module-contract';

const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

export const stationsPermissions = {
  read: t('查看站点、服务与开放时间', 'See stations, services, opening hours and free places'),
  book: t('预约与取消本人预约', 'Book a slot and cancel your own bookings'),
  attend: t('查看预约名单、确认到场', 'See bookings of every resident and record attendance'),
  manage: t('设立和维护站点、服务、开放时间与闭站', 'Create and maintain stations, services, opening hours and closures'),
};

type Action = keyof typeof stationsPermissions;
const resident: Action[] = ['read', 'book'];
const frontline: Action[] = [...resident, 'attend'];
const staff: Action[] = [...frontline, 'manage'];

export const stationsRoleDefaults: Partial<Record<Role, Action[]>> = {
  RESIDENT: resident,
  VOLUNTEER: resident,
  PARTY_MEMBER: resident,
  SOCIAL_ORG_MEMBER: resident,
  COBUILD_UNIT_MEMBER: resident,
  GRID_STAFF: frontline,
  SOCIAL_WORKER: frontline,
  COMMUNITY_STAFF: staff,
  COMMUNITY_ADMIN: staff,
  STREET_ADMIN: ['read'],
  PLATFORM_ADMIN: staff,
};
