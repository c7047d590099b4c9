// The hand-written baseline for the list page: plain node:http + a pg Pool of the server's size,
// one SQL query with the join, the same masking and global ids, the same JSON shape out.
// No GraphQL, no ORM, no auth — the floor the GraphQL stack is compared with.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Pool } from 'pg';
import { toGlobalId } from '../src/schema/global-id';
import { maskedResidentField } from '../src/modules/core/personal-data';
import type { PersonalDataKeys } from '../src/modules/core/personal-crypto';

const SQL = `select r.id, r.name, r.phone_enc, r.id_number_enc, h.number, h.address
  from resident r left join household h on h.id = r.household_id and h.community_id = r.community_id
  where r.community_id = $1 and r.moved_out_at is null
  order by r.id desc limit $2`;

export interface Baseline {
  url: string;
  /** True while queries are running or queued (requests left over from a load run). */
  busy(): boolean;
  close(): Promise<void>;
}

export async function startListBaseline(databaseUrl: string, communityId: string, poolMax: number, keys: PersonalDataKeys, pageSize = 100): Promise<Baseline> {
  const pool = new Pool({ connectionString: databaseUrl, max: poolMax });
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', async () => {
      try {
        const { rows } = await pool.query(SQL, [communityId, pageSize]);
        const nodes = rows.map((r) => ({
          id: toGlobalId('Resident', r.id),
          name: r.name,
          // The same decrypt-then-mask the server does (personal data is sealed at rest).
          phone: maskedResidentField(keys, { id: r.id, idNumberEnc: null, phoneEnc: r.phone_enc }, 'phone'),
          idNumber: maskedResidentField(keys, { id: r.id, idNumberEnc: r.id_number_enc, phoneEnc: null }, 'idNumber'),
          household: r.number == null ? null : { number: r.number, address: r.address },
        }));
        const body = JSON.stringify({ data: { residents: { nodes } } });
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
        res.end(body);
      } catch (e) {
        res.writeHead(500).end(String((e as Error).message));
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    busy: () => pool.waitingCount > 0 || pool.idleCount < pool.totalCount,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      await pool.end();
    },
  };
}
