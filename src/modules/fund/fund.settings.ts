// Settings of the community fund: the purposes money may be spent on and the approval rules.
import { z } from 'zod';
import { defineSettings } from '../../plugins/settings';

const purpose = z.object({
  /** Stable key stored on funds and disbursements, e.g. ELDERLY_CHILD. */
  key: z.string().regex(/^[A-Z][A-Z0-9_]{1,39}$/, 'UPPER_SNAKE_CASE key'),
  /** Name shown in statements, e.g. 一老一小. */
  name: z.string().trim().min(1).max(40),
});

export const DEFAULT_PURPOSES = [
  { key: 'ELDERLY_CHILD', name: '一老一小关爱' },
  { key: 'SPECIAL_GROUPS', name: '特殊群体帮扶' },
  { key: 'PROJECT', name: '社区项目（民生微实事）' },
  { key: 'EMERGENCY', name: '临时救助' },
  { key: 'ACTIVITY', name: '社区活动' },
];

export const fundSettings = z
  .object({
    purposes: z.array(purpose).min(1).max(30).default(DEFAULT_PURPOSES),
    approval: z
      .object({
        /** Committee approvals a request at or below the threshold needs (e.g. two members). */
        committeeApprovals: z.number().int().min(1).max(9).default(2),
        /** Amount in fen above which the stricter rule applies. */
        thresholdFen: z.number().int().min(0).max(100_000_000_000).default(500_000),
        /** Committee approvals above the threshold. */
        aboveCommitteeApprovals: z.number().int().min(1).max(9).default(2),
        /** Above the threshold a council vote (council.TopicDecided) must pass as well. */
        aboveRequiresCouncil: z.boolean().default(true),
      })
      .prefault({}),
    /** Prefix of receipt numbers, e.g. JJ → JJ-<fund>-000001. */
    receiptPrefix: z
      .string()
      .regex(/^[A-Z0-9]{0,8}$/)
      .default('JJ'),
  })
  .superRefine((s, ctx) => {
    const keys = s.purposes.map((p) => p.key);
    if (new Set(keys).size !== keys.length) ctx.addIssue({ code: 'custom', path: ['purposes'], message: 'purpose keys must be unique' });
  });
export type FundSettings = z.infer<typeof fundSettings>;

/** The declaration the manifest lists and `ctx.settings(FundSettings)` reads (typed FundSettings). */
export const FundSettings = defineSettings('fund', fundSettings, { version: 1 });

export const purposeName = (s: FundSettings, key: string) => s.purposes.find((p) => p.key === key)?.name ?? key;
