import { findSkippedRegions, segmentSentences } from "../../../src/core/text";
import { EMAILS } from "./fixtures/emails";
import { MORE_EMAILS } from "./fixtures/emails-more";

const ALL = [...EMAILS, ...MORE_EMAILS];

describe("whole realistic e-mails", () => {
  test.each(ALL.map((e) => [e.name, e] as const))("skipped regions: %s", (_name, e) => {
    const got = findSkippedRegions(e.body).map((r) => [r.reason, e.body.slice(r.start, r.end)]);
    expect(got).toEqual(e.skipped);
  });

  test.each(ALL.map((e) => [e.name, e] as const))("sentences of the new text: %s", (_name, e) => {
    const skipped = findSkippedRegions(e.body);
    const got = segmentSentences(e.body, skipped).map((x) => [x.role, e.body.slice(x.start, x.end)]);
    expect(got).toEqual(e.sentences);
  });

  test("at least 90% of quoted and signature text is skipped and no practitioner sentence is", () => {
    let expected = 0;
    let covered = 0;
    for (const e of ALL) {
      const regions = findSkippedRegions(e.body);
      const inRegion = (i: number): boolean => regions.some((r) => r.start <= i && i < r.end);
      for (const [, text] of e.skipped) {
        const at = e.body.indexOf(text);
        for (let i = at; i < at + text.length; i++) {
          if (/\s/.test(e.body.charAt(i))) continue;
          expected++;
          if (inRegion(i)) covered++;
        }
      }
      for (const [, text] of e.sentences) {
        const at = e.body.indexOf(text);
        expect(at).toBeGreaterThanOrEqual(0);
        for (let i = at; i < at + text.length; i++) expect(inRegion(i)).toBe(false);
      }
    }
    expect(covered / expected).toBeGreaterThanOrEqual(0.9);
  });
});
