import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context.js';
import { findVisibleUser } from '../features/admin/user-admin.service.js';
import { findAgreementNode, findAgreementPartNode } from '../features/agreements/agreement.resolver.js';
import { findVisibleAsset } from '../features/catalogue/asset-lookup.service.js';
import { findVisibleDisclosure } from '../features/disclosures/disclosure.service.js';
import { findVisibleAttachment } from '../features/disclosures/disclosure-attachment.service.js';
import { findInstitution } from '../features/institutions/directory-lookup.service.js';
import { findVisibleEoi } from '../features/interest/eoi-access.service.js';
import { findPartnerRelationshipNode } from '../features/partner-records/partner-relationship.resolver.js';
import { findListedCompany } from '../features/partners/partner-directory.service.js';
import { findVisibleTechnologyRequest } from '../features/requests/technology-request.resolver.js';
import { findQuoteNode } from '../features/services/quote.resolver.js';
import { findVisibleServiceFile } from '../features/services/service-file.service.js';
import { parseGlobalId } from './global-id.js';
import { NodeType } from './node.type.js';

@Resolver()
export class NodeResolver {
  @Query(() => NodeType, {
    nullable: true,
    description: 'Any object by its global id; null when it does not exist or is not visible to you',
  })
  async node(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<NodeType | null> {
    const parsed = parseGlobalId(id);
    if (!parsed) return null;
    switch (parsed.type) {
      case 'Asset':
        // Drafts and archived listings only for their office.
        return findVisibleAsset(ctx.db, ctx.viewer, { id: parsed.id }, { language: ctx.language });
      case 'Institution':
        return findInstitution(ctx.db, { id: parsed.id });
      case 'Company':
        return findListedCompany(ctx.db, { id: parsed.id });
      case 'Platform':
        return ctx.loaders.platformById.load(parsed.id);
      case 'Sector':
        return ctx.loaders.sectorById.load(parsed.id);
      case 'ExpressionOfInterest':
        return (await findVisibleEoi(ctx.db, ctx.viewer, parsed.id))?.eoi ?? null;
      case 'Disclosure':
        // Only its researchers, the officers of its institute and admins; anyone else gets null.
        return (await findVisibleDisclosure(ctx.db, ctx.viewer, parsed.id))?.disclosure ?? null;
      case 'DisclosureAttachment':
        // Only to those who see its disclosure.
        return (await findVisibleAttachment(ctx.db, ctx.viewer, parsed.id))?.attachment ?? null;
      case 'TechnologyRequest':
        // Office-only requests for the institutes, admins and their own company only.
        return findVisibleTechnologyRequest(ctx, { id: parsed.id });
      case 'Agreement':
        // Its office; the company when made from its EoI; the inventors of its listings. Each reads its part.
        return findAgreementNode(ctx, parsed.id);
      case 'AgreementMilestone':
      case 'AgreementAttachment':
        return findAgreementPartNode(ctx, parsed.type, parsed.id);
      case 'PartnerRelationship':
        // Its institute's office only.
        return findPartnerRelationshipNode(ctx, parsed.id);
      case 'Quote':
        // The two sides of its service request only.
        return findQuoteNode(ctx, parsed.id);
      case 'ServiceFile':
        // Only to the two sides of its service request.
        return (await findVisibleServiceFile(ctx.db, ctx.viewer, parsed.id))?.attachment ?? null;
      case 'User':
        // Anonymous callers learn nothing, not even that ids of people exist.
        return ctx.viewer ? findVisibleUser(ctx.db, ctx.viewer, id) : null;
      default:
        // Inventors are reachable only through the published listings that name them; sessions and
        // invitations only through their own queries; responses to requests only through their request.
        return null;
    }
  }
}
