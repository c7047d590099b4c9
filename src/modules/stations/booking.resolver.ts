// 预约: free places per slot of a service, residents booking and cancelling their own places, and
// staff seeing a station's bookings and recording attendance.
import { Arg, Args, ArgsType, Ctx as Context, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../schema/context';
import { AppError, UserFacingError } from '../../schema/errors';
import { fromGlobalId } from '../../schema/global-id';
import { Connection, ConnectionArgs, paginate } from '../../schema/connection';
import { mutate, Payload } from '../../schema/mutation';
import { Requires } from '../../schema/requires';
import { recordEvent } from '../../plugins/events/record-event';
import { Station, StationBooking, StationService, StationSlot } from './station.entity';
import { BookingStatus } from './stations.enums';
import { bookingActorAllows, bookingAllows, slotsBetween, type BookingAction } from './stations.policy';
import { book, cancel, closuresOf, recordAttendance } from './booking.service';
import { canSeeBooking, isMine } from './stations.access';
import { accountNames } from '../../schema/tenancy/tenancy.lookups';
import { StationsSettings } from './stations.settings';
import { STATIONS_EVENTS } from './stations.events';

const BookingConnection = Connection(StationBooking, 'StationBooking', '预约');
const BookingPayload = Payload(StationBooking, 'booking', 'StationBooking', '预约');

@ObjectType('StationSlot', { description: '服务时段 — one bookable slot of a service with its free places' })
class StationSlotInfo {
  @Field(() => Date, { description: '开始 — starts at' }) startsAt!: Date;
  @Field(() => Date, { description: '结束 — ends at' }) endsAt!: Date;
  @Field(() => Int, { description: '名额 — places' }) capacity!: number;
  @Field(() => Int, { description: '已约 — places taken' }) booked!: number;
  @Field(() => Int, { description: '余量 — places free' }) remaining!: number;
}

@InputType({ description: '预约 — book a slot of a service for yourself' })
class StationBookingCreateInput {
  @Field(() => ID, { description: '服务 ID — service id' }) serviceId!: string;
  @Field(() => Date, { description: '时段开始 — start of the slot (see stationServiceSlots)' }) startsAt!: Date;
  @Field(() => String, { nullable: true, description: '备注 — note to the station (max 200)' }) note?: string | null;
}

@InputType({ description: '预约操作 — act on a booking' })
class StationBookingActInput {
  @Field(() => ID, { description: '预约 ID — booking id' }) id!: string;
}

@InputType({ description: '确认到场 — record whether the resident came' })
class StationBookingAttendInput {
  @Field(() => ID, { description: '预约 ID — booking id' }) id!: string;
  @Field({ description: '到场 — true: attended; false: did not come' }) attended!: boolean;
}

@ArgsType()
class StationBookingsArgs extends ConnectionArgs {
  @Field(() => ID, { description: '站点 ID — station id' }) stationId!: string;
  @Field(() => BookingStatus, { nullable: true, description: '状态 — only this state' }) status?: BookingStatus | null;
  @Field(() => Date, { nullable: true, description: '起 — slots starting at or after' }) from?: Date | null;
  @Field(() => Date, { nullable: true, description: '止 — slots starting before' }) to?: Date | null;
}

@ArgsType()
class MyBookingsArgs extends ConnectionArgs {
  @Field(() => Boolean, { nullable: true, description: '含已取消 — include cancelled bookings (default false)' }) includeCancelled?: boolean | null;
}

const MAX_SLOT_RANGE_MS = 31 * 86_400_000;

@ObjectType('StationBookingViewerCan', {
  description: '当前用户可执行的操作 — which actions the caller may take on this booking now (stations.policy.ts, as the mutations decide)',
})
export class StationBookingViewerCan {
  @Field({ description: '取消预约 — cancel (stationBookingCancel): your own, or any as staff, while booked' }) cancel!: boolean;
  @Field({ description: '确认到场 — record attendance or a no-show (stationBookingAttend): staff, while booked' }) recordAttendance!: boolean;
}

@Resolver(() => StationBooking)
export class StationBookingResolver {
  @Query(() => [StationSlotInfo], { description: '服务时段 — slots of a service between two instants (at most 31 days) with their free places' })
  @Requires('stations', 'stations.read')
  async stationServiceSlots(
    @Arg('serviceId', () => ID, { description: '服务 ID — service id' }) serviceId: string,
    @Arg('from', () => Date, { description: '起 — from (inclusive)' }) from: Date,
    @Arg('to', () => Date, { description: '止 — to (exclusive)' }) to: Date,
    @Context() ctx: Ctx,
  ): Promise<StationSlotInfo[]> {
    if (!(from < to) || to.getTime() - from.getTime() > MAX_SLOT_RANGE_MS)
      throw new AppError('BAD_USER_INPUT', 'BAD_USER_INPUT', {
        field: 'to',
        detail: { 'zh-CN': 'from 须早于 to，且不超过 31 天', en: 'from < to, at most 31 days' },
      });
    const service = await ctx.em.findOne(StationService, { id: fromGlobalId(serviceId, 'StationService') });
    if (!service) throw new AppError('NOT_FOUND', 'NOT_FOUND', { field: 'serviceId' });
    const station = await ctx.em.findOneOrFail(Station, { id: service.stationId });
    const starts =
      service.active && service.bookable && station.active
        ? slotsBetween(station.openingHours, await closuresOf(ctx.em, station.id), service.slotMinutes, from, to)
        : [];
    const taken = await ctx.em.find(StationSlot, { serviceId: service.id, startsAt: { $gte: from, $lt: to } });
    return starts.map((at) => {
      const t = taken.find((x) => x.startsAt.getTime() === at.getTime());
      const capacity = t?.capacity ?? service.capacity;
      const booked = t?.booked ?? 0;
      return { startsAt: at, endsAt: new Date(at.getTime() + service.slotMinutes * 60_000), capacity, booked, remaining: Math.max(capacity - booked, 0) };
    });
  }

  @Query(() => BookingConnection, { description: '站点预约名单 — bookings of a station (staff recording attendance)' })
  @Requires('stations', 'stations.attend')
  async stationBookings(@Args() args: StationBookingsArgs, @Context() ctx: Ctx) {
    const station = await ctx.em.findOne(Station, { id: fromGlobalId(args.stationId, 'Station') });
    if (!station) throw new AppError('NOT_FOUND', 'NOT_FOUND', { field: 'stationId' });
    const startsAt: Record<string, Date> = {};
    if (args.from) startsAt.$gte = args.from;
    if (args.to) startsAt.$lt = args.to;
    return paginate(
      ctx.em,
      StationBooking,
      { stationId: station.id, ...(args.status ? { status: args.status } : {}), ...(args.from || args.to ? { startsAt } : {}) },
      args,
    );
  }

  @Query(() => BookingConnection, { description: '我的预约 — your own bookings, newest first' })
  @Requires('stations', 'stations.book')
  async myStationBookings(@Args() args: MyBookingsArgs, @Context() ctx: Ctx) {
    const accountId = ctx.viewer?.apiKey ? null : ctx.viewer?.accountId;
    if (!accountId) return paginate(ctx.em, StationBooking, { id: { $in: [] } }, args);
    return paginate(ctx.em, StationBooking, { accountId, ...(args.includeCancelled ? {} : { status: { $ne: BookingStatus.CANCELLED } }) }, args);
  }

  @Mutation(() => BookingPayload, {
    description: '预约 — book a place in a slot within opening hours; refused when full, closed, outside hours or already booked',
  })
  @Requires('stations', 'stations.book')
  async stationBookingCreate(@Arg('input', { description: '输入 — the mutation input' }) input: StationBookingCreateInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    const s = await ctx.settings(StationsSettings);
    const accountId = ctx.viewer?.apiKey ? null : ctx.viewer?.accountId;
    return mutate(ctx, async (em) => {
      if (!accountId) throw new AppError('FORBIDDEN');
      if (input.note && input.note.length > 200)
        throw new UserFacingError('BAD_USER_INPUT', ['input', 'note'], {
          detail: { 'zh-CN': 'note：不能超过 200 个字符', en: 'note: at most 200 characters' },
        });
      const service = await em.findOne(StationService, { id: fromGlobalId(input.serviceId, 'StationService') });
      if (!service) throw new UserFacingError('NOT_FOUND', ['input', 'serviceId']);
      const station = await em.findOneOrFail(Station, { id: service.stationId });
      const id = await book(em, {
        communityId: communityId!,
        station,
        service,
        startsAt: input.startsAt,
        accountId,
        note: input.note?.trim() || null,
        horizonDays: s.bookingHorizonDays,
      });
      recordEvent(em, STATIONS_EVENTS.BookingCreated, {
        communityId,
        subject: { type: 'StationBooking', id },
        data: { stationId: station.id, serviceId: service.id, startsAt: input.startsAt.toISOString(), bookingId: id },
      });
      return em.findOneOrFail(StationBooking, { id });
    });
  }

  @Mutation(() => BookingPayload, { description: '取消预约 — cancel your booking (staff: any booking); the place frees' })
  @Requires('stations', 'stations.book')
  async stationBookingCancel(@Arg('input', { description: '输入 — the mutation input' }) input: StationBookingActInput, @Context() ctx: Ctx) {
    const { communityId, permissions } = await ctx.access();
    return mutate(ctx, async (em) => {
      const id = fromGlobalId(input.id, 'StationBooking');
      const b = await em.findOne(StationBooking, { id });
      if (!b || !bookingActorAllows('cancel', { permissions, mine: isMine(ctx, b) })) throw new UserFacingError('NOT_FOUND', ['input', 'id']);
      await cancel(em, communityId!, id);
      recordEvent(em, STATIONS_EVENTS.BookingCancelled, {
        communityId,
        subject: { type: 'StationBooking', id },
        data: { stationId: b.stationId, serviceId: b.serviceId, bookingId: id },
      });
      return em.findOneOrFail(StationBooking, { id }, { refresh: true });
    });
  }

  @Mutation(() => BookingPayload, { description: '确认到场 — staff record that the resident came (or did not)' })
  @Requires('stations', 'stations.attend')
  async stationBookingAttend(@Arg('input', { description: '输入 — the mutation input' }) input: StationBookingAttendInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    return mutate(ctx, async (em) => {
      const id = fromGlobalId(input.id, 'StationBooking');
      await recordAttendance(em, communityId!, id, input.attended, ctx.viewer?.accountId ?? null);
      recordEvent(em, STATIONS_EVENTS.AttendanceRecorded, {
        communityId,
        subject: { type: 'StationBooking', id },
        data: { attended: input.attended, bookingId: id },
      });
      return em.findOneOrFail(StationBooking, { id }, { refresh: true });
    });
  }

  @FieldResolver(() => StationBookingViewerCan, { description: '当前用户可执行的操作 — which actions the caller may take on this booking now' })
  async viewerCan(@Root() b: StationBooking, @Context() ctx: Ctx): Promise<StationBookingViewerCan> {
    const facts = { permissions: (await ctx.access()).permissions, mine: isMine(ctx, b) };
    const can = (a: BookingAction) => bookingActorAllows(a, facts) && bookingAllows(a, b.status);
    return { cancel: can('cancel'), recordAttendance: can('attend') && can('noShow') };
  }

  @FieldResolver(() => Station, { description: '站点 — the station' })
  station(@Root() b: StationBooking, @Context() ctx: Ctx) {
    return ctx.loaders.entity(Station).load(b.stationId);
  }

  @FieldResolver(() => StationService, { description: '服务 — the service' })
  service(@Root() b: StationBooking, @Context() ctx: Ctx) {
    return ctx.loaders.entity(StationService).load(b.serviceId);
  }

  @FieldResolver(() => String, { nullable: true, description: '预约人 — display name of the resident (staff, or yourself)' })
  async bookedBy(@Root() b: StationBooking, @Context() ctx: Ctx) {
    if (!(await canSeeBooking(ctx, b))) return null;
    // Batched per operation (a station's booking list names every resident) via core's public lookup.
    const names = ctx.loaders.named<string, string | null>('stations.bookedBy', async (ids) => {
      const found = await accountNames(ctx.em, b.communityId, [...ids]);
      return ids.map((id) => found.get(id) ?? null);
    });
    return names.load(b.accountId);
  }

  @FieldResolver({ description: '本人 — the booking is yours' })
  mine(@Root() b: StationBooking, @Context() ctx: Ctx): boolean {
    return isMine(ctx, b);
  }
}
