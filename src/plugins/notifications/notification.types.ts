// What a module declares in its manifest (`notifications`) so the kernel can tell whom an event
// concerns: the resident's own live feed (`myChanges`) and the in-app inbox (站内通知) are both fed
// by these rules, and the kernel never imports the module. Rules are data; audiences — how an id in
// an event (a household, a council body) turns into accounts — are the module's small functions.
import type { EntityManager } from '@mikro-orm/postgresql';

/** A text shown to users, in both languages the platform speaks. */
export type NotificationText = { 'zh-CN': string; en: string };

/**
 * Who an event concerns: the event data's `field` holds an id (or a list of ids) of `audience`:
 * - `account` (default): accounts themselves;
 * - `resident`: residents, reached through their membership's resident link (a resident with no
 *   login is not reached);
 * - `<module>.<name>`: an audience a module declares in `notifications.audiences` (e.g.
 *   `core.household` — the accounts of a household's residents; `council.body` — a body's members).
 */
export interface NotificationTarget {
  field: string;
  audience?: string;
}

export interface NotificationRule {
  /** Unique in the module; the rule's full key is `<module>.<key>` (kept on each notification). */
  key: string;
  /** The event type this rule reacts to (usually one of the module's own). */
  event: string;
  /** Who the event concerns (any of them). */
  to: NotificationTarget[];
  /** Only events whose data has these values (a value or one of a list), e.g. `{ status: 'RESOLVED' }`. */
  when?: Record<string, string | boolean | (string | boolean)[]>;
  /**
   * The in-app notification (zh-CN required; no personal data: the text is fixed, the subject is
   * linked by id). Without it the rule only streams the event to them live (`myChanges`).
   */
  notify?: { title: NotificationText; body: NotificationText };
  /** Channels beyond in-app (`wechat`, `sms`, or an adapter's key) this notification also goes out on, where configured. */
  channels?: string[];
}

/** How ids of one kind in events turn into accounts (and back, for the account's own feed). */
export interface NotificationAudience {
  /** The active accounts of these ids in the community (e.g. a household's members). */
  accounts(em: EntityManager, communityId: string, ids: string[]): Promise<string[]>;
  /** The ids of this kind the account belongs to in the community (e.g. her household). */
  of(em: EntityManager, communityId: string, accountId: string): Promise<string[]>;
}

/** The manifest field `notifications`. */
export interface NotificationDeclarations {
  rules?: NotificationRule[];
  /** Audiences other modules' rules may name as `<thisModule>.<name>`. */
  audiences?: Record<string, NotificationAudience>;
}
