// Whom dispatch's events concern (manifest `notifications`): the requester — by her account, or by
// her resident record when staff filed for her — sees her request's whole life in her own feed,
// and is notified when it is dispatched, claimed, resolved or needs her rating again.
import type { NotificationDeclarations, NotificationRule } from '../../plugins/module-contract';
import { DISPATCH_EVENTS } from './dispatch.events';

const requester = [{ field: 'requesterAccountId' }, { field: 'requesterResidentId', audience: 'resident' }];
const t = (zh: string, en: string) => ({ 'zh-CN': zh, en });

/** Feed-only rules (no notification): every other step of her request. */
const feedOnly: NotificationRule[] = (
  ['RequestCreated', 'RequestHandedOver', 'RequestNoted', 'RequestEscalated', 'RequestRated', 'RequestClosed', 'RequestCancelled', 'RequestMerged'] as const
).map((name) => ({ key: `feed${name}`, event: DISPATCH_EVENTS[name].type, to: requester }));

export const dispatchNotifications: NotificationDeclarations = {
  rules: [
    {
      key: 'requestDispatched',
      event: DISPATCH_EVENTS.RequestDispatched.type,
      to: requester,
      notify: {
        title: t('您的诉求已派单', 'Your request was dispatched'),
        body: t('社区已为您的诉求安排办理，请留意进展。', 'The community has routed your request; watch for progress.'),
      },
      channels: ['wechat'],
    },
    {
      key: 'requestClaimed',
      event: DISPATCH_EVENTS.RequestClaimed.type,
      to: requester,
      notify: {
        title: t('您的诉求已有人接单', 'Someone took your request'),
        body: t('您的诉求已被接单，正在办理中。', 'Your request has been taken and is being handled.'),
      },
      channels: ['wechat'],
    },
    {
      key: 'requestResolved',
      event: DISPATCH_EVENTS.RequestResolved.type,
      to: requester,
      notify: {
        title: t('您的诉求已办结', 'Your request was resolved'),
        body: t('您的诉求已办结，欢迎评价办理情况。', 'Your request was resolved; please rate how it went.'),
      },
      channels: ['wechat', 'sms'],
    },
    {
      key: 'requestRejected',
      event: DISPATCH_EVENTS.RequestRejected.type,
      to: requester,
      notify: {
        title: t('您的诉求未予受理', 'Your request was not accepted'),
        body: t('您的诉求未予受理，详情请查看诉求记录。', 'Your request was not accepted; see the request for details.'),
      },
    },
    {
      key: 'requestReopened',
      event: DISPATCH_EVENTS.RequestReopened.type,
      to: requester,
      notify: { title: t('您的诉求已重新办理', 'Your request was reopened'), body: t('您的诉求已重新进入办理。', 'Your request is being handled again.') },
    },
    ...feedOnly,
  ],
};
