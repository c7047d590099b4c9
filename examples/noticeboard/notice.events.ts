// The plugin's one event: a notice was published (by staff, or automatically for a new household).
import { defineEvent, z } from 'wushe/sdk';

export const NoticePublished = defineEvent('noticeboard.NoticePublished', z.object({ automatic: z.boolean().optional() }), {
  description: { 'zh-CN': '公告已发布', en: 'Notice published' },
  permission: 'noticeboard.read',
});
