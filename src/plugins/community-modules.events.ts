// The event the kernel records when a community's modules change (tenancy's manifest lists it).
import { z } from 'zod';
import { defineEvent } from './events/define-event';

export const ModuleConfigured = defineEvent(
  'tenancy.ModuleConfigured',
  z.union([
    // One module enabled or disabled (and its settings or role permissions set).
    z.object({ moduleKey: z.string(), enabled: z.boolean() }),
    // A preset applied: the modules now enabled.
    z.object({ preset: z.string(), enabled: z.array(z.string()) }),
  ]),
  { description: { 'zh-CN': '模块配置已变更', en: 'Module configuration changed' }, permission: 'tenancy.community.read' },
);
