// SQL of a duty's holder being active: its membership (the kernel's), or its organisation (组织,
// through core's public face). The duty's own row is tenant-scoped; ids are unique, and an
// organisation holder was checked to be the community's when the duty was assigned.
import { raw } from '@mikro-orm/core';
import { organizationActiveSql } from '../core/public';

/** SQL: the duty row `d`'s holder is still active (its membership, or its organisation). */
export const HOLDER_ACTIVE = (d: string) =>
  `(exists (select 1 from membership hm where hm.id = ${d}.membership_id and hm.active) or ${organizationActiveSql(`${d}.organization_id`)})`;

/** A where-key for GridDuty queries: the holder is active (member or organisation). */
export const holderActive = () => raw((a: string) => HOLDER_ACTIVE(a)) as unknown as string;
