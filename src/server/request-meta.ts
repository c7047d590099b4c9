// Request id and language for code that has no GraphQL context at hand (error formatting, logs).
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Lang } from '../schema/messages';

export interface RequestMeta {
  requestId: string;
  lang: Lang;
  /** scheme://host of the HTTP request, as the client addressed it (signed upload URLs point back to it). */
  origin?: string;
  /** Filled in as an HTTP operation runs, for its access-log line and metrics. */
  operation?: string | null;
  operationType?: string;
  community?: string | null;
  /** `extensions.code` of each error returned. */
  codes?: string[];
}

export const requestMeta = new AsyncLocalStorage<RequestMeta>();
