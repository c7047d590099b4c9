// `userErrors` for expected failures of mutations, shared by every payload.
import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: '用户错误 — an expected failure the caller can fix (bad input, wrong state)' })
export class UserError {
  @Field(() => [String], { nullable: true, description: '字段路径 — path of the input field at fault' })
  field!: string[] | null;
  @Field({ description: '错误信息 — human-readable message (zh-CN by default)' })
  message!: string;
  // Typed as the UserErrorCode enum once the registry is known (src/schema/user-error-codes.ts).
  @Field({ description: "错误代码 — stable machine-readable code (UserErrorCode: the kernel's and each module's declared codes)" })
  code!: string;
}
