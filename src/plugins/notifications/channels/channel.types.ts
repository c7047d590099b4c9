// The seam between the inbox and the world outside: a channel adapter sends one notification to
// one account's address on a provider (WeChat subscription messages, an SMS gateway …). The
// kernel owns retries (the job queue), bookkeeping (`notification_delivery`) and addresses; an
// adapter only speaks its provider's HTTP API. docs/integrations.md shows how to add one.

/** What an adapter sends: fixed texts of the rule (never another person's data) and a link. */
export interface ChannelMessage {
  /** zh-CN title and body of the notification. */
  title: string;
  body: string;
  /** When it happened. */
  sentAt: Date;
  /** Rule key (`dispatch.requestResolved`): adapters may pick a provider template by it. */
  ruleKey: string;
  /** Global id of the subject (for a mini-program page link), if any. */
  subjectId: string | null;
}

/** Where the message goes: the address the kernel resolved for the account on this channel. */
export interface ChannelRecipient {
  accountId: string;
  /** openid for WeChat, E.164 mobile number for SMS. */
  address: string;
}

/** A provider's refusal. `retryable`: the job queue tries again later (with backoff); otherwise the delivery is FAILED at once. */
export class ChannelError extends Error {
  constructor(
    /** The provider's own code (`43101`, `LimitExceeded.PhoneNumberDailyLimit`, `HTTP_503` …). */
    readonly code: string,
    message: string,
    readonly retryable: boolean,
  ) {
    // A provider's message may quote the number or openid it refused: long digit runs are masked
    // before the message reaches logs and the delivery record.
    super(`${code}: ${message.replace(/\+?\d{7,}/g, (d) => `${d.slice(0, 3)}****`).slice(0, 300)}`);
    this.name = 'ChannelError';
  }
}

/** Where an account's address on a channel comes from. */
export type AddressSource =
  /** The account's own mobile number (sealed on the account). */
  | 'phone'
  /** Bound by the account itself (`notificationChannelBind`), e.g. the WeChat openid from wx.login's code. */
  | 'binding';

export interface ChannelAdapter {
  /** Channel key used by rules' `channels` and in delivery records (`wechat`, `sms`). */
  readonly key: string;
  readonly addressSource: AddressSource;
  /** Sends one message; resolves with the provider's message id. A `ChannelError` says whether to retry; any other throw is retried. */
  send(to: ChannelRecipient, message: ChannelMessage): Promise<{ providerMessageId: string | null }>;
  /**
   * For `binding` channels: turns what the client has (wx.login's code) into the account's
   * address (the openid). A `ChannelError` answers the binding mutation with its code.
   */
  resolveBinding?(code: string): Promise<string>;
}
