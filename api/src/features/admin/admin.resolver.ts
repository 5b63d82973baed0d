import { UserRole } from '@tt/shared/company-enums';
import { Arg, Args, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { PageArgs, pageOf } from '../../pagination/page-args.type.js';
import { InputMutation } from '../../schema/input-mutation.js';
import { toPayload } from '../../schema/to-payload.js';
import { inViewerTransaction } from '../../schema/viewer-transaction.js';
import { UserType } from '../accounts/user.type.js';
import { createInstitution, updateInstitution } from '../institutions/institution-admin.service.js';
import {
  CreateInstitutionInput,
  SetUserDisabledInput,
  SetUserRoleInput,
  UpdateInstitutionInput,
} from './admin.input.js';
import { InstitutionPayloadType, UserPayloadType } from './admin-payload.type.js';
import { findVisibleUser, listUsers, setUserDisabled, setUserRole } from './user-admin.service.js';
import { UserConnectionType } from './user-connection.type.js';

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
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<UserConnectionType> {
    return listUsers(ctx.db, ctx.viewer, { query, role, ...pageOf(page) });
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
  @InputMutation(() => UserPayloadType, SetUserRoleInput, {
    description: 'Changes role and organisation together; admins cannot demote themselves',
  })
  async setUserRole(ctx: RequestContext, input: SetUserRoleInput): Promise<UserPayloadType> {
    const result = await inViewerTransaction(ctx, (db, viewer) => setUserRole(db, viewer, input));
    ctx.loaders.userById.clearAll();
    return toPayload('user', result);
  }

  @Authorized(['ADMIN'])
  @InputMutation(() => UserPayloadType, SetUserDisabledInput, {
    description: 'Disabling ends all the user’s sessions and refuses sign-in',
  })
  async setUserDisabled(ctx: RequestContext, input: SetUserDisabledInput): Promise<UserPayloadType> {
    const result = await inViewerTransaction(ctx, (db, viewer) => setUserDisabled(db, viewer, input));
    ctx.loaders.userById.clearAll();
    return toPayload('user', result);
  }

  @Authorized(['ADMIN'])
  @InputMutation(() => InstitutionPayloadType, CreateInstitutionInput)
  async createInstitution(ctx: RequestContext, input: CreateInstitutionInput): Promise<InstitutionPayloadType> {
    return toPayload(
      'institution',
      await inViewerTransaction(ctx, (db, viewer) => createInstitution(db, viewer, input)),
    );
  }

  @Authorized(['ADMIN'])
  @InputMutation(() => InstitutionPayloadType, UpdateInstitutionInput, { description: 'Changes the fields given' })
  async updateInstitution(ctx: RequestContext, input: UpdateInstitutionInput): Promise<InstitutionPayloadType> {
    const result = await inViewerTransaction(ctx, (db, viewer) => updateInstitution(db, viewer, input));
    ctx.loaders.institutionById.clearAll();
    return toPayload('institution', result);
  }
}
