// The five-forces registry (五社): one resolver shape for each kind of record — list, create,
// update (archive with active=false). Contact phones are sealed at rest and masked for everyone
// without forces.manage.
import { Arg, Args, ArgsType, Ctx as Context, Field, FieldResolver, Mutation, Query, Resolver, Root, type ClassType } from 'type-graphql';
import { z } from 'zod';
import type { Ctx } from '../../schema/context';
import { UserFacingError } from '../../schema/errors';
import { fromGlobalId } from '../../schema/global-id';
import { Connection, ConnectionArgs, paginate } from '../../schema/connection';
import { check, mutate, Payload } from '../../schema/mutation';
import { Requires } from '../../schema/requires';
import { recordEvent } from '../../plugins/events/record-event';
import { CharityResource, CobuildingUnit, ForceRecord, SocialOrganization, SocialWorker, Volunteer } from './forces.entity';
import {
  CharityResourceFields,
  CobuildingUnitFields,
  SocialOrganizationFields,
  SocialWorkerFields,
  VolunteerFields,
  updateInput,
  type ForceFields,
} from './forces.inputs';
import { contactPhoneBinding, isValidMobile, maskPhone, openPersonalField, sealPersonalField } from './personal-data.service';
import { PersonalDataKeyError, personalDataKeysOf } from '../../schema/personal-crypto';
import { AppError } from '../../schema/errors';
import { likePattern } from '../../db/sql';
import { FORCE_EVENTS } from './core.events';
import { OrganizationKind } from './organization.enums';
import { ensureOrganization } from './organization.service';
import { CharityKind } from './core.enums';

@ArgsType()
class ForcesArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: '搜索 — matches the name' }) search?: string | null;
  @Field(() => Boolean, { nullable: true, description: '含已归档 — include archived records' }) includeArchived?: boolean | null;
}

const common = z.object({
  name: z.string().trim().min(1).max(100).nullish(),
  contactName: z.string().trim().max(50).nullish(),
  contactPhone: z.string().trim().refine(isValidMobile, 'PHONE_INVALID').nullish(),
  description: z.string().max(2000).nullish(),
  services: z.array(z.string().trim().min(1).max(50)).max(50).nullish(),
  skills: z.array(z.string().trim().min(1).max(50)).max(50).nullish(),
});

interface Kind<E extends ForceRecord> {
  entity: ClassType<E>;
  /** Its table: the contact phone is sealed bound to `<table>.contact_phone`. */
  table: string;
  name: string;
  zh: string;
  list: string;
  fields: ClassType<ForceFields>;
  /** For registries of organisations: the kind of identity a new record links to (null: a person, no identity). */
  organizationKind?: (e: E) => OrganizationKind | null;
}

function forceResolver<E extends ForceRecord>({ entity, table, name, zh, list, fields, organizationKind }: Kind<E>) {
  const binding = contactPhoneBinding(table);
  /** Seals the contact phone given (undefined: unchanged; null or empty: cleared). */
  const setPhone = (em: Ctx['em'], e: E, phone: string | null | undefined) => {
    if (phone !== undefined) e.contactPhoneEnc = sealPersonalField(personalDataKeysOf(em), binding, e.id, 'phone', phone).enc;
  };
  const Conn = Connection(entity, name, zh);
  const P = Payload(entity, lowerFirst(name), name, zh);
  const UpdateInput = updateInput(fields, name, zh);
  const event = (em: Ctx['em'], type: 'Registered' | 'Updated', e: E) =>
    recordEvent(em, FORCE_EVENTS[name]![type], { communityId: e.communityId, subject: { type: name, id: e.id } });

  @Resolver(() => entity)
  class ForceResolver {
    @Query(() => Conn, { name: list, description: `${zh}列表 — ${name} records of the community` })
    @Requires('core', 'core.forces.read')
    list(@Args() args: ForcesArgs, @Context() ctx: Ctx) {
      const where: Record<string, unknown> = {};
      if (!args.includeArchived) where.active = true;
      if (args.search) where.name = { $ilike: likePattern(args.search, 50) };
      return paginate(ctx.em, entity, where as any, args);
    }

    @FieldResolver(() => String, { nullable: true, description: '联系电话 — contact phone, masked unless the viewer manages the registry' })
    async contactPhone(@Root() e: E, @Context() ctx: Ctx): Promise<string | null> {
      if (!e.contactPhoneEnc) return null;
      let phone: string | null;
      try {
        phone = openPersonalField(personalDataKeysOf(ctx.em), binding, e.id, e.contactPhoneEnc);
      } catch (err) {
        if (!(err instanceof PersonalDataKeyError)) throw err;
        ctx.app.log.error({ err: err.message, subjectId: e.id, field: 'contactPhone' }, 'personal data does not decrypt');
        throw new AppError('PERSONAL_DATA_KEY');
      }
      if (!phone) return null;
      return (await ctx.can('core.forces.manage')) ? phone : maskPhone(phone);
    }

    @Mutation(() => P, { name: `${lowerFirst(name)}Create`, description: `登记${zh} — register a ${name}` })
    @Requires('core', 'core.forces.manage')
    async create(@Arg('input', () => fields, { description: '输入 — the mutation input' }) input: ForceFields, @Context() ctx: Ctx) {
      const { communityId } = await ctx.access();
      return mutate(ctx, async (em) => {
        const data = check(common, input);
        if (!data.name) throw new UserFacingError('BAD_USER_INPUT', ['input', 'name'], { detail: { 'zh-CN': 'name：必填', en: 'name: required' } });
        const { contactPhone, ...rest } = { ...strip(input), ...data } as ForceFields;
        const e = Object.assign(new entity(), rest, { communityId: communityId! });
        setPhone(em, e, contactPhone);
        // A known name links to the organisation already on record (one identity across the registries).
        const kind = organizationKind?.(e);
        if (kind) (e as E & { organizationId: string | null }).organizationId = await ensureOrganization(em, communityId!, e.name, kind);
        em.persist(e);
        event(em, 'Registered', e);
        return e;
      });
    }

    @Mutation(() => P, { name: `${lowerFirst(name)}Update`, description: `修改${zh} — update a ${name} (active=false archives it)` })
    @Requires('core', 'core.forces.manage')
    async update(@Arg('input', () => UpdateInput, { description: '输入 — the mutation input' }) input: ForceFields & { id: string }, @Context() ctx: Ctx) {
      return mutate(ctx, async (em) => {
        const data = check(common, input);
        const e = await em.findOne(entity, fromGlobalId(input.id, name) as any);
        if (!e) throw new UserFacingError('NOT_FOUND', ['input', 'id']);
        const { id: _id, contactPhone: _phone, ...rest } = strip(input) as Record<string, unknown>;
        const { contactPhone, ...checked } = strip(data) as ForceFields;
        Object.assign(e, rest, checked);
        // Only a phone that was sent changes (strip drops null, so null leaves it as it was, like the other fields).
        setPhone(em, e, contactPhone);
        event(em, 'Updated', e);
        return e;
      });
    }
  }
  Object.defineProperty(ForceResolver, 'name', { value: `${name}Resolver` });
  return ForceResolver;
}

const lowerFirst = (s: string) => s[0]!.toLowerCase() + s.slice(1);
/** Drops fields the caller did not send, so updates touch only what was given. */
const strip = (o: object) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null));

export const forceResolvers = [
  forceResolver({
    entity: SocialOrganization,
    table: 'social_organization',
    name: 'SocialOrganization',
    zh: '社会组织',
    list: 'socialOrganizations',
    fields: SocialOrganizationFields,
    organizationKind: () => OrganizationKind.SOCIAL_ORGANIZATION,
  }),
  forceResolver({ entity: SocialWorker, table: 'social_worker', name: 'SocialWorker', zh: '社工', list: 'socialWorkers', fields: SocialWorkerFields }),
  forceResolver({ entity: Volunteer, table: 'volunteer', name: 'Volunteer', zh: '志愿者', list: 'volunteers', fields: VolunteerFields }),
  forceResolver({
    entity: CobuildingUnit,
    table: 'cobuilding_unit',
    name: 'CobuildingUnit',
    zh: '共建单位',
    list: 'cobuildingUnits',
    fields: CobuildingUnitFields,
    organizationKind: () => OrganizationKind.OTHER,
  }),
  forceResolver({
    entity: CharityResource,
    table: 'charity_resource',
    name: 'CharityResource',
    zh: '慈善资源',
    list: 'charityResources',
    fields: CharityResourceFields,
    organizationKind: (e) => CHARITY_ORGANIZATION_KIND[(e as CharityResource).kind],
  }),
];

/** The identity a charity resource links to: an individual donor is a person, not an organisation. */
export const CHARITY_ORGANIZATION_KIND: Record<CharityKind, OrganizationKind | null> = {
  INDIVIDUAL: null,
  BUSINESS: OrganizationKind.ENTERPRISE,
  CHAMBER: OrganizationKind.ENTERPRISE,
  FOUNDATION: OrganizationKind.SOCIAL_ORGANIZATION,
  COBUILD_UNIT: OrganizationKind.OTHER,
  OTHER: OrganizationKind.OTHER,
};
