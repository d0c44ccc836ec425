/** SharePoint routes: sites, lists, columns, list items, fields, versions. */
import { assertUniqueAllowed, canSeeList, DEV_ACCESS_SEGMENT, listAccessOf, listGate, setListAccess, type ListGate } from "./access";
import { GraphHttpError } from "./errors";
import type { ListMeta, SiteRecord } from "./model";
import { FilterSyntaxError, fieldFromPath, parseFilter } from "./odata-filter";
import { decodeSkipToken, lookupColumn, type ItemQuery, type OrderBy, type ThresholdPolicy } from "./query";
import { renderColumn, renderFields, renderItem, renderList, renderSite, renderVersion, renderVersionFields } from "./render";
import { handleSitePermissions, splitSitePath } from "./permissions";
import { JSON_CONTENT_TYPE, option, parseExpand, segments, type GraphRequest, type GraphResponse } from "./request";
import {
  columnDefinitionSchema,
  columnPatchSchema,
  fieldValueSetSchema,
  itemCreateSchema,
  listCreateSchema,
  parseBody,
  toColumnInput,
} from "./schemas";
import type { GraphStore } from "./store";

export interface SharePointOptions {
  threshold: ThresholdPolicy;
  defaultPageSize: number;
  maxPageSize: number;
}

const PREFER_NON_INDEXED = "honornonindexedquerieswarningmayfailrandomly";

function notFound(message: string): GraphHttpError {
  return new GraphHttpError(404, "itemNotFound", message);
}

function methodNotAllowed(): GraphHttpError {
  return new GraphHttpError(405, "BadRequest", "Specified HTTP method is not allowed for the request target.");
}

function ok(body: unknown, status = 200): GraphResponse {
  return { status, headers: { "Content-Type": JSON_CONTENT_TYPE }, body };
}

/** Resolve `/sites/{id}` or `/sites/{host}:/{server-relative-path}[:]` and return the rest of the path. */
function resolveSite(store: GraphStore, afterSites: string): { site: SiteRecord; rest: string[] } {
  // The same reading of a site reference as the permission check (`permissions.ts`).
  const split = splitSitePath(`/sites/${afterSites}`);
  const ref = split?.siteRef;
  const site = !ref ? undefined : "id" in ref ? store.siteById(ref.id) : store.siteByPath(ref.host, ref.path);
  if (!site || !split) throw notFound("Requested site could not be found");
  return { site, rest: segments(split.rest) };
}

function requireList(store: GraphStore, site: SiteRecord, idOrName: string): ListMeta {
  const list = store.list(site.id, idOrName);
  if (!list) throw notFound(`List '${idOrName}' does not exist at site with URL 'https://${site.hostname}${site.path}'.`);
  return list;
}

export function handleSites(store: GraphStore, opts: SharePointOptions, req: GraphRequest): GraphResponse {
  const { site, rest } = resolveSite(store, req.path.slice("/sites/".length));
  const ctx = { baseUrl: req.baseUrl };
  const m = req.method;
  if (rest.length === 0) {
    if (m !== "GET") throw methodNotAllowed();
    return ok(renderSite(site, ctx));
  }
  if (rest[0] === "permissions") return handleSitePermissions(store, site, rest.slice(1), req);
  if (rest[0] !== "lists") throw new GraphHttpError(400, "BadRequest", `Resource not found for the segment '${rest[0]}'.`);
  if (rest.length === 1) {
    if (m === "GET") {
      const lists = store.lists(site.id).filter((l) => canSeeList(store, l, req.user)).map((l) => {
        const r = renderList(l, site, ctx, parseExpand(option(req.query, "expand")).has("columns"));
        delete r["@odata.context"];
        return r;
      });
      return ok({ "@odata.context": `${req.baseUrl}/$metadata#sites('${site.id}')/lists`, value: lists });
    }
    if (m === "POST") {
      const body = parseBody(listCreateSchema, req.body);
      const list = store.createList(site.id, {
        displayName: body.displayName,
        ...(body.description !== undefined ? { description: body.description } : {}),
        template: body.list?.template ?? "genericList",
        columns: (body.columns ?? []).map(toColumnInput),
      });
      return ok(renderList(list, site, ctx, false), 201);
    }
    throw methodNotAllowed();
  }
  const list = requireList(store, site, rest[1] as string);
  const sub = rest.slice(2);
  const gate = listGate(store, list, req.user);
  if (sub[0] === DEV_ACCESS_SEGMENT && sub.length === 1) return handleDevAccess(store, list, gate, req);
  gate.requireView();
  if (sub.length === 0) {
    if (m !== "GET") throw methodNotAllowed();
    return ok(renderList(list, site, ctx, parseExpand(option(req.query, "expand")).has("columns")));
  }
  if (sub[0] === "columns") {
    if (req.method !== "GET") gate.requireManage();
    return handleColumns(store, site, list, sub.slice(1), req);
  }
  if (sub[0] === "items") return handleItems(store, opts, site, list, sub.slice(1), req, gate);
  throw new GraphHttpError(400, "BadRequest", `Resource not found for the segment '${sub[0]}'.`);
}

function handleColumns(store: GraphStore, site: SiteRecord, list: ListMeta, rest: string[], req: GraphRequest): GraphResponse {
  const context = `${req.baseUrl}/$metadata#sites('${site.id}')/lists('${list.id}')/columns`;
  if (rest.length === 0) {
    if (req.method === "GET") return ok({ "@odata.context": context, value: list.columns.map(renderColumn) });
    if (req.method === "POST") {
      const input = toColumnInput(parseBody(columnDefinitionSchema, req.body));
      assertUniqueAllowed(store, list, input.enforceUniqueValues === true);
      const col = store.addColumn(list, input);
      return ok({ "@odata.context": `${context}/$entity`, ...renderColumn(col) }, 201);
    }
    throw methodNotAllowed();
  }
  // Graph addresses a column by its id (columndefinition-get / -update), not by its name.
  const key = rest[0] as string;
  const col = list.columns.find((c) => c.id === key);
  if (!col || rest.length > 1) throw notFound(list.columns.some((c) => c.name === key) ? `Column '${key}' not found: Graph takes the column's id, not its name.` : "Column not found.");
  if (req.method === "GET") return ok({ "@odata.context": `${context}/$entity`, ...renderColumn(col) });
  if (req.method === "PATCH") {
    const patch = parseBody(columnPatchSchema, req.body);
    assertUniqueAllowed(store, list, patch.enforceUniqueValues === true);
    const updated = store.updateColumn(list, col, {
      ...(patch.indexed !== undefined ? { indexed: patch.indexed } : {}),
      ...(patch.enforceUniqueValues !== undefined ? { enforceUniqueValues: patch.enforceUniqueValues } : {}),
      ...(patch.required !== undefined ? { required: patch.required } : {}),
      ...(patch.displayName !== undefined ? { displayName: patch.displayName } : {}),
      ...(patch.description !== undefined ? { description: patch.description } : {}),
      ...(patch.hidden !== undefined ? { hidden: patch.hidden } : {}),
    });
    return ok({ "@odata.context": `${context}/$entity`, ...renderColumn(updated) });
  }
  throw methodNotAllowed();
}

function parseOrderBy(list: ListMeta, value: string | null): OrderBy | undefined {
  if (!value) return undefined;
  const parts = value.split(",").map((s) => s.trim()).filter(Boolean);
  if (parts.length > 1) throw new GraphHttpError(400, "notSupported", "The local Graph server orders by one column only.");
  const m = /^(\S+)(?:\s+(asc|desc))?$/i.exec(parts[0] ?? "");
  const field = m ? fieldFromPath(m[1] as string) : undefined;
  if (!m || !field) throw new GraphHttpError(400, "invalidRequest", `Invalid $orderby '${value}'.`);
  return { column: lookupColumn(list, field.name), desc: (m[2] ?? "asc").toLowerCase() === "desc" };
}

function parseTop(value: string | null, opts: SharePointOptions): number {
  if (value === null) return opts.defaultPageSize;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new GraphHttpError(400, "invalidRequest", `Invalid value '${value}' for $top.`);
  return Math.min(n, opts.maxPageSize);
}

function selectList(value: string | null): string[] | undefined {
  return value ? value.split(",").map((s) => s.trim()).filter(Boolean) : undefined;
}

function handleItems(
  store: GraphStore,
  opts: SharePointOptions,
  site: SiteRecord,
  list: ListMeta,
  rest: string[],
  req: GraphRequest,
  gate: ListGate,
): GraphResponse {
  const m = req.method;
  const expand = parseExpand(option(req.query, "expand"));
  const render = {
    expandFields: expand.has("fields"),
    ...(expand.get("fields") ? { fieldSelect: expand.get("fields") as string[] } : {}),
    ...(selectList(option(req.query, "select")) ? { select: selectList(option(req.query, "select")) as string[] } : {}),
  };
  const itemsContext = `${req.baseUrl}/$metadata#sites('${site.id}')/lists('${list.id}')/items`;
  if (rest.length === 0) {
    if (m === "POST") {
      gate.requireAdd();
      const body = parseBody(itemCreateSchema, req.body);
      const row = store.createItem(list, body.fields, req.user);
      return ok({ "@odata.context": `${itemsContext}/$entity`, ...renderItem(list, site, row, { expandFields: true }) }, 201);
    }
    if (m !== "GET") throw methodNotAllowed();
    for (const unsupported of ["skip", "count", "search", "apply"]) {
      if (option(req.query, unsupported) !== null) {
        throw new GraphHttpError(400, "notSupported", `Query option '$${unsupported}' is not supported on list items.`);
      }
    }
    let filter;
    const filterText = option(req.query, "filter");
    if (filterText) {
      try {
        filter = parseFilter(filterText);
      } catch (err) {
        if (err instanceof FilterSyntaxError) throw new GraphHttpError(400, "invalidRequest", `Invalid filter clause: ${err.message}`);
        throw err;
      }
    }
    const orderBy = parseOrderBy(list, option(req.query, "orderby"));
    const skip = option(req.query, "skiptoken");
    const prefer = (req.headers.prefer ?? "").toLowerCase();
    const authorId = gate.readOnlyAuthorId();
    const q: ItemQuery = {
      ...(authorId !== undefined ? { authorId } : {}),
      ...(filter ? { filter } : {}),
      ...(orderBy ? { orderBy } : {}),
      top: parseTop(option(req.query, "top"), opts),
      ...(skip ? { after: decodeSkipToken(skip, orderBy) } : {}),
      honorNonIndexed: prefer.split(",").some((p) => p.trim() === PREFER_NON_INDEXED),
    };
    const page = store.queryItems(list, q, opts.threshold);
    const body: Record<string, unknown> = {
      "@odata.context": itemsContext,
      value: page.rows.map((r) => renderItem(list, site, r, render)),
    };
    if (page.skipToken) {
      const parts: string[] = [];
      for (const [k, v] of req.query) {
        if (k === "$skiptoken" || k === "skiptoken") continue;
        parts.push(`${/^\$?[A-Za-z]+$/.test(k) ? k : encodeURIComponent(k)}=${encodeURIComponent(v)}`);
      }
      parts.push(`$skiptoken=${encodeURIComponent(page.skipToken)}`);
      body["@odata.nextLink"] = `${req.baseUrl}${req.path}?${parts.join("&")}`;
    }
    return ok(body);
  }
  const row = store.requireItem(list, rest[0] as string);
  gate.requireVisible(row);
  const sub = rest.slice(1);
  const ifMatch = req.headers["if-match"];
  if (m === "PATCH") gate.requireEdit(row);
  if (m === "DELETE") gate.requireDelete(row);
  if (sub.length === 0) {
    if (m === "GET") return ok({ "@odata.context": `${itemsContext}/$entity`, ...renderItem(list, site, row, render) });
    if (m === "DELETE") {
      store.deleteItem(list, rest[0] as string, ifMatch);
      return { status: 204 };
    }
    if (m === "PATCH") {
      const body = parseBody(itemCreateSchema.partial(), req.body);
      const updated = body.fields ? store.updateFields(list, rest[0] as string, body.fields, req.user, ifMatch) : row;
      return ok({ "@odata.context": `${itemsContext}/$entity`, ...renderItem(list, site, updated, { expandFields: true }) });
    }
    throw methodNotAllowed();
  }
  if (sub[0] === "fields" && sub.length === 1) {
    if (m === "GET") return ok({ "@odata.context": `${itemsContext}('${row.id}')/fields/$entity`, ...renderFields(list, row) });
    if (m === "PATCH") {
      const fields = parseBody(fieldValueSetSchema, req.body);
      const updated = store.updateFields(list, rest[0] as string, fields, req.user, ifMatch);
      return ok({ "@odata.context": `${itemsContext}('${row.id}')/fields/$entity`, ...renderFields(list, updated) });
    }
    throw methodNotAllowed();
  }
  if (sub[0] === "versions") {
    if (m !== "GET") throw methodNotAllowed();
    const versions = store.versions(list, row);
    const context = `${itemsContext}('${row.id}')/versions`;
    if (sub.length === 1) {
      return ok({ "@odata.context": context, value: versions.map((v) => renderVersion(list, v, row, expand.has("fields"))) });
    }
    const v = versions.find((x) => `${x.version}.0` === sub[1] || String(x.version) === sub[1]);
    if (!v) throw notFound("The specified version was not found.");
    if (sub.length === 2) return ok({ "@odata.context": `${context}/$entity`, ...renderVersion(list, v, row, expand.has("fields")) });
    if (sub.length === 3 && sub[2] === "fields") return ok({ "@odata.context": `${context}('${sub[1]}')/fields/$entity`, ...renderVersionFields(list, v, row) });
  }
  throw new GraphHttpError(400, "BadRequest", `Resource not found for the segment '${sub[0]}'.`);
}

/**
 * Development only: read or set a list's emulated security (`GET|PUT .../lists/{list}/_devAccess`, body a
 * `ListAccess`, or `null` to open the list). Not a Graph API: SharePoint sets these through its own REST
 * API and permission pages. Once set, only a user with full control on the list may change them.
 */
function handleDevAccess(store: GraphStore, list: ListMeta, gate: ListGate, req: GraphRequest): GraphResponse {
  if (req.method === "GET") return ok({ listId: list.id, access: listAccessOf(store, list) ?? null });
  if (req.method !== "PUT") throw methodNotAllowed();
  gate.requireManage();
  try {
    return ok({ listId: list.id, access: setListAccess(store, list, req.body === null || req.body === undefined ? null : (req.body as never)) ?? null });
  } catch (err) {
    if (err instanceof GraphHttpError) throw err;
    throw new GraphHttpError(400, "invalidRequest", `Invalid access settings: ${err instanceof Error ? err.message.split("\n")[0] : String(err)}`);
  }
}
