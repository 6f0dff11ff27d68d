import { describe, expect, it } from 'vitest';
import { suggestActors } from '@shared/assist/suggestActors';
import { suggestQuoteSources } from '@shared/assist/suggestQuoteSources';
import { suggestQuotes } from '@shared/assist/suggestQuotes';

/** Each quote's text with its source actor's text, as the analyst would read the relation. */
function sources(text: string): [string, string][] {
  const quotes = suggestQuotes(text);
  const actors = suggestActors(text);
  return suggestQuoteSources(text, quotes, actors).map((link) => {
    const q = quotes[link.quote];
    const a = actors[link.actor];
    return [text.slice(q?.start, q?.end), text.slice(a?.start, a?.end)];
  });
}

describe('suggestQuoteSources', () => {
  it.each([
    ['cue after: "…“, sagte X"', '„Wir bleiben dabei“, sagte Ministerin Anna Krüger.', [['„Wir bleiben dabei“', 'Anna Krüger']]],
    ['cue after: "so X"', '»Das Abkommen tritt in Kraft«, so KCNA.', [['»Das Abkommen tritt in Kraft«', 'KCNA']]],
    ['cue before: "X sagte: „…“"', 'Thomas Weber sagte am Montag: „Wir sind vorbereitet.“', [['„Wir sind vorbereitet.“', 'Thomas Weber']]],
    ['pronoun points to the last actor named', 'Anna Krüger kam spät.\n„Ich bleibe im Amt“, sagte sie.', [['„Ich bleibe im Amt“', 'Anna Krüger']]],
    ['a following quote continues the speaker', '„Wir gewinnen“, sagte Kompany. „Ganz sicher, das verspreche ich.“', [['„Wir gewinnen“', 'Kompany'], ['„Ganz sicher, das verspreche ich.“', 'Kompany']]],
    ['no cue, no source', 'Merz kam. „Europa zeigt Stärke und Einheit“ stand auf dem Plakat.', []],
    ['a description points to whom the text is about, not the last one named', 'Anna Krüger schlug die Französin Léa Martin 🎾.\n„Ich war heute stark“, sagte die 24-Jährige.', [['„Ich war heute stark“', 'Anna Krüger']]],
    ['"Sie sagte: „…“" points to the last actor named', 'Ministerin Anna Krüger blieb ruhig. Sie sagte: „Wir bleiben dabei.“', [['„Wir bleiben dabei.“', 'Anna Krüger']]],
    ['NFD and emoji', '😀 „Wir feiern heute lange“, sagte Jürgen Mo\u0308rike.', [['„Wir feiern heute lange“', 'Jürgen Mo\u0308rike']]],
    ['the name in apposition speaks, not the organisation of the role phrase', '„Ja“, sagte die Präsidentin der Konferenz, Simone Oldenburg.', [['„Ja“', 'Simone Oldenburg']]],
    ['a verb that takes the quote as its object: "X nannte es »…«"', 'Präsident Stefan Düll nannte die Einigung am Freitag »einen ersten Schritt, mehr nicht« 📚.', [['»einen ersten Schritt, mehr nicht«', 'Stefan Düll']]],
    ['"Er sagte" points to the last person, not an organisation named after him', 'Minister Alois Ra\u0308iner verwies auf die Molkereien.\nEr sagte: „Wir lassen niemanden allein.“', [['„Wir lassen niemanden allein.“', 'Alois Ra\u0308iner']]],
    ['a news agency after "so" is the source, not its class noun', '«Die Brücke bleibt zu», so die Nachrichtenagentur dpa 🌉.', [['«Die Brücke bleibt zu»', 'dpa']]],
    ['a plural cue: "…“, teilten die Stadtwerke mit"', '„Wir geben die Kosten weiter“, teilten die Stadtwerke Mu\u0308nchen mit.', [['„Wir geben die Kosten weiter“', 'Stadtwerke Mu\u0308nchen']]],
    ['a quote that is a sentence of its own continues the person the sentence before named', 'Der Anwalt der Frau, Yusuf Demir, zeigte sich zufrieden 😀. »Meine Mandantin ist rehabilitiert.«', [['»Meine Mandantin ist rehabilitiert.«', 'Yusuf Demir']]],
    ['"…, sagte sie: „…“" points to the last person named', 'Kuratorin Ines Vo\u0308llrath kam. Darauf angesprochen, sagte sie: »Wir zeigen alles.«', [['»Wir zeigen alles.«', 'Ines Vo\u0308llrath']]],
  ])('%s', (_name, text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
});
