/** The production server's V8 flags (server-node-flags.mjs), for TypeScript callers such as the process tests. */
export declare const SERVER_NODE_FLAGS: string[];
