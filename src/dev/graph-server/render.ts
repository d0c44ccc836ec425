/**
 * JSON shapes of Graph v1.0 resources: site, list, columnDefinition, listItem, fieldValueSet, listItemVersion,
 * typed with Microsoft's own @microsoft/microsoft-graph-types so a property Graph does not have, or of the
 * wrong type, fails to compile.
 */
import type * as MicrosoftGraph from "@microsoft/microsoft-graph-types";
import type { ODataAnnotations } from "./odata-annotations";
import type { ColumnMeta, Identity, ItemRow, ItemVersion, ListMeta, SiteRecord } from "./model";
import { etagOf, fieldValues } from "./store";

export interface RenderContext {
  /** `https://127.0.0.1:4000/v1.0` as the client addressed the server. */
  baseUrl: string;
}

export function siteWebUrl(site: SiteRecord): string {
  return `https://${site.hostname}${site.path}`;
}

export function renderSite(site: SiteRecord, ctx: RenderContext): MicrosoftGraph.Site & ODataAnnotations {
  const [, collectionId, webId] = site.id.split(",");
  return {
    "@odata.context": `${ctx.baseUrl}/$metadata#sites/$entity`,
    createdDateTime: site.created,
    description: "",
    id: site.id,
    lastModifiedDateTime: site.created,
    name: site.name,
    webUrl: siteWebUrl(site),
    displayName: site.displayName,
    root: {},
    siteCollection: { hostname: site.hostname },
    sharepointIds: { siteId: collectionId, siteUrl: siteWebUrl(site), webId },
  };
}

function identitySet(who: Identity): Record<string, unknown> {
  return { user: { email: who.email, id: who.id, displayName: who.displayName } };
}

const DEV_IDENTITY: Identity = { id: "", displayName: "System Account", email: "" };

export function renderColumn(col: ColumnMeta): MicrosoftGraph.ColumnDefinition {
  const out: MicrosoftGraph.ColumnDefinition = {
    columnGroup: col.builtin ? "Custom Columns" : "Custom Columns",
    description: col.description,
    displayName: col.displayName,
    enforceUniqueValues: col.unique,
    hidden: col.hidden,
    id: col.id,
    indexed: col.indexed,
    name: col.name,
    readOnly: col.readOnly,
    required: col.required,
  };
  switch (col.type) {
    case "text":
      out.text = {
        allowMultipleLines: false,
        appendChangesToExistingText: false,
        linesForEditing: 0,
        maxLength: 255,
        ...col.facet,
      };
      break;
    case "number":
      out.number = { decimalPlaces: "automatic", displayAs: "number", maximum: 1.7976931348623157e308, minimum: -1.7976931348623157e308, ...col.facet };
      break;
    case "dateTime":
      out.dateTime = { displayAs: "default", format: "dateTime", ...col.facet };
      break;
    case "boolean":
      out.boolean = { ...col.facet };
      break;
    case "choice":
      out.choice = { allowTextEntry: false, choices: [], displayAs: "dropDownMenu", ...col.facet };
      break;
  }
  return out;
}

export function renderList(list: ListMeta, site: SiteRecord, ctx: RenderContext, expandColumns: boolean): MicrosoftGraph.List & ODataAnnotations {
  const out: MicrosoftGraph.List & ODataAnnotations = {
    "@odata.context": `${ctx.baseUrl}/$metadata#sites('${site.id}')/lists/$entity`,
    "@odata.etag": `"${list.etagGuid},1"`,
    createdDateTime: list.created,
    description: list.description,
    eTag: `"${list.etagGuid},1"`,
    id: list.id,
    lastModifiedDateTime: list.modified,
    name: list.name,
    webUrl: `${siteWebUrl(site)}/Lists/${list.name}`,
    displayName: list.displayName,
    createdBy: identitySet(DEV_IDENTITY),
    parentReference: { siteId: site.id },
    list: { contentTypesEnabled: false, hidden: false, template: list.template },
  };
  if (expandColumns) {
    out["columns@odata.context"] = `${ctx.baseUrl}/$metadata#sites('${site.id}')/lists('${list.id}')/columns`;
    out.columns = list.columns.map(renderColumn);
  }
  return out;
}

/** The fieldValueSet: list columns plus the system fields SharePoint always returns. */
export function renderFields(list: ListMeta, row: ItemRow, select?: readonly string[]): Record<string, unknown> {
  const author = JSON.parse(row.author) as Identity;
  const values = fieldValues(list, row);
  const title = typeof values.Title === "string" ? values.Title : undefined;
  const all: Record<string, unknown> = {
    "@odata.etag": etagOf(row),
    ...values,
    id: String(row.id),
    ContentType: "Item",
    Modified: row.modified,
    Created: row.created,
    AuthorLookupId: author.id ? "6" : "1073741823",
    EditorLookupId: "6",
    _UIVersionString: `${row.version}.0`,
    Attachments: false,
    Edit: "",
    ...(title !== undefined ? { LinkTitleNoMenu: title, LinkTitle: title } : {}),
    ItemChildCount: "0",
    FolderChildCount: "0",
    _ComplianceFlags: "",
    _ComplianceTag: "",
    _ComplianceTagWrittenTime: "",
    _ComplianceTagUserId: "",
  };
  if (!select) return all;
  const out: Record<string, unknown> = { "@odata.etag": all["@odata.etag"] };
  for (const name of select) {
    const key = name === "ID" ? "id" : name;
    if (key in all) out[key] = all[key];
  }
  return out;
}

export interface ItemRenderOptions {
  expandFields: boolean;
  fieldSelect?: readonly string[];
  select?: readonly string[];
}

export function renderItem(list: ListMeta, site: SiteRecord, row: ItemRow, opts: ItemRenderOptions): Record<string, unknown> {
  const author = JSON.parse(row.author) as Identity;
  const editor = JSON.parse(row.editor) as Identity;
  const full: Record<string, unknown> = {
    "@odata.etag": etagOf(row),
    createdDateTime: row.created,
    eTag: etagOf(row),
    id: String(row.id),
    lastModifiedDateTime: row.modified,
    webUrl: `${siteWebUrl(site)}/Lists/${list.name}/${row.id}_.000`,
    createdBy: identitySet(author),
    lastModifiedBy: identitySet(editor),
    parentReference: { id: list.id, siteId: site.id },
    contentType: { id: "0x0100", name: "Item" },
  };
  let out = full;
  if (opts.select) {
    out = { "@odata.etag": full["@odata.etag"] };
    for (const key of opts.select) if (key in full) out[key] = full[key];
  }
  if (opts.expandFields) out.fields = renderFields(list, row, opts.fieldSelect);
  return out;
}

export function renderVersion(list: ListMeta, v: ItemVersion, row: ItemRow, withFields: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: `${v.version}.0`,
    lastModifiedDateTime: v.modified,
    lastModifiedBy: identitySet(v.editor),
  };
  if (withFields) out.fields = renderVersionFields(list, v, row);
  return out;
}

export function renderVersionFields(list: ListMeta, v: ItemVersion, row: ItemRow): Record<string, unknown> {
  void list;
  return {
    ...v.fields,
    id: String(row.id),
    Modified: v.modified,
    Created: row.created,
    _UIVersionString: `${v.version}.0`,
  };
}
