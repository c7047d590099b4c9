// Fund actions and the roles that may hold them by default. Role permissions open an action to a
// kind of member; the fund's roster (committee, custodian agents) decides who in fact may take it
// (fund.policy.ts), so e.g. `approve` is open to every member role but works only for committee members.
import type { LocalizedText, Role } from '../../plugins/module-contract';

const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

export const fundPermissions = {
  read: t('查看基金与公示', 'Read funds, donations, requests and statements'),
  manage: t('设立和管理基金', 'Create funds and set their custodian and committee'),
  record: t('登记捐赠（托管方/社区工作者）', 'Record donations, fulfil pledges, refund (custodian or staff)'),
  pledge: t('认捐', 'Pledge a donation as oneself'),
  request: t('申请支出', 'Request disbursements'),
  approve: t('审批支出（管委会成员）', 'Approve or reject requests (committee members)'),
  pay: t('支付（托管方）', 'Pay approved requests (custodian agents)'),
};

type Action = keyof typeof fundPermissions;
const member: Action[] = ['read', 'pledge', 'record', 'approve', 'pay'];
const requester: Action[] = [...member, 'request'];

export const fundRoleDefaults: Partial<Record<Role, Action[]>> = {
  RESIDENT: member,
  VOLUNTEER: member,
  PARTY_MEMBER: member,
  SOCIAL_ORG_MEMBER: member,
  COBUILD_UNIT_MEMBER: member,
  GRID_STAFF: requester,
  SOCIAL_WORKER: requester,
  COMMUNITY_STAFF: requester,
  COMMUNITY_ADMIN: [...requester, 'manage'],
  STREET_ADMIN: ['read'],
  PLATFORM_ADMIN: [...requester, 'manage'],
};
