import type { FormAnswer } from '@tt/shared/service-request-forms';
import type { GraphQLResponse } from './test-server.js';

type Gql = <T>(query: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse<T>>;

interface FieldShape {
  key: string;
  kind: string;
  required: boolean;
  min: number | null;
  options: { key: string }[] | null;
}

/**
 * Valid answers to the required fields of a service listing's request form (its own or its platform's default),
 * read as the web reads it: what a test's service request must carry to be accepted.
 */
export async function requiredServiceAnswers(
  gql: Gql,
  listing: { slug: string } | { id: string },
): Promise<FormAnswer[]> {
  const FORM = 'serviceRequestForm { fields { key kind required min options { key } } }';
  type Answer = { asset?: Listing | null; node?: Listing | null };
  type Listing = { serviceRequestForm: { fields: FieldShape[] } | null };
  const response =
    'slug' in listing
      ? await gql<Answer>(`query($slug: String!) { asset(slug: $slug) { ${FORM} } }`, { slug: listing.slug })
      : await gql<Answer>(`query($id: ID!) { node(id: $id) { ... on Asset { ${FORM} } } }`, { id: listing.id });
  const fields = (response.data?.asset ?? response.data?.node)?.serviceRequestForm?.fields ?? [];
  return fields.filter((field) => field.required).map((field) => ({ key: field.key, value: sampleAnswer(field) }));
}

function sampleAnswer(field: FieldShape): string {
  switch (field.kind) {
    case 'INTEGER':
      return String(Math.max(field.min ?? 1, 1));
    case 'DATE':
      return '2099-06-30';
    case 'BUDGET_BAND':
      return 'NOT_DEFINED';
    case 'CHOICE':
      return field.options?.[0]?.key ?? '';
    default:
      return 'As described in the message.';
  }
}
