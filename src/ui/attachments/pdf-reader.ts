import type { PdfReadOptions, PdfText, PdfTextReader } from "../../core/attachments/types";
// Types only (erased in the build): the module itself is imported on first use, below.
import type * as PdfEngine from "./pdf-engine";

/**
 * The browser's PDF reader (the Outlook task pane, the Teams tab): PDF.js reading the text layer, its
 * parsing in PDF.js's own worker so the pane stays responsive. PDF.js (about 400 KB minified) and its
 * worker (about 1 MB) load only when the first PDF is read: `pdf-engine.ts` is a separate webpack chunk,
 * imported here on first use and kept. Readings go one at a time on one worker; one that passes its
 * deadline is abandoned and the worker terminated (PDF.js busy on a hostile file cannot be interrupted
 * any other way), and the next reading starts a new worker.
 */

type Engine = typeof PdfEngine;

/** The most a timer can wait (2^31 - 1 ms); a longer budget waits that long. */
const MAX_TIMER_MS = 2 ** 31 - 1;

interface Item {
  readonly str?: unknown;
  readonly hasEOL?: unknown;
}

/** A page's text items joined: each item's string, a line break where PDF.js says a line ends. */
function textOf(items: readonly Item[]): string {
  const out: string[] = [];
  for (const item of items) {
    if (typeof item.str !== "string") continue; // a marked-content item, not text
    out.push(item.str);
    if (item.hasEOL === true) out.push("\n");
  }
  return out.join("");
}

function isPasswordError(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { name?: unknown }).name === "PasswordException";
}

/** A `PdfTextReader` for the browser: PDF.js in a module worker, loaded when the first PDF is read. */
export function browserPdfReader(): PdfTextReader {
  let engine: Promise<Engine> | undefined;
  let worker: Worker | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  async function readOnce(bytes: Uint8Array, options: PdfReadOptions): Promise<PdfText> {
    const budgetMs = Math.min(options.deadline - options.now(), MAX_TIMER_MS);
    if (!(budgetMs > 0)) return { kind: "timeout" };
    let pdf: Engine;
    try {
      pdf = await (engine ??= import(/* webpackChunkName: "pdf-reader" */ "./pdf-engine"));
    } catch {
      engine = undefined; // a chunk that did not load (offline, a failed deploy): try again next time
      return { kind: "unavailable" };
    }
    const w = (worker ??= pdf.startPdfWorker());
    // A copy: PDF.js hands its data to the worker, which would empty the caller's buffer.
    const task = pdf.getDocument({
      data: bytes.slice(),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: true, // a broken page is an error (below: a page not read), not a page read in part
      enableXfa: false,
      verbosity: 0,
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<PdfText>((resolve) => {
      timer = setTimeout(() => resolve({ kind: "timeout" }), budgetMs);
    });
    const reading = (async (): Promise<PdfText> => {
      try {
        const doc = await task.promise;
        const pages: string[] = [];
        let chars = 0;
        let truncated = doc.numPages > options.maxPages;
        const count = Math.min(doc.numPages, options.maxPages);
        let failed = 0;
        for (let n = 1; n <= count; n++) {
          if (options.now() > options.deadline) return { kind: "timeout" };
          let text = "";
          try {
            const page = await doc.getPage(n);
            text = textOf((await page.getTextContent()).items as readonly Item[]);
            page.cleanup();
          } catch {
            // A damaged page: the others are still read, and the text is said to be incomplete.
            failed++;
            truncated = true;
          }
          if (chars + text.length > options.maxChars) {
            text = text.slice(0, Math.max(0, options.maxChars - chars));
            truncated = true;
          }
          pages.push(text);
          chars += text.length;
          if (chars >= options.maxChars && n < doc.numPages) {
            truncated = true;
            break;
          }
        }
        // Damaged pages and no text on the others: a damaged file, not a scan.
        if (failed > 0 && pages.every((t) => t.trim().length === 0)) return { kind: "malformed" };
        return { kind: "pages", pages, truncated };
      } catch (e) {
        return isPasswordError(e) ? { kind: "encrypted" } : { kind: "malformed" };
      }
    })();
    const result = await Promise.race([reading, late]);
    clearTimeout(timer);
    if (result.kind === "timeout") {
      // PDF.js may still be busy with this file: stop its worker; the next reading starts a new one.
      worker = undefined;
      pdf.stopPdfWorker(w);
    }
    void task.destroy().catch(() => undefined);
    return result;
  }

  return (bytes, options) => {
    const reading = queue.then(() => readOnce(bytes, options)).catch((): PdfText => ({ kind: "malformed" }));
    queue = reading;
    return reading;
  };
}
