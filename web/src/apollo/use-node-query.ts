import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';

type NodeData = { node?: { __typename?: string } | null };

/**
 * The record of a page addressed by its `:id`: the query (the cached answer first, then the network's)
 * and the node it found, if it is of the expected type.
 */
export function useNodeQuery<Data extends NodeData, Typename extends string>(
  document: TypedDocumentNode<Data, { id: string }>,
  typename: Typename,
) {
  const { id = '' } = useParams();
  const query = useQuery(document, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const node = query.data?.node;
  type Record = Extract<NonNullable<Data['node']>, { __typename?: Typename }>;
  const record = node?.__typename === typename ? (node as Record) : null;
  return { id, query, record };
}
