import { UserRole } from '@tt/shared/company-enums';
import type { Actor } from '../../auth/policies.js';
import type { Viewer } from '../../auth/viewer.js';

/**
 * Whether the viewer manages this platform of this institute: a platform manager attached to it (their
 * platforms are read with the session, and are all of their own institute). Never true without a platform.
 */
export function managesPlatform(
  viewer: (Actor & Pick<Viewer, 'platformIds'>) | null,
  institutionId: number,
  platformId: number | null,
): boolean {
  return (
    viewer?.role === UserRole.PLATFORM_MANAGER &&
    platformId !== null &&
    viewer.institutionId === institutionId &&
    viewer.platformIds.includes(platformId)
  );
}
