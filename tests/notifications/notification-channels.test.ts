// Channels beyond in-app, end to end against local doubles of the providers (provider-doubles.ts):
// a resident binds WeChat with wx.login's code (jscode2session), and her notifications go out as
// subscription messages (access_token, then subscribe/send with her openid) and, where the rule
// asks, as Tencent Cloud SMS to her own phone (TC3-HMAC-SHA256 checked by the double). Transient
// provider errors are retried by the job queue; final ones mark the delivery FAILED; an account
// without an address is SKIPPED. The adapters are also driven directly for their error shapes.
import type { Client } from 'pg';
import { startTestServer, type GqlOptions, type TestServer } from '../harness/server';
import { waitUntil } from '../harness/proc-events';
import * as D from '../dispatch/dispatch-helpers';
import * as N from './notifications-helpers';
import { TencentSmsDouble, WechatDouble } from './provider-doubles';
import { WechatSubscribeAdapter, type WechatConfig } from '../../src/plugins/notifications/channels/wechat.adapter';
import { TencentSmsAdapter, type TencentSmsConfig } from '../../src/plugins/notifications/channels/tencent-sms.adapter';
import { ChannelError } from '../../src/plugins/notifications/channels/channel.types';
import { loadConfig, ConfigError } from '../../src/config';

let s: TestServer;
let db: Client;
const as: Record<string, GqlOptions> = {};
const wx = new WechatDouble('wx0123456789abcdef', 'wx-secret-for-tests', 'TPL-REQUEST-PROGRESS');
const sms = new TencentSmsDouble('AKIDtestSecretId0001', 'test-secret-key-0001', '1400000001', '金秋社区', '2001001');
let wechatConfig: WechatConfig;
let smsConfig: TencentSmsConfig;

const ok = <T extends { userErrors: { code: string }[] }>(p: T | null | undefined): T => {
  expect(p?.userErrors).toEqual([]);
  return p!;
};
const rawId = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':').at(-1)!;
const file = async (who: GqlOptions) =>
  ok((await s.gql(D.DispatchCreate, { input: D.intake({ kind: 'wish', address: '金秋小区 3 栋' }) }, who)).data!.serviceRequestCreate).serviceRequest!.id;
const dispatchPool = async (id: string) => ok((await s.gql(D.DispatchDispatch, { input: { id, mode: 'POOL' } }, as.staff)).data!.serviceRequestDispatch);

interface DeliveryRow {
  channel: string;
  status: string;
  attempts: number;
  last_error: string | null;
  provider_message_id: string | null;
}
/** The deliveries of the notifications of one rule on one request, once none is pending. */
async function settled(requestId: string, rule: string, channels: number): Promise<DeliveryRow[]> {
  return waitUntil(
    `deliveries of ${rule}`,
    async () => {
      const rows = (
        await db.query<DeliveryRow>(
          `select d.channel, d.status, d.attempts, d.last_error, d.provider_message_id from notification_delivery d
             join notification n on n.id = d.notification_id where n.subject_id = $1 and n.rule_key = $2 order by d.channel`,
          [rawId(requestId), rule],
        )
      ).rows;
      return rows.length === channels && rows.every((r) => r.status !== 'PENDING') && rows;
    },
    20_000,
    100,
  );
}

beforeAll(async () => {
  await wx.listen();
  await sms.listen();
  wechatConfig = {
    appId: wx.appId,
    secret: wx.secret,
    templateId: wx.templateId,
    fields: { thing1: 'title', thing2: 'body', time3: 'time' },
    page: 'pages/request/detail',
    state: 'trial',
    apiBase: wx.base,
    timeoutMs: 2000,
  };
  smsConfig = {
    secretId: sms.secretId,
    secretKey: sms.secretKey,
    sdkAppId: sms.sdkAppId,
    signName: sms.signName,
    templateId: sms.templateId,
    region: 'ap-guangzhou',
    endpoint: `${sms.base}/`,
    timeoutMs: 2000,
  };
  s = await startTestServer({
    demo: true,
    config: { backgroundJobs: true, jobsPollMs: 100, notifications: { maxAttempts: 3, wechat: wechatConfig, sms: smsConfig } },
  });
  db = await D.pg(s.databaseUrl);
  for (const l of ['admin', 'staff', 'party', 'resident', 'volunteer']) as[l] = { token: await s.login(l) };
  ok((await s.gql(D.DispatchConfigure, { input: { moduleKey: 'dispatch', enabled: true } }, as.admin)).data!.communityModuleConfigure);
}, 60_000);
afterAll(async () => {
  await db?.end();
  await s?.stop();
  await wx.close();
  await sms.close();
});

test('binding WeChat: the code from wx.login becomes her openid (sealed at rest); bad codes and channels are typed refusals', async () => {
  wx.codes.set('code-sunli-1', 'oSunLi-openid-0001');
  const bad = (await s.gql(N.ChannelBind, { input: { channel: 'wechat', code: 'no-such-code' } }, as.resident)).data!.notificationChannelBind;
  expect(bad).toMatchObject({ bound: false, userErrors: [{ code: 'CHANNEL_CODE_INVALID', field: ['input', 'code'] }] });
  const sms = (await s.gql(N.ChannelBind, { input: { channel: 'sms', code: 'x' } }, as.resident)).data!.notificationChannelBind;
  expect(sms.userErrors).toEqual([{ code: 'CHANNEL_UNAVAILABLE', field: ['input', 'channel'] }]);
  expect(ok((await s.gql(N.ChannelBind, { input: { channel: 'wechat', code: 'code-sunli-1' } }, as.resident)).data!.notificationChannelBind).bound).toBe(true);
  // A code works once (WeChat's 40163).
  const again = (await s.gql(N.ChannelBind, { input: { channel: 'wechat', code: 'code-sunli-1' } }, as.resident)).data!.notificationChannelBind;
  expect(again.userErrors.map((e) => e.code)).toEqual(['CHANNEL_CODE_INVALID']);
  const stored = (await db.query(`select b.address from notification_channel_binding b join account a on a.id = b.account_id where a.login = 'resident'`)).rows;
  expect(stored).toHaveLength(1);
  expect(stored[0].address).not.toContain('oSunLi');
});

test('her request’s steps reach WeChat with her openid; a busy WeChat is retried by the job queue; an expired token is fetched again', async () => {
  const id = await file(as.resident);
  wx.failNext.push({ errcode: -1, errmsg: 'system error' });
  await dispatchPool(id);
  const [dispatched] = await settled(id, 'dispatch.requestDispatched', 1);
  expect(dispatched).toMatchObject({ channel: 'wechat', status: 'SENT', attempts: 2, last_error: null });
  expect(dispatched!.provider_message_id).toMatch(/^\d+$/);
  const msg = wx.sent.at(-1)!;
  expect(msg).toMatchObject({ touser: 'oSunLi-openid-0001', template_id: wx.templateId, miniprogram_state: 'trial', lang: 'zh_CN' });
  expect(msg.page).toBe(`pages/request/detail?id=${encodeURIComponent(id)}`);
  expect(msg.data.thing1!.value).toBe('您的诉求已派单');
  expect([...msg.data.thing2!.value].length).toBeLessThanOrEqual(20);
  expect(msg.data.time3!.value).toMatch(/^\d{4}年\d{2}月\d{2}日 \d{2}:\d{2}$/);

  const fetches = wx.tokenFetches;
  wx.expireTokens();
  ok((await s.gql(D.DispatchClaim, { input: { id } }, as.party)).data!.serviceRequestClaim);
  const [claimed] = await settled(id, 'dispatch.requestClaimed', 1);
  expect(claimed).toMatchObject({ status: 'SENT', attempts: 1 });
  expect(wx.tokenFetches).toBe(fetches + 1);
  expect(wx.sent.at(-1)!.data.thing1!.value).toBe('您的诉求已有人接单');

  // Resolved: WeChat and SMS; Tencent's transient InternalError is retried, her own phone is used.
  sms.failNext.push('InternalError.Timeout');
  ok((await s.gql(D.DispatchResolve, { input: { id, result: '已修好' } }, as.party)).data!.serviceRequestResolve);
  const resolved = await settled(id, 'dispatch.requestResolved', 2);
  expect(resolved.map((r) => [r.channel, r.status, r.attempts])).toEqual([
    ['sms', 'SENT', 2],
    ['wechat', 'SENT', 1],
  ]);
  expect(sms.refused).toContain('InternalError.Timeout');
  expect(sms.sent.at(-1)).toMatchObject({ PhoneNumberSet: ['+8613900001009'], TemplateParamSet: ['您的诉求已办结'], SignName: '金秋社区' });
  expect(resolved[0]!.provider_message_id).toMatch(/^2433:/);
});

test('final refusals fail at once; an account without an address is skipped; nothing is sent twice', async () => {
  const id = await file(as.resident);
  wx.failNext.push({ errcode: 43101, errmsg: 'user refuse to accept the msg' });
  await dispatchPool(id);
  const [refused] = await settled(id, 'dispatch.requestDispatched', 1);
  expect(refused).toMatchObject({ status: 'FAILED', attempts: 1 });
  expect(refused!.last_error).toMatch(/^43101: /);
  // The volunteer never bound WeChat: skipped, nothing sent to anyone.
  const sentBefore = wx.sent.length;
  const hers = await file(as.volunteer);
  await dispatchPool(hers);
  const [skipped] = await settled(hers, 'dispatch.requestDispatched', 1);
  expect(skipped).toMatchObject({ status: 'SKIPPED' });
  expect(wx.sent.length).toBe(sentBefore);
  // A wrong SMS template (a final error): FAILED after one attempt.
  sms.failNext.push('status:FailedOperation.TemplateIncorrectOrUnapproved');
  ok((await s.gql(D.DispatchClaim, { input: { id } }, as.party)).data!.serviceRequestClaim);
  ok((await s.gql(D.DispatchResolve, { input: { id, result: '已处理' } }, as.party)).data!.serviceRequestResolve);
  const rows = await settled(id, 'dispatch.requestResolved', 2);
  expect(rows.find((r) => r.channel === 'sms')).toMatchObject({ status: 'FAILED', attempts: 1 });
  // Every delivery row has one notification and one channel; a redelivered event adds none.
  const before = (await db.query('select count(*)::int as n from notification_delivery')).rows[0].n;
  await db.query(`update event_consumer set last_seq = 0 where consumer like 'notifications:%'`);
  s.wushe.consumers.kick();
  await s.wushe.consumers.idle();
  expect((await db.query('select count(*)::int as n from notification_delivery')).rows[0].n).toBe(before);
});

test('adapters against the doubles: signatures and credentials are checked, error shapes become typed channel errors', async () => {
  wx.codes.set('code-direct', 'oSunLi-openid-0001'); // an openid the double knows, whatever ran before
  const message = { title: '测试', body: '测试内容', sentAt: new Date(), ruleKey: 'x.y', subjectId: null };
  const good = new TencentSmsAdapter(smsConfig);
  expect((await good.send({ accountId: 'a', address: '13900001009' }, message)).providerMessageId).toMatch(/^2433:/);
  const forged = new TencentSmsAdapter({ ...smsConfig, secretKey: 'not-the-key' });
  const e1 = await forged.send({ accountId: 'a', address: '13900001009' }, message).catch((e) => e);
  expect(e1).toBeInstanceOf(ChannelError);
  expect([e1.code, e1.retryable]).toEqual(['AuthFailure.SignatureFailure', false]);
  const e2 = await good.send({ accountId: 'a', address: '1390000100' }, message).catch((e) => e);
  expect([e2.code, e2.retryable]).toEqual(['InvalidParameterValue.IncorrectPhoneNumber', false]);
  // The provider quoted the number: masked before it reaches logs and the delivery record.
  expect(e2.message).toBe('InvalidParameterValue.IncorrectPhoneNumber: incorrect phone number: +86****');
  sms.failNext.push('RequestLimitExceeded');
  expect((await good.send({ accountId: 'a', address: '13900001009' }, message).catch((e) => e)).retryable).toBe(true);

  const wrongSecret = new WechatSubscribeAdapter({ ...wechatConfig, secret: 'wrong' });
  const e3 = await wrongSecret.send({ accountId: 'a', address: 'oSunLi-openid-0001' }, message).catch((e) => e);
  expect([e3.code, e3.retryable]).toEqual(['40125', false]);
  const wechat = new WechatSubscribeAdapter(wechatConfig);
  const e4 = await wechat.send({ accountId: 'a', address: 'unknown-openid' }, message).catch((e) => e);
  expect([e4.code, e4.retryable]).toEqual(['40003', false]);
  // Long titles are cut to what a `thing` keyword takes (WeChat refuses longer ones with 47003).
  await wechat.send({ accountId: 'a', address: 'oSunLi-openid-0001' }, { ...message, title: '很长'.repeat(20) });
  expect([...wx.sent.at(-1)!.data.thing1!.value].length).toBe(20);
  // A provider that is down: retryable.
  const down = new WechatSubscribeAdapter({ ...wechatConfig, apiBase: 'http://127.0.0.1:9' });
  expect((await down.send({ accountId: 'a', address: 'x' }, message).catch((e) => e)).retryable).toBe(true);
});

test('configuration: channels from env vars, each refusing to start without its credentials', () => {
  const base = { NODE_ENV: 'test' };
  expect(loadConfig(base).notifications).toEqual({ maxAttempts: 8, wechat: null, sms: null });
  expect(() => loadConfig({ ...base, WUSHE_NOTIFY_CHANNELS: 'wechat' })).toThrow(ConfigError);
  expect(() => loadConfig({ ...base, WUSHE_NOTIFY_CHANNELS: 'fax' })).toThrow(/unknown channel "fax"/);
  const c = loadConfig({
    ...base,
    WUSHE_NOTIFY_CHANNELS: 'wechat,sms',
    WUSHE_WECHAT_APPID: 'wxa',
    WUSHE_WECHAT_SECRET: 's',
    WUSHE_WECHAT_TEMPLATE_ID: 't',
    WUSHE_WECHAT_TEMPLATE_FIELDS: 'thing4:title,time2:time',
    WUSHE_SMS_TENCENT_SECRET_ID: 'id',
    WUSHE_SMS_TENCENT_SECRET_KEY: 'key',
    WUSHE_SMS_TENCENT_APP_ID: '1400',
    WUSHE_SMS_TENCENT_SIGN_NAME: '社区',
    WUSHE_SMS_TENCENT_TEMPLATE_ID: '1',
  }).notifications;
  expect(c.wechat).toMatchObject({ appId: 'wxa', fields: { thing4: 'title', time2: 'time' }, apiBase: 'https://api.weixin.qq.com', state: 'formal' });
  expect(c.sms).toMatchObject({ endpoint: 'https://sms.tencentcloudapi.com', region: 'ap-guangzhou' });
  expect(() =>
    loadConfig({
      ...base,
      WUSHE_NOTIFY_CHANNELS: 'wechat',
      WUSHE_WECHAT_APPID: 'a',
      WUSHE_WECHAT_SECRET: 'b',
      WUSHE_WECHAT_TEMPLATE_ID: 'c',
      WUSHE_WECHAT_TEMPLATE_FIELDS: 'thing1:name',
    }),
  ).toThrow(/WUSHE_WECHAT_TEMPLATE_FIELDS/);
});
