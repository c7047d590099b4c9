// 12345 / Open311 intake: `POST /open311/v2/requests.json` (GeoReport v2) files a request through
// an integrator's community API key holding `dispatch.georeport.submit`. Form fields per the spec:
// service_code (`<kind>.<category>` as services.json lists them), description, lat + long and/or
// address_string, media_url; address_id is not supported, and the caller's contact fields
// (first_name, last_name, email, phone, device_id, account_id) are not stored — the 12345 back end
// keeps its caller. GeoReport v2 has no client request id: a client's `Idempotency-Key` header
// makes a retried POST answer the first result instead of filing twice (the same key with a
// different form: 422). The request arrives by channel HOTLINE_12345 (open it in the community's
// dispatch settings), filed in the name of the key's creator; its status changes reach the back end
// as the module's events through a webhook endpoint.
import { createHash } from 'node:crypto';
import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import type { HttpRouteRequest, HttpRouteResponse } from '../../plugins/module-contract';
import type { Ctx } from '../../schema/context';
import { AppError } from '../../schema/errors';
import type { BilingualText } from '../../schema/zod-messages';
import { toGlobalId } from '../../schema/global-id';
import { forbiddenCharacter } from '../../schema/input-text';
import { recordEvent } from '../../plugins/events/record-event';
import { calendarOf } from '../../schema/calendar';
import { viewpoint } from './dispatch.access';
import { dueAt } from './dispatch.settings';
import { DispatchChannel } from './dispatch.enums';
import { DispatchLogEntry, ServiceRequest } from './request.entity';
import { DISPATCH_EVENTS } from './dispatch.events';
import { eventData } from './request.service';

const bad = (field: string, detail: BilingualText) => new AppError('BAD_USER_INPUT', 'BAD_USER_INPUT', { field, detail });

function coordinate(v: string | undefined, field: string, limit: number): number | null {
  if (v == null || v.trim() === '') return null;
  const n = Number(v.trim());
  if (!/^[+-]?\d{1,3}(\.\d{1,12})?$/.test(v.trim()) || !Number.isFinite(n) || Math.abs(n) > limit)
    throw bad(field, { 'zh-CN': `${field}：±${limit} 以内的十进制度数`, en: `${field}: a decimal degree within ±${limit}` });
  return n;
}

interface IntakeForm {
  kind: string;
  category: string;
  description: string;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  mediaUrl: string | null;
}

/** The form, checked: every refusal names the GeoReport field at fault. */
function readForm(body: Record<string, string | undefined>, ctxSettings: Awaited<ReturnType<typeof viewpoint>>['settings']): IntakeForm {
  for (const [k, v] of Object.entries(body)) {
    const c = v == null ? null : forbiddenCharacter(v);
    if (c) throw new AppError('BAD_USER_INPUT', 'TEXT_FORBIDDEN_CHARACTER', { field: k.slice(0, 60), char: c });
  }
  const code = (body.service_code ?? '').trim();
  if (!code) throw bad('service_code', { 'zh-CN': '须填写 service_code（见 services.json）', en: 'service_code is required (see services.json)' });
  const [kind, category, extra] = code.split('.');
  if (extra !== undefined || !ctxSettings.kinds.some((k) => k.key === kind) || !ctxSettings.categories.some((c) => c.key === category))
    throw bad('service_code', {
      'zh-CN': `未知的 service_code「${code.slice(0, 80)}」（见 services.json）`,
      en: `unknown service_code "${code.slice(0, 80)}" (see services.json)`,
    });
  const description = (body.description ?? '').trim();
  if (!description) throw bad('description', { 'zh-CN': '须填写 description', en: 'description is required' });
  if (description.length > 4000) throw bad('description', { 'zh-CN': 'description：不能超过 4000 个字符', en: 'description: at most 4000 characters' });
  if (body.address_id?.trim())
    throw bad('address_id', {
      'zh-CN': '不支持 address_id：请给 lat 和 long，或 address_string',
      en: 'address_id is not supported: send lat and long, or address_string',
    });
  const latitude = coordinate(body.lat, 'lat', 90);
  const longitude = coordinate(body.long, 'long', 180);
  if ((latitude === null) !== (longitude === null))
    throw bad(latitude === null ? 'lat' : 'long', { 'zh-CN': 'lat 与 long 须同时给出', en: 'lat and long go together' });
  const address = body.address_string?.trim() || null;
  if (address && address.length > 200)
    throw bad('address_string', { 'zh-CN': 'address_string：不能超过 200 个字符', en: 'address_string: at most 200 characters' });
  if (latitude === null && !address)
    throw bad('lat', { 'zh-CN': '须给出位置：lat 和 long，或 address_string', en: 'a location is required: lat and long, or address_string' });
  const mediaUrl = body.media_url?.trim() || null;
  if (mediaUrl && (mediaUrl.length > 500 || !/^https?:\/\/\S+$/i.test(mediaUrl)))
    throw bad('media_url', { 'zh-CN': 'media_url：不超过 500 个字符的 http(s) 地址', en: 'media_url: an http(s) URL of at most 500 characters' });
  return { kind: kind!, category: category!, description, address, latitude, longitude, mediaUrl };
}

const answer = (r: ServiceRequest, status: number): HttpRouteResponse => ({
  status,
  body: [{ service_request_id: toGlobalId('ServiceRequest', r.id), service_notice: null, account_id: null }],
});

const replay = (existing: ServiceRequest, digest: string): HttpRouteResponse =>
  existing.intakeDigest === digest
    ? answer(existing, 200)
    : { status: 422, body: [{ code: 422, description: 'IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request' }] };

export async function createRequest(req: HttpRouteRequest, ctx: Ctx): Promise<HttpRouteResponse> {
  const key = ctx.viewer?.apiKey;
  // A person files through GraphQL (serviceRequestCreate); this door is the integrators'.
  if (!key) throw new AppError('FORBIDDEN');
  const vp = await viewpoint(ctx, 'read');
  const s = vp.settings;
  const form = readForm(req.body, s);
  if (!s.channels.includes(DispatchChannel.HOTLINE_12345)) throw new AppError('FORBIDDEN', 'DISPATCH_CHANNEL_OFF', { value: DispatchChannel.HOTLINE_12345 });
  const idemKey = req.headers['idempotency-key']?.trim() || null;
  if (idemKey && !/^[\x21-\x7e]{1,200}$/.test(idemKey))
    throw bad('Idempotency-Key', { 'zh-CN': 'Idempotency-Key：1–200 个可见 ASCII 字符', en: 'Idempotency-Key: 1–200 visible ASCII characters' });
  const digest = createHash('sha256').update(JSON.stringify(form)).digest('base64url');
  const em = ctx.em;
  if (idemKey) {
    const existing = await em.findOne(ServiceRequest, { intakeApiKeyId: key.id, intakeKey: idemKey });
    if (existing) return replay(existing, digest);
  }
  // Filed in the name of whoever created the key (an administrator answers for what it files).
  const [owner] = (await em.getConnection().execute('select created_by from api_key where id = ?', [key.id])) as { created_by: string | null }[];
  if (!owner?.created_by) throw new AppError('FORBIDDEN');
  const calendar = await calendarOf(ctx);
  const kindName = s.kinds.find((k) => k.key === form.kind)!.name;
  const categoryName = s.categories.find((c) => c.key === form.category)!.name;
  try {
    const created = await em.transactional(async (tx) => {
      const t = tx as EntityManager;
      const r = t.create(ServiceRequest, {
        communityId: vp.communityId,
        kind: form.kind,
        category: form.category,
        title: `12345：${kindName}·${categoryName}`.slice(0, 100),
        description: form.description,
        address: form.address,
        latitude: form.latitude,
        longitude: form.longitude,
        // An outside address the server never fetches: kept as text, like attachments from before uploads.
        legacyAttachments: form.mediaUrl ? [form.mediaUrl] : [],
        channel: DispatchChannel.HOTLINE_12345,
        householdId: null,
        gridUnitId: null,
        gridPath: [],
        requesterResidentId: null,
        requesterAccountId: null,
        filedByAccountId: owner.created_by!,
        onBehalf: true,
        intakeApiKeyId: key.id,
        intakeKey: idemKey,
        intakeDigest: idemKey ? digest : null,
        dueAt: dueAt(s, form.kind, form.category, new Date(), calendar),
      });
      t.create(DispatchLogEntry, {
        communityId: vp.communityId,
        requestId: r.id,
        action: 'create',
        fromStatus: r.status,
        toStatus: r.status,
        actorAccountId: owner.created_by,
        actorRole: 'SYSTEM',
        body: null,
      });
      recordEvent(t, DISPATCH_EVENTS.RequestCreated, {
        communityId: vp.communityId,
        subject: { type: 'ServiceRequest', id: r.id },
        data: eventData(r, r.status, 'create', { channel: r.channel, householdId: null }),
      });
      return r;
    });
    return answer(created, 201);
  } catch (e) {
    // The same key sent twice at once: the other one filed it.
    if (!(e instanceof UniqueConstraintViolationException) || !idemKey) throw e;
    const fresh = ctx.em.fork({ clear: true });
    fresh.setFilterParams('tenant', { communityId: vp.communityId });
    const existing = await fresh.findOne(ServiceRequest, { intakeApiKeyId: key.id, intakeKey: idemKey });
    if (!existing) throw e;
    return replay(existing, digest);
  }
}
