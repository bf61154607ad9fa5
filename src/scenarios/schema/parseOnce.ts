/**
 * Parse options for brink's zod schemas. zod's fast path compiles a parser (new Function) for
 * each object schema the first time it parses: for the scenario schema's few dozen objects that
 * cost more than a command's whole validation (~8 ms of 37), and even a hundred validations in
 * one process gained nothing from it. Same results either way: the fast path is only a faster
 * route to the same output.
 */
export const PARSE_ONCE = { jitless: true } as const;
