import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { InputMutation } from '../../schema/input-mutation.js';
import { inViewerTransaction } from '../../schema/viewer-transaction.js';
import { findVisibleEoi } from '../interest/eoi-access.service.js';
import { ExpressionOfInterestType } from '../interest/expression-of-interest.type.js';
import {
  DecideAccessReviewStepInput,
  StartAccessAgreementInput,
  StateAccessRequestInput,
} from './access-review.input.js';
import {
  type AccessReviewOutcomeResult,
  decideAccessReviewStep,
  readAccessPath,
  startAccessAgreement,
  stateAccessRequest,
} from './access-review.service.js';
import { AccessPathType, AccessReviewPayloadType } from './access-review.type.js';

// The biobank access path on an expression of interest: read by both sides, changed by the side each step is for.
@Resolver(() => ExpressionOfInterestType)
export class AccessReviewResolver {
  @FieldResolver(() => AccessPathType, {
    nullable: true,
    description:
      "A biobank request's access path (scientific and ethics review, then the transfer agreement), for both sides; null for other EoIs",
  })
  accessPath(@Root() eoi: ExpressionOfInterestType, @Ctx() ctx: RequestContext): Promise<AccessPathType | null> {
    return readAccessPath(ctx.db, ctx.viewer, eoi);
  }

  @Authorized()
  @InputMutation(() => AccessReviewPayloadType, StateAccessRequestInput, {
    description:
      'The company of a biobank request states samples or data and its project (until the scientific approval)',
  })
  stateAccessRequest(ctx: RequestContext, input: StateAccessRequestInput): Promise<AccessReviewPayloadType> {
    return this.change(ctx, (db, viewer) => stateAccessRequest(db, viewer, input));
  }

  @Authorized()
  @InputMutation(() => AccessReviewPayloadType, DecideAccessReviewStepInput, {
    description: "The request's office records a review step's outcome, in order (no ethics before the science)",
  })
  decideAccessReviewStep(ctx: RequestContext, input: DecideAccessReviewStepInput): Promise<AccessReviewPayloadType> {
    return this.change(ctx, (db, viewer) => decideAccessReviewStep(db, viewer, input));
  }

  @Authorized()
  @InputMutation(() => AccessReviewPayloadType, StartAccessAgreementInput, {
    description: "The request's office drafts its MTA (or data transfer agreement) once the ethics review approved it",
  })
  startAccessAgreement(ctx: RequestContext, input: StartAccessAgreementInput): Promise<AccessReviewPayloadType> {
    return this.change(ctx, (db, viewer) => startAccessAgreement(db, viewer, input, ctx.language));
  }

  private async change(
    ctx: RequestContext,
    run: Parameters<typeof inViewerTransaction<AccessReviewOutcomeResult>>[1],
  ): Promise<AccessReviewPayloadType> {
    const result = await inViewerTransaction(ctx, run);
    if (!result.ok) return { expressionOfInterest: null, errors: result.errors };
    const found = await findVisibleEoi(ctx.db, ctx.viewer, result.eoiId);
    return { expressionOfInterest: found?.eoi ?? null, errors: [] };
  }
}
