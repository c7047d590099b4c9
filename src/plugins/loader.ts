// Builds the registry of installed modules: the kernel's tenancy first, then the ones the composition
// root hands over (first-party) plus third-party plugins named in WUSHE_PLUGINS (npm package names or paths), each loaded by
// plugin-loader.ts (resolution from the working directory and the host, errors naming the cause).
import type { WusheModule } from './module-contract';
import { ModuleRegistry } from './registry';
import { loadPlugin } from './plugin-loader';
import { tenancyModule } from '../schema/tenancy/tenancy.module';
import { webhooksModule } from './webhooks/webhooks.module';
import { notificationsModule } from './notifications/notifications.module';
import { uploadsModule } from './uploads/uploads.module';

export { loadPlugin };

export function createRegistry(modules: readonly WusheModule[], pluginSpecs: readonly string[] = []): ModuleRegistry {
  return new ModuleRegistry([tenancyModule, webhooksModule, notificationsModule, uploadsModule, ...modules, ...pluginSpecs.map((s) => loadPlugin(s))]);
}
