// Logins. A person's roles live in Membership (per community), StreetAdmin (per street) and
// DistrictAdmin (per district or county).
import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity';
import { District, Street } from '../tenancy/community.entity';

@Entity({ tableName: 'account' })
export class Account extends BaseEntity {
  /** Lower-cased login name; unique across the platform. */
  @Property({ type: 'text', unique: true })
  login!: string;

  /** Mobile number, sealed (setAccountPhone / openAccountPhone in personal-data.service); never logged. */
  @Property({ type: 'text', nullable: true })
  phoneEnc: string | null = null;

  /** Blind index of the phone: the phone login looks it up, and one number belongs to one login. */
  @Property({ type: 'text', nullable: true, unique: true })
  phoneBidx: string | null = null;

  @Property({ type: 'text', hidden: true, lazy: true })
  passwordHash!: string;

  @Property({ type: 'text' })
  displayName!: string;

  @Property({ type: 'boolean' })
  disabled: boolean = false;

  @Property({ type: 'boolean' })
  platformAdmin: boolean = false;

  @Property({ type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null = null;

  /** Set by an administrator's reset: until the password is changed, only the password change works. */
  @Property({ type: 'boolean' })
  passwordChangeRequired: boolean = false;

  @Property({ type: 'timestamptz', nullable: true })
  passwordChangedAt: Date | null = null;

  /** 默认社区: where a login without a named community lands (one of its active memberships); else the oldest. */
  @Property({ type: 'uuid', nullable: true })
  defaultCommunityId: string | null = null;
}

/** 街道管理员: reads across the communities under one street office. */
@Entity({ tableName: 'street_admin' })
@Unique({ properties: ['account', 'street'] })
export class StreetAdmin extends BaseEntity {
  @ManyToOne({ entity: () => Account, deleteRule: 'cascade' })
  account!: Account;

  @ManyToOne({ entity: () => Street, deleteRule: 'cascade' })
  street!: Street;
}

/** 区/县管理员: reads across the communities of every street office of one district or county. */
@Entity({ tableName: 'district_admin' })
@Unique({ properties: ['account', 'district'] })
export class DistrictAdmin extends BaseEntity {
  @ManyToOne({ entity: () => Account, deleteRule: 'cascade' })
  account!: Account;

  @ManyToOne({ entity: () => District, deleteRule: 'cascade' })
  district!: District;
}
