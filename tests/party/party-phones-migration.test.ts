// The party phones migration (issue 17 item 4, same class as core's contact phones): clear phones
// of member units and reporting members are sealed, the clear columns dropped; down restores them.
import { beforeMigration } from '../harness/migration';
import { personalDataKeysOf, unseal } from '../../src/schema/personal-crypto';
import { MEMBER_PHONE, UNIT_PHONE } from '../../src/modules/party/personal.service';

test('seals existing party phones and drops the clear columns; down decrypts them back', async () => {
  await beforeMigration('Migration20261207051000_party_phones_encrypt', async ({ orm, c, migrator, previous, communityId }) => {
    const unit = '01900000-0000-7000-8000-0000000000c1';
    const member = '01900000-0000-7000-8000-0000000000c2';
    await c.query(
      `insert into party_unit (id, created_at, updated_at, community_id, name, kind, contact_phone) values ($1, now(), now(), $2, '供电所', 'STATE_ENTERPRISE', '0851-1234567')`,
      [unit, communityId],
    );
    await c.query(
      `insert into party_member (id, created_at, updated_at, community_id, name, phone, reported_on) values ($1, now(), now(), $2, '党员', '13955556666', '2026-01-01')`,
      [member, communityId],
    );
    await migrator.up({ to: 'Migration20261207051000_party_phones_encrypt' });
    const keys = personalDataKeysOf(orm.config);
    const u = (await c.query(`select row_to_json(t)::text as row, contact_phone_enc from party_unit t`)).rows[0];
    expect(u.row).not.toContain('1234567');
    expect(unseal(keys, `${UNIT_PHONE}:${unit}`, u.contact_phone_enc)).toBe('0851-1234567');
    const m = (await c.query(`select row_to_json(t)::text as row, phone_enc from party_member t`)).rows[0];
    expect(m.row).not.toContain('13955556666');
    expect(unseal(keys, `${MEMBER_PHONE}:${member}`, m.phone_enc)).toBe('13955556666');
    await migrator.down({ to: previous });
    expect((await c.query(`select contact_phone from party_unit`)).rows[0].contact_phone).toBe('0851-1234567');
    expect((await c.query(`select phone from party_member`)).rows[0].phone).toBe('13955556666');
  });
}, 60_000);
