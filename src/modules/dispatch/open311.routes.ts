// Open311 view: a read-only GeoReport v2 projection of the community's requests, for 12345-style
// back ends (GET services.json, requests.json, requests/{id}.json), and the intake (POST
// requests.json, open311-intake.routes.ts). Served through the manifest's `http` routes: the server has
// authenticated the caller (a community API key) and checked `dispatch.georeport.read` (or
// `.submit`) before these run; every query is scoped to that community.
// Nothing personal leaves: no requester, household number, taker name, phone or free-text result —
// the description and location as filed (身份证号 and mobile numbers typed into them masked, whatever
// the key's permissions), states, times, and the route or department responsible.
import type { HttpRouteDeclaration, HttpRouteRequest } from '../../plugins/module-contract';
import type { Ctx } from '../../schema/context';
import { AppError } from '../../schema/errors';
import type { BilingualText } from '../../schema/zod-messages';
import { maskPersonalText } from '../../schema/free-text';
import { globalIdOrNull, toGlobalId } from '../../schema/global-id';
import { viewpoint } from './dispatch.access';
import { ACTIVE, STATUSES } from './dispatch.policy';
import type { DispatchSettings } from './dispatch.settings';
import { uuidArray } from '../../db/sql';
import { createRequest } from './open311-intake.routes';

const PERMISSION = 'dispatch.georeport.read';
const PAGE_DEFAULT = 100;
const PAGE_MAX = 1000;

const STATUS_NOTE: Record<string, string> = {
  SUBMITTED: '待派单',
  OPEN: '待接单',
  IN_PROGRESS: '办理中',
  ESCALATED: '已上报',
  RESOLVED: '已办结',
  CLOSED: '已关闭',
  CANCELLED: '已撤销',
  REJECTED: '不予受理',
  MERGED: '已合并',
};
const ROUTE_AGENCY: Record<string, string> = {
  PARTY_ORGANIZATION: '社区党组织',
  PARTY_MEMBERS: '报到党员',
  COBUILD_UNITS: '共建单位',
  MUTUAL_HELP: '居民互助',
};
const CLOSED = STATUSES.filter((s) => !(ACTIVE as string[]).includes(s));

/** GeoReport v2 service code: kind and category of settings, e.g. `routine.repair`. */
const serviceCode = (kind: string, category: string) => `${kind}.${category}`;

function services(s: DispatchSettings) {
  return s.kinds.flatMap((k) =>
    s.categories.map((c) => ({
      service_code: serviceCode(k.key, c.key),
      service_name: `${k.name}·${c.name}`,
      description: `${k.name}（${c.name}）`,
      metadata: false,
      type: 'realtime',
      keywords: [k.key, c.key].join(','),
      group: k.name,
    })),
  );
}

interface Row {
  id: string;
  kind: string;
  category: string;
  description: string;
  status: string;
  route: string | null;
  escalated_to: string | null;
  address: string | null;
  household_address: string | null;
  // Raw rows carry timestamps as text (the driver's parser is MikroORM's).
  created_at: string | Date;
  updated_at: string | Date;
  due_at: string | Date | null;
  latitude: number | null;
  longitude: number | null;
}

const iso = (v: string | Date) => new Date(v).toISOString();

function toGeoReport(r: Row, s: DispatchSettings) {
  const kind = s.kinds.find((k) => k.key === r.kind)?.name ?? r.kind;
  const category = s.categories.find((c) => c.key === r.category)?.name ?? r.category;
  return {
    service_request_id: toGlobalId('ServiceRequest', r.id),
    status: (ACTIVE as string[]).includes(r.status) ? 'open' : 'closed',
    status_notes: STATUS_NOTE[r.status] ?? r.status,
    service_name: `${kind}·${category}`,
    service_code: serviceCode(r.kind, r.category),
    description: maskPersonalText(r.description),
    agency_responsible: r.status === 'ESCALATED' || r.escalated_to ? r.escalated_to : r.route ? (ROUTE_AGENCY[r.route] ?? null) : null,
    service_notice: null,
    requested_datetime: iso(r.created_at),
    updated_datetime: iso(r.updated_at),
    expected_datetime: r.due_at == null ? null : iso(r.due_at),
    address: r.address != null ? maskPersonalText(r.address) : (r.household_address ?? null),
    address_id: null,
    zipcode: null,
    // As filed (Open311 intake); null for requests filed without coordinates.
    lat: r.latitude,
    long: r.longitude,
    media_url: null,
  };
}

const SELECT = `select s.id, s.kind, s.category, s.description, s.status, s.route, s.escalated_to, s.address,
       h.address as household_address, s.created_at, s.updated_at, s.due_at, s.latitude, s.longitude
  from dispatch_request s left join household h on h.id = s.household_id and h.community_id = s.community_id`;

const bad = (field: string, detail: BilingualText) => new AppError('BAD_USER_INPUT', 'BAD_USER_INPUT', { field, detail });

function date(v: string | undefined, field: string): Date | null {
  if (v == null || v === '') return null;
  const d = new Date(v);
  if (!/^\d{4}-\d{2}-\d{2}/.test(v) || Number.isNaN(d.getTime()))
    throw bad(field, { 'zh-CN': `${field}：ISO 8601 日期时间`, en: `${field}: ISO 8601 date-time` });
  return d;
}

function int(v: string | undefined, field: string, min: number, max: number, dflt: number): number {
  if (v == null || v === '') return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw bad(field, { 'zh-CN': `${field}：${min}–${max}`, en: `${field}: ${min}–${max}` });
  return n;
}

const list = (v: string | undefined) =>
  (v ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

const rawId = (globalId: string): string | null => globalIdOrNull(globalId, 'ServiceRequest');

async function listRequests(req: HttpRouteRequest, ctx: Ctx) {
  const vp = await viewpoint(ctx, 'read');
  const q = req.query;
  const where = ['s.community_id = ?'];
  const params: unknown[] = [vp.communityId];
  const ids = list(q.service_request_id);
  if (ids.length) {
    where.push(`s.id = any(?::uuid[])`);
    params.push(uuidArray(ids.map(rawId).filter((x): x is string => !!x)));
  }
  const codes = list(q.service_code);
  if (codes.length) {
    const pairs = codes.map((c) => c.split('.')).filter((p) => p.length === 2);
    if (!pairs.length) where.push('false');
    else {
      where.push(`(${pairs.map(() => '(s.kind = ? and s.category = ?)').join(' or ')})`);
      for (const [k, c] of pairs) params.push(k, c);
    }
  }
  const statuses = list(q.status).map((x) => x.toLowerCase());
  for (const st of statuses) if (st !== 'open' && st !== 'closed') throw bad('status', { 'zh-CN': 'status：open 或 closed', en: 'status: open or closed' });
  if (statuses.length === 1) {
    const set = statuses[0] === 'open' ? ACTIVE : CLOSED;
    where.push(`s.status in (${set.map((x) => `'${x}'`).join(', ')})`);
  }
  const start = date(q.start_date, 'start_date');
  const end = date(q.end_date, 'end_date');
  if (start) {
    where.push('s.created_at >= ?');
    params.push(start);
  }
  if (end) {
    where.push('s.created_at <= ?');
    params.push(end);
  }
  const size = int(q.page_size, 'page_size', 1, PAGE_MAX, PAGE_DEFAULT);
  const page = int(q.page, 'page', 1, 100_000, 1);
  const rows: Row[] = await ctx.em
    .getConnection()
    .execute(`${SELECT} where ${where.join(' and ')} order by s.id desc limit ? offset ?`, [...params, size, (page - 1) * size]);
  return { body: rows.map((r) => toGeoReport(r, vp.settings)) };
}

async function oneRequest(req: HttpRouteRequest, ctx: Ctx) {
  const vp = await viewpoint(ctx, 'read');
  const id = rawId(req.params.id ?? '');
  const rows: Row[] = id ? await ctx.em.getConnection().execute(`${SELECT} where s.community_id = ? and s.id = ?`, [vp.communityId, id]) : [];
  if (!rows.length) throw new AppError('NOT_FOUND');
  // GeoReport answers a single request as a one-element array.
  return { body: rows.map((r) => toGeoReport(r, vp.settings)) };
}

/** GeoReport v2 errors: an array of {code, description}. */
const errorBody = (status: number, _code: string, message: string) => [{ code: status, description: message }];

export const open311Routes: HttpRouteDeclaration[] = [
  {
    method: 'GET',
    path: '/open311/v2/services.json',
    permission: PERMISSION,
    errorBody,
    handler: async (_req, ctx: Ctx) => ({ body: services((await viewpoint(ctx, 'read')).settings) }),
  },
  { method: 'GET', path: '/open311/v2/requests.json', permission: PERMISSION, errorBody, handler: listRequests },
  { method: 'GET', path: '/open311/v2/requests/:id.json', permission: PERMISSION, errorBody, handler: oneRequest },
  { method: 'POST', path: '/open311/v2/requests.json', permission: 'dispatch.georeport.submit', errorBody, handler: createRequest },
];
