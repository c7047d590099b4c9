// GraphQL face of uploads: the slot a client uploads into and the attachment it becomes.
import { Field, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: '附件 — a photo attached to an object; its URLs are signed and short-lived' })
export class Attachment {
  @Field({ description: '附件编号 — the key returned by uploadSlotCreate and given to the owning mutation' })
  key!: string;
  @Field({ description: '文件类型 — content type of the stored (re-encoded) file, e.g. image/jpeg' })
  contentType!: string;
  @Field(() => Int, { description: '文件大小 — bytes of the stored file' })
  size!: number;
  @Field(() => Int, { description: '宽度 — pixels' })
  width!: number;
  @Field(() => Int, { description: '高度 — pixels' })
  height!: number;
  @Field(() => String, { nullable: true, description: '下载地址 — signed URL of the photo, valid until urlExpiresAt; null when the viewer may not open it' })
  url!: string | null;
  @Field(() => String, { nullable: true, description: '缩略图地址 — signed URL of a small JPEG thumbnail; null when the viewer may not open it' })
  thumbnailUrl!: string | null;
  @Field(() => Date, { nullable: true, description: '地址有效期 — when url and thumbnailUrl stop working' })
  urlExpiresAt!: Date | null;
}

@ObjectType({ description: '上传请求头 — a header the upload must carry' })
export class UploadHeader {
  @Field({ description: '名称 — header name' }) name!: string;
  @Field({ description: '值 — header value' }) value!: string;
}

@ObjectType({ description: '上传凭据 — where and how to send the bytes of one file, then attach its key' })
export class UploadSlot {
  @Field({ description: '附件编号 — give it to the owning object’s create or update mutation once the bytes are sent' })
  key!: string;
  @Field({ description: '上传地址 — send the raw bytes (not a form) here' })
  uploadUrl!: string;
  @Field({ description: '请求方法 — HTTP method of the upload (PUT)' })
  method!: string;
  @Field(() => [UploadHeader], { description: '请求头 — headers to send with the bytes' })
  headers!: UploadHeader[];
  @Field(() => Int, { description: '大小上限 — most bytes accepted' })
  maxBytes!: number;
  @Field(() => Date, { description: '有效期 — the slot takes bytes and waits to be attached until then' })
  expiresAt!: Date;
}

@InputType({ description: '申请上传 — ask for a slot to upload one photo into' })
export class UploadSlotCreateInput {
  @Field({ description: '所属对象类型 — the kind of object the photo will be attached to, e.g. ServiceRequest' })
  ownerKind!: string;
  @Field({ description: '文件类型 — content type of the file: image/jpeg, image/png or image/webp' })
  contentType!: string;
  @Field(() => Int, { description: '文件大小 — bytes of the file to send' })
  size!: number;
}
