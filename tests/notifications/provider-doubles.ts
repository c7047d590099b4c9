// Local test doubles of the providers the channel adapters speak to, on loopback: they check what
// the real services check (credentials, the TC3-HMAC-SHA256 signature recomputed here on its own,
// parameters) and answer in the providers' own success and error shapes. `failNext` scripts the
// providers' transient and final errors. Not a test file.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash, createHmac, randomBytes } from 'node:crypto';

abstract class Double {
  server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (d) => (raw += d));
    req.on('end', () => {
      const answer = this.handle(req, raw);
      res.writeHead(answer.status ?? 200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(answer.body));
    });
  });
  port = 0;
  async listen(): Promise<this> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }
  get base(): string {
    return `http://127.0.0.1:${this.port}`;
  }
  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((r) => this.server.close(() => r()));
  }
  protected abstract handle(req: http.IncomingMessage, raw: string): { status?: number; body: unknown };
}

export interface WechatSent {
  touser: string;
  template_id: string;
  page: string;
  miniprogram_state: string;
  lang: string;
  data: Record<string, { value: string }>;
}

/** api.weixin.qq.com: /cgi-bin/token, /sns/jscode2session, /cgi-bin/message/subscribe/send. */
export class WechatDouble extends Double {
  tokens = new Set<string>();
  tokenFetches = 0;
  /** wx.login codes → openid; each code works once. */
  codes = new Map<string, string>();
  usedCodes = new Set<string>();
  sent: WechatSent[] = [];
  failNext: { errcode: number; errmsg: string }[] = [];
  constructor(
    readonly appId: string,
    readonly secret: string,
    readonly templateId: string,
  ) {
    super();
  }
  /** Every token issued so far stops working (as when it expires). */
  expireTokens(): void {
    this.tokens.clear();
  }
  protected handle(req: http.IncomingMessage, raw: string) {
    const url = new URL(req.url!, 'http://x');
    const q = url.searchParams;
    const credentials = () =>
      q.get('appid') !== this.appId
        ? { errcode: 40013, errmsg: 'invalid appid' }
        : q.get('secret') !== this.secret
          ? { errcode: 40125, errmsg: 'invalid appsecret' }
          : null;
    if (req.method === 'GET' && url.pathname === '/cgi-bin/token') {
      if (q.get('grant_type') !== 'client_credential') return { body: { errcode: 40002, errmsg: 'invalid grant_type' } };
      const bad = credentials();
      if (bad) return { body: bad };
      this.tokenFetches++;
      const token = randomBytes(16).toString('hex');
      this.tokens.add(token);
      return { body: { access_token: token, expires_in: 7200 } };
    }
    if (req.method === 'GET' && url.pathname === '/sns/jscode2session') {
      const bad = credentials();
      if (bad) return { body: bad };
      if (q.get('grant_type') !== 'authorization_code') return { body: { errcode: 40002, errmsg: 'invalid grant_type' } };
      const code = q.get('js_code') ?? '';
      if (this.usedCodes.has(code)) return { body: { errcode: 40163, errmsg: 'code been used' } };
      const openid = this.codes.get(code);
      if (!openid) return { body: { errcode: 40029, errmsg: 'invalid code' } };
      this.usedCodes.add(code);
      return { body: { openid, session_key: randomBytes(16).toString('base64') } };
    }
    if (req.method === 'POST' && url.pathname === '/cgi-bin/message/subscribe/send') {
      const token = q.get('access_token') ?? '';
      if (!this.tokens.has(token)) return { body: { errcode: 42001, errmsg: 'access_token expired' } };
      let m: WechatSent;
      try {
        m = JSON.parse(raw);
      } catch {
        return { body: { errcode: 47001, errmsg: 'data format error' } };
      }
      if (!m.touser || ![...this.codes.values()].includes(m.touser)) return { body: { errcode: 40003, errmsg: 'invalid openid' } };
      if (m.template_id !== this.templateId) return { body: { errcode: 40037, errmsg: 'invalid template_id' } };
      for (const [k, v] of Object.entries(m.data ?? {}))
        if (typeof v?.value !== 'string' || (k.startsWith('thing') && [...v.value].length > 20))
          return { body: { errcode: 47003, errmsg: `argument invalid! data.${k}.value invalid` } };
      const fail = this.failNext.shift();
      if (fail) return { body: fail };
      this.sent.push(m);
      return { body: { errcode: 0, errmsg: 'ok', msgid: 1_000_000 + this.sent.length } };
    }
    return { status: 404, body: { errcode: 404, errmsg: 'not found' } };
  }
}

export interface SmsSent {
  PhoneNumberSet: string[];
  SmsSdkAppId: string;
  SignName: string;
  TemplateId: string;
  TemplateParamSet: string[];
}

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
const hmac = (k: Buffer | string, s: string) => createHmac('sha256', k).update(s, 'utf8').digest();

/** sms.tencentcloudapi.com, API 3.0 SendSms (2021-01-11), signature TC3-HMAC-SHA256 checked. */
export class TencentSmsDouble extends Double {
  sent: SmsSent[] = [];
  /** Error codes to answer instead of sending (`Response.Error`), or per number (`SendStatusSet[].Code`) when prefixed `status:`. */
  failNext: string[] = [];
  refused: string[] = [];
  constructor(
    readonly secretId: string,
    readonly secretKey: string,
    readonly sdkAppId: string,
    readonly signName: string,
    readonly templateId: string,
  ) {
    super();
  }
  private error(code: string, message: string) {
    this.refused.push(code);
    return { body: { Response: { Error: { Code: code, Message: message }, RequestId: randomBytes(8).toString('hex') } } };
  }
  protected handle(req: http.IncomingMessage, raw: string) {
    const h = req.headers as Record<string, string>;
    if (req.method !== 'POST' || new URL(req.url!, 'http://x').pathname !== '/') return this.error('UnsupportedOperation', 'POST / only');
    if (h['x-tc-action'] !== 'SendSms') return this.error('InvalidAction', `unknown action ${h['x-tc-action']}`);
    if (h['x-tc-version'] !== '2021-01-11') return this.error('NoSuchVersion', `unknown version ${h['x-tc-version']}`);
    if (!h['x-tc-region']) return this.error('MissingParameter', 'X-TC-Region');
    const ts = Number(h['x-tc-timestamp']);
    if (!Number.isFinite(ts) || Math.abs(Date.now() / 1000 - ts) > 300) return this.error('AuthFailure.SignatureExpire', 'signature expired');
    const m = /^TC3-HMAC-SHA256 Credential=([^/]+)\/(\d{4}-\d{2}-\d{2})\/sms\/tc3_request, SignedHeaders=([a-z;-]+), Signature=([0-9a-f]{64})$/.exec(
      h.authorization ?? '',
    );
    if (!m) return this.error('AuthFailure.InvalidAuthorization', 'malformed Authorization');
    const [, secretId, date, signedHeaders, signature] = m;
    if (secretId !== this.secretId) return this.error('AuthFailure.SecretIdNotFound', 'unknown SecretId');
    if (date !== new Date(ts * 1000).toISOString().slice(0, 10))
      return this.error('AuthFailure.SignatureFailure', 'credential date does not match the timestamp');
    // Recompute: the canonical request over the headers the client says it signed.
    const names = signedHeaders!.split(';');
    if (!names.includes('content-type') || !names.includes('host')) return this.error('AuthFailure.SignatureFailure', 'content-type and host must be signed');
    const canonicalHeaders = names
      .map(
        (n) =>
          `${n}:${String(h[n] ?? '')
            .trim()
            .toLowerCase()}\n`,
      )
      .join('');
    const canonical = ['POST', '/', '', canonicalHeaders, signedHeaders, sha256(raw)].join('\n');
    const toSign = ['TC3-HMAC-SHA256', String(ts), `${date}/sms/tc3_request`, sha256(canonical)].join('\n');
    const key = hmac(hmac(hmac(`TC3${this.secretKey}`, date!), 'sms'), 'tc3_request');
    if (createHmac('sha256', key).update(toSign, 'utf8').digest('hex') !== signature) return this.error('AuthFailure.SignatureFailure', 'signature mismatch');
    let body: SmsSent;
    try {
      body = JSON.parse(raw);
    } catch {
      return this.error('InvalidParameter', 'body is not JSON');
    }
    if (body.SmsSdkAppId !== this.sdkAppId) return this.error('InvalidParameterValue.SdkAppIdNotExist', 'SdkAppId');
    if (body.SignName !== this.signName) return this.error('FailedOperation.SignatureIncorrectOrUnapproved', 'SignName');
    if (body.TemplateId !== this.templateId) return this.error('FailedOperation.TemplateIncorrectOrUnapproved', 'TemplateId');
    if (!Array.isArray(body.PhoneNumberSet) || body.PhoneNumberSet.length === 0 || !body.PhoneNumberSet.every((p) => /^\+861\d{10}$/.test(p)))
      return this.error('InvalidParameterValue.IncorrectPhoneNumber', `incorrect phone number: ${String(body.PhoneNumberSet?.[0])}`);
    const fail = this.failNext.shift();
    if (fail && !fail.startsWith('status:')) return this.error(fail, 'scripted');
    const requestId = randomBytes(8).toString('hex');
    if (fail) {
      this.refused.push(fail.slice(7));
      return {
        body: {
          Response: {
            SendStatusSet: body.PhoneNumberSet.map((p) => ({
              SerialNo: '',
              PhoneNumber: p,
              Fee: 0,
              SessionContext: '',
              Code: fail.slice(7),
              Message: 'scripted',
              IsoCode: 'CN',
            })),
            RequestId: requestId,
          },
        },
      };
    }
    this.sent.push(body);
    return {
      body: {
        Response: {
          SendStatusSet: body.PhoneNumberSet.map((p, i) => ({
            SerialNo: `2433:${this.sent.length}${i}`,
            PhoneNumber: p,
            Fee: 1,
            SessionContext: '',
            Code: 'Ok',
            Message: 'send success',
            IsoCode: 'CN',
          })),
          RequestId: requestId,
        },
      },
    };
  }
}
