import type { RequestContext } from '../../context.js';
import { findVisibleDisclosure } from './disclosure.service.js';
import type { DisclosureOutcome, DisclosurePayloadRecord } from './disclosure-records.js';

/** The disclosure as the viewer may see it after the change (null when they no longer may), and the errors. */
export async function disclosurePayload(
  ctx: RequestContext,
  result: DisclosureOutcome,
): Promise<DisclosurePayloadRecord> {
  const id = result.disclosureId;
  const found = id ? await findVisibleDisclosure(ctx.db, ctx.viewer, id) : null;
  return { disclosure: found?.disclosure ?? null, errors: result.ok ? [] : result.errors };
}
