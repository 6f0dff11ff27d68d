import { describe, expect, it } from 'vitest';
import { suggestActors } from '@shared/assist/suggestActors';
import { spanTexts } from './spanTexts';

function actors(text: string): string[] {
  return spanTexts(text, suggestActors(text));
}

describe('suggestActors', () => {
  it.each([
    ['role word before a name is not part of the span', 'Das sagte Bundesfinanzministerin Anna Krüger.', ['Anna Krüger']],
    ['a role word alone is the actor', '„Nein“, sagte die Ministerin.', ['Ministerin']],
    ['a role word in apposition is not tagged', 'Der Sprecher der Polizei, Thomas Weber, erklärte es.', ['Polizei', 'Thomas Weber']],
    ['name after a speech cue', '„Nein“, sagte Krüger.', ['Krüger']],
    ['"so" + acronym', 'Das Abkommen gilt, so KCNA.', ['KCNA']],
    ['organisation with adjective and short form', 'Die Europäische Zentralbank (EZB) senkt den Zins.', ['Europäische Zentralbank (EZB)']],
    ['court with its city, "zufolge"', 'Dem Landgericht Frankfurt zufolge ist das falsch.', ['Landgericht Frankfurt']],
    ['class noun before a name', 'Die Gewerkschaft Verdi ruft zum Streik.', ['Verdi']],
    ['legal form', 'Die Siemens AG wächst.', ['Siemens AG']],
    ['name particles', 'Ursula von der Leyen sagte ja.', ['Ursula von der Leyen']],
    ['surname repeated later', 'Wladimir Putin kam. Putin lachte.', ['Wladimir Putin', 'Putin']],
    ['countries are places, not actors', 'Russland und die USA verhandeln.', []],
    ['NFD umlaut in a name', 'Gewonnen hat Jürgen Mo\u0308rike.', ['Jürgen Mo\u0308rike']],
    ['emoji before the actor', '⚽ Trainer Vincent Kompany lobte.', ['Vincent Kompany']],
    ['a name set off by commas after a role phrase', 'Der Chef des Verbands, Ruprecht Blum, warnte.', ['Verbands', 'Ruprecht Blum']],
    ['a nationality before a name stands like a role word', 'Sie schlug die Italienerin Greta Vasari 🎾.', ['Greta Vasari']],
    ['a nationality alone is no actor', 'Die Franzosen wählen im Mai.', []],
    ['an organisation named by a genitive organisation', 'Die Stiftung der Bundesregierung fördert es.', ['Stiftung der Bundesregierung']],
    ['an organisation with its field after "für"', 'Das Bundesamt für Strahlenschutz warnt.', ['Bundesamt für Strahlenschutz']],
    ['a name in apposition that ends the sentence', '„Ja“, sagte die Präsidentin der Konferenz, Simone Oldenburg.', ['Konferenz', 'Simone Oldenburg']],
    ['organisation forms: -konferenz, -gesellschaft, -leitung, -rat, -erei(en)', 'Die Innenministerkonferenz, die Flughafengesellschaft, die Klinikleitung, der Personalrat und die Molkereien 🥛.', ['Innenministerkonferenz', 'Flughafengesellschaft', 'Klinikleitung', 'Personalrat', 'Molkereien']],
    ['a pipe is no organisation', 'Die Gasleitung ist dicht.', []],
    ['"der Bund" is an organisation', 'Die Länder fordern Geld vom Bund.', ['Bund']],
    ['professions as role words, also in NFD', 'Regisseurin Ingrid Halvorsen und die Veranstalter dankten der Ärztin Eva Roth.', ['Ingrid Halvorsen', 'Veranstalter', 'Eva Roth']],
    ['an indefinite pronoun before a cue is no actor', '„Keiner weiß es“, sagt ein Gast. Niemand sagt uns etwas.', []],
    ['"-anwaltschaft" is an organisation form', 'Die Generalstaatsanwaltschaft und die Bundesanwaltschaft ermitteln.', ['Generalstaatsanwaltschaft', 'Bundesanwaltschaft']],
    ['a class noun in the genitive before a name', 'Laut Angaben des Vergleichsportals Check24 steigen die Preise.', ['Check24']],
    ['a party role word alone is the actor', 'Das kündigte der SPD-Politiker an.', ['SPD-Politiker']],
    ['a truncated compound joined by "und"', 'Die Innen- und Justizminister tagten.', ['Innen- und Justizminister']],
    ['an NFD first name is a first name', 'Gewonnen hat Ju\u0308rgen Mo\u0308rike.', ['Ju\u0308rgen Mo\u0308rike']],
    ['an institution named with its seat, also hyphenated or in NFD', 'Die Stadtwerke Regensburg, die Kreisverwaltung Mayen-Koblenz und das Staatstheater Go\u0308ttingen 🎭.', ['Stadtwerke Regensburg', 'Kreisverwaltung Mayen-Koblenz', 'Staatstheater Go\u0308ttingen']],
    ['a common noun after an institution is not its seat', 'Am Montag legten die Stadtwerke Pläne vor, die Stadtverwaltung Regelungen.', ['Stadtwerke', 'Stadtverwaltung']],
    ['any council, but not a store or a marriage', 'Der Elternbeirat, das Rektorat und der Integrationsrat 🏫 prüfen Heirat, Vorrat und Präparat.', ['Elternbeirat', 'Rektorat', 'Integrationsrat']],
    ['a news agency in lower case, not its class noun', 'Das meldete die Nachrichtenagentur dpa, so epd.', ['dpa', 'epd']],
    ['a class noun after an indefinite article or a quantifier is generic', 'Ein großes Unternehmen und mehrere Verbände klagen; das Unternehmen schweigt, die andere Partei auch.', ['Unternehmen', 'Partei']],
    ['a bare plural class noun names a group', 'Umweltverbände halten das für zu spät.', ['Umweltverbände']],
    ['a trade class noun before a firm; names joined by "&" are one firm', 'Der Maschinenbauer Krone & Seidel 🏭 wächst.', ['Krone & Seidel']],
    ['a name before "Museum" is an institution; a painter after "Malerin"', 'Das Kolbe Museum zeigt Bilder der Malerin Paula Mo\u0308dersohn.', ['Kolbe Museum', 'Paula Mo\u0308dersohn']],
    ['an organisation form in the genitive', 'Ein Sprecher des Bundesnachrichtendienstes schwieg.', ['Sprecher', 'Bundesnachrichtendienstes']],
    ['councils named "-tag" and a firm\'s management', 'Der Kreistag und der Städtetag tagten, die Konzernführung schwieg.', ['Kreistag', 'Städtetag', 'Konzernführung']],
    ['"Landrat" is a role word, not a council; the surname after a role word is found again', 'Landrat Henning Ba\u0308rthel kam. Ba\u0308rthel lachte.', ['Henning Ba\u0308rthel', 'Ba\u0308rthel']],
    ['a class noun before a party in the genitive', 'Die Fraktion der Grünen stimmte dagegen.', ['Grünen']],
    ['a short form and an organisation form are one name', 'Analysten der LB Bank senkten das Ziel.', ['Analysten', 'LB Bank']],
    ['a role word after a plural quantifier is generic, after "ein" it is one person', 'Er blendete mehrere Radfahrer, sagte ein Sprecher.', ['Sprecher']],
    ['professions and a jury with no name are actors', 'Die Beamten, der Fahrer und die Jury warteten, Forschende auch.', ['Beamten', 'Fahrer', 'Jury', 'Forschende']],
    ['a seat named by a region', 'Das Polizeipräsidium Nordhessen ermittelt.', ['Polizeipräsidium Nordhessen']],
  ])('%s', (_name, text, expected) => {
    expect(actors(text)).toEqual(expected);
  });
});
