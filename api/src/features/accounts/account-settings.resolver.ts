import { Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { setSessionCookie } from '../../auth/session-cookie.js';
import type { RequestContext } from '../../context.js';
import { unauthenticated } from '../../errors/domain-error.js';
import { userError } from '../../errors/user-error.js';
import { parseGlobalId, toGlobalId } from '../../schema/global-id.js';
import { InputMutation } from '../../schema/input-mutation.js';
import { inViewerTransaction } from '../../schema/viewer-transaction.js';
import {
  requestPasswordReset,
  resendVerificationEmail,
  resetPassword,
  verifyEmail,
} from './account-recovery.service.js';
import {
  ChangePasswordInput,
  RequestPasswordResetInput,
  ResetPasswordInput,
  RevokeSessionInput,
  SetLanguageInput,
  TokenInput,
  UpdateProfileInput,
} from './account-settings.input.js';
import {
  changePassword,
  listSessions,
  revokeOwnSession,
  setLanguage,
  updateProfile,
} from './account-settings.service.js';
import { OkPayloadType, SessionInfoType, ViewerPayloadType } from './account-settings.type.js';
import { ViewerType } from './viewer.type.js';

const OK: OkPayloadType = { ok: true, errors: [] };

@Resolver(() => ViewerType)
export class AccountSettingsResolver {
  @InputMutation(() => OkPayloadType, TokenInput, {
    description: 'Confirms the e-mail address with the token from the e-mailed link',
  })
  async verifyEmail(ctx: RequestContext, input: TokenInput): Promise<OkPayloadType> {
    const result = await ctx.em.transactional((tx) => verifyEmail(tx.getKysely(), input.token));
    return result.ok ? OK : { ok: false, errors: result.errors };
  }

  @Authorized()
  @Mutation(() => OkPayloadType, { description: 'E-mails a new confirmation link to the signed-in user' })
  async resendVerificationEmail(@Ctx() ctx: RequestContext): Promise<OkPayloadType> {
    const viewer = ctx.viewer!;
    const result = await ctx.em.transactional((tx) =>
      resendVerificationEmail(tx.getKysely(), ctx.rateLimiter, viewer.userId, ctx.publicUrl),
    );
    return result.ok ? OK : { ok: false, errors: result.errors };
  }

  @InputMutation(() => OkPayloadType, RequestPasswordResetInput, {
    description: 'E-mails a reset link if the address has an account; answers the same either way',
  })
  async requestPasswordReset(ctx: RequestContext, input: RequestPasswordResetInput): Promise<OkPayloadType> {
    const result = await ctx.em.transactional((tx) =>
      requestPasswordReset(tx.getKysely(), ctx.rateLimiter, input.email, ctx.ip, ctx.publicUrl),
    );
    return result.ok ? OK : { ok: false, errors: result.errors };
  }

  @InputMutation(() => OkPayloadType, ResetPasswordInput, {
    description: "Sets a new password from a reset link; ends all the account's sessions",
  })
  async resetPassword(ctx: RequestContext, input: ResetPasswordInput): Promise<OkPayloadType> {
    const result = await ctx.em.transactional((tx) => resetPassword(tx.getKysely(), input.token, input.password));
    return result.ok ? OK : { ok: false, errors: result.errors };
  }

  @Authorized()
  @InputMutation(() => OkPayloadType, ChangePasswordInput, {
    description: 'Ends every session of the account; this browser gets a new one',
  })
  async changePassword(ctx: RequestContext, input: ChangePasswordInput): Promise<OkPayloadType> {
    const result = await inViewerTransaction(ctx, (db, viewer) =>
      changePassword(db, viewer, input, { ip: ctx.ip, userAgent: ctx.userAgent }),
    );
    if (!result.ok) return { ok: false, errors: result.errors };
    setSessionCookie(ctx.res, result.token, ctx.production);
    return OK;
  }

  @Authorized()
  @InputMutation(() => ViewerPayloadType, UpdateProfileInput)
  async updateProfile(ctx: RequestContext, input: UpdateProfileInput): Promise<ViewerPayloadType> {
    const viewer = ctx.viewer!;
    const errors = await updateProfile(ctx.db, viewer, input);
    ctx.loaders.userById.clear(viewer.userId);
    return { viewer: errors.length ? null : ({ userId: viewer.userId } as ViewerType), errors };
  }

  @Authorized()
  @InputMutation(() => ViewerPayloadType, SetLanguageInput, {
    description: 'The language you read the marketplace in; your e-mails follow it',
  })
  async setLanguage(ctx: RequestContext, input: SetLanguageInput): Promise<ViewerPayloadType> {
    const viewer = ctx.viewer!;
    await setLanguage(ctx.db, viewer, input.language);
    ctx.loaders.userById.clear(viewer.userId);
    return { viewer: { userId: viewer.userId } as ViewerType, errors: [] };
  }

  @Authorized()
  @InputMutation(() => OkPayloadType, RevokeSessionInput, { description: 'Signs out one of your own sessions' })
  async revokeSession(ctx: RequestContext, input: RevokeSessionInput): Promise<OkPayloadType> {
    const parsed = parseGlobalId(input.id);
    const revoked = parsed?.type === 'Session' && (await revokeOwnSession(ctx.db, ctx.viewer!, parsed.id));
    return revoked ? OK : { ok: false, errors: [userError('SESSION_NOT_FOUND', 'id')] };
  }

  @FieldResolver(() => [SessionInfoType], { description: 'Browsers signed in to your account' })
  async sessions(@Root() viewer: ViewerType, @Ctx() ctx: RequestContext): Promise<SessionInfoType[]> {
    if (!ctx.viewer || ctx.viewer.userId !== viewer.userId) throw unauthenticated();
    const sessions = await listSessions(ctx.db, ctx.viewer);
    return sessions.map((session) => ({ ...session, id: toGlobalId('Session', session.id) }));
  }
}
