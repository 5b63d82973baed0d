import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { endSession } from '../../auth/session.service.js';
import { clearSessionCookie, setSessionCookie } from '../../auth/session-cookie.js';
import type { RequestContext } from '../../context.js';
import { InputMutation } from '../../schema/input-mutation.js';
import { LogInInput, SignUpInput } from './account.input.js';
import { type AccountResult, logIn, signUpWithNewCompany } from './account.service.js';
import { AuthPayloadType, LogOutPayloadType } from './account-payload.type.js';
import { sendVerificationEmail } from './account-recovery.service.js';
import { ViewerType } from './viewer.type.js';

@Resolver()
export class AccountResolver {
  @Query(() => ViewerType, { nullable: true, description: 'The signed-in user; null when anonymous' })
  viewer(@Ctx() ctx: RequestContext): ViewerType | null {
    return ctx.viewer ? ({ userId: ctx.viewer.userId } as ViewerType) : null;
  }

  @Mutation(() => AuthPayloadType, { description: 'Sign in; sets the session cookie' })
  async logIn(@Ctx() ctx: RequestContext, @Arg('input', () => LogInInput) input: LogInInput): Promise<AuthPayloadType> {
    const result = await ctx.em.transactional((tx) =>
      logIn(
        tx.getKysely(),
        ctx.rateLimiter,
        input,
        { ip: ctx.ip, userAgent: ctx.userAgent },
        ctx.viewer?.sessionId ?? null,
      ),
    );
    return this.signedIn(ctx, result);
  }

  @InputMutation(() => AuthPayloadType, SignUpInput, {
    description: 'A company member creates an account (and their company); sets the session cookie',
  })
  async signUp(ctx: RequestContext, input: SignUpInput): Promise<AuthPayloadType> {
    const result = await ctx.em.transactional(async (tx) => {
      const db = tx.getKysely();
      const outcome = await signUpWithNewCompany(db, ctx.rateLimiter, input, {
        ip: ctx.ip,
        userAgent: ctx.userAgent,
        language: ctx.language,
      });
      if (outcome.ok) await sendVerificationEmail(db, outcome.userId, ctx.publicUrl);
      return outcome;
    });
    return this.signedIn(ctx, result);
  }

  @Mutation(() => LogOutPayloadType, { description: 'Ends this session and clears the cookie' })
  async logOut(@Ctx() ctx: RequestContext): Promise<LogOutPayloadType> {
    if (ctx.viewer) await endSession(ctx.db, ctx.viewer.sessionId);
    clearSessionCookie(ctx.res, ctx.production);
    return { ok: true };
  }

  private signedIn(ctx: RequestContext, result: AccountResult): AuthPayloadType {
    if (!result.ok) return { viewer: null, errors: result.errors };
    setSessionCookie(ctx.res, result.token, ctx.production);
    return { viewer: { userId: result.userId } as ViewerType, errors: [] };
  }
}
