// The requests the benchmark sends: GraphQL documents as the web app writes them, and the floor's one
// hand-written SQL statement for the browse page.

/** (a) and (e): a catalogue page of 20 with institute, sectors and inventors. */
export const BROWSE = /* GraphQL */ `
  query Browse($first: Int, $after: String) {
    assets(first: $first, after: $after) {
      edges {
        cursor
        node {
          id slug title kind summary trl ipStatus publishedAt
          institution { id slug name shortName }
          sectors { id slug labelEn }
          inventors { id name affiliation }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

/** (b) and (c): the web app's catalogue search (components/catalogue.graphql), facets and count included. */
export const SEARCH = /* GraphQL */ `
  query CatalogueSearch($query: String, $filter: AssetFilter, $orderBy: AssetOrder, $first: Int, $after: String) {
    assets(query: $query, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        snippet { text highlighted }
        node {
          id slug kind title summary trl ipStatus
          institution { id slug shortName }
          sectors { id slug labelEn labelIt }
        }
      }
      pageInfo { hasNextPage endCursor }
      facets {
        kinds { value count }
        sectors { value label count }
        trl { value count }
        ipStatuses { value count }
        institutions { value label count }
        partneringModels { value count }
      }
    }
  }
`;

/** (d): the web app's asset page (catalogue/asset.graphql). */
export const ASSET_PAGE = /* GraphQL */ `
  query AssetDetail($slug: String!) {
    asset(slug: $slug) {
      id slug kind title summary description problem benefits applications keywords trl ipStatus patentNumbers
      developmentStage partneringModels turnaround pricingModel publishedAt updatedAt
      sectors { id slug labelEn labelIt }
      inventors { id name affiliation }
      platform { id slug name kind }
      contactOfficer { name title }
      institution { id slug name shortName city contactEmail }
      relatedAssets(first: 4) {
        id slug kind title summary trl ipStatus
        institution { id slug shortName }
        sectors { id slug labelEn labelIt }
      }
    }
  }
`;

/** (f): the web app's express-interest form. */
export const SUBMIT_EOI = /* GraphQL */ `
  mutation SubmitExpressionOfInterest($input: SubmitExpressionOfInterestInput!) {
    submitExpressionOfInterest(input: $input) {
      expressionOfInterest { id status }
      errors { field code message }
    }
  }
`;

/**
 * The floor for (a): the same page in one statement — the 21 newest published assets (one more than the
 * page, to know whether another follows), each with its institute, sectors and inventors as JSON.
 */
export const FLOOR_SQL = `
  select a.id, a.slug, a.title, a.kind, a.summary, a.trl, a.ip_status, a.published_at,
    a.published_at::text as sort_key,
    json_build_object('id', i.id, 'slug', i.slug, 'name', i.name, 'shortName', i.short_name) as institution,
    (select coalesce(json_agg(json_build_object('id', s.id, 'slug', s.slug, 'labelEn', s.label_en)
        order by s.kind, s.position), '[]')
       from asset_sector x join sector s on s.id = x.sector_id where x.asset_id = a.id) as sectors,
    (select coalesce(json_agg(json_build_object('id', v.id, 'name', v.name, 'affiliation', v.affiliation)
        order by x.position), '[]')
       from asset_inventor x join inventor v on v.id = x.inventor_id where x.asset_id = a.id) as inventors
  from asset a join institution i on i.id = a.institution_id
  where a.status = 'PUBLISHED'
  order by a.published_at desc, a.id desc
  limit $1`;

export const globalId = (type, id) => Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
export const cursor = (order, key) => Buffer.from(JSON.stringify({ o: order, k: key }), 'utf8').toString('base64url');
