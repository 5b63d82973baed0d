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
export async function requiredServiceAnswers(gql: Gql, slug: string): Promise<FormAnswer[]> {
  const response = await gql<{ asset: { serviceRequestForm: { fields: FieldShape[] } | null } | null }>(
    `query($slug: String!) { asset(slug: $slug) { serviceRequestForm { fields { key kind required min options { key } } } } }`,
    { slug },
  );
  const fields = response.data?.asset?.serviceRequestForm?.fields ?? [];
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
