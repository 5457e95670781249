// Head nouns that make a capitalised phrase an organisation, an event (a meeting) or a document, and the
// state organs whose owner a possessive names ("North Korea's ruling Workers' Party").
import { slugify } from "../gazetteer/countries.js";

export const ORG_HEADS = [
  "Party", "Association", "Ministry", "Ministries", "University", "Institute", "Institution", "Agency", "Bureau",
  "Council", "Committee", "Commission", "Embassy", "Consulate", "Mission", "Bank", "Fund", "Organization", "Organisation",
  "Union", "Court", "Office", "Department", "Corporation", "Corp", "Company", "Group", "Foundation", "Center", "Centre",
  "Academy", "School", "College", "Army", "Navy", "Force", "Forces", "Guard", "Assembly", "Parliament", "Congress",
  "Senate", "Cabinet", "Secretariat", "Federation", "League", "Alliance", "Front", "Movement", "Society", "Service",
  "Services", "Authority", "Administration", "Network", "Broadcasting", "News", "Online", "Check", "Binacional", "Binational", "Times", "Post", "Journal", "Herald",
  "Shimbun", "Daily", "Tribune", "Gazette", "Press", "Telegraph", "Guardian", "Monitor", "Review", "Television",
  "Radio", "Council", "Board", "Command", "Headquarters", "Inc", "Ltd", "Foundation", "Institute", "Triangle", "Format",
  "Holdings", "Partners", "Capital", "Airlines", "Industries", "Enterprises", "Mechanism", "Commissions", "Committees",
  "Councils", "Municipality", "Municipalities",
];

/** Lower-case nouns after a newspaper's name: "Japan's Asahi newspaper". */
export const MEDIA_NOUNS = ["newspaper", "daily", "news agency", "agency", "broadcaster", "network", "magazine", "tabloid", "weekly", "wire service"];

/** Organs of a state: a possessive owner ("X's Foreign Ministry") makes them AFFILIATED_WITH that government. */
export const STATE_ORGAN_HEADS = [
  "Party", "Ministry", "Embassy", "Consulate", "Mission", "Army", "Navy", "Force", "Forces", "Guard", "Assembly",
  "Parliament", "Congress", "Cabinet", "Bureau", "Department", "Agency", "Office", "Council", "Commission",
  "Committee", "Command", "Administration", "Secretariat", "Service", "Services", "Authority", "Delegation",
  "embassy", "mission", "consulate", "ministry", "delegation", "office",
];

/** Head nouns of named events, which become Meeting nodes ("Eastern Economic Forum"). */
export const EVENT_HEADS = ["Forum", "Summit", "Conference", "Games", "Olympics", "Expo", "Dialogue", "Talks", "Meeting", "Congress", "Convention", "Symposium"];

/** Head nouns of named documents ("Pyongyang Declaration"). */
export const DOCUMENT_HEADS = [
  "Declaration", "Treaty", "Agreement", "Accord", "Accords", "Communique", "Communiqué", "Charter", "Pact", "Pacts", "Protocol", "Protocols", "Agreements", "Treaties",
  "Memorandum", "Statement", "Framework", "Resolution", "Joint Statement", "Act", "Constitution", "Armistice", "Plan",
  "Roadmap", "Arrangement", "Program", "Programme", "Record",
];

/** News agencies that wire stories carry as bylines ("• Kyodo", "(Reuters)"): general knowledge of the trade. */
export const NEWS_AGENCIES = [
  "Reuters", "AP", "Associated Press", "AFP", "Agence France-Presse", "Kyodo", "Kyodo News", "Jiji", "Jiji Press", "Yonhap",
  "Xinhua", "TASS", "Interfax", "RIA Novosti", "Bloomberg", "dpa", "ANSA", "EFE", "PTI", "KCNA", "Anadolu", "IRNA", "Bernama",
  "Antara", "UPI", "CNA", "NHK", "BBC", "CNN", "Al Jazeera",
  // outlets whose one-word names read as a person's ("told Africanews that")
  "Africanews", "Euronews", "Politico", "Axios", "Semafor", "Reuters Television",
  // national agencies (NATIONAL_WIRES)
  "Prensa Latina", "Sputnik", "BelTA", "Kazinform", "Azertac", "Armenpress", "Tanjug", "MTI", "Agerpres", "BTA", "Lusa", "Belga",
  "SANA", "Petra", "WAFA", "MAP", "APS", "TAP", "ENA", "KPL", "AKP", "RSS", "Montsame", "Kabar", "Khovar", "Andina", "Notimex", "Telam",
  "Télam", "Agência Brasil", "Agencia Brasil", "ABI", "WAM", "SPA", "QNA", "KUNA", "ONA", "BNA", "APP", "BSS", "PNA", "VNA", "MENA", "Ukrinform",
  "PAP", "ANI", "IANS",
  // (in capitals, as some agencies write their own names: "Jakarta (ANTARA) -", "KUALA LUMPUR, May 5 (BERNAMA) --")
  "ANTARA", "BERNAMA", "XINHUA", "KYODO", "YONHAP",
];

/** National news agencies and the state each reports from: at home, they name their own leaders with no country. */
export const NATIONAL_WIRES: Record<string, string> = {
  Kyodo: "japan", Jiji: "japan", Yonhap: "south-korea", KCNA: "north-korea", Xinhua: "china", PTI: "india", ANI: "india",
  IANS: "india", TASS: "russia", Tass: "russia", "RIA Novosti": "russia", Interfax: "russia", Anadolu: "turkiye",
  IRNA: "iran", WAM: "united-arab-emirates", SPA: "saudi-arabia", QNA: "qatar", KUNA: "kuwait", APP: "pakistan",
  Bernama: "malaysia", Antara: "indonesia", BERNAMA: "malaysia", ANTARA: "indonesia", XINHUA: "china", KYODO: "japan", YONHAP: "south-korea", PNA: "philippines", VNA: "vietnam", MENA: "egypt", Ukrinform: "ukraine",
  PAP: "poland", ANSA: "italy", EFE: "spain", dpa: "germany", AAP: "australia", BSS: "bangladesh", ONA: "oman",
  "Prensa Latina": "cuba", Sputnik: "russia", BelTA: "belarus", Kazinform: "kazakhstan", Azertac: "azerbaijan", Armenpress: "armenia",
  Tanjug: "serbia", MTI: "hungary", Agerpres: "romania", BTA: "bulgaria", Lusa: "portugal", Belga: "belgium", SANA: "syria",
  Petra: "jordan", WAFA: "palestine", MAP: "morocco", APS: "algeria", TAP: "tunisia", ENA: "ethiopia", KPL: "laos", AKP: "cambodia",
  RSS: "nepal", Montsame: "mongolia", Kabar: "kyrgyzstan", Khovar: "tajikistan", Andina: "peru", Notimex: "mexico", Telam: "argentina",
  Télam: "argentina", "Agência Brasil": "brazil", "Agencia Brasil": "brazil", ABI: "bolivia", BNA: "bahrain",
  AKIpress: "kyrgyzstan", "Asia-Plus": "tajikistan", UzA: "uzbekistan", MIA: "north-macedonia", ELTA: "lithuania",
  LETA: "latvia", STA: "slovenia", HINA: "croatia", FENA: "bosnia-and-herzegovina", ATA: "albania", Moldpres: "moldova",
  "ČTK": "czechia", CTK: "czechia", TASR: "slovakia", Ritzau: "denmark", ANP: "netherlands", GNA: "ghana", NAN: "nigeria",
  KNA: "kenya", SUNA: "sudan", NNA: "lebanon", INA: "iraq",
};

/** Head nouns of named places that are no state or city: "Line of Control", "Gaza Strip", "Korean Peninsula". */
export const PLACE_HEADS = [
  "Line", "Zone", "Strip", "Peninsula", "Strait", "Straits", "Sea", "Gulf", "Island", "Islands", "Valley", "Heights",
  "Desert", "River", "Canal", "Corridor", "Mountains", "Lake", "Plateau", "Basin", "Archipelago",
];

/** International organisations that news names by acronym as often as in full ("the UN", "U.N.", "the United
 * Nations"), and movements it names in one word: the name to show first, then its other forms, so that every form
 * is one organisation within and across articles (never a person or a place). General knowledge. */
export const KNOWN_ORGANIZATIONS: readonly (readonly [label: string, ...other: string[]])[] = [
  ["United Nations", "UN"],
  ["European Union", "EU"],
  ["European Commission", "EU Commission"],
  ["NATO", "North Atlantic Treaty Organization"],
  ["African Union", "AU"],
  ["ASEAN", "Association of Southeast Asian Nations"],
  ["OSCE", "Organization for Security and Co-operation in Europe"],
  ["IAEA", "International Atomic Energy Agency"],
  ["International Committee of the Red Cross", "ICRC"],
  ["IGAD", "Intergovernmental Authority on Development"],
  ["ECOWAS", "Economic Community of West African States"],
  ["Gulf Cooperation Council", "GCC"],
  ["Organization of American States", "OAS"],
  ["Shanghai Cooperation Organisation", "SCO"],
  ["International Monetary Fund", "IMF"],
  ["World Trade Organization", "WTO"],
  ["World Health Organization", "WHO"],
  ["UN Food and Agriculture Organization", "FAO", "Food and Agriculture Organization", "Food and Agriculture Organization of the United Nations"],
  ["International Criminal Court", "ICC"],
  ["Organisation of Islamic Cooperation", "OIC"],
  ["OPEC", "Organization of the Petroleum Exporting Countries"],
  ["Arab League"],
  ["APEC", "Asia-Pacific Economic Cooperation"],
  ["G7", "Group of Seven"],
  ["G20", "Group of 20"],
  ["Commonwealth of Independent States", "CIS"],
  ["Collective Security Treaty Organization", "CSTO"],
  ["Eurasian Economic Union", "EAEU"],
  ["Southern African Development Community", "SADC"],
  ["East African Community", "EAC"],
  ["Caribbean Community", "CARICOM", "Caricom"],
  ["Community of Latin American and Caribbean States", "CELAC"],
  ["Organization of Turkic States"],
  ["Council of Europe"],
  ["Pacific Islands Forum"],
  ["BRICS"],
  ["Mercosur"],
  // armed and political movements that news names in one word, as parties to talks
  ["Hamas"], ["Hezbollah"], ["Fatah"], ["Taliban"], ["Houthis", "Houthi"], ["Islamic Jihad"], ["al-Shabab"], ["Boko Haram"],
  // parties the news names with no head noun, or by an acronym
  ["Sinn Féin", "Sinn Fein"], ["Fianna Fáil", "Fianna Fail"], ["Fine Gael"], ["Democratic Unionist Party", "DUP"], ["Likud"], ["Fidesz"], ["Syriza"], ["Morena"], ["Kuomintang", "KMT"], ["African National Congress", "ANC"],
  ["Revolutionary Armed Forces of Colombia", "FARC"], ["ELN"], ["Kurdistan Workers' Party", "PKK"], ["M23"], ["Tigray People's Liberation Front", "TPLF"],
];

/** Known organisations by every form: a name in any case (no leading "the"), an acronym in capitals (dots dropped:
 * "U.N."); each → [the label to show, both forms]. */
const KNOWN_ORG = new Map(KNOWN_ORGANIZATIONS.flatMap((forms) => forms.map((form) => [/^[\p{Lu}\d]+$/u.test(form) ? form : form.toLowerCase(), [forms[0], forms] as const])));
export function knownOrganization(name: string): readonly [label: string, forms: readonly string[]] | undefined {
  return KNOWN_ORG.get(name.replace(/\./g, "")) ?? KNOWN_ORG.get(name.replace(/^the\s+/i, "").toLowerCase());
}

/** The European Union's bodies, one side at a table with a state: the Commission, the Council, the External Action
 * Service, the Parliament (keys as `organization:<slug of the name>`). */
const EU_BODIES = new Set(["european-union", "european-commission", "european-council", "council-of-the-european-union", "european-external-action-service", "eeas", "european-parliament"]);
/** Known organisations by the key of their node (`organization:<slug of the name shown>`). */
const KNOWN_BY_KEY = new Map(KNOWN_ORGANIZATIONS.map((forms) => [`organization:${slugify(forms[0])}`, forms]));
export const knownOrganizationByKey = (key: string): readonly string[] | undefined => KNOWN_BY_KEY.get(key);

/** The side at a meeting that an office in organisation `key` puts its holder on: the organisation's own for an
 * international one the lexicon knows, the Union's for any EU body; none for others (a state's organs have the state). */
export function sideOfOrganization(key: string): string | undefined {
  if (!key.startsWith("organization:")) return undefined;
  const slug = key.slice("organization:".length);
  if (EU_BODIES.has(slug)) return "organization:european-union";
  return KNOWN_BY_KEY.has(key) ? key : undefined;
}
