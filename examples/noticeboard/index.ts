// An integrator's plugin: the whole contribution is declared in this one manifest.
import { CORE_EVENTS, defineModule, on } from 'wushe/sdk';
import { NoticePublished } from './notice.events';
import { Notice } from './notice.entity';
import { NoticeResolver } from './notice.resolver';
import { NoticeboardSettings } from './settings';
import { Migration20261122010000_noticeboard_init } from './migrations/Migration20261122010000_noticeboard_init';

export default defineModule({
  key: 'noticeboard',
  name: { 'zh-CN': '社区公告栏', en: 'Notice board' },
  version: '1.0.0',
  coreRange: '^0.1.0',
  entities: [Notice],
  resolvers: [NoticeResolver],
  settings: NoticeboardSettings,
  permissions: {
    read: { 'zh-CN': '查看公告', en: 'Read notices' },
    publish: { 'zh-CN': '发布公告', en: 'Publish notices' },
  },
  roleDefaults: {
    RESIDENT: ['read'],
    VOLUNTEER: ['read'],
    GRID_STAFF: ['read'],
    SOCIAL_WORKER: ['read'],
    COMMUNITY_STAFF: ['read', 'publish'],
    COMMUNITY_ADMIN: ['read', 'publish'],
  },
  events: {
    publishes: [NoticePublished],
    handles: [
      // Cross-module effect through an event, never through core's internals.
      on(CORE_EVENTS.HouseholdCreated, async (event, { em, settingsAs, publish }) => {
        if (!settingsAs(NoticeboardSettings).welcomeNewHouseholds || !event.communityId) return;
        const notice = em.create(Notice, {
          communityId: event.communityId,
          title: '欢迎新住户',
          body: '欢迎入住本社区！有需要请联系网格员。',
          automatic: true,
        });
        publish(NoticePublished, { communityId: event.communityId, subject: { type: 'Notice', id: notice.id }, data: { automatic: true } });
      }),
    ],
  },
  nodes: { Notice: { entity: Notice, permission: 'noticeboard.read' } },
  migrations: [{ name: 'Migration20261122010000_noticeboard_init', class: Migration20261122010000_noticeboard_init }],
});
