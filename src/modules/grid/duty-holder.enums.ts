// Who holds a duty: a member (党员包户, 网格员) or an organisation (单位包小区, 部门分片包保).
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
