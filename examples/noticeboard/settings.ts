import { defineSettings, z } from 'wushe/sdk';

export const noticeboardSettings = z.object({
  /** Longest title the board accepts. */
  maxTitleLength: z.number().int().min(10).max(200).default(60),
  /** Post a welcome notice when a household file is created. */
  welcomeNewHouseholds: z.boolean().default(true),
});
export type NoticeboardSettings = z.infer<typeof noticeboardSettings>;

/** What the manifest lists and `ctx.settings(NoticeboardSettings)` reads, typed. */
export const NoticeboardSettings = defineSettings('noticeboard', noticeboardSettings, { version: 1 });
