import { UserRole } from '@tt/shared/company-enums';
import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { parsePageSize } from '../../pagination/page-info.js';
import { UserType } from '../accounts/user.type.js';
import {
  createInstitution,
  type InstitutionResult,
  updateInstitution,
} from '../institutions/institution-admin.service.js';
import {
  CreateInstitutionInput,
  SetUserDisabledInput,
  SetUserRoleInput,
  UpdateInstitutionInput,
} from './admin.input.js';
import { InstitutionPayloadType, UserPayloadType } from './admin-payload.type.js';
import { findVisibleUser, listUsers, setUserDisabled, setUserRole, type UserResult } from './user-admin.service.js';
import { UserConnectionType } from './user-connection.type.js';

function userPayload(result: UserResult): UserPayloadType {
  return result.ok ? { user: result.user, errors: [] } : { user: null, errors: result.errors };
}

function institutionPayload(result: InstitutionResult): InstitutionPayloadType {
  return result.ok ? { institution: result.institution, errors: [] } : { institution: null, errors: result.errors };
}

/** Users, roles and institutes: what the network administrator manages (officers may list their institute's users). */
@Resolver()
export class AdminResolver {
  @Authorized(['ADMIN', 'TT_OFFICER'])
  @Query(() => UserConnectionType, {
    description: 'Users by name: all of them for admins, those of their institute for officers',
  })
  users(
    @Ctx() ctx: RequestContext,
    @Arg('query', () => String, { nullable: true, description: 'Part of a name or e-mail' }) query: string | null,
    @Arg('role', () => UserRole, { nullable: true }) role: UserRole | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<UserConnectionType> {
    return listUsers(ctx.db, ctx.viewer, { query, role, first: parsePageSize(first), after });
  }

  @Authorized()
  @Query(() => UserType, {
    nullable: true,
    description:
      'A user you may see (yourself, your institute’s or company’s people; anyone for admins); null otherwise',
  })
  user(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<UserType | null> {
    return findVisibleUser(ctx.db, ctx.viewer, id);
  }

  @Authorized(['ADMIN'])
  @Mutation(() => UserPayloadType, {
    description: 'Changes role and organisation together; admins cannot demote themselves',
  })
  async setUserRole(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SetUserRoleInput) input: SetUserRoleInput,
  ): Promise<UserPayloadType> {
    const viewer = ctx.viewer!;
    const result = await ctx.em.transactional((tx) => setUserRole(tx.getKysely(), viewer, input));
    ctx.loaders.userById.clearAll();
    return userPayload(result);
  }

  @Authorized(['ADMIN'])
  @Mutation(() => UserPayloadType, { description: 'Disabling ends all the user’s sessions and refuses sign-in' })
  async setUserDisabled(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SetUserDisabledInput) input: SetUserDisabledInput,
  ): Promise<UserPayloadType> {
    const viewer = ctx.viewer!;
    const result = await ctx.em.transactional((tx) => setUserDisabled(tx.getKysely(), viewer, input));
    ctx.loaders.userById.clearAll();
    return userPayload(result);
  }

  @Authorized(['ADMIN'])
  @Mutation(() => InstitutionPayloadType)
  async createInstitution(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreateInstitutionInput) input: CreateInstitutionInput,
  ): Promise<InstitutionPayloadType> {
    const viewer = ctx.viewer!;
    return institutionPayload(await ctx.em.transactional((tx) => createInstitution(tx.getKysely(), viewer, input)));
  }

  @Authorized(['ADMIN'])
  @Mutation(() => InstitutionPayloadType, { description: 'Changes the fields given' })
  async updateInstitution(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateInstitutionInput) input: UpdateInstitutionInput,
  ): Promise<InstitutionPayloadType> {
    const viewer = ctx.viewer!;
    const result = await ctx.em.transactional((tx) => updateInstitution(tx.getKysely(), viewer, input));
    ctx.loaders.institutionById.clearAll();
    return institutionPayload(result);
  }
}
