import { useCallback, useEffect, useRef, useState } from "react";
import type { AttachmentContent } from "../../core/attachments/check-attachment";
import { type ReadAllOptions, readAttachmentContents } from "../../core/attachments/read-all";
import type { AttachmentFile } from "../../core/attachments/types";
import type { AttachmentReading } from "../../ui/attachment-findings/attachment-lines";
import { webCryptoSha256Hex } from "../../ui/attachments/web-sha256";

/**
 * The files a practitioner picks on the Teams share page to check before sharing them: read on this
 * device (the page never uploads or posts them), checked with the message, listed in the record.
 */
export interface PickedFiles {
  readonly files: readonly AttachmentFile[];
  /** What was read from each file, in order (empty while reading). */
  readonly contents: readonly AttachmentContent[];
  readonly reading: AttachmentReading | undefined;
  add(picked: readonly File[]): void;
  remove(index: number): void;
}

export function usePickedFiles(options: { readonly limits?: ReadAllOptions["limits"] } = {}): PickedFiles {
  const [files, setFiles] = useState<readonly AttachmentFile[]>([]);
  const [contents, setContents] = useState<readonly AttachmentContent[]>([]);
  const [reading, setReading] = useState<AttachmentReading | undefined>();
  const generation = useRef(0);
  const { limits } = options;

  useEffect(() => {
    const mine = ++generation.current;
    if (files.length === 0) {
      setContents([]);
      setReading(undefined);
      return;
    }
    setContents([]);
    void readAttachmentContents(
      files.map((file, attachment) => ({ attachment, file })),
      { now: () => performance.now(), sha256Hex: webCryptoSha256Hex, ...(limits ? { limits } : {}), onProgress: (progress) => mine === generation.current && setReading({ kind: "reading", progress }) },
    ).then((read) => {
      if (mine !== generation.current) return;
      setContents(read);
      setReading(undefined);
    });
  }, [files, limits]);

  const add = useCallback((picked: readonly File[]) => {
    void Promise.all(picked.map(async (f) => ({ name: f.name, contentType: f.type || undefined, bytes: new Uint8Array(await f.arrayBuffer()) }))).then((more) => setFiles((now) => [...now, ...more]));
  }, []);
  const remove = useCallback((index: number) => setFiles((now) => now.filter((_, i) => i !== index)), []);
  return { files, contents, reading, add, remove };
}
