import { getDocument, GlobalWorkerOptions } from "pdfjs-dist";

/**
 * PDF.js and its worker, in a chunk of their own: `pdf-reader.ts` imports this module only when a PDF is
 * read, so webpack splits it (and PDF.js, and the worker file) off every page's first bundle, and the
 * on-send handler never carries it. Kept apart from `pdf-reader.ts` because of `import.meta.url`, which
 * the Jest build (CommonJS) cannot compile: tests that load the pane never load this file.
 */

export { getDocument };

/** PDF.js's worker, started now (a module worker from the pdfjs-dist file webpack emits) and given to PDF.js. */
export function startPdfWorker(): Worker {
  const worker = new Worker(new URL("pdfjs-dist/build/pdf.worker.min.mjs", import.meta.url), { type: "module", name: "safeshare-pdf" });
  GlobalWorkerOptions.workerPort = worker;
  return worker;
}

/** Stops PDF.js's worker (a reading past its deadline); the next reading starts a new one. */
export function stopPdfWorker(worker: Worker): void {
  if (GlobalWorkerOptions.workerPort === worker) GlobalWorkerOptions.workerPort = null;
  worker.terminate();
}
