import type { TechnologyRequestPageQuery } from '../generated/members-graphql';

/** A request as its page reads it (TechnologyRequestPage), and its responses and proposals. */
export type RequestView = NonNullable<TechnologyRequestPageQuery['technologyRequest']>;
export type ResponseView = NonNullable<RequestView['responses']>[number];
export type ProposalView = ResponseView['proposals'][number];
