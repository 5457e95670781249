// Office titles, honorifics and family words: general English knowledge used to recognise people and the
// posts they hold. A title's `kind` says whether holding it means office (government) or affiliation.

/** Titles that precede a name ("Foreign Minister Taro Kono"), longest first when matched. */
export const OFFICE_TITLES = [
  "Chief Cabinet Secretary", "Deputy Chief Cabinet Secretary", "Cabinet Secretary", "Prime Minister", "Deputy Prime Minister",
  "First Vice President", "Second Vice President", "First Deputy Prime Minister", "Vice President", "President", "Vice Premier", "Deputy Premier", "Premier", "Chancellor", "Vice Chancellor", "Foreign Minister",
  "Deputy Foreign Minister", "Vice Foreign Minister", "Defense Minister", "Defence Minister", "Finance Minister",
  "Trade Minister", "Interior Minister", "Justice Minister", "Minister", "Secretary of State", "State Secretary", "Deputy Secretary of State",
  "Under Secretary of State", "Undersecretary of State", "Assistant Secretary of State",
  "Secretary-General", "Secretary General", "Secretary", "Under Secretary", "Undersecretary", "Ambassador", "Ambassador Extraordinary and Plenipotentiary", "Envoy",
  "Special Envoy", "Special Representative", "Administrator", "Deputy Administrator", "Trade Representative", "Plenipotentiary Representative", "Commissioner", "High Commissioner", "European Commissioner", "Regional Governor", "Provincial Governor", "Vice Governor", "Vice-Governor", "Regional Chairman", "District Commissioner", "Deputy Commissioner", "King's Commissioner", "King’s Commissioner", "Regional Commissioner", "County Judge", "County Executive", "First Lady", "First Gentleman", "Plenipotentiary Envoy", "High Representative", "Representative", "Senator", "Congressman", "Congresswoman", "Governor-General", "Governor General", "Governor",
  "Mayor", "First Mayor", "Governing Mayor", "Lord Mayor", "Executive Mayor", "Prefect", "Ruler", "Deputy Ruler", "King", "Queen", "Grand Duke", "Grand Duchess", "Hereditary Grand Duke", "Hereditary Prince", "Hereditary Princess", "Queen Mother", "Emperor", "Empress", "Crown Prince", "Sovereign Prince", "Prince", "Princess", "Sultan", "Emir", "Sheikh", "Sayyid",
  "Chairman", "Chairwoman", "Chair", "General", "Senior General", "Vice Senior General", "Lieutenant General", "Major General", "Brigadier General", "Lieutenant Colonel",
  // (ranks as the press shortens them: "Gen. X", "Lt. Gen. Y", "Brig. Gen. Z", "Col. W"; and heads: "Pres. X", "VP Y";
  // and a member of a territory's or a devolved parliament, "MLA Z", "Shetland MSP W"; and a South African province's
  // minister, a Member of its Executive Council, "Health MEC V")
  "Gen", "Lt Gen", "Lt-Gen", "Gov", "Pres", "VP", "MLA", "MSP", "MEC", "Lt Gov", "Lieutenant Governor", "Lt-Gov", "Maj Gen", "Maj-Gen", "Brig Gen", "Col", "Lt Col", "Adm", "Vice Adm", "Rear Adm",
  "Brigadier", "Vice Admiral", "Rear Admiral", "Air Marshal", "Field Marshal", "Captain", "Commodore", "Admiral", "Chairperson", "Deputy Chairperson", "Vice Chairperson", "Deputy Chairman", "Vice Chairman", "Vice Chairwoman", "Deputy Chairwoman", "Vice-Chairman", "Vice-Chairwoman", "Marshal", "Colonel", "Commander",
  "Director", "Director General", "Deputy Director General", "Spokesman", "Spokeswoman", "Spokesperson",
  "Government Spokesperson", "Chief Government Spokesperson", "Government Chief Spokesperson", "Chief Spokesperson", "Government Spokesman", "Government Spokeswoman",
  "National Security Adviser", "National Security Advisor", "Adviser", "Advisor", "Chief of Staff", "Chief of Cabinet", "Cabinet Chief", "Speaker",
  // ("White House Press Secretary X", "Presidential Press Secretary Y": one post, no body "Press")
  "Press Secretary", "Deputy Press Secretary", "Presidential Press Secretary", "Presidential Spokesperson", "Presidential Spokesman", "Presidential Spokeswoman",
  "Presidential Aide", "Aide", "Presidential Envoy", "Special Presidential Envoy",
  "Supreme Leader", "Leader", "Pope", "Cardinal", "Chief Executive", "Consul General", "Consul", "Chargé d'Affaires", "Chargé d’Affaires", "Charge d'Affaires", "Lawmaker", "Legislator",
  "Ayatollah", "Grand Ayatollah", "Apostolic Nuncio", "Nuncio", "Archbishop", "Bishop", "Patriarch", "Federal Councillor", "Minister of State",
  // (the head of a state's province or federal state: "Punjab Chief Minister X", "Johor Menteri Besar Y")
  "Chief Minister", "Deputy Chief Minister", "Federal Chancellor", "Federal President", "First Minister", "Deputy First Minister", "Minister-President", "Minister President", "Menteri Besar",
  // (a Malay ruler's style as head of state: "Sultan and Yang Di-Pertuan of Brunei Darussalam", "the Yang di-Pertuan
  // Agong")
  "Yang Di-Pertuan", "Yang di-Pertuan", "Yang di-Pertuan Agong", "Yang Di-Pertuan Agong",
  // (Kiribati's president, in its own language: "Te Beretitenti Taneti Maamau")
  "Te Beretitenti", "Beretitenti",
  // (Eswatini's king, by his Swazi title: "the Ingwenyama")
  "Ingwenyama", "Ngwenyama",
  // (the Faroe Islands' prime minister, in Faroese and in Danish: "the løgmaður", "Lagmand X")
  "Løgmaður", "Lagmand",
  // (a member of Greenland's government, in Greenlandic: "Naalakkersuisoq for Foreign Affairs X")
  "Naalakkersuisoq",
  "Foreign Secretary", "Home Secretary", "Defence Secretary", "Defense Secretary", "Foreign Affairs Secretary",
  "Amir", "Deputy President", "Vice-President", "Deputy Chancellor", "Head of State", "Head of Government",
  // (a party's, and a post named with its state as its agencies write it: "General Secretary X", "State President X")
  "General Secretary", "State President", "President of the Republic", "Taoiseach", "Tánaiste", "Holy Father", "Captain Regent",
  // abbreviated, as the Indian and Pakistani press write them ("PM Modi", "EAM Jaishankar")
  // (and Kenya's "PCS", its Prime Cabinet Secretary)
  "PM", "EAM", "FM", "Deputy PM", "NSA", "PCS",
  // (and East Africa's "Amb" before an ambassador's or envoy's name, without a full stop: "Amb Patrick Mugisha")
  "Amb",
].map((t) => t.toLowerCase());

/** Lower-case descriptive titles used before a name ("North Korean leader Kim Jong Un"). */
export const DESCRIPTIVE_TITLES = [
  "leader", "ceremonial leader", "supreme leader", "government spokesman", "government spokeswoman", "government spokesperson",
  "spokesman", "spokeswoman", "spokesperson", "official", "senior official", "diplomat", "senior diplomat", "envoy",
  "special envoy", "negotiator", "chief negotiator", "nuclear envoy", "ambassador", "minister", "foreign minister",
  "prime minister", "president", "vice president", "lawmaker", "legislator", "dictator", "strongman", "ruler",
  "head of state", "head of government", "national security adviser", "national security advisor", "security adviser", "top diplomat", "chief diplomat",
  "minister of state", "minister of state for external affairs", "minister of state for foreign affairs", "chief minister", "deputy chief minister", "governor", "mayor", "commerce minister",
  "counterpart", "foreign secretary", "secretary", "minister-president", "king's commissioner", "king’s commissioner", "adviser", "advisor", "aide", "top aide", "presidential aide", "presidential adviser", "presidential advisor", "deputy director general", "director general", "director", "chief", "premier", "monarch",
  // posts in organisations ("African Union Commission chairman X", "EU foreign policy chief X")
  "chairman", "chairwoman", "chairperson", "head", "secretary-general", "secretary general", "governor-general", "governor general", "commissioner", "high commissioner", "mediator",
  "representative", "special representative", "high representative", "coordinator", "special coordinator", "commander",
];

/** Titles that make the holder a member of an organisation rather than an office holder of a state. */
export const AFFILIATION_TITLES = [
  "professor", "associate professor", "assistant professor", "analyst", "researcher", "research fellow", "fellow",
  "senior fellow", "scholar", "expert", "lecturer", "economist", "director of research", "student", "editor",
  "correspondent", "reporter", "member", "activist", "adviser", "advisor",
  // (a head of state's spouse: "First Lady X", "Mozambique's First Lady, Y" holds no office)
  "first lady", "first gentleman",
];

/** A title as held, without a "then-" that dates it ("then-President" → "President"). */
export const withoutThen = (title: string): string => title.replace(/^then[- ]/i, "");
/** Posts the press abbreviates, written out: "PM" is "prime minister" (lower case, as titles are compared). */
const ABBREVIATED: Record<string, string> = {
  pm: "prime minister", pcs: "prime cabinet secretary", "te beretitenti": "president", beretitenti: "president", ingwenyama: "king", ngwenyama: "king", løgmaður: "prime minister", lagmand: "prime minister", "sovereign prince": "prince", eam: "external affairs minister", fm: "foreign minister", nsa: "national security adviser", amb: "ambassador", ce: "chief executive", "holy father": "pope",
  // (ranks: "Gen. X" is "the general")
  "gen.": "general", "lt. gen.": "lieutenant general", "maj. gen.": "major general", "brig. gen.": "brigadier general", "col.": "colonel", "lt. col.": "lieutenant colonel", "adm.": "admiral",
  // (and a US state's governors: "Gov. X", "Lt. Gov. Y")
  "gov.": "governor", gov: "governor", "pres.": "president", pres: "president", vp: "vice president", mla: "member of the legislative assembly", mec: "member of the executive council", "lt. gov.": "lieutenant governor", "lt gov": "lieutenant governor",
};
/** Whether two posts joined by "and" are two heads, which no one is at once: "the Prime Minister and President X" are
 * two people, where "Prime Minister and Foreign Minister X" is one. */
export const twoHeads = (a: string, b: string): boolean => [a, b].every((t) => /^(?:(?:Vice |Deputy )?(?:President|Prime Minister|Premier|Chancellor)|King|Queen|Grand Duke|Grand Duchess|Emir|Amir|Sultan)$/i.test(t.trim()));
export const spelledOut = (title: string): string => {
  // ("The President of the Republic, X," in a country's own press is its president)
  const t = withoutThen(title).toLowerCase().replace(/ of the republic$/, "");
  return ABBREVIATED[t] ?? t;
};
/** Whether the titled name at `m` (its title and qualifier from `outerStart`) is told as a post once held: "Former
 * Kenyan President X", "ex-President X", "toppled President Y". */
export const heldFormerly = (text: string, m: { start: number; outerStart?: number }): boolean => {
  const at = m.outerStart ?? m.start;
  // (or one the story says was removed from it: "the coup that toppled President X", "ousted Prime Minister Y")
  return /\b(?:former|ex-|toppled|ousted|deposed|overthrown|overthrew)\s*$/i.test(text.slice(Math.max(0, at - 12), at));
};

export const HONORIFICS = ["Mr", "Mrs", "Ms", "Miss", "Dr", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Professor", "Sir", "Dame", "Lord", "Lady", "Baroness", "Madam", "H.E.", "H.E", "Shri", "Smt", "Smt.", "Shrimati", "Cde", "Comrade",
  // styles ("His Majesty King X", "Her Excellency Ms. Y")
  "Majesty", "Highness", "Excellency", "Holiness", "Eminence", "Beatitude",
  // ("Prof Muhammad Yunus", as British and South Asian papers write it; Myanmar's "U Than Swe", "Daw Aung San Suu Kyi",
  // "Ko Htet Aung")
  "Prof", "U", "Daw", "Ko",
  // the Gulf agencies' "HE", "HH" and "HRH" ("HE Mohammad Ishaq Dar", "HH the Amir", "HRH Prince X"), Indonesia's "Pak"
  // and "Bu" ("Pak Prabowo")
  "HE", "HH", "HRH", "Pak", "Bu", "Ibu", "Bapak",
  // East Africa's "Mzee" for an elder statesman ("Mzee Museveni"); a counsellor-at-law's, an attorney's and an
  // engineer's styles in Liberia and the Philippines ("Cllr. X", "Atty. Y", "Engr. Z")
  "Mzee", "Cllr", "Cllr.", "Atty", "Atty.", "Engr", "Engr.",
  // (and the engineer's style of East Africa and the Gulf, "Eng. X")
  "Eng", "Eng.",
  // Austria's academic and honorary styles ("Mag. Judith X", "KR Ing. Walter Y")
  "Mag", "Mag.", "Ing", "Ing.", "KR",
  // Bhutan's and Fiji's styles ("Lyonpo D N Dhungyel", "Dasho X", "Ratu Y")
  "Lyonpo", "Lyonchhen", "Dasho", "Aum", "Ratu", "Adi",
  // Samoa's styles of a chief and of an orator or official ("Afioga Tuatagaloa X", "Susuga Y")
  "Afioga", "Susuga",
  // Lesotho's "Ntate" and "'M'e" ("Ntate Letsie", "'M'e Thabane"), as "Mr" and "Mrs"
  "Ntate", "'M'e", "’M’e", "M'e", "M’e", "Mme",
  // Afghan and South Asian clerics' styles ("Mullah Abdul Karim X", "Mawlawi Amir Khan Y")
  "Mullah", "Mawlawi", "Maulvi", "Mawlavi", "Maulana",
  // the Baloch chiefs' style ("Chief Minister Mir X", "Provincial Minister Mir Y")
  "Mir",
  // Spanish "Sr" and "Sra" before a name, as "Mr" and "Mrs" ("Sr Ruiz")
  "Sr", "Sra", "Sr.", "Sra.",
  // Malaysia's and Brunei's styles ("Dato' Seri Utama Haji X", "YAB Dato' Seri Y", "Datin Z")
  "Honourable", "Honorable", "Rt", "Hon", "Dato'", "Dato’", "Dato", "Datuk", "Datin", "Tun", "Seri", "Setia", "Utama", "Paduka", "YAB", "YB", "YBhg", "Haji", "Hajjah", "Puan", "Encik", "Pehin", "Awang", "Dayang",
  // Cambodia's styles of rank ("Samdech Techo Hun Sen", "Samdech Moha Borvor Thipadei Hun Manet")
  "Samdech", "Techo", "Moha", "Borvor", "Thipadei"];

/** Styles that stand for a person when no name follows ("His Majesty arrived …"): the posts of whom they are said,
 * so that the style names the one holder of such a post in the article. */
export const STYLE_HOLDERS: Record<string, RegExp> = {
  majesty: /^(?:king|queen|emperor|empress|sultan)$/i,
  highness: /^(?:emir|amir|crown prince|prince|princess|sheikh|sheikha|sultan)$/i,
  holiness: /^(?:pope|patriarch|dalai lama)$/i,
  beatitude: /^(?:patriarch|archbishop)$/i,
  eminence: /^(?:cardinal|grand imam|grand mufti|ayatollah|grand ayatollah)$/i,
};

/** Family words for RELATIVE_OF ("Kim's sister", "the late father of ..."). */
export const FAMILY_WORDS = [
  "father", "mother", "son", "daughter", "brother", "sister", "half-brother", "half-sister", "wife", "husband",
  "uncle", "aunt", "nephew", "niece", "cousin", "grandfather", "grandmother", "grandson", "granddaughter", "father-in-law",
  "brother-in-law", "sister-in-law", "son-in-law", "widow", "widower",
];

/** Words that, capitalised at the start of a name-like run, are not part of a name. */
export const NOT_NAME_WORDS = new Set(
  ("The A An And But Or In On At For From To Of By With As After Before During Following Since While When Where If " +
    "Earlier Later Meanwhile Afterwards Afterward Thereafter Subsequently However Perhaps Maybe Instead Indeed Still Yet Also This That These Those It Its He She They We I You His Her Their Our " +
    "Nobody Somebody Someone Everyone Everybody Anyone Anybody " +
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August " +
    "September October November December Key Points Subscribe Read More What Why How Who Observers Experts Analysts MPs MP MEPs Lawmakers Senators Deputies " +
    "Talk Talks News Reading Host Presenter Producer Reporter Anchor Newsreader Presidency Caller Callers Pooler Those Another Some Many Most Both Each Every No Not Mr Mrs Ms Dr There Here Then Now So Such Dear " +
    "Day Former Acting Interim Outgoing Incoming Then Ex Your My Jan Feb Mar Apr Aug Sep Sept Oct Nov Dec Other All Any Several Few One Two Three Asked Under Over Despite Although Because Until Once Like Unlike " +
    // question and condition openers, glued to the name after them ("Had Donald Trump met …", "Neither Joe Biden nor …")
    "Whether Had Will Would Could Should Did Does Do Has Have Is Are Was Were Can Might Must Neither Nor Either Unless " +
    // the speaker's contractions after a post in lower case ("I told the secretary I'd be honored")
    "I'd I'm I've I'll I’d I’m I’ve I’ll " +
    // holidays and seasons date things; they name no one
    "Easter Christmas Ramadan Eid Passover Thanksgiving Hanukkah Diwali Nowruz Lent Advent Carnival " +
    // groups of people opening a sentence ("Officials said …")
    "Officials Diplomats Sources Aides Negotiators Mediators Envoys Delegates Ministers Leaders Critics Witnesses Residents " +
    // adjectives of rank opening a sentence before a demonym ("Senior Saudi and Iranian officials met")
    "Senior Top High-ranking Junior Mid-level Lower-level Visiting " +
    // a schedule's entries open with the principal's verb ("08:30 – Meets …", "Briefs President X on …")
    "Meets Attends Briefs Welcomes Joins Takes Receives Hosts Chairs Addresses Departs Arrives Returns Travels Visits Holds Signs " +
    // (and a factbox's, past: "Met X on Tuesday", "Handed Y a letter")
    "Met Held Attended Joined Handed Chaired Received Visited Hosted Stayed Signed Sits Sat Briefed Delivered Carried Conveyed Travelled Traveled " +
    // a post in the plural before two names ("Presidents A and B")
    "Presidents Premiers Kings Chancellors Emirs Ambassadors Senators " +
    // a caption's number ("Photo 1 of 9: …")
    "Photo Picture Image Slide " +
    // a cable's header and labels ("Classified By: Ambassador X", "Summary:", "Comment:"), a record's "Action:"
    "Classified Summary Comment Action " +
    // a Turkish form of address after a given name ("Kemal Bey"), no name of its own
    "Bey Hanim Hanım").split(" "),
);

/** Words that end a capitalised run even in its middle (dates are not names). */
// (and the Turkish forms of address after a given name, "Kemal Bey", "Ayşe Hanım": the given name alone)
export const RUN_BREAKERS = new Set(
  "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July August September October November December Bey Hanim Hanım".split(" "),
);

/** Words of a ministry's portfolio in a title, before or after the post ("Minister of Foreign Affairs", "Secretary of
 * State for Defence", "Economy, Trade and Industry Minister"). */
export const PORTFOLIO_WORDS = new Set(["Foreign", "Affairs", "External", "Home", "Internal", "Interior", "Defence", "Defense", "National", "Finance", "Economy", "Economic", "Trade", "Industry", "Industries", "Justice", "Health", "Education", "Unification", "Security", "Energy", "Commerce", "Treasury", "Culture", "Information", "Agriculture", "Labour", "Labor", "Transport", "Transportation", "Environment", "Public", "Safety", "Immigration", "Development", "International", "Cooperation", "Relations", "Strategic", "Planning", "Spatial", "Commonwealth", "European", "Overseas", "Gulf", "Asian", "African", "Intelligence", "Europe", "Asia", "Africa", "Americas", "Middle", "East", "Pacific", "Indo-Pacific", "Climate", "Change", "Digital", "Tourism", "Fisheries", "Mines", "Mining", "Petroleum", "Water", "Women", "Youth", "Sports", "Science", "Technology", "Housing", "Social", "Welfare", "Communications", "Infrastructure", "Investment", "Promotion", "Devolution", "Police", "Provincial", "Business", "Businesses", "Natural", "Resources", "Maritime", "Migration", "Legal", "Parliamentary", "Reconciliation", "Religious", "Veterans", "Family", "Policy", "Political", "Multilateral", "Bilateral", "Consular", "Administration", "Management", "Regional", "Global", "Humanitarian", "Expatriates", "Emigrants", "Diaspora", "Worship", "Integration", "Francophonie", "Solidarity", "Service", "Civil", "Governance", "Employment", "Sport", "Heritage", "Arts", "Media", "Forestry", "Rural", "Urban", "Local", "Lands", "Livestock", "Aviation", "Ports", "Shipping", "Railways", "Power", "Skills", "Innovation", "Research", "Enterprise", "Highways", "Telecommunications", "Telecommunication", "Utility", "Utilities", "Posts", "Diplomacy", "Protocol", "Neighbouring", "Neighboring", "Countries", "Works", "Construction", "Budget", "Customs", "Ecology", "Oceans", "Food", "Children", "Gender", "Equality", "Minerals", "Mineral", "Oil", "Gas", "Hydrocarbons", "Electricity", "Renewable", "Renewables", "Wildlife", "Land", "Reform", "Reforms", "Disaster", "Emergency", "Emergencies", "Territorial", "Decentralisation", "Decentralization", "Higher", "Sanitation", "Population", "Communication", "Irrigation", "Refugees", "Minorities", "Indigenous", "Reconstruction", "Cabinet", "Presidency", "Statistics", "Logistics", "Space", "Nuclear", "Endowments", "Hajj", "Entrepreneurship", "Vocational", "Training", "Citizenship", "Enlargement", "Competition", "Neighbourhood", "Neighborhood", "Cohesion", "Preparedness", "Crisis", "Mediterranean", "Partnerships", "Services", "Wellness", "Affairs", "Care", "Trades", "Fishing", "Marine", "Aquaculture", "Wildlife", "Forests", "Consumer", "Protection", "Cooperatives", "Petrochemicals", "Planning", "Human", "Rights", "Migrant", "Migrants", "Workers", "Manpower", "Nationals", "Abroad", "Sovereignty", "Agro", "Agribusiness", "Horticulture", "Crops", "Equipment", "Handicrafts", "Crafts", "Territories", "Knowledge", "Environmental", "Enterprises", "Made", "Nutrition", "Nutritional", "Constitution", "Constitutional", "Language", "Languages", "Community", "Supply", "Supplies", "Recreation", "Leisure", "Aquatic", "Ocean", "Communities", "Revenue", "Taxation", "Primary", "Sustainable", "Parks"]);

/** Letters of honours and offices written after a name, Commonwealth style ("ON, GCMG, CD, KStJ", "ON, PC, MP"). */
export const POST_NOMINALS = new Set(["ON", "OJ", "OD", "CD", "PC", "MP", "GCMG", "KCMG", "CMG", "OBE", "MBE", "CBE", "KBE", "DBE", "GBE", "KStJ", "DStJ", "QC", "KC", "SC", "JP", "CH", "OM", "KCVO", "GCVO", "CVO", "LVO", "MVO", "ORTT", "TC", "ONZ", "GNZM", "KNZM", "DNZM", "CNZM", "MNZM", "AC", "AO", "OAM", "GCB", "KCB", "CB", "OCC", "CCH", "SCM", "GCOJ", "MS", "MSP", "MLA", "TD", "MEP", "MHK", "MLC"]);
/** Whether a word is such letters, with or without full stops ("M.P.", "S.C."). */
export const isPostNominal = (word: string): boolean => POST_NOMINALS.has(word.replace(/\./g, ""));

/** Styles of address only one state gives its ministers and grandees ("Lyonpo", "Samdech", "Datuk Seri"). */
const STATE_STYLES: Record<string, string> = { Lyonpo: "bhutan", Lyonchhen: "bhutan", Dasho: "bhutan", Samdech: "cambodia", Ratu: "fiji", Datuk: "malaysia", Dato: "malaysia", "Tan Sri": "malaysia" };
const STATE_STYLE = new RegExp(`\\b(${Object.keys(STATE_STYLES).join("|")})\\b`);
/** The state whose style the words before a name hold ("Finance Minister Lyonpo " → "bhutan"), if any. */
/** Posts only one state has, named in its own words: whose they are ("Te Beretitenti" is Kiribati's president). */
export const STATE_OF_TITLE: Record<string, string> = { "te beretitenti": "kiribati", beretitenti: "kiribati", taoiseach: "ireland", tánaiste: "ireland", tanaiste: "ireland", naalakkersuisoq: "greenland", ingwenyama: "eswatini", ngwenyama: "eswatini", løgmaður: "faroe-islands", lagmand: "faroe-islands", "sovereign prince": "monaco", "captain regent": "san-marino", "captains regent": "san-marino" };
export const stateOfStyle = (before: string): string | undefined => STATE_STYLES[before.match(STATE_STYLE)?.[1] ?? ""];
