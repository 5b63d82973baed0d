// The floor for the browse benchmark: node:http and pg, one hand-written SQL statement, the same JSON as
// the API's answer to BROWSE with first: 20. Whatever the API spends above this is its own overhead.
// Usage: DATABASE_URL=… PORT=… node test/bench/floor-server.mjs
import http from 'node:http';
import pg from 'pg';
import { cursor, FLOOR_SQL, globalId } from './bench-operations.mjs';

const PAGE = 20;
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

/** @param {any} row */
function node(row) {
  return {
    id: globalId('Asset', row.id),
    slug: row.slug,
    title: row.title,
    kind: row.kind,
    summary: row.summary,
    trl: row.trl,
    ipStatus: row.ip_status,
    publishedAt: row.published_at.toISOString(),
    institution: { ...row.institution, id: globalId('Institution', row.institution.id) },
    sectors: row.sectors.map((/** @type {any} */ s) => ({ ...s, id: globalId('Sector', s.id) })),
    inventors: row.inventors.map((/** @type {any} */ v) => ({ ...v, id: globalId('Inventor', v.id) })),
  };
}

const server = http.createServer(async (req, res) => {
  try {
    // The request body is read and ignored: the floor answers one question only.
    for await (const _chunk of req) {
      /* drain */
    }
    const { rows } = await pool.query(FLOOR_SQL, [PAGE + 1]);
    const edges = rows
      .slice(0, PAGE)
      .map((row) => ({ cursor: cursor('NEWEST', [row.sort_key, row.id]), node: node(row) }));
    const body = JSON.stringify({
      data: {
        assets: {
          edges,
          pageInfo: { hasNextPage: rows.length > PAGE, endCursor: edges.at(-1)?.cursor ?? null },
        },
      },
    });
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    res.end(body);
  } catch (error) {
    res.writeHead(500, { 'content-type': 'text/plain' });
    res.end(String(error));
  }
});

server.listen(Number(process.env.PORT), '127.0.0.1', () => {
  process.send?.('listening');
});
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    server.close();
    void pool.end().then(() => process.exit(0));
  });
}
