// Set-based seed of a realistic dataset: one street, five communities (one at 10× the size of
// another), ~4 residents per household, UUIDv7 ids spread over five years (as the app makes them),
// staff logins with memberships. One password hash (argon2id) reused for every account.
import { Client } from 'pg';
import { hashPassword } from '../src/schema/identity/password.service';
import type { PersonalDataKeys } from '../src/schema/personal-crypto';
import { sealResidentField } from '../src/modules/core/personal-data.service';

export const BENCH_PASSWORD = 'bench-password-2026';

export interface SeededCommunity {
  id: string;
  name: string;
  residents: number;
  households: number;
  staffLogin: string;
}

export interface Seeded {
  communities: SeededCommunity[];
  small: SeededCommunity; // 1×
  big: SeededCommunity; // 10×
  typical: SeededCommunity;
  totals: { residents: number; households: number; accounts: number; memberships: number };
  seconds: number;
}

const SIZES = [3_000, 30_000, 7_000, 7_000, 7_000]; // residents per community; [1] = 10 × [0]
const NAMES = ['金秋社区', '凤凰社区', '翠湖社区', '东关社区', '河畔社区'];
const PER_HOUSEHOLD = 4;

// UUIDv7 from a timestamp: 48-bit ms, version 7, variant 10, random rest.
const UUID7 = `create or replace function bench_uuid7(ts timestamptz) returns uuid language sql volatile as $$
  select (lpad(to_hex((extract(epoch from ts) * 1000)::bigint), 12, '0') || '7' || substr(h, 1, 3) || '8' || substr(h, 4, 15))::uuid
    from (select md5(random()::text || clock_timestamp()::text) as h) s $$`;

const HOUSEHOLDS = `insert into household (id, created_at, updated_at, community_id, number, address, building, tags)
  select bench_uuid7(ts), ts, ts, $1, 'H' || lpad(g::text, 6, '0'),
         $2 || ((g - 1) / 48 + 1) || '栋' || ((g - 1) / 12 % 4 + 1) || '单元' || ((g - 1) % 12 + 101) || '室',
         ((g - 1) / 48 + 1) || '栋', case when g % 10 = 0 then array['党员户'] else '{}'::text[] end
    from (select g, timestamptz '2021-01-01' + random() * interval '5 years' as ts from generate_series(1, $3::int) g) s`;

// Residents with their 身份证号 and phone into a temporary table alongside; the numbers are sealed in
// JS afterwards (AES-256-GCM + blind index, as the app stores them) — never kept in clear.
const RESIDENTS = `with s as materialized (
    select bench_uuid7(s.ts) as id, s.ts, h.id as household_id, g, s.birth,
           $2 || to_char(s.birth, 'YYYYMMDD') || lpad((g % 1000)::text, 3, '0') || (g % 10) as idn,
           '1' || (array['38','39','58','86'])[1 + g % 4] || lpad(((g::bigint * 7919) % 100000000)::text, 8, '0') as ph
      from (select g, timestamptz '2021-01-01' + random() * interval '5 years' as ts,
                   date '1940-01-01' + (g * 4111) % 29000 as birth
              from generate_series(1, $3::int) g) s
      join household h on h.community_id = $1 and h.number = 'H' || lpad(((g - 1) / ${PER_HOUSEHOLD} + 1)::text, 6, '0')),
  ins as (insert into resident (id, created_at, updated_at, community_id, household_id, name, gender, relation_to_head,
      birth_date, disability, hardship, health_note, moved_out_at)
    select id, ts, ts, $1, household_id,
           substr('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗', 1 + g % 20, 1) || (array['建国','秀英','桂兰','志强','海燕','明','丽','伟','芳','军','静','磊','洋','艳','勇','娟'])[1 + (g * 7) % 16],
           case when g % 2 = 0 then 'FEMALE' else 'MALE' end,
           (array['户主','配偶','子女','父母'])[1 + (g - 1) % 4],
           birth, g % 50 = 0, g % 40 = 0, case when g % 30 = 0 then '高血压，按时服药' end,
           case when g % 33 = 0 then ts + interval '90 days' end
      from s)
  insert into bench_pii (id, idn, ph) select id, idn, ph from s`;

/** Seals the numbers parked in bench_pii into the residents, in batches, and empties bench_pii. */
async function sealPersonalData(c: Client, keys: PersonalDataKeys): Promise<void> {
  const { rows } = await c.query<{ id: string; idn: string; ph: string }>('select id, idn, ph from bench_pii');
  for (let i = 0; i < rows.length; i += 5_000) {
    const part = rows
      .slice(i, i + 5_000)
      .map((r) => ({ id: r.id, ...sealResidentField(keys, r.id, 'idNumber', r.idn), ...sealResidentField(keys, r.id, 'phone', r.ph) }));
    await c.query(
      `update resident r set id_number_enc = v.ie, id_number_bidx = v.ib, phone_enc = v.pe, phone_bidx = v.pb
         from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[]) as v(id, ie, ib, pe, pb) where r.id = v.id`,
      [part.map((p) => p.id), part.map((p) => p.idNumberEnc), part.map((p) => p.idNumberBidx), part.map((p) => p.phoneEnc), part.map((p) => p.phoneBidx)],
    );
  }
  await c.query('truncate bench_pii');
}

export async function seed(url: string, keys: PersonalDataKeys): Promise<Seeded> {
  const started = Date.now();
  const hash = await hashPassword(BENCH_PASSWORD);
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(UUID7);
    await c.query('begin');
    await c.query('create temp table bench_pii (id uuid primary key, idn text not null, ph text not null) on commit drop');
    const street = (
      await c.query(
        `insert into street (id, created_at, updated_at, name, region_code) values (bench_uuid7(now()), now(), now(), '凤凰街道', '520222002') returning id`,
      )
    ).rows[0].id;
    const communities: SeededCommunity[] = [];
    let accounts = 0;
    let memberships = 0;
    for (const [k, residents] of SIZES.entries()) {
      const region = `5202220020${k + 1}`;
      const { rows } = await c.query(
        `insert into community (id, created_at, updated_at, name, kind, region_code, street_id, description)
         values (bench_uuid7(now()), now(), now(), $1, 'URBAN', $2, $3, 'bench') returning id`,
        [NAMES[k], region, street],
      );
      const id = rows[0].id as string;
      const households = residents / PER_HOUSEHOLD;
      await c.query(HOUSEHOLDS, [id, `${NAMES[k]}${k + 1}号小区`, households]);
      await c.query(RESIDENTS, [id, `52022${k}`, residents]);
      await sealPersonalData(c, keys);
      for (const [role, kind] of [
        ['staff', 'COMMUNITY_STAFF'],
        ['admin', 'COMMUNITY_ADMIN'],
        ['grid', 'GRID_STAFF'],
      ] as const) {
        const login = `bench-${role}-${k + 1}`;
        const acc = await c.query(
          `insert into account (id, created_at, updated_at, login, password_hash, display_name) values (bench_uuid7(now()), now(), now(), $1, $2, $3) returning id`,
          [login, hash, `${NAMES[k]} ${role}`],
        );
        await c.query(
          `insert into membership (id, created_at, updated_at, community_id, account_id, roles, title) values (bench_uuid7(now()), now(), now(), $1, $2, $3, null)`,
          [id, acc.rows[0].id, [kind]],
        );
        accounts++;
        memberships++;
      }
      communities.push({ id, name: NAMES[k]!, residents, households, staffLogin: `bench-staff-${k + 1}` });
    }
    await c.query('commit');
    await c.query('drop function bench_uuid7(timestamptz)');
    await c.query('analyze');
    const [counts] = (await c.query(`select (select count(*)::int from resident) as r, (select count(*)::int from household) as h`)).rows;
    return {
      communities,
      small: communities[0]!,
      big: communities[1]!,
      typical: communities[2]!,
      totals: { residents: counts.r, households: counts.h, accounts, memberships },
      seconds: (Date.now() - started) / 1000,
    };
  } catch (e) {
    await c.query('rollback').catch(() => undefined);
    throw e;
  } finally {
    await c.end();
  }
}
