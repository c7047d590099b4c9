// The Relay Node interface: every object with a global id implements it (`node(id:)` finds it).
import { Field, ID, InterfaceType } from 'type-graphql';

@InterfaceType('Node', { description: '节点 — any object that can be fetched by its global id' })
export abstract class Node {
  @Field(() => ID, { name: 'id', description: '全局 ID — opaque, versioned global id' })
  nodeId!: string;
}
