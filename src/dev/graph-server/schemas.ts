/** Request bodies, parsed with zod at the edge (house style: validate at the edges, trust inside). */
import { z } from "zod";
import { GraphHttpError } from "./errors";
import type { ColumnType } from "./model";
import type { ColumnInput } from "./store";

const facet = z.record(z.string(), z.unknown());

export const columnDefinitionSchema = z
  .object({
    name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/, "Column names are letters, digits and underscores."),
    displayName: z.string().optional(),
    description: z.string().optional(),
    indexed: z.boolean().optional(),
    enforceUniqueValues: z.boolean().optional(),
    required: z.boolean().optional(),
    hidden: z.boolean().optional(),
    text: facet.optional(),
    number: facet.optional(),
    currency: facet.optional(),
    dateTime: facet.optional(),
    boolean: facet.optional(),
    choice: z.object({ choices: z.array(z.string()).optional() }).catchall(z.unknown()).optional(),
  })
  .passthrough();

export const listCreateSchema = z
  .object({
    displayName: z.string().min(1).max(255),
    description: z.string().optional(),
    columns: z.array(columnDefinitionSchema).optional(),
    list: z.object({ template: z.string().optional() }).passthrough().optional(),
  })
  .passthrough();

export const columnPatchSchema = z
  .object({
    indexed: z.boolean().optional(),
    enforceUniqueValues: z.boolean().optional(),
    required: z.boolean().optional(),
    displayName: z.string().optional(),
    description: z.string().optional(),
    hidden: z.boolean().optional(),
  })
  .passthrough();

export const fieldValueSetSchema = z.record(z.string(), z.unknown());

export const itemCreateSchema = z.object({ fields: fieldValueSetSchema }).passthrough();

export const batchSchema = z.object({
  requests: z.array(
    z.object({
      id: z.string().min(1),
      method: z.string().min(1),
      url: z.string().min(1),
      headers: z.record(z.string(), z.string()).optional(),
      body: z.unknown().optional(),
      dependsOn: z.array(z.string()).optional(),
    }),
  ),
});
export type BatchRequestBody = z.infer<typeof batchSchema>;

export const chatMessageSchema = z
  .object({
    body: z.object({ contentType: z.enum(["text", "html"]).optional(), content: z.string() }).passthrough(),
  })
  .passthrough();

/** Parse with a schema, turning failures into Graph's 400 `invalidRequest`. */
export function parseBody<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const r = schema.safeParse(body);
  if (!r.success) {
    const first = r.error.issues[0];
    const where = first?.path.length ? ` at '${first.path.join(".")}'` : "";
    throw new GraphHttpError(400, "invalidRequest", `Invalid request body${where}: ${first?.message ?? "malformed"}`);
  }
  return r.data;
}

export function toColumnInput(def: z.infer<typeof columnDefinitionSchema>): ColumnInput {
  const facets: [ColumnType, Record<string, unknown> | undefined][] = [
    ["text", def.text],
    ["number", def.number ?? def.currency],
    ["dateTime", def.dateTime],
    ["boolean", def.boolean],
    ["choice", def.choice],
  ];
  const present = facets.filter(([, f]) => f !== undefined);
  if (present.length > 1) {
    throw new GraphHttpError(400, "invalidRequest", `Column '${def.name}' has more than one type facet.`);
  }
  const known = new Set(["name", "displayName", "description", "indexed", "enforceUniqueValues", "required", "hidden", "text", "number", "currency", "dateTime", "boolean", "choice", "columnGroup", "readOnly", "id"]);
  const unknownFacet = Object.keys(def).find((k) => !known.has(k) && !k.startsWith("@"));
  if (unknownFacet) {
    throw new GraphHttpError(400, "notSupported", `Column type '${unknownFacet}' is not supported by the local Graph server.`);
  }
  const [type, f] = present[0] ?? ["text", {}];
  return {
    name: def.name,
    displayName: def.displayName ?? def.name,
    description: def.description ?? "",
    type,
    facet: f ?? {},
    indexed: def.indexed ?? false,
    enforceUniqueValues: def.enforceUniqueValues ?? false,
    required: def.required ?? false,
    hidden: def.hidden ?? false,
  };
}
