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

/** 性别 — gender */
export type Gender =
  /** 女 — female */
  | 'FEMALE'
  /** 男 — male */
  | 'MALE'
  /** 未说明 — not stated */
  | 'UNKNOWN';

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
  /** 登记居民 — register a resident */
  residentCreate: ResidentPayload;
  /** 迁出 — mark a resident as moved away */
  residentMoveOut: ResidentPayload;
  /** 修改居民 — update a resident */
  residentUpdate: ResidentPayload;
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
  /** 登记志愿者 — register a Volunteer */
  volunteerCreate: VolunteerPayload;
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
export type MutationVolunteerCreateArgs = {
  input: VolunteerCreateInput;
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
  /** 居民列表 — residents of the community, newest first */
  residents: ResidentConnection;
  /** 社会组织列表 — SocialOrganization records of the community */
  socialOrganizations: SocialOrganizationConnection;
  /** 社工列表 — SocialWorker records of the community */
  socialWorkers: SocialWorkerConnection;
  /** 街道 — street offices (platform and street admins) */
  streets: Array<Street>;
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
export type QueryResidentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  household?: InputMaybe<Scalars['ID']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
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
};


/** 订阅 — live events over graphql-ws */
export type SubscriptionChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
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

/** 志愿者结果 — result of a mutation on Volunteer */
export type VolunteerPayload = {
  __typename?: 'VolunteerPayload';
  /** 用户错误 — expected failures; empty on success */
  userErrors: Array<UserError>;
  /** 志愿者 — the object, null when userErrors is not empty */
  volunteer?: Maybe<Volunteer>;
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
        | { __typename?: 'Household', number: string }
        | { __typename?: 'Membership' }
        | { __typename?: 'Notice' }
        | { __typename?: 'Resident' }
        | { __typename?: 'SocialOrganization' }
        | { __typename?: 'SocialWorker' }
        | { __typename?: 'Street' }
        | { __typename?: 'Volunteer' }
       | null }> } };

export type EvLiveSubscriptionVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type EvLiveSubscription = { __typename?: 'Subscription', changes: { __typename?: 'ChangeEvent', cursor: string, type: string, subject?:
      | { __typename?: 'ApiKey' }
      | { __typename?: 'CharityResource' }
      | { __typename?: 'CobuildingUnit' }
      | { __typename?: 'Community' }
      | { __typename?: 'Household', number: string }
      | { __typename?: 'Membership' }
      | { __typename?: 'Notice' }
      | { __typename?: 'Resident' }
      | { __typename?: 'SocialOrganization' }
      | { __typename?: 'SocialWorker' }
      | { __typename?: 'Street' }
      | { __typename?: 'Volunteer' }
     | null } };

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
      | { __typename?: 'Household', number: string }
      | { __typename?: 'Membership' }
      | { __typename?: 'Notice' }
      | { __typename?: 'Resident' }
      | { __typename?: 'SocialOrganization' }
      | { __typename?: 'SocialWorker' }
      | { __typename?: 'Street' }
      | { __typename?: 'Volunteer' }
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
      | { __typename?: 'Household', number: string, address: string }
      | { __typename?: 'Membership' }
      | { __typename?: 'Notice' }
      | { __typename?: 'Resident' }
      | { __typename?: 'SocialOrganization' }
      | { __typename?: 'SocialWorker' }
      | { __typename?: 'Street' }
      | { __typename?: 'Volunteer' }
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

type IsoNodeFields_Household_Fragment = { __typename: 'Household', number: string, address: string, building?: string | null, tags: Array<string>, closedAt?: string | null, id: string, members: Array<{ __typename?: 'Resident', name: string, phone?: string | null }> };

type IsoNodeFields_Membership_Fragment = { __typename: 'Membership', login: string, displayName: string, roles: Array<RoleKind>, title?: string | null, active: boolean, id: string };

type IsoNodeFields_Notice_Fragment = { __typename: 'Notice', id: string };

type IsoNodeFields_Resident_Fragment = { __typename: 'Resident', name: string, phone?: string | null, idNumber?: string | null, movedOutAt?: string | null, id: string, household?: { __typename?: 'Household', number: string, address: string } | null };

type IsoNodeFields_SocialOrganization_Fragment = { __typename: 'SocialOrganization', name: string, contactName?: string | null, contactPhone?: string | null, description?: string | null, active: boolean, id: string };

type IsoNodeFields_SocialWorker_Fragment = { __typename: 'SocialWorker', name: string, contactName?: string | null, contactPhone?: string | null, description?: string | null, active: boolean, id: string };

type IsoNodeFields_Street_Fragment = { __typename: 'Street', name: string, regionCode: string, id: string };

type IsoNodeFields_Volunteer_Fragment = { __typename: 'Volunteer', name: string, contactName?: string | null, contactPhone?: string | null, description?: string | null, active: boolean, id: string };

export type IsoNodeFieldsFragment =
  | IsoNodeFields_ApiKey_Fragment
  | IsoNodeFields_CharityResource_Fragment
  | IsoNodeFields_CobuildingUnit_Fragment
  | IsoNodeFields_Community_Fragment
  | IsoNodeFields_Household_Fragment
  | IsoNodeFields_Membership_Fragment
  | IsoNodeFields_Notice_Fragment
  | IsoNodeFields_Resident_Fragment
  | IsoNodeFields_SocialOrganization_Fragment
  | IsoNodeFields_SocialWorker_Fragment
  | IsoNodeFields_Street_Fragment
  | IsoNodeFields_Volunteer_Fragment
;

export type IsoNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type IsoNodeQuery = { __typename?: 'Query', node?:
    | { __typename: 'ApiKey', name: string, prefix: string, permissions: Array<string>, revokedAt?: string | null, id: string }
    | { __typename: 'CharityResource', name: string, contactName?: string | null, contactPhone?: string | null, description?: string | null, active: boolean, id: string }
    | { __typename: 'CobuildingUnit', name: string, contactName?: string | null, contactPhone?: string | null, description?: string | null, active: boolean, id: string }
    | { __typename: 'Community', name: string, description?: string | null, regionCode: string, id: string, street?: { __typename?: 'Street', name: string } | null, modules: Array<{ __typename?: 'CommunityModuleInfo', key: string, enabled: boolean }> }
    | { __typename: 'Household', number: string, address: string, building?: string | null, tags: Array<string>, closedAt?: string | null, id: string, members: Array<{ __typename?: 'Resident', name: string, phone?: string | null }> }
    | { __typename: 'Membership', login: string, displayName: string, roles: Array<RoleKind>, title?: string | null, active: boolean, id: string }
    | { __typename: 'Notice', id: string }
    | { __typename: 'Resident', name: string, phone?: string | null, idNumber?: string | null, movedOutAt?: string | null, id: string, household?: { __typename?: 'Household', number: string, address: string } | null }
    | { __typename: 'SocialOrganization', name: string, contactName?: string | null, contactPhone?: string | null, description?: string | null, active: boolean, id: string }
    | { __typename: 'SocialWorker', name: string, contactName?: string | null, contactPhone?: string | null, description?: string | null, active: boolean, id: string }
    | { __typename: 'Street', name: string, regionCode: string, id: string }
    | { __typename: 'Volunteer', name: string, contactName?: string | null, contactPhone?: string | null, description?: string | null, active: boolean, id: string }
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
    | { __typename: 'Household', number: string, address: string, building?: string | null, tags: Array<string>, closedAt?: string | null, id: string, members: Array<{ __typename?: 'Resident', name: string, phone?: string | null }> }
    | { __typename: 'Membership', login: string, displayName: string, roles: Array<RoleKind>, title?: string | null, active: boolean, id: string }
    | { __typename: 'Notice', id: string }
    | { __typename: 'Resident', name: string, phone?: string | null, idNumber?: string | null, movedOutAt?: string | null, id: string, household?: { __typename?: 'Household', number: string, address: string } | null }
    | { __typename: 'SocialOrganization', name: string, contactName?: string | null, contactPhone?: string | null, description?: string | null, active: boolean, id: string }
    | { __typename: 'SocialWorker', name: string, contactName?: string | null, contactPhone?: string | null, description?: string | null, active: boolean, id: string }
    | { __typename: 'Street', name: string, regionCode: string, id: string }
    | { __typename: 'Volunteer', name: string, contactName?: string | null, contactPhone?: string | null, description?: string | null, active: boolean, id: string }
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
    | { __typename: 'Household', number: string, address: string, building?: string | null, tags: Array<string>, closedAt?: string | null, id: string, members: Array<{ __typename?: 'Resident', name: string, phone?: string | null }> }
    | { __typename: 'Membership', login: string, displayName: string, roles: Array<RoleKind>, title?: string | null, active: boolean, id: string }
    | { __typename: 'Notice', id: string }
    | { __typename: 'Resident', name: string, phone?: string | null, idNumber?: string | null, movedOutAt?: string | null, id: string, household?: { __typename?: 'Household', number: string, address: string } | null }
    | { __typename: 'SocialOrganization', name: string, contactName?: string | null, contactPhone?: string | null, description?: string | null, active: boolean, id: string }
    | { __typename: 'SocialWorker', name: string, contactName?: string | null, contactPhone?: string | null, description?: string | null, active: boolean, id: string }
    | { __typename: 'Street', name: string, regionCode: string, id: string }
    | { __typename: 'Volunteer', name: string, contactName?: string | null, contactPhone?: string | null, description?: string | null, active: boolean, id: string }
   | null>, households: { __typename?: 'HouseholdConnection', totalCount: number }, residents: { __typename?: 'ResidentConnection', totalCount: number }, memberships: { __typename?: 'MembershipConnection', totalCount: number }, apiKeys: { __typename?: 'ApiKeyConnection', totalCount: number } };

export type IsoAllNodesQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type IsoAllNodesQuery = { __typename?: 'Query', nodes: Array<
    | { __typename: 'ApiKey', name: string, prefix: string, permissions: Array<string>, revokedAt?: string | null, id: string }
    | { __typename: 'CharityResource', name: string, contactName?: string | null, contactPhone?: string | null, description?: string | null, active: boolean, id: string }
    | { __typename: 'CobuildingUnit', name: string, contactName?: string | null, contactPhone?: string | null, description?: string | null, active: boolean, id: string }
    | { __typename: 'Community', name: string, description?: string | null, regionCode: string, id: string, street?: { __typename?: 'Street', name: string } | null, modules: Array<{ __typename?: 'CommunityModuleInfo', key: string, enabled: boolean }> }
    | { __typename: 'Household', number: string, address: string, building?: string | null, tags: Array<string>, closedAt?: string | null, id: string, members: Array<{ __typename?: 'Resident', name: string, phone?: string | null }> }
    | { __typename: 'Membership', login: string, displayName: string, roles: Array<RoleKind>, title?: string | null, active: boolean, id: string }
    | { __typename: 'Notice', id: string }
    | { __typename: 'Resident', name: string, phone?: string | null, idNumber?: string | null, movedOutAt?: string | null, id: string, household?: { __typename?: 'Household', number: string, address: string } | null }
    | { __typename: 'SocialOrganization', name: string, contactName?: string | null, contactPhone?: string | null, description?: string | null, active: boolean, id: string }
    | { __typename: 'SocialWorker', name: string, contactName?: string | null, contactPhone?: string | null, description?: string | null, active: boolean, id: string }
    | { __typename: 'Street', name: string, regionCode: string, id: string }
    | { __typename: 'Volunteer', name: string, contactName?: string | null, contactPhone?: string | null, description?: string | null, active: boolean, id: string }
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
      | { __typename?: 'Household', number: string }
      | { __typename?: 'Membership' }
      | { __typename?: 'Notice' }
      | { __typename?: 'Resident' }
      | { __typename?: 'SocialOrganization' }
      | { __typename?: 'SocialWorker' }
      | { __typename?: 'Street' }
      | { __typename?: 'Volunteer' }
     | null } };

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
export const EvHouseholdCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvHouseholdCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<EvHouseholdCreateMutation, EvHouseholdCreateMutationVariables>;
export const EvChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasMore"}}]}}]}}]} as unknown as DocumentNode<EvChangesQuery, EvChangesQueryVariables>;
export const EvLiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"EvLive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EvLiveSubscription, EvLiveSubscriptionVariables>;
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