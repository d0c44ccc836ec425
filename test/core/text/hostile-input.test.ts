import fc from "fast-check";
import type { Span } from "../../../src/core/check/result";
import { findSkippedRegions, htmlToText, segmentSentences } from "../../../src/core/text";

/** Pieces that stress every rule at once: markers, punctuation, salutations, headers, odd Unicode. */
const PIECES = [
  "Mr. ", "Dr ", "e.g. ", "etc. ", "J. ", "no. 5 ", "3.15pm ", "£2.50. ", "12.03.2024 ", "...", "…", "?!", "\"no.\" ",
  "'", "(", ")", "> ", ">> ", "On Mon, 4 Mar 2024 at 10:32, A <a@b.uk> wrote:", "From: A <a@b.uk>", "Sent: 1 Jan 2024 10:00",
  "To: B", "Subject: x", "-----Original Message-----", "________________________________", "-- ", "Kind regards,", "Thanks",
  "Hi Sarah,", "Dear Ms Evans", "Sarah Jones", "Social Worker", "Tel: 01632 960000", "sarah@anytown.gov.uk",
  "This email and any files transmitted with it are confidential.", "CONFIDENTIALITY NOTICE", "- ", "• ", "1. ", "a) ",
  "\n", "\n\n", "\r\n", "\r", "\u2028", " ", "\t", "\u00a0", "\u202e", "\u200b", "\ufeff", "\ud800", "\udc00", "😀", "\u0000",
  "\u0007", "مرحبا", "Ελληνικά", "ÉCOLE", "word", "Chloe said she was scared.", "mum", "<", "&amp;",
];

const messy = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: "binary", maxLength: 8 })), { maxLength: 60 }).map((a) => a.join(""));

/** True when `i` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const a = text.charCodeAt(i - 1);
  const b = text.charCodeAt(i);
  return a >= 0xd800 && a <= 0xdbff && b >= 0xdc00 && b <= 0xdfff;
}

/** The first problem with `spans` (unsorted, overlapping, empty, outside the body, splitting a pair), or "". */
function problemWith(body: string, spans: readonly Span[]): string {
  let prevEnd = 0;
  for (const s of spans) {
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end)) return `non-integer ${JSON.stringify(s)}`;
    if (s.start < prevEnd) return `unsorted or overlapping at ${s.start}`;
    if (s.end <= s.start) return `empty span at ${s.start}`;
    if (s.end > body.length) return `span past the end: ${s.end}`;
    if (splitsPair(body, s.start) || splitsPair(body, s.end)) return `splits a surrogate pair at ${s.start}-${s.end}`;
    prevEnd = s.end;
  }
  return "";
}

function expectWellFormed(body: string, spans: readonly Span[]): void {
  expect(problemWith(body, spans)).toBe("");
}

describe("hostile input: properties", () => {
  test("skipped regions are sorted, disjoint and inside the body", () => {
    fc.assert(
      fc.property(messy, (body) => {
        expectWellFormed(body, findSkippedRegions(body));
      }),
      { numRuns: 400 },
    );
  });

  test("sentences are sorted, disjoint, inside the body, outside skipped regions and trimmed", () => {
    fc.assert(
      fc.property(messy, (body) => {
        const skipped = findSkippedRegions(body);
        const sentences = segmentSentences(body, skipped);
        expectWellFormed(body, sentences);
        for (const s of sentences) {
          for (const r of skipped) expect(s.end <= r.start || s.start >= r.end).toBe(true);
          expect(/\s/u.test(body.charAt(s.start))).toBe(false);
          expect(/\s/u.test(body.charAt(s.end - 1))).toBe(false);
          expect(["sentence", "greeting", "sign-off"]).toContain(s.role);
        }
      }),
      { numRuns: 400 },
    );
  });

  test("every letter of the new text is in some sentence unless it is a list marker", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("Chloe", "said", "no.", "Mr.", "J.", "etc.", "?", "!", "\n", "\n\n", " ", "...", "mum", "Dad", "(", ")", "\""), { maxLength: 40 }), (parts) => {
        const body = parts.join(" ");
        const sentences = segmentSentences(body);
        for (let i = 0; i < body.length; i++) {
          if (!/[A-Za-z]/u.test(body.charAt(i))) continue;
          expect(sentences.some((s) => s.start <= i && i < s.end)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  test("htmlToText never throws and never emits a tag it was given", () => {
    const html = fc.array(fc.oneof(fc.constantFrom("<p>", "</p>", "<br>", "<div>", "</div>", "<script>", "</script>", "<!--", "-->", "&nbsp;", "&#x1F600;", "&#99999999;", "&", "<", ">", "\"", "'", "<a href='x>y'>", "<head>", "<body>", "<pre>", "</pre>", "<td>", "</tr>"), fc.string({ maxLength: 6 })), { maxLength: 50 }).map((a) => a.join(""));
    fc.assert(
      fc.property(html, (h) => {
        const text = htmlToText(h);
        expect(typeof text).toBe("string");
        expect(text).not.toMatch(/<(p|br|div|script|td|head|body)>/u);
      }),
      { numRuns: 400 },
    );
  });
});

describe("hostile input: size and pathological punctuation stay fast", () => {
  const MB = 1 << 20;
  test.each([
    ["a 1 MB line", "a".repeat(MB)],
    ["100k words", "Chloe said that mum was at home. ".repeat(15_000)],
    ["50,000 dots", ".".repeat(50_000)],
    ["dots and spaces", ". ".repeat(200_000)],
    ["Mr. Mr. Mr. …", "Mr. ".repeat(100_000)],
    ["a dotted token", "a.".repeat(MB / 2) + " end"],
    ["1M line breaks", "\n".repeat(MB)],
    ["100k sign-off lines", "Thanks\n".repeat(100_000)],
    ["100k quote lines", "> q\n".repeat(100_000)],
    ["100k From: lines", "From: x\n".repeat(100_000)],
    ["100k attribution starts", "On 10:00 x\n".repeat(100_000)],
    ["100k weak disclaimer openings in one paragraph", "warning: x\n".repeat(100_000)],
    ["100k name lines", "Sarah Jones\n".repeat(100_000)],
    ["100k bullets", "- x\n".repeat(100_000)],
    ["1M ellipses", "…".repeat(MB)],
    ["1M question marks", "?".repeat(MB)],
    ["1M opening brackets after a full stop", "a. " + "(".repeat(MB)],
    ["random Unicode", "😀é\u202e\ud800\u0000\u200b".repeat(100_000)],
  ])("%s", (_name, body) => {
    const skipped = findSkippedRegions(body);
    const sentences = segmentSentences(body, skipped);
    expectWellFormed(body, skipped);
    expectWellFormed(body, sentences);
  });

  test.each([
    ["100k unclosed <head>", "<head>".repeat(100_000)],
    ["1M less-than signs", "<".repeat(MB)],
    ["an endless numeric reference", "&#" + "9".repeat(MB)],
    ["an endless entity name", "&" + "a".repeat(MB)],
    ["an unterminated attribute", "<a b='" + "x".repeat(MB)],
    ["100k unclosed <script>", "<script>".repeat(100_000)],
    ["100k unclosed comments", "<!--".repeat(100_000)],
    ["200k paragraphs", "<p>x".repeat(200_000)],
  ])("htmlToText: %s", (_name, html) => {
    htmlToText(html);
  });
});
