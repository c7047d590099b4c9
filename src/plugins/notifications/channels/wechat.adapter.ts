// 微信小程序订阅消息 (WeChat mini-program subscription messages): an access_token from the app's
// appid and secret (`GET /cgi-bin/token`, cached until shortly before it expires, fetched again
// when WeChat says it is invalid), then `POST /cgi-bin/message/subscribe/send` with the openid
// of the account. The openid is bound by the account itself: the mini-program sends wx.login's
// code, exchanged here with `GET /sns/jscode2session`.
import { ChannelError, type ChannelAdapter, type ChannelMessage, type ChannelRecipient } from './channel.types';
import { requestJson } from './http-json';

export interface WechatConfig {
  appId: string;
  secret: string;
  templateId: string;
  /** Template keyword → what fills it: `title`, `body` or `time` (e.g. thing1 ← title). */
  fields: Record<string, 'title' | 'body' | 'time'>;
  /** Mini-program page opened from the message; `?id=<subject global id>` is appended. */
  page: string;
  /** formal | trial | developer */
  state: 'formal' | 'trial' | 'developer';
  /** https://api.weixin.qq.com, or a test double. */
  apiBase: string;
  timeoutMs: number;
}

/** Error codes worth another try: busy, access token invalid/expired (fetched again), API rate limit. */
const RETRYABLE = new Set([-1, 40001, 42001, 45009, 45011]);
const TOKEN_INVALID = new Set([40001, 40014, 42001]);

/** `thing` keywords take at most 20 characters, `phrase` 5 (WeChat refuses longer values with 47003). */
function fit(keyword: string, value: string): string {
  const max = keyword.startsWith('thing') ? 20 : keyword.startsWith('phrase') ? 5 : keyword.startsWith('character_string') ? 32 : 200;
  const chars = [...value];
  return chars.length <= max ? value : chars.slice(0, max - 1).join('') + '…';
}

/** `2026年12月07日 16:05` in China time, the format of `time` keywords. */
function chinaTime(d: Date): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hour12: false,
    })
      .formatToParts(d)
      .map((x) => [x.type, x.value]),
  );
  return `${p.year}年${p.month}月${p.day}日 ${p.hour}:${p.minute}`;
}

export class WechatSubscribeAdapter implements ChannelAdapter {
  readonly key = 'wechat';
  readonly addressSource = 'binding' as const;
  private token: { value: string; until: number } | null = null;
  private pending: Promise<string> | null = null;

  constructor(private readonly c: WechatConfig) {}

  private async accessToken(fresh = false): Promise<string> {
    if (!fresh && this.token && this.token.until > Date.now()) return this.token.value;
    this.pending ??= (async () => {
      const q = new URLSearchParams({ grant_type: 'client_credential', appid: this.c.appId, secret: this.c.secret });
      const r = await requestJson(`${this.c.apiBase}/cgi-bin/token?${q}`, { method: 'GET', timeoutMs: this.c.timeoutMs });
      if (typeof r.access_token !== 'string') throw wechatError(r);
      // Renew five minutes early: another replica's token fetch does not invalidate ours, but expiry does.
      this.token = { value: r.access_token, until: Date.now() + (Number(r.expires_in ?? 7200) - 300) * 1000 };
      return r.access_token;
    })().finally(() => (this.pending = null));
    return this.pending;
  }

  async send(to: ChannelRecipient, m: ChannelMessage): Promise<{ providerMessageId: string | null }> {
    const value = { title: m.title, body: m.body, time: chinaTime(m.sentAt) };
    const data = Object.fromEntries(Object.entries(this.c.fields).map(([k, src]) => [k, { value: fit(k, value[src]) }]));
    const body = JSON.stringify({
      touser: to.address,
      template_id: this.c.templateId,
      page: m.subjectId ? `${this.c.page}?id=${encodeURIComponent(m.subjectId)}` : this.c.page,
      miniprogram_state: this.c.state,
      lang: 'zh_CN',
      data,
    });
    for (let attempt = 0; ; attempt++) {
      const token = await this.accessToken(attempt > 0);
      const r = await requestJson(`${this.c.apiBase}/cgi-bin/message/subscribe/send?access_token=${encodeURIComponent(token)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        timeoutMs: this.c.timeoutMs,
      });
      if (Number(r.errcode ?? 0) === 0) return { providerMessageId: r.msgid != null ? String(r.msgid) : null };
      // A token revoked by a fetch elsewhere (another deployment with the same appid): fetch once more now.
      if (TOKEN_INVALID.has(Number(r.errcode)) && attempt === 0) continue;
      throw wechatError(r);
    }
  }

  async resolveBinding(code: string): Promise<string> {
    const q = new URLSearchParams({ appid: this.c.appId, secret: this.c.secret, js_code: code, grant_type: 'authorization_code' });
    const r = await requestJson(`${this.c.apiBase}/sns/jscode2session?${q}`, { method: 'GET', timeoutMs: this.c.timeoutMs });
    if (typeof r.openid !== 'string' || !r.openid) throw wechatError(r);
    return r.openid;
  }
}

function wechatError(r: Record<string, unknown>): ChannelError {
  const code = Number(r.errcode ?? -2);
  return new ChannelError(String(code), String(r.errmsg ?? 'unexpected answer'), RETRYABLE.has(code));
}
