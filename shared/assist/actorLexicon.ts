import { withNfdUmlauts } from './wordChars';

function wordEnd(source: string): RegExp {
  return new RegExp(withNfdUmlauts(`(?:${source})$`), 'iu');
}

/**
 * Role words, also as the end of a compound ("Bundesfinanzministerin", "Polizeisprecher",
 * "UNO-Vertreter"), singular and plural; a role word names a function, not a person.
 */
export const ROLE_WORD = wordEnd(
  '(?:minister|sprecher|präsident|kanzler|vorsitzende|trainer|richter|bürgermeister|direktor|abgeordnete|' +
    'staatsanwalt|staatsanwältin|anwalt|anwältin|meteorolog|ökonom|analyst|expert|kapitän|stürmer|torwart|' +
    'torhüter|geschäftsführer|generalsekretär|botschafter|vertreter|leiter|gouverneur|senator|ermittler|' +
    'verteidiger|chef|chefin|sekretär|bischof|kommissar|kommissarin|beauftragte|vorstand|intendant|klimaforscher|forscher|wissenschaftler|' +
    'klägerin|kläger|angeklagte|oberbürgermeister|landrat|landrätin|kandidat|politiker|gewerkschafter|funktionär|aktivist|volkswirt|' +
    'regisseur|schauspieler|sänger|autor|moderator|veranstalter|organisator|passagier|ärztin|arzt|ärzte|lehrer|unternehmer|' +
    'berater|planer|vize|athlet|sportler|coach|verleger|herausgeber|redakteur|chefredakteur|' +
    // Artists and professions named before a name ("des Malers Lovis Corinth") or alone ("Die Beamten", "Forschende", "der Fahrer").
    'verwalter|maler|künstler|fotograf|komponist|dichter|schriftsteller|architekt|bildhauer|pianist|dirigent|musiker|kurator|pfleger|beamte|beamtin|forschende|fahrer)(?:in|innen|en|n|e|s|er|es|r)?',
);

/** Organisation forms: the end of a compound that names an institution ("Innenministerium", "Wetterdienst"). */
export const ORG_WORD = wordEnd(
  '(?:ministerium|ministeriums|verband|verbands|verbandes|amt|amts|amtes|gericht|gerichts|gerichtshof|gerichtshofs|' +
    'anwaltschaft|partei|(?<!daten|sand|park|anklage|regierungs|ersatz|spiel)bank|agentur|[a-zß]bund|verbände|unternehmen|(?:wetter|nachrichten|geheim|rettungs)dienst(?:es|s)?|(?:kreis|land|bundes|städte|gemeinde|bezirks)tag(?:es|s)?|jury|' +
    // Any council ("Elternbeirat", "Integrationsrat", "Rektorat"), but not a store, a device, a marriage, a democrat or a district's head ("Landrat").
    '\\p{Ll}{2,}(?<!k|^vor|^haus|^un|^hei|^zier|^ver|^appa|^präpa|^quad|^refe|^inse|^ka|^pi|^land)rat|' +
    '(?:dekanat|präsidium|präsidiums|direktorium|direktoriums|kuratorium|kuratoriums|sekretariat|sekretariats)|' +
    // Institutions a town or a state runs, usually named with their seat ("Stadtwerke …", "Kreisverwaltung …", "Staatstheater …").
    '(?:stadt|gemeinde|kommunal|wasser|elektrizitäts)werke|(?:verkehrs|entsorgungs|stadt|kommunal|wirtschafts|eigen)betriebe|\\p{Ll}{3,}verwaltung|' +
    '(?:staats|landes|stadt|national|volks)(?:theater|oper|schauspiel|orchester|ballett|kapelle|galerie|bibliothek|archiv|museum)|\\p{Ll}{3,}(?<!seifen)oper|' +
    'konferenz|gesellschaft|vertretung|(?:klinik|konzern|schul|unternehmens|geschäfts|polizei|partei|vereins|heim)(?:leitung|führung)|[a-zäöü]ereien|[a-zäöü]erei|' +
    'rates|rats|kommission|polizei|gewerkschaft|institut|instituts|behörde|konzern|konzerns|verein|vereins|regierung|' +
    'parlament|parlaments|ausschuss|ausschusses|bundestag|bundestages|bundeswehr|feuerwehr|stiftung|' +
    'union|fraktion|senat|kammer|organisation|universität|klinikum|bündnis|opposition|landtag|landtags)',
);

/**
 * News agencies, known by a short name that may be written in lower case ("dpa", "epd"): after
 * "so", "laut" or "nach Angaben" they are the source of what is reported.
 */
export const NEWS_AGENCIES: readonly string[] = [
  'dpa', 'epd', 'kna', 'KNA', 'sid', 'SID', 'dts', 'AFP', 'Reuters', 'AP', 'APA', 'SDA', 'Keystone-SDA', 'ANSA', 'EFE', 'Xinhua', 'TASS', 'Tass',
  'Interfax', 'Bloomberg', 'KCNA', 'Yonhap', 'Kyodo', 'Anadolu', 'PAP', 'Belga', 'ANP', 'Ukrinform', 'RIA',
];

/** Organisations known by a name that has no organisation form (parties, seats of government). */
export const KNOWN_ORGS: readonly (readonly string[])[] = [
  ['Grünen'], ['Grüne'], ['Linke'], ['Linken'], ['AfD'], ['Kreml'], ['Pentagon'], ['Vatikan'], ['Vereinten', 'Nationen'], ['Vereinte', 'Nationen'],
  ['Weißen', 'Haus'], ['Weiße', 'Haus'], ['Bund'], ...NEWS_AGENCIES.map((name) => [name]),
];

/** Class nouns that stand before an organisation's name like a role word before a person's ("die Gewerkschaft Verdi"). */
export const ORG_CLASS = /(?:gewerkschaft|konzern|verband|verbände|verbänden|partei|verein|unternehmen|sender|zeitung|agentur|club|klub|portal|plattform|netzwerk|magazin|dienst|hersteller|zulieferer|händler|anbieter|versorger|betreiber|versicherer|firma|gruppe|\p{Ll}bauer|kette|discounter|fraktion)(?:e?s)?$/iu;

/**
 * Nationality nouns: before a name they stand like a role word ("den Franzosen Ugo Humbert"),
 * alone they are people in general, not an actor.
 */
export const DEMONYM = wordEnd(
  '(?:franzos|amerikaner|brit|italiener|spanier|russ|ukrainer|österreicher|schweizer|niederländer|belgier|pol|dän|schwed|norweger|finn|' +
    'serb|kroat|tschech|griech|türk|japaner|chines|kanadier|australier|argentinier|brasilianer|deutsch|israeli|iraner|inder)(?:e|en|in|innen|n)?',
);

/** Short forms of organisations that are written in capitals but are not actors (countries, indices, units). */
export const NOT_AN_ORG_ACRONYM = new Set([
  'USA', 'UK', 'BRD', 'DDR', 'DAX', 'EUR', 'USD', 'CO', 'PS', 'KW', 'TV', 'PC', 'KI', 'GPS', 'WM', 'EM', 'ICE', 'ÖPNV', 'BIP', 'MDAX', 'UV', 'OK', 'CEO',
]);

/** Institution nouns that follow a name as a word of their own ("Städel Museum", "Kolbe Museum"): with the name before them, an organisation. */
export const INSTITUTION_AFTER_NAME = new Set(['Museum', 'Theater', 'Zentrum', 'Orchester', 'Ensemble', 'Quartett', 'Festival', 'Klinik', 'Klinikum']);

/** Legal forms and club prefixes that make the capitalised words beside them an organisation. */
export const LEGAL_FORM = new Set(['AG', 'GmbH', 'SE', 'KG', 'e.V.', 'Inc.', 'Ltd.', 'Co.']);
export const CLUB_PREFIX = new Set(['FC', 'SC', 'SV', 'VfB', 'VfL', 'TSG', 'BVB', 'RB', 'TSV', 'SpVgg', 'Borussia', 'Eintracht', 'Hertha', 'Union', 'Fortuna']);

/** Speech and attribution cues after which (or, for "zufolge", before which) the speaker is named. */
export const CUE_VERBS = new Set([
  'sagte', 'sagt', 'sagten', 'erklärte', 'erklärt', 'betonte', 'betont', 'warnte', 'warnt', 'teilte', 'teilt', 'meinte', 'berichtete',
  'berichtet', 'fügte', 'ergänzte', 'mahnte', 'schrieb', 'antwortete', 'entgegnete', 'versicherte', 'unterstrich', 'bekräftigte',
  'argumentierte', 'so', 'laut', 'Laut',
]);

/** Capitalised words that start a sentence or a phrase but never a name (determiners, pronouns, particles, months). */
export const NEVER_A_NAME = new Set([
  'Der', 'Die', 'Das', 'Den', 'Dem', 'Des', 'Ein', 'Eine', 'Einer', 'Eines', 'Einem', 'Einen', 'Dieser', 'Diese', 'Dieses', 'Diesem',
  'Er', 'Sie', 'Es', 'Wir', 'Ich', 'Ihr', 'Man', 'Laut', 'Nach', 'So', 'Auch', 'Doch', 'Aber', 'Dann', 'Zudem', 'Außerdem', 'Bereits',
  'Noch', 'Nur', 'Mehr', 'Im', 'Am', 'Um', 'In', 'Bei', 'Mit', 'Von', 'Vom', 'Zum', 'Zur', 'Für', 'Seit', 'Bis', 'Ab', 'Anfang', 'Mitte',
  'Ende', 'Wie', 'Was', 'Wer', 'Wo', 'Warum', 'Als', 'Wenn', 'Weil', 'Dass', 'Und', 'Oder', 'Trotz', 'Wegen', 'Angaben', 'Insgesamt',
  'Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember',
  'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag', 'Uhr', 'Prozent', 'Euro', 'Jahr', 'Jahren', 'Woche',
  'Niemand', 'Jemand', 'Keiner', 'Keine', 'Alle', 'Viele', 'Einige', 'Manche', 'Beide', 'Jeder', 'Jede', 'Andere',
  'Zeit', 'Interview', 'Rede', 'Mitteilung', 'Pressekonferenz', 'Abend', 'Morgen', 'Nachmittag', 'Spiel', 'Sieg', 'Niederlage', 'Urteil',
]);

/** Particles inside a name ("Ursula von der Leyen", "Ludwig van Beethoven"). */
export const NAME_PARTICLES = new Set(['von', 'van', 'de', 'der', 'zu', 'di', 'da', 'ten', 'al']);

/** Common first names (German and international), after which capitalised words are a person's name. */
export const FIRST_NAMES = new Set([
  'Anna', 'Maria', 'Julia', 'Laura', 'Lena', 'Sarah', 'Lisa', 'Katharina', 'Claudia', 'Sabine', 'Petra', 'Susanne', 'Andrea', 'Nicole',
  'Stefanie', 'Christine', 'Monika', 'Ursula', 'Angela', 'Annalena', 'Saskia', 'Nancy', 'Ricarda', 'Svenja', 'Franziska', 'Karin', 'Heike',
  'Birgit', 'Sandra', 'Melanie', 'Jana', 'Miriam', 'Sophie', 'Hannah', 'Emma', 'Lea', 'Leonie', 'Alina', 'Marie', 'Eva', 'Ulrike', 'Anja',
  'Thomas', 'Michael', 'Andreas', 'Stefan', 'Christian', 'Peter', 'Klaus', 'Wolfgang', 'Jürgen', 'Frank', 'Markus', 'Martin', 'Matthias',
  'Alexander', 'Daniel', 'Tobias', 'Sebastian', 'Jan', 'Jonas', 'Lukas', 'Felix', 'Maximilian', 'Paul', 'Leon', 'Tim', 'Olaf', 'Friedrich',
  'Robert', 'Christian', 'Hubertus', 'Karl', 'Boris', 'Lars', 'Kevin', 'Julian', 'Hansi', 'Joshua', 'Manuel', 'Thomas', 'Mats', 'Toni',
  'Jamal', 'Florian', 'Philipp', 'Hans', 'Heinz', 'Werner', 'Günter', 'Dieter', 'Uwe', 'Bernd', 'Ralf', 'Jens', 'Sven', 'Dirk', 'Olga',
  'Joachim', 'Georg', 'Johannes', 'David', 'Simon', 'Jakob', 'Moritz', 'Niklas', 'Fabian', 'Patrick', 'Oliver', 'Carsten', 'Kai', 'Ahmed',
  'Mehmet', 'Ali', 'Fatma', 'Ayşe', 'Emre', 'Cem', 'Wladimir', 'Sergej', 'Dmitri', 'Wolodymyr', 'Emmanuel', 'Joe', 'Donald', 'Kamala',
  'Giorgia', 'Xi', 'Kim', 'Recep', 'Viktor', 'Ole', 'Mette', 'Pedro', 'Ursula', 'Christine', 'Jerome', 'Mario', 'Luis', 'Jorge', 'José',
  'Isabel', 'Elena', 'Natalia', 'Irina', 'Ivan', 'Igor', 'Marco', 'Luca', 'Giulia', 'Pierre', 'Jean', 'Marine', 'Léa', 'Chloé', 'Noah', 'Elias',
]);
