// Codes the venture module's mutations return in `userErrors` (its part of the UserErrorCode enum),
// declared in its manifest. A new refusal: add its code here; the text is its message too, unless
// src/schema/messages.ts has one for the code (`{name}` placeholders are filled from the params).
import type { LocalizedText } from '../../plugins/module-contract';

export const ventureErrorCodes: Record<string, LocalizedText> = {
  CALL_NOT_OPEN: { 'zh-CN': '该创投不在申报期内', en: 'The call does not take applications now' },
  ALREADY_APPLIED: { 'zh-CN': '该社会组织已申报过此创投', en: 'This organization has already applied to this call' },
  BUDGET_OVER_CEILING: { 'zh-CN': '申请金额超过单个项目资助上限', en: "The requested budget is above the call's ceiling" },
  MILESTONES_NOT_SUMMING: { 'zh-CN': '各节点金额之和须等于申请金额', en: 'The milestones must add up to the requested budget' },
  CRITERION_UNKNOWN: { 'zh-CN': '该创投没有此评分项：…', en: 'Unknown scoring criterion: …' },
  NOT_ON_PANEL: { 'zh-CN': '您不是该创投的评审专家', en: "You are not on this call's review panel" },
  SELF_REVIEW: { 'zh-CN': '不能评审本人申报的项目', en: 'You cannot review an application you filed' },
  ALREADY_SCORED: { 'zh-CN': '您已为此申报的该评分项打过分', en: 'You have already scored this criterion of this application' },
  REVIEW_INCOMPLETE: {
    'zh-CN': '评审尚未完成：每位评审专家须为每个申报的每个评分项打分',
    en: 'Every panel member must score every criterion of every application first',
  },
};
