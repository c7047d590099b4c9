// `userErrors` for expected failures of mutations, shared by every payload.
import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: '用户错误 — an expected failure the caller can fix (bad input, wrong state)' })
export class UserError {
  @Field(() => [String], { nullable: true, description: '字段路径 — path of the input field at fault' })
  field!: string[] | null;
  @Field({ description: '错误信息 — human-readable message (zh-CN by default)' })
  message!: string;
  @Field({ description: '错误代码 — stable machine-readable code, e.g. ALREADY_EXISTS' })
  code!: string;
}
