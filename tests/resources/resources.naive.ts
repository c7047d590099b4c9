// Negative control of need surveys: look for an earlier answer, then write and count regardless;
// tests/resources/resources.concurrency.test.ts must see a duplicate burst counted more than once.
import { replaceStrategy, type StrategyOverride } from '../../src/plugins/strategies';
import { UserFacingError } from '../../src/schema/errors';
import { SURVEY_ANSWERS } from '../../src/modules/resources/survey.service';

export const naiveResources: StrategyOverride[] = [
  replaceStrategy(SURVEY_ANSWERS, {
    async insert(em, surveyId, accountId, row) {
      const [prior] = await em.execute(`select 1 from resources_survey_response where survey_id = ? and account_id = ?`, [surveyId, accountId]);
      if (prior) throw new UserFacingError('RESOURCES_ALREADY_ANSWERED', ['input', 'surveyId']);
      await new Promise((r) => setTimeout(r, 20));
      await em.execute(
        `insert into resources_survey_response (id, community_id, survey_id, account_id, household_id, answers) values (?, ?, ?, ?, ?, ?::jsonb) on conflict do nothing`,
        row,
      );
    },
  }),
];
