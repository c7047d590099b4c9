// 腾讯云短信 (Tencent Cloud SMS, API 3.0 `SendSms`, version 2021-01-11): a POST of JSON signed
// with TC3-HMAC-SHA256 (canonical request → string to sign → key derived from the SecretKey, the
// date, the service and `tc3_request`). The template is approved in the console beforehand; its
// single parameter {1} gets the notification's title. The number is the account's own phone.
import { createHash, createHmac } from 'node:crypto';
import { ChannelError, type ChannelAdapter, type ChannelMessage, type ChannelRecipient } from './channel.types';
import { requestJson } from './http-json';

export interface TencentSmsConfig {
  secretId: string;
  secretKey: string;
  /** SmsSdkAppId of the SMS application (1400…). */
  sdkAppId: string;
  /** Approved signature (签名内容). */
  signName: string;
  templateId: string;
  region: string;
  /** https://sms.tencentcloudapi.com, or a test double. */
  endpoint: string;
  timeoutMs: number;
}

const SERVICE = 'sms';
const VERSION = '2021-01-11';
const ACTION = 'SendSms';

const sha256hex = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
const hmac = (key: Buffer | string, s: string) => createHmac('sha256', key).update(s, 'utf8').digest();

/** The TC3-HMAC-SHA256 Authorization header of a POST of `payload` to `host` at `timestamp` (seconds). */
export function tc3Authorization(o: { secretId: string; secretKey: string; host: string; payload: string; timestamp: number; service?: string }): string {
  const service = o.service ?? SERVICE;
  const date = new Date(o.timestamp * 1000).toISOString().slice(0, 10);
  const signedHeaders = 'content-type;host';
  const canonical = ['POST', '/', '', `content-type:application/json; charset=utf-8\nhost:${o.host}\n`, signedHeaders, sha256hex(o.payload)].join('\n');
  const scope = `${date}/${service}/tc3_request`;
  const toSign = ['TC3-HMAC-SHA256', String(o.timestamp), scope, sha256hex(canonical)].join('\n');
  const key = hmac(hmac(hmac(`TC3${o.secretKey}`, date), service), 'tc3_request');
  const signature = createHmac('sha256', key).update(toSign, 'utf8').digest('hex');
  return `TC3-HMAC-SHA256 Credential=${o.secretId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
}

/** Provider codes worth another try: its own faults and rate limits (not a number's daily quota). */
const retryable = (code: string) =>
  code.startsWith('InternalError') ||
  code === 'RequestLimitExceeded' ||
  code === 'LimitExceeded.PhoneNumberThirtySecondLimit' ||
  code === 'ResourceUnavailable';

/** Mainland numbers are stored as 11 digits; the API wants E.164. */
const e164 = (phone: string) => (phone.startsWith('+') ? phone : `+86${phone}`);

export class TencentSmsAdapter implements ChannelAdapter {
  readonly key = 'sms';
  readonly addressSource = 'phone' as const;

  constructor(private readonly c: TencentSmsConfig) {}

  async send(to: ChannelRecipient, m: ChannelMessage): Promise<{ providerMessageId: string | null }> {
    const payload = JSON.stringify({
      PhoneNumberSet: [e164(to.address)],
      SmsSdkAppId: this.c.sdkAppId,
      SignName: this.c.signName,
      TemplateId: this.c.templateId,
      TemplateParamSet: [m.title],
      SessionContext: m.ruleKey,
    });
    const host = new URL(this.c.endpoint).host;
    const timestamp = Math.floor(Date.now() / 1000);
    const r = await requestJson(this.c.endpoint, {
      method: 'POST',
      headers: {
        Authorization: tc3Authorization({ secretId: this.c.secretId, secretKey: this.c.secretKey, host, payload, timestamp }),
        'Content-Type': 'application/json; charset=utf-8',
        'X-TC-Action': ACTION,
        'X-TC-Version': VERSION,
        'X-TC-Timestamp': String(timestamp),
        'X-TC-Region': this.c.region,
      },
      body: payload,
      timeoutMs: this.c.timeoutMs,
    });
    const response = (r.Response ?? {}) as {
      Error?: { Code?: string; Message?: string };
      SendStatusSet?: { Code?: string; Message?: string; SerialNo?: string }[];
    };
    if (response.Error) {
      const code = String(response.Error.Code ?? 'UnknownError');
      throw new ChannelError(code, String(response.Error.Message ?? ''), retryable(code));
    }
    const status = response.SendStatusSet?.[0];
    if (!status) throw new ChannelError('NoSendStatus', 'no SendStatusSet in the answer', true);
    if (status.Code !== 'Ok') {
      const code = String(status.Code ?? 'UnknownError');
      throw new ChannelError(code, String(status.Message ?? ''), retryable(code));
    }
    return { providerMessageId: status.SerialNo ?? null };
  }
}
