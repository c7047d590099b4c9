// Who holds a duty: a member (党员包户, 网格员) or an organisation (单位包小区, 部门分片包保).
import { raw } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';

export enum GridHolderKind {
  MEMBER = 'MEMBER',
  ORGANIZATION = 'ORGANIZATION',
}
registerEnumType(GridHolderKind, {
  name: 'GridHolderKind',
  description: '担任方类型 — whether a member or an organisation holds a duty',
  valuesConfig: {
    MEMBER: { description: '成员 — a member of the community (网格员, 楼栋长, 包户党员 …)' },
    ORGANIZATION: { description: '组织 — an organisation (大党委成员单位, 共建单位, 党组织, 政府部门 …)' },
  },
});

/** SQL: the duty row `d`'s holder is still active (its membership, or its organisation). */
export const HOLDER_ACTIVE = (d: string) =>
  `(exists (select 1 from membership hm where hm.id = ${d}.membership_id and hm.active)
    or exists (select 1 from organization ho where ho.id = ${d}.organization_id and ho.active))`;

/** A where-key for GridDuty queries: the holder is active (member or organisation). */
export const holderActive = () => raw((a: string) => HOLDER_ACTIVE(a)) as unknown as string;
