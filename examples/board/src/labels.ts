// zh-CN labels for what the API sends as codes. Kinds and categories come from dispatchCatalog
// (each community names its own); statuses and event types are fixed by the schema.
import type { ServiceRequestStatus } from './gql/graphql';

export const STATUS: Record<ServiceRequestStatus, string> = {
  SUBMITTED: '待派单',
  OPEN: '待接单',
  IN_PROGRESS: '办理中',
  ESCALATED: '已上报',
  RESOLVED: '已办结',
  CLOSED: '已关闭',
  CANCELLED: '已撤销',
  REJECTED: '不予受理',
  MERGED: '已合并',
};

/** On the board (the `dispatchBoard` query's statuses); other states leave it. */
export const ACTIVE: ReadonlySet<ServiceRequestStatus> = new Set(['SUBMITTED', 'OPEN', 'IN_PROGRESS', 'ESCALATED']);

export const EVENT: Record<string, string> = {
  'dispatch.RequestCreated': '新民需',
  'dispatch.RequestDispatched': '已派单',
  'dispatch.RequestClaimed': '已接单',
  'dispatch.RequestHandedOver': '已转交',
  'dispatch.RequestNoted': '进展',
  'dispatch.RequestOverdue': '已超期',
  'dispatch.RequestReminder': '办理提醒',
  'dispatch.RequestEscalated': '已上报',
  'dispatch.RequestResolved': '已办结',
  'dispatch.RequestRated': '已评价',
  'dispatch.RequestReopened': '已重启',
  'dispatch.RequestClosed': '已关闭',
  'dispatch.RequestCancelled': '已撤销',
  'dispatch.RequestRejected': '不予受理',
  'dispatch.RequestMerged': '已合并',
};

export const LIVE = { connecting: '连接中…', live: '实时', offline: '已断开，正在重连…' } as const;

const time = new Intl.DateTimeFormat('zh-CN', { month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
export const when = (iso: string) => time.format(new Date(iso));
