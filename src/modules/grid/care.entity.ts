// 老小残困: special-care members with their 包保 person, and their visit records. Sensitive:
// resolvers show them only to the 包保 person, the unit's staff, social workers and admins.
import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../db/base.entity';
import { toGlobalId } from '../../schema/global-id';
import { Node } from '../../schema/node';
import { Resident } from '../core/public';
import { Membership } from '../../schema/tenancy/membership.entity';
import { PersonalText } from '../../schema/free-text';

@ObjectType('GridCareMember', { implements: Node, description: '特殊群体成员 — a resident in a special-care group (老小残困)' })
@Entity({ tableName: 'grid_care_member' })
@Index({ properties: ['communityId', 'resident'] })
@Index({ properties: ['communityId', 'responsible'] })
export class CareMember extends TenantEntity {
  get nodeId(): string {
    return toGlobalId('GridCareMember', this.id);
  }

  @ManyToOne({ entity: () => Resident, deleteRule: 'cascade' })
  resident!: Resident;

  @Field({ description: '类别 — category key from the settings (e.g. elderlyAlone)' })
  @Property({ type: 'text' })
  category!: string;

  @Field({ description: '认定依据 — evidence (certificate, assessment …)' })
  @Property({ type: 'text' })
  evidence!: string;

  @Field({ description: '纳入日期 — enrolled on (YYYY-MM-DD)' })
  @Property({ type: 'date' })
  startsOn!: string;

  @Field(() => String, { nullable: true, description: '退出日期 — left the group on (null: current)' })
  @Property({ type: 'date', nullable: true })
  endsOn: string | null = null;

  /** 包保: the member responsible for this person. */
  @ManyToOne({ entity: () => Membership, nullable: true, deleteRule: 'set null' })
  responsible: Membership | null = null;

  @Field(() => Int, { description: '探访周期 — visit every N days (from the category when enrolled or last visited)' })
  @Property({ type: 'integer' })
  visitEveryDays!: number;

  @Field(() => Date, { nullable: true, description: '最近探访 — last visit at' })
  @Property({ type: 'timestamptz', nullable: true })
  lastVisitAt: Date | null = null;

  /** When the overdue event was last published; a later visit re-arms it. */
  @Property({ type: 'timestamptz', nullable: true })
  overdueNotifiedAt: Date | null = null;
}

@ObjectType('GridCareVisit', { implements: Node, description: '探访记录 — a visit to a special-care member' })
@Entity({ tableName: 'grid_care_visit' })
@Index({ properties: ['communityId', 'member'] })
export class CareVisit extends TenantEntity {
  get nodeId(): string {
    return toGlobalId('GridCareVisit', this.id);
  }

  @ManyToOne({ entity: () => CareMember, deleteRule: 'cascade' })
  member!: CareMember;

  @Field({ description: '探访方式 — visit kind key from the settings (入户探访, 心理疏导, 上门看护 …)' })
  @Property({ type: 'text' })
  kind!: string;

  @Field(() => Date, { description: '探访时间 — visited at' })
  @Property({ type: 'timestamptz' })
  visitedAt!: Date;

  @PersonalText()
  @Field({ description: '记录 — notes' })
  @Property({ type: 'text' })
  notes: string = '';

  @Property({ type: 'uuid', nullable: true })
  visitorAccountId: string | null = null;

  @Field({ description: '应访日期 — the visit was due on this day (YYYY-MM-DD)' })
  @Property({ type: 'date' })
  dueOn!: string;

  @Field({ description: '按时 — done on or before the due day' })
  @Property({ type: 'boolean' })
  onTime!: boolean;
}
