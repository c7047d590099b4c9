// Whom council's events concern: a body's members are told a meeting was scheduled
// (`council.body`), and the resident who raised a topic follows it in her own feed and is told
// when it is decided (`council.topicRaiser`). No event data changes: the audiences look up the
// module's own tables.
import type { NotificationDeclarations } from '../../plugins/module-contract';
import { uuidArray } from '../../db/sql';
import { COUNCIL_EVENTS } from './council.events';

const t = (zh: string, en: string) => ({ 'zh-CN': zh, en });
const raiser = [{ field: 'topicId', audience: 'council.topicRaiser' }];

export const councilNotifications: NotificationDeclarations = {
  audiences: {
    body: {
      accounts: async (em, communityId, ids) =>
        (
          await em.execute<{ account_id: string }[]>(
            'select distinct account_id from council_member where community_id = ? and body_id = any(?::uuid[]) and ended_at is null',
            [communityId, uuidArray(ids)],
          )
        ).map((r) => r.account_id),
      of: async (em, communityId, accountId) =>
        (
          await em.execute<{ body_id: string }[]>(
            'select distinct body_id from council_member where community_id = ? and account_id = ? and ended_at is null',
            [communityId, accountId],
          )
        ).map((r) => r.body_id),
    },
    topicRaiser: {
      accounts: async (em, communityId, ids) =>
        (
          await em.execute<{ raised_by_account_id: string }[]>(
            'select distinct raised_by_account_id from council_topic where community_id = ? and id = any(?::uuid[]) and raised_by_account_id is not null',
            [communityId, uuidArray(ids)],
          )
        ).map((r) => r.raised_by_account_id),
      of: async (em, communityId, accountId) =>
        (await em.execute<{ id: string }[]>('select id from council_topic where community_id = ? and raised_by_account_id = ?', [communityId, accountId])).map(
          (r) => r.id,
        ),
    },
  },
  rules: [
    {
      key: 'meetingScheduled',
      event: COUNCIL_EVENTS.MeetingScheduled.type,
      to: [{ field: 'bodyId', audience: 'council.body' }],
      notify: {
        title: t('议事会议已安排', 'A council meeting was scheduled'),
        body: t('您所在的议事机构安排了会议，请按时参加。', 'Your council body scheduled a meeting; please attend.'),
      },
      channels: ['wechat'],
    },
    {
      key: 'topicDecided',
      event: COUNCIL_EVENTS.TopicDecided.type,
      to: raiser,
      notify: {
        title: t('您提出的议题已有决定', 'Your topic was decided'),
        body: t('您提出的议题已经表决，欢迎查看结果并评议。', 'The topic you raised was decided; see the result and evaluate it.'),
      },
    },
    { key: 'feedTopicRaised', event: COUNCIL_EVENTS.TopicRaised.type, to: raiser },
    { key: 'feedTopicStatusChanged', event: COUNCIL_EVENTS.TopicStatusChanged.type, to: raiser },
    { key: 'feedTopicEscalated', event: COUNCIL_EVENTS.TopicEscalated.type, to: raiser },
  ],
};
