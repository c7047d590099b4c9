// The Relay Node interface: every object with a global id implements it (`node(id:)` finds it).
import { Field, ID, InterfaceType } from 'type-graphql';

@InterfaceType('Node', { description: '节点 — any object that can be fetched by its global id' })
export abstract class Node {
  // Not simple (even on types with simpleResolvers): the field is `id`, the property `nodeId`.
  @Field(() => ID, { name: 'id', simple: false, description: '全局 ID — opaque, versioned global id' })
  nodeId!: string;
}
