// What other modules may use of 三项清单: event type names, the funding request's data and the
// global id types.
export const RESOURCES_EVENTS = {
  NeedCreated: 'resources.NeedCreated',
  NeedMet: 'resources.NeedMet',
  ProjectCompleted: 'resources.ProjectCompleted',
  /** A project asks the fund for a disbursement; data: ProjectFundingRequested. */
  ProjectFundingRequested: 'resources.ProjectFundingRequested',
} as const;

/** `resources.ProjectFundingRequested` data. The disbursement id is chosen by the project, so every
 * later fund event about it (approved, paid …) finds the project without a lookup table. */
export interface ProjectFundingRequested {
  projectId: string;
  disbursementId: string;
  fundId: string;
  amountFen: number;
  purpose: string;
  payee: string;
  title: string;
  requesterAccountId: string;
  councilTopicId: string | null;
}

export const RESOURCES_NEED_TYPE = 'ResourcesNeed';
export const RESOURCES_PROJECT_TYPE = 'ResourcesProject';
export const RESOURCES_RESOURCE_TYPE = 'ResourcesResource';
export const RESOURCES_SURVEY_TYPE = 'ResourcesSurvey';
