import type { Db } from '@tt/db/database';
import DataLoader from 'dataloader';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Viewer } from '../../auth/viewer.js';
import type { RequestContext } from '../../context.js';
import { PageArgs, pageOf } from '../../pagination/page-args.type.js';
import { InputMutation } from '../../schema/input-mutation.js';
import { toPayload } from '../../schema/to-payload.js';
import { inViewerTransaction } from '../../schema/viewer-transaction.js';
import { InstitutionType } from '../institutions/institution.type.js';
import { OfficerRefType } from '../interest/expression-of-interest.type.js';
import { CompanyType } from '../partners/company.type.js';
import { addPartnerContact, removePartnerContact, updatePartnerContact } from './partner-contact.service.js';
import { partnerHistory } from './partner-history.service.js';
import { contactsOfRelationships } from './partner-records.js';
import {
  AddPartnerContactInput,
  CreatePartnerRelationshipInput,
  PartnerRelationshipFilterInput,
  RemovePartnerContactInput,
  UpdatePartnerContactInput,
  UpdatePartnerRelationshipInput,
} from './partner-relationship.input.js';
import {
  createPartnerRelationship,
  findPartnerRelationshipOfCompany,
  findVisiblePartnerRelationship,
  listPartnerRelationships,
  type PartnerOutcome,
  updatePartnerRelationship,
} from './partner-relationship.service.js';
import {
  PartnerContactType,
  PartnerHistoryType,
  PartnerRelationshipConnectionType,
  PartnerRelationshipPayloadType,
  PartnerRelationshipType,
} from './partner-relationship.type.js';

const perRequest = new WeakMap<object, { contactsByRelationshipId: DataLoader<number, PartnerContactType[]> }>();

/** The contacts of a page of records in one statement. */
function contactLoader(ctx: RequestContext) {
  let loaders = perRequest.get(ctx.loaders);
  if (!loaders) {
    loaders = {
      contactsByRelationshipId: new DataLoader((ids: readonly number[]) => contactsOfRelationships(ctx.db, ids)),
    };
    perRequest.set(ctx.loaders, loaders);
  }
  return loaders.contactsByRelationshipId;
}

/** A record by its global id, for `node(id)`: its office only. */
export function findPartnerRelationshipNode(ctx: RequestContext, id: number): Promise<PartnerRelationshipType | null> {
  return findVisiblePartnerRelationship(ctx.db, ctx.viewer, id);
}

@Resolver(() => PartnerRelationshipType)
export class PartnerRelationshipResolver {
  @Authorized(['TT_OFFICER', 'ADMIN'])
  @Query(() => PartnerRelationshipConnectionType, {
    description:
      "The office's partner records, by company name: its institute's for an officer, every institute's for admins",
  })
  async partnerRelationships(
    @Ctx() ctx: RequestContext,
    @Arg('query', () => String, { nullable: true, description: 'Part of the company name' }) query: string | null,
    @Arg('filter', () => PartnerRelationshipFilterInput, { nullable: true })
    filter: PartnerRelationshipFilterInput | null,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<PartnerRelationshipConnectionType> {
    const result = await listPartnerRelationships(ctx.db, ctx.viewer, {
      query,
      statuses: filter?.statuses ?? [],
      ownerId: filter?.ownerId ?? null,
      institutionId: filter?.institutionId ?? null,
      ...pageOf(page),
    });
    return { edges: result.edges, pageInfo: result.pageInfo, count: result.totalCount };
  }

  @Query(() => PartnerRelationshipType, {
    nullable: true,
    description:
      "The institute's record of a company: the officer's institute, the one an admin names; null when there is none or it is not yours to see",
  })
  partnerRelationship(
    @Ctx() ctx: RequestContext,
    @Arg('companyId', () => ID) companyId: string,
    @Arg('institutionId', () => ID, { nullable: true }) institutionId: string | null,
  ): Promise<PartnerRelationshipType | null> {
    return findPartnerRelationshipOfCompany(ctx.db, ctx.viewer, { companyId, institutionId });
  }

  @Authorized(['TT_OFFICER', 'ADMIN'])
  @InputMutation(() => PartnerRelationshipPayloadType, CreatePartnerRelationshipInput)
  createPartnerRelationship(
    ctx: RequestContext,
    input: CreatePartnerRelationshipInput,
  ): Promise<PartnerRelationshipPayloadType> {
    return change(ctx, (db, viewer) => createPartnerRelationship(db, viewer, input));
  }

  @Authorized(['TT_OFFICER', 'ADMIN'])
  @InputMutation(() => PartnerRelationshipPayloadType, UpdatePartnerRelationshipInput)
  updatePartnerRelationship(
    ctx: RequestContext,
    input: UpdatePartnerRelationshipInput,
  ): Promise<PartnerRelationshipPayloadType> {
    return change(ctx, (db, viewer) => updatePartnerRelationship(db, viewer, input));
  }

  @Authorized(['TT_OFFICER', 'ADMIN'])
  @InputMutation(() => PartnerRelationshipPayloadType, AddPartnerContactInput)
  addPartnerContact(ctx: RequestContext, input: AddPartnerContactInput): Promise<PartnerRelationshipPayloadType> {
    return change(ctx, (db, viewer) => addPartnerContact(db, viewer, input));
  }

  @Authorized(['TT_OFFICER', 'ADMIN'])
  @InputMutation(() => PartnerRelationshipPayloadType, UpdatePartnerContactInput)
  updatePartnerContact(ctx: RequestContext, input: UpdatePartnerContactInput): Promise<PartnerRelationshipPayloadType> {
    return change(ctx, (db, viewer) => updatePartnerContact(db, viewer, input));
  }

  @Authorized(['TT_OFFICER', 'ADMIN'])
  @InputMutation(() => PartnerRelationshipPayloadType, RemovePartnerContactInput)
  removePartnerContact(ctx: RequestContext, input: RemovePartnerContactInput): Promise<PartnerRelationshipPayloadType> {
    return change(ctx, (db, viewer) => removePartnerContact(db, viewer, input));
  }

  // Every field below is reached only through a record the viewer's office keeps (the queries above check it).

  @FieldResolver(() => CompanyType)
  async company(@Root() record: PartnerRelationshipType, @Ctx() ctx: RequestContext): Promise<CompanyType> {
    return (await ctx.loaders.companyById.load(record.companyId))!;
  }

  @FieldResolver(() => InstitutionType)
  async institution(@Root() record: PartnerRelationshipType, @Ctx() ctx: RequestContext): Promise<InstitutionType> {
    return (await ctx.loaders.institutionById.load(record.institutionId))!;
  }

  @FieldResolver(() => OfficerRefType, { nullable: true, description: 'The officer who looks after the relationship' })
  async owner(@Root() record: PartnerRelationshipType, @Ctx() ctx: RequestContext): Promise<OfficerRefType | null> {
    if (record.ownerId === null) return null;
    const user = await ctx.loaders.userById.load(record.ownerId);
    return user ? { id: user.id, name: user.name } : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who last changed it (null when that account is gone)' })
  async updatedByName(@Root() record: PartnerRelationshipType, @Ctx() ctx: RequestContext): Promise<string | null> {
    if (record.updatedById === null) return null;
    return (await ctx.loaders.userById.load(record.updatedById))?.name ?? null;
  }

  @FieldResolver(() => [PartnerContactType], { description: 'By name' })
  contacts(@Root() record: PartnerRelationshipType, @Ctx() ctx: RequestContext): Promise<PartnerContactType[]> {
    return contactLoader(ctx).load(record.dbId);
  }

  @FieldResolver(() => PartnerHistoryType, {
    description: "The company's EoIs on the institute's listings and its agreements with the institute (one statement)",
  })
  history(@Root() record: PartnerRelationshipType, @Ctx() ctx: RequestContext): Promise<PartnerHistoryType> {
    return partnerHistory(ctx.db, record.institutionId, record.companyId);
  }
}

async function change(
  ctx: RequestContext,
  run: (db: Db, viewer: Viewer) => Promise<PartnerOutcome>,
): Promise<PartnerRelationshipPayloadType> {
  return toPayload('partnerRelationship', await inViewerTransaction(ctx, run));
}

@Resolver(() => PartnerRelationshipConnectionType)
export class PartnerRelationshipConnectionResolver {
  @FieldResolver(() => Int, { description: 'Every record the viewer may see that matches the search and filter' })
  totalCount(@Root() connection: PartnerRelationshipConnectionType): Promise<number> {
    return connection.count();
  }
}
