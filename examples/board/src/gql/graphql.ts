/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** 日期时间 — A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** 金额（分）— money as an integer number of fen (1 元 = 100 分), a safe integer, never a float */
  Fen: { input: any; output: any; }
  /** JSON 对象 — The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
};

/** 修改密码 — change my password (the current one is needed) */
export type AccountPasswordChangeInput = {
  /** 当前密码 — my current (or temporary) password */
  currentPassword: Scalars['String']['input'];
  /** 新密码 — the new password (8–200 characters, not the current one) */
  newPassword: Scalars['String']['input'];
};

/** 设置默认社区 — choose the community I land in when I sign in */
export type AccountSetDefaultCommunityInput = {
  /** 社区 — one of my communities */
  community: Scalars['ID']['input'];
};

/** 停用或启用账号 — disable or re-enable a login (platform admin) */
export type AccountSetDisabledInput = {
  /** 停用 — true disables the login and ends its sessions */
  disabled: Scalars['Boolean']['input'];
  /** 账号 — login name */
  login: Scalars['String']['input'];
};

/** 新建接口密钥 — create an API key for an integrator */
export type ApiKeyCreateInput = {
  /** 名称 — what the key is for */
  name: Scalars['String']['input'];
  /** 权限 — permissions, e.g. core.household.read (no wider than yours) */
  permissions: Array<Scalars['String']['input']>;
};

/** 吊销接口密钥 — revoke an API key */
export type ApiKeyRevokeInput = {
  /** 接口密钥 — the key */
  id: Scalars['ID']['input'];
};

/** 操作者类型 — who caused an event */
export type AuditActorKind =
  /** 接口密钥 — an integrator’s API key */
  | 'API_KEY'
  /** 人员 — a signed-in person */
  | 'PERSON'
  /** 系统 — a scheduled job, or recorded before actors were kept */
  | 'SYSTEM';

/** 登录 — login with name or phone and password */
export type AuthLoginInput = {
  /** 社区 — community to act in (needed when you belong to several) */
  community?: InputMaybe<Scalars['ID']['input']>;
  /** 账号 — login name or mobile number */
  login: Scalars['String']['input'];
  /** 密码 — password */
  password: Scalars['String']['input'];
};

/** 退出登录 — revoke a refresh token and its family */
export type AuthLogoutInput = {
  /** 刷新令牌 — the refresh token to revoke */
  refreshToken: Scalars['String']['input'];
};

/** 刷新令牌 — exchange a refresh token for new tokens */
export type AuthRefreshInput = {
  /** 社区 — switch the active community */
  community?: InputMaybe<Scalars['ID']['input']>;
  /** 刷新令牌 — the refresh token (single use, rotated) */
  refreshToken: Scalars['String']['input'];
};

/** 登录状态 — what the signed-in session may do now */
export type AuthState =
  /** 须修改密码 — an administrator reset the password: only accountPasswordChange works until it is changed */
  | 'PASSWORD_CHANGE_REQUIRED'
  /** 已登录 — the session works as the account’s roles allow */
  | 'SIGNED_IN';

/** 慈善资源类型 — kind of charity resource */
export type CharityKind =
  /** 企业 — business */
  | 'BUSINESS'
  /** 商会 — chamber of commerce */
  | 'CHAMBER'
  /** 共建单位 — co-building unit */
  | 'COBUILD_UNIT'
  /** 基金会 — foundation or charity organization */
  | 'FOUNDATION'
  /** 个人 — individual donor */
  | 'INDIVIDUAL'
  /** 其他 — other */
  | 'OTHER';

/** 登记慈善资源 — register a charity resource */
export type CharityResourceCreateInput = {
  /** 在册 — active (false archives the record) */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** 匿名 — anonymous in public statements */
  anonymous?: InputMaybe<Scalars['Boolean']['input']>;
  /** 联系人 — contact person */
  contactName?: InputMaybe<Scalars['String']['input']>;
  /** 联系电话 — contact mobile number */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /** 简介 — description */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 类型 — kind */
  kind?: InputMaybe<CharityKind>;
  /** 名称 — name */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 资源形式 — what it offers */
  offers?: InputMaybe<Array<ResourceForm>>;
};

/** 修改慈善资源 — update a CharityResource */
export type CharityResourceUpdateInput = {
  /** 在册 — active (false archives the record) */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** 匿名 — anonymous in public statements */
  anonymous?: InputMaybe<Scalars['Boolean']['input']>;
  /** 联系人 — contact person */
  contactName?: InputMaybe<Scalars['String']['input']>;
  /** 联系电话 — contact mobile number */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /** 简介 — description */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 慈善资源 — the record */
  id: Scalars['ID']['input'];
  /** 类型 — kind */
  kind?: InputMaybe<CharityKind>;
  /** 名称 — name */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 资源形式 — what it offers */
  offers?: InputMaybe<Array<ResourceForm>>;
};

/** 登记共建单位 — register a co-building unit */
export type CobuildingUnitCreateInput = {
  /** 在册 — active (false archives the record) */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** 联系人 — contact person */
  contactName?: InputMaybe<Scalars['String']['input']>;
  /** 联系电话 — contact mobile number */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /** 简介 — description */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 名称 — name */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 党组织 — party organization */
  partyOrganization?: InputMaybe<Scalars['String']['input']>;
  /** 单位类型 — kind of unit */
  unitType?: InputMaybe<Scalars['String']['input']>;
};

/** 修改共建单位 — update a CobuildingUnit */
export type CobuildingUnitUpdateInput = {
  /** 在册 — active (false archives the record) */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** 联系人 — contact person */
  contactName?: InputMaybe<Scalars['String']['input']>;
  /** 联系电话 — contact mobile number */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /** 简介 — description */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 共建单位 — the record */
  id: Scalars['ID']['input'];
  /** 名称 — name */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 党组织 — party organization */
  partyOrganization?: InputMaybe<Scalars['String']['input']>;
  /** 单位类型 — kind of unit */
  unitType?: InputMaybe<Scalars['String']['input']>;
};

/** 新建社区 — create a community */
export type CommunityCreateInput = {
  /** 简介 — description */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 社区类型 — kind */
  kind?: CommunityKind;
  /** 名称 — name */
  name: Scalars['String']['input'];
  /** 社区模式 — preset key, e.g. panzhou-jinqiu */
  preset?: InputMaybe<Scalars['String']['input']>;
  /** 行政区划代码 — region code (12 digits) */
  regionCode: Scalars['String']['input'];
  /** 所属街道 — street office */
  street?: InputMaybe<Scalars['ID']['input']>;
};

/** 社区类型 — kind of community */
export type CommunityKind =
  /** 农居混居型社区 — mixed rural/urban residents */
  | 'MIXED'
  /** 易地扶贫搬迁安置社区 — poverty-relief relocation community */
  | 'RELOCATION'
  /** 农村社区 — rural community (村) */
  | 'RURAL'
  /** 城市社区 — urban community */
  | 'URBAN';

/** 配置模块 — enable, disable or configure a module in the active community */
export type CommunityModuleConfigureInput = {
  /** 启用 — enable or disable */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** 模块标识 — module key */
  moduleKey: Scalars['String']['input'];
  /** 角色权限 — { ROLE: { grant: [action], revoke: [action] } } */
  rolePermissions?: InputMaybe<Scalars['JSONObject']['input']>;
  /** 设置覆盖 — replaces this community's overrides */
  settings?: InputMaybe<Scalars['JSONObject']['input']>;
};

/** 更换社区模式 — switch the active community to another preset; its data is kept */
export type CommunityPresetApplyInput = {
  /** 保留其他模块 — leave modules the preset does not name enabled (by default they are disabled, their data kept) */
  keepOtherModules?: Scalars['Boolean']['input'];
  /** 保留本社区设置 — keep this community's own overrides of the modules the preset configures (they must validate on the new preset) */
  keepOverrides?: Scalars['Boolean']['input'];
  /** 社区模式 — preset key, e.g. fengqing-114 */
  preset: Scalars['String']['input'];
};

/** 修改社区 — update the active community */
export type CommunityUpdateInput = {
  /** 简介 — description */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 社区类型 — kind */
  kind?: InputMaybe<CommunityKind>;
  /** 名称 — name */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** 列入议程 — put a topic on a meeting's agenda */
export type CouncilAgendaAddInput = {
  /** 会议 — the meeting */
  meetingId: Scalars['ID']['input'];
  /** 议题 — the topic */
  topicId: Scalars['ID']['input'];
};

/** 登记出席 — staff record someone present in person */
export type CouncilAttendanceRecordInput = {
  /** 会议 — the meeting */
  meetingId: Scalars['ID']['input'];
  /** 社区成员 — the person's community membership */
  membershipId: Scalars['ID']['input'];
};

/** 新建议事机构 — create a council body */
export type CouncilBodyCreateInput = {
  /** 网格单元 — grid unit it serves (optional) */
  gridUnitId?: InputMaybe<Scalars['ID']['input']>;
  /** 层级 — level key from the council settings */
  levelKey: Scalars['String']['input'];
  /** 名称 — name */
  name: Scalars['String']['input'];
  /** 上级议事机构 — body one level up that escalations go to */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

/** 参与方式 — online or in person */
export type CouncilChannel =
  /** 现场 — in person, recorded by staff */
  | 'IN_PERSON'
  /** 线上 — online (掌上议事) */
  | 'ONLINE';

/** 隐藏或恢复发言 — hide or restore a comment, with a reason */
export type CouncilCommentModerateInput = {
  /** 发言 — the comment (or 议事群 post) */
  id: Scalars['ID']['input'];
  /** 理由 — why (1–500 characters; kept in the moderation log) */
  reason: Scalars['String']['input'];
};

/** 发言 — post a comment in the discussion (民事民议) */
export type CouncilCommentPostInput = {
  /** 内容 — text */
  text: Scalars['String']['input'];
  /** 议题 — the topic */
  topicId: Scalars['ID']['input'];
};

/** 代表类别 — whom a council member speaks for */
export type CouncilConstituency =
  /** 慈善组织代表 — charity organization */
  | 'CHARITY'
  /** 其他 — other */
  | 'OTHER'
  /** 业主代表 — owners' representative */
  | 'OWNER_REP'
  /** 党员代表 — party members' representative */
  | 'PARTY'
  /** 居民代表 — residents' representative */
  | 'RESIDENT_REP'
  /** 自治组织负责人 — head of a self-governing organization (业委会、居民小组) */
  | 'SELF_GOVERNANCE_ORG'
  /** 社会组织负责人 — head of a social organization */
  | 'SOCIAL_ORG'
  /** 社会工作者 — social worker */
  | 'SOCIAL_WORKER'
  /** 志愿者代表 — volunteers' representative */
  | 'VOLUNTEER';

/** 文件类型 — published document of a body */
export type CouncilDocumentKind =
  /** 居民公约 — residents' convention */
  | 'CONVENTION'
  /** 议事规则 — rules of procedure */
  | 'RULES';

/** 发布文件 — publish a new version of a body's 居民公约 or 议事规则 */
export type CouncilDocumentPublishInput = {
  /** 议事机构 — the body */
  bodyId: Scalars['ID']['input'];
  /** 类型 — 居民公约 or 议事规则 */
  kind: CouncilDocumentKind;
  /** 正文 — full text of this version */
  text: Scalars['String']['input'];
  /** 标题 — title */
  title: Scalars['String']['input'];
};

/** 线上参会 — join a meeting online (members; anyone when online discussion is open) */
export type CouncilMeetingAttendInput = {
  /** 会议 — the meeting */
  meetingId: Scalars['ID']['input'];
};

/** 闭会 — close a meeting with minutes and a report */
export type CouncilMeetingCloseInput = {
  /** 纪要照片 — keys of uploaded photos of the minutes (uploadSlotCreate with ownerKind CouncilMeeting): signed sheets, the meeting */
  attachmentKeys?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 会议 — the meeting */
  id: Scalars['ID']['input'];
  /** 会议纪要 — minutes */
  minutes: Scalars['String']['input'];
  /** 会议报告 — closing report */
  report?: InputMaybe<Scalars['String']['input']>;
};

/** 会议类型 — regular or ad hoc */
export type CouncilMeetingKind =
  /** 临时会议 — ad hoc */
  | 'AD_HOC'
  /** 例会 — scheduled by the cadence */
  | 'SCHEDULED';

/** 安排会议 — schedule a meeting (例会 from the cadence, or 临时会议) */
export type CouncilMeetingScheduleInput = {
  /** 议事机构 — the body */
  bodyId: Scalars['ID']['input'];
  /** 类型 — scheduled or ad hoc */
  kind: CouncilMeetingKind;
  /** 召开时间 — when; a scheduled meeting defaults to the date its cadence asks for */
  scheduledAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** 主题 — title */
  title: Scalars['String']['input'];
  /** 议程 — topics of the body to put on the agenda */
  topicIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** 会议状态 — scheduled or held and closed */
export type CouncilMeetingStatus =
  /** 已召开 — held, minutes and report filed */
  | 'CLOSED'
  /** 待召开 — scheduled */
  | 'SCHEDULED';

/** 增补成员 — give a community member a seat on a body */
export type CouncilMemberAddInput = {
  /** 议事机构 — the body */
  bodyId: Scalars['ID']['input'];
  /** 代表类别 — whom the member speaks for */
  constituency: CouncilConstituency;
  /** 所代表的户 — household represented (户代表) */
  householdId?: InputMaybe<Scalars['ID']['input']>;
  /** 社区成员 — the community membership of the person */
  membershipId: Scalars['ID']['input'];
  /** 职务 — chair, representative or observer */
  role: CouncilMemberRole;
  /** 任期结束 — YYYY-MM-DD */
  termEnd?: InputMaybe<Scalars['String']['input']>;
  /** 任期开始 — YYYY-MM-DD, default today */
  termStart?: InputMaybe<Scalars['String']['input']>;
};

/** 成员卸任 — end a member's seat */
export type CouncilMemberEndInput = {
  /** 成员 — the council member */
  id: Scalars['ID']['input'];
};

/** 议事会职务 — role of a member in a council body */
export type CouncilMemberRole =
  /** 召集人 — chair, convenes the body (votes) */
  | 'CHAIR'
  /** 列席 — observer (discusses, does not vote) */
  | 'OBSERVER'
  /** 议事代表 — representative (votes) */
  | 'REPRESENTATIVE';

/** 五民步骤 — a step of the 五民工作法 */
export type CouncilStep =
  /** 民事民办 — carry out */
  | 'carryOut'
  /** 民事民决 — decide by vote */
  | 'decide'
  /** 民事民议 — discuss */
  | 'discuss'
  /** 民事民评 — evaluate */
  | 'evaluate'
  /** 民事民提 — raise */
  | 'raise';

/** 新增办理事项 — add a task carrying out a decision (民事民办) */
export type CouncilTaskAddInput = {
  /** 期限 — deadline YYYY-MM-DD */
  dueOn: Scalars['String']['input'];
  /** 责任人 — owner as a community membership (optional) */
  ownerMembershipId?: InputMaybe<Scalars['ID']['input']>;
  /** 责任人名称 — owner as shown (required without a membership), e.g. 物业公司 */
  ownerName?: InputMaybe<Scalars['String']['input']>;
  /** 事项 — what is to be done */
  title: Scalars['String']['input'];
  /** 议题 — the decided topic */
  topicId: Scalars['ID']['input'];
};

/** 事项完成 — mark a task done */
export type CouncilTaskDoneInput = {
  /** 办理事项 — the task */
  id: Scalars['ID']['input'];
};

/** 议题推进 — move a topic on: resolve without a vote, finish carrying out, or close the evaluation */
export type CouncilTopicAdvanceInput = {
  /** 议题 — the topic */
  id: Scalars['ID']['input'];
  /** 说明 — note for the history */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** 议题上报 — escalate a topic to the next level up with its history */
export type CouncilTopicEscalateInput = {
  /** 议题 — the topic */
  id: Scalars['ID']['input'];
  /** 说明 — why it goes up */
  note?: InputMaybe<Scalars['String']['input']>;
  /** 上级议事机构 — target body (default: the parent or the only body one level up) */
  targetBodyId?: InputMaybe<Scalars['ID']['input']>;
};

/** 评议 — evaluate the outcome of a topic (民事民评) */
export type CouncilTopicEvaluateInput = {
  /** 意见 — comment */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** 满意度 — 1 (poor) to 5 (very satisfied) */
  rating: Scalars['Int']['input'];
  /** 议题 — the topic */
  topicId: Scalars['ID']['input'];
};

/** 议题排序 — a field and a direction; ties are broken by id in the same direction */
export type CouncilTopicOrder = {
  /** 排序方向 — ascending (default) or descending */
  direction?: OrderDirection;
  /** 排序字段 — the field to order by */
  field: CouncilTopicOrderField;
};

/** 议题排序字段 — what a list of CouncilTopic can be ordered by */
export type CouncilTopicOrderField =
  /** 提出时间 — by when the topic was raised */
  | 'RAISED_AT'
  /** 状态 — by status (its name, then id) */
  | 'STATUS'
  /** 标题 — by title */
  | 'TITLE'
  /** 更新时间 — by the last change */
  | 'UPDATED_AT';

/** 提出议题 — raise a topic (民事民提) */
export type CouncilTopicRaiseInput = {
  /** 照片 — keys of uploaded photos (uploadSlotCreate with ownerKind CouncilTopic), in display order */
  attachmentKeys?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 议事机构 — the body asked to deliberate */
  bodyId: Scalars['ID']['input'];
  /** 内容 — what is proposed and why */
  description: Scalars['String']['input'];
  /** 资金用途 — purpose of the fund request */
  fundPurpose?: InputMaybe<Scalars['String']['input']>;
  /** 申请资金（分）— fund request in fen, if the topic needs money */
  fundRequestFen?: InputMaybe<Scalars['Int']['input']>;
  /** 标题 — title */
  title: Scalars['String']['input'];
};

/** 议题受理 — screen a raised topic */
export type CouncilTopicScreenInput = {
  /** 受理 — true accepts for discussion (民事民议), false screens out */
  accept: Scalars['Boolean']['input'];
  /** 议题 — the topic */
  id: Scalars['ID']['input'];
  /** 理由 — reason (required when screening out) */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** 议题来源 — where a topic came from */
export type CouncilTopicSource =
  /** 期望单转入 — from a dispatch expectation request (期望单) */
  | 'DISPATCH'
  /** 居民提出 — raised by a resident or member */
  | 'RESIDENT';

/** 议题状态 — where a topic stands in the 五民 lifecycle */
export type CouncilTopicStatus =
  /** 民事民办 — decided, being carried out */
  | 'CARRYING_OUT'
  /** 已办结 — finished */
  | 'CLOSED'
  /** 民事民议 — under discussion */
  | 'DISCUSSING'
  /** 民事民评 — done, residents evaluate the outcome */
  | 'EVALUATING'
  /** 未通过 — the vote did not pass */
  | 'NOT_PASSED'
  /** 民事民提 — raised, awaiting screening by the body */
  | 'RAISED'
  /** 未受理 — screened out, with a reason */
  | 'REJECTED'
  /** 民事民决 — a vote is open */
  | 'VOTING';

/** 投票 — cast one's own ballot online */
export type CouncilVoteCastInput = {
  /** 选项序号 — index of the option (0 = 赞成, 1 = 反对, 2 = 弃权 in a yes/no vote) */
  choice: Scalars['Int']['input'];
  /** 表决 — the vote */
  voteId: Scalars['ID']['input'];
};

/** 结束表决 — close a vote and publish the result */
export type CouncilVoteCloseInput = {
  /** 表决 — the vote */
  id: Scalars['ID']['input'];
};

/** 录入现场票 — staff enter a member's in-person ballot */
export type CouncilVoteEnterInput = {
  /** 选项序号 — index of the option */
  choice: Scalars['Int']['input'];
  /** 成员 — the council member who voted in person */
  memberId: Scalars['ID']['input'];
  /** 表决 — the vote */
  voteId: Scalars['ID']['input'];
};

/** 发起表决 — open a vote on a topic under discussion (民事民决) */
export type CouncilVoteOpenInput = {
  /** 截止时间 — ballots are refused after this */
  closesAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** 会议 — the meeting it is held at, if any */
  meetingId?: InputMaybe<Scalars['ID']['input']>;
  /** 选项 — choices; omit for 赞成/反对/弃权 */
  options?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 议题 — the topic */
  topicId: Scalars['ID']['input'];
};

/** 表决状态 — whether a vote takes ballots */
export type CouncilVoteStatus =
  /** 已结束 — closed, result final */
  | 'CLOSED'
  /** 表决中 — open */
  | 'OPEN';

/** 收集渠道 — channel a request arrived by */
export type DispatchChannel =
  /** 手机应用 — app */
  | 'APP'
  /** 云柜 — QR drop box, 24 h */
  | 'CLOUD_LOCKER'
  /** 网格走访 — a grid worker's visit */
  | 'GRID_VISIT'
  /** 12345 热线 — the 12345 hotline platform (Open311 intake) */
  | 'HOTLINE_12345'
  /** 小程序 — mini-program */
  | 'MINI_PROGRAM'
  /** 电话 — phone */
  | 'PHONE'
  /** 来访 — walk-in */
  | 'WALK_IN'
  /** 心愿墙 — the wish wall (微心愿) */
  | 'WISH_WALL';

/** 吹哨对象来源 — where the list of escalation targets comes from */
export type DispatchEscalationSource =
  /** 党建吹哨对象 — the party module's escalation targets (街道吹哨、部门报到) */
  | 'PARTY'
  /** 派单设置部门 — the dispatch setting `departments` (party off or keeping no targets) */
  | 'SETTINGS';

/** 派单方式 — assign one taker or open to a pool */
export type DispatchMode =
  /** 指派 — assign a named taker */
  | 'ASSIGN'
  /** 抢单 — open to every eligible taker of the route to claim (接单) */
  | 'POOL';

/** 派单路径 — the "3+2" route of a request */
export type DispatchRoute =
  /** 共建单位帮办 — co-building units help (期望单) */
  | 'COBUILD_UNITS'
  /** 居民自办 — residents help each other */
  | 'MUTUAL_HELP'
  /** 报到党员领办 — reporting party members take it (心愿单) */
  | 'PARTY_MEMBERS'
  /** 社区党组织主办 — the community party organization handles it (常规单) */
  | 'PARTY_ORGANIZATION';

/** 新建区/县 — create a district or county */
export type DistrictCreateInput = {
  /** 名称 — name, e.g. 盘州市, 凤庆县 */
  name: Scalars['String']['input'];
  /** 行政区划代码 — region code (6–12 digits) */
  regionCode: Scalars['String']['input'];
};

/** 上报对象 — where a request is escalated to */
export type EscalationTarget =
  /** 街道吹哨、部门报到 — a named department or unit */
  | 'DEPARTMENT'
  /** 书记工作室 — the party secretary's studio for hard cases */
  | 'SECRETARY_STUDIO';

/** 新建基金 — create a fund */
export type FundCreateInput = {
  /** 管委会成员 — Membership ids of the management committee */
  committeeMemberIds: Array<Scalars['ID']['input']>;
  /** 托管方经办人 — Membership ids of the custodian's agents */
  custodianAgentIds: Array<Scalars['ID']['input']>;
  /** 托管方 — SocialOrganization or CharityResource id of the custodian */
  custodianId: Scalars['ID']['input'];
  /** 说明 — description */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 类型 — general or earmarked */
  kind: FundKind;
  /** 名称 — name, unique in the community */
  name: Scalars['String']['input'];
  /** 专项用途 — purpose key (required for an earmarked fund) */
  purpose?: InputMaybe<Scalars['String']['input']>;
};

/** 托管方类型 — which registry the custodian charity organization is in */
export type FundCustodianType =
  /** 慈善资源 — a charity organization / foundation from the charity registry */
  | 'CHARITY_RESOURCE'
  /** 社会组织 — a social organization */
  | 'SOCIAL_ORGANIZATION';

/** 审批支出 — approve a request (committee member, once, not one's own) */
export type FundDisbursementApproveInput = {
  /** 支出申请 — the request */
  id: Scalars['ID']['input'];
};

/** 驳回或撤回 — reject or cancel a request with a reason */
export type FundDisbursementCloseInput = {
  /** 支出申请 — the request */
  id: Scalars['ID']['input'];
  /** 原因 — reason */
  reason: Scalars['String']['input'];
};

/** 支付 — record the payment of an approved request */
export type FundDisbursementPayInput = {
  /** 支出申请 — the request */
  id: Scalars['ID']['input'];
  /** 幂等键 — the same key retried takes effect once */
  idempotencyKey: Scalars['String']['input'];
  /** 支付凭证号 — payment reference (bank transfer number …) */
  paymentReference: Scalars['String']['input'];
};

/** 申请支出 — request a disbursement */
export type FundDisbursementRequestInput = {
  /** 金额（分）— amount in fen */
  amountFen: Scalars['Fen']['input'];
  /** 附件 — attachments by reference */
  attachments?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 关联帮扶个案 — linked special-care case reference */
  careCaseRef?: InputMaybe<Scalars['String']['input']>;
  /** 议事会议题 — CouncilTopic id whose vote decides it (required above the threshold) */
  councilTopicId?: InputMaybe<Scalars['ID']['input']>;
  /** 说明 — details */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 基金 — the fund */
  fundId: Scalars['ID']['input'];
  /** 收款方 — payee */
  payee: Scalars['String']['input'];
  /** 关联项目 — linked project reference */
  projectRef?: InputMaybe<Scalars['String']['input']>;
  /** 用途 — purpose key from the settings (an earmarked fund only its own) */
  purpose: Scalars['String']['input'];
  /** 事由 — title */
  title: Scalars['String']['input'];
};

/** 支出申请状态 — state of a disbursement request */
export type FundDisbursementStatus =
  /** 已批准 — approved, awaiting payment */
  | 'APPROVED'
  /** 已撤回 — cancelled with a reason */
  | 'CANCELLED'
  /** 已支付 — paid, with a payment reference */
  | 'PAID'
  /** 已驳回 — rejected with a reason */
  | 'REJECTED'
  /** 审批中 — awaiting committee approvals (and a council vote above the threshold) */
  | 'REQUESTED';

/** 登记捐赠 — record a donation received, or a pledge */
export type FundDonationInput = {
  /** 金额（分）— money, or the valuation of goods/services (0 allowed for services) */
  amountFen: Scalars['Fen']['input'];
  /** 匿名 — hide the donor in public statements */
  anonymous?: InputMaybe<Scalars['Boolean']['input']>;
  /** 说明 — what the goods or services are */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 捐赠方 — the donor (pledges: omit to pledge as oneself) */
  donor?: InputMaybe<FundDonorInput>;
  /** 基金 — the fund */
  fundId: Scalars['ID']['input'];
  /** 幂等键 — the same key retried takes effect once */
  idempotencyKey: Scalars['String']['input'];
  /** 形式 — money, goods or services */
  kind: FundDonationKind;
};

/** 捐赠形式 — money, goods (with valuation) or pledged services */
export type FundDonationKind =
  /** 物资 — goods, recorded at their valuation */
  | 'GOODS'
  /** 资金 — money */
  | 'MONEY'
  /** 服务 — pledged services (no money moves) */
  | 'SERVICE';

/** 退回捐赠 — refund a donation by reversing entries */
export type FundDonationRefundInput = {
  /** 捐赠 — the donation */
  id: Scalars['ID']['input'];
  /** 幂等键 — the same key retried takes effect once */
  idempotencyKey: Scalars['String']['input'];
  /** 原因 — reason */
  reason: Scalars['String']['input'];
};

/** 捐赠状态 — state of a donation */
export type FundDonationStatus =
  /** 已撤销 — pledge cancelled */
  | 'CANCELLED'
  /** 已认捐 — pledged, not yet paid */
  | 'PLEDGED'
  /** 已到账 — received, receipt issued */
  | 'RECEIVED'
  /** 已退回 — refunded by a reversing entry */
  | 'REFUNDED';

/** 捐赠方 — who gives: a registry record, or a person by name (omit for oneself when pledging) */
export type FundDonorInput = {
  /** 组织、慈善资源或共建单位 — Organization, CharityResource or CobuildingUnit id */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** 个人姓名 — name of an individual not in the registry */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** 捐赠方类型 — who gave */
export type FundDonorType =
  /** 慈善资源 — a registered charity resource (individual, business, 商会 …) */
  | 'CHARITY_RESOURCE'
  /** 共建单位 — a co-building unit */
  | 'COBUILDING_UNIT'
  /** 个人 — a person not in the registry (or a member giving for themselves) */
  | 'INDIVIDUAL'
  /** 组织 — an organisation by its identity (e.g. a 大党委 member unit, without registering it again) */
  | 'ORGANIZATION';

/** 基金类型 — general fund or earmarked sub-fund */
export type FundKind =
  /** 专项基金 — earmarked sub-fund, spent only on its purpose */
  | 'EARMARKED'
  /** 综合基金 — general fund, any configured purpose */
  | 'GENERAL';

/** 基金角色 — role of an account in one fund */
export type FundMemberRole =
  /** 管委会成员 — management committee member (approves spending) */
  | 'COMMITTEE'
  /** 托管方经办人 — acts for the custodian (records receipts, pays out) */
  | 'CUSTODIAN';

/** 撤销认捐 — cancel a pledge with a reason */
export type FundPledgeCancelInput = {
  /** 认捐 — the pledge */
  id: Scalars['ID']['input'];
  /** 原因 — reason */
  reason: Scalars['String']['input'];
};

/** 认捐到账 — a pledge was paid: issue the receipt and post the income */
export type FundPledgeFulfilInput = {
  /** 认捐 — the pledge */
  id: Scalars['ID']['input'];
  /** 幂等键 — the same key retried takes effect once */
  idempotencyKey: Scalars['String']['input'];
};

/** 修改基金 — change a fund or replace its roster */
export type FundUpdateInput = {
  /** 启用 — false stops new donations and requests */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** 管委会成员 — replaces the committee (Membership ids) */
  committeeMemberIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 托管方经办人 — replaces the custodian agents (Membership ids) */
  custodianAgentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 说明 — description */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 基金 — the fund */
  id: Scalars['ID']['input'];
  /** 名称 — name */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** 性别 — gender */
export type Gender =
  /** 女 — female */
  | 'FEMALE'
  /** 男 — male */
  | 'MALE'
  /** 未说明 — not stated */
  | 'UNKNOWN';

/** 退出特殊群体 — end a membership (kept as history) */
export type GridCareMemberEndInput = {
  /** 退出日期 — YYYY-MM-DD, default today */
  endsOn?: InputMaybe<Scalars['String']['input']>;
  /** 成员 — the special-care member */
  id: Scalars['ID']['input'];
};

/** 登记特殊群体 — enrol a resident in a special-care group */
export type GridCareMemberEnrollInput = {
  /** 类别 — category key from the settings */
  category: Scalars['String']['input'];
  /** 认定依据 — evidence */
  evidence: Scalars['String']['input'];
  /** 居民 — the resident */
  resident: Scalars['ID']['input'];
  /** 包保人 — the member (Membership) responsible */
  responsible?: InputMaybe<Scalars['ID']['input']>;
  /** 纳入日期 — enrolled on (YYYY-MM-DD, default today) */
  startsOn?: InputMaybe<Scalars['String']['input']>;
};

/** 修改特殊群体成员 — change evidence or the 包保 person */
export type GridCareMemberUpdateInput = {
  /** 认定依据 — evidence */
  evidence?: InputMaybe<Scalars['String']['input']>;
  /** 成员 — the special-care member */
  id: Scalars['ID']['input'];
  /** 包保人 — the new 包保 member */
  responsible?: InputMaybe<Scalars['ID']['input']>;
};

/** 登记探访 — record a visit */
export type GridCareVisitRecordInput = {
  /** 照片 — keys of uploaded photos (uploadSlotCreate with ownerKind GridCareVisit), in display order */
  attachmentKeys?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 探访方式 — visit kind key from the settings */
  kind: Scalars['String']['input'];
  /** 成员 — the special-care member visited */
  member: Scalars['ID']['input'];
  /** 记录 — notes */
  notes?: Scalars['String']['input'];
  /** 探访时间 — when (default now; not in the future) */
  visitedAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** 任命网格职责 — assign a member or an organisation a duty role on a unit */
export type GridDutyAssignInput = {
  /** 结束日期 — last day (YYYY-MM-DD, optional) */
  endsOn?: InputMaybe<Scalars['String']['input']>;
  /** 成员 — the member (Membership) taking the role; or give `organization` */
  membership?: InputMaybe<Scalars['ID']['input']>;
  /** 组织 — the organisation (Organization) taking the role, e.g. 单位包小区; or give `membership` */
  organization?: InputMaybe<Scalars['ID']['input']>;
  /** 职责 — duty role key from the settings (e.g. gridWorker) */
  role: Scalars['String']['input'];
  /** 开始日期 — first day (YYYY-MM-DD, default today) */
  startsOn?: InputMaybe<Scalars['String']['input']>;
  /** 单元 — the unit */
  unit: Scalars['ID']['input'];
};

/** 卸任网格职责 — end a duty */
export type GridDutyEndInput = {
  /** 结束日期 — last day (YYYY-MM-DD, default today) */
  endsOn?: InputMaybe<Scalars['String']['input']>;
  /** 职责 — the duty */
  id: Scalars['ID']['input'];
};

/** 导出台账 — export a register (logged) */
export type GridExportCreateInput = {
  /** 台账 — which register */
  kind: GridExportKind;
  /** 单元 — only this unit's subtree */
  unit?: InputMaybe<Scalars['ID']['input']>;
};

/** 台账 — which register to export */
export type GridExportKind =
  /** 特殊群体台账 — special-care members (needs grid.care.readAll) */
  | 'CARE'
  /** 户台账 — households (一楼一册) */
  | 'HOUSEHOLDS'
  /** 居民台账 — residents, personal data masked */
  | 'RESIDENTS';

/** 转办去向 — what a finding becomes */
export type GridFindingReferral =
  /** 转入需求库 — a need of the 三项清单 (resources) */
  | 'NEED'
  /** 转为民需 — a dispatch service request (channel GRID_VISIT) */
  | 'REQUEST';

/** 担任方类型 — whether a member or an organisation holds a duty */
export type GridHolderKind =
  /** 成员 — a member of the community (网格员, 楼栋长, 包户党员 …) */
  | 'MEMBER'
  /** 组织 — an organisation (大党委成员单位, 共建单位, 党组织, 政府部门 …) */
  | 'ORGANIZATION';

/** 户落格 — place a household into a unit (closes its previous placement) */
export type GridHouseholdPlaceInput = {
  /** 户 — the household */
  household: Scalars['ID']['input'];
  /** 单元 — the unit */
  unit: Scalars['ID']['input'];
};

/** 批量提交入户走访 — visits recorded offline, synced together */
export type GridHouseholdVisitBatchInput = {
  /** 走访 — the visits (at most 100; each should carry an idempotencyKey) */
  visits: Array<GridHouseholdVisitRecordInput>;
};

/** 登记入户走访 — record a household visit (敲门问需) */
export type GridHouseholdVisitRecordInput = {
  /** 走访发现 — findings (at most 20) */
  findings?: InputMaybe<Array<GridVisitFindingInput>>;
  /** 户 — the household visited */
  household: Scalars['ID']['input'];
  /** 幂等键 — 8–100 of A-Z a-z 0-9 _ . : -; the same key with the same visit replays it, with another visit is refused */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** 走访记录 — notes */
  notes?: Scalars['String']['input'];
  /** 走访结果 — met (default) or nobody home */
  outcome?: GridVisitOutcome;
  /** 走访时间 — when (default now; not in the future, at most 90 days ago) */
  visitedAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** 导入户行 — one row of the households sheet */
export type GridImportHouseholdRow = {
  /** 地址 — address */
  address?: InputMaybe<Scalars['String']['input']>;
  /** 楼栋 — building label */
  building?: InputMaybe<Scalars['String']['input']>;
  /** 户号 — household number */
  number?: InputMaybe<Scalars['String']['input']>;
  /** 标签 — tags, separated by commas or 、 */
  tags?: InputMaybe<Scalars['String']['input']>;
  /** 单元编码 — code of the unit to place it in */
  unitCode?: InputMaybe<Scalars['String']['input']>;
};

/** 批量导入 — units, households and residents in one call */
export type GridImportInput = {
  /** 试运行 — only validate and report (default); false applies when there is no bad row */
  dryRun?: Scalars['Boolean']['input'];
  /** 户表 — households sheet */
  households?: Array<GridImportHouseholdRow>;
  /** 居民表 — residents sheet */
  residents?: Array<GridImportResidentRow>;
  /** 单元表 — units sheet */
  units?: Array<GridImportUnitRow>;
};

/** 导入居民行 — one row of the residents sheet */
export type GridImportResidentRow = {
  /** 性别 — MALE, FEMALE, 男 or 女 */
  gender?: InputMaybe<Scalars['String']['input']>;
  /** 户号 — household number */
  householdNumber?: InputMaybe<Scalars['String']['input']>;
  /** 身份证号 — ID number (checksum validated) */
  idNumber?: InputMaybe<Scalars['String']['input']>;
  /** 姓名 — name */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 手机号 — mobile number */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** 与户主关系 — relation to the head */
  relationToHead?: InputMaybe<Scalars['String']['input']>;
};

/** 导入单元行 — one row of the units sheet (cells as text) */
export type GridImportUnitRow = {
  /** 编码 — code */
  code?: InputMaybe<Scalars['String']['input']>;
  /** 层级 — level key */
  level?: InputMaybe<Scalars['String']['input']>;
  /** 名称 — name */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 上级编码 — parent code (empty for a top unit) */
  parentCode?: InputMaybe<Scalars['String']['input']>;
  /** 排序 — sort order (integer) */
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};

/** 新建网格单元 — create a unit */
export type GridUnitCreateInput = {
  /** 编码 — code, unique in the community */
  code: Scalars['String']['input'];
  /** 纬度 — latitude (WGS 84, degrees, -90 to 90), given with the longitude */
  latitude?: InputMaybe<Scalars['Float']['input']>;
  /** 层级 — level key from the settings */
  level: Scalars['String']['input'];
  /** 经度 — longitude (WGS 84, degrees, -180 to 180), given with the latitude */
  longitude?: InputMaybe<Scalars['Float']['input']>;
  /** 名称 — name */
  name: Scalars['String']['input'];
  /** 轮廓 — GeoJSON outline (一院一图) */
  outline?: InputMaybe<Scalars['JSONObject']['input']>;
  /** 上级单元 — parent (omit for a top-level unit) */
  parent?: InputMaybe<Scalars['ID']['input']>;
  /** 排序 — sort order among siblings */
  sortOrder?: InputMaybe<Scalars['Int']['input']>;
};

/** 调整网格单元 — move a unit under another parent of the same level */
export type GridUnitMoveInput = {
  /** 单元 — the unit */
  id: Scalars['ID']['input'];
  /** 新上级 — the new parent */
  parent: Scalars['ID']['input'];
};

/** 修改网格单元 — edit a unit */
export type GridUnitUpdateInput = {
  /** 编码 — code */
  code?: InputMaybe<Scalars['String']['input']>;
  /** 单元 — the unit */
  id: Scalars['ID']['input'];
  /** 纬度 — latitude (WGS 84, degrees, -90 to 90), given with the longitude; both null clear them */
  latitude?: InputMaybe<Scalars['Float']['input']>;
  /** 经度 — longitude (WGS 84, degrees, -180 to 180), given with the latitude; both null clear them */
  longitude?: InputMaybe<Scalars['Float']['input']>;
  /** 名称 — name */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 轮廓 — GeoJSON outline */
  outline?: InputMaybe<Scalars['JSONObject']['input']>;
  /** 排序 — sort order */
  sortOrder?: InputMaybe<Scalars['Int']['input']>;
};

/** 走访发现 — something found on the visit */
export type GridVisitFindingInput = {
  /** 类别 — finding category key from the settings (findingCategories) */
  category: Scalars['String']['input'];
  /** 情况描述 — what was found */
  description: Scalars['String']['input'];
  /** 转办 — make it a request or a need at once (null: record only) */
  referTo?: InputMaybe<GridFindingReferral>;
};

/** 转办走访发现 — turn a finding into a request or a need */
export type GridVisitFindingReferInput = {
  /** 走访发现 — the finding */
  finding: Scalars['ID']['input'];
  /** 转办去向 — REQUEST (民需) or NEED (需求库) */
  to: GridFindingReferral;
};

/** 走访结果 — whether the household was met */
export type GridVisitOutcome =
  /** 已入户 — met the household (counts for the plan) */
  | 'MET'
  /** 未遇 — nobody at home (recorded, does not count for the plan) */
  | 'NOT_HOME';

/** 注销户 — close a household file (kept, never deleted) */
export type HouseholdCloseInput = {
  /** 户 — the household */
  id: Scalars['ID']['input'];
};

/** 新建户 — create a household file */
export type HouseholdCreateInput = {
  /** 地址 — address */
  address: Scalars['String']['input'];
  /** 楼栋 — building label */
  building?: InputMaybe<Scalars['String']['input']>;
  /** 纬度 — latitude (WGS 84, degrees, -90 to 90), given with the longitude */
  latitude?: InputMaybe<Scalars['Float']['input']>;
  /** 经度 — longitude (WGS 84, degrees, -180 to 180), given with the latitude */
  longitude?: InputMaybe<Scalars['Float']['input']>;
  /** 户号 — household number, unique in the community */
  number: Scalars['String']['input'];
  /** 标签 — tags */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** 户排序 — a field and a direction; ties are broken by id in the same direction */
export type HouseholdOrder = {
  /** 排序方向 — ascending (default) or descending */
  direction?: OrderDirection;
  /** 排序字段 — the field to order by */
  field: HouseholdOrderField;
};

/** 户排序字段 — what a list of Household can be ordered by */
export type HouseholdOrderField =
  /** 地址 — by address */
  | 'ADDRESS'
  /** 建档时间 — by when the file was created */
  | 'CREATED_AT'
  /** 户号 — by household number */
  | 'NUMBER';

/** 修改户 — update a household file */
export type HouseholdUpdateInput = {
  /** 地址 — address */
  address?: InputMaybe<Scalars['String']['input']>;
  /** 楼栋 — building label */
  building?: InputMaybe<Scalars['String']['input']>;
  /** 户 — the household */
  id: Scalars['ID']['input'];
  /** 纬度 — latitude (WGS 84, degrees, -90 to 90), given with the longitude; both null clear them */
  latitude?: InputMaybe<Scalars['Float']['input']>;
  /** 经度 — longitude (WGS 84, degrees, -180 to 180), given with the latitude; both null clear them */
  longitude?: InputMaybe<Scalars['Float']['input']>;
  /** 标签 — tags (replaces) */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** 孵化状态 — incubation in the community hive (社区蜂巢) */
export type IncubationStatus =
  /** 已出壳 — incubation finished */
  | 'GRADUATED'
  /** 孵化中 — being incubated */
  | 'INCUBATING'
  /** 未孵化 — not incubated */
  | 'NONE';

/** 添加成员 — add a person to the community with roles (creates the login if new) */
export type MembershipAddInput = {
  /** 显示名 — display name */
  displayName: Scalars['String']['input'];
  /** 账号 — login name */
  login: Scalars['String']['input'];
  /** 初始密码 — initial password for a new login (≥ 8 characters) */
  password?: InputMaybe<Scalars['String']['input']>;
  /** 手机号 — mobile number */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** 角色 — roles in this community */
  roles: Array<RoleKind>;
  /** 职务 — title, e.g. 网格长 */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** 成员邀请 — one invitation */
export type MembershipInvitationInput = {
  /** 邀请 — the invitation */
  id: Scalars['ID']['input'];
};

/** 邀请成员 — invite a login to join the community with roles */
export type MembershipInviteInput = {
  /** 账号 — login name to invite */
  login: Scalars['String']['input'];
  /** 角色 — roles offered in this community */
  roles: Array<RoleKind>;
  /** 职务 — title offered, e.g. 网格长 */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** 重置成员密码 — reset the password of a member of this community */
export type MembershipPasswordResetInput = {
  /** 成员 — the membership whose login gets a temporary password */
  id: Scalars['ID']['input'];
};

/** 关联居民档案 — link a member's login to a resident record of the community, or unlink it */
export type MembershipResidentLinkInput = {
  /** 成员 — the membership */
  id: Scalars['ID']['input'];
  /** 居民 — the resident record; null unlinks */
  resident?: InputMaybe<Scalars['ID']['input']>;
};

/** 修改成员 — change roles, title or deactivate */
export type MembershipUpdateInput = {
  /** 有效 — false deactivates the membership */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** 成员 — the membership */
  id: Scalars['ID']['input'];
  /** 角色 — roles (replaces) */
  roles?: InputMaybe<Array<RoleKind>>;
  /** 职务 — title */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** 绑定推送渠道 — bind this account on a channel beyond in-app */
export type NotificationChannelBindInput = {
  /** 渠道 — channel key: wechat */
  channel: Scalars['String']['input'];
  /** 授权码 — what the client obtained (WeChat: the code from wx.login) */
  code: Scalars['String']['input'];
};

/** 全部已读 — mark every notification read */
export type NotificationMarkAllReadInput = {
  /** 截至 — only those sent up to this time (default: now) */
  before?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** 标记已读 — mark some notifications read */
export type NotificationMarkReadInput = {
  /** 站内通知 — the notifications (at most 100) */
  ids: Array<Scalars['ID']['input']>;
};

/** 排序方向 — ascending or descending */
export type OrderDirection =
  /** 正序 — smallest (oldest, A…) first */
  | 'ASC'
  /** 倒序 — largest (newest, …Z) first */
  | 'DESC';

/** 登记组织 — register an organisation (a name already on record is refused: use that one) */
export type OrganizationCreateInput = {
  /** 组织类型 — kind */
  kind: OrganizationKind;
  /** 名称 — name, unique in the community (compared without spaces, full-width forms and case) */
  name: Scalars['String']['input'];
};

/** 组织类型 — the nature of an organisation */
export type OrganizationKind =
  /** 企业 — enterprise (state-owned or private), chamber of commerce */
  | 'ENTERPRISE'
  /** 机关/政府部门 — government agency or department (e.g. 区住建局) */
  | 'GOVERNMENT_DEPARTMENT'
  /** 医疗机构 — hospital or clinic */
  | 'MEDICAL'
  /** 其他 — other */
  | 'OTHER'
  /** 党组织 — a party organisation of the community (党总支, 党支部, 小区党组织) */
  | 'PARTY_ORGANIZATION'
  /** 事业单位 — public institution */
  | 'PUBLIC_INSTITUTION'
  /** 学校 — school or kindergarten */
  | 'SCHOOL'
  /** 社会组织 — social organisation, foundation */
  | 'SOCIAL_ORGANIZATION';

/** 修改组织 — rename, re-kind or archive an organisation */
export type OrganizationUpdateInput = {
  /** 在册 — false archives it (its grid pieces count as uncovered) */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** 组织 — the organisation */
  id: Scalars['ID']['input'];
  /** 组织类型 — kind */
  kind?: InputMaybe<OrganizationKind>;
  /** 名称 — name */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** 汇总方式 — how a street rolls the figure up over its communities */
export type OutcomeAggregation =
  /** 比率 — rates and averages: mean over the communities, weighted where the metric names a weight */
  | 'RATE'
  /** 占比 — a share counted as numerator / denominator: the roll-up adds both counts and divides once */
  | 'RATIO'
  /** 求和 — counts and amounts add up */
  | 'SUM';

/** 出席登记 — one member unit's attendance */
export type PartyAttendanceEntryInput = {
  /** 参会人 — who came */
  attendees?: InputMaybe<Scalars['String']['input']>;
  /** 出席 — present */
  present: Scalars['Boolean']['input'];
  /** 成员单位 — the unit */
  unitId: Scalars['ID']['input'];
};

/** 认领状态 — state of a claim */
export type PartyClaimStatus =
  /** 已认领 — claimed, service under way */
  | 'CLAIMED'
  /** 已完成 — completed with a record */
  | 'COMPLETED';

/** 会议决定 — one decision */
export type PartyDecisionInput = {
  /** 完成时限 — due date YYYY-MM-DD */
  dueOn?: InputMaybe<Scalars['String']['input']>;
  /** 牵头单位 — member unit responsible */
  ownerUnitId?: InputMaybe<Scalars['ID']['input']>;
  /** 决定事项 — what was decided */
  text: Scalars['String']['input'];
};

/** 新增吹哨对象 — add an escalation target (街道吹哨、部门报到) */
export type PartyEscalationTargetCreateInput = {
  /** 负责分类 — dispatch category keys (empty: any) */
  categories?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 联系人 — contact person */
  contactName?: InputMaybe<Scalars['String']['input']>;
  /** 联系电话 — contact phone */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /** 类型 — kind */
  kind: PartyTargetKind;
  /** 名称 — name, e.g. 区住建局 */
  name: Scalars['String']['input'];
  /** 排序 — display order */
  sortOrder?: InputMaybe<Scalars['Int']['input']>;
  /** 成员单位 — the member unit this target is, if any */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** 修改吹哨对象 — change an escalation target */
export type PartyEscalationTargetUpdateInput = {
  /** 启用 — false: no longer escalated to */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** 负责分类 — replaces the category keys */
  categories?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 联系人 — contact person */
  contactName?: InputMaybe<Scalars['String']['input']>;
  /** 联系电话 — contact phone */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /** 吹哨对象 — the target */
  id: Scalars['ID']['input'];
  /** 名称 — name */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** 认领对象 — who may claim a service item */
export type PartyItemAudience =
  /** 单位与党员 — units and reporting members */
  | 'ALL'
  /** 报到党员 — reporting party members */
  | 'MEMBERS'
  /** 成员单位 — member units */
  | 'UNITS';

/** 服务项目状态 — state of a service item */
export type PartyItemStatus =
  /** 已关闭 — closed by staff */
  | 'CLOSED'
  /** 认领中 — published, open to claims while places remain */
  | 'OPEN';

/** 登记出席 — record member units' attendance (replaces earlier entries of the same units) */
export type PartyMeetingAttendanceInput = {
  /** 出席登记 — entries */
  entries: Array<PartyAttendanceEntryInput>;
  /** 联席会议 — the meeting */
  meetingId: Scalars['ID']['input'];
};

/** 取消会议 — cancel a scheduled meeting */
export type PartyMeetingCancelInput = {
  /** 联席会议 — the meeting */
  id: Scalars['ID']['input'];
};

/** 记录会议纪要 — record minutes and decisions; the meeting is held */
export type PartyMeetingCloseInput = {
  /** 会议决定 — decisions */
  decisions: Array<PartyDecisionInput>;
  /** 联席会议 — the meeting */
  id: Scalars['ID']['input'];
  /** 会议纪要 — minutes */
  minutes: Scalars['String']['input'];
};

/** 安排联席会议 — schedule a joint meeting */
export type PartyMeetingScheduleInput = {
  /** 议程 — agenda */
  agenda?: InputMaybe<Scalars['String']['input']>;
  /** 召集单位 — must be the chairing unit of that month (default: it) */
  conveningUnitId?: InputMaybe<Scalars['ID']['input']>;
  /** 地点 — place */
  location?: InputMaybe<Scalars['String']['input']>;
  /** 召开时间 — when */
  scheduledAt: Scalars['DateTimeISO']['input'];
  /** 会议主题 — title */
  title: Scalars['String']['input'];
};

/** 联席会议状态 — state of a joint meeting */
export type PartyMeetingStatus =
  /** 已取消 — cancelled */
  | 'CANCELLED'
  /** 已召开 — held, minutes and decisions recorded */
  | 'HELD'
  /** 已安排 — scheduled */
  | 'SCHEDULED';

/** 登记报到党员 — register a reporting party member */
export type PartyMemberRegisterInput = {
  /** 工作单位名称 — employer outside the committee */
  employerName?: InputMaybe<Scalars['String']['input']>;
  /** 登录账号 — Membership id of the member's login, if any */
  membershipId?: InputMaybe<Scalars['ID']['input']>;
  /** 姓名 — name */
  name: Scalars['String']['input'];
  /** 联系电话 — phone */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** 报到日期 — YYYY-MM-DD (default today) */
  reportedOn?: InputMaybe<Scalars['String']['input']>;
  /** 居民档案 — Resident id, when the member lives here */
  residentId?: InputMaybe<Scalars['ID']['input']>;
  /** 工作单位 — member unit */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** 党员报到 — report to the community as a party member (oneself) */
export type PartyMemberReportInput = {
  /** 工作单位名称 — employer, when it is not a member unit */
  employerName?: InputMaybe<Scalars['String']['input']>;
  /** 联系电话 — phone */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** 工作单位 — the member unit one works for */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** 修改报到党员 — change a reporting member */
export type PartyMemberUpdateInput = {
  /** 在册 — false: no longer reporting here */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** 工作单位名称 — employer outside the committee */
  employerName?: InputMaybe<Scalars['String']['input']>;
  /** 报到党员 — the member */
  id: Scalars['ID']['input'];
  /** 联系电话 — phone */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** 工作单位 — member unit */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** 服务记录来源 — where a reporting member's service record comes from */
export type PartyRecordSource =
  /** 认领服务项目 — a completed service item claim */
  | 'CLAIM'
  /** 接单 — a dispatch request the member took (党员接单) */
  | 'DISPATCH';

/** 生成年度轮值 — generate a year's rotation */
export type PartyRotationGenerateInput = {
  /** 覆盖 — replace an existing rotation of the year */
  replace?: InputMaybe<Scalars['Boolean']['input']>;
  /** 规则 — ORDER (the given units) or ROUND_ROBIN (continue after last year) */
  rule: PartyRotationRule;
  /** 指定单位 — for ORDER: exactly N member units in chairing order */
  unitIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 年度 — year */
  year: Scalars['Int']['input'];
};

/** 轮值生成规则 — how a year's rotation is generated */
export type PartyRotationRule =
  /** 按指定顺序 — the units in the order the admin gives */
  | 'ORDER'
  /** 顺延轮转 — active units in their stable order, continuing after last year's last chair */
  | 'ROUND_ROBIN';

/** 更换轮值单位 — put another unit in a slot */
export type PartyRotationSlotReplaceInput = {
  /** 原单位 — the unit the caller saw in the slot; the change fails if it has changed meanwhile */
  expectedUnitId?: InputMaybe<Scalars['ID']['input']>;
  /** 轮值席位 — the slot */
  id: Scalars['ID']['input'];
  /** 新单位 — the member unit to chair instead */
  unitId: Scalars['ID']['input'];
};

/** 对调轮值 — swap the units of two slots of a year */
export type PartyRotationSwapInput = {
  /** 席位甲 — position of the first slot */
  positionA: Scalars['Int']['input'];
  /** 席位乙 — position of the second slot */
  positionB: Scalars['Int']['input'];
  /** 年度 — year */
  year: Scalars['Int']['input'];
};

/** 完成认领服务 — complete a claim with a record */
export type PartyServiceClaimCompleteInput = {
  /** 认领 — the claim */
  id: Scalars['ID']['input'];
  /** 服务时长（分钟） — minutes served (0–1440) */
  minutes?: InputMaybe<Scalars['Int']['input']>;
  /** 完成记录 — what was done */
  record: Scalars['String']['input'];
};

/** 认领服务项目 — claim a service item */
export type PartyServiceItemClaimInput = {
  /** 服务项目 — the item */
  itemId: Scalars['ID']['input'];
  /** 代表单位 — claim for this member unit (omit: claim as a reporting member) */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** 服务项目 — one service item */
export type PartyServiceItemIdInput = {
  /** 服务项目 — the item */
  id: Scalars['ID']['input'];
};

/** 发布服务项目 — publish a service item */
export type PartyServiceItemPublishInput = {
  /** 认领对象 — units, members or both (default both) */
  audience?: InputMaybe<PartyItemAudience>;
  /** 名额 — places (default from settings) */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** 内容 — what is to be done */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 截止日期 — due date YYYY-MM-DD */
  dueOn?: InputMaybe<Scalars['String']['input']>;
  /** 来源会议 — the joint meeting that decided it */
  meetingId?: InputMaybe<Scalars['ID']['input']>;
  /** 项目名称 — title */
  title: Scalars['String']['input'];
};

/** 吹哨对象类型 — kind of an escalation target (街道吹哨、部门报到) */
export type PartyTargetKind =
  /** 职能部门 — a government department */
  | 'DEPARTMENT'
  /** 街道 — the street office */
  | 'STREET'
  /** 驻区单位 — a unit stationed in the area */
  | 'UNIT'
  /** 公用事业 — utility (power, water, gas …) */
  | 'UTILITY';

/** 新增成员单位 — add a member unit */
export type PartyUnitCreateInput = {
  /** 联系人 — contact person */
  contactName?: InputMaybe<Scalars['String']['input']>;
  /** 联系电话 — contact phone (mobile or landline) */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /** 单位类型 — kind */
  kind: PartyUnitKind;
  /** 联络员 — Membership id of the account acting for the unit */
  liaisonMembershipId?: InputMaybe<Scalars['ID']['input']>;
  /** 单位名称 — name */
  name: Scalars['String']['input'];
  /** 党组织名称 — party organization */
  partyOrganization?: InputMaybe<Scalars['String']['input']>;
  /** 排序 — stable order for round-robin rotation */
  sortOrder?: InputMaybe<Scalars['Int']['input']>;
};

/** 成员单位类型 — kind of a 大党委 member unit */
export type PartyUnitKind =
  /** 机关 — government agency or department */
  | 'AGENCY'
  /** 社区（小区）党组织 — community or estate party organization */
  | 'COMMUNITY'
  /** 事业单位 — public institution */
  | 'INSTITUTION'
  /** 医疗机构 — hospital or clinic */
  | 'MEDICAL'
  /** 其他 — other */
  | 'OTHER'
  /** 非公企业 — private enterprise */
  | 'PRIVATE_ENTERPRISE'
  /** 学校 — school or kindergarten */
  | 'SCHOOL'
  /** 社会组织 — social organization */
  | 'SOCIAL_ORGANIZATION'
  /** 国有企业 — state-owned enterprise */
  | 'STATE_ENTERPRISE';

/** 修改成员单位 — change a member unit */
export type PartyUnitUpdateInput = {
  /** 在册 — false: the unit leaves the committee */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** 联系人 — contact person */
  contactName?: InputMaybe<Scalars['String']['input']>;
  /** 联系电话 — contact phone */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /** 成员单位 — the unit */
  id: Scalars['ID']['input'];
  /** 单位类型 — kind */
  kind?: InputMaybe<PartyUnitKind>;
  /** 联络员 — Membership id of the liaison */
  liaisonMembershipId?: InputMaybe<Scalars['ID']['input']>;
  /** 单位名称 — name */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 党组织名称 — party organization */
  partyOrganization?: InputMaybe<Scalars['String']['input']>;
  /** 排序 — stable order */
  sortOrder?: InputMaybe<Scalars['Int']['input']>;
};

/** 积分账户类型 — whose account it is */
export type PointsAccountKind =
  /** 户账户 — a household account (按户建立积分台账), usable by its members */
  | 'HOUSEHOLD'
  /** 个人账户 — a personal account */
  | 'PERSON'
  /** 系统账户 — the community side of the ledger (issued, redeemed, expired) */
  | 'SYSTEM';

/** 积分调整 — a staff award (+) or deduction (−) with its reason */
export type PointsAdjustInput = {
  /** 积分账户 ID — an existing account */
  accountId?: InputMaybe<Scalars['ID']['input']>;
  /** 积分 — points (+ award, − deduction) */
  amount: Scalars['Int']['input'];
  /** 户 ID — a household (its account is opened on demand) */
  householdId?: InputMaybe<Scalars['ID']['input']>;
  /** 幂等键 — the same key retried takes effect once */
  idempotencyKey: Scalars['String']['input'];
  /** 账号 ID — a person's login (person scope; opened on demand) */
  personAccountId?: InputMaybe<Scalars['ID']['input']>;
  /** 事由 — reason (理论宣讲、环境整治 …) */
  reason: Scalars['String']['input'];
};

/** 复核积分调整 — approve or reject a pending adjustment */
export type PointsAdjustmentDecideInput = {
  /** 调整 ID — adjustment id */
  id: Scalars['ID']['input'];
  /** 幂等键 — the same key retried takes effect once */
  idempotencyKey: Scalars['String']['input'];
};

/** 调整状态 — state of a staff award or deduction */
export type PointsAdjustmentStatus =
  /** 待复核 — above the threshold, waiting for a second approver */
  | 'PENDING'
  /** 已入账 — written to the ledger */
  | 'POSTED'
  /** 已驳回 — rejected by the second approver */
  | 'REJECTED';

/** 积分过期 — expire an account's points older than the configured months */
export type PointsExpireInput = {
  /** 积分账户 ID — account id */
  accountId: Scalars['ID']['input'];
  /** 截至 — as of this time (default now; not in the future) */
  asOf?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** 幂等键 — the same key retried takes effect once */
  idempotencyKey: Scalars['String']['input'];
};

/** 商品信息 — item fields */
export type PointsItemCreateInput = {
  /** 图片 — keys of uploaded pictures (uploadSlotCreate with ownerKind PointsItem), in display order */
  attachmentKeys?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 开始兑换 — available from */
  availableFrom?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** 截止兑换 — available until */
  availableUntil?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** 说明 — description */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 名称 — name */
  name: Scalars['String']['input'];
  /** 每户限兑 — limit per household (or person) */
  perHouseholdLimit?: InputMaybe<Scalars['Int']['input']>;
  /** 所需积分 — price in points */
  pricePoints: Scalars['Int']['input'];
  /** 库存 — stock */
  stock: Scalars['Int']['input'];
};

/** 积分商品排序 — a field and a direction; ties are broken by id in the same direction */
export type PointsItemOrder = {
  /** 排序方向 — ascending (default) or descending */
  direction?: OrderDirection;
  /** 排序字段 — the field to order by */
  field: PointsItemOrderField;
};

/** 积分商品排序字段 — what a list of PointsItem can be ordered by */
export type PointsItemOrderField =
  /** 上架时间 — by when the item was added */
  | 'CREATED_AT'
  /** 名称 — by name */
  | 'NAME'
  /** 所需积分 — by price in points */
  | 'PRICE'
  /** 库存 — by stock left */
  | 'STOCK';

/** 补货 — add stock to an item */
export type PointsItemRestockInput = {
  /** 商品 ID — item id */
  id: Scalars['ID']['input'];
  /** 补货数量 — items added (positive) or written off (negative) */
  quantity: Scalars['Int']['input'];
};

/** 修改商品 — update an item (stock changes with pointsItemRestock) */
export type PointsItemUpdateInput = {
  /** 上架 — on sale */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** 图片 — the whole new list of picture keys (kept ones and new uploads, in display order); omit to keep them */
  attachmentKeys?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 开始兑换 — available from */
  availableFrom?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** 截止兑换 — available until */
  availableUntil?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** 说明 — description */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 商品 ID — item id */
  id: Scalars['ID']['input'];
  /** 名称 — name */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 每户限兑 — limit per household (0 removes it) */
  perHouseholdLimit?: InputMaybe<Scalars['Int']['input']>;
  /** 所需积分 — price in points */
  pricePoints?: InputMaybe<Scalars['Int']['input']>;
};

/** 兑换 — redeem an item with points */
export type PointsRedeemInput = {
  /** 积分账户 ID — staff redeeming for a household or person; omit for your own account */
  accountId?: InputMaybe<Scalars['ID']['input']>;
  /** 幂等键 — the same key retried takes effect once */
  idempotencyKey: Scalars['String']['input'];
  /** 商品 ID — item id */
  itemId: Scalars['ID']['input'];
  /** 数量 — quantity (default 1) */
  quantity?: InputMaybe<Scalars['Int']['input']>;
};

/** 取消兑换 — cancel a reserved redemption; points are refunded */
export type PointsRedemptionCancelInput = {
  /** 兑换记录 ID — redemption id */
  id: Scalars['ID']['input'];
  /** 幂等键 — the same key retried takes effect once */
  idempotencyKey: Scalars['String']['input'];
  /** 原因 — reason */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** 确认领取 — confirm a pickup with the redemption code */
export type PointsRedemptionPickUpInput = {
  /** 兑换码 — the redemption code (or the QR string holding it) */
  code: Scalars['String']['input'];
};

/** 兑换状态 — state of a redemption */
export type PointsRedemptionStatus =
  /** 已取消 — cancelled; points refunded and stock returned */
  | 'CANCELLED'
  /** 已领取 — picked up, confirmed by staff with the redemption code */
  | 'PICKED_UP'
  /** 待领取 — points and stock taken, waiting for pickup */
  | 'RESERVED';

/** 积分交易类型 — what moved the points */
export type PointsTransactionKind =
  /** 奖励 — awarded by staff with a reason */
  | 'AWARD'
  /** 扣减 — deducted by staff with a reason */
  | 'DEDUCT'
  /** 规则获得 — earned by a rule from an event (志愿服务、议事、评单 …) */
  | 'EARN'
  /** 过期 — expired after the configured months */
  | 'EXPIRE'
  /** 兑换 — spent in the points supermarket */
  | 'REDEEM'
  /** 退还 — refunded when a redemption was cancelled */
  | 'REFUND';

/** 登记居民 — register a resident */
export type ResidentCreateInput = {
  /** 残疾 — has a disability */
  disability?: InputMaybe<Scalars['Boolean']['input']>;
  /** 性别 — gender */
  gender?: InputMaybe<Gender>;
  /** 困难 — in hardship */
  hardship?: InputMaybe<Scalars['Boolean']['input']>;
  /** 健康状况 — health note */
  healthNote?: InputMaybe<Scalars['String']['input']>;
  /** 户 — household */
  household?: InputMaybe<Scalars['ID']['input']>;
  /** 身份证号 — resident ID number (checksum validated) */
  idNumber?: InputMaybe<Scalars['String']['input']>;
  /** 姓名 — name */
  name: Scalars['String']['input'];
  /** 手机号 — mobile number */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** 与户主关系 — relation to head of household */
  relationToHead?: InputMaybe<Scalars['String']['input']>;
};

/** 迁出 — mark a resident as moved away (kept, never deleted) */
export type ResidentMoveOutInput = {
  /** 居民 — the resident */
  id: Scalars['ID']['input'];
};

/** 居民排序 — a field and a direction; ties are broken by id in the same direction */
export type ResidentOrder = {
  /** 排序方向 — ascending (default) or descending */
  direction?: OrderDirection;
  /** 排序字段 — the field to order by */
  field: ResidentOrderField;
};

/** 居民排序字段 — what a list of Resident can be ordered by */
export type ResidentOrderField =
  /** 登记时间 — by when the resident was registered */
  | 'CREATED_AT'
  /** 姓名 — by name */
  | 'NAME';

/** 修改居民 — update a resident */
export type ResidentUpdateInput = {
  /** 残疾 — has a disability */
  disability?: InputMaybe<Scalars['Boolean']['input']>;
  /** 性别 — gender */
  gender?: InputMaybe<Gender>;
  /** 困难 — in hardship */
  hardship?: InputMaybe<Scalars['Boolean']['input']>;
  /** 健康状况 — health note */
  healthNote?: InputMaybe<Scalars['String']['input']>;
  /** 户 — household */
  household?: InputMaybe<Scalars['ID']['input']>;
  /** 居民 — the resident */
  id: Scalars['ID']['input'];
  /** 身份证号 — resident ID number (checksum validated) */
  idNumber?: InputMaybe<Scalars['String']['input']>;
  /** 姓名 — name */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 手机号 — mobile number */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** 与户主关系 — relation to head of household */
  relationToHead?: InputMaybe<Scalars['String']['input']>;
};

/** 资源形式 — what a resource offers */
export type ResourceForm =
  /** 物资 — goods */
  | 'GOODS'
  /** 资金 — money */
  | 'MONEY'
  /** 技能 — skills */
  | 'SKILLS'
  /** 时间 — volunteer time */
  | 'TIME'
  /** 场地 — venue */
  | 'VENUE';

/** 资金申请状态 — the project's fund disbursement as learnt from the fund's events */
export type ResourcesFundingStatus =
  /** 已批准 — approved, awaiting payment */
  | 'APPROVED'
  /** 已撤回 — cancelled in the fund */
  | 'CANCELLED'
  /** 未申请 — no fund disbursement requested */
  | 'NONE'
  /** 已拨付 — paid out */
  | 'PAID'
  /** 未受理 — the fund refused to open the request (its rules, see fundingError) */
  | 'REFUSED'
  /** 已驳回 — rejected by the committee or the council */
  | 'REJECTED'
  /** 审批中 — requested from the fund, awaiting approval */
  | 'REQUESTED';

/** 新增里程碑 — add a milestone to a live project */
export type ResourcesMilestoneAddInput = {
  /** 计划日期 — due date (YYYY-MM-DD) */
  dueOn?: InputMaybe<Scalars['String']['input']>;
  /** 项目 — the project */
  projectId: Scalars['ID']['input'];
  /** 名称 — title */
  title: Scalars['String']['input'];
};

/** 里程碑 — a milestone */
export type ResourcesMilestoneInput = {
  /** 计划日期 — due date (YYYY-MM-DD) */
  dueOn?: InputMaybe<Scalars['String']['input']>;
  /** 名称 — title */
  title: Scalars['String']['input'];
};

/** 标记里程碑 — mark a milestone done or undone */
export type ResourcesMilestoneSetInput = {
  /** 已完成 — done (true) or undone (false) */
  done: Scalars['Boolean']['input'];
  /** 里程碑 — the milestone */
  id: Scalars['ID']['input'];
};

/** 关闭需求 — close an open need with a reason */
export type ResourcesNeedCloseInput = {
  /** 需求 — the need */
  id: Scalars['ID']['input'];
  /** 原因 — reason */
  reason: Scalars['String']['input'];
};

/** 登记需求 — record a need (staff, grid workers in their grid) */
export type ResourcesNeedCreateInput = {
  /** 类别 — category key from the settings */
  category: Scalars['String']['input'];
  /** 说明 — description */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 网格单元 — GridUnit id (grid module enabled only; required for grid workers) */
  gridUnitId?: InputMaybe<Scalars['ID']['input']>;
  /** 标题 — title */
  title: Scalars['String']['input'];
};

/** 需求来源 — where a need came from */
export type ResourcesNeedSource =
  /** 议事决定 — a topic the council decided */
  | 'COUNCIL_TOPIC'
  /** 期望单 — a dispatch expectation request (projects and policies) */
  | 'DISPATCH_REQUEST'
  /** 入户走访发现 — a finding of a grid worker’s household visit, referred in one step */
  | 'GRID_VISIT'
  /** 走访登记 — recorded by staff (visits, 收集梳理) */
  | 'STAFF'
  /** 需求调查 — aggregated answers of a need survey */
  | 'SURVEY';

/** 需求状态 — state of a need */
export type ResourcesNeedStatus =
  /** 已关闭 — closed without a project, with a reason */
  | 'CLOSED'
  /** 已立项 — matched with resources in a project */
  | 'MATCHED'
  /** 已满足 — its project is done */
  | 'MET'
  /** 待对接 — waiting for resources */
  | 'OPEN';

/** 项目操作 — start, complete or cancel a project */
export type ResourcesProjectActInput = {
  /** 项目 — the project */
  id: Scalars['ID']['input'];
  /** 原因 — reason (required to cancel) */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** 立项 — make a project of an open need and one or more resources */
export type ResourcesProjectCreateInput = {
  /** 预算（分）— budget in fen */
  budgetFen: Scalars['Fen']['input'];
  /** 说明 — description */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 里程碑 — milestones (0–30) */
  milestones?: InputMaybe<Array<ResourcesMilestoneInput>>;
  /** 需求 — the open need it meets */
  needId: Scalars['ID']['input'];
  /** 负责人 — Membership id of the owner */
  ownerId: Scalars['ID']['input'];
  /** 资源 — 1–20 resources matched with the need */
  resources: Array<ResourcesProjectResourceInput>;
  /** 项目名称 — title */
  title: Scalars['String']['input'];
};

/** 申请基金支出 — ask the community fund for a disbursement for the project */
export type ResourcesProjectFundingRequestInput = {
  /** 金额（分）— amount in fen */
  amountFen: Scalars['Fen']['input'];
  /** 议事会议题 — CouncilTopic id whose vote decides it (above the fund's threshold) */
  councilTopicId?: InputMaybe<Scalars['ID']['input']>;
  /** 基金 — Fund id */
  fundId: Scalars['ID']['input'];
  /** 收款方 — payee */
  payee: Scalars['String']['input'];
  /** 项目 — the project */
  projectId: Scalars['ID']['input'];
  /** 用途 — purpose key of the fund settings (e.g. PROJECT) */
  purpose: Scalars['String']['input'];
};

/** 项目资源 — a resource committed to the project */
export type ResourcesProjectResourceInput = {
  /** 数量 — quantity committed */
  quantity?: InputMaybe<Scalars['Int']['input']>;
  /** 资源 — the resource */
  resourceId: Scalars['ID']['input'];
  /** 价值（分）— value committed (default: the resource's value) */
  valueFen?: InputMaybe<Scalars['Fen']['input']>;
};

/** 项目状态 — state of a project */
export type ResourcesProjectStatus =
  /** 已撤销 — cancelled with a reason; the need is open again */
  | 'CANCELLED'
  /** 已完成 — done (every milestone done) */
  | 'DONE'
  /** 实施中 — in progress */
  | 'IN_PROGRESS'
  /** 已立项 — planned, not yet started */
  | 'PLANNED';

/** 提供方类型 — which five-forces registry the provider is in */
export type ResourcesProviderType =
  /** 慈善资源 — a charity resource (business, 商会, individual …) */
  | 'CHARITY_RESOURCE'
  /** 成员单位/共建单位 — a 大党委 member unit or co-building unit */
  | 'COBUILDING_UNIT'
  /** 组织 — an organisation by its identity (e.g. a 大党委 member unit, without registering it again) */
  | 'ORGANIZATION'
  /** 社会组织 — a social organization */
  | 'SOCIAL_ORGANIZATION';

/** 题型 — kind of a survey question */
export type ResourcesQuestionKind =
  /** 多选 — any number of options */
  | 'MULTIPLE'
  /** 单选 — one option */
  | 'SINGLE'
  /** 填空 — free text */
  | 'TEXT';

/** 登记资源 — offer a resource of an organisation, member unit, social organization or charity resource */
export type ResourcesResourceCreateInput = {
  /** 可用起 — available from (YYYY-MM-DD) */
  availableFrom?: InputMaybe<Scalars['String']['input']>;
  /** 可用至 — available until (YYYY-MM-DD, inclusive) */
  availableUntil?: InputMaybe<Scalars['String']['input']>;
  /** 适用类别 — need category key (null: any) */
  category?: InputMaybe<Scalars['String']['input']>;
  /** 说明 — description */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 网格单元 — GridUnit id it serves (null: community-wide; grid module enabled only) */
  gridUnitId?: InputMaybe<Scalars['ID']['input']>;
  /** 类型 — skill, venue, goods, money or time */
  kind: ResourcesResourceKind;
  /** 提供方 — Organization, CobuildingUnit, SocialOrganization or CharityResource id */
  providerId: Scalars['ID']['input'];
  /** 数量 — quantity offered */
  quantity?: InputMaybe<Scalars['Int']['input']>;
  /** 名称 — title */
  title: Scalars['String']['input'];
  /** 单位 — unit of the quantity, e.g. 小时, 份 */
  unit?: InputMaybe<Scalars['String']['input']>;
  /** 估值（分）— estimated value in fen */
  valueFen?: InputMaybe<Scalars['Fen']['input']>;
};

/** 资源类型 — what a resource offers */
export type ResourcesResourceKind =
  /** 物资 — goods */
  | 'GOODS'
  /** 资金 — money */
  | 'MONEY'
  /** 技能 — skills (义诊, 法律咨询, 维修 …) */
  | 'SKILL'
  /** 时间 — volunteer time */
  | 'TIME'
  /** 场地 — a venue (会议室, 活动室 …) */
  | 'VENUE';

/** 修改资源 — change quantity, value, availability, or archive */
export type ResourcesResourceUpdateInput = {
  /** 在库 — false archives it (no more matches) */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** 可用至 — available until (YYYY-MM-DD) */
  availableUntil?: InputMaybe<Scalars['String']['input']>;
  /** 说明 — description */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 资源 — the resource */
  id: Scalars['ID']['input'];
  /** 数量 — quantity offered */
  quantity?: InputMaybe<Scalars['Int']['input']>;
  /** 名称 — title */
  title?: InputMaybe<Scalars['String']['input']>;
  /** 估值（分）— estimated value in fen */
  valueFen?: InputMaybe<Scalars['Fen']['input']>;
};

/** 填写需求调查 — answer a survey (once per resident) */
export type ResourcesSurveyAnswerInput = {
  /** 回答 — answers, one per question answered */
  answers: Array<ResourcesSurveyAnswerItem>;
  /** 需求调查 — the survey */
  surveyId: Scalars['ID']['input'];
};

/** 回答 — the answer to one question */
export type ResourcesSurveyAnswerItem = {
  /** 所选选项 — option keys chosen (choice questions) */
  optionKeys?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 题目键 — question key */
  questionKey: Scalars['String']['input'];
  /** 文字回答 — free text (text questions) */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** 结束调查 — close a survey */
export type ResourcesSurveyCloseInput = {
  /** 需求调查 — the survey */
  id: Scalars['ID']['input'];
};

/** 发起需求调查 — start a need survey */
export type ResourcesSurveyCreateInput = {
  /** 说明 — description */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 网格单元 — GridUnit id it is about (null: community-wide) */
  gridUnitId?: InputMaybe<Scalars['ID']['input']>;
  /** 问题 — 1–30 questions */
  questions: Array<ResourcesSurveyQuestionInput>;
  /** 标题 — title */
  title: Scalars['String']['input'];
};

/** 选项 — an option of a choice question */
export type ResourcesSurveyOptionInput = {
  /** 键 — option key, unique in the question */
  key: Scalars['String']['input'];
  /** 选项文字 — label */
  label: Scalars['String']['input'];
};

/** 问题 — a question of the survey */
export type ResourcesSurveyQuestionInput = {
  /** 键 — question key, unique in the survey */
  key: Scalars['String']['input'];
  /** 题型 — single, multiple or text */
  kind: ResourcesQuestionKind;
  /** 选项 — options of a choice question (2–20) */
  options?: InputMaybe<Array<ResourcesSurveyOptionInput>>;
  /** 必答 — required (default false) */
  required?: InputMaybe<Scalars['Boolean']['input']>;
  /** 题目 — question text */
  text: Scalars['String']['input'];
};

/** 调查状态 — state of a need survey */
export type ResourcesSurveyStatus =
  /** 已结束 — no more answers */
  | 'CLOSED'
  /** 进行中 — residents may answer */
  | 'OPEN';

/** 调查结果转入需求库 — turn aggregated answers into needs */
export type ResourcesSurveyToNeedsInput = {
  /** 转入项 — options to turn into needs (1–30) */
  items: Array<ResourcesSurveyToNeedsItem>;
  /** 需求调查 — the survey */
  surveyId: Scalars['ID']['input'];
};

/** 转入项 — one chosen option to become a need */
export type ResourcesSurveyToNeedsItem = {
  /** 类别 — need category key */
  category: Scalars['String']['input'];
  /** 选项键 — option key */
  optionKey: Scalars['String']['input'];
  /** 题目键 — question key */
  questionKey: Scalars['String']['input'];
  /** 需求标题 — title (default: the option label) */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** 角色 — a role held in a community */
export type RoleKind =
  /** 共建单位成员 — member of a co-building unit */
  | 'COBUILD_UNIT_MEMBER'
  /** 社区管理员 — community administrator */
  | 'COMMUNITY_ADMIN'
  /** 社区工作者 — community staff */
  | 'COMMUNITY_STAFF'
  /** 网格员 — grid staff (网格长、网格员、楼栋长 …) */
  | 'GRID_STAFF'
  /** 党员 — party member, incl. 报到党员 reporting from their employer */
  | 'PARTY_MEMBER'
  /** 平台管理员 — platform administrator */
  | 'PLATFORM_ADMIN'
  /** 居民 — resident */
  | 'RESIDENT'
  /** 社会组织成员 — member of a social organization */
  | 'SOCIAL_ORG_MEMBER'
  /** 社工 — social worker (驻站社工或社区社工) */
  | 'SOCIAL_WORKER'
  /** 街道管理员 — street office administrator over several communities */
  | 'STREET_ADMIN'
  /** 志愿者 — volunteer */
  | 'VOLUNTEER';

/** 提交民需 — file a service request (居民点单, or staff on a resident's behalf) */
export type ServiceRequestCreateInput = {
  /** 地址 — free address when no household is given */
  address?: InputMaybe<Scalars['String']['input']>;
  /** 照片 — keys of uploaded photos (uploadSlotCreate with ownerKind ServiceRequest), in display order */
  attachmentKeys?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 分类 — category key from settings */
  category: Scalars['String']['input'];
  /** 渠道 — channel it arrived by */
  channel: DispatchChannel;
  /** 描述 — description */
  description: Scalars['String']['input'];
  /** 户 — the household concerned */
  household?: InputMaybe<Scalars['ID']['input']>;
  /** 单型 — kind key from settings (routine 常规单, wish 心愿单, expectation 期望单 …) */
  kind: Scalars['String']['input'];
  /** 诉求人 — the resident asking (staff filing on their behalf); default: the caller */
  requester?: InputMaybe<Scalars['ID']['input']>;
  /** 标题 — title */
  title: Scalars['String']['input'];
};

/** 派单 — assign a taker or open the request to a pool (分) */
export type ServiceRequestDispatchInput = {
  /** 协办 — assisting social workers or social organizations */
  assistants?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 民需 — the request */
  id: Scalars['ID']['input'];
  /** 派单方式 — ASSIGN a taker or open to a POOL */
  mode: DispatchMode;
  /** 派单路径 — route; default from the kind's setting ("3+2") */
  route?: InputMaybe<DispatchRoute>;
  /** 接单人 — the taker's membership (mode ASSIGN) */
  taker?: InputMaybe<Scalars['ID']['input']>;
};

/** 上报 — escalate (街道吹哨、部门报到, or the 书记工作室) */
export type ServiceRequestEscalateInput = {
  /** 上报理由 — why it is escalated */
  body: Scalars['String']['input'];
  /** 部门 — the department: a party escalation target's name while the community keeps them (see dispatchEscalationTargets), else one of the settings' departments */
  department?: InputMaybe<Scalars['String']['input']>;
  /** 民需 — the request */
  id: Scalars['ID']['input'];
  /** 上报对象 — department or 书记工作室 */
  target: EscalationTarget;
};

/** 转交 — hand the request over to another taker */
export type ServiceRequestHandOverInput = {
  /** 交接说明 — hand-over note */
  body: Scalars['String']['input'];
  /** 民需 — the request */
  id: Scalars['ID']['input'];
  /** 新接单人 — the new taker's membership */
  taker: Scalars['ID']['input'];
};

/** 按编号操作 — an action on one request */
export type ServiceRequestIdInput = {
  /** 民需 — the request */
  id: Scalars['ID']['input'];
};

/** 合并重复 — mark a request a duplicate of another */
export type ServiceRequestMergeInput = {
  /** 说明 — note */
  body?: InputMaybe<Scalars['String']['input']>;
  /** 民需 — the duplicate */
  id: Scalars['ID']['input'];
  /** 合并到 — the request it duplicates */
  into: Scalars['ID']['input'];
};

/** 带说明的操作 — an action with a note or reason */
export type ServiceRequestNoteInput = {
  /** 说明 — note, reason or answer */
  body: Scalars['String']['input'];
  /** 民需 — the request */
  id: Scalars['ID']['input'];
};

/** 民需排序 — order of a request list */
export type ServiceRequestOrder =
  /** 按提交时间正序 — oldest first (by 提交时间 createdAt) */
  | 'CREATED_AT_ASC'
  /** 按提交时间倒序 — newest first (by 提交时间 createdAt) */
  | 'CREATED_AT_DESC';

/** 评价 — the requester rates the result (评) */
export type ServiceRequestRateInput = {
  /** 评价内容 — comment */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** 民需 — the request */
  id: Scalars['ID']['input'];
  /** 评分 — 1 to 5 */
  rating: Scalars['Int']['input'];
};

/** 办结 — the taker resolves the request with a result (结) */
export type ServiceRequestResolveInput = {
  /** 民需 — the request */
  id: Scalars['ID']['input'];
  /** 服务时长 — minutes spent (for volunteer hours) */
  minutesSpent?: InputMaybe<Scalars['Int']['input']>;
  /** 办理结果 — result */
  result: Scalars['String']['input'];
};

/** 民需状态 — state of a service request */
export type ServiceRequestStatus =
  /** 已撤销 — cancelled with a reason */
  | 'CANCELLED'
  /** 已关闭 — rated, or closed automatically after the window */
  | 'CLOSED'
  /** 已上报 — escalated to a department or the 书记工作室, waiting for the answer */
  | 'ESCALATED'
  /** 办理中 — held by one taker */
  | 'IN_PROGRESS'
  /** 已合并 — a duplicate merged into another request */
  | 'MERGED'
  /** 待接单 — open to a pool of eligible takers to claim */
  | 'OPEN'
  /** 不予受理 — rejected with a reason */
  | 'REJECTED'
  /** 已办结 — resolved, waiting for the requester's rating */
  | 'RESOLVED'
  /** 待派单 — received, waiting for the dispatcher */
  | 'SUBMITTED';

/** 结束会话 — sign one of my sessions out */
export type SessionRevokeInput = {
  /** 会话 — the session to end */
  id: Scalars['ID']['input'];
};

/** 登记状态 — legal status of a social organization */
export type SocialOrgStatus =
  /** 备案 — filed with the street/community */
  | 'FILED'
  /** 引进 — brought in from outside */
  | 'INTRODUCED'
  /** 登记 — registered with civil affairs */
  | 'REGISTERED';

/** 登记社会组织 — register a social organization */
export type SocialOrganizationCreateInput = {
  /** 在册 — active (false archives the record) */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** 联系人 — contact person */
  contactName?: InputMaybe<Scalars['String']['input']>;
  /** 联系电话 — contact mobile number */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /** 简介 — description */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 孵化状态 — incubation */
  incubation?: InputMaybe<IncubationStatus>;
  /** 名称 — name */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 服务项目 — services offered */
  services?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 登记状态 — legal status */
  status?: InputMaybe<SocialOrgStatus>;
};

/** 修改社会组织 — update a SocialOrganization */
export type SocialOrganizationUpdateInput = {
  /** 在册 — active (false archives the record) */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** 联系人 — contact person */
  contactName?: InputMaybe<Scalars['String']['input']>;
  /** 联系电话 — contact mobile number */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /** 简介 — description */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 社会组织 — the record */
  id: Scalars['ID']['input'];
  /** 孵化状态 — incubation */
  incubation?: InputMaybe<IncubationStatus>;
  /** 名称 — name */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 服务项目 — services offered */
  services?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 登记状态 — legal status */
  status?: InputMaybe<SocialOrgStatus>;
};

/** 登记社工 — register a social worker */
export type SocialWorkerCreateInput = {
  /** 在册 — active (false archives the record) */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** 职业资格 — certificate */
  certificate?: InputMaybe<Scalars['String']['input']>;
  /** 联系人 — contact person */
  contactName?: InputMaybe<Scalars['String']['input']>;
  /** 联系电话 — contact mobile number */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /** 简介 — description */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 社工类型 — kind */
  kind?: InputMaybe<SocialWorkerKind>;
  /** 名称 — name */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** 社工类型 — kind of social worker */
export type SocialWorkerKind =
  /** 社区社工 — community social worker */
  | 'COMMUNITY'
  /** 驻站社工 — stationed at the social-work station */
  | 'STATIONED';

/** 修改社工 — update a SocialWorker */
export type SocialWorkerUpdateInput = {
  /** 在册 — active (false archives the record) */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** 职业资格 — certificate */
  certificate?: InputMaybe<Scalars['String']['input']>;
  /** 联系人 — contact person */
  contactName?: InputMaybe<Scalars['String']['input']>;
  /** 联系电话 — contact mobile number */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /** 简介 — description */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 社工 — the record */
  id: Scalars['ID']['input'];
  /** 社工类型 — kind */
  kind?: InputMaybe<SocialWorkerKind>;
  /** 名称 — name */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** 预约操作 — act on a booking */
export type StationBookingActInput = {
  /** 预约 ID — booking id */
  id: Scalars['ID']['input'];
};

/** 确认到场 — record whether the resident came */
export type StationBookingAttendInput = {
  /** 到场 — true: attended; false: did not come */
  attended: Scalars['Boolean']['input'];
  /** 预约 ID — booking id */
  id: Scalars['ID']['input'];
};

/** 预约 — book a slot of a service for yourself */
export type StationBookingCreateInput = {
  /** 备注 — note to the station (max 200) */
  note?: InputMaybe<Scalars['String']['input']>;
  /** 服务 ID — service id */
  serviceId: Scalars['ID']['input'];
  /** 时段开始 — start of the slot (see stationServiceSlots) */
  startsAt: Scalars['DateTimeISO']['input'];
};

/** 预约状态 — state of a booking */
export type StationBookingStatus =
  /** 已到场 — staff confirmed attendance */
  | 'ATTENDED'
  /** 已预约 — holds a place in the slot */
  | 'BOOKED'
  /** 已取消 — cancelled; the place is free again */
  | 'CANCELLED'
  /** 未到场 — staff recorded that the resident did not come */
  | 'NO_SHOW';

/** 登记闭站 — close a station for some days */
export type StationClosureAddInput = {
  /** 止 — last closed day (YYYY-MM-DD, inclusive) */
  endsOn: Scalars['String']['input'];
  /** 原因 — reason */
  reason: Scalars['String']['input'];
  /** 起 — first closed day (YYYY-MM-DD) */
  startsOn: Scalars['String']['input'];
  /** 站点 ID — station id */
  stationId: Scalars['ID']['input'];
};

/** 撤销闭站 — remove a closure */
export type StationClosureRemoveInput = {
  /** 闭站 ID — closure id */
  id: Scalars['ID']['input'];
};

/** 设立站点 — create a station */
export type StationCreateInput = {
  /** 地址 — address */
  address: Scalars['String']['input'];
  /** 简介 — description */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 特色 — features (一站一特色) */
  features?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 所在网格 — grid unit id */
  gridUnitId?: InputMaybe<Scalars['ID']['input']>;
  /** 类型 — kind key from the settings */
  kind: Scalars['String']['input'];
  /** 纬度 — latitude (WGS 84, degrees, -90 to 90), given with the longitude */
  latitude?: InputMaybe<Scalars['Float']['input']>;
  /** 经度 — longitude (WGS 84, degrees, -180 to 180), given with the latitude */
  longitude?: InputMaybe<Scalars['Float']['input']>;
  /** 名称 — name */
  name: Scalars['String']['input'];
  /** 开放时间 — weekly opening hours */
  openingHours?: InputMaybe<Array<StationOpeningIntervalInput>>;
  /** 服务电话 — public phone */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** 开放时段 — one opening interval (Asia/Shanghai local time) */
export type StationOpeningIntervalInput = {
  /** 关门 — closes at, HH:MM (24:00 for midnight) */
  closes: Scalars['String']['input'];
  /** 开门 — opens at, HH:MM */
  opens: Scalars['String']['input'];
  /** 星期 — weekday, 1 = Monday … 7 = Sunday */
  weekday: Scalars['Int']['input'];
};

/** 添加站点服务 — add a service to a station */
export type StationServiceCreateInput = {
  /** 可预约 — bookable (default true) */
  bookable?: InputMaybe<Scalars['Boolean']['input']>;
  /** 名额 — places per slot (default 1) */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** 类别 — category key from the settings */
  category: Scalars['String']['input'];
  /** 说明 — description */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 服务共同体 — grouping key from the settings */
  grouping?: InputMaybe<Scalars['String']['input']>;
  /** 名称 — name */
  name: Scalars['String']['input'];
  /** 时段长度 — minutes per slot (default 60) */
  slotMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** 站点 ID — station id */
  stationId: Scalars['ID']['input'];
};

/** 修改站点服务 — update a service; omitted fields stay */
export type StationServiceUpdateInput = {
  /** 启用 — offered */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** 可预约 — bookable */
  bookable?: InputMaybe<Scalars['Boolean']['input']>;
  /** 名额 — places per slot (applies to future slots) */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** 类别 — category key */
  category?: InputMaybe<Scalars['String']['input']>;
  /** 说明 — description */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 服务共同体 — grouping key (empty string: none) */
  grouping?: InputMaybe<Scalars['String']['input']>;
  /** 服务 ID — service id */
  id: Scalars['ID']['input'];
  /** 名称 — name */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** 修改站点 — update a station; omitted fields stay */
export type StationUpdateInput = {
  /** 启用 — in service */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** 地址 — address */
  address?: InputMaybe<Scalars['String']['input']>;
  /** 简介 — description */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 特色 — features */
  features?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 所在网格 — grid unit id */
  gridUnitId?: InputMaybe<Scalars['ID']['input']>;
  /** 站点 ID — station id */
  id: Scalars['ID']['input'];
  /** 类型 — kind key */
  kind?: InputMaybe<Scalars['String']['input']>;
  /** 纬度 — latitude (WGS 84, degrees, -90 to 90), given with the longitude; both null clear them */
  latitude?: InputMaybe<Scalars['Float']['input']>;
  /** 经度 — longitude (WGS 84, degrees, -180 to 180), given with the latitude; both null clear them */
  longitude?: InputMaybe<Scalars['Float']['input']>;
  /** 名称 — name */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 开放时间 — weekly opening hours (replaces all) */
  openingHours?: InputMaybe<Array<StationOpeningIntervalInput>>;
  /** 服务电话 — public phone */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** 新建街道 — create a street office */
export type StreetCreateInput = {
  /** 所属区/县 — the district or county (District id) */
  district?: InputMaybe<Scalars['ID']['input']>;
  /** 名称 — name */
  name: Scalars['String']['input'];
  /** 行政区划代码 — region code */
  regionCode: Scalars['String']['input'];
};

/** 街道归属区/县 — put a street office under a district (or take it out) */
export type StreetDistrictSetInput = {
  /** 区/县 — the district (null: none) */
  district?: InputMaybe<Scalars['ID']['input']>;
  /** 街道 — the street office */
  street: Scalars['ID']['input'];
};

/** 任命街道或区/县管理员 — appoint an admin of a street office or a district */
export type TierAdminAppointInput = {
  /** 显示名 — for a new login */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** 账号 — login of the admin (an existing login is appointed as it is) */
  login: Scalars['String']['input'];
  /** 初始密码 — for a new login (at least 8 characters) */
  password?: InputMaybe<Scalars['String']['input']>;
  /** 街道或区/县 — a Street or a District id */
  tier: Scalars['ID']['input'];
};

/** 免去街道或区/县管理员 — remove an admin of a street office or a district */
export type TierAdminRemoveInput = {
  /** 账号 — login of the admin */
  login: Scalars['String']['input'];
  /** 街道或区/县 — a Street or a District id */
  tier: Scalars['ID']['input'];
};

/** 申请上传 — ask for a slot to upload one photo into */
export type UploadSlotCreateInput = {
  /** 文件类型 — content type of the file: image/jpeg, image/png or image/webp */
  contentType: Scalars['String']['input'];
  /** 所属对象类型 — the kind of object the photo will be attached to, e.g. ServiceRequest */
  ownerKind: Scalars['String']['input'];
  /** 文件大小 — bytes of the file to send */
  size: Scalars['Int']['input'];
};

/** 用户错误代码 — why a mutation refused its input (userErrors): the kernel's shared codes and those each installed module declares in its manifest */
export type UserErrorCode =
  /** 账号已停用（模块 tenancy） / This account is disabled */
  | 'ACCOUNT_DISABLED'
  /** 该社会组织已申报过此创投（模块 venture） / This organization has already applied to this call */
  | 'ALREADY_APPLIED'
  /** 您已批准过此申请（模块 fund） / You have already approved this request */
  | 'ALREADY_APPROVED'
  /** 您已预约此时段（模块 stations） / You have already booked this slot */
  | 'ALREADY_BOOKED'
  /** 已存在 — a unique value (name, code, number) is taken / Already exists */
  | 'ALREADY_EXISTS'
  /** 您已为此申报的该评分项打过分（模块 venture） / You have already scored this criterion of this application */
  | 'ALREADY_SCORED'
  /** 已报名此班次（模块 volunteer） / Already signed up for this shift */
  | 'ALREADY_SIGNED_UP'
  /** 该民需已被他人接单（当前状态：…）（模块 dispatch） / Someone else already took this request (state …) */
  | 'ALREADY_TAKEN'
  /** 输入有误 — a value breaks a rule of its field (length, format, range); `field` names it / Invalid input value */
  | 'BAD_USER_INPUT'
  /** 最多提前 … 天预约（模块 stations） / Bookings open at most … days ahead */
  | 'BOOKING_TOO_FAR'
  /** 申请金额超过单个项目资助上限（模块 venture） / The requested budget is above the call's ceiling */
  | 'BUDGET_OVER_CEILING'
  /** 该创投不在申报期内（模块 venture） / The call does not take applications now */
  | 'CALL_NOT_OPEN'
  /** 授权码无效或已使用，请重新获取（模块 notifications） / The authorisation code is invalid or already used; get a new one */
  | 'CHANNEL_CODE_INVALID'
  /** 推送渠道「…」未配置或暂不可用（模块 notifications） / The channel "…" is not configured or not available right now */
  | 'CHANNEL_UNAVAILABLE'
  /** 签到码不正确（模块 volunteer） / Wrong check-in code */
  | 'CHECK_IN_CODE_INVALID'
  /** 管委会成员不足 … 人（不含申请人），无法审批（模块 fund） / The committee has fewer than … members besides the requester */
  | 'COMMITTEE_TOO_SMALL'
  /** 已投过票（本表决不可改票；户代表表决每户一票）（模块 council） / Already voted (changes are not allowed; one ballot per household in household votes) */
  | 'COUNCIL_ALREADY_VOTED'
  /** 该发言已被隐藏（模块 council） / This comment is already hidden */
  | 'COUNCIL_COMMENT_HIDDEN'
  /** 该发言未被隐藏（模块 council） / This comment is not hidden */
  | 'COUNCIL_COMMENT_NOT_HIDDEN'
  /** 未配置的议事层级「…」（模块 council） / Unknown council level "…" */
  | 'COUNCIL_LEVEL_UNKNOWN'
  /** 不是本议事机构有表决权的成员（模块 council） / Not a voting member of this body */
  | 'COUNCIL_NOT_ELIGIBLE'
  /** 不是本议事机构成员，且未开放线上议事（模块 council） / Not a member of this body, and its online discussion is not open */
  | 'COUNCIL_NOT_MEMBER'
  /** 按户表决需登记所代表的户（模块 council） / A household vote needs the household the member represents */
  | 'COUNCIL_NO_HOUSEHOLD'
  /** 找不到上一级议事机构，请指定（模块 council） / No body one level up; name the target body */
  | 'COUNCIL_NO_PARENT'
  /** 议题不属于该议事机构（模块 council） / The topic belongs to another body */
  | 'COUNCIL_OTHER_BODY'
  /** 网格员只能办理本网格的议事机构事务（社区级议事机构由社区工作人员办理）（模块 council） / Grid staff act only for bodies of their own grid (community-level bodies are run by community staff) */
  | 'COUNCIL_OUTSIDE_GRID'
  /** 上级议事机构须在上一层级（模块 council） / The parent body must be one level up */
  | 'COUNCIL_PARENT_LEVEL'
  /** 还有 … 项办理事项未完成（模块 council） / … task(s) still open */
  | 'COUNCIL_TASKS_OPEN'
  /** 超过限额的支出须关联议事会议题（模块 fund） / Above the threshold a council topic must be linked */
  | 'COUNCIL_TOPIC_REQUIRED'
  /** 已是最高一级议事机构，不能再上报（模块 council） / Already at the top level; cannot escalate */
  | 'COUNCIL_TOP_LEVEL'
  /** 该创投没有此评分项：…（模块 venture） / Unknown scoring criterion: … */
  | 'CRITERION_UNKNOWN'
  /** 本社区未启用协办（模块 dispatch） / Assistants (协办) are not enabled */
  | 'DISPATCH_ASSISTANTS_OFF'
  /** 本社区没有此分类：…（模块 dispatch） / Unknown request category: … */
  | 'DISPATCH_CATEGORY_UNKNOWN'
  /** 本社区未开通此渠道：…（模块 dispatch） / This channel is not open in the community: … */
  | 'DISPATCH_CHANNEL_OFF'
  /** 不在本社区吹哨对象/上报部门名单中：…（模块 dispatch） / Not an escalation target or department of the community: … */
  | 'DISPATCH_DEPARTMENT_UNKNOWN'
  /** 本社区没有此单型：…（模块 dispatch） / Unknown request kind: … */
  | 'DISPATCH_KIND_UNKNOWN'
  /** 不能合并到该民需（模块 dispatch） / Cannot merge into that request */
  | 'DISPATCH_MERGE_TARGET'
  /** 本社区未启用此派单路径：…（模块 dispatch） / This route is not enabled: … */
  | 'DISPATCH_ROUTE_OFF'
  /** 本社区未设书记工作室（模块 dispatch） / The community has no secretary studio */
  | 'DISPATCH_STUDIO_OFF'
  /** 接单人已变更，请刷新后重试（当前状态：…）（模块 dispatch） / The taker changed meanwhile (state …); reload and retry */
  | 'DISPATCH_TAKER_CHANGED'
  /** 此人不属于该派单路径的接单力量（模块 dispatch） / This person may not take requests of this route */
  | 'DISPATCH_TAKER_INELIGIBLE'
  /** 该吹哨对象不负责此类诉求：…（模块 dispatch） / This escalation target does not answer for the request's category: … */
  | 'DISPATCH_TARGET_CATEGORY'
  /** 已超过评价/重启期限（当前状态：…）（模块 dispatch） / The rating/reopen window has passed (state …) */
  | 'DISPATCH_WINDOW_PASSED'
  /** 未知事件类型「…」（模块 webhooks） / Unknown event type "…" */
  | 'EVENT_TYPE_UNKNOWN'
  /** 本社区未启用积分过期（模块 points） / Points expiry is not enabled in this community */
  | 'EXPIRY_DISABLED'
  /** 一批最多提交 … 条走访记录（模块 grid） / At most … visits per batch */
  | 'GRID_BATCH_TOO_LARGE'
  /** 未配置的特殊群体类别「…」（模块 grid） / Unknown special-care category "…" */
  | 'GRID_CATEGORY_UNKNOWN'
  /** 职责须由一名成员或一个组织担任（二者取其一）（模块 grid） / A duty is held by either one member or one organisation (give exactly one) */
  | 'GRID_DUTY_HOLDER'
  /** 未配置的走访发现类别「…」（模块 grid） / Unknown finding category "…" */
  | 'GRID_FINDING_CATEGORY_UNKNOWN'
  /** 该走访发现已转办（模块 grid） / This finding was already referred */
  | 'GRID_FINDING_REFERRED'
  /** 层级「…」与上级单元不符（须按本社区配置的层级逐级设置）（模块 grid） / Level "…" does not fit the parent (levels follow the configured chain) */
  | 'GRID_LEVEL_MISMATCH'
  /** 本社区未启用承接模块（民需派单或三项清单），无法转办（模块 grid） / The receiving module (dispatch or resources) is not enabled in this community */
  | 'GRID_REFERRAL_UNAVAILABLE'
  /** 职责「…」不能设在「…」层级的单元上（模块 grid） / Role "…" is not held on units of level "…" */
  | 'GRID_ROLE_MISMATCH'
  /** 未配置的探访方式「…」（模块 grid） / Unknown visit kind "…" */
  | 'GRID_VISIT_KIND_UNKNOWN'
  /** 幂等键已用于另一请求 — the same idempotencyKey came with a different input / Idempotency key reused with another input */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** 身份证号码校验失败 — the resident ID number fails its checksum / Invalid resident ID number */
  | 'ID_NUMBER_INVALID'
  /** 基金余额不足（模块 fund） / The fund does not hold enough money */
  | 'INSUFFICIENT_FUNDS'
  /** 积分不足（当前余额 …）（模块 points） / Not enough points (balance …) */
  | 'INSUFFICIENT_POINTS'
  /** 账号或密码错误（模块 tenancy） / Wrong login or password */
  | 'INVALID_CREDENTIALS'
  /** 无效的 ID — an id in the input is not an id of the expected type / Malformed id, or an id of another type */
  | 'INVALID_ID'
  /** 当前状态不允许此操作 — the object is in a state where the action is not allowed / Not allowed in the current state */
  | 'INVALID_STATE'
  /** 商品未上架或不在兑换时间内（模块 points） / The item is not on sale at this time */
  | 'ITEM_NOT_AVAILABLE'
  /** 该账号名不能用于新建账号；已有账号的人请用“邀请成员”邀请（模块 tenancy） / This login name cannot be used for a new login; invite a person who already has one */
  | 'LOGIN_TAKEN'
  /** 各节点金额之和须等于申请金额（模块 venture） / The milestones must add up to the requested budget */
  | 'MILESTONES_NOT_SUMMING'
  /** 模块「…」被「…」依赖，不能停用（模块 tenancy） / Module "…" is required by "…" */
  | 'MODULE_IN_USE'
  /** 模块「…」依赖「…」，请先启用（模块 tenancy） / Module "…" requires "…"; enable it first */
  | 'MODULE_REQUIRED'
  /** 未安装模块「…」（模块 tenancy） / Module "…" is not installed */
  | 'MODULE_UNKNOWN'
  /** 更正后的时长与现有记录相同（模块 volunteer） / The corrected minutes equal the current ones */
  | 'NOTHING_TO_CORRECT'
  /** 您尚未登记为志愿者（模块 volunteer） / You are not registered as a volunteer */
  | 'NOT_A_VOLUNTEER'
  /** 对象不存在或无权访问 — an id in the input names nothing the caller can see / Not found, or not visible to the caller */
  | 'NOT_FOUND'
  /** 您不是该创投的评审专家（模块 venture） / You are not on this call's review panel */
  | 'NOT_ON_PANEL'
  /** 未找到您的积分账户（请先在社区登记所在户）（模块 points） / No points account for you (register your household first) */
  | 'NO_POINTS_ACCOUNT'
  /** 不在签到/签退时间内（模块 volunteer） / Outside the check-in/check-out window */
  | 'OUTSIDE_CHECK_IN_WINDOW'
  /** 不在站点开放时间内（模块 stations） / Outside the station's opening hours */
  | 'OUTSIDE_OPENING_HOURS'
  /** 库存不足（模块 points） / Out of stock */
  | 'OUT_OF_STOCK'
  /** 已认领过此服务项目（模块 party） / Already claimed this item */
  | 'PARTY_ALREADY_CLAIMED'
  /** 该账号已报到（模块 party） / This login has reported already */
  | 'PARTY_ALREADY_REPORTED'
  /** 该服务项目不面向此类认领方（模块 party） / This item is not open to this kind of claimer */
  | 'PARTY_AUDIENCE'
  /** 服务项目名额已满（模块 party） / No places left on this item */
  | 'PARTY_ITEM_FULL'
  /** 召集单位须是 … 年 … 月的轮值单位（模块 party） / The convening unit must be the chair of …-… */
  | 'PARTY_NOT_CHAIR'
  /** 在册成员单位不足：需要 … 家，现有 … 家（模块 party） / Not enough active member units: … needed, … available */
  | 'PARTY_NOT_ENOUGH_UNITS'
  /** 您尚未到社区报到（报到党员方可认领）（模块 party） / You have not reported to the community as a party member */
  | 'PARTY_NOT_REPORTED'
  /** … 年 … 月没有轮值单位，请先生成轮值（模块 party） / No chairing unit for …-…; generate the rotation first */
  | 'PARTY_NO_CHAIR'
  /** … 年度轮值已生成（如需重排请选择覆盖）（模块 party） / The … rotation exists already (ask to replace it) */
  | 'PARTY_ROTATION_EXISTS'
  /** 轮值席位已被他人修改，请刷新后重试（模块 party） / The slot was changed meanwhile; reload and retry */
  | 'PARTY_SLOT_CHANGED'
  /** 该单位本年度已在第 … 席轮值（可用对调）（模块 party） / This unit already chairs slot … of the year (swap instead) */
  | 'PARTY_UNIT_ALREADY_CHAIRS'
  /** 该账号还属于其他社区或拥有更高权限，只能由平台管理员重置密码（模块 tenancy） / This login belongs to other communities or holds higher rights: only a platform admin may reset its password */
  | 'PASSWORD_RESET_NOT_ALLOWED'
  /** 新密码不能与当前密码相同（模块 tenancy） / The new password must differ from the current one */
  | 'PASSWORD_REUSED'
  /** 密码至少 8 位（模块 tenancy） / Password must have at least 8 characters */
  | 'PASSWORD_WEAK'
  /** 未知权限 — a permission key that no installed module declares / Unknown permission key */
  | 'PERMISSION_UNKNOWN'
  /** 手机号码格式不正确 — not a mainland mobile number / Invalid mobile phone number */
  | 'PHONE_INVALID'
  /** 未知的社区模式「…」（模块 tenancy） / Unknown preset "…" */
  | 'PRESET_UNKNOWN'
  /** 专项基金只能用于「…」（模块 fund） / This earmarked fund pays only for … */
  | 'PURPOSE_EARMARKED'
  /** 本社区没有此用途：…（模块 fund） / Unknown purpose: … */
  | 'PURPOSE_UNKNOWN'
  /** 兑换码无效（模块 points） / Unknown redemption code */
  | 'REDEMPTION_CODE_UNKNOWN'
  /** 已达每户限兑数量（…）（模块 points） / Limit per household reached (…) */
  | 'REDEMPTION_LIMIT_REACHED'
  /** 该居民档案已关联其他账号（模块 core） / This resident record is already linked to another login */
  | 'RESIDENT_ALREADY_LINKED'
  /** 该居民已迁出（模块 core） / This resident has moved out */
  | 'RESIDENT_MOVED_OUT'
  /** 您已填写过此需求调查（模块 resources） / You have already answered this survey */
  | 'RESOURCES_ALREADY_ANSWERED'
  /** 「…」已转入需求库（模块 resources） / "…" is already in the needs list */
  | 'RESOURCES_ALREADY_CONVERTED'
  /** 本社区没有此需求类别「…」（模块 resources） / Unknown need category "…" */
  | 'RESOURCES_CATEGORY_UNKNOWN'
  /** 网格员登记需求须指定所在网格（模块 resources） / Grid workers must name the grid unit of the need */
  | 'RESOURCES_GRID_REQUIRED'
  /** 还有 … 个里程碑未完成（模块 resources） / … milestone(s) still open */
  | 'RESOURCES_MILESTONES_OPEN'
  /** 没有居民选择「…」，不能转入需求库（模块 resources） / Nobody chose "…"; nothing to turn into a need */
  | 'RESOURCES_NOBODY_CHOSE'
  /** 资源已下架，不能用于立项（模块 resources） / The resource is archived and cannot be used in a project */
  | 'RESOURCES_RESOURCE_INACTIVE'
  /** 评审尚未完成：每位评审专家须为每个申报的每个评分项打分（模块 venture） / Every panel member must score every criterion of every application first */
  | 'REVIEW_INCOMPLETE'
  /** 未知角色「…」（模块 tenancy） / Unknown role "…" */
  | 'ROLE_UNKNOWN'
  /** 不能复核自己提交的积分调整（模块 points） / You cannot approve your own adjustment */
  | 'SELF_APPROVAL'
  /** 不能评审本人申报的项目（模块 venture） / You cannot review an application you filed */
  | 'SELF_REVIEW'
  /** 该服务暂不接受预约（模块 stations） / This service does not take bookings */
  | 'SERVICE_NOT_BOOKABLE'
  /** 模块设置无效：…（模块 tenancy） / Invalid module settings: … */
  | 'SETTINGS_INVALID'
  /** 名额和候补均已满（模块 volunteer） / The shift and its waiting list are full */
  | 'SHIFT_FULL'
  /** 该时段已约满（模块 stations） / The slot is fully booked */
  | 'SLOT_FULL'
  /** 不是该服务的预约时段起点（模块 stations） / Not the start of one of the service's slots */
  | 'SLOT_NOT_ALIGNED'
  /** 该时段已开始或已过去（模块 stations） / The slot has started or passed */
  | 'SLOT_PASSED'
  /** 本社区没有此服务类别：…（模块 stations） / Unknown service category: … */
  | 'STATION_CATEGORY_UNKNOWN'
  /** 站点当日闭站（模块 stations） / The station is closed on that day */
  | 'STATION_CLOSED'
  /** 本社区没有此服务共同体：…（模块 stations） / Unknown service grouping: … */
  | 'STATION_GROUPING_UNKNOWN'
  /** 本社区没有此站点类型：…（模块 stations） / Unknown station kind: … */
  | 'STATION_KIND_UNKNOWN'
  /** 本议事机构未启用此步骤（…）（模块 council） / This body does not use this step (…) */
  | 'STEP_DISABLED'
  /** 未知的志愿队伍「…」（模块 volunteer） / Unknown volunteer team "…" */
  | 'TEAM_UNKNOWN'
  /** 令牌无效或已过期（模块 tenancy） / Token is invalid or expired */
  | 'TOKEN_INVALID'
  /** 附件尚未上传文件（模块 uploads） / No file was uploaded for this attachment key */
  | 'UPLOAD_MISSING'
  /** 附件编号无效、已过期或不属于您：…（模块 uploads） / Unknown, expired or foreign attachment key: … */
  | 'UPLOAD_NOT_FOUND'
  /** 文件不是可识别的图片（模块 uploads） / The file is not an image we can read */
  | 'UPLOAD_NOT_IMAGE'
  /** 没有可附加照片的对象类型「…」（模块 uploads） / No kind of object takes photos as "…" */
  | 'UPLOAD_OWNER_UNKNOWN'
  /** 文件过大（上限 … 字节）（模块 uploads） / File too large (at most … bytes) */
  | 'UPLOAD_TOO_LARGE'
  /** 附件过多（最多 … 个）（模块 uploads） / Too many attachments (at most …) */
  | 'UPLOAD_TOO_MANY'
  /** 文件的实际类型与申请上传时声明的不符（模块 uploads） / The file is not of the type declared for its slot */
  | 'UPLOAD_TYPE_MISMATCH'
  /** 只接受图片：…（模块 uploads） / Only images are accepted: … */
  | 'UPLOAD_TYPE_UNSUPPORTED'
  /** 该身份证号已登记为本社区志愿者（模块 volunteer） / A volunteer with this ID number is already registered in this community */
  | 'VOLUNTEER_ALREADY_REGISTERED'
  /** 表决已结束，不再接受投票（模块 council） / The vote is closed */
  | 'VOTE_CLOSED'
  /** 回调地址须为 http 或 https 网址，且不含账号密码（模块 webhooks） / The webhook URL must be http or https, without credentials */
  | 'WEBHOOK_URL_INVALID'
  /** 回调地址指向内网、本机或保留地址，已拒绝（模块 webhooks） / The webhook URL points to a private, loopback or reserved address */
  | 'WEBHOOK_URL_PRIVATE'
  /** 回调地址的域名无法解析（模块 webhooks） / The webhook URL’s host name does not resolve */
  | 'WEBHOOK_URL_UNRESOLVABLE';

/** 评审打分 — a panel member scores criteria of one application (each once) */
export type VentureApplicationScoreInput = {
  /** 申报 ID — application id */
  applicationId: Scalars['ID']['input'];
  /** 评语 — comment */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** 评分 — scores by criterion */
  scores: Array<VentureScoreInput>;
};

/** 申报状态 — state of an application */
export type VentureApplicationStatus =
  /** 已立项 — awarded; its milestones are paid as they are done */
  | 'AWARDED'
  /** 未立项 — not awarded in this call */
  | 'NOT_AWARDED'
  /** 已申报 — waiting for review and award */
  | 'SUBMITTED';

/** 申报公益创投 — apply for a social organization */
export type VentureApplyInput = {
  /** 创投 ID — call id */
  callId: Scalars['ID']['input'];
  /** 项目节点 — 1–20 milestones whose amounts add up to the requested budget */
  milestones: Array<VentureMilestoneInput>;
  /** 社会组织 — the applying SocialOrganization */
  organizationId: Scalars['ID']['input'];
  /** 申请金额（分）— requested budget in fen, at most the ceiling */
  requestedFen: Scalars['Fen']['input'];
  /** 项目概述 — what the project does, for whom */
  summary: Scalars['String']['input'];
  /** 项目名称 — project title */
  title: Scalars['String']['input'];
};

/** 评定立项 — award by rank within the total budget, with the reason recorded */
export type VentureCallAwardInput = {
  /** 创投 ID — call id */
  id: Scalars['ID']['input'];
  /** 评定说明 — reason, e.g. the panel meeting that confirmed the ranking */
  reason: Scalars['String']['input'];
};

/** 发布公益创投 — publish a call for proposals (open from opensAt to closesAt) */
export type VentureCallCreateInput = {
  /** 单项上限（分）— most one application may request, in fen */
  ceilingFen: Scalars['Fen']['input'];
  /** 申报截止 — applications close at */
  closesAt: Scalars['DateTimeISO']['input'];
  /** 评分项 — 1–10 criteria with weights */
  criteria: Array<VentureCriterionInput>;
  /** 说明 — description */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 基金 — the community fund that pays the milestones */
  fundId: Scalars['ID']['input'];
  /** 申报开始 — applications open at */
  opensAt: Scalars['DateTimeISO']['input'];
  /** 评审专家 — membership ids of the review panel (1–15) */
  panelMemberIds: Array<Scalars['ID']['input']>;
  /** 资金用途 — purpose key of the fund (e.g. PROJECT) */
  purpose: Scalars['String']['input'];
  /** 名称 — title */
  title: Scalars['String']['input'];
  /** 资助总额（分）— total budget in fen */
  totalBudgetFen: Scalars['Fen']['input'];
};

/** 公益创投 — one call */
export type VentureCallIdInput = {
  /** 创投 ID — call id */
  id: Scalars['ID']['input'];
};

/** 创投状态 — state of a call for proposals */
export type VentureCallStatus =
  /** 已评定 — projects awarded by rank within the budget */
  | 'AWARDED'
  /** 已截止 — applications closed; the panel scores */
  | 'CLOSED'
  /** 征集中 — takes applications within its window */
  | 'OPEN';

/** 评分项 — a scoring criterion with its weight */
export type VentureCriterionInput = {
  /** 键 — key, unique within the call (letters, digits, _) */
  key: Scalars['String']['input'];
  /** 名称 — name, e.g. 需求契合度 */
  name: Scalars['String']['input'];
  /** 权重 — relative weight, 1–100 */
  weight: Scalars['Int']['input'];
};

/** 申请拨付 — ask the fund to pay a reported milestone */
export type VentureMilestoneIdInput = {
  /** 节点 ID — milestone id */
  id: Scalars['ID']['input'];
};

/** 项目节点 — a milestone of the application */
export type VentureMilestoneInput = {
  /** 节点金额（分）— amount in fen */
  amountFen: Scalars['Fen']['input'];
  /** 计划日期 — due date (YYYY-MM-DD) */
  dueOn?: InputMaybe<Scalars['String']['input']>;
  /** 节点名称 — title */
  title: Scalars['String']['input'];
};

/** 报完成 — the awarded organization reports a milestone done */
export type VentureMilestoneReportInput = {
  /** 节点 ID — milestone id */
  id: Scalars['ID']['input'];
  /** 完成情况 — what was done */
  report: Scalars['String']['input'];
};

/** 节点状态 — state of a project milestone */
export type VentureMilestoneStatus =
  /** 已批准 — the fund approved the disbursement; payment pending */
  | 'APPROVED'
  /** 已拨付 — the fund paid the milestone */
  | 'PAID'
  /** 已申请拨付 — a fund disbursement waits for its approvals */
  | 'PAYMENT_REQUESTED'
  /** 未完成 — not yet reported done */
  | 'PLANNED'
  /** 已报完成 — the organization reported it done; payment may be requested */
  | 'REPORTED';

/** 评分 — one criterion’s score */
export type VentureScoreInput = {
  /** 评分项 — criterion key */
  criterion: Scalars['String']['input'];
  /** 分数 — score, 0–100 */
  score: Scalars['Int']['input'];
};

/** 发布志愿活动 — publish an activity with its shifts */
export type VolunteerActivityCreateInput = {
  /** 照片 — keys of uploaded photos (uploadSlotCreate with ownerKind VolunteerActivity), in display order */
  attachmentKeys?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 说明 — description */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 地点 — location */
  location?: InputMaybe<Scalars['String']['input']>;
  /** 班次 — shifts (1–50) */
  shifts: Array<VolunteerShiftInput>;
  /** 队伍 — organizing team key */
  team?: InputMaybe<Scalars['String']['input']>;
  /** 标题 — title */
  title: Scalars['String']['input'];
};

/** 活动状态 — state of an activity */
export type VolunteerActivityStatus =
  /** 已取消 — cancelled */
  | 'CANCELLED'
  /** 已发布 — open for sign-ups */
  | 'PUBLISHED';

/** 扫码签到/签退 — check in or out with the shift's code */
export type VolunteerCodeInput = {
  /** 签到码 — the code (or the QR string holding it) */
  code: Scalars['String']['input'];
  /** 班次 ID — shift id */
  shiftId: Scalars['ID']['input'];
};

/** 登记志愿者 — register a volunteer */
export type VolunteerCreateInput = {
  /** 在册 — active (false archives the record) */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** 联系人 — contact person */
  contactName?: InputMaybe<Scalars['String']['input']>;
  /** 联系电话 — contact mobile number */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /** 简介 — description */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 名称 — name */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 技能 — skills */
  skills?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 队伍 — team */
  team?: InputMaybe<Scalars['String']['input']>;
};

/** 确认时长 — confirm computed hours */
export type VolunteerHoursConfirmInput = {
  /** 时长记录 ID — hours record id */
  id: Scalars['ID']['input'];
};

/** 更正时长 — correct a confirmed record with a new record */
export type VolunteerHoursCorrectInput = {
  /** 时长记录 ID — the record to correct */
  id: Scalars['ID']['input'];
  /** 正确分钟数 — the right total minutes for that service */
  minutes: Scalars['Int']['input'];
  /** 原因 — reason (the dispute) */
  reason: Scalars['String']['input'];
};

/** 时长类型 — where a service-hours record comes from */
export type VolunteerHoursKind =
  /** 更正 — a correction of an earlier record (signed minutes) */
  | 'CORRECTION'
  /** 接单服务 — a dispatch request the volunteer took, resolved and rated */
  | 'DISPATCH'
  /** 活动服务 — a shift checked out */
  | 'SERVICE';

/** 统计周期 — period of hour totals */
export type VolunteerHoursPeriod =
  /** 月 — month */
  | 'MONTH'
  /** 季度 — quarter */
  | 'QUARTER'
  /** 年 — year */
  | 'YEAR';

/** 确认状态 — whether the organizer confirmed the hours */
export type VolunteerHoursStatus =
  /** 已确认 — confirmed; counts in totals and certificates */
  | 'CONFIRMED'
  /** 待确认 — computed at check-out, waiting for the organizer */
  | 'PENDING';

/** 加入志愿者 — register yourself as a volunteer */
export type VolunteerMemberJoinInput = {
  /** 可服务时间 — availability */
  availability?: InputMaybe<Scalars['String']['input']>;
  /** 身份证号 — ID number for real-name registration (stored encrypted; one registration per number) */
  idNumber?: InputMaybe<Scalars['String']['input']>;
  /** 姓名 — real name */
  name: Scalars['String']['input'];
  /** 技能 — skills */
  skills?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 队伍 — team keys */
  teams?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** 登记志愿者 — register a volunteer (staff) */
export type VolunteerMemberRegisterInput = {
  /** 账号 ID — the volunteer's login (Account), if any */
  accountId?: InputMaybe<Scalars['ID']['input']>;
  /** 可服务时间 — availability */
  availability?: InputMaybe<Scalars['String']['input']>;
  /** 身份证号 — ID number (stored encrypted; one registration per number; printed masked on certificates) */
  idNumber?: InputMaybe<Scalars['String']['input']>;
  /** 姓名 — real name */
  name: Scalars['String']['input'];
  /** 技能 — skills */
  skills?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 队伍 — team keys */
  teams?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 五社志愿者 ID — the registry record (Volunteer) to link */
  volunteerRecordId?: InputMaybe<Scalars['ID']['input']>;
};

/** 修改志愿者 — update a volunteer (staff) */
export type VolunteerMemberUpdateInput = {
  /** 在册 — active */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** 可服务时间 — availability */
  availability?: InputMaybe<Scalars['String']['input']>;
  /** 志愿者 ID — VolunteerMember id */
  id: Scalars['ID']['input'];
  /** 身份证号 — correct the ID number (stored encrypted; empty string clears it) */
  idNumber?: InputMaybe<Scalars['String']['input']>;
  /** 技能 — skills */
  skills?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 队伍 — team keys */
  teams?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** 班次 — a time slot with its sign-up limit */
export type VolunteerShiftInput = {
  /** 名额 — sign-up limit */
  capacity: Scalars['Int']['input'];
  /** 结束 — ends at */
  endsAt: Scalars['DateTimeISO']['input'];
  /** 开始 — starts at */
  startsAt: Scalars['DateTimeISO']['input'];
  /** 候补上限 — waiting-list places (default 0) */
  waitlistLimit?: InputMaybe<Scalars['Int']['input']>;
};

/** 报名 — sign up for a shift */
export type VolunteerSignUpInput = {
  /** 志愿者 ID — sign up someone else (organizers); omit for yourself */
  memberId?: InputMaybe<Scalars['ID']['input']>;
  /** 班次 ID — shift id */
  shiftId: Scalars['ID']['input'];
};

/** 报名操作 — act on a sign-up */
export type VolunteerSignupActInput = {
  /** 时间 — when it happened (organizers recording late; default now, not in the future) */
  at?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** 报名 ID — sign-up id */
  id: Scalars['ID']['input'];
};

/** 报名状态 — state of a sign-up */
export type VolunteerSignupStatus =
  /** 已取消 — cancelled */
  | 'CANCELLED'
  /** 已签到 — checked in */
  | 'CHECKED_IN'
  /** 已签退 — checked out; service hours recorded */
  | 'CHECKED_OUT'
  /** 已报名 — holds a place */
  | 'CONFIRMED'
  /** 候补 — on the waiting list; moves up when a place frees */
  | 'WAITLISTED';

/** 修改志愿者 — update a Volunteer */
export type VolunteerUpdateInput = {
  /** 在册 — active (false archives the record) */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** 联系人 — contact person */
  contactName?: InputMaybe<Scalars['String']['input']>;
  /** 联系电话 — contact mobile number */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /** 简介 — description */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 志愿者 — the record */
  id: Scalars['ID']['input'];
  /** 名称 — name */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 技能 — skills */
  skills?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 队伍 — team */
  team?: InputMaybe<Scalars['String']['input']>;
};

/** 投递状态 — state of a webhook delivery */
export type WebhookDeliveryStatus =
  /** 已送达 — the receiver answered 2xx */
  | 'DELIVERED'
  /** 投递失败 — given up after the retry window; the endpoint was disabled */
  | 'FAILED'
  /** 待投递 — not yet accepted by the receiver; retried with backoff */
  | 'PENDING';

/** 新建回调地址 — create a webhook endpoint */
export type WebhookEndpointCreateInput = {
  /** 说明 — what the endpoint is for */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 事件类型 — deliver only these event types (default: every type it may see) */
  eventTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 权限 — permissions payloads are resolved under (no wider than yours; default: yours) */
  permissions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 地址 — the target URL (http or https, on a public address) */
  url: Scalars['String']['input'];
};

/** 指定回调地址 — names one webhook endpoint */
export type WebhookEndpointIdInput = {
  /** 回调地址 — the endpoint */
  id: Scalars['ID']['input'];
};

/** 修改回调地址 — change a webhook endpoint */
export type WebhookEndpointUpdateInput = {
  /** 说明 — a new description */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 启用 — switch deliveries on (pending ones resume) or off */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** 事件类型 — new event type filter (empty: every type) */
  eventTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 回调地址 — the endpoint */
  id: Scalars['ID']['input'];
  /** 权限 — new permissions (no wider than yours) */
  permissions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 地址 — a new target URL */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** 重新投递 — send a delivery again */
export type WebhookRedeliverInput = {
  /** 投递记录 — the delivery to send again (same webhook-id) */
  id: Scalars['ID']['input'];
};

export type BoardLoginMutationVariables = Exact<{
  input: AuthLoginInput;
}>;


export type BoardLoginMutation = { __typename?: 'Mutation', authLogin: { __typename?: 'AuthPayload', accessToken?: string | null, refreshToken?: string | null, userErrors: Array<{ __typename?: 'UserError', code: UserErrorCode, message: string }> } };

export type BoardRefreshMutationVariables = Exact<{
  input: AuthRefreshInput;
}>;


export type BoardRefreshMutation = { __typename?: 'Mutation', authRefresh: { __typename?: 'AuthPayload', accessToken?: string | null, refreshToken?: string | null, userErrors: Array<{ __typename?: 'UserError', code: UserErrorCode, message: string }> } };

export type BoardLogoutMutationVariables = Exact<{
  input: AuthLogoutInput;
}>;


export type BoardLogoutMutation = { __typename?: 'Mutation', authLogout: { __typename?: 'AuthLogoutPayload', userErrors: Array<{ __typename?: 'UserError', code: UserErrorCode }> } };

export type BoardRequestFragment = { __typename?: 'ServiceRequest', id: string, title: string, status: ServiceRequestStatus, kind: string, category: string, channel: DispatchChannel, createdAt: string, dueAt?: string | null, overdue: boolean, requester?: { __typename?: 'Resident', id: string, name: string } | null, household?: { __typename?: 'Household', id: string, number: string } | null, grid?: { __typename?: 'GridUnit', id: string, name: string } | null, taker?: { __typename?: 'Membership', id: string, displayName: string } | null, attachments: Array<{ __typename?: 'Attachment', key: string, url?: string | null, thumbnailUrl?: string | null }> };

export type BoardStartQueryVariables = Exact<{
  grid?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type BoardStartQuery = { __typename?: 'Query', me: { __typename?: 'Me', displayName: string, activeCommunity?: { __typename?: 'Community', name: string } | null }, dispatchCatalog: { __typename?: 'DispatchCatalog', kinds: Array<{ __typename?: 'DispatchKind', key: string, name: string }>, categories: Array<{ __typename?: 'DispatchCategory', key: string, name: string }> }, dispatchBoard: { __typename?: 'ServiceRequestConnection', totalCount: number, nodes: Array<{ __typename?: 'ServiceRequest', id: string, title: string, status: ServiceRequestStatus, kind: string, category: string, channel: DispatchChannel, createdAt: string, dueAt?: string | null, overdue: boolean, requester?: { __typename?: 'Resident', id: string, name: string } | null, household?: { __typename?: 'Household', id: string, number: string } | null, grid?: { __typename?: 'GridUnit', id: string, name: string } | null, taker?: { __typename?: 'Membership', id: string, displayName: string } | null, attachments: Array<{ __typename?: 'Attachment', key: string, url?: string | null, thumbnailUrl?: string | null }> }> } };

export type BoardGridsQueryVariables = Exact<{ [key: string]: never; }>;


export type BoardGridsQuery = { __typename?: 'Query', gridUnits: { __typename?: 'GridUnitConnection', nodes: Array<{ __typename?: 'GridUnit', id: string, name: string }> } };

export type BoardLiveSubscriptionVariables = Exact<{
  grid?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type BoardLiveSubscription = { __typename?: 'Subscription', dispatchBoard: { __typename?: 'DispatchBoardEvent', cursor: string, type: string, occurredAt: string, requestId: string, request?: { __typename?: 'ServiceRequest', id: string, title: string, status: ServiceRequestStatus, kind: string, category: string, channel: DispatchChannel, createdAt: string, dueAt?: string | null, overdue: boolean, requester?: { __typename?: 'Resident', id: string, name: string } | null, household?: { __typename?: 'Household', id: string, number: string } | null, grid?: { __typename?: 'GridUnit', id: string, name: string } | null, taker?: { __typename?: 'Membership', id: string, displayName: string } | null, attachments: Array<{ __typename?: 'Attachment', key: string, url?: string | null, thumbnailUrl?: string | null }> } | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const BoardRequestFragmentDoc = new TypedDocumentString(`
    fragment BoardRequest on ServiceRequest {
  id
  title
  status
  kind
  category
  channel
  createdAt
  dueAt
  overdue
  requester {
    id
    name
  }
  household {
    id
    number
  }
  grid {
    id
    name
  }
  taker {
    id
    displayName
  }
  attachments {
    key
    url
    thumbnailUrl
  }
}
    `, {"fragmentName":"BoardRequest"}) as unknown as TypedDocumentString<BoardRequestFragment, unknown>;
export const BoardLoginDocument = new TypedDocumentString(`
    mutation BoardLogin($input: AuthLoginInput!) {
  authLogin(input: $input) {
    accessToken
    refreshToken
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<BoardLoginMutation, BoardLoginMutationVariables>;
export const BoardRefreshDocument = new TypedDocumentString(`
    mutation BoardRefresh($input: AuthRefreshInput!) {
  authRefresh(input: $input) {
    accessToken
    refreshToken
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<BoardRefreshMutation, BoardRefreshMutationVariables>;
export const BoardLogoutDocument = new TypedDocumentString(`
    mutation BoardLogout($input: AuthLogoutInput!) {
  authLogout(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<BoardLogoutMutation, BoardLogoutMutationVariables>;
export const BoardStartDocument = new TypedDocumentString(`
    query BoardStart($grid: ID, $first: Int) {
  me {
    displayName
    activeCommunity {
      name
    }
  }
  dispatchCatalog {
    kinds {
      key
      name
    }
    categories {
      key
      name
    }
  }
  dispatchBoard(grid: $grid, first: $first) {
    totalCount
    nodes {
      ...BoardRequest
    }
  }
}
    fragment BoardRequest on ServiceRequest {
  id
  title
  status
  kind
  category
  channel
  createdAt
  dueAt
  overdue
  requester {
    id
    name
  }
  household {
    id
    number
  }
  grid {
    id
    name
  }
  taker {
    id
    displayName
  }
  attachments {
    key
    url
    thumbnailUrl
  }
}`) as unknown as TypedDocumentString<BoardStartQuery, BoardStartQueryVariables>;
export const BoardGridsDocument = new TypedDocumentString(`
    query BoardGrids {
  gridUnits(first: 100) {
    nodes {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<BoardGridsQuery, BoardGridsQueryVariables>;
export const BoardLiveDocument = new TypedDocumentString(`
    subscription BoardLive($grid: ID, $after: String) {
  dispatchBoard(grid: $grid, after: $after) {
    cursor
    type
    occurredAt
    requestId
    request {
      ...BoardRequest
    }
  }
}
    fragment BoardRequest on ServiceRequest {
  id
  title
  status
  kind
  category
  channel
  createdAt
  dueAt
  overdue
  requester {
    id
    name
  }
  household {
    id
    number
  }
  grid {
    id
    name
  }
  taker {
    id
    displayName
  }
  attachments {
    key
    url
    thumbnailUrl
  }
}`) as unknown as TypedDocumentString<BoardLiveSubscription, BoardLiveSubscriptionVariables>;