import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';

/** The record of a public page addressed by its `:slug`: the query, and the record it found. */
export function useSlugQuery<Data, Found>(
  document: TypedDocumentNode<Data, { slug: string }>,
  found: (data: Data) => Found | null | undefined,
) {
  const { slug = '' } = useParams();
  const query = useQuery(document, { variables: { slug } });
  return { slug, query, record: query.data ? found(query.data as Data) : undefined };
}
