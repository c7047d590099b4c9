// What old string attachments become (issue 14 item 5): references any client could type (URLs of
// other sites, keys of files this server never held) are not turned into uploads — nothing to
// check or re-encode, and a link could lead anywhere — but kept verbatim as legacy_attachments,
// shown as plain text (ServiceRequest.legacyAttachments); the request has no photos. Down restores the column.
import { beforeMigration } from '../harness/migration';

test('keeps every old attachment string as legacy_attachments and makes no upload of it; down restores attachments', async () => {
  await beforeMigration('Migration20261207083100_dispatch_legacy_attachments', async ({ c, migrator, previous, communityId }) => {
    const account = '01900000-0000-7000-8000-0000000000a1';
    await c.query(`insert into account (id, created_at, updated_at, login, password_hash, display_name) values ($1, now(), now(), 'mig-legacy', 'x', '迁移')`, [
      account,
    ]);
    const old = ['https://img.example.com/a.jpg', 'oss://wish/1.jpg', 'javascript:alert(1)', '照片在群里'];
    const insert = (id: string, attachments: string[]) =>
      c.query(
        `insert into dispatch_request (id, created_at, updated_at, community_id, kind, category, title, description, channel, filed_by_account_id, attachments)
         values ($1, now(), now(), $2, 'routine', 'repair', '路灯', '坏了', 'APP', $3, $4)`,
        [id, communityId, account, attachments],
      );
    await insert('01900000-0000-7000-8000-0000000000b1', old);
    await insert('01900000-0000-7000-8000-0000000000b2', []);
    await migrator.up({ to: 'Migration20261207083100_dispatch_legacy_attachments' });
    const rows = (await c.query(`select id, legacy_attachments from dispatch_request order by id`)).rows;
    expect(rows.map((r) => r.legacy_attachments)).toEqual([old, []]);
    const cols = (await c.query(`select column_name from information_schema.columns where table_name = 'dispatch_request' and column_name like '%attachments'`))
      .rows;
    expect(cols.map((r) => r.column_name)).toEqual(['legacy_attachments']);
    expect(Number((await c.query(`select count(*) from upload`)).rows[0].count)).toBe(0);
    await migrator.down({ to: previous });
    expect((await c.query(`select attachments from dispatch_request order by id`)).rows.map((r) => r.attachments)).toEqual([old, []]);
  });
}, 60_000);
