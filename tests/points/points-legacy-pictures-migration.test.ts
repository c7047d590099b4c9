// What old item picture strings become (issue 14 item 5): any text a client typed (URLs of other
// sites, keys of files this server never held) is kept verbatim as legacy_pictures, shown as plain
// text (PointsItem.legacyPictures), and never turned into pictures; down restores the column.
import { beforeMigration } from '../harness/migration';

test('keeps every old picture string as legacy_pictures and makes no upload of it; down restores pictures', async () => {
  await beforeMigration('Migration20261207083200_points_legacy_pictures', async ({ c, migrator, previous, communityId }) => {
    const old = ['oss://items/rice.jpg', 'https://shop.example.com/rice.png'];
    await c.query(
      `insert into points_item (id, created_at, updated_at, community_id, name, pictures, price_points, stock)
       values ('01900000-0000-7000-8000-0000000000d1', now(), now(), $1, '大米', $2, 100, 5)`,
      [communityId, old],
    );
    await migrator.up({ to: 'Migration20261207083200_points_legacy_pictures' });
    expect((await c.query(`select legacy_pictures from points_item`)).rows[0].legacy_pictures).toEqual(old);
    expect(Number((await c.query(`select count(*) from upload`)).rows[0].count)).toBe(0);
    await migrator.down({ to: previous });
    expect((await c.query(`select pictures from points_item`)).rows[0].pictures).toEqual(old);
  });
}, 60_000);
