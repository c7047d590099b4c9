// The reference live board: sign in, load the community's (or one grid's) open requests, then keep
// them current from the `dispatchBoard` subscription (live.ts reconnects and catches up by cursor).
// Rendering uses textContent only: names and titles are data, never markup.
import './style.css';
import { anonymous, ApiError, loadConfig, request, session, wsUrl, type BoardConfig } from './api';
import { BoardGrids, BoardStart, Login, Logout } from './documents';
import type { BoardRequestFragment, BoardStartQuery } from './gql/graphql';
import { ACTIVE, EVENT, LIVE, STATUS, when } from './labels';
import { startLive, type BoardEvent } from './live';

const $ = <T extends HTMLElement>(sel: string) => document.querySelector<T>(sel)!;
const el = (tag: string, text = '', cls = '') => {
  const e = document.createElement(tag);
  e.textContent = text;
  if (cls) e.className = cls;
  return e;
};

let config: BoardConfig;
let live: ReturnType<typeof startLive> | null = null;
let catalog: BoardStartQuery['dispatchCatalog'] | null = null;
const rows = new Map<string, BoardRequestFragment>();
const fresh = new Set<string>();

const kindName = (k: string) => catalog?.kinds.find((x) => x.key === k)?.name ?? k;
const categoryName = (k: string) => catalog?.categories.find((x) => x.key === k)?.name ?? k;

/**
 * 照片 — thumbnails of the request's photos: short-lived signed URLs the API gives each reader
 * (null when the viewer may not open them). The image request carries no credentials and no
 * referrer; an expired URL is renewed with the row's next event (each brings the request anew).
 * Clicking a thumbnail opens the full photo.
 */
const MAX_THUMBS = 3;
function photoCell(r: BoardRequestFragment): HTMLElement {
  const td = el('td', '', 'photos');
  const shown = r.attachments.filter((a) => a.thumbnailUrl).slice(0, MAX_THUMBS);
  if (!shown.length) {
    td.textContent = '—';
    return td;
  }
  for (const a of shown) {
    const img = document.createElement('img');
    img.src = a.thumbnailUrl!;
    img.alt = '照片';
    img.loading = 'lazy';
    img.referrerPolicy = 'no-referrer';
    img.dataset.key = a.key;
    if (a.url) {
      const link = document.createElement('a');
      link.href = a.url;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      link.append(img);
      td.append(link);
    } else td.append(img);
  }
  if (r.attachments.length > shown.length) td.append(el('span', `+${r.attachments.length - shown.length}`, 'more'));
  return td;
}

function renderBoard() {
  const body = $('#board tbody');
  const sorted = [...rows.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
  body.replaceChildren(
    ...sorted.map((r) => {
      const tr = document.createElement('tr');
      tr.dataset.id = r.id;
      if (fresh.has(r.id)) tr.className = 'fresh';
      const status = el('td');
      status.append(el('span', STATUS[r.status], 'status'));
      if (r.overdue) status.append(' ', el('span', '超期', 'overdue'));
      tr.append(
        el('td', r.title, 'title'),
        status,
        el('td', kindName(r.kind)),
        el('td', categoryName(r.category)),
        el('td', r.requester?.name ?? '—', 'requester'),
        el('td', r.household?.number ?? '—', 'household'),
        el('td', r.grid?.name ?? '—', 'grid'),
        el('td', r.taker?.displayName ?? '—', 'taker'),
        el('td', when(r.createdAt)),
        photoCell(r),
      );
      return tr;
    }),
  );
  fresh.clear();
  $('#count').textContent = `共 ${rows.size} 件`;
  $('#empty').hidden = rows.size > 0;
}

function onEvent(e: BoardEvent) {
  const li = el('li');
  li.dataset.cursor = e.cursor;
  li.dataset.type = e.type;
  li.dataset.request = e.requestId;
  li.append(el('time', when(e.occurredAt)), el('b', EVENT[e.type] ?? e.type), ' ', e.request?.title ?? '（已不可见）');
  $('#events').prepend(li);
  // The request as the board may see it now: on the board while active, off it otherwise.
  if (e.request && ACTIVE.has(e.request.status)) {
    if (!rows.has(e.requestId)) fresh.add(e.requestId);
    rows.set(e.requestId, e.request);
  } else rows.delete(e.requestId);
  renderBoard();
}

function setLive(state: keyof typeof LIVE, detail?: string) {
  const badge = $('#live');
  badge.dataset.state = state;
  badge.textContent = LIVE[state];
  if (detail === 'signed-out') showLogin('登录已过期，请重新登录');
}

const grid = () => $<HTMLSelectElement>('#grid').value || null;

async function loadBoard() {
  const data = await request(config.api, BoardStart, { grid: grid(), first: 100 });
  catalog = data.dispatchCatalog;
  $('#community').textContent = data.me?.activeCommunity?.name ?? '';
  $('#who').textContent = data.me?.displayName ?? '';
  rows.clear();
  for (const r of data.dispatchBoard.nodes) rows.set(r.id, r);
  renderBoard();
}

async function loadGrids() {
  const select = $<HTMLSelectElement>('#grid');
  try {
    const data = await request(config.api, BoardGrids, {});
    select.append(...data.gridUnits.nodes.map((g) => Object.assign(el('option', g.name), { value: g.id })));
  } catch {
    select.disabled = true; // no grid module or no grid permission: the community board only
  }
}

function startBoard() {
  live?.stop();
  $('#events').replaceChildren();
  live = startLive({
    api: config.api,
    ws: wsUrl(config.api),
    grid: grid(),
    onEvent,
    onState: setLive,
    onResync: () => void loadBoard().catch(showError),
  });
  void loadBoard().catch(showError);
}

function showError(e: unknown) {
  if (e instanceof ApiError && e.code === 'UNAUTHENTICATED') return showLogin('登录已过期，请重新登录');
  $('#count').textContent = e instanceof Error ? e.message : String(e);
}

function showLogin(message = '') {
  live?.stop();
  live = null;
  session.set(null);
  $('#app').hidden = true;
  $('#login').hidden = false;
  $('#login-error').textContent = message;
}

async function showApp() {
  $('#login').hidden = true;
  $('#app').hidden = false;
  await loadGrids();
  startBoard();
}

async function main() {
  config = await loadConfig();
  $('#login').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const form = new FormData(ev.target as HTMLFormElement);
    $('#login-error').textContent = '';
    try {
      const r = await anonymous(config.api, Login, { input: { login: String(form.get('login')), password: String(form.get('password')) } });
      const p = r.authLogin;
      if (!p.accessToken || !p.refreshToken) return void ($('#login-error').textContent = p.userErrors[0]?.message ?? '登录失败');
      session.set({ accessToken: p.accessToken, refreshToken: p.refreshToken });
      await showApp();
    } catch (e) {
      $('#login-error').textContent = e instanceof Error ? e.message : '无法连接服务器';
    }
  });
  $('#grid').addEventListener('change', startBoard);
  $('#logout').addEventListener('click', async () => {
    const s = session.get();
    if (s) await request(config.api, Logout, { input: { refreshToken: s.refreshToken } }).catch(() => undefined);
    showLogin();
  });
  if (session.get()) await showApp();
  else showLogin();
}

void main();
