import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { setSessionCookie } from '../../auth/session-cookie.js';
import type { RequestContext } from '../../context.js';
import { PageArgs, pageOf } from '../../pagination/page-args.type.js';
import { InputMutation } from '../../schema/input-mutation.js';
import { toPayload } from '../../schema/to-payload.js';
import { inViewerTransaction } from '../../schema/viewer-transaction.js';
import { InstitutionType } from '../institutions/institution.type.js';
import { CompanyType } from '../partners/company.type.js';
import { AuthPayloadType } from './account-payload.type.js';
import {
  AcceptInvitationInput,
  InviteUserInput,
  ResendInvitationInput,
  RevokeInvitationInput,
} from './invitation.input.js';
import {
  acceptInvitation,
  inviteUser,
  listInvitations,
  previewInvitation,
  resendInvitation,
  revokeInvitation,
} from './invitation.service.js';
import {
  InvitationConnectionType,
  InvitationPayloadType,
  InvitationPreviewType,
  InvitationStatus,
  InvitationType,
} from './invitation.type.js';
import type { ViewerType } from './viewer.type.js';

@Resolver(() => InvitationType)
export class InvitationResolver {
  @Query(() => InvitationPreviewType, {
    nullable: true,
    description: 'The invitation behind a link, for the accept page; null when unknown, used, withdrawn or expired',
  })
  invitation(@Ctx() ctx: RequestContext, @Arg('token') token: string): Promise<InvitationPreviewType | null> {
    return previewInvitation(ctx.db, token);
  }

  @Authorized()
  @Query(() => InvitationConnectionType, {
    description:
      "Invitations you may manage, newest first: an officer's institute's, a company member's company's, all for admins",
  })
  invitations(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('status', () => InvitationStatus, { nullable: true }) status: InvitationStatus | null,
  ): Promise<InvitationConnectionType> {
    return listInvitations(ctx.db, ctx.viewer, { ...pageOf(page), status });
  }

  @Authorized()
  @InputMutation(() => InvitationPayloadType, InviteUserInput, {
    description:
      'E-mails an invitation link valid for 7 days; an open invitation of the same address to the same organisation is replaced',
  })
  async inviteUser(ctx: RequestContext, input: InviteUserInput): Promise<InvitationPayloadType> {
    return toPayload(
      'invitation',
      await inViewerTransaction(ctx, (db, viewer) =>
        inviteUser(db, ctx.rateLimiter, viewer, input, { publicUrl: ctx.publicUrl, language: ctx.language }),
      ),
    );
  }

  @Authorized()
  @InputMutation(() => InvitationPayloadType, ResendInvitationInput, {
    description: 'Sends an invitation again with a new link; the old link stops working',
  })
  async resendInvitation(ctx: RequestContext, input: ResendInvitationInput): Promise<InvitationPayloadType> {
    return toPayload(
      'invitation',
      await inViewerTransaction(ctx, (db, viewer) =>
        resendInvitation(db, ctx.rateLimiter, viewer, input.id, { publicUrl: ctx.publicUrl, language: ctx.language }),
      ),
    );
  }

  @Authorized()
  @InputMutation(() => InvitationPayloadType, RevokeInvitationInput, {
    description: 'Withdraws an invitation; its link stops working',
  })
  async revokeInvitation(ctx: RequestContext, input: RevokeInvitationInput): Promise<InvitationPayloadType> {
    return toPayload(
      'invitation',
      await inViewerTransaction(ctx, (db, viewer) => revokeInvitation(db, viewer, input.id)),
    );
  }

  @InputMutation(() => AuthPayloadType, AcceptInvitationInput, {
    description:
      'Creates the invited account with the role and organisation of the invitation; sets the session cookie',
  })
  async acceptInvitation(ctx: RequestContext, input: AcceptInvitationInput): Promise<AuthPayloadType> {
    const result = await ctx.em.transactional((tx) =>
      acceptInvitation(
        tx.getKysely(),
        input,
        { ip: ctx.ip, userAgent: ctx.userAgent, language: ctx.language },
        ctx.viewer?.sessionId ?? null,
      ),
    );
    if (!result.ok) return { viewer: null, errors: result.errors };
    setSessionCookie(ctx.res, result.token, ctx.production);
    return { viewer: { userId: result.userId } as ViewerType, errors: [] };
  }

  @FieldResolver(() => InstitutionType, { nullable: true, description: 'For researchers and officers' })
  institution(@Root() invitation: InvitationType, @Ctx() ctx: RequestContext): Promise<InstitutionType | null> | null {
    return invitation.institutionId ? ctx.loaders.institutionById.load(invitation.institutionId) : null;
  }

  @FieldResolver(() => CompanyType, { nullable: true, description: 'For company members' })
  company(@Root() invitation: InvitationType, @Ctx() ctx: RequestContext): Promise<CompanyType | null> | null {
    return invitation.companyId ? ctx.loaders.companyById.load(invitation.companyId) : null;
  }
}
