/* eslint-disable */
import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

/** 停用或启用账号 — disable or re-enable a login (platform admin) */
export type AccountSetDisabledInput = {
  /** 停用 — true disables the login and ends its sessions */
  disabled: Scalars['Boolean']['input'];
  /** 账号 — login name */
  login: Scalars['String']['input'];
};

/** 账号停用结果 — result of disabling or enabling a login */
export type AccountSetDisabledPayload = {
  __typename?: 'AccountSetDisabledPayload';
  /** 已停用 — the account's disabled flag now */
  disabled?: Maybe<Scalars['Boolean']['output']>;
  /** 用户错误 — expected failures */
  userErrors: Array<UserError>;
};

/** 接口密钥 — an integrator API key scoped to one community */
export type ApiKey = Node & {
  __typename?: 'ApiKey';
  /** 创建时间 — when the key was created */
  created: Scalars['DateTimeISO']['output'];
  /** 全局 ID — opaque, versioned global id */
  id: Scalars['ID']['output'];
  /** 最近使用 — last time the key was used */
  lastUsedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 名称 — what the key is for */
  name: Scalars['String']['output'];
  /** 权限 — permissions granted to the key */
  permissions: Array<Scalars['String']['output']>;
  /** 前缀 — the visible start of the key, to recognise it */
  prefix: Scalars['String']['output'];
  /** 吊销时间 — when the key was revoked */
  revokedAt?: Maybe<Scalars['DateTimeISO']['output']>;
};

/** 接口密钥列表 — a page of ApiKey items */
export type ApiKeyConnection = {
  __typename?: 'ApiKeyConnection';
  /** 边 — items with their cursors */
  edges: Array<ApiKeyEdge>;
  /** 条目 — the items of this page */
  nodes: Array<ApiKey>;
  /** 分页信息 — page info */
  pageInfo: PageInfo;
  /** 总数 — items in the whole list */
  totalCount: Scalars['Int']['output'];
};

/** 新建接口密钥 — create an API key for an integrator */
export type ApiKeyCreateInput = {
  /** 名称 — what the key is for */
  name: Scalars['String']['input'];
  /** 权限 — permissions, e.g. core.household.read (no wider than yours) */
  permissions: Array<Scalars['String']['input']>;
};

/** 新接口密钥 — a created key with its secret, shown only this once */
export type ApiKeyCreatePayload = {
  __typename?: 'ApiKeyCreatePayload';
  /** 接口密钥 — the key */
  apiKey?: Maybe<ApiKey>;
  /** 密钥 — the secret; store it now, it cannot be shown again */
  secret?: Maybe<Scalars['String']['output']>;
  /** 用户错误 — expected failures */
  userErrors: Array<UserError>;
};

/** 接口密钥边 — one ApiKey in a page with its cursor */
export type ApiKeyEdge = {
  __typename?: 'ApiKeyEdge';
  /** 游标 — cursor of this item */
  cursor: Scalars['String']['output'];
  /** 接口密钥 — the item */
  node: ApiKey;
};

/** 接口密钥结果 — result of a mutation on ApiKey */
export type ApiKeyPayload = {
  __typename?: 'ApiKeyPayload';
  /** 接口密钥 — the object, null when userErrors is not empty */
  apiKey?: Maybe<ApiKey>;
  /** 用户错误 — expected failures; empty on success */
  userErrors: Array<UserError>;
};

/** 吊销接口密钥 — revoke an API key */
export type ApiKeyRevokeInput = {
  /** 接口密钥 — the key */
  id: Scalars['ID']['input'];
};

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

/** 退出结果 — result of logout */
export type AuthLogoutPayload = {
  __typename?: 'AuthLogoutPayload';
  /** 已退出 — whether a token family was revoked */
  revoked: Scalars['Boolean']['output'];
  /** 用户错误 — expected failures */
  userErrors: Array<UserError>;
};

/** 登录结果 — tokens after login or refresh */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** 访问令牌 — short-lived JWT for the Authorization header */
  accessToken?: Maybe<Scalars['String']['output']>;
  /** 访问令牌过期时间 — when the access token expires */
  accessTokenExpiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 当前用户 — the signed-in account */
  me?: Maybe<Me>;
  /** 刷新令牌 — single-use token to get new tokens */
  refreshToken?: Maybe<Scalars['String']['output']>;
  /** 用户错误 — expected failures */
  userErrors: Array<UserError>;
};

/** 刷新令牌 — exchange a refresh token for new tokens */
export type AuthRefreshInput = {
  /** 社区 — switch the active community */
  community?: InputMaybe<Scalars['ID']['input']>;
  /** 刷新令牌 — the refresh token (single use, rotated) */
  refreshToken: Scalars['String']['input'];
};

/** 变更事件 — something that happened in the community */
export type ChangeEvent = {
  __typename?: 'ChangeEvent';
  /** 游标 — position in the feed; pass it as `after` to continue */
  cursor: Scalars['String']['output'];
  /** 数据 — event data (ids and states, never personal data) */
  data: Scalars['JSONObject']['output'];
  /** 发生时间 — when it was recorded */
  occurredAt: Scalars['DateTimeISO']['output'];
  /** 对象 — the subject, if the caller may read it now */
  subject?: Maybe<Node>;
  /** 对象类型 — GraphQL type of the subject */
  subjectType?: Maybe<Scalars['String']['output']>;
  /** 事件类型 — e.g. core.HouseholdCreated */
  type: Scalars['String']['output'];
};

/** 变更页 — a page of the change feed */
export type ChangePage = {
  __typename?: 'ChangePage';
  /** 末游标 — cursor to continue from (null when nothing new) */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** 事件 — events visible to the caller, in order */
  events: Array<ChangeEvent>;
  /** 还有更多 — more events after this page */
  hasMore: Scalars['Boolean']['output'];
};

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

/** 慈善资源 — a donor or resource provider */
export type CharityResource = Node & {
  __typename?: 'CharityResource';
  /** 在册 — active in the registry (records are archived, never deleted) */
  active: Scalars['Boolean']['output'];
  /** 匿名 — the donor asks to stay anonymous in public statements */
  anonymous: Scalars['Boolean']['output'];
  /** 联系人 — contact person */
  contactName?: Maybe<Scalars['String']['output']>;
  /** 联系电话 — contact phone, masked unless the viewer manages the registry */
  contactPhone?: Maybe<Scalars['String']['output']>;
  /** 简介 — description */
  description?: Maybe<Scalars['String']['output']>;
  /** 全局 ID — opaque, versioned global id */
  id: Scalars['ID']['output'];
  /** 类型 — individual, business, 商会 … */
  kind: CharityKind;
  /** 名称 — name */
  name: Scalars['String']['output'];
  /** 资源形式 — money, goods, skills, time, venue */
  offers: Array<ResourceForm>;
};

/** 慈善资源列表 — a page of CharityResource items */
export type CharityResourceConnection = {
  __typename?: 'CharityResourceConnection';
  /** 边 — items with their cursors */
  edges: Array<CharityResourceEdge>;
  /** 条目 — the items of this page */
  nodes: Array<CharityResource>;
  /** 分页信息 — page info */
  pageInfo: PageInfo;
  /** 总数 — items in the whole list */
  totalCount: Scalars['Int']['output'];
};

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

/** 慈善资源边 — one CharityResource in a page with its cursor */
export type CharityResourceEdge = {
  __typename?: 'CharityResourceEdge';
  /** 游标 — cursor of this item */
  cursor: Scalars['String']['output'];
  /** 慈善资源 — the item */
  node: CharityResource;
};

/** 慈善资源结果 — result of a mutation on CharityResource */
export type CharityResourcePayload = {
  __typename?: 'CharityResourcePayload';
  /** 慈善资源 — the object, null when userErrors is not empty */
  charityResource?: Maybe<CharityResource>;
  /** 用户错误 — expected failures; empty on success */
  userErrors: Array<UserError>;
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

/** 共建单位 — a co-building unit (enterprise, agency, school …) */
export type CobuildingUnit = Node & {
  __typename?: 'CobuildingUnit';
  /** 在册 — active in the registry (records are archived, never deleted) */
  active: Scalars['Boolean']['output'];
  /** 联系人 — contact person */
  contactName?: Maybe<Scalars['String']['output']>;
  /** 联系电话 — contact phone, masked unless the viewer manages the registry */
  contactPhone?: Maybe<Scalars['String']['output']>;
  /** 简介 — description */
  description?: Maybe<Scalars['String']['output']>;
  /** 全局 ID — opaque, versioned global id */
  id: Scalars['ID']['output'];
  /** 名称 — name */
  name: Scalars['String']['output'];
  /** 党组织 — the unit's party organization */
  partyOrganization?: Maybe<Scalars['String']['output']>;
  /** 单位类型 — kind of unit, e.g. 机关, 企业, 学校 */
  unitType?: Maybe<Scalars['String']['output']>;
};

/** 共建单位列表 — a page of CobuildingUnit items */
export type CobuildingUnitConnection = {
  __typename?: 'CobuildingUnitConnection';
  /** 边 — items with their cursors */
  edges: Array<CobuildingUnitEdge>;
  /** 条目 — the items of this page */
  nodes: Array<CobuildingUnit>;
  /** 分页信息 — page info */
  pageInfo: PageInfo;
  /** 总数 — items in the whole list */
  totalCount: Scalars['Int']['output'];
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

/** 共建单位边 — one CobuildingUnit in a page with its cursor */
export type CobuildingUnitEdge = {
  __typename?: 'CobuildingUnitEdge';
  /** 游标 — cursor of this item */
  cursor: Scalars['String']['output'];
  /** 共建单位 — the item */
  node: CobuildingUnit;
};

/** 共建单位结果 — result of a mutation on CobuildingUnit */
export type CobuildingUnitPayload = {
  __typename?: 'CobuildingUnitPayload';
  /** 共建单位 — the object, null when userErrors is not empty */
  cobuildingUnit?: Maybe<CobuildingUnit>;
  /** 用户错误 — expected failures; empty on success */
  userErrors: Array<UserError>;
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

/** 社区 — a community, the tenant of the platform */
export type Community = Node & {
  __typename?: 'Community';
  /** 简介 — short description of the community */
  description?: Maybe<Scalars['String']['output']>;
  /** 全局 ID — opaque, versioned global id */
  id: Scalars['ID']['output'];
  /** 社区类型 — kind of community */
  kind: CommunityKind;
  /** 模块 — installed modules and their state here */
  modules: Array<CommunityModuleInfo>;
  /** 名称 — community name */
  name: Scalars['String']['output'];
  /** 社区模式 — preset the community was created from */
  preset?: Maybe<Scalars['String']['output']>;
  /** 行政区划代码 — administrative region code */
  regionCode: Scalars['String']['output'];
  /** 所属街道 — street office overseeing this community */
  street?: Maybe<Street>;
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

/** 社区模块 — an installed module and its state in this community */
export type CommunityModuleInfo = {
  __typename?: 'CommunityModuleInfo';
  /** 已启用 — enabled in this community */
  enabled: Scalars['Boolean']['output'];
  /** 模块标识 — stable module key */
  key: Scalars['String']['output'];
  /** 名称 — module name (zh-CN or en) */
  name: Scalars['String']['output'];
  /** 本社区覆盖 — this community's own overrides */
  overrides: Scalars['JSONObject']['output'];
  /** 依赖 — modules this one requires */
  requires: Array<Scalars['String']['output']>;
  /** 有效设置 — effective settings (defaults ← preset ← overrides) */
  settings: Scalars['JSONObject']['output'];
  /** 版本 — module version */
  version: Scalars['String']['output'];
};

/** 社区结果 — result of a mutation on Community */
export type CommunityPayload = {
  __typename?: 'CommunityPayload';
  /** 社区 — the object, null when userErrors is not empty */
  community?: Maybe<Community>;
  /** 用户错误 — expected failures; empty on success */
  userErrors: Array<UserError>;
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

/** 出席 — one person at a meeting */
export type CouncilAttendance = {
  __typename?: 'CouncilAttendance';
  /** 方式 — in person (recorded by staff) or online */
  channel: CouncilChannel;
  /** 成员 — whether a member of the body */
  isMember: Scalars['Boolean']['output'];
  /** 姓名 — name as shown */
  name: Scalars['String']['output'];
};

/** 登记出席 — staff record someone present in person */
export type CouncilAttendanceRecordInput = {
  /** 会议 — the meeting */
  meetingId: Scalars['ID']['input'];
  /** 社区成员 — the person's community membership */
  membershipId: Scalars['ID']['input'];
};

/** 选票 — one voter's ballot (shown to vote managers) */
export type CouncilBallot = {
  __typename?: 'CouncilBallot';
  /** 方式 — online, or in person entered by staff */
  channel: CouncilChannel;
  /** 所选选项 — index of the option chosen */
  choice: Scalars['Int']['output'];
  /** 录入人 — staff who entered an in-person ballot */
  enteredBy?: Maybe<Scalars['String']['output']>;
  /** 成员 — global id of the member whose ballot it is */
  memberId: Scalars['ID']['output'];
};

/** 议事大屏事件 — a change on a body's screen: a topic's status or a vote's tally */
export type CouncilBoardEvent = {
  __typename?: 'CouncilBoardEvent';
  /** 游标 — position in the feed; pass it as `after` to continue */
  cursor: Scalars['String']['output'];
  /** 发生时间 — when it was recorded */
  occurredAt: Scalars['DateTimeISO']['output'];
  /** 议题 — the topic as it is now */
  topic?: Maybe<CouncilTopic>;
  /** 事件类型 — e.g. council.TopicStatusChanged, council.VoteCast */
  type: Scalars['String']['output'];
  /** 表决 — the vote with its tally now */
  vote?: Maybe<CouncilVote>;
};

/** 议事大屏补发 — events a screen missed */
export type CouncilBoardPage = {
  __typename?: 'CouncilBoardPage';
  /** 末游标 — cursor to continue from */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** 事件 — in order */
  events: Array<CouncilBoardEvent>;
};

/** 议事机构 — a council body (居民议事会、邻里议事亭、网格议事点 …) at one level */
export type CouncilBody = Node & {
  __typename?: 'CouncilBody';
  /** 有效 — false once dissolved */
  active: Scalars['Boolean']['output'];
  /** 文件 — current 居民公约/议事规则 (or every version) */
  documents: Array<CouncilDocument>;
  /** 网格单元 — global id of the grid unit it serves */
  gridUnitId?: Maybe<Scalars['ID']['output']>;
  /** 全局 ID — opaque, versioned global id */
  id: Scalars['ID']['output'];
  /** 层级 — its level (null if removed from settings) */
  level?: Maybe<CouncilLevel>;
  /** 层级键 — key of its level in the council settings */
  levelKey: Scalars['String']['output'];
  /** 会议 — meetings of the body, newest first */
  meetings: CouncilMeetingConnection;
  /** 成员 — members of the body */
  members: CouncilMemberConnection;
  /** 名称 — name, e.g. 东城社区居民议事会 */
  name: Scalars['String']['output'];
  /** 下次例会 — when the cadence asks for the next meeting (null without a cadence) */
  nextMeetingDue?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 上级议事机构 — the body one level up */
  parent?: Maybe<CouncilBody>;
  /** 规则 — effective rules of this body */
  rules: CouncilRules;
  /** 议题 — topics now at this body, newest first */
  topics: CouncilTopicConnection;
  /** 表决席位 — voting seats now (members, or households in household votes) */
  votingSeats: Scalars['Int']['output'];
};


/** 议事机构 — a council body (居民议事会、邻里议事亭、网格议事点 …) at one level */
export type CouncilBodyDocumentsArgs = {
  allVersions?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<CouncilDocumentKind>;
};


/** 议事机构 — a council body (居民议事会、邻里议事亭、网格议事点 …) at one level */
export type CouncilBodyMeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** 议事机构 — a council body (居民议事会、邻里议事亭、网格议事点 …) at one level */
export type CouncilBodyMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeEnded?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** 议事机构 — a council body (居民议事会、邻里议事亭、网格议事点 …) at one level */
export type CouncilBodyTopicsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** 议事机构列表 — a page of CouncilBody items */
export type CouncilBodyConnection = {
  __typename?: 'CouncilBodyConnection';
  /** 边 — items with their cursors */
  edges: Array<CouncilBodyEdge>;
  /** 条目 — the items of this page */
  nodes: Array<CouncilBody>;
  /** 分页信息 — page info */
  pageInfo: PageInfo;
  /** 总数 — items in the whole list */
  totalCount: Scalars['Int']['output'];
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

/** 议事机构边 — one CouncilBody in a page with its cursor */
export type CouncilBodyEdge = {
  __typename?: 'CouncilBodyEdge';
  /** 游标 — cursor of this item */
  cursor: Scalars['String']['output'];
  /** 议事机构 — the item */
  node: CouncilBody;
};

/** 议事机构结果 — result of a mutation on CouncilBody */
export type CouncilBodyPayload = {
  __typename?: 'CouncilBodyPayload';
  /** 议事机构 — the object, null when userErrors is not empty */
  body?: Maybe<CouncilBody>;
  /** 用户错误 — expected failures; empty on success */
  userErrors: Array<UserError>;
};

/** 参与方式 — online or in person */
export type CouncilChannel =
  /** 现场 — in person, recorded by staff */
  | 'IN_PERSON'
  /** 线上 — online (掌上议事) */
  | 'ONLINE';

/** 议事发言 — a comment in the discussion (民事民议) */
export type CouncilComment = Node & {
  __typename?: 'CouncilComment';
  /** 署名 — author name as shown */
  authorName: Scalars['String']['output'];
  /** 方式 — online or recorded at a meeting */
  channel: CouncilChannel;
  /** 全局 ID — opaque, versioned global id */
  id: Scalars['ID']['output'];
  /** 时间 — when */
  postedAt: Scalars['DateTimeISO']['output'];
  /** 内容 — text */
  text: Scalars['String']['output'];
};

/** 议事发言列表 — a page of CouncilComment items */
export type CouncilCommentConnection = {
  __typename?: 'CouncilCommentConnection';
  /** 边 — items with their cursors */
  edges: Array<CouncilCommentEdge>;
  /** 条目 — the items of this page */
  nodes: Array<CouncilComment>;
  /** 分页信息 — page info */
  pageInfo: PageInfo;
  /** 总数 — items in the whole list */
  totalCount: Scalars['Int']['output'];
};

/** 议事发言边 — one CouncilComment in a page with its cursor */
export type CouncilCommentEdge = {
  __typename?: 'CouncilCommentEdge';
  /** 游标 — cursor of this item */
  cursor: Scalars['String']['output'];
  /** 议事发言 — the item */
  node: CouncilComment;
};

/** 议事发言结果 — result of a mutation on CouncilComment */
export type CouncilCommentPayload = {
  __typename?: 'CouncilCommentPayload';
  /** 议事发言 — the object, null when userErrors is not empty */
  comment?: Maybe<CouncilComment>;
  /** 用户错误 — expected failures; empty on success */
  userErrors: Array<UserError>;
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

/** 议事会文件 — a published 居民公约 or 议事规则, one version (never edited) */
export type CouncilDocument = Node & {
  __typename?: 'CouncilDocument';
  /** 全局 ID — opaque, versioned global id */
  id: Scalars['ID']['output'];
  /** 类型 — 居民公约 or 议事规则 */
  kind: CouncilDocumentKind;
  /** 发布时间 — when published */
  publishedAt: Scalars['DateTimeISO']['output'];
  /** 正文 — text */
  text: Scalars['String']['output'];
  /** 标题 — title */
  title: Scalars['String']['output'];
  /** 版本 — 1, 2, …; a new version supersedes, the old stays */
  version: Scalars['Int']['output'];
};

/** 文件类型 — published document of a body */
export type CouncilDocumentKind =
  /** 居民公约 — residents' convention */
  | 'CONVENTION'
  /** 议事规则 — rules of procedure */
  | 'RULES';

/** 议事会文件结果 — result of a mutation on CouncilDocument */
export type CouncilDocumentPayload = {
  __typename?: 'CouncilDocumentPayload';
  /** 议事会文件 — the object, null when userErrors is not empty */
  document?: Maybe<CouncilDocument>;
  /** 用户错误 — expected failures; empty on success */
  userErrors: Array<UserError>;
};

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

/** 评议 — a resident's evaluation of the outcome (民事民评) */
export type CouncilEvaluation = {
  __typename?: 'CouncilEvaluation';
  /** 意见 — comment */
  comment?: Maybe<Scalars['String']['output']>;
  /** 满意度 — rating 1 (poor) to 5 (very satisfied) */
  rating: Scalars['Int']['output'];
};

/** 评议结果 — result of a mutation on CouncilEvaluation */
export type CouncilEvaluationPayload = {
  __typename?: 'CouncilEvaluationPayload';
  /** 评议 — the object, null when userErrors is not empty */
  evaluation?: Maybe<CouncilEvaluation>;
  /** 用户错误 — expected failures; empty on success */
  userErrors: Array<UserError>;
};

/** 评议汇总 — residents' evaluations of a topic (民事民评) */
export type CouncilEvaluationSummary = {
  __typename?: 'CouncilEvaluationSummary';
  /** 平均满意度 — average rating (1–5) */
  average?: Maybe<Scalars['Float']['output']>;
  /** 评议数 — evaluations */
  count: Scalars['Int']['output'];
  /** 满意率（%）— share rating 4 or 5 */
  satisfiedPercent?: Maybe<Scalars['Float']['output']>;
};

/** 议事层级 — a deliberation level configured for the community */
export type CouncilLevel = {
  __typename?: 'CouncilLevel';
  /** 序号 — 0 is the top level; escalation goes to index − 1 */
  index: Scalars['Int']['output'];
  /** 键 — level key */
  key: Scalars['String']['output'];
  /** 名称 — name, e.g. 邻里议事亭 */
  name: Scalars['String']['output'];
  /** 规则 — rules of bodies at this level */
  rules: CouncilRules;
};

/** 分层统计 — figures of one level in a period */
export type CouncilLevelFigures = {
  __typename?: 'CouncilLevelFigures';
  /** 层级 — level key */
  levelKey: Scalars['String']['output'];
  /** 召开会议数 — meetings held */
  meetingsHeld: Scalars['Int']['output'];
  /** 决定议题数 — topics decided */
  topicsDecided: Scalars['Int']['output'];
  /** 办结议题数 — topics carried out */
  topicsDone: Scalars['Int']['output'];
  /** 提出议题数 — topics raised */
  topicsRaised: Scalars['Int']['output'];
};

/** 议事会议 — a meeting of a council body */
export type CouncilMeeting = Node & {
  __typename?: 'CouncilMeeting';
  /** 议程 — topics on the agenda, in order */
  agenda: Array<CouncilTopic>;
  /** 出席 — who attended, in person or online */
  attendance: Array<CouncilAttendance>;
  /** 出席人数 — people present */
  attendanceCount: Scalars['Int']['output'];
  /** 议事机构 — the body */
  body?: Maybe<CouncilBody>;
  /** 闭会时间 — when it was closed */
  closedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 会议决定 — votes held at the meeting and closed (the decisions its report links) */
  decisions: Array<CouncilVote>;
  /** 全局 ID — opaque, versioned global id */
  id: Scalars['ID']['output'];
  /** 类型 — scheduled (例会) or ad hoc */
  kind: CouncilMeetingKind;
  /** 会议纪要 — minutes */
  minutes?: Maybe<Scalars['String']['output']>;
  /** 会议报告 — closing report */
  report?: Maybe<Scalars['String']['output']>;
  /** 召开时间 — when it is (was) held */
  scheduledAt: Scalars['DateTimeISO']['output'];
  /** 状态 — scheduled or closed */
  status: CouncilMeetingStatus;
  /** 主题 — title */
  title: Scalars['String']['output'];
};

/** 线上参会 — join a meeting online (members; anyone when online discussion is open) */
export type CouncilMeetingAttendInput = {
  /** 会议 — the meeting */
  meetingId: Scalars['ID']['input'];
};

/** 闭会 — close a meeting with minutes and a report */
export type CouncilMeetingCloseInput = {
  /** 会议 — the meeting */
  id: Scalars['ID']['input'];
  /** 会议纪要 — minutes */
  minutes: Scalars['String']['input'];
  /** 会议报告 — closing report */
  report?: InputMaybe<Scalars['String']['input']>;
};

/** 议事会议列表 — a page of CouncilMeeting items */
export type CouncilMeetingConnection = {
  __typename?: 'CouncilMeetingConnection';
  /** 边 — items with their cursors */
  edges: Array<CouncilMeetingEdge>;
  /** 条目 — the items of this page */
  nodes: Array<CouncilMeeting>;
  /** 分页信息 — page info */
  pageInfo: PageInfo;
  /** 总数 — items in the whole list */
  totalCount: Scalars['Int']['output'];
};

/** 议事会议边 — one CouncilMeeting in a page with its cursor */
export type CouncilMeetingEdge = {
  __typename?: 'CouncilMeetingEdge';
  /** 游标 — cursor of this item */
  cursor: Scalars['String']['output'];
  /** 议事会议 — the item */
  node: CouncilMeeting;
};

/** 会议类型 — regular or ad hoc */
export type CouncilMeetingKind =
  /** 临时会议 — ad hoc */
  | 'AD_HOC'
  /** 例会 — scheduled by the cadence */
  | 'SCHEDULED';

/** 议事会议结果 — result of a mutation on CouncilMeeting */
export type CouncilMeetingPayload = {
  __typename?: 'CouncilMeetingPayload';
  /** 议事会议 — the object, null when userErrors is not empty */
  meeting?: Maybe<CouncilMeeting>;
  /** 用户错误 — expected failures; empty on success */
  userErrors: Array<UserError>;
};

/** 会议提醒 — record reminders for bodies whose cadence asks for a meeting soon */
export type CouncilMeetingRemindInput = {
  /** 提前天数 — remind when due within this many days (0–60) */
  withinDays?: Scalars['Int']['input'];
};

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

/** 议事会成员 — a member of a council body, for a term */
export type CouncilMember = Node & {
  __typename?: 'CouncilMember';
  /** 议事机构 — the body */
  body?: Maybe<CouncilBody>;
  /** 代表类别 — whom the member speaks for */
  constituency: CouncilConstituency;
  /** 显示名 — name shown on the body's roster */
  displayName: Scalars['String']['output'];
  /** 卸任时间 — when the member left the body */
  endedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 所代表的户 — household represented (global id) */
  householdId?: Maybe<Scalars['ID']['output']>;
  /** 全局 ID — opaque, versioned global id */
  id: Scalars['ID']['output'];
  /** 职务 — chair, representative or observer */
  role: CouncilMemberRole;
  /** 任期结束 — end of the term (YYYY-MM-DD), null when open */
  termEnd?: Maybe<Scalars['String']['output']>;
  /** 任期开始 — start of the term (YYYY-MM-DD) */
  termStart: Scalars['String']['output'];
  /** 有表决权 — chair or representative within the term */
  votes: Scalars['Boolean']['output'];
};

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

/** 议事会成员列表 — a page of CouncilMember items */
export type CouncilMemberConnection = {
  __typename?: 'CouncilMemberConnection';
  /** 边 — items with their cursors */
  edges: Array<CouncilMemberEdge>;
  /** 条目 — the items of this page */
  nodes: Array<CouncilMember>;
  /** 分页信息 — page info */
  pageInfo: PageInfo;
  /** 总数 — items in the whole list */
  totalCount: Scalars['Int']['output'];
};

/** 议事会成员边 — one CouncilMember in a page with its cursor */
export type CouncilMemberEdge = {
  __typename?: 'CouncilMemberEdge';
  /** 游标 — cursor of this item */
  cursor: Scalars['String']['output'];
  /** 议事会成员 — the item */
  node: CouncilMember;
};

/** 成员卸任 — end a member's seat */
export type CouncilMemberEndInput = {
  /** 成员 — the council member */
  id: Scalars['ID']['input'];
};

/** 议事会成员结果 — result of a mutation on CouncilMember */
export type CouncilMemberPayload = {
  __typename?: 'CouncilMemberPayload';
  /** 议事会成员 — the object, null when userErrors is not empty */
  member?: Maybe<CouncilMember>;
  /** 用户错误 — expected failures; empty on success */
  userErrors: Array<UserError>;
};

/** 议事会职务 — role of a member in a council body */
export type CouncilMemberRole =
  /** 召集人 — chair, convenes the body (votes) */
  | 'CHAIR'
  /** 列席 — observer (discusses, does not vote) */
  | 'OBSERVER'
  /** 议事代表 — representative (votes) */
  | 'REPRESENTATIVE';

/** 议事规则（设置）— rules a body follows, from the community's council settings */
export type CouncilRules = {
  __typename?: 'CouncilRules';
  /** 可改票 — ballots may be changed until the vote closes */
  allowVoteChange: Scalars['Boolean']['output'];
  /** 会议周期 — none, weekly, monthly, quarterly（每季度）or yearly */
  cadence: Scalars['String']['output'];
  /** 掌上议事开放 — any resident may join the online discussion */
  onlineDiscussionOpen: Scalars['Boolean']['output'];
  /** 法定人数（%）— share of eligible voters needed for a valid vote */
  quorumPercent: Scalars['Int']['output'];
  /** 五民步骤 — steps the body uses */
  steps: Array<CouncilStep>;
  /** 通过标准 — simple（过半）, twoThirds（三分之二）or consensus（一致同意） */
  threshold: Scalars['String']['output'];
  /** 表决单位 — member（一人一票）or household（一户一票，户代表） */
  votingUnit: Scalars['String']['output'];
};

/** 议事成效 — council figures of a period (治理成效) */
export type CouncilStatistics = {
  __typename?: 'CouncilStatistics';
  /** 平均办理天数 — average days from raised to done */
  averageDaysToDone?: Maybe<Scalars['Float']['output']>;
  /** 分层 — per level */
  levels: Array<CouncilLevelFigures>;
  /** 召开会议数 — meetings held, all levels */
  meetingsHeld: Scalars['Int']['output'];
  /** 户参与率（%）— share of open households that raised, discussed, voted or evaluated */
  participationPercent: Scalars['Float']['output'];
  /** 决定议题数 — topics decided */
  topicsDecided: Scalars['Int']['output'];
  /** 办结议题数 — topics done */
  topicsDone: Scalars['Int']['output'];
  /** 提出议题数 — topics raised */
  topicsRaised: Scalars['Int']['output'];
};

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

/** 计票 — ballots per option */
export type CouncilTally = {
  __typename?: 'CouncilTally';
  /** 票数 — ballots */
  count: Scalars['Int']['output'];
  /** 选项 — option text */
  option: Scalars['String']['output'];
};

/** 办理事项 — a task carrying out a decision (民事民办) */
export type CouncilTask = Node & {
  __typename?: 'CouncilTask';
  /** 完成时间 — when it was done */
  doneAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 期限 — deadline (YYYY-MM-DD) */
  dueOn: Scalars['String']['output'];
  /** 全局 ID — opaque, versioned global id */
  id: Scalars['ID']['output'];
  /** 已逾期 — past the deadline and not done */
  overdue: Scalars['Boolean']['output'];
  /** 责任人 — owner, as shown */
  ownerName: Scalars['String']['output'];
  /** 事项 — what is to be done */
  title: Scalars['String']['output'];
};

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

/** 办理事项结果 — result of a mutation on CouncilTask */
export type CouncilTaskPayload = {
  __typename?: 'CouncilTaskPayload';
  /** 办理事项 — the object, null when userErrors is not empty */
  task?: Maybe<CouncilTask>;
  /** 用户错误 — expected failures; empty on success */
  userErrors: Array<UserError>;
};

/** 议题 — a matter raised for deliberation (民事民提 … 民事民评) */
export type CouncilTopic = Node & {
  __typename?: 'CouncilTopic';
  /** 议事机构 — the body it is at now */
  body?: Maybe<CouncilBody>;
  /** 发言 — discussion, oldest first */
  comments: CouncilCommentConnection;
  /** 决定时间 — when a decision was reached */
  decidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 内容 — what is proposed and why */
  description: Scalars['String']['output'];
  /** 办结时间 — when carrying out finished (民事民办 done) */
  doneAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 评议汇总 — evaluation summary (民事民评) */
  evaluation: CouncilEvaluationSummary;
  /** 资金用途 — purpose of the fund request */
  fundPurpose?: Maybe<Scalars['String']['output']>;
  /** 申请资金（分）— money asked of the community fund if passed, in fen */
  fundRequestFen?: Maybe<Scalars['Int']['output']>;
  /** 流转记录 — full history, escalations included, oldest first */
  history: Array<CouncilTopicTransition>;
  /** 全局 ID — opaque, versioned global id */
  id: Scalars['ID']['output'];
  /** 提出时间 — when it was raised */
  raisedAt: Scalars['DateTimeISO']['output'];
  /** 不予受理理由 — why it was screened out */
  rejectReason?: Maybe<Scalars['String']['output']>;
  /** 来源 — raised by a resident or from a 期望单 */
  source: CouncilTopicSource;
  /** 状态 — status in the 五民 lifecycle */
  status: CouncilTopicStatus;
  /** 五民步骤 — the step it is at (null when rejected or closed) */
  step?: Maybe<CouncilStep>;
  /** 办理事项 — tasks (民事民办) */
  tasks: Array<CouncilTask>;
  /** 标题 — title */
  title: Scalars['String']['output'];
  /** 表决 — votes held on it, oldest first */
  votes: Array<CouncilVote>;
};


/** 议题 — a matter raised for deliberation (民事民提 … 民事民评) */
export type CouncilTopicCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** 议题推进 — move a topic on: resolve without a vote, finish carrying out, or close the evaluation */
export type CouncilTopicAdvanceInput = {
  /** 议题 — the topic */
  id: Scalars['ID']['input'];
  /** 说明 — note for the history */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** 议题列表 — a page of CouncilTopic items */
export type CouncilTopicConnection = {
  __typename?: 'CouncilTopicConnection';
  /** 边 — items with their cursors */
  edges: Array<CouncilTopicEdge>;
  /** 条目 — the items of this page */
  nodes: Array<CouncilTopic>;
  /** 分页信息 — page info */
  pageInfo: PageInfo;
  /** 总数 — items in the whole list */
  totalCount: Scalars['Int']['output'];
};

/** 议题边 — one CouncilTopic in a page with its cursor */
export type CouncilTopicEdge = {
  __typename?: 'CouncilTopicEdge';
  /** 游标 — cursor of this item */
  cursor: Scalars['String']['output'];
  /** 议题 — the item */
  node: CouncilTopic;
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

/** 议题结果 — result of a mutation on CouncilTopic */
export type CouncilTopicPayload = {
  __typename?: 'CouncilTopicPayload';
  /** 议题 — the object, null when userErrors is not empty */
  topic?: Maybe<CouncilTopic>;
  /** 用户错误 — expected failures; empty on success */
  userErrors: Array<UserError>;
};

/** 提出议题 — raise a topic (民事民提) */
export type CouncilTopicRaiseInput = {
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

/** 议题流转记录 — one step of a topic's history (append-only) */
export type CouncilTopicTransition = {
  __typename?: 'CouncilTopicTransition';
  /** 动作 — action, e.g. accept, openVote, escalate */
  action: Scalars['String']['output'];
  /** 时间 — when */
  at: Scalars['DateTimeISO']['output'];
  /** 原状态 — status before (null when raised) */
  fromStatus?: Maybe<CouncilTopicStatus>;
  /** 说明 — note, e.g. a reason */
  note?: Maybe<Scalars['String']['output']>;
  /** 新状态 — status after */
  toStatus: CouncilTopicStatus;
};

/** 表决 — a vote on a topic (民事民决) */
export type CouncilVote = Node & {
  __typename?: 'CouncilVote';
  /** 可改票 — whether a ballot may be changed before closing */
  allowChange: Scalars['Boolean']['output'];
  /** 实到 — ballots cast */
  ballotCount: Scalars['Int']['output'];
  /** 选票明细 — ballots with channel and who entered them (vote managers only, else empty) */
  ballots: Array<CouncilBallot>;
  /** 议事机构 — the body that votes */
  body?: Maybe<CouncilBody>;
  /** 结束时间 — when it was closed */
  closedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 截止时间 — ballots are refused after this */
  closesAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 应到 — eligible voters (members or households) when it opened */
  eligible: Scalars['Int']['output'];
  /** 全局 ID — opaque, versioned global id */
  id: Scalars['ID']['output'];
  /** 我的选择 — the caller's (or their household's) ballot, if any */
  myChoice?: Maybe<Scalars['Int']['output']>;
  /** 开始时间 — opens at */
  opensAt: Scalars['DateTimeISO']['output'];
  /** 选项 — options; a yes/no vote has 赞成/反对/弃权 */
  options: Array<Scalars['String']['output']>;
  /** 通过 — passed (null while open) */
  passed?: Maybe<Scalars['Boolean']['output']>;
  /** 达到法定人数 — quorum met (null while open) */
  quorumMet?: Maybe<Scalars['Boolean']['output']>;
  /** 法定人数（%）— quorum in percent of eligible voters, frozen at opening */
  quorumPercent: Scalars['Int']['output'];
  /** 状态 — open or closed */
  status: CouncilVoteStatus;
  /** 计票 — ballots per option (final once closed, live while open) */
  tally: Array<CouncilTally>;
  /** 通过标准 — simple / twoThirds / consensus, frozen at opening */
  threshold: Scalars['String']['output'];
  /** 议题 — the topic voted on */
  topic?: Maybe<CouncilTopic>;
  /** 表决单位 — member (一人一票) or household (一户一票), frozen at opening */
  votingUnit: Scalars['String']['output'];
  /** 胜出选项 — index of the winning option (choice votes) */
  winner?: Maybe<Scalars['Int']['output']>;
  /** 赞成反对式 — for/against/abstain (otherwise a choice between options) */
  yesNo: Scalars['Boolean']['output'];
};

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

/** 表决结果 — result of a mutation on CouncilVote */
export type CouncilVotePayload = {
  __typename?: 'CouncilVotePayload';
  /** 用户错误 — expected failures; empty on success */
  userErrors: Array<UserError>;
  /** 表决 — the object, null when userErrors is not empty */
  vote?: Maybe<CouncilVote>;
};

/** 表决状态 — whether a vote takes ballots */
export type CouncilVoteStatus =
  /** 已结束 — closed, result final */
  | 'CLOSED'
  /** 表决中 — open */
  | 'OPEN';

/** 看板事件 — something that happened on a dispatch board */
export type DispatchBoardEvent = {
  __typename?: 'DispatchBoardEvent';
  /** 游标 — position in the feed; pass it as `after` when reconnecting */
  cursor: Scalars['String']['output'];
  /** 发生时间 — when it happened */
  occurredAt: Scalars['DateTimeISO']['output'];
  /** 民需 — the request as the subscriber may see it now */
  request?: Maybe<ServiceRequest>;
  /** 民需 — global id of the request */
  requestId: Scalars['ID']['output'];
  /** 事件类型 — e.g. dispatch.RequestClaimed */
  type: Scalars['String']['output'];
};

/** 收集渠道 — channel a request arrived by */
export type DispatchChannel =
  /** 手机应用 — app */
  | 'APP'
  /** 云柜 — QR drop box, 24 h */
  | 'CLOUD_LOCKER'
  /** 网格走访 — a grid worker's visit */
  | 'GRID_VISIT'
  /** 小程序 — mini-program */
  | 'MINI_PROGRAM'
  /** 电话 — phone */
  | 'PHONE'
  /** 来访 — walk-in */
  | 'WALK_IN'
  /** 心愿墙 — the wish wall (微心愿) */
  | 'WISH_WALL';

/** 网格排名 — one grid's figures in the ranking */
export type DispatchGridRank = {
  __typename?: 'DispatchGridRank';
  /** 网格 — grid unit global id */
  gridUnit: Scalars['ID']['output'];
  /** 超期率 — overdue rate % */
  overdueRate: Scalars['Float']['output'];
  /** 受理 — received */
  received: Scalars['Int']['output'];
  /** 办结率 — resolution rate % */
  resolutionRate: Scalars['Float']['output'];
  /** 办结 — resolved */
  resolved: Scalars['Int']['output'];
  /** 满意率 — satisfaction rate % */
  satisfactionRate: Scalars['Float']['output'];
};

/** 成效指标 — one outcome figure */
export type DispatchMetric = {
  __typename?: 'DispatchMetric';
  /** 指标 — metric key, e.g. dispatch.satisfactionRate */
  key: Scalars['String']['output'];
  /** 名称 — name (zh-CN) */
  name: Scalars['String']['output'];
  /** 数值 — value (counts, minutes or percent) */
  value: Scalars['Float']['output'];
};

/** 派单成效 — dispatch outcomes of a period (治理成效) */
export type DispatchMetrics = {
  __typename?: 'DispatchMetrics';
  /** 网格排名 — grids ranked by resolution, then satisfaction */
  gridRanking: Array<DispatchGridRank>;
  /** 指标 — the figures */
  metrics: Array<DispatchMetric>;
};

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

/** 上报对象 — where a request is escalated to */
export type EscalationTarget =
  /** 街道吹哨、部门报到 — a named department or unit */
  | 'DEPARTMENT'
  /** 书记工作室 — the party secretary's studio for hard cases */
  | 'SECRETARY_STUDIO';

/** 社区基金 — a community fund (general or earmarked sub-fund) */
export type Fund = Node & {
  __typename?: 'Fund';
  /** 启用 — the fund accepts donations and requests */
  active: Scalars['Boolean']['output'];
  /** 资金余额（分）— money held now */
  balanceFen: Scalars['Fen']['output'];
  /** 托管方 — the custodian charity organization */
  custodian?: Maybe<FundCustodian>;
  /** 托管方类型 — registry of the custodian */
  custodianType: FundCustodianType;
  /** 说明 — description */
  description?: Maybe<Scalars['String']['output']>;
  /** 物资估值（分）— goods received, at valuation */
  goodsValuationFen: Scalars['Fen']['output'];
  /** 全局 ID — opaque, versioned global id */
  id: Scalars['ID']['output'];
  /** 累计收入（分）— all income (money and goods), net of refunds */
  incomeFen: Scalars['Fen']['output'];
  /** 类型 — general or earmarked */
  kind: FundKind;
  /** 名称 — fund name, unique in the community */
  name: Scalars['String']['output'];
  /** 本人可执行操作 — what the caller may do on this fund */
  permissions: FundPermissions;
  /** 专项用途 — the purpose key an earmarked fund is spent on */
  purpose?: Maybe<Scalars['String']['output']>;
  /** 用途名称 — name of the earmarked purpose */
  purposeName?: Maybe<Scalars['String']['output']>;
  /** 已开收据数 — receipts issued (numbers 1…n, no gaps) */
  receiptsIssued: Scalars['Int']['output'];
  /** 管委会与经办人 — the management committee and the custodian's agents (公示) */
  roster: Array<FundRosterEntry>;
  /** 累计支出（分）— all money paid out */
  spentFen: Scalars['Fen']['output'];
};

/** 审批记录 — one committee approval */
export type FundApprovalEntry = {
  __typename?: 'FundApprovalEntry';
  /** 批准时间 — when */
  approvedAt: Scalars['DateTimeISO']['output'];
  /** 审批人 — approver display name */
  approverName: Scalars['String']['output'];
};

/** 社区基金列表 — a page of Fund items */
export type FundConnection = {
  __typename?: 'FundConnection';
  /** 边 — items with their cursors */
  edges: Array<FundEdge>;
  /** 条目 — the items of this page */
  nodes: Array<Fund>;
  /** 分页信息 — page info */
  pageInfo: PageInfo;
  /** 总数 — items in the whole list */
  totalCount: Scalars['Int']['output'];
};

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

/** 托管方 — the charity organization holding the fund with separate accounting (专项核算) */
export type FundCustodian = {
  __typename?: 'FundCustodian';
  /** 登记 ID — global id of the SocialOrganization or CharityResource */
  id: Scalars['ID']['output'];
  /** 名称 — name */
  name: Scalars['String']['output'];
  /** 类型 — which registry */
  type: FundCustodianType;
};

/** 托管方类型 — which registry the custodian charity organization is in */
export type FundCustodianType =
  /** 慈善资源 — a charity organization / foundation from the charity registry */
  | 'CHARITY_RESOURCE'
  /** 社会组织 — a social organization */
  | 'SOCIAL_ORGANIZATION';

/** 支出申请 — a disbursement request against a fund */
export type FundDisbursement = Node & {
  __typename?: 'FundDisbursement';
  /** 金额（分）— amount in fen */
  amountFen: Scalars['Fen']['output'];
  /** 审批记录 — committee approvals given */
  approvalEntries: Array<FundApprovalEntry>;
  /** 已批准数 — committee approvals given */
  approvalsCount: Scalars['Int']['output'];
  /** 所需批准数 — committee approvals required (fixed when requested) */
  approvalsRequired: Scalars['Int']['output'];
  /** 附件 — attachments by reference (file keys or URLs) */
  attachments: Array<Scalars['String']['output']>;
  /** 关联帮扶个案 — linked special-care case reference */
  careCaseRef?: Maybe<Scalars['String']['output']>;
  /** 议事会表决结果 — PASSED or FAILED once the council decided */
  councilDecision?: Maybe<Scalars['String']['output']>;
  /** 需议事会表决 — a council vote must pass as well (above the threshold) */
  councilRequired: Scalars['Boolean']['output'];
  /** 议事会议题 — the linked CouncilTopic id */
  councilTopicId?: Maybe<Scalars['ID']['output']>;
  /** 决定时间 — when it was rejected or cancelled */
  decidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 说明 — details */
  description?: Maybe<Scalars['String']['output']>;
  /** 基金 — the fund */
  fund: Fund;
  /** 全局 ID — opaque, versioned global id */
  id: Scalars['ID']['output'];
  /** 支付时间 — when it was paid */
  paidAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 收款方 — payee */
  payee: Scalars['String']['output'];
  /** 支付凭证号 — payment reference (bank transfer number …) */
  paymentReference?: Maybe<Scalars['String']['output']>;
  /** 本人可执行操作 — what the caller may do on this request now */
  permissions: FundDisbursementPermissions;
  /** 关联项目 — linked project reference */
  projectRef?: Maybe<Scalars['String']['output']>;
  /** 用途 — purpose key (一老一小, special-group aid, a project …) */
  purpose: Scalars['String']['output'];
  /** 用途名称 — purpose name */
  purposeName: Scalars['String']['output'];
  /** 原因 — reason of a rejection or cancellation */
  reason?: Maybe<Scalars['String']['output']>;
  /** 申请时间 — when it was requested */
  requestedAt: Scalars['DateTimeISO']['output'];
  /** 申请人 — requester display name */
  requesterName: Scalars['String']['output'];
  /** 状态 — state of the request */
  status: FundDisbursementStatus;
  /** 事由 — title of the request */
  title: Scalars['String']['output'];
};

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

/** 支出申请列表 — a page of FundDisbursement items */
export type FundDisbursementConnection = {
  __typename?: 'FundDisbursementConnection';
  /** 边 — items with their cursors */
  edges: Array<FundDisbursementEdge>;
  /** 条目 — the items of this page */
  nodes: Array<FundDisbursement>;
  /** 分页信息 — page info */
  pageInfo: PageInfo;
  /** 总数 — items in the whole list */
  totalCount: Scalars['Int']['output'];
};

/** 支出申请边 — one FundDisbursement in a page with its cursor */
export type FundDisbursementEdge = {
  __typename?: 'FundDisbursementEdge';
  /** 游标 — cursor of this item */
  cursor: Scalars['String']['output'];
  /** 支出申请 — the item */
  node: FundDisbursement;
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

/** 支出申请结果 — result of a mutation on FundDisbursement */
export type FundDisbursementPayload = {
  __typename?: 'FundDisbursementPayload';
  /** 支出申请 — the object, null when userErrors is not empty */
  disbursement?: Maybe<FundDisbursement>;
  /** 用户错误 — expected failures; empty on success */
  userErrors: Array<UserError>;
};

/** 本人可执行操作 — what the caller may do on this request now */
export type FundDisbursementPermissions = {
  __typename?: 'FundDisbursementPermissions';
  /** 批准 — approve (committee member, not the requester, not yet approved) */
  approve: Scalars['Boolean']['output'];
  /** 撤回 — cancel with a reason (requester or community staff) */
  cancel: Scalars['Boolean']['output'];
  /** 支付 — record the payment (custodian) */
  pay: Scalars['Boolean']['output'];
  /** 驳回 — reject with a reason */
  reject: Scalars['Boolean']['output'];
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

/** 捐赠 — a donation or pledge to a community fund */
export type FundDonation = Node & {
  __typename?: 'FundDonation';
  /** 金额（分）— money, or the valuation of goods/services, in fen */
  amountFen: Scalars['Fen']['output'];
  /** 匿名 — the donor is hidden in public statements */
  anonymous: Scalars['Boolean']['output'];
  /** 物资或服务说明 — what the goods or services are */
  description?: Maybe<Scalars['String']['output']>;
  /** 捐赠方登记 ID — CharityResource or CobuildingUnit id; null for individuals or when hidden */
  donorId?: Maybe<Scalars['ID']['output']>;
  /** 捐赠方 — donor name, or 匿名捐赠人 when anonymous (shown to committee, custodian and the donor) */
  donorName: Scalars['String']['output'];
  /** 捐赠方类型 — null when hidden by anonymity */
  donorType?: Maybe<FundDonorType>;
  /** 基金 — the fund */
  fund: Fund;
  /** 全局 ID — opaque, versioned global id */
  id: Scalars['ID']['output'];
  /** 捐赠形式 — money, goods or services */
  kind: FundDonationKind;
  /** 本人捐赠 — the caller is the donor */
  mine: Scalars['Boolean']['output'];
  /** 本人可执行操作 — what the caller may do on this donation now */
  permissions: FundDonationPermissions;
  /** 认捐时间 — when it was pledged */
  pledgedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 原因 — reason of a refund or cancellation */
  reason?: Maybe<Scalars['String']['output']>;
  /** 收据编号 — receipt number (per fund, no gaps), once received */
  receiptNumber?: Maybe<Scalars['String']['output']>;
  /** 到账时间 — when it was received */
  receivedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 退回时间 — when it was refunded */
  refundedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 状态 — pledged, received, refunded or cancelled */
  status: FundDonationStatus;
};

/** 捐赠列表 — a page of FundDonation items */
export type FundDonationConnection = {
  __typename?: 'FundDonationConnection';
  /** 边 — items with their cursors */
  edges: Array<FundDonationEdge>;
  /** 条目 — the items of this page */
  nodes: Array<FundDonation>;
  /** 分页信息 — page info */
  pageInfo: PageInfo;
  /** 总数 — items in the whole list */
  totalCount: Scalars['Int']['output'];
};

/** 捐赠边 — one FundDonation in a page with its cursor */
export type FundDonationEdge = {
  __typename?: 'FundDonationEdge';
  /** 游标 — cursor of this item */
  cursor: Scalars['String']['output'];
  /** 捐赠 — the item */
  node: FundDonation;
};

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

/** 捐赠结果 — result of a mutation on FundDonation */
export type FundDonationPayload = {
  __typename?: 'FundDonationPayload';
  /** 捐赠 — the object, null when userErrors is not empty */
  donation?: Maybe<FundDonation>;
  /** 用户错误 — expected failures; empty on success */
  userErrors: Array<UserError>;
};

/** 本人可执行操作 — what the caller may do on this donation now */
export type FundDonationPermissions = {
  __typename?: 'FundDonationPermissions';
  /** 撤销认捐 — cancel the pledge */
  cancel: Scalars['Boolean']['output'];
  /** 确认到账 — fulfil the pledge (issue the receipt) */
  fulfil: Scalars['Boolean']['output'];
  /** 退回 — refund the donation */
  refund: Scalars['Boolean']['output'];
};

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
  /** 慈善资源或共建单位 — CharityResource or CobuildingUnit id */
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
  | 'INDIVIDUAL';

/** 社区基金边 — one Fund in a page with its cursor */
export type FundEdge = {
  __typename?: 'FundEdge';
  /** 游标 — cursor of this item */
  cursor: Scalars['String']['output'];
  /** 社区基金 — the item */
  node: Fund;
};

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

/** 社区基金结果 — result of a mutation on Fund */
export type FundPayload = {
  __typename?: 'FundPayload';
  /** 社区基金 — the object, null when userErrors is not empty */
  fund?: Maybe<Fund>;
  /** 用户错误 — expected failures; empty on success */
  userErrors: Array<UserError>;
};

/** 本人可执行操作 — what the caller may do on this fund */
export type FundPermissions = {
  __typename?: 'FundPermissions';
  /** 审批 — approve or reject requests (management committee) */
  approve: Scalars['Boolean']['output'];
  /** 管理基金 — change the fund and its roster */
  manage: Scalars['Boolean']['output'];
  /** 支付 — pay approved requests (custodian) */
  pay: Scalars['Boolean']['output'];
  /** 认捐 — pledge as oneself */
  pledge: Scalars['Boolean']['output'];
  /** 登记捐赠 — record donations and fulfil pledges */
  recordDonation: Scalars['Boolean']['output'];
  /** 申请支出 — request a disbursement */
  requestDisbursement: Scalars['Boolean']['output'];
  /** 查看匿名捐赠人 — see who anonymous donors are */
  seeDonors: Scalars['Boolean']['output'];
};

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

/** 基金成员 — a management committee member or custodian agent */
export type FundRosterEntry = {
  __typename?: 'FundRosterEntry';
  /** 姓名 — display name */
  displayName: Scalars['String']['output'];
  /** 角色 — role in the fund */
  role: FundMemberRole;
};

/** 基金公示 — public statement of a fund for a period (readable by every member) */
export type FundStatement = {
  __typename?: 'FundStatement';
  /** 期末余额（分）— money held at the end */
  closingBalanceFen: Scalars['Fen']['output'];
  /** CSV 导出 — the statement as CSV text (UTF-8, comma-separated) */
  csv: Scalars['String']['output'];
  /** 起 — period start (inclusive) */
  from: Scalars['DateTimeISO']['output'];
  /** 基金名称 — fund name */
  fundName: Scalars['String']['output'];
  /** 物资收入（分）— goods received at valuation, net of refunds */
  goodsFen: Scalars['Fen']['output'];
  /** 收入明细 — income by donor */
  income: Array<FundStatementIncomeLine>;
  /** 资金收入（分）— money received in the period, net of refunds */
  incomeFen: Scalars['Fen']['output'];
  /** 期初余额（分）— money held at the start */
  openingBalanceFen: Scalars['Fen']['output'];
  /** 支出明细 — spending by purpose */
  spending: Array<FundStatementSpendingLine>;
  /** 支出（分）— money paid out in the period */
  spendingFen: Scalars['Fen']['output'];
  /** 止 — period end (exclusive) */
  to: Scalars['DateTimeISO']['output'];
};

/** 收入明细 — income of one donor in the period (anonymous donors as one line) */
export type FundStatementIncomeLine = {
  __typename?: 'FundStatementIncomeLine';
  /** 匿名 — this line gathers anonymous donors */
  anonymous: Scalars['Boolean']['output'];
  /** 笔数 — donations received */
  count: Scalars['Int']['output'];
  /** 捐赠方 — donor name, or 匿名捐赠人 for anonymous donors */
  donor: Scalars['String']['output'];
  /** 物资估值（分）— goods at valuation, net of refunds */
  goodsFen: Scalars['Fen']['output'];
  /** 资金（分）— money received, net of refunds */
  moneyFen: Scalars['Fen']['output'];
};

/** 支出明细 — spending on one purpose in the period */
export type FundStatementSpendingLine = {
  __typename?: 'FundStatementSpendingLine';
  /** 金额（分）— amount paid */
  amountFen: Scalars['Fen']['output'];
  /** 笔数 — payments */
  count: Scalars['Int']['output'];
  /** 用途 — purpose key */
  purpose: Scalars['String']['output'];
  /** 用途名称 — purpose name */
  purposeName: Scalars['String']['output'];
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

/** 特殊群体覆盖 — share of members with a 包保 and an on-time visit */
export type GridCareCoverage = {
  __typename?: 'GridCareCoverage';
  /** 已覆盖 — members with both */
  covered: Scalars['Int']['output'];
  /** 成员数 — active members */
  members: Scalars['Int']['output'];
  /** 按时探访 — members whose visit is not overdue */
  onTime: Scalars['Int']['output'];
  /** 覆盖率 — covered / members (1 when there are none) */
  rate: Scalars['Float']['output'];
  /** 有包保 — members with a 包保 person */
  withResponsible: Scalars['Int']['output'];
};

/** 特殊群体成员 — a resident in a special-care group (老小残困) */
export type GridCareMember = Node & {
  __typename?: 'GridCareMember';
  /** 类别 — category key from the settings (e.g. elderlyAlone) */
  category: Scalars['String']['output'];
  /** 类别名称 — category name (独居老人, 留守儿童 …) */
  categoryName: Scalars['String']['output'];
  /** 应访日期 — next visit due on (YYYY-MM-DD) */
  dueOn: Scalars['String']['output'];
  /** 退出日期 — left the group on (null: current) */
  endsOn?: Maybe<Scalars['String']['output']>;
  /** 认定依据 — evidence (certificate, assessment …) */
  evidence: Scalars['String']['output'];
  /** 全局 ID — opaque, versioned global id */
  id: Scalars['ID']['output'];
  /** 最近探访 — last visit at */
  lastVisitAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 逾期 — the due day has passed without a visit */
  overdue: Scalars['Boolean']['output'];
  /** 居民 — the resident cared for */
  resident?: Maybe<Resident>;
  /** 包保人 — the member responsible (null when none or without core.membership.read) */
  responsible?: Maybe<Membership>;
  /** 包保人姓名 — display name of the 包保 person */
  responsibleName?: Maybe<Scalars['String']['output']>;
  /** 纳入日期 — enrolled on (YYYY-MM-DD) */
  startsOn: Scalars['String']['output'];
  /** 探访周期 — visit every N days (from the category when enrolled or last visited) */
  visitEveryDays: Scalars['Int']['output'];
  /** 探访记录 — visits, newest first (at most 50) */
  visits: Array<GridCareVisit>;
};

/** 特殊群体成员列表 — a page of GridCareMember items */
export type GridCareMemberConnection = {
  __typename?: 'GridCareMemberConnection';
  /** 边 — items with their cursors */
  edges: Array<GridCareMemberEdge>;
  /** 条目 — the items of this page */
  nodes: Array<GridCareMember>;
  /** 分页信息 — page info */
  pageInfo: PageInfo;
  /** 总数 — items in the whole list */
  totalCount: Scalars['Int']['output'];
};

/** 特殊群体成员边 — one GridCareMember in a page with its cursor */
export type GridCareMemberEdge = {
  __typename?: 'GridCareMemberEdge';
  /** 游标 — cursor of this item */
  cursor: Scalars['String']['output'];
  /** 特殊群体成员 — the item */
  node: GridCareMember;
};

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

/** 特殊群体成员结果 — result of a mutation on GridCareMember */
export type GridCareMemberPayload = {
  __typename?: 'GridCareMemberPayload';
  /** 特殊群体成员 — the object, null when userErrors is not empty */
  gridCareMember?: Maybe<GridCareMember>;
  /** 用户错误 — expected failures; empty on success */
  userErrors: Array<UserError>;
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

/** 逾期通知结果 — how many overdue events were published */
export type GridCareOverduePayload = {
  __typename?: 'GridCareOverduePayload';
  /** 已通知 — members newly reported overdue */
  notified?: Maybe<Scalars['Int']['output']>;
  /** 用户错误 — expected failures; empty on success */
  userErrors: Array<UserError>;
};

/** 探访记录 — a visit to a special-care member */
export type GridCareVisit = Node & {
  __typename?: 'GridCareVisit';
  /** 应访日期 — the visit was due on this day (YYYY-MM-DD) */
  dueOn: Scalars['String']['output'];
  /** 全局 ID — opaque, versioned global id */
  id: Scalars['ID']['output'];
  /** 探访方式 — visit kind key from the settings (入户探访, 心理疏导, 上门看护 …) */
  kind: Scalars['String']['output'];
  /** 探访方式名称 — visit kind name (入户探访 …) */
  kindName: Scalars['String']['output'];
  /** 记录 — notes */
  notes: Scalars['String']['output'];
  /** 按时 — done on or before the due day */
  onTime: Scalars['Boolean']['output'];
  /** 探访时间 — visited at */
  visitedAt: Scalars['DateTimeISO']['output'];
};

/** 探访记录结果 — result of a mutation on GridCareVisit */
export type GridCareVisitPayload = {
  __typename?: 'GridCareVisitPayload';
  /** 探访记录 — the object, null when userErrors is not empty */
  gridCareVisit?: Maybe<GridCareVisit>;
  /** 用户错误 — expected failures; empty on success */
  userErrors: Array<UserError>;
};

/** 登记探访 — record a visit */
export type GridCareVisitRecordInput = {
  /** 探访方式 — visit kind key from the settings */
  kind: Scalars['String']['input'];
  /** 成员 — the special-care member visited */
  member: Scalars['ID']['input'];
  /** 记录 — notes */
  notes?: Scalars['String']['input'];
  /** 探访时间 — when (default now; not in the future) */
  visitedAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** 覆盖检查 — who is missing where */
export type GridCoverage = {
  __typename?: 'GridCoverage';
  /** 无人负责的户 — placed households with no active duty holder on their path (at most `first`) */
  householdsWithoutResponsible: Array<Household>;
  /** 无人负责户数 — their number */
  householdsWithoutResponsibleCount: Scalars['Int']['output'];
  /** 空缺数 — number of role gaps */
  roleGapCount: Scalars['Int']['output'];
  /** 职责空缺 — units without a required role holder (at most `first`) */
  roleGaps: Array<GridRoleGap>;
  /** 未落格户数 — open households not placed in any unit (whole-community view only, else 0) */
  unplacedHouseholdCount: Scalars['Int']['output'];
};

/** 网格职责 — a member holding a duty role on a unit */
export type GridDuty = Node & {
  __typename?: 'GridDuty';
  /** 结束日期 — last day of the duty (null: still serving) */
  endsOn?: Maybe<Scalars['String']['output']>;
  /** 担任人 — the member holding the role (null without core.membership.read) */
  holder?: Maybe<Membership>;
  /** 担任人姓名 — display name of the holder (shown to residents as their contact) */
  holderName: Scalars['String']['output'];
  /** 全局 ID — opaque, versioned global id */
  id: Scalars['ID']['output'];
  /** 职责 — duty role key from the settings (e.g. gridWorker) */
  role: Scalars['String']['output'];
  /** 职责名称 — role name from the settings (e.g. 网格员) */
  roleName: Scalars['String']['output'];
  /** 开始日期 — first day of the duty (YYYY-MM-DD) */
  startsOn: Scalars['String']['output'];
  /** 单元 — the unit (null outside the caller's units) */
  unit?: Maybe<GridUnit>;
};

/** 任命网格职责 — assign a member a duty role on a unit */
export type GridDutyAssignInput = {
  /** 结束日期 — last day (YYYY-MM-DD, optional) */
  endsOn?: InputMaybe<Scalars['String']['input']>;
  /** 成员 — the member (Membership) taking the role */
  membership: Scalars['ID']['input'];
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

/** 网格职责结果 — result of a mutation on GridDuty */
export type GridDutyPayload = {
  __typename?: 'GridDutyPayload';
  /** 网格职责 — the object, null when userErrors is not empty */
  gridDuty?: Maybe<GridDuty>;
  /** 用户错误 — expected failures; empty on success */
  userErrors: Array<UserError>;
};

/** 导出 — the exported register as CSV */
export type GridExport = {
  __typename?: 'GridExport';
  /** 表格内容 — the register as CSV, UTF-8 with a header row; personal data masked */
  csv: Scalars['String']['output'];
  /** 记录 — the log entry */
  log: GridExportLog;
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

/** 导出记录 — one export of a register (who, what, when) */
export type GridExportLog = {
  __typename?: 'GridExportLog';
  /** 导出时间 — exported at */
  exportedAt: Scalars['DateTimeISO']['output'];
  /** 台账 — which register (HOUSEHOLDS, RESIDENTS, CARE) */
  kind: Scalars['String']['output'];
  /** 行数 — rows exported */
  rowCount: Scalars['Int']['output'];
};

/** 导出记录列表 — a page of GridExportLog items */
export type GridExportLogConnection = {
  __typename?: 'GridExportLogConnection';
  /** 边 — items with their cursors */
  edges: Array<GridExportLogEdge>;
  /** 条目 — the items of this page */
  nodes: Array<GridExportLog>;
  /** 分页信息 — page info */
  pageInfo: PageInfo;
  /** 总数 — items in the whole list */
  totalCount: Scalars['Int']['output'];
};

/** 导出记录边 — one GridExportLog in a page with its cursor */
export type GridExportLogEdge = {
  __typename?: 'GridExportLogEdge';
  /** 游标 — cursor of this item */
  cursor: Scalars['String']['output'];
  /** 导出记录 — the item */
  node: GridExportLog;
};

/** 导出结果 — result of gridExportCreate */
export type GridExportPayload = {
  __typename?: 'GridExportPayload';
  /** 导出 — the export */
  export?: Maybe<GridExport>;
  /** 用户错误 — expected failures; empty on success */
  userErrors: Array<UserError>;
};

/** 户动态 — an event another module published about the household */
export type GridHouseholdActivity = {
  __typename?: 'GridHouseholdActivity';
  /** 时间 — when */
  at: Scalars['DateTimeISO']['output'];
  /** 数据 — the event data (ids and figures only) */
  data: Scalars['JSONObject']['output'];
  /** 对象 — global id of the event's subject */
  subject?: Maybe<Scalars['ID']['output']>;
  /** 事件类型 — event type, e.g. dispatch.RequestRated */
  type: Scalars['String']['output'];
};

/** 网格内的户列表 — a page of GridHousehold items */
export type GridHouseholdConnection = {
  __typename?: 'GridHouseholdConnection';
  /** 边 — items with their cursors */
  edges: Array<GridHouseholdEdge>;
  /** 条目 — the items of this page */
  nodes: Array<Household>;
  /** 分页信息 — page info */
  pageInfo: PageInfo;
  /** 总数 — items in the whole list */
  totalCount: Scalars['Int']['output'];
};

/** 网格内的户边 — one GridHousehold in a page with its cursor */
export type GridHouseholdEdge = {
  __typename?: 'GridHouseholdEdge';
  /** 游标 — cursor of this item */
  cursor: Scalars['String']['output'];
  /** 网格内的户 — the item */
  node: Household;
};

/** 一户一档 — a household's file */
export type GridHouseholdFile = {
  __typename?: 'GridHouseholdFile';
  /** 户动态 — newest events of enabled modules that name this household (requests, points, votes …) */
  activity: Array<GridHouseholdActivity>;
  /** 特殊群体 — special-care records of the members that the caller may see */
  careMembers: Array<GridCareMember>;
  /** 户 — the household */
  household: Household;
  /** 成员 — current residents (empty without core.resident.read) */
  members: Array<Resident>;
  /** 归属路径 — units from the top down to the household's unit */
  path: Array<GridUnit>;
  /** 落格历史 — placements, newest first */
  placements: Array<GridPlacement>;
  /** 负责人 — active duty holders on the path (empty without grid.duty.read) */
  responsible: Array<GridDuty>;
  /** 标签 — tags */
  tags: Array<Scalars['String']['output']>;
  /** 所在单元 — current unit (null when not placed) */
  unit?: Maybe<GridUnit>;
};


/** 一户一档 — a household's file */
export type GridHouseholdFileActivityArgs = {
  first?: Scalars['Int']['input'];
};

/** 户落格 — place a household into a unit (closes its previous placement) */
export type GridHouseholdPlaceInput = {
  /** 户 — the household */
  household: Scalars['ID']['input'];
  /** 单元 — the unit */
  unit: Scalars['ID']['input'];
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

/** 导入结果 — result of gridImport */
export type GridImportPayload = {
  __typename?: 'GridImportPayload';
  /** 报告 — the report */
  report?: Maybe<GridImportReport>;
  /** 用户错误 — expected failures; empty on success */
  userErrors: Array<UserError>;
};

/** 导入问题 — one bad cell */
export type GridImportProblem = {
  __typename?: 'GridImportProblem';
  /** 列 — field */
  field: Scalars['String']['output'];
  /** 原因 — reason */
  reason: Scalars['String']['output'];
  /** 行号 — row number in the sheet (1-based) */
  row: Scalars['Int']['output'];
  /** 表 — sheet: units, households or residents */
  sheet: Scalars['String']['output'];
};

/** 导入报告 — what was (or would be) imported and every bad row */
export type GridImportReport = {
  __typename?: 'GridImportReport';
  /** 已写入 — true when applied; false on a dry run or when any row is bad */
  applied: Scalars['Boolean']['output'];
  /** 户数 — households */
  households: Scalars['Int']['output'];
  /** 落格数 — placements */
  placements: Scalars['Int']['output'];
  /** 问题 — every bad row (nothing is written when not empty) */
  problems: Array<GridImportProblem>;
  /** 居民数 — residents */
  residents: Scalars['Int']['output'];
  /** 单元数 — units */
  units: Scalars['Int']['output'];
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

/** 网格成效指标 — one outcome figure of the grid */
export type GridMetric = {
  __typename?: 'GridMetric';
  /** 指标 — metric key, e.g. grid.careCoverage */
  key: Scalars['String']['output'];
  /** 名称 — name (zh-CN) */
  name: Scalars['String']['output'];
  /** 数值 — value (shares are 0–1) */
  value: Scalars['Float']['output'];
};

/** 落格记录 — a household's placement in a unit, current or past */
export type GridPlacement = {
  __typename?: 'GridPlacement';
  /** 移出时间 — moved out of the unit at (null: current) */
  endedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 户 — the household (null without core.household.read) */
  household?: Maybe<Household>;
  /** 落格时间 — placed at */
  placedAt: Scalars['DateTimeISO']['output'];
  /** 单元 — the unit (null outside the caller's units) */
  unit?: Maybe<GridUnit>;
};

/** 落格记录结果 — result of a mutation on GridPlacement */
export type GridPlacementPayload = {
  __typename?: 'GridPlacementPayload';
  /** 落格记录 — the object, null when userErrors is not empty */
  gridPlacement?: Maybe<GridPlacement>;
  /** 用户错误 — expected failures; empty on success */
  userErrors: Array<UserError>;
};

/** 网格内的居民列表 — a page of GridResident items */
export type GridResidentConnection = {
  __typename?: 'GridResidentConnection';
  /** 边 — items with their cursors */
  edges: Array<GridResidentEdge>;
  /** 条目 — the items of this page */
  nodes: Array<Resident>;
  /** 分页信息 — page info */
  pageInfo: PageInfo;
  /** 总数 — items in the whole list */
  totalCount: Scalars['Int']['output'];
};

/** 网格内的居民边 — one GridResident in a page with its cursor */
export type GridResidentEdge = {
  __typename?: 'GridResidentEdge';
  /** 游标 — cursor of this item */
  cursor: Scalars['String']['output'];
  /** 网格内的居民 — the item */
  node: Resident;
};

/** 职责空缺 — a unit without a holder of a required duty role */
export type GridRoleGap = {
  __typename?: 'GridRoleGap';
  /** 职责 — the missing role key */
  role: Scalars['String']['output'];
  /** 职责名称 — the missing role name */
  roleName: Scalars['String']['output'];
  /** 单元 — the unit */
  unit: GridUnit;
};

/** 网格单元 — a unit of the territory tree (网格, 居民小组, 楼栋 …) */
export type GridUnit = Node & {
  __typename?: 'GridUnit';
  /** 下级单元 — children, in sort order */
  children: GridUnitConnection;
  /** 编码 — code, unique in the community */
  code: Scalars['String']['output'];
  /** 职责 — duty holders of the unit (active only unless asked); empty without grid.duty.read */
  duties: Array<GridDuty>;
  /** 有下级 — whether the unit has children (to draw the tree lazily) */
  hasChildren: Scalars['Boolean']['output'];
  /** 户数 — households currently placed here, descendants included */
  householdCount: Scalars['Int']['output'];
  /** 户 — households placed in the unit (一楼一册); empty without core.household.read */
  households: GridHouseholdConnection;
  /** 全局 ID — opaque, versioned global id */
  id: Scalars['ID']['output'];
  /** 层级 — level key from the settings (e.g. grid, building) */
  level: Scalars['String']['output'];
  /** 层级名称 — level name from the settings (e.g. 网格, 楼栋) */
  levelName: Scalars['String']['output'];
  /** 名称 — name, e.g. 第一网格, 3 栋 */
  name: Scalars['String']['output'];
  /** 轮廓 — GeoJSON outline (一院一图) */
  outline?: Maybe<Scalars['JSONObject']['output']>;
  /** 上级单元 — parent (null at the top or outside the caller's units) */
  parent?: Maybe<GridUnit>;
  /** 居民 — residents of the unit's households; empty without core.resident.read */
  residents: GridResidentConnection;
  /** 排序 — sort order among siblings */
  sortOrder: Scalars['Int']['output'];
};


/** 网格单元 — a unit of the territory tree (网格, 居民小组, 楼栋 …) */
export type GridUnitChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** 网格单元 — a unit of the territory tree (网格, 居民小组, 楼栋 …) */
export type GridUnitDutiesArgs = {
  includeEnded?: Scalars['Boolean']['input'];
};


/** 网格单元 — a unit of the territory tree (网格, 居民小组, 楼栋 …) */
export type GridUnitHouseholdsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDescendants?: Scalars['Boolean']['input'];
  last?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  tag?: InputMaybe<Scalars['String']['input']>;
};


/** 网格单元 — a unit of the territory tree (网格, 居民小组, 楼栋 …) */
export type GridUnitResidentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDescendants?: Scalars['Boolean']['input'];
  last?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

/** 网格单元列表 — a page of GridUnit items */
export type GridUnitConnection = {
  __typename?: 'GridUnitConnection';
  /** 边 — items with their cursors */
  edges: Array<GridUnitEdge>;
  /** 条目 — the items of this page */
  nodes: Array<GridUnit>;
  /** 分页信息 — page info */
  pageInfo: PageInfo;
  /** 总数 — items in the whole list */
  totalCount: Scalars['Int']['output'];
};

/** 新建网格单元 — create a unit */
export type GridUnitCreateInput = {
  /** 编码 — code, unique in the community */
  code: Scalars['String']['input'];
  /** 层级 — level key from the settings */
  level: Scalars['String']['input'];
  /** 名称 — name */
  name: Scalars['String']['input'];
  /** 轮廓 — GeoJSON outline (一院一图) */
  outline?: InputMaybe<Scalars['JSONObject']['input']>;
  /** 上级单元 — parent (omit for a top-level unit) */
  parent?: InputMaybe<Scalars['ID']['input']>;
  /** 排序 — sort order among siblings */
  sortOrder?: InputMaybe<Scalars['Int']['input']>;
};

/** 网格单元边 — one GridUnit in a page with its cursor */
export type GridUnitEdge = {
  __typename?: 'GridUnitEdge';
  /** 游标 — cursor of this item */
  cursor: Scalars['String']['output'];
  /** 网格单元 — the item */
  node: GridUnit;
};

/** 调整网格单元 — move a unit under another parent of the same level */
export type GridUnitMoveInput = {
  /** 单元 — the unit */
  id: Scalars['ID']['input'];
  /** 新上级 — the new parent */
  parent: Scalars['ID']['input'];
};

/** 网格单元结果 — result of a mutation on GridUnit */
export type GridUnitPayload = {
  __typename?: 'GridUnitPayload';
  /** 网格单元 — the unit, null when userErrors is not empty */
  gridUnit?: Maybe<GridUnit>;
  /**
   * 网格单元（旧名）— same as gridUnit
   * @deprecated Use gridUnit
   */
  unit?: Maybe<GridUnit>;
  /** 用户错误 — expected failures; empty on success */
  userErrors: Array<UserError>;
};

/** 修改网格单元 — edit a unit */
export type GridUnitUpdateInput = {
  /** 编码 — code */
  code?: InputMaybe<Scalars['String']['input']>;
  /** 单元 — the unit */
  id: Scalars['ID']['input'];
  /** 名称 — name */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 轮廓 — GeoJSON outline */
  outline?: InputMaybe<Scalars['JSONObject']['input']>;
  /** 排序 — sort order */
  sortOrder?: InputMaybe<Scalars['Int']['input']>;
};

/** 户 — a household, the unit of the household file (一户一档) */
export type Household = Node & {
  __typename?: 'Household';
  /** 地址 — address (小区、楼栋、单元、门牌) */
  address: Scalars['String']['output'];
  /** 楼栋 — building label, until the grid module places the household */
  building?: Maybe<Scalars['String']['output']>;
  /** 注销时间 — when the household file was closed (moved away) */
  closedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 全局 ID — opaque, versioned global id */
  id: Scalars['ID']['output'];
  /** 成员 — residents of the household (empty without core.resident.read) */
  members: Array<Resident>;
  /** 户号 — household number, unique in the community */
  number: Scalars['String']['output'];
  /** 标签 — free tags, e.g. 党员户, 志愿者之家 */
  tags: Array<Scalars['String']['output']>;
};

/** 注销户 — close a household file (kept, never deleted) */
export type HouseholdCloseInput = {
  /** 户 — the household */
  id: Scalars['ID']['input'];
};

/** 户列表 — a page of Household items */
export type HouseholdConnection = {
  __typename?: 'HouseholdConnection';
  /** 边 — items with their cursors */
  edges: Array<HouseholdEdge>;
  /** 条目 — the items of this page */
  nodes: Array<Household>;
  /** 分页信息 — page info */
  pageInfo: PageInfo;
  /** 总数 — items in the whole list */
  totalCount: Scalars['Int']['output'];
};

/** 新建户 — create a household file */
export type HouseholdCreateInput = {
  /** 地址 — address */
  address: Scalars['String']['input'];
  /** 楼栋 — building label */
  building?: InputMaybe<Scalars['String']['input']>;
  /** 户号 — household number, unique in the community */
  number: Scalars['String']['input'];
  /** 标签 — tags */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** 户边 — one Household in a page with its cursor */
export type HouseholdEdge = {
  __typename?: 'HouseholdEdge';
  /** 游标 — cursor of this item */
  cursor: Scalars['String']['output'];
  /** 户 — the item */
  node: Household;
};

/** 户结果 — result of a mutation on Household */
export type HouseholdPayload = {
  __typename?: 'HouseholdPayload';
  /** 户 — the object, null when userErrors is not empty */
  household?: Maybe<Household>;
  /** 用户错误 — expected failures; empty on success */
  userErrors: Array<UserError>;
};

/** 修改户 — update a household file */
export type HouseholdUpdateInput = {
  /** 地址 — address */
  address?: InputMaybe<Scalars['String']['input']>;
  /** 楼栋 — building label */
  building?: InputMaybe<Scalars['String']['input']>;
  /** 户 — the household */
  id: Scalars['ID']['input'];
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

/** 当前用户 — the signed-in account */
export type Me = {
  __typename?: 'Me';
  /** 当前社区 — active community of this token */
  activeCommunity?: Maybe<Community>;
  /** 显示名 — display name */
  displayName: Scalars['String']['output'];
  /** 账号 ID — global id of the account */
  id: Scalars['ID']['output'];
  /** 账号 — login name */
  login: Scalars['String']['output'];
  /** 我的社区 — all my communities and roles */
  memberships: Array<MyMembership>;
  /** 平台管理员 — platform administrator */
  platformAdmin: Scalars['Boolean']['output'];
};

/** 成员身份 — an account's roles in one community */
export type Membership = Node & {
  __typename?: 'Membership';
  /** 有效 — whether the membership is active */
  active: Scalars['Boolean']['output'];
  /** 显示名 — the member's display name */
  displayName: Scalars['String']['output'];
  /** 全局 ID — opaque, versioned global id */
  id: Scalars['ID']['output'];
  /** 账号 — the member's login name */
  login: Scalars['String']['output'];
  /** 角色 — roles held in this community */
  roles: Array<RoleKind>;
  /** 职务 — title shown to residents, e.g. 网格长 */
  title?: Maybe<Scalars['String']['output']>;
};

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

/** 成员列表 — a page of Membership items */
export type MembershipConnection = {
  __typename?: 'MembershipConnection';
  /** 边 — items with their cursors */
  edges: Array<MembershipEdge>;
  /** 条目 — the items of this page */
  nodes: Array<Membership>;
  /** 分页信息 — page info */
  pageInfo: PageInfo;
  /** 总数 — items in the whole list */
  totalCount: Scalars['Int']['output'];
};

/** 成员边 — one Membership in a page with its cursor */
export type MembershipEdge = {
  __typename?: 'MembershipEdge';
  /** 游标 — cursor of this item */
  cursor: Scalars['String']['output'];
  /** 成员 — the item */
  node: Membership;
};

/** 成员结果 — result of a mutation on Membership */
export type MembershipPayload = {
  __typename?: 'MembershipPayload';
  /** 成员 — the object, null when userErrors is not empty */
  membership?: Maybe<Membership>;
  /** 用户错误 — expected failures; empty on success */
  userErrors: Array<UserError>;
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

/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type Mutation = {
  __typename?: 'Mutation';
  /** 停用或启用账号 — disable or re-enable a login (platform admin) */
  accountSetDisabled: AccountSetDisabledPayload;
  /** 新建接口密钥 — create an API key; the secret is returned once */
  apiKeyCreate: ApiKeyCreatePayload;
  /** 吊销接口密钥 — revoke an API key at once */
  apiKeyRevoke: ApiKeyPayload;
  /** 登录 — sign in; returns an access token and a refresh token */
  authLogin: AuthPayload;
  /** 退出登录 — revoke the refresh token and its family */
  authLogout: AuthLogoutPayload;
  /** 刷新令牌 — rotate a refresh token; reusing a spent one revokes its family */
  authRefresh: AuthPayload;
  /** 登记慈善资源 — register a CharityResource */
  charityResourceCreate: CharityResourcePayload;
  /** 修改慈善资源 — update a CharityResource (active=false archives it) */
  charityResourceUpdate: CharityResourcePayload;
  /** 登记共建单位 — register a CobuildingUnit */
  cobuildingUnitCreate: CobuildingUnitPayload;
  /** 修改共建单位 — update a CobuildingUnit (active=false archives it) */
  cobuildingUnitUpdate: CobuildingUnitPayload;
  /** 新建社区 — create a community, optionally from a preset (platform or street admin) */
  communityCreate: CommunityPayload;
  /** 配置模块 — enable, disable or configure a module here (settings are validated) */
  communityModuleConfigure: CommunityPayload;
  /** 修改社区 — update the active community */
  communityUpdate: CommunityPayload;
  /** 列入议程 — add a topic of the body to the agenda */
  councilAgendaAdd: CouncilMeetingPayload;
  /** 登记出席 — staff record an in-person attendee (the recorder is kept) */
  councilAttendanceRecord: CouncilMeetingPayload;
  /** 新建议事机构 — create a body at a level */
  councilBodyCreate: CouncilBodyPayload;
  /** 发言 — comment on a topic under discussion (members; any resident when online discussion is open) */
  councilCommentPost: CouncilCommentPayload;
  /** 发布文件 — publish the next version (the previous versions stay as they were) */
  councilDocumentPublish: CouncilDocumentPayload;
  /** 线上参会 — check in online to a meeting */
  councilMeetingAttend: CouncilMeetingPayload;
  /** 闭会 — close the meeting once, filing minutes and the report */
  councilMeetingClose: CouncilMeetingPayload;
  /** 会议提醒 — record a council.MeetingDue event per body whose next meeting is due soon and not yet scheduled; returns how many */
  councilMeetingRemind: Scalars['Int']['output'];
  /** 安排会议 — schedule a meeting with an optional agenda */
  councilMeetingSchedule: CouncilMeetingPayload;
  /** 增补成员 — add a member to a body for a term */
  councilMemberAdd: CouncilMemberPayload;
  /** 成员卸任 — end a seat (kept in the roster history) */
  councilMemberEnd: CouncilMemberPayload;
  /** 新增办理事项 — add a task with an owner and a deadline to a decided topic */
  councilTaskAdd: CouncilTaskPayload;
  /** 事项完成 — mark a task done */
  councilTaskDone: CouncilTaskPayload;
  /** 结束评议 — close the residents' evaluation (民事民评) and the topic */
  councilTopicCloseEvaluation: CouncilTopicPayload;
  /** 办结 — finish carrying out (民事民办) once every task is done; moves on to 民事民评 */
  councilTopicComplete: CouncilTopicPayload;
  /** 议题上报 — escalate to the next level up; history, comments and votes go with it */
  councilTopicEscalate: CouncilTopicPayload;
  /** 评议 — a resident rates the outcome once (民事民评) */
  councilTopicEvaluate: CouncilEvaluationPayload;
  /** 提出议题 — raise a topic for a body to deliberate (民事民提) */
  councilTopicRaise: CouncilTopicPayload;
  /** 协商一致 — conclude the discussion without a vote (bodies that do not use 民事民决) */
  councilTopicResolve: CouncilTopicPayload;
  /** 议题受理 — accept a raised topic for discussion, or screen it out with a reason */
  councilTopicScreen: CouncilTopicPayload;
  /** 投票 — cast one's own ballot: once per member (or per household in household votes) */
  councilVoteCast: CouncilVotePayload;
  /** 结束表决 — close once: quorum and threshold are evaluated on the closed ballots and published */
  councilVoteClose: CouncilVotePayload;
  /** 录入现场票 — enter an in-person ballot; the entering staff is recorded */
  councilVoteEnter: CouncilVotePayload;
  /** 发起表决 — open a vote; the body's rules are frozen on it */
  councilVoteOpen: CouncilVotePayload;
  /** 新建基金 — create a fund with its custodian and committee */
  fundCreate: FundPayload;
  /** 批准支出 — approve as a committee member (each once; never one's own request) */
  fundDisbursementApprove: FundDisbursementPayload;
  /** 撤回支出 — cancel with a reason (the requester, or community staff) */
  fundDisbursementCancel: FundDisbursementPayload;
  /** 支付 — pay an approved request (custodian); the balance must cover it */
  fundDisbursementPay: FundDisbursementPayload;
  /** 驳回支出 — reject with a reason (committee member) */
  fundDisbursementReject: FundDisbursementPayload;
  /** 申请支出 — request a disbursement; the approval rule is fixed from the settings */
  fundDisbursementRequest: FundDisbursementPayload;
  /** 登记捐赠 — record a donation received now (receipt issued, income posted) */
  fundDonationRecord: FundDonationPayload;
  /** 退回捐赠 — refund by reversing entries (custodian; never below zero) */
  fundDonationRefund: FundDonationPayload;
  /** 撤销认捐 — cancel a pledge (the donor or the fund's recorders) */
  fundPledgeCancel: FundDonationPayload;
  /** 认捐 — pledge a donation (as oneself, or for a donor when recording for the fund) */
  fundPledgeCreate: FundDonationPayload;
  /** 认捐到账 — the pledge was paid: receipt issued, income posted */
  fundPledgeFulfil: FundDonationPayload;
  /** 修改基金 — rename, describe, (de)activate, or replace the roster */
  fundUpdate: FundPayload;
  /** 退出特殊群体 — end the membership */
  gridCareMemberEnd: GridCareMemberPayload;
  /** 登记特殊群体 — enrol a resident (staff: residents of their own units) */
  gridCareMemberEnroll: GridCareMemberPayload;
  /** 修改特殊群体成员 — change evidence or the 包保 person */
  gridCareMemberUpdate: GridCareMemberPayload;
  /** 逾期通知 — publish grid.CareVisitOverdue for members newly past their due day (also run on a schedule) */
  gridCareOverdueNotify: GridCareOverduePayload;
  /** 登记探访 — record a visit (the 包保 person, the unit's staff, social workers, admins) */
  gridCareVisitRecord: GridCareVisitPayload;
  /** 任命网格职责 — assign a duty role on a unit of the role's level */
  gridDutyAssign: GridDutyPayload;
  /** 卸任网格职责 — end a duty (kept as history) */
  gridDutyEnd: GridDutyPayload;
  /** 导出台账 — export a register as CSV; every export is logged */
  gridExportCreate: GridExportPayload;
  /** 户落格 — place a household into a unit; the previous placement is closed and kept */
  gridHouseholdPlace: GridPlacementPayload;
  /** 批量导入 — validate every row; apply all or nothing */
  gridImport: GridImportPayload;
  /** 新建网格单元 — create a unit of a configured level */
  gridUnitCreate: GridUnitPayload;
  /** 调整网格单元 — move a unit under another parent of the same level; history is kept */
  gridUnitMove: GridUnitPayload;
  /** 修改网格单元 — edit code, name, outline or sort order */
  gridUnitUpdate: GridUnitPayload;
  /** 注销户 — close a household file */
  householdClose: HouseholdPayload;
  /** 新建户 — create a household file */
  householdCreate: HouseholdPayload;
  /** 修改户 — update a household file */
  householdUpdate: HouseholdPayload;
  /** 添加成员 — add a person with roles */
  membershipAdd: MembershipPayload;
  /** 修改成员 — change roles, title, or deactivate */
  membershipUpdate: MembershipPayload;
  /** 发布公告 — publish a notice */
  noticePublish: NoticePayload;
  /** 积分奖惩 — award or deduct points with a reason; above the threshold it waits for a second approver */
  pointsAdjust: PointsAdjustmentPayload;
  /** 复核通过 — a second person approves a pending adjustment; it is posted */
  pointsAdjustmentApprove: PointsAdjustmentPayload;
  /** 复核驳回 — reject a pending adjustment; nothing is posted */
  pointsAdjustmentReject: PointsAdjustmentPayload;
  /** 积分过期 — expire an account's points older than the configured months, as ledger entries */
  pointsExpire: PointsAccountPayload;
  /** 上架商品 — add an item to the supermarket */
  pointsItemCreate: PointsItemPayload;
  /** 补货 — add (or write off) stock; never below zero */
  pointsItemRestock: PointsItemPayload;
  /** 修改商品 — update an item */
  pointsItemUpdate: PointsItemPayload;
  /** 积分兑换 — redeem an item: points and stock are taken together or not at all */
  pointsRedeem: PointsRedemptionPayload;
  /** 取消兑换 — cancel a reserved redemption: stock returned, points refunded as a new entry */
  pointsRedemptionCancel: PointsRedemptionPayload;
  /** 确认领取 — staff confirm a pickup with the redemption code */
  pointsRedemptionPickUp: PointsRedemptionPayload;
  /** 登记居民 — register a resident */
  residentCreate: ResidentPayload;
  /** 迁出 — mark a resident as moved away */
  residentMoveOut: ResidentPayload;
  /** 修改居民 — update a resident */
  residentUpdate: ResidentPayload;
  /** 撤销 — cancel with a reason (requester or dispatcher) */
  serviceRequestCancel: ServiceRequestPayload;
  /** 接单 — claim a request open to your pool; exactly one claimant wins */
  serviceRequestClaim: ServiceRequestPayload;
  /** 提交民需 — file a request (收) */
  serviceRequestCreate: ServiceRequestPayload;
  /** 派单 — assign a taker or open to a pool (分, "3+2") */
  serviceRequestDispatch: ServiceRequestPayload;
  /** 上报 — escalate to a department (街道吹哨、部门报到) or the 书记工作室 */
  serviceRequestEscalate: ServiceRequestPayload;
  /** 部门答复 — record the department's (or studio's) answer; the request is resolved by it */
  serviceRequestEscalationAnswer: ServiceRequestPayload;
  /** 转交 — hand over to another eligible taker (跟) */
  serviceRequestHandOver: ServiceRequestPayload;
  /** 合并重复 — merge a duplicate into another request (dispatcher) */
  serviceRequestMerge: ServiceRequestPayload;
  /** 进展记录 — add a progress note (跟) */
  serviceRequestNote: ServiceRequestPayload;
  /** 评价 — the requester rates 1–5 within the window; the request closes (评) */
  serviceRequestRate: ServiceRequestPayload;
  /** 不予受理 — reject with a reason (dispatcher) */
  serviceRequestReject: ServiceRequestPayload;
  /** 重启 — the requester reopens within the window; it goes back to dispatch */
  serviceRequestReopen: ServiceRequestPayload;
  /** 办结 — resolve with a result (结) */
  serviceRequestResolve: ServiceRequestPayload;
  /** 登记社会组织 — register a SocialOrganization */
  socialOrganizationCreate: SocialOrganizationPayload;
  /** 修改社会组织 — update a SocialOrganization (active=false archives it) */
  socialOrganizationUpdate: SocialOrganizationPayload;
  /** 登记社工 — register a SocialWorker */
  socialWorkerCreate: SocialWorkerPayload;
  /** 修改社工 — update a SocialWorker (active=false archives it) */
  socialWorkerUpdate: SocialWorkerPayload;
  /** 新建街道 — create a street office (platform admin) */
  streetCreate: StreetPayload;
  /** 发布志愿活动 — publish an activity with shifts */
  volunteerActivityCreate: VolunteerActivityPayload;
  /** 扫码签到 — check yourself in with the shift's code, within its time window */
  volunteerCheckInByCode: VolunteerSignupPayload;
  /** 扫码签退 — check yourself out with the shift's code, within its time window */
  volunteerCheckOutByCode: VolunteerSignupPayload;
  /** 登记志愿者 — register a Volunteer */
  volunteerCreate: VolunteerPayload;
  /** 确认时长 — the organizer confirms computed hours; a shift completed is announced (points may follow) */
  volunteerHoursConfirm: VolunteerHoursRecordPayload;
  /** 更正时长 — a dispute settled: a new correction record, the original stays */
  volunteerHoursCorrect: VolunteerHoursRecordPayload;
  /** 加入志愿者 — register yourself as a volunteer */
  volunteerMemberJoin: VolunteerMemberPayload;
  /** 登记志愿者 — register a volunteer, linked to the 五社 registry and a login */
  volunteerMemberRegister: VolunteerMemberPayload;
  /** 修改志愿者 — change teams, skills, availability or archive */
  volunteerMemberUpdate: VolunteerMemberPayload;
  /** 报名 — take a place on a shift, or join its waiting list when full */
  volunteerSignUp: VolunteerSignupPayload;
  /** 取消报名 — cancel; a freed place goes to the first on the waiting list */
  volunteerSignupCancel: VolunteerSignupPayload;
  /** 签到 — the organizer checks a volunteer in */
  volunteerSignupCheckIn: VolunteerSignupPayload;
  /** 签退 — the organizer checks a volunteer out; hours are computed for confirmation */
  volunteerSignupCheckOut: VolunteerSignupPayload;
  /** 修改志愿者 — update a Volunteer (active=false archives it) */
  volunteerUpdate: VolunteerPayload;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationAccountSetDisabledArgs = {
  input: AccountSetDisabledInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationApiKeyCreateArgs = {
  input: ApiKeyCreateInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationApiKeyRevokeArgs = {
  input: ApiKeyRevokeInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationAuthLoginArgs = {
  input: AuthLoginInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationAuthLogoutArgs = {
  input: AuthLogoutInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationAuthRefreshArgs = {
  input: AuthRefreshInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationCharityResourceCreateArgs = {
  input: CharityResourceCreateInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationCharityResourceUpdateArgs = {
  input: CharityResourceUpdateInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationCobuildingUnitCreateArgs = {
  input: CobuildingUnitCreateInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationCobuildingUnitUpdateArgs = {
  input: CobuildingUnitUpdateInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationCommunityCreateArgs = {
  input: CommunityCreateInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationCommunityModuleConfigureArgs = {
  input: CommunityModuleConfigureInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationCommunityUpdateArgs = {
  input: CommunityUpdateInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationCouncilAgendaAddArgs = {
  input: CouncilAgendaAddInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationCouncilAttendanceRecordArgs = {
  input: CouncilAttendanceRecordInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationCouncilBodyCreateArgs = {
  input: CouncilBodyCreateInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationCouncilCommentPostArgs = {
  input: CouncilCommentPostInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationCouncilDocumentPublishArgs = {
  input: CouncilDocumentPublishInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationCouncilMeetingAttendArgs = {
  input: CouncilMeetingAttendInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationCouncilMeetingCloseArgs = {
  input: CouncilMeetingCloseInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationCouncilMeetingRemindArgs = {
  input: CouncilMeetingRemindInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationCouncilMeetingScheduleArgs = {
  input: CouncilMeetingScheduleInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationCouncilMemberAddArgs = {
  input: CouncilMemberAddInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationCouncilMemberEndArgs = {
  input: CouncilMemberEndInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationCouncilTaskAddArgs = {
  input: CouncilTaskAddInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationCouncilTaskDoneArgs = {
  input: CouncilTaskDoneInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationCouncilTopicCloseEvaluationArgs = {
  input: CouncilTopicAdvanceInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationCouncilTopicCompleteArgs = {
  input: CouncilTopicAdvanceInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationCouncilTopicEscalateArgs = {
  input: CouncilTopicEscalateInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationCouncilTopicEvaluateArgs = {
  input: CouncilTopicEvaluateInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationCouncilTopicRaiseArgs = {
  input: CouncilTopicRaiseInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationCouncilTopicResolveArgs = {
  input: CouncilTopicAdvanceInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationCouncilTopicScreenArgs = {
  input: CouncilTopicScreenInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationCouncilVoteCastArgs = {
  input: CouncilVoteCastInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationCouncilVoteCloseArgs = {
  input: CouncilVoteCloseInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationCouncilVoteEnterArgs = {
  input: CouncilVoteEnterInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationCouncilVoteOpenArgs = {
  input: CouncilVoteOpenInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationFundCreateArgs = {
  input: FundCreateInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationFundDisbursementApproveArgs = {
  input: FundDisbursementApproveInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationFundDisbursementCancelArgs = {
  input: FundDisbursementCloseInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationFundDisbursementPayArgs = {
  input: FundDisbursementPayInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationFundDisbursementRejectArgs = {
  input: FundDisbursementCloseInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationFundDisbursementRequestArgs = {
  input: FundDisbursementRequestInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationFundDonationRecordArgs = {
  input: FundDonationInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationFundDonationRefundArgs = {
  input: FundDonationRefundInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationFundPledgeCancelArgs = {
  input: FundPledgeCancelInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationFundPledgeCreateArgs = {
  input: FundDonationInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationFundPledgeFulfilArgs = {
  input: FundPledgeFulfilInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationFundUpdateArgs = {
  input: FundUpdateInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationGridCareMemberEndArgs = {
  input: GridCareMemberEndInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationGridCareMemberEnrollArgs = {
  input: GridCareMemberEnrollInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationGridCareMemberUpdateArgs = {
  input: GridCareMemberUpdateInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationGridCareVisitRecordArgs = {
  input: GridCareVisitRecordInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationGridDutyAssignArgs = {
  input: GridDutyAssignInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationGridDutyEndArgs = {
  input: GridDutyEndInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationGridExportCreateArgs = {
  input: GridExportCreateInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationGridHouseholdPlaceArgs = {
  input: GridHouseholdPlaceInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationGridImportArgs = {
  input: GridImportInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationGridUnitCreateArgs = {
  input: GridUnitCreateInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationGridUnitMoveArgs = {
  input: GridUnitMoveInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationGridUnitUpdateArgs = {
  input: GridUnitUpdateInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationHouseholdCloseArgs = {
  input: HouseholdCloseInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationHouseholdCreateArgs = {
  input: HouseholdCreateInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationHouseholdUpdateArgs = {
  input: HouseholdUpdateInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationMembershipAddArgs = {
  input: MembershipAddInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationMembershipUpdateArgs = {
  input: MembershipUpdateInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationNoticePublishArgs = {
  input: NoticePublishInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationPointsAdjustArgs = {
  input: PointsAdjustInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationPointsAdjustmentApproveArgs = {
  input: PointsAdjustmentDecideInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationPointsAdjustmentRejectArgs = {
  input: PointsAdjustmentDecideInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationPointsExpireArgs = {
  input: PointsExpireInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationPointsItemCreateArgs = {
  input: PointsItemCreateInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationPointsItemRestockArgs = {
  input: PointsItemRestockInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationPointsItemUpdateArgs = {
  input: PointsItemUpdateInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationPointsRedeemArgs = {
  input: PointsRedeemInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationPointsRedemptionCancelArgs = {
  input: PointsRedemptionCancelInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationPointsRedemptionPickUpArgs = {
  input: PointsRedemptionPickUpInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationResidentCreateArgs = {
  input: ResidentCreateInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationResidentMoveOutArgs = {
  input: ResidentMoveOutInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationResidentUpdateArgs = {
  input: ResidentUpdateInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationServiceRequestCancelArgs = {
  input: ServiceRequestNoteInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationServiceRequestClaimArgs = {
  input: ServiceRequestIdInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationServiceRequestCreateArgs = {
  input: ServiceRequestCreateInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationServiceRequestDispatchArgs = {
  input: ServiceRequestDispatchInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationServiceRequestEscalateArgs = {
  input: ServiceRequestEscalateInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationServiceRequestEscalationAnswerArgs = {
  input: ServiceRequestNoteInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationServiceRequestHandOverArgs = {
  input: ServiceRequestHandOverInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationServiceRequestMergeArgs = {
  input: ServiceRequestMergeInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationServiceRequestNoteArgs = {
  input: ServiceRequestNoteInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationServiceRequestRateArgs = {
  input: ServiceRequestRateInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationServiceRequestRejectArgs = {
  input: ServiceRequestNoteInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationServiceRequestReopenArgs = {
  input: ServiceRequestNoteInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationServiceRequestResolveArgs = {
  input: ServiceRequestResolveInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationSocialOrganizationCreateArgs = {
  input: SocialOrganizationCreateInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationSocialOrganizationUpdateArgs = {
  input: SocialOrganizationUpdateInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationSocialWorkerCreateArgs = {
  input: SocialWorkerCreateInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationSocialWorkerUpdateArgs = {
  input: SocialWorkerUpdateInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationStreetCreateArgs = {
  input: StreetCreateInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationVolunteerActivityCreateArgs = {
  input: VolunteerActivityCreateInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationVolunteerCheckInByCodeArgs = {
  input: VolunteerCodeInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationVolunteerCheckOutByCodeArgs = {
  input: VolunteerCodeInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationVolunteerCreateArgs = {
  input: VolunteerCreateInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationVolunteerHoursConfirmArgs = {
  input: VolunteerHoursConfirmInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationVolunteerHoursCorrectArgs = {
  input: VolunteerHoursCorrectInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationVolunteerMemberJoinArgs = {
  input: VolunteerMemberJoinInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationVolunteerMemberRegisterArgs = {
  input: VolunteerMemberRegisterInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationVolunteerMemberUpdateArgs = {
  input: VolunteerMemberUpdateInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationVolunteerSignUpArgs = {
  input: VolunteerSignUpInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationVolunteerSignupCancelArgs = {
  input: VolunteerSignupActInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationVolunteerSignupCheckInArgs = {
  input: VolunteerSignupActInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationVolunteerSignupCheckOutArgs = {
  input: VolunteerSignupActInput;
};


/** 变更 — write operations: one `input`, a payload with `userErrors` */
export type MutationVolunteerUpdateArgs = {
  input: VolunteerUpdateInput;
};

/** 我的成员身份 — one of my communities and my roles there */
export type MyMembership = {
  __typename?: 'MyMembership';
  /** 社区 — the community */
  community: Community;
  /** 角色 — my roles there */
  roles: Array<RoleKind>;
  /** 职务 — title */
  title?: Maybe<Scalars['String']['output']>;
};

/** 节点 — any object that can be fetched by its global id */
export type Node = {
  /** 全局 ID — opaque, versioned global id */
  id: Scalars['ID']['output'];
};

/** 公告 — a notice on the community notice board */
export type Notice = Node & {
  __typename?: 'Notice';
  /** 系统生成 — written by the plugin itself (e.g. a welcome notice) */
  automatic: Scalars['Boolean']['output'];
  /** 正文 — body text */
  body: Scalars['String']['output'];
  /** 全局 ID — opaque, versioned global id */
  id: Scalars['ID']['output'];
  /** 发布时间 — when it was published */
  publishedAt: Scalars['DateTimeISO']['output'];
  /** 标题 — title */
  title: Scalars['String']['output'];
};

/** 公告列表 — a page of Notice items */
export type NoticeConnection = {
  __typename?: 'NoticeConnection';
  /** 边 — items with their cursors */
  edges: Array<NoticeEdge>;
  /** 条目 — the items of this page */
  nodes: Array<Notice>;
  /** 分页信息 — page info */
  pageInfo: PageInfo;
  /** 总数 — items in the whole list */
  totalCount: Scalars['Int']['output'];
};

/** 公告边 — one Notice in a page with its cursor */
export type NoticeEdge = {
  __typename?: 'NoticeEdge';
  /** 游标 — cursor of this item */
  cursor: Scalars['String']['output'];
  /** 公告 — the item */
  node: Notice;
};

/** 公告结果 — result of a mutation on Notice */
export type NoticePayload = {
  __typename?: 'NoticePayload';
  /** 公告 — the object, null when userErrors is not empty */
  notice?: Maybe<Notice>;
  /** 用户错误 — expected failures; empty on success */
  userErrors: Array<UserError>;
};

/** 发布公告 — publish a notice */
export type NoticePublishInput = {
  /** 正文 — body text */
  body: Scalars['String']['input'];
  /** 标题 — title */
  title: Scalars['String']['input'];
};

/** 分页信息 — where this page sits in the whole list */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** 末游标 — cursor of the last item */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** 有下一页 — more items after this page */
  hasNextPage: Scalars['Boolean']['output'];
  /** 有上一页 — more items before this page */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** 首游标 — cursor of the first item */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** 积分账户 — a points account of a household or a person */
export type PointsAccount = Node & {
  __typename?: 'PointsAccount';
  /** 余额 — balance; always equals the sum of the account's entries */
  balance: Scalars['Int']['output'];
  /** 对账单 — statement: entries with the running balance, newest first */
  entries: PointsEntryConnection;
  /** 户 ID — global id of the household (household accounts) */
  householdId?: Maybe<Scalars['ID']['output']>;
  /** 全局 ID — opaque, versioned global id */
  id: Scalars['ID']['output'];
  /** 账户类型 — household, person or system */
  kind: PointsAccountKind;
  /** 账号 ID — global id of the owner's login (personal accounts) */
  ownerAccountId?: Maybe<Scalars['ID']['output']>;
  /** 系统账户代码 — ISSUE / REDEEM / EXPIRE for the community side */
  systemCode?: Maybe<Scalars['String']['output']>;
};


/** 积分账户 — a points account of a household or a person */
export type PointsAccountEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** 积分账户列表 — a page of PointsAccount items */
export type PointsAccountConnection = {
  __typename?: 'PointsAccountConnection';
  /** 边 — items with their cursors */
  edges: Array<PointsAccountEdge>;
  /** 条目 — the items of this page */
  nodes: Array<PointsAccount>;
  /** 分页信息 — page info */
  pageInfo: PageInfo;
  /** 总数 — items in the whole list */
  totalCount: Scalars['Int']['output'];
};

/** 积分账户边 — one PointsAccount in a page with its cursor */
export type PointsAccountEdge = {
  __typename?: 'PointsAccountEdge';
  /** 游标 — cursor of this item */
  cursor: Scalars['String']['output'];
  /** 积分账户 — the item */
  node: PointsAccount;
};

/** 积分账户类型 — whose account it is */
export type PointsAccountKind =
  /** 户账户 — a household account (按户建立积分台账), usable by its members */
  | 'HOUSEHOLD'
  /** 个人账户 — a personal account */
  | 'PERSON'
  /** 系统账户 — the community side of the ledger (issued, redeemed, expired) */
  | 'SYSTEM';

/** 积分账户结果 — result of a mutation on PointsAccount */
export type PointsAccountPayload = {
  __typename?: 'PointsAccountPayload';
  /** 积分账户 — the object, null when userErrors is not empty */
  account?: Maybe<PointsAccount>;
  /** 用户错误 — expected failures; empty on success */
  userErrors: Array<UserError>;
};

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

/** 积分调整 — a staff award or deduction with its reason and approval */
export type PointsAdjustment = Node & {
  __typename?: 'PointsAdjustment';
  /** 积分账户 ID — global id of the account */
  accountId: Scalars['ID']['output'];
  /** 积分 — points (+ award, − deduction) */
  amount: Scalars['Int']['output'];
  /** 复核时间 — when it was decided */
  decidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 全局 ID — opaque, versioned global id */
  id: Scalars['ID']['output'];
  /** 需复核 — above the threshold: a second person must approve */
  needsApproval: Scalars['Boolean']['output'];
  /** 事由 — reason */
  reason: Scalars['String']['output'];
  /** 状态 — pending, posted or rejected */
  status: PointsAdjustmentStatus;
};

/** 积分调整列表 — a page of PointsAdjustment items */
export type PointsAdjustmentConnection = {
  __typename?: 'PointsAdjustmentConnection';
  /** 边 — items with their cursors */
  edges: Array<PointsAdjustmentEdge>;
  /** 条目 — the items of this page */
  nodes: Array<PointsAdjustment>;
  /** 分页信息 — page info */
  pageInfo: PageInfo;
  /** 总数 — items in the whole list */
  totalCount: Scalars['Int']['output'];
};

/** 复核积分调整 — approve or reject a pending adjustment */
export type PointsAdjustmentDecideInput = {
  /** 调整 ID — adjustment id */
  id: Scalars['ID']['input'];
  /** 幂等键 — the same key retried takes effect once */
  idempotencyKey: Scalars['String']['input'];
};

/** 积分调整边 — one PointsAdjustment in a page with its cursor */
export type PointsAdjustmentEdge = {
  __typename?: 'PointsAdjustmentEdge';
  /** 游标 — cursor of this item */
  cursor: Scalars['String']['output'];
  /** 积分调整 — the item */
  node: PointsAdjustment;
};

/** 积分调整结果 — result of a mutation on PointsAdjustment */
export type PointsAdjustmentPayload = {
  __typename?: 'PointsAdjustmentPayload';
  /** 积分调整 — the object, null when userErrors is not empty */
  adjustment?: Maybe<PointsAdjustment>;
  /** 用户错误 — expected failures; empty on success */
  userErrors: Array<UserError>;
};

/** 调整状态 — state of a staff award or deduction */
export type PointsAdjustmentStatus =
  /** 待复核 — above the threshold, waiting for a second approver */
  | 'PENDING'
  /** 已入账 — written to the ledger */
  | 'POSTED'
  /** 已驳回 — rejected by the second approver */
  | 'REJECTED';

/** 按网格 — points of the households placed in one grid unit */
export type PointsByGrid = {
  __typename?: 'PointsByGrid';
  /** 网格 ID — grid unit (null: households not placed) */
  gridUnitId?: Maybe<Scalars['ID']['output']>;
  /** 发放 — points issued */
  issued: Scalars['Int']['output'];
  /** 兑换 — points redeemed, net of refunds */
  redeemed: Scalars['Int']['output'];
};

/** 按规则 — points earned by one rule (AWARD: staff awards) */
export type PointsByRule = {
  __typename?: 'PointsByRule';
  /** 积分 — points */
  points: Scalars['Int']['output'];
  /** 规则 — rule key */
  ruleKey: Scalars['String']['output'];
};

/** 积分分录 — one line of a statement, with the running balance */
export type PointsEntry = {
  __typename?: 'PointsEntry';
  /** 变动 — change of the balance (+ credit, − debit) */
  amount: Scalars['Int']['output'];
  /** 时间 — when it was written */
  at: Scalars['DateTimeISO']['output'];
  /** 变动后余额 — running balance after this entry */
  balanceAfter: Scalars['Int']['output'];
  /** 分录 ID — entry id */
  entryId: Scalars['ID']['output'];
  /** 交易 — the transaction this entry belongs to */
  transaction: PointsTransaction;
};

/** 积分分录列表 — a page of PointsEntry items */
export type PointsEntryConnection = {
  __typename?: 'PointsEntryConnection';
  /** 边 — items with their cursors */
  edges: Array<PointsEntryEdge>;
  /** 条目 — the items of this page */
  nodes: Array<PointsEntry>;
  /** 分页信息 — page info */
  pageInfo: PageInfo;
  /** 总数 — items in the whole list */
  totalCount: Scalars['Int']['output'];
};

/** 积分分录边 — one PointsEntry in a page with its cursor */
export type PointsEntryEdge = {
  __typename?: 'PointsEntryEdge';
  /** 游标 — cursor of this item */
  cursor: Scalars['String']['output'];
  /** 积分分录 — the item */
  node: PointsEntry;
};

/** 积分过期 — expire an account's points older than the configured months */
export type PointsExpireInput = {
  /** 积分账户 ID — account id */
  accountId: Scalars['ID']['input'];
  /** 截至 — as of this time (default now; not in the future) */
  asOf?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** 幂等键 — the same key retried takes effect once */
  idempotencyKey: Scalars['String']['input'];
};

/** 兑换商品 — an item of the points supermarket */
export type PointsItem = Node & {
  __typename?: 'PointsItem';
  /** 上架 — on sale */
  active: Scalars['Boolean']['output'];
  /** 开始兑换 — available from */
  availableFrom?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 截止兑换 — available until */
  availableUntil?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 说明 — description */
  description?: Maybe<Scalars['String']['output']>;
  /** 全局 ID — opaque, versioned global id */
  id: Scalars['ID']['output'];
  /** 名称 — name */
  name: Scalars['String']['output'];
  /** 每户限兑 — most a household (or person) may hold, cancelled ones not counted */
  perHouseholdLimit?: Maybe<Scalars['Int']['output']>;
  /** 图片 — picture references (URLs or file keys) */
  pictures: Array<Scalars['String']['output']>;
  /** 所需积分 — price in points */
  pricePoints: Scalars['Int']['output'];
  /** 库存 — items left (never below zero) */
  stock: Scalars['Int']['output'];
};

/** 兑换商品列表 — a page of PointsItem items */
export type PointsItemConnection = {
  __typename?: 'PointsItemConnection';
  /** 边 — items with their cursors */
  edges: Array<PointsItemEdge>;
  /** 条目 — the items of this page */
  nodes: Array<PointsItem>;
  /** 分页信息 — page info */
  pageInfo: PageInfo;
  /** 总数 — items in the whole list */
  totalCount: Scalars['Int']['output'];
};

/** 商品信息 — item fields */
export type PointsItemCreateInput = {
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
  /** 图片 — picture references */
  pictures?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 所需积分 — price in points */
  pricePoints: Scalars['Int']['input'];
  /** 库存 — stock */
  stock: Scalars['Int']['input'];
};

/** 兑换商品边 — one PointsItem in a page with its cursor */
export type PointsItemEdge = {
  __typename?: 'PointsItemEdge';
  /** 游标 — cursor of this item */
  cursor: Scalars['String']['output'];
  /** 兑换商品 — the item */
  node: PointsItem;
};

/** 兑换商品结果 — result of a mutation on PointsItem */
export type PointsItemPayload = {
  __typename?: 'PointsItemPayload';
  /** 兑换商品 — the object, null when userErrors is not empty */
  item?: Maybe<PointsItem>;
  /** 用户错误 — expected failures; empty on success */
  userErrors: Array<UserError>;
};

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
  /** 图片 — picture references */
  pictures?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 所需积分 — price in points */
  pricePoints?: InputMaybe<Scalars['Int']['input']>;
};

/** 成效指标 — one outcome figure (治理成效) */
export type PointsMetric = {
  __typename?: 'PointsMetric';
  /** 指标 — metric key */
  key: Scalars['String']['output'];
  /** 名称 — name */
  name: Scalars['String']['output'];
  /** 数值 — value (percentages with one decimal) */
  value: Scalars['Float']['output'];
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

/** 兑换记录 — a redemption: points and stock taken together */
export type PointsRedemption = Node & {
  __typename?: 'PointsRedemption';
  /** 积分账户 — the account charged (null when you may not see it) */
  account?: Maybe<PointsAccount>;
  /** 兑换时间 — when it was redeemed */
  at: Scalars['DateTimeISO']['output'];
  /** 取消原因 — why it was cancelled */
  cancelReason?: Maybe<Scalars['String']['output']>;
  /** 取消时间 — when it was cancelled */
  cancelledAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 兑换码 — code shown at pickup (QR string: WUSHE-PTS:<code>); only for the account's users and staff */
  code?: Maybe<Scalars['String']['output']>;
  /** 全局 ID — opaque, versioned global id */
  id: Scalars['ID']['output'];
  /** 商品 — the item */
  item: PointsItem;
  /** 领取时间 — when it was picked up */
  pickedUpAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 积分 — points spent */
  points: Scalars['Int']['output'];
  /** 数量 — quantity */
  quantity: Scalars['Int']['output'];
  /** 兑换人 — who redeemed it (household accounts record which member) */
  redeemedByName?: Maybe<Scalars['String']['output']>;
  /** 状态 — reserved, picked up or cancelled */
  status: PointsRedemptionStatus;
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

/** 兑换记录列表 — a page of PointsRedemption items */
export type PointsRedemptionConnection = {
  __typename?: 'PointsRedemptionConnection';
  /** 边 — items with their cursors */
  edges: Array<PointsRedemptionEdge>;
  /** 条目 — the items of this page */
  nodes: Array<PointsRedemption>;
  /** 分页信息 — page info */
  pageInfo: PageInfo;
  /** 总数 — items in the whole list */
  totalCount: Scalars['Int']['output'];
};

/** 兑换记录边 — one PointsRedemption in a page with its cursor */
export type PointsRedemptionEdge = {
  __typename?: 'PointsRedemptionEdge';
  /** 游标 — cursor of this item */
  cursor: Scalars['String']['output'];
  /** 兑换记录 — the item */
  node: PointsRedemption;
};

/** 兑换记录结果 — result of a mutation on PointsRedemption */
export type PointsRedemptionPayload = {
  __typename?: 'PointsRedemptionPayload';
  /** 兑换记录 — the object, null when userErrors is not empty */
  redemption?: Maybe<PointsRedemption>;
  /** 用户错误 — expected failures; empty on success */
  userErrors: Array<UserError>;
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

/** 积分报表 — the community's points in a period */
export type PointsReport = {
  __typename?: 'PointsReport';
  /** 按网格 — by grid unit (empty unless the grid module is enabled) */
  byGrid: Array<PointsByGrid>;
  /** 按规则 — issued by rule */
  byRule: Array<PointsByRule>;
  /** 扣减 — points deducted by staff */
  deducted: Scalars['Int']['output'];
  /** 过期 — points expired */
  expired: Scalars['Int']['output'];
  /** 发放 — points earned and awarded */
  issued: Scalars['Int']['output'];
  /** 成效指标 — outcome figures */
  metrics: Array<PointsMetric>;
  /** 结余 — points outstanding in member accounts now */
  outstanding: Scalars['Int']['output'];
  /** 兑换 — points redeemed */
  redeemed: Scalars['Int']['output'];
  /** 退还 — points refunded on cancellation */
  refunded: Scalars['Int']['output'];
};

/** 积分交易 — one balanced movement of points (its entries sum to zero) */
export type PointsTransaction = Node & {
  __typename?: 'PointsTransaction';
  /** 积分数 — points moved (positive) */
  amount: Scalars['Int']['output'];
  /** 时间 — when it was written */
  at: Scalars['DateTimeISO']['output'];
  /** 全局 ID — opaque, versioned global id */
  id: Scalars['ID']['output'];
  /** 类型 — earned, awarded, deducted, redeemed, refunded or expired */
  kind: PointsTransactionKind;
  /** 事由 — reason given by staff */
  reason?: Maybe<Scalars['String']['output']>;
  /** 规则 — key of the earning rule */
  ruleKey?: Maybe<Scalars['String']['output']>;
};

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

/** 查询 — read operations */
export type Query = {
  __typename?: 'Query';
  /** 接口密钥 — API keys of the community */
  apiKeys: ApiKeyConnection;
  /** 变更 — catch up on events after a cursor (for boards that reconnect) */
  changes: ChangePage;
  /** 慈善资源列表 — CharityResource records of the community */
  charityResources: CharityResourceConnection;
  /** 共建单位列表 — CobuildingUnit records of the community */
  cobuildingUnits: CobuildingUnitConnection;
  /** 我的社区 — communities the caller can act in */
  communities: Array<Community>;
  /** 当前社区 — the active community of the caller */
  community: Community;
  /** 议事大屏补发 — catch up on a body's screen after a cursor */
  councilBoardChanges: CouncilBoardPage;
  /** 议事机构列表 — council bodies of the community */
  councilBodies: CouncilBodyConnection;
  /** 议事机构 — one body by id */
  councilBody?: Maybe<CouncilBody>;
  /** 议事层级 — the levels configured for the community, top first */
  councilLevels: Array<CouncilLevel>;
  /** 议事会议 — one meeting by id */
  councilMeeting?: Maybe<CouncilMeeting>;
  /** 议事成效 — council figures for a period, per level and in total */
  councilStatistics: CouncilStatistics;
  /** 议题 — one topic by id */
  councilTopic?: Maybe<CouncilTopic>;
  /** 议题列表 — topics, newest first */
  councilTopics: CouncilTopicConnection;
  /** 表决 — one vote by id */
  councilVote?: Maybe<CouncilVote>;
  /** 派单看板 — open requests (待派单、待接单、办理中、已上报), newest first; of one grid when `grid` is given */
  dispatchBoard: ServiceRequestConnection;
  /** 派单成效 — received, handled, response time, resolution, satisfaction, overdue; per-grid ranking */
  dispatchMetrics: DispatchMetrics;
  /** 社区基金 — one fund by id (null when not found) */
  fund?: Maybe<Fund>;
  /** 支出申请列表 — disbursement requests of a fund, newest first */
  fundDisbursements: FundDisbursementConnection;
  /** 捐赠列表 — donations and pledges of a fund, newest first */
  fundDonations: FundDonationConnection;
  /** 基金公示 — statement of a fund for [from, to): balances, income by donor, spending by purpose; null when not found */
  fundStatement?: Maybe<FundStatement>;
  /** 社区基金列表 — funds of the community */
  funds: FundConnection;
  /** 特殊群体覆盖率 — of the members the caller may see */
  gridCareCoverage: GridCareCoverage;
  /** 特殊群体成员 — one member (null when missing or not visible to the caller) */
  gridCareMember?: Maybe<GridCareMember>;
  /** 特殊群体 — special-care members the caller may see (包保, own units, or all) */
  gridCareMembers: GridCareMemberConnection;
  /** 覆盖检查 — role gaps and households without a responsible person, in a unit's subtree or everywhere the caller reaches */
  gridCoverage?: Maybe<GridCoverage>;
  /** 导出记录 — who exported which register, newest first */
  gridExportLogs: GridExportLogConnection;
  /** 一户一档 — a household's file (null when missing or outside the caller's units) */
  gridHouseholdFile?: Maybe<GridHouseholdFile>;
  /** 户的归属路径 — units from the top down to the household's unit; empty when not placed, null when not reachable */
  gridHouseholdPath?: Maybe<Array<GridUnit>>;
  /** 网格成效 — households per grid, duty coverage, special-care coverage, visits on time */
  gridMetrics: Array<GridMetric>;
  /** 谁负责这户 — active duty holders on the household's path, top of the chain first; null when not reachable */
  gridResponsible?: Maybe<Array<GridDuty>>;
  /** 网格单元 — one unit (null when missing or outside the caller's units) */
  gridUnit?: Maybe<GridUnit>;
  /** 网格树 — top units (or children of a unit), in sort order; load deeper levels lazily */
  gridUnits: GridUnitConnection;
  /** 户列表 — households of the community, newest first */
  households: HouseholdConnection;
  /** 当前用户 — the signed-in account and its communities */
  me: Me;
  /** 成员列表 — members of the community */
  memberships: MembershipConnection;
  /** 节点 — fetch any object by its global id */
  node?: Maybe<Node>;
  /** 节点列表 — fetch several objects by global id (max 100) */
  nodes: Array<Maybe<Node>>;
  /** 公告列表 — notices of the community, newest first */
  notices: NoticeConnection;
  /** 积分账户 — one account by id (yours, or any for staff) */
  pointsAccount?: Maybe<PointsAccount>;
  /** 积分账户列表 — accounts of the community (staff) */
  pointsAccounts: PointsAccountConnection;
  /** 积分调整 — staff awards and deductions, newest first */
  pointsAdjustments: PointsAdjustmentConnection;
  /** 兑换商品 — items of the points supermarket */
  pointsItems: PointsItemConnection;
  /** 我的积分 — your household's (or your own) account; null until it first moves */
  pointsMyAccount?: Maybe<PointsAccount>;
  /** 兑换记录 — redemptions of your account, or (staff) of the community */
  pointsRedemptions: PointsRedemptionConnection;
  /** 积分报表 — issued, redeemed, outstanding, by rule and by grid */
  pointsReport: PointsReport;
  /** 居民列表 — residents of the community, newest first */
  residents: ResidentConnection;
  /** 民需 — one request, if the caller may see it */
  serviceRequest?: Maybe<ServiceRequest>;
  /** 民需列表 — requests the caller may see, newest first */
  serviceRequests: ServiceRequestConnection;
  /** 社会组织列表 — SocialOrganization records of the community */
  socialOrganizations: SocialOrganizationConnection;
  /** 社工列表 — SocialWorker records of the community */
  socialWorkers: SocialWorkerConnection;
  /** 街道 — street offices (platform and street admins) */
  streets: Array<Street>;
  /** 志愿活动 — activities, newest first */
  volunteerActivities: VolunteerActivityConnection;
  /** 志愿活动 — one activity */
  volunteerActivity?: Maybe<VolunteerActivity>;
  /** 服务时长记录 — hours records, newest first (yours, or anyone's for organizers) */
  volunteerHours: VolunteerHoursRecordConnection;
  /** 志愿服务记录导出 — confirmed services in the national volunteer-record shape (corrections applied) */
  volunteerHoursExport: Array<VolunteerHoursExportRow>;
  /** 时长合计 — confirmed minutes per volunteer and period */
  volunteerHoursTotals: Array<VolunteerHoursTotal>;
  /** 我的志愿者档案 — your own volunteer record */
  volunteerMe?: Maybe<VolunteerMember>;
  /** 注册志愿者 — registered volunteers (organizers and staff) */
  volunteerMembers: VolunteerMemberConnection;
  /** 志愿服务成效 — volunteers active, hours, share of households with a volunteer */
  volunteerMetrics: Array<VolunteerMetric>;
  /** 志愿队伍 — teams configured by the community */
  volunteerTeams: Array<VolunteerTeam>;
  /** 志愿者列表 — Volunteer records of the community */
  volunteers: VolunteerConnection;
};


/** 查询 — read operations */
export type QueryApiKeysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** 查询 — read operations */
export type QueryChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** 查询 — read operations */
export type QueryCharityResourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 — read operations */
export type QueryCobuildingUnitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 — read operations */
export type QueryCouncilBoardChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  bodyId: Scalars['ID']['input'];
  first?: Scalars['Int']['input'];
};


/** 查询 — read operations */
export type QueryCouncilBodiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  levelKey?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 — read operations */
export type QueryCouncilBodyArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 — read operations */
export type QueryCouncilMeetingArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 — read operations */
export type QueryCouncilStatisticsArgs = {
  from: Scalars['DateTimeISO']['input'];
  to: Scalars['DateTimeISO']['input'];
};


/** 查询 — read operations */
export type QueryCouncilTopicArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 — read operations */
export type QueryCouncilTopicsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  bodyId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<CouncilTopicStatus>>;
};


/** 查询 — read operations */
export type QueryCouncilVoteArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 — read operations */
export type QueryDispatchBoardArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  grid?: InputMaybe<Scalars['ID']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** 查询 — read operations */
export type QueryDispatchMetricsArgs = {
  from: Scalars['DateTimeISO']['input'];
  to: Scalars['DateTimeISO']['input'];
};


/** 查询 — read operations */
export type QueryFundArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 — read operations */
export type QueryFundDisbursementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  fundId: Scalars['ID']['input'];
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<FundDisbursementStatus>;
};


/** 查询 — read operations */
export type QueryFundDonationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  fundId: Scalars['ID']['input'];
  last?: InputMaybe<Scalars['Int']['input']>;
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<FundDonationStatus>;
};


/** 查询 — read operations */
export type QueryFundStatementArgs = {
  from: Scalars['DateTimeISO']['input'];
  fundId: Scalars['ID']['input'];
  to: Scalars['DateTimeISO']['input'];
};


/** 查询 — read operations */
export type QueryFundsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** 查询 — read operations */
export type QueryGridCareMemberArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 — read operations */
export type QueryGridCareMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  mine?: Scalars['Boolean']['input'];
  overdueOnly?: Scalars['Boolean']['input'];
  unit?: InputMaybe<Scalars['ID']['input']>;
};


/** 查询 — read operations */
export type QueryGridCoverageArgs = {
  first?: Scalars['Int']['input'];
  unit?: InputMaybe<Scalars['ID']['input']>;
};


/** 查询 — read operations */
export type QueryGridExportLogsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** 查询 — read operations */
export type QueryGridHouseholdFileArgs = {
  household: Scalars['ID']['input'];
};


/** 查询 — read operations */
export type QueryGridHouseholdPathArgs = {
  household: Scalars['ID']['input'];
};


/** 查询 — read operations */
export type QueryGridMetricsArgs = {
  from: Scalars['DateTimeISO']['input'];
  to: Scalars['DateTimeISO']['input'];
};


/** 查询 — read operations */
export type QueryGridResponsibleArgs = {
  household: Scalars['ID']['input'];
};


/** 查询 — read operations */
export type QueryGridUnitArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 — read operations */
export type QueryGridUnitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  parent?: InputMaybe<Scalars['ID']['input']>;
};


/** 查询 — read operations */
export type QueryHouseholdsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeClosed?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 — read operations */
export type QueryMembershipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<RoleKind>;
};


/** 查询 — read operations */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 — read operations */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** 查询 — read operations */
export type QueryNoticesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** 查询 — read operations */
export type QueryPointsAccountArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 — read operations */
export type QueryPointsAccountsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<PointsAccountKind>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** 查询 — read operations */
export type QueryPointsAdjustmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<PointsAdjustmentStatus>;
};


/** 查询 — read operations */
export type QueryPointsItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** 查询 — read operations */
export type QueryPointsRedemptionsArgs = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<PointsRedemptionStatus>;
};


/** 查询 — read operations */
export type QueryPointsReportArgs = {
  from: Scalars['DateTimeISO']['input'];
  to: Scalars['DateTimeISO']['input'];
};


/** 查询 — read operations */
export type QueryResidentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  household?: InputMaybe<Scalars['ID']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 — read operations */
export type QueryServiceRequestArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 — read operations */
export type QueryServiceRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<Array<ServiceRequestStatus>>;
};


/** 查询 — read operations */
export type QuerySocialOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 — read operations */
export type QuerySocialWorkersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 — read operations */
export type QueryVolunteerActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  team?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 — read operations */
export type QueryVolunteerActivityArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 — read operations */
export type QueryVolunteerHoursArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  memberId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<VolunteerHoursStatus>;
};


/** 查询 — read operations */
export type QueryVolunteerHoursExportArgs = {
  from: Scalars['DateTimeISO']['input'];
  memberId?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['DateTimeISO']['input'];
};


/** 查询 — read operations */
export type QueryVolunteerHoursTotalsArgs = {
  from: Scalars['DateTimeISO']['input'];
  memberId?: InputMaybe<Scalars['ID']['input']>;
  period?: VolunteerHoursPeriod;
  to: Scalars['DateTimeISO']['input'];
};


/** 查询 — read operations */
export type QueryVolunteerMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  team?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 — read operations */
export type QueryVolunteerMetricsArgs = {
  from: Scalars['DateTimeISO']['input'];
  to: Scalars['DateTimeISO']['input'];
};


/** 查询 — read operations */
export type QueryVolunteersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

/** 居民 — a resident of the community */
export type Resident = Node & {
  __typename?: 'Resident';
  /** 年龄 — age in whole years, from the birth date */
  age?: Maybe<Scalars['Int']['output']>;
  /** 性别 — gender */
  gender: Gender;
  /** 户 — household of the resident (null without core.household.read) */
  household?: Maybe<Household>;
  /** 全局 ID — opaque, versioned global id */
  id: Scalars['ID']['output'];
  /** 身份证号 — masked (110***********1234) unless unmasked is asked and permitted; unmasked reads are logged */
  idNumber?: Maybe<Scalars['String']['output']>;
  /** 迁出时间 — when the resident moved away */
  movedOutAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 姓名 — name */
  name: Scalars['String']['output'];
  /** 手机号 — masked (138****5678) unless unmasked is asked and permitted; unmasked reads are logged */
  phone?: Maybe<Scalars['String']['output']>;
  /** 与户主关系 — relation to the head of household */
  relationToHead?: Maybe<Scalars['String']['output']>;
  /** 敏感信息 — null unless the viewer's role needs it */
  sensitive?: Maybe<ResidentSensitive>;
};


/** 居民 — a resident of the community */
export type ResidentIdNumberArgs = {
  unmasked?: Scalars['Boolean']['input'];
};


/** 居民 — a resident of the community */
export type ResidentPhoneArgs = {
  unmasked?: Scalars['Boolean']['input'];
};

/** 居民列表 — a page of Resident items */
export type ResidentConnection = {
  __typename?: 'ResidentConnection';
  /** 边 — items with their cursors */
  edges: Array<ResidentEdge>;
  /** 条目 — the items of this page */
  nodes: Array<Resident>;
  /** 分页信息 — page info */
  pageInfo: PageInfo;
  /** 总数 — items in the whole list */
  totalCount: Scalars['Int']['output'];
};

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

/** 居民边 — one Resident in a page with its cursor */
export type ResidentEdge = {
  __typename?: 'ResidentEdge';
  /** 游标 — cursor of this item */
  cursor: Scalars['String']['output'];
  /** 居民 — the item */
  node: Resident;
};

/** 迁出 — mark a resident as moved away (kept, never deleted) */
export type ResidentMoveOutInput = {
  /** 居民 — the resident */
  id: Scalars['ID']['input'];
};

/** 居民结果 — result of a mutation on Resident */
export type ResidentPayload = {
  __typename?: 'ResidentPayload';
  /** 居民 — the object, null when userErrors is not empty */
  resident?: Maybe<Resident>;
  /** 用户错误 — expected failures; empty on success */
  userErrors: Array<UserError>;
};

/** 敏感信息 — care-related flags, shown only to roles that need them */
export type ResidentSensitive = {
  __typename?: 'ResidentSensitive';
  /** 残疾 — has a disability */
  disability: Scalars['Boolean']['output'];
  /** 困难 — in hardship */
  hardship: Scalars['Boolean']['output'];
  /** 健康状况 — health note */
  healthNote?: Maybe<Scalars['String']['output']>;
};

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

/** 民需 — a service request (收·分·跟·结·评) */
export type ServiceRequest = Node & {
  __typename?: 'ServiceRequest';
  /** 地址 — free address when no household is given */
  address?: Maybe<Scalars['String']['output']>;
  /** 协办 — global ids of the assisting social workers and organizations */
  assistantIds: Array<Scalars['ID']['output']>;
  /** 附件 — attachment references (URLs or storage keys) */
  attachments: Array<Scalars['String']['output']>;
  /** 分类 — category key from settings */
  category: Scalars['String']['output'];
  /** 渠道 — channel it arrived by */
  channel: DispatchChannel;
  /** 关闭原因 — reason of a cancel, reject or merge */
  closeReason?: Maybe<Scalars['String']['output']>;
  /** 关闭时间 — when closed, cancelled, rejected or merged */
  closedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 描述 — description */
  description: Scalars['String']['output'];
  /** 派单时间 — when dispatched */
  dispatchedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 办理时限 — deadline from the kind/category settings */
  dueAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 上报部门 — the department (街道吹哨、部门报到) */
  escalatedTo?: Maybe<Scalars['String']['output']>;
  /** 部门答复 — the department's answer */
  escalationAnswer?: Maybe<Scalars['String']['output']>;
  /** 上报对象 — department or 书记工作室 */
  escalationTarget?: Maybe<EscalationTarget>;
  /** 网格 — global id of the grid unit (网格) when the community uses the grid */
  gridUnit?: Maybe<Scalars['ID']['output']>;
  /** 户 — the household, if the caller may read household files (or it is their own) */
  household?: Maybe<Household>;
  /** 全局 ID — opaque, versioned global id */
  id: Scalars['ID']['output'];
  /** 类别（单型）— kind key from settings, e.g. routine 常规单, wish 心愿单, expectation 期望单 */
  kind: Scalars['String']['output'];
  /** 办理记录 — every step, oldest first (收·分·跟·结·评) */
  log: Array<ServiceRequestLogEntry>;
  /** 合并到 — the request this duplicate was merged into */
  mergedInto?: Maybe<ServiceRequest>;
  /** 代为登记 — filed by staff on the resident's behalf */
  onBehalf: Scalars['Boolean']['output'];
  /** 超期 — flagged overdue */
  overdue: Scalars['Boolean']['output'];
  /** 超期标记时间 — when it was flagged overdue */
  overdueAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 评分 — the requester's rating 1–5 */
  rating?: Maybe<Scalars['Int']['output']>;
  /** 评价 — the requester's comment */
  ratingComment?: Maybe<Scalars['String']['output']>;
  /** 重启次数 — how often the requester reopened it */
  reopenCount: Scalars['Int']['output'];
  /** 诉求人 — the resident, if the caller may read residents (or it is themself) */
  requester?: Maybe<Resident>;
  /** 办结时间 — when resolved */
  resolvedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 办理结果 — the taker's result */
  result?: Maybe<Scalars['String']['output']>;
  /** 派单路径 — the "3+2" route chosen at dispatch */
  route?: Maybe<DispatchRoute>;
  /** 状态 — current state */
  status: ServiceRequestStatus;
  /** 接单时间 — when a taker took it */
  takenAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 接单人 — display name of the taker */
  takerName?: Maybe<Scalars['String']['output']>;
  /** 标题 — title */
  title: Scalars['String']['output'];
};

/** 民需列表 — a page of ServiceRequest items */
export type ServiceRequestConnection = {
  __typename?: 'ServiceRequestConnection';
  /** 边 — items with their cursors */
  edges: Array<ServiceRequestEdge>;
  /** 条目 — the items of this page */
  nodes: Array<ServiceRequest>;
  /** 分页信息 — page info */
  pageInfo: PageInfo;
  /** 总数 — items in the whole list */
  totalCount: Scalars['Int']['output'];
};

/** 提交民需 — file a service request (居民点单, or staff on a resident's behalf) */
export type ServiceRequestCreateInput = {
  /** 地址 — free address when no household is given */
  address?: InputMaybe<Scalars['String']['input']>;
  /** 附件 — attachment references */
  attachments?: InputMaybe<Array<Scalars['String']['input']>>;
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

/** 民需边 — one ServiceRequest in a page with its cursor */
export type ServiceRequestEdge = {
  __typename?: 'ServiceRequestEdge';
  /** 游标 — cursor of this item */
  cursor: Scalars['String']['output'];
  /** 民需 — the item */
  node: ServiceRequest;
};

/** 上报 — escalate (街道吹哨、部门报到, or the 书记工作室) */
export type ServiceRequestEscalateInput = {
  /** 上报理由 — why it is escalated */
  body: Scalars['String']['input'];
  /** 部门 — the department, one of the settings' departments */
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

/** 办理记录 — one step of a request's timeline (every step timestamped) */
export type ServiceRequestLogEntry = {
  __typename?: 'ServiceRequestLogEntry';
  /** 动作 — transition name, e.g. assign, claim, note, resolve */
  action: Scalars['String']['output'];
  /** 操作人角色 — REQUESTER, DISPATCHER, TAKER, POOL or SYSTEM */
  actorRole?: Maybe<Scalars['String']['output']>;
  /** 时间 — when */
  at: Scalars['DateTimeISO']['output'];
  /** 说明 — note, reason or answer */
  body?: Maybe<Scalars['String']['output']>;
  /** 原状态 — state before */
  fromStatus: ServiceRequestStatus;
  /** 新状态 — state after */
  toStatus: ServiceRequestStatus;
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

/** 民需结果 — result of a mutation on ServiceRequest */
export type ServiceRequestPayload = {
  __typename?: 'ServiceRequestPayload';
  /** 民需 — the object, null when userErrors is not empty */
  serviceRequest?: Maybe<ServiceRequest>;
  /** 用户错误 — expected failures; empty on success */
  userErrors: Array<UserError>;
};

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

/** 登记状态 — legal status of a social organization */
export type SocialOrgStatus =
  /** 备案 — filed with the street/community */
  | 'FILED'
  /** 引进 — brought in from outside */
  | 'INTRODUCED'
  /** 登记 — registered with civil affairs */
  | 'REGISTERED';

/** 社会组织 — a social organization serving the community */
export type SocialOrganization = Node & {
  __typename?: 'SocialOrganization';
  /** 在册 — active in the registry (records are archived, never deleted) */
  active: Scalars['Boolean']['output'];
  /** 联系人 — contact person */
  contactName?: Maybe<Scalars['String']['output']>;
  /** 联系电话 — contact phone, masked unless the viewer manages the registry */
  contactPhone?: Maybe<Scalars['String']['output']>;
  /** 简介 — description */
  description?: Maybe<Scalars['String']['output']>;
  /** 全局 ID — opaque, versioned global id */
  id: Scalars['ID']['output'];
  /** 孵化状态 — incubation in the 社区蜂巢 */
  incubation: IncubationStatus;
  /** 名称 — name */
  name: Scalars['String']['output'];
  /** 服务项目 — services offered */
  services: Array<Scalars['String']['output']>;
  /** 登记状态 — registered / filed / introduced */
  status: SocialOrgStatus;
};

/** 社会组织列表 — a page of SocialOrganization items */
export type SocialOrganizationConnection = {
  __typename?: 'SocialOrganizationConnection';
  /** 边 — items with their cursors */
  edges: Array<SocialOrganizationEdge>;
  /** 条目 — the items of this page */
  nodes: Array<SocialOrganization>;
  /** 分页信息 — page info */
  pageInfo: PageInfo;
  /** 总数 — items in the whole list */
  totalCount: Scalars['Int']['output'];
};

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

/** 社会组织边 — one SocialOrganization in a page with its cursor */
export type SocialOrganizationEdge = {
  __typename?: 'SocialOrganizationEdge';
  /** 游标 — cursor of this item */
  cursor: Scalars['String']['output'];
  /** 社会组织 — the item */
  node: SocialOrganization;
};

/** 社会组织结果 — result of a mutation on SocialOrganization */
export type SocialOrganizationPayload = {
  __typename?: 'SocialOrganizationPayload';
  /** 社会组织 — the object, null when userErrors is not empty */
  socialOrganization?: Maybe<SocialOrganization>;
  /** 用户错误 — expected failures; empty on success */
  userErrors: Array<UserError>;
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

/** 社工 — a social worker */
export type SocialWorker = Node & {
  __typename?: 'SocialWorker';
  /** 在册 — active in the registry (records are archived, never deleted) */
  active: Scalars['Boolean']['output'];
  /** 职业资格 — certificate level (助理社工师、社工师 …) */
  certificate?: Maybe<Scalars['String']['output']>;
  /** 联系人 — contact person */
  contactName?: Maybe<Scalars['String']['output']>;
  /** 联系电话 — contact phone, masked unless the viewer manages the registry */
  contactPhone?: Maybe<Scalars['String']['output']>;
  /** 简介 — description */
  description?: Maybe<Scalars['String']['output']>;
  /** 全局 ID — opaque, versioned global id */
  id: Scalars['ID']['output'];
  /** 社工类型 — stationed or community social worker */
  kind: SocialWorkerKind;
  /** 名称 — name */
  name: Scalars['String']['output'];
};

/** 社工列表 — a page of SocialWorker items */
export type SocialWorkerConnection = {
  __typename?: 'SocialWorkerConnection';
  /** 边 — items with their cursors */
  edges: Array<SocialWorkerEdge>;
  /** 条目 — the items of this page */
  nodes: Array<SocialWorker>;
  /** 分页信息 — page info */
  pageInfo: PageInfo;
  /** 总数 — items in the whole list */
  totalCount: Scalars['Int']['output'];
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

/** 社工边 — one SocialWorker in a page with its cursor */
export type SocialWorkerEdge = {
  __typename?: 'SocialWorkerEdge';
  /** 游标 — cursor of this item */
  cursor: Scalars['String']['output'];
  /** 社工 — the item */
  node: SocialWorker;
};

/** 社工类型 — kind of social worker */
export type SocialWorkerKind =
  /** 社区社工 — community social worker */
  | 'COMMUNITY'
  /** 驻站社工 — stationed at the social-work station */
  | 'STATIONED';

/** 社工结果 — result of a mutation on SocialWorker */
export type SocialWorkerPayload = {
  __typename?: 'SocialWorkerPayload';
  /** 社工 — the object, null when userErrors is not empty */
  socialWorker?: Maybe<SocialWorker>;
  /** 用户错误 — expected failures; empty on success */
  userErrors: Array<UserError>;
};

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

/** 街道 — street office overseeing several communities */
export type Street = Node & {
  __typename?: 'Street';
  /** 全局 ID — opaque, versioned global id */
  id: Scalars['ID']['output'];
  /** 名称 — name of the street office */
  name: Scalars['String']['output'];
  /** 行政区划代码 — administrative region code */
  regionCode: Scalars['String']['output'];
};

/** 新建街道 — create a street office */
export type StreetCreateInput = {
  /** 名称 — name */
  name: Scalars['String']['input'];
  /** 行政区划代码 — region code */
  regionCode: Scalars['String']['input'];
};

/** 街道结果 — result of a mutation on Street */
export type StreetPayload = {
  __typename?: 'StreetPayload';
  /** 街道 — the object, null when userErrors is not empty */
  street?: Maybe<Street>;
  /** 用户错误 — expected failures; empty on success */
  userErrors: Array<UserError>;
};

/** 订阅 — live events over graphql-ws */
export type Subscription = {
  __typename?: 'Subscription';
  /** 变更订阅 — live events of the active community; pass `after` to replay what was missed first */
  changes: ChangeEvent;
  /** 议事大屏 — live topic status changes and vote tallies of one body; pass `after` to replay first */
  councilBoard: CouncilBoardEvent;
  /** 派单看板订阅 — live board events (new, dispatched, claimed, overdue, resolved, rated …) the caller may see; pass `after` to catch up first */
  dispatchBoard: DispatchBoardEvent;
};


/** 订阅 — live events over graphql-ws */
export type SubscriptionChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** 订阅 — live events over graphql-ws */
export type SubscriptionCouncilBoardArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  bodyId: Scalars['ID']['input'];
};


/** 订阅 — live events over graphql-ws */
export type SubscriptionDispatchBoardArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  grid?: InputMaybe<Scalars['ID']['input']>;
};

/** 用户错误 — an expected failure the caller can fix (bad input, wrong state) */
export type UserError = {
  __typename?: 'UserError';
  /** 错误代码 — stable machine-readable code, e.g. ALREADY_EXISTS */
  code: Scalars['String']['output'];
  /** 字段路径 — path of the input field at fault */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** 错误信息 — human-readable message (zh-CN by default) */
  message: Scalars['String']['output'];
};

/** 志愿者 — a registered volunteer */
export type Volunteer = Node & {
  __typename?: 'Volunteer';
  /** 在册 — active in the registry (records are archived, never deleted) */
  active: Scalars['Boolean']['output'];
  /** 联系人 — contact person */
  contactName?: Maybe<Scalars['String']['output']>;
  /** 联系电话 — contact phone, masked unless the viewer manages the registry */
  contactPhone?: Maybe<Scalars['String']['output']>;
  /** 简介 — description */
  description?: Maybe<Scalars['String']['output']>;
  /** 全局 ID — opaque, versioned global id */
  id: Scalars['ID']['output'];
  /** 名称 — name */
  name: Scalars['String']['output'];
  /** 技能 — skills */
  skills: Array<Scalars['String']['output']>;
  /** 队伍 — team, e.g. 党员志愿队, 青年志愿队, 巾帼志愿队 */
  team?: Maybe<Scalars['String']['output']>;
};

/** 志愿活动 — a volunteer activity with shifts */
export type VolunteerActivity = Node & {
  __typename?: 'VolunteerActivity';
  /** 说明 — description */
  description?: Maybe<Scalars['String']['output']>;
  /** 全局 ID — opaque, versioned global id */
  id: Scalars['ID']['output'];
  /** 地点 — location */
  location?: Maybe<Scalars['String']['output']>;
  /** 班次 — shifts, earliest first */
  shifts: Array<VolunteerShift>;
  /** 状态 — published or cancelled */
  status: VolunteerActivityStatus;
  /** 队伍 — team key organizing it */
  team?: Maybe<Scalars['String']['output']>;
  /** 标题 — title */
  title: Scalars['String']['output'];
};

/** 志愿活动列表 — a page of VolunteerActivity items */
export type VolunteerActivityConnection = {
  __typename?: 'VolunteerActivityConnection';
  /** 边 — items with their cursors */
  edges: Array<VolunteerActivityEdge>;
  /** 条目 — the items of this page */
  nodes: Array<VolunteerActivity>;
  /** 分页信息 — page info */
  pageInfo: PageInfo;
  /** 总数 — items in the whole list */
  totalCount: Scalars['Int']['output'];
};

/** 发布志愿活动 — publish an activity with its shifts */
export type VolunteerActivityCreateInput = {
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

/** 志愿活动边 — one VolunteerActivity in a page with its cursor */
export type VolunteerActivityEdge = {
  __typename?: 'VolunteerActivityEdge';
  /** 游标 — cursor of this item */
  cursor: Scalars['String']['output'];
  /** 志愿活动 — the item */
  node: VolunteerActivity;
};

/** 志愿活动结果 — result of a mutation on VolunteerActivity */
export type VolunteerActivityPayload = {
  __typename?: 'VolunteerActivityPayload';
  /** 志愿活动 — the object, null when userErrors is not empty */
  activity?: Maybe<VolunteerActivity>;
  /** 用户错误 — expected failures; empty on success */
  userErrors: Array<UserError>;
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

/** 志愿者列表 — a page of Volunteer items */
export type VolunteerConnection = {
  __typename?: 'VolunteerConnection';
  /** 边 — items with their cursors */
  edges: Array<VolunteerEdge>;
  /** 条目 — the items of this page */
  nodes: Array<Volunteer>;
  /** 分页信息 — page info */
  pageInfo: PageInfo;
  /** 总数 — items in the whole list */
  totalCount: Scalars['Int']['output'];
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

/** 志愿者边 — one Volunteer in a page with its cursor */
export type VolunteerEdge = {
  __typename?: 'VolunteerEdge';
  /** 游标 — cursor of this item */
  cursor: Scalars['String']['output'];
  /** 志愿者 — the item */
  node: Volunteer;
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

/** 志愿服务记录（证明格式）— one row in the national volunteer-record shape, for certificates */
export type VolunteerHoursExportRow = {
  __typename?: 'VolunteerHoursExportRow';
  /** 服务项目 — activity */
  activity: Scalars['String']['output'];
  /** 服务日期 — date (YYYY-MM-DD) */
  date: Scalars['String']['output'];
  /** 服务时长（小时）— hours, one decimal */
  hours: Scalars['String']['output'];
  /** 证件号码（脱敏）— ID number, masked */
  idNumberMasked?: Maybe<Scalars['String']['output']>;
  /** 姓名 — name */
  name: Scalars['String']['output'];
  /** 志愿服务组织 — organization */
  organization: Scalars['String']['output'];
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

/** 服务时长记录 — service hours of one volunteer (append-only; corrections are new records) */
export type VolunteerHoursRecord = Node & {
  __typename?: 'VolunteerHoursRecord';
  /** 活动 — activity title */
  activityTitle: Scalars['String']['output'];
  /** 确认时间 — confirmed at */
  confirmedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 更正对象 — global id of the record this one corrects */
  correctsId?: Maybe<Scalars['ID']['output']>;
  /** 全局 ID — opaque, versioned global id */
  id: Scalars['ID']['output'];
  /** 类型 — service, correction or dispatch */
  kind: VolunteerHoursKind;
  /** 志愿者 — the volunteer (organizers, or yourself) */
  member?: Maybe<VolunteerMember>;
  /** 分钟 — minutes (corrections may be negative) */
  minutes: Scalars['Int']['output'];
  /** 更正原因 — reason of a correction */
  reason?: Maybe<Scalars['String']['output']>;
  /** 服务日期 — service date (YYYY-MM-DD) */
  serviceDate: Scalars['String']['output'];
  /** 确认状态 — pending or confirmed */
  status: VolunteerHoursStatus;
};

/** 服务时长记录列表 — a page of VolunteerHoursRecord items */
export type VolunteerHoursRecordConnection = {
  __typename?: 'VolunteerHoursRecordConnection';
  /** 边 — items with their cursors */
  edges: Array<VolunteerHoursRecordEdge>;
  /** 条目 — the items of this page */
  nodes: Array<VolunteerHoursRecord>;
  /** 分页信息 — page info */
  pageInfo: PageInfo;
  /** 总数 — items in the whole list */
  totalCount: Scalars['Int']['output'];
};

/** 服务时长记录边 — one VolunteerHoursRecord in a page with its cursor */
export type VolunteerHoursRecordEdge = {
  __typename?: 'VolunteerHoursRecordEdge';
  /** 游标 — cursor of this item */
  cursor: Scalars['String']['output'];
  /** 服务时长记录 — the item */
  node: VolunteerHoursRecord;
};

/** 服务时长记录结果 — result of a mutation on VolunteerHoursRecord */
export type VolunteerHoursRecordPayload = {
  __typename?: 'VolunteerHoursRecordPayload';
  /** 服务时长记录 — the object, null when userErrors is not empty */
  record?: Maybe<VolunteerHoursRecord>;
  /** 用户错误 — expected failures; empty on success */
  userErrors: Array<UserError>;
};

/** 确认状态 — whether the organizer confirmed the hours */
export type VolunteerHoursStatus =
  /** 已确认 — confirmed; counts in totals and certificates */
  | 'CONFIRMED'
  /** 待确认 — computed at check-out, waiting for the organizer */
  | 'PENDING';

/** 时长合计 — confirmed minutes of one volunteer in one period */
export type VolunteerHoursTotal = {
  __typename?: 'VolunteerHoursTotal';
  /** 志愿者 ID — VolunteerMember id */
  memberId: Scalars['ID']['output'];
  /** 分钟 — confirmed minutes, corrections included */
  minutes: Scalars['Int']['output'];
  /** 姓名 — name */
  name: Scalars['String']['output'];
  /** 周期 — period label, e.g. 2026-11, 2026-Q4, 2026 */
  period: Scalars['String']['output'];
};

/** 注册志愿者 — a registered volunteer (real name, teams, skills) */
export type VolunteerMember = Node & {
  __typename?: 'VolunteerMember';
  /** 在册 — active */
  active: Scalars['Boolean']['output'];
  /** 可服务时间 — availability, e.g. 周末上午 */
  availability?: Maybe<Scalars['String']['output']>;
  /** 全局 ID — opaque, versioned global id */
  id: Scalars['ID']['output'];
  /** 身份证号（脱敏）— masked ID number, for staff and the volunteer */
  idNumberMasked?: Maybe<Scalars['String']['output']>;
  /** 姓名 — real name */
  name: Scalars['String']['output'];
  /** 技能 — skills */
  skills: Array<Scalars['String']['output']>;
  /** 队伍 — team keys (see volunteerTeams) */
  teams: Array<Scalars['String']['output']>;
  /** 五社志愿者 ID — global id of the registry record (Volunteer) */
  volunteerRecordId?: Maybe<Scalars['ID']['output']>;
};

/** 注册志愿者列表 — a page of VolunteerMember items */
export type VolunteerMemberConnection = {
  __typename?: 'VolunteerMemberConnection';
  /** 边 — items with their cursors */
  edges: Array<VolunteerMemberEdge>;
  /** 条目 — the items of this page */
  nodes: Array<VolunteerMember>;
  /** 分页信息 — page info */
  pageInfo: PageInfo;
  /** 总数 — items in the whole list */
  totalCount: Scalars['Int']['output'];
};

/** 注册志愿者边 — one VolunteerMember in a page with its cursor */
export type VolunteerMemberEdge = {
  __typename?: 'VolunteerMemberEdge';
  /** 游标 — cursor of this item */
  cursor: Scalars['String']['output'];
  /** 注册志愿者 — the item */
  node: VolunteerMember;
};

/** 加入志愿者 — register yourself as a volunteer */
export type VolunteerMemberJoinInput = {
  /** 可服务时间 — availability */
  availability?: InputMaybe<Scalars['String']['input']>;
  /** 姓名 — real name */
  name: Scalars['String']['input'];
  /** 技能 — skills */
  skills?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 队伍 — team keys */
  teams?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** 注册志愿者结果 — result of a mutation on VolunteerMember */
export type VolunteerMemberPayload = {
  __typename?: 'VolunteerMemberPayload';
  /** 注册志愿者 — the object, null when userErrors is not empty */
  member?: Maybe<VolunteerMember>;
  /** 用户错误 — expected failures; empty on success */
  userErrors: Array<UserError>;
};

/** 登记志愿者 — register a volunteer (staff) */
export type VolunteerMemberRegisterInput = {
  /** 账号 ID — the volunteer's login (Account), if any */
  accountId?: InputMaybe<Scalars['ID']['input']>;
  /** 可服务时间 — availability */
  availability?: InputMaybe<Scalars['String']['input']>;
  /** 身份证号 — ID number (printed masked on certificates) */
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
  /** 技能 — skills */
  skills?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 队伍 — team keys */
  teams?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** 成效指标 — one outcome figure (治理成效) */
export type VolunteerMetric = {
  __typename?: 'VolunteerMetric';
  /** 指标 — metric key */
  key: Scalars['String']['output'];
  /** 名称 — name */
  name: Scalars['String']['output'];
  /** 数值 — value */
  value: Scalars['Float']['output'];
};

/** 志愿者结果 — result of a mutation on Volunteer */
export type VolunteerPayload = {
  __typename?: 'VolunteerPayload';
  /** 用户错误 — expected failures; empty on success */
  userErrors: Array<UserError>;
  /** 志愿者 — the object, null when userErrors is not empty */
  volunteer?: Maybe<Volunteer>;
};

/** 班次 — one time slot of an activity with a sign-up limit */
export type VolunteerShift = Node & {
  __typename?: 'VolunteerShift';
  /** 活动 — the activity */
  activity: VolunteerActivity;
  /** 名额 — sign-up limit */
  capacity: Scalars['Int']['output'];
  /** 签到码 — code volunteers scan or type (QR string: WUSHE-VOL:<code>); organizers only */
  checkInCode?: Maybe<Scalars['String']['output']>;
  /** 结束 — ends at */
  endsAt: Scalars['DateTimeISO']['output'];
  /** 全局 ID — opaque, versioned global id */
  id: Scalars['ID']['output'];
  /** 我的报名 — your own sign-up on this shift */
  mySignup?: Maybe<VolunteerSignup>;
  /** 已报名 — places taken */
  signedUp: Scalars['Int']['output'];
  /** 报名名单 — sign-ups in order (organizers; others see an empty list) */
  signups: Array<VolunteerSignup>;
  /** 开始 — starts at */
  startsAt: Scalars['DateTimeISO']['output'];
  /** 状态 — OPEN or CANCELLED */
  status: Scalars['String']['output'];
  /** 候补上限 — waiting-list places (0: no waiting list) */
  waitlistLimit: Scalars['Int']['output'];
  /** 候补人数 — people on the waiting list */
  waitlisted: Scalars['Int']['output'];
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

/** 报名 — a volunteer's place (or waiting-list entry) on a shift */
export type VolunteerSignup = Node & {
  __typename?: 'VolunteerSignup';
  /** 签到时间 — checked in at */
  checkedInAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 签退时间 — checked out at */
  checkedOutAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 全局 ID — opaque, versioned global id */
  id: Scalars['ID']['output'];
  /** 志愿者 — the volunteer (organizers, or yourself) */
  member?: Maybe<VolunteerMember>;
  /** 班次 — the shift */
  shift: VolunteerShift;
  /** 状态 — confirmed, waitlisted, cancelled, checked in or out */
  status: VolunteerSignupStatus;
};

/** 报名操作 — act on a sign-up */
export type VolunteerSignupActInput = {
  /** 时间 — when it happened (organizers recording late; default now, not in the future) */
  at?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** 报名 ID — sign-up id */
  id: Scalars['ID']['input'];
};

/** 报名结果 — result of a mutation on VolunteerSignup */
export type VolunteerSignupPayload = {
  __typename?: 'VolunteerSignupPayload';
  /** 报名 — the object, null when userErrors is not empty */
  signup?: Maybe<VolunteerSignup>;
  /** 用户错误 — expected failures; empty on success */
  userErrors: Array<UserError>;
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

/** 志愿队伍 — a volunteer team from the community's settings */
export type VolunteerTeam = {
  __typename?: 'VolunteerTeam';
  /** 代码 — team key */
  key: Scalars['String']['output'];
  /** 名称 — name, e.g. 党员志愿队 */
  name: Scalars['String']['output'];
};

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

export type LoginMutationVariables = Exact<{
  input: AuthLoginInput;
}>;


export type LoginMutation = { __typename?: 'Mutation', authLogin: { __typename?: 'AuthPayload', accessToken?: string | null, refreshToken?: string | null, me?: { __typename?: 'Me', displayName: string, activeCommunity?: { __typename?: 'Community', name: string } | null, memberships: Array<{ __typename?: 'MyMembership', roles: Array<RoleKind> }> } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type RefreshMutationVariables = Exact<{
  input: AuthRefreshInput;
}>;


export type RefreshMutation = { __typename?: 'Mutation', authRefresh: { __typename?: 'AuthPayload', accessToken?: string | null, refreshToken?: string | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type LogoutMutationVariables = Exact<{
  input: AuthLogoutInput;
}>;


export type LogoutMutation = { __typename?: 'Mutation', authLogout: { __typename?: 'AuthLogoutPayload', revoked: boolean, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'Me', login: string, activeCommunity?: { __typename?: 'Community', name: string } | null } };

export type SetDisabledMutationVariables = Exact<{
  input: AccountSetDisabledInput;
}>;


export type SetDisabledMutation = { __typename?: 'Mutation', accountSetDisabled: { __typename?: 'AccountSetDisabledPayload', disabled?: boolean | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type AuthCommunityNameQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthCommunityNameQuery = { __typename?: 'Query', community: { __typename?: 'Community', name: string } };

export type CoreForcesCreateMutationVariables = Exact<{
  org: SocialOrganizationCreateInput;
  worker: SocialWorkerCreateInput;
  vol: VolunteerCreateInput;
  unit: CobuildingUnitCreateInput;
  charity: CharityResourceCreateInput;
}>;


export type CoreForcesCreateMutation = { __typename?: 'Mutation', org: { __typename?: 'SocialOrganizationPayload', record?: { __typename?: 'SocialOrganization', id: string, name: string, contactPhone?: string | null, status: SocialOrgStatus, services: Array<string> } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null }> }, worker: { __typename?: 'SocialWorkerPayload', record?: { __typename?: 'SocialWorker', id: string, name: string, contactPhone?: string | null, kind: SocialWorkerKind, certificate?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null }> }, vol: { __typename?: 'VolunteerPayload', record?: { __typename?: 'Volunteer', id: string, name: string, contactPhone?: string | null, team?: string | null, skills: Array<string> } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null }> }, unit: { __typename?: 'CobuildingUnitPayload', record?: { __typename?: 'CobuildingUnit', id: string, name: string, contactPhone?: string | null, unitType?: string | null, partyOrganization?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null }> }, charity: { __typename?: 'CharityResourcePayload', record?: { __typename?: 'CharityResource', id: string, name: string, contactPhone?: string | null, kind: CharityKind, offers: Array<ResourceForm>, anonymous: boolean } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null }> } };

export type CoreForcesUpdateMutationVariables = Exact<{
  org: SocialOrganizationUpdateInput;
  worker: SocialWorkerUpdateInput;
  vol: VolunteerUpdateInput;
  unit: CobuildingUnitUpdateInput;
  charity: CharityResourceUpdateInput;
}>;


export type CoreForcesUpdateMutation = { __typename?: 'Mutation', org: { __typename?: 'SocialOrganizationPayload', record?: { __typename?: 'SocialOrganization', name: string, status: SocialOrgStatus, contactPhone?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> }, worker: { __typename?: 'SocialWorkerPayload', record?: { __typename?: 'SocialWorker', name: string, certificate?: string | null, contactPhone?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> }, vol: { __typename?: 'VolunteerPayload', record?: { __typename?: 'Volunteer', name: string, skills: Array<string>, active: boolean, contactPhone?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> }, unit: { __typename?: 'CobuildingUnitPayload', record?: { __typename?: 'CobuildingUnit', name: string, partyOrganization?: string | null, contactPhone?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> }, charity: { __typename?: 'CharityResourcePayload', record?: { __typename?: 'CharityResource', name: string, anonymous: boolean, contactPhone?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type CoreForcesListQueryVariables = Exact<{
  search: Scalars['String']['input'];
  archived?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type CoreForcesListQuery = { __typename?: 'Query', org: { __typename?: 'SocialOrganizationConnection', totalCount: number, nodes: Array<{ __typename?: 'SocialOrganization', name: string, contactPhone?: string | null }> }, worker: { __typename?: 'SocialWorkerConnection', totalCount: number, nodes: Array<{ __typename?: 'SocialWorker', name: string, contactPhone?: string | null }> }, vol: { __typename?: 'VolunteerConnection', totalCount: number, nodes: Array<{ __typename?: 'Volunteer', name: string, contactPhone?: string | null }> }, unit: { __typename?: 'CobuildingUnitConnection', totalCount: number, nodes: Array<{ __typename?: 'CobuildingUnit', name: string, contactPhone?: string | null }> }, charity: { __typename?: 'CharityResourceConnection', totalCount: number, nodes: Array<{ __typename?: 'CharityResource', name: string, contactPhone?: string | null }> } };

export type CoreVolunteerCreateMutationVariables = Exact<{
  input: VolunteerCreateInput;
}>;


export type CoreVolunteerCreateMutation = { __typename?: 'Mutation', volunteerCreate: { __typename?: 'VolunteerPayload', volunteer?: { __typename?: 'Volunteer', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null }> } };

export type CoreMemberAddMutationVariables = Exact<{
  input: MembershipAddInput;
}>;


export type CoreMemberAddMutation = { __typename?: 'Mutation', membershipAdd: { __typename?: 'MembershipPayload', membership?: { __typename?: 'Membership', id: string, login: string, roles: Array<RoleKind>, active: boolean } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null }> } };

export type CoreMemberUpdateMutationVariables = Exact<{
  input: MembershipUpdateInput;
}>;


export type CoreMemberUpdateMutation = { __typename?: 'Mutation', membershipUpdate: { __typename?: 'MembershipPayload', membership?: { __typename?: 'Membership', active: boolean } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null }> } };

export type CoreKeyCreateMutationVariables = Exact<{
  input: ApiKeyCreateInput;
}>;


export type CoreKeyCreateMutation = { __typename?: 'Mutation', apiKeyCreate: { __typename?: 'ApiKeyCreatePayload', secret?: string | null, apiKey?: { __typename?: 'ApiKey', id: string, prefix: string, permissions: Array<string>, revokedAt?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null }> } };

export type CoreKeyRevokeMutationVariables = Exact<{
  input: ApiKeyRevokeInput;
}>;


export type CoreKeyRevokeMutation = { __typename?: 'Mutation', apiKeyRevoke: { __typename?: 'ApiKeyPayload', apiKey?: { __typename?: 'ApiKey', revokedAt?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type CoreProbeQueryVariables = Exact<{ [key: string]: never; }>;


export type CoreProbeQuery = { __typename?: 'Query', households: { __typename?: 'HouseholdConnection', totalCount: number } };

export type CoreProbeResidentsQueryVariables = Exact<{ [key: string]: never; }>;


export type CoreProbeResidentsQuery = { __typename?: 'Query', residents: { __typename?: 'ResidentConnection', nodes: Array<{ __typename?: 'Resident', phone?: string | null }> } };

export type CoreProbeWriteMutationVariables = Exact<{
  input: HouseholdCreateInput;
}>;


export type CoreProbeWriteMutation = { __typename?: 'Mutation', householdCreate: { __typename?: 'HouseholdPayload', household?: { __typename?: 'Household', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type CoreCommunityModulesQueryVariables = Exact<{ [key: string]: never; }>;


export type CoreCommunityModulesQuery = { __typename?: 'Query', community: { __typename?: 'Community', id: string, name: string, preset?: string | null, modules: Array<{ __typename?: 'CommunityModuleInfo', key: string, enabled: boolean, settings: Record<string, unknown> }> } };

export type CoreCommunityCreateMutationVariables = Exact<{
  input: CommunityCreateInput;
}>;


export type CoreCommunityCreateMutation = { __typename?: 'Mutation', communityCreate: { __typename?: 'CommunityPayload', community?: { __typename?: 'Community', id: string, name: string, preset?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null }> } };

export type CoreCommunityUpdateMutationVariables = Exact<{
  input: CommunityUpdateInput;
}>;


export type CoreCommunityUpdateMutation = { __typename?: 'Mutation', communityUpdate: { __typename?: 'CommunityPayload', community?: { __typename?: 'Community', name: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null }> } };

export type CoreHouseholdCreateMutationVariables = Exact<{
  input: HouseholdCreateInput;
}>;


export type CoreHouseholdCreateMutation = { __typename?: 'Mutation', householdCreate: { __typename?: 'HouseholdPayload', household?: { __typename?: 'Household', id: string, number: string, address: string, tags: Array<string>, closedAt?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null }> } };

export type CoreHouseholdUpdateMutationVariables = Exact<{
  input: HouseholdUpdateInput;
}>;


export type CoreHouseholdUpdateMutation = { __typename?: 'Mutation', householdUpdate: { __typename?: 'HouseholdPayload', household?: { __typename?: 'Household', id: string, number: string, address: string, building?: string | null, tags: Array<string> } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null }> } };

export type CoreHouseholdCloseMutationVariables = Exact<{
  input: HouseholdCloseInput;
}>;


export type CoreHouseholdCloseMutation = { __typename?: 'Mutation', householdClose: { __typename?: 'HouseholdPayload', household?: { __typename?: 'Household', id: string, closedAt?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null }> } };

export type CoreHouseholdsQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  includeClosed?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type CoreHouseholdsQuery = { __typename?: 'Query', households: { __typename?: 'HouseholdConnection', totalCount: number, nodes: Array<{ __typename?: 'Household', id: string, number: string }> } };

export type CoreResidentCreateMutationVariables = Exact<{
  input: ResidentCreateInput;
}>;


export type CoreResidentCreateMutation = { __typename?: 'Mutation', residentCreate: { __typename?: 'ResidentPayload', resident?: { __typename?: 'Resident', id: string, name: string, age?: number | null, idNumber?: string | null, phone?: string | null, household?: { __typename?: 'Household', number: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type CoreResidentPersonalQueryVariables = Exact<{
  search: Scalars['String']['input'];
  unmasked: Scalars['Boolean']['input'];
}>;


export type CoreResidentPersonalQuery = { __typename?: 'Query', residents: { __typename?: 'ResidentConnection', nodes: Array<{ __typename?: 'Resident', id: string, idNumber?: string | null, phone?: string | null }> } };

export type CoreResidentPhoneQueryVariables = Exact<{
  search: Scalars['String']['input'];
}>;


export type CoreResidentPhoneQuery = { __typename?: 'Query', residents: { __typename?: 'ResidentConnection', nodes: Array<{ __typename?: 'Resident', id: string, phone?: string | null }> } };

export type CoreResidentSensitiveQueryVariables = Exact<{
  search: Scalars['String']['input'];
}>;


export type CoreResidentSensitiveQuery = { __typename?: 'Query', residents: { __typename?: 'ResidentConnection', nodes: Array<{ __typename?: 'Resident', name: string, sensitive?: { __typename?: 'ResidentSensitive', disability: boolean, hardship: boolean, healthNote?: string | null } | null }> } };

export type CoreResidentPageQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type CoreResidentPageQuery = { __typename?: 'Query', residents: { __typename?: 'ResidentConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'ResidentEdge', cursor: string, node: { __typename?: 'Resident', id: string } }> } };

export type CoreConfigureMutationVariables = Exact<{
  input: CommunityModuleConfigureInput;
}>;


export type CoreConfigureMutation = { __typename?: 'Mutation', communityModuleConfigure: { __typename?: 'CommunityPayload', userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type CouncilConfigureMutationVariables = Exact<{
  input: CommunityModuleConfigureInput;
}>;


export type CouncilConfigureMutation = { __typename?: 'Mutation', communityModuleConfigure: { __typename?: 'CommunityPayload', userErrors: Array<{ __typename?: 'UserError', code: string, message: string }> } };

export type CouncilCommunityCreateMutationVariables = Exact<{
  input: CommunityCreateInput;
}>;


export type CouncilCommunityCreateMutation = { __typename?: 'Mutation', communityCreate: { __typename?: 'CommunityPayload', community?: { __typename?: 'Community', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string }> } };

export type CouncilLoginMutationVariables = Exact<{
  input: AuthLoginInput;
}>;


export type CouncilLoginMutation = { __typename?: 'Mutation', authLogin: { __typename?: 'AuthPayload', accessToken?: string | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type CouncilMembershipAddMutationVariables = Exact<{
  input: MembershipAddInput;
}>;


export type CouncilMembershipAddMutation = { __typename?: 'Mutation', membershipAdd: { __typename?: 'MembershipPayload', membership?: { __typename?: 'Membership', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string }> } };

export type CouncilHouseholdCreateMutationVariables = Exact<{
  input: HouseholdCreateInput;
}>;


export type CouncilHouseholdCreateMutation = { __typename?: 'Mutation', householdCreate: { __typename?: 'HouseholdPayload', household?: { __typename?: 'Household', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type CouncilMembershipsQueryVariables = Exact<{ [key: string]: never; }>;


export type CouncilMembershipsQuery = { __typename?: 'Query', memberships: { __typename?: 'MembershipConnection', nodes: Array<{ __typename?: 'Membership', id: string, login: string }> } };

export type CouncilHouseholdsQueryVariables = Exact<{ [key: string]: never; }>;


export type CouncilHouseholdsQuery = { __typename?: 'Query', households: { __typename?: 'HouseholdConnection', nodes: Array<{ __typename?: 'Household', id: string }> } };

export type CouncilLevelsQueryVariables = Exact<{ [key: string]: never; }>;


export type CouncilLevelsQuery = { __typename?: 'Query', councilLevels: Array<{ __typename?: 'CouncilLevel', key: string, name: string, index: number, rules: { __typename?: 'CouncilRules', quorumPercent: number, threshold: string, votingUnit: string, cadence: string, onlineDiscussionOpen: boolean, steps: Array<CouncilStep>, allowVoteChange: boolean } }> };

export type CouncilBodyCreateMutationVariables = Exact<{
  input: CouncilBodyCreateInput;
}>;


export type CouncilBodyCreateMutation = { __typename?: 'Mutation', councilBodyCreate: { __typename?: 'CouncilBodyPayload', body?: { __typename?: 'CouncilBody', id: string, name: string, levelKey: string, level?: { __typename?: 'CouncilLevel', key: string, name: string, index: number } | null, rules: { __typename?: 'CouncilRules', steps: Array<CouncilStep>, votingUnit: string, threshold: string, quorumPercent: number, cadence: string, onlineDiscussionOpen: boolean }, parent?: { __typename?: 'CouncilBody', id: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type CouncilMemberAddMutationVariables = Exact<{
  input: CouncilMemberAddInput;
}>;


export type CouncilMemberAddMutation = { __typename?: 'Mutation', councilMemberAdd: { __typename?: 'CouncilMemberPayload', member?: { __typename?: 'CouncilMember', id: string, role: CouncilMemberRole, votes: boolean, householdId?: string | null, displayName: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type CouncilMemberEndMutationVariables = Exact<{
  input: CouncilMemberEndInput;
}>;


export type CouncilMemberEndMutation = { __typename?: 'Mutation', councilMemberEnd: { __typename?: 'CouncilMemberPayload', member?: { __typename?: 'CouncilMember', id: string, endedAt?: string | null, votes: boolean } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string }> } };

export type CouncilTopicRaiseMutationVariables = Exact<{
  input: CouncilTopicRaiseInput;
}>;


export type CouncilTopicRaiseMutation = { __typename?: 'Mutation', councilTopicRaise: { __typename?: 'CouncilTopicPayload', topic?: { __typename?: 'CouncilTopic', id: string, status: CouncilTopicStatus, step?: CouncilStep | null, body?: { __typename?: 'CouncilBody', id: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type CouncilTopicScreenMutationVariables = Exact<{
  input: CouncilTopicScreenInput;
}>;


export type CouncilTopicScreenMutation = { __typename?: 'Mutation', councilTopicScreen: { __typename?: 'CouncilTopicPayload', topic?: { __typename?: 'CouncilTopic', id: string, status: CouncilTopicStatus, rejectReason?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type CouncilTopicEscalateMutationVariables = Exact<{
  input: CouncilTopicEscalateInput;
}>;


export type CouncilTopicEscalateMutation = { __typename?: 'Mutation', councilTopicEscalate: { __typename?: 'CouncilTopicPayload', topic?: { __typename?: 'CouncilTopic', id: string, status: CouncilTopicStatus, body?: { __typename?: 'CouncilBody', id: string, levelKey: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type CouncilTopicResolveMutationVariables = Exact<{
  input: CouncilTopicAdvanceInput;
}>;


export type CouncilTopicResolveMutation = { __typename?: 'Mutation', councilTopicResolve: { __typename?: 'CouncilTopicPayload', topic?: { __typename?: 'CouncilTopic', id: string, status: CouncilTopicStatus } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string }> } };

export type CouncilTopicCompleteMutationVariables = Exact<{
  input: CouncilTopicAdvanceInput;
}>;


export type CouncilTopicCompleteMutation = { __typename?: 'Mutation', councilTopicComplete: { __typename?: 'CouncilTopicPayload', topic?: { __typename?: 'CouncilTopic', id: string, status: CouncilTopicStatus, doneAt?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string }> } };

export type CouncilTopicCloseEvaluationMutationVariables = Exact<{
  input: CouncilTopicAdvanceInput;
}>;


export type CouncilTopicCloseEvaluationMutation = { __typename?: 'Mutation', councilTopicCloseEvaluation: { __typename?: 'CouncilTopicPayload', topic?: { __typename?: 'CouncilTopic', id: string, status: CouncilTopicStatus } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string }> } };

export type CouncilCommentPostMutationVariables = Exact<{
  input: CouncilCommentPostInput;
}>;


export type CouncilCommentPostMutation = { __typename?: 'Mutation', councilCommentPost: { __typename?: 'CouncilCommentPayload', comment?: { __typename?: 'CouncilComment', id: string, authorName: string, text: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string }> } };

export type CouncilTaskAddMutationVariables = Exact<{
  input: CouncilTaskAddInput;
}>;


export type CouncilTaskAddMutation = { __typename?: 'Mutation', councilTaskAdd: { __typename?: 'CouncilTaskPayload', task?: { __typename?: 'CouncilTask', id: string, ownerName: string, dueOn: string, overdue: boolean } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type CouncilTaskDoneMutationVariables = Exact<{
  input: CouncilTaskDoneInput;
}>;


export type CouncilTaskDoneMutation = { __typename?: 'Mutation', councilTaskDone: { __typename?: 'CouncilTaskPayload', task?: { __typename?: 'CouncilTask', id: string, doneAt?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string }> } };

export type CouncilTopicEvaluateMutationVariables = Exact<{
  input: CouncilTopicEvaluateInput;
}>;


export type CouncilTopicEvaluateMutation = { __typename?: 'Mutation', councilTopicEvaluate: { __typename?: 'CouncilEvaluationPayload', evaluation?: { __typename?: 'CouncilEvaluation', rating: number } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string }> } };

export type CouncilVoteOpenMutationVariables = Exact<{
  input: CouncilVoteOpenInput;
}>;


export type CouncilVoteOpenMutation = { __typename?: 'Mutation', councilVoteOpen: { __typename?: 'CouncilVotePayload', vote?: { __typename?: 'CouncilVote', id: string, status: CouncilVoteStatus, eligible: number, quorumPercent: number, threshold: string, votingUnit: string, allowChange: boolean, options: Array<string> } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type CouncilVoteCastMutationVariables = Exact<{
  input: CouncilVoteCastInput;
}>;


export type CouncilVoteCastMutation = { __typename?: 'Mutation', councilVoteCast: { __typename?: 'CouncilVotePayload', vote?: { __typename?: 'CouncilVote', id: string, myChoice?: number | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type CouncilVoteEnterMutationVariables = Exact<{
  input: CouncilVoteEnterInput;
}>;


export type CouncilVoteEnterMutation = { __typename?: 'Mutation', councilVoteEnter: { __typename?: 'CouncilVotePayload', vote?: { __typename?: 'CouncilVote', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type CouncilVoteCloseMutationVariables = Exact<{
  input: CouncilVoteCloseInput;
}>;


export type CouncilVoteCloseMutation = { __typename?: 'Mutation', councilVoteClose: { __typename?: 'CouncilVotePayload', vote?: { __typename?: 'CouncilVote', id: string, status: CouncilVoteStatus, quorumMet?: boolean | null, passed?: boolean | null, winner?: number | null, ballotCount: number, tally: Array<{ __typename?: 'CouncilTally', option: string, count: number }>, topic?: { __typename?: 'CouncilTopic', id: string, status: CouncilTopicStatus } | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type CouncilVoteGetQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CouncilVoteGetQuery = { __typename?: 'Query', councilVote?: { __typename?: 'CouncilVote', id: string, status: CouncilVoteStatus, passed?: boolean | null, quorumMet?: boolean | null, ballotCount: number, tally: Array<{ __typename?: 'CouncilTally', option: string, count: number }>, ballots: Array<{ __typename?: 'CouncilBallot', choice: number, channel: CouncilChannel, enteredBy?: string | null, memberId: string }> } | null };

export type CouncilTopicGetQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CouncilTopicGetQuery = { __typename?: 'Query', councilTopic?: { __typename?: 'CouncilTopic', id: string, status: CouncilTopicStatus, step?: CouncilStep | null, title: string, fundRequestFen?: number | null, decidedAt?: string | null, doneAt?: string | null, body?: { __typename?: 'CouncilBody', id: string, levelKey: string } | null, history: Array<{ __typename?: 'CouncilTopicTransition', action: string, fromStatus?: CouncilTopicStatus | null, toStatus: CouncilTopicStatus, note?: string | null }>, comments: { __typename?: 'CouncilCommentConnection', totalCount: number, nodes: Array<{ __typename?: 'CouncilComment', authorName: string, text: string }> }, tasks: Array<{ __typename?: 'CouncilTask', title: string, doneAt?: string | null }>, votes: Array<{ __typename?: 'CouncilVote', id: string, passed?: boolean | null }>, evaluation: { __typename?: 'CouncilEvaluationSummary', count: number, average?: number | null, satisfiedPercent?: number | null } } | null };

export type CouncilIsoGridUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type CouncilIsoGridUnitsQuery = { __typename?: 'Query', gridUnits: { __typename?: 'GridUnitConnection', nodes: Array<{ __typename?: 'GridUnit', id: string }> } };

export type CouncilIsoGridUnitCreateMutationVariables = Exact<{
  input: GridUnitCreateInput;
}>;


export type CouncilIsoGridUnitCreateMutation = { __typename?: 'Mutation', gridUnitCreate: { __typename?: 'GridUnitPayload', gridUnit?: { __typename?: 'GridUnit', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string }> } };

export type CouncilIsoMeetingMutationVariables = Exact<{
  input: CouncilMeetingScheduleInput;
}>;


export type CouncilIsoMeetingMutation = { __typename?: 'Mutation', councilMeetingSchedule: { __typename?: 'CouncilMeetingPayload', meeting?: { __typename?: 'CouncilMeeting', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type CouncilIsoHouseholdMutationVariables = Exact<{
  input: HouseholdCreateInput;
}>;


export type CouncilIsoHouseholdMutation = { __typename?: 'Mutation', householdCreate: { __typename?: 'HouseholdPayload', household?: { __typename?: 'Household', id: string } | null } };

export type CouncilIsoMemberMutationVariables = Exact<{
  input: MembershipAddInput;
}>;


export type CouncilIsoMemberMutation = { __typename?: 'Mutation', membershipAdd: { __typename?: 'MembershipPayload', membership?: { __typename?: 'Membership', id: string } | null } };

export type CouncilPermBodiesQueryVariables = Exact<{ [key: string]: never; }>;


export type CouncilPermBodiesQuery = { __typename?: 'Query', councilBodies: { __typename?: 'CouncilBodyConnection', totalCount: number } };

export type CouncilPermMeetingMutationVariables = Exact<{
  input: CouncilMeetingScheduleInput;
}>;


export type CouncilPermMeetingMutation = { __typename?: 'Mutation', councilMeetingSchedule: { __typename?: 'CouncilMeetingPayload', meeting?: { __typename?: 'CouncilMeeting', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string }> } };

export type CouncilPermAttendMutationVariables = Exact<{
  input: CouncilMeetingAttendInput;
}>;


export type CouncilPermAttendMutation = { __typename?: 'Mutation', councilMeetingAttend: { __typename?: 'CouncilMeetingPayload', meeting?: { __typename?: 'CouncilMeeting', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string }> } };

export type CouncilPermDocumentMutationVariables = Exact<{
  input: CouncilDocumentPublishInput;
}>;


export type CouncilPermDocumentMutation = { __typename?: 'Mutation', councilDocumentPublish: { __typename?: 'CouncilDocumentPayload', document?: { __typename?: 'CouncilDocument', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string }> } };

export type CouncilPermCommunityQueryVariables = Exact<{ [key: string]: never; }>;


export type CouncilPermCommunityQuery = { __typename?: 'Query', community: { __typename?: 'Community', id: string } };

export type CouncilPermCompleteMutationVariables = Exact<{
  input: CouncilTopicAdvanceInput;
}>;


export type CouncilPermCompleteMutation = { __typename?: 'Mutation', councilTopicComplete: { __typename?: 'CouncilTopicPayload', userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type CouncilPermBodyMutationVariables = Exact<{
  input: CouncilBodyCreateInput;
}>;


export type CouncilPermBodyMutation = { __typename?: 'Mutation', councilBodyCreate: { __typename?: 'CouncilBodyPayload', body?: { __typename?: 'CouncilBody', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type CouncilMeetingScheduleMutationVariables = Exact<{
  input: CouncilMeetingScheduleInput;
}>;


export type CouncilMeetingScheduleMutation = { __typename?: 'Mutation', councilMeetingSchedule: { __typename?: 'CouncilMeetingPayload', meeting?: { __typename?: 'CouncilMeeting', id: string, kind: CouncilMeetingKind, scheduledAt: string, agenda: Array<{ __typename?: 'CouncilTopic', id: string }> } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type CouncilAttendanceRecordMutationVariables = Exact<{
  input: CouncilAttendanceRecordInput;
}>;


export type CouncilAttendanceRecordMutation = { __typename?: 'Mutation', councilAttendanceRecord: { __typename?: 'CouncilMeetingPayload', meeting?: { __typename?: 'CouncilMeeting', id: string, attendanceCount: number } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string }> } };

export type CouncilMeetingAttendMutationVariables = Exact<{
  input: CouncilMeetingAttendInput;
}>;


export type CouncilMeetingAttendMutation = { __typename?: 'Mutation', councilMeetingAttend: { __typename?: 'CouncilMeetingPayload', meeting?: { __typename?: 'CouncilMeeting', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string }> } };

export type CouncilMeetingCloseMutationVariables = Exact<{
  input: CouncilMeetingCloseInput;
}>;


export type CouncilMeetingCloseMutation = { __typename?: 'Mutation', councilMeetingClose: { __typename?: 'CouncilMeetingPayload', meeting?: { __typename?: 'CouncilMeeting', id: string, status: CouncilMeetingStatus, minutes?: string | null, attendance: Array<{ __typename?: 'CouncilAttendance', name: string, channel: CouncilChannel, isMember: boolean }>, decisions: Array<{ __typename?: 'CouncilVote', id: string, passed?: boolean | null, topic?: { __typename?: 'CouncilTopic', id: string } | null }> } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string }> } };

export type CouncilDocumentPublishMutationVariables = Exact<{
  input: CouncilDocumentPublishInput;
}>;


export type CouncilDocumentPublishMutation = { __typename?: 'Mutation', councilDocumentPublish: { __typename?: 'CouncilDocumentPayload', document?: { __typename?: 'CouncilDocument', id: string, version: number, kind: CouncilDocumentKind, title: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string }> } };

export type CouncilBodyDocsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  all?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type CouncilBodyDocsQuery = { __typename?: 'Query', councilBody?: { __typename?: 'CouncilBody', id: string, nextMeetingDue?: string | null, votingSeats: number, documents: Array<{ __typename?: 'CouncilDocument', version: number, kind: CouncilDocumentKind, title: string, text: string }> } | null };

export type CouncilStatsQueryVariables = Exact<{
  from: Scalars['DateTimeISO']['input'];
  to: Scalars['DateTimeISO']['input'];
}>;


export type CouncilStatsQuery = { __typename?: 'Query', councilStatistics: { __typename?: 'CouncilStatistics', meetingsHeld: number, topicsRaised: number, topicsDecided: number, topicsDone: number, averageDaysToDone?: number | null, participationPercent: number, levels: Array<{ __typename?: 'CouncilLevelFigures', levelKey: string, meetingsHeld: number, topicsRaised: number, topicsDecided: number, topicsDone: number }> } };

export type CouncilChangesQueryVariables = Exact<{
  types?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
}>;


export type CouncilChangesQuery = { __typename?: 'Query', changes: { __typename?: 'ChangePage', events: Array<{ __typename?: 'ChangeEvent', type: string, data: Record<string, unknown> }> } };

export type CouncilBaojiConfigureMutationVariables = Exact<{
  input: CommunityModuleConfigureInput;
}>;


export type CouncilBaojiConfigureMutation = { __typename?: 'Mutation', communityModuleConfigure: { __typename?: 'CommunityPayload', userErrors: Array<{ __typename?: 'UserError', code: string, message: string }> } };

export type CouncilDispatchTopicsQueryVariables = Exact<{
  bodyId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type CouncilDispatchTopicsQuery = { __typename?: 'Query', councilTopics: { __typename?: 'CouncilTopicConnection', nodes: Array<{ __typename?: 'CouncilTopic', title: string, status: CouncilTopicStatus, source: CouncilTopicSource }> } };

export type CouncilRemindMutationVariables = Exact<{
  input: CouncilMeetingRemindInput;
}>;


export type CouncilRemindMutation = { __typename?: 'Mutation', councilMeetingRemind: number };

export type CouncilCadenceConfigureMutationVariables = Exact<{
  input: CommunityModuleConfigureInput;
}>;


export type CouncilCadenceConfigureMutation = { __typename?: 'Mutation', communityModuleConfigure: { __typename?: 'CommunityPayload', userErrors: Array<{ __typename?: 'UserError', code: string, message: string }> } };

export type DispatchGridUnitMutationVariables = Exact<{
  input: GridUnitCreateInput;
}>;


export type DispatchGridUnitMutation = { __typename?: 'Mutation', gridUnitCreate: { __typename?: 'GridUnitPayload', gridUnit?: { __typename?: 'GridUnit', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string }> } };

export type DispatchGridDutyMutationVariables = Exact<{
  input: GridDutyAssignInput;
}>;


export type DispatchGridDutyMutation = { __typename?: 'Mutation', gridDutyAssign: { __typename?: 'GridDutyPayload', userErrors: Array<{ __typename?: 'UserError', code: string, message: string }> } };

export type DispatchGridPlaceMutationVariables = Exact<{
  input: GridHouseholdPlaceInput;
}>;


export type DispatchGridPlaceMutation = { __typename?: 'Mutation', gridHouseholdPlace: { __typename?: 'GridPlacementPayload', userErrors: Array<{ __typename?: 'UserError', code: string, message: string }> } };

export type DispatchGridHouseholdMutationVariables = Exact<{
  input: HouseholdCreateInput;
}>;


export type DispatchGridHouseholdMutation = { __typename?: 'Mutation', householdCreate: { __typename?: 'HouseholdPayload', household?: { __typename?: 'Household', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type DispatchBoardPageQueryVariables = Exact<{
  grid?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type DispatchBoardPageQuery = { __typename?: 'Query', dispatchBoard: { __typename?: 'ServiceRequestConnection', totalCount: number, nodes: Array<{ __typename?: 'ServiceRequest', id: string, status: ServiceRequestStatus, gridUnit?: string | null, takerName?: string | null, requester?: { __typename?: 'Resident', id: string, name: string } | null, household?: { __typename?: 'Household', id: string, number: string } | null }> } };

export type DispatchBoardPagedQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type DispatchBoardPagedQuery = { __typename?: 'Query', dispatchBoard: { __typename?: 'ServiceRequestConnection', nodes: Array<{ __typename?: 'ServiceRequest', id: string }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null } } };

export type DispatchConfigureMutationVariables = Exact<{
  input: CommunityModuleConfigureInput;
}>;


export type DispatchConfigureMutation = { __typename?: 'Mutation', communityModuleConfigure: { __typename?: 'CommunityPayload', userErrors: Array<{ __typename?: 'UserError', code: string, message: string }> } };

export type DispatchMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type DispatchMembersQuery = { __typename?: 'Query', memberships: { __typename?: 'MembershipConnection', nodes: Array<{ __typename?: 'Membership', id: string, login: string, roles: Array<RoleKind> }> } };

export type DispatchResidentsQueryVariables = Exact<{ [key: string]: never; }>;


export type DispatchResidentsQuery = { __typename?: 'Query', residents: { __typename?: 'ResidentConnection', nodes: Array<{ __typename?: 'Resident', id: string, name: string, household?: { __typename?: 'Household', id: string } | null }> } };

export type DispatchCreateMutationVariables = Exact<{
  input: ServiceRequestCreateInput;
}>;


export type DispatchCreateMutation = { __typename?: 'Mutation', serviceRequestCreate: { __typename?: 'ServiceRequestPayload', serviceRequest?: { __typename?: 'ServiceRequest', id: string, status: ServiceRequestStatus, kind: string, channel: DispatchChannel, onBehalf: boolean, dueAt?: string | null, gridUnit?: string | null, requester?: { __typename?: 'Resident', id: string } | null, household?: { __typename?: 'Household', id: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type DispatchDispatchMutationVariables = Exact<{
  input: ServiceRequestDispatchInput;
}>;


export type DispatchDispatchMutation = { __typename?: 'Mutation', serviceRequestDispatch: { __typename?: 'ServiceRequestPayload', serviceRequest?: { __typename?: 'ServiceRequest', id: string, status: ServiceRequestStatus, route?: DispatchRoute | null, takerName?: string | null, assistantIds: Array<string> } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type DispatchClaimMutationVariables = Exact<{
  input: ServiceRequestIdInput;
}>;


export type DispatchClaimMutation = { __typename?: 'Mutation', serviceRequestClaim: { __typename?: 'ServiceRequestPayload', serviceRequest?: { __typename?: 'ServiceRequest', id: string, status: ServiceRequestStatus, takerName?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string }> } };

export type DispatchNoteMutationVariables = Exact<{
  input: ServiceRequestNoteInput;
}>;


export type DispatchNoteMutation = { __typename?: 'Mutation', serviceRequestNote: { __typename?: 'ServiceRequestPayload', serviceRequest?: { __typename?: 'ServiceRequest', id: string, status: ServiceRequestStatus } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string }> } };

export type DispatchHandOverMutationVariables = Exact<{
  input: ServiceRequestHandOverInput;
}>;


export type DispatchHandOverMutation = { __typename?: 'Mutation', serviceRequestHandOver: { __typename?: 'ServiceRequestPayload', serviceRequest?: { __typename?: 'ServiceRequest', id: string, status: ServiceRequestStatus, takerName?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type DispatchEscalateMutationVariables = Exact<{
  input: ServiceRequestEscalateInput;
}>;


export type DispatchEscalateMutation = { __typename?: 'Mutation', serviceRequestEscalate: { __typename?: 'ServiceRequestPayload', serviceRequest?: { __typename?: 'ServiceRequest', id: string, status: ServiceRequestStatus, escalationTarget?: EscalationTarget | null, escalatedTo?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type DispatchAnswerMutationVariables = Exact<{
  input: ServiceRequestNoteInput;
}>;


export type DispatchAnswerMutation = { __typename?: 'Mutation', serviceRequestEscalationAnswer: { __typename?: 'ServiceRequestPayload', serviceRequest?: { __typename?: 'ServiceRequest', id: string, status: ServiceRequestStatus, escalationAnswer?: string | null, result?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string }> } };

export type DispatchResolveMutationVariables = Exact<{
  input: ServiceRequestResolveInput;
}>;


export type DispatchResolveMutation = { __typename?: 'Mutation', serviceRequestResolve: { __typename?: 'ServiceRequestPayload', serviceRequest?: { __typename?: 'ServiceRequest', id: string, status: ServiceRequestStatus, result?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type DispatchRateMutationVariables = Exact<{
  input: ServiceRequestRateInput;
}>;


export type DispatchRateMutation = { __typename?: 'Mutation', serviceRequestRate: { __typename?: 'ServiceRequestPayload', serviceRequest?: { __typename?: 'ServiceRequest', id: string, status: ServiceRequestStatus, rating?: number | null, ratingComment?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type DispatchReopenMutationVariables = Exact<{
  input: ServiceRequestNoteInput;
}>;


export type DispatchReopenMutation = { __typename?: 'Mutation', serviceRequestReopen: { __typename?: 'ServiceRequestPayload', serviceRequest?: { __typename?: 'ServiceRequest', id: string, status: ServiceRequestStatus, reopenCount: number, takerName?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string }> } };

export type DispatchCancelMutationVariables = Exact<{
  input: ServiceRequestNoteInput;
}>;


export type DispatchCancelMutation = { __typename?: 'Mutation', serviceRequestCancel: { __typename?: 'ServiceRequestPayload', serviceRequest?: { __typename?: 'ServiceRequest', id: string, status: ServiceRequestStatus, closeReason?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type DispatchRejectMutationVariables = Exact<{
  input: ServiceRequestNoteInput;
}>;


export type DispatchRejectMutation = { __typename?: 'Mutation', serviceRequestReject: { __typename?: 'ServiceRequestPayload', serviceRequest?: { __typename?: 'ServiceRequest', id: string, status: ServiceRequestStatus, closeReason?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string }> } };

export type DispatchMergeMutationVariables = Exact<{
  input: ServiceRequestMergeInput;
}>;


export type DispatchMergeMutation = { __typename?: 'Mutation', serviceRequestMerge: { __typename?: 'ServiceRequestPayload', serviceRequest?: { __typename?: 'ServiceRequest', id: string, status: ServiceRequestStatus, mergedInto?: { __typename?: 'ServiceRequest', id: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type DispatchGetQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DispatchGetQuery = { __typename?: 'Query', serviceRequest?: { __typename?: 'ServiceRequest', id: string, status: ServiceRequestStatus, kind: string, route?: DispatchRoute | null, takerName?: string | null, rating?: number | null, overdue: boolean, reopenCount: number, requester?: { __typename?: 'Resident', id: string } | null, log: Array<{ __typename?: 'ServiceRequestLogEntry', action: string, fromStatus: ServiceRequestStatus, toStatus: ServiceRequestStatus, actorRole?: string | null, body?: string | null, at: string }> } | null };

export type DispatchListQueryVariables = Exact<{
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<Array<ServiceRequestStatus> | ServiceRequestStatus>;
}>;


export type DispatchListQuery = { __typename?: 'Query', serviceRequests: { __typename?: 'ServiceRequestConnection', totalCount: number, nodes: Array<{ __typename?: 'ServiceRequest', id: string, status: ServiceRequestStatus }> } };

export type DispatchIsoLoginMutationVariables = Exact<{
  input: AuthLoginInput;
}>;


export type DispatchIsoLoginMutation = { __typename?: 'Mutation', authLogin: { __typename?: 'AuthPayload', accessToken?: string | null } };

export type DispatchIsoCommunityMutationVariables = Exact<{
  input: CommunityCreateInput;
}>;


export type DispatchIsoCommunityMutation = { __typename?: 'Mutation', communityCreate: { __typename?: 'CommunityPayload', community?: { __typename?: 'Community', id: string } | null } };

export type DispatchIsoMemberMutationVariables = Exact<{
  input: MembershipAddInput;
}>;


export type DispatchIsoMemberMutation = { __typename?: 'Mutation', membershipAdd: { __typename?: 'MembershipPayload', membership?: { __typename?: 'Membership', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type DispatchIsoBoardQueryVariables = Exact<{
  grid?: InputMaybe<Scalars['ID']['input']>;
}>;


export type DispatchIsoBoardQuery = { __typename?: 'Query', dispatchBoard: { __typename?: 'ServiceRequestConnection', totalCount: number, nodes: Array<{ __typename?: 'ServiceRequest', id: string, title: string }> } };

export type DispatchIsoUnitMutationVariables = Exact<{
  input: GridUnitCreateInput;
}>;


export type DispatchIsoUnitMutation = { __typename?: 'Mutation', gridUnitCreate: { __typename?: 'GridUnitPayload', gridUnit?: { __typename?: 'GridUnit', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type DispatchRaceMemberMutationVariables = Exact<{
  input: MembershipAddInput;
}>;


export type DispatchRaceMemberMutation = { __typename?: 'Mutation', membershipAdd: { __typename?: 'MembershipPayload', membership?: { __typename?: 'Membership', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string }> } };

export type DispatchMetricsPeriodQueryVariables = Exact<{
  from: Scalars['DateTimeISO']['input'];
  to: Scalars['DateTimeISO']['input'];
}>;


export type DispatchMetricsPeriodQuery = { __typename?: 'Query', dispatchMetrics: { __typename?: 'DispatchMetrics', metrics: Array<{ __typename?: 'DispatchMetric', key: string, value: number }>, gridRanking: Array<{ __typename?: 'DispatchGridRank', gridUnit: string, received: number }> } };

export type EvHouseholdCreateMutationVariables = Exact<{
  input: HouseholdCreateInput;
}>;


export type EvHouseholdCreateMutation = { __typename?: 'Mutation', householdCreate: { __typename?: 'HouseholdPayload', household?: { __typename?: 'Household', id: string, number: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null }> } };

export type EvChangesQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  types?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
}>;


export type EvChangesQuery = { __typename?: 'Query', changes: { __typename?: 'ChangePage', endCursor?: string | null, hasMore: boolean, events: Array<{ __typename?: 'ChangeEvent', cursor: string, type: string, subjectType?: string | null, subject?:
        | { __typename?: 'ApiKey' }
        | { __typename?: 'CharityResource' }
        | { __typename?: 'CobuildingUnit' }
        | { __typename?: 'Community' }
        | { __typename?: 'CouncilBody' }
        | { __typename?: 'CouncilComment' }
        | { __typename?: 'CouncilDocument' }
        | { __typename?: 'CouncilMeeting' }
        | { __typename?: 'CouncilMember' }
        | { __typename?: 'CouncilTask' }
        | { __typename?: 'CouncilTopic' }
        | { __typename?: 'CouncilVote' }
        | { __typename?: 'Fund' }
        | { __typename?: 'FundDisbursement' }
        | { __typename?: 'FundDonation' }
        | { __typename?: 'GridCareMember' }
        | { __typename?: 'GridCareVisit' }
        | { __typename?: 'GridDuty' }
        | { __typename?: 'GridUnit' }
        | { __typename?: 'Household', number: string }
        | { __typename?: 'Membership' }
        | { __typename?: 'Notice' }
        | { __typename?: 'PointsAccount' }
        | { __typename?: 'PointsAdjustment' }
        | { __typename?: 'PointsItem' }
        | { __typename?: 'PointsRedemption' }
        | { __typename?: 'PointsTransaction' }
        | { __typename?: 'Resident' }
        | { __typename?: 'ServiceRequest' }
        | { __typename?: 'SocialOrganization' }
        | { __typename?: 'SocialWorker' }
        | { __typename?: 'Street' }
        | { __typename?: 'Volunteer' }
        | { __typename?: 'VolunteerActivity' }
        | { __typename?: 'VolunteerHoursRecord' }
        | { __typename?: 'VolunteerMember' }
        | { __typename?: 'VolunteerShift' }
        | { __typename?: 'VolunteerSignup' }
       | null }> } };

export type EvLiveSubscriptionVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type EvLiveSubscription = { __typename?: 'Subscription', changes: { __typename?: 'ChangeEvent', cursor: string, type: string, subject?:
      | { __typename?: 'ApiKey' }
      | { __typename?: 'CharityResource' }
      | { __typename?: 'CobuildingUnit' }
      | { __typename?: 'Community' }
      | { __typename?: 'CouncilBody' }
      | { __typename?: 'CouncilComment' }
      | { __typename?: 'CouncilDocument' }
      | { __typename?: 'CouncilMeeting' }
      | { __typename?: 'CouncilMember' }
      | { __typename?: 'CouncilTask' }
      | { __typename?: 'CouncilTopic' }
      | { __typename?: 'CouncilVote' }
      | { __typename?: 'Fund' }
      | { __typename?: 'FundDisbursement' }
      | { __typename?: 'FundDonation' }
      | { __typename?: 'GridCareMember' }
      | { __typename?: 'GridCareVisit' }
      | { __typename?: 'GridDuty' }
      | { __typename?: 'GridUnit' }
      | { __typename?: 'Household', number: string }
      | { __typename?: 'Membership' }
      | { __typename?: 'Notice' }
      | { __typename?: 'PointsAccount' }
      | { __typename?: 'PointsAdjustment' }
      | { __typename?: 'PointsItem' }
      | { __typename?: 'PointsRedemption' }
      | { __typename?: 'PointsTransaction' }
      | { __typename?: 'Resident' }
      | { __typename?: 'ServiceRequest' }
      | { __typename?: 'SocialOrganization' }
      | { __typename?: 'SocialWorker' }
      | { __typename?: 'Street' }
      | { __typename?: 'Volunteer' }
      | { __typename?: 'VolunteerActivity' }
      | { __typename?: 'VolunteerHoursRecord' }
      | { __typename?: 'VolunteerMember' }
      | { __typename?: 'VolunteerShift' }
      | { __typename?: 'VolunteerSignup' }
     | null } };

export type FundFxEnableMutationVariables = Exact<{
  input: CommunityModuleConfigureInput;
}>;


export type FundFxEnableMutation = { __typename?: 'Mutation', communityModuleConfigure: { __typename?: 'CommunityPayload', userErrors: Array<{ __typename?: 'UserError', code: string, message: string }> } };

export type FundFxMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type FundFxMembersQuery = { __typename?: 'Query', memberships: { __typename?: 'MembershipConnection', nodes: Array<{ __typename?: 'Membership', id: string, login: string }> }, community: { __typename?: 'Community', id: string } };

export type FundFxAddMemberMutationVariables = Exact<{
  input: MembershipAddInput;
}>;


export type FundFxAddMemberMutation = { __typename?: 'Mutation', membershipAdd: { __typename?: 'MembershipPayload', membership?: { __typename?: 'Membership', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string }> } };

export type FundFxForcesMutationVariables = Exact<{
  o: SocialOrganizationCreateInput;
  c: CharityResourceCreateInput;
  a: CharityResourceCreateInput;
  u: CobuildingUnitCreateInput;
}>;


export type FundFxForcesMutation = { __typename?: 'Mutation', socialOrganizationCreate: { __typename?: 'SocialOrganizationPayload', socialOrganization?: { __typename?: 'SocialOrganization', id: string } | null }, named: { __typename?: 'CharityResourcePayload', charityResource?: { __typename?: 'CharityResource', id: string } | null }, anon: { __typename?: 'CharityResourcePayload', charityResource?: { __typename?: 'CharityResource', id: string } | null }, cobuildingUnitCreate: { __typename?: 'CobuildingUnitPayload', cobuildingUnit?: { __typename?: 'CobuildingUnit', id: string } | null } };

export type FundCreateMutationVariables = Exact<{
  input: FundCreateInput;
}>;


export type FundCreateMutation = { __typename?: 'Mutation', fundCreate: { __typename?: 'FundPayload', fund?: { __typename?: 'Fund', id: string, name: string, kind: FundKind, purpose?: string | null, balanceFen: any, custodian?: { __typename?: 'FundCustodian', name: string, type: FundCustodianType } | null, roster: Array<{ __typename?: 'FundRosterEntry', displayName: string, role: FundMemberRole }> } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type FundUpdateMutationVariables = Exact<{
  input: FundUpdateInput;
}>;


export type FundUpdateMutation = { __typename?: 'Mutation', fundUpdate: { __typename?: 'FundPayload', fund?: { __typename?: 'Fund', id: string, name: string, active: boolean, roster: Array<{ __typename?: 'FundRosterEntry', displayName: string, role: FundMemberRole }> } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type FundGetQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type FundGetQuery = { __typename?: 'Query', fund?: { __typename?: 'Fund', id: string, name: string, balanceFen: any, goodsValuationFen: any, incomeFen: any, spentFen: any, receiptsIssued: number, permissions: { __typename?: 'FundPermissions', recordDonation: boolean, pledge: boolean, requestDisbursement: boolean, approve: boolean, pay: boolean, manage: boolean, seeDonors: boolean } } | null };

export type FundRecordMutationVariables = Exact<{
  input: FundDonationInput;
}>;


export type FundRecordMutation = { __typename?: 'Mutation', fundDonationRecord: { __typename?: 'FundDonationPayload', donation?: { __typename?: 'FundDonation', id: string, status: FundDonationStatus, kind: FundDonationKind, amountFen: any, receiptNumber?: string | null, donorName: string, anonymous: boolean } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type FundPledgeMutationVariables = Exact<{
  input: FundDonationInput;
}>;


export type FundPledgeMutation = { __typename?: 'Mutation', fundPledgeCreate: { __typename?: 'FundDonationPayload', donation?: { __typename?: 'FundDonation', id: string, status: FundDonationStatus, receiptNumber?: string | null, donorName: string, mine: boolean, permissions: { __typename?: 'FundDonationPermissions', fulfil: boolean, cancel: boolean, refund: boolean } } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type FundFulfilMutationVariables = Exact<{
  input: FundPledgeFulfilInput;
}>;


export type FundFulfilMutation = { __typename?: 'Mutation', fundPledgeFulfil: { __typename?: 'FundDonationPayload', donation?: { __typename?: 'FundDonation', id: string, status: FundDonationStatus, receiptNumber?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type FundPledgeCancelMutationVariables = Exact<{
  input: FundPledgeCancelInput;
}>;


export type FundPledgeCancelMutation = { __typename?: 'Mutation', fundPledgeCancel: { __typename?: 'FundDonationPayload', donation?: { __typename?: 'FundDonation', id: string, status: FundDonationStatus, reason?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type FundRefundMutationVariables = Exact<{
  input: FundDonationRefundInput;
}>;


export type FundRefundMutation = { __typename?: 'Mutation', fundDonationRefund: { __typename?: 'FundDonationPayload', donation?: { __typename?: 'FundDonation', id: string, status: FundDonationStatus, refundedAt?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type FundRequestMutationVariables = Exact<{
  input: FundDisbursementRequestInput;
}>;


export type FundRequestMutation = { __typename?: 'Mutation', fundDisbursementRequest: { __typename?: 'FundDisbursementPayload', disbursement?: { __typename?: 'FundDisbursement', id: string, status: FundDisbursementStatus, approvalsRequired: number, councilRequired: boolean } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type FundApproveMutationVariables = Exact<{
  input: FundDisbursementApproveInput;
}>;


export type FundApproveMutation = { __typename?: 'Mutation', fundDisbursementApprove: { __typename?: 'FundDisbursementPayload', disbursement?: { __typename?: 'FundDisbursement', id: string, status: FundDisbursementStatus, approvalsCount: number } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type FundRejectMutationVariables = Exact<{
  input: FundDisbursementCloseInput;
}>;


export type FundRejectMutation = { __typename?: 'Mutation', fundDisbursementReject: { __typename?: 'FundDisbursementPayload', disbursement?: { __typename?: 'FundDisbursement', id: string, status: FundDisbursementStatus, reason?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type FundCancelMutationVariables = Exact<{
  input: FundDisbursementCloseInput;
}>;


export type FundCancelMutation = { __typename?: 'Mutation', fundDisbursementCancel: { __typename?: 'FundDisbursementPayload', disbursement?: { __typename?: 'FundDisbursement', id: string, status: FundDisbursementStatus, reason?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type FundPayMutationVariables = Exact<{
  input: FundDisbursementPayInput;
}>;


export type FundPayMutation = { __typename?: 'Mutation', fundDisbursementPay: { __typename?: 'FundDisbursementPayload', disbursement?: { __typename?: 'FundDisbursement', id: string, status: FundDisbursementStatus, paymentReference?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type FundStatementQQueryVariables = Exact<{
  fundId: Scalars['ID']['input'];
  from: Scalars['DateTimeISO']['input'];
  to: Scalars['DateTimeISO']['input'];
}>;


export type FundStatementQQuery = { __typename?: 'Query', fundStatement?: { __typename?: 'FundStatement', fundName: string, openingBalanceFen: any, incomeFen: any, goodsFen: any, spendingFen: any, closingBalanceFen: any, csv: string, income: Array<{ __typename?: 'FundStatementIncomeLine', donor: string, anonymous: boolean, moneyFen: any, goodsFen: any, count: number }>, spending: Array<{ __typename?: 'FundStatementSpendingLine', purpose: string, purposeName: string, amountFen: any, count: number }> } | null };

export type FundMatrixPermsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  d: Scalars['ID']['input'];
}>;


export type FundMatrixPermsQuery = { __typename?: 'Query', fund?: { __typename?: 'Fund', permissions: { __typename?: 'FundPermissions', recordDonation: boolean, pledge: boolean, requestDisbursement: boolean, approve: boolean, pay: boolean, manage: boolean, seeDonors: boolean } } | null, node?:
    | { __typename?: 'ApiKey' }
    | { __typename?: 'CharityResource' }
    | { __typename?: 'CobuildingUnit' }
    | { __typename?: 'Community' }
    | { __typename?: 'CouncilBody' }
    | { __typename?: 'CouncilComment' }
    | { __typename?: 'CouncilDocument' }
    | { __typename?: 'CouncilMeeting' }
    | { __typename?: 'CouncilMember' }
    | { __typename?: 'CouncilTask' }
    | { __typename?: 'CouncilTopic' }
    | { __typename?: 'CouncilVote' }
    | { __typename?: 'Fund' }
    | { __typename?: 'FundDisbursement', permissions: { __typename?: 'FundDisbursementPermissions', approve: boolean, reject: boolean, cancel: boolean, pay: boolean } }
    | { __typename?: 'FundDonation' }
    | { __typename?: 'GridCareMember' }
    | { __typename?: 'GridCareVisit' }
    | { __typename?: 'GridDuty' }
    | { __typename?: 'GridUnit' }
    | { __typename?: 'Household' }
    | { __typename?: 'Membership' }
    | { __typename?: 'Notice' }
    | { __typename?: 'PointsAccount' }
    | { __typename?: 'PointsAdjustment' }
    | { __typename?: 'PointsItem' }
    | { __typename?: 'PointsRedemption' }
    | { __typename?: 'PointsTransaction' }
    | { __typename?: 'Resident' }
    | { __typename?: 'ServiceRequest' }
    | { __typename?: 'SocialOrganization' }
    | { __typename?: 'SocialWorker' }
    | { __typename?: 'Street' }
    | { __typename?: 'Volunteer' }
    | { __typename?: 'VolunteerActivity' }
    | { __typename?: 'VolunteerHoursRecord' }
    | { __typename?: 'VolunteerMember' }
    | { __typename?: 'VolunteerShift' }
    | { __typename?: 'VolunteerSignup' }
   | null };

export type FundMatrixAnonQueryVariables = Exact<{
  fundId: Scalars['ID']['input'];
}>;


export type FundMatrixAnonQuery = { __typename?: 'Query', fundDonations: { __typename?: 'FundDonationConnection', nodes: Array<{ __typename?: 'FundDonation', id: string, donorName: string }> } };

export type FundMatrixCommunityMutationVariables = Exact<{
  input: CommunityCreateInput;
}>;


export type FundMatrixCommunityMutation = { __typename?: 'Mutation', communityCreate: { __typename?: 'CommunityPayload', community?: { __typename?: 'Community', id: string } | null } };

export type FundMatrixLoginMutationVariables = Exact<{
  input: AuthLoginInput;
}>;


export type FundMatrixLoginMutation = { __typename?: 'Mutation', authLogin: { __typename?: 'AuthPayload', accessToken?: string | null } };

export type FundMatrixAddMutationVariables = Exact<{
  input: MembershipAddInput;
}>;


export type FundMatrixAddMutation = { __typename?: 'Mutation', membershipAdd: { __typename?: 'MembershipPayload', userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type FundRequestsQueryVariables = Exact<{
  fundId: Scalars['ID']['input'];
}>;


export type FundRequestsQuery = { __typename?: 'Query', fundDisbursements: { __typename?: 'FundDisbursementConnection', totalCount: number, nodes: Array<{ __typename?: 'FundDisbursement', id: string, status: FundDisbursementStatus, approvalsCount: number, requesterName: string, purposeName: string, approvalEntries: Array<{ __typename?: 'FundApprovalEntry', approverName: string }>, permissions: { __typename?: 'FundDisbursementPermissions', approve: boolean, reject: boolean, cancel: boolean, pay: boolean } }> } };

export type FundDonationsQueryVariables = Exact<{
  fundId: Scalars['ID']['input'];
  mine?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type FundDonationsQuery = { __typename?: 'Query', fundDonations: { __typename?: 'FundDonationConnection', totalCount: number, nodes: Array<{ __typename?: 'FundDonation', id: string, donorName: string, donorType?: FundDonorType | null, donorId?: string | null, anonymous: boolean, receiptNumber?: string | null, status: FundDonationStatus, mine: boolean }> } };

export type FundNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type FundNodeQuery = { __typename?: 'Query', node?:
    | { __typename?: 'ApiKey', id: string }
    | { __typename?: 'CharityResource', id: string }
    | { __typename?: 'CobuildingUnit', id: string }
    | { __typename?: 'Community', id: string }
    | { __typename?: 'CouncilBody', id: string }
    | { __typename?: 'CouncilComment', id: string }
    | { __typename?: 'CouncilDocument', id: string }
    | { __typename?: 'CouncilMeeting', id: string }
    | { __typename?: 'CouncilMember', id: string }
    | { __typename?: 'CouncilTask', id: string }
    | { __typename?: 'CouncilTopic', id: string }
    | { __typename?: 'CouncilVote', id: string }
    | { __typename?: 'Fund', name: string, id: string }
    | { __typename?: 'FundDisbursement', status: FundDisbursementStatus, amountFen: any, id: string }
    | { __typename?: 'FundDonation', amountFen: any, id: string }
    | { __typename?: 'GridCareMember', id: string }
    | { __typename?: 'GridCareVisit', id: string }
    | { __typename?: 'GridDuty', id: string }
    | { __typename?: 'GridUnit', id: string }
    | { __typename?: 'Household', id: string }
    | { __typename?: 'Membership', id: string }
    | { __typename?: 'Notice', id: string }
    | { __typename?: 'PointsAccount', id: string }
    | { __typename?: 'PointsAdjustment', id: string }
    | { __typename?: 'PointsItem', id: string }
    | { __typename?: 'PointsRedemption', id: string }
    | { __typename?: 'PointsTransaction', id: string }
    | { __typename?: 'Resident', id: string }
    | { __typename?: 'ServiceRequest', id: string }
    | { __typename?: 'SocialOrganization', id: string }
    | { __typename?: 'SocialWorker', id: string }
    | { __typename?: 'Street', id: string }
    | { __typename?: 'Volunteer', id: string }
    | { __typename?: 'VolunteerActivity', id: string }
    | { __typename?: 'VolunteerHoursRecord', id: string }
    | { __typename?: 'VolunteerMember', id: string }
    | { __typename?: 'VolunteerShift', id: string }
    | { __typename?: 'VolunteerSignup', id: string }
   | null };

export type FundListQueryVariables = Exact<{ [key: string]: never; }>;


export type FundListQuery = { __typename?: 'Query', funds: { __typename?: 'FundConnection', totalCount: number, nodes: Array<{ __typename?: 'Fund', id: string, name: string }> } };

export type FundDisableMutationVariables = Exact<{
  input: CommunityModuleConfigureInput;
}>;


export type FundDisableMutation = { __typename?: 'Mutation', communityModuleConfigure: { __typename?: 'CommunityPayload', userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type FundReEnableMutationVariables = Exact<{
  input: CommunityModuleConfigureInput;
}>;


export type FundReEnableMutation = { __typename?: 'Mutation', communityModuleConfigure: { __typename?: 'CommunityPayload', userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type FundIsoLoginMutationVariables = Exact<{
  input: AuthLoginInput;
}>;


export type FundIsoLoginMutation = { __typename?: 'Mutation', authLogin: { __typename?: 'AuthPayload', accessToken?: string | null } };

export type FundIsoCommunityMutationVariables = Exact<{
  input: CommunityCreateInput;
}>;


export type FundIsoCommunityMutation = { __typename?: 'Mutation', communityCreate: { __typename?: 'CommunityPayload', community?: { __typename?: 'Community', id: string } | null } };

export type FundIsoMemberMutationVariables = Exact<{
  input: MembershipAddInput;
}>;


export type FundIsoMemberMutation = { __typename?: 'Mutation', membershipAdd: { __typename?: 'MembershipPayload', userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type FundIsoEnableMutationVariables = Exact<{
  input: CommunityModuleConfigureInput;
}>;


export type FundIsoEnableMutation = { __typename?: 'Mutation', communityModuleConfigure: { __typename?: 'CommunityPayload', userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type FundIsoForcesMutationVariables = Exact<{
  o: SocialOrganizationCreateInput;
}>;


export type FundIsoForcesMutation = { __typename?: 'Mutation', socialOrganizationCreate: { __typename?: 'SocialOrganizationPayload', socialOrganization?: { __typename?: 'SocialOrganization', id: string } | null } };

export type FundIsoMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type FundIsoMembersQuery = { __typename?: 'Query', memberships: { __typename?: 'MembershipConnection', nodes: Array<{ __typename?: 'Membership', id: string, login: string }> } };

export type FundIsoRequestMutationVariables = Exact<{
  input: FundDisbursementRequestInput;
}>;


export type FundIsoRequestMutation = { __typename?: 'Mutation', fundDisbursementRequest: { __typename?: 'FundDisbursementPayload', disbursement?: { __typename?: 'FundDisbursement', status: FundDisbursementStatus, councilTopicId?: string | null, approvalsRequired: number } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null }> } };

export type GridCareConfigureMutationVariables = Exact<{
  input: CommunityModuleConfigureInput;
}>;


export type GridCareConfigureMutation = { __typename?: 'Mutation', communityModuleConfigure: { __typename?: 'CommunityPayload', userErrors: Array<{ __typename?: 'UserError', code: string, message: string }> } };

export type GridCareResidentsQueryVariables = Exact<{ [key: string]: never; }>;


export type GridCareResidentsQuery = { __typename?: 'Query', residents: { __typename?: 'ResidentConnection', nodes: Array<{ __typename?: 'Resident', id: string, name: string, household?: { __typename?: 'Household', number: string } | null }> } };

export type GridCareMembershipsQueryVariables = Exact<{ [key: string]: never; }>;


export type GridCareMembershipsQuery = { __typename?: 'Query', memberships: { __typename?: 'MembershipConnection', nodes: Array<{ __typename?: 'Membership', id: string, login: string }> } };

export type GridCareEnrollMutationVariables = Exact<{
  input: GridCareMemberEnrollInput;
}>;


export type GridCareEnrollMutation = { __typename?: 'Mutation', gridCareMemberEnroll: { __typename?: 'GridCareMemberPayload', gridCareMember?: { __typename?: 'GridCareMember', id: string, category: string, categoryName: string, visitEveryDays: number, dueOn: string, overdue: boolean, responsibleName?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null }> } };

export type GridCareUpdateMutationVariables = Exact<{
  input: GridCareMemberUpdateInput;
}>;


export type GridCareUpdateMutation = { __typename?: 'Mutation', gridCareMemberUpdate: { __typename?: 'GridCareMemberPayload', gridCareMember?: { __typename?: 'GridCareMember', id: string, responsibleName?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type GridCareEndMutationVariables = Exact<{
  input: GridCareMemberEndInput;
}>;


export type GridCareEndMutation = { __typename?: 'Mutation', gridCareMemberEnd: { __typename?: 'GridCareMemberPayload', gridCareMember?: { __typename?: 'GridCareMember', id: string, endsOn?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type GridCareVisitMutationVariables = Exact<{
  input: GridCareVisitRecordInput;
}>;


export type GridCareVisitMutation = { __typename?: 'Mutation', gridCareVisitRecord: { __typename?: 'GridCareVisitPayload', gridCareVisit?: { __typename?: 'GridCareVisit', id: string, kind: string, kindName: string, dueOn: string, onTime: boolean, notes: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null }> } };

export type GridCareListQueryVariables = Exact<{
  overdueOnly?: InputMaybe<Scalars['Boolean']['input']>;
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  category?: InputMaybe<Scalars['String']['input']>;
}>;


export type GridCareListQuery = { __typename?: 'Query', gridCareMembers: { __typename?: 'GridCareMemberConnection', totalCount: number, nodes: Array<{ __typename?: 'GridCareMember', id: string, category: string, overdue: boolean, evidence: string, resident?: { __typename?: 'Resident', name: string } | null, visits: Array<{ __typename?: 'GridCareVisit', kind: string }> }> } };

export type GridCareOneQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GridCareOneQuery = { __typename?: 'Query', gridCareMember?: { __typename?: 'GridCareMember', id: string, evidence: string, resident?: { __typename?: 'Resident', name: string } | null } | null };

export type GridCareNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GridCareNodeQuery = { __typename?: 'Query', node?:
    | { __typename?: 'ApiKey', id: string }
    | { __typename?: 'CharityResource', id: string }
    | { __typename?: 'CobuildingUnit', id: string }
    | { __typename?: 'Community', id: string }
    | { __typename?: 'CouncilBody', id: string }
    | { __typename?: 'CouncilComment', id: string }
    | { __typename?: 'CouncilDocument', id: string }
    | { __typename?: 'CouncilMeeting', id: string }
    | { __typename?: 'CouncilMember', id: string }
    | { __typename?: 'CouncilTask', id: string }
    | { __typename?: 'CouncilTopic', id: string }
    | { __typename?: 'CouncilVote', id: string }
    | { __typename?: 'Fund', id: string }
    | { __typename?: 'FundDisbursement', id: string }
    | { __typename?: 'FundDonation', id: string }
    | { __typename?: 'GridCareMember', evidence: string, id: string }
    | { __typename?: 'GridCareVisit', id: string }
    | { __typename?: 'GridDuty', id: string }
    | { __typename?: 'GridUnit', id: string }
    | { __typename?: 'Household', id: string }
    | { __typename?: 'Membership', id: string }
    | { __typename?: 'Notice', id: string }
    | { __typename?: 'PointsAccount', id: string }
    | { __typename?: 'PointsAdjustment', id: string }
    | { __typename?: 'PointsItem', id: string }
    | { __typename?: 'PointsRedemption', id: string }
    | { __typename?: 'PointsTransaction', id: string }
    | { __typename?: 'Resident', id: string }
    | { __typename?: 'ServiceRequest', id: string }
    | { __typename?: 'SocialOrganization', id: string }
    | { __typename?: 'SocialWorker', id: string }
    | { __typename?: 'Street', id: string }
    | { __typename?: 'Volunteer', id: string }
    | { __typename?: 'VolunteerActivity', id: string }
    | { __typename?: 'VolunteerHoursRecord', id: string }
    | { __typename?: 'VolunteerMember', id: string }
    | { __typename?: 'VolunteerShift', id: string }
    | { __typename?: 'VolunteerSignup', id: string }
   | null };

export type GridCareCoverageQQueryVariables = Exact<{ [key: string]: never; }>;


export type GridCareCoverageQQuery = { __typename?: 'Query', gridCareCoverage: { __typename?: 'GridCareCoverage', members: number, withResponsible: number, onTime: number, covered: number, rate: number } };

export type GridCareNotifyMutationVariables = Exact<{ [key: string]: never; }>;


export type GridCareNotifyMutation = { __typename?: 'Mutation', gridCareOverdueNotify: { __typename?: 'GridCareOverduePayload', notified?: number | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type GridCareFileQueryVariables = Exact<{
  h: Scalars['ID']['input'];
}>;


export type GridCareFileQuery = { __typename?: 'Query', gridHouseholdFile?: { __typename?: 'GridHouseholdFile', careMembers: Array<{ __typename?: 'GridCareMember', category: string }> } | null };

export type GridCareMetricsQueryVariables = Exact<{
  from: Scalars['DateTimeISO']['input'];
  to: Scalars['DateTimeISO']['input'];
}>;


export type GridCareMetricsQuery = { __typename?: 'Query', gridMetrics: Array<{ __typename?: 'GridMetric', key: string, value: number }> };

export type GridImportConfigureMutationVariables = Exact<{
  input: CommunityModuleConfigureInput;
}>;


export type GridImportConfigureMutation = { __typename?: 'Mutation', communityModuleConfigure: { __typename?: 'CommunityPayload', userErrors: Array<{ __typename?: 'UserError', code: string, message: string }> } };

export type GridImportMutationVariables = Exact<{
  input: GridImportInput;
}>;


export type GridImportMutation = { __typename?: 'Mutation', gridImport: { __typename?: 'GridImportPayload', report?: { __typename?: 'GridImportReport', applied: boolean, units: number, households: number, residents: number, placements: number, problems: Array<{ __typename?: 'GridImportProblem', sheet: string, row: number, field: string, reason: string }> } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string }> } };

export type GridImportTreeQueryVariables = Exact<{ [key: string]: never; }>;


export type GridImportTreeQuery = { __typename?: 'Query', gridUnits: { __typename?: 'GridUnitConnection', totalCount: number, nodes: Array<{ __typename?: 'GridUnit', code: string, householdCount: number }> } };

export type GridIsoLoginMutationVariables = Exact<{
  input: AuthLoginInput;
}>;


export type GridIsoLoginMutation = { __typename?: 'Mutation', authLogin: { __typename?: 'AuthPayload', accessToken?: string | null } };

export type GridIsoCommunityMutationVariables = Exact<{
  input: CommunityCreateInput;
}>;


export type GridIsoCommunityMutation = { __typename?: 'Mutation', communityCreate: { __typename?: 'CommunityPayload', community?: { __typename?: 'Community', id: string } | null } };

export type GridIsoMemberMutationVariables = Exact<{
  input: MembershipAddInput;
}>;


export type GridIsoMemberMutation = { __typename?: 'Mutation', membershipAdd: { __typename?: 'MembershipPayload', membership?: { __typename?: 'Membership', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type GridIsoConfigureMutationVariables = Exact<{
  input: CommunityModuleConfigureInput;
}>;


export type GridIsoConfigureMutation = { __typename?: 'Mutation', communityModuleConfigure: { __typename?: 'CommunityPayload', userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type GridIsoHouseholdMutationVariables = Exact<{
  input: HouseholdCreateInput;
}>;


export type GridIsoHouseholdMutation = { __typename?: 'Mutation', householdCreate: { __typename?: 'HouseholdPayload', household?: { __typename?: 'Household', id: string } | null } };

export type GridIsoResidentMutationVariables = Exact<{
  input: ResidentCreateInput;
}>;


export type GridIsoResidentMutation = { __typename?: 'Mutation', residentCreate: { __typename?: 'ResidentPayload', resident?: { __typename?: 'Resident', id: string } | null } };

export type GridIsoUnitQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GridIsoUnitQuery = { __typename?: 'Query', gridUnit?: { __typename?: 'GridUnit', code: string, name: string, households: { __typename?: 'GridHouseholdConnection', totalCount: number } } | null };

export type GridIsoUnitsQueryVariables = Exact<{
  id?: InputMaybe<Scalars['ID']['input']>;
}>;


export type GridIsoUnitsQuery = { __typename?: 'Query', gridUnits: { __typename?: 'GridUnitConnection', totalCount: number, nodes: Array<{ __typename?: 'GridUnit', code: string }> } };

export type GridIsoPathQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GridIsoPathQuery = { __typename?: 'Query', gridHouseholdPath?: Array<{ __typename?: 'GridUnit', code: string }> | null };

export type GridIsoResponsibleQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GridIsoResponsibleQuery = { __typename?: 'Query', gridResponsible?: Array<{ __typename?: 'GridDuty', holderName: string }> | null };

export type GridIsoFileQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GridIsoFileQuery = { __typename?: 'Query', gridHouseholdFile?: { __typename?: 'GridHouseholdFile', household: { __typename?: 'Household', number: string }, members: Array<{ __typename?: 'Resident', name: string }> } | null };

export type GridIsoCoverageQueryVariables = Exact<{
  id?: InputMaybe<Scalars['ID']['input']>;
}>;


export type GridIsoCoverageQuery = { __typename?: 'Query', gridCoverage?: { __typename?: 'GridCoverage', roleGapCount: number, householdsWithoutResponsible: Array<{ __typename?: 'Household', number: string }> } | null };

export type GridIsoCareMemberQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GridIsoCareMemberQuery = { __typename?: 'Query', gridCareMember?: { __typename?: 'GridCareMember', evidence: string } | null };

export type GridIsoCareMembersQueryVariables = Exact<{
  id?: InputMaybe<Scalars['ID']['input']>;
}>;


export type GridIsoCareMembersQuery = { __typename?: 'Query', gridCareMembers: { __typename?: 'GridCareMemberConnection', totalCount: number, nodes: Array<{ __typename?: 'GridCareMember', evidence: string }> } };

export type GridIsoUnitCreateMutationVariables = Exact<{
  input: GridUnitCreateInput;
}>;


export type GridIsoUnitCreateMutation = { __typename?: 'Mutation', gridUnitCreate: { __typename?: 'GridUnitPayload', gridUnit?: { __typename?: 'GridUnit', code: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null }> } };

export type GridIsoUnitUpdateMutationVariables = Exact<{
  input: GridUnitUpdateInput;
}>;


export type GridIsoUnitUpdateMutation = { __typename?: 'Mutation', gridUnitUpdate: { __typename?: 'GridUnitPayload', gridUnit?: { __typename?: 'GridUnit', code: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null }> } };

export type GridIsoUnitMoveMutationVariables = Exact<{
  input: GridUnitMoveInput;
}>;


export type GridIsoUnitMoveMutation = { __typename?: 'Mutation', gridUnitMove: { __typename?: 'GridUnitPayload', gridUnit?: { __typename?: 'GridUnit', code: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null }> } };

export type GridIsoPlaceMutationVariables = Exact<{
  input: GridHouseholdPlaceInput;
}>;


export type GridIsoPlaceMutation = { __typename?: 'Mutation', gridHouseholdPlace: { __typename?: 'GridPlacementPayload', gridPlacement?: { __typename?: 'GridPlacement', placedAt: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null }> } };

export type GridIsoDutyAssignMutationVariables = Exact<{
  input: GridDutyAssignInput;
}>;


export type GridIsoDutyAssignMutation = { __typename?: 'Mutation', gridDutyAssign: { __typename?: 'GridDutyPayload', gridDuty?: { __typename?: 'GridDuty', role: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null }> } };

export type GridIsoDutyEndMutationVariables = Exact<{
  input: GridDutyEndInput;
}>;


export type GridIsoDutyEndMutation = { __typename?: 'Mutation', gridDutyEnd: { __typename?: 'GridDutyPayload', gridDuty?: { __typename?: 'GridDuty', role: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null }> } };

export type GridIsoEnrollMutationVariables = Exact<{
  input: GridCareMemberEnrollInput;
}>;


export type GridIsoEnrollMutation = { __typename?: 'Mutation', gridCareMemberEnroll: { __typename?: 'GridCareMemberPayload', gridCareMember?: { __typename?: 'GridCareMember', evidence: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null }> } };

export type GridIsoCareUpdateMutationVariables = Exact<{
  input: GridCareMemberUpdateInput;
}>;


export type GridIsoCareUpdateMutation = { __typename?: 'Mutation', gridCareMemberUpdate: { __typename?: 'GridCareMemberPayload', gridCareMember?: { __typename?: 'GridCareMember', evidence: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null }> } };

export type GridIsoCareEndMutationVariables = Exact<{
  input: GridCareMemberEndInput;
}>;


export type GridIsoCareEndMutation = { __typename?: 'Mutation', gridCareMemberEnd: { __typename?: 'GridCareMemberPayload', gridCareMember?: { __typename?: 'GridCareMember', evidence: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null }> } };

export type GridIsoVisitMutationVariables = Exact<{
  input: GridCareVisitRecordInput;
}>;


export type GridIsoVisitMutation = { __typename?: 'Mutation', gridCareVisitRecord: { __typename?: 'GridCareVisitPayload', gridCareVisit?: { __typename?: 'GridCareVisit', notes: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null }> } };

export type GridIsoExportMutationVariables = Exact<{
  input: GridExportCreateInput;
}>;


export type GridIsoExportMutation = { __typename?: 'Mutation', gridExportCreate: { __typename?: 'GridExportPayload', export?: { __typename?: 'GridExport', csv: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null }> } };

export type GridIsoEnrollBMutationVariables = Exact<{
  input: GridCareMemberEnrollInput;
}>;


export type GridIsoEnrollBMutation = { __typename?: 'Mutation', gridCareMemberEnroll: { __typename?: 'GridCareMemberPayload', gridCareMember?: { __typename?: 'GridCareMember', id: string } | null } };

export type GridMatrixCommunityQueryVariables = Exact<{ [key: string]: never; }>;


export type GridMatrixCommunityQuery = { __typename?: 'Query', community: { __typename?: 'Community', id: string } };

export type GridMatrixConfigureMutationVariables = Exact<{
  input: CommunityModuleConfigureInput;
}>;


export type GridMatrixConfigureMutation = { __typename?: 'Mutation', communityModuleConfigure: { __typename?: 'CommunityPayload', userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type GridMatrixUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type GridMatrixUnitsQuery = { __typename?: 'Query', gridUnits: { __typename?: 'GridUnitConnection', totalCount: number } };

export type GridMatrixUnitCreateMutationVariables = Exact<{
  input: GridUnitCreateInput;
}>;


export type GridMatrixUnitCreateMutation = { __typename?: 'Mutation', gridUnitCreate: { __typename?: 'GridUnitPayload', gridUnit?: { __typename?: 'GridUnit', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type GridMatrixPlaceMutationVariables = Exact<{
  input: GridHouseholdPlaceInput;
}>;


export type GridMatrixPlaceMutation = { __typename?: 'Mutation', gridHouseholdPlace: { __typename?: 'GridPlacementPayload', gridPlacement?: { __typename?: 'GridPlacement', placedAt: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type GridMatrixNodeUnitQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GridMatrixNodeUnitQuery = { __typename?: 'Query', node?:
    | { __typename?: 'ApiKey', id: string }
    | { __typename?: 'CharityResource', id: string }
    | { __typename?: 'CobuildingUnit', id: string }
    | { __typename?: 'Community', id: string }
    | { __typename?: 'CouncilBody', id: string }
    | { __typename?: 'CouncilComment', id: string }
    | { __typename?: 'CouncilDocument', id: string }
    | { __typename?: 'CouncilMeeting', id: string }
    | { __typename?: 'CouncilMember', id: string }
    | { __typename?: 'CouncilTask', id: string }
    | { __typename?: 'CouncilTopic', id: string }
    | { __typename?: 'CouncilVote', id: string }
    | { __typename?: 'Fund', id: string }
    | { __typename?: 'FundDisbursement', id: string }
    | { __typename?: 'FundDonation', id: string }
    | { __typename?: 'GridCareMember', id: string }
    | { __typename?: 'GridCareVisit', id: string }
    | { __typename?: 'GridDuty', id: string }
    | { __typename?: 'GridUnit', id: string }
    | { __typename?: 'Household', id: string }
    | { __typename?: 'Membership', id: string }
    | { __typename?: 'Notice', id: string }
    | { __typename?: 'PointsAccount', id: string }
    | { __typename?: 'PointsAdjustment', id: string }
    | { __typename?: 'PointsItem', id: string }
    | { __typename?: 'PointsRedemption', id: string }
    | { __typename?: 'PointsTransaction', id: string }
    | { __typename?: 'Resident', id: string }
    | { __typename?: 'ServiceRequest', id: string }
    | { __typename?: 'SocialOrganization', id: string }
    | { __typename?: 'SocialWorker', id: string }
    | { __typename?: 'Street', id: string }
    | { __typename?: 'Volunteer', id: string }
    | { __typename?: 'VolunteerActivity', id: string }
    | { __typename?: 'VolunteerHoursRecord', id: string }
    | { __typename?: 'VolunteerMember', id: string }
    | { __typename?: 'VolunteerShift', id: string }
    | { __typename?: 'VolunteerSignup', id: string }
   | null };

export type GridMatrixResponsibleQueryVariables = Exact<{
  h: Scalars['ID']['input'];
}>;


export type GridMatrixResponsibleQuery = { __typename?: 'Query', gridResponsible?: Array<{ __typename?: 'GridDuty', role: string }> | null };

export type GridMatrixDutyMutationVariables = Exact<{
  input: GridDutyAssignInput;
}>;


export type GridMatrixDutyMutation = { __typename?: 'Mutation', gridDutyAssign: { __typename?: 'GridDutyPayload', gridDuty?: { __typename?: 'GridDuty', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type GridMatrixCoverageQueryVariables = Exact<{ [key: string]: never; }>;


export type GridMatrixCoverageQuery = { __typename?: 'Query', gridCoverage?: { __typename?: 'GridCoverage', roleGapCount: number } | null };

export type GridMatrixFileQueryVariables = Exact<{
  h: Scalars['ID']['input'];
}>;


export type GridMatrixFileQuery = { __typename?: 'Query', gridHouseholdFile?: { __typename?: 'GridHouseholdFile', tags: Array<string> } | null };

export type GridMatrixCareQueryVariables = Exact<{ [key: string]: never; }>;


export type GridMatrixCareQuery = { __typename?: 'Query', gridCareMembers: { __typename?: 'GridCareMemberConnection', totalCount: number } };

export type GridMatrixCareNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GridMatrixCareNodeQuery = { __typename?: 'Query', node?:
    | { __typename?: 'ApiKey', id: string }
    | { __typename?: 'CharityResource', id: string }
    | { __typename?: 'CobuildingUnit', id: string }
    | { __typename?: 'Community', id: string }
    | { __typename?: 'CouncilBody', id: string }
    | { __typename?: 'CouncilComment', id: string }
    | { __typename?: 'CouncilDocument', id: string }
    | { __typename?: 'CouncilMeeting', id: string }
    | { __typename?: 'CouncilMember', id: string }
    | { __typename?: 'CouncilTask', id: string }
    | { __typename?: 'CouncilTopic', id: string }
    | { __typename?: 'CouncilVote', id: string }
    | { __typename?: 'Fund', id: string }
    | { __typename?: 'FundDisbursement', id: string }
    | { __typename?: 'FundDonation', id: string }
    | { __typename?: 'GridCareMember', id: string }
    | { __typename?: 'GridCareVisit', id: string }
    | { __typename?: 'GridDuty', id: string }
    | { __typename?: 'GridUnit', id: string }
    | { __typename?: 'Household', id: string }
    | { __typename?: 'Membership', id: string }
    | { __typename?: 'Notice', id: string }
    | { __typename?: 'PointsAccount', id: string }
    | { __typename?: 'PointsAdjustment', id: string }
    | { __typename?: 'PointsItem', id: string }
    | { __typename?: 'PointsRedemption', id: string }
    | { __typename?: 'PointsTransaction', id: string }
    | { __typename?: 'Resident', id: string }
    | { __typename?: 'ServiceRequest', id: string }
    | { __typename?: 'SocialOrganization', id: string }
    | { __typename?: 'SocialWorker', id: string }
    | { __typename?: 'Street', id: string }
    | { __typename?: 'Volunteer', id: string }
    | { __typename?: 'VolunteerActivity', id: string }
    | { __typename?: 'VolunteerHoursRecord', id: string }
    | { __typename?: 'VolunteerMember', id: string }
    | { __typename?: 'VolunteerShift', id: string }
    | { __typename?: 'VolunteerSignup', id: string }
   | null };

export type GridMatrixEnrollMutationVariables = Exact<{
  input: GridCareMemberEnrollInput;
}>;


export type GridMatrixEnrollMutation = { __typename?: 'Mutation', gridCareMemberEnroll: { __typename?: 'GridCareMemberPayload', gridCareMember?: { __typename?: 'GridCareMember', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type GridMatrixVisitMutationVariables = Exact<{
  input: GridCareVisitRecordInput;
}>;


export type GridMatrixVisitMutation = { __typename?: 'Mutation', gridCareVisitRecord: { __typename?: 'GridCareVisitPayload', gridCareVisit?: { __typename?: 'GridCareVisit', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type GridMatrixImportMutationVariables = Exact<{
  input: GridImportInput;
}>;


export type GridMatrixImportMutation = { __typename?: 'Mutation', gridImport: { __typename?: 'GridImportPayload', report?: { __typename?: 'GridImportReport', applied: boolean } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type GridMatrixExportMutationVariables = Exact<{
  input: GridExportCreateInput;
}>;


export type GridMatrixExportMutation = { __typename?: 'Mutation', gridExportCreate: { __typename?: 'GridExportPayload', export?: { __typename?: 'GridExport', csv: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type GridConfigureMutationVariables = Exact<{
  input: CommunityModuleConfigureInput;
}>;


export type GridConfigureMutation = { __typename?: 'Mutation', communityModuleConfigure: { __typename?: 'CommunityPayload', userErrors: Array<{ __typename?: 'UserError', code: string, message: string }> } };

export type GridTreeQueryVariables = Exact<{
  parent?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type GridTreeQuery = { __typename?: 'Query', gridUnits: { __typename?: 'GridUnitConnection', totalCount: number, nodes: Array<{ __typename?: 'GridUnit', id: string, code: string, name: string, level: string, levelName: string, sortOrder: number, hasChildren: boolean, householdCount: number, parent?: { __typename?: 'GridUnit', code: string } | null, children: { __typename?: 'GridUnitConnection', totalCount: number, nodes: Array<{ __typename?: 'GridUnit', code: string }> } }> } };

export type GridUnitPeopleQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  deep?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type GridUnitPeopleQuery = { __typename?: 'Query', gridUnit?: { __typename?: 'GridUnit', code: string, households: { __typename?: 'GridHouseholdConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Household', id: string, number: string, members: Array<{ __typename?: 'Resident', name: string }> }> }, residents: { __typename?: 'GridResidentConnection', totalCount: number, nodes: Array<{ __typename?: 'Resident', name: string, phone?: string | null }> }, duties: Array<{ __typename?: 'GridDuty', role: string, roleName: string, holderName: string, holder?: { __typename?: 'Membership', id: string } | null }> } | null };

export type GridPathQueryVariables = Exact<{
  h: Scalars['ID']['input'];
}>;


export type GridPathQuery = { __typename?: 'Query', gridHouseholdPath?: Array<{ __typename?: 'GridUnit', code: string, levelName: string }> | null };

export type GridCoreHouseholdsQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type GridCoreHouseholdsQuery = { __typename?: 'Query', households: { __typename?: 'HouseholdConnection', nodes: Array<{ __typename?: 'Household', id: string, number: string, building?: string | null }> } };

export type GridMembershipsQueryVariables = Exact<{ [key: string]: never; }>;


export type GridMembershipsQuery = { __typename?: 'Query', memberships: { __typename?: 'MembershipConnection', nodes: Array<{ __typename?: 'Membership', id: string, login: string }> } };

export type GridUnitCreateMutationVariables = Exact<{
  input: GridUnitCreateInput;
}>;


export type GridUnitCreateMutation = { __typename?: 'Mutation', gridUnitCreate: { __typename?: 'GridUnitPayload', gridUnit?: { __typename?: 'GridUnit', id: string, code: string, level: string, outline?: Record<string, unknown> | null, parent?: { __typename?: 'GridUnit', code: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null }> } };

export type GridUnitUpdateMutationVariables = Exact<{
  input: GridUnitUpdateInput;
}>;


export type GridUnitUpdateMutation = { __typename?: 'Mutation', gridUnitUpdate: { __typename?: 'GridUnitPayload', gridUnit?: { __typename?: 'GridUnit', id: string, name: string, sortOrder: number } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null }> } };

export type GridUnitMoveMutationVariables = Exact<{
  input: GridUnitMoveInput;
}>;


export type GridUnitMoveMutation = { __typename?: 'Mutation', gridUnitMove: { __typename?: 'GridUnitPayload', gridUnit?: { __typename?: 'GridUnit', id: string, parent?: { __typename?: 'GridUnit', code: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null }> } };

export type GridPlaceMutationVariables = Exact<{
  input: GridHouseholdPlaceInput;
}>;


export type GridPlaceMutation = { __typename?: 'Mutation', gridHouseholdPlace: { __typename?: 'GridPlacementPayload', gridPlacement?: { __typename?: 'GridPlacement', endedAt?: string | null, unit?: { __typename?: 'GridUnit', code: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null }> } };

export type GridDutyAssignMutationVariables = Exact<{
  input: GridDutyAssignInput;
}>;


export type GridDutyAssignMutation = { __typename?: 'Mutation', gridDutyAssign: { __typename?: 'GridDutyPayload', gridDuty?: { __typename?: 'GridDuty', id: string, role: string, startsOn: string, endsOn?: string | null, unit?: { __typename?: 'GridUnit', code: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null }> } };

export type GridDutyEndMutationVariables = Exact<{
  input: GridDutyEndInput;
}>;


export type GridDutyEndMutation = { __typename?: 'Mutation', gridDutyEnd: { __typename?: 'GridDutyPayload', gridDuty?: { __typename?: 'GridDuty', id: string, endsOn?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type GridResponsibleQueryVariables = Exact<{
  h: Scalars['ID']['input'];
}>;


export type GridResponsibleQuery = { __typename?: 'Query', gridResponsible?: Array<{ __typename?: 'GridDuty', role: string, roleName: string, holderName: string, unit?: { __typename?: 'GridUnit', code: string } | null }> | null };

export type GridCoverageQueryVariables = Exact<{
  unit?: InputMaybe<Scalars['ID']['input']>;
}>;


export type GridCoverageQuery = { __typename?: 'Query', gridCoverage?: { __typename?: 'GridCoverage', roleGapCount: number, householdsWithoutResponsibleCount: number, unplacedHouseholdCount: number, roleGaps: Array<{ __typename?: 'GridRoleGap', role: string, roleName: string, unit: { __typename?: 'GridUnit', code: string } }>, householdsWithoutResponsible: Array<{ __typename?: 'Household', number: string }> } | null };

export type GridFileQueryVariables = Exact<{
  h: Scalars['ID']['input'];
}>;


export type GridFileQuery = { __typename?: 'Query', gridHouseholdFile?: { __typename?: 'GridHouseholdFile', tags: Array<string>, household: { __typename?: 'Household', number: string }, unit?: { __typename?: 'GridUnit', code: string } | null, path: Array<{ __typename?: 'GridUnit', code: string }>, responsible: Array<{ __typename?: 'GridDuty', roleName: string, holderName: string }>, members: Array<{ __typename?: 'Resident', name: string, idNumber?: string | null }>, placements: Array<{ __typename?: 'GridPlacement', endedAt?: string | null, unit?: { __typename?: 'GridUnit', code: string } | null }>, careMembers: Array<{ __typename?: 'GridCareMember', category: string }>, activity: Array<{ __typename?: 'GridHouseholdActivity', type: string }> } | null };

export type GridMetricsQueryVariables = Exact<{
  from: Scalars['DateTimeISO']['input'];
  to: Scalars['DateTimeISO']['input'];
}>;


export type GridMetricsQuery = { __typename?: 'Query', gridMetrics: Array<{ __typename?: 'GridMetric', key: string, value: number }> };

export type GridExportMutationVariables = Exact<{
  input: GridExportCreateInput;
}>;


export type GridExportMutation = { __typename?: 'Mutation', gridExportCreate: { __typename?: 'GridExportPayload', export?: { __typename?: 'GridExport', csv: string, log: { __typename?: 'GridExportLog', kind: string, rowCount: number, exportedAt: string } } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type GridExportLogsQueryVariables = Exact<{ [key: string]: never; }>;


export type GridExportLogsQuery = { __typename?: 'Query', gridExportLogs: { __typename?: 'GridExportLogConnection', totalCount: number, nodes: Array<{ __typename?: 'GridExportLog', kind: string, rowCount: number }> } };

export type HttpMeQueryVariables = Exact<{ [key: string]: never; }>;


export type HttpMeQuery = { __typename?: 'Query', me: { __typename?: 'Me', login: string } };

export type LifeLoginMutationVariables = Exact<{
  input: AuthLoginInput;
}>;


export type LifeLoginMutation = { __typename?: 'Mutation', authLogin: { __typename?: 'AuthPayload', accessToken?: string | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type LifeCommunityQueryVariables = Exact<{ [key: string]: never; }>;


export type LifeCommunityQuery = { __typename?: 'Query', community: { __typename?: 'Community', name: string } };

export type LifeCommunitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type LifeCommunitiesQuery = { __typename?: 'Query', communities: Array<{ __typename?: 'Community', name: string }> };

export type LifeResidentCreateMutationVariables = Exact<{
  input: ResidentCreateInput;
}>;


export type LifeResidentCreateMutation = { __typename?: 'Mutation', residentCreate: { __typename?: 'ResidentPayload', resident?: { __typename?: 'Resident', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type LifeResidentsQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type LifeResidentsQuery = { __typename?: 'Query', residents: { __typename?: 'ResidentConnection', edges: Array<{ __typename?: 'ResidentEdge', node: { __typename?: 'Resident', name: string } }> } };

export type LogResidentCreateMutationVariables = Exact<{
  input: ResidentCreateInput;
}>;


export type LogResidentCreateMutation = { __typename?: 'Mutation', residentCreate: { __typename?: 'ResidentPayload', resident?: { __typename?: 'Resident', id: string, name: string, idNumber?: string | null, phone?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type LogResidentUpdateMutationVariables = Exact<{
  input: ResidentUpdateInput;
}>;


export type LogResidentUpdateMutation = { __typename?: 'Mutation', residentUpdate: { __typename?: 'ResidentPayload', resident?: { __typename?: 'Resident', id: string, phone?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string }> } };

export type LogResidentsQueryVariables = Exact<{ [key: string]: never; }>;


export type LogResidentsQuery = { __typename?: 'Query', residents: { __typename?: 'ResidentConnection', edges: Array<{ __typename?: 'ResidentEdge', node: { __typename?: 'Resident', name: string, idNumber?: string | null, phone?: string | null } }> } };

export type NestRevokeMutationVariables = Exact<{
  input: CommunityModuleConfigureInput;
}>;


export type NestRevokeMutation = { __typename?: 'Mutation', communityModuleConfigure: { __typename?: 'CommunityPayload', userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type NestHouseholdsQueryVariables = Exact<{ [key: string]: never; }>;


export type NestHouseholdsQuery = { __typename?: 'Query', households: { __typename?: 'HouseholdConnection', nodes: Array<{ __typename?: 'Household', number: string, members: Array<{ __typename?: 'Resident', name: string }> }> } };

export type NestResidentsQueryVariables = Exact<{ [key: string]: never; }>;


export type NestResidentsQuery = { __typename?: 'Query', residents: { __typename?: 'ResidentConnection', nodes: Array<{ __typename?: 'Resident', name: string, household?: { __typename?: 'Household', number: string } | null }> } };

export type PermCommunityReadQueryVariables = Exact<{ [key: string]: never; }>;


export type PermCommunityReadQuery = { __typename?: 'Query', community: { __typename?: 'Community', name: string } };

export type PermCommunityUpdateMutationVariables = Exact<{
  d?: InputMaybe<Scalars['String']['input']>;
}>;


export type PermCommunityUpdateMutation = { __typename?: 'Mutation', communityUpdate: { __typename?: 'CommunityPayload', community?: { __typename?: 'Community', description?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type PermModuleConfigureMutationVariables = Exact<{ [key: string]: never; }>;


export type PermModuleConfigureMutation = { __typename?: 'Mutation', communityModuleConfigure: { __typename?: 'CommunityPayload', community?: { __typename?: 'Community', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type PermMembershipReadQueryVariables = Exact<{ [key: string]: never; }>;


export type PermMembershipReadQuery = { __typename?: 'Query', memberships: { __typename?: 'MembershipConnection', totalCount: number } };

export type PermMembershipManageMutationVariables = Exact<{
  login: Scalars['String']['input'];
}>;


export type PermMembershipManageMutation = { __typename?: 'Mutation', membershipAdd: { __typename?: 'MembershipPayload', membership?: { __typename?: 'Membership', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type PermHouseholdReadQueryVariables = Exact<{ [key: string]: never; }>;


export type PermHouseholdReadQuery = { __typename?: 'Query', households: { __typename?: 'HouseholdConnection', totalCount: number, nodes: Array<{ __typename?: 'Household', number: string }> } };

export type PermHouseholdWriteMutationVariables = Exact<{
  n: Scalars['String']['input'];
}>;


export type PermHouseholdWriteMutation = { __typename?: 'Mutation', householdCreate: { __typename?: 'HouseholdPayload', household?: { __typename?: 'Household', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type PermResidentReadQueryVariables = Exact<{ [key: string]: never; }>;


export type PermResidentReadQuery = { __typename?: 'Query', residents: { __typename?: 'ResidentConnection', totalCount: number, nodes: Array<{ __typename?: 'Resident', name: string }> } };

export type PermResidentWriteMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type PermResidentWriteMutation = { __typename?: 'Mutation', residentCreate: { __typename?: 'ResidentPayload', resident?: { __typename?: 'Resident', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type PermResidentPersonalQueryVariables = Exact<{ [key: string]: never; }>;


export type PermResidentPersonalQuery = { __typename?: 'Query', residents: { __typename?: 'ResidentConnection', nodes: Array<{ __typename?: 'Resident', phone?: string | null }> } };

export type PermResidentSensitiveQueryVariables = Exact<{ [key: string]: never; }>;


export type PermResidentSensitiveQuery = { __typename?: 'Query', residents: { __typename?: 'ResidentConnection', nodes: Array<{ __typename?: 'Resident', sensitive?: { __typename?: 'ResidentSensitive', disability: boolean, hardship: boolean } | null }> } };

export type PermForcesReadQueryVariables = Exact<{ [key: string]: never; }>;


export type PermForcesReadQuery = { __typename?: 'Query', socialOrganizations: { __typename?: 'SocialOrganizationConnection', totalCount: number, nodes: Array<{ __typename?: 'SocialOrganization', name: string }> } };

export type PermForcesManageMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type PermForcesManageMutation = { __typename?: 'Mutation', volunteerCreate: { __typename?: 'VolunteerPayload', volunteer?: { __typename?: 'Volunteer', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type PermApiKeyManageMutationVariables = Exact<{ [key: string]: never; }>;


export type PermApiKeyManageMutation = { __typename?: 'Mutation', apiKeyCreate: { __typename?: 'ApiKeyCreatePayload', secret?: string | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type PermCommunityIdQueryVariables = Exact<{ [key: string]: never; }>;


export type PermCommunityIdQuery = { __typename?: 'Query', community: { __typename?: 'Community', id: string } };

export type PermConfigureMutationVariables = Exact<{
  input: CommunityModuleConfigureInput;
}>;


export type PermConfigureMutation = { __typename?: 'Mutation', communityModuleConfigure: { __typename?: 'CommunityPayload', userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null }> } };

export type PermHouseholdMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type PermHouseholdMembersQuery = { __typename?: 'Query', households: { __typename?: 'HouseholdConnection', nodes: Array<{ __typename?: 'Household', number: string, members: Array<{ __typename?: 'Resident', name: string }> }> } };

export type PlugConfigureMutationVariables = Exact<{
  input: CommunityModuleConfigureInput;
}>;


export type PlugConfigureMutation = { __typename?: 'Mutation', communityModuleConfigure: { __typename?: 'CommunityPayload', community?: { __typename?: 'Community', modules: Array<{ __typename?: 'CommunityModuleInfo', key: string, enabled: boolean, settings: Record<string, unknown>, overrides: Record<string, unknown> }> } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type PlugNoticesQueryVariables = Exact<{ [key: string]: never; }>;


export type PlugNoticesQuery = { __typename?: 'Query', notices: { __typename?: 'NoticeConnection', totalCount: number, nodes: Array<{ __typename?: 'Notice', title: string, automatic: boolean }> } };

export type PlugPublishMutationVariables = Exact<{
  input: NoticePublishInput;
}>;


export type PlugPublishMutation = { __typename?: 'Mutation', noticePublish: { __typename?: 'NoticePayload', notice?: { __typename?: 'Notice', id: string, title: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null }> } };

export type PlugHouseholdMutationVariables = Exact<{
  input: HouseholdCreateInput;
}>;


export type PlugHouseholdMutation = { __typename?: 'Mutation', householdCreate: { __typename?: 'HouseholdPayload', household?: { __typename?: 'Household', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type PlugModulesQueryVariables = Exact<{ [key: string]: never; }>;


export type PlugModulesQuery = { __typename?: 'Query', community: { __typename?: 'Community', modules: Array<{ __typename?: 'CommunityModuleInfo', key: string, name: string, enabled: boolean, settings: Record<string, unknown> }> } };

export type PointsRaceConfigureMutationVariables = Exact<{
  input: CommunityModuleConfigureInput;
}>;


export type PointsRaceConfigureMutation = { __typename?: 'Mutation', communityModuleConfigure: { __typename?: 'CommunityPayload', userErrors: Array<{ __typename?: 'UserError', code: string, message: string }> } };

export type PointsRaceHouseholdMutationVariables = Exact<{
  input: HouseholdCreateInput;
}>;


export type PointsRaceHouseholdMutation = { __typename?: 'Mutation', householdCreate: { __typename?: 'HouseholdPayload', household?: { __typename?: 'Household', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type PointsRaceAdjustMutationVariables = Exact<{
  input: PointsAdjustInput;
}>;


export type PointsRaceAdjustMutation = { __typename?: 'Mutation', pointsAdjust: { __typename?: 'PointsAdjustmentPayload', adjustment?: { __typename?: 'PointsAdjustment', id: string, status: PointsAdjustmentStatus, accountId: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type PointsRaceItemMutationVariables = Exact<{
  input: PointsItemCreateInput;
}>;


export type PointsRaceItemMutation = { __typename?: 'Mutation', pointsItemCreate: { __typename?: 'PointsItemPayload', item?: { __typename?: 'PointsItem', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type PointsRaceRedeemMutationVariables = Exact<{
  input: PointsRedeemInput;
}>;


export type PointsRaceRedeemMutation = { __typename?: 'Mutation', pointsRedeem: { __typename?: 'PointsRedemptionPayload', redemption?: { __typename?: 'PointsRedemption', id: string, points: number } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type PointsRaceCancelMutationVariables = Exact<{
  input: PointsRedemptionCancelInput;
}>;


export type PointsRaceCancelMutation = { __typename?: 'Mutation', pointsRedemptionCancel: { __typename?: 'PointsRedemptionPayload', redemption?: { __typename?: 'PointsRedemption', id: string, status: PointsRedemptionStatus } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type PointsRaceExpireMutationVariables = Exact<{
  input: PointsExpireInput;
}>;


export type PointsRaceExpireMutation = { __typename?: 'Mutation', pointsExpire: { __typename?: 'PointsAccountPayload', account?: { __typename?: 'PointsAccount', balance: number } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type PointsConfigureMutationVariables = Exact<{
  input: CommunityModuleConfigureInput;
}>;


export type PointsConfigureMutation = { __typename?: 'Mutation', communityModuleConfigure: { __typename?: 'CommunityPayload', userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type PointsHouseholdsQueryVariables = Exact<{ [key: string]: never; }>;


export type PointsHouseholdsQuery = { __typename?: 'Query', households: { __typename?: 'HouseholdConnection', nodes: Array<{ __typename?: 'Household', id: string, number: string }> } };

export type PointsAdjustMutationVariables = Exact<{
  input: PointsAdjustInput;
}>;


export type PointsAdjustMutation = { __typename?: 'Mutation', pointsAdjust: { __typename?: 'PointsAdjustmentPayload', adjustment?: { __typename?: 'PointsAdjustment', id: string, amount: number, status: PointsAdjustmentStatus, needsApproval: boolean, accountId: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type PointsApproveMutationVariables = Exact<{
  input: PointsAdjustmentDecideInput;
}>;


export type PointsApproveMutation = { __typename?: 'Mutation', pointsAdjustmentApprove: { __typename?: 'PointsAdjustmentPayload', adjustment?: { __typename?: 'PointsAdjustment', id: string, status: PointsAdjustmentStatus } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type PointsRejectMutationVariables = Exact<{
  input: PointsAdjustmentDecideInput;
}>;


export type PointsRejectMutation = { __typename?: 'Mutation', pointsAdjustmentReject: { __typename?: 'PointsAdjustmentPayload', adjustment?: { __typename?: 'PointsAdjustment', id: string, status: PointsAdjustmentStatus } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type PointsItemCreateMutationVariables = Exact<{
  input: PointsItemCreateInput;
}>;


export type PointsItemCreateMutation = { __typename?: 'Mutation', pointsItemCreate: { __typename?: 'PointsItemPayload', item?: { __typename?: 'PointsItem', id: string, name: string, stock: number, pricePoints: number } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null }> } };

export type PointsItemRestockMutationVariables = Exact<{
  input: PointsItemRestockInput;
}>;


export type PointsItemRestockMutation = { __typename?: 'Mutation', pointsItemRestock: { __typename?: 'PointsItemPayload', item?: { __typename?: 'PointsItem', id: string, stock: number } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type PointsItemsQueryVariables = Exact<{ [key: string]: never; }>;


export type PointsItemsQuery = { __typename?: 'Query', pointsItems: { __typename?: 'PointsItemConnection', totalCount: number, nodes: Array<{ __typename?: 'PointsItem', id: string, name: string, stock: number }> } };

export type PointsRedeemMutationVariables = Exact<{
  input: PointsRedeemInput;
}>;


export type PointsRedeemMutation = { __typename?: 'Mutation', pointsRedeem: { __typename?: 'PointsRedemptionPayload', redemption?: { __typename?: 'PointsRedemption', id: string, status: PointsRedemptionStatus, points: number, quantity: number, code?: string | null, redeemedByName?: string | null, item: { __typename?: 'PointsItem', name: string, stock: number }, account?: { __typename?: 'PointsAccount', id: string, balance: number } | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type PointsCancelMutationVariables = Exact<{
  input: PointsRedemptionCancelInput;
}>;


export type PointsCancelMutation = { __typename?: 'Mutation', pointsRedemptionCancel: { __typename?: 'PointsRedemptionPayload', redemption?: { __typename?: 'PointsRedemption', id: string, status: PointsRedemptionStatus } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string }> } };

export type PointsPickUpMutationVariables = Exact<{
  input: PointsRedemptionPickUpInput;
}>;


export type PointsPickUpMutation = { __typename?: 'Mutation', pointsRedemptionPickUp: { __typename?: 'PointsRedemptionPayload', redemption?: { __typename?: 'PointsRedemption', id: string, status: PointsRedemptionStatus, pickedUpAt?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string }> } };

export type PointsMyQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type PointsMyQuery = { __typename?: 'Query', pointsMyAccount?: { __typename?: 'PointsAccount', id: string, kind: PointsAccountKind, balance: number, householdId?: string | null, entries: { __typename?: 'PointsEntryConnection', totalCount: number, nodes: Array<{ __typename?: 'PointsEntry', amount: number, balanceAfter: number, transaction: { __typename?: 'PointsTransaction', kind: PointsTransactionKind, ruleKey?: string | null, reason?: string | null, amount: number } }> } } | null };

export type PointsAccountQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PointsAccountQuery = { __typename?: 'Query', pointsAccount?: { __typename?: 'PointsAccount', id: string, balance: number } | null };

export type PointsRedemptionsQueryVariables = Exact<{
  accountId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type PointsRedemptionsQuery = { __typename?: 'Query', pointsRedemptions: { __typename?: 'PointsRedemptionConnection', totalCount: number, nodes: Array<{ __typename?: 'PointsRedemption', id: string, status: PointsRedemptionStatus, code?: string | null }> } };

export type PointsExpireMutationVariables = Exact<{
  input: PointsExpireInput;
}>;


export type PointsExpireMutation = { __typename?: 'Mutation', pointsExpire: { __typename?: 'PointsAccountPayload', account?: { __typename?: 'PointsAccount', id: string, balance: number } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type PointsReportQueryVariables = Exact<{
  from: Scalars['DateTimeISO']['input'];
  to: Scalars['DateTimeISO']['input'];
}>;


export type PointsReportQuery = { __typename?: 'Query', pointsReport: { __typename?: 'PointsReport', issued: number, deducted: number, redeemed: number, refunded: number, expired: number, outstanding: number, byRule: Array<{ __typename?: 'PointsByRule', ruleKey: string, points: number }>, byGrid: Array<{ __typename?: 'PointsByGrid', gridUnitId?: string | null, issued: number }>, metrics: Array<{ __typename?: 'PointsMetric', key: string, value: number }> } };

export type PointsNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PointsNodeQuery = { __typename?: 'Query', node?:
    | { __typename?: 'ApiKey', id: string }
    | { __typename?: 'CharityResource', id: string }
    | { __typename?: 'CobuildingUnit', id: string }
    | { __typename?: 'Community', id: string }
    | { __typename?: 'CouncilBody', id: string }
    | { __typename?: 'CouncilComment', id: string }
    | { __typename?: 'CouncilDocument', id: string }
    | { __typename?: 'CouncilMeeting', id: string }
    | { __typename?: 'CouncilMember', id: string }
    | { __typename?: 'CouncilTask', id: string }
    | { __typename?: 'CouncilTopic', id: string }
    | { __typename?: 'CouncilVote', id: string }
    | { __typename?: 'Fund', id: string }
    | { __typename?: 'FundDisbursement', id: string }
    | { __typename?: 'FundDonation', id: string }
    | { __typename?: 'GridCareMember', id: string }
    | { __typename?: 'GridCareVisit', id: string }
    | { __typename?: 'GridDuty', id: string }
    | { __typename?: 'GridUnit', id: string }
    | { __typename?: 'Household', id: string }
    | { __typename?: 'Membership', id: string }
    | { __typename?: 'Notice', id: string }
    | { __typename?: 'PointsAccount', balance: number, id: string }
    | { __typename?: 'PointsAdjustment', id: string }
    | { __typename?: 'PointsItem', id: string }
    | { __typename?: 'PointsRedemption', id: string }
    | { __typename?: 'PointsTransaction', id: string }
    | { __typename?: 'Resident', id: string }
    | { __typename?: 'ServiceRequest', id: string }
    | { __typename?: 'SocialOrganization', id: string }
    | { __typename?: 'SocialWorker', id: string }
    | { __typename?: 'Street', id: string }
    | { __typename?: 'Volunteer', id: string }
    | { __typename?: 'VolunteerActivity', id: string }
    | { __typename?: 'VolunteerHoursRecord', id: string }
    | { __typename?: 'VolunteerMember', id: string }
    | { __typename?: 'VolunteerShift', id: string }
    | { __typename?: 'VolunteerSignup', id: string }
   | null };

export type RelHouseholdsQueryVariables = Exact<{ [key: string]: never; }>;


export type RelHouseholdsQuery = { __typename?: 'Query', households: { __typename?: 'HouseholdConnection', totalCount: number } };

export type ResyncChangesSubscriptionVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
}>;


export type ResyncChangesSubscription = { __typename?: 'Subscription', changes: { __typename?: 'ChangeEvent', cursor: string, type: string, subject?:
      | { __typename?: 'ApiKey' }
      | { __typename?: 'CharityResource' }
      | { __typename?: 'CobuildingUnit' }
      | { __typename?: 'Community' }
      | { __typename?: 'CouncilBody' }
      | { __typename?: 'CouncilComment' }
      | { __typename?: 'CouncilDocument' }
      | { __typename?: 'CouncilMeeting' }
      | { __typename?: 'CouncilMember' }
      | { __typename?: 'CouncilTask' }
      | { __typename?: 'CouncilTopic' }
      | { __typename?: 'CouncilVote' }
      | { __typename?: 'Fund' }
      | { __typename?: 'FundDisbursement' }
      | { __typename?: 'FundDonation' }
      | { __typename?: 'GridCareMember' }
      | { __typename?: 'GridCareVisit' }
      | { __typename?: 'GridDuty' }
      | { __typename?: 'GridUnit' }
      | { __typename?: 'Household', number: string }
      | { __typename?: 'Membership' }
      | { __typename?: 'Notice' }
      | { __typename?: 'PointsAccount' }
      | { __typename?: 'PointsAdjustment' }
      | { __typename?: 'PointsItem' }
      | { __typename?: 'PointsRedemption' }
      | { __typename?: 'PointsTransaction' }
      | { __typename?: 'Resident' }
      | { __typename?: 'ServiceRequest' }
      | { __typename?: 'SocialOrganization' }
      | { __typename?: 'SocialWorker' }
      | { __typename?: 'Street' }
      | { __typename?: 'Volunteer' }
      | { __typename?: 'VolunteerActivity' }
      | { __typename?: 'VolunteerHoursRecord' }
      | { __typename?: 'VolunteerMember' }
      | { __typename?: 'VolunteerShift' }
      | { __typename?: 'VolunteerSignup' }
     | null } };

export type ResyncHouseholdMutationVariables = Exact<{
  input: HouseholdCreateInput;
}>;


export type ResyncHouseholdMutation = { __typename?: 'Mutation', householdCreate: { __typename?: 'HouseholdPayload', userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type SubHouseholdCreateMutationVariables = Exact<{
  input: HouseholdCreateInput;
}>;


export type SubHouseholdCreateMutation = { __typename?: 'Mutation', householdCreate: { __typename?: 'HouseholdPayload', household?: { __typename?: 'Household', number: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type SubChangesSubscriptionVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
}>;


export type SubChangesSubscription = { __typename?: 'Subscription', changes: { __typename?: 'ChangeEvent', cursor: string, type: string, subjectType?: string | null, subject?:
      | { __typename?: 'ApiKey' }
      | { __typename?: 'CharityResource' }
      | { __typename?: 'CobuildingUnit' }
      | { __typename?: 'Community' }
      | { __typename?: 'CouncilBody' }
      | { __typename?: 'CouncilComment' }
      | { __typename?: 'CouncilDocument' }
      | { __typename?: 'CouncilMeeting' }
      | { __typename?: 'CouncilMember' }
      | { __typename?: 'CouncilTask' }
      | { __typename?: 'CouncilTopic' }
      | { __typename?: 'CouncilVote' }
      | { __typename?: 'Fund' }
      | { __typename?: 'FundDisbursement' }
      | { __typename?: 'FundDonation' }
      | { __typename?: 'GridCareMember' }
      | { __typename?: 'GridCareVisit' }
      | { __typename?: 'GridDuty' }
      | { __typename?: 'GridUnit' }
      | { __typename?: 'Household', number: string, address: string }
      | { __typename?: 'Membership' }
      | { __typename?: 'Notice' }
      | { __typename?: 'PointsAccount' }
      | { __typename?: 'PointsAdjustment' }
      | { __typename?: 'PointsItem' }
      | { __typename?: 'PointsRedemption' }
      | { __typename?: 'PointsTransaction' }
      | { __typename?: 'Resident' }
      | { __typename?: 'ServiceRequest' }
      | { __typename?: 'SocialOrganization' }
      | { __typename?: 'SocialWorker' }
      | { __typename?: 'Street' }
      | { __typename?: 'Volunteer' }
      | { __typename?: 'VolunteerActivity' }
      | { __typename?: 'VolunteerHoursRecord' }
      | { __typename?: 'VolunteerMember' }
      | { __typename?: 'VolunteerShift' }
      | { __typename?: 'VolunteerSignup' }
     | null } };

export type SubMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type SubMembersQuery = { __typename?: 'Query', memberships: { __typename?: 'MembershipConnection', nodes: Array<{ __typename?: 'Membership', id: string, login: string, active: boolean }> } };

export type SubMembershipUpdateMutationVariables = Exact<{
  input: MembershipUpdateInput;
}>;


export type SubMembershipUpdateMutation = { __typename?: 'Mutation', membershipUpdate: { __typename?: 'MembershipPayload', membership?: { __typename?: 'Membership', active: boolean } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type SubApiKeyCreateMutationVariables = Exact<{
  input: ApiKeyCreateInput;
}>;


export type SubApiKeyCreateMutation = { __typename?: 'Mutation', apiKeyCreate: { __typename?: 'ApiKeyCreatePayload', secret?: string | null, apiKey?: { __typename?: 'ApiKey', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type SubApiKeyRevokeMutationVariables = Exact<{
  input: ApiKeyRevokeInput;
}>;


export type SubApiKeyRevokeMutation = { __typename?: 'Mutation', apiKeyRevoke: { __typename?: 'ApiKeyPayload', userErrors: Array<{ __typename?: 'UserError', code: string }> } };

type IsoNodeFields_ApiKey_Fragment = { __typename: 'ApiKey', name: string, prefix: string, permissions: Array<string>, revokedAt?: string | null, id: string };

type IsoNodeFields_CharityResource_Fragment = { __typename: 'CharityResource', name: string, contactName?: string | null, contactPhone?: string | null, description?: string | null, active: boolean, id: string };

type IsoNodeFields_CobuildingUnit_Fragment = { __typename: 'CobuildingUnit', name: string, contactName?: string | null, contactPhone?: string | null, description?: string | null, active: boolean, id: string };

type IsoNodeFields_Community_Fragment = { __typename: 'Community', name: string, description?: string | null, regionCode: string, id: string, street?: { __typename?: 'Street', name: string } | null, modules: Array<{ __typename?: 'CommunityModuleInfo', key: string, enabled: boolean }> };

type IsoNodeFields_CouncilBody_Fragment = { __typename: 'CouncilBody', id: string };

type IsoNodeFields_CouncilComment_Fragment = { __typename: 'CouncilComment', id: string };

type IsoNodeFields_CouncilDocument_Fragment = { __typename: 'CouncilDocument', id: string };

type IsoNodeFields_CouncilMeeting_Fragment = { __typename: 'CouncilMeeting', id: string };

type IsoNodeFields_CouncilMember_Fragment = { __typename: 'CouncilMember', id: string };

type IsoNodeFields_CouncilTask_Fragment = { __typename: 'CouncilTask', id: string };

type IsoNodeFields_CouncilTopic_Fragment = { __typename: 'CouncilTopic', id: string };

type IsoNodeFields_CouncilVote_Fragment = { __typename: 'CouncilVote', id: string };

type IsoNodeFields_Fund_Fragment = { __typename: 'Fund', id: string };

type IsoNodeFields_FundDisbursement_Fragment = { __typename: 'FundDisbursement', id: string };

type IsoNodeFields_FundDonation_Fragment = { __typename: 'FundDonation', id: string };

type IsoNodeFields_GridCareMember_Fragment = { __typename: 'GridCareMember', id: string };

type IsoNodeFields_GridCareVisit_Fragment = { __typename: 'GridCareVisit', id: string };

type IsoNodeFields_GridDuty_Fragment = { __typename: 'GridDuty', id: string };

type IsoNodeFields_GridUnit_Fragment = { __typename: 'GridUnit', id: string };

type IsoNodeFields_Household_Fragment = { __typename: 'Household', number: string, address: string, building?: string | null, tags: Array<string>, closedAt?: string | null, id: string, members: Array<{ __typename?: 'Resident', name: string, phone?: string | null }> };

type IsoNodeFields_Membership_Fragment = { __typename: 'Membership', login: string, displayName: string, roles: Array<RoleKind>, title?: string | null, active: boolean, id: string };

type IsoNodeFields_Notice_Fragment = { __typename: 'Notice', id: string };

type IsoNodeFields_PointsAccount_Fragment = { __typename: 'PointsAccount', id: string };

type IsoNodeFields_PointsAdjustment_Fragment = { __typename: 'PointsAdjustment', id: string };

type IsoNodeFields_PointsItem_Fragment = { __typename: 'PointsItem', id: string };

type IsoNodeFields_PointsRedemption_Fragment = { __typename: 'PointsRedemption', id: string };

type IsoNodeFields_PointsTransaction_Fragment = { __typename: 'PointsTransaction', id: string };

type IsoNodeFields_Resident_Fragment = { __typename: 'Resident', name: string, phone?: string | null, idNumber?: string | null, movedOutAt?: string | null, id: string, household?: { __typename?: 'Household', number: string, address: string } | null };

type IsoNodeFields_ServiceRequest_Fragment = { __typename: 'ServiceRequest', id: string };

type IsoNodeFields_SocialOrganization_Fragment = { __typename: 'SocialOrganization', name: string, contactName?: string | null, contactPhone?: string | null, description?: string | null, active: boolean, id: string };

type IsoNodeFields_SocialWorker_Fragment = { __typename: 'SocialWorker', name: string, contactName?: string | null, contactPhone?: string | null, description?: string | null, active: boolean, id: string };

type IsoNodeFields_Street_Fragment = { __typename: 'Street', name: string, regionCode: string, id: string };

type IsoNodeFields_Volunteer_Fragment = { __typename: 'Volunteer', name: string, contactName?: string | null, contactPhone?: string | null, description?: string | null, active: boolean, id: string };

type IsoNodeFields_VolunteerActivity_Fragment = { __typename: 'VolunteerActivity', id: string };

type IsoNodeFields_VolunteerHoursRecord_Fragment = { __typename: 'VolunteerHoursRecord', id: string };

type IsoNodeFields_VolunteerMember_Fragment = { __typename: 'VolunteerMember', id: string };

type IsoNodeFields_VolunteerShift_Fragment = { __typename: 'VolunteerShift', id: string };

type IsoNodeFields_VolunteerSignup_Fragment = { __typename: 'VolunteerSignup', id: string };

export type IsoNodeFieldsFragment =
  | IsoNodeFields_ApiKey_Fragment
  | IsoNodeFields_CharityResource_Fragment
  | IsoNodeFields_CobuildingUnit_Fragment
  | IsoNodeFields_Community_Fragment
  | IsoNodeFields_CouncilBody_Fragment
  | IsoNodeFields_CouncilComment_Fragment
  | IsoNodeFields_CouncilDocument_Fragment
  | IsoNodeFields_CouncilMeeting_Fragment
  | IsoNodeFields_CouncilMember_Fragment
  | IsoNodeFields_CouncilTask_Fragment
  | IsoNodeFields_CouncilTopic_Fragment
  | IsoNodeFields_CouncilVote_Fragment
  | IsoNodeFields_Fund_Fragment
  | IsoNodeFields_FundDisbursement_Fragment
  | IsoNodeFields_FundDonation_Fragment
  | IsoNodeFields_GridCareMember_Fragment
  | IsoNodeFields_GridCareVisit_Fragment
  | IsoNodeFields_GridDuty_Fragment
  | IsoNodeFields_GridUnit_Fragment
  | IsoNodeFields_Household_Fragment
  | IsoNodeFields_Membership_Fragment
  | IsoNodeFields_Notice_Fragment
  | IsoNodeFields_PointsAccount_Fragment
  | IsoNodeFields_PointsAdjustment_Fragment
  | IsoNodeFields_PointsItem_Fragment
  | IsoNodeFields_PointsRedemption_Fragment
  | IsoNodeFields_PointsTransaction_Fragment
  | IsoNodeFields_Resident_Fragment
  | IsoNodeFields_ServiceRequest_Fragment
  | IsoNodeFields_SocialOrganization_Fragment
  | IsoNodeFields_SocialWorker_Fragment
  | IsoNodeFields_Street_Fragment
  | IsoNodeFields_Volunteer_Fragment
  | IsoNodeFields_VolunteerActivity_Fragment
  | IsoNodeFields_VolunteerHoursRecord_Fragment
  | IsoNodeFields_VolunteerMember_Fragment
  | IsoNodeFields_VolunteerShift_Fragment
  | IsoNodeFields_VolunteerSignup_Fragment
;

export type IsoNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type IsoNodeQuery = { __typename?: 'Query', node?:
    | { __typename: 'ApiKey', name: string, prefix: string, permissions: Array<string>, revokedAt?: string | null, id: string }
    | { __typename: 'CharityResource', name: string, contactName?: string | null, contactPhone?: string | null, description?: string | null, active: boolean, id: string }
    | { __typename: 'CobuildingUnit', name: string, contactName?: string | null, contactPhone?: string | null, description?: string | null, active: boolean, id: string }
    | { __typename: 'Community', name: string, description?: string | null, regionCode: string, id: string, street?: { __typename?: 'Street', name: string } | null, modules: Array<{ __typename?: 'CommunityModuleInfo', key: string, enabled: boolean }> }
    | { __typename: 'CouncilBody', id: string }
    | { __typename: 'CouncilComment', id: string }
    | { __typename: 'CouncilDocument', id: string }
    | { __typename: 'CouncilMeeting', id: string }
    | { __typename: 'CouncilMember', id: string }
    | { __typename: 'CouncilTask', id: string }
    | { __typename: 'CouncilTopic', id: string }
    | { __typename: 'CouncilVote', id: string }
    | { __typename: 'Fund', id: string }
    | { __typename: 'FundDisbursement', id: string }
    | { __typename: 'FundDonation', id: string }
    | { __typename: 'GridCareMember', id: string }
    | { __typename: 'GridCareVisit', id: string }
    | { __typename: 'GridDuty', id: string }
    | { __typename: 'GridUnit', id: string }
    | { __typename: 'Household', number: string, address: string, building?: string | null, tags: Array<string>, closedAt?: string | null, id: string, members: Array<{ __typename?: 'Resident', name: string, phone?: string | null }> }
    | { __typename: 'Membership', login: string, displayName: string, roles: Array<RoleKind>, title?: string | null, active: boolean, id: string }
    | { __typename: 'Notice', id: string }
    | { __typename: 'PointsAccount', id: string }
    | { __typename: 'PointsAdjustment', id: string }
    | { __typename: 'PointsItem', id: string }
    | { __typename: 'PointsRedemption', id: string }
    | { __typename: 'PointsTransaction', id: string }
    | { __typename: 'Resident', name: string, phone?: string | null, idNumber?: string | null, movedOutAt?: string | null, id: string, household?: { __typename?: 'Household', number: string, address: string } | null }
    | { __typename: 'ServiceRequest', id: string }
    | { __typename: 'SocialOrganization', name: string, contactName?: string | null, contactPhone?: string | null, description?: string | null, active: boolean, id: string }
    | { __typename: 'SocialWorker', name: string, contactName?: string | null, contactPhone?: string | null, description?: string | null, active: boolean, id: string }
    | { __typename: 'Street', name: string, regionCode: string, id: string }
    | { __typename: 'Volunteer', name: string, contactName?: string | null, contactPhone?: string | null, description?: string | null, active: boolean, id: string }
    | { __typename: 'VolunteerActivity', id: string }
    | { __typename: 'VolunteerHoursRecord', id: string }
    | { __typename: 'VolunteerMember', id: string }
    | { __typename: 'VolunteerShift', id: string }
    | { __typename: 'VolunteerSignup', id: string }
   | null };

export type IsoResidentsOfHouseholdQueryVariables = Exact<{
  household: Scalars['ID']['input'];
}>;


export type IsoResidentsOfHouseholdQuery = { __typename?: 'Query', residents: { __typename?: 'ResidentConnection', totalCount: number, nodes: Array<{ __typename?: 'Resident', name: string, household?: { __typename?: 'Household', number: string } | null }> } };

export type IsoLoginMutationVariables = Exact<{
  input: AuthLoginInput;
}>;


export type IsoLoginMutation = { __typename?: 'Mutation', authLogin: { __typename?: 'AuthPayload', accessToken?: string | null, me?: { __typename?: 'Me', activeCommunity?: { __typename?: 'Community', name: string } | null, memberships: Array<{ __typename?: 'MyMembership', community: { __typename?: 'Community', name: string } }> } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type IsoRefreshMutationVariables = Exact<{
  input: AuthRefreshInput;
}>;


export type IsoRefreshMutation = { __typename?: 'Mutation', authRefresh: { __typename?: 'AuthPayload', accessToken?: string | null, me?: { __typename?: 'Me', activeCommunity?: { __typename?: 'Community', name: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type IsoApiKeyRevokeMutationVariables = Exact<{
  input: ApiKeyRevokeInput;
}>;


export type IsoApiKeyRevokeMutation = { __typename?: 'Mutation', apiKeyRevoke: { __typename?: 'ApiKeyPayload', apiKey?: { __typename: 'ApiKey', name: string, prefix: string, permissions: Array<string>, revokedAt?: string | null, id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type IsoCommunityCreateMutationVariables = Exact<{
  input: CommunityCreateInput;
}>;


export type IsoCommunityCreateMutation = { __typename?: 'Mutation', communityCreate: { __typename?: 'CommunityPayload', community?: { __typename: 'Community', name: string, description?: string | null, regionCode: string, id: string, street?: { __typename?: 'Street', name: string } | null, modules: Array<{ __typename?: 'CommunityModuleInfo', key: string, enabled: boolean }> } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type IsoHouseholdUpdateMutationVariables = Exact<{
  input: HouseholdUpdateInput;
}>;


export type IsoHouseholdUpdateMutation = { __typename?: 'Mutation', householdUpdate: { __typename?: 'HouseholdPayload', household?: { __typename: 'Household', number: string, address: string, building?: string | null, tags: Array<string>, closedAt?: string | null, id: string, members: Array<{ __typename?: 'Resident', name: string, phone?: string | null }> } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type IsoHouseholdCloseMutationVariables = Exact<{
  input: HouseholdCloseInput;
}>;


export type IsoHouseholdCloseMutation = { __typename?: 'Mutation', householdClose: { __typename?: 'HouseholdPayload', household?: { __typename: 'Household', number: string, address: string, building?: string | null, tags: Array<string>, closedAt?: string | null, id: string, members: Array<{ __typename?: 'Resident', name: string, phone?: string | null }> } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type IsoMembershipUpdateMutationVariables = Exact<{
  input: MembershipUpdateInput;
}>;


export type IsoMembershipUpdateMutation = { __typename?: 'Mutation', membershipUpdate: { __typename?: 'MembershipPayload', membership?: { __typename: 'Membership', login: string, displayName: string, roles: Array<RoleKind>, title?: string | null, active: boolean, id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type IsoResidentCreateMutationVariables = Exact<{
  input: ResidentCreateInput;
}>;


export type IsoResidentCreateMutation = { __typename?: 'Mutation', residentCreate: { __typename?: 'ResidentPayload', resident?: { __typename: 'Resident', name: string, phone?: string | null, idNumber?: string | null, movedOutAt?: string | null, id: string, household?: { __typename?: 'Household', number: string, address: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type IsoResidentUpdateMutationVariables = Exact<{
  input: ResidentUpdateInput;
}>;


export type IsoResidentUpdateMutation = { __typename?: 'Mutation', residentUpdate: { __typename?: 'ResidentPayload', resident?: { __typename: 'Resident', name: string, phone?: string | null, idNumber?: string | null, movedOutAt?: string | null, id: string, household?: { __typename?: 'Household', number: string, address: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type IsoResidentMoveOutMutationVariables = Exact<{
  input: ResidentMoveOutInput;
}>;


export type IsoResidentMoveOutMutation = { __typename?: 'Mutation', residentMoveOut: { __typename?: 'ResidentPayload', resident?: { __typename: 'Resident', name: string, phone?: string | null, idNumber?: string | null, movedOutAt?: string | null, id: string, household?: { __typename?: 'Household', number: string, address: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type IsoSocialOrganizationUpdateMutationVariables = Exact<{
  input: SocialOrganizationUpdateInput;
}>;


export type IsoSocialOrganizationUpdateMutation = { __typename?: 'Mutation', socialOrganizationUpdate: { __typename?: 'SocialOrganizationPayload', socialOrganization?: { __typename: 'SocialOrganization', name: string, contactName?: string | null, contactPhone?: string | null, description?: string | null, active: boolean, id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type IsoSocialWorkerUpdateMutationVariables = Exact<{
  input: SocialWorkerUpdateInput;
}>;


export type IsoSocialWorkerUpdateMutation = { __typename?: 'Mutation', socialWorkerUpdate: { __typename?: 'SocialWorkerPayload', socialWorker?: { __typename: 'SocialWorker', name: string, contactName?: string | null, contactPhone?: string | null, description?: string | null, active: boolean, id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type IsoVolunteerUpdateMutationVariables = Exact<{
  input: VolunteerUpdateInput;
}>;


export type IsoVolunteerUpdateMutation = { __typename?: 'Mutation', volunteerUpdate: { __typename?: 'VolunteerPayload', volunteer?: { __typename: 'Volunteer', name: string, contactName?: string | null, contactPhone?: string | null, description?: string | null, active: boolean, id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type IsoCobuildingUnitUpdateMutationVariables = Exact<{
  input: CobuildingUnitUpdateInput;
}>;


export type IsoCobuildingUnitUpdateMutation = { __typename?: 'Mutation', cobuildingUnitUpdate: { __typename?: 'CobuildingUnitPayload', cobuildingUnit?: { __typename: 'CobuildingUnit', name: string, contactName?: string | null, contactPhone?: string | null, description?: string | null, active: boolean, id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type IsoCharityResourceUpdateMutationVariables = Exact<{
  input: CharityResourceUpdateInput;
}>;


export type IsoCharityResourceUpdateMutation = { __typename?: 'Mutation', charityResourceUpdate: { __typename?: 'CharityResourcePayload', charityResource?: { __typename: 'CharityResource', name: string, contactName?: string | null, contactPhone?: string | null, description?: string | null, active: boolean, id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type IsoNodesQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type IsoNodesQuery = { __typename?: 'Query', nodes: Array<
    | { __typename: 'ApiKey', name: string, prefix: string, permissions: Array<string>, revokedAt?: string | null, id: string }
    | { __typename: 'CharityResource', name: string, contactName?: string | null, contactPhone?: string | null, description?: string | null, active: boolean, id: string }
    | { __typename: 'CobuildingUnit', name: string, contactName?: string | null, contactPhone?: string | null, description?: string | null, active: boolean, id: string }
    | { __typename: 'Community', name: string, description?: string | null, regionCode: string, id: string, street?: { __typename?: 'Street', name: string } | null, modules: Array<{ __typename?: 'CommunityModuleInfo', key: string, enabled: boolean }> }
    | { __typename: 'CouncilBody', id: string }
    | { __typename: 'CouncilComment', id: string }
    | { __typename: 'CouncilDocument', id: string }
    | { __typename: 'CouncilMeeting', id: string }
    | { __typename: 'CouncilMember', id: string }
    | { __typename: 'CouncilTask', id: string }
    | { __typename: 'CouncilTopic', id: string }
    | { __typename: 'CouncilVote', id: string }
    | { __typename: 'Fund', id: string }
    | { __typename: 'FundDisbursement', id: string }
    | { __typename: 'FundDonation', id: string }
    | { __typename: 'GridCareMember', id: string }
    | { __typename: 'GridCareVisit', id: string }
    | { __typename: 'GridDuty', id: string }
    | { __typename: 'GridUnit', id: string }
    | { __typename: 'Household', number: string, address: string, building?: string | null, tags: Array<string>, closedAt?: string | null, id: string, members: Array<{ __typename?: 'Resident', name: string, phone?: string | null }> }
    | { __typename: 'Membership', login: string, displayName: string, roles: Array<RoleKind>, title?: string | null, active: boolean, id: string }
    | { __typename: 'Notice', id: string }
    | { __typename: 'PointsAccount', id: string }
    | { __typename: 'PointsAdjustment', id: string }
    | { __typename: 'PointsItem', id: string }
    | { __typename: 'PointsRedemption', id: string }
    | { __typename: 'PointsTransaction', id: string }
    | { __typename: 'Resident', name: string, phone?: string | null, idNumber?: string | null, movedOutAt?: string | null, id: string, household?: { __typename?: 'Household', number: string, address: string } | null }
    | { __typename: 'ServiceRequest', id: string }
    | { __typename: 'SocialOrganization', name: string, contactName?: string | null, contactPhone?: string | null, description?: string | null, active: boolean, id: string }
    | { __typename: 'SocialWorker', name: string, contactName?: string | null, contactPhone?: string | null, description?: string | null, active: boolean, id: string }
    | { __typename: 'Street', name: string, regionCode: string, id: string }
    | { __typename: 'Volunteer', name: string, contactName?: string | null, contactPhone?: string | null, description?: string | null, active: boolean, id: string }
    | { __typename: 'VolunteerActivity', id: string }
    | { __typename: 'VolunteerHoursRecord', id: string }
    | { __typename: 'VolunteerMember', id: string }
    | { __typename: 'VolunteerShift', id: string }
    | { __typename: 'VolunteerSignup', id: string }
   | null> };

export type IsoSetupLoginMutationVariables = Exact<{
  input: AuthLoginInput;
}>;


export type IsoSetupLoginMutation = { __typename?: 'Mutation', authLogin: { __typename?: 'AuthPayload', accessToken?: string | null, refreshToken?: string | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type IsoCommunityQueryVariables = Exact<{ [key: string]: never; }>;


export type IsoCommunityQuery = { __typename?: 'Query', community: { __typename?: 'Community', id: string, name: string, street?: { __typename?: 'Street', id: string, name: string } | null } };

export type IsoSetupCommunityMutationVariables = Exact<{
  input: CommunityCreateInput;
}>;


export type IsoSetupCommunityMutation = { __typename?: 'Mutation', communityCreate: { __typename?: 'CommunityPayload', community?: { __typename?: 'Community', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string }> } };

export type IsoSetupMemberMutationVariables = Exact<{
  input: MembershipAddInput;
}>;


export type IsoSetupMemberMutation = { __typename?: 'Mutation', membershipAdd: { __typename?: 'MembershipPayload', membership?: { __typename?: 'Membership', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string }> } };

export type IsoSetupHouseholdMutationVariables = Exact<{
  input: HouseholdCreateInput;
}>;


export type IsoSetupHouseholdMutation = { __typename?: 'Mutation', householdCreate: { __typename?: 'HouseholdPayload', household?: { __typename?: 'Household', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type IsoSetupResidentMutationVariables = Exact<{
  input: ResidentCreateInput;
}>;


export type IsoSetupResidentMutation = { __typename?: 'Mutation', residentCreate: { __typename?: 'ResidentPayload', resident?: { __typename?: 'Resident', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type IsoSetupApiKeyMutationVariables = Exact<{
  input: ApiKeyCreateInput;
}>;


export type IsoSetupApiKeyMutation = { __typename?: 'Mutation', apiKeyCreate: { __typename?: 'ApiKeyCreatePayload', apiKey?: { __typename?: 'ApiKey', id: string, prefix: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type IsoSetupForcesMutationVariables = Exact<{
  o: SocialOrganizationCreateInput;
  w: SocialWorkerCreateInput;
  v: VolunteerCreateInput;
  u: CobuildingUnitCreateInput;
  c: CharityResourceCreateInput;
}>;


export type IsoSetupForcesMutation = { __typename?: 'Mutation', socialOrganizationCreate: { __typename?: 'SocialOrganizationPayload', socialOrganization?: { __typename?: 'SocialOrganization', id: string } | null }, socialWorkerCreate: { __typename?: 'SocialWorkerPayload', socialWorker?: { __typename?: 'SocialWorker', id: string } | null }, volunteerCreate: { __typename?: 'VolunteerPayload', volunteer?: { __typename?: 'Volunteer', id: string } | null }, cobuildingUnitCreate: { __typename?: 'CobuildingUnitPayload', cobuildingUnit?: { __typename?: 'CobuildingUnit', id: string } | null }, charityResourceCreate: { __typename?: 'CharityResourcePayload', charityResource?: { __typename?: 'CharityResource', id: string } | null } };

export type IsoSnapshotQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type IsoSnapshotQuery = { __typename?: 'Query', nodes: Array<
    | { __typename: 'ApiKey', name: string, prefix: string, permissions: Array<string>, revokedAt?: string | null, id: string }
    | { __typename: 'CharityResource', name: string, contactName?: string | null, contactPhone?: string | null, description?: string | null, active: boolean, id: string }
    | { __typename: 'CobuildingUnit', name: string, contactName?: string | null, contactPhone?: string | null, description?: string | null, active: boolean, id: string }
    | { __typename: 'Community', name: string, description?: string | null, regionCode: string, id: string, street?: { __typename?: 'Street', name: string } | null, modules: Array<{ __typename?: 'CommunityModuleInfo', key: string, enabled: boolean }> }
    | { __typename: 'CouncilBody', id: string }
    | { __typename: 'CouncilComment', id: string }
    | { __typename: 'CouncilDocument', id: string }
    | { __typename: 'CouncilMeeting', id: string }
    | { __typename: 'CouncilMember', id: string }
    | { __typename: 'CouncilTask', id: string }
    | { __typename: 'CouncilTopic', id: string }
    | { __typename: 'CouncilVote', id: string }
    | { __typename: 'Fund', id: string }
    | { __typename: 'FundDisbursement', id: string }
    | { __typename: 'FundDonation', id: string }
    | { __typename: 'GridCareMember', id: string }
    | { __typename: 'GridCareVisit', id: string }
    | { __typename: 'GridDuty', id: string }
    | { __typename: 'GridUnit', id: string }
    | { __typename: 'Household', number: string, address: string, building?: string | null, tags: Array<string>, closedAt?: string | null, id: string, members: Array<{ __typename?: 'Resident', name: string, phone?: string | null }> }
    | { __typename: 'Membership', login: string, displayName: string, roles: Array<RoleKind>, title?: string | null, active: boolean, id: string }
    | { __typename: 'Notice', id: string }
    | { __typename: 'PointsAccount', id: string }
    | { __typename: 'PointsAdjustment', id: string }
    | { __typename: 'PointsItem', id: string }
    | { __typename: 'PointsRedemption', id: string }
    | { __typename: 'PointsTransaction', id: string }
    | { __typename: 'Resident', name: string, phone?: string | null, idNumber?: string | null, movedOutAt?: string | null, id: string, household?: { __typename?: 'Household', number: string, address: string } | null }
    | { __typename: 'ServiceRequest', id: string }
    | { __typename: 'SocialOrganization', name: string, contactName?: string | null, contactPhone?: string | null, description?: string | null, active: boolean, id: string }
    | { __typename: 'SocialWorker', name: string, contactName?: string | null, contactPhone?: string | null, description?: string | null, active: boolean, id: string }
    | { __typename: 'Street', name: string, regionCode: string, id: string }
    | { __typename: 'Volunteer', name: string, contactName?: string | null, contactPhone?: string | null, description?: string | null, active: boolean, id: string }
    | { __typename: 'VolunteerActivity', id: string }
    | { __typename: 'VolunteerHoursRecord', id: string }
    | { __typename: 'VolunteerMember', id: string }
    | { __typename: 'VolunteerShift', id: string }
    | { __typename: 'VolunteerSignup', id: string }
   | null>, households: { __typename?: 'HouseholdConnection', totalCount: number }, residents: { __typename?: 'ResidentConnection', totalCount: number }, memberships: { __typename?: 'MembershipConnection', totalCount: number }, apiKeys: { __typename?: 'ApiKeyConnection', totalCount: number } };

export type IsoAllNodesQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type IsoAllNodesQuery = { __typename?: 'Query', nodes: Array<
    | { __typename: 'ApiKey', name: string, prefix: string, permissions: Array<string>, revokedAt?: string | null, id: string }
    | { __typename: 'CharityResource', name: string, contactName?: string | null, contactPhone?: string | null, description?: string | null, active: boolean, id: string }
    | { __typename: 'CobuildingUnit', name: string, contactName?: string | null, contactPhone?: string | null, description?: string | null, active: boolean, id: string }
    | { __typename: 'Community', name: string, description?: string | null, regionCode: string, id: string, street?: { __typename?: 'Street', name: string } | null, modules: Array<{ __typename?: 'CommunityModuleInfo', key: string, enabled: boolean }> }
    | { __typename: 'CouncilBody', id: string }
    | { __typename: 'CouncilComment', id: string }
    | { __typename: 'CouncilDocument', id: string }
    | { __typename: 'CouncilMeeting', id: string }
    | { __typename: 'CouncilMember', id: string }
    | { __typename: 'CouncilTask', id: string }
    | { __typename: 'CouncilTopic', id: string }
    | { __typename: 'CouncilVote', id: string }
    | { __typename: 'Fund', id: string }
    | { __typename: 'FundDisbursement', id: string }
    | { __typename: 'FundDonation', id: string }
    | { __typename: 'GridCareMember', id: string }
    | { __typename: 'GridCareVisit', id: string }
    | { __typename: 'GridDuty', id: string }
    | { __typename: 'GridUnit', id: string }
    | { __typename: 'Household', number: string, address: string, building?: string | null, tags: Array<string>, closedAt?: string | null, id: string, members: Array<{ __typename?: 'Resident', name: string, phone?: string | null }> }
    | { __typename: 'Membership', login: string, displayName: string, roles: Array<RoleKind>, title?: string | null, active: boolean, id: string }
    | { __typename: 'Notice', id: string }
    | { __typename: 'PointsAccount', id: string }
    | { __typename: 'PointsAdjustment', id: string }
    | { __typename: 'PointsItem', id: string }
    | { __typename: 'PointsRedemption', id: string }
    | { __typename: 'PointsTransaction', id: string }
    | { __typename: 'Resident', name: string, phone?: string | null, idNumber?: string | null, movedOutAt?: string | null, id: string, household?: { __typename?: 'Household', number: string, address: string } | null }
    | { __typename: 'ServiceRequest', id: string }
    | { __typename: 'SocialOrganization', name: string, contactName?: string | null, contactPhone?: string | null, description?: string | null, active: boolean, id: string }
    | { __typename: 'SocialWorker', name: string, contactName?: string | null, contactPhone?: string | null, description?: string | null, active: boolean, id: string }
    | { __typename: 'Street', name: string, regionCode: string, id: string }
    | { __typename: 'Volunteer', name: string, contactName?: string | null, contactPhone?: string | null, description?: string | null, active: boolean, id: string }
    | { __typename: 'VolunteerActivity', id: string }
    | { __typename: 'VolunteerHoursRecord', id: string }
    | { __typename: 'VolunteerMember', id: string }
    | { __typename: 'VolunteerShift', id: string }
    | { __typename: 'VolunteerSignup', id: string }
   | null> };

export type IsoMeQueryVariables = Exact<{ [key: string]: never; }>;


export type IsoMeQuery = { __typename?: 'Query', me: { __typename?: 'Me', activeCommunity?: { __typename?: 'Community', name: string } | null, memberships: Array<{ __typename?: 'MyMembership', community: { __typename?: 'Community', name: string } }> } };

export type IsoHouseholdsQueryVariables = Exact<{ [key: string]: never; }>;


export type IsoHouseholdsQuery = { __typename?: 'Query', households: { __typename?: 'HouseholdConnection', totalCount: number, nodes: Array<{ __typename?: 'Household', number: string }> } };

export type IsoCommunitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type IsoCommunitiesQuery = { __typename?: 'Query', communities: Array<{ __typename?: 'Community', name: string }> };

export type IsoResidentsNamedQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type IsoResidentsNamedQuery = { __typename?: 'Query', residents: { __typename?: 'ResidentConnection', totalCount: number } };

export type TwoLoginMutationVariables = Exact<{
  input: AuthLoginInput;
}>;


export type TwoLoginMutation = { __typename?: 'Mutation', authLogin: { __typename?: 'AuthPayload', accessToken?: string | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type TwoHouseholdCreateMutationVariables = Exact<{
  input: HouseholdCreateInput;
}>;


export type TwoHouseholdCreateMutation = { __typename?: 'Mutation', householdCreate: { __typename?: 'HouseholdPayload', household?: { __typename?: 'Household', number: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type TwoChangesSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type TwoChangesSubscription = { __typename?: 'Subscription', changes: { __typename?: 'ChangeEvent', cursor: string, subject?:
      | { __typename?: 'ApiKey' }
      | { __typename?: 'CharityResource' }
      | { __typename?: 'CobuildingUnit' }
      | { __typename?: 'Community' }
      | { __typename?: 'CouncilBody' }
      | { __typename?: 'CouncilComment' }
      | { __typename?: 'CouncilDocument' }
      | { __typename?: 'CouncilMeeting' }
      | { __typename?: 'CouncilMember' }
      | { __typename?: 'CouncilTask' }
      | { __typename?: 'CouncilTopic' }
      | { __typename?: 'CouncilVote' }
      | { __typename?: 'Fund' }
      | { __typename?: 'FundDisbursement' }
      | { __typename?: 'FundDonation' }
      | { __typename?: 'GridCareMember' }
      | { __typename?: 'GridCareVisit' }
      | { __typename?: 'GridDuty' }
      | { __typename?: 'GridUnit' }
      | { __typename?: 'Household', number: string }
      | { __typename?: 'Membership' }
      | { __typename?: 'Notice' }
      | { __typename?: 'PointsAccount' }
      | { __typename?: 'PointsAdjustment' }
      | { __typename?: 'PointsItem' }
      | { __typename?: 'PointsRedemption' }
      | { __typename?: 'PointsTransaction' }
      | { __typename?: 'Resident' }
      | { __typename?: 'ServiceRequest' }
      | { __typename?: 'SocialOrganization' }
      | { __typename?: 'SocialWorker' }
      | { __typename?: 'Street' }
      | { __typename?: 'Volunteer' }
      | { __typename?: 'VolunteerActivity' }
      | { __typename?: 'VolunteerHoursRecord' }
      | { __typename?: 'VolunteerMember' }
      | { __typename?: 'VolunteerShift' }
      | { __typename?: 'VolunteerSignup' }
     | null } };

export type VolPtsConfigureMutationVariables = Exact<{
  input: CommunityModuleConfigureInput;
}>;


export type VolPtsConfigureMutation = { __typename?: 'Mutation', communityModuleConfigure: { __typename?: 'CommunityPayload', userErrors: Array<{ __typename?: 'UserError', code: string, message: string }> } };

export type VolPtsRegisterMutationVariables = Exact<{
  input: VolunteerMemberRegisterInput;
}>;


export type VolPtsRegisterMutation = { __typename?: 'Mutation', volunteerMemberRegister: { __typename?: 'VolunteerMemberPayload', member?: { __typename?: 'VolunteerMember', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type VolPtsJoinMutationVariables = Exact<{
  input: VolunteerMemberJoinInput;
}>;


export type VolPtsJoinMutation = { __typename?: 'Mutation', volunteerMemberJoin: { __typename?: 'VolunteerMemberPayload', member?: { __typename?: 'VolunteerMember', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type VolPtsActivityMutationVariables = Exact<{
  input: VolunteerActivityCreateInput;
}>;


export type VolPtsActivityMutation = { __typename?: 'Mutation', volunteerActivityCreate: { __typename?: 'VolunteerActivityPayload', activity?: { __typename?: 'VolunteerActivity', id: string, shifts: Array<{ __typename?: 'VolunteerShift', id: string }> } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type VolPtsSignUpMutationVariables = Exact<{
  input: VolunteerSignUpInput;
}>;


export type VolPtsSignUpMutation = { __typename?: 'Mutation', volunteerSignUp: { __typename?: 'VolunteerSignupPayload', signup?: { __typename?: 'VolunteerSignup', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type VolPtsCheckInMutationVariables = Exact<{
  input: VolunteerSignupActInput;
}>;


export type VolPtsCheckInMutation = { __typename?: 'Mutation', volunteerSignupCheckIn: { __typename?: 'VolunteerSignupPayload', signup?: { __typename?: 'VolunteerSignup', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type VolPtsCheckOutMutationVariables = Exact<{
  input: VolunteerSignupActInput;
}>;


export type VolPtsCheckOutMutation = { __typename?: 'Mutation', volunteerSignupCheckOut: { __typename?: 'VolunteerSignupPayload', signup?: { __typename?: 'VolunteerSignup', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type VolPtsPendingQueryVariables = Exact<{ [key: string]: never; }>;


export type VolPtsPendingQuery = { __typename?: 'Query', volunteerHours: { __typename?: 'VolunteerHoursRecordConnection', nodes: Array<{ __typename?: 'VolunteerHoursRecord', id: string }> } };

export type VolPtsConfirmMutationVariables = Exact<{
  input: VolunteerHoursConfirmInput;
}>;


export type VolPtsConfirmMutation = { __typename?: 'Mutation', volunteerHoursConfirm: { __typename?: 'VolunteerHoursRecordPayload', record?: { __typename?: 'VolunteerHoursRecord', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type VolPtsMyQueryVariables = Exact<{ [key: string]: never; }>;


export type VolPtsMyQuery = { __typename?: 'Query', pointsMyAccount?: { __typename?: 'PointsAccount', kind: PointsAccountKind, balance: number, entries: { __typename?: 'PointsEntryConnection', nodes: Array<{ __typename?: 'PointsEntry', amount: number, transaction: { __typename?: 'PointsTransaction', kind: PointsTransactionKind, ruleKey?: string | null } }> } } | null };

export type VolPtsMatPointsReadQueryVariables = Exact<{ [key: string]: never; }>;


export type VolPtsMatPointsReadQuery = { __typename?: 'Query', pointsItems: { __typename?: 'PointsItemConnection', totalCount: number } };

export type VolPtsMatRedeemMutationVariables = Exact<{
  input: PointsRedeemInput;
}>;


export type VolPtsMatRedeemMutation = { __typename?: 'Mutation', pointsRedeem: { __typename?: 'PointsRedemptionPayload', userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type VolPtsMatItemMutationVariables = Exact<{
  input: PointsItemCreateInput;
}>;


export type VolPtsMatItemMutation = { __typename?: 'Mutation', pointsItemCreate: { __typename?: 'PointsItemPayload', item?: { __typename?: 'PointsItem', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type VolPtsMatApproveMutationVariables = Exact<{
  input: PointsAdjustmentDecideInput;
}>;


export type VolPtsMatApproveMutation = { __typename?: 'Mutation', pointsAdjustmentReject: { __typename?: 'PointsAdjustmentPayload', userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type VolPtsMatReportQueryVariables = Exact<{
  from: Scalars['DateTimeISO']['input'];
  to: Scalars['DateTimeISO']['input'];
}>;


export type VolPtsMatReportQuery = { __typename?: 'Query', pointsReport: { __typename?: 'PointsReport', issued: number } };

export type VolPtsMatTeamsQueryVariables = Exact<{ [key: string]: never; }>;


export type VolPtsMatTeamsQuery = { __typename?: 'Query', volunteerTeams: Array<{ __typename?: 'VolunteerTeam', key: string }> };

export type VolPtsMatJoinMutationVariables = Exact<{
  input: VolunteerMemberJoinInput;
}>;


export type VolPtsMatJoinMutation = { __typename?: 'Mutation', volunteerMemberJoin: { __typename?: 'VolunteerMemberPayload', userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type VolPtsMatActivityMutationVariables = Exact<{
  input: VolunteerActivityCreateInput;
}>;


export type VolPtsMatActivityMutation = { __typename?: 'Mutation', volunteerActivityCreate: { __typename?: 'VolunteerActivityPayload', userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type VolPtsMatRegisterMutationVariables = Exact<{
  input: VolunteerMemberRegisterInput;
}>;


export type VolPtsMatRegisterMutation = { __typename?: 'Mutation', volunteerMemberRegister: { __typename?: 'VolunteerMemberPayload', userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type VolPtsMatExportQueryVariables = Exact<{
  from: Scalars['DateTimeISO']['input'];
  to: Scalars['DateTimeISO']['input'];
}>;


export type VolPtsMatExportQuery = { __typename?: 'Query', volunteerHoursExport: Array<{ __typename?: 'VolunteerHoursExportRow', name: string }> };

export type VolPtsIsoCommunityMutationVariables = Exact<{
  input: CommunityCreateInput;
}>;


export type VolPtsIsoCommunityMutation = { __typename?: 'Mutation', communityCreate: { __typename?: 'CommunityPayload', community?: { __typename?: 'Community', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type VolPtsIsoLoginMutationVariables = Exact<{
  input: AuthLoginInput;
}>;


export type VolPtsIsoLoginMutation = { __typename?: 'Mutation', authLogin: { __typename?: 'AuthPayload', accessToken?: string | null } };

export type VolPtsIsoMemberMutationVariables = Exact<{
  input: MembershipAddInput;
}>;


export type VolPtsIsoMemberMutation = { __typename?: 'Mutation', membershipAdd: { __typename?: 'MembershipPayload', membership?: { __typename?: 'Membership', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type VolPtsIsoHouseholdMutationVariables = Exact<{
  input: HouseholdCreateInput;
}>;


export type VolPtsIsoHouseholdMutation = { __typename?: 'Mutation', householdCreate: { __typename?: 'HouseholdPayload', household?: { __typename?: 'Household', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type VolPtsIsoAdjustMutationVariables = Exact<{
  input: PointsAdjustInput;
}>;


export type VolPtsIsoAdjustMutation = { __typename?: 'Mutation', pointsAdjust: { __typename?: 'PointsAdjustmentPayload', adjustment?: { __typename?: 'PointsAdjustment', id: string, accountId: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type VolPtsIsoItemMutationVariables = Exact<{
  input: PointsItemCreateInput;
}>;


export type VolPtsIsoItemMutation = { __typename?: 'Mutation', pointsItemCreate: { __typename?: 'PointsItemPayload', item?: { __typename?: 'PointsItem', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type VolPtsIsoRedeemMutationVariables = Exact<{
  input: PointsRedeemInput;
}>;


export type VolPtsIsoRedeemMutation = { __typename?: 'Mutation', pointsRedeem: { __typename?: 'PointsRedemptionPayload', redemption?: { __typename?: 'PointsRedemption', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type VolPtsIso1QueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type VolPtsIso1Query = { __typename?: 'Query', pointsAccount?: { __typename?: 'PointsAccount', id: string, balance: number } | null };

export type VolPtsIso2QueryVariables = Exact<{
  id?: InputMaybe<Scalars['ID']['input']>;
}>;


export type VolPtsIso2Query = { __typename?: 'Query', pointsRedemptions: { __typename?: 'PointsRedemptionConnection', totalCount: number, nodes: Array<{ __typename?: 'PointsRedemption', code?: string | null }> } };

export type VolPtsIso3MutationVariables = Exact<{
  input: PointsAdjustmentDecideInput;
}>;


export type VolPtsIso3Mutation = { __typename?: 'Mutation', pointsAdjustmentApprove: { __typename?: 'PointsAdjustmentPayload', adjustment?: { __typename?: 'PointsAdjustment', id: string, amount: number } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null }> } };

export type VolPtsIso4MutationVariables = Exact<{
  input: PointsAdjustmentDecideInput;
}>;


export type VolPtsIso4Mutation = { __typename?: 'Mutation', pointsAdjustmentReject: { __typename?: 'PointsAdjustmentPayload', adjustment?: { __typename?: 'PointsAdjustment', id: string, amount: number } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null }> } };

export type VolPtsIso5MutationVariables = Exact<{
  input: PointsExpireInput;
}>;


export type VolPtsIso5Mutation = { __typename?: 'Mutation', pointsExpire: { __typename?: 'PointsAccountPayload', account?: { __typename?: 'PointsAccount', id: string, balance: number } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null }> } };

export type VolPtsIso6MutationVariables = Exact<{
  input: PointsItemRestockInput;
}>;


export type VolPtsIso6Mutation = { __typename?: 'Mutation', pointsItemRestock: { __typename?: 'PointsItemPayload', item?: { __typename?: 'PointsItem', id: string, stock: number } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null }> } };

export type VolPtsIso7MutationVariables = Exact<{
  input: PointsItemUpdateInput;
}>;


export type VolPtsIso7Mutation = { __typename?: 'Mutation', pointsItemUpdate: { __typename?: 'PointsItemPayload', item?: { __typename?: 'PointsItem', id: string, name: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null }> } };

export type VolPtsIso8MutationVariables = Exact<{
  input: PointsRedemptionCancelInput;
}>;


export type VolPtsIso8Mutation = { __typename?: 'Mutation', pointsRedemptionCancel: { __typename?: 'PointsRedemptionPayload', redemption?: { __typename?: 'PointsRedemption', id: string, code?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null }> } };

export type VolPtsIso9MutationVariables = Exact<{
  input: VolunteerCodeInput;
}>;


export type VolPtsIso9Mutation = { __typename?: 'Mutation', volunteerCheckInByCode: { __typename?: 'VolunteerSignupPayload', signup?: { __typename?: 'VolunteerSignup', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null }> } };

export type VolPtsIso10MutationVariables = Exact<{
  input: VolunteerCodeInput;
}>;


export type VolPtsIso10Mutation = { __typename?: 'Mutation', volunteerCheckOutByCode: { __typename?: 'VolunteerSignupPayload', signup?: { __typename?: 'VolunteerSignup', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null }> } };

export type VolPtsIso11MutationVariables = Exact<{
  input: VolunteerHoursConfirmInput;
}>;


export type VolPtsIso11Mutation = { __typename?: 'Mutation', volunteerHoursConfirm: { __typename?: 'VolunteerHoursRecordPayload', record?: { __typename?: 'VolunteerHoursRecord', id: string, minutes: number } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null }> } };

export type VolPtsIso12MutationVariables = Exact<{
  input: VolunteerHoursCorrectInput;
}>;


export type VolPtsIso12Mutation = { __typename?: 'Mutation', volunteerHoursCorrect: { __typename?: 'VolunteerHoursRecordPayload', record?: { __typename?: 'VolunteerHoursRecord', id: string, minutes: number } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null }> } };

export type VolPtsIso13MutationVariables = Exact<{
  input: VolunteerMemberUpdateInput;
}>;


export type VolPtsIso13Mutation = { __typename?: 'Mutation', volunteerMemberUpdate: { __typename?: 'VolunteerMemberPayload', member?: { __typename?: 'VolunteerMember', id: string, name: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null }> } };

export type VolPtsIso14MutationVariables = Exact<{
  input: VolunteerSignupActInput;
}>;


export type VolPtsIso14Mutation = { __typename?: 'Mutation', volunteerSignupCancel: { __typename?: 'VolunteerSignupPayload', signup?: { __typename?: 'VolunteerSignup', id: string, status: VolunteerSignupStatus } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null }> } };

export type VolPtsIso15QueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type VolPtsIso15Query = { __typename?: 'Query', volunteerActivity?: { __typename?: 'VolunteerActivity', id: string, title: string, shifts: Array<{ __typename?: 'VolunteerShift', id: string }> } | null };

export type VolPtsIso16QueryVariables = Exact<{
  id?: InputMaybe<Scalars['ID']['input']>;
}>;


export type VolPtsIso16Query = { __typename?: 'Query', volunteerHours: { __typename?: 'VolunteerHoursRecordConnection', totalCount: number, nodes: Array<{ __typename?: 'VolunteerHoursRecord', minutes: number }> } };

export type VolPtsIso17QueryVariables = Exact<{
  id?: InputMaybe<Scalars['ID']['input']>;
  from: Scalars['DateTimeISO']['input'];
  to: Scalars['DateTimeISO']['input'];
}>;


export type VolPtsIso17Query = { __typename?: 'Query', volunteerHoursExport: Array<{ __typename?: 'VolunteerHoursExportRow', name: string }> };

export type VolPtsIso18QueryVariables = Exact<{
  id?: InputMaybe<Scalars['ID']['input']>;
  from: Scalars['DateTimeISO']['input'];
  to: Scalars['DateTimeISO']['input'];
}>;


export type VolPtsIso18Query = { __typename?: 'Query', volunteerHoursTotals: Array<{ __typename?: 'VolunteerHoursTotal', name: string, minutes: number }> };

export type VolunteerConfigureMutationVariables = Exact<{
  input: CommunityModuleConfigureInput;
}>;


export type VolunteerConfigureMutation = { __typename?: 'Mutation', communityModuleConfigure: { __typename?: 'CommunityPayload', userErrors: Array<{ __typename?: 'UserError', code: string, message: string }> } };

export type VolunteerTeamsQueryVariables = Exact<{ [key: string]: never; }>;


export type VolunteerTeamsQuery = { __typename?: 'Query', volunteerTeams: Array<{ __typename?: 'VolunteerTeam', key: string, name: string }> };

export type VolunteerRecordsQueryVariables = Exact<{ [key: string]: never; }>;


export type VolunteerRecordsQuery = { __typename?: 'Query', volunteers: { __typename?: 'VolunteerConnection', nodes: Array<{ __typename?: 'Volunteer', id: string, name: string }> } };

export type VolunteerRegisterMutationVariables = Exact<{
  input: VolunteerMemberRegisterInput;
}>;


export type VolunteerRegisterMutation = { __typename?: 'Mutation', volunteerMemberRegister: { __typename?: 'VolunteerMemberPayload', member?: { __typename?: 'VolunteerMember', id: string, name: string, teams: Array<string>, volunteerRecordId?: string | null, idNumberMasked?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null }> } };

export type VolunteerJoinMutationVariables = Exact<{
  input: VolunteerMemberJoinInput;
}>;


export type VolunteerJoinMutation = { __typename?: 'Mutation', volunteerMemberJoin: { __typename?: 'VolunteerMemberPayload', member?: { __typename?: 'VolunteerMember', id: string, name: string, teams: Array<string> } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null }> } };

export type VolunteerMeQueryVariables = Exact<{ [key: string]: never; }>;


export type VolunteerMeQuery = { __typename?: 'Query', volunteerMe?: { __typename?: 'VolunteerMember', id: string, name: string, teams: Array<string>, idNumberMasked?: string | null } | null };

export type VolunteerActivityCreateMutationVariables = Exact<{
  input: VolunteerActivityCreateInput;
}>;


export type VolunteerActivityCreateMutation = { __typename?: 'Mutation', volunteerActivityCreate: { __typename?: 'VolunteerActivityPayload', activity?: { __typename?: 'VolunteerActivity', id: string, title: string, shifts: Array<{ __typename?: 'VolunteerShift', id: string, capacity: number, signedUp: number, checkInCode?: string | null }> } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type VolunteerActivityQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type VolunteerActivityQuery = { __typename?: 'Query', volunteerActivity?: { __typename?: 'VolunteerActivity', id: string, title: string, shifts: Array<{ __typename?: 'VolunteerShift', id: string, capacity: number, signedUp: number, waitlisted: number, checkInCode?: string | null, mySignup?: { __typename?: 'VolunteerSignup', id: string, status: VolunteerSignupStatus } | null, signups: Array<{ __typename?: 'VolunteerSignup', id: string, status: VolunteerSignupStatus, member?: { __typename?: 'VolunteerMember', name: string } | null }> }> } | null };

export type VolunteerSignUpMutationVariables = Exact<{
  input: VolunteerSignUpInput;
}>;


export type VolunteerSignUpMutation = { __typename?: 'Mutation', volunteerSignUp: { __typename?: 'VolunteerSignupPayload', signup?: { __typename?: 'VolunteerSignup', id: string, status: VolunteerSignupStatus } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null }> } };

export type VolunteerSignupCancelMutationVariables = Exact<{
  input: VolunteerSignupActInput;
}>;


export type VolunteerSignupCancelMutation = { __typename?: 'Mutation', volunteerSignupCancel: { __typename?: 'VolunteerSignupPayload', signup?: { __typename?: 'VolunteerSignup', id: string, status: VolunteerSignupStatus } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type VolunteerCheckInMutationVariables = Exact<{
  input: VolunteerSignupActInput;
}>;


export type VolunteerCheckInMutation = { __typename?: 'Mutation', volunteerSignupCheckIn: { __typename?: 'VolunteerSignupPayload', signup?: { __typename?: 'VolunteerSignup', id: string, status: VolunteerSignupStatus, checkedInAt?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type VolunteerCheckOutMutationVariables = Exact<{
  input: VolunteerSignupActInput;
}>;


export type VolunteerCheckOutMutation = { __typename?: 'Mutation', volunteerSignupCheckOut: { __typename?: 'VolunteerSignupPayload', signup?: { __typename?: 'VolunteerSignup', id: string, status: VolunteerSignupStatus, checkedOutAt?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type VolunteerCodeInMutationVariables = Exact<{
  input: VolunteerCodeInput;
}>;


export type VolunteerCodeInMutation = { __typename?: 'Mutation', volunteerCheckInByCode: { __typename?: 'VolunteerSignupPayload', signup?: { __typename?: 'VolunteerSignup', id: string, status: VolunteerSignupStatus } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type VolunteerCodeOutMutationVariables = Exact<{
  input: VolunteerCodeInput;
}>;


export type VolunteerCodeOutMutation = { __typename?: 'Mutation', volunteerCheckOutByCode: { __typename?: 'VolunteerSignupPayload', signup?: { __typename?: 'VolunteerSignup', id: string, status: VolunteerSignupStatus } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type VolunteerHoursQueryVariables = Exact<{
  memberId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<VolunteerHoursStatus>;
}>;


export type VolunteerHoursQuery = { __typename?: 'Query', volunteerHours: { __typename?: 'VolunteerHoursRecordConnection', totalCount: number, nodes: Array<{ __typename?: 'VolunteerHoursRecord', id: string, minutes: number, kind: VolunteerHoursKind, status: VolunteerHoursStatus, activityTitle: string, serviceDate: string, correctsId?: string | null, reason?: string | null, member?: { __typename?: 'VolunteerMember', name: string } | null }> } };

export type VolunteerHoursConfirmMutationVariables = Exact<{
  input: VolunteerHoursConfirmInput;
}>;


export type VolunteerHoursConfirmMutation = { __typename?: 'Mutation', volunteerHoursConfirm: { __typename?: 'VolunteerHoursRecordPayload', record?: { __typename?: 'VolunteerHoursRecord', id: string, status: VolunteerHoursStatus, minutes: number } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type VolunteerHoursCorrectMutationVariables = Exact<{
  input: VolunteerHoursCorrectInput;
}>;


export type VolunteerHoursCorrectMutation = { __typename?: 'Mutation', volunteerHoursCorrect: { __typename?: 'VolunteerHoursRecordPayload', record?: { __typename?: 'VolunteerHoursRecord', id: string, kind: VolunteerHoursKind, minutes: number, correctsId?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string }> } };

export type VolunteerTotalsQueryVariables = Exact<{
  from: Scalars['DateTimeISO']['input'];
  to: Scalars['DateTimeISO']['input'];
  period: VolunteerHoursPeriod;
}>;


export type VolunteerTotalsQuery = { __typename?: 'Query', volunteerHoursTotals: Array<{ __typename?: 'VolunteerHoursTotal', name: string, period: string, minutes: number }> };

export type VolunteerExportQueryVariables = Exact<{
  from: Scalars['DateTimeISO']['input'];
  to: Scalars['DateTimeISO']['input'];
}>;


export type VolunteerExportQuery = { __typename?: 'Query', volunteerHoursExport: Array<{ __typename?: 'VolunteerHoursExportRow', name: string, idNumberMasked?: string | null, organization: string, activity: string, date: string, hours: string }> };

export type VolunteerMetricsQueryVariables = Exact<{
  from: Scalars['DateTimeISO']['input'];
  to: Scalars['DateTimeISO']['input'];
}>;


export type VolunteerMetricsQuery = { __typename?: 'Query', volunteerMetrics: Array<{ __typename?: 'VolunteerMetric', key: string, value: number }> };

export type VolunteerPointsMyQueryVariables = Exact<{ [key: string]: never; }>;


export type VolunteerPointsMyQuery = { __typename?: 'Query', pointsMyAccount?: { __typename?: 'PointsAccount', balance: number } | null };

export const IsoNodeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IsoNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"street"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Street"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"building"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"movedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Membership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialOrganization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialWorker"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Volunteer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CobuildingUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CharityResource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<IsoNodeFieldsFragment, unknown>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthLoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"activeCommunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const RefreshDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Refresh"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthRefreshInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authRefresh"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RefreshMutation, RefreshMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthLogoutInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authLogout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revoked"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"activeCommunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const SetDisabledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDisabled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountSetDisabledInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountSetDisabled"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SetDisabledMutation, SetDisabledMutationVariables>;
export const AuthCommunityNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthCommunityName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AuthCommunityNameQuery, AuthCommunityNameQueryVariables>;
export const CoreForcesCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CoreForcesCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"org"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SocialOrganizationCreateInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"worker"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SocialWorkerCreateInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vol"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VolunteerCreateInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CobuildingUnitCreateInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"charity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CharityResourceCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"org"},"name":{"kind":"Name","value":"socialOrganizationCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"org"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"record"},"name":{"kind":"Name","value":"socialOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"services"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"worker"},"name":{"kind":"Name","value":"socialWorkerCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"worker"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"record"},"name":{"kind":"Name","value":"socialWorker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"vol"},"name":{"kind":"Name","value":"volunteerCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vol"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"record"},"name":{"kind":"Name","value":"volunteer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"unit"},"name":{"kind":"Name","value":"cobuildingUnitCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"record"},"name":{"kind":"Name","value":"cobuildingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"unitType"}},{"kind":"Field","name":{"kind":"Name","value":"partyOrganization"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"charity"},"name":{"kind":"Name","value":"charityResourceCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"charity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"record"},"name":{"kind":"Name","value":"charityResource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"offers"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CoreForcesCreateMutation, CoreForcesCreateMutationVariables>;
export const CoreForcesUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CoreForcesUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"org"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SocialOrganizationUpdateInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"worker"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SocialWorkerUpdateInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vol"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VolunteerUpdateInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CobuildingUnitUpdateInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"charity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CharityResourceUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"org"},"name":{"kind":"Name","value":"socialOrganizationUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"org"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"record"},"name":{"kind":"Name","value":"socialOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"worker"},"name":{"kind":"Name","value":"socialWorkerUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"worker"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"record"},"name":{"kind":"Name","value":"socialWorker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"vol"},"name":{"kind":"Name","value":"volunteerUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vol"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"record"},"name":{"kind":"Name","value":"volunteer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"unit"},"name":{"kind":"Name","value":"cobuildingUnitUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"record"},"name":{"kind":"Name","value":"cobuildingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partyOrganization"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"charity"},"name":{"kind":"Name","value":"charityResourceUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"charity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"record"},"name":{"kind":"Name","value":"charityResource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CoreForcesUpdateMutation, CoreForcesUpdateMutationVariables>;
export const CoreForcesListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoreForcesList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"archived"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"org"},"name":{"kind":"Name","value":"socialOrganizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"Variable","name":{"kind":"Name","value":"archived"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"worker"},"name":{"kind":"Name","value":"socialWorkers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"Variable","name":{"kind":"Name","value":"archived"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"vol"},"name":{"kind":"Name","value":"volunteers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"Variable","name":{"kind":"Name","value":"archived"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"unit"},"name":{"kind":"Name","value":"cobuildingUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"Variable","name":{"kind":"Name","value":"archived"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"charity"},"name":{"kind":"Name","value":"charityResources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"Variable","name":{"kind":"Name","value":"archived"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}}]}}]}}]}}]} as unknown as DocumentNode<CoreForcesListQuery, CoreForcesListQueryVariables>;
export const CoreVolunteerCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CoreVolunteerCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VolunteerCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteerCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CoreVolunteerCreateMutation, CoreVolunteerCreateMutationVariables>;
export const CoreMemberAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CoreMemberAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CoreMemberAddMutation, CoreMemberAddMutationVariables>;
export const CoreMemberUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CoreMemberUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CoreMemberUpdateMutation, CoreMemberUpdateMutationVariables>;
export const CoreKeyCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CoreKeyCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKeyCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeyCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CoreKeyCreateMutation, CoreKeyCreateMutationVariables>;
export const CoreKeyRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CoreKeyRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKeyRevokeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeyRevoke"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CoreKeyRevokeMutation, CoreKeyRevokeMutationVariables>;
export const CoreProbeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoreProbe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"households"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<CoreProbeQuery, CoreProbeQueryVariables>;
export const CoreProbeResidentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoreProbeResidents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unmasked"},"value":{"kind":"BooleanValue","value":true}}]}]}}]}}]}}]} as unknown as DocumentNode<CoreProbeResidentsQuery, CoreProbeResidentsQueryVariables>;
export const CoreProbeWriteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CoreProbeWrite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CoreProbeWriteMutation, CoreProbeWriteMutationVariables>;
export const CoreCommunityModulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoreCommunityModules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"preset"}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"settings"}}]}}]}}]}}]} as unknown as DocumentNode<CoreCommunityModulesQuery, CoreCommunityModulesQueryVariables>;
export const CoreCommunityCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CoreCommunityCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"preset"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CoreCommunityCreateMutation, CoreCommunityCreateMutationVariables>;
export const CoreCommunityUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CoreCommunityUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CoreCommunityUpdateMutation, CoreCommunityUpdateMutationVariables>;
export const CoreHouseholdCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CoreHouseholdCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CoreHouseholdCreateMutation, CoreHouseholdCreateMutationVariables>;
export const CoreHouseholdUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CoreHouseholdUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"building"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CoreHouseholdUpdateMutation, CoreHouseholdUpdateMutationVariables>;
export const CoreHouseholdCloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CoreHouseholdClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdCloseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdClose"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CoreHouseholdCloseMutation, CoreHouseholdCloseMutationVariables>;
export const CoreHouseholdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoreHouseholds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeClosed"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"households"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeClosed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeClosed"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<CoreHouseholdsQuery, CoreHouseholdsQueryVariables>;
export const CoreResidentCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CoreResidentCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResidentCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CoreResidentCreateMutation, CoreResidentCreateMutationVariables>;
export const CoreResidentPersonalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoreResidentPersonal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unmasked"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unmasked"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unmasked"}}}]},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]} as unknown as DocumentNode<CoreResidentPersonalQuery, CoreResidentPersonalQueryVariables>;
export const CoreResidentPhoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoreResidentPhone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unmasked"},"value":{"kind":"BooleanValue","value":true}}]}]}}]}}]}}]} as unknown as DocumentNode<CoreResidentPhoneQuery, CoreResidentPhoneQueryVariables>;
export const CoreResidentSensitiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoreResidentSensitive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sensitive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disability"}},{"kind":"Field","name":{"kind":"Name","value":"hardship"}},{"kind":"Field","name":{"kind":"Name","value":"healthNote"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CoreResidentSensitiveQuery, CoreResidentSensitiveQueryVariables>;
export const CoreResidentPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoreResidentPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CoreResidentPageQuery, CoreResidentPageQueryVariables>;
export const CoreConfigureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CoreConfigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityModuleConfigureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityModuleConfigure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CoreConfigureMutation, CoreConfigureMutationVariables>;
export const CouncilConfigureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CouncilConfigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityModuleConfigureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityModuleConfigure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CouncilConfigureMutation, CouncilConfigureMutationVariables>;
export const CouncilCommunityCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CouncilCommunityCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CouncilCommunityCreateMutation, CouncilCommunityCreateMutationVariables>;
export const CouncilLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CouncilLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthLoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CouncilLoginMutation, CouncilLoginMutationVariables>;
export const CouncilMembershipAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CouncilMembershipAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CouncilMembershipAddMutation, CouncilMembershipAddMutationVariables>;
export const CouncilHouseholdCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CouncilHouseholdCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CouncilHouseholdCreateMutation, CouncilHouseholdCreateMutationVariables>;
export const CouncilMembershipsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CouncilMemberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}}]}}]}}]}}]} as unknown as DocumentNode<CouncilMembershipsQuery, CouncilMembershipsQueryVariables>;
export const CouncilHouseholdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CouncilHouseholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"households"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"40"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CouncilHouseholdsQuery, CouncilHouseholdsQueryVariables>;
export const CouncilLevelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CouncilLevels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilLevels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quorumPercent"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"votingUnit"}},{"kind":"Field","name":{"kind":"Name","value":"cadence"}},{"kind":"Field","name":{"kind":"Name","value":"onlineDiscussionOpen"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"allowVoteChange"}}]}}]}}]}}]} as unknown as DocumentNode<CouncilLevelsQuery, CouncilLevelsQueryVariables>;
export const CouncilBodyCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CouncilBodyCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CouncilBodyCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilBodyCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"levelKey"}},{"kind":"Field","name":{"kind":"Name","value":"level"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"index"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"votingUnit"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"quorumPercent"}},{"kind":"Field","name":{"kind":"Name","value":"cadence"}},{"kind":"Field","name":{"kind":"Name","value":"onlineDiscussionOpen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CouncilBodyCreateMutation, CouncilBodyCreateMutationVariables>;
export const CouncilMemberAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CouncilMemberAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CouncilMemberAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilMemberAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CouncilMemberAddMutation, CouncilMemberAddMutationVariables>;
export const CouncilMemberEndDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CouncilMemberEnd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CouncilMemberEndInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilMemberEnd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CouncilMemberEndMutation, CouncilMemberEndMutationVariables>;
export const CouncilTopicRaiseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CouncilTopicRaise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CouncilTopicRaiseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilTopicRaise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CouncilTopicRaiseMutation, CouncilTopicRaiseMutationVariables>;
export const CouncilTopicScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CouncilTopicScreen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CouncilTopicScreenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilTopicScreen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CouncilTopicScreenMutation, CouncilTopicScreenMutationVariables>;
export const CouncilTopicEscalateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CouncilTopicEscalate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CouncilTopicEscalateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilTopicEscalate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"levelKey"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CouncilTopicEscalateMutation, CouncilTopicEscalateMutationVariables>;
export const CouncilTopicResolveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CouncilTopicResolve"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CouncilTopicAdvanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilTopicResolve"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CouncilTopicResolveMutation, CouncilTopicResolveMutationVariables>;
export const CouncilTopicCompleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CouncilTopicComplete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CouncilTopicAdvanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilTopicComplete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CouncilTopicCompleteMutation, CouncilTopicCompleteMutationVariables>;
export const CouncilTopicCloseEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CouncilTopicCloseEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CouncilTopicAdvanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilTopicCloseEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CouncilTopicCloseEvaluationMutation, CouncilTopicCloseEvaluationMutationVariables>;
export const CouncilCommentPostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CouncilCommentPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CouncilCommentPostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilCommentPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CouncilCommentPostMutation, CouncilCommentPostMutationVariables>;
export const CouncilTaskAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CouncilTaskAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CouncilTaskAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilTaskAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CouncilTaskAddMutation, CouncilTaskAddMutationVariables>;
export const CouncilTaskDoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CouncilTaskDone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CouncilTaskDoneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilTaskDone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CouncilTaskDoneMutation, CouncilTaskDoneMutationVariables>;
export const CouncilTopicEvaluateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CouncilTopicEvaluate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CouncilTopicEvaluateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilTopicEvaluate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CouncilTopicEvaluateMutation, CouncilTopicEvaluateMutationVariables>;
export const CouncilVoteOpenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CouncilVoteOpen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CouncilVoteOpenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilVoteOpen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"quorumPercent"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"votingUnit"}},{"kind":"Field","name":{"kind":"Name","value":"allowChange"}},{"kind":"Field","name":{"kind":"Name","value":"options"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CouncilVoteOpenMutation, CouncilVoteOpenMutationVariables>;
export const CouncilVoteCastDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CouncilVoteCast"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CouncilVoteCastInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilVoteCast"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"myChoice"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CouncilVoteCastMutation, CouncilVoteCastMutationVariables>;
export const CouncilVoteEnterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CouncilVoteEnter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CouncilVoteEnterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilVoteEnter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CouncilVoteEnterMutation, CouncilVoteEnterMutationVariables>;
export const CouncilVoteCloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CouncilVoteClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CouncilVoteCloseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilVoteClose"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quorumMet"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"winner"}},{"kind":"Field","name":{"kind":"Name","value":"ballotCount"}},{"kind":"Field","name":{"kind":"Name","value":"tally"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"option"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CouncilVoteCloseMutation, CouncilVoteCloseMutationVariables>;
export const CouncilVoteGetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CouncilVoteGet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilVote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"quorumMet"}},{"kind":"Field","name":{"kind":"Name","value":"ballotCount"}},{"kind":"Field","name":{"kind":"Name","value":"tally"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"option"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ballots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"choice"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"enteredBy"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}}]}}]}}]}}]} as unknown as DocumentNode<CouncilVoteGetQuery, CouncilVoteGetQueryVariables>;
export const CouncilTopicGetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CouncilTopicGet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilTopic"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fundRequestFen"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"levelKey"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"votes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"satisfiedPercent"}}]}}]}}]}}]} as unknown as DocumentNode<CouncilTopicGetQuery, CouncilTopicGetQueryVariables>;
export const CouncilIsoGridUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CouncilIsoGridUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CouncilIsoGridUnitsQuery, CouncilIsoGridUnitsQueryVariables>;
export const CouncilIsoGridUnitCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CouncilIsoGridUnitCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GridUnitCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridUnitCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CouncilIsoGridUnitCreateMutation, CouncilIsoGridUnitCreateMutationVariables>;
export const CouncilIsoMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CouncilIsoMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CouncilMeetingScheduleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilMeetingSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CouncilIsoMeetingMutation, CouncilIsoMeetingMutationVariables>;
export const CouncilIsoHouseholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CouncilIsoHousehold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CouncilIsoHouseholdMutation, CouncilIsoHouseholdMutationVariables>;
export const CouncilIsoMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CouncilIsoMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CouncilIsoMemberMutation, CouncilIsoMemberMutationVariables>;
export const CouncilPermBodiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CouncilPermBodies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilBodies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<CouncilPermBodiesQuery, CouncilPermBodiesQueryVariables>;
export const CouncilPermMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CouncilPermMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CouncilMeetingScheduleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilMeetingSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CouncilPermMeetingMutation, CouncilPermMeetingMutationVariables>;
export const CouncilPermAttendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CouncilPermAttend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CouncilMeetingAttendInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilMeetingAttend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CouncilPermAttendMutation, CouncilPermAttendMutationVariables>;
export const CouncilPermDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CouncilPermDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CouncilDocumentPublishInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilDocumentPublish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CouncilPermDocumentMutation, CouncilPermDocumentMutationVariables>;
export const CouncilPermCommunityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CouncilPermCommunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CouncilPermCommunityQuery, CouncilPermCommunityQueryVariables>;
export const CouncilPermCompleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CouncilPermComplete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CouncilTopicAdvanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilTopicComplete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CouncilPermCompleteMutation, CouncilPermCompleteMutationVariables>;
export const CouncilPermBodyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CouncilPermBody"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CouncilBodyCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilBodyCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CouncilPermBodyMutation, CouncilPermBodyMutationVariables>;
export const CouncilMeetingScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CouncilMeetingSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CouncilMeetingScheduleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilMeetingSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CouncilMeetingScheduleMutation, CouncilMeetingScheduleMutationVariables>;
export const CouncilAttendanceRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CouncilAttendanceRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CouncilAttendanceRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilAttendanceRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CouncilAttendanceRecordMutation, CouncilAttendanceRecordMutationVariables>;
export const CouncilMeetingAttendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CouncilMeetingAttend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CouncilMeetingAttendInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilMeetingAttend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CouncilMeetingAttendMutation, CouncilMeetingAttendMutationVariables>;
export const CouncilMeetingCloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CouncilMeetingClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CouncilMeetingCloseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilMeetingClose"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"isMember"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CouncilMeetingCloseMutation, CouncilMeetingCloseMutationVariables>;
export const CouncilDocumentPublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CouncilDocumentPublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CouncilDocumentPublishInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilDocumentPublish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CouncilDocumentPublishMutation, CouncilDocumentPublishMutationVariables>;
export const CouncilBodyDocsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CouncilBodyDocs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"all"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilBody"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextMeetingDue"}},{"kind":"Field","name":{"kind":"Name","value":"votingSeats"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allVersions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"all"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<CouncilBodyDocsQuery, CouncilBodyDocsQueryVariables>;
export const CouncilStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CouncilStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"topicsRaised"}},{"kind":"Field","name":{"kind":"Name","value":"topicsDecided"}},{"kind":"Field","name":{"kind":"Name","value":"topicsDone"}},{"kind":"Field","name":{"kind":"Name","value":"averageDaysToDone"}},{"kind":"Field","name":{"kind":"Name","value":"participationPercent"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"levelKey"}},{"kind":"Field","name":{"kind":"Name","value":"meetingsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"topicsRaised"}},{"kind":"Field","name":{"kind":"Name","value":"topicsDecided"}},{"kind":"Field","name":{"kind":"Name","value":"topicsDone"}}]}}]}}]}}]} as unknown as DocumentNode<CouncilStatsQuery, CouncilStatsQueryVariables>;
export const CouncilChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CouncilChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}}]}}]} as unknown as DocumentNode<CouncilChangesQuery, CouncilChangesQueryVariables>;
export const CouncilBaojiConfigureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CouncilBaojiConfigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityModuleConfigureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityModuleConfigure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CouncilBaojiConfigureMutation, CouncilBaojiConfigureMutationVariables>;
export const CouncilDispatchTopicsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CouncilDispatchTopics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bodyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilTopics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bodyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bodyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}}]} as unknown as DocumentNode<CouncilDispatchTopicsQuery, CouncilDispatchTopicsQueryVariables>;
export const CouncilRemindDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CouncilRemind"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CouncilMeetingRemindInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilMeetingRemind"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<CouncilRemindMutation, CouncilRemindMutationVariables>;
export const CouncilCadenceConfigureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CouncilCadenceConfigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityModuleConfigureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityModuleConfigure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CouncilCadenceConfigureMutation, CouncilCadenceConfigureMutationVariables>;
export const DispatchGridUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DispatchGridUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GridUnitCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridUnitCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DispatchGridUnitMutation, DispatchGridUnitMutationVariables>;
export const DispatchGridDutyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DispatchGridDuty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GridDutyAssignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridDutyAssign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DispatchGridDutyMutation, DispatchGridDutyMutationVariables>;
export const DispatchGridPlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DispatchGridPlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GridHouseholdPlaceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridHouseholdPlace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DispatchGridPlaceMutation, DispatchGridPlaceMutationVariables>;
export const DispatchGridHouseholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DispatchGridHousehold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DispatchGridHouseholdMutation, DispatchGridHouseholdMutationVariables>;
export const DispatchBoardPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DispatchBoardPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grid"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispatchBoard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"grid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grid"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"gridUnit"}},{"kind":"Field","name":{"kind":"Name","value":"takerName"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DispatchBoardPageQuery, DispatchBoardPageQueryVariables>;
export const DispatchBoardPagedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DispatchBoardPaged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispatchBoard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<DispatchBoardPagedQuery, DispatchBoardPagedQueryVariables>;
export const DispatchConfigureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DispatchConfigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityModuleConfigureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityModuleConfigure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DispatchConfigureMutation, DispatchConfigureMutationVariables>;
export const DispatchMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DispatchMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]}}]} as unknown as DocumentNode<DispatchMembersQuery, DispatchMembersQueryVariables>;
export const DispatchResidentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DispatchResidents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DispatchResidentsQuery, DispatchResidentsQueryVariables>;
export const DispatchCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DispatchCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRequestCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRequestCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"onBehalf"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"gridUnit"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DispatchCreateMutation, DispatchCreateMutationVariables>;
export const DispatchDispatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DispatchDispatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRequestDispatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRequestDispatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"route"}},{"kind":"Field","name":{"kind":"Name","value":"takerName"}},{"kind":"Field","name":{"kind":"Name","value":"assistantIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DispatchDispatchMutation, DispatchDispatchMutationVariables>;
export const DispatchClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DispatchClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRequestIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRequestClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"takerName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DispatchClaimMutation, DispatchClaimMutationVariables>;
export const DispatchNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DispatchNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRequestNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRequestNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DispatchNoteMutation, DispatchNoteMutationVariables>;
export const DispatchHandOverDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DispatchHandOver"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRequestHandOverInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRequestHandOver"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"takerName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DispatchHandOverMutation, DispatchHandOverMutationVariables>;
export const DispatchEscalateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DispatchEscalate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRequestEscalateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRequestEscalate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"escalationTarget"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DispatchEscalateMutation, DispatchEscalateMutationVariables>;
export const DispatchAnswerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DispatchAnswer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRequestNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRequestEscalationAnswer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"escalationAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DispatchAnswerMutation, DispatchAnswerMutationVariables>;
export const DispatchResolveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DispatchResolve"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRequestResolveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRequestResolve"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DispatchResolveMutation, DispatchResolveMutationVariables>;
export const DispatchRateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DispatchRate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRequestRateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRequestRate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DispatchRateMutation, DispatchRateMutationVariables>;
export const DispatchReopenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DispatchReopen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRequestNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRequestReopen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"takerName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DispatchReopenMutation, DispatchReopenMutationVariables>;
export const DispatchCancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DispatchCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRequestNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRequestCancel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DispatchCancelMutation, DispatchCancelMutationVariables>;
export const DispatchRejectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DispatchReject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRequestNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRequestReject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DispatchRejectMutation, DispatchRejectMutationVariables>;
export const DispatchMergeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DispatchMerge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRequestMergeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRequestMerge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mergedInto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DispatchMergeMutation, DispatchMergeMutationVariables>;
export const DispatchGetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DispatchGet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"route"}},{"kind":"Field","name":{"kind":"Name","value":"takerName"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"log"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<DispatchGetQuery, DispatchGetQueryVariables>;
export const DispatchListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DispatchList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mine"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRequestStatus"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"mine"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mine"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<DispatchListQuery, DispatchListQueryVariables>;
export const DispatchIsoLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DispatchIsoLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthLoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}}]}}]}}]} as unknown as DocumentNode<DispatchIsoLoginMutation, DispatchIsoLoginMutationVariables>;
export const DispatchIsoCommunityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DispatchIsoCommunity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DispatchIsoCommunityMutation, DispatchIsoCommunityMutationVariables>;
export const DispatchIsoMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DispatchIsoMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DispatchIsoMemberMutation, DispatchIsoMemberMutationVariables>;
export const DispatchIsoBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DispatchIsoBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grid"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispatchBoard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"grid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<DispatchIsoBoardQuery, DispatchIsoBoardQueryVariables>;
export const DispatchIsoUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DispatchIsoUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GridUnitCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridUnitCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DispatchIsoUnitMutation, DispatchIsoUnitMutationVariables>;
export const DispatchRaceMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DispatchRaceMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DispatchRaceMemberMutation, DispatchRaceMemberMutationVariables>;
export const DispatchMetricsPeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DispatchMetricsPeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispatchMetrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gridRanking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridUnit"}},{"kind":"Field","name":{"kind":"Name","value":"received"}}]}}]}}]}}]} as unknown as DocumentNode<DispatchMetricsPeriodQuery, DispatchMetricsPeriodQueryVariables>;
export const EvHouseholdCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvHouseholdCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<EvHouseholdCreateMutation, EvHouseholdCreateMutationVariables>;
export const EvChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasMore"}}]}}]}}]} as unknown as DocumentNode<EvChangesQuery, EvChangesQueryVariables>;
export const EvLiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"EvLive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EvLiveSubscription, EvLiveSubscriptionVariables>;
export const FundFxEnableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FundFxEnable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityModuleConfigureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityModuleConfigure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FundFxEnableMutation, FundFxEnableMutationVariables>;
export const FundFxMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundFxMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FundFxMembersQuery, FundFxMembersQueryVariables>;
export const FundFxAddMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FundFxAddMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FundFxAddMemberMutation, FundFxAddMemberMutationVariables>;
export const FundFxForcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FundFxForces"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SocialOrganizationCreateInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CharityResourceCreateInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CharityResourceCreateInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"u"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CobuildingUnitCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"socialOrganizationCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"socialOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"named"},"name":{"kind":"Name","value":"charityResourceCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"charityResource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"anon"},"name":{"kind":"Name","value":"charityResourceCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"charityResource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cobuildingUnitCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"u"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cobuildingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<FundFxForcesMutation, FundFxForcesMutationVariables>;
export const FundCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FundCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FundCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"balanceFen"}},{"kind":"Field","name":{"kind":"Name","value":"custodian"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FundCreateMutation, FundCreateMutationVariables>;
export const FundUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FundUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FundUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"roster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FundUpdateMutation, FundUpdateMutationVariables>;
export const FundGetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundGet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fund"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"balanceFen"}},{"kind":"Field","name":{"kind":"Name","value":"goodsValuationFen"}},{"kind":"Field","name":{"kind":"Name","value":"incomeFen"}},{"kind":"Field","name":{"kind":"Name","value":"spentFen"}},{"kind":"Field","name":{"kind":"Name","value":"receiptsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDonation"}},{"kind":"Field","name":{"kind":"Name","value":"pledge"}},{"kind":"Field","name":{"kind":"Name","value":"requestDisbursement"}},{"kind":"Field","name":{"kind":"Name","value":"approve"}},{"kind":"Field","name":{"kind":"Name","value":"pay"}},{"kind":"Field","name":{"kind":"Name","value":"manage"}},{"kind":"Field","name":{"kind":"Name","value":"seeDonors"}}]}}]}}]}}]} as unknown as DocumentNode<FundGetQuery, FundGetQueryVariables>;
export const FundRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FundRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FundDonationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundDonationRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"donation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"donorName"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FundRecordMutation, FundRecordMutationVariables>;
export const FundPledgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FundPledge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FundDonationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundPledgeCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"donation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"donorName"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fulfil"}},{"kind":"Field","name":{"kind":"Name","value":"cancel"}},{"kind":"Field","name":{"kind":"Name","value":"refund"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FundPledgeMutation, FundPledgeMutationVariables>;
export const FundFulfilDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FundFulfil"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FundPledgeFulfilInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundPledgeFulfil"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"donation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FundFulfilMutation, FundFulfilMutationVariables>;
export const FundPledgeCancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FundPledgeCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FundPledgeCancelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundPledgeCancel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"donation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FundPledgeCancelMutation, FundPledgeCancelMutationVariables>;
export const FundRefundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FundRefund"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FundDonationRefundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundDonationRefund"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"donation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"refundedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FundRefundMutation, FundRefundMutationVariables>;
export const FundRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FundRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FundDisbursementRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundDisbursementRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disbursement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approvalsRequired"}},{"kind":"Field","name":{"kind":"Name","value":"councilRequired"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FundRequestMutation, FundRequestMutationVariables>;
export const FundApproveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FundApprove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FundDisbursementApproveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundDisbursementApprove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disbursement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approvalsCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FundApproveMutation, FundApproveMutationVariables>;
export const FundRejectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FundReject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FundDisbursementCloseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundDisbursementReject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disbursement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FundRejectMutation, FundRejectMutationVariables>;
export const FundCancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FundCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FundDisbursementCloseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundDisbursementCancel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disbursement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FundCancelMutation, FundCancelMutationVariables>;
export const FundPayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FundPay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FundDisbursementPayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundDisbursementPay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disbursement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FundPayMutation, FundPayMutationVariables>;
export const FundStatementQDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundStatementQ"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fundId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundName"}},{"kind":"Field","name":{"kind":"Name","value":"openingBalanceFen"}},{"kind":"Field","name":{"kind":"Name","value":"incomeFen"}},{"kind":"Field","name":{"kind":"Name","value":"goodsFen"}},{"kind":"Field","name":{"kind":"Name","value":"spendingFen"}},{"kind":"Field","name":{"kind":"Name","value":"closingBalanceFen"}},{"kind":"Field","name":{"kind":"Name","value":"income"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"donor"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"moneyFen"}},{"kind":"Field","name":{"kind":"Name","value":"goodsFen"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spending"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"purposeName"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"csv"}}]}}]}}]} as unknown as DocumentNode<FundStatementQQuery, FundStatementQQueryVariables>;
export const FundMatrixPermsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundMatrixPerms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"d"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fund"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDonation"}},{"kind":"Field","name":{"kind":"Name","value":"pledge"}},{"kind":"Field","name":{"kind":"Name","value":"requestDisbursement"}},{"kind":"Field","name":{"kind":"Name","value":"approve"}},{"kind":"Field","name":{"kind":"Name","value":"pay"}},{"kind":"Field","name":{"kind":"Name","value":"manage"}},{"kind":"Field","name":{"kind":"Name","value":"seeDonors"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"d"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundDisbursement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approve"}},{"kind":"Field","name":{"kind":"Name","value":"reject"}},{"kind":"Field","name":{"kind":"Name","value":"cancel"}},{"kind":"Field","name":{"kind":"Name","value":"pay"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FundMatrixPermsQuery, FundMatrixPermsQueryVariables>;
export const FundMatrixAnonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundMatrixAnon"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundDonations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fundId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"donorName"}}]}}]}}]}}]} as unknown as DocumentNode<FundMatrixAnonQuery, FundMatrixAnonQueryVariables>;
export const FundMatrixCommunityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FundMatrixCommunity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<FundMatrixCommunityMutation, FundMatrixCommunityMutationVariables>;
export const FundMatrixLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FundMatrixLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthLoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}}]}}]}}]} as unknown as DocumentNode<FundMatrixLoginMutation, FundMatrixLoginMutationVariables>;
export const FundMatrixAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FundMatrixAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<FundMatrixAddMutation, FundMatrixAddMutationVariables>;
export const FundRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundDisbursements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fundId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approvalsCount"}},{"kind":"Field","name":{"kind":"Name","value":"requesterName"}},{"kind":"Field","name":{"kind":"Name","value":"purposeName"}},{"kind":"Field","name":{"kind":"Name","value":"approvalEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approverName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approve"}},{"kind":"Field","name":{"kind":"Name","value":"reject"}},{"kind":"Field","name":{"kind":"Name","value":"cancel"}},{"kind":"Field","name":{"kind":"Name","value":"pay"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FundRequestsQuery, FundRequestsQueryVariables>;
export const FundDonationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundDonations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mine"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundDonations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fundId"}}},{"kind":"Argument","name":{"kind":"Name","value":"mine"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mine"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"donorName"}},{"kind":"Field","name":{"kind":"Name","value":"donorType"}},{"kind":"Field","name":{"kind":"Name","value":"donorId"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}}]}}]}}]}}]} as unknown as DocumentNode<FundDonationsQuery, FundDonationsQueryVariables>;
export const FundNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundDisbursement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundDonation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Fund"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<FundNodeQuery, FundNodeQueryVariables>;
export const FundListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<FundListQuery, FundListQueryVariables>;
export const FundDisableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FundDisable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityModuleConfigureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityModuleConfigure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<FundDisableMutation, FundDisableMutationVariables>;
export const FundReEnableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FundReEnable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityModuleConfigureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityModuleConfigure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<FundReEnableMutation, FundReEnableMutationVariables>;
export const FundIsoLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FundIsoLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthLoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}}]}}]}}]} as unknown as DocumentNode<FundIsoLoginMutation, FundIsoLoginMutationVariables>;
export const FundIsoCommunityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FundIsoCommunity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<FundIsoCommunityMutation, FundIsoCommunityMutationVariables>;
export const FundIsoMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FundIsoMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<FundIsoMemberMutation, FundIsoMemberMutationVariables>;
export const FundIsoEnableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FundIsoEnable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityModuleConfigureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityModuleConfigure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<FundIsoEnableMutation, FundIsoEnableMutationVariables>;
export const FundIsoForcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FundIsoForces"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SocialOrganizationCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"socialOrganizationCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"socialOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<FundIsoForcesMutation, FundIsoForcesMutationVariables>;
export const FundIsoMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundIsoMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}}]}}]}}]}}]} as unknown as DocumentNode<FundIsoMembersQuery, FundIsoMembersQueryVariables>;
export const FundIsoRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FundIsoRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FundDisbursementRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundDisbursementRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disbursement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"councilTopicId"}},{"kind":"Field","name":{"kind":"Name","value":"approvalsRequired"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<FundIsoRequestMutation, FundIsoRequestMutationVariables>;
export const GridCareConfigureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GridCareConfigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityModuleConfigureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityModuleConfigure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<GridCareConfigureMutation, GridCareConfigureMutationVariables>;
export const GridCareResidentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridCareResidents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GridCareResidentsQuery, GridCareResidentsQueryVariables>;
export const GridCareMembershipsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridCareMemberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}}]}}]}}]}}]} as unknown as DocumentNode<GridCareMembershipsQuery, GridCareMembershipsQueryVariables>;
export const GridCareEnrollDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GridCareEnroll"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GridCareMemberEnrollInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridCareMemberEnroll"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridCareMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"visitEveryDays"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<GridCareEnrollMutation, GridCareEnrollMutationVariables>;
export const GridCareUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GridCareUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GridCareMemberUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridCareMemberUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridCareMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<GridCareUpdateMutation, GridCareUpdateMutationVariables>;
export const GridCareEndDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GridCareEnd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GridCareMemberEndInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridCareMemberEnd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridCareMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<GridCareEndMutation, GridCareEndMutationVariables>;
export const GridCareVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GridCareVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GridCareVisitRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridCareVisitRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridCareVisit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindName"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<GridCareVisitMutation, GridCareVisitMutationVariables>;
export const GridCareListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridCareList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdueOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mine"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridCareMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"overdueOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdueOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"mine"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mine"}}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GridCareListQuery, GridCareListQueryVariables>;
export const GridCareOneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridCareOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridCareMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<GridCareOneQuery, GridCareOneQueryVariables>;
export const GridCareNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridCareNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridCareMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}}]}}]}}]} as unknown as DocumentNode<GridCareNodeQuery, GridCareNodeQueryVariables>;
export const GridCareCoverageQDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridCareCoverageQ"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridCareCoverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"withResponsible"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]} as unknown as DocumentNode<GridCareCoverageQQuery, GridCareCoverageQQueryVariables>;
export const GridCareNotifyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GridCareNotify"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridCareOverdueNotify"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notified"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<GridCareNotifyMutation, GridCareNotifyMutationVariables>;
export const GridCareFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridCareFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"h"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridHouseholdFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"household"},"value":{"kind":"Variable","name":{"kind":"Name","value":"h"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"careMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}}]}}]} as unknown as DocumentNode<GridCareFileQuery, GridCareFileQueryVariables>;
export const GridCareMetricsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridCareMetrics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridMetrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<GridCareMetricsQuery, GridCareMetricsQueryVariables>;
export const GridImportConfigureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GridImportConfigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityModuleConfigureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityModuleConfigure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<GridImportConfigureMutation, GridImportConfigureMutationVariables>;
export const GridImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GridImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GridImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"residents"}},{"kind":"Field","name":{"kind":"Name","value":"placements"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<GridImportMutation, GridImportMutationVariables>;
export const GridImportTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridImportTree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"householdCount"}}]}}]}}]}}]} as unknown as DocumentNode<GridImportTreeQuery, GridImportTreeQueryVariables>;
export const GridIsoLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GridIsoLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthLoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}}]}}]}}]} as unknown as DocumentNode<GridIsoLoginMutation, GridIsoLoginMutationVariables>;
export const GridIsoCommunityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GridIsoCommunity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<GridIsoCommunityMutation, GridIsoCommunityMutationVariables>;
export const GridIsoMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GridIsoMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<GridIsoMemberMutation, GridIsoMemberMutationVariables>;
export const GridIsoConfigureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GridIsoConfigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityModuleConfigureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityModuleConfigure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<GridIsoConfigureMutation, GridIsoConfigureMutationVariables>;
export const GridIsoHouseholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GridIsoHousehold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<GridIsoHouseholdMutation, GridIsoHouseholdMutationVariables>;
export const GridIsoResidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GridIsoResident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResidentCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<GridIsoResidentMutation, GridIsoResidentMutationVariables>;
export const GridIsoUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridIsoUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"households"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<GridIsoUnitQuery, GridIsoUnitQueryVariables>;
export const GridIsoUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridIsoUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parent"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<GridIsoUnitsQuery, GridIsoUnitsQueryVariables>;
export const GridIsoPathDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridIsoPath"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridHouseholdPath"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"household"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<GridIsoPathQuery, GridIsoPathQueryVariables>;
export const GridIsoResponsibleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridIsoResponsible"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridResponsible"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"household"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holderName"}}]}}]}}]} as unknown as DocumentNode<GridIsoResponsibleQuery, GridIsoResponsibleQueryVariables>;
export const GridIsoFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridIsoFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridHouseholdFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"household"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<GridIsoFileQuery, GridIsoFileQueryVariables>;
export const GridIsoCoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridIsoCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roleGapCount"}},{"kind":"Field","name":{"kind":"Name","value":"householdsWithoutResponsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<GridIsoCoverageQuery, GridIsoCoverageQueryVariables>;
export const GridIsoCareMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridIsoCareMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridCareMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}}]}}]} as unknown as DocumentNode<GridIsoCareMemberQuery, GridIsoCareMemberQueryVariables>;
export const GridIsoCareMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridIsoCareMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridCareMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}}]}}]}}]} as unknown as DocumentNode<GridIsoCareMembersQuery, GridIsoCareMembersQueryVariables>;
export const GridIsoUnitCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GridIsoUnitCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GridUnitCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridUnitCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<GridIsoUnitCreateMutation, GridIsoUnitCreateMutationVariables>;
export const GridIsoUnitUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GridIsoUnitUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GridUnitUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridUnitUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<GridIsoUnitUpdateMutation, GridIsoUnitUpdateMutationVariables>;
export const GridIsoUnitMoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GridIsoUnitMove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GridUnitMoveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridUnitMove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<GridIsoUnitMoveMutation, GridIsoUnitMoveMutationVariables>;
export const GridIsoPlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GridIsoPlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GridHouseholdPlaceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridHouseholdPlace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridPlacement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<GridIsoPlaceMutation, GridIsoPlaceMutationVariables>;
export const GridIsoDutyAssignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GridIsoDutyAssign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GridDutyAssignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridDutyAssign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridDuty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<GridIsoDutyAssignMutation, GridIsoDutyAssignMutationVariables>;
export const GridIsoDutyEndDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GridIsoDutyEnd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GridDutyEndInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridDutyEnd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridDuty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<GridIsoDutyEndMutation, GridIsoDutyEndMutationVariables>;
export const GridIsoEnrollDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GridIsoEnroll"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GridCareMemberEnrollInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridCareMemberEnroll"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridCareMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<GridIsoEnrollMutation, GridIsoEnrollMutationVariables>;
export const GridIsoCareUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GridIsoCareUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GridCareMemberUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridCareMemberUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridCareMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<GridIsoCareUpdateMutation, GridIsoCareUpdateMutationVariables>;
export const GridIsoCareEndDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GridIsoCareEnd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GridCareMemberEndInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridCareMemberEnd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridCareMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<GridIsoCareEndMutation, GridIsoCareEndMutationVariables>;
export const GridIsoVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GridIsoVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GridCareVisitRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridCareVisitRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridCareVisit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<GridIsoVisitMutation, GridIsoVisitMutationVariables>;
export const GridIsoExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GridIsoExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GridExportCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridExportCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"export"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"csv"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<GridIsoExportMutation, GridIsoExportMutationVariables>;
export const GridIsoEnrollBDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GridIsoEnrollB"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GridCareMemberEnrollInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridCareMemberEnroll"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridCareMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<GridIsoEnrollBMutation, GridIsoEnrollBMutationVariables>;
export const GridMatrixCommunityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridMatrixCommunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<GridMatrixCommunityQuery, GridMatrixCommunityQueryVariables>;
export const GridMatrixConfigureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GridMatrixConfigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityModuleConfigureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityModuleConfigure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<GridMatrixConfigureMutation, GridMatrixConfigureMutationVariables>;
export const GridMatrixUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridMatrixUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<GridMatrixUnitsQuery, GridMatrixUnitsQueryVariables>;
export const GridMatrixUnitCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GridMatrixUnitCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GridUnitCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridUnitCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<GridMatrixUnitCreateMutation, GridMatrixUnitCreateMutationVariables>;
export const GridMatrixPlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GridMatrixPlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GridHouseholdPlaceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridHouseholdPlace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridPlacement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<GridMatrixPlaceMutation, GridMatrixPlaceMutationVariables>;
export const GridMatrixNodeUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridMatrixNodeUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<GridMatrixNodeUnitQuery, GridMatrixNodeUnitQueryVariables>;
export const GridMatrixResponsibleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridMatrixResponsible"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"h"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridResponsible"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"household"},"value":{"kind":"Variable","name":{"kind":"Name","value":"h"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<GridMatrixResponsibleQuery, GridMatrixResponsibleQueryVariables>;
export const GridMatrixDutyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GridMatrixDuty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GridDutyAssignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridDutyAssign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridDuty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<GridMatrixDutyMutation, GridMatrixDutyMutationVariables>;
export const GridMatrixCoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridMatrixCoverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridCoverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roleGapCount"}}]}}]}}]} as unknown as DocumentNode<GridMatrixCoverageQuery, GridMatrixCoverageQueryVariables>;
export const GridMatrixFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridMatrixFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"h"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridHouseholdFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"household"},"value":{"kind":"Variable","name":{"kind":"Name","value":"h"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]}}]} as unknown as DocumentNode<GridMatrixFileQuery, GridMatrixFileQueryVariables>;
export const GridMatrixCareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridMatrixCare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridCareMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<GridMatrixCareQuery, GridMatrixCareQueryVariables>;
export const GridMatrixCareNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridMatrixCareNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<GridMatrixCareNodeQuery, GridMatrixCareNodeQueryVariables>;
export const GridMatrixEnrollDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GridMatrixEnroll"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GridCareMemberEnrollInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridCareMemberEnroll"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridCareMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<GridMatrixEnrollMutation, GridMatrixEnrollMutationVariables>;
export const GridMatrixVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GridMatrixVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GridCareVisitRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridCareVisitRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridCareVisit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<GridMatrixVisitMutation, GridMatrixVisitMutationVariables>;
export const GridMatrixImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GridMatrixImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GridImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applied"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<GridMatrixImportMutation, GridMatrixImportMutationVariables>;
export const GridMatrixExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GridMatrixExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GridExportCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridExportCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"export"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"csv"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<GridMatrixExportMutation, GridMatrixExportMutationVariables>;
export const GridConfigureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GridConfigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityModuleConfigureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityModuleConfigure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<GridConfigureMutation, GridConfigureMutationVariables>;
export const GridTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridTree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parent"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parent"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parent"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelName"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"hasChildren"}},{"kind":"Field","name":{"kind":"Name","value":"householdCount"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GridTreeQuery, GridTreeQueryVariables>;
export const GridUnitPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridUnitPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deep"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"households"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeDescendants"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deep"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"residents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"duties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GridUnitPeopleQuery, GridUnitPeopleQueryVariables>;
export const GridPathDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridPath"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"h"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridHouseholdPath"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"household"},"value":{"kind":"Variable","name":{"kind":"Name","value":"h"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"levelName"}}]}}]}}]} as unknown as DocumentNode<GridPathQuery, GridPathQueryVariables>;
export const GridCoreHouseholdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridCoreHouseholds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"households"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"building"}}]}}]}}]}}]} as unknown as DocumentNode<GridCoreHouseholdsQuery, GridCoreHouseholdsQueryVariables>;
export const GridMembershipsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridMemberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}}]}}]}}]}}]} as unknown as DocumentNode<GridMembershipsQuery, GridMembershipsQueryVariables>;
export const GridUnitCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GridUnitCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GridUnitCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridUnitCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"outline"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<GridUnitCreateMutation, GridUnitCreateMutationVariables>;
export const GridUnitUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GridUnitUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GridUnitUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridUnitUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<GridUnitUpdateMutation, GridUnitUpdateMutationVariables>;
export const GridUnitMoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GridUnitMove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GridUnitMoveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridUnitMove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<GridUnitMoveMutation, GridUnitMoveMutationVariables>;
export const GridPlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GridPlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GridHouseholdPlaceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridHouseholdPlace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridPlacement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<GridPlaceMutation, GridPlaceMutationVariables>;
export const GridDutyAssignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GridDutyAssign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GridDutyAssignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridDutyAssign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridDuty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<GridDutyAssignMutation, GridDutyAssignMutationVariables>;
export const GridDutyEndDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GridDutyEnd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GridDutyEndInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridDutyEnd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridDuty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<GridDutyEndMutation, GridDutyEndMutationVariables>;
export const GridResponsibleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridResponsible"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"h"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridResponsible"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"household"},"value":{"kind":"Variable","name":{"kind":"Name","value":"h"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<GridResponsibleQuery, GridResponsibleQueryVariables>;
export const GridCoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unit"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roleGapCount"}},{"kind":"Field","name":{"kind":"Name","value":"roleGaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"householdsWithoutResponsibleCount"}},{"kind":"Field","name":{"kind":"Name","value":"householdsWithoutResponsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unplacedHouseholdCount"}}]}}]}}]} as unknown as DocumentNode<GridCoverageQuery, GridCoverageQueryVariables>;
export const GridFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"h"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridHouseholdFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"household"},"value":{"kind":"Variable","name":{"kind":"Name","value":"h"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"path"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roleName"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"careMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]} as unknown as DocumentNode<GridFileQuery, GridFileQueryVariables>;
export const GridMetricsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridMetrics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridMetrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<GridMetricsQuery, GridMetricsQueryVariables>;
export const GridExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GridExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GridExportCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridExportCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"export"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"csv"}},{"kind":"Field","name":{"kind":"Name","value":"log"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"exportedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<GridExportMutation, GridExportMutationVariables>;
export const GridExportLogsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridExportLogs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridExportLogs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}}]}}]}}]}}]} as unknown as DocumentNode<GridExportLogsQuery, GridExportLogsQueryVariables>;
export const HttpMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HttpMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}}]}}]}}]} as unknown as DocumentNode<HttpMeQuery, HttpMeQueryVariables>;
export const LifeLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LifeLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthLoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<LifeLoginMutation, LifeLoginMutationVariables>;
export const LifeCommunityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LifeCommunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LifeCommunityQuery, LifeCommunityQueryVariables>;
export const LifeCommunitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LifeCommunities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LifeCommunitiesQuery, LifeCommunitiesQueryVariables>;
export const LifeResidentCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LifeResidentCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResidentCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<LifeResidentCreateMutation, LifeResidentCreateMutationVariables>;
export const LifeResidentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LifeResidents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LifeResidentsQuery, LifeResidentsQueryVariables>;
export const LogResidentCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogResidentCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResidentCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LogResidentCreateMutation, LogResidentCreateMutationVariables>;
export const LogResidentUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogResidentUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResidentUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LogResidentUpdateMutation, LogResidentUpdateMutationVariables>;
export const LogResidentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LogResidents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unmasked"},"value":{"kind":"BooleanValue","value":true}}]},{"kind":"Field","name":{"kind":"Name","value":"phone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unmasked"},"value":{"kind":"BooleanValue","value":true}}]}]}}]}}]}}]}}]} as unknown as DocumentNode<LogResidentsQuery, LogResidentsQueryVariables>;
export const NestRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NestRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityModuleConfigureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityModuleConfigure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<NestRevokeMutation, NestRevokeMutationVariables>;
export const NestHouseholdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NestHouseholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"households"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NestHouseholdsQuery, NestHouseholdsQueryVariables>;
export const NestResidentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NestResidents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NestResidentsQuery, NestResidentsQueryVariables>;
export const PermCommunityReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PermCommunityRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PermCommunityReadQuery, PermCommunityReadQueryVariables>;
export const PermCommunityUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PermCommunityUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"d"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"description"},"value":{"kind":"Variable","name":{"kind":"Name","value":"d"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PermCommunityUpdateMutation, PermCommunityUpdateMutationVariables>;
export const PermModuleConfigureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PermModuleConfigure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityModuleConfigure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"moduleKey"},"value":{"kind":"StringValue","value":"core","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"settings"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"householdNumberPrefix"},"value":{"kind":"StringValue","value":"JQ","block":false}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PermModuleConfigureMutation, PermModuleConfigureMutationVariables>;
export const PermMembershipReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PermMembershipRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<PermMembershipReadQuery, PermMembershipReadQueryVariables>;
export const PermMembershipManageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PermMembershipManage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"login"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"login"},"value":{"kind":"Variable","name":{"kind":"Name","value":"login"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"displayName"},"value":{"kind":"StringValue","value":"矩阵","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"password"},"value":{"kind":"StringValue","value":"matrix-pass","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"roles"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"RESIDENT"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PermMembershipManageMutation, PermMembershipManageMutationVariables>;
export const PermHouseholdReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PermHouseholdRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"households"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<PermHouseholdReadQuery, PermHouseholdReadQueryVariables>;
export const PermHouseholdWriteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PermHouseholdWrite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"n"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"n"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"address"},"value":{"kind":"StringValue","value":"矩阵小区","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PermHouseholdWriteMutation, PermHouseholdWriteMutationVariables>;
export const PermResidentReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PermResidentRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PermResidentReadQuery, PermResidentReadQueryVariables>;
export const PermResidentWriteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PermResidentWrite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"phone"},"value":{"kind":"StringValue","value":"13800001111","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PermResidentWriteMutation, PermResidentWriteMutationVariables>;
export const PermResidentPersonalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PermResidentPersonal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unmasked"},"value":{"kind":"BooleanValue","value":true}}]}]}}]}}]}}]} as unknown as DocumentNode<PermResidentPersonalQuery, PermResidentPersonalQueryVariables>;
export const PermResidentSensitiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PermResidentSensitive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sensitive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disability"}},{"kind":"Field","name":{"kind":"Name","value":"hardship"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PermResidentSensitiveQuery, PermResidentSensitiveQueryVariables>;
export const PermForcesReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PermForcesRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"socialOrganizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PermForcesReadQuery, PermForcesReadQueryVariables>;
export const PermForcesManageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PermForcesManage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteerCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PermForcesManageMutation, PermForcesManageMutationVariables>;
export const PermApiKeyManageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PermApiKeyManage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeyCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"矩阵","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"permissions"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"core.community.read","block":false}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PermApiKeyManageMutation, PermApiKeyManageMutationVariables>;
export const PermCommunityIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PermCommunityId"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PermCommunityIdQuery, PermCommunityIdQueryVariables>;
export const PermConfigureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PermConfigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityModuleConfigureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityModuleConfigure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<PermConfigureMutation, PermConfigureMutationVariables>;
export const PermHouseholdMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PermHouseholdMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"households"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PermHouseholdMembersQuery, PermHouseholdMembersQueryVariables>;
export const PlugConfigureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlugConfigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityModuleConfigureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityModuleConfigure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"settings"}},{"kind":"Field","name":{"kind":"Name","value":"overrides"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PlugConfigureMutation, PlugConfigureMutationVariables>;
export const PlugNoticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlugNotices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"}}]}}]}}]}}]} as unknown as DocumentNode<PlugNoticesQuery, PlugNoticesQueryVariables>;
export const PlugPublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlugPublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NoticePublishInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noticePublish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<PlugPublishMutation, PlugPublishMutationVariables>;
export const PlugHouseholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlugHousehold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PlugHouseholdMutation, PlugHouseholdMutationVariables>;
export const PlugModulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlugModules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"settings"}}]}}]}}]}}]} as unknown as DocumentNode<PlugModulesQuery, PlugModulesQueryVariables>;
export const PointsRaceConfigureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PointsRaceConfigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityModuleConfigureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityModuleConfigure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PointsRaceConfigureMutation, PointsRaceConfigureMutationVariables>;
export const PointsRaceHouseholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PointsRaceHousehold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PointsRaceHouseholdMutation, PointsRaceHouseholdMutationVariables>;
export const PointsRaceAdjustDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PointsRaceAdjust"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PointsAdjustInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsAdjust"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PointsRaceAdjustMutation, PointsRaceAdjustMutationVariables>;
export const PointsRaceItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PointsRaceItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PointsItemCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsItemCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PointsRaceItemMutation, PointsRaceItemMutationVariables>;
export const PointsRaceRedeemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PointsRaceRedeem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PointsRedeemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsRedeem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redemption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PointsRaceRedeemMutation, PointsRaceRedeemMutationVariables>;
export const PointsRaceCancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PointsRaceCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PointsRedemptionCancelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsRedemptionCancel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redemption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PointsRaceCancelMutation, PointsRaceCancelMutationVariables>;
export const PointsRaceExpireDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PointsRaceExpire"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PointsExpireInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsExpire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PointsRaceExpireMutation, PointsRaceExpireMutationVariables>;
export const PointsConfigureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PointsConfigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityModuleConfigureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityModuleConfigure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PointsConfigureMutation, PointsConfigureMutationVariables>;
export const PointsHouseholdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PointsHouseholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"households"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<PointsHouseholdsQuery, PointsHouseholdsQueryVariables>;
export const PointsAdjustDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PointsAdjust"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PointsAdjustInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsAdjust"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needsApproval"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PointsAdjustMutation, PointsAdjustMutationVariables>;
export const PointsApproveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PointsApprove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PointsAdjustmentDecideInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsAdjustmentApprove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PointsApproveMutation, PointsApproveMutationVariables>;
export const PointsRejectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PointsReject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PointsAdjustmentDecideInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsAdjustmentReject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PointsRejectMutation, PointsRejectMutationVariables>;
export const PointsItemCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PointsItemCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PointsItemCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsItemCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}},{"kind":"Field","name":{"kind":"Name","value":"pricePoints"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<PointsItemCreateMutation, PointsItemCreateMutationVariables>;
export const PointsItemRestockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PointsItemRestock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PointsItemRestockInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsItemRestock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PointsItemRestockMutation, PointsItemRestockMutationVariables>;
export const PointsItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PointsItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}}]}}]}}]}}]} as unknown as DocumentNode<PointsItemsQuery, PointsItemsQueryVariables>;
export const PointsRedeemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PointsRedeem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PointsRedeemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsRedeem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redemption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"redeemedByName"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PointsRedeemMutation, PointsRedeemMutationVariables>;
export const PointsCancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PointsCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PointsRedemptionCancelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsRedemptionCancel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redemption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PointsCancelMutation, PointsCancelMutationVariables>;
export const PointsPickUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PointsPickUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PointsRedemptionPickUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsRedemptionPickUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redemption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pickedUpAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PointsPickUpMutation, PointsPickUpMutationVariables>;
export const PointsMyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PointsMy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsMyAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"balanceAfter"}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ruleKey"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PointsMyQuery, PointsMyQueryVariables>;
export const PointsAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PointsAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}}]} as unknown as DocumentNode<PointsAccountQuery, PointsAccountQueryVariables>;
export const PointsRedemptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PointsRedemptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsRedemptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PointsRedemptionsQuery, PointsRedemptionsQueryVariables>;
export const PointsExpireDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PointsExpire"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PointsExpireInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsExpire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PointsExpireMutation, PointsExpireMutationVariables>;
export const PointsReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PointsReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issued"}},{"kind":"Field","name":{"kind":"Name","value":"deducted"}},{"kind":"Field","name":{"kind":"Name","value":"redeemed"}},{"kind":"Field","name":{"kind":"Name","value":"refunded"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}},{"kind":"Field","name":{"kind":"Name","value":"byRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleKey"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byGrid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"issued"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<PointsReportQuery, PointsReportQueryVariables>;
export const PointsNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PointsNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PointsAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}}]}}]} as unknown as DocumentNode<PointsNodeQuery, PointsNodeQueryVariables>;
export const RelHouseholdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RelHouseholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"households"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<RelHouseholdsQuery, RelHouseholdsQueryVariables>;
export const ResyncChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ResyncChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ResyncChangesSubscription, ResyncChangesSubscriptionVariables>;
export const ResyncHouseholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResyncHousehold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ResyncHouseholdMutation, ResyncHouseholdMutationVariables>;
export const SubHouseholdCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubHouseholdCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SubHouseholdCreateMutation, SubHouseholdCreateMutationVariables>;
export const SubChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SubChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubChangesSubscription, SubChangesSubscriptionVariables>;
export const SubMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]} as unknown as DocumentNode<SubMembersQuery, SubMembersQueryVariables>;
export const SubMembershipUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubMembershipUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SubMembershipUpdateMutation, SubMembershipUpdateMutationVariables>;
export const SubApiKeyCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubApiKeyCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKeyCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeyCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SubApiKeyCreateMutation, SubApiKeyCreateMutationVariables>;
export const SubApiKeyRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubApiKeyRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKeyRevokeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeyRevoke"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SubApiKeyRevokeMutation, SubApiKeyRevokeMutationVariables>;
export const IsoNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IsoNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IsoNodeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IsoNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"street"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Street"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"building"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"movedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Membership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialOrganization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialWorker"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Volunteer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CobuildingUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CharityResource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<IsoNodeQuery, IsoNodeQueryVariables>;
export const IsoResidentsOfHouseholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IsoResidentsOfHousehold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"household"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"household"},"value":{"kind":"Variable","name":{"kind":"Name","value":"household"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IsoResidentsOfHouseholdQuery, IsoResidentsOfHouseholdQueryVariables>;
export const IsoLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IsoLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthLoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeCommunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<IsoLoginMutation, IsoLoginMutationVariables>;
export const IsoRefreshDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IsoRefresh"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthRefreshInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authRefresh"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeCommunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<IsoRefreshMutation, IsoRefreshMutationVariables>;
export const IsoApiKeyRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IsoApiKeyRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKeyRevokeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeyRevoke"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IsoNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IsoNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"street"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Street"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"building"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"movedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Membership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialOrganization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialWorker"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Volunteer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CobuildingUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CharityResource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<IsoApiKeyRevokeMutation, IsoApiKeyRevokeMutationVariables>;
export const IsoCommunityCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IsoCommunityCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IsoNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IsoNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"street"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Street"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"building"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"movedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Membership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialOrganization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialWorker"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Volunteer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CobuildingUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CharityResource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<IsoCommunityCreateMutation, IsoCommunityCreateMutationVariables>;
export const IsoHouseholdUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IsoHouseholdUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IsoNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IsoNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"street"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Street"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"building"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"movedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Membership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialOrganization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialWorker"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Volunteer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CobuildingUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CharityResource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<IsoHouseholdUpdateMutation, IsoHouseholdUpdateMutationVariables>;
export const IsoHouseholdCloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IsoHouseholdClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdCloseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdClose"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IsoNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IsoNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"street"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Street"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"building"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"movedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Membership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialOrganization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialWorker"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Volunteer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CobuildingUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CharityResource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<IsoHouseholdCloseMutation, IsoHouseholdCloseMutationVariables>;
export const IsoMembershipUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IsoMembershipUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IsoNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IsoNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"street"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Street"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"building"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"movedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Membership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialOrganization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialWorker"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Volunteer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CobuildingUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CharityResource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<IsoMembershipUpdateMutation, IsoMembershipUpdateMutationVariables>;
export const IsoResidentCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IsoResidentCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResidentCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IsoNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IsoNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"street"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Street"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"building"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"movedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Membership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialOrganization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialWorker"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Volunteer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CobuildingUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CharityResource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<IsoResidentCreateMutation, IsoResidentCreateMutationVariables>;
export const IsoResidentUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IsoResidentUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResidentUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IsoNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IsoNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"street"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Street"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"building"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"movedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Membership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialOrganization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialWorker"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Volunteer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CobuildingUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CharityResource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<IsoResidentUpdateMutation, IsoResidentUpdateMutationVariables>;
export const IsoResidentMoveOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IsoResidentMoveOut"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResidentMoveOutInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentMoveOut"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IsoNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IsoNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"street"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Street"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"building"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"movedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Membership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialOrganization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialWorker"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Volunteer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CobuildingUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CharityResource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<IsoResidentMoveOutMutation, IsoResidentMoveOutMutationVariables>;
export const IsoSocialOrganizationUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IsoSocialOrganizationUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SocialOrganizationUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"socialOrganizationUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"socialOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IsoNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IsoNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"street"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Street"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"building"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"movedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Membership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialOrganization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialWorker"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Volunteer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CobuildingUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CharityResource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<IsoSocialOrganizationUpdateMutation, IsoSocialOrganizationUpdateMutationVariables>;
export const IsoSocialWorkerUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IsoSocialWorkerUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SocialWorkerUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"socialWorkerUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"socialWorker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IsoNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IsoNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"street"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Street"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"building"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"movedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Membership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialOrganization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialWorker"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Volunteer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CobuildingUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CharityResource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<IsoSocialWorkerUpdateMutation, IsoSocialWorkerUpdateMutationVariables>;
export const IsoVolunteerUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IsoVolunteerUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VolunteerUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteerUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IsoNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IsoNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"street"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Street"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"building"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"movedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Membership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialOrganization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialWorker"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Volunteer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CobuildingUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CharityResource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<IsoVolunteerUpdateMutation, IsoVolunteerUpdateMutationVariables>;
export const IsoCobuildingUnitUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IsoCobuildingUnitUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CobuildingUnitUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cobuildingUnitUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cobuildingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IsoNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IsoNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"street"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Street"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"building"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"movedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Membership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialOrganization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialWorker"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Volunteer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CobuildingUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CharityResource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<IsoCobuildingUnitUpdateMutation, IsoCobuildingUnitUpdateMutationVariables>;
export const IsoCharityResourceUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IsoCharityResourceUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CharityResourceUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"charityResourceUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"charityResource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IsoNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IsoNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"street"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Street"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"building"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"movedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Membership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialOrganization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialWorker"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Volunteer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CobuildingUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CharityResource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<IsoCharityResourceUpdateMutation, IsoCharityResourceUpdateMutationVariables>;
export const IsoNodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IsoNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IsoNodeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IsoNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"street"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Street"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"building"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"movedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Membership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialOrganization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialWorker"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Volunteer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CobuildingUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CharityResource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<IsoNodesQuery, IsoNodesQueryVariables>;
export const IsoSetupLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IsoSetupLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthLoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<IsoSetupLoginMutation, IsoSetupLoginMutationVariables>;
export const IsoCommunityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IsoCommunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"street"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<IsoCommunityQuery, IsoCommunityQueryVariables>;
export const IsoSetupCommunityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IsoSetupCommunity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<IsoSetupCommunityMutation, IsoSetupCommunityMutationVariables>;
export const IsoSetupMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IsoSetupMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<IsoSetupMemberMutation, IsoSetupMemberMutationVariables>;
export const IsoSetupHouseholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IsoSetupHousehold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<IsoSetupHouseholdMutation, IsoSetupHouseholdMutationVariables>;
export const IsoSetupResidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IsoSetupResident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResidentCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<IsoSetupResidentMutation, IsoSetupResidentMutationVariables>;
export const IsoSetupApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IsoSetupApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKeyCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeyCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<IsoSetupApiKeyMutation, IsoSetupApiKeyMutationVariables>;
export const IsoSetupForcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IsoSetupForces"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SocialOrganizationCreateInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"w"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SocialWorkerCreateInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VolunteerCreateInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"u"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CobuildingUnitCreateInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CharityResourceCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"socialOrganizationCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"socialOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"socialWorkerCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"w"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"socialWorker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"volunteerCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cobuildingUnitCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"u"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cobuildingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"charityResourceCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"charityResource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<IsoSetupForcesMutation, IsoSetupForcesMutationVariables>;
export const IsoSnapshotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IsoSnapshot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IsoNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"households"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeClosed"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"residents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IsoNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"street"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Street"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"building"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"movedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Membership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialOrganization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialWorker"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Volunteer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CobuildingUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CharityResource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<IsoSnapshotQuery, IsoSnapshotQueryVariables>;
export const IsoAllNodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IsoAllNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IsoNodeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IsoNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"street"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Street"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"building"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"movedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Membership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialOrganization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialWorker"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Volunteer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CobuildingUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CharityResource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<IsoAllNodesQuery, IsoAllNodesQueryVariables>;
export const IsoMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IsoMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeCommunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IsoMeQuery, IsoMeQueryVariables>;
export const IsoHouseholdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IsoHouseholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"households"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<IsoHouseholdsQuery, IsoHouseholdsQueryVariables>;
export const IsoCommunitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IsoCommunities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<IsoCommunitiesQuery, IsoCommunitiesQueryVariables>;
export const IsoResidentsNamedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IsoResidentsNamed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<IsoResidentsNamedQuery, IsoResidentsNamedQueryVariables>;
export const TwoLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TwoLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthLoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TwoLoginMutation, TwoLoginMutationVariables>;
export const TwoHouseholdCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TwoHouseholdCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TwoHouseholdCreateMutation, TwoHouseholdCreateMutationVariables>;
export const TwoChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TwoChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"core.HouseholdCreated","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TwoChangesSubscription, TwoChangesSubscriptionVariables>;
export const VolPtsConfigureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VolPtsConfigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityModuleConfigureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityModuleConfigure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<VolPtsConfigureMutation, VolPtsConfigureMutationVariables>;
export const VolPtsRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VolPtsRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VolunteerMemberRegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteerMemberRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<VolPtsRegisterMutation, VolPtsRegisterMutationVariables>;
export const VolPtsJoinDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VolPtsJoin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VolunteerMemberJoinInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteerMemberJoin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<VolPtsJoinMutation, VolPtsJoinMutationVariables>;
export const VolPtsActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VolPtsActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VolunteerActivityCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteerActivityCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shifts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<VolPtsActivityMutation, VolPtsActivityMutationVariables>;
export const VolPtsSignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VolPtsSignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VolunteerSignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteerSignUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<VolPtsSignUpMutation, VolPtsSignUpMutationVariables>;
export const VolPtsCheckInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VolPtsCheckIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VolunteerSignupActInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteerSignupCheckIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<VolPtsCheckInMutation, VolPtsCheckInMutationVariables>;
export const VolPtsCheckOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VolPtsCheckOut"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VolunteerSignupActInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteerSignupCheckOut"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<VolPtsCheckOutMutation, VolPtsCheckOutMutationVariables>;
export const VolPtsPendingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VolPtsPending"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteerHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PENDING"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<VolPtsPendingQuery, VolPtsPendingQueryVariables>;
export const VolPtsConfirmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VolPtsConfirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VolunteerHoursConfirmInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteerHoursConfirm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<VolPtsConfirmMutation, VolPtsConfirmMutationVariables>;
export const VolPtsMyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VolPtsMy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsMyAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ruleKey"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<VolPtsMyQuery, VolPtsMyQueryVariables>;
export const VolPtsMatPointsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VolPtsMatPointsRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<VolPtsMatPointsReadQuery, VolPtsMatPointsReadQueryVariables>;
export const VolPtsMatRedeemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VolPtsMatRedeem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PointsRedeemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsRedeem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<VolPtsMatRedeemMutation, VolPtsMatRedeemMutationVariables>;
export const VolPtsMatItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VolPtsMatItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PointsItemCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsItemCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<VolPtsMatItemMutation, VolPtsMatItemMutationVariables>;
export const VolPtsMatApproveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VolPtsMatApprove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PointsAdjustmentDecideInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsAdjustmentReject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<VolPtsMatApproveMutation, VolPtsMatApproveMutationVariables>;
export const VolPtsMatReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VolPtsMatReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issued"}}]}}]}}]} as unknown as DocumentNode<VolPtsMatReportQuery, VolPtsMatReportQueryVariables>;
export const VolPtsMatTeamsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VolPtsMatTeams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteerTeams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<VolPtsMatTeamsQuery, VolPtsMatTeamsQueryVariables>;
export const VolPtsMatJoinDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VolPtsMatJoin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VolunteerMemberJoinInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteerMemberJoin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<VolPtsMatJoinMutation, VolPtsMatJoinMutationVariables>;
export const VolPtsMatActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VolPtsMatActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VolunteerActivityCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteerActivityCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<VolPtsMatActivityMutation, VolPtsMatActivityMutationVariables>;
export const VolPtsMatRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VolPtsMatRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VolunteerMemberRegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteerMemberRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<VolPtsMatRegisterMutation, VolPtsMatRegisterMutationVariables>;
export const VolPtsMatExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VolPtsMatExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteerHoursExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<VolPtsMatExportQuery, VolPtsMatExportQueryVariables>;
export const VolPtsIsoCommunityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VolPtsIsoCommunity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<VolPtsIsoCommunityMutation, VolPtsIsoCommunityMutationVariables>;
export const VolPtsIsoLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VolPtsIsoLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthLoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}}]}}]}}]} as unknown as DocumentNode<VolPtsIsoLoginMutation, VolPtsIsoLoginMutationVariables>;
export const VolPtsIsoMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VolPtsIsoMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<VolPtsIsoMemberMutation, VolPtsIsoMemberMutationVariables>;
export const VolPtsIsoHouseholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VolPtsIsoHousehold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<VolPtsIsoHouseholdMutation, VolPtsIsoHouseholdMutationVariables>;
export const VolPtsIsoAdjustDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VolPtsIsoAdjust"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PointsAdjustInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsAdjust"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<VolPtsIsoAdjustMutation, VolPtsIsoAdjustMutationVariables>;
export const VolPtsIsoItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VolPtsIsoItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PointsItemCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsItemCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<VolPtsIsoItemMutation, VolPtsIsoItemMutationVariables>;
export const VolPtsIsoRedeemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VolPtsIsoRedeem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PointsRedeemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsRedeem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redemption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<VolPtsIsoRedeemMutation, VolPtsIsoRedeemMutationVariables>;
export const VolPtsIso1Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VolPtsIso1"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}}]} as unknown as DocumentNode<VolPtsIso1Query, VolPtsIso1QueryVariables>;
export const VolPtsIso2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VolPtsIso2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsRedemptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<VolPtsIso2Query, VolPtsIso2QueryVariables>;
export const VolPtsIso3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VolPtsIso3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PointsAdjustmentDecideInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsAdjustmentApprove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<VolPtsIso3Mutation, VolPtsIso3MutationVariables>;
export const VolPtsIso4Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VolPtsIso4"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PointsAdjustmentDecideInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsAdjustmentReject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<VolPtsIso4Mutation, VolPtsIso4MutationVariables>;
export const VolPtsIso5Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VolPtsIso5"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PointsExpireInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsExpire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<VolPtsIso5Mutation, VolPtsIso5MutationVariables>;
export const VolPtsIso6Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VolPtsIso6"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PointsItemRestockInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsItemRestock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<VolPtsIso6Mutation, VolPtsIso6MutationVariables>;
export const VolPtsIso7Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VolPtsIso7"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PointsItemUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsItemUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<VolPtsIso7Mutation, VolPtsIso7MutationVariables>;
export const VolPtsIso8Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VolPtsIso8"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PointsRedemptionCancelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsRedemptionCancel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redemption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<VolPtsIso8Mutation, VolPtsIso8MutationVariables>;
export const VolPtsIso9Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VolPtsIso9"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VolunteerCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteerCheckInByCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<VolPtsIso9Mutation, VolPtsIso9MutationVariables>;
export const VolPtsIso10Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VolPtsIso10"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VolunteerCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteerCheckOutByCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<VolPtsIso10Mutation, VolPtsIso10MutationVariables>;
export const VolPtsIso11Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VolPtsIso11"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VolunteerHoursConfirmInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteerHoursConfirm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<VolPtsIso11Mutation, VolPtsIso11MutationVariables>;
export const VolPtsIso12Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VolPtsIso12"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VolunteerHoursCorrectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteerHoursCorrect"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<VolPtsIso12Mutation, VolPtsIso12MutationVariables>;
export const VolPtsIso13Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VolPtsIso13"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VolunteerMemberUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteerMemberUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<VolPtsIso13Mutation, VolPtsIso13MutationVariables>;
export const VolPtsIso14Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VolPtsIso14"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VolunteerSignupActInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteerSignupCancel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<VolPtsIso14Mutation, VolPtsIso14MutationVariables>;
export const VolPtsIso15Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VolPtsIso15"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteerActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"shifts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<VolPtsIso15Query, VolPtsIso15QueryVariables>;
export const VolPtsIso16Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VolPtsIso16"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteerHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}}]}}]}}]} as unknown as DocumentNode<VolPtsIso16Query, VolPtsIso16QueryVariables>;
export const VolPtsIso17Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VolPtsIso17"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteerHoursExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<VolPtsIso17Query, VolPtsIso17QueryVariables>;
export const VolPtsIso18Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VolPtsIso18"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteerHoursTotals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"EnumValue","value":"YEAR"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}}]}}]} as unknown as DocumentNode<VolPtsIso18Query, VolPtsIso18QueryVariables>;
export const VolunteerConfigureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VolunteerConfigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityModuleConfigureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityModuleConfigure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<VolunteerConfigureMutation, VolunteerConfigureMutationVariables>;
export const VolunteerTeamsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VolunteerTeams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteerTeams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<VolunteerTeamsQuery, VolunteerTeamsQueryVariables>;
export const VolunteerRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VolunteerRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<VolunteerRecordsQuery, VolunteerRecordsQueryVariables>;
export const VolunteerRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VolunteerRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VolunteerMemberRegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteerMemberRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"teams"}},{"kind":"Field","name":{"kind":"Name","value":"volunteerRecordId"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<VolunteerRegisterMutation, VolunteerRegisterMutationVariables>;
export const VolunteerJoinDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VolunteerJoin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VolunteerMemberJoinInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteerMemberJoin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"teams"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<VolunteerJoinMutation, VolunteerJoinMutationVariables>;
export const VolunteerMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VolunteerMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteerMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"teams"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}}]}}]}}]} as unknown as DocumentNode<VolunteerMeQuery, VolunteerMeQueryVariables>;
export const VolunteerActivityCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VolunteerActivityCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VolunteerActivityCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteerActivityCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"shifts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"signedUp"}},{"kind":"Field","name":{"kind":"Name","value":"checkInCode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<VolunteerActivityCreateMutation, VolunteerActivityCreateMutationVariables>;
export const VolunteerActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VolunteerActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteerActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"shifts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"signedUp"}},{"kind":"Field","name":{"kind":"Name","value":"waitlisted"}},{"kind":"Field","name":{"kind":"Name","value":"checkInCode"}},{"kind":"Field","name":{"kind":"Name","value":"mySignup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<VolunteerActivityQuery, VolunteerActivityQueryVariables>;
export const VolunteerSignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VolunteerSignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VolunteerSignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteerSignUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<VolunteerSignUpMutation, VolunteerSignUpMutationVariables>;
export const VolunteerSignupCancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VolunteerSignupCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VolunteerSignupActInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteerSignupCancel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<VolunteerSignupCancelMutation, VolunteerSignupCancelMutationVariables>;
export const VolunteerCheckInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VolunteerCheckIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VolunteerSignupActInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteerSignupCheckIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<VolunteerCheckInMutation, VolunteerCheckInMutationVariables>;
export const VolunteerCheckOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VolunteerCheckOut"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VolunteerSignupActInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteerSignupCheckOut"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"checkedOutAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<VolunteerCheckOutMutation, VolunteerCheckOutMutationVariables>;
export const VolunteerCodeInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VolunteerCodeIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VolunteerCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteerCheckInByCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<VolunteerCodeInMutation, VolunteerCodeInMutationVariables>;
export const VolunteerCodeOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VolunteerCodeOut"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VolunteerCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteerCheckOutByCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<VolunteerCodeOutMutation, VolunteerCodeOutMutationVariables>;
export const VolunteerHoursDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VolunteerHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VolunteerHoursStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteerHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"activityTitle"}},{"kind":"Field","name":{"kind":"Name","value":"serviceDate"}},{"kind":"Field","name":{"kind":"Name","value":"correctsId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<VolunteerHoursQuery, VolunteerHoursQueryVariables>;
export const VolunteerHoursConfirmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VolunteerHoursConfirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VolunteerHoursConfirmInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteerHoursConfirm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<VolunteerHoursConfirmMutation, VolunteerHoursConfirmMutationVariables>;
export const VolunteerHoursCorrectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VolunteerHoursCorrect"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VolunteerHoursCorrectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteerHoursCorrect"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"correctsId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<VolunteerHoursCorrectMutation, VolunteerHoursCorrectMutationVariables>;
export const VolunteerTotalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VolunteerTotals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VolunteerHoursPeriod"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteerHoursTotals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}}]}}]} as unknown as DocumentNode<VolunteerTotalsQuery, VolunteerTotalsQueryVariables>;
export const VolunteerExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VolunteerExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteerHoursExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"activity"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}}]}}]} as unknown as DocumentNode<VolunteerExportQuery, VolunteerExportQueryVariables>;
export const VolunteerMetricsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VolunteerMetrics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteerMetrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<VolunteerMetricsQuery, VolunteerMetricsQueryVariables>;
export const VolunteerPointsMyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VolunteerPointsMy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsMyAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}}]} as unknown as DocumentNode<VolunteerPointsMyQuery, VolunteerPointsMyQueryVariables>;