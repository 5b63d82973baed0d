import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { Platform } from './platform.entity.js';
import { User } from './user.entity.js';

/**
 * A platform a platform manager manages (each once). The platform is of the manager's own institute: the
 * services check it when they attach one, and the session reads these rows with the viewer.
 */
export const PlatformManager = defineEntity({
  name: 'PlatformManager',
  tableName: 'platform_manager',
  properties: {
    user: () => p.manyToOne(User).primary().deleteRule('cascade'),
    platform: () => p.manyToOne(Platform).primary().deleteRule('cascade').index(),
  },
});
export type PlatformManager = InferEntity<typeof PlatformManager>;
