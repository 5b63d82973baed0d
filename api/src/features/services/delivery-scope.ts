import type { Db } from '@tt/db/database';
import type { EoiActor } from '@tt/shared/eoi-transitions';
import type { PlatformKind } from '@tt/shared/taxonomy-enums';
import type { Viewer } from '../../auth/viewer.js';
import { forbidden } from '../../errors/domain-error.js';
import { requireEoi } from '../interest/eoi-access.service.js';
import type { EoiRecord } from '../interest/eoi-records.js';

// The service request an access-path, delivery or file operation is about: the EoI as its side sees it, and the
// kind of the listing's platform (a biobank's requests follow the access path). Who is on which side is
// eoi-access.ts's alone: the office side acts for the institute (platform managers too, once merged).

export interface ServiceRequestScope {
  eoi: EoiRecord;
  side: EoiActor;
  platformKind: PlatformKind | null;
}

/** The kind of the platform a listing belongs to; null for a listing of no platform. */
export async function platformKindOfAsset(db: Db, assetId: number): Promise<PlatformKind | null> {
  const row = await db
    .selectFrom('asset as a')
    .leftJoin('platform as p', 'p.id', 'a.platform_id')
    .select('p.kind')
    .where('a.id', '=', assetId)
    .executeTakeFirst();
  return row?.kind ?? null;
}

/**
 * For a change on one service request: the caller must be on a side of the EoI (else refused like a missing one,
 * EOI_NOT_VISIBLE) and, when `side` is given, on that side.
 */
export async function requireServiceRequest(
  db: Db,
  viewer: Viewer | null,
  globalId: string,
  side: EoiActor | null,
): Promise<ServiceRequestScope> {
  const found = await requireEoi(db, viewer, globalId, { forUpdate: true });
  if (side && found.side !== side)
    throw forbidden(side === 'OFFICE' ? 'SERVICE_REQUEST_OFFICE_ONLY' : 'SERVICE_REQUEST_COMPANY_ONLY');
  return { ...found, platformKind: await platformKindOfAsset(db, found.eoi.assetId) };
}
