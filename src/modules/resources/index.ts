// Module `resources` (三项清单): 需求库 (needs from surveys, dispatch 期望单, council decisions and
// staff), 资源库 (what member units, social organizations and charity resources offer), 项目清单
// (a need matched with resources becomes a project with owner, budget, milestones and optional
// fund money through events), matching suggestions, and need surveys.
import { defineModule } from '../../plugins/module-contract';
import {
  ResourcesNeedEdgesResolver,
  ResourcesProjectEdgesResolver,
  ResourcesResourceEdgesResolver,
  ResourcesSurveyEdgesResolver,
} from './resources-edges.resolver';
import { ResourcesNeed } from './need.entity';
import { ResourcesResource } from './resource.entity';
import { ResourcesMilestone, ResourcesProject, ResourcesProjectResource } from './project.entity';
import { ResourcesSurvey, ResourcesSurveyResponse, ResourcesSurveyTally } from './survey.entity';
import { NeedResolver } from './need.resolver';
import { ResourceResolver } from './resource.resolver';
import { ProjectResolver, ProjectResourceResolver } from './project.resolver';
import { SurveyResolver } from './survey.resolver';
import { ResourcesSettings } from './resources.settings';
import { resourcesPermissions, resourcesRoleDefaults } from './resources.permissions';
import { resourcesEvents } from './resources.events';
import { resourcesHandlers } from './resources.handlers';
import { resourcesMetrics } from './resources.metrics';
import { resourcesParticipation } from './resources.participation';
import type * as DemoSeed from './resources.demo';
import { Migration20261122220000_resources_init } from '../../../migrations/Migration20261122220000_resources_init';
import { SURVEY_ANSWERS } from './survey.service';
import { resourcesErrorCodes } from './resources.errors';
import { GridVisitFindingNeedResolver } from './visit-finding.resolver';
import { Migration20261207120300_resources_organization_provider } from '../../../migrations/Migration20261207120300_resources_organization_provider';
import { OrganizationResourcesResolver } from './organization.resolver';
import { Migration20261207091200_resources_visit_findings } from '../../../migrations/Migration20261207091200_resources_visit_findings';

export default defineModule({
  key: 'resources',
  name: { 'zh-CN': '三项清单', en: 'Needs, resources and projects' },
  description: {
    'zh-CN': '三项清单：需求库（需求调查、期望单、议事决定）、资源库（成员单位、社会组织、慈善资源）、项目清单（对接立项、里程碑、基金支出）',
    en: 'Needs (surveys, expectation requests, council decisions), resources (member units, social organizations, charity), projects (matching, milestones, fund money)',
  },
  version: '0.1.0',
  coreRange: '^0.1.0',
  uses: ['council', 'dispatch', 'fund', 'grid'],
  entities: [
    ResourcesNeed,
    ResourcesResource,
    ResourcesProject,
    ResourcesProjectResource,
    ResourcesMilestone,
    ResourcesSurvey,
    ResourcesSurveyResponse,
    ResourcesSurveyTally,
  ],
  resolvers: [
    NeedResolver,
    ResourceResolver,
    ProjectResolver,
    ProjectResourceResolver,
    SurveyResolver,
    ResourcesNeedEdgesResolver,
    ResourcesResourceEdgesResolver,
    ResourcesSurveyEdgesResolver,
    ResourcesProjectEdgesResolver,
    GridVisitFindingNeedResolver,
    OrganizationResourcesResolver,
  ],
  settings: ResourcesSettings,
  permissions: resourcesPermissions,
  roleDefaults: resourcesRoleDefaults,
  userErrorCodes: resourcesErrorCodes,
  events: { publishes: resourcesEvents, handles: resourcesHandlers },
  nodes: {
    ResourcesNeed: { entity: ResourcesNeed, permission: 'resources.read' },
    ResourcesResource: { entity: ResourcesResource, permission: 'resources.read' },
    ResourcesProject: { entity: ResourcesProject, permission: 'resources.read' },
    ResourcesMilestone: { entity: ResourcesMilestone, permission: 'resources.read' },
    ResourcesSurvey: { entity: ResourcesSurvey, permission: 'resources.read' },
  },
  metrics: resourcesMetrics,
  participation: resourcesParticipation,
  strategies: [SURVEY_ANSWERS],
  migrations: [
    { name: 'Migration20261122220000_resources_init', class: Migration20261122220000_resources_init },
    { name: 'Migration20261207091200_resources_visit_findings', class: Migration20261207091200_resources_visit_findings },
    { name: 'Migration20261207120300_resources_organization_provider', class: Migration20261207120300_resources_organization_provider },
  ],
  demoSeed: async () => require('./resources.demo') as typeof DemoSeed,
});
