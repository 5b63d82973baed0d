import { SavedSearchScope } from '@tt/shared/saved-search-rules';
import { languagePath, savedSearchFeedPath } from '@tt/shared/web-routes';
import { Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { expectGlobalId, toGlobalId } from '../../schema/global-id.js';
import { InputMutation } from '../../schema/input-mutation.js';
import { inViewerTransaction } from '../../schema/viewer-transaction.js';
import { unsubscribeAlerts } from './alert-unsubscribe.service.js';
import {
  DeleteSavedSearchInput,
  SaveSearchInput,
  UnsubscribeAlertsInput,
  UpdateSavedSearchInput,
} from './saved-search.input.js';
import {
  deleteSavedSearch,
  listSavedSearches,
  type SavedSearchOutcome,
  saveSearch,
  updateSavedSearch,
} from './saved-search.service.js';
import {
  DeleteSavedSearchPayloadType,
  SavedSearchPayloadType,
  SavedSearchType,
  toSavedSearchType,
  UnsubscribeAlertsPayloadType,
} from './saved-search.type.js';
import { savedSearchFeedToken } from './saved-search-feed-token.service.js';

function toPayload(result: SavedSearchOutcome): SavedSearchPayloadType {
  return result.ok
    ? { savedSearch: toSavedSearchType(result.savedSearch), errors: [] }
    : { savedSearch: null, errors: result.errors };
}

// Saved searches are their owner's alone: every operation reads and changes the viewer's own only (the services
// name the viewer in every statement). Unsubscribing is the exception that needs no session: the signed link is
// the proof.
@Resolver(() => SavedSearchType)
export class SavedSearchResolver {
  @Authorized()
  @Query(() => [SavedSearchType], { description: 'Your saved searches, the latest first' })
  async savedSearches(@Ctx() ctx: RequestContext): Promise<SavedSearchType[]> {
    return (await listSavedSearches(ctx.db, ctx.viewer!)).map(toSavedSearchType);
  }

  @Authorized()
  @InputMutation(() => SavedSearchPayloadType, SaveSearchInput, {
    description: 'Saves a search under a name, in the language of the request; its alerts start from now',
  })
  async saveSearch(ctx: RequestContext, input: SaveSearchInput): Promise<SavedSearchPayloadType> {
    return toPayload(await inViewerTransaction(ctx, (db, viewer) => saveSearch(db, viewer, input, ctx.language)));
  }

  @Authorized()
  @InputMutation(() => SavedSearchPayloadType, UpdateSavedSearchInput, {
    description: 'Renames one of your saved searches, changes its alerts, or replaces the search itself',
  })
  async updateSavedSearch(ctx: RequestContext, input: UpdateSavedSearchInput): Promise<SavedSearchPayloadType> {
    const id = expectGlobalId(input.id, 'SavedSearch', 'id');
    return toPayload(
      await inViewerTransaction(ctx, (db, viewer) =>
        updateSavedSearch(
          db,
          viewer,
          { id, name: input.name, alertFrequency: input.alertFrequency, search: input.search },
          ctx.language,
        ),
      ),
    );
  }

  @Authorized()
  @InputMutation(() => DeleteSavedSearchPayloadType, DeleteSavedSearchInput, {
    description: 'Deletes one of your saved searches, with its alerts and feed',
  })
  async deleteSavedSearch(ctx: RequestContext, input: DeleteSavedSearchInput): Promise<DeleteSavedSearchPayloadType> {
    const id = expectGlobalId(input.id, 'SavedSearch', 'id');
    const result = await inViewerTransaction(ctx, (db, viewer) => deleteSavedSearch(db, viewer, id));
    return result.ok
      ? { deletedId: toGlobalId('SavedSearch', result.deletedId), errors: [] }
      : { deletedId: null, errors: result.errors };
  }

  @InputMutation(() => UnsubscribeAlertsPayloadType, UnsubscribeAlertsInput, {
    description: "Switches off the alerts an alert e-mail's unsubscribe link names; no need to sign in",
  })
  async unsubscribeAlerts(ctx: RequestContext, input: UnsubscribeAlertsInput): Promise<UnsubscribeAlertsPayloadType> {
    const result = await unsubscribeAlerts(ctx.db, ctx.signingSecret, input.token);
    return result.ok
      ? { ok: true, savedSearchNames: result.names, deletedCount: result.missing, errors: [] }
      : { ok: false, savedSearchNames: [], deletedCount: 0, errors: result.errors };
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'The Atom feed of its newest matches, in the language of the request: anyone with this address can follow it; null for searches of technology requests',
  })
  feedUrl(@Root() search: SavedSearchType, @Ctx() ctx: RequestContext): string | null {
    // Only its owner ever gets a saved search; should that change, nobody else gets its feed's address.
    if (ctx.viewer?.userId !== search.userId || search.scope !== SavedSearchScope.CATALOGUE) return null;
    const token = savedSearchFeedToken(ctx.signingSecret, search.userId, search.dbId);
    return `${ctx.publicUrl}${languagePath(ctx.language, savedSearchFeedPath(token))}`;
  }
}
