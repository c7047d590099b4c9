// uploadSlotCreate: the first step of the upload flow. The caller names the kind of object the
// photo is for, its type and size; the answer says where to send the bytes and the key to give
// the owning mutation afterwards.
import { Arg, Ctx as Context, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { z } from 'zod';
import type { Ctx } from '../../schema/context';
import { AppError, UserFacingError, type UserErrorShape } from '../../schema/errors';
import { check, mutate } from '../../schema/mutation';
import { Requires } from '../../schema/requires';
import { UserError } from '../../schema/user-error';
import { UploadSlot, UploadSlotCreateInput } from './attachment.types';
import { IMAGE_TYPES } from './image-pipeline';
import { Upload } from './upload.entity';
import { uploadsOf, type UploadRow } from './uploads.service';

@ObjectType({ description: '申请上传结果 — result of uploadSlotCreate' })
class UploadSlotCreatePayload {
  @Field(() => UploadSlot, { nullable: true, description: '上传凭据 — the slot, null when userErrors is not empty' })
  slot!: UploadSlot | null;
  @Field(() => [UserError], { description: '用户错误 — expected failures; empty on success' })
  userErrors!: UserErrorShape[];
}

const shape = z.object({
  ownerKind: z.string().min(1).max(60),
  contentType: z.string().min(1).max(100),
  size: z.number().int().min(1),
});

@Resolver()
export class UploadResolver {
  @Mutation(() => UploadSlotCreatePayload, { description: '申请上传 — ask for a slot to upload one photo (then PUT the bytes, then attach the key)' })
  @Requires('uploads', 'uploads.file.upload')
  async uploadSlotCreate(
    @Arg('input', { description: '输入 — the mutation input' }) input: UploadSlotCreateInput,
    @Context() ctx: Ctx,
  ): Promise<UploadSlotCreatePayload> {
    const service = uploadsOf(ctx.app);
    const owner = service.owner(input.ownerKind);
    // Who may photograph an object is who may create or edit it: the owning module says which permission that is.
    if (owner) {
      if (!(await ctx.moduleEnabled(owner.module.key))) throw new AppError('MODULE_DISABLED', 'MODULE_DISABLED', { module: owner.module.key });
      if (!(await ctx.can(owner.decl.uploadPermission))) throw new AppError('FORBIDDEN');
    }
    if (!ctx.viewer?.accountId) throw new AppError('FORBIDDEN'); // an API key has no person to attach as
    const { value, userErrors } = await mutate(ctx, async (em) => {
      const data = check(shape, input);
      if (!owner) throw new UserFacingError('UPLOAD_OWNER_UNKNOWN', ['input', 'ownerKind'], { kind: data.ownerKind });
      const type = data.contentType.toLowerCase().split(';')[0]!.trim();
      if (!(IMAGE_TYPES as readonly string[]).includes(type))
        throw new UserFacingError('UPLOAD_TYPE_UNSUPPORTED', ['input', 'contentType'], { types: IMAGE_TYPES.join(', ') });
      if (data.size > service.config.maxBytes) throw new UserFacingError('UPLOAD_TOO_LARGE', ['input', 'size'], { max: service.config.maxBytes });
      const upload = em.create(Upload, {
        communityId: ctx.communityId!,
        ownerKind: data.ownerKind,
        uploaderAccountId: ctx.viewer!.accountId!,
        declaredType: type,
        declaredSize: data.size,
        expiresAt: new Date(Date.now() + service.config.slotTtlSeconds * 1000),
      });
      await em.flush();
      const row = { id: upload.id, community_id: upload.communityId, declared_type: type, expires_at: upload.expiresAt } as UploadRow;
      const slot = new UploadSlot();
      slot.key = upload.id;
      slot.uploadUrl = await service.uploadUrl(row);
      slot.method = 'PUT';
      slot.headers = [{ name: 'Content-Type', value: type }];
      slot.maxBytes = Math.min(service.config.maxBytes, data.size);
      slot.expiresAt = upload.expiresAt;
      return slot;
    });
    return { slot: value, userErrors };
  }
}
