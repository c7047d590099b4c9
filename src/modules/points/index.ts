// Module `points` (积分超市): household or personal points accounts on a double-entry,
// append-only ledger; earning rules over other modules' events; staff awards with a second
// approver; the supermarket with atomic redemption; statements and a community report.
import { defineModule, type LocalizedText } from '../../plugins/module-contract';
import { PointsAccountEdgesResolver, PointsAdjustmentEdgesResolver, PointsByGridEdgesResolver } from './points-edges.resolver';
import { PointsAccount, PointsEntry, PointsTransaction } from './points-ledger.entity';
import { PointsAdjustment, PointsItem, PointsRedemption } from './points-shop.entity';
import { PointsAccountResolver, PointsEntryResolver } from './points-account.resolver';
import { PointsItemResolver, PointsRedemptionResolver } from './points-shop.resolver';
import { PointsAdjustResolver } from './points-adjust.resolver';
import { PointsReportResolver } from './points-report.resolver';
import { PointsCatalogResolver } from './points-catalog.resolver';
import { PointsSettings } from './points.settings';
import { pointsEvents } from './points.events';
import { pointsHandlers } from './points.handlers';
import { pointsMetrics } from './points.metrics';
import { pointsParticipation } from './points.participation';
import type * as DemoSeed from './points.demo';
import { Migration20261122130000_points_init } from '../../../migrations/Migration20261122130000_points_init';
import { Migration20261122170000_points_corrections } from '../../../migrations/Migration20261122170000_points_corrections';
import { expirePoints } from './points.jobs';
import { MEMBER_POSTING } from './ledger.service';
import { KEY_CLAIM } from './idempotency.service';
import { STOCK_TAKE } from './redemption.service';
import { SMALL_ADJUSTMENTS } from './adjust-posting.service';
import { pointsErrorCodes } from './points.errors';
import { pointsNotifications } from './points.notifications';
import { Migration20261207083200_points_legacy_pictures } from '../../../migrations/Migration20261207083200_points_legacy_pictures';

const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

export const pointsPermissions = {
  read: t('查看积分超市与本户积分', 'See the supermarket and your own points'),
  redeem: t('兑换商品（本户/本人账户）', 'Redeem items with your own account'),
  manage: t('管理商品、确认领取、积分奖惩、代兑换、查看所有账户', 'Manage items, pickups, awards, redemptions for others and all accounts'),
  approve: t('复核超过阈值的积分奖惩', 'Approve awards and deductions above the threshold'),
  report: t('查看积分报表', 'Read the points report'),
};

export default defineModule({
  key: 'points',
  name: { 'zh-CN': '积分超市', en: 'Points supermarket' },
  description: {
    'zh-CN': '按户或按人的积分台账（复式记账）、积分规则、积分超市兑换与报表',
    en: 'Household or personal points on a double-entry ledger, earning rules, the supermarket and reports',
  },
  version: '0.1.0',
  coreRange: '^0.1.0',
  uses: ['grid'],
  entities: [PointsAccount, PointsTransaction, PointsEntry, PointsItem, PointsRedemption, PointsAdjustment],
  resolvers: [
    PointsAccountResolver,
    PointsEntryResolver,
    PointsItemResolver,
    PointsRedemptionResolver,
    PointsAdjustResolver,
    PointsReportResolver,
    PointsAccountEdgesResolver,
    PointsByGridEdgesResolver,
    PointsAdjustmentEdgesResolver,
    PointsCatalogResolver,
  ],
  settings: PointsSettings,
  permissions: pointsPermissions,
  userErrorCodes: pointsErrorCodes,
  roleDefaults: {
    RESIDENT: ['read', 'redeem'],
    VOLUNTEER: ['read', 'redeem'],
    PARTY_MEMBER: ['read', 'redeem'],
    SOCIAL_ORG_MEMBER: ['read'],
    COBUILD_UNIT_MEMBER: ['read'],
    GRID_STAFF: ['read', 'report'],
    SOCIAL_WORKER: ['read', 'report'],
    COMMUNITY_STAFF: ['read', 'redeem', 'manage', 'report'],
    COMMUNITY_ADMIN: ['read', 'redeem', 'manage', 'approve', 'report'],
    STREET_ADMIN: ['report'],
    PLATFORM_ADMIN: ['read', 'redeem', 'manage', 'approve', 'report'],
  },
  events: { publishes: pointsEvents, handles: pointsHandlers },
  attachments: { PointsItem: { uploadPermission: 'points.manage' } },
  nodes: {
    // Accounts and redemptions are personal: node(id) shows them to staff only; owners use pointsMyAccount.
    PointsAccount: { entity: PointsAccount, permission: 'points.manage' },
    PointsTransaction: { entity: PointsTransaction, permission: 'points.manage' },
    PointsRedemption: { entity: PointsRedemption, permission: 'points.manage' },
    PointsAdjustment: { entity: PointsAdjustment, permission: 'points.manage' },
    PointsItem: { entity: PointsItem, permission: 'points.read' },
  },
  metrics: pointsMetrics,
  participation: pointsParticipation,
  // Expiry (when a community sets expiryMonths): hourly is fine grained enough for months.
  jobs: [{ name: 'expire', everyMs: 60 * 60_000, run: expirePoints }],
  strategies: [MEMBER_POSTING, KEY_CLAIM, STOCK_TAKE, SMALL_ADJUSTMENTS],
  notifications: pointsNotifications,
  migrations: [
    { name: 'Migration20261122130000_points_init', class: Migration20261122130000_points_init },
    { name: 'Migration20261122170000_points_corrections', class: Migration20261122170000_points_corrections },
    { name: 'Migration20261207083200_points_legacy_pictures', class: Migration20261207083200_points_legacy_pictures },
  ],
  demoSeed: async () => require('./points.demo') as typeof DemoSeed,
});
