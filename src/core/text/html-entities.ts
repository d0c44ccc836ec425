/**
 * HTML character references: named entities common in e-mail (Latin-1, typographic punctuation, currency
 * and arrows), decimal `&#8217;` and hex `&#x2019;` forms. Windows-1252 code points 128–159, which Outlook
 * and Word still emit as `&#146;` and friends, are read the way browsers read them.
 */

const NAMED: Readonly<Record<string, string>> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'",
  // A no-break space becomes an ordinary space so downstream matchers ("AB1 2CD", "Dear Ms Evans") see
  // the text the reader sees.
  nbsp: " ", ensp: " ", emsp: " ", thinsp: " ", zwnj: "", zwj: "", lrm: "", rlm: "", shy: "",
  pound: "£", euro: "€", cent: "¢", yen: "¥", curren: "¤", dollar: "$",
  copy: "©", reg: "®", trade: "™", deg: "°", plusmn: "±", times: "×", divide: "÷", micro: "µ",
  para: "¶", sect: "§", middot: "·", bull: "•", hellip: "…", prime: "′", Prime: "″",
  ndash: "–", mdash: "—", minus: "−", hyphen: "‐", dash: "‐",
  lsquo: "‘", rsquo: "’", sbquo: "‚", ldquo: "“", rdquo: "”", bdquo: "„", laquo: "«", raquo: "»",
  lsaquo: "‹", rsaquo: "›", iexcl: "¡", iquest: "¿", brvbar: "¦", uml: "¨", ordf: "ª", ordm: "º",
  not: "¬", macr: "¯", acute: "´", cedil: "¸", sup1: "¹", sup2: "²", sup3: "³",
  frac12: "½", frac14: "¼", frac34: "¾", dagger: "†", Dagger: "‡", permil: "‰", larr: "←", rarr: "→",
  uarr: "↑", darr: "↓", harr: "↔", rArr: "⇒", lArr: "⇐", hearts: "♥", check: "✓", cross: "✗",
  star: "☆", starf: "★", spades: "♠", clubs: "♣", diams: "♦", loz: "◊", ne: "≠", le: "≤", ge: "≥",
  asymp: "≈", infin: "∞", half: "½", colon: ":", comma: ",", period: ".", excl: "!", quest: "?",
  num: "#", percnt: "%", lpar: "(", rpar: ")", ast: "*", plus: "+", sol: "/", bsol: "\\", semi: ";",
  equals: "=", commat: "@", lsqb: "[", rsqb: "]", lowbar: "_", grave: "`", lcub: "{", rcub: "}",
  verbar: "|", vert: "|", tilde: "˜", circ: "ˆ", Tab: "\t", NewLine: "\n",
  Agrave: "À", Aacute: "Á", Acirc: "Â", Atilde: "Ã", Auml: "Ä", Aring: "Å", AElig: "Æ", Ccedil: "Ç",
  Egrave: "È", Eacute: "É", Ecirc: "Ê", Euml: "Ë", Igrave: "Ì", Iacute: "Í", Icirc: "Î", Iuml: "Ï",
  ETH: "Ð", Ntilde: "Ñ", Ograve: "Ò", Oacute: "Ó", Ocirc: "Ô", Otilde: "Õ", Ouml: "Ö", Oslash: "Ø",
  Ugrave: "Ù", Uacute: "Ú", Ucirc: "Û", Uuml: "Ü", Yacute: "Ý", THORN: "Þ", szlig: "ß",
  agrave: "à", aacute: "á", acirc: "â", atilde: "ã", auml: "ä", aring: "å", aelig: "æ", ccedil: "ç",
  egrave: "è", eacute: "é", ecirc: "ê", euml: "ë", igrave: "ì", iacute: "í", icirc: "î", iuml: "ï",
  eth: "ð", ntilde: "ñ", ograve: "ò", oacute: "ó", ocirc: "ô", otilde: "õ", ouml: "ö", oslash: "ø",
  ugrave: "ù", uacute: "ú", ucirc: "û", uuml: "ü", yacute: "ý", thorn: "þ", yuml: "ÿ", Yuml: "Ÿ",
  OElig: "Œ", oelig: "œ", Scaron: "Š", scaron: "š", fnof: "ƒ", wcirc: "ŵ", Wcirc: "Ŵ", ycirc: "ŷ",
};

/** Entities browsers also accept without the closing semicolon ("&amp" "&nbsp"). */
const LEGACY_NO_SEMICOLON = new Set(["amp", "lt", "gt", "quot", "nbsp", "copy", "reg", "pound"]);

/** Windows-1252 meanings of the C1 control range, as browsers apply them to numeric references. */
const WINDOWS_1252: Readonly<Record<number, number>> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
  0x88: 0x02c6, 0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018,
  0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc,
  0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a, 0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};

/** A decoded reference: its text and the index just after it. */
export interface DecodedEntity {
  text: string;
  next: number;
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Decodes the character reference starting with "&" at `i`, or returns null when there is none. */
export function decodeEntityAt(html: string, i: number): DecodedEntity | null {
  if (html.charCodeAt(i + 1) === 35 /* # */) return decodeNumeric(html, i);
  let j = i + 1;
  // Entity names are short; never read a long run of letters looking for a semicolon.
  while (j < html.length && j - i <= 32 && isAlnum(html.charCodeAt(j))) j++;
  const name = html.slice(i + 1, j);
  if (name.length === 0) return null;
  if (html.charCodeAt(j) === 59 /* ; */) {
    const text = NAMED[name] ?? NAMED[name.toLowerCase()];
    return text === undefined ? null : { text, next: j + 1 };
  }
  const lower = name.toLowerCase();
  if (LEGACY_NO_SEMICOLON.has(lower) && html.charCodeAt(j) !== 61 /* = */) {
    const text = NAMED[lower];
    return text === undefined ? null : { text, next: j };
  }
  return null;
}

function decodeNumeric(html: string, i: number): DecodedEntity | null {
  let j = i + 2;
  const hex = html.charCodeAt(j) === 120 || html.charCodeAt(j) === 88; // x / X
  if (hex) j++;
  const digitsStart = j;
  let value = 0;
  for (;;) {
    const c = html.charCodeAt(j);
    const d = hex
      ? c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1
      : c >= 48 && c <= 57 ? c - 48 : -1;
    if (d < 0) break;
    // Clamp instead of overflowing: anything past U+10FFFF is invalid anyway.
    value = Math.min(value * (hex ? 16 : 10) + d, 0x110000);
    j++;
  }
  if (j === digitsStart) return null;
  if (html.charCodeAt(j) === 59) j++;
  return { text: codePointText(value), next: j };
}

function codePointText(value: number): string {
  const mapped = WINDOWS_1252[value];
  if (mapped !== undefined) return String.fromCodePoint(mapped);
  if (value === 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) return "\ufffd";
  if (value === 0xa0) return " ";
  return String.fromCodePoint(value);
}
