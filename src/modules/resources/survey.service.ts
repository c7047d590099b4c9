// Answering a need survey once per resident, tallying choice answers in the same transaction, and
// turning chosen options into needs. The unique (survey, account) key makes an answer count once
// however many copies race; tallies move only with a new response row.
import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { UserFacingError } from '../../schema/errors';
import { recordEvent } from '../../plugins/events/record-event';
import { defineStrategy, strategyOf } from '../../plugins/strategies';
import { QuestionKind } from './resources.enums';
import { answerProblem, type Answer } from './resources.policy';
import type { QuestionShape } from './survey.entity';
import { insertNeed, needSubject } from './need.service';
import { NeedSource } from './resources.enums';
import { RESOURCES_EVENTS } from './resources.events';

export interface SurveyAnswers {
  /** Writes the resident's response row (`row`: id, community, survey, account, household, answers) or refuses with RESOURCES_ALREADY_ANSWERED. */
  insert(em: EntityManager, surveyId: string, accountId: string, row: unknown[]): Promise<void>;
}

/** The unique (survey, account) key decides: one insert wins, however many copies race. */
export const SURVEY_ANSWERS = defineStrategy<SurveyAnswers>('resources.surveyAnswers', "How a resident's survey answer is recorded once", {
  async insert(em, _surveyId, _accountId, row) {
    const inserted = await em.execute(
      `insert into resources_survey_response (id, community_id, survey_id, account_id, household_id, answers) values (?, ?, ?, ?, ?, ?::jsonb)
       on conflict (survey_id, account_id) do nothing returning id`,
      row,
    );
    if (!inserted[0]) throw new UserFacingError('RESOURCES_ALREADY_ANSWERED', ['input', 'surveyId']);
  },
});

interface Survey {
  id: string;
  communityId: string;
  questions: QuestionShape[];
}

export async function answerSurvey(em: EntityManager, s: Survey, accountId: string, householdId: string | null, answers: Answer[]): Promise<number> {
  const problem = answerProblem(s.questions, answers);
  if (problem)
    throw new UserFacingError('BAD_USER_INPUT', ['input', 'answers'], {
      detail: { 'zh-CN': `${problem.key}：${problem.detail['zh-CN']}`, en: `${problem.key}: ${problem.detail.en}` },
    });
  const row = [uuidv7(), s.communityId, s.id, accountId, householdId, JSON.stringify(answers)];
  await strategyOf(em, SURVEY_ANSWERS).insert(em, s.id, accountId, row);
  // Counted only while open: the same row lock orders answers against a concurrent close.
  const [c] = await em.execute(
    `update resources_survey set responses_count = responses_count + 1, updated_at = now() where id = ? and status = 'OPEN' returning responses_count`,
    [s.id],
  );
  if (!c) throw new UserFacingError('INVALID_STATE', ['input', 'surveyId'], { state: 'CLOSED' });
  for (const a of answers) {
    const q = s.questions.find((x) => x.key === a.questionKey)!;
    // Option key '' counts the residents who answered the question at all.
    const answered = q.kind === QuestionKind.TEXT ? !!a.text?.trim() : a.optionKeys.length > 0;
    const keys = answered ? ['', ...(q.kind === QuestionKind.TEXT ? [] : a.optionKeys)] : [];
    for (const k of keys) {
      await em.execute(
        `insert into resources_survey_tally (id, community_id, survey_id, question_key, option_key, count) values (?, ?, ?, ?, ?, 1)
         on conflict (survey_id, question_key, option_key) do update set count = resources_survey_tally.count + 1, updated_at = now()`,
        [uuidv7(), s.communityId, s.id, q.key, k],
      );
    }
  }
  recordEvent(em, RESOURCES_EVENTS.SurveyAnswered, {
    communityId: s.communityId,
    subject: { type: 'ResourcesSurvey', id: s.id },
    data: { surveyId: s.id, responsesCount: c.responses_count },
  });
  return c.responses_count;
}

export interface ToNeedItem {
  questionKey: string;
  optionKey: string;
  category: string;
  title: string | null;
}

/** Each chosen option becomes one need (once per survey option), its demand = residents who chose it. */
export async function surveyToNeeds(
  em: EntityManager,
  s: Survey & { gridUnitId: string | null; gridPath: string[] },
  accountId: string | null,
  items: ToNeedItem[],
): Promise<string[]> {
  const tallies: { question_key: string; option_key: string; count: number }[] = await em.execute(
    `select question_key, option_key, count from resources_survey_tally where survey_id = ?`,
    [s.id],
  );
  const ids: string[] = [];
  for (const [i, it] of items.entries()) {
    const q = s.questions.find((x) => x.key === it.questionKey);
    const o = q?.kind !== QuestionKind.TEXT ? q?.options.find((x) => x.key === it.optionKey) : undefined;
    if (!q || !o)
      throw new UserFacingError('BAD_USER_INPUT', ['input', 'items', String(i)], {
        detail: { 'zh-CN': `items.${i}：没有该问题或选项`, en: `items.${i}: unknown question or option` },
      });
    const count = tallies.find((t) => t.question_key === q.key && t.option_key === o.key)?.count ?? 0;
    if (count < 1) throw new UserFacingError('RESOURCES_NOBODY_CHOSE', ['input', 'items', String(i)], { option: o.label });
    const id = await insertNeed(em, {
      communityId: s.communityId,
      category: it.category,
      title: it.title ?? o.label,
      description: `需求调查「${q.text}」：${count} 人选择「${o.label}」`,
      gridUnitId: s.gridUnitId,
      gridPath: s.gridPath,
      source: NeedSource.SURVEY,
      sourceRef: `${s.id}:${q.key}:${o.key}`,
      demandCount: count,
      createdByAccountId: accountId,
    });
    if (!id) throw new UserFacingError('RESOURCES_ALREADY_CONVERTED', ['input', 'items', String(i)], { option: o.label });
    recordEvent(em, RESOURCES_EVENTS.NeedCreated, {
      communityId: s.communityId,
      subject: needSubject(id),
      data: { needId: id, source: NeedSource.SURVEY, surveyId: s.id, category: it.category },
    });
    ids.push(id);
  }
  return ids;
}
