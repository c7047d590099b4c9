// GraphQL enums of the council, each value with its Chinese term.
import { registerEnumType } from 'type-graphql';

export enum CouncilMemberRole {
  CHAIR = 'CHAIR',
  REPRESENTATIVE = 'REPRESENTATIVE',
  OBSERVER = 'OBSERVER',
}
registerEnumType(CouncilMemberRole, {
  name: 'CouncilMemberRole',
  description: '议事会职务 — role of a member in a council body',
  valuesConfig: {
    CHAIR: { description: '召集人 — chair, convenes the body (votes)' },
    REPRESENTATIVE: { description: '议事代表 — representative (votes)' },
    OBSERVER: { description: '列席 — observer (discusses, does not vote)' },
  },
});

export enum CouncilConstituency {
  RESIDENT_REP = 'RESIDENT_REP',
  OWNER_REP = 'OWNER_REP',
  SELF_GOVERNANCE_ORG = 'SELF_GOVERNANCE_ORG',
  SOCIAL_ORG = 'SOCIAL_ORG',
  SOCIAL_WORKER = 'SOCIAL_WORKER',
  VOLUNTEER = 'VOLUNTEER',
  CHARITY = 'CHARITY',
  PARTY = 'PARTY',
  OTHER = 'OTHER',
}
registerEnumType(CouncilConstituency, {
  name: 'CouncilConstituency',
  description: '代表类别 — whom a council member speaks for',
  valuesConfig: {
    RESIDENT_REP: { description: "居民代表 — residents' representative" },
    OWNER_REP: { description: "业主代表 — owners' representative" },
    SELF_GOVERNANCE_ORG: { description: '自治组织负责人 — head of a self-governing organization (业委会、居民小组)' },
    SOCIAL_ORG: { description: '社会组织负责人 — head of a social organization' },
    SOCIAL_WORKER: { description: '社会工作者 — social worker' },
    VOLUNTEER: { description: "志愿者代表 — volunteers' representative" },
    CHARITY: { description: '慈善组织代表 — charity organization' },
    PARTY: { description: "党员代表 — party members' representative" },
    OTHER: { description: '其他 — other' },
  },
});

export enum CouncilTopicStatus {
  RAISED = 'RAISED',
  REJECTED = 'REJECTED',
  DISCUSSING = 'DISCUSSING',
  VOTING = 'VOTING',
  NOT_PASSED = 'NOT_PASSED',
  CARRYING_OUT = 'CARRYING_OUT',
  EVALUATING = 'EVALUATING',
  CLOSED = 'CLOSED',
}
registerEnumType(CouncilTopicStatus, {
  name: 'CouncilTopicStatus',
  description: '议题状态 — where a topic stands in the 五民 lifecycle',
  valuesConfig: {
    RAISED: { description: '民事民提 — raised, awaiting screening by the body' },
    REJECTED: { description: '未受理 — screened out, with a reason' },
    DISCUSSING: { description: '民事民议 — under discussion' },
    VOTING: { description: '民事民决 — a vote is open' },
    NOT_PASSED: { description: '未通过 — the vote did not pass' },
    CARRYING_OUT: { description: '民事民办 — decided, being carried out' },
    EVALUATING: { description: '民事民评 — done, residents evaluate the outcome' },
    CLOSED: { description: '已办结 — finished' },
  },
});

export enum CouncilStep {
  raise = 'raise',
  discuss = 'discuss',
  decide = 'decide',
  carryOut = 'carryOut',
  evaluate = 'evaluate',
}
registerEnumType(CouncilStep, {
  name: 'CouncilStep',
  description: '五民步骤 — a step of the 五民工作法',
  valuesConfig: {
    raise: { description: '民事民提 — raise' },
    discuss: { description: '民事民议 — discuss' },
    decide: { description: '民事民决 — decide by vote' },
    carryOut: { description: '民事民办 — carry out' },
    evaluate: { description: '民事民评 — evaluate' },
  },
});

export enum CouncilTopicSource {
  RESIDENT = 'RESIDENT',
  DISPATCH = 'DISPATCH',
}
registerEnumType(CouncilTopicSource, {
  name: 'CouncilTopicSource',
  description: '议题来源 — where a topic came from',
  valuesConfig: {
    RESIDENT: { description: '居民提出 — raised by a resident or member' },
    DISPATCH: { description: '期望单转入 — from a dispatch expectation request (期望单)' },
  },
});

export enum CouncilChannel {
  ONLINE = 'ONLINE',
  IN_PERSON = 'IN_PERSON',
}
registerEnumType(CouncilChannel, {
  name: 'CouncilChannel',
  description: '参与方式 — online or in person',
  valuesConfig: {
    ONLINE: { description: '线上 — online (掌上议事)' },
    IN_PERSON: { description: '现场 — in person, recorded by staff' },
  },
});

export enum CouncilVoteStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(CouncilVoteStatus, {
  name: 'CouncilVoteStatus',
  description: '表决状态 — whether a vote takes ballots',
  valuesConfig: { OPEN: { description: '表决中 — open' }, CLOSED: { description: '已结束 — closed, result final' } },
});

export enum CouncilMeetingKind {
  SCHEDULED = 'SCHEDULED',
  AD_HOC = 'AD_HOC',
}
registerEnumType(CouncilMeetingKind, {
  name: 'CouncilMeetingKind',
  description: '会议类型 — regular or ad hoc',
  valuesConfig: { SCHEDULED: { description: '例会 — scheduled by the cadence' }, AD_HOC: { description: '临时会议 — ad hoc' } },
});

export enum CouncilMeetingStatus {
  SCHEDULED = 'SCHEDULED',
  CLOSED = 'CLOSED',
}
registerEnumType(CouncilMeetingStatus, {
  name: 'CouncilMeetingStatus',
  description: '会议状态 — scheduled or held and closed',
  valuesConfig: { SCHEDULED: { description: '待召开 — scheduled' }, CLOSED: { description: '已召开 — held, minutes and report filed' } },
});

export enum CouncilDocumentKind {
  CONVENTION = 'CONVENTION',
  RULES = 'RULES',
}
registerEnumType(CouncilDocumentKind, {
  name: 'CouncilDocumentKind',
  description: '文件类型 — published document of a body',
  valuesConfig: { CONVENTION: { description: "居民公约 — residents' convention" }, RULES: { description: '议事规则 — rules of procedure' } },
});
