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
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
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
  /** 成员 — residents of the household */
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

export type Mutation = {
  __typename?: 'Mutation';
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


export type MutationApiKeyCreateArgs = {
  input: ApiKeyCreateInput;
};


export type MutationApiKeyRevokeArgs = {
  input: ApiKeyRevokeInput;
};


export type MutationAuthLoginArgs = {
  input: AuthLoginInput;
};


export type MutationAuthLogoutArgs = {
  input: AuthLogoutInput;
};


export type MutationAuthRefreshArgs = {
  input: AuthRefreshInput;
};


export type MutationCharityResourceCreateArgs = {
  input: CharityResourceCreateInput;
};


export type MutationCharityResourceUpdateArgs = {
  input: CharityResourceUpdateInput;
};


export type MutationCobuildingUnitCreateArgs = {
  input: CobuildingUnitCreateInput;
};


export type MutationCobuildingUnitUpdateArgs = {
  input: CobuildingUnitUpdateInput;
};


export type MutationCommunityCreateArgs = {
  input: CommunityCreateInput;
};


export type MutationCommunityModuleConfigureArgs = {
  input: CommunityModuleConfigureInput;
};


export type MutationCommunityUpdateArgs = {
  input: CommunityUpdateInput;
};


export type MutationHouseholdCloseArgs = {
  input: HouseholdCloseInput;
};


export type MutationHouseholdCreateArgs = {
  input: HouseholdCreateInput;
};


export type MutationHouseholdUpdateArgs = {
  input: HouseholdUpdateInput;
};


export type MutationMembershipAddArgs = {
  input: MembershipAddInput;
};


export type MutationMembershipUpdateArgs = {
  input: MembershipUpdateInput;
};


export type MutationNoticePublishArgs = {
  input: NoticePublishInput;
};


export type MutationResidentCreateArgs = {
  input: ResidentCreateInput;
};


export type MutationResidentMoveOutArgs = {
  input: ResidentMoveOutInput;
};


export type MutationResidentUpdateArgs = {
  input: ResidentUpdateInput;
};


export type MutationSocialOrganizationCreateArgs = {
  input: SocialOrganizationCreateInput;
};


export type MutationSocialOrganizationUpdateArgs = {
  input: SocialOrganizationUpdateInput;
};


export type MutationSocialWorkerCreateArgs = {
  input: SocialWorkerCreateInput;
};


export type MutationSocialWorkerUpdateArgs = {
  input: SocialWorkerUpdateInput;
};


export type MutationStreetCreateArgs = {
  input: StreetCreateInput;
};


export type MutationVolunteerCreateArgs = {
  input: VolunteerCreateInput;
};


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


export type QueryApiKeysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


export type QueryCharityResourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCobuildingUnitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryHouseholdsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeClosed?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryMembershipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<RoleKind>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryNoticesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryResidentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  household?: InputMaybe<Scalars['ID']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySocialOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySocialWorkersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


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
  /** 户 — household of the resident */
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

export type Subscription = {
  __typename?: 'Subscription';
  /** 变更订阅 — live events of the active community; pass `after` to replay what was missed first */
  changes: ChangeEvent;
};


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


export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthLoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"activeCommunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const RefreshDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Refresh"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthRefreshInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authRefresh"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RefreshMutation, RefreshMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthLogoutInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authLogout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revoked"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"activeCommunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const PlugConfigureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlugConfigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityModuleConfigureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityModuleConfigure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"settings"}},{"kind":"Field","name":{"kind":"Name","value":"overrides"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PlugConfigureMutation, PlugConfigureMutationVariables>;
export const PlugNoticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlugNotices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"}}]}}]}}]}}]} as unknown as DocumentNode<PlugNoticesQuery, PlugNoticesQueryVariables>;
export const PlugPublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlugPublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NoticePublishInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noticePublish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<PlugPublishMutation, PlugPublishMutationVariables>;
export const PlugHouseholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlugHousehold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PlugHouseholdMutation, PlugHouseholdMutationVariables>;
export const PlugModulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlugModules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"settings"}}]}}]}}]}}]} as unknown as DocumentNode<PlugModulesQuery, PlugModulesQueryVariables>;