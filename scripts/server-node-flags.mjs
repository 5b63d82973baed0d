// V8 flags for the production server (`pnpm start`, and `pnpm bench`, which measures what it runs).
// Node 24 lets the young generation grow to 64 MB per semi-space and the old one to a quarter of the
// machine's memory before collecting: a server under load sat at 400+ MB of RSS for a live heap of about
// 50 MB. Small semi-spaces and a bounded old space keep it under 300 MB through the whole benchmark, for a
// little more CPU spent collecting: 32 MB semi-spaces came within 25 MB of that target, 16 MB ones peaked at
// 292–303 MB in four full runs of 4 December (the overload's young generation on top of the response cache),
// 8 MB ones at 281 MB (docs/performance.md, "Server memory").
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=8', '--max-old-space-size=512'];
