// `wushe admin create`: the first administrator of a production install (no demo data, no
// GraphQL needed), and `wushe admin password`: an operator's reset of a login's password.
// The password comes from a prompt (never echoed), a file or stdin; it is never printed or logged.
import fs from 'node:fs';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { ConfigError } from '../config';
import { Account } from '../schema/identity/account.entity';
import { Community } from '../schema/tenancy/community.entity';
import { Membership } from '../schema/tenancy/membership.entity';
import { RoleKind } from '../schema/tenancy/tenancy.enums';
import { parseGlobalId } from '../schema/global-id';
import { hashPassword, MIN_PASSWORD } from '../schema/identity/password.service';
import { MAX_PASSWORD, storePassword } from '../schema/identity/account-password.service';
import { recordEvent } from '../plugins/events/record-event';
import { TENANCY_EVENTS } from '../schema/tenancy/tenancy.events';

export const ADMIN_USAGE =
  '用法 / usage:\n' +
  '  wushe admin create --login <name> [--name <display name>] (--platform | --community <id|name>) [--password-file <file> | --password-stdin]\n' +
  '  wushe admin password --login <name> [--must-change] [--password-file <file> | --password-stdin]\n' +
  '  Without --password-file or --password-stdin the password is asked for on the terminal (not echoed).';

export interface AdminArgs {
  action: 'create' | 'password';
  login: string;
  name?: string;
  platform: boolean;
  community?: string;
  passwordFile?: string;
  passwordStdin: boolean;
  mustChange: boolean;
}

const LOGIN = /^[a-z0-9_.@-]{3,60}$/;

export function parseAdminArgs(argv: string[]): AdminArgs {
  const [action, ...rest] = argv;
  if (action !== 'create' && action !== 'password') throw new ConfigError(ADMIN_USAGE);
  const a: AdminArgs = { action, login: '', platform: false, passwordStdin: false, mustChange: false };
  for (let i = 0; i < rest.length; i++) {
    const flag = rest[i]!;
    const value = () => {
      const v = rest[++i];
      if (v === undefined || v.startsWith('--')) throw new ConfigError(`${flag} needs a value\n${ADMIN_USAGE}`);
      return v;
    };
    if (flag === '--login') a.login = value().trim().toLowerCase();
    else if (flag === '--name') a.name = value().trim();
    else if (flag === '--platform') a.platform = true;
    else if (flag === '--community') a.community = value().trim();
    else if (flag === '--password-file') a.passwordFile = value();
    else if (flag === '--password-stdin') a.passwordStdin = true;
    else if (flag === '--must-change') a.mustChange = true;
    // A password on the command line would sit in the shell history and in `ps`: refused.
    else if (flag === '--password' || flag.startsWith('--password='))
      throw new ConfigError(
        `--password is not accepted (it would show in ps and the shell history): use a prompt, --password-file or --password-stdin\n${ADMIN_USAGE}`,
      );
    else throw new ConfigError(`unknown option ${flag}\n${ADMIN_USAGE}`);
  }
  if (!LOGIN.test(a.login)) throw new ConfigError(`--login: 3–60 letters, digits or _.@-\n${ADMIN_USAGE}`);
  if (a.passwordFile && a.passwordStdin) throw new ConfigError(`choose one of --password-file and --password-stdin\n${ADMIN_USAGE}`);
  if (a.action === 'create' && a.platform === !!a.community) throw new ConfigError(`choose one of --platform and --community\n${ADMIN_USAGE}`);
  if (a.action === 'password' && (a.platform || a.community || a.name)) throw new ConfigError(ADMIN_USAGE);
  return a;
}

/** One trailing newline (what `echo` and editors add) is not part of the password. */
const chomp = (s: string) => s.replace(/\r?\n$/, '');

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function prompt(): Promise<string> {
  if (!process.stdin.isTTY) throw new ConfigError(`no terminal to ask for the password: use --password-file or --password-stdin\n${ADMIN_USAGE}`);
  const { default: password } = await import('@inquirer/password');
  const first = await password({ message: '密码 / password:', mask: true, validate: (v) => checkShape(v) ?? true }, { output: process.stderr });
  const again = await password({ message: '再次输入 / again:', mask: true }, { output: process.stderr });
  if (first !== again) throw new ConfigError('两次输入的密码不一致 / the passwords differ');
  return first;
}

function checkShape(plain: string): string | null {
  if ([...plain].length < MIN_PASSWORD) return `密码至少 ${MIN_PASSWORD} 位 / at least ${MIN_PASSWORD} characters`;
  if (plain.length > MAX_PASSWORD) return `密码至多 ${MAX_PASSWORD} 位 / at most ${MAX_PASSWORD} characters`;
  return null;
}

export async function readAdminPassword(a: AdminArgs): Promise<string> {
  let plain: string;
  if (a.passwordFile) {
    try {
      plain = chomp(fs.readFileSync(a.passwordFile, 'utf8'));
    } catch (e) {
      throw new ConfigError(`--password-file: cannot read the file (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  } else if (a.passwordStdin) plain = chomp(await readStdin());
  else plain = await prompt();
  const bad = checkShape(plain);
  if (bad) throw new ConfigError(bad);
  return plain;
}

async function findCommunity(em: EntityManager, ref: string): Promise<Community> {
  const parsed = parseGlobalId(ref);
  const id = parsed?.type === 'Community' ? parsed.id : /^[0-9a-f-]{36}$/i.test(ref) ? ref.toLowerCase() : null;
  const found = id ? await em.findOne(Community, id) : await em.find(Community, { name: ref }, { limit: 2 });
  if (Array.isArray(found)) {
    if (found.length === 1) return found[0]!;
    throw new ConfigError(found.length ? `社区名称不唯一 / several communities are named "${ref}": pass its id` : `未找到社区 / no community "${ref}"`);
  }
  if (!found) throw new ConfigError(`未找到社区 / no community "${ref}"`);
  return found;
}

/** Creates the account (platform admin, or community admin of one community), or sets a login's password. */
export async function runAdmin(orm: MikroORM, a: AdminArgs, plain: string): Promise<string> {
  const hash = await hashPassword(plain);
  const em = orm.em.fork() as EntityManager;
  return em.transactional(async (tem) => {
    const existing = await tem.findOne(Account, { login: a.login });
    if (a.action === 'password') {
      if (!existing) throw new ConfigError(`未找到账号 / no login "${a.login}"`);
      const ended = await storePassword(tem as EntityManager, existing.id, hash, { required: a.mustChange, keepSessionId: null });
      return `已设置密码 / password set for ${a.login}${a.mustChange ? ' (须在下次登录时修改 / to be changed at the next sign-in)' : ''}; ${ended} 个会话已结束 / session(s) ended`;
    }
    if (existing) throw new ConfigError(`账号已存在 / the login "${a.login}" exists already (set its password with \`wushe admin password\`)`);
    const community = a.community ? await findCommunity(tem as EntityManager, a.community) : null;
    const account = tem.create(Account, {
      login: a.login,
      displayName: a.name || (community ? '社区管理员' : '平台管理员'),
      passwordHash: hash,
      platformAdmin: !community,
    });
    if (community) {
      const m = tem.create(Membership, { communityId: community.id, account, roles: [RoleKind.COMMUNITY_ADMIN], title: null });
      recordEvent(tem as EntityManager, TENANCY_EVENTS.MemberAdded, { communityId: community.id, subject: { type: 'Membership', id: m.id } });
    }
    return community ? `已创建社区管理员 / community admin created: ${a.login} (${community.name})` : `已创建平台管理员 / platform admin created: ${a.login}`;
  });
}
