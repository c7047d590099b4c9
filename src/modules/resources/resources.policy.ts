// Pure rules of 三项清单, testable without GraphQL: the project and need state machines, who may
// act on a project (role × ownership), the grid limit of grid workers, survey answer validation
// and the ranking of matching resources.
import { NeedStatus as N, ProjectStatus as P, QuestionKind } from './resources.enums';
import type { QuestionShape } from './survey.entity';
import type { BilingualText } from '../../schema/zod-messages';

// ── Project lifecycle ───────────────────────────────────────────────────────────────────────
export type ProjectAction = 'start' | 'complete' | 'cancel';
export const PROJECT_FROM: Record<ProjectAction, readonly P[]> = {
  start: [P.PLANNED],
  complete: [P.IN_PROGRESS],
  cancel: [P.PLANNED, P.IN_PROGRESS],
};
export const PROJECT_TO: Record<ProjectAction, P> = { start: P.IN_PROGRESS, complete: P.DONE, cancel: P.CANCELLED };
export const projectAllows = (action: ProjectAction, status: P) => PROJECT_FROM[action].includes(status);
/** Milestones change while the project is live. */
export const MILESTONE_EDITABLE: readonly P[] = [P.PLANNED, P.IN_PROGRESS];
/** A need takes a project only while open; a closed or met need stays so. */
export const NEED_MATCHABLE: readonly N[] = [N.OPEN];
export const NEED_CLOSABLE: readonly N[] = [N.OPEN];

// ── Who may act ─────────────────────────────────────────────────────────────────────────────
export interface ResourcesFacts {
  permissions: ReadonlySet<string>;
  /** The viewer owns the project in question. */
  owner?: boolean;
  /** The viewer registered the resource in question. */
  creator?: boolean;
}
const has = (f: ResourcesFacts, p: string) => f.permissions.has(`resources.${p}`);

export type ResourcesAction = 'moveProject' | 'editMilestones' | 'requestFunding' | 'editResource' | 'seeTextAnswers';
export const RESOURCES_RULES: Record<ResourcesAction, (f: ResourcesFacts) => boolean> = {
  moveProject: (f) => has(f, 'manageProjects') || (has(f, 'read') && !!f.owner),
  editMilestones: (f) => has(f, 'manageProjects') || (has(f, 'read') && !!f.owner),
  requestFunding: (f) => has(f, 'requestFunding') && f.permissions.has('fund.request'),
  editResource: (f) => has(f, 'manageResources') || (has(f, 'offer') && !!f.creator),
  // Free-text answers may name people: only those who run surveys read them.
  seeTextAnswers: (f) => has(f, 'manageSurveys'),
};
export const resourcesAllows = (action: ResourcesAction, facts: ResourcesFacts) => RESOURCES_RULES[action](facts);

/** Grid workers record needs only in their own units (and below); staff anywhere. */
export function gridAllowed(staffWide: boolean, unitId: string | null, staffUnits: readonly string[]): boolean {
  if (staffWide) return true;
  return unitId != null && staffUnits.includes(unitId);
}

// ── Survey answers ──────────────────────────────────────────────────────────────────────────
export interface Answer {
  questionKey: string;
  optionKeys: string[];
  text: string | null;
}
/** Null when the answers fit the questions; else the offending question key and why. */
export function answerProblem(questions: readonly QuestionShape[], answers: readonly Answer[]): { key: string; detail: BilingualText } | null {
  const seen = new Set<string>();
  for (const a of answers) {
    const q = questions.find((x) => x.key === a.questionKey);
    if (!q) return { key: a.questionKey, detail: { 'zh-CN': '没有该问题', en: 'unknown question' } };
    if (seen.has(q.key)) return { key: q.key, detail: { 'zh-CN': '重复作答', en: 'answered twice' } };
    seen.add(q.key);
    if (q.kind === QuestionKind.TEXT) {
      if (a.optionKeys.length) return { key: q.key, detail: { 'zh-CN': '填空题不选选项', en: 'a text question takes no options' } };
      if (q.required && !a.text?.trim()) return { key: q.key, detail: { 'zh-CN': '必答', en: 'required' } };
      continue;
    }
    if (a.text) return { key: q.key, detail: { 'zh-CN': '选择题不填文字', en: 'a choice question takes no text' } };
    if (new Set(a.optionKeys).size !== a.optionKeys.length) return { key: q.key, detail: { 'zh-CN': '选项重复', en: 'option repeated' } };
    if (a.optionKeys.some((k) => !q.options.some((o) => o.key === k))) return { key: q.key, detail: { 'zh-CN': '没有该选项', en: 'unknown option' } };
    if (q.kind === QuestionKind.SINGLE && a.optionKeys.length > 1) return { key: q.key, detail: { 'zh-CN': '只能选一项', en: 'one option only' } };
    if (q.required && a.optionKeys.length === 0) return { key: q.key, detail: { 'zh-CN': '必答', en: 'required' } };
  }
  const missing = questions.find((q) => q.required && !seen.has(q.key));
  return missing ? { key: missing.key, detail: { 'zh-CN': '必答', en: 'required' } } : null;
}

// ── Matching ────────────────────────────────────────────────────────────────────────────────
export interface MatchCandidate {
  id: string;
  category: string | null;
  gridUnitId: string | null;
}
export interface MatchNeed {
  category: string;
  gridPath: readonly string[];
}
/** Score of a resource for a need, or null when it does not fit: same category ranks above
 * "any category", a resource of the need's grid (or a unit above it) above a community-wide one;
 * a resource pinned to another grid does not fit. */
export function matchScore(need: MatchNeed, r: MatchCandidate): { score: number; reasons: string[] } | null {
  const reasons: string[] = [];
  let score = 0;
  if (r.category === need.category) {
    score += 2;
    reasons.push('SAME_CATEGORY');
  } else if (r.category === null) {
    reasons.push('ANY_CATEGORY');
  } else return null;
  if (r.gridUnitId === null) reasons.push('COMMUNITY_WIDE');
  else if (need.gridPath.includes(r.gridUnitId)) {
    score += 1;
    reasons.push('SAME_GRID');
  } else return null;
  return { score, reasons };
}
