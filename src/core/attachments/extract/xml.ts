import { SaxesParser } from "saxes";
import { ExtractStop, type ExtractContext } from "./context";
import { decodeText } from "./decode";

/**
 * XML read with saxes, a maintained streaming parser that never expands DTD entities: a document whose
 * DOCTYPE declares entities (the "billion laughs" bomb) is refused as a `bomb` before any content is read,
 * nesting deeper than `maxXmlDepth` is refused as a `bomb`, anything not well-formed is `malformed`, and
 * the text is fed in slices with a look at the clock between them.
 */

/** What a reader does with the XML, element names given without their prefix (`w:p` → `p`). */
export interface XmlSink {
  open(name: string, attributes: Readonly<Record<string, string>>): void;
  close(name: string): void;
  text(text: string): void;
}

/** Characters given to the parser at once. */
const SLICE = 64 * 1024;

/** The element name without its namespace prefix. */
export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** An attribute by its local name (`w:val`, `r:id`, `val`), whichever prefix the file used. */
export function attribute(attributes: Readonly<Record<string, string>>, local: string): string | undefined {
  if (Object.prototype.hasOwnProperty.call(attributes, local)) return attributes[local];
  for (const key of Object.keys(attributes)) if (localName(key) === local) return attributes[key];
  return undefined;
}

/** Parses one XML part into the sink (throws `ExtractStop`: bomb, malformed, timeout; or what the sink throws). */
export function parseXml(bytes: Uint8Array, sink: XmlSink, ctx: ExtractContext): void {
  const xml = decodeText(bytes).text;
  ctx.check();
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  const maxDepth = ctx.limits.maxXmlDepth;
  let depth = 0;
  parser.on("doctype", (doctype) => {
    if (/<!ENTITY/i.test(doctype)) throw new ExtractStop("bomb", "entity");
  });
  parser.on("opentag", (tag) => {
    depth++;
    if (depth > maxDepth) throw new ExtractStop("bomb", "depth");
    sink.open(localName(tag.name), tag.attributes);
  });
  parser.on("closetag", (tag) => {
    depth--;
    sink.close(localName(tag.name));
  });
  parser.on("text", (t) => sink.text(t));
  parser.on("cdata", (t) => sink.text(t));
  parser.on("error", (e) => {
    throw e instanceof ExtractStop ? e : new ExtractStop("malformed");
  });
  for (let i = 0; i < xml.length; i += SLICE) {
    parser.write(xml.slice(i, i + SLICE));
    ctx.check();
  }
  parser.close();
}
