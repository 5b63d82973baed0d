// V8 flags for the production server (`pnpm start`, and `pnpm bench`, which measures what it runs).
// Node 24 lets the young generation grow to 64 MB per semi-space and the old one to a quarter of the
// machine's memory before collecting: a server under load sat at 400+ MB of RSS for a live heap of about
// 50 MB. 16 MB semi-spaces and a bounded old space keep it near 250 MB under the benchmark's heaviest
// scenarios, for a little more CPU spent collecting (32 MB semi-spaces came within 25 MB of the 300 MB target).
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=16', '--max-old-space-size=512'];
