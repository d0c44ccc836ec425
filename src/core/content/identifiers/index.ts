import type { IdentifierResult, IdentifierType } from "../../check/result";
import type { IdentifierCandidate } from "./candidate";
import { findDatesOfBirth } from "./date-of-birth";
import { findEmails } from "./email";
import { findNhsNumbers } from "./nhs-number";
import { findNiNumbers } from "./ni-number";
import { findPhones } from "./phone";
import { findPostcodes } from "./postcode";
import { regionOf, type SearchRegions } from "./regions";

export type { SearchRegions } from "./regions";
export { NO_REGIONS, regionOf, spansOverlap } from "./regions";
export { nhsChecksumValid } from "./nhs-number";
export { findDates, type DateMention } from "./dates";

/**
 * Which identifier wins when two candidates overlap: the more specific shape first. An email beats a
 * postcode-looking local part; a checksummed NHS number beats a phone reading of the same digits.
 */
const PRIORITY: Record<IdentifierType, number> = {
  email: 0,
  "nhs-number": 1,
  "ni-number": 2,
  "date-of-birth": 3,
  phone: 4,
  postcode: 5,
};

/**
 * Resolves overlaps: candidates are grouped into clusters of mutually overlapping spans (linear sweep),
 * and inside each cluster kept greedily by priority. Clusters are tiny, so this stays linear overall.
 */
function resolveOverlaps(candidates: IdentifierCandidate[]): IdentifierCandidate[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: IdentifierCandidate[] = [];
  let cluster: IdentifierCandidate[] = [];
  let clusterEnd = -1;
  const flush = (): void => {
    if (cluster.length === 1) {
      kept.push(...cluster);
    } else if (cluster.length > 1) {
      const chosen: IdentifierCandidate[] = [];
      for (const c of [...cluster].sort((a, b) => PRIORITY[a.type] - PRIORITY[b.type] || a.start - b.start)) {
        if (chosen.every((k) => c.end <= k.start || c.start >= k.end)) chosen.push(c);
      }
      kept.push(...chosen.sort((a, b) => a.start - b.start));
    }
    cluster = [];
  };
  for (const c of candidates) {
    if (c.start >= clusterEnd) {
      flush();
      clusterEnd = c.end;
    } else {
      clusterEnd = Math.max(clusterEnd, c.end);
    }
    cluster.push(c);
  }
  flush();
  return kept;
}

/**
 * Personal identifiers in the body: NHS numbers, National Insurance numbers, dates of birth, UK
 * postcodes, UK phone numbers and email addresses. Searches the whole body, quoted replies included
 * (those findings carry `quoted: true`: forwarding a chain shares it too), but never inside `excluded`
 * (the sender's own signature and disclaimer). Sorted by start; findings never overlap.
 */
export function findIdentifiers(body: string, regions: SearchRegions): IdentifierResult[] {
  const candidates = [
    ...findEmails(body),
    ...findNhsNumbers(body),
    ...findNiNumbers(body),
    ...findDatesOfBirth(body),
    ...findPhones(body),
    ...findPostcodes(body),
  ];
  const out: IdentifierResult[] = [];
  for (const c of resolveOverlaps(candidates)) {
    const where = regionOf(regions, c.start, c.end);
    if (where === null) continue;
    out.push({ type: c.type, start: c.start, end: c.end, text: body.slice(c.start, c.end), quoted: where.quoted });
  }
  return out;
}
