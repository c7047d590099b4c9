// Enums of 三项清单, each value described with its Chinese term.
import { registerEnumType } from 'type-graphql';

export enum NeedSource {
  SURVEY = 'SURVEY',
  DISPATCH_REQUEST = 'DISPATCH_REQUEST',
  COUNCIL_TOPIC = 'COUNCIL_TOPIC',
  STAFF = 'STAFF',
  GRID_VISIT = 'GRID_VISIT',
}
registerEnumType(NeedSource, {
  name: 'ResourcesNeedSource',
  description: '需求来源 — where a need came from',
  valuesConfig: {
    SURVEY: { description: '需求调查 — aggregated answers of a need survey' },
    DISPATCH_REQUEST: { description: '期望单 — a dispatch expectation request (projects and policies)' },
    COUNCIL_TOPIC: { description: '议事决定 — a topic the council decided' },
    STAFF: { description: '走访登记 — recorded by staff (visits, 收集梳理)' },
    GRID_VISIT: { description: '入户走访发现 — a finding of a grid worker’s household visit, referred in one step' },
  },
});

export enum NeedStatus {
  OPEN = 'OPEN',
  MATCHED = 'MATCHED',
  MET = 'MET',
  CLOSED = 'CLOSED',
}
registerEnumType(NeedStatus, {
  name: 'ResourcesNeedStatus',
  description: '需求状态 — state of a need',
  valuesConfig: {
    OPEN: { description: '待对接 — waiting for resources' },
    MATCHED: { description: '已立项 — matched with resources in a project' },
    MET: { description: '已满足 — its project is done' },
    CLOSED: { description: '已关闭 — closed without a project, with a reason' },
  },
});

export enum ResourceKind {
  SKILL = 'SKILL',
  VENUE = 'VENUE',
  GOODS = 'GOODS',
  MONEY = 'MONEY',
  TIME = 'TIME',
}
registerEnumType(ResourceKind, {
  name: 'ResourcesResourceKind',
  description: '资源类型 — what a resource offers',
  valuesConfig: {
    SKILL: { description: '技能 — skills (义诊, 法律咨询, 维修 …)' },
    VENUE: { description: '场地 — a venue (会议室, 活动室 …)' },
    GOODS: { description: '物资 — goods' },
    MONEY: { description: '资金 — money' },
    TIME: { description: '时间 — volunteer time' },
  },
});

export enum ProviderType {
  COBUILDING_UNIT = 'COBUILDING_UNIT',
  SOCIAL_ORGANIZATION = 'SOCIAL_ORGANIZATION',
  CHARITY_RESOURCE = 'CHARITY_RESOURCE',
  ORGANIZATION = 'ORGANIZATION',
}
registerEnumType(ProviderType, {
  name: 'ResourcesProviderType',
  description: '提供方类型 — which five-forces registry the provider is in',
  valuesConfig: {
    COBUILDING_UNIT: { description: '成员单位/共建单位 — a 大党委 member unit or co-building unit' },
    SOCIAL_ORGANIZATION: { description: '社会组织 — a social organization' },
    CHARITY_RESOURCE: { description: '慈善资源 — a charity resource (business, 商会, individual …)' },
    ORGANIZATION: { description: '组织 — an organisation by its identity (e.g. a 大党委 member unit, without registering it again)' },
  },
});
export const PROVIDER_GLOBAL_TYPE: Record<ProviderType, 'CobuildingUnit' | 'SocialOrganization' | 'CharityResource' | 'Organization'> = {
  COBUILDING_UNIT: 'CobuildingUnit',
  SOCIAL_ORGANIZATION: 'SocialOrganization',
  CHARITY_RESOURCE: 'CharityResource',
  ORGANIZATION: 'Organization',
};

export enum ProjectStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(ProjectStatus, {
  name: 'ResourcesProjectStatus',
  description: '项目状态 — state of a project',
  valuesConfig: {
    PLANNED: { description: '已立项 — planned, not yet started' },
    IN_PROGRESS: { description: '实施中 — in progress' },
    DONE: { description: '已完成 — done (every milestone done)' },
    CANCELLED: { description: '已撤销 — cancelled with a reason; the need is open again' },
  },
});

export enum FundingStatus {
  NONE = 'NONE',
  REQUESTED = 'REQUESTED',
  APPROVED = 'APPROVED',
  PAID = 'PAID',
  REJECTED = 'REJECTED',
  CANCELLED = 'CANCELLED',
  REFUSED = 'REFUSED',
}
registerEnumType(FundingStatus, {
  name: 'ResourcesFundingStatus',
  description: "资金申请状态 — the project's fund disbursement as learnt from the fund's events",
  valuesConfig: {
    NONE: { description: '未申请 — no fund disbursement requested' },
    REQUESTED: { description: '审批中 — requested from the fund, awaiting approval' },
    APPROVED: { description: '已批准 — approved, awaiting payment' },
    PAID: { description: '已拨付 — paid out' },
    REJECTED: { description: '已驳回 — rejected by the committee or the council' },
    CANCELLED: { description: '已撤回 — cancelled in the fund' },
    REFUSED: { description: '未受理 — the fund refused to open the request (its rules, see fundingError)' },
  },
});

export enum QuestionKind {
  SINGLE = 'SINGLE',
  MULTIPLE = 'MULTIPLE',
  TEXT = 'TEXT',
}
registerEnumType(QuestionKind, {
  name: 'ResourcesQuestionKind',
  description: '题型 — kind of a survey question',
  valuesConfig: {
    SINGLE: { description: '单选 — one option' },
    MULTIPLE: { description: '多选 — any number of options' },
    TEXT: { description: '填空 — free text' },
  },
});

export enum SurveyStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(SurveyStatus, {
  name: 'ResourcesSurveyStatus',
  description: '调查状态 — state of a need survey',
  valuesConfig: {
    OPEN: { description: '进行中 — residents may answer' },
    CLOSED: { description: '已结束 — no more answers' },
  },
});
