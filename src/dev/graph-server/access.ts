/**
 * Emulated SharePoint list security for the local Graph server (development only).
 *
 * SafeShare keeps one decision list per team. Each list breaks permission inheritance and grants:
 * - practitioners of the team a custom "add and read own" level (View Items + Add Items, no Edit Items),
 *   with the list's item-level setting "Read items that were created by the user" (ReadSecurity = 2);
 * - the team's managers a "review" level (View, Add, Edit Items and Override List Behaviors) on that list
 *   only, so they read every record of their team and can add their review, and nothing of other teams;
 * - information governance a "full control" level.
 *
 * What SharePoint does, and this module does too:
 * - a user with no permission on a list gets 403 accessDenied for the list and everything under it, and
 *   the list is left out of `GET /sites/{id}/lists`;
 * - with ReadSecurity = 2, a user without Override List Behaviors sees only the items they created:
 *   queries are silently trimmed, and another user's item is 404 itemNotFound (it is not there for them);
 * - writing needs Edit Items (403 otherwise); WriteSecurity = 2 limits editing to one's own items unless
 *   the user overrides list behaviours; deleting needs full control here;
 * - SharePoint refuses "read own items" on a list with a column that enforces unique values, and the
 *   reverse ("this column cannot enforce unique values because the list has item level permissions").
 *
 * Callers are identified by their token's claims (`oid`, else `upn`, resolved against the seeded users;
 * see `permissions.ts`). A list with no access settings is open to every caller the app's grant allows.
 */
import { createHash } from "node:crypto";
import { z } from "zod";
import { GraphHttpError } from "./errors";
import type { Identity, ItemRow, ListMeta } from "./model";
import type { GraphStore } from "./store";

export const PERMISSION_LEVELS = ["add-and-read-own", "review", "full-control"] as const;
export type PermissionLevel = (typeof PERMISSION_LEVELS)[number];

export const ListAccessSchema = z.strictObject({
  /** 1: read all items; 2: read items that were created by the user. */
  readSecurity: z.union([z.literal(1), z.literal(2)]).default(1),
  /** 1: create and edit all items; 2: create items and edit items created by the user; 4: none. */
  writeSecurity: z.union([z.literal(1), z.literal(2), z.literal(4)]).default(1),
  /** Permission level by user principal name (case-insensitive). Everyone else: no access. */
  grants: z.record(z.string().min(3).max(320), z.enum(PERMISSION_LEVELS)),
});
export type ListAccess = z.infer<typeof ListAccessSchema>;
export type ListAccessInput = z.input<typeof ListAccessSchema>;

interface Rights {
  view: boolean;
  add: boolean;
  edit: boolean;
  delete: boolean;
  overrideListBehaviors: boolean;
  manage: boolean;
}

const RIGHTS: Record<PermissionLevel, Rights> = {
  "add-and-read-own": { view: true, add: true, edit: false, delete: false, overrideListBehaviors: false, manage: false },
  review: { view: true, add: true, edit: true, delete: false, overrideListBehaviors: true, manage: false },
  "full-control": { view: true, add: true, edit: true, delete: true, overrideListBehaviors: true, manage: true },
};

const NO_RIGHTS: Rights = { view: false, add: false, edit: false, delete: false, overrideListBehaviors: false, manage: false };

/** SharePoint's words for a denied request, as Graph returns them. */
export const ACCESS_DENIED_MESSAGE = "Access denied. You do not have permission to perform this action or access this resource.";

const denied = (): GraphHttpError => new GraphHttpError(403, "accessDenied", ACCESS_DENIED_MESSAGE);

const TABLE = "CREATE TABLE IF NOT EXISTS list_access (list_id TEXT PRIMARY KEY, json TEXT NOT NULL)";

function ensureTable(store: GraphStore): void {
  store.db.exec(TABLE);
}

/** The list's access settings, or undefined when the list is open (no settings). */
export function listAccessOf(store: GraphStore, list: ListMeta): ListAccess | undefined {
  ensureTable(store);
  const row = store.db.prepare("SELECT json FROM list_access WHERE list_id = ?").get(list.id) as { json: string } | undefined;
  if (!row) return undefined;
  return ListAccessSchema.parse(JSON.parse(row.json));
}

/**
 * Set (or with `null` remove) a list's access settings. Refuses "read own items" on a list with a
 * column enforcing unique values, as SharePoint does.
 */
export function setListAccess(store: GraphStore, list: ListMeta, input: ListAccessInput | null): ListAccess | undefined {
  ensureTable(store);
  if (input === null) {
    store.db.prepare("DELETE FROM list_access WHERE list_id = ?").run(list.id);
    return undefined;
  }
  const access = ListAccessSchema.parse(input);
  if (access.readSecurity === 2) {
    const unique = list.columns.filter((c) => c.unique).map((c) => c.name);
    if (unique.length > 0) {
      throw new GraphHttpError(
        400,
        "invalidRequest",
        `"Read items that were created by the user" cannot be set on a list whose columns enforce unique values (${unique.join(", ")}): SharePoint allows one or the other.`,
      );
    }
  }
  const grants = Object.fromEntries(Object.entries(access.grants).map(([upn, level]) => [upn.toLowerCase(), level]));
  const stored: ListAccess = { ...access, grants };
  store.db.prepare("INSERT OR REPLACE INTO list_access (list_id, json) VALUES (?, ?)").run(list.id, JSON.stringify(stored));
  return stored;
}

/** Turning on unique values on a list with "read own items" is refused too. */
export function assertUniqueAllowed(store: GraphStore, list: ListMeta, turningOnUnique: boolean): void {
  if (!turningOnUnique) return;
  if (listAccessOf(store, list)?.readSecurity === 2) {
    throw new GraphHttpError(400, "invalidRequest", "This column cannot enforce unique values because the list has item-level permissions (read items that were created by the user).");
  }
}

function rightsOf(access: ListAccess, user: Identity): Rights {
  const level = access.grants[user.email.toLowerCase()];
  return level ? RIGHTS[level] : NO_RIGHTS;
}

/** The checks one request to a list makes; an open list allows everything. */
export interface ListGate {
  /** The list itself (metadata, columns): any permission on it. */
  requireView(): void;
  requireAdd(): void;
  /** SQL author id to trim queries to, when the user reads only their own items. */
  readOnlyAuthorId(): string | undefined;
  /** An item the user cannot see is not there for them (404). */
  requireVisible(row: ItemRow): void;
  requireEdit(row: ItemRow): void;
  requireDelete(row: ItemRow): void;
  requireManage(): void;
}

const OPEN_GATE: ListGate = {
  requireView: () => undefined,
  requireAdd: () => undefined,
  readOnlyAuthorId: () => undefined,
  requireVisible: () => undefined,
  requireEdit: () => undefined,
  requireDelete: () => undefined,
  requireManage: () => undefined,
};

function authorIdOf(row: ItemRow): string | undefined {
  try {
    return (JSON.parse(row.author) as Identity).id;
  } catch {
    return undefined;
  }
}

/** The gate for one user on one list. */
export function listGate(store: GraphStore, list: ListMeta, user: Identity): ListGate {
  const access = listAccessOf(store, list);
  if (!access) return OPEN_GATE;
  const rights = rightsOf(access, user);
  const ownOnlyRead = access.readSecurity === 2 && !rights.overrideListBehaviors;
  const ownOnlyWrite = access.writeSecurity === 2 && !rights.overrideListBehaviors;
  const noWrite = access.writeSecurity === 4 && !rights.overrideListBehaviors;
  const own = (row: ItemRow): boolean => authorIdOf(row) === user.id;
  return {
    requireView: () => {
      if (!rights.view) throw denied();
    },
    requireAdd: () => {
      if (!rights.add || noWrite) throw denied();
    },
    readOnlyAuthorId: () => {
      if (!rights.view) throw denied();
      return ownOnlyRead ? user.id : undefined;
    },
    requireVisible: (row) => {
      if (!rights.view) throw denied();
      if (ownOnlyRead && !own(row)) throw new GraphHttpError(404, "itemNotFound", "The specified list item was not found.");
    },
    requireEdit: (row) => {
      if (!rights.view) throw denied();
      if (ownOnlyRead && !own(row)) throw new GraphHttpError(404, "itemNotFound", "The specified list item was not found.");
      if (!rights.edit || noWrite || (ownOnlyWrite && !own(row))) throw denied();
    },
    requireDelete: (row) => {
      if (!rights.view) throw denied();
      if (ownOnlyRead && !own(row)) throw new GraphHttpError(404, "itemNotFound", "The specified list item was not found.");
      if (!rights.delete) throw denied();
    },
    requireManage: () => {
      if (!rights.manage) throw denied();
    },
  };
}

/** Whether a user has any permission on a list (for `GET /sites/{id}/lists`). */
export function canSeeList(store: GraphStore, list: ListMeta, user: Identity): boolean {
  const access = listAccessOf(store, list);
  return !access || rightsOf(access, user).view;
}

/** A stable object id for a development user that is not in the users table. */
export function devObjectId(upn: string): string {
  const h = createHash("sha256").update(`safeshare-dev-user:${upn}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The body of the development-only access route: `PUT .../lists/{list}/_devAccess`. */
export const DEV_ACCESS_SEGMENT = "_devAccess";
