/**
 * Trusting the local CA from inside a running Node process.
 *
 * Node 20's global `fetch` (undici) reads `NODE_EXTRA_CA_CERTS` only at process start, and Node 20 does not
 * export undici's `Agent`. The global dispatcher *is* an undici `Agent`, reachable through the symbol undici
 * registers it under, so we build a second `Agent` of the same class whose TLS `connect` options trust the
 * dev CA, and hand it to fetch as `dispatcher` — e.g. through the Graph client's `fetchOptions`.
 *
 * Alternatives: start Node with `NODE_EXTRA_CA_CERTS=DIR/ca.pem` (works for global fetch and node:https),
 * or pass `ca` to a `node:https` request / agent.
 */

import { runInThisContext } from "node:vm";

const GLOBAL_DISPATCHER = Symbol.for("undici.globalDispatcher.1");

type AgentCtor = new (options: { connect: { ca: string | string[] } }) => object;

/**
 * The realm's real global object. Under a sandbox such as jest's node environment, `globalThis` is the
 * sandbox's while `fetch` (and its dispatcher) belong to Node's main context, which `runInThisContext` sees.
 */
function mainGlobal(): Record<symbol, unknown> {
  return runInThisContext("globalThis") as Record<symbol, unknown>;
}

async function agentClass(): Promise<AgentCtor> {
  const find = (): unknown => (globalThis as Record<symbol, unknown>)[GLOBAL_DISPATCHER] ?? mainGlobal()[GLOBAL_DISPATCHER];
  if (!find()) {
    // undici creates its global Agent on first use; a data: URL touches no network.
    await fetch("data:text/plain,").then((r) => r.text()).catch(() => undefined);
  }
  const d = find() as { constructor?: AgentCtor } | undefined;
  if (!d?.constructor) throw new Error("Cannot find undici's global dispatcher; start Node with NODE_EXTRA_CA_CERTS instead.");
  return d.constructor;
}

/** An undici dispatcher that trusts `caPem` (and only it) for TLS. */
export async function devCaDispatcher(caPem: string): Promise<object> {
  const Agent = await agentClass();
  return new Agent({ connect: { ca: caPem } });
}

/** `fetchOptions` for `@microsoft/microsoft-graph-client` (or a `fetch` init) that trust the dev CA. */
export async function devCaFetchOptions(caPem: string): Promise<RequestInit> {
  return { dispatcher: await devCaDispatcher(caPem) } as unknown as RequestInit;
}
