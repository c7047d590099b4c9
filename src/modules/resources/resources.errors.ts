// Codes the resources module's mutations return in `userErrors` (its part of the UserErrorCode enum),
// declared in its manifest. A new refusal: add its code here; the text is also its message
// (`{name}` placeholders are filled from the params, and read as "…" in the schema's documentation).
import type { LocalizedText } from '../../plugins/module-contract';

export const resourcesErrorCodes: Record<string, LocalizedText> = {
  RESOURCES_CATEGORY_UNKNOWN: { 'zh-CN': '本社区没有此需求类别「{category}」', en: 'Unknown need category "{category}"' },
  RESOURCES_GRID_REQUIRED: { 'zh-CN': '网格员登记需求须指定所在网格', en: 'Grid workers must name the grid unit of the need' },
  RESOURCES_ALREADY_ANSWERED: { 'zh-CN': '您已填写过此需求调查', en: 'You have already answered this survey' },
  RESOURCES_NOBODY_CHOSE: { 'zh-CN': '没有居民选择「{option}」，不能转入需求库', en: 'Nobody chose "{option}"; nothing to turn into a need' },
  RESOURCES_ALREADY_CONVERTED: { 'zh-CN': '「{option}」已转入需求库', en: '"{option}" is already in the needs list' },
  RESOURCES_RESOURCE_INACTIVE: { 'zh-CN': '资源已下架，不能用于立项', en: 'The resource is archived and cannot be used in a project' },
  RESOURCES_MILESTONES_OPEN: { 'zh-CN': '还有 {count} 个里程碑未完成', en: '{count} milestone(s) still open' },
};
