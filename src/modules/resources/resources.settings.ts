// Settings of 三项清单: the need categories a community sorts its 需求库 by, and which other
// modules' events feed the 需求库 (dispatch 期望单, decided council topics).
import { z } from 'zod';
import { defineSettings } from '../../plugins/settings';

const key = z.string().regex(/^[a-z][a-zA-Z0-9]{0,30}$/, 'camelCase ASCII key');

const category = z.object({
  key,
  /** Name shown on lists, e.g. 养老为老. */
  name: z.string().trim().min(1).max(30),
});

export const DEFAULT_CATEGORIES: z.infer<typeof category>[] = [
  { key: 'elderly', name: '养老为老' },
  { key: 'children', name: '儿童青少年' },
  { key: 'convenience', name: '便民服务' },
  { key: 'health', name: '医疗健康' },
  { key: 'culture', name: '文体活动' },
  { key: 'environment', name: '环境整治' },
  { key: 'facility', name: '设施改造' },
  { key: 'other', name: '其他' },
];

export const resourcesSettings = z
  .object({
    categories: z.array(category).min(1).max(40).default(DEFAULT_CATEGORIES),
    fromDispatch: z
      .object({
        /** Dispatch kind keys whose new requests become needs (期望单: projects and policies). */
        kinds: z.array(key).max(20).default(['expectation']),
        /** Category the new need gets (staff re-sort it later). */
        category: key.default('other'),
      })
      .prefault({}),
    fromCouncil: z
      .object({
        /** A passed council topic (民事民决) becomes a need to be matched with resources. */
        enabled: z.boolean().default(true),
        category: key.default('other'),
      })
      .prefault({}),
  })
  .superRefine((s, ctx) => {
    const keys = s.categories.map((c) => c.key);
    if (new Set(keys).size !== keys.length) ctx.addIssue({ code: 'custom', path: ['categories'], message: 'category keys must be unique' });
    for (const [path, k] of [
      ['fromDispatch', s.fromDispatch.category],
      ['fromCouncil', s.fromCouncil.category],
    ] as const) {
      if (!keys.includes(k)) ctx.addIssue({ code: 'custom', path: [path, 'category'], message: 'must be one of the categories' });
    }
  });
export type ResourcesSettings = z.infer<typeof resourcesSettings>;

/** The declaration the manifest lists and `ctx.settings(ResourcesSettings)` reads (typed ResourcesSettings). */
export const ResourcesSettings = defineSettings('resources', resourcesSettings, { version: 1 });

export const categoryName = (s: ResourcesSettings, key: string) => s.categories.find((c) => c.key === key)?.name ?? key;
