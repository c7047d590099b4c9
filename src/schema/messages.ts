// Error and notice texts: zh-CN by default, en on request (Accept-Language). One table so
// translators find every string in one place; `{name}` placeholders are filled from params.
export type Lang = 'zh-CN' | 'en';

const messages: Record<string, { zh: string; en: string }> = {
  NOT_FOUND: { zh: '对象不存在或无权访问', en: 'Not found' },
  UNAUTHENTICATED: { zh: '请先登录', en: 'Authentication required' },
  FORBIDDEN: { zh: '没有执行此操作的权限', en: 'You do not have permission for this action' },
  NO_COMMUNITY: { zh: '请先选择所在社区', en: 'Select a community first' },
  MODULE_DISABLED: { zh: '本社区未启用模块「{module}」', en: 'Module "{module}" is not enabled in this community' },
  BAD_USER_INPUT: { zh: '输入有误：{detail}', en: 'Invalid input: {detail}' },
  TEXT_FORBIDDEN_CHARACTER: {
    zh: '输入有误：{field} 含有不允许的字符 {char}（控制字符、终端转义序列、不成对的代理项或双向文本控制符）',
    en: 'Invalid input: {field} contains a character that is not allowed, {char} (control character, terminal escape, lone surrogate or bidi control)',
  },
  INVALID_ID: { zh: '无效的 ID', en: 'Invalid ID' },
  PAGE_SIZE: { zh: '每页数量须在 1 到 100 之间', en: 'Page size must be between 1 and 100' },
  PAGE_ARGS: { zh: 'first 与 last 不能同时使用', en: 'Use either first or last, not both' },
  INVALID_CREDENTIALS: { zh: '账号或密码错误', en: 'Wrong login or password' },
  ACCOUNT_DISABLED: { zh: '账号已停用', en: 'This account is disabled' },
  TOKEN_INVALID: { zh: '令牌无效或已过期', en: 'Token is invalid or expired' },
  TOO_MANY_ATTEMPTS: { zh: '尝试次数过多，请 {retryAfter} 秒后再试', en: 'Too many attempts; try again in {retryAfter} seconds' },
  PASSWORD_CHANGE_REQUIRED: {
    zh: '管理员已重置您的密码，请先修改密码（accountPasswordChange）',
    en: 'An administrator reset your password: change it first (accountPasswordChange)',
  },
  PASSWORD_REUSED: { zh: '新密码不能与当前密码相同', en: 'The new password must differ from the current one' },
  PASSWORD_RESET_NOT_ALLOWED: {
    zh: '该账号还属于其他社区或拥有更高权限，只能由平台管理员重置密码',
    en: 'This login belongs to other communities or holds higher rights: only a platform admin may reset its password',
  },
  RATE_LIMITED: { zh: '请求过于频繁，请 {retryAfter} 秒后再试', en: 'Too many requests; try again in {retryAfter} seconds' },
  LOGIN_BUSY: { zh: '登录请求过多，请稍后重试', en: 'Too many sign-ins at once; please retry shortly' },
  ALREADY_EXISTS: { zh: '{what}已存在', en: '{what} already exists' },
  LOGIN_TAKEN: {
    zh: '该账号名不能用于新建账号；已有账号的人请用“邀请成员”邀请',
    en: 'This login name cannot be used for a new login; invite a person who already has one',
  },
  // core: membership ↔ resident link
  RESIDENT_MOVED_OUT: { zh: '该居民已迁出', en: 'This resident has moved out' },
  RESIDENT_ALREADY_LINKED: { zh: '该居民档案已关联其他账号', en: 'This resident record is already linked to another login' },
  INVALID_STATE: { zh: '当前状态（{state}）不允许此操作', en: 'Not allowed in the current state ({state})' },
  SETTINGS_INVALID: { zh: '模块设置无效：{detail}', en: 'Invalid module settings: {detail}' },
  MODULE_UNKNOWN: { zh: '未安装模块「{module}」', en: 'Module "{module}" is not installed' },
  MODULE_REQUIRED: { zh: '模块「{module}」依赖「{required}」，请先启用', en: 'Module "{module}" requires "{required}"; enable it first' },
  MODULE_IN_USE: { zh: '模块「{required}」被「{module}」依赖，不能停用', en: 'Module "{required}" is required by "{module}"' },
  PRESET_UNKNOWN: { zh: '未知的社区模式「{preset}」', en: 'Unknown preset "{preset}"' },
  ROLE_UNKNOWN: { zh: '未知角色「{role}」', en: 'Unknown role "{role}"' },
  EVENT_TYPE_UNKNOWN: { zh: '未知事件类型「{type}」', en: 'Unknown event type "{type}"' },
  WEBHOOK_URL_INVALID: { zh: '回调地址须为 http 或 https 网址，且不含账号密码', en: 'The webhook URL must be http or https, without credentials' },
  WEBHOOK_URL_PRIVATE: { zh: '回调地址指向内网、本机或保留地址，已拒绝', en: 'The webhook URL points to a private, loopback or reserved address' },
  WEBHOOK_URL_UNRESOLVABLE: { zh: '回调地址的域名无法解析', en: 'The webhook URL’s host name does not resolve' },
  // notifications: channel binding (微信订阅消息)
  CHANNEL_UNAVAILABLE: { zh: '推送渠道「{channel}」未配置或暂不可用', en: 'The channel "{channel}" is not configured or not available right now' },
  CHANNEL_CODE_INVALID: { zh: '授权码无效或已使用，请重新获取', en: 'The authorisation code is invalid or already used; get a new one' },
  PERMISSION_UNKNOWN: { zh: '未知权限「{permission}」', en: 'Unknown permission "{permission}"' },
  ID_NUMBER_INVALID: { zh: '身份证号码校验失败', en: 'Invalid resident ID number' },
  PHONE_INVALID: { zh: '手机号码格式不正确', en: 'Invalid mobile phone number' },
  // core personal data (grid helper)
  PERSONAL_DATA_KEY: {
    zh: '个人信息无法解密：加密密钥配置有误（WUSHE_PII_KEYS）',
    en: 'Personal data cannot be decrypted: check the encryption keys (WUSHE_PII_KEYS)',
  },
  PASSWORD_WEAK: { zh: '密码至少 8 位', en: 'Password must have at least 8 characters' },
  SERVICE_UNAVAILABLE: { zh: '服务暂时不可用，请稍后重试', en: 'Service temporarily unavailable, please retry' },
  INTERNAL_SERVER_ERROR: { zh: '服务器内部错误（请求编号 {requestId}）', en: 'Internal server error (request {requestId})' },
  SUBSCRIPTION_LIMIT: { zh: '订阅数量超过上限', en: 'Too many subscriptions on this connection' },
  SUBSCRIPTION_OVER_HTTP: { zh: '订阅请通过 graphql-ws（WebSocket）发送', en: 'Send subscriptions over graphql-ws (WebSocket), not HTTP' },
  // uploads (照片与附件)
  UPLOAD_OWNER_UNKNOWN: { zh: '没有可附加照片的对象类型「{kind}」', en: 'No kind of object takes photos as "{kind}"' },
  UPLOAD_TYPE_UNSUPPORTED: { zh: '只接受图片：{types}', en: 'Only images are accepted: {types}' },
  UPLOAD_TOO_LARGE: { zh: '文件过大（上限 {max} 字节）', en: 'File too large (at most {max} bytes)' },
  UPLOAD_NOT_IMAGE: { zh: '文件不是可识别的图片', en: 'The file is not an image we can read' },
  UPLOAD_TYPE_MISMATCH: { zh: '文件的实际类型与申请上传时声明的不符', en: 'The file is not of the type declared for its slot' },
  UPLOAD_NOT_FOUND: { zh: '附件编号无效、已过期或不属于您：{key}', en: 'Unknown, expired or foreign attachment key: {key}' },
  UPLOAD_MISSING: { zh: '附件尚未上传文件', en: 'No file was uploaded for this attachment key' },
  UPLOAD_TOO_MANY: { zh: '附件过多（最多 {max} 个）', en: 'Too many attachments (at most {max})' },
  UPLOAD_ALREADY_SENT: { zh: '此上传凭据已使用', en: 'This upload slot has already received its file' },
  UPLOAD_URL_INVALID: { zh: '链接无效', en: 'Invalid link' },
  UPLOAD_URL_EXPIRED: { zh: '链接已过期，请重新获取', en: 'This link has expired; fetch a new one' },
  ALREADY_TAKEN: { zh: '该民需已被他人接单（当前状态：{state}）', en: 'Someone else already took this request (state {state})' },
  CREATED_RANGE: { zh: '提交时间范围有误：起始须早于结束', en: 'Bad created-at range: createdFrom must be before createdTo' },
  RAISED_RANGE: { zh: '提出时间范围有误：起始须早于结束', en: 'Bad raised-at range: raisedFrom must be before raisedTo' },
  SHIFT_RANGE: { zh: '班次时间范围有误：起始须早于结束', en: 'Bad shift time range: shiftsFrom must be before shiftsTo' },
  DISPATCH_KIND_UNKNOWN: { zh: '本社区没有此单型：{value}', en: 'Unknown request kind: {value}' },
  DISPATCH_CATEGORY_UNKNOWN: { zh: '本社区没有此分类：{value}', en: 'Unknown request category: {value}' },
  DISPATCH_CHANNEL_OFF: { zh: '本社区未开通此渠道：{value}', en: 'This channel is not open in the community: {value}' },
  DISPATCH_ROUTE_OFF: { zh: '本社区未启用此派单路径：{value}', en: 'This route is not enabled: {value}' },
  DISPATCH_ASSISTANTS_OFF: { zh: '本社区未启用协办', en: 'Assistants (协办) are not enabled' },
  DISPATCH_TAKER_INELIGIBLE: { zh: '此人不属于该派单路径的接单力量', en: 'This person may not take requests of this route' },
  DISPATCH_TAKER_CHANGED: { zh: '接单人已变更，请刷新后重试（当前状态：{state}）', en: 'The taker changed meanwhile (state {state}); reload and retry' },
  DISPATCH_STUDIO_OFF: { zh: '本社区未设书记工作室', en: 'The community has no secretary studio' },
  DISPATCH_DEPARTMENT_UNKNOWN: { zh: '不在本社区吹哨对象/上报部门名单中：{value}', en: 'Not an escalation target or department of the community: {value}' },
  DISPATCH_TARGET_CATEGORY: { zh: '该吹哨对象不负责此类诉求：{value}', en: "This escalation target does not answer for the request's category: {value}" },
  DISPATCH_WINDOW_PASSED: { zh: '已超过评价/重启期限（当前状态：{state}）', en: 'The rating/reopen window has passed (state {state})' },
  DISPATCH_MERGE_TARGET: { zh: '不能合并到该民需', en: 'Cannot merge into that request' },
  INSUFFICIENT_FUNDS: { zh: '基金余额不足', en: 'The fund does not hold enough money' },
  IDEMPOTENCY_KEY_REUSED: { zh: '幂等键已用于另一请求', en: 'This idempotency key was used for a different request' },
  ALREADY_APPROVED: { zh: '您已批准过此申请', en: 'You have already approved this request' },
  PURPOSE_UNKNOWN: { zh: '本社区没有此用途：{purpose}', en: 'Unknown purpose: {purpose}' },
  PURPOSE_EARMARKED: { zh: '专项基金只能用于「{purpose}」', en: 'This earmarked fund pays only for {purpose}' },
  COUNCIL_TOPIC_REQUIRED: { zh: '超过限额的支出须关联议事会议题', en: 'Above the threshold a council topic must be linked' },
  COMMITTEE_TOO_SMALL: {
    zh: '管委会成员不足 {required} 人（不含申请人），无法审批',
    en: 'The committee has fewer than {required} members besides the requester',
  },
  INSUFFICIENT_POINTS: { zh: '积分不足（当前余额 {balance}）', en: 'Not enough points (balance {balance})' },
  OUT_OF_STOCK: { zh: '库存不足', en: 'Out of stock' },
  ITEM_NOT_AVAILABLE: { zh: '商品未上架或不在兑换时间内', en: 'The item is not on sale at this time' },
  REDEMPTION_LIMIT_REACHED: { zh: '已达每户限兑数量（{limit}）', en: 'Limit per household reached ({limit})' },
  REDEMPTION_CODE_UNKNOWN: { zh: '兑换码无效', en: 'Unknown redemption code' },
  NO_POINTS_ACCOUNT: { zh: '未找到您的积分账户（请先在社区登记所在户）', en: 'No points account for you (register your household first)' },
  SELF_APPROVAL: { zh: '不能复核自己提交的积分调整', en: 'You cannot approve your own adjustment' },
  EXPIRY_DISABLED: { zh: '本社区未启用积分过期', en: 'Points expiry is not enabled in this community' },
  TEAM_UNKNOWN: { zh: '未知的志愿队伍「{team}」', en: 'Unknown volunteer team "{team}"' },
  NOT_A_VOLUNTEER: { zh: '您尚未登记为志愿者', en: 'You are not registered as a volunteer' },
  // volunteer (personal data)
  VOLUNTEER_ALREADY_REGISTERED: { zh: '该身份证号已登记为本社区志愿者', en: 'A volunteer with this ID number is already registered in this community' },
  ALREADY_SIGNED_UP: { zh: '已报名此班次', en: 'Already signed up for this shift' },
  SHIFT_FULL: { zh: '名额和候补均已满', en: 'The shift and its waiting list are full' },
  CHECK_IN_CODE_INVALID: { zh: '签到码不正确', en: 'Wrong check-in code' },
  OUTSIDE_CHECK_IN_WINDOW: { zh: '不在签到/签退时间内', en: 'Outside the check-in/check-out window' },
  NOTHING_TO_CORRECT: { zh: '更正后的时长与现有记录相同', en: 'The corrected minutes equal the current ones' },
  GRID_LEVEL_MISMATCH: {
    zh: '层级「{level}」与上级单元不符（须按本社区配置的层级逐级设置）',
    en: 'Level "{level}" does not fit the parent (levels follow the configured chain)',
  },
  GRID_ROLE_MISMATCH: { zh: '职责「{role}」不能设在「{level}」层级的单元上', en: 'Role "{role}" is not held on units of level "{level}"' },
  GRID_CATEGORY_UNKNOWN: { zh: '未配置的特殊群体类别「{category}」', en: 'Unknown special-care category "{category}"' },
  GRID_VISIT_KIND_UNKNOWN: { zh: '未配置的探访方式「{kind}」', en: 'Unknown visit kind "{kind}"' },
  GRID_FINDING_CATEGORY_UNKNOWN: { zh: '未配置的走访发现类别「{category}」', en: 'Unknown finding category "{category}"' },
  GRID_REFERRAL_UNAVAILABLE: {
    zh: '本社区未启用承接模块（民需派单或三项清单），无法转办',
    en: 'The receiving module (dispatch or resources) is not enabled in this community',
  },
  GRID_FINDING_REFERRED: { zh: '该走访发现已转办', en: 'This finding was already referred' },
  GRID_BATCH_TOO_LARGE: { zh: '一批最多提交 {max} 条走访记录', en: 'At most {max} visits per batch' },
  COUNCIL_COMMENT_HIDDEN: { zh: '该发言已被隐藏', en: 'This comment is already hidden' },
  COUNCIL_COMMENT_NOT_HIDDEN: { zh: '该发言未被隐藏', en: 'This comment is not hidden' },
  VOTE_CLOSED: { zh: '表决已结束，不再接受投票', en: 'The vote is closed' },
  STEP_DISABLED: { zh: '本议事机构未启用此步骤（{step}）', en: 'This body does not use this step ({step})' },
  COUNCIL_ALREADY_VOTED: {
    zh: '已投过票（本表决不可改票；户代表表决每户一票）',
    en: 'Already voted (changes are not allowed; one ballot per household in household votes)',
  },
  COUNCIL_NOT_ELIGIBLE: { zh: '不是本议事机构有表决权的成员', en: 'Not a voting member of this body' },
  COUNCIL_NO_HOUSEHOLD: { zh: '按户表决需登记所代表的户', en: 'A household vote needs the household the member represents' },
  COUNCIL_NOT_MEMBER: { zh: '不是本议事机构成员，且未开放线上议事', en: 'Not a member of this body, and its online discussion is not open' },
  COUNCIL_LEVEL_UNKNOWN: { zh: '未配置的议事层级「{level}」', en: 'Unknown council level "{level}"' },
  COUNCIL_PARENT_LEVEL: { zh: '上级议事机构须在上一层级', en: 'The parent body must be one level up' },
  COUNCIL_TOP_LEVEL: { zh: '已是最高一级议事机构，不能再上报', en: 'Already at the top level; cannot escalate' },
  COUNCIL_NO_PARENT: { zh: '找不到上一级议事机构，请指定', en: 'No body one level up; name the target body' },
  COUNCIL_TASKS_OPEN: { zh: '还有 {count} 项办理事项未完成', en: '{count} task(s) still open' },
  COUNCIL_OTHER_BODY: { zh: '议题不属于该议事机构', en: 'The topic belongs to another body' },
  COUNCIL_OUTSIDE_GRID: {
    zh: '网格员只能办理本网格的议事机构事务（社区级议事机构由社区工作人员办理）',
    en: 'Grid staff act only for bodies of their own grid (community-level bodies are run by community staff)',
  },
  // ── party (党建引领) ──
  PARTY_ROTATION_EXISTS: { zh: '{year} 年度轮值已生成（如需重排请选择覆盖）', en: 'The {year} rotation exists already (ask to replace it)' },
  PARTY_NOT_ENOUGH_UNITS: {
    zh: '在册成员单位不足：需要 {required} 家，现有 {available} 家',
    en: 'Not enough active member units: {required} needed, {available} available',
  },
  PARTY_UNIT_ALREADY_CHAIRS: {
    zh: '该单位本年度已在第 {position} 席轮值（可用对调）',
    en: 'This unit already chairs slot {position} of the year (swap instead)',
  },
  PARTY_SLOT_CHANGED: { zh: '轮值席位已被他人修改，请刷新后重试', en: 'The slot was changed meanwhile; reload and retry' },
  PARTY_NO_CHAIR: { zh: '{year} 年 {month} 月没有轮值单位，请先生成轮值', en: 'No chairing unit for {year}-{month}; generate the rotation first' },
  PARTY_NOT_CHAIR: { zh: '召集单位须是 {year} 年 {month} 月的轮值单位', en: 'The convening unit must be the chair of {year}-{month}' },
  PARTY_NOT_REPORTED: { zh: '您尚未到社区报到（报到党员方可认领）', en: 'You have not reported to the community as a party member' },
  PARTY_AUDIENCE: { zh: '该服务项目不面向此类认领方', en: 'This item is not open to this kind of claimer' },
  PARTY_ALREADY_CLAIMED: { zh: '已认领过此服务项目', en: 'Already claimed this item' },
  PARTY_ITEM_FULL: { zh: '服务项目名额已满', en: 'No places left on this item' },
  PARTY_ALREADY_REPORTED: { zh: '该账号已报到', en: 'This login has reported already' },
  // resources (三项清单)
  RESOURCES_CATEGORY_UNKNOWN: { zh: '本社区没有此需求类别「{category}」', en: 'Unknown need category "{category}"' },
  RESOURCES_GRID_REQUIRED: { zh: '网格员登记需求须指定所在网格', en: 'Grid workers must name the grid unit of the need' },
  RESOURCES_ALREADY_ANSWERED: { zh: '您已填写过此需求调查', en: 'You have already answered this survey' },
  RESOURCES_NOBODY_CHOSE: { zh: '没有居民选择「{option}」，不能转入需求库', en: 'Nobody chose "{option}"; nothing to turn into a need' },
  RESOURCES_ALREADY_CONVERTED: { zh: '「{option}」已转入需求库', en: '"{option}" is already in the needs list' },
  RESOURCES_RESOURCE_INACTIVE: { zh: '资源已下架，不能用于立项', en: 'The resource is archived and cannot be used in a project' },
  RESOURCES_MILESTONES_OPEN: { zh: '还有 {count} 个里程碑未完成', en: '{count} milestone(s) still open' },
  // ── stations (服务站点) ──
  STATION_KIND_UNKNOWN: { zh: '本社区没有此站点类型：{value}', en: 'Unknown station kind: {value}' },
  STATION_GROUPING_UNKNOWN: { zh: '本社区没有此服务共同体：{value}', en: 'Unknown service grouping: {value}' },
  STATION_CATEGORY_UNKNOWN: { zh: '本社区没有此服务类别：{value}', en: 'Unknown service category: {value}' },
  SERVICE_NOT_BOOKABLE: { zh: '该服务暂不接受预约', en: 'This service does not take bookings' },
  OUTSIDE_OPENING_HOURS: { zh: '不在站点开放时间内', en: "Outside the station's opening hours" },
  STATION_CLOSED: { zh: '站点当日闭站', en: 'The station is closed on that day' },
  SLOT_NOT_ALIGNED: { zh: '不是该服务的预约时段起点', en: "Not the start of one of the service's slots" },
  SLOT_PASSED: { zh: '该时段已开始或已过去', en: 'The slot has started or passed' },
  BOOKING_TOO_FAR: { zh: '最多提前 {days} 天预约', en: 'Bookings open at most {days} days ahead' },
  SLOT_FULL: { zh: '该时段已约满', en: 'The slot is fully booked' },
  ALREADY_BOOKED: { zh: '您已预约此时段', en: 'You have already booked this slot' },
  OUTCOMES_PERIOD: { zh: '统计期间有误：起始须早于结束，且不超过 5 年', en: 'Bad period: from must be before to, at most 5 years' },
};

/** Texts of codes that modules (plugins included) declare in their manifests, for codes the table above lacks. */
const declared = new Map<string, { zh: string; en: string }>();

/** Called by the registry for each manifest's `userErrorCodes`: the table above wins where both have a code. */
export function declareMessages(texts: Record<string, { 'zh-CN': string; en: string }>): void {
  for (const [code, t] of Object.entries(texts)) declared.set(code, { zh: t['zh-CN'], en: t.en });
}

export function translate(code: string, lang: Lang, params: Record<string, unknown> = {}): string {
  const entry = messages[code] ?? declared.get(code);
  const text = entry ? (lang === 'en' ? entry.en : entry.zh) : code;
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(localized(params[k], lang) ?? ''));
}

/** A param may itself be in both languages (`{ 'zh-CN': …, en: … }`, e.g. a zod problem): pick one. */
function localized(v: unknown, lang: Lang): unknown {
  if (v && typeof v === 'object' && 'zh-CN' in v && 'en' in v) return lang === 'en' ? (v as { en: unknown }).en : (v as { 'zh-CN': unknown })['zh-CN'];
  return v;
}

/** Picks zh-CN unless the client prefers English before Chinese in Accept-Language. */
export function pickLang(acceptLanguage: string | undefined | null): Lang {
  if (!acceptLanguage) return 'zh-CN';
  for (const part of acceptLanguage.split(',')) {
    const tag = part.split(';')[0]!.trim().toLowerCase();
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en';
  }
  return 'zh-CN';
}
