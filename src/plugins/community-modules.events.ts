// The event the kernel itself records when a community's modules change. Its type is core's (the
// change feed and subscribers have always seen it as `core.ModuleConfigured`); core lists it.
import { z } from 'zod';
import { defineEvent } from './events/define-event';

export const ModuleConfigured = defineEvent(
  'core.ModuleConfigured',
  z.union([
    // One module enabled or disabled (and its settings or role permissions set).
    z.object({ moduleKey: z.string(), enabled: z.boolean() }),
    // A preset applied: the modules now enabled.
    z.object({ preset: z.string(), enabled: z.array(z.string()) }),
  ]),
  { description: { 'zh-CN': '模块配置已变更', en: 'Module configuration changed' }, permission: 'core.community.read' },
);
