import iconv from 'iconv-lite';

/** ISO-8859-1 entity names for U+00A0..U+00FF, in code point order (HTML 4's "HTMLlat1"). */
const LATIN1_NAMES = (
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr ' +
  'deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest ' +
  'Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ' +
  'ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig ' +
  'agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml ' +
  'eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml'
).split(' ');

/** Other entities that occur in news pages: HTML 4's special and symbol sets (typography, arrows, maths). */
const OTHER_ENTITIES: Record<string, number> = {
  quot: 0x22, amp: 0x26, apos: 0x27, lt: 0x3c, gt: 0x3e,
  OElig: 0x152, oelig: 0x153, Scaron: 0x160, scaron: 0x161, Yuml: 0x178, fnof: 0x192, circ: 0x2c6, tilde: 0x2dc,
  ensp: 0x2002, emsp: 0x2003, thinsp: 0x2009, zwnj: 0x200c, zwj: 0x200d, lrm: 0x200e, rlm: 0x200f,
  ndash: 0x2013, mdash: 0x2014, lsquo: 0x2018, rsquo: 0x2019, sbquo: 0x201a, ldquo: 0x201c, rdquo: 0x201d,
  bdquo: 0x201e, dagger: 0x2020, Dagger: 0x2021, bull: 0x2022, hellip: 0x2026, permil: 0x2030, prime: 0x2032,
  Prime: 0x2033, lsaquo: 0x2039, rsaquo: 0x203a, oline: 0x203e, frasl: 0x2044, euro: 0x20ac, trade: 0x2122,
  larr: 0x2190, uarr: 0x2191, rarr: 0x2192, darr: 0x2193, harr: 0x2194, minus: 0x2212, lowast: 0x2217,
  radic: 0x221a, infin: 0x221e, asymp: 0x2248, ne: 0x2260, le: 0x2264, ge: 0x2265, sdot: 0x22c5,
  loz: 0x25ca, spades: 0x2660, clubs: 0x2663, hearts: 0x2665, diams: 0x2666, NewLine: 0x0a, Tab: 0x09,
};

const GREEK_UPPER = 'Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho _ Sigma Tau Upsilon Phi Chi Psi Omega'.split(' ');

function buildTable(): Map<string, string> {
  const table = new Map<string, string>();
  LATIN1_NAMES.forEach((name, offset) => table.set(name, String.fromCharCode(0xa0 + offset)));
  GREEK_UPPER.forEach((name, offset) => {
    if (name === '_') return;
    table.set(name, String.fromCharCode(0x391 + offset));
    table.set(name.toLowerCase(), String.fromCharCode(0x3b1 + offset));
  });
  table.set('sigmaf', '\u03c2');
  for (const [name, code] of Object.entries(OTHER_ENTITIES)) table.set(name, String.fromCharCode(code));
  return table;
}

const NAMED = buildTable();

/** Names a browser still decodes without the closing semicolon (legacy "&amp" and the Latin-1 set). */
const LEGACY_WITHOUT_SEMICOLON = new Set([...LATIN1_NAMES, 'amp', 'lt', 'gt', 'quot', 'AMP', 'LT', 'GT', 'QUOT']);
NAMED.set('AMP', '&').set('LT', '<').set('GT', '>').set('QUOT', '"');

function fromCodePoint(code: number): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
  // The HTML standard reads &#128;..&#159; as windows-1252 bytes (&#150; is the en dash).
  if (code >= 0x80 && code <= 0x9f) return iconv.decode(Buffer.from([code]), 'windows-1252');
  return String.fromCodePoint(code);
}

const ENTITY = /&(?:#([0-9]{1,8});?|#[xX]([0-9a-fA-F]{1,7});?|([A-Za-z][A-Za-z0-9]{1,31})(;?))/g;

/**
 * Decodes character references in HTML text the way a browser does for the entities that
 * occur in news pages: numeric ones (with &#128;–&#159; read as windows-1252, invalid ones as
 * U+FFFD) and HTML 4's named set; an unknown name stays as written, as in a browser.
 */
export function decodeHtmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, decimal?: string, hex?: string, name?: string, semicolon?: string) => {
    if (decimal !== undefined) return fromCodePoint(Number.parseInt(decimal, 10));
    if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16));
    const value = name === undefined ? undefined : NAMED.get(name);
    if (value === undefined) return whole;
    return semicolon === ';' || LEGACY_WITHOUT_SEMICOLON.has(name!) ? value : whole;
  });
}
