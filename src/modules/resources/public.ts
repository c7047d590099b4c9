// What other modules may use of 三项清单: event definitions (the funding request's data among them) and the
// global id types.
/** Definitions of 三项清单's events (`on(RESOURCES_EVENTS.ProjectFundingRequested, …)` in a handler). */
export { RESOURCES_EVENTS } from './resources.events';

export const RESOURCES_NEED_TYPE = 'ResourcesNeed';
export const RESOURCES_PROJECT_TYPE = 'ResourcesProject';
export const RESOURCES_RESOURCE_TYPE = 'ResourcesResource';
export const RESOURCES_SURVEY_TYPE = 'ResourcesSurvey';
