import { describe, expect, it } from 'vitest';
import { suggestDates } from '@shared/assist/suggestDates';
import { spanTexts } from './spanTexts';

function dates(text: string): string[] {
  return spanTexts(text, suggestDates(text));
}

describe('suggestDates', () => {
  it.each([
    ['chrono: weekday with "am"', 'Er trat am Dienstag zurück.', ['am Dienstag']],
    ['"seit dem" + day, month, year', 'Das gilt seit dem 3. März 2019 bundesweit.', ['seit dem 3. März 2019']],
    ['"bis Mitte" + year', 'Die Bauarbeiten dauern bis Mitte 2027.', ['bis Mitte 2027']],
    ['relative season', 'Die Wahl ist im kommenden Herbst.', ['im kommenden Herbst']],
    ['"Anfang nächsten Jahres"', 'Anfang nächsten Jahres kommt das Gesetz.', ['Anfang nächsten Jahres']],
    ['day range', 'Der Gipfel findet vom 3. bis 5. Mai statt.', ['vom 3. bis 5. Mai']],
    ['time of day joins the date', 'Am Montag um 14 Uhr beginnt es.', ['Am Montag um 14 Uhr']],
    ['numeric date', 'Ab 5.12.2025 gilt der neue Tarif.', ['Ab 5.12.2025']],
    ['month only after a preposition', 'Mai Thi Nguyen sagte, im Mai gehe es los.', ['im Mai']],
    ['bare year is not a date, "seit 2019" is', '1998 Menschen demonstrieren seit 2019.', ['seit 2019']],
    ['a score is not a time', 'Bayern gewann 3:1 gegen Dortmund.', []],
    ['chrono\'s "so" (Sonntag) is not a date', '„Nein“, so der Sprecher.', []],
    ['NFD umlaut in the month', 'Mitte Ma\u0308rz 2025 beginnt es.', ['Mitte Ma\u0308rz 2025']],
    ['NFD name is not read as "Mo"', 'Jürgen Mo\u0308rike gewann.', []],
    ['emoji before the date keeps offsets', '🎉 Am Sonntag wird gefeiert.', ['Am Sonntag']],
    ['never across a line break', 'Am\nDienstag', ['Dienstag']],
    ['"über … hinaus" is one period', 'Die Kontrollen bleiben über den Winter hinaus bestehen.', ['über den Winter hinaus']],
    ['"seit" + a bare plural unit', 'Die Lage ist seit Wochen angespannt 😟.', ['seit Wochen']],
    ['a relative period keeps its year', 'Der Umsatz stieg im zweiten Quartal 2026 deutlich.', ['im zweiten Quartal 2026']],
    ['"für" + article belongs to the date, "für" alone does not', 'Geplant ist es für den kommenden Frühling, nicht für kommenden Montag.', ['für den kommenden Frühling', 'kommenden Montag']],
    ['a number after the day is not its hour without "Uhr"', 'Die Notenbank senkte den Zins am Donnerstag um 0,25 Prozentpunkte.', ['am Donnerstag']],
    ['"um 9 Uhr" stays the hour', 'Die Sitzung beginnt am Donnerstag um 9 Uhr.', ['am Donnerstag um 9 Uhr']],
    ['"zwischen" + two years is one date', 'Er hatte zwischen 2019 und 2022 Geld erbeutet.', ['zwischen 2019 und 2022']],
    ['"Zwischen" + two months, NFD umlaut', 'Zwischen Januar und Ma\u0308rz fielen Züge aus 🚆.', ['Zwischen Januar und Ma\u0308rz']],
    ['"zwischen dem … und dem …" with days', 'Gesperrt ist zwischen dem 3. Mai und dem 5. Juni 2026.', ['zwischen dem 3. Mai und dem 5. Juni 2026']],
    ['"von … bis …" weekdays is one date', 'Es regnet von Montag bis Mittwoch.', ['von Montag bis Mittwoch']],
    ['places between "zwischen … und" are no date', 'Die Bahn fährt zwischen Hauptbahnhof und Grombu\u0308hl nicht.', []],
    ['a school year, relative', 'Die Schule wird ab dem kommenden Schuljahr erweitert.', ['ab dem kommenden Schuljahr']],
    ['"zum neuen Schuljahr"', 'Zum neuen Schuljahr gibt es mehr Lehrkräfte.', ['Zum neuen Schuljahr']],
    ['a term with its years', 'Das gilt ab dem Wintersemester 2027/28.', ['ab dem Wintersemester 2027/28']],
    ['"neue Saison" without a preposition is no date', 'Die neue Saison wird teurer.', []],
    ['"heute" and "morgen" set against each other mean now and later', '„Wer heute saniert, spart morgen Geld.“ Heute stimmt der Bundestag ab.', ['Heute']],
    ['"heute" alone in a quotation is a day', '«Die Jungs haben heute gekämpft»', ['heute']],
    ['"zum Vormonat" is a compared period', 'Die Bestellungen legten um 2,4 Prozent zum Vormonat zu.', []],
    ['"im Vergleich zum Vorjahr" and "gegenüber dem Vorjahr", NFD', 'Im Vergleich zum Vorjahr und gegenu\u0308ber dem Vorjahr stieg es; im Vorjahr fiel es.', ['im Vorjahr']],
    ['"am frühen" + weekday with time of day, NFD', 'Es geschah am fru\u0308hen Freitagmorgen.', ['am fru\u0308hen Freitagmorgen']],
    ['what chrono finds in NFC it finds in NFD, mapped back to the NFD text', 'Die Wiedervernässung muss in den na\u0308chsten zehn Jahren beginnen 🌱.', ['in den na\u0308chsten zehn Jahren']],
    ['"in den kommenden drei Jahren" and "in diesem Jahr"', 'In diesem Jahr kommt wenig, in den kommenden drei Jahren viel.', ['In diesem Jahr', 'in den kommenden drei Jahren']],
    ['"bis mindestens" belongs to the date', 'Der Betrieb läuft bis mindestens Ende Januar weiter.', ['bis mindestens Ende Januar']],
    ['a count after a relative period is no year of it', 'Sie streichen im kommenden Jahr 200 Stellen.', ['im kommenden Jahr']],
  ])('%s', (_name, text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  it('returns UTF-16 ranges that start and end on whole words', () => {
    const text = 'Gestern Abend, am 12. Januar, regnete es.';
    for (const s of suggestDates(text)) {
      expect(/[\p{L}\p{N}]/u.test(text[s.start - 1] ?? ' ') && /[\p{L}\p{N}]/u.test(text[s.start] ?? ' ')).toBe(false);
      expect(/[\p{L}\p{N}]/u.test(text[s.end] ?? ' ') && /[\p{L}\p{N}]/u.test(text[s.end - 1] ?? ' ')).toBe(false);
    }
    expect(dates(text)).toEqual(['Gestern Abend', 'am 12. Januar']);
  });
});
