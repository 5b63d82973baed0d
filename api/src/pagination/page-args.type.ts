import { ArgsType, Field, Int } from 'type-graphql';
import { parsePageSize } from './page-info.js';

/** The arguments of every connection's page: `first` (1 to 100, default 20) and the cursor to resume `after`. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

/** The page as the list services take it: the size checked, no cursor as null. */
export function pageOf(args: PageArgs): { first: number; after: string | null } {
  return { first: parsePageSize(args.first), after: args.after ?? null };
}
