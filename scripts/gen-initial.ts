import 'reflect-metadata';
import { createRegistry } from '../src/plugins/loader';
import { createOrm } from '../src/db/orm';
import { FIRST_PARTY } from '../src/modules';
(async () => {
  const registry = createRegistry(FIRST_PARTY);
  const orm = await createOrm({ databaseUrl: 'postgres://postgres@127.0.0.1:5432/wushe_scratch', registry });
  const r = await orm.getMigrator().createMigration('migrations', false, false, 'Migration20261122000000_core_init');
  console.log(r.fileName);
  await orm.close();
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
