// Meetings found in an article: held, planned, proposed and cancelled; a proposed summit never yields MET_WITH;
// meetings in different years are different meetings; places and dates, relative ones resolved against the
// article's date.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { extract, meetings, relations, type MeetingView } from "./support.js";

const FERRAN = "person:isabel-ferran";
const MAMANI = "person:rodrigo-mamani";
const BOTH = [FERRAN, MAMANI];

type Row = [text: string, expected: MeetingView[], todo?: string];

const table: Row[] = [
  ["Chilean President Isabel Ferrán met Bolivian President Rodrigo Mamani in Montevideo on Thursday.", [{ status: "held", date: "2025-03-27", participants: BOTH }]],
  ["Chilean President Isabel Ferrán held talks with Bolivian President Rodrigo Mamani in Lima.", [{ status: "held", participants: BOTH }]],
  ["Chilean President Isabel Ferrán will meet Bolivian President Rodrigo Mamani in Montevideo.", [{ status: "planned", participants: BOTH }]],
  ["Chilean President Isabel Ferrán proposed a summit with Bolivian President Rodrigo Mamani.", [{ status: "proposed", participants: BOTH }]],
  ["Chilean President Isabel Ferrán might meet Bolivian President Rodrigo Mamani later this year.", [{ status: "proposed", date: "2025", participants: BOTH }]],
  ["The summit between Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani was cancelled.", [{ status: "cancelled", participants: BOTH }]],
  // a dinner hosted for guests is a meeting of host and guests
  ["Chilean President Isabel Ferrán hosted a working dinner for Bolivian President Rodrigo Mamani in Santiago.", [{ status: "held", participants: BOTH }]],
  // "held bilateral meetings with A, B, the X prime minister, and C's new president, D": one each, past the asides
  [
    "Chilean President Isabel Ferrán held bilateral meetings with Bolivian President Rodrigo Mamani, Ana Quispe, the Peruvian president, and Uruguay's new president, Diego Ríos.",
    [
      { status: "held", participants: BOTH },
      { status: "held", participants: ["person:ana-quispe", FERRAN] },
      { status: "held", participants: ["person:diego-rios", FERRAN] },
    ],
  ],
  // the noun's own past: "The meeting with Y, held at …, ran for", "A's talks with B, also on Monday, focused on"
  ["Chilean President Isabel Ferrán arrived in Lima. The meeting with Bolivian President Rodrigo Mamani, held at the palace on Monday, ran for an hour.", [{ status: "held", date: "2025-03-24", participants: BOTH }]],
  ["Chilean President Isabel Ferrán's talks with Bolivian President Rodrigo Mamani, also on Monday, focused on trade.", [{ status: "held", date: "2025-03-24", participants: BOTH }]],
  // "The president wants to sit down with Y": the article's one president but Y
  ["Foreign Minister Lucía Condori said Bolivian President Rodrigo Mamani was ready. \"The president wants to sit down with President Isabel Ferrán,\" Condori said.", [{ status: "proposed", participants: BOTH }]],
  // "A and his counterpart, B, spent five hours together": they met; "The two ministers … when they met": the last pair
  [
    "Chilean Foreign Minister Tomás Ibarra and his Bolivian counterpart, Lucía Condori, spent about five hours together at a hotel in Arica on Tuesday. The path was long. The two ministers first floated the idea when they met briefly in Lima in December.",
    [
      { status: "held", date: "2025-03-25", participants: ["person:lucia-condori", "person:tomas-ibarra"] },
      { status: "held", date: "2024-12", participants: ["person:lucia-condori", "person:tomas-ibarra"] },
    ],
  ],
  // "A of X and B sat down at a table in …": the pair (the state a person is of goes with them); "returned the visit in
  // late December, meeting Y in Z": held
  ["President Isabel Ferrán of Chile and Bolivian President Rodrigo Mamani sat down at a table in Lima on March 3 and signed a pact.", [{ status: "held", date: "2025-03-03", participants: BOTH }]],
  ["Bolivian President Rodrigo Mamani visited Santiago in May 2024. Chilean President Isabel Ferrán returned the visit in June 2024, meeting Mamani in La Paz.", [{ status: "held", date: "2024", participants: BOTH }]],
  // a plan only reported by others is proposed; "the meeting with Y" a speaker confirms is the one told of before
  ["A wire agency is reporting, citing unnamed diplomats, that Chilean President Isabel Ferrán will sit down with Bolivian President Rodrigo Mamani in Lima.", [{ status: "proposed", participants: BOTH }]],
  [
    "Chilean President Isabel Ferrán will meet Bolivian President Rodrigo Mamani in Lima on Friday, spokeswoman Ana Quispe said. What I can confirm is the meeting with President Mamani, Quispe told reporters.",
    [{ status: "planned", date: "2025-03-28", participants: BOTH }],
  ],
  // a year in a relative clause about someone, or one a sentence of the present ("late last year") has left, dates
  // nothing after it: "April 12" is the article's year
  [
    "The border has been closed since 1994. The channel was opened late last year by Rodrigo Mamani, who left government in 2019. Mamani and Isabel Ferrán met in Geneva on February 12.",
    [{ status: "held", date: "2025-02-12", participants: ["person:isabel-ferran", MAMANI] }],
  ],
  // "the visiting dignitary" is the one the article named as visiting
  [
    "Visiting Chilean President Isabel Ferrán held talks with Peruvian officials in Lima. A memorandum was signed by Peruvian minister Ana Quispe. Later, the visiting dignitary called on Bolivian President Rodrigo Mamani.",
    [
      { status: "held", participants: ["government:peru", FERRAN] },
      { status: "held", participants: BOTH },
    ],
  ],
  // "…yesterday, hosting Y" after a past clause; "spent close to four hours together"
  ["Chilean President Isabel Ferrán flew home to Arica on Monday, hosting her Bolivian counterpart Rodrigo Mamani for talks.", [{ status: "held", participants: BOTH }]],
  ["Ms Ferrán and Mr Mamani spent close to four hours together in Arica on Monday.", [{ status: "held", date: "2025-03-24", participants: ["person:ferran", "person:mamani"] }]],
  // "had lunch at a winery with Y"; "On Thursday he held talks with Y" (the one the sentence before was about);
  // "was received briefly by Y"; "the Bolivian minister met Y" (the article's one Bolivian minister)
  ["Chilean President Isabel Ferrán had lunch at a winery in Arica with Bolivian President Rodrigo Mamani on Monday.", [{ status: "held", date: "2025-03-24", participants: BOTH }]],
  ["Chilean President Isabel Ferrán arrived in Lima on Wednesday. On Thursday she held talks with Bolivian President Rodrigo Mamani.", [{ status: "held", date: "2025-03-27", participants: BOTH }]],
  ["Chilean President Isabel Ferrán spoke in Rome. Before leaving, she was received briefly by Bolivian President Rodrigo Mamani.", [{ status: "held", participants: BOTH }]],
  [
    "Bolivian Foreign Minister Lucía Condori held talks with Chilean Foreign Minister Tomás Ibarra in Arica. Later on Tuesday the Bolivian minister met Ana Quispe, Peru's trade minister.",
    [
      { status: "held", participants: ["person:lucia-condori", "person:tomas-ibarra"] },
      { status: "held", date: "2025-03-25", participants: ["person:ana-quispe", "person:lucia-condori"] },
    ],
  ],
  // "in May 2024" is a month, not "may"; "that had been scheduled for Thursday … was called off"; "said on Monday that A
  // would host his counterpart, B," (planned); "a meeting of the two leaders" a spokeswoman speaks of is none of hers
  ["Chilean President Isabel Ferrán returned the visit in May 2024, meeting Bolivian President Rodrigo Mamani in La Paz.", [{ status: "held", date: "2024", participants: BOTH }]],
  ["A meeting between the foreign ministers of Chile and Bolivia that had been scheduled for Thursday in Arica was called off on Wednesday.", [{ status: "cancelled", participants: ["government:bolivia", "government:chile"] }]],
  ["Chile's foreign ministry said on Monday that Isabel Ferrán would host her Bolivian counterpart, Rodrigo Mamani, for talks.", [{ status: "planned", participants: BOTH }]],
  ["Spokeswoman Ana Quispe told reporters that the invitation had come from Isabel Ferrán and that the agenda would include a meeting of the two leaders.", []],
  // "Before leaving, the minister was received briefly by Y": the article's one minister
  [
    "Chilean Foreign Minister Tomás Ibarra spoke in Rome on Monday. Before leaving, the minister was received briefly by Bolivian President Rodrigo Mamani.",
    [{ status: "held", participants: [MAMANI, "person:tomas-ibarra"] }],
  ],
  // a name in an aside about another is not at the talks ("X, the envoy the pope has entrusted with …, was back after
  // talks in Y"); a subject named by a post ("the cardinal, who …, met B") leaves the one the story is about
  // ("On Thursday he held talks with C" is X's)
  [
    "ROME - Cardinal Anna Keller, the envoy Pope Gregorio has entrusted with seeking a truce, was back in Rome on Friday after two days of talks in Lima. In the Peruvian capital the cardinal, who is also a bishop, met Rodrigo Mamani, the president's adviser, on Wednesday. On Thursday she held talks with Ana Quispe, Peru's children's commissioner.",
    [
      { status: "held", date: "2025-03-28", participants: ["person:anna-keller"] },
      { status: "held", date: "2025-03-26", participants: ["person:anna-keller", MAMANI] },
      { status: "held", date: "2025-03-27", participants: ["person:ana-quispe", "person:anna-keller"] },
    ],
  ],
  // "the two ministers held a 40-minute bilateral meeting": the last two people named together, sentences before
  [
    "The agreement was signed by Chilean Foreign Minister Tomás Ibarra and Bolivian Foreign Minister Lucía Condori in Arica. Peru's minister watched. After the ceremony, the two ministers held a 40-minute bilateral meeting.",
    [{ status: "held", participants: ["person:lucia-condori", "person:tomas-ibarra"] }],
  ],
  // "after three hours of talks at the presidential palace" (a place after "the"); "During two days of talks at X, A and B
  // agreed that C would visit" (held, theirs: not C's)
  ["LIMA - Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani agreed on Wednesday to set up patrols, after three hours of talks at the Lima presidential palace.", [{ status: "held", participants: BOTH }]],
  ["During two days of talks at the Lima guesthouse, Isabel Ferrán and Rodrigo Mamani agreed that Ana Quispe would visit Chile.", [{ status: "held", participants: ["person:isabel-ferran", MAMANI] }]],
  // "the Bolivian president had paid a courtesy call on the Speaker of Parliament, X,": the article's one Bolivian
  // president, and the person after a post of a body
  [
    "Bolivian President Rodrigo Mamani arrived in Lima on Monday. Earlier in the day the Bolivian president had paid a courtesy call on the Speaker of Parliament, Ana Quispe, before addressing a business forum.",
    [{ status: "held", participants: ["person:ana-quispe", MAMANI] }],
  ],
  // a style before a post ("His Majesty King X") and in place of the name ("His Majesty paid …"); "granted an audience
  // to Y"; a second verb of the sentence's subject past an apposition ("…, Y, at the palace, and later held talks at
  // the official residence of the Prime Minister with Z")
  [
    "His Majesty King Faisal II arrived in Lima on Monday. On Tuesday, His Majesty paid a courtesy call on the Speaker of Parliament, Ana Quispe, at the Legislative Palace, and later held talks at the official residence of the Prime Minister with Prime Minister Diego Ríos.",
    [
      { status: "held", date: "2025-03-25", participants: ["person:ana-quispe", "person:faisal-ii"] },
      // (both on the day the sentence opens with)
      { status: "held", date: "2025-03-25", participants: ["person:diego-rios", "person:faisal-ii"] },
    ],
  ],
  ["Her Majesty Queen Rania Haddad granted an audience to Bolivian President Rodrigo Mamani at the palace on Tuesday.", [{ status: "held", date: "2025-03-25", participants: ["person:rania-haddad", MAMANI] }]],
  // "was received (separately) by <state>'s <post>, Y" and "by the Bolivian foreign minister, Y": the post before the name
  ["Foreign Minister Tomás Ibarra, who accompanied the president, was received separately by Bolivia's deputy prime minister for European integration, Lucía Condori.", [{ status: "held", participants: ["person:lucia-condori", "person:tomas-ibarra"] }]],
  ["Tomás Ibarra was received by the Bolivian foreign minister, Lucía Condori, on Monday.", [{ status: "held", date: "2025-03-24", participants: ["person:lucia-condori", "person:tomas-ibarra"] }]],
  // "had invited A and B to Lima for a meeting, but it was cancelled": the invitation's meeting did not happen
  ["Foreign Minister Tomás Ibarra had invited Isabel Ferrán and Rodrigo Mamani to Lima for a meeting under his chairmanship, but it was cancelled two days before it was due to open.", [{ status: "cancelled", participants: [FERRAN, MAMANI, "person:tomas-ibarra"] }]],
  // (the host in apposition: "Peru's foreign minister, X, had invited …")
  ["Peru's foreign minister, Tomás Ibarra, had invited Isabel Ferrán and Rodrigo Mamani to Lima for a meeting, but it was cancelled after Santiago objected.", [{ status: "cancelled", participants: [FERRAN, MAMANI, "person:tomas-ibarra"] }]],
  // what "happened" is not the meeting that was called off: "the meeting" here is another, or none known
  [
    "Foreign Minister Tomás Ibarra had invited Isabel Ferrán and Rodrigo Mamani to Lima for a meeting, but it was cancelled. An analyst said the meeting mattered because it happened at all.",
    [{ status: "cancelled", participants: [FERRAN, MAMANI, "person:tomas-ibarra"] }],
  ],
  // "held talks that evening with Y": a time between the talks and whom they were with
  ["Chilean President Isabel Ferrán held talks that evening with her Bolivian counterpart, Rodrigo Mamani, on trade.", [{ status: "held", participants: BOTH }]],
  // "X said she had invited Y to Z …, and that Y had accepted": the invitation told, accepted
  ["Chilean President Isabel Ferrán said she had invited Rodrigo Mamani to Santiago in September, and that Mamani had accepted.", [{ status: "planned", date: "2025-09", participants: BOTH }]],
  // (and "She said she had invited Y": the one the sentence before was about)
  ["Chilean President Isabel Ferrán spoke to reporters. She said she had invited Rodrigo Mamani to Santiago in September, and that he had accepted.", [{ status: "planned", date: "2025-09", participants: BOTH }]],
  // "The Chilean Minister": the one named "Minister of Foreign Affairs of the Republic of Chile" after his name
  [
    "Foreign Minister Ana Quispe received Mr. Tomás Ibarra, Minister of Foreign Affairs of the Republic of Chile, on Monday. The Chilean Minister also met with Minister of Mining of Peru Mr. Luis Andrade.",
    [
      { status: "held", participants: ["person:ana-quispe", "person:tomas-ibarra"] },
      { status: "held", participants: ["person:luis-andrade", "person:tomas-ibarra"] },
    ],
  ],
  // a day with no year, in a story that went on to a later year, is still of the article's year when it is past
  [
    "Chilean President Isabel Ferrán invited Rodrigo Mamani to visit Santiago in 2027. On 14 March, Ferrán had met Bolivian President Rodrigo Mamani in Lima.",
    [
      { status: "proposed", date: "2027", participants: BOTH },
      { status: "held", date: "2025-03-14", participants: BOTH },
    ],
  ],
  // two people each set off by a post, joined by ", and", are one subject (and not their states besides)
  [
    "In parallel, the chancellor of Chile, Jorge Vidal, and the Bolivian foreign minister, Luis Quiroga, who accompanied Mamani, held a working meeting in a hotel.",
    [{ status: "held", participants: ["person:jorge-vidal", "person:luis-quiroga"] }],
  ],
  // "extended an invitation to Y to pay a state visit to Z": the invitation's visit; accepted in the next sentence, planned
  ["Chilean President Isabel Ferrán extended an invitation to Rodrigo Mamani to pay a state visit to Chile.", [{ status: "proposed", participants: BOTH }]],
  [
    "Chilean President Isabel Ferrán extended an invitation to Rodrigo Mamani to pay a state visit to Chile. The Bolivian president accepted the invitation.",
    [{ status: "planned", participants: BOTH }],
  ],
  ["Chilean President Isabel Ferrán extended an invitation to Rodrigo Mamani to pay a state visit to Chile. Mamani has not accepted the invitation.", [{ status: "proposed", participants: BOTH }]],
  // "held a day-long sitting on October 11 with Y": a meeting, dated by its own day, not by a year in the clause before
  [
    "Former Ambassador Tomás Ibarra, who retired from the foreign service in 2019, held a day-long sitting on October 11 with Lucía Condori.",
    [{ status: "held", date: "2024-10-11", participants: ["person:lucia-condori", "person:tomas-ibarra"] }],
  ],
  // "the vice-president" is the one named so before (not the president); "the head of state" a president or king
  [
    "Bolivian President Rodrigo Mamani sent the Vice-President of Bolivia, Lucía Condori, to Lima. On Tuesday the vice-president was received by Peruvian President Ana Quispe.",
    [{ status: "held", date: "2025-03-25", participants: ["person:ana-quispe", "person:lucia-condori"] }],
  ],
  [
    "King Faisal Hamdan arrived in Lima on Monday. On Tuesday the head of state was received by Peruvian President Ana Quispe.",
    [{ status: "held", date: "2025-03-25", participants: ["person:ana-quispe", "person:faisal-hamdan"] }],
  ],
  // "The Bolivian minister" is the one minister named before whose state was not known by his name
  [
    "Bolivia was represented by Foreign Minister Tomás Ibarra. The Bolivian minister also held talks that evening with his Chilean counterpart, Lucía Condori.",
    [{ status: "held", participants: ["person:lucia-condori", "person:tomas-ibarra"] }],
  ],
  // a meeting (talks) held by videoconference is a call, not a meeting
  ["Chilean President Isabel Ferrán held a meeting by videoconference with Bolivian President Rodrigo Mamani on Monday.", []],
  ["Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani held talks by videoconference on Monday.", []],
  // "held separate talks on Wednesday with Y"
  ["Chilean Foreign Minister Tomás Ibarra held separate talks on Wednesday with Rodrigo Mamani, his Bolivian counterpart, at the foreign ministry.", [{ status: "held", date: "2025-03-26", participants: [MAMANI, "person:tomas-ibarra"] }]],
  // "the two foreign ministers" are not a pair named long before who hold no such post; a meeting a news website
  // reported (and both sides denied) is not told held
  [
    "Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani met in Geneva in January. Foreign Minister Tomás Ibarra proposed talks with his Bolivian counterpart. Last week, a news website reported that the two foreign ministers had already met secretly in Lisbon.",
    [{ status: "held", date: "2025-01", participants: BOTH }],
  ],
  // postponed is still to happen; postponed indefinitely is not
  ["The summit between Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani has been postponed.", [{ status: "planned", participants: BOTH }]],
  ["The summit between Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani has been postponed indefinitely.", [{ status: "cancelled", participants: BOTH }]],
  // a relative clause between the meeting and its status word
  [
    "A proposed meeting between Chilean President Isabel Ferrán and former Bolivian President Rodrigo Mamani, who opposed the accord, was cancelled after Mamani declined.",
    [{ status: "cancelled", participants: BOTH }],
  ],
  // "who met": the name before the relative pronoun met
  ["The Bolivian delegation was led by Rodrigo Mamani, who met Isabel Ferrán in Lima dozens of times.", [{ status: "held", participants: BOTH }]],
  // a coordinated subject past an apposition, dated by the sentence's opening
  [
    "In June 2024, Ferrán and the Bolivian leader Rodrigo Mamani, known as El Tigre, met in Lima and signed a ceasefire.",
    [{ status: "held", date: "2024-06", participants: ["person:ferran", MAMANI] }],
  ],
  // the place before "between"; those who brokered it are not at the table
  ["Talks began with a secret meeting in Lima between Chile and Bolivia, brokered by Peru and Uruguay.", [{ status: "held", participants: ["government:bolivia", "government:chile"] }]],
  ["Talks began with a secret meeting in Lima, brokered by Peru and Uruguay, between Chile and Bolivia.", [{ status: "held", participants: ["government:bolivia", "government:chile"] }]],
  ["Bolivia proposed a new round of talks with Chile in Lima.", [{ status: "proposed", participants: ["government:bolivia", "government:chile"] }]],
  // "held a surprise second meeting with"
  ["Peruvian President Ana Quispe held a surprise second meeting with Bolivian President Rodrigo Mamani in Arica.", [{ status: "held", participants: ["person:ana-quispe", MAMANI] }]],
  // a summit called off, then held: "the planned summit" is the one not held yet, "the summit went ahead, where A and
  // B signed" is theirs, though another meeting came between, and "went ahead … on June 12" dates it
  [
    "Chilean President Isabel Ferrán wanted to meet Bolivian President Rodrigo Mamani. Peruvian President Ana Quispe met Mamani in Lima. On May 24, Ferrán called off the planned summit in a letter to Mamani. The summit went ahead in Arica on June 12, where Ferrán and Mamani signed a joint statement.",
    [
      // (held "on June 12", in an article of March 28: the June before it)
      { status: "held", date: "2024-06-12", participants: BOTH },
      { status: "held", participants: ["person:ana-quispe", MAMANI] },
    ],
  ],
  // hosts of talks between others are not a pair that met; "earlier rounds" are several meetings, none in particular
  ["Uruguay and Paraguay had hosted five earlier rounds of talks between the two rivals since 2021.", []],
  // a trip made to meet someone is a meeting held
  ["Peruvian President Ana Quispe, who flew to La Paz to meet Bolivian President Rodrigo Mamani on March 5, spoke.", [{ status: "held", date: "2025-03-05", participants: ["person:ana-quispe", MAMANI] }]],
  // "his <demonym> counterpart": the pair meets; "in the northern Chilean port of Arica"; the date past the place
  [
    "Peruvian Foreign Minister Elena Paredes and her Chilean counterpart Tomás Riquelme met in the northern Chilean port of Arica on March 10.",
    [{ status: "held", date: "2025-03-10", participants: ["person:elena-paredes", "person:tomas-riquelme"] }],
  ],
  ["Chilean President Isabel Ferrán did not meet Bolivian President Rodrigo Mamani.", []],
  [
    "Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani spoke by telephone on Monday. The two presidents are expected to meet in Arica in May.",
    [{ status: "planned", date: "2025-05", participants: BOTH }],
  ],
  ["Chilean President Isabel Ferrán spoke on Monday. The two presidents are expected to meet in Arica in May.", []],
  ["Chilean President Isabel Ferrán held phone talks with Bolivian President Rodrigo Mamani on Tuesday.", []],
  // a conversation held face to face is a meeting; one on the phone is not
  ["Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani held a brief conversation at the summit in Lima.", [{ status: "held", participants: BOTH }]],
  ["Chilean President Isabel Ferrán had a phone conversation with Bolivian President Rodrigo Mamani.", []],
  // "had proposed a meeting" is a proposal, not "had a meeting"; a meeting judged "premature" was not held; "such a
  // meeting" is the one just named
  [
    "Chilean Foreign Minister Tomás Riquelme said Santiago had proposed a meeting between Isabel Ferrán and Rodrigo Mamani, but Bolivia said such a meeting was premature.",
    [{ status: "proposed", participants: BOTH }],
  ],
  ["Bolivian officials said the meeting between Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani was premature.", [{ status: "proposed", participants: BOTH }]],
  ["Chilean President Isabel Ferrán had a long meeting with Bolivian President Rodrigo Mamani in Lima.", [{ status: "held", participants: BOTH }]],
  // a determiner before the talks; the two delegations' states
  ["Chilean and Bolivian delegations held their first direct talks in a decade in Lima on Thursday.", [{ status: "held", date: "2025-03-27", participants: ["government:bolivia", "government:chile"] }]],
  // "the Peruvian president" in a story from Lima: the one president it names without a country; not from Santiago
  [
    "LIMA, March 3 - President Ana Quispe spoke. Chilean Foreign Minister Tomás Riquelme later met the Peruvian president in Cusco.",
    [{ status: "held", participants: ["person:ana-quispe", "person:tomas-riquelme"] }],
  ],
  ["SANTIAGO, March 3 - President Ana Quispe spoke. Chilean Foreign Minister Tomás Riquelme later met the Peruvian president in Cusco.", []],
  // (La Paz is Bolivia's seat of government, not the capital the country list gives: its dateline is Bolivia's)
  [
    "LA PAZ, March 3 - President Rodrigo Mamani spoke. Chilean Foreign Minister Tomás Riquelme later met the Bolivian president in Sucre.",
    [{ status: "held", participants: [MAMANI, "person:tomas-riquelme"] }],
  ],
  // a possessor in an apposition is not at the table; a five-letter syllable after a hyphen is part of the name
  [
    "Bolivian President Rodrigo Mamani spoke. Chilean envoy Park Ji-myung met Lucía Condori, the Bolivian president's sister, in La Paz.",
    [{ status: "held", participants: ["person:lucia-condori", "person:park-ji-myung"] }],
  ],
  // a trip "last month to prepare a summit": planned, and that month is the trip's, not the summit's
  [
    "Chile's spy chief Jorge Salinas made two secret trips to La Paz last month to prepare a summit between Isabel Ferrán and Rodrigo Mamani.",
    [{ status: "planned", participants: BOTH }],
  ],
  // "to meet again" after their meeting: another one, planned; "A and his counterpart B met C": all three
  [
    "Chilean President Isabel Ferrán met Bolivian President Rodrigo Mamani in Lima on Thursday. The two leaders agreed to meet again in Arica within three months.",
    [
      { status: "held", date: "2025-03-27", participants: BOTH },
      { status: "planned", participants: BOTH },
    ],
  ],
  // a month without a year: the last one for a meeting held, the next for one to come
  ["Chilean President Isabel Ferrán met Bolivian President Rodrigo Mamani in Lima in November.", [{ status: "held", date: "2024-11", participants: BOTH }]],
  ["Chilean President Isabel Ferrán will meet Bolivian President Rodrigo Mamani in Lima in October.", [{ status: "planned", date: "2025-10", participants: BOTH }]],
  ["Chilean President Isabel Ferrán met Bolivian President Rodrigo Mamani in Lima two years ago.", [{ status: "held", date: "2023", participants: BOTH }]],
  // an event a group's name and a lower-case head name: a meeting of its year, each attendee at it (and no one
  // met anyone for being there)
  [
    "Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani both attended the G20 summit in Rio de Janeiro on Monday.",
    [{ status: "held", date: "2025-03-24", participants: BOTH }],
  ],
  ["The ASEAN summit in Jakarta was postponed.", [{ status: "planned", participants: [] }]],
  // (one who pulls out of a summit does not call it off)
  ["Chilean President Isabel Ferrán pulled out of the G20 summit in Rio de Janeiro.", [{ status: "planned", participants: [] }]],
  // (one who will not attend is not at it)
  ["Chilean President Isabel Ferrán will not attend the G20 summit in Rio de Janeiro.", [{ status: "planned", participants: [] }]],
  // held: the Nth meeting, talks one is in a city for, an envoy sent to meet, talks that collapsed (not plans that did)
  ["It was the third meeting between Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani this year.", [{ status: "held", date: "2025", participants: BOTH }]],
  ["Chilean President Isabel Ferrán is in Lima for talks with Bolivian President Rodrigo Mamani.", [{ status: "held", participants: BOTH }]],
  ["Peruvian President Ana Quispe sent Isabel Ferrán to meet Bolivian President Rodrigo Mamani in Lima on Monday.", [{ status: "held", date: "2025-03-24", participants: BOTH }]],
  ["Talks between Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani collapsed in Lima on Monday.", [{ status: "held", date: "2025-03-24", participants: BOTH }]],
  ["Plans for talks between Chile and Bolivia collapsed.", [{ status: "cancelled", participants: ["government:bolivia", "government:chile"] }]],
  // planned: a plan told ("said she would meet"), "is set to host"; a plan that was not kept ("had been expected …, but")
  ["Chilean President Isabel Ferrán said she would meet Bolivian President Rodrigo Mamani in Lima in April.", [{ status: "planned", date: "2025-04", participants: BOTH }]],
  ["Chilean President Isabel Ferrán is set to host Bolivian President Rodrigo Mamani in Santiago next week.", [{ status: "planned", date: "2025-04", participants: BOTH }]],
  ["Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani had been expected to meet in Lima, but Mamani left early.", [{ status: "cancelled", participants: BOTH }]],
  // a gerund with its object is a meeting of the clause's subject ("a day after meeting Y on Thursday")
  [
    "Isabel Ferrán will meet Ana Quispe on Monday, a day after meeting Rodrigo Mamani on Sunday.",
    [
      { status: "planned", date: "2025-03-31", participants: ["person:ana-quispe", FERRAN] },
      { status: "planned", date: "2025-03-30", participants: BOTH },
    ],
  ],
  // someone else's offer: theirs; an offer rejected names no proposer
  ["Isabel Ferrán welcomed Ana Quispe's offer to meet Rodrigo Mamani.", [{ status: "proposed", participants: ["person:ana-quispe", MAMANI] }]],
  // the one an aside describes meets, not the names inside it; a source after the object is not at the table
  ["Anna Keller, Isabel Ferrán's special envoy, met Bolivian President Rodrigo Mamani in La Paz.", [{ status: "held", participants: ["person:anna-keller", MAMANI] }]],
  ["Anna Keller, who advised Isabel Ferrán, met Bolivian President Rodrigo Mamani.", [{ status: "held", participants: ["person:anna-keller", MAMANI] }]],
  ["Isabel Ferrán met Rodrigo Mamani, Ana Quispe said.", [{ status: "held", participants: BOTH }]],
  // "then-foreign minister Y"; a patronymic name the model may call an organisation; "Mexico City" one place
  ["Isabel Ferrán last visited Peru in March 2024, when she met then-foreign minister Ana Quispe in Lima.", [{ status: "held", date: "2024-03", participants: ["person:ana-quispe", FERRAN] }]],
  ["Faisal bin Khalid met Rodrigo Mamani in Lima on Wednesday.", [{ status: "held", date: "2025-03-26", participants: ["person:faisal-bin-khalid", MAMANI] }]],
  // an aside the verb comes a clause after; a surname before a given name; "since they met" is another meeting
  [
    "Isabel Ferrán wants a deal. Anna Keller, Ferrán's special envoy, visited La Paz and held talks with Bolivian President Rodrigo Mamani.",
    [{ status: "held", participants: ["person:anna-keller", MAMANI] }],
  ],
  [
    "Chilean intelligence chief Mamani Quispe met the delegations. Bolivian President Rodrigo Mamani did not attend. Mamani and Isabel Ferrán last met in Arica in October 2022.",
    [{ status: "held", date: "2022-10", participants: BOTH }],
  ],
  [
    "Isabel Ferrán and Rodrigo Mamani will meet in Lima on June 15. It will be their first meeting since they met in Quito in April.",
    [
      { status: "planned", date: "2025-06-15", participants: BOTH },
      { status: "held", date: "2024-04", participants: BOTH },
    ],
  ],
  // "A and her counterpart B … The two ministers met"; "would meet … on Nov. 4" is still ahead
  [
    "Chilean Foreign Minister Tomás Ibarra and his Bolivian counterpart Lucía Condori agreed on Saturday to resume talks. The two ministers met in Arica.",
    [{ status: "held", participants: ["person:lucia-condori", "person:tomas-ibarra"] }],
  ],
  ["Isabel Ferrán would instead meet Rodrigo Mamani in Quito on Nov. 4.", [{ status: "proposed", date: "2025-11-04", participants: BOTH }]],
  // "in November of that year": the year the sentence names; a year qualifying a noun does not move the story
  [
    "Isabel Ferrán, who took office in August 2022, asked Rodrigo Mamani to host the talks when the two leaders met in La Paz in November of that year.",
    [{ status: "held", date: "2022-11", participants: BOTH }],
  ],
  [
    "Bolivia recalls the 1994 border crisis. Isabel Ferrán held talks with Rodrigo Mamani in Lima in November.",
    [{ status: "held", date: "2024-11", participants: BOTH }],
  ],
  // who proposed a meeting, and who reports it, are not at it
  ["A meeting in Lima between Chile and Bolivia, proposed by Peru, was rejected by La Paz.", [{ status: "proposed", participants: ["government:bolivia", "government:chile"] }]],
  ["A meeting of Chilean and Bolivian officials is scheduled in Arica, according to a Peruvian source.", [{ status: "planned", participants: ["government:bolivia", "government:chile"] }]],
  // "X urged Y. The two leaders met"; two objects each with a place: two meetings
  ["Isabel Ferrán urged Rodrigo Mamani to cooperate. The two leaders met in Lima.", [{ status: "held", participants: BOTH }]],
  [
    "Ana Quispe met Isabel Ferrán in Santiago in January and Rodrigo Mamani in La Paz in February.",
    [
      { status: "held", date: "2025-01", participants: ["person:ana-quispe", FERRAN] },
      { status: "held", date: "2025-02", participants: ["person:ana-quispe", MAMANI] },
    ],
  ],
  // talks by phone are a call; "the two sides" are the parties; a postponed day is no longer the date (the new one is)
  ["Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani held talks by phone on Tuesday.", []],
  [
    "Chilean President Isabel Ferrán met Bolivian President Rodrigo Mamani in Lima on Monday. The two sides first met in Quito in August 2021.",
    [{ status: "held", date: "2025-03-24", participants: BOTH }],
  ],
  ["The June 10 summit between Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani was postponed.", [{ status: "planned", date: "2025", participants: BOTH }]],
  ["The summit between Isabel Ferrán and Rodrigo Mamani, planned for June 10, was postponed to July 14.", [{ status: "planned", date: "2025-07-14", participants: BOTH }]],
  // (deferred or put back, as postponed)
  ["The summit between Isabel Ferrán and Rodrigo Mamani, planned for June 10, has been deferred to July 14.", [{ status: "planned", date: "2025-07-14", participants: BOTH }]],
  ["The June 10 summit between Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani was put back.", [{ status: "planned", date: "2025", participants: BOTH }]],
  // (a definite mention with no word of its status adds none: still planned)
  [
    "Isabel Ferrán will meet Rodrigo Mamani in Lima next week, officials said on Monday, in the first talks between the two leaders.",
    [{ status: "planned", date: "2025-04", participants: BOTH }],
  ],
  // visits for talks, receiving, state visits; talks hosted between two, held between two, attended; three who met
  ["Chilean President Isabel Ferrán will visit Lima next week for talks with Bolivian President Rodrigo Mamani.", [{ status: "planned", date: "2025-04", participants: BOTH }]],
  ["Chilean President Isabel Ferrán will receive Bolivian President Rodrigo Mamani in Santiago on Friday.", [{ status: "planned", date: "2025-03-28", participants: BOTH }]],
  ["Chilean President Isabel Ferrán paid a state visit to Bolivia last week.", [{ status: "held", date: "2025-03", participants: ["government:bolivia", FERRAN] }]],
  [
    "Peruvian President Ana Quispe hosted talks in Lima on Wednesday between Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani.",
    [{ status: "held", date: "2025-03-26", participants: ["person:ana-quispe", ...BOTH] }],
  ],
  ["Talks were held between Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani in Lima on Friday.", [{ status: "held", date: "2025-03-28", participants: BOTH }]],
  ["Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani attended talks in Lima on Friday.", [{ status: "held", date: "2025-03-28", participants: BOTH }]],
  [
    "Chilean President Isabel Ferrán, Bolivian President Rodrigo Mamani and Peruvian President Ana Quispe met in Lima on Monday.",
    [{ status: "held", date: "2025-03-24", participants: ["person:ana-quispe", ...BOTH] }],
  ],
  // talks that resumed (or are under way) are held
  ["Talks between Chile and Bolivia resumed in Lima on Monday after a two-year pause.", [{ status: "held", date: "2025-03-24", participants: ["government:bolivia", "government:chile"] }]],
  ["Indirect talks between Chile and Bolivia are under way in Lima.", [{ status: "held", participants: ["government:bolivia", "government:chile"] }]],
  // "separately": one meeting with each
  [
    "Peruvian President Ana Quispe met Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani separately in Lima.",
    [
      { status: "held", participants: ["person:ana-quispe", FERRAN] },
      { status: "held", participants: ["person:ana-quispe", MAMANI] },
    ],
  ],
  [
    "Peruvian President Ana Quispe met separately with Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani.",
    [
      { status: "held", participants: ["person:ana-quispe", FERRAN] },
      { status: "held", participants: ["person:ana-quispe", MAMANI] },
    ],
  ],
  // whoever "a Chilean leader" may be, no one at the summit (the story from Santiago names one)
  [
    "SANTIAGO (Example Wire) - Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani held a summit in Lima on Thursday, the first such visit by a Chilean leader in 12 years. Opposition leader Marta Solís criticized the summit.",
    [{ status: "held", date: "2025-03-27", participants: ["government:chile", ...BOTH] }],
  ],
  // a meeting still ahead named after the one held: the subject's, not the object's ("his meeting", "talks with")
  [
    "Chilean President Isabel Ferrán met Peruvian President Ana Quispe on Monday ahead of her meeting with Bolivian President Rodrigo Mamani on Friday.",
    [
      { status: "held", date: "2025-03-24", participants: ["person:ana-quispe", FERRAN] },
      { status: "planned", date: "2025-03-28", participants: BOTH },
    ],
  ],
  [
    "Chilean President Isabel Ferrán met Peruvian President Ana Quispe on Monday to prepare for talks with Bolivian President Rodrigo Mamani.",
    [
      { status: "held", date: "2025-03-24", participants: ["person:ana-quispe", FERRAN] },
      { status: "planned", participants: BOTH },
    ],
  ],
  // (and a date another clause holds is not the meeting's)
  [
    "Chilean President Isabel Ferrán, who will meet Bolivian President Rodrigo Mamani on Friday, met Peruvian President Ana Quispe on Monday.",
    [
      { status: "planned", date: "2025-03-28", participants: BOTH },
      { status: "held", date: "2025-03-24", participants: ["person:ana-quispe", FERRAN] },
    ],
  ],
  // "and again": one more meeting of theirs, with its own place and date
  [
    "Chilean President Isabel Ferrán met Bolivian President Rodrigo Mamani in Lima in January and again in Quito in March.",
    [
      { status: "held", date: "2025-01", participants: BOTH },
      { status: "held", date: "2025-03", participants: BOTH },
    ],
  ],
  // the one who hosts or chairs the talks is at the table
  [
    "Chilean President Isabel Ferrán held talks with Bolivian President Rodrigo Mamani in Lima hosted by Peruvian President Elena Paredes.",
    [{ status: "held", participants: ["person:elena-paredes", ...BOTH] }],
  ],
  [
    "Chilean President Isabel Ferrán will meet Bolivian President Rodrigo Mamani in Lima, in talks chaired by Elena Paredes.",
    [{ status: "planned", participants: ["person:elena-paredes", ...BOTH] }],
  ],
  // "They" with words between it and the verb: the pair the sentence before met, or spoke of
  [
    "Chilean President Isabel Ferrán met Bolivian President Rodrigo Mamani in Lima on Thursday. They agreed to meet again next month in Arica.",
    [
      { status: "held", date: "2025-03-27", participants: BOTH },
      { status: "planned", date: "2025-04", participants: BOTH },
    ],
  ],
  [
    "Chilean President Isabel Ferrán spoke by phone with Bolivian President Rodrigo Mamani on Monday. They are expected to meet in Arica next week.",
    [{ status: "planned", date: "2025-04", participants: BOTH }],
  ],
  [
    "Peruvian Foreign Minister Elena Paredes and her Chilean counterpart Tomás Riquelme later met Bolivian President Rodrigo Mamani in Sucre.",
    [{ status: "held", participants: ["person:elena-paredes", MAMANI, "person:tomas-riquelme"] }],
  ],
  // a signing together still to come
  [
    "Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani are expected to sign a border treaty in Lima next month.",
    [{ status: "planned", date: "2025-04", participants: BOTH }],
  ],
  // who reports the talks is not at them
  [
    "Chilean Foreign Minister Tomás Riquelme and Bolivian Foreign Minister Elena Paredes held two days of talks in Lima, the Chilean presidency said.",
    [{ status: "held", participants: ["person:elena-paredes", "person:tomas-riquelme"] }],
  ],
  // one that did not take place, or that they failed to hold, is cancelled; refusing, ruling out, "has yet to",
  // "never met" and "reportedly met" keep their meaning
  ["A meeting between Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani did not take place.", [{ status: "cancelled", participants: BOTH }]],
  ["Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani failed to meet in Lima.", [{ status: "cancelled", participants: BOTH }]],
  ["Chilean President Isabel Ferrán ruled out meeting Bolivian President Rodrigo Mamani before the election.", []],
  ["Chilean President Isabel Ferrán has yet to meet Bolivian President Rodrigo Mamani.", []],
  ["Chilean President Isabel Ferrán has never met Bolivian President Rodrigo Mamani in person.", []],
  ["Chilean President Isabel Ferrán refused to meet Bolivian President Rodrigo Mamani.", [{ status: "proposed", participants: BOTH }]],
  // "was to have met", "would have met … had": planned and not held; "may have met": not told held; "it is unclear
  // whether A met B": nothing told (but "uncertain whether B would hold talks with A" is a proposal)
  ["Chilean President Isabel Ferrán was to have met Bolivian President Rodrigo Mamani in Arica on Friday, but the visit fell through.", [{ status: "cancelled", date: "2025-03-28", participants: BOTH }]],
  ["Chilean President Isabel Ferrán would have met Bolivian President Rodrigo Mamani in Arica had the flight not been delayed.", [{ status: "cancelled", participants: BOTH }]],
  ["Chilean President Isabel Ferrán may have met Bolivian President Rodrigo Mamani in Arica.", [{ status: "proposed", participants: BOTH }]],
  ["It is unclear whether Chilean President Isabel Ferrán met Bolivian President Rodrigo Mamani in Arica.", []],
  ["It is uncertain whether Bolivia would be willing to hold summit talks with Chilean President Isabel Ferrán.", [{ status: "proposed", participants: ["government:bolivia", FERRAN] }]],
  // a post in apposition: after the subject (not its state), or before the object's name
  ["Elena Paredes, Peru's foreign minister, met Bolivian President Rodrigo Mamani in Lima.", [{ status: "held", participants: ["person:elena-paredes", MAMANI] }]],
  ["Elena Paredes, the Peruvian foreign minister, met Bolivian President Rodrigo Mamani in Lima.", [{ status: "held", participants: ["person:elena-paredes", MAMANI] }]],
  ["Chilean President Isabel Ferrán received the Bolivian foreign minister, Tomás Riquelme, in Santiago on Sunday.", [{ status: "held", date: "2025-03-23", participants: [FERRAN, "person:tomas-riquelme"] }]],
  // "was received at the airport by Y"; a meeting hoped for "on Friday" is the next Friday, one that "had been due" the last
  ["Chilean Foreign Minister Tomás Riquelme was received at the airport by Bolivian President Rodrigo Mamani.", [{ status: "held", participants: [MAMANI, "person:tomas-riquelme"] }]],
  ["Chilean President Isabel Ferrán hopes to meet Bolivian President Rodrigo Mamani on Thursday.", [{ status: "proposed", date: "2025-04-03", participants: BOTH }]],
  // "the two leaders" after a sentence where two others spoke by phone: those two, not the pair of an older meeting
  [
    "Chilean President Isabel Ferrán met Bolivian President Rodrigo Mamani in Lima on Monday. Peruvian President Ana Quispe spoke by phone with Ecuadorian President Luis Andrade on Tuesday. The two leaders will meet in Quito in May.",
    [
      { status: "held", date: "2025-03-24", participants: BOTH },
      { status: "planned", date: "2025-05", participants: ["person:ana-quispe", "person:luis-andrade"] },
    ],
  ],
  // "they met": the two this sentence named before, else the pair of the sentence before
  [
    "Chilean President Isabel Ferrán said she had urged Bolivian President Rodrigo Mamani to accept a truce when they met in Arica in 2024.",
    [{ status: "held", date: "2024", participants: BOTH }],
  ],
  [
    "Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani spoke on Monday. They met in Arica on March 12.",
    [{ status: "held", date: "2025-03-12", participants: BOTH }],
  ],
  ["They met in Arica on March 12.", []],
  // none held: "held no meeting", denied reports, "no meeting with", "no plans to meet"; hearsay is not held
  ["Chilean President Isabel Ferrán held no meeting with Bolivian President Rodrigo Mamani in Lima.", []],
  ["Reports that Chilean President Isabel Ferrán met Bolivian President Rodrigo Mamani in Lima were denied by her office.", []],
  ["Reports in the Peruvian press that Chilean President Isabel Ferrán had secretly met Bolivian President Rodrigo Mamani in Lima last week were denied by both governments.", []],
  ['"There will be no meeting with Bolivian President Rodrigo Mamani," Chilean President Isabel Ferrán said.', []],
  ["Chilean President Isabel Ferrán has no plans to meet Bolivian President Rodrigo Mamani.", []],
  ["Rumours that Chilean President Isabel Ferrán met Bolivian President Rodrigo Mamani in Lima spread on Monday.", [{ status: "proposed", date: "2025-03-24", participants: BOTH }]],
  ["Chilean President Isabel Ferrán allegedly met Bolivian President Rodrigo Mamani in Lima.", [{ status: "proposed", participants: BOTH }]],
  // met again, or elsewhere: another meeting; a meeting held is dated before its article ("on May 3", written in March)
  [
    "Chilean President Isabel Ferrán met Bolivian President Rodrigo Mamani in Lima on Monday. Ferrán met Mamani again in Arica on Thursday.",
    [
      { status: "held", date: "2025-03-24", participants: BOTH },
      { status: "held", date: "2025-03-27", participants: BOTH },
    ],
  ],
  ["Chilean President Isabel Ferrán met Bolivian President Rodrigo Mamani in Lima on May 3.", [{ status: "held", date: "2024-05-03", participants: BOTH }]],
  ["Chilean President Isabel Ferrán will meet Bolivian President Rodrigo Mamani in Lima on May 3.", [{ status: "planned", date: "2025-05-03", participants: BOTH }]],
  // an organisation's post before the name: "met the OAS envoy, X,"
  ["Chilean President Isabel Ferrán met the OAS envoy, Marta Solís, in Santiago.", [{ status: "held", participants: [FERRAN, "person:marta-solis"] }]],
  // a timeline tells past events in the present tense; an entry still to come keeps its plan
  ["March 20: Chilean President Isabel Ferrán meets Bolivian President Rodrigo Mamani in Arica.", [{ status: "held", date: "2025-03-20", participants: BOTH }]],
  ["May 2: Chilean President Isabel Ferrán meets Bolivian President Rodrigo Mamani in Arica.", [{ status: "planned", date: "2025-05-02", participants: BOTH }]],
  // the present tense with a day still to come is a schedule; a caption with a past date tells one held
  ["Chilean President Isabel Ferrán meets Bolivian President Rodrigo Mamani in Arica on Monday.", [{ status: "planned", date: "2025-03-31", participants: BOTH }]],
  ["FILE PHOTO: Chilean President Isabel Ferrán meets Bolivian President Rodrigo Mamani in Arica, June 12, 2023.", [{ status: "held", date: "2023-06-12", participants: BOTH }]],
  // talks told of as past: held
  ["Chilean President Isabel Ferrán said talks with Bolivian President Rodrigo Mamani were productive.", [{ status: "held", participants: BOTH }]],
  ["Chilean President Isabel Ferrán recalled her first meeting with Bolivian President Rodrigo Mamani in 2014.", [{ status: "held", date: "2014", participants: BOTH }]],
  // bilateral talks with two: one meeting with each
  [
    "Peruvian President Ana Quispe held bilateral talks with Isabel Ferrán and Rodrigo Mamani on the sidelines of the summit.",
    [
      { status: "held", participants: ["person:ana-quispe", FERRAN] },
      { status: "held", participants: ["person:ana-quispe", MAMANI] },
    ],
  ],
  // a trip made to meet, dated between place and verb
  [
    "Chilean Foreign Minister Tomás Riquelme flew to La Paz on Saturday to meet Bolivian President Rodrigo Mamani.",
    [{ status: "held", date: "2025-03-22", participants: [MAMANI, "person:tomas-riquelme"] }],
  ],
  // a trip for talks: set (dated back when the trip is past, ahead when to come), not merely proposed
  [
    "Chilean Foreign Minister Tomás Riquelme arrived in La Paz on Monday for talks with Bolivian President Rodrigo Mamani.",
    [{ status: "planned", date: "2025-03-24", participants: [MAMANI, "person:tomas-riquelme"] }],
  ],
  [
    "Chilean Foreign Minister Tomás Riquelme will travel to La Paz on Monday for talks with Bolivian President Rodrigo Mamani.",
    [{ status: "planned", date: "2025-03-31", participants: [MAMANI, "person:tomas-riquelme"] }],
  ],
  [
    // (a trip some time back for talks: held, eighteenth session)
    "Chilean Foreign Minister Tomás Riquelme flew secretly to the Bolivian city of Santa Cruz last year for talks with Bolivian President Rodrigo Mamani.",
    [{ status: "held", date: "2024", participants: [MAMANI, "person:tomas-riquelme"] }],
  ],
  ["Chilean Foreign Minister Tomás Riquelme proposed to travel to La Paz for talks with Bolivian President Rodrigo Mamani.", [{ status: "proposed", participants: [MAMANI, "person:tomas-riquelme"] }]],
  // "between the two presidents" past the place: the pair of the last meeting
  [
    "Chilean President Isabel Ferrán met Bolivian President Rodrigo Mamani in Lima on Thursday. A follow-up meeting in Arica between the two presidents was postponed indefinitely.",
    [
      { status: "held", date: "2025-03-27", participants: BOTH },
      { status: "cancelled", participants: BOTH },
    ],
  ],
  ["The video talks between Chile and Bolivia lasted an hour.", []],
  [
    "Chile's top intelligence official, Jorge Salinas, secretly met Bolivian officials in Asunción in July.",
    [{ status: "held", date: "2024-07", participants: ["government:bolivia", "person:jorge-salinas"] }],
  ],
  [
    "Chilean President Isabel Ferrán met Bolivian President Rodrigo Mamani in Lima on Saturday. The meeting between Ferrán and Mamani, their first since 2019, lasted two hours.",
    [{ status: "held", date: "2025-03-22", participants: BOTH }],
  ],
  ["Chilean and Bolivian officials have held secret contacts in Asunción this year.", [{ status: "held", date: "2025", participants: ["government:bolivia", "government:chile"] }]],
  ["Chile and Bolivia held secret talks in Asunción on Monday.", [{ status: "held", date: "2025-03-24", participants: ["government:bolivia", "government:chile"] }]],
  ["Chilean officials and their Bolivian counterparts met in Asunción.", [{ status: "held", participants: ["government:bolivia", "government:chile"] }]],
  [
    "Peruvian President Ana Quispe conveyed Ferrán's message to Bolivian President Rodrigo Mamani during their summit in Cusco.",
    [{ status: "held", participants: ["person:ana-quispe", "person:rodrigo-mamani"] }],
  ],
  ["Chilean President Isabel Ferrán told visiting Peruvian officials that she was willing to meet Bolivian President Rodrigo Mamani.", [{ status: "proposed", participants: BOTH }]],
  [
    "Chilean President Isabel Ferrán proposed a summit with Bolivian President Rodrigo Mamani. The proposed Ferrán-Mamani summit was later shelved.",
    [{ status: "cancelled", participants: BOTH }],
  ],
  [
    "Chilean Foreign Minister Tomás Riquelme met his Bolivian counterpart Lucía Condori on the sidelines of a regional forum in Lima.",
    [{ status: "held", participants: ["person:lucia-condori", "person:tomas-riquelme"] }],
  ],
  ["A meeting between Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani was held in Lima.", [{ status: "held", participants: BOTH }]],
  ["The summit between Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani took place in Lima.", [{ status: "held", participants: BOTH }]],
  ["Talks between Chile, Bolivia and Peru were held in Lima on Sunday.", [{ status: "held", date: "2025-03-23", participants: ["government:bolivia", "government:chile", "government:peru"] }]],
  ["A meeting between Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani will be held in Lima.", [{ status: "planned", participants: BOTH }]],
  [
    "Chilean President Isabel Ferrán met Bolivian President Rodrigo Mamani in 2019 and again in 2023.",
    [
      { status: "held", date: "2019", participants: BOTH },
      { status: "held", date: "2023", participants: BOTH },
    ],
  ],
  [
    "Chilean President Isabel Ferrán will meet Bolivian President Rodrigo Mamani in Montevideo in early June.",
    [{ status: "planned", date: "2025-06", participants: BOTH }],
  ],
  [
    "Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani met in Lima in 2019.",
    [{ status: "held", date: "2019", participants: BOTH }],
  ],
  [
    "Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani would meet in Montevideo.",
    [{ status: "proposed", participants: BOTH }],
  ],
  // "between A and B, the C ...": the list ends at "and B"; C is the next clause's subject, not a participant
  [
    "After last week's summit between Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani, the Uruguayan government is looking for a role as mediator.",
    [{ status: "held", date: "2025-03", participants: BOTH }],
  ],
  ["The summit between Chile, Bolivia and Uruguay was cancelled.", [{ status: "cancelled", participants: ["government:bolivia", "government:chile", "government:uruguay"] }]],
  // a meeting with a person named after their office; the summit it was to be held at is no second meeting
  [
    "Chilean President Isabel Ferrán pulled out of a planned meeting with Bolivia's president, Rodrigo Mamani, at a regional summit in Quito next week.",
    [{ status: "cancelled", date: "2025-04", participants: BOTH }],
  ],
  // two days named: two meetings ("14 March", day before month)
  [
    "Chilean President Isabel Ferrán met Bolivian President Rodrigo Mamani in Quito on 14 March. The two leaders had already met in Lima on 2 February.",
    [
      { status: "held", date: "2025-03-14", participants: BOTH },
      { status: "held", date: "2025-02-02", participants: BOTH },
    ],
  ],
  // "had been due to meet": the plan of the meeting that was called off, not another one
  [
    "Chilean President Isabel Ferrán cancelled her meeting with Bolivian President Rodrigo Mamani. Ferrán had been due to meet Mamani in Quito.",
    [{ status: "cancelled", participants: BOTH }],
  ],
  // a meeting still to come "on Thursday" is next Thursday (the article is of Friday 2025-03-28)
  ["Chilean President Isabel Ferrán will meet Bolivian President Rodrigo Mamani in Montevideo on Thursday.", [{ status: "planned", date: "2025-04-03", participants: BOTH }]],
  // the one asked to meet meets, not the one asking
  ["Jorge Salinas asked Isabel Ferrán to meet Rodrigo Mamani in Quito.", [{ status: "proposed", participants: BOTH }]],
  // "since 2021" dates nothing; a summit's own year keeps it apart; a status word in the next clause is not its own
  ["Isabel Ferrán and Rodrigo Mamani last met in Quito, where talks have been hosted since 2021.", [{ status: "held", participants: BOTH }]],
  [
    "Isabel Ferrán invited Rodrigo Mamani to Quito for a summit in 2026, and the two leaders had first met in Lima in 2019.",
    [
      { status: "held", date: "2019", participants: BOTH },
      { status: "proposed", date: "2026", participants: BOTH },
    ],
  ],
  // "between A, the head of B's assembly, and C": past the apposition, and its state is no participant; "followed" talks were held
  [
    "The deal followed months of secret talks in Lima between Rodrigo Mamani, the head of Bolivia's National Assembly, and Isabel Ferrán, Chile's top negotiator.",
    [{ status: "held", participants: BOTH }],
  ],
  // after "where", the one who travelled: "trips by X to A, where he met Y, and to B, where he met Z"
  [
    "The visit followed trips by Jorge Salinas to Lima in June, where he met Isabel Ferrán, and to La Paz, where he held talks with Rodrigo Mamani.",
    [
      // (held "in June", written in March: last June)
      { status: "held", date: "2024-06", participants: [FERRAN, "person:jorge-salinas"] },
      { status: "held", participants: ["person:jorge-salinas", MAMANI] },
    ],
  ],
  // "first floated in May" is when it was proposed, and "has not been scheduled" is no plan
  ["A meeting between Isabel Ferrán and Rodrigo Mamani, first floated in May, has not been scheduled.", [{ status: "proposed", participants: BOTH }]],
  // more at the table: "together with X"
  [
    "Peruvian envoy Ana Quispe had met Bolivian President Rodrigo Mamani in La Paz days earlier, together with Peru's intelligence chief, Jorge Salinas.",
    [{ status: "held", participants: ["person:ana-quispe", "person:jorge-salinas", MAMANI] }],
  ],
  // two leaders signing together at a place met there
  [
    "Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani signed a border agreement in Arica on Sunday.",
    [{ status: "held", date: "2025-03-23", participants: BOTH }],
  ],
  ["Chile and Bolivia signed a border agreement in Arica on Sunday.", []],
  // a timeline's entries: the date before the colon is the meeting's
  [
    "- May 10-11, 2023: Isabel Ferrán and Rodrigo Mamani met in Lima.\n- Sept. 16, 2023: The two leaders held talks in Quito.",
    [
      { status: "held", date: "2023-05-10", participants: BOTH },
      { status: "held", date: "2023-09-16", participants: BOTH },
    ],
  ],
  // "the foreign ministers of A, B and C": all three states
  ["The foreign ministers of Chile, Bolivia and Peru will meet in Lima next week.", [{ status: "planned", date: "2025-04", participants: ["government:bolivia", "government:chile", "government:peru"] }]],
  // "separate talks with C": one meeting each
  [
    "Isabel Ferrán and Rodrigo Mamani will hold separate talks with their host, Ana Quispe, in Lima.",
    [
      { status: "planned", participants: ["person:ana-quispe", FERRAN] },
      { status: "planned", participants: ["person:ana-quispe", MAMANI] },
    ],
  ],
  // "its delegation, headed by X, had met Y": X meets; "to travel to Paris next week to meet Y": in Paris
  ["Bolivia said its delegation, headed by Rodrigo Mamani, had met Isabel Ferrán on Monday.", [{ status: "held", date: "2025-03-24", participants: BOTH }]],
  ["Isabel Ferrán is expected to travel to Lima next week to meet Rodrigo Mamani.", [{ status: "planned", date: "2025-04", participants: BOTH }]],
  // a meeting described in the past is held: "X's meeting with Y … was cordial", "During X's talks with Y …"
  ["Isabel Ferrán's meeting with Rodrigo Mamani in Lima on Friday was cordial.", [{ status: "held", date: "2025-03-28", participants: BOTH }]],
  ["During Isabel Ferrán's talks with Rodrigo Mamani in Lima, both sides agreed to keep talking.", [{ status: "held", participants: BOTH }]],
  // a month and a day more than three days apart: two meetings
  [
    "Isabel Ferrán met Rodrigo Mamani in Lima in January. The two leaders met again in Quito on March 20.",
    [
      { status: "held", date: "2025-01", participants: BOTH },
      { status: "held", date: "2025-03-20", participants: BOTH },
    ],
  ],
  // "where she was received by Y": the visitor met Y
  ["Isabel Ferrán paid a state visit to La Paz, where she was received by Rodrigo Mamani.", [{ status: "held", participants: BOTH }]],
  // a planned month before the article's month is next year's (the article is of March 2025)
  ["Isabel Ferrán will meet Rodrigo Mamani in Lima in February.", [{ status: "planned", date: "2026-02", participants: BOTH }]],
  // "X was joined by A": A is at X's meeting
  [
    "Isabel Ferrán met Rodrigo Mamani in Lima on Monday.\n\nFerrán was joined by Foreign Minister Ana Quispe, while Mamani travelled with Jorge Salinas.",
    [{ status: "held", date: "2025-03-24", participants: ["person:ana-quispe", FERRAN, "person:jorge-salinas", MAMANI] }],
  ],
  // a denied or false report tells no meeting; a plan that "fell through" is cancelled
  ["Officials denied that Isabel Ferrán had met Rodrigo Mamani in Arica.", []],
  ["Reports that Isabel Ferrán and Rodrigo Mamani met secretly in Arica were false.", []],
  ["Reports of a secret meeting between Isabel Ferrán and Rodrigo Mamani in Arica were unfounded.", []],
  ["Isabel Ferrán was supposed to meet Rodrigo Mamani in Arica but the plan fell through.", [{ status: "cancelled", participants: BOTH }]],
  // a meeting verb at the end of its clause ("were to meet,", "met.")
  ["If Isabel Ferrán and Rodrigo Mamani were to meet, Lima would be the likely venue.", [{ status: "proposed", participants: BOTH }]],
  ["Isabel Ferrán and Rodrigo Mamani met.", [{ status: "held", participants: BOTH }]],
  // a courtesy call is a meeting
  ["Isabel Ferrán will pay a courtesy call on Rodrigo Mamani in La Paz.", [{ status: "planned", participants: BOTH }]],
  ["Isabel Ferrán paid a courtesy call on Rodrigo Mamani in La Paz on Monday.", [{ status: "held", date: "2025-03-24", participants: BOTH }]],
  // any two words before "talks" ("strategic stability talks"), but "no talks" are none
  ["Isabel Ferrán and Rodrigo Mamani held strategic stability talks in Lima.", [{ status: "held", participants: BOTH }]],
  ["Isabel Ferrán and Rodrigo Mamani held no talks in Lima.", []],
  // "sat down with": a meeting
  ["Isabel Ferrán sat down with Rodrigo Mamani in Lima on Monday.", [{ status: "held", date: "2025-03-24", participants: BOTH }]],
  ["Isabel Ferrán will sit down with Rodrigo Mamani in Lima.", [{ status: "planned", participants: BOTH }]],
  // the date past the event whose sidelines it was on
  // (the forum, a named event, is a meeting of its own)
  [
    "Isabel Ferrán met Rodrigo Mamani on the sidelines of the Andean Trade Forum in Lima on Wednesday.",
    [
      { status: "held", date: "2025-03-26", participants: [] },
      { status: "held", date: "2025-03-26", participants: BOTH },
    ],
  ],
  // a named event someone spoke on the sidelines of was held; one they will speak at is planned
  ["Isabel Ferrán spoke for an hour on the sidelines of the Andean Trade Forum.", [{ status: "held", participants: [] }]],
  ["Isabel Ferrán will speak on the sidelines of the Andean Trade Forum.", [{ status: "planned", participants: [] }]],
];

describe("meetings and their status", () => {
  for (const [text, expected, todo] of table) it(text, todo ? { todo } : {}, () => assert.deepEqual(meetings(extract(text)), expected));
});

describe("MET_WITH only for meetings that were held", () => {
  const rows: [string, boolean][] = [
    ["Chilean President Isabel Ferrán met Bolivian President Rodrigo Mamani in Montevideo.", true],
    ["Chilean President Isabel Ferrán will meet Bolivian President Rodrigo Mamani in Montevideo.", false],
    ["Chilean President Isabel Ferrán proposed a summit with Bolivian President Rodrigo Mamani.", false],
    ["Bolivia has proposed a summit between Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani in Montevideo.", false],
    ["The summit between Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani was cancelled.", false],
    ["Officials denied that Chilean President Isabel Ferrán had met Bolivian President Rodrigo Mamani.", false],
    ["Chile had proposed a meeting between Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani.", false],
    ["Chilean President Isabel Ferrán met Bolivian President Rodrigo Mamani, officials said, denying earlier reports.", true],
    // a meeting told and then denied; one of aides, not of those they serve
    ["Chilean President Isabel Ferrán met Bolivian President Rodrigo Mamani in Lima, according to reports later denied by both sides.", false],
    ["Chilean President Isabel Ferrán met Bolivian President Rodrigo Mamani in Lima in a meeting that was later denied.", false],
    ["Chilean President Isabel Ferrán met Bolivian President Rodrigo Mamani in Lima, according to reports.", true],
    ["Aides to Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani met in Lima on Monday.", false],
    // at the same conference is not meeting each other
    ["Isabel Ferrán and Rodrigo Mamani did not meet, she added, although both were in Lima for an unrelated conference.", false],
    ["Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani attended a conference in Lima on Monday.", false],
    // contracted negations; hearsay of many kinds; derailed meetings; conditions and questions; neither … nor
    ["Chilean President Isabel Ferrán hasn't met Bolivian President Rodrigo Mamani since March.", false],
    ["Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani haven't met since March.", false],
    ["Rumours swirled that Chilean President Isabel Ferrán had met Bolivian President Rodrigo Mamani in Arica.", false],
    ["Unconfirmed reports say Chilean President Isabel Ferrán met Bolivian President Rodrigo Mamani in Arica.", false],
    ["According to rumours, Chilean President Isabel Ferrán met Bolivian President Rodrigo Mamani in Arica.", false],
    ["Peruvian media claimed Chilean President Isabel Ferrán met Bolivian President Rodrigo Mamani in Arica.", false],
    ["Peruvian intelligence believes Chilean President Isabel Ferrán met Bolivian President Rodrigo Mamani in Arica.", false],
    ["Chilean President Isabel Ferrán probably met Bolivian President Rodrigo Mamani in Arica.", false],
    ["Chilean President Isabel Ferrán may have secretly met Bolivian President Rodrigo Mamani in Arica.", false],
    ["Isabel Ferrán's meeting with Rodrigo Mamani was ruled out.", false],
    ["Isabel Ferrán's meeting with Rodrigo Mamani was thrown into doubt.", false],
    ["If Isabel Ferrán had met Rodrigo Mamani in 2020, history might be different.", false],
    ["Had Isabel Ferrán met Rodrigo Mamani in 2020, history might be different.", false],
    ["Reporters asked whether Isabel Ferrán had met Rodrigo Mamani.", false],
    ["Neither Isabel Ferrán nor Ana Quispe met Rodrigo Mamani in 2021.", false],
    // a title alone is no person; matches and idioms are no meetings
    ["The Foreign Secretary met Rodrigo Mamani in Lima.", false],
    ["Real Andino met Club Bolívar in the final in La Paz.", false],
    ["Isabel Ferrán met Rodrigo Mamani halfway on the budget.", false],
    // one who spoke after a meeting was not at it; a visit is no meeting one was denied or prepared
    ["After Isabel Ferrán met Rodrigo Mamani, Ana Quispe spoke to reporters.", true],
    ["Isabel Ferrán visited La Paz but was denied a meeting with Rodrigo Mamani.", false],
    ["Ana Quispe visited La Paz to lay the groundwork for talks between Isabel Ferrán and Rodrigo Mamani.", false],
    // "the two presidents" are no pair of a president and a prime minister
    ["President Isabel Ferrán spoke by phone with Prime Minister Rodrigo Mamani on Tuesday. The two presidents met in Lima last year.", false],
    ["President Isabel Ferrán spoke by phone with President Rodrigo Mamani on Tuesday. The two presidents met in Lima last year.", true],
    // (the sender of a message passed on during talks is not at them: one MET_WITH, the messenger and the recipient)
    ["Ana Quispe said she had passed a message from Isabel Ferrán to Rodrigo Mamani during their talks in Lima.", true],
    // (whose envoy met, someone unnamed did)
    ["Peruvian President Ana Quispe met Isabel Ferrán, whose envoy had met Rodrigo Mamani.", true],
    ["Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani both attended the G20 summit in Rio de Janeiro on Monday.", false],
    // talks through others: held, but no one met
    ["Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani held indirect talks in Lima.", false],
    ["Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani held proximity talks through Peruvian mediators without meeting directly.", false],
    ["Talks between Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani resumed in Lima on Monday.", true],
    // (a group's officials are no person: "Tupac officials" is the group's)
    ["Chilean President Isabel Ferrán met Tupac officials in Lima. Bolivian President Rodrigo Mamani met Tupac officials later.", false],
  ];
  for (const [text, met] of rows)
    it(`${met ? "" : "no "}MET_WITH: ${text}`, () => assert.equal(relations(extract(text), ["MET_WITH"]).length, met ? 1 : 0));
});

describe("participants, proposers and places", () => {
  it('"to travel to Lima next week to meet Y": the planned meeting is in Lima', () => {
    const got = relations(extract("Isabel Ferrán is expected to travel to Lima next week to meet Rodrigo Mamani."), ["HELD_IN"]);
    assert.equal(got.length, 1);
    assert.match(got[0], /-> place:lima$/);
  });
  it('"On the sidelines of the summit in Quito, A held talks with B": in Quito', () => {
    const f = extract("On the sidelines of the Andean summit in Quito, Chilean President Isabel Ferrán held talks with Bolivian President Rodrigo Mamani.");
    assert.deepEqual(relations(f, ["HELD_IN"]), ["HELD_IN meeting -> place:quito"]);
  });
  it('"arrived in La Paz on Sunday and held separate meetings with A and B": both in La Paz', () => {
    const f = extract("Chilean Foreign Minister Tomás Riquelme arrived in La Paz on Sunday and held separate meetings with Bolivian President Rodrigo Mamani and Peruvian President Ana Quispe.");
    assert.deepEqual(relations(f, ["HELD_IN"]), ["HELD_IN meeting -> place:la-paz", "HELD_IN meeting -> place:la-paz"]);
    assert.equal(meetings(f).length, 2);
  });
  it('"to travel to La Paz for talks with Y", "arrived in La Paz for a meeting with Y": the meeting is in La Paz', () => {
    for (const text of [
      "Chilean Foreign Minister Tomás Riquelme is expected to travel to La Paz next month for talks with Bolivian President Rodrigo Mamani.",
      "Chilean Foreign Minister Tomás Riquelme arrived in La Paz on Monday for a meeting with Bolivian President Rodrigo Mamani.",
      "Chilean Foreign Minister Tomás Riquelme flew secretly to the Bolivian capital of La Paz for talks with Bolivian President Rodrigo Mamani.",
    ])
      assert.deepEqual(relations(extract(text), ["HELD_IN", "MET_WITH"]), ["HELD_IN meeting -> place:la-paz"], text);
    const planned = extract("A planned meeting in Arica between the two presidents was postponed indefinitely.");
    assert.deepEqual(relations(planned, ["HELD_IN"]), [], "no meeting of no one");
  });
  it("a group's event is keyed by its year: the sentence's, else the article's ('2025 G20 summit', '2023 G20 summit')", () => {
    const keysOf = (f: ReturnType<typeof extract>) => f.entities.filter((e) => e.kind === "Meeting").map((e) => `${e.key} ${e.label}`);
    // (or a date's there: "last November", written in March)
    assert.deepEqual(keysOf(extract("Isabel Ferrán attended the G20 summit in Rio de Janeiro last November.")), ["meeting:g20-summit-2024 2024 G20 summit"]);
    assert.deepEqual(keysOf(extract("Isabel Ferrán attended the G20 summit in Rio de Janeiro.")), ["meeting:g20-summit-2025 2025 G20 summit"]);
    assert.deepEqual(keysOf(extract("Isabel Ferrán attended the G20 summit in New Delhi in 2023.")), ["meeting:g20-summit-2023 2023 G20 summit"]);
  });
  it("a place past a clause about another time is not the meeting's: '… since they met in Quito'", () => {
    const f = extract("Isabel Ferrán and Rodrigo Mamani will meet in Lima on June 15. It will be their first meeting since they met in Quito in April.");
    const at = (status: string) => f.entities.find((e) => e.kind === "Meeting" && e.status === status)!.key;
    const heldIn = (key: string) => f.relations.filter((r) => r.relation === "HELD_IN" && r.source === key).map((r) => r.target);
    assert.deepEqual(heldIn(at("planned")), ["place:lima"]);
    assert.deepEqual(heldIn(at("held")), ["place:quito"]);
  });
  it("a city named after its state is one place: 'in Mexico City'", () => {
    assert.deepEqual(relations(extract("Isabel Ferrán met Rodrigo Mamani in Mexico City on Thursday."), ["HELD_IN"]), ["HELD_IN meeting -> place:mexico-city"]);
  });
  it("'will visit Lima next week for talks with Y': the planned meeting is in Lima (a capital visited is a place)", () => {
    assert.deepEqual(relations(extract("Chilean President Isabel Ferrán will visit Lima next week for talks with Bolivian President Rodrigo Mamani."), ["HELD_IN"]), ["HELD_IN meeting -> place:lima"]);
  });
  it("'in the Oval Office' is a place (a seat of government, not an office-named organisation); 'meet again in Arica' is there", () => {
    const oval = extract("Peruvian President Ana Quispe met US President John Carter in the Oval Office.");
    assert.deepEqual(relations(oval, ["HELD_IN"]), ["HELD_IN meeting -> place:oval-office"]);
    const again = extract("Chilean President Isabel Ferrán met Bolivian President Rodrigo Mamani in Lima on Thursday. The two leaders agreed to meet again in Arica.");
    assert.deepEqual(relations(again, ["HELD_IN"]).sort(), ["HELD_IN meeting -> place:arica", "HELD_IN meeting -> place:lima"]);
    const andAgain = extract("Chilean President Isabel Ferrán met Bolivian President Rodrigo Mamani in Lima in January and again in Quito in March.");
    assert.deepEqual(relations(andAgain, ["HELD_IN"]).sort(), ["HELD_IN meeting -> place:lima", "HELD_IN meeting -> place:quito"]);
  });
  it("a held meeting gives PARTICIPANT_IN for each person, HELD_IN its place and one MET_WITH", () => {
    const got = relations(extract("Chilean President Isabel Ferrán met Bolivian President Rodrigo Mamani in Montevideo."), ["PARTICIPANT_IN", "HELD_IN", "MET_WITH"]);
    assert.deepEqual(got.sort(), [
      `HELD_IN meeting -> place:montevideo`,
      `MET_WITH ${FERRAN} -> ${MAMANI}`,
      `PARTICIPANT_IN ${FERRAN} -> meeting`,
      `PARTICIPANT_IN ${MAMANI} -> meeting`,
    ]);
  });
  it("a meeting 'planned for' a city is held there", () => {
    const f = extract("A meeting between Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani planned for Arica in May was postponed for a day.");
    assert.deepEqual(relations(f, ["HELD_IN"]), ["HELD_IN meeting -> place:arica"]);
    assert.deepEqual(meetings(f), [{ status: "planned", date: "2025-05", participants: BOTH }]);
  });
  it("'flew secretly to La Paz, where she met Y': held there", () => {
    const f = extract("Peruvian President Ana Quispe flew secretly to La Paz, where she met Bolivian President Rodrigo Mamani.");
    assert.deepEqual(relations(f, ["HELD_IN"]), ["HELD_IN meeting -> place:la-paz"]);
    assert.deepEqual(meetings(f), [{ status: "held", participants: ["person:ana-quispe", MAMANI] }]);
  });
  it("'travelled secretly to La Paz and met Y': held there; the summit that 'went ahead in Arica' is held there and its pair met", () => {
    const f = extract("Peruvian Foreign Minister Elena Paredes travelled secretly to La Paz and met Bolivian President Rodrigo Mamani.");
    assert.deepEqual(relations(f, ["HELD_IN"]), ["HELD_IN meeting -> place:la-paz"]);
    const g = extract("Chilean President Isabel Ferrán wanted to meet Bolivian President Rodrigo Mamani. Peruvian President Ana Quispe met Mamani in Lima. The summit went ahead in Arica, where Ferrán and Mamani signed a joint statement.");
    assert.ok(relations(g, ["MET_WITH"]).includes(`MET_WITH ${FERRAN} -> ${MAMANI}`));
    const arica = g.relations.find((r) => r.relation === "HELD_IN" && r.target === "place:arica");
    assert.ok(arica && g.relations.some((r) => r.relation === "PARTICIPANT_IN" && r.source === FERRAN && r.target === arica.source));
  });
  it("'talks between the two countries' are the talks of the states last named, and their host is no participant", () => {
    const f = extract("Chile and Bolivia held secret talks in Asunción on Monday. Peru hosted the talks between the two countries.");
    assert.deepEqual(meetings(f), [{ status: "held", date: "2025-03-24", participants: ["government:bolivia", "government:chile"] }]);
  });
  it("'in the northern Chilean port of Arica' is where it was held", () => {
    const f = extract("Peruvian Foreign Minister Elena Paredes and her Chilean counterpart Tomás Riquelme met in the northern Chilean port of Arica.");
    assert.deepEqual(relations(f, ["HELD_IN"]), ["HELD_IN meeting -> place:arica"]);
  });
  it("one who rejects or welcomes a proposal is not its proposer", () => {
    assert.deepEqual(relations(extract("Isabel Ferrán rejected a proposal to meet Rodrigo Mamani."), ["PROPOSED"]), []);
    assert.deepEqual(relations(extract("Isabel Ferrán welcomed Ana Quispe's offer to meet Rodrigo Mamani."), ["PROPOSED"]), ["PROPOSED person:ana-quispe -> meeting"]);
    // (the proposal's maker named by its demonym: "turned down a Bolivian proposal")
    assert.deepEqual(relations(extract("Chile has turned down a Bolivian proposal for a summit in Arica next month."), ["PROPOSED"]), ["PROPOSED government:bolivia -> meeting"]);
  });
  it("the one who proposes is PROPOSED", () => {
    assert.deepEqual(relations(extract("Chilean President Isabel Ferrán proposed a summit with Bolivian President Rodrigo Mamani."), ["PROPOSED"]), [`PROPOSED ${FERRAN} -> meeting`]);
  });
  it("the one a meeting 'was proposed by' is PROPOSED", () => {
    const f = extract("A summit between Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani was first proposed by Uruguay.");
    assert.deepEqual(relations(f, ["PROPOSED"]), ["PROPOSED government:uruguay -> meeting"]);
    assert.deepEqual(meetings(f), [{ status: "proposed", participants: BOTH }]);
  });
  it("those the meeting 'was attended by', or who 'also attended the talks', were at it and met those there", () => {
    const QUIROGA = "person:luis-quiroga";
    const VIDAL = "person:jorge-vidal";
    const f = extract(
      "Chilean President Isabel Ferrán met Bolivian President Rodrigo Mamani in Montevideo on Thursday. The meeting was attended by Bolivia's foreign minister, Luis Quiroga, and Chilean envoy Jorge Vidal.",
    );
    assert.deepEqual(meetings(f), [{ status: "held", date: "2025-03-27", participants: [FERRAN, VIDAL, QUIROGA, MAMANI].sort() }]);
    // (each met the other side; colleagues of one state do not meet each other there)
    const met = relations(f, ["MET_WITH"]);
    const pair = (x: string, y: string) => met.some((r) => r.includes(x) && r.includes(y));
    assert.ok(pair(QUIROGA, FERRAN) && pair(VIDAL, MAMANI) && pair(QUIROGA, VIDAL), met.join("; "));
    assert.ok(!pair(QUIROGA, MAMANI) && !pair(VIDAL, FERRAN), met.join("; "));
    const also = extract("Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani held talks in Arica on Thursday. Bolivia's foreign minister, Luis Quiroga, also attended the talks.");
    assert.deepEqual(meetings(also), [{ status: "held", date: "2025-03-27", participants: [FERRAN, QUIROGA, MAMANI].sort() }]);
    // one still ahead: attended by them, no one met
    const ahead = extract("Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani will hold talks in Arica on Friday. The talks will be attended by Chilean envoy Jorge Vidal.");
    assert.deepEqual(meetings(ahead), [{ status: "planned", date: "2025-03-28", participants: [FERRAN, VIDAL, MAMANI].sort() }]);
    assert.deepEqual(relations(ahead, ["MET_WITH"]), []);
  });
  it("'he' in a clause of time after the main one is the main clause's subject, not the last name", () => {
    const f = extract("Peruvian envoy Ana Quispe called on Chilean President Isabel Ferrán and conveyed greetings from Bolivian President Rodrigo Mamani to her, a day after she held talks with Chilean envoy Jorge Vidal.");
    const met = relations(f, ["MET_WITH"]);
    assert.ok(met.includes("MET_WITH person:ana-quispe -> person:jorge-vidal"), met.join("; "));
    assert.ok(!met.some((r) => r.includes(MAMANI)), met.join("; "));
  });
  it("'X's planned visit to La Paz was cancelled', 'a visit by X to Arica': a meeting of the visitor with the state visited (or the visitor alone), there", () => {
    const f = extract("Chilean President Isabel Ferrán's planned visit to La Paz next month was cancelled, officials said.");
    assert.deepEqual(meetings(f), [{ status: "cancelled", date: "2025-04", participants: [FERRAN, "government:bolivia"].sort() }]);
    assert.deepEqual(relations(f, ["HELD_IN", "MET_WITH"]), ["HELD_IN meeting -> place:la-paz"]);
    const g = extract("A visit by Chilean President Isabel Ferrán to Arica, planned for February, was called off.");
    assert.deepEqual(meetings(g).map((m) => [m.status, m.participants]), [["cancelled", [FERRAN]]]);
  });
  it("'the Head of State' is the dateline state's one head of state, not the one quoted", () => {
    const f = extract('LA PAZ — President Rodrigo Mamani hosted Peruvian envoy Ana Quispe. "A planned meeting between the Head of State and Chilean President Isabel Ferrán has been cancelled," spokesman Jorge Vidal added.');
    assert.ok(meetings(f).some((m) => m.status === "cancelled" && m.participants.join() === [FERRAN, MAMANI].sort().join()), JSON.stringify(meetings(f)));
  });
  it("'X offered to host talks between A and opposition leader B in Oslo': proposed by X, there", () => {
    const f = extract("Peruvian envoy Ana Quispe offered to host talks between Chilean President Isabel Ferrán and opposition leader Rodrigo Mamani in Lima.");
    assert.deepEqual(meetings(f), [{ status: "proposed", participants: BOTH }]);
    assert.deepEqual(relations(f, ["PROPOSED", "HELD_IN"]).sort(), ["HELD_IN meeting -> place:lima", "PROPOSED person:ana-quispe -> meeting"]);
  });
  it("'accept a Chilean proposal for a ceasefire after eight hours of talks between A and B': talks held, proposed by no one", () => {
    const f = extract("Bolivia was ready to accept a Chilean proposal for an immediate ceasefire after more than eight hours of talks between Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani in Arica.");
    assert.equal(meetings(f)[0]?.status, "held");
    assert.deepEqual(relations(f, ["PROPOSED"]), []);
  });
  it("a live blog's entry ('06:05 GMT - A meets Bolivia's B at …') is held; 'meets Bolivia's B' is a meeting with B, not with Bolivia", () => {
    const f = extract("06:05 GMT - Chilean President Isabel Ferrán meets Bolivia's Rodrigo Mamani at the Quemado Palace.");
    assert.deepEqual(meetings(f), [{ status: "held", participants: BOTH }]);
  });
  it("'The pair last met in Caracas in 2022': the two the sentence before spoke of", () => {
    const f = extract("Chilean President Isabel Ferrán spoke with Bolivian President Rodrigo Mamani on Monday. The pair last met in Arica in 2022.");
    assert.deepEqual(meetings(f), [{ status: "held", date: "2022", participants: BOTH }]);
  });
  it("'X has invited both A and B to Lima for direct negotiations': a meeting of the three that X proposes, there", () => {
    const f = extract("Peruvian President Ana Quispe has invited both Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani to Lima for direct negotiations.");
    assert.deepEqual(meetings(f), [{ status: "proposed", participants: [FERRAN, "person:ana-quispe", MAMANI].sort() }]);
    assert.deepEqual(relations(f, ["PROPOSED", "HELD_IN"]).sort(), ["HELD_IN meeting -> place:lima", "PROPOSED person:ana-quispe -> meeting"]);
  });
  it("'A and B met C': A and B came as one side and did not meet each other", () => {
    const f = extract("Chilean President Isabel Ferrán and Chilean envoy Jorge Vidal met Bolivian President Rodrigo Mamani in Arica on Thursday.");
    assert.deepEqual(relations(f, ["MET_WITH"]).sort(), [`MET_WITH ${FERRAN} -> ${MAMANI}`, `MET_WITH person:jorge-vidal -> ${MAMANI}`]);
  });
  it("'met a Bolivian delegation led by X': the state and the one who led it are at the meeting", () => {
    const f = extract("Chilean President Isabel Ferrán met a Bolivian delegation led by Rodrigo Mamani in Arica on Thursday.");
    assert.deepEqual(meetings(f), [{ status: "held", date: "2025-03-27", participants: [FERRAN, "government:bolivia", MAMANI].sort() }]);
    assert.deepEqual(relations(f, ["MET_WITH"]), [`MET_WITH ${FERRAN} -> ${MAMANI}`]);
  });
  it("'the talks, held on 11 August, brought together A and B': they were at the talks, held", () => {
    const f = extract("Chilean and Bolivian envoys met in Lima in August. The talks, held on 11 August, brought together Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani.");
    assert.deepEqual(meetings(f).map((m) => [m.status, m.participants.filter((p) => p.startsWith("person:"))]), [["held", BOTH]]);
    assert.deepEqual(relations(f, ["MET_WITH"]), [`MET_WITH ${FERRAN} -> ${MAMANI}`]);
  });
  it("'Senior Chilean and Bolivian officials met … in the Peruvian capital Lima': the two states, in Lima", () => {
    const f = extract("Senior Chilean and Bolivian officials met secretly in the Peruvian capital Lima in August.");
    assert.deepEqual(meetings(f), [{ status: "held", date: "2024-08", participants: ["government:bolivia", "government:chile"] }]);
    assert.deepEqual(relations(f, ["HELD_IN"]), ["HELD_IN meeting -> place:lima"]);
  });
  it("'He had been received by the kingdom's crown prince, Y': the one the sentence before was about met Y", () => {
    const f = extract("Chilean President Isabel Ferrán arrived in Riyadh on Monday. She had been received by the kingdom's crown prince, Rodrigo Mamani, on Monday.");
    assert.deepEqual(relations(f, ["MET_WITH"]), [`MET_WITH ${FERRAN} -> ${MAMANI}`]);
  });
  it("'a meeting in Lima on February 18, when A met B': held in Lima that day", () => {
    const f = extract("The talks follow a meeting in Lima on February 18, when Chilean President Isabel Ferrán met Bolivian President Rodrigo Mamani.");
    assert.deepEqual(meetings(f), [{ status: "held", date: "2025-02-18", participants: BOTH }]);
    assert.deepEqual(relations(f, ["HELD_IN"]), ["HELD_IN meeting -> place:lima"]);
  });
  it("'held talks with visiting Bolivian President Y', 'called on Y' (not 'called on Y to …'): held meetings", () => {
    assert.deepEqual(meetings(extract("Chilean President Isabel Ferrán held talks with visiting Bolivian President Rodrigo Mamani in Santiago on Friday.")), [{ status: "held", date: "2025-03-28", participants: BOTH }]);
    assert.deepEqual(meetings(extract("Visiting Chilean President Isabel Ferrán called on Bolivian President Rodrigo Mamani in La Paz on Tuesday.")), [{ status: "held", date: "2025-03-25", participants: BOTH }]);
    assert.deepEqual(meetings(extract("Chilean President Isabel Ferrán called on Bolivian President Rodrigo Mamani to release the prisoners.")), []);
  });
  it("'A met with Y, and B, chairman of C, also met with Y': two meetings, A and B did not meet", () => {
    const f = extract("Chilean President Isabel Ferrán met with Bolivian President Rodrigo Mamani, and Ana Quispe, chair of the Andean Council, also met with Mamani.");
    const met = relations(f, ["MET_WITH"]);
    assert.ok(!met.some((r) => r.includes(FERRAN) && r.includes("person:ana-quispe")), met.join("; "));
    assert.ok(met.some((r) => r.includes(MAMANI) && r.includes("person:ana-quispe")), met.join("; "));
  });
  it("'met with A and opposition negotiator B in Lima'; 'had flown to Lima on Monday to meet with A': held, in Lima", () => {
    const f = extract("Chilean President Isabel Ferrán met with Bolivian President Rodrigo Mamani and opposition negotiator Ana Quispe in Lima on Monday.");
    assert.deepEqual(meetings(f), [{ status: "held", date: "2025-03-24", participants: [FERRAN, "person:ana-quispe", MAMANI].sort() }]);
    assert.deepEqual(relations(f, ["HELD_IN"]), ["HELD_IN meeting -> place:lima"]);
    const flown = extract("Chilean President Isabel Ferrán had flown to Lima on Monday to meet with Bolivian President Rodrigo Mamani.");
    assert.deepEqual(meetings(flown), [{ status: "held", date: "2025-03-24", participants: BOTH }]);
    assert.deepEqual(relations(flown, ["HELD_IN"]), ["HELD_IN meeting -> place:lima"]);
  });
  it("'met Y, Bolivia's top diplomat, in Lima': held in Lima", () => {
    assert.deepEqual(relations(extract("Chilean President Isabel Ferrán met Rodrigo Mamani, Bolivia's top diplomat, in Lima in May."), ["HELD_IN"]), ["HELD_IN meeting -> place:lima"]);
  });
  it("'X invited Y to visit Lima in April': a visit X proposes there, planned once Y accepted; no one met", () => {
    const f = extract("Chilean President Isabel Ferrán invited Bolivian President Rodrigo Mamani to visit Santiago in April.");
    assert.deepEqual(meetings(f), [{ status: "proposed", date: "2025-04", participants: BOTH }]);
    assert.deepEqual(relations(f, ["PROPOSED", "HELD_IN", "MET_WITH"]).sort(), ["HELD_IN meeting -> place:santiago", `PROPOSED ${FERRAN} -> meeting`]);
    const accepted = extract("Chilean President Isabel Ferrán extended an invitation to Bolivian President Rodrigo Mamani to visit Santiago in April, and Mamani accepted.");
    assert.equal(meetings(accepted)[0]?.status, "planned");
  });
  it("'did meet Y on March 3' (emphatic) is held; 'met the King of Bolivia, Y,' is a meeting with Y", () => {
    assert.equal(meetings(extract("Chilean President Isabel Ferrán did meet Bolivian President Rodrigo Mamani in Lima on March 3."))[0]?.status, "held");
    assert.deepEqual(meetings(extract("Chilean President Isabel Ferrán met the President of Bolivia, Rodrigo Mamani, on Monday.")), [{ status: "held", date: "2025-03-24", participants: BOTH }]);
  });
  it("the present of news with no day named is held; 'sat down together', 'shook hands with', 'began talks with' are meetings held", () => {
    assert.equal(meetings(extract("Chilean President Isabel Ferrán meets Bolivian President Rodrigo Mamani at a ranch near Arica."))[0]?.status, "held");
    for (const t of [
      "Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani sat down together in Arica on March 3.",
      "Chilean President Isabel Ferrán shook hands with Bolivian President Rodrigo Mamani at the airport.",
      "Chilean President Isabel Ferrán began talks with Bolivian President Rodrigo Mamani in Arica on March 3.",
    ])
      assert.deepEqual(relations(extract(t), ["MET_WITH"]), [`MET_WITH ${FERRAN} -> ${MAMANI}`], t);
  });
  it("'In Arica on March 3, 2019, A met B': held there, that day; 'A, then Y's national security adviser, met B': A met B", () => {
    const f = extract("In Arica on March 3, 2019, Chilean President Isabel Ferrán met Bolivian President Rodrigo Mamani.");
    assert.deepEqual(meetings(f), [{ status: "held", date: "2019-03-03", participants: BOTH }]);
    assert.deepEqual(relations(f, ["HELD_IN"]), ["HELD_IN meeting -> place:arica"]);
    const appos = extract("Jorge Vidal, then President Isabel Ferrán's national security adviser, met Bolivian President Rodrigo Mamani in Lima in 2013.");
    assert.deepEqual(relations(appos, ["MET_WITH"]), [`MET_WITH person:jorge-vidal -> ${MAMANI}`]);
  });
  it("a day named without a year, in a story gone back to another year, is of that year (held); a plan ahead keeps the article's", () => {
    const f = extract(
      "Chilean President Isabel Ferrán met Bolivian President Rodrigo Mamani in Lima in July 1985. Ferrán then travelled to La Paz, where she met Peruvian President Ana Quispe on November 5.",
      "2025-11-19",
    );
    assert.deepEqual(meetings(f).map((m) => m.date), ["1985-07", "1985-11-05"]);
  });
  it("'X brought A, B and C together at …': one meeting of the four, held; 'was received at the Kremlin by presidential aide Y': held there", () => {
    const f = extract("Peruvian envoy Ana Quispe brought Isabel Ferrán, Rodrigo Mamani and Jorge Vidal together in Arica in November 1995.");
    assert.deepEqual(meetings(f), [{ status: "held", date: "1995-11", participants: [FERRAN, "person:ana-quispe", "person:jorge-vidal", MAMANI].sort() }]);
    const r = extract("Chilean President Isabel Ferrán was received at the Kremlin by presidential aide Rodrigo Mamani on Monday.");
    assert.deepEqual(relations(r, ["MET_WITH", "HELD_IN"]).sort(), ["HELD_IN meeting -> place:kremlin", `MET_WITH ${FERRAN} -> ${MAMANI}`]);
  });
  it("'received at Miraflores Palace on Monday the Bolivian President Y': held there", () => {
    const f = extract("Chilean President Isabel Ferrán received at Miraflores Palace on Monday the Bolivian President Rodrigo Mamani.");
    assert.deepEqual(relations(f, ["MET_WITH", "HELD_IN"]).sort(), ["HELD_IN meeting -> place:miraflores-palace", `MET_WITH ${FERRAN} -> ${MAMANI}`]);
  });
  it("'was downgraded to a phone call': cancelled; 'went ahead despite an air raid alert in Kyiv' is not where", () => {
    assert.equal(meetings(extract("A planned summit between Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani was downgraded to a phone call."))[0]?.status, "cancelled");
    const f = extract("Chilean President Isabel Ferrán held talks with Bolivian President Rodrigo Mamani in Arica on Tuesday. The meeting went ahead despite a strike in Lima.");
    assert.deepEqual(relations(f, ["HELD_IN"]), ["HELD_IN meeting -> place:arica"]);
  });
  it("a meeting taken up again by an anaphor (\"the meeting\") is one meeting", () => {
    const f = extract(
      "Chilean President Isabel Ferrán met Bolivian President Rodrigo Mamani in Montevideo on Thursday. The meeting lasted four hours, officials said.",
    );
    assert.deepEqual(meetings(f), [{ status: "held", date: "2025-03-27", participants: BOTH }]);
    const parts = f.relations.filter((r) => r.relation === "PARTICIPANT_IN");
    assert.ok(parts.every((r) => r.target === parts[0].target));
  });
  it(
    "the dateline's date is not the meeting's date",
    () => {
      const f = extract(
        "LA PAZ, May 21, 2025 — The summit between Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani planned for early June has been cancelled.",
        "2025-05-21",
      );
      assert.deepEqual(meetings(f), [{ status: "cancelled", date: "2025-06", participants: BOTH }]);
    },
  );
});

describe("documents signed, named only by what they are", () => {
  it("'The pair signed a memorandum … They also signed a separate agreement …': two documents of this article, each signed by both", () => {
    const f = extract(
      "Chilean President Isabel Ferrán met Bolivian President Rodrigo Mamani in Arica. The pair signed a memorandum of understanding on lithium mining. They also signed a separate agreement on water rights.",
    );
    const signed = relations(f, ["SIGNED"]).map((r) => r.replace(/-[0-9a-f]{6}$/, ""));
    assert.deepEqual(signed.sort(), [
      `SIGNED ${FERRAN} -> document:agreement-on-water-rights`,
      `SIGNED ${FERRAN} -> document:memorandum-of-understanding-on-lithium-mining`,
      `SIGNED ${MAMANI} -> document:agreement-on-water-rights`,
      `SIGNED ${MAMANI} -> document:memorandum-of-understanding-on-lithium-mining`,
    ]);
  });
  it("is the one document of its kind the article names, and one no one signed is no node", () => {
    const f = extract("Chile and Bolivia signed an agreement in Arica. Officials called the Arica Water Agreement a breakthrough. The opposition, which signed an electoral agreement with the government, said nothing.");
    assert.deepEqual(relations(f, ["SIGNED"]).sort(), ["SIGNED government:bolivia -> document:arica-water-agreement", "SIGNED government:chile -> document:arica-water-agreement"]);
    assert.ok(!f.entities.some((e) => e.kind === "Document" && e.label === "electoral agreement"));
  });
});

describe("the one a sentence is about", () => {
  it("is the name it opens with, not one deep inside it: 'The meeting with Y' after 'It was … since Z took office' is the subject's before", () => {
    const f = extract(
      "Chilean President Isabel Ferrán held talks with Peruvian President Ana Quispe in Lima on Monday. It was the first such visit since Bolivian President Rodrigo Mamani took office in May. The meeting with Uruguayan President Diego Ríos, on Tuesday, was shorter.",
    );
    const withRios = meetings(f).filter((m) => m.participants.includes("person:diego-rios"));
    assert.deepEqual(withRios.map((m) => m.participants), [["person:diego-rios", FERRAN]]);
  });
});

describe("the fourth held-out set's lessons (general, invented names)", () => {
  it('"spent most of that afternoon with Y": a meeting held; "the Chilean minister" is not the Chilean prime minister', () => {
    const f = extract(
      "Chilean Foreign Minister Jorge Vidal flew to La Paz with a letter from Chilean Prime Minister Ana Rojas. The Chilean minister arrived on Tuesday and spent most of that afternoon with Bolivian Foreign Minister Luis Quiroga.",
    );
    assert.ok(relations(f, ["MET_WITH"]).includes("MET_WITH person:jorge-vidal -> person:luis-quiroga"), relations(f, ["MET_WITH"]).join("; "));
    assert.deepEqual(
      meetings(f).filter((m) => m.participants.includes("person:luis-quiroga")).map((m) => m.status),
      ["held"],
    );
  });
});

describe("a meeting agreed on (the fourth held-out set)", () => {
  it('"A and B agreed during a telephone conversation on Tuesday to meet in person in Arica next month": planned, next month', () => {
    const f = extract("Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani agreed during a telephone conversation on Tuesday evening to meet in person in Arica next month.");
    assert.deepEqual(meetings(f), [{ status: "planned", date: "2025-04", participants: BOTH }]);
  });
  it("stays planned when told of again with no word of its status, or a 'would'", () => {
    const f = extract(
      "Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani are due to meet in Arica next month. Officials expect the meeting in the second half of April. A spokesman said the meeting would focus on water.",
    );
    assert.deepEqual(meetings(f).map((m) => m.status), ["planned"]);
  });
});

describe("who met whom, one sentence or three each (the fourth held-out set)", () => {
  const met = (text: string) => relations(extract(text), ["MET_WITH"]).sort();
  const cases: [title: string, text: string, expected: string[]][] = [
    [
      '"Foreign Minister X is receiving him", in a live blog: held now, with the one the sentence before opened with',
      "11:48 - Bolivian Ambassador Luis Quiroga has arrived at the Chilean foreign ministry. Foreign Minister Isabel Ferrán is receiving him, an official confirms.",
      ["MET_WITH person:isabel-ferran -> person:luis-quiroga"],
    ],
    [
      '"held talks with the Deputy Minister for Foreign Affairs and Regional Cooperation, Y,": with Y',
      "Earlier in the morning, Mr Luis Quiroga held talks with the Deputy Minister for Foreign Affairs and Regional Cooperation, Ana Rojas, at the ministry in Lima.",
      ["MET_WITH person:luis-quiroga -> person:ana-rojas"],
    ],
    [
      '"Y received at the same venue a special envoy of President Z of Peru, Minister X, who …": Y met X, not Z',
      "Later in the day, President Ana Rojas received at the same venue a special envoy of President Luis Quiroga of Peru, Interior Minister Jorge Vidal, who delivered a written message from his president.",
      ["MET_WITH person:ana-rojas -> person:jorge-vidal"],
    ],
    [
      '"On May 12 he was received in Lima by Peru\'s president, Y": the one the story is about, past sentences naming no one',
      "Chilean envoy Jorge Vidal has spent the spring on the road. His method is patience bordering on stubbornness. On May 12 he was received in Lima by Peru's president, Ana Quispe.",
      ["MET_WITH person:jorge-vidal -> person:ana-quispe"],
    ],
    [
      '"A and B sat down together in Lima under the chairmanship of Bolivia\'s foreign minister, C": the three met',
      "The foreign ministers of Peru and Chile, Luis Quiroga and Jorge Vidal, sat down together in Lima under the chairmanship of Bolivia's foreign minister, Ana Rojas.",
      ["MET_WITH person:jorge-vidal -> person:ana-rojas", "MET_WITH person:luis-quiroga -> person:ana-rojas", "MET_WITH person:luis-quiroga -> person:jorge-vidal"],
    ],
  ];
  for (const [title, text, expected] of cases) it(title, () => assert.deepEqual(met(text), expected));
  it('"is meeting Y on Friday": ahead, planned', () => {
    const f = extract("Chilean President Isabel Ferrán is meeting Bolivian President Rodrigo Mamani on Friday in Arica.");
    assert.deepEqual(meetings(f).map((m) => m.status), ["planned"]);
    assert.deepEqual(relations(f, ["MET_WITH"]), []);
  });
});

describe("an invitation accepted by the guest (the fourth held-out set)", () => {
  it('"… had invited Y to visit Santiago in October. Y accepted, his office said.": planned; the host\'s "accepted" is no answer', () => {
    const invite = "A government statement said Chilean President Isabel Ferrán had invited Bolivian President Rodrigo Mamani to visit Santiago in October.";
    assert.deepEqual(meetings(extract(`${invite} Mamani accepted, his office said.`)).map((m) => m.status), ["planned"]);
    assert.deepEqual(meetings(extract(`${invite} Ferrán accepted, her office said.`)).map((m) => m.status), ["proposed"]);
  });
});

describe("ambassadors' credentials (the fourth held-out set)", () => {
  const met = (text: string) => relations(extract(text), ["MET_WITH"]).sort();
  it('"A and B presented their credentials to President Y": each met Y; "will present" is a meeting planned', () => {
    assert.deepEqual(met("Ambassador Pieter de Wit of the Netherlands and Ambassador Ana Rojas of Chile presented their credentials to President Luis Quiroga on Monday."), [
      "MET_WITH person:ana-rojas -> person:luis-quiroga",
      "MET_WITH person:pieter-de-wit -> person:luis-quiroga",
    ]);
    const f = extract("Ambassador Pieter de Wit will present his credentials to President Luis Quiroga next week.");
    assert.deepEqual(relations(f, ["MET_WITH"]), []);
    assert.deepEqual(meetings(f).map((m) => m.status), ["planned"]);
  });
  it('"Y received letters of credence from four new ambassadors. Presenting their credentials were A of X and B of Z": each met Y', () => {
    assert.deepEqual(
      met("President Luis Quiroga on Wednesday received letters of credence from two new ambassadors at the palace. Presenting their credentials were Ambassador Pieter de Wit of the Kingdom of the Netherlands and Ambassador Ana Rojas of the Republic of Chile."),
      ["MET_WITH person:ana-rojas -> person:luis-quiroga", "MET_WITH person:pieter-de-wit -> person:luis-quiroga"],
    );
  });
  it('"Y received the credentials of A": a meeting; one not received is none', () => {
    assert.deepEqual(met("President Luis Quiroga received the credentials of Ambassador Pieter de Wit."), ["MET_WITH person:pieter-de-wit -> person:luis-quiroga"]);
    assert.deepEqual(met("President Luis Quiroga has not received the credentials of Ambassador Pieter de Wit."), []);
  });
});

describe("meetings the older held-out sets still missed (eighteenth session)", () => {
  it('"Y accepted and said he hoped …" after "X invited Y to Santiago": planned', () => {
    const f = extract("Before leaving, Isabel Ferrán invited Rodrigo Mamani to Santiago for a round of consultations. Mamani accepted and said he hoped the meeting could take place this year.");
    assert.deepEqual(meetings(f).map((m) => m.status), ["planned"]);
  });
  it('"he" past a sentence that opened with a state is the last person a sentence opened with, not the state', () => {
    const f = extract(
      "Rodrigo Mamani arrived in Lima on Wednesday. Mamani toured the port. The question is whether Peru's concerns will be heard, said one columnist. The president's tour continues on Friday in Quito, where he is due to meet Ana Quispe.",
    );
    assert.deepEqual(meetings(f).map((m) => m.participants), [["person:ana-quispe", MAMANI]]);
  });
});

describe("the fifth held-out set's lessons (general, invented names)", () => {
  it('"It would be the first time A and B had met": no meeting held; "It was the first time …": held', () => {
    assert.deepEqual(meetings(extract("It would be the first time Isabel Ferrán and Rodrigo Mamani had met face to face.")), []);
    assert.deepEqual(meetings(extract("It was the first time Isabel Ferrán and Rodrigo Mamani had met face to face.")), [{ status: "held", participants: BOTH }]);
  });
  it('"Lord X of Y", "Professor X", "Baroness X": styles, not part of the name nor an organisation', () => {
    const f = extract("On the sidelines, Lord Quiroga of Highbury, the Foreign Office minister, met Chile's foreign minister, Professor Isabel Ferrán, and Baroness Rojas.");
    const keys = f.entities.map((e) => e.key);
    assert.ok(["person:quiroga", "person:isabel-ferran", "person:rojas"].every((k) => keys.includes(k)), keys.join(" "));
    assert.ok(relations(f, ["MET_WITH"]).includes("MET_WITH person:quiroga -> person:isabel-ferran"), relations(f, ["MET_WITH"]).join("; "));
  });
});

describe("a briefing's and a newspaper's ways of telling meetings (the fifth held-out set, invented names)", () => {
  const view = (text: string, date = "2026-11-13") => meetings(extract(text, date));
  it('"X has invited both leaders to Paris next month for a meeting of the Andean Triangle. Mr. B said he had accepted": the pair named last, planned', () => {
    const f = extract(
      'President Isabel Ferrán of Chile and President Rodrigo Mamani of Bolivia agreed on Thursday to build a joint network. President Ana Quispe of Peru has invited both leaders to Lima next month for a meeting of the so-called Andean Triangle. Mr. Mamani said he had accepted "with great pleasure."',
      "2026-02-19",
    );
    assert.deepEqual(meetings(f), [{ status: "planned", date: "2026-03", participants: ["person:ana-quispe", FERRAN, MAMANI] }]);
    assert.deepEqual(relations(f, ["INVITED"]).sort(), ["INVITED person:ana-quispe -> person:isabel-ferran", "INVITED person:ana-quispe -> person:rodrigo-mamani"]);
  });
  it('"is scheduled to travel to La Paz next week to visit … and to meet President X": planned, and X is the host\'s', () => {
    const f = extract("Isabel Ferrán is scheduled to travel to Lima next week to visit the Chilean brigade stationed in Peru and to meet President Ana Quispe, officials said.", "2026-02-19");
    assert.deepEqual(meetings(f).map((m) => m.status), ["planned"]);
    assert.ok(relations(f, ["HOLDS_OFFICE"]).includes("HOLDS_OFFICE person:ana-quispe -> government:peru [President]"), relations(f, ["HOLDS_OFFICE"]).join("; "));
  });
  it('"held talks yesterday here in Lima with …": a time and a place between the talks and whom they were with', () => {
    assert.deepEqual(view("Foreign Minister Isabel Ferrán held talks yesterday here in Lima with Rodrigo Mamani."), [{ status: "held", date: "2026-11-12", participants: BOTH }]);
  });
  it('"External Affairs Minister Dr. X", "Vice President Shri Y": honorifics after a post are no part of the name', () => {
    const keys = extract("External Affairs Minister Dr. S. Ferrán called on Vice President Shri C. P. Mamani this morning.").entities.map((e) => e.key);
    assert.ok(keys.includes("person:s-ferran") && keys.includes("person:c-p-mamani"), keys.join(" "));
  });
  it('"EAM will travel to Peru. In Lima he will hold the <Dialogue> with Y on November 20, and he will call on Z the same day": two meetings planned, both his', () => {
    const m = view(
      "External Affairs Minister Isabel Ferrán spoke first. Second, EAM will travel to Peru from November 19 to 21. In Lima he will hold the Foreign Ministers' Framework Dialogue with Foreign Minister Rodrigo Mamani on November 20, and he will call on Prime Minister Ana Quispe the same day.",
    );
    assert.deepEqual(m.map((x) => [x.status, ...x.participants]), [
      ["planned", FERRAN, MAMANI],
      ["planned", "person:ana-quispe", FERRAN],
    ]);
  });
  it('"X was to hold consultations with Y in Lima on November 18": a plan', () => {
    assert.deepEqual(view("Foreign Secretary Isabel Ferrán was to hold consultations with Rodrigo Mamani in Lima on November 18.").map((m) => m.status), ["planned"]);
  });
  it('"… a letter from Prime Minister X. In the letter, the Prime Minister …, and invited President Y to pay a state visit …. President Y has accepted the invitation.": X the host, planned', () => {
    const f = extract(
      "Prime Minister Ana Quispe will meet the press. Ambassador Luis Quiroga called on President Rodrigo Mamani on Wednesday and handed over a letter from Prime Minister Isabel Ferrán. In the letter, the Prime Minister conveyed her appreciation for the help extended by Bolivia, and invited President Mamani to pay a state visit to Chile early next year. President Mamani has accepted the invitation.",
      "2026-11-13",
    );
    const r = relations(f, ["INVITED", "CONVEYED_VIA", "CONVEYED_TO"]);
    for (const x of ["INVITED person:isabel-ferran -> person:rodrigo-mamani", "CONVEYED_VIA person:isabel-ferran -> person:luis-quiroga", "CONVEYED_TO person:luis-quiroga -> person:rodrigo-mamani"]) assert.ok(r.includes(x), `${x}: ${r.join("; ")}`);
    assert.ok(meetings(f).some((m) => m.status === "planned" && m.participants.join() === BOTH.join()), JSON.stringify(meetings(f)));
  });
});

describe("a timeline of dated lines (the fifth held-out set, invented names)", () => {
  const TIMELINE = [
    "LA PAZ, Nov 20 – Below is a timeline of the main contacts between the two governments.",
    "2025",
    "December 9 – Foreign Minister Isabel Ferrán of Chile and her Bolivian counterpart, Rodrigo Mamani, meet in La Paz and sign a protocol on border crossings.",
    "2026",
    "February 12 – The Chilean ambassador in La Paz, Luis Quiroga, is received by Ana Quispe and hands her a letter from Ferrán inviting her to make a state visit.",
    "July 24 – Ferrán begins a two-day visit to Peru. She and Quispe hold talks in Arequipa on the shore of the lake.",
    "November 17 – Lima announces a session in December. Ferrán and Mamani are to meet on its sidelines.",
  ].join("\n\n");
  it("a line's present tense tells what its day saw, dated by the line and the year heading above it; not a plan, nor an invitation", () => {
    const m = meetings(extract(TIMELINE, "2026-11-20")).map((x) => [x.status, x.status === "held" ? x.date : "", ...x.participants]);
    // ("She and Quispe hold talks": the one the line opened with, and the other; "are to meet": a plan)
    // (and "X is received by Y", read as past since the forty-fifth session, as the set's key has it; its day is not
    // read from the line yet)
    assert.deepEqual(m, [
      ["held", "2025-12-09", FERRAN, MAMANI],
      ["held", undefined, "person:ana-quispe", "person:luis-quiroga"],
      ["held", "2026-07-24", "person:ana-quispe", FERRAN],
      ["planned", "", FERRAN, MAMANI],
    ]);
  });
});

describe("a place between the talks and whom they were with (the fifth held-out set)", () => {
  it('"held talks in Lima with X", "held talks in Lima on Monday with X"', () => {
    assert.deepEqual(meetings(extract("Foreign Minister Isabel Ferrán held talks in Lima with Rodrigo Mamani.")), [{ status: "held", participants: BOTH }]);
    assert.deepEqual(meetings(extract("Foreign Minister Isabel Ferrán held talks in Lima on Monday with Rodrigo Mamani.", "2026-05-12")), [{ status: "held", date: "2026-05-11", participants: BOTH }]);
  });
});

describe("a council's meeting, its chair and those who attended (the fifth held-out set)", () => {
  it('"preceded by a meeting of the Andean Council, chaired by X, and attended by A, B and C": held, with all four', () => {
    const f = extract(
      "The summit was preceded on Thursday by a meeting of the Andean Council, chaired by Chile's foreign minister, Isabel Ferrán, and attended by Rodrigo Mamani, Ana Quispe and Peru's foreign minister, Luis Quiroga.",
      "2026-07-03",
    );
    assert.deepEqual(meetings(f).map((m) => [m.status, ...m.participants]), [["held", "person:ana-quispe", FERRAN, "person:luis-quiroga", MAMANI]]);
  });
});

describe("a trip made for talks, and a plan told again (the second held-out set, eighteenth session)", () => {
  it('"X travelled to Lima in late August for talks with Y": held; "had planned to travel …", "wanted to fly …": not', () => {
    const status = (text: string) => meetings(extract(text, "2025-09-18")).map((m) => m.status);
    assert.deepEqual(status("Isabel Ferrán travelled to Lima in late August for talks with Rodrigo Mamani."), ["held"]);
    assert.deepEqual(status("Isabel Ferrán had planned to travel to Lima in late August for talks with Rodrigo Mamani."), ["planned"]);
    assert.deepEqual(status("Isabel Ferrán wanted to fly to Lima in late August for talks with Rodrigo Mamani."), ["proposed"]);
  });
  it('"X will host Y in Arica on Sept. 30, …, in what would be the second meeting between the two leaders": planned', () => {
    const m = meetings(extract("President Isabel Ferrán will host President Rodrigo Mamani in Arica on Sept. 30, her office said on Thursday, in what would be the second meeting between the two leaders in just over a month.", "2025-09-18"));
    assert.deepEqual(m, [{ status: "planned", date: "2025-09-30", participants: BOTH }]);
  });
});

describe("an office's word that the two will meet (the first held-out set, eighteenth session)", () => {
  it('"Y\'s office said the two leaders would meet in Lima in the coming months": planned', () => {
    const m = meetings(extract("Rodrigo Mamani and Ana Quispe spoke by telephone on Tuesday. Quispe's office said the two leaders would meet in Lima in the coming months."));
    assert.deepEqual(m.map((x) => [x.status, ...x.participants]), [["planned", "person:ana-quispe", MAMANI]]);
  });
});

describe("one who also took part in the meeting (the first held-out set, eighteenth session)", () => {
  it('"X met Y … and handed him a letter from Z inviting W to visit. … V also took part in the meeting, which lasted an hour": V was at X\'s meeting, not at the visit proposed', () => {
    const m = meetings(
      extract(
        "Foreign Minister Luis Quiroga met Archbishop Tomás Ibarra at the palace on Thursday and handed him a letter from President Ana Quispe inviting Pope Felipe to visit Peru. Ibarra undertook to place the letter in the pontiff's hands, the ministry said. Rodrigo Mamani, Peru's ambassador, also took part in the meeting, which lasted about an hour.",
      ),
    );
    assert.deepEqual(m.map((x) => [x.status, ...x.participants]), [
      ["held", "person:luis-quiroga", MAMANI, "person:tomas-ibarra"],
      ["proposed", "person:ana-quispe", "person:felipe"],
    ]);
  });
});

describe("talks with one and with another; signing together (the second held-out set, nineteenth session)", () => {
  it('"held talks with President X and with the chief of staff of Peru\'s army, Major General Y": two meetings, the same day', () => {
    const m = meetings(extract("LIMA, March 28 - Bolivian Foreign Minister Luis Quiroga arrived in Lima on Thursday. Later on Thursday the minister held talks with President Ana Quispe and with the chief of staff of Peru's armed forces, Major General Tomás Ibarra.", "2025-03-28"));
    assert.deepEqual(m, [
      { status: "held", date: "2025-03-27", participants: ["person:ana-quispe", "person:luis-quiroga"] },
      { status: "held", date: "2025-03-27", participants: ["person:luis-quiroga", "person:tomas-ibarra"] },
    ]);
  });
  it('"A, …, and a Bolivian assistant foreign minister, B, met at the ministry in Lima and signed a protocol": held, and both signed', () => {
    const f = extract("On the sidelines of the visit, Peru's deputy foreign minister for consular affairs, Isabel Ferrán, and a Bolivian assistant foreign minister, Rodrigo Mamani, met at the foreign ministry in Lima and signed a protocol on border crossings.");
    assert.deepEqual(meetings(f).map((x) => [x.status, ...x.participants]), [["held", FERRAN, MAMANI]]);
    const signed = relations(f, ["SIGNED"]);
    assert.equal(signed.length, 2, signed.join("; "));
    assert.ok(relations(f, ["HOLDS_OFFICE"]).includes(`HOLDS_OFFICE ${MAMANI} -> government:bolivia [assistant foreign minister]`), relations(f).join("; "));
  });
  it('"at the foreign ministry on Wednesday, A and B signed a memorandum", in a story from Lima: they met there that day; not when they signed in separate rooms', () => {
    const f = extract("LIMA, March 28 - In a separate session at the foreign ministry on Wednesday, Bolivia's foreign minister, Luis Quiroga, and Peruvian Deputy Foreign Minister Ana Quispe signed a memorandum of understanding on river policing.", "2025-03-28");
    assert.deepEqual(meetings(f), [{ status: "held", date: "2025-03-26", participants: ["person:ana-quispe", "person:luis-quiroga"] }]);
    assert.ok(relations(f).includes("HELD_IN meeting -> place:lima"), relations(f).join("; "));
    const apart = extract("LIMA, March 28 - At a ceremony at the foreign ministry on Wednesday, Luis Quiroga and Ana Quispe signed the memorandum in separate rooms.", "2025-03-28");
    assert.deepEqual(meetings(apart), []);
  });
});

describe("a press agency's readout; a meeting a newspaper reported (the sixth held-out set, nineteenth session)", () => {
  const SPA = "Amman, October 20, 2026, Petra -- His Royal Highness Prince Tomás Ibarra, Crown Prince and Prime Minister, received at the Basman Palace in Amman today Bolivia's Minister of Foreign Affairs Luis Quiroga, who delivered a written message to His Royal Highness from President Ana Quispe. The reception was attended by Minister of Foreign Affairs Prince Rodrigo Mamani and Minister of State Dr. Isabel Ferrán.";
  it('"received at <palace> in <city> today X": held there that day; "The reception was attended by A and B": they met the guest, not their own prince', () => {
    const f = extract(SPA, "2026-10-20");
    assert.deepEqual(meetings(f), [{ status: "held", date: "2026-10-20", participants: ["person:isabel-ferran", "person:luis-quiroga", MAMANI, "person:tomas-ibarra"] }]);
    const met = relations(f, ["MET_WITH"]).sort();
    assert.deepEqual(met, ["MET_WITH person:isabel-ferran -> person:luis-quiroga", `MET_WITH ${MAMANI} -> person:luis-quiroga`, "MET_WITH person:tomas-ibarra -> person:luis-quiroga"]);
    // (the dateline "Amman, October 20, 2026, Petra --" makes the bare posts Jordan's; "Prince" is no part of the name)
    const offices = relations(f, ["HOLDS_OFFICE"]);
    assert.ok(offices.includes(`HOLDS_OFFICE ${MAMANI} -> government:jordan [Minister of Foreign Affairs]`), offices.join("; "));
  });
  it('"His Royal Highness" alone, and "His Royal Highness the Crown Prince", stand for the one the article styles so', () => {
    const f = extract(`${SPA} Later, His Royal Highness the Crown Prince received a phone call from President Ana Quispe. His Royal Highness expressed his thanks.`, "2026-10-20");
    assert.ok(relations(f).includes("CONVEYED_TO person:luis-quiroga -> person:tomas-ibarra"), relations(f).join("; "));
    assert.ok(!relations(f).some((r) => /royal-highness/.test(r)), relations(f).join("; "));
  });
  it('"The Lima newspaper El Sol reported on Sunday that A and B had met secretly in Quito": no meeting held', () => {
    const m = meetings(extract("The Lima newspaper El Sol reported on Sunday that Luis Quiroga and Ana Quispe had met secretly in Quito in August."));
    assert.deepEqual(m.map((x) => x.status), ["proposed"]);
  });
  it('"Minister of Foreign Affairs, Foreign Employment and Tourism of Sri Lanka": the portfolios are no one, and the post is Sri Lanka\'s', () => {
    const f = extract("On March 3, Mr. Luis Quiroga, Minister for Foreign Affairs of Peru, held a meeting in Lima with Hon. Ana Quispe, Minister of Foreign Affairs, Foreign Employment and Tourism of the Democratic Socialist Republic of Sri Lanka.", "2026-03-03");
    assert.deepEqual(relations(f, ["MET_WITH"]), ["MET_WITH person:luis-quiroga -> person:ana-quispe"]);
    assert.ok(relations(f, ["HOLDS_OFFICE"]).some((r) => r.startsWith("HOLDS_OFFICE person:ana-quispe -> government:sri-lanka")), relations(f).join("; "));
  });
});

describe("a bulletin of several datelined stories; a post that names no one (the sixth held-out set, nineteenth session)", () => {
  it('"the meeting" after a second dateline is none of the first story\'s, and "The meeting was attended by Z" joins none of them', () => {
    const f = extract(
      "Amman, October 20, 2026, Petra -- Prince Tomás Ibarra received a phone call from President Ana Quispe. President Quispe invited Prince Ibarra to visit Peru. Amman, October 20, 2026, Petra -- During the meeting, they reviewed relations. The meeting was attended by Minister of State Isabel Ferrán.",
      "2026-10-20",
    );
    assert.deepEqual(relations(f, ["MET_WITH"]), []);
    assert.deepEqual(meetings(f), [{ status: "proposed", participants: ["person:ana-quispe", "person:tomas-ibarra"] }]);
  });
  it('"The Minister last met Mr Y in Kyiv", in a story of several ministers: no meeting given to the last one named', () => {
    const f = extract("Luis Quiroga, the Minister for Foreign Affairs, will meet Foreign Minister Rodrigo Mamani on Monday. A spokesperson, Isabel Ferrán, said the Minister was ready. The Minister last met Mr Mamani in Kyiv in September.", "2026-11-15");
    assert.ok(!relations(f, ["MET_WITH"]).some((r) => r.includes("isabel-ferran")), relations(f).join("; "));
  });
  it('"X, who delivered a written message to Y from Z": Z\'s message through X, for Y', () => {
    const r = relations(extract("His Royal Highness Prince Tomás Ibarra received Luis Quiroga, who delivered a written message to His Royal Highness from President Ana Quispe."), ["CONVEYED_VIA", "CONVEYED_TO"]);
    // (and the sender's, for the one it was delivered to: fortieth session)
    assert.deepEqual(r.sort(), ["CONVEYED_TO person:ana-quispe -> person:tomas-ibarra", "CONVEYED_TO person:luis-quiroga -> person:tomas-ibarra", "CONVEYED_VIA person:ana-quispe -> person:luis-quiroga"]);
  });
});

describe("a state agency's talks (the sixth held-out set, nineteenth session)", () => {
  it('"A, member of … and Peruvian foreign minister, and B were present at the talks": both at the talks held, and A is Peru\'s', () => {
    const f = extract(
      "LIMA, April 14 (Andina) -- Peruvian President Ana Quispe held talks with Bolivian President Rodrigo Mamani in Lima on Tuesday. Mamani invited Quispe to pay a state visit to Bolivia. Luis Quiroga, member of the Political Committee of the Peruvian Party and Peruvian foreign minister, and Bolivian Foreign Minister Isabel Ferrán were present at the talks.",
      "2026-04-14",
    );
    assert.deepEqual(meetings(f)[0], { status: "held", date: "2026-04-14", participants: ["person:ana-quispe", "person:isabel-ferran", "person:luis-quiroga", MAMANI] });
    assert.ok(relations(f, ["HOLDS_OFFICE"]).includes("HOLDS_OFFICE person:luis-quiroga -> government:peru [foreign minister]"), relations(f).join("; "));
    const met = relations(f, ["MET_WITH"]);
    assert.ok(!met.some((r) => r.includes("luis-quiroga") && r.includes("ana-quispe")), met.join("; "));
    assert.ok(met.some((r) => r.includes("luis-quiroga") && r.includes(MAMANI)), met.join("; "));
  });
});

describe("a state agency's readout of talks (TASS style; the sixth held-out set, nineteenth session)", () => {
  it('"A and First Deputy Prime Minister of Peru B co-chaired a meeting of the commission … the two deputy prime ministers signed a programme": held, and both signed', () => {
    const f = extract("On Wednesday, Bolivian Deputy Prime Minister Luis Quiroga and First Deputy Prime Minister of Peru Ana Quispe co-chaired a meeting of the intergovernmental commission in Lima. At the end of the meeting, the two deputy prime ministers signed a programme of border cooperation.", "2026-05-21");
    assert.deepEqual(meetings(f).map((x) => [x.status, ...x.participants]), [["held", "person:ana-quispe", "person:luis-quiroga"]]);
    assert.ok(relations(f, ["HOLDS_OFFICE"]).includes("HOLDS_OFFICE person:ana-quispe -> government:peru [First Deputy Prime Minister]"), relations(f).join("; "));
    assert.equal(relations(f, ["SIGNED"]).length, 2, relations(f).join("; "));
  });
  it('"A and B agreed in principle to hold a meeting in person": planned', () => {
    assert.deepEqual(meetings(extract("Isabel Ferrán and Rodrigo Mamani agreed in principle to hold a meeting in person; its timing will be agreed later.")).map((x) => x.status), ["planned"]);
  });
});

describe("a foreign ministry's readouts (State Department style; the sixth held-out set, nineteenth session)", () => {
  it('"The Secretary and the Prime Minister agreed to meet in person …": the one Secretary and the prime minister named last', () => {
    const f = extract("Secretary Luis Quiroga spoke by phone with Peruvian Prime Minister Ana Quispe on August 13. The Secretary and the Prime Minister agreed to meet in person in Lima in September.", "2026-08-13");
    assert.deepEqual(meetings(f).map((x) => [x.status, ...x.participants]), [["planned", "person:ana-quispe", "person:luis-quiroga"]]);
  });
  it('"The Secretary conveyed President X\'s invitation to Prime Minister Y to visit the capital": X invited Y, through the Secretary', () => {
    const r = relations(extract("Secretary Luis Quiroga met Prime Minister Ana Quispe in Suva. The Secretary conveyed President Rodrigo Mamani's invitation to Prime Minister Quispe to visit Lima."), ["INVITED", "CONVEYED_VIA", "CONVEYED_TO"]);
    assert.ok(r.includes(`INVITED ${MAMANI} -> person:ana-quispe`), r.join("; "));
    assert.ok(r.includes(`CONVEYED_VIA ${MAMANI} -> person:luis-quiroga`), r.join("; "));
  });
});

describe("a foreign ministry's numbered overview (Japanese MOFA style; the sixth held-out set, nineteenth session)", () => {
  const OVERVIEW =
    "1. On March 3, Mr. Luis Quiroga, Minister for Foreign Affairs of Peru, held a meeting in Lima with Hon. Ana Quispe, Minister of Foreign Affairs of Bolivia. 2. Following the meeting, the two Ministers signed and exchanged notes concerning a loan for the railway project. 3. The two Ministers concurred to hold the next meeting in La Paz within this year.";
  it('"The two Ministers concurred to hold the next meeting in La Paz within this year": planned, of the two who met', () => {
    const m = meetings(extract(OVERVIEW, "2026-03-03"));
    assert.deepEqual(m[m.length - 1], { status: "planned", date: "2026", participants: ["person:ana-quispe", "person:luis-quiroga"] });
  });
  it('"the two Ministers signed and exchanged notes concerning a loan": both signed the notes', () => {
    assert.equal(relations(extract(OVERVIEW, "2026-03-03"), ["SIGNED"]).length, 2);
  });
  it('"The two sides agreed … to hold the next meeting of the commission in La Paz": planned, of the two states', () => {
    const m = meetings(extract("Peruvian President Ana Quispe held talks with Bolivian President Rodrigo Mamani in Lima on Tuesday. The two sides agreed to open the border crossing, and to hold the next meeting of the intergovernmental commission in La Paz in the second half of this year.", "2026-04-14"));
    assert.deepEqual(m[1], { status: "planned", date: "2026", participants: ["government:bolivia", "government:peru"] });
  });
  it('"held talks in Tokyo with then-Minister for Foreign Affairs, Mr. X": a meeting with X; "A meeting between A and B … will not take place": cancelled', () => {
    assert.deepEqual(meetings(extract("Ana Quispe previously visited Peru in September 2025, when she held talks in Lima with then-Minister for Foreign Affairs, Mr. Luis Quiroga.", "2026-03-03")).map((x) => [x.status, ...x.participants]), [["held", "person:ana-quispe", "person:luis-quiroga"]]);
    assert.deepEqual(meetings(extract("A meeting between Ana Quispe and Luis Quiroga, which had been arranged for March 4, will not take place due to the schedule of Quiroga.", "2026-03-03")).map((x) => x.status), ["cancelled"]);
  });
});

describe("an explainer's list of ministers (the sixth held-out set, nineteenth session)", () => {
  const TEXT =
    "QUITO, June 12 – The foreign ministers of the three countries – Luis Quiroga of Peru, Ana Quispe of Bolivia and Rodrigo Mamani of Chile – met Tomás Ibarra, the president of the Andean Commission, in Quito on Wednesday. Ecuador's foreign minister, Isabel Ferrán, hosted and chaired the session. On Thursday morning the four were received together by Sofía Benítez, Ecuador's President of the Council of Ministers.";
  it('"– A of Peru, B of Bolivia and C of Chile – met D": the three met D, and each is their state\'s foreign minister', () => {
    const f = extract(TEXT, "2026-06-12");
    const o = relations(f, ["HOLDS_OFFICE"]);
    for (const [p, g] of [["luis-quiroga", "peru"], ["ana-quispe", "bolivia"], [MAMANI.slice(7), "chile"]]) assert.ok(o.includes(`HOLDS_OFFICE person:${p} -> government:${g} [foreign minister]`), o.join("; "));
    const m = meetings(f);
    assert.deepEqual(m[0], { status: "held", date: "2026-06-10", participants: ["person:ana-quispe", "person:isabel-ferran", "person:luis-quiroga", MAMANI, "person:tomas-ibarra"] });
  });
  it('"the four were received together by Y": the first four at the meeting before, not its host', () => {
    const m = meetings(extract(TEXT, "2026-06-12"));
    assert.deepEqual(m[1], { status: "held", date: "2026-06-11", participants: ["person:ana-quispe", "person:luis-quiroga", MAMANI, "person:sofia-benitez", "person:tomas-ibarra"] });
  });
});

describe("a published schedule (the sixth held-out set, nineteenth session)", () => {
  const SCHEDULE = [
    "LIMA, 15 November – The Ministry has published the following schedule for the Minister of Foreign Affairs, Luis Quiroga, for the week beginning Monday.",
    "Monday, 16 November (Quito)",
    "08:30 – Meets the Foreign Minister of Ecuador, Ana Quispe, at the Carondelet Palace.",
    "13:15 – Working lunch with the Foreign Minister of Bolivia, Rodrigo Mamani.",
    "17:30 – Telephone call with Chile's Minister of Foreign Affairs, Isabel Ferrán.",
    "Tuesday, 17 November (Lima)",
    "11:30 – Bilateral meeting with the Foreign Minister of Colombia, Tomás Ibarra. CANCELLED: the Colombian side said the minister would not travel.",
    "14:00 – Briefs President Sofía Benítez on the visit.",
  ].join("\n\n");
  it("each entry is a meeting of the one it is for, planned on its heading's day, cancelled when the line says so; a call is none", () => {
    assert.deepEqual(meetings(extract(SCHEDULE, "2026-11-15")), [
      { status: "planned", date: "2026-11-16", participants: ["person:ana-quispe", "person:luis-quiroga"] },
      { status: "planned", date: "2026-11-16", participants: ["person:luis-quiroga", MAMANI] },
      { status: "cancelled", date: "2026-11-17", participants: ["person:luis-quiroga", "person:tomas-ibarra"] },
      { status: "planned", date: "2026-11-17", participants: ["person:luis-quiroga", "person:sofia-benitez"] },
    ]);
  });
  it("a schedule tells plans, not meetings held: no one in it has met anyone, even when the article is dated after its days", () => {
    const f = extract(SCHEDULE, "2026-11-18");
    assert.deepEqual(meetings(f).map((x) => x.status), ["planned", "planned", "cancelled", "planned"]);
    assert.deepEqual(relations(f, ["MET_WITH"]), []);
  });
});

describe("a press office's bulletin of audiences (the seventh held-out set, nineteenth session)", () => {
  const BULLETIN = [
    "The Holy Father Leo XIV received this morning in audience:",
    "- His Excellency Mr. Luis Quiroga, Ambassador of the Republic of Peru, for the presentation of the Letters of Credence;",
    "- His Excellency Mr. Rodrigo Mamani, President of the Plurinational State of Bolivia, and entourage.",
    "This morning the Holy Father received in audience His Excellency Mr. Rodrigo Mamani, President of the Plurinational State of Bolivia, who subsequently met with His Eminence Cardinal Tomás Ibarra, Secretary of State, accompanied by His Excellency Archbishop Sofía Benítez.",
  ].join("\n\n");
  it('"received this morning in audience:" and its list: a meeting held with each guest, that day', () => {
    const m = meetings(extract(BULLETIN, "2026-06-13"));
    assert.deepEqual(m.slice(0, 2), [
      { status: "held", date: "2026-06-13", participants: ["person:leo-xiv", "person:luis-quiroga"] },
      { status: "held", date: "2026-06-13", participants: ["person:leo-xiv", MAMANI] },
    ]);
  });
  it('"X, President of …, who subsequently met with His Eminence Cardinal Y, accompanied by Z": X met Y and Z, who came together', () => {
    const met = relations(extract(BULLETIN, "2026-06-13"), ["MET_WITH"]);
    assert.ok(met.includes(`MET_WITH ${MAMANI} -> person:tomas-ibarra`), met.join("; "));
    assert.ok(met.includes(`MET_WITH ${MAMANI} -> person:sofia-benitez`), met.join("; "));
    assert.ok(!met.some((r) => r.includes("tomas-ibarra") && r.includes("sofia-benitez")), met.join("; "));
  });
  it('"the Holy Father" is the pope, the Holy See\'s', () => {
    const o = relations(extract(BULLETIN, "2026-06-13"), ["HOLDS_OFFICE"]);
    assert.ok(o.some((r) => r.startsWith("HOLDS_OFFICE person:leo-xiv -> government:vatican-city")), o.join("; "));
  });
});

describe("a local paper's visit (the seventh held-out set, nineteenth session)", () => {
  it('"the ambassador called on Governor Y at the Palacio de Gobierno": the one the article made ambassador in apposition; the palace is a place', () => {
    const f = extract("LIMA - Bolivia's ambassador to Peru, Ana Quispe, arrived on Tuesday and was received by Mayor Isabel Ferrán. \"We have much in common,\" Ferrán told reporters. On Wednesday morning the ambassador called on Governor Luis Quiroga at the Palacio de Gobierno.", "2026-08-20");
    assert.ok(relations(f, ["MET_WITH"]).includes("MET_WITH person:ana-quispe -> person:luis-quiroga"), relations(f).join("; "));
    assert.ok(!relations(f).some((r) => r.includes("person:palacio")), relations(f).join("; "));
  });
});

describe("a commission's communiqué (the seventh held-out set, nineteenth session)", () => {
  const COMMUNIQUE = [
    "1. The Chairperson of the Andean Commission, H.E. Mr. Luis Quiroga, received in audience today, Wednesday 9 September 2026, at the Headquarters of the Commission in Lima, H.E. Ms. Ana Quispe, Special Envoy of the President of the Republic of Bolivia.",
    "2. The Special Envoy delivered to the Chairperson a letter from H.E. President Rodrigo Mamani.",
    "3. The Chairperson was accompanied by H.E. Ambassador Tomás Ibarra, Commissioner for Political Affairs.",
  ].join("\n\n");
  it('"X, received in audience today, <day>, at the Headquarters … in Lima, Y": held that day, there; "The Chairperson was accompanied by H.E. Z": Z too', () => {
    const f = extract(COMMUNIQUE, "2026-09-09");
    assert.deepEqual(meetings(f), [{ status: "held", date: "2026-09-09", participants: ["person:ana-quispe", "person:luis-quiroga", "person:tomas-ibarra"] }]);
    assert.ok(relations(f).includes("HELD_IN meeting -> place:lima"), relations(f).join("; "));
  });
  it('"The Special Envoy delivered to the Chairperson a letter from President Z": the posts set off around the names stand for them', () => {
    const r = relations(extract(COMMUNIQUE, "2026-09-09"), ["CONVEYED_VIA", "CONVEYED_TO"]).sort();
    // (the letter handed to the Chairperson is for her: its sender's too, thirty-second session)
    assert.deepEqual(r, ["CONVEYED_TO person:ana-quispe -> person:luis-quiroga", `CONVEYED_TO ${MAMANI} -> person:luis-quiroga`, `CONVEYED_VIA ${MAMANI} -> person:ana-quispe`].sort());
  });
});

describe("a factbox of who's who (the seventh held-out set, nineteenth session)", () => {
  const FACTBOX = [
    "Here are the main people involved:",
    "* Luis Quiroga - Peruvian foreign minister. Held separate meetings on Tuesday evening with Ana Quispe and with Rodrigo Mamani. Handed Mamani a letter from Peruvian President Isabel Ferrán.",
    "* Ana Quispe - President of the Republic of Bolivia. Met Quiroga on Tuesday and attended the plenary.",
    "* Tomás Ibarra - UN spokesperson. Briefs reporters outside the room.",
  ].join("\n\n");
  it("a line's later sentences, with no subject, are its person's: separate meetings with each, a letter handed", () => {
    const f = extract(FACTBOX, "2026-03-18");
    assert.deepEqual(meetings(f).map((x) => [x.status, ...x.participants]), [
      ["held", "person:ana-quispe", "person:luis-quiroga"],
      ["held", "person:luis-quiroga", MAMANI],
      // (the plenary she attended: twentieth session)
      ["held", "person:ana-quispe"],
    ]);
    assert.ok(relations(f).includes("CONVEYED_VIA person:isabel-ferran -> person:luis-quiroga"), relations(f).join("; "));
    // (a line break ends the line: the spokesperson's "Briefs reporters" is his, and no one met him)
    assert.ok(!relations(f, ["MET_WITH"]).some((r) => r.includes("tomas-ibarra")), relations(f).join("; "));
  });
  it('"* X - Peruvian foreign minister.", "* Y - President of the Republic of Bolivia.": their posts', () => {
    const o = relations(extract(FACTBOX, "2026-03-18"), ["HOLDS_OFFICE"]);
    assert.ok(o.includes("HOLDS_OFFICE person:luis-quiroga -> government:peru [foreign minister]"), o.join("; "));
    assert.ok(o.some((r) => r.startsWith("HOLDS_OFFICE person:ana-quispe -> government:bolivia")), o.join("; "));
  });
});

describe("a parliament's written answers (the seventh held-out set, nineteenth session)", () => {
  const HANSARD = [
    "Peru: Diplomacy",
    "Mr Tomás Ibarra (Lima North) (Lab): To ask the Secretary of State what meetings Ministers have held with Andean counterparts since 1 March 2026.",
    "Luis Quiroga (Minister for the Americas): I visited La Paz on 9 April, where I met the Foreign Minister of Bolivia, Ana Quispe.",
    "I will meet the Prime Minister of Chile, Rodrigo Mamani, when he visits London on 5 May.",
    "Ecuador: Embassies",
    "Isabel Ferrán (Foreign Secretary): I have not met the Ecuadorian Ambassador, Sofía Benítez.",
  ].join("\n\n");
  it('the answer\'s "I" is its speaker, over its paragraphs, up to the next heading; the one who put the question is no one\'s "I"', () => {
    const f = extract(HANSARD, "2026-04-21");
    assert.deepEqual(meetings(f).map((x) => [x.status, ...x.participants]), [
      ["held", "person:ana-quispe", "person:luis-quiroga"],
      ["planned", "person:luis-quiroga", MAMANI],
    ]);
    assert.deepEqual(relations(f, ["MET_WITH"]), ["MET_WITH person:luis-quiroga -> person:ana-quispe"]);
  });
});

describe("a national agency's summit story (the seventh held-out set, nineteenth session)", () => {
  it('"Attending the talks from the Peruvian side were A and B, while C accompanied Y": all at the talks; "A and C signed an action plan for the partnership"', () => {
    const f = extract(
      "LIMA, Sept. 22 (Andina) -- President Ana Quispe held summit talks with visiting President Rodrigo Mamani on Tuesday. Attending the talks from the Peruvian side were Foreign Minister Luis Quiroga and Defense Minister Isabel Ferrán, while Foreign Minister Tomás Ibarra accompanied Mamani. After the talks, Quiroga and Ibarra signed an action plan for the strategic partnership as the two presidents looked on.",
      "2026-09-22",
    );
    assert.deepEqual(meetings(f)[0], { status: "held", date: "2026-09-22", participants: ["person:ana-quispe", "person:isabel-ferran", "person:luis-quiroga", MAMANI, "person:tomas-ibarra"] });
    assert.deepEqual(relations(f, ["SIGNED"]).map((r) => r.split(" -> ")[0]).sort(), ["SIGNED person:luis-quiroga", "SIGNED person:tomas-ibarra"]);
  });
});

describe("the governor, the mayor, the ambassador (the seventh held-out set, nineteenth session)", () => {
  it('"The governor was joined by Z": the one governor the article names', () => {
    const f = extract("On Wednesday the ambassador, Ana Quispe, called on Governor Luis Quiroga at the palace. The governor was joined by the state secretary, Tomás Ibarra.");
    assert.deepEqual(meetings(f).map((x) => [x.status, ...x.participants]), [["held", "person:ana-quispe", "person:luis-quiroga", "person:tomas-ibarra"]]);
  });
});

describe("one who joined the host (nineteenth session)", () => {
  it('"The governor was joined by the state secretary, Z": Z meets the guest, not the governor, whose side Z is on', () => {
    const met = relations(extract("On Wednesday the ambassador, Ana Quispe, called on Governor Luis Quiroga at the palace. The governor was joined by the state secretary, Tomás Ibarra."), ["MET_WITH"]);
    assert.ok(met.some((r) => r.includes("tomas-ibarra") && r.includes("ana-quispe")), met.join("; "));
    assert.ok(!met.some((r) => r.includes("tomas-ibarra") && r.includes("luis-quiroga")), met.join("; "));
  });
});

describe("a profile told in pronouns (the seventh held-out set, nineteenth session)", () => {
  it('"In July 1997, …, she chaired the session, where she met the Andean leaders A and B": the one the article is about met each, and they came as one side', () => {
    const f = extract(
      [
        "Ana Quispe, a Peruvian diplomat, died in Lima on Friday. Quispe was 87.",
        "Quispe joined the foreign ministry in 1962. Early postings took Quispe to Quito and Bogotá.",
        "It was the Andean war, though, that defined her.",
        "In July 1997, as head of the ministry's Andean division, she chaired the opening session of the talks, where she met the rebel leaders Luis Quiroga and Rodrigo Mamani.",
        "Quispe retired in 2008.",
      ].join("\n\n"),
      "2026-10-12",
    );
    assert.deepEqual(meetings(f).map((x) => [x.status, x.date, ...x.participants]), [["held", "1997-07", "person:ana-quispe", "person:luis-quiroga", MAMANI]]);
    const met = relations(f, ["MET_WITH"]);
    assert.ok(!met.some((r) => r.includes("luis-quiroga") && r.includes(MAMANI)), met.join("; "));
  });
});

describe("\"the Ambassador\" of a release (nineteenth session)", () => {
  it('"The Minister received X, Ambassador of Bolivia to Peru. The Minister was accompanied by Ambassador Z. … the Ambassador conveyed …": X, whose post is set off, not Z, whose rank is worn as a title', () => {
    const r = relations(
      extract("The Minister of Foreign Affairs, Luis Quiroga, received H.E. Mr. Rodrigo Mamani, Ambassador of Bolivia to Peru, at the Ministry on Tuesday. The Minister was accompanied by the Director-General, Ambassador Tomás Ibarra. The Ambassador handed over to the Minister a letter from President Ana Quispe."),
      ["CONVEYED_VIA", "CONVEYED_TO"],
    ).sort();
    assert.deepEqual(r, [`CONVEYED_TO ${MAMANI} -> person:luis-quiroga`, "CONVEYED_TO person:ana-quispe -> person:luis-quiroga", `CONVEYED_VIA person:ana-quispe -> ${MAMANI}`].sort());
  });
});

describe("a parliament's written answers, read further (the seventh held-out set, twentieth session)", () => {
  const ANSWER = [
    "Isabel Ferrán (Foreign Secretary): I have not met the Ecuadorian Ambassador, Sofía Benítez. He requested a meeting with me in February; I declined.",
    "On 3 March, after the attack on our consulate, the Ambassador was summoned to the Foreign Office, where he was received by the Director for the Americas and the Caribbean, Tomás Ibarra.",
  ].join("\n\n");
  it('"He requested a meeting with me": not the speaker, who is "me", but the one named before; the requester is at the meeting asked for', () => {
    const f = extract(ANSWER, "2026-04-21");
    assert.deepEqual(meetings(f)[0].participants, ["person:isabel-ferran", "person:sofia-benitez"]);
    assert.equal(meetings(f)[0].status, "proposed");
  });
  it('"On 3 March, …, X was summoned to the Foreign Office, where he was received by the Director for A and B, Y": held, on the day the sentence opens with', () => {
    const f = extract(ANSWER, "2026-04-21");
    assert.deepEqual(meetings(f)[1], { status: "held", date: "2026-03-03", participants: ["person:sofia-benitez", "person:tomas-ibarra"] });
  });
  it('"X was received at the Foreign Office by the Director for the Americas, Y": a capitalised post before the name', () => {
    const f = extract("On 3 March Sofía Benítez was received at the Foreign Office by the Director for the Americas, Tomás Ibarra.", "2026-04-21");
    assert.deepEqual(meetings(f), [{ status: "held", date: "2026-03-03", participants: ["person:sofia-benitez", "person:tomas-ibarra"] }]);
  });
  it('"I will host Y in London on 12 May. We last met in Lima on 29 January": the speaker and Y met then', () => {
    const f = extract("Isabel Ferrán (Foreign Secretary): I will host Foreign Minister Luis Quiroga in London on 12 May. We last met in Lima on 29 January, and we spoke by video call on 2 April.", "2026-04-21");
    assert.deepEqual(
      meetings(f).map((x) => [x.status, x.date, ...x.participants]),
      [["planned", "2026-05-12", "person:isabel-ferran", "person:luis-quiroga"], ["held", "2026-01-29", "person:isabel-ferran", "person:luis-quiroga"]],
    );
  });
  it('"A raised the cases in a telephone call with B. B has proposed that they meet in Geneva": a meeting proposed, of the two', () => {
    const f = extract("Ana Quispe raised the cases in a telephone call with Luis Quiroga on 17 April. Quiroga has proposed that they meet in Geneva; no date has been agreed.", "2026-04-21");
    assert.deepEqual(meetings(f).map((x) => [x.status, ...x.participants]), [["proposed", "person:ana-quispe", "person:luis-quiroga"]]);
  });
});

describe("an exclusive on secret talks (the seventh held-out set, twentieth session)", () => {
  it('"Lima hopes eventually to bring A and B together, … under the auspices of the crown prince": proposed, by Lima, with the prince', () => {
    const f = extract("Crown Prince Tomás Ibarra of Peru spoke to Ana Quispe. Two of the sources said Peru hopes eventually to bring Ana Quispe and Luis Quiroga together, possibly in the Peruvian capital and under the auspices of the crown prince.");
    assert.deepEqual(meetings(f).map((x) => [x.status, ...x.participants]), [["proposed", "person:ana-quispe", "person:luis-quiroga", "person:tomas-ibarra"]]);
    assert.deepEqual(relations(f, ["PROPOSED"]), ["PROPOSED government:peru -> meeting"]);
  });
  it('"The two leaders signed a joint declaration in Quito in July 2018", sentences after the pair was named: that pair, who met there then', () => {
    const f = extract("Peru hopes to bring Ana Quispe and Luis Quiroga together again. An official said the idea had been raised more than once. The two leaders signed a joint declaration of peace in Quito in July 2018, ending two decades of hostility.");
    assert.deepEqual(meetings(f)[1], { status: "held", date: "2018-07", participants: ["person:ana-quispe", "person:luis-quiroga"] });
    assert.deepEqual(relations(f, ["SIGNED"]).map((r) => r.split(" -> ")[0]).sort(), ["SIGNED person:ana-quispe", "SIGNED person:luis-quiroga"]);
  });
});

describe("a newsletter's items (the eighth held-out set, twentieth session)", () => {
  it('"received her Trinidad and Tobago counterpart, Y": Y, of that state, not the state', () => {
    const f = extract("Peruvian Prime Minister Ana Quispe received her Trinidad and Tobago counterpart, Luis Quiroga, at the palace on Monday for talks.", "2026-04-14");
    assert.deepEqual(meetings(f), [{ status: "held", date: "2026-04-13", participants: ["person:ana-quispe", "person:luis-quiroga"] }]);
    assert.ok(relations(f, ["HOLDS_OFFICE"]).some((r) => r.startsWith("HOLDS_OFFICE person:luis-quiroga -> government:trinidad-and-tobago")), relations(f).join("; "));
  });
  it('"X will pay a state visit to Lima next month at the invitation of Peru\'s President Y": planned, X and Y', () => {
    const f = extract("Chile's President Luis Quiroga will pay a state visit to Lima next month at the invitation of Peru's President Ana Quispe, the presidency confirmed on Monday.", "2026-04-14");
    assert.deepEqual(meetings(f), [{ status: "planned", date: "2026-05", participants: ["person:ana-quispe", "person:luis-quiroga"] }]);
  });
  it('"He did not get to see the general. Peru\'s foreign minister, Y, received him on Monday instead": Y met the visitor', () => {
    const f = extract("Chile's Foreign Minister Luis Quiroga flew into Lima on Sunday. He did not get to see the general. Peru's foreign minister, Ana Quispe, received him on Monday instead and accepted the letter.", "2026-04-14");
    assert.deepEqual(meetings(f), [{ status: "held", date: "2026-04-13", participants: ["person:ana-quispe", "person:luis-quiroga"] }]);
  });
  it('"will come to Quito next month for talks of his own with Y": planned', () => {
    const f = extract("Officials say Luis Quiroga will come to Quito next month for talks of his own with Ana Quispe.", "2026-04-14");
    assert.deepEqual(meetings(f), [{ status: "planned", date: "2026-05", participants: ["person:ana-quispe", "person:luis-quiroga"] }]);
  });
  it('"a memorandum on a ferry service between A and B, signed by the two foreign ministers, X of A and Y of B, as the prime ministers looked on": they signed it, at their leaders\' meeting', () => {
    const f = extract(
      "Peruvian Prime Minister Ana Quispe received her Chilean counterpart, Luis Quiroga, at the palace on Monday. The centrepiece was a memorandum of understanding on a ferry service between Callao and Arica, signed by the two foreign ministers, Tomás Ibarra of Peru and Sofía Benítez of Chile, as the prime ministers looked on.",
      "2026-04-14",
    );
    assert.deepEqual(relations(f, ["SIGNED"]).map((r) => r.split(" -> ")[0]).sort(), ["SIGNED person:sofia-benitez", "SIGNED person:tomas-ibarra"]);
    assert.deepEqual(meetings(f), [{ status: "held", date: "2026-04-13", participants: ["person:ana-quispe", "person:luis-quiroga", "person:sofia-benitez", "person:tomas-ibarra"] }]);
    const met = relations(f, ["MET_WITH"]);
    assert.ok(met.some((r) => r.includes("ana-quispe") && r.includes("sofia-benitez")), met.join("; "));
    assert.ok(!met.some((r) => r.includes("ana-quispe") && r.includes("tomas-ibarra")), met.join("; "));
  });
});

describe("a photo gallery's captions (the eighth held-out set, twentieth session)", () => {
  const GALLERY = [
    "Photo 1 of 4: Peruvian President Ana Quispe is greeted by Chile's Foreign Minister, Luis Quiroga, after landing in Santiago on Tuesday, June 9, 2026. (Rosa Ibáñez/AFP)",
    "Photo 2 of 4: President Rodrigo Mamani and Quispe review the guard of honour at La Moneda on Wednesday, June 10. (Rosa Ibáñez/AFP)",
    "Photo 3 of 4: Tomás Ibarra, left, and Quiroga sign a memorandum of understanding on fisheries, as Quispe and Mamani look on. (Pedro Solís/Reuters)",
    "Photo 4 of 4: Mamani raises a glass to Quispe at the state banquet on Wednesday evening. Sofía Benítez and Quiroga were among the guests. Quispe will call on the Senate's president, Jorge Salinas, on Thursday. (Pedro Solís/Reuters)",
  ].join("\n\n");
  it("a caption's present tense is what happened: greeted, reviewed the guard of honour, raised a glass, looked on; 'were among the guests'; its 'will' stays ahead", () => {
    const f = extract(GALLERY, "2026-06-11");
    assert.deepEqual(
      meetings(f).map((x) => [x.status, x.date, ...x.participants]),
      [
        ["held", "2026-06-09", "person:ana-quispe", "person:luis-quiroga"],
        // (those who signed as the leaders looked on were at the leaders' meeting; the banquet's guests at the banquet)
        ["held", "2026-06-10", "person:ana-quispe", "person:luis-quiroga", MAMANI, "person:tomas-ibarra"],
        ["held", "2026-06-10", "person:ana-quispe", "person:luis-quiroga", MAMANI, "person:sofia-benitez"],
        ["planned", "2026-06-11", "person:ana-quispe", "person:jorge-salinas"],
      ],
    );
    assert.deepEqual(relations(f, ["SIGNED"]).map((r) => r.split(" -> ")[0]).sort(), ["SIGNED person:luis-quiroga", "SIGNED person:tomas-ibarra"]);
  });
  it("a photograph's credit, '(Rosa Ibáñez/AFP)', names no one of the story", () => {
    assert.ok(!extract(GALLERY, "2026-06-11").entities.some((e) => /ibanez|solis/.test(e.key)));
  });
});

describe("a record's minutes (the eighth held-out set, twentieth session)", () => {
  const MINUTES = [
    "MINUTES OF THE SECOND SESSION",
    "Lima, Ministry of Foreign Affairs, 6 October 2026, 10:00-13:30",
    "Present:\nMs Ana Quispe, Deputy Minister of Foreign Affairs of the Republic of Peru (Co-Chair, in the Chair)\nMr Jorge Salinas, State Adviser, Ministry of Economy and Labour of the Republic of Peru\nMr Luis Quiroga, State Secretary, Ministry of Foreign Affairs of Chile (Co-Chair)\nMs Sofía Benítez, Director-General for Investment, Ministry of Economy of Chile",
    "Apologies:\nMr Tomás Ibarra, Director-General for Economic Diplomacy, Ministry of Foreign Affairs of Chile",
    "1. Welcome",
    "1.1 The Chair welcomed the Chilean delegation to Lima. She noted that the Chilean Co-Chair had been received earlier that morning by the Minister of Foreign Affairs, Mr Rodrigo Mamani.",
    "2. Signing",
    "2.1 The Co-Chairs signed the Protocol of the Second Session of the Joint Commission.",
  ].join("\n\n");
  it('those under "Present:" met, at the venue line\'s place and day; those under "Apologies:" did not; each line\'s post is of its ministry\'s state', () => {
    const f = extract(MINUTES, "2026-10-06");
    assert.deepEqual(meetings(f)[0], { status: "held", date: "2026-10-06", participants: ["person:ana-quispe", "person:jorge-salinas", "person:luis-quiroga", "person:sofia-benitez"] });
    // (each met those of the other side, once the lists were read: not their own colleagues)
    const met = relations(f, ["MET_WITH"]);
    assert.ok(met.some((r) => r.includes("jorge-salinas") && r.includes("sofia-benitez")), met.join("; "));
    assert.ok(!met.some((r) => r.includes("jorge-salinas") && r.includes("ana-quispe")), met.join("; "));
    assert.ok(!relations(f).some((r) => r.includes("tomas-ibarra") && !r.startsWith("HOLDS_OFFICE") && !r.startsWith("MENTIONED")), relations(f).join("; "));
    const offices = relations(f, ["HOLDS_OFFICE"]).filter((r) => r.includes("government:"));
    for (const who of ["luis-quiroga", "sofia-benitez", "tomas-ibarra"]) assert.ok(offices.some((r) => r.startsWith(`HOLDS_OFFICE person:${who} -> government:chile`)), `${who}: ${offices.join("; ")}`);
    assert.ok(!relations(f, ["MET_WITH"]).some((r) => r.includes("luis-quiroga") && r.includes("sofia-benitez")), "colleagues of one state");
  });
  it('"the Chilean Co-Chair", "The Chair" and "The Co-Chairs" are those the lists mark so; "Protocol of the … Session" is a document', () => {
    const f = extract(MINUTES, "2026-10-06");
    assert.ok(meetings(f).some((m) => m.status === "held" && m.participants.join() === ["person:luis-quiroga", MAMANI].join()), JSON.stringify(meetings(f)));
    assert.deepEqual(relations(f, ["SIGNED"]).map((r) => r.split(" -> ")[0]).sort(), ["SIGNED person:ana-quispe", "SIGNED person:luis-quiroga"]);
  });
});

describe("a contacts tracker's table (the eighth held-out set, twentieth session)", () => {
  const TRACKER = [
    "This tracker records contacts between Peruvian and Chilean officials.",
    [
      "| Date | Participants | Venue | Status | Notes |",
      "|---|---|---|---|---|",
      "| 2026-01-16 | Ana Quispe (Peruvian FM); Luis Quiroga (Chilean FM) | Lima | Held | Bilateral. Tomás Ibarra also present. |",
      "| 2026-03-03 | Quispe; Quiroga | - | Call | Telephone call after an incident. |",
      "| 2026-03-11 | Sofía Benítez (Bolivian envoy); Quiroga | Arica | Cancelled | Called off the evening before. Not rescheduled. |",
      "| Late April | Quispe; Rodrigo Mamani (Bolivian President) | La Paz | Rumoured | Ruled out by an aide. |",
      "| 2026-05-20 | Quispe; Quiroga | Santiago | Planned | Next round. |",
      "| TBD | Jorge Salinas (Ecuadorian President); Quispe; Quiroga | Quito | Proposed | Ecuadorian offer. |",
    ].join("\n"),
    "The cancelled March meeting at Arica is the weakest link.",
  ].join("\n\n");
  it("each row is a meeting of its participants with its status, place and date; a call and a rumour are none; a note's 'also present' is at the table", () => {
    const f = extract(TRACKER, "2026-05-15");
    assert.deepEqual(
      meetings(f).map((x) => [x.status, x.date, ...x.participants]),
      [
        ["held", "2026-01-16", "person:ana-quispe", "person:luis-quiroga", "person:tomas-ibarra"],
        ["cancelled", "2026-03-11", "person:luis-quiroga", "person:sofia-benitez"],
        ["planned", "2026-05-20", "person:ana-quispe", "person:luis-quiroga"],
        ["proposed", undefined, "person:ana-quispe", "person:jorge-salinas", "person:luis-quiroga"],
      ],
    );
  });
  it('"Ana Quispe (Peruvian FM)": a post in brackets with its state', () => {
    const o = relations(extract(TRACKER, "2026-05-15"), ["HOLDS_OFFICE"]);
    assert.ok(o.includes("HOLDS_OFFICE person:ana-quispe -> government:peru [FM]"), o.join("; "));
    assert.ok(o.includes("HOLDS_OFFICE person:jorge-salinas -> government:ecuador [President]"), o.join("; "));
  });
});

describe("an interview in questions and answers (the eighth held-out set, twentieth session)", () => {
  it('"A:" is the one the article introduced before its first question, "Q:" no one; "I" and "me" in an answer are theirs', () => {
    const f = extract(
      [
        "THE ENVOY INTERVIEW",
        "Ana Quispe has been Peru's ambassador to Bolivia since 2024. We spoke in Lima in August.",
        "Q: Whom do you get to see?",
        "A: In April, Foreign Minister Luis Quiroga received me at the ministry in La Paz. We had forty minutes.",
        "Q: And in Santiago?",
        "A: On my way home in July I stopped in Santiago and met the interior minister, Tomás Ibarra.",
      ].join("\n\n"),
      "2026-08-20",
    );
    assert.deepEqual(
      meetings(f).map((x) => [x.status, x.date, ...x.participants]),
      [
        ["held", "2026-04", "person:ana-quispe", "person:luis-quiroga"],
        ["held", "2026-07", "person:ana-quispe", "person:tomas-ibarra"],
      ],
    );
  });
});

describe("a diplomatic cable (the eighth held-out set, twentieth session)", () => {
  const CABLE = [
    "C O N F I D E N T I A L SECTION 01 OF 02 LIMA 000214",
    "SUBJECT: PERU: FM QUIROGA SAYS SUMMIT IS OFF; CHILEAN AMBASSADOR PASSES A LETTER",
    "Classified By: Ambassador Ana Quispe for reasons 1.4 (b) and (d).",
    "1. (C) Summary: In a March 10 meeting with the Ambassador, Foreign Minister Luis QUIROGA said the summit will not take place on that date. End summary.",
    "2. (C) Chilean Ambassador Tomás IBARRA called on the Ambassador at the Embassy on March 11.",
  ].join("\n\n");
  it('"the Ambassador" is the one of no other state ("Ambassador X", not "Chilean Ambassador Y"); "In a March 10 meeting with X, Y said" was held, of both; a line in capitals and "(C)" name no one', () => {
    const f = extract(CABLE, "2026-03-12");
    assert.deepEqual(
      meetings(f).map((x) => [x.status, x.date, ...x.participants]),
      [
        ["held", "2026-03-10", "person:ana-quispe", "person:luis-quiroga"],
        ["held", "2026-03-11", "person:ana-quispe", "person:tomas-ibarra"],
      ],
    );
    assert.ok(!f.entities.some((e) => e.kind === "Person" && !/quispe|quiroga|ibarra/.test(e.key)), f.entities.map((e) => e.key).join("; "));
  });
});

describe("a memoir's first person (the eighth held-out set, twentieth session)", () => {
  it('"an excerpt from … by X": "I" and "me" are X, outside quotation marks', () => {
    const f = extract(
      [
        'The following is an excerpt from "The Quiet Line", the memoirs of Ana Quispe, who served as foreign minister of Peru.',
        'In the autumn of 2011 the president called me to the palace. "I want a conversation that nobody knows about," he told me.',
        "In the spring of 2012 I met Luis Quiroga in a hotel suite in Paris.",
      ].join("\n\n"),
      "2026-09-24",
    );
    assert.deepEqual(meetings(f).map((x) => [x.status, x.date, ...x.participants]), [["held", "2012", "person:ana-quispe", "person:luis-quiroga"]]);
  });
});

describe("a factbox's plenary (the seventh held-out set, twentieth session)", () => {
  it('"… then chaired Wednesday\'s opening plenary", "Attended the plenary", "Met X on Tuesday and attended the plenary" (the same words under two names): one plenary, all of them, each meeting the others of other sides', () => {
    const f = extract(
      [
        "GENEVA, March 18 - The informal meeting opened on Wednesday.",
        "* Ana Quispe - UN Secretary-General. Held separate meetings on Tuesday evening with Luis Quiroga and with Tomás Ibarra, then chaired Wednesday's opening plenary with all five delegations.",
        "* Luis Quiroga - President of Peru. Met Quispe on Tuesday and attended the plenary.",
        "* Tomás Ibarra - Foreign Minister of Chile. Met Quispe on Tuesday and attended the plenary.",
      ].join("\n\n"),
      "2026-03-18",
    );
    const plenary = meetings(f).find((m) => m.participants.length === 3);
    assert.deepEqual(plenary?.participants, ["person:ana-quispe", "person:luis-quiroga", "person:tomas-ibarra"]);
    const met = relations(f, ["MET_WITH"]);
    assert.ok(met.some((r) => r.includes("luis-quiroga") && r.includes("tomas-ibarra")), met.join("; "));
  });
});

describe("a communiqué's visits still ahead (the seventh held-out set, twentieth session)", () => {
  const COMMUNIQUE = [
    "1. The Chairperson, Tomás Ibarra, received Ana Quispe, Special Envoy of President Luis Quiroga, at the Headquarters in Addis Ababa today.",
    "4. The Special Envoy, Ana Quispe, conveyed President Luis Quiroga's invitation to the Chairperson, Tomás Ibarra, to visit Lima for consultations in November 2026. The Chairperson accepted the invitation with pleasure.",
    "5. The Chairperson was accompanied by Ambassador Sofía Benítez.",
    "7. The Chairperson held a telephone conversation with President Rodrigo Mamani. The Chairperson informed President Mamani that he will travel to La Paz on Tuesday 15 September 2026 for consultations, and will then proceed to Quito, where he will be received by President Jorge Salinas.",
  ].join("\n\n");
  it('"X\'s invitation to Y to visit Lima … accepted": planned; "was accompanied by Z" joins the meeting held, not the visit ahead; "he will then proceed to Quito, where he will be received by W": planned, of the one who said so', () => {
    const f = extract(COMMUNIQUE, "2026-09-09");
    const ms = meetings(f).map((x) => [x.status, ...x.participants]);
    assert.ok(ms.some((m) => m.join() === ["planned", "person:luis-quiroga", "person:tomas-ibarra"].join()), JSON.stringify(ms));
    assert.ok(ms.some((m) => m.join() === ["planned", "person:jorge-salinas", "person:tomas-ibarra"].join()), JSON.stringify(ms));
    assert.ok(ms.some((m) => m[0] === "held" && m.includes("person:sofia-benitez")), JSON.stringify(ms));
    assert.ok(!ms.some((m) => m[0] === "planned" && m.includes("person:sofia-benitez")), JSON.stringify(ms));
  });
});

describe("an invitation accepted in the sentence after (twenty-first session)", () => {
  it('"an invitation from X to Y to attend a summit in La Paz next month. The President accepted the invitation": planned', () => {
    const f = extract("The letter also contained an invitation from President Rodrigo Mamani to President Ana Quispe to attend a summit in La Paz next month. The President accepted the invitation, her spokesman said.", "2026-06-10");
    assert.deepEqual(meetings(f), [{ status: "planned", date: "2026-07", participants: ["person:ana-quispe", "person:rodrigo-mamani"] }]);
  });
  it("without the acceptance it stays proposed", () => {
    const f = extract("The letter also contained an invitation from President Rodrigo Mamani to President Ana Quispe to attend a summit in La Paz next month. Her spokesman gave no answer.", "2026-06-10");
    assert.deepEqual(meetings(f).map((m) => m.status), ["proposed"]);
  });
});

describe("an invitation to meet, and a condition on it (the ninth held-out set, twenty-first session)", () => {
  const text = "Ana Quispe has since invited Rodrigo Mamani and Isabel Ferrán to meet in Arica, possibly in April, two sources said. Neither president has agreed, and one source said Bolivia wanted the border reopened before the two leaders sat down together.";
  it('"X has since invited A and B to meet in L": a meeting X proposes, X at it too', () => {
    const ms = meetings(extract(text, "2026-03-04"));
    assert.ok(ms.some((m) => m.status === "proposed" && m.participants.join() === ["person:ana-quispe", "person:isabel-ferran", "person:rodrigo-mamani"].join()), JSON.stringify(ms));
  });
  it('"wanted the border reopened before the two leaders sat down together": no meeting held, and the two are the pair invited', () => {
    const f = extract(text, "2026-03-04");
    assert.ok(!meetings(f).some((m) => m.status === "held"), JSON.stringify(meetings(f)));
    assert.deepEqual(relations(f, ["MET_WITH"]), []);
  });
});

describe("talks joined by a third, an invitation said after a comment (the ninth held-out set, twenty-first session)", () => {
  it('"A and his Chilean counterpart, B, held talks at a hotel, joined by Chile\'s deputy trade minister, C": C at the talks, meeting A (not B, his colleague)', () => {
    const f = extract("Bolivia's Deputy Foreign Minister Luis Quiroga and his Chilean counterpart, Ana Quispe, held talks for four hours at a hotel in the city, joined by Chile's Deputy Minister of Foreign Trade, Tomás Ibarra, both ministries said.", "2026-02-13");
    assert.deepEqual(meetings(f), [{ status: "held", participants: ["person:ana-quispe", "person:luis-quiroga", "person:tomas-ibarra"] }]);
    assert.deepEqual(relations(f, ["MET_WITH"]).sort(), ["MET_WITH person:luis-quiroga -> person:ana-quispe", "MET_WITH person:tomas-ibarra -> person:luis-quiroga"]);
  });
  it('"…, and said he had invited Y to L \\"whenever she wishes\\"": a visit X proposes in L', () => {
    const f = extract('Rodrigo Mamani later wrote that the summit had been "cancelled by Quemado, not by Moneda", and said he had invited Isabel Ferrán to La Paz "whenever she wishes".', "2026-02-13");
    assert.deepEqual(meetings(f), [{ status: "proposed", participants: ["person:isabel-ferran", "person:rodrigo-mamani"] }]);
  });
});

describe("a foreign ministers' meeting told by a national agency (the ninth held-out set, twenty-first session)", () => {
  it('"Y, the ministry\'s deputy minister, sat in on the talks": at the talks held', () => {
    const f = extract("Foreign Minister Luis Quiroga held talks with Chilean Foreign Minister Ana Quispe in Lima on Friday. Tomás Ibarra, the ministry's deputy minister for political affairs, sat in on the talks.", "2026-07-11");
    assert.deepEqual(meetings(f).map((m) => [m.status, ...m.participants]), [["held", "person:ana-quispe", "person:luis-quiroga", "person:tomas-ibarra"]]);
  });
  it('"X met Y, who chairs the …, on Thursday and invited her to visit L next year": a visit X proposes, beside the meeting held', () => {
    const ms = meetings(extract("Luis Quiroga also met Chilean Foreign Secretary Ana Quispe, who chairs this year's ASEAN meetings, on Thursday and invited her to visit La Paz next year. Quispe thanked him and said she would look at her calendar.", "2026-07-11"));
    assert.ok(ms.some((m) => m.status === "held"), JSON.stringify(ms));
    assert.ok(ms.some((m) => m.status === "proposed" && m.participants.join() === "person:ana-quispe,person:luis-quiroga"), JSON.stringify(ms));
  });
  it('"X, who is also a member of the Politburo, invited Y to pay an official visit to China. Y accepted the invitation": planned', () => {
    const ms = meetings(extract("Luis Quiroga, who is also a member of the Political Bureau of the Communist Party, invited Ana Quispe to pay an official visit to Bolivia at an early date. Quispe accepted the invitation.", "2026-07-11"));
    assert.deepEqual(ms.map((m) => [m.status, ...m.participants]), [["planned", "person:ana-quispe", "person:luis-quiroga"]]);
  });
});

describe("received with someone at one's side (the ninth held-out set, twenty-first session)", () => {
  it('"X received Y with Z, director of the …, at his side": Z at the table on X\'s side, meeting Y', () => {
    const f = extract("On Monday Bolivian President Rodrigo Mamani received Luis Quiroga with Ana Quispe, director of the Bolivian government's Office for the Sea and head of La Paz's negotiating team, at his side.", "2026-05-21");
    assert.deepEqual(meetings(f).map((m) => [m.status, ...m.participants]), [["held", "person:ana-quispe", "person:luis-quiroga", "person:rodrigo-mamani"]]);
    assert.deepEqual(relations(f, ["MET_WITH"]).sort(), ["MET_WITH person:luis-quiroga -> person:ana-quispe", "MET_WITH person:rodrigo-mamani -> person:luis-quiroga"]);
  });
});

describe("received in the presence of another (the ninth held-out set, twenty-first session)", () => {
  it('"He was received by Y at the Amiri Diwan, in the presence of Z, the prime minister": Z at the table on Y\'s side', () => {
    const f = extract("Luis Quiroga flew to Doha on Tuesday. He was received by His Highness Sheikh Fahad bin Nasser Al Thani at the Amiri Diwan, in the presence of Sheikh Hamad bin Ali Al Thani, the prime minister, the agency reported.", "2026-09-16");
    assert.deepEqual(meetings(f).map((m) => [m.status, ...m.participants]), [["held", "person:fahad-bin-nasser-al-thani", "person:hamad-bin-ali-al-thani", "person:luis-quiroga"]]);
    assert.deepEqual(relations(f, ["MET_WITH"]).sort(), ["MET_WITH person:luis-quiroga -> person:fahad-bin-nasser-al-thani", "MET_WITH person:luis-quiroga -> person:hamad-bin-ali-al-thani"]);
    assert.ok(relations(f, ["HELD_IN"]).some((r) => r.endsWith("place:amiri-diwan")), relations(f, ["HELD_IN"]).join("; "));
  });
});

describe("two presidents in a border town, told by a regional paper (the ninth held-out set, twenty-first session)", () => {
  const text = [
    "On Friday the town played host to President Ana Quispe and Chile's President Rodrigo Mamani, who held talks at the town hall.",
    "Luis Quiroga, head of the President's International Policy Office, took part in the talks on the Peruvian side, together with Interior Minister Tomás Ibarra. Chile was represented at the table by Interior Minister Jorge Vidal.",
    "The Peruvian president left in the afternoon.",
  ].join(" ");
  it('"President X and Chile\'s President Y … The Peruvian president": X; "on the Peruvian side", "Chile was represented at the table by": each side\'s', () => {
    const o = relations(extract(text, "2026-06-13"), ["HOLDS_OFFICE"]);
    for (const x of ["HOLDS_OFFICE person:ana-quispe -> government:peru [President]", "HOLDS_OFFICE person:tomas-ibarra -> government:peru [Interior Minister]", "HOLDS_OFFICE person:jorge-vidal -> government:chile [Interior Minister]"]) assert.ok(o.includes(x), `${x}: ${o.join("; ")}`);
  });
  it("those on one side do not meet each other", () => {
    const met = relations(extract(text, "2026-06-13"), ["MET_WITH"]).sort();
    assert.deepEqual(met, [
      "MET_WITH person:ana-quispe -> person:rodrigo-mamani",
      "MET_WITH person:jorge-vidal -> person:ana-quispe",
      "MET_WITH person:jorge-vidal -> person:luis-quiroga",
      "MET_WITH person:jorge-vidal -> person:tomas-ibarra",
      "MET_WITH person:luis-quiroga -> person:rodrigo-mamani",
      "MET_WITH person:tomas-ibarra -> person:rodrigo-mamani",
    ].sort());
  });
});

describe("a denial with an alibi (the ninth held-out set, twenty-first session)", () => {
  it('"He said X had spent Tuesday in Baku, where he received Y": X met Y, not the one named before', () => {
    const f = extract("Rodrigo Mamani was in Lima on Tuesday for talks. Ana Quispe said Luis Quiroga had spent Tuesday in Sucre, where he received Chilean Foreign Minister Tomás Ibarra.", "2026-04-22");
    assert.deepEqual(relations(f, ["MET_WITH"]), ["MET_WITH person:luis-quiroga -> person:tomas-ibarra"]);
  });
});

describe("a national agency's talks, an aide who sat in, a trilateral called off (the ninth held-out set, twenty-first session)", () => {
  const story = [
    "MANILA, July 11 (Yonhap) -- Foreign Minister Kim Tae-ho held talks with his Chinese counterpart, Li Wen, on the sidelines of the ASEAN meetings in Manila, Seoul's foreign ministry said Saturday.",
    "Kim and Li agreed to keep up the exchanges that began when President Park Min-ho and Chinese President Zhou Ming held summit talks in Gyeongju in November last year.",
    "Li invited Kim to pay an official visit to China at an early date.",
    "On North Korea, Kim called for China to play a constructive role.",
    "Choi Dong-su, the ministry's deputy minister for political affairs, sat in on the talks.",
    "On Thursday, Kim held separate talks with Japanese Foreign Minister Sato Kenji.",
    "A three-way meeting of the foreign ministers of South Korea, China and Japan, which had been scheduled for Saturday morning, was called off after Li flew back to Beijing, officials said.",
  ].join("\n\n");
  const f = extract(story, "2026-07-11");
  it("the aide sat in on the talks told far back, not on an older summit or a visit proposed since, and is of the agency's state", () => {
    const ms = meetings(f);
    assert.ok(ms.some((m) => m.status === "held" && m.participants.join() === "person:choi-dong-su,person:kim-tae-ho,person:li-wen"), JSON.stringify(ms));
    const met = relations(f, ["MET_WITH"]);
    assert.ok(met.includes("MET_WITH person:choi-dong-su -> person:li-wen"), met.join("; "));
    assert.ok(!met.some((r) => r.includes("choi-dong-su") && r.includes("kim-tae-ho")), met.join("; "));
  });
  it('"a three-way meeting of the foreign ministers of A, B and C … was called off": the three states and their ministers', () => {
    const called = meetings(f).find((m) => m.status === "cancelled");
    assert.deepEqual(called?.participants.filter((p) => p.startsWith("person:")), ["person:kim-tae-ho", "person:li-wen", "person:sato-kenji"], JSON.stringify(meetings(f)));
  });
});

describe("a meeting of officials told, then who each side sent (the ninth held-out set, twenty-first session)", () => {
  const text = [
    "LIMA, March 4 (Reuters) - A Uruguayan diplomat has carried messages between La Paz and Santiago, the most sustained contact since Bolivia closed the border in January 2024.",
    "On Feb. 20, Luis Quiroga was received by Bolivian President Rodrigo Mamani in La Paz.",
    "The shuttle grew out of a meeting in Montevideo on Jan. 28 between security officials of the two countries, which Quiroga hosted at a government guest house, two of the sources said.",
    "Bolivia sent Ana Quispe, deputy director-general of its intelligence service, while Chile was represented by Tomás Ibarra, deputy head of the country's intelligence service.",
  ].join("\n\n");
  const f = extract(text, "2026-03-04");
  it('"a meeting … which X hosted" was held; "Bolivia sent A, …, while Chile was represented by B": both at it', () => {
    const ms = meetings(f);
    assert.ok(ms.some((m) => m.status === "held" && m.participants.join() === "person:ana-quispe,person:luis-quiroga,person:tomas-ibarra"), JSON.stringify(ms));
  });
  it('"since … January 2024" is no year of the story: "On Feb. 20" is this year\'s', () => {
    assert.ok(meetings(f).some((m) => m.date === "2026-02-20"), JSON.stringify(meetings(f)));
  });
  it('"Bolivia sent A, deputy director-general of its …", "Chile was represented by B, deputy head of the country\'s …": their states\' posts', () => {
    const o = relations(f, ["HOLDS_OFFICE"]);
    for (const x of ["HOLDS_OFFICE person:ana-quispe -> government:bolivia [deputy director-general]", "HOLDS_OFFICE person:tomas-ibarra -> government:chile [deputy head]"]) assert.ok(o.includes(x), `${x}: ${o.join("; ")}`);
  });
});

describe("a spokesperson's briefing (the tenth held-out set, twenty-first session)", () => {
  const briefing = [
    "SPOKESPERSON: The Ambassador of Chile to Peru, Ana Quispe, called on Minister Luis Quiroga at the ministry on Tuesday and handed over a letter from President Rodrigo Mamani addressed to President Isabel Ferrán. I can say that the President invites the President to visit Santiago next year.",
    "At the same meeting the Ambassador conveyed Minister Tomás Ibarra's apologies for the postponement.",
    "QUESTION (Post-Courier): A newspaper in Santiago reported that Minister Quiroga met Minister Ibarra in Singapore last week. Is that correct?",
    "SPOKESPERSON: No, that is not correct. There was no meeting in Singapore.",
    "QUESTION (Tempo): Will President Ferrán and President Mamani meet before the end of the year?",
    "SPOKESPERSON: I will share more information after the meeting.",
  ].join("\n\n");
  const f = extract(briefing, "2026-11-19");
  it('"At the same meeting the Ambassador …" is the call held, not one with a president named since', () => {
    assert.deepEqual(relations(f, ["MET_WITH"]), ["MET_WITH person:ana-quispe -> person:luis-quiroga"]);
  });
  it("a meeting a newspaper reported is not held, a question tells no meeting, and nothing after the meeting still ahead was held", () => {
    assert.ok(!meetings(f).some((m) => m.status === "held" && m.participants.includes("person:tomas-ibarra")), JSON.stringify(meetings(f)));
    assert.ok(!meetings(f).some((m) => m.participants.includes("person:isabel-ferran") && m.participants.includes("person:rodrigo-mamani") && m.status !== "proposed"), JSON.stringify(meetings(f)));
    assert.ok(!relations(f, ["HOLDS_OFFICE"]).some((r) => r.includes("singapore")), relations(f, ["HOLDS_OFFICE"]).join("; "));
  });
});

describe("a regional summit one president skipped (the tenth held-out set, twenty-first session)", () => {
  const story = [
    "ARICA, Chile (AP) — The presidents of Chile and Peru signed a pact on Friday to pool migration records, at a regional summit that Bolivian President Rodrigo Mamani chose to skip, sending his vice president in his place.",
    "Chilean President Ana Quispe and Peruvian President Luis Quiroga talked for about three hours at the municipal cultural center in Arica. Bolivian Vice President Tomás Ibarra attended instead of Mamani and signed the document on behalf of Bolivia.",
    "The foreign ministers of Chile and Peru, Jorge Vidal and Marta Rojas, also took part in the talks.",
  ].join("\n\n");
  const f = extract(story, "2026-03-20");
  it('"A and B talked for three hours at the cultural center in L": held; the ministers who "also took part in the talks" both at it; the one who "chose to skip" not', () => {
    const ms = meetings(f).filter((m) => m.status === "held");
    assert.ok(ms.some((m) => ["person:ana-quispe", "person:luis-quiroga", "person:jorge-vidal", "person:marta-rojas"].every((p) => m.participants.includes(p))), JSON.stringify(ms));
    assert.ok(!ms.some((m) => m.participants.includes("person:rodrigo-mamani")), JSON.stringify(ms));
  });
  it('"X attended instead of Y and signed the document on behalf of Z": X signed, not Y', () => {
    const signed = relations(f, ["SIGNED"]);
    assert.ok(signed.some((r) => r.startsWith("SIGNED person:tomas-ibarra ")), signed.join("; "));
    assert.ok(!signed.some((r) => r.startsWith("SIGNED person:rodrigo-mamani ")), signed.join("; "));
  });
});

describe("a trilateral of foreign ministers told by an agency (the tenth held-out set, twenty-first session)", () => {
  it('"X on Thursday hosted his Chilean and Peruvian counterparts, A al-B and C, for the first trilateral meeting"; "al-B and C signed a memorandum"', () => {
    const f = extract("Bolivian Foreign Minister Luis Quiroga on Thursday hosted his Chilean and Peruvian counterparts, Ana Hassan al-Quispe and Tomás Ibarra, for the first trilateral meeting of the three countries' foreign ministers. Following the talks, al-Quispe and Ibarra signed a memorandum of understanding on the border, with Quiroga looking on.", "2026-11-12");
    assert.ok(meetings(f).some((m) => m.status === "held" && m.participants.join() === "person:ana-hassan-al-quispe,person:luis-quiroga,person:tomas-ibarra"), JSON.stringify(meetings(f)));
    assert.deepEqual(relations(f, ["SIGNED"]).map((r) => r.split(" -> ")[0]).sort(), ["SIGNED person:ana-hassan-al-quispe", "SIGNED person:tomas-ibarra"]);
  });
});

describe("a signing ceremony leaders looked on at (twenty-second session, from the tenth held-out set)", () => {
  const story = [
    "(Bloomberg) -- Lithuania agreed to invest in Estonia's power grid, in a deal that grew out of a secret trip by one of President Ivo Karsts's closest aides.",
    "Oleg Varan, Lithuania's minister of energy and chief executive officer of Baltic Grid Holdings Co., signed the framework agreement with Estonian Economy Minister Juri Tamm on Wednesday at the Kadriorg palace in Tallinn, as Karsts and Lithuanian President Anna Liepa looked on.",
    "At the same ceremony, Marta Saar, managing director of Vilnius's Ignitis Fund, and Peeter Kask, chief executive of Estonia's state investment fund, signed an agreement to set up a storage company.",
    "In April, Toomas Rebane, a foreign-policy adviser to Karsts, flew to Vilnius, according to the Estonian presidency's website.",
  ].join("\n\n");
  const f = extract(story, "2026-05-14");
  it('"X, …, signed the framework agreement with Y … at the palace in L, as A and B looked on": all four at one meeting held there, and "the framework agreement" a document', () => {
    const held = meetings(f).filter((m) => m.status === "held");
    const m = held.find((x) => ["person:oleg-varan", "person:juri-tamm", "person:ivo-karsts", "person:anna-liepa"].every((p) => x.participants.includes(p)));
    assert.ok(m, JSON.stringify(held));
    assert.equal(m!.date, "2026-05-13");
    assert.deepEqual(relations(f, ["SIGNED"]).filter((r) => r.includes("framework-agreement")).map((r) => r.split(" -> ")[0]).sort(), ["SIGNED person:juri-tamm", "SIGNED person:oleg-varan"]);
  });
  it('"At the same ceremony, A, managing director of L\'s fund, and B, … of G\'s fund, signed": at that meeting, each of their side, so no MET_WITH with their own leaders', () => {
    const m = meetings(f).find((x) => x.participants.includes("person:ivo-karsts") && x.status === "held");
    assert.ok(m && ["person:marta-saar", "person:peeter-kask"].every((p) => m.participants.includes(p)), JSON.stringify(meetings(f)));
    const met = relations(f, ["MET_WITH"]);
    for (const [a, b] of [["peeter-kask", "juri-tamm"], ["marta-saar", "anna-liepa"], ["peeter-kask", "ivo-karsts"], ["marta-saar", "oleg-varan"]])
      assert.ok(!met.some((r) => r.includes(`person:${a}`) && r.includes(`person:${b}`)), `${a}–${b}: ${met.join("; ")}`);
    assert.ok(met.some((r) => r.includes("person:peeter-kask") && r.includes("person:marta-saar")), met.join("; "));
  });
  it('"the Estonian presidency" is the one "President X" of no state; "a foreign-policy adviser to X" is of his state', () => {
    const offices = relations(f, ["HOLDS_OFFICE"]);
    assert.ok(offices.some((r) => r.startsWith("HOLDS_OFFICE person:ivo-karsts -> government:estonia")), offices.join("; "));
    assert.ok(offices.some((r) => r.startsWith("HOLDS_OFFICE person:toomas-rebane -> government:estonia")), offices.join("; "));
  });
});

describe("an envoy's tour with letters, told day by day (twenty-second session, from the eleventh held-out set)", () => {
  const story = [
    "Prime Cabinet Secretary Tomás Ibarra delivered the letters in person this week, flying to Lima on Tuesday and on to Quito on Wednesday.",
    "In Lima, Peruvian President Luis Quiroga received Mr Ibarra at his office. Foreign Minister Ana Quispe and Marta Rojas, who heads political affairs at the ruling People's Front for Unity and Progress (PFUP), sat in on the meeting.",
    "He gave Mr Ibarra a verbal message for President Rodrigo Mamani, whose content was not disclosed.",
    "The following day, Ecuadorian President Jorge Vidal received Mr Ibarra at the President's Office in Quito in the presence of Foreign Minister Isabel Ferrán.",
    "Norway's international development minister, Kari Lund, took part in the talks.",
  ].join("\n\n");
  const f = extract(story, "2026-11-06");
  const held = meetings(f).filter((m) => m.status === "held");
  it('a meeting in a city a journey reached "on Tuesday" is on that day; "the President\'s Office in Quito" is where', () => {
    assert.ok(held.some((m) => m.date === "2026-11-03" && m.participants.includes("person:luis-quiroga")), JSON.stringify(held));
    assert.ok(held.some((m) => m.date === "2026-11-04" && m.participants.includes("person:jorge-vidal") && m.participants.includes("person:isabel-ferran")), JSON.stringify(held));
  });
  it('"A and B, who heads … (PFUP), sat in on the meeting": both at it, on the host\'s side there, so they met the guest and not the host', () => {
    const m = held.find((x) => x.participants.includes("person:luis-quiroga"));
    assert.ok(m && ["person:ana-quispe", "person:marta-rojas"].every((p) => m.participants.includes(p)), JSON.stringify(held));
    const met = relations(f, ["MET_WITH"]);
    assert.ok(met.some((r) => r.includes("person:ana-quispe") && r.includes("person:tomas-ibarra")), met.join("; "));
    assert.ok(!met.some((r) => r.includes("person:ana-quispe") && r.includes("person:luis-quiroga")), met.join("; "));
    assert.ok(!met.some((r) => r.includes("person:isabel-ferran") && r.includes("person:jorge-vidal")), met.join("; "));
    assert.ok(met.some((r) => r.includes("person:isabel-ferran") && r.includes("person:tomas-ibarra")), met.join("; "));
  });
  it('"He gave X a verbal message for Y", after two who opened the sentence before: the host\'s, through X, for Y', () => {
    const conveyed = relations(f, ["CONVEYED_VIA", "CONVEYED_TO"]);
    for (const r of ["CONVEYED_VIA person:luis-quiroga -> person:tomas-ibarra", "CONVEYED_TO person:tomas-ibarra -> person:rodrigo-mamani", "CONVEYED_TO person:luis-quiroga -> person:rodrigo-mamani"])
      assert.ok(conveyed.some((x) => x.startsWith(r)), `${r}: ${conveyed.join("; ")}`);
    assert.ok(!conveyed.some((x) => x.startsWith("CONVEYED_TO person:ana-quispe")), conveyed.join("; "));
  });
});

describe("greetings of a king in apposition (twenty-second session, from the tenth held-out set)", () => {
  it('"conveyed the greetings of His Majesty the King of Bhutan, X, to the Prime Minister"; "to convey his greetings to His Majesty and to Prime Minister Y"', () => {
    const f = extract("Visiting Bhutanese Foreign Minister Lyonpo Karma Dorji on Wednesday called on Prime Minister Ravi Menon. Dorji conveyed the greetings of His Majesty the King of Bhutan, Jigme Wangdi, to the Prime Minister. Menon, in turn, requested the minister to convey his warm greetings to His Majesty and to Prime Minister Sonam Tobden.", "2026-04-15");
    const conveyed = relations(f, ["CONVEYED_VIA", "CONVEYED_TO"]);
    for (const r of ["CONVEYED_VIA person:jigme-wangdi -> person:karma-dorji", "CONVEYED_TO person:jigme-wangdi -> person:ravi-menon", "CONVEYED_TO person:karma-dorji -> person:sonam-tobden", "CONVEYED_TO person:karma-dorji -> person:jigme-wangdi"])
      assert.ok(conveyed.some((x) => x.startsWith(r)), `${r}: ${conveyed.join("; ")}`);
  });
});

describe("a state news agency's readout of talks (twenty-second session, from the eleventh held-out set)", () => {
  const story = [
    "LIMA, June 10 (Andina) -- Peruvian President Luis Quiroga held talks with Bolivian President Ana Quispe, who is on a state visit to Peru, at the Government Palace in Lima on Wednesday.",
    "Quiroga recalled his meeting with Quispe in La Paz in September 2024, and said that since then the two sides have maintained close exchanges.",
    "After the talks, the two heads of state witnessed the signing of more than 10 cooperation documents.",
    "Peruvian Foreign Minister Tomás Ibarra and Marta Rojas, Bolivia's minister of foreign affairs, signed an action plan for the period 2026-2028.",
    "Quispe arrived in Lima on Monday for a state visit to Peru from June 8 to 12 at the invitation of Quiroga.",
    "On Tuesday, Peruvian Prime Minister Jorge Vidal met with Quispe. Quispe conveyed to Vidal the cordial greetings of Bolivian Vice President Rodrigo Mamani.",
  ].join("\n\n");
  const f = extract(story, "2026-06-10");
  const held = meetings(f).filter((m) => m.status === "held");
  it('"held talks with Y, who is on a state visit to <G>, at the <L> on Wednesday": that day; the meeting recalled from 2024 is another', () => {
    const talks = held.find((m) => m.date === "2026-06-10");
    assert.ok(talks && talks.participants.includes("person:luis-quiroga") && talks.participants.includes("person:ana-quispe"), JSON.stringify(held));
    assert.ok(held.some((m) => m.date === "2024-09"), JSON.stringify(held));
  });
  it('those who signed after the leaders "witnessed the signing" are at that day\'s talks, not the one recalled', () => {
    const talks = held.find((m) => m.date === "2026-06-10");
    assert.ok(talks && ["person:tomas-ibarra", "person:marta-rojas"].every((p) => talks.participants.includes(p)), JSON.stringify(held));
    assert.ok(!held.some((m) => m.date === "2024-09" && m.participants.includes("person:tomas-ibarra")), JSON.stringify(held));
  });
  it('"arrived in L on Monday for a state visit to G from June 8 to 12 at the invitation of X": X invited her; "conveyed to Y the greetings of Z": Z\'s, through her', () => {
    const r = relations(f, ["INVITED", "CONVEYED_VIA", "CONVEYED_TO"]);
    for (const x of ["INVITED person:luis-quiroga -> person:ana-quispe", "CONVEYED_VIA person:rodrigo-mamani -> person:ana-quispe", "CONVEYED_TO person:ana-quispe -> person:jorge-vidal", "CONVEYED_TO person:rodrigo-mamani -> person:jorge-vidal"])
      assert.ok(r.some((y) => y.startsWith(x)), `${x}: ${r.join("; ")}`);
  });
});

describe("a signing on the sidelines of a forum; a letter handed over (twenty-second session, from the eleventh held-out set)", () => {
  it('"A and his Vanuatu counterpart B signed the X Agreement … on the sidelines of the <E> in <L>, with C and Vanuatu\'s Foreign Minister D also at the table": all four, and B and D colleagues', () => {
    const f = extract("Prime Minister Luis Quiroga and his Vanuatu counterpart Ana Quispe signed the Nakamal Agreement on Wednesday on the sidelines of the Pacific Islands Forum leaders' meeting in Koror, with Foreign Minister Tomás Ibarra and Vanuatu's Foreign Minister Marta Rojas also at the table.", "2026-09-09");
    const m = meetings(f).find((x) => x.participants.includes("person:ana-quispe"));
    assert.deepEqual(m?.participants, ["person:ana-quispe", "person:luis-quiroga", "person:marta-rojas", "person:tomas-ibarra"]);
    assert.equal(m?.date, "2026-09-09");
    assert.ok(!relations(f, ["MET_WITH"]).some((r) => r.includes("person:ana-quispe") && r.includes("person:marta-rojas")), relations(f, ["MET_WITH"]).join("; "));
  });
  it('"Also on Tuesday, G\'s Deputy Prime Minister X, who is leading his country\'s delegation, handed Mr Y a letter from Z": X met Y that day', () => {
    const f = extract("Also on Tuesday, Papua New Guinea's Deputy Prime Minister Jorge Vidal, who is leading his country's delegation, handed Mr Quiroga a letter from Prime Minister Rodrigo Mamani on the rollout of the treaty. Prime Minister Luis Quiroga thanked him.", "2026-09-09");
    assert.ok(meetings(f).some((m) => m.status === "held" && m.date === "2026-09-08" && m.participants.includes("person:jorge-vidal")), JSON.stringify(meetings(f)));
    assert.ok(relations(f, ["MET_WITH"]).some((r) => r.includes("person:jorge-vidal")), relations(f).join("; "));
  });
  it('"Trade Commissioner X and Swiss Foreign Minister Y signed …, with Commission President Z … looking on" in a story naming the EU: X and Z are colleagues, each meets the Swiss', () => {
    const f = extract("BRUSSELS, Feb. 16 - The EU and Switzerland have a deal at last. Trade Commissioner Anna Lind and Swiss Foreign Minister Karl Maas signed the package of agreements in Brussels on Friday, with Commission President Eva Roos and Swiss President Urs Keller looking on.", "2026-02-16");
    const met = relations(f, ["MET_WITH"]);
    assert.ok(!met.some((r) => r.includes("person:anna-lind") && r.includes("person:eva-roos")), met.join("; "));
    assert.ok(!met.some((r) => r.includes("person:karl-maas") && r.includes("person:urs-keller")), met.join("; "));
    for (const [x, y] of [["anna-lind", "karl-maas"], ["eva-roos", "urs-keller"], ["anna-lind", "urs-keller"], ["eva-roos", "karl-maas"]]) assert.ok(met.some((r) => r.includes(`person:${x}`) && r.includes(`person:${y}`)), `${x}–${y}: ${met.join("; ")}`);
  });
  it('"will hand Y a letter" is no meeting held', () => {
    const f = extract("Deputy Prime Minister Jorge Vidal will hand President Luis Quiroga a letter from Prime Minister Rodrigo Mamani.", "2026-09-09");
    assert.ok(!meetings(f).some((m) => m.status === "held"), JSON.stringify(meetings(f)));
  });
});

describe("a Kremlin readout told by an aide (twenty-second session, from the eleventh held-out set)", () => {
  const story = [
    "MOSCOW, October 15. /TASS/. Russian President Luis Quiroga received Bolivian National Security Adviser Sheikh Tomás Ibarra in the Kremlin on Wednesday evening, and the Bolivian official handed him a message from Bolivian President Sheikh Ana Quispe, Presidential Aide Jorge Vidal told reporters on Thursday.",
    "The meeting, which had not been announced in advance, was also attended by Vidal and Pavel Orlov, special presidential envoy for investment and CEO of the Direct Investment Fund (DIF).",
    "According to the Kremlin aide, Quiroga thanked the Bolivian leadership for its mediation efforts and asked Sheikh Tomás to convey his reply to Sheikh Ana. The Russian leader also reaffirmed his invitation to the Bolivian president to visit Russia.",
    "Vidal also said that Russian Foreign Minister Rodrigo Mamani would travel to La Paz next month for talks with his Bolivian counterpart, Sheikh Marta Rojas.",
    "Quiroga and US President Isabel Ferrán held their most recent face-to-face talks in Anchorage, Alaska, in August 2025.",
  ].join("\n\n");
  const f = extract(story, "2026-10-15");
  it('"and the Bolivian official handed him a message from Z": the official named before, to the one who received him', () => {
    const r = relations(f, ["CONVEYED_VIA", "CONVEYED_TO", "ASKED"]);
    for (const x of ["CONVEYED_VIA person:ana-quispe -> person:tomas-ibarra", "CONVEYED_TO person:tomas-ibarra -> person:luis-quiroga", "CONVEYED_TO person:ana-quispe -> person:luis-quiroga", "ASKED person:luis-quiroga -> person:tomas-ibarra"])
      assert.ok(r.some((y) => y.startsWith(x)), `${x}: ${r.join("; ")}`);
    assert.ok(!r.some((y) => y.startsWith("ASKED government:")), r.join("; "));
  });
  it('"The meeting, which …, was also attended by A and B": both there; the aide is the dateline\'s state\'s, not the president\'s named before him, and they are the host\'s side', () => {
    const held = meetings(f).find((m) => m.date === "2026-10-14");
    assert.ok(held && ["person:jorge-vidal", "person:pavel-orlov"].every((p) => held.participants.includes(p)), JSON.stringify(meetings(f)));
    assert.ok(relations(f, ["HOLDS_OFFICE"]).some((r) => r.startsWith("HOLDS_OFFICE person:jorge-vidal -> government:russia")), relations(f, ["HOLDS_OFFICE"]).join("; "));
    const met = relations(f, ["MET_WITH"]);
    assert.ok(!met.some((r) => r.includes("person:pavel-orlov") && (r.includes("person:luis-quiroga") || r.includes("person:jorge-vidal"))), met.join("; "));
    assert.ok(met.some((r) => r.includes("person:pavel-orlov") && r.includes("person:tomas-ibarra")), met.join("; "));
  });
  it('"reaffirmed his invitation to the Bolivian president to visit Russia": invited, proposed; "said that X would travel to L next month for talks with his Bolivian counterpart, Sheikh Y": planned, Y of Bolivia', () => {
    assert.ok(relations(f, ["INVITED"]).some((r) => r.startsWith("INVITED person:luis-quiroga -> person:ana-quispe")), relations(f).join("; "));
    const ms = meetings(f);
    assert.ok(ms.some((m) => m.status === "proposed" && m.participants.join() === "person:ana-quispe,person:luis-quiroga"), JSON.stringify(ms));
    assert.ok(ms.some((m) => m.status === "planned" && m.date === "2026-11" && m.participants.join() === "person:marta-rojas,person:rodrigo-mamani"), JSON.stringify(ms));
    assert.ok(relations(f, ["HOLDS_OFFICE"]).some((r) => r.startsWith("HOLDS_OFFICE person:marta-rojas -> government:bolivia")), relations(f, ["HOLDS_OFFICE"]).join("; "));
  });
  it('"held their most recent face-to-face talks in L in August 2025": held then', () => {
    assert.ok(meetings(f).some((m) => m.status === "held" && m.date === "2025-08" && m.participants.includes("person:isabel-ferran")), JSON.stringify(meetings(f)));
  });
});

describe("a signing two presidents witnessed, told Spanish-style (twenty-second session, from the eleventh held-out set)", () => {
  const story = [
    "Tarija (Bolivia), Sep 24 (EFE).- The presidents of Bolivia, Santiago Ferrán, and Chile, Luis Quiroga, witnessed on Thursday the signing of an agreement that revises the terms of the binational dam.",
    "The agreement revising Annex C of the Lauca Treaty was signed by Bolivia's foreign minister, Ana Quispe, and his Chilean counterpart, Tomás Ibarra, at the dam's facilities.",
    "Its revision was due in 2023, fifty years after the treaty was signed in La Paz in December 1973 by then presidents Jorge Vidal and Rodrigo Mamani.",
    "On Wednesday, Peru's ambassador in La Paz, Marta Rojas, delivered to Quispe a letter from the Peruvian president, Isabel Soto, inviting Ferrán and Quiroga to a summit on the waterway in Cusco in November, the ministry reported.",
    "Ferrán said he viewed the initiative favorably. Ferrán later returned to Sucre.",
  ].join("\n\n");
  const f = extract(story, "2026-09-24");
  it('"The presidents of A, X, and B, Y, witnessed on Thursday the signing": their offices and their meeting that day; "was signed by A\'s foreign minister, X, and his B counterpart, Y": both signed, and were there', () => {
    const offices = relations(f, ["HOLDS_OFFICE"]);
    for (const x of ["HOLDS_OFFICE person:santiago-ferran -> government:bolivia", "HOLDS_OFFICE person:luis-quiroga -> government:chile"]) assert.ok(offices.some((r) => r.startsWith(x)), `${x}: ${offices.join("; ")}`);
    const m = meetings(f).find((x) => x.date === "2026-09-24");
    assert.deepEqual(m?.participants, ["person:ana-quispe", "person:luis-quiroga", "person:santiago-ferran", "person:tomas-ibarra"]);
    assert.deepEqual(relations(f, ["SIGNED"]).filter((r) => /ana-quispe|tomas-ibarra/.test(r)).length, 2, relations(f, ["SIGNED"]).join("; "));
    assert.ok(!relations(f, ["SIGNED"]).some((r) => r.startsWith("SIGNED government:")), relations(f, ["SIGNED"]).join("; "));
  });
  it('"the treaty was signed in L in December 1973 by then presidents A and B": both signed it, and met there then', () => {
    assert.ok(meetings(f).some((m) => m.status === "held" && m.date === "1973-12" && m.participants.join() === "person:jorge-vidal,person:rodrigo-mamani"), JSON.stringify(meetings(f)));
    assert.equal(relations(f, ["SIGNED"]).filter((r) => /jorge-vidal|rodrigo-mamani/.test(r)).length, 2, relations(f, ["SIGNED"]).join("; "));
  });
  it('"delivered to Y a letter from the Peruvian president, Z, inviting A and B to a summit … in L in November": Z\'s, invitations, a summit proposed of Z, A and B', () => {
    const r = relations(f, ["INVITED", "CONVEYED_VIA", "CONVEYED_TO"]);
    for (const x of ["INVITED person:isabel-soto -> person:santiago-ferran", "INVITED person:isabel-soto -> person:luis-quiroga", "CONVEYED_VIA person:isabel-soto -> person:marta-rojas", "CONVEYED_TO person:isabel-soto -> person:luis-quiroga"])
      assert.ok(r.some((y) => y.startsWith(x)), `${x}: ${r.join("; ")}`);
    assert.ok(meetings(f).some((m) => m.status === "proposed" && m.date === "2026-11" && m.participants.join() === "person:isabel-soto,person:luis-quiroga,person:santiago-ferran"), JSON.stringify(meetings(f)));
  });
});

describe("a crown prince's audience told by a Gulf daily (twenty-second session, from the eleventh held-out set)", () => {
  const story = [
    "RIYADH: Saudi Crown Prince and Prime Minister Luis Quiroga received Iranian Foreign Minister Tomás Ibarra at Al-Yamamah Palace in Riyadh on Monday, the Saudi Press Agency reported.",
    "During the meeting, Ibarra handed over a written message from Iranian President Ana Quispe to King Jorge Vidal, which the crown prince received on behalf of the king. Iran's official news agency said it included an invitation for King Jorge Vidal to visit Iran.",
    "The meeting was attended by Saudi Foreign Minister Prince Marta Rojas; Minister of State Dr. Rodrigo Mamani; and Iran's ambassador to the Kingdom, Isabel Soto.",
    "Ibarra is visiting the Kingdom at the invitation of Prince Marta Rojas, his second trip to Riyadh this year.",
  ].join("\n\n");
  const f = extract(story, "2026-11-24");
  it('"which the crown prince received on behalf of the king": the crown prince a go-between too; the king not of the state whose agency speaks of his visit to it', () => {
    const r = relations(f, ["CONVEYED_VIA", "CONVEYED_TO", "HOLDS_OFFICE"]);
    for (const x of ["CONVEYED_VIA person:ana-quispe -> person:luis-quiroga", "CONVEYED_TO person:tomas-ibarra -> person:luis-quiroga"]) assert.ok(r.some((y) => y.startsWith(x)), `${x}: ${r.join("; ")}`);
    assert.ok(!r.some((y) => y.startsWith("HOLDS_OFFICE person:jorge-vidal -> government:iran")), r.join("; "));
  });
  it('"attended by A; B; and C\'s ambassador, D": all three, and the ambassador met the hosts; "is visiting the Kingdom at the invitation of X"', () => {
    const m = meetings(f).find((x) => x.participants.includes("person:luis-quiroga"));
    assert.ok(m && ["person:marta-rojas", "person:rodrigo-mamani", "person:isabel-soto"].every((p) => m.participants.includes(p)), JSON.stringify(meetings(f)));
    assert.ok(relations(f, ["MET_WITH"]).some((r) => r.includes("person:isabel-soto") && r.includes("person:luis-quiroga")), relations(f, ["MET_WITH"]).join("; "));
    assert.ok(relations(f, ["INVITED"]).some((r) => r.startsWith("INVITED person:marta-rojas -> person:tomas-ibarra")), relations(f).join("; "));
  });
});

describe("a letter through an opposition leader, told by a business daily (twenty-second session, from the eleventh held-out set)", () => {
  const story = [
    "LUIS QUIROGA, staff writer, and ANA QUISPE, correspondent\nAugust 20, 2026 19:05 JST",
    "TOKYO -- Japanese Prime Minister Isabel Ferrán has sent a personal letter to Chinese Premier Rodrigo Mamani through Tomás Ibarra, the leader of an opposition party, Nikkei has learned.",
    "Ibarra handed the letter to Chinese Foreign Minister Jorge Vidal at the state guesthouse in Beijing on Tuesday, according to several people. Kenji Sato, Japan's ambassador to China, accompanied him.",
    "Vidal asked Ibarra to tell Ferrán that Beijing wanted concrete actions.",
    "At a regular briefing on Wednesday, a spokesperson confirmed that Vidal had met Ibarra.",
    "The only face-to-face contact between the two countries' foreign ministers this year was a 30-minute meeting between Foreign Minister Marta Rojas and Vidal in Manila in July.",
  ].join("\n\n");
  const f = extract(story, "2026-08-20");
  it('a byline in capitals is no dateline: "TOKYO --" makes the bare "Foreign Minister X" Japan\'s', () => {
    assert.ok(relations(f, ["HOLDS_OFFICE"]).some((r) => r.startsWith("HOLDS_OFFICE person:marta-rojas -> government:japan")), relations(f, ["HOLDS_OFFICE"]).join("; "));
  });
  it('"X handed the letter to Y at … in Beijing on Tuesday. Z, …, accompanied him.": one meeting that day, Z at it on X\'s side; a briefing\'s day does not date it again', () => {
    const held = meetings(f).filter((m) => m.participants.includes("person:jorge-vidal") && m.participants.includes("person:tomas-ibarra"));
    assert.deepEqual(held.map((m) => [m.status, m.date]), [["held", "2026-08-18"]]);
    assert.ok(held[0].participants.includes("person:kenji-sato"), JSON.stringify(held));
    const met = relations(f, ["MET_WITH"]);
    assert.ok(met.some((r) => r.includes("person:kenji-sato") && r.includes("person:jorge-vidal")), met.join("; "));
    assert.ok(!met.some((r) => r.includes("person:kenji-sato") && r.includes("person:tomas-ibarra")), met.join("; "));
  });
  it('"asked X to tell Y that …": asked, and his message through X to Y; "the only face-to-face contact … was a 30-minute meeting between A and B": held', () => {
    const r = relations(f, ["ASKED", "CONVEYED_VIA", "CONVEYED_TO"]);
    for (const x of ["ASKED person:jorge-vidal -> person:tomas-ibarra", "CONVEYED_VIA person:jorge-vidal -> person:tomas-ibarra", "CONVEYED_TO person:tomas-ibarra -> person:isabel-ferran"]) assert.ok(r.some((y) => y.startsWith(x)), `${x}: ${r.join("; ")}`);
    assert.ok(meetings(f).some((m) => m.status === "held" && m.participants.includes("person:marta-rojas")), JSON.stringify(meetings(f)));
  });
});

describe("a Brussels newsletter (twenty-second session, from the eleventh held-out set)", () => {
  const story = [
    "SWISS DEAL, SIGNED AT LAST: Trade Commissioner Luis Quiroga and Swiss Foreign Minister Ana Quispe signed the package of agreements in Brussels on Friday, with Commission President Tomás Ibarra and Swiss President Jorge Vidal looking on.",
    "ICELAND KNOCKS: Icelandic Foreign Minister Marta Rojas was at the Europa building on Thursday to hand European Council President Rodrigo Mamani a letter from Prime Minister Isabel Ferrán, inviting him to Reykjavík.",
  ].join("\n\n");
  const f = extract(story, "2026-02-16");
  it('"A and B signed … in Brussels on Friday, with C and D looking on": all four met that day', () => {
    assert.ok(meetings(f).some((m) => m.status === "held" && m.date === "2026-02-13" && ["person:luis-quiroga", "person:ana-quispe", "person:tomas-ibarra", "person:jorge-vidal"].every((p) => m.participants.includes(p))), JSON.stringify(meetings(f)));
  });
  it('"X was at the Europa building on Thursday to hand Y a letter from Z, inviting him to L": met that day; Z\'s letter through X; Z invited Y', () => {
    assert.ok(meetings(f).some((m) => m.status === "held" && m.date === "2026-02-12" && m.participants.join() === "person:marta-rojas,person:rodrigo-mamani"), JSON.stringify(meetings(f)));
    const r = relations(f, ["INVITED", "CONVEYED_VIA", "CONVEYED_TO"]);
    for (const x of ["INVITED person:isabel-ferran -> person:rodrigo-mamani", "CONVEYED_VIA person:isabel-ferran -> person:marta-rojas", "CONVEYED_TO person:marta-rojas -> person:rodrigo-mamani"]) assert.ok(r.some((y) => y.startsWith(x)), `${x}: ${r.join("; ")}`);
  });
});

describe("offices told by a letter's carrier and a body's relations (twenty-second session, from the eleventh held-out set)", () => {
  it('"Icelandic Foreign Minister X was at … to hand Y a letter from Prime Minister Z": Z, of no state told, is X\'s state\'s', () => {
    const f = extract("Icelandic Foreign Minister Ana Quispe was at the Europa building on Thursday to hand European Council President Luis Quiroga a letter from Prime Minister Isabel Ferrán, inviting him to Reykjavík.", "2026-02-16");
    assert.ok(relations(f, ["HOLDS_OFFICE"]).some((r) => r.startsWith("HOLDS_OFFICE person:isabel-ferran -> government:iceland")), relations(f, ["HOLDS_OFFICE"]).join("; "));
  });
  it('"… a letter from Chilean President Z" keeps the state told', () => {
    const f = extract("Icelandic Foreign Minister Ana Quispe handed Luis Quiroga a letter from Chilean President Isabel Ferrán.", "2026-02-16");
    assert.ok(!relations(f, ["HOLDS_OFFICE"]).some((r) => r.startsWith("HOLDS_OFFICE person:isabel-ferran -> government:iceland")), relations(f, ["HOLDS_OFFICE"]).join("; "));
  });
  it('"X, the U.K.\'s minister for EU relations,": the United Kingdom\'s', () => {
    const f = extract("Luis Quiroga hosted Tomás Ibarra, the U.K.'s minister for EU relations, for a working dinner on Friday night.", "2026-02-16");
    assert.ok(relations(f, ["HOLDS_OFFICE"]).some((r) => r.startsWith("HOLDS_OFFICE person:tomas-ibarra -> government:united-kingdom")), relations(f, ["HOLDS_OFFICE"]).join("; "));
  });
});

describe("a plan called off in a word (twenty-second session, from the eleventh held-out set)", () => {
  it('"X was due in Baku this Thursday to meet Y. That\'s off.": planned for the coming Thursday, then cancelled', () => {
    const f = extract("High Representative Luis Quiroga was due in Baku this Thursday to meet Azerbaijani Foreign Minister Ana Quispe, the first stop of a tour. That's off.", "2026-02-16");
    assert.deepEqual(meetings(f), [{ status: "cancelled", date: "2026-02-19", participants: ["person:ana-quispe", "person:luis-quiroga"] }]);
  });
  it('without "That\'s off." the visit stays planned', () => {
    const f = extract("High Representative Luis Quiroga was due in Baku this Thursday to meet Azerbaijani Foreign Minister Ana Quispe, the first stop of a tour.", "2026-02-16");
    assert.deepEqual(meetings(f).map((m) => m.status), ["planned"]);
  });
});

describe("a courtesy call told by a national paper (twenty-third session, from the twelfth held-out set)", () => {
  it('"X on Tuesday called on Y at the PM House and handed over a letter from Z inviting the premier to pay an official visit to L": held, and Z\'s letter', () => {
    const f = extract("LIMA: Bolivia's Foreign Minister Ana Quispe on Tuesday called on Prime Minister Luis Quiroga at the PM House and handed over a letter from President Rodrigo Mamani inviting the premier to pay an official visit to La Paz.", "2026-03-11");
    assert.deepEqual(meetings(f).filter((m) => m.status === "held"), [{ status: "held", date: "2026-03-10", participants: ["person:ana-quispe", "person:luis-quiroga"] }]);
    const r = relations(f, ["CONVEYED_VIA", "INVITED"]);
    assert.ok(r.includes("CONVEYED_VIA person:rodrigo-mamani -> person:ana-quispe") && r.includes("INVITED person:rodrigo-mamani -> person:luis-quiroga"), r.join("; "));
  });
  it('"called on Y to release …", "called on Y and Z to …" stay appeals; "called on Y at his office to discuss …" is a meeting', () => {
    assert.deepEqual(meetings(extract("Chilean President Isabel Ferrán called on Bolivian President Rodrigo Mamani and Peruvian President Ana Quispe to release the prisoners.")), []);
    assert.equal(meetings(extract("Ana Quispe called on President Rodrigo Mamani at his office to discuss trade."))[0]?.status, "held");
  });
  it('"The visiting minister was accompanied by G\'s ambassador in L, Z": Z at the meeting, with the minister (no MET_WITH between them)', () => {
    const f = extract("LIMA: Prime Minister Luis Quiroga met Bolivia's Foreign Minister Ana Quispe on Tuesday. The visiting minister was accompanied by Bolivia's ambassador in Lima, Jorge Vidal.", "2026-03-11");
    assert.deepEqual(meetings(f)[0]?.participants, ["person:ana-quispe", "person:jorge-vidal", "person:luis-quiroga"]);
    const met = relations(f, ["MET_WITH"]);
    assert.ok(met.some((r) => r.includes("jorge-vidal") && r.includes("luis-quiroga")) && !met.some((r) => r.includes("jorge-vidal") && r.includes("ana-quispe")), met.join("; "));
  });
  it('"he called on Y at his Z residence, where W was also present": all three at one meeting', () => {
    const f = extract("LIMA: Mr Vidal began his visit in Arica. On Monday, he called on party president Luis Quiroga at his Jati Umra residence, where Governor Ana Quispe was also present.", "2026-03-11");
    assert.deepEqual(meetings(f)[0]?.participants, ["person:ana-quispe", "person:luis-quiroga", "person:vidal"]);
    assert.ok(!f.entities.some((e) => e.key === "person:jati-umra"), f.entities.map((e) => e.key).join(" "));
  });
  it('"recalled his "very productive" meeting with Y in L last September": held', () => {
    const f = extract("LIMA: The prime minister recalled his \"very productive\" meeting with President Rodrigo Mamani on the sidelines of the summit in Arica last September.", "2026-03-11");
    assert.equal(meetings(f)[0]?.status, "held");
  });
});

describe("an envoy's letter handed over, and who sat in (twenty-third session, from the twelfth held-out set)", () => {
  it('"The adviser, X, a diplomat who took up his post last year, handed the Bolivian head of state a letter from Z on Monday": held that Monday, the head of state the one president named', () => {
    const f = extract("President Rodrigo Mamani spoke in La Paz on Sunday. The adviser, Jorge Vidal, a career diplomat who took up his post at the Elysée last year, handed the Bolivian head of state a handwritten letter from Ana Quispe on Monday.", "2026-06-04");
    assert.deepEqual(meetings(f).filter((m) => m.status === "held"), [{ status: "held", date: "2026-06-01", participants: ["person:jorge-vidal", "person:rodrigo-mamani"] }]);
  });
  it('"The meeting took place in the presence of A and the director of the cabinet, B": at it, on the host\'s side (the one handed the letter), meeting only the carrier', () => {
    const f = extract("The head of the Elysée's diplomatic unit, Jorge Vidal, handed Bolivian President Rodrigo Mamani a handwritten letter on Monday. The meeting took place in the presence of Foreign Minister Luis Quiroga and the director of the presidential cabinet, Tomás Ibarra.", "2026-06-04");
    assert.deepEqual(meetings(f)[0]?.participants, ["person:jorge-vidal", "person:luis-quiroga", "person:rodrigo-mamani", "person:tomas-ibarra"]);
    assert.deepEqual(relations(f, ["MET_WITH"]).sort(), ["MET_WITH person:jorge-vidal -> person:rodrigo-mamani", "MET_WITH person:luis-quiroga -> person:jorge-vidal", "MET_WITH person:tomas-ibarra -> person:jorge-vidal"]);
  });
  it('"A and his Bolivian counterpart, B, made the announcement … after their meeting at the ministry on Nov 23": held; "were to hold talks … in their first meeting" is not', () => {
    const f = extract("LIMA – Foreign Minister Luis Quiroga and his Bolivian counterpart, Datuk Seri Ana Quispe, made the announcement at a joint press conference after their meeting at the ministry on Nov 23.", "2026-11-24");
    assert.deepEqual(meetings(f), [{ status: "held", date: "2026-11-23", participants: ["person:ana-quispe", "person:luis-quiroga"] }]);
    const g = extract("Quispe and Quiroga were to hold talks at midday in Arica, in their first face-to-face meeting since the row erupted last month. The talks were called off.", "2026-11-24");
    assert.ok(!meetings(g).some((m) => m.status === "held"), JSON.stringify(meetings(g)));
  });
  it('"Dr B was also present." joins the meeting the sentence before told; the host a visitor of a counterpart\'s state called on is the dateline\'s', () => {
    const f = extract("LIMA – Foreign Minister Luis Quiroga and his Bolivian counterpart, Datuk Seri Ana Quispe, spoke on Nov 23. Datuk Seri Ana, who was on a one-day working visit, later called on Prime Minister Jorge Vidal at the palace on Monday. Dr Quiroga was also present.", "2026-11-24");
    const m = meetings(f).find((x) => x.participants.includes("person:jorge-vidal"));
    assert.deepEqual(m?.participants, ["person:ana-quispe", "person:jorge-vidal", "person:luis-quiroga"]);
    assert.ok(relations(f, ["HOLDS_OFFICE"]).includes("HOLDS_OFFICE person:jorge-vidal -> government:peru [Prime Minister]"), relations(f).join("; "));
    assert.ok(!relations(f, ["MET_WITH"]).some((r) => r.includes("jorge-vidal") && r.includes("luis-quiroga")), relations(f, ["MET_WITH"]).join("; "));
  });
});

describe("a retired general's mission (twenty-third session, from the twelfth held-out set)", () => {
  const story =
    "President Luis Quiroga's special envoy to Bolivia, Gen. Jorge Vidal (rtd), on Thursday delivered a letter from Mr Quiroga to the leader of Bolivia's military government, Gen. Rodrigo Mamani, in La Paz. " +
    "LA RAZON learnt that the retired general was received by Gen. Mamani at the presidential palace in the Bolivian capital in the presence of the country's Prime Minister, Ana Quispe. " +
    "He was accompanied by Peru's ambassador to Bolivia, Ambassador Tomás Ibarra.";
  const f = extract(story, "2026-04-18");
  it('"X (rtd), on Thursday delivered a letter from Z to the leader of …, Y, in L": Z\'s letter, and X met Y there that day', () => {
    const r = relations(f, ["CONVEYED_VIA", "CONVEYED_TO"]);
    assert.ok(r.includes("CONVEYED_VIA person:luis-quiroga -> person:jorge-vidal") && r.includes("CONVEYED_TO person:jorge-vidal -> person:rodrigo-mamani"), r.join("; "));
    assert.ok(!f.entities.some((e) => /^person:gen-/.test(e.key)), f.entities.map((e) => e.key).join(" "));
  });
  it('"the retired general was received by Y … in the presence of the country\'s Prime Minister, Z. He was accompanied by W": one meeting, W with the general', () => {
    const held = meetings(f).filter((m) => m.status === "held");
    assert.deepEqual(held, [{ status: "held", date: "2026-04-16", participants: ["person:ana-quispe", "person:jorge-vidal", "person:rodrigo-mamani", "person:tomas-ibarra"] }]);
    const met = relations(f, ["MET_WITH"]);
    assert.ok(met.some((r) => r.includes("tomas-ibarra") && r.includes("rodrigo-mamani")) && !met.some((r) => r.includes("tomas-ibarra") && r.includes("jorge-vidal")), met.join("; "));
  });
});

describe("a border ceremony told by a national agency (twenty-third session, from the twelfth held-out set)", () => {
  const story =
    "President Luis Quiroga and Bolivian President Ana Quispe signed on Thursday (21) an agreement that allows residents of the twin border cities of Santana do Livramento and Rivera to use public health services. " +
    "The ceremony took place at the city hall of Santana do Livramento, in Rio Grande do Sul, after a meeting between the two presidents that lasted about an hour. " +
    "Quispe crossed the border on foot from Rivera, accompanied by Foreign Minister Jorge Vidal. Peruvian Foreign Minister Tomás Ibarra and the mayor of Santana do Livramento, Rodrigo Mamani, also took part in the meeting.";
  const f = extract(story, "2026-05-22");
  it('"A and B signed on Thursday (21) an agreement": both signed it, together, that day', () => {
    const signed = relations(f, ["SIGNED"]);
    assert.equal(signed.length, 2, signed.join("; "));
    assert.equal(meetings(f).find((m) => m.status === "held")?.date, "2026-05-21");
  });
  it('"Santana do Livramento", "Rio Grande do Sul": one place each, no one\'s name', () => {
    const keys = f.entities.map((e) => e.key);
    assert.ok(keys.includes("place:santana-do-livramento") && keys.includes("place:rio-grande-do-sul") && !keys.some((k) => k.startsWith("person:livramento")), keys.join(" "));
  });
  it('"B crossed the border from L, accompanied by C"; "D and the mayor of L, E, also took part in the meeting": all at the one meeting', () => {
    assert.deepEqual(meetings(f).find((m) => m.status === "held")?.participants, ["person:ana-quispe", "person:jorge-vidal", "person:luis-quiroga", "person:rodrigo-mamani", "person:tomas-ibarra"]);
    assert.ok(!relations(f, ["MET_WITH"]).some((r) => r.includes("jorge-vidal") && r.includes("ana-quispe")), relations(f, ["MET_WITH"]).join("; "));
  });
});

describe("a foreign minister's day in a territory's capital (twenty-third session, from the twelfth held-out set)", () => {
  const story =
    "On Wednesday, Foreign Minister Ana Quispe met Premier Luis Quiroga at the offices of Peru's government, the Palacio, and gave him a letter from Prime Minister Jorge Vidal inviting him to Lima for talks. " +
    "Later in the day, Quispe and Peru's minister for foreign affairs, Tomás Ibarra, signed a memorandum of understanding on search and rescue, in the presence of Bolivian Foreign Minister Rodrigo Mamani, who had flown in from La Paz.";
  const f = extract(story, "2026-06-11");
  it('"met Premier Y at the offices of G\'s government, the O, and gave him a letter from Z inviting him to L": Z\'s letter to Y through X, and the invitation', () => {
    const r = relations(f, ["CONVEYED_VIA", "CONVEYED_TO", "INVITED"]).sort();
    for (const x of ["CONVEYED_VIA person:jorge-vidal -> person:ana-quispe", "CONVEYED_TO person:ana-quispe -> person:luis-quiroga", "CONVEYED_TO person:jorge-vidal -> person:luis-quiroga", "INVITED person:jorge-vidal -> person:luis-quiroga"]) assert.ok(r.includes(x), `${x}: ${r.join("; ")}`);
  });
  it('"Later in the day, A and G\'s minister for foreign affairs, B, signed a memorandum …, in the presence of C": a meeting of the three that day', () => {
    const m = meetings(f).find((x) => x.participants.includes("person:tomas-ibarra"));
    assert.deepEqual(m, { status: "held", date: "2026-06-10", participants: ["person:ana-quispe", "person:rodrigo-mamani", "person:tomas-ibarra"] });
  });
});

describe("a foreign minister in a realm country (twenty-third session, from the twelfth held-out set)", () => {
  it('"B was joined by his deputy, C": C at the meeting, with B', () => {
    const f = extract("Foreign Minister Luis Quiroga met Prime Minister Ana Quispe in Arica on Wednesday. Quispe was joined by her deputy, Tomás Ibarra.", "2026-02-26");
    assert.deepEqual(meetings(f)[0]?.participants, ["person:ana-quispe", "person:luis-quiroga", "person:tomas-ibarra"]);
    assert.ok(!relations(f, ["MET_WITH"]).some((r) => r.includes("tomas-ibarra") && r.includes("ana-quispe")), relations(f, ["MET_WITH"]).join("; "));
  });
  it('"paid a courtesy call on the King\'s Representative, Sir Y, at Government House": a meeting with Y', () => {
    const f = extract("Foreign Minister Luis Quiroga spoke. On Thursday morning, Quiroga paid a courtesy call on the King's Representative, Sir Jorge Vidal, at Government House.", "2026-02-26");
    assert.deepEqual(meetings(f), [{ status: "held", date: "2026-02-26", participants: ["person:jorge-vidal", "person:luis-quiroga"] }]);
  });
  it('"left L for G on Thursday afternoon, where he is expected to meet Premier Y": Y is G\'s', () => {
    const f = extract("Foreign Minister Luis Quiroga left Arica for Bolivia on Thursday afternoon, where he is expected to meet Premier Jorge Vidal on Friday.", "2026-02-26");
    assert.ok(relations(f, ["HOLDS_OFFICE"]).includes("HOLDS_OFFICE person:jorge-vidal -> government:bolivia [Premier]"), relations(f).join("; "));
  });
});

describe("two foreign ministers at a border town (twenty-third session, from the twelfth held-out set)", () => {
  const story =
    "Foreign Minister Luis Quiroga met his Bolivian counterpart Ana Quispe in Arica on March 2, where the two signed an agreement to upgrade the border crossing for freight traffic. " +
    "Quiroga was joined at the talks by Deputy Prime Minister Tomás Ibarra. " +
    "During the meeting, Quiroga handed Quispe a letter from President Jorge Vidal to Bolivian Prime Minister Rodrigo Mamani, inviting him to visit Lima.";
  const f = extract(story, "2026-03-03");
  it('"A met his counterpart B in L on March 2, where the two signed an agreement": both signed it', () => {
    assert.deepEqual(relations(f, ["SIGNED"]).map((r) => r.replace(/-[0-9a-f]{6}$/, "")).sort(), ["SIGNED person:ana-quispe -> document:agreement", "SIGNED person:luis-quiroga -> document:agreement"]);
  });
  it('"A was joined at the talks by C": C at them, with A', () => {
    assert.deepEqual(meetings(f).find((m) => m.status === "held")?.participants, ["person:ana-quispe", "person:luis-quiroga", "person:tomas-ibarra"]);
  });
  it('"handed B a letter from Z to W, inviting him to visit L": Z invited W, not B', () => {
    const r = relations(f, ["INVITED"]);
    assert.ok(r.includes("INVITED person:jorge-vidal -> person:rodrigo-mamani") && !r.includes("INVITED person:jorge-vidal -> person:ana-quispe"), r.join("; "));
  });
});

describe("talks held alongside one's own (twenty-third session, from the twelfth held-out set)", () => {
  it('"X later held talks with Y, alongside Z": Z at them with X; "had been due to meet Y alongside A" adds no one', () => {
    const f = extract("Foreign Minister Luis Quiroga later held talks with Bolivia's Foreign Minister, Ana Quispe, alongside Mr Tomás Ibarra, the broadcaster added.", "2026-04-18");
    assert.deepEqual(meetings(f)[0]?.participants, ["person:ana-quispe", "person:luis-quiroga", "person:tomas-ibarra"]);
    assert.ok(!relations(f, ["MET_WITH"]).some((r) => r.includes("tomas-ibarra") && r.includes("luis-quiroga")), relations(f, ["MET_WITH"]).join("; "));
    const g = extract("Mr Quiroga had been due to meet Ms Quispe alongside the French president, Jorge Vidal, in Arica.", "2026-04-18");
    assert.ok(!meetings(g).some((m) => m.participants.includes("person:jorge-vidal")), JSON.stringify(meetings(g)));
  });
});

describe("two presidents never named together (twenty-third session, from the twelfth held-out set)", () => {
  it('"President X received a letter from President Y. The two presidents have not met since they held talks in L in June 2024": the only two presidents, held then', () => {
    const f = extract("President Luis Quiroga received a letter from President Ana Quispe. The two presidents have not met since they held talks on the sidelines of the G7 summit in Arica, in northern Chile, in June 2024.", "2026-06-04");
    assert.ok(meetings(f).some((m) => m.status === "held" && m.date?.startsWith("2024") && m.participants.join() === "person:ana-quispe,person:luis-quiroga"), JSON.stringify(meetings(f)));
  });
});

describe("a letter of invitation and its acceptance (twenty-third session, from the twelfth held-out set)", () => {
  it('"X handed Y a letter from Z inviting him to make a state visit to L. Y accepted the invitation": Y\'s visit to Z, planned', () => {
    const f = extract("Foreign Minister Jorge Vidal met President Ana Quispe on Monday. Vidal handed Quispe a letter from President Luis Quiroga inviting her to make a state visit to Lima. Quispe accepted the invitation, and the visit is scheduled for July.", "2026-05-22");
    assert.ok(meetings(f).some((m) => m.status === "planned" && m.participants.join() === "person:ana-quispe,person:luis-quiroga"), JSON.stringify(meetings(f)));
  });
  it('"… gave him a letter from Z inviting him to L. She was accompanied by W. Y accepted the invitation": accepted two sentences on', () => {
    const f = extract("Foreign Minister Jorge Vidal met Premier Ana Quispe and gave her a letter from Prime Minister Luis Quiroga inviting her to Lima for talks. He was accompanied by Tomás Ibarra. Quispe accepted the invitation and will travel to Lima in the fall.", "2026-06-11");
    assert.ok(meetings(f).some((m) => m.status === "planned" && m.participants.join() === "person:ana-quispe,person:luis-quiroga"), JSON.stringify(meetings(f)));
  });
  it('"a letter from Z inviting him to visit L", with no acceptance: proposed', () => {
    const f = extract("Jorge Vidal handed Ana Quispe a letter from President Luis Quiroga inviting her to visit Lima.", "2026-05-22");
    assert.ok(meetings(f).some((m) => m.status === "proposed" && m.participants.join() === "person:ana-quispe,person:luis-quiroga"), JSON.stringify(meetings(f)));
  });
});

describe("a signing later the same day (twenty-third session, from the twelfth held-out set)", () => {
  it('"Later in the day, A and B signed …" after a meeting told with no day: a meeting of the signers', () => {
    const f = extract("Foreign Minister Ana Quispe met Premier Luis Quiroga at his office. Later in the day, Quispe and Peru's minister for foreign affairs, Tomás Ibarra, signed a memorandum of understanding, in the presence of Bolivian Foreign Minister Rodrigo Mamani.", "2026-06-11");
    assert.ok(meetings(f).some((m) => m.status === "held" && m.participants.join() === "person:ana-quispe,person:rodrigo-mamani,person:tomas-ibarra"), JSON.stringify(meetings(f)));
  });
});

describe("the envoy and the president of now (twenty-third session, from the twelfth held-out set)", () => {
  const story =
    "Luis Quiroga's special envoy to Bolivia, Jorge Vidal, on Thursday met Bolivia's leader, Ana Quispe, in La Paz. " +
    "Before the envoy left La Paz, Ms Quispe gave him a verbal message for Mr Quiroga, an official said. " +
    "Vidal briefed the President in Lima on Friday and delivered the message. " +
    "Relations have been strained since the 2023 coup that toppled President Rodrigo Mamani.";
  const f = extract(story, "2026-04-18");
  it('"<P>\'s special envoy to G, X" … "Before the envoy left L, Y gave him a verbal message for Z": Y\'s message to Z through X', () => {
    const r = relations(f, ["CONVEYED_VIA", "CONVEYED_TO"]);
    assert.ok(r.includes("CONVEYED_VIA person:ana-quispe -> person:jorge-vidal") && r.includes("CONVEYED_TO person:ana-quispe -> person:luis-quiroga"), r.join("; "));
  });
  it('"the President" is not the one "the coup that toppled President Y" names', () => {
    const r = relations(f, ["CONVEYED_TO"]);
    assert.ok(!r.some((x) => x.includes("rodrigo-mamani")), r.join("; "));
  });
});

describe("posts named in the next sentence, retreats and replies carried (twenty-fifth session, from the older held-out sets)", () => {
  it('"the <N> minister was accompanied by his country\'s new High Commissioner … The envoy, X, …": X at the meeting, on the minister\'s side', () => {
    const f = extract("Foreign Minister Ana Quispe, who was on a working visit, called on Prime Minister Luis Quiroga at the palace. At the palace, the Bolivian minister was accompanied by her country's new High Commissioner to Peru, who had arrived only last week. The envoy, Tomás Ibarra, was previously an ambassador.", "2026-11-24");
    const m = meetings(f).find((x) => x.participants.includes("person:tomas-ibarra"));
    assert.ok(m?.status === "held" && m.participants.includes("person:luis-quiroga"), JSON.stringify(meetings(f)));
    const r = relations(f, ["MET_WITH"]);
    assert.ok(r.some((x) => x.includes("tomas-ibarra") && x.includes("luis-quiroga")) && !r.some((x) => x.includes("tomas-ibarra") && x.includes("ana-quispe")), r.join("; "));
  });
  it('"G\'s state secretary … also took part. The official, X, …": X at the talks told just before', () => {
    const f = extract("Foreign Minister Ana Quispe met her Chilean counterpart Luis Quiroga in Arica on March 2. Chile's state secretary at the Foreign Ministry also took part. The official, Tomás Ibarra, co-chairs the border commission.", "2026-03-03");
    assert.ok(meetings(f).some((m) => m.status === "held" && m.participants.includes("person:tomas-ibarra") && m.participants.includes("person:ana-quispe")), JSON.stringify(meetings(f)));
  });
  it('"The annual A-B Leaders\' Retreat, which was scheduled for Dec 7, will now take place on Jan 12, 2027": planned, on the new day', () => {
    const f = extract("The annual Peru-Chile Leaders' Retreat, which was scheduled to be held in Lima on Dec 7, will now take place on Jan 12, 2027, the two foreign ministers announced.", "2026-11-24");
    assert.deepEqual(meetings(f).map((m) => [m.status, m.date]), [["planned", "2027-01-12"]]);
  });
  it('"At the retreat in L in January 2025, A and B witnessed the signing …": a meeting of the two held there then', () => {
    const f = extract("Prime Minister Ana Quispe spoke to Luis Quiroga by telephone. At the retreat in Lima in January 2025, Ms Quispe and Mr Quiroga witnessed the signing of the agreement.", "2026-11-24");
    assert.ok(meetings(f).some((m) => m.status === "held" && m.date === "2025-01" && m.participants.join() === "person:ana-quispe,person:luis-quiroga"), JSON.stringify(meetings(f)));
  });
  it('"Camp David, the presidential retreat in Maryland" is a place, not a meeting held in Maryland', () => {
    const f = extract("Ana Quispe and Luis Quiroga met at Camp David, the presidential retreat in Maryland, in 1978.", "2023-09-17");
    assert.ok(!relations(f, ["HELD_IN"]).some((r) => r.includes("maryland")), relations(f, ["HELD_IN"]).join("; "));
  });
  it('"the two presidents" are the two the article calls president, not the envoy who met one of them', () => {
    const f = extract("President Ana Quispe received the envoy, Tomás Ibarra, at the palace. He handed her a letter from President Luis Quiroga. The two presidents have not met since they held talks in Lima in June 2024.", "2026-06-04");
    assert.ok(meetings(f).some((m) => m.status === "held" && m.date === "2024-06" && m.participants.join() === "person:ana-quispe,person:luis-quiroga"), JSON.stringify(meetings(f)));
  });
  it('"the Tanzanian diplomat" is the carrier the sentence gave the reply to, not the Tanzanian president the article named', () => {
    const f = extract("Tanzanian President Samia Suluhu Hassan sent her special envoy, Joseph Mwita, to Kigali. Paul Kagame did not write back, but gave Mwita a spoken reply, which the Tanzanian diplomat delivered to Burundian President Evariste Ndayishimiye in Gitega on Monday, a diplomat said.", "2026-03-04");
    assert.ok(meetings(f).some((m) => m.status === "held" && m.participants.join() === "person:evariste-ndayishimiye,person:joseph-mwita"), JSON.stringify(meetings(f)));
    assert.ok(!relations(f, ["CONVEYED_TO", "MET_WITH"]).some((r) => r.includes("samia")), relations(f).join("; "));
  });
  it('"X, who took office in January, used his first trip to G to invite Y to L … Y accepted": X invited Y, and their meeting there is planned', () => {
    const f = extract("Honduran President Nasry Asfura met Bernardo Arévalo on Friday. Asfura, who took office in January, used his first trip to Guatemala as president to invite Arévalo to Tegucigalpa for a state visit. Arévalo accepted, the ministry said.", "2026-03-20");
    assert.ok(relations(f, ["INVITED"]).includes("INVITED person:nasry-asfura -> person:bernardo-arevalo"), relations(f).join("; "));
    assert.ok(meetings(f).some((m) => m.status === "planned" && m.participants.join() === "person:bernardo-arevalo,person:nasry-asfura"), JSON.stringify(meetings(f)));
  });
  it('"Y gave X a spoken reply, which the Tanzanian diplomat delivered to Z in L last Wednesday": X met Z there, a week before (a Wednesday)', () => {
    const f = extract("Ana Quispe did not write back, but gave Tomás Ibarra a spoken reply, which the Tanzanian diplomat delivered to Luis Quiroga in Gitega last Wednesday, a diplomat said.", "2026-03-04");
    assert.ok(meetings(f).some((m) => m.status === "held" && m.date === "2026-02-25" && m.participants.join() === "person:luis-quiroga,person:tomas-ibarra"), JSON.stringify(meetings(f)));
  });
});

describe("the fourteenth held-out set's cases (twenty-fifth session)", () => {
  it('"a report in the Sunday Independent that X had met Y" is hearsay, not a meeting held', () => {
    const f = extract("A Government spokesman described as \"simply untrue\" a report in the Sunday Independent that Mr Tomás Ibarra had met the party leader, Luis Quiroga, privately in Dundalk earlier this month.", "2026-09-23");
    assert.ok(!meetings(f).some((m) => m.status === "held"), JSON.stringify(meetings(f)));
  });
  it('"A and B held the first of the annual summits in L in March 2025, an encounter billed as a reset": one meeting, held', () => {
    const f = extract("Prime Minister Ana Quispe spoke to Luis Quiroga. Ms Quispe and Mr Quiroga held the first of the annual summits in Liverpool in March 2025, an encounter billed at the time as a \"reset\" of relations after years of friction over Brexit.", "2026-09-23");
    assert.deepEqual(meetings(f).map((m) => [m.status, m.date, m.participants.join()]), [["held", "2025-03", "person:ana-quispe,person:luis-quiroga"]]);
  });
  it('"travelled to L to hand-deliver a letter from X to Y inviting him": X\'s letter through the carrier, and X invited Y', () => {
    const f = extract("The adviser, Tomás Ibarra, travelled to Dublin on Tuesday to hand-deliver a letter from Ana Quispe to Luis Quiroga inviting him to Cardiff next March.", "2026-09-23");
    const r = relations(f, ["CONVEYED_VIA", "INVITED"]);
    assert.ok(r.includes("CONVEYED_VIA person:ana-quispe -> person:tomas-ibarra") && r.includes("INVITED person:ana-quispe -> person:luis-quiroga"), r.join("; "));
  });
  it('"X spent about 40 minutes with the Taoiseach … Y attended, as did G\'s ambassador. The ambassador, Z – no relation – …": all at one meeting', () => {
    const f = extract("Taoiseach Luis Quiroga spoke on Monday. Mr Tomás Ibarra spent about 40 minutes with the Taoiseach at Government Buildings. The Secretary General of the Department of the Taoiseach, Rosa Campos, attended, as did Britain's ambassador to Ireland. The ambassador, Ana Quiroga – no relation of the Taoiseach – took up her post in June.", "2026-09-23");
    const m = meetings(f).find((x) => x.participants.includes("person:tomas-ibarra"));
    assert.deepEqual(m?.participants, ["person:ana-quiroga", "person:luis-quiroga", "person:rosa-campos", "person:tomas-ibarra"], JSON.stringify(meetings(f)));
  });
  it('"Mr Quiroga" and "Ms Quiroga" are the two Quirogas the article names, one of each', () => {
    const f = extract("Taoiseach Luis Quiroga met the ambassador, Ana Quiroga, on Monday. Mr Quiroga thanked her. Later, Ms Quiroga and Rosa Campos signed a memorandum of understanding on consular co-operation.", "2026-09-23");
    const r = relations(f, ["SIGNED"]);
    assert.ok(r.some((x) => x.startsWith("SIGNED person:ana-quiroga")) && !r.some((x) => x.startsWith("SIGNED person:luis-quiroga")), r.join("; "));
  });
  it('"the Northern Ireland Secretary, X" holds an office of the United Kingdom, not of Ireland', () => {
    const f = extract("Ms Ana Quispe had been due to travel to Belfast to meet the Northern Ireland Secretary, Tomás Ibarra, but the meeting was called off.", "2026-09-23");
    const r = relations(f, ["HOLDS_OFFICE"]);
    assert.ok(r.some((x) => x.startsWith("HOLDS_OFFICE person:tomas-ibarra -> government:united-kingdom")) && !r.some((x) => x.includes("ireland")), r.join("; "));
  });
  it('"friction over Brexit", "Sinn Féin\'s spokesman", "the Northern Ireland protocol" name no person', () => {
    const f = extract("Ana Quispe and Luis Quiroga met after years of friction over Brexit and the Northern Ireland protocol. Sinn Féin's spokesman said no.", "2026-09-23");
    assert.ok(!f.entities.some((e) => e.kind === "Person" && /brexit|sinn|northern/i.test(e.key)), f.entities.map((e) => e.key).join("; "));
  });
  it('"X used the meeting to raise the <Bill>, which …, and asked Y to convey to the Prime Minister …": X asked Y, X\'s message through Y', () => {
    const f = extract("Prime Minister Ana Quispe wrote to Luis Quiroga. Mr Quiroga used the meeting to raise the Troubles Bill, which is making its way through Westminster, and asked Mr Tomás Ibarra to convey to the Prime Minister the Government's concern.", "2026-09-23");
    const r = relations(f, ["ASKED", "CONVEYED_VIA"]);
    assert.ok(r.includes("ASKED person:luis-quiroga -> person:tomas-ibarra") && r.includes("CONVEYED_VIA person:luis-quiroga -> person:tomas-ibarra"), r.join("; "));
  });
  it('"U Than Swe", "Prof Muhammad Yunus", "Senior General Min Aung Hlaing": the styles are no part of the names', () => {
    const f = extract("Myanmar's Foreign Minister U Than Swe called on Chief Adviser Prof Muhammad Yunus in Dhaka and handed over a letter from Senior General Min Aung Hlaing, chairman of Myanmar's State Security and Peace Commission, inviting him to visit Naypyitaw.", "2026-01-21");
    const people = f.entities.filter((e) => e.kind === "Person").map((e) => e.key).sort();
    assert.deepEqual(people, ["person:min-aung-hlaing", "person:muhammad-yunus", "person:than-swe"]);
    assert.ok(meetings(f).some((m) => m.status === "proposed" && m.participants.join() === "person:min-aung-hlaing,person:muhammad-yunus"), JSON.stringify(meetings(f)));
  });
  it('a visitor of another state called on X in Dhaka; "A and B were present": X, A and B are the host\'s side, who met the visitor, not each other', () => {
    const f = extract("Myanmar's Foreign Minister U Than Swe called on Chief Adviser Prof Muhammad Yunus at state guest house Jamuna in Dhaka. Foreign Adviser Md Touhid Hossain and National Security Adviser Khalilur Rahman were present.", "2026-01-21");
    const r = relations(f, ["MET_WITH"]);
    assert.deepEqual(r.filter((x) => !x.includes("than-swe")), [], r.join("; "));
    assert.equal(r.filter((x) => x.includes("than-swe")).length, 3, r.join("; "));
  });
  it('"So was G\'s ambassador in L. The ambassador, X, …": X at the meeting, of G', () => {
    const f = extract("Myanmar's Foreign Minister U Than Swe called on Chief Adviser Prof Muhammad Yunus in Dhaka. So was Myanmar's ambassador in Dhaka. The ambassador, U Kyaw Soe Win, returned to Dhaka last month.", "2026-01-21");
    const r = relations(f, ["MET_WITH", "HOLDS_OFFICE"]);
    assert.ok(r.some((x) => x.startsWith("HOLDS_OFFICE person:kyaw-soe-win -> government:myanmar")) && r.some((x) => x.includes("kyaw-soe-win") && x.includes("muhammad-yunus")) && !r.some((x) => x.includes("kyaw-soe-win") && x.includes("than-swe")), r.join("; "));
  });
  it('"Abu Dhabi: President His Highness Sheikh X on Tuesday received Jordan\'s Foreign Minister Y": X, with no style in his name, of the dateline\'s state', () => {
    const f = extract("Abu Dhabi: President His Highness Sheikh Mohamed bin Zayed Al Nahyan on Tuesday received Jordan's Foreign Minister Ayman Safadi, who delivered a written message.", "2026-04-22");
    assert.ok(relations(f, ["HOLDS_OFFICE"]).some((x) => x.startsWith("HOLDS_OFFICE person:mohamed-bin-zayed-al-nahyan -> government:united-arab-emirates")), relations(f).join("; "));
  });
  it('"witnessed the signing of a memorandum … The memorandum was signed by A, Minister of State, and Ambassador B": both signed it', () => {
    const f = extract("Ana Quispe held talks with Luis Quiroga in Lima. The two ministers witnessed the signing of a memorandum of understanding on cooperation in food security. The memorandum was signed by Tomás Ibarra, Minister of State, and Ambassador Rosa Campos.", "2026-04-22");
    const r = relations(f, ["SIGNED"]);
    assert.ok(r.some((x) => x.startsWith("SIGNED person:tomas-ibarra")) && r.some((x) => x.startsWith("SIGNED person:rosa-campos")), r.join("; "));
  });
});

describe("the fourteenth held-out set's cases, continued (twenty-fifth session)", () => {
  const visit = [
    "BISHKEK -- Kazakh Foreign Minister Yermek Kosherbaev has handed Kyrgyz President Sadyr Japarov a letter from Kazakh President Kassym-Jomart Toqaev inviting him to make a state visit to Astana.",
    "Japarov received Kosherbaev at the Yntymak Ordo presidential residence in Bishkek on June 10. Kyrgyz Foreign Minister Jeenbek Kulubaev was present, as was Kazakhstan's ambassador in Bishkek. The envoy, Nurlan Seitimov, took up his post in January.",
    "According to the Kyrgyz presidential press service, Japarov accepted the invitation, and the dates of the visit will be agreed through diplomatic channels.",
    "Daiyrbek Orunbekov, Japarov's press secretary, wrote on Facebook after the meeting that the president had raised the checkpoints with the Kazakh minister.",
  ].join("\n\n");
  const f = extract(visit, "2026-06-11");
  it('"… was present, as was G\'s ambassador. The envoy, X, …", and "received Y at the <L> presidential residence in <L> on June 10": all at one meeting, that day', () => {
    assert.ok(meetings(f).some((m) => m.status === "held" && m.date === "2026-06-10" && m.participants.join() === "person:jeenbek-kulubaev,person:nurlan-seitimov,person:sadyr-japarov,person:yermek-kosherbaev"), JSON.stringify(meetings(f)));
  });
  it('"Y accepted the invitation", four sentences on, plans the visit; "wrote after the meeting" is of the talks, not of the visit', () => {
    assert.ok(meetings(f).some((m) => m.status === "planned" && m.participants.join() === "person:kassym-jomart-toqaev,person:sadyr-japarov"), JSON.stringify(meetings(f)));
  });
  it('"X, Y\'s chief foreign policy adviser," at a meeting is of Y\'s side: they did not meet each other', () => {
    const g = extract("Japanese envoy Hideaki Kurosawa held talks with Mongolian President Ukhnaagiin Khurelsukh at the Government Palace. The meeting was also attended by Gombosurengiin Enkhbold, Khurelsukh's chief foreign policy adviser.", "2026-07-15");
    const r = relations(g, ["MET_WITH"]);
    assert.ok(r.some((x) => x.includes("enkhbold") && x.includes("kurosawa")) && !r.some((x) => x.includes("enkhbold") && x.includes("khurelsukh")), r.join("; "));
  });
  it('"Inviting Prabowo to open a market is symbolic": no person "Inviting Prabowo"', () => {
    const g = extract("President Prabowo Subianto met Xanana Gusmão. \"Inviting Prabowo to open a market at the border is symbolic,\" she said.", "2026-08-27");
    assert.ok(!g.entities.some((e) => e.key === "person:inviting-prabowo"), g.entities.map((e) => e.key).join("; "));
  });
  const dili = "Jakarta ● Thu, August 27, 2026\n\nTimor-Leste Foreign Minister Bendito dos Santos Freitas met President Prabowo Subianto at the Merdeka Palace on Wednesday to deliver a letter from Prime Minister Xanana Gusmão inviting the Indonesian leader to Dili in November. Prabowo has accepted the invitation, State Secretary Prasetyo Hadi told reporters after the meeting, which he attended together with Foreign Minister Sugiono.";
  const d = extract(dili, "2026-08-27");
  it('"X met Y … to deliver a letter from Z inviting the Indonesian leader to L": Z\'s letter through X to Y, Z invited Y, and the visit is planned once accepted', () => {
    const r = relations(d, ["CONVEYED_VIA", "CONVEYED_TO", "INVITED"]);
    assert.ok(["CONVEYED_VIA person:xanana-gusmao -> person:bendito-dos-santos-freitas", "CONVEYED_TO person:xanana-gusmao -> person:prabowo-subianto", "INVITED person:xanana-gusmao -> person:prabowo-subianto"].every((x) => r.includes(x)), r.join("; "));
    assert.ok(meetings(d).some((m) => m.status === "planned" && m.date === "2026-11" && m.participants.join() === "person:prabowo-subianto,person:xanana-gusmao"), JSON.stringify(meetings(d)));
  });
  it('"Y told reporters after the meeting, which he attended together with Z" (a "Jakarta ●" dateline): Y and Z at it, on the host\'s side', () => {
    const r = relations(d, ["MET_WITH"]);
    assert.ok(r.some((x) => x.includes("prasetyo-hadi") && x.includes("bendito")) && r.some((x) => x.includes("sugiono") && x.includes("bendito")), r.join("; "));
    assert.ok(!r.some((x) => x.includes("prasetyo-hadi") && (x.includes("sugiono") || x.includes("prabowo"))), r.join("; "));
  });
  it('"A and B co-chaired the sixth meeting of the commission at L, where the two signed a memorandum": held, and both signed', () => {
    const g = extract("On Tuesday, Foreign Minister Ana Quispe and Foreign Minister Luis Quiroga co-chaired the sixth meeting of the Joint Ministerial Commission at the Foreign Ministry in Lima, where the two signed a memorandum of understanding on border markets.", "2026-08-27");
    assert.ok(meetings(g).some((m) => m.status === "held" && m.date === "2026-08-25" && m.participants.join() === "person:ana-quispe,person:luis-quiroga"), JSON.stringify(meetings(g)));
    assert.equal(relations(g, ["SIGNED"]).length, 2, relations(g).join("; "));
  });
});

describe("a shuttle with letters (the fourteenth held-out set, twenty-fifth session)", () => {
  const story = [
    "In Kinshasa on Monday, Togolese Foreign Minister Robert Dussey was received by President Félix Tshisekedi at the Cité de l'Union africaine and handed him Faure Gnassingbé's letter, in the presence of Foreign Minister Thérèse Kayikwamba Wagner.",
    "On Tuesday, Dussey flew on to Kigali, where he was received by his Rwandan counterpart Olivier Nduhungirehe.",
    "Government spokesperson Yolande Makolo told Africanews that the President would study the proposal.",
  ].join("\n\n");
  const f = extract(story, "2026-05-13");
  it('"X was received by Y … and handed him Z\'s letter": Z\'s letter through X to Y', () => {
    const r = relations(f, ["CONVEYED_VIA", "CONVEYED_TO"]);
    assert.ok(r.includes("CONVEYED_VIA person:faure-gnassingbe -> person:robert-dussey") && r.includes("CONVEYED_TO person:faure-gnassingbe -> person:felix-tshisekedi"), r.join("; "));
  });
  it('", in the presence of Foreign Minister W." at the end: W at that meeting, of the host\'s side (the city the sentence opened with)', () => {
    const r = relations(f, ["MET_WITH"]);
    assert.ok(r.some((x) => x.includes("kayikwamba") && x.includes("dussey")) && !r.some((x) => x.includes("kayikwamba") && x.includes("tshisekedi")), r.join("; "));
  });
  it('"where he was received by his Rwandan counterpart Y": a meeting of the two; "told Africanews" names no one', () => {
    assert.ok(meetings(f).some((m) => m.status === "held" && m.date === "2026-05-12" && m.participants.join() === "person:olivier-nduhungirehe,person:robert-dussey"), JSON.stringify(meetings(f)));
    assert.ok(!f.entities.some((e) => e.key === "person:africanews"), f.entities.map((e) => e.key).join("; "));
  });
});

describe("the fourteenth held-out set's cases, third round (twenty-fifth session)", () => {
  it('"Y took delivery of the letter addressed to President Z": the letter carried last, through Y, for Z', () => {
    const f = extract("Togolese Foreign Minister Robert Dussey handed Félix Tshisekedi a letter from Faure Gnassingbé on Monday. Tshisekedi asked Dussey to convey his gratitude to Gnassingbé. On Tuesday, Dussey was received in Kigali by his Rwandan counterpart Olivier Nduhungirehe. Nduhungirehe took delivery of the letter addressed to President Paul Kagame and said he would hand it to the head of state.", "2026-05-13");
    const r = relations(f, ["CONVEYED_VIA", "CONVEYED_TO"]);
    assert.ok(["CONVEYED_VIA person:faure-gnassingbe -> person:olivier-nduhungirehe", "CONVEYED_TO person:robert-dussey -> person:olivier-nduhungirehe", "CONVEYED_TO person:faure-gnassingbe -> person:paul-kagame"].every((x) => r.includes(x)), r.join("; "));
    assert.ok(!r.includes("CONVEYED_VIA person:felix-tshisekedi -> person:olivier-nduhungirehe"), r.join("; "));
  });
  it('"A courtesy call by X on Minister Y, which had been scheduled for Wednesday afternoon, was called off": cancelled, that Wednesday', () => {
    const f = extract("Foreign Minister Ana Quispe met President Luis Quiroga on Wednesday. A courtesy call by Quispe on Defence Minister Tomás Ibarra, which had been scheduled for Wednesday afternoon, was called off at short notice.", "2026-08-27");
    assert.ok(meetings(f).some((m) => m.status === "cancelled" && m.date === "2026-08-26" && m.participants.join() === "person:ana-quispe,person:tomas-ibarra"), JSON.stringify(meetings(f)));
  });
  it('"A and B, who have praised each other\'s programmes, last met in L on March 11": the two met there', () => {
    const f = extract("President Ana Quispe wants Luis Quiroga in Punta Arenas. Quiroga and Quispe, who have praised each other's programmes for cutting public spending, last met in Valparaíso on March 11.", "2026-10-29");
    assert.ok(meetings(f).some((m) => m.status === "held" && m.date === "2026-03-11" && m.participants.join() === "person:ana-quispe,person:luis-quiroga"), JSON.stringify(meetings(f)));
  });
  it('"the Maipú Treaty, which then-presidents A and B signed in the Santiago commune of Maipú in October 2009": both signed it, and met in Maipú then', () => {
    const f = extract("The summit would also update the Maipú Treaty of Integration and Cooperation, which then-presidents Ana Quispe and Luis Quiroga signed in the Santiago commune of Maipú in October 2009.", "2026-10-29");
    assert.equal(relations(f, ["SIGNED"]).length, 2, relations(f).join("; "));
    assert.ok(relations(f, ["HELD_IN"]).includes("HELD_IN meeting -> place:maipu") && meetings(f).some((m) => m.status === "held" && m.date === "2009-10"), relations(f).join("; "));
  });
});

describe("the carrier of a letter (twenty-fifth session)", () => {
  it('"X received Y, G\'s minister, …, where Mr Y delivered a written message from King Z": Y carried it, and X is not of Z\'s state', () => {
    const f = extract("President Ana Quispe received Tomás Ibarra, Jordan's Deputy Prime Minister, at the palace on Tuesday, where Mr Ibarra delivered a written message from King Abdullah II inviting her to visit Amman.", "2026-02-25");
    const r = relations(f, ["HOLDS_OFFICE", "CONVEYED_VIA"]);
    assert.ok(r.includes("CONVEYED_VIA person:abdullah-ii -> person:tomas-ibarra") && !r.some((x) => x.startsWith("HOLDS_OFFICE person:ana-quispe -> government:jordan")), r.join("; "));
  });
});

describe("talks through a go-between (twenty-fifth session, from the second held-out set)", () => {
  const f = extract("Foreign Minister Ana Quispe and the US special envoy, Tomás Ibarra, are due in Rome on Saturday for talks mediated once more by Oman's foreign minister, Luis Quiroga. At the first round in Muscat last Saturday, Quispe and Ibarra sat in separate rooms while Quiroga carried messages between them.", "2025-04-17");
  it('"A and B sat in separate rooms while C carried messages between them": C met each, on that day there; A and B did not meet, and each one\'s messages went to the other', () => {
    const ms = meetings(f).filter((m) => m.status === "held");
    assert.deepEqual(ms.map((m) => [m.date, m.participants.join()]), [["2025-04-12", "person:ana-quispe,person:luis-quiroga"], ["2025-04-12", "person:luis-quiroga,person:tomas-ibarra"]]);
    const r = relations(f, ["MET_WITH", "CONVEYED_TO"]);
    assert.ok(!r.some((x) => x.startsWith("MET_WITH") && x.includes("ana-quispe") && x.includes("tomas-ibarra")), r.join("; "));
    assert.ok(r.includes("CONVEYED_TO person:ana-quispe -> person:tomas-ibarra") && r.includes("CONVEYED_TO person:tomas-ibarra -> person:ana-quispe"), r.join("; "));
  });
  it('"A and the US special envoy, B, are due in Rome on Saturday for talks mediated once more by …, C": the three, planned, that Saturday', () => {
    assert.ok(meetings(f).some((m) => m.status === "planned" && m.date === "2025-04-19" && m.participants.join() === "person:ana-quispe,person:luis-quiroga,person:tomas-ibarra"), JSON.stringify(meetings(f)));
  });
});

describe("letters, signings and who was there (twenty-sixth session, from the fifteenth held-out set)", () => {
  const held = (f: ReturnType<typeof extract>) => meetings(f).filter((m) => m.status === "held");
  it('"carrying a letter from president X for his peer Y, in which X invites Y to L in the first half of December to open the long-delayed bridge … The letter was received by Z": a proposal for December, not postponed; the letter reached Z; no meeting of Z and the letter', () => {
    const f = extract("Chile's foreign minister Jorge Vidal spent Monday in Lima carrying a letter from president Isabel Ferrán for his Peruvian peer Rodrigo Mamani, in which Ferrán invites Mamani to Arica in the first half of December to open the long-delayed bridge. The letter was received by Peru's foreign minister Ana Quispe, and the palace has not replied. Vidal for his part said he had invited Quispe to Santiago in November, and that Quispe had accepted.", "2026-10-08");
    assert.deepEqual(meetings(f), [
      { status: "proposed", date: "2026-12", participants: ["person:isabel-ferran", "person:rodrigo-mamani"] },
      { status: "planned", date: "2026-11", participants: ["person:ana-quispe", "person:jorge-vidal"] },
    ]);
    const r = relations(f, ["HOLDS_OFFICE", "CONVEYED_VIA", "CONVEYED_TO", "INVITED"]);
    for (const x of ["HOLDS_OFFICE person:isabel-ferran -> government:chile [president]", "HOLDS_OFFICE person:rodrigo-mamani -> government:peru [president]", "CONVEYED_VIA person:isabel-ferran -> person:ana-quispe", "CONVEYED_TO person:jorge-vidal -> person:ana-quispe", "INVITED person:jorge-vidal -> person:ana-quispe"]) assert.ok(r.includes(x), `${x} in ${r.join("; ")}`);
    assert.ok(!r.includes("CONVEYED_TO person:jorge-vidal -> person:rodrigo-mamani"), "carried for Y is not handed to Y");
  });
  it('"A and B last met face to face on the sidelines of the Pacific summit in Cusco in December 2025": that month, past the event', () => {
    const f = extract("Chilean President Isabel Ferrán and Peruvian President Rodrigo Mamani last met face to face on the sidelines of the Pacific summit in Cusco in December 2025, where they talked about trade.", "2026-10-08");
    assert.deepEqual(held(f), [{ status: "held", date: "2025-12", participants: ["person:isabel-ferran", "person:rodrigo-mamani"] }]);
  });
  it('"the president is this week attending an investment forum in New York": one person at a forum meets no one', () => {
    const f = extract("Quispe received the letter and undertook to deliver it to President Rodrigo Mamani upon his return from the United States, where the president is this week attending an investment forum in New York.", "2026-10-08");
    assert.deepEqual(meetings(f), []);
  });
  it('"Before the two ministers sat down, A and B signed a technical minute …, in the presence of C and D": the signers at the ministers\' meeting, each meeting the other side', () => {
    const f = extract("Chile's foreign minister Jorge Vidal was received by Peru's foreign minister Ana Quispe at the Torre Tagle Palace on Wednesday. Before the two ministers sat down, Chile's director of ports, Luis Quiroga, and Peru's undersecretary of ports and waterways, Elena Castro, signed a technical minute fixing the dredging schedule, in the presence of Vidal and Quispe.", "2026-10-08");
    assert.deepEqual(meetings(f), [{ status: "held", date: "2026-10-07", participants: ["person:ana-quispe", "person:elena-castro", "person:jorge-vidal", "person:luis-quiroga"] }]);
    const r = relations(f, ["SIGNED", "MET_WITH", "HOLDS_OFFICE"]);
    for (const x of ["HOLDS_OFFICE person:elena-castro -> government:peru [undersecretary of ports and waterways]", "MET_WITH person:luis-quiroga -> person:elena-castro"]) assert.ok(r.includes(x), `${x} in ${r.join("; ")}`);
    assert.equal(r.filter((x) => x.startsWith("SIGNED") && x.includes("document:technical-minute")).length, 2, r.join("; "));
    assert.ok(!r.some((x) => x.startsWith("MET_WITH") && x.includes("jorge-vidal") && x.includes("luis-quiroga")), "one side's own people");
  });
  it('"with President X set to travel to Lima in August for a summit with President Y": the two, planned; Y of the capital\'s state', () => {
    const f = extract("Chile and Peru are moving past months of friction, with President Isabel Ferrán set to travel to Lima in August for a summit with President Rodrigo Mamani on the railway.", "2026-06-20");
    assert.deepEqual(meetings(f), [{ status: "planned", date: "2026-08", participants: ["person:isabel-ferran", "person:rodrigo-mamani"] }]);
    assert.ok(relations(f, ["HOLDS_OFFICE"]).includes("HOLDS_OFFICE person:rodrigo-mamani -> government:peru [President]"));
  });
  it('"The invitation was contained in a letter from Z that X delivered to President Y at the Government Palace, Santiago on Tuesday": X met Y there that day; Z invited Y, a letter for Y', () => {
    const f = extract("The invitation was contained in a letter from Mr Mamani that Peru's Minister of Foreign Affairs Gen Luis Quiroga delivered to President Ferrán at the Government Palace, Santiago on Tuesday.", "2026-06-20");
    assert.deepEqual(meetings(f), [{ status: "held", date: "2026-06-16", participants: ["person:ferran", "person:luis-quiroga"] }]);
    const r = relations(f);
    for (const x of ["INVITED person:mamani -> person:ferran", "CONVEYED_TO person:mamani -> person:ferran", "HOLDS_OFFICE person:ferran -> government:chile [President]"]) assert.ok(r.includes(x), `${x} in ${r.join("; ")}`);
  });
  it('"the two ministers witnessed the signing of a memorandum … by A, and the Permanent Secretary of G\'s Ministry of Trade, Industry and Tourism, B": both signed, both at the ministers\' talks', () => {
    const f = extract("Chilean Foreign Minister Jorge Vidal held talks with Peruvian Foreign Minister Ana Quispe in Lima on Monday. At the end of the talks, the two ministers witnessed the signing of a memorandum of understanding on border management at the Tacna crossing by Chile's Principal Secretary for Trade, Elena Castro, and the Permanent Secretary of Peru's Ministry of Trade, Industry and Tourism, Tomás Ibarra.", "2026-06-20");
    assert.deepEqual(held(f).map((m) => m.participants.join()), ["person:ana-quispe,person:elena-castro,person:jorge-vidal,person:tomas-ibarra"]);
    const r = relations(f, ["SIGNED", "HOLDS_OFFICE"]);
    assert.equal(r.filter((x) => x.startsWith("SIGNED") && x.includes("memorandum-of-understanding-on-border-management")).length, 2, r.join("; "));
    assert.ok(r.includes("HOLDS_OFFICE person:tomas-ibarra -> government:peru [Permanent Secretary]"), r.join("; "));
  });
  it('"received X, Chile\'s Deputy Prime Minister …, at L in Abu Dhabi on Tuesday"; "A and B, who accompanied X, were also present"; "later held separate talks": the day past the post, those present, and a second meeting', () => {
    const f = extract("President Sheikh Hamad bin Rashid received Jorge Vidal, Chile's Deputy Prime Minister and Minister of Foreign Affairs, at Qasr Al Watan in Abu Dhabi on Tuesday. The meeting was attended by Sheikh Abdullah bin Rashid, Minister of Foreign Affairs. Chile's ambassador to the UAE, Elena Castro, and the Chilean Minister of Mining, Luis Quiroga, who accompanied Mr Vidal, were also present. Sheikh Abdullah and Mr Vidal later held separate talks at the Ministry of Foreign Affairs in Abu Dhabi.", "2026-02-25");
    const ms = held(f);
    assert.equal(ms.length, 2, JSON.stringify(ms));
    assert.deepEqual(ms[0], { status: "held", date: "2026-02-24", participants: ["person:abdullah-bin-rashid", "person:elena-castro", "person:hamad-bin-rashid", "person:jorge-vidal", "person:luis-quiroga"] });
    assert.deepEqual(ms[1].participants, ["person:abdullah-bin-rashid", "person:jorge-vidal"]);
  });
  it('"X opened the talks and was joined at the table by the ministry\'s State Secretary, Y": both at the talks told before', () => {
    const f = extract("Peru's envoy Ana Quispe and Chile's envoy Luis Quiroga met on Friday at the Villa Maria in Bern. Foreign Minister Jorge Vidal opened the talks and was joined at the table by the ministry's State Secretary, Elena Castro.", "2026-10-10");
    assert.deepEqual(held(f).map((m) => m.participants.join()), ["person:ana-quispe,person:elena-castro,person:jorge-vidal,person:luis-quiroga"]);
  });
  it('"on October 10, 2009, the then foreign ministers A of G and B of H signed the so-called Arica Protocols at the University of Bern, in the presence of the then C": all three there that day; A and B signed', () => {
    const f = extract("Two years later, on October 10, 2009, the then foreign ministers Tomás Ibarra of Peru and Isabel Ferrán of Chile signed the so-called Arica Protocols at the University of Bern, in the presence of the then Swiss foreign minister Rodrigo Mamani.", "2026-10-10");
    assert.deepEqual(meetings(f), [{ status: "held", date: "2009-10-10", participants: ["person:isabel-ferran", "person:rodrigo-mamani", "person:tomas-ibarra"] }]);
    assert.deepEqual(relations(f, ["SIGNED"]).sort(), ["SIGNED person:isabel-ferran -> document:arica-protocols", "SIGNED person:tomas-ibarra -> document:arica-protocols"]);
  });
  it('"In the letter, X invites Y to Tacna to attend the reopening": proposed there', () => {
    const f = extract("Chilean President Isabel Ferrán wrote to Peruvian President Rodrigo Mamani. In the letter, Ferrán invites Mamani to Tacna to attend the reopening of the railway.", "2026-10-10");
    assert.ok(meetings(f).some((m) => m.status === "proposed" && m.participants.join() === "person:isabel-ferran,person:rodrigo-mamani"), JSON.stringify(meetings(f)));
  });
  it('"MANILA — President X has accepted an invitation from Chilean President Y to make an official visit to Santiago in September … a letter from Y that Z handed to the President during a courtesy call …; W was present during the call", a quote between', () => {
    const f = extract("MANILA, Philippines — President Rodrigo Mamani has accepted an invitation from Chilean President Isabel Ferrán to make an official visit to Santiago in September, the palace said on Tuesday. The invitation was contained in a letter from Ferrán that Chilean Foreign Minister Jorge Vidal handed to the President during a courtesy call at the Presidential Palace on Tuesday morning. \"The President gladly accepted the invitation,\" the press officer said. Foreign Affairs Secretary Ana Quispe was present during the call, as was Chile's top envoy in Manila. The envoy, Ambassador Luis Quiroga, later signed with Quispe the exchange of notes for a loan.", "2026-07-14");
    assert.deepEqual(meetings(f), [
      { status: "planned", date: "2026-09", participants: ["person:isabel-ferran", "person:rodrigo-mamani"] },
      { status: "held", date: "2026-07-14", participants: ["person:ana-quispe", "person:jorge-vidal", "person:luis-quiroga", "person:rodrigo-mamani"] },
    ]);
    const r = relations(f, ["HOLDS_OFFICE", "SIGNED", "MET_WITH"]);
    for (const x of ["HOLDS_OFFICE person:rodrigo-mamani -> government:philippines [President]", "HOLDS_OFFICE person:luis-quiroga -> government:chile [Ambassador]", "SIGNED person:luis-quiroga -> document:exchange-of-notes-for-a-loan-@", "SIGNED person:ana-quispe -> document:exchange-of-notes-for-a-loan-@"]) assert.ok(r.map((y) => y.replace(/-[0-9a-f]{6}$/, "-@")).includes(x), `${x} in ${r.join("; ")}`);
    assert.ok(!r.some((x) => x.startsWith("MET_WITH") && x.includes("ana-quispe") && x.includes("rodrigo-mamani")), "the host's own secretary");
  });
  it('"The LAA, which allows …, was signed in Lima in July 2024 by A and then B, with C witnessing the signing": all three there then; A and B signed it', () => {
    const f = extract("The Lima Access Agreement (LAA) was discussed. The LAA, which allows troops to train in each other's territory, was signed in Lima in July 2024 by Defense Secretary Ana Quispe and then Chilean Foreign Minister Jorge Vidal, with Rodrigo Mamani witnessing the signing at the palace.", "2026-07-14");
    assert.deepEqual(meetings(f), [{ status: "held", date: "2024-07", participants: ["person:ana-quispe", "person:jorge-vidal", "person:rodrigo-mamani"] }]);
    assert.deepEqual(relations(f, ["SIGNED"]).sort(), ["SIGNED person:ana-quispe -> document:lima-access-agreement", "SIGNED person:jorge-vidal -> document:lima-access-agreement"]);
  });
  it('"The ambassador, X, presented his credentials to Y in March"; "Later the same day, A and B held talks …, where they signed the Program of Cooperation … for 2027-2029": a second meeting that day, no year of the span', () => {
    const f = extract("ASTANA – Kazakh President Kassym-Jomart Tokayev received Peruvian Deputy Chairman of the Council of Ministers and Foreign Minister Ana Quispe at the Akorda on Nov. 10. The ambassador, Luis Quiroga, presented his credentials to Tokayev at the Akorda in March. Later the same day, Quispe and Kazakh Foreign Minister Yermek Kosherbayev held talks at the Kazakh Ministry of Foreign Affairs, where they signed the Program of Cooperation between the two ministries for 2027-2029.", "2026-11-11");
    assert.deepEqual(meetings(f), [
      { status: "held", date: "2026-11-10", participants: ["person:ana-quispe", "person:kassym-jomart-tokayev"] },
      { status: "held", date: "2026-03", participants: ["person:kassym-jomart-tokayev", "person:luis-quiroga"] },
      { status: "held", date: "2026-11-10", participants: ["person:ana-quispe", "person:yermek-kosherbayev"] },
    ]);
    assert.deepEqual(relations(f, ["SIGNED"]).sort(), ["SIGNED person:ana-quispe -> document:program-of-cooperation", "SIGNED person:yermek-kosherbayev -> document:program-of-cooperation"]);
  });
  it('"agreements reached by the two presidents during their meeting in Lima on Nov. 16, 2025": the only two presidents named so far', () => {
    const f = extract("Kazakh President Kassym-Jomart Tokayev received a letter from Peruvian President Rodrigo Mamani. The parties discussed agreements reached by the two presidents during their meeting in Lima on Nov. 16, 2025. Uzbek President Shavkat Mirziyoyev phoned later.", "2026-11-11");
    assert.ok(meetings(f).some((m) => m.status === "held" && m.date === "2025-11-16" && m.participants.join() === "person:kassym-jomart-tokayev,person:rodrigo-mamani"), JSON.stringify(meetings(f)));
  });
  it('"The Arica Treaty, named after the port, was signed by A and B at the Congress in Lima on October 6 last year": the two met there then', () => {
    const f = extract("The Arica Treaty, named after the port, was signed by Chilean President Isabel Ferrán and Peruvian President Rodrigo Mamani at the Congress in Lima on October 6 last year.", "2026-04-16");
    assert.deepEqual(meetings(f), [{ status: "held", date: "2025-10-06", participants: ["person:isabel-ferran", "person:rodrigo-mamani"] }]);
    assert.equal(relations(f, ["SIGNED"]).length, 2);
  });
  it('"The talks took place at L on Tuesday"; "the call was cancelled after the president convened an emergency meeting"; "is scheduled to travel to Cusco on Thursday, where he is expected to meet Governor Y"', () => {
    const f = extract("Chile's Foreign Minister Jorge Vidal has held talks with his Peruvian counterpart Ana Quispe in Lima. The talks took place at the Torre Tagle Palace on Tuesday. Quispe had been scheduled to pay a courtesy call on President Rodrigo Mamani at the palace on Wednesday morning. But the government says the call was cancelled after the president convened an emergency meeting on the floods. Vidal is scheduled to travel to Cusco on Thursday, where he is expected to meet Cusco Region Governor Elena Castro.", "2026-09-16");
    assert.deepEqual(meetings(f), [
      { status: "held", date: "2026-09-15", participants: ["person:ana-quispe", "person:jorge-vidal"] },
      { status: "cancelled", date: "2026-09-16", participants: ["person:ana-quispe", "person:rodrigo-mamani"] },
      { status: "planned", date: "2026-09-17", participants: ["person:elena-castro", "person:jorge-vidal"] },
    ]);
  });
  it('"Officials say X\'s letter invites Y to visit his hometown of Arica"; "Z said he would deliver the letter to the prime minister": proposed there; the letter through Z, handed to him by its carrier', () => {
    const f = extract("Chile's Foreign Minister Jorge Vidal has held talks with Peruvian Foreign Minister Ana Quispe in Lima. Vidal handed over a letter from President Isabel Ferrán addressed to Prime Minister Rodrigo Mamani. Officials say Ferrán's letter invites Mamani to visit her hometown of Arica. Quispe said she would deliver the letter to the prime minister.", "2026-09-16");
    assert.ok(meetings(f).some((m) => m.status === "proposed" && m.participants.join() === "person:isabel-ferran,person:rodrigo-mamani"), JSON.stringify(meetings(f)));
    const r = relations(f, ["INVITED", "CONVEYED_VIA", "CONVEYED_TO"]);
    for (const x of ["INVITED person:isabel-ferran -> person:rodrigo-mamani", "CONVEYED_VIA person:isabel-ferran -> person:ana-quispe", "CONVEYED_TO person:jorge-vidal -> person:ana-quispe"]) assert.ok(r.includes(x), `${x} in ${r.join("; ")}`);
  });
  it('"attended by Japan\'s ambassador, A, and by B, Y\'s chief adviser": the two, of different sides, met', () => {
    const f = extract("Peruvian envoy Luis Quiroga held talks with Chilean President Isabel Ferrán at the palace on Monday. The meeting was also attended by Peru's ambassador to Chile, Ana Quispe, and by Jorge Vidal, Ferrán's chief foreign policy adviser.", "2026-07-15");
    assert.ok(relations(f, ["MET_WITH"]).some((x) => x.includes("ana-quispe") && x.includes("jorge-vidal")), relations(f, ["MET_WITH"]).join("; "));
  });
});

describe("a dateline under the byline, a post after the name (twenty-sixth session, from the fifteenth held-out set)", () => {
  const f = extract("Nadia Rashed\nAbu Dhabi\n\nFebruary 25, 2026\n\nPresident Sheikh Hamad bin Rashid received Jorge Vidal, Chile's Deputy Prime Minister and Minister of Foreign Affairs, at Qasr Al Watan in Abu Dhabi on Tuesday. The meeting was attended by Sheikh Abdullah bin Rashid, Minister of Foreign Affairs. During the meeting, Sheikh Hamad and Mr Vidal witnessed the signing of an agreement on water by Ali Al Marri, Minister of Energy and Infrastructure, and Chile's Minister of Mining, Luis Quiroga. Sheikh Abdullah and Mr Vidal later held separate talks at the ministry. The two ministers last met in Santiago in January.", "2026-02-25");
  it('"Abu Dhabi" alone on its line is the dateline: the president who receives a visitor of a state set off after his name, and the ministers named with a post after the name, are the Emirates\'', () => {
    const r = relations(f, ["HOLDS_OFFICE"]);
    for (const k of ["hamad-bin-rashid", "abdullah-bin-rashid", "ali-al-marri"]) assert.ok(r.some((x) => x.startsWith(`HOLDS_OFFICE person:${k} -> government:united-arab-emirates`)), `${k} in ${r.join("; ")}`);
  });
  it("so the host's own people meet the visitor's, not each other", () => {
    const r = relations(f, ["MET_WITH"]);
    assert.ok(!r.some((x) => x.includes("hamad-bin-rashid") && (x.includes("abdullah-bin-rashid") || x.includes("ali-al-marri"))), r.join("; "));
    assert.ok(r.includes("MET_WITH person:ali-al-marri -> person:luis-quiroga") || r.includes("MET_WITH person:luis-quiroga -> person:ali-al-marri"), r.join("; "));
  });
  it('"Sheikh Abdullah and Mr Vidal later held separate talks …. The two ministers last met in Santiago in January": a second meeting that day, and one in January', () => {
    const pair = meetings(f).filter((m) => m.participants.join() === "person:abdullah-bin-rashid,person:jorge-vidal").map((m) => m.date);
    assert.deepEqual(pair, ["2026-02-24", "2026-01"]);
  });
});

describe("reports denied, envoys named after their post, royal audiences, paper carried (twenty-sixth session, from the sixteenth held-out set)", () => {
  it('"A held an unannounced meeting with B …, the outlet reported, citing sources … A denied the report. "No such meeting took place"": no meeting; "received the EU Ambassador to Peru, X, at …" is one', () => {
    const f = extract("Luis Quiroga, the Prime Minister's Special Representative for Relations with Chile, held an unannounced meeting with Chilean Deputy Foreign Minister Jorge Vidal in Lima on April 29, the investigative outlet Ojo reported on May 7, citing two diplomatic sources. According to Ojo, the meeting took place at a hotel and lasted about three hours. Quiroga denied the report. \"No such meeting took place,\" he told a radio station. Foreign Minister Ana Quispe received the EU Ambassador to Peru, Elena Castro, at the Foreign Ministry on May 7 at her request.", "2026-05-08");
    assert.deepEqual(meetings(f), [{ status: "held", date: "2026-05-07", participants: ["person:ana-quispe", "person:elena-castro"] }]);
    assert.deepEqual(relations(f, ["MET_WITH"]), ["MET_WITH person:ana-quispe -> person:elena-castro"]);
  });
  const delhi = extract("Tomas Reyes\n\nNEW DELHI\nUpdated - February 13, 2026 12:38 am IST\n\nMaldives Foreign Minister Ahmed Zahir called on Prime Minister Ravi Menon on Thursday and conveyed an \"oral message\" from President Ibrahim Rasheed. External Affairs Minister Anil Kapoor was present, as was the Maldives' High Commissioner in New Delhi. The High Commissioner, Aminath Naseer, presented her credentials in November. The message also carried an invitation from Mr. Rasheed to Mr. Menon to visit Addu City later this year. Mr. Zahir had been scheduled to pay a courtesy call on Vice-President Sunil Rao on Friday morning. That call has been cancelled, officials said. Mr. Menon travelled to Male in July 2025 as the guest of honour at the anniversary, and the two leaders held talks at the President's Office there.", "2026-02-13");
  it('"NEW DELHI" alone on its line is the dateline; an "oral message" in scare quotes is a message; "as was the Maldives\' High Commissioner … The High Commissioner, X," at the table, of the Maldives', () => {
    const r = relations(delhi, ["HOLDS_OFFICE", "CONVEYED_TO", "MET_WITH"]);
    for (const x of ["HOLDS_OFFICE person:ravi-menon -> government:india [Prime Minister]", "HOLDS_OFFICE person:aminath-naseer -> government:maldives [High Commissioner]", "CONVEYED_TO person:ibrahim-rasheed -> person:ravi-menon", "MET_WITH person:aminath-naseer -> person:ravi-menon"]) assert.ok(r.includes(x), `${x} in ${r.join("; ")}`);
    assert.ok(!r.some((x) => x.startsWith("MET_WITH") && x.includes("anil-kapoor") && x.includes("ravi-menon")), "the host's own minister");
  });
  it('"an invitation from Mr. Z to Mr. Y to visit L" proposes it; "That call has been cancelled"; "travelled to Male in July 2025 …, and the two leaders held talks … there"', () => {
    assert.deepEqual(meetings(delhi).slice(1), [
      { status: "proposed", date: "2026", participants: ["person:ibrahim-rasheed", "person:ravi-menon"] },
      { status: "cancelled", date: "2026-02-13", participants: ["person:ahmed-zahir", "person:sunil-rao"] },
      { status: "held", date: "2025-07", participants: ["person:ibrahim-rasheed", "person:ravi-menon"] },
    ]);
    assert.ok(relations(delhi, ["INVITED"]).includes("INVITED person:ibrahim-rasheed -> person:ravi-menon"));
  });
  it('"King A of Bhutan and Queen B … accompanied by Bhutanese Prime Minister C and Foreign Minister D … King E and Queen F granted an audience to the Bhutanese King and Queen … C and D were also received": each queen her king\'s realm, the host king not the guest\'s (and the guest queen at the audience, thirty-ninth session)', () => {
    const f = extract("King Tashi Dorji of Bhutan and Queen Pema Lhamo began a state visit to Thailand on Monday. The royal couple, accompanied by Bhutanese Prime Minister Karma Wangdi and Foreign Minister Sonam Tenzin, were welcomed at the airport. On Monday evening, King Rama Chaiyo and Queen Siri Pranee granted an audience to the Bhutanese King and Queen at the Dusit Palace. Mr Wangdi and Mr Tenzin were also received.", "2026-01-21");
    const r = relations(f, ["HOLDS_OFFICE", "MET_WITH"]);
    for (const x of ["HOLDS_OFFICE person:pema-lhamo -> government:bhutan [Queen]", "HOLDS_OFFICE person:rama-chaiyo -> government:thailand [King]", "HOLDS_OFFICE person:siri-pranee -> government:thailand [Queen]", "HOLDS_OFFICE person:sonam-tenzin -> government:bhutan [Foreign Minister]"]) assert.ok(r.includes(x), `${x} in ${r.join("; ")}`);
    assert.deepEqual(meetings(f).filter((m) => m.status === "held").map((m) => m.participants.join()), ["person:karma-wangdi,person:pema-lhamo,person:rama-chaiyo,person:siri-pranee,person:sonam-tenzin,person:tashi-dorji"]);
    assert.ok(!r.some((x) => x.startsWith("MET_WITH") && x.includes("karma-wangdi") && x.includes("tashi-dorji")), r.join("; "));
  });
  it('"In the morning he collected a written proposal from A … and handed it to B. By the evening he had carried back B\'s written reply": each one\'s paper, through the carrier, to the other', () => {
    const f = extract("Peruvian Foreign Minister Ana Quispe hosted Jorge Vidal and Tomás Ibarra in Lima. On Tuesday, Quispe saw each delegation three times. In the morning she collected a written proposal from Jorge Vidal for a joint committee and handed it to Tomás Ibarra. By the evening she had carried back Ibarra's written reply, which accepted the committee.", "2026-06-18");
    const r = relations(f, ["CONVEYED_VIA", "CONVEYED_TO"]);
    for (const x of ["CONVEYED_VIA person:jorge-vidal -> person:ana-quispe", "CONVEYED_TO person:ana-quispe -> person:tomas-ibarra", "CONVEYED_TO person:jorge-vidal -> person:tomas-ibarra", "CONVEYED_VIA person:tomas-ibarra -> person:ana-quispe", "CONVEYED_TO person:ana-quispe -> person:jorge-vidal", "CONVEYED_TO person:tomas-ibarra -> person:jorge-vidal"]) assert.ok(r.includes(x), `${x} in ${r.join("; ")}`);
  });
  it('"In May 2020, A and B, then head of G\'s Presidential Council, signed a memorandum … in Tripoli": the two met there then', () => {
    const f = extract("In May 2020, Prime Minister Robert Mifsud and Fayez Hadi, then head of Libya's Presidential Council, signed a memorandum of understanding on migration in Tripoli, setting up coordination centres.", "2026-06-18");
    assert.deepEqual(meetings(f), [{ status: "held", date: "2020-05", participants: ["person:fayez-hadi", "person:robert-mifsud"] }]);
  });
  it('"Chile and Peru signed two agreements Thursday at Tacna, …, as Presidents A and B looked on. X and his Peruvian counterpart, Y, signed a binational agreement …": the leaders there that day, each his state\'s, and the signers with them', () => {
    const f = extract("TACNA — Chile and Peru signed two agreements on migration Thursday at Tacna, the busiest crossing between the two countries, as Presidents Isabel Ferrán and Rodrigo Mamani looked on. Foreign Minister Jorge Vidal and his Peruvian counterpart, Ana Quispe, signed a binational agreement on orderly migration. Security Minister Luis Quiroga and Peru's Minister of Security, Elena Castro, signed a memorandum on patrols.", "2026-01-16");
    assert.deepEqual(meetings(f).map((m) => [m.date, m.participants.join()]), [["2026-01-15", "person:ana-quispe,person:elena-castro,person:isabel-ferran,person:jorge-vidal,person:luis-quiroga,person:rodrigo-mamani"]]);
    const r = relations(f, ["MET_WITH", "SIGNED"]);
    assert.ok(r.some((x) => x.startsWith("SIGNED person:jorge-vidal")) && r.some((x) => x.startsWith("SIGNED person:ana-quispe")), r.join("; "));
    assert.ok(!r.some((x) => x.startsWith("MET_WITH") && x.includes("ana-quispe") && x.includes("rodrigo-mamani")), r.join("; "));
  });
  it('"On Jan. 13, X hosted him in her hometown"; "met Li there the following day"; "met Japan\'s top envoy in Seoul … The ambassador, Y, …"; "took place on the sidelines of … last October"', () => {
    const f = extract("South Korean President Lee Min-ho, Chinese Premier Wang Tao and Japanese Prime Minister Aiko Sato were named. Sato's only meeting with Chinese President Zhou Lin took place on the sidelines of the Apec summit in Gyeongju last October. Lee held summit talks with Zhou in Beijing on Jan. 5 during a state visit and met Wang there the following day. On Jan. 13, Sato hosted him in her hometown of Nara. On Monday, First Vice Foreign Minister Park Ji-won met Japan's top envoy in Seoul at the ministry. The ambassador, Kenji Mori, delivered a message from Foreign Minister Taro Ito.", "2026-04-22");
    assert.deepEqual(meetings(f).map((m) => [m.date, m.participants.join()]), [
      ["2025-10", "person:aiko-sato,person:zhou-lin"],
      ["2026-01-05", "person:lee-min-ho,person:zhou-lin"],
      ["2026-01-06", "person:lee-min-ho,person:wang-tao"],
      ["2026-01-13", "person:aiko-sato,person:lee-min-ho"],
      ["2026-04-20", "person:kenji-mori,person:park-ji-won"],
    ]);
  });
  it('"held separate talks at the AICC with A and B"; "X attended, as did Mr Y and G\'s High Commissioner …"', () => {
    const f = extract("According to State House, President Neema Mollel held separate talks at the AICC with Rwanda's President Jean Habimana and Burundi's President Pierre Ndikumana before the summit opened. Also on Friday evening, President Mollel hosted Kenya's President David Otieno for talks at the State House in Arusha. Kenya's Foreign Minister, Mr Peter Kamau, attended, as did Mr Juma Salim and Kenya's High Commissioner to Tanzania.", "2026-11-29");
    const ps = meetings(f).map((m) => m.participants.join());
    for (const x of ["person:jean-habimana,person:neema-mollel", "person:neema-mollel,person:pierre-ndikumana", "person:david-otieno,person:juma-salim,person:neema-mollel,person:peter-kamau"]) assert.ok(ps.includes(x), `${x} in ${JSON.stringify(ps)}`);
  });
  it('"A handed the envoy written assurances, addressed to Z, …"; "the envoy took the assurances to L and handed them to G\'s chief negotiator, Y, who passed them on to Z": A\'s paper, through the envoy and Y, to Z', () => {
    const f = extract("EU envoy Peter Holm was received on Monday in Belgrade by Serbian President Milan Jovic at the Presidency building. Marko Ilic, director of the government's office, also attended. Jovic handed the envoy written assurances, addressed to Kosovo Prime Minister Arben Krasniqi, that the charges would be dropped. The next day Holm took the assurances to Pristina and handed them to Kosovo's chief negotiator in the dialogue, Deputy Prime Minister Besa Gashi, who passed them on to Krasniqi the same evening.", "2026-03-13");
    const r = relations(f, ["CONVEYED_VIA", "CONVEYED_TO"]);
    for (const x of ["CONVEYED_VIA person:milan-jovic -> person:peter-holm", "CONVEYED_TO person:peter-holm -> person:besa-gashi", "CONVEYED_VIA person:milan-jovic -> person:besa-gashi", "CONVEYED_TO person:besa-gashi -> person:arben-krasniqi", "CONVEYED_TO person:milan-jovic -> person:arben-krasniqi"]) assert.ok(r.includes(x), `${x} in ${r.join("; ")}`);
    assert.ok(meetings(f).some((m) => m.date === "2026-03-09" && m.participants.join() === "person:marko-ilic,person:milan-jovic,person:peter-holm"), JSON.stringify(meetings(f)));
  });
});

/** A story's meetings as [status, date, participants joined], for the held-out forms' tests. */
const of = (f: ReturnType<typeof extract>) => meetings(f).map((m): [string, string, string] => [m.status ?? "", m.date ?? "", m.participants.join()]);
/** Each of `rows` ([status, date, participants joined]) is one of the meetings `ms`. */
function assertMeetings(ms: [string, string, string][], rows: string[][]): void {
  for (const x of rows) assert.ok(ms.some((m) => m.join("|") === x.join("|")), `${x} in ${JSON.stringify(ms)}`);
}

/** Each of `xs` is one of the relations `r` ("RELATION source -> target"), or begins one (a title or note after it),
 * unless `exact`. */
function assertRelations(r: string[], xs: string[], exact = false): void {
  for (const x of xs) assert.ok(exact ? r.includes(x) : r.some((y) => y.startsWith(x)), `${x} in ${r.join("; ")}`);
}

describe("meetings of the seventeenth held-out set's forms (twenty-seventh session)", () => {
  it("'G and H signed agreements today at the <L>, at the end of official talks between A and B': the talks that day; 'arrived on Wednesday at <L>, where she was welcomed by Y'; 'Later today, X received …'", () => {
    const f = extract("Havana, Apr 16 (Prensa Latina) Cuba and Peru signed agreements today at the Palace of the Revolution, at the end of official talks between President Rodrigo Mamani and his Peruvian counterpart, Ana Quispe. Quispe arrived on Wednesday at José Martí International Airport, where she was welcomed by Foreign Minister Jorge Vidal. Later today, Army General Luis Quiroga received the Peruvian president in Havana.", "2026-04-16");
    const ms = of(f);
    assert.ok(ms.some(([s, d, p]) => s === "held" && d === "2026-04-16" && p.includes("person:ana-quispe") && p.includes("person:rodrigo-mamani")), JSON.stringify(ms));
    assert.ok(ms.some(([s, d, p]) => s === "held" && d === "2026-04-15" && p.includes("person:jorge-vidal")), JSON.stringify(ms));
    assert.ok(relations(f, ["HELD_IN"]).includes("HELD_IN meeting -> place:palace-of-the-revolution"), relations(f, ["HELD_IN"]).join("; "));
  });
  it("a surname with a hyphen, alone, is the person named in full before, whatever the model read", () => {
    const f = extract("President Rodrigo Mamani welcomed his counterpart, Netumbo Nandi-Ndaitwah, today. Nandi-Ndaitwah, at the time a deputy minister, took part in those talks in 2023. Nandi-Ndaitwah arrived on Wednesday at the airport, where she was welcomed by Foreign Minister Jorge Vidal.", "2026-04-16");
    assert.ok(!f.entities.some((e) => e.key !== "person:netumbo-nandi-ndaitwah" && /ndaitwah/.test(e.key)), f.entities.map((e) => e.key).join());
    assert.ok(of(f).some(([, , p]) => p === "person:jorge-vidal,person:netumbo-nandi-ndaitwah"), JSON.stringify(of(f)));
  });
  it("'The two last met in Kuala Lumpur in July last year': the pair of the meeting told before, held then", () => {
    const f = extract("MANILA — Foreign Minister Ana Quispe of Peru is scheduled to meet Chilean Foreign Minister Jorge Vidal tomorrow. The two last met in Kuala Lumpur in July last year.", "2026-07-23");
    assert.deepEqual(of(f), [["planned", "2026-07-24", "person:ana-quispe,person:jorge-vidal"], ["held", "2025-07", "person:ana-quispe,person:jorge-vidal"]]);
  });
  it("'a request by X for a bilateral meeting with Y … could not be accommodated': X's meeting with Y, proposed; 'only shook hands' is no meeting", () => {
    const f = extract("MANILA — The ministry said a request by Chilean Foreign Minister Jorge Vidal for a bilateral meeting with Foreign Minister Ana Quispe of Peru today could not be accommodated. The two ministers only shook hands before the family photograph this morning.", "2026-07-23");
    assert.deepEqual(of(f).map(([s, , p]) => [s, p]), [["proposed", "person:ana-quispe,person:jorge-vidal"]]);
    assert.deepEqual(relations(f, ["MET_WITH"]), []);
  });
  it("names glossed in their own script; 'A delegation led by X met Y on the sidelines of the <E>. Z also attended the meeting, as did W'; 'the delegation had met Y and Z' is that meeting told again", () => {
    const f = extract("Staff writer, with CNA\n\nA Peruvian Socialist Party (PSP) delegation led by PSP Vice Chairwoman Ana Quispe (安娜) met Chilean People's Political Consultative Conference Chairman Jorge Vidal (豪爾赫) yesterday on the sidelines of the 18th Andes Forum in Arica. Chilean Affairs Office Director Luis Quiroga (路易斯) also attended the meeting at the Arica Conference Center, as did PSP Legislator Marta Iglesias (瑪塔), a member of the delegation. Council spokesman Tomás Ibarra told reporters the council regretted that the PSP delegation had met Vidal and Quiroga.", "2026-06-15");
    const held = meetings(f).filter((m) => m.status === "held" && m.participants.includes("person:ana-quispe"));
    assert.deepEqual(held.map((m) => m.participants.filter((p) => p.startsWith("person:"))), [["person:ana-quispe", "person:jorge-vidal", "person:luis-quiroga", "person:marta-iglesias"]]);
    assert.ok(!relations(f, ["MET_WITH"]).some((x) => x.includes("tomas-ibarra")), relations(f, ["MET_WITH"]).join("; "));
  });
  it("'X was handed over to G officials at <L> in the presence of A, Minister of State, and the US Special Presidential Envoy for Hostage Affairs. The envoy, B, …': A and B met there; 'A discussed the case with C in a phone call … The two presidents last met in Moscow'; 'is due back in the capital next week for further talks with D'", () => {
    const f = extract("by Web Desk\n\nMarta Iglesias was handed over to US officials at Al Bateen Executive Airport in the presence of Jorge Vidal, Minister of State, and the US Special Presidential Envoy for Hostage Affairs. The envoy, Tomás Ibarra, thanked the UAE. President Ana Quispe discussed the case with Russian President Luis Quiroga in a phone call on Monday. The two presidents last met in Moscow in August last year. Ibarra is due back in the capital next week for further talks with Vidal.", "2026-10-14");
    const ms = meetings(f).map((m) => [m.status, m.date ?? "", m.participants.join()]);
    for (const x of [["held", "", "person:jorge-vidal,person:tomas-ibarra"], ["held", "2025-08", "person:ana-quispe,person:luis-quiroga"], ["planned", "2026-10", "person:jorge-vidal,person:tomas-ibarra"]]) assert.ok(ms.some((m) => m.join("|") === x.join("|")), `${x} in ${JSON.stringify(ms)}`);
    assert.ok(relations(f, ["HOLDS_OFFICE"]).some((x) => x.startsWith("HOLDS_OFFICE person:tomas-ibarra -> government:united-states")), relations(f, ["HOLDS_OFFICE"]).join("; "));
  });
  it("a history: 'X visited Y at the hospital'; 'received Y at L … A, B and C were in the room'; 'met X's successor, Z'; 'built a channel with W … Their meetings in the winter of 1992 rescued …'; 'the Record …, which Y and de Z signed at the <O> in <L> on 26 September that year'", () => {
    const f = extract("Ana Quispe\n11 Sep 2026\n\nIn November 1985 the then justice minister, Jorge Vidal, visited Luis Quiroga at the Volks Hospital in Lima. Then-president Marta Iglesias received Quiroga at the palace, her office in Lima, on 5 July 1989. Vidal, Tomás Ibarra and Elena Castro were in the room. On 13 December 1989 Quiroga met Iglesias's successor, Pablo de Soto, at the palace. Two years later Rosa Mamani built a channel of her own with the then minister, Diego Ríos. Their meetings in the winter of 1992 rescued the negotiations and led to the Record of Understanding, which Quiroga and de Soto signed at the World Trade Centre in Callao on 26 September that year.", "2026-09-11");
    const met = relations(f, ["MET_WITH"]).map((x) => x.replace(/^MET_WITH /, ""));
    const pair = (x: string, y: string) => met.includes(`person:${x} -> person:${y}`) || met.includes(`person:${y} -> person:${x}`);
    for (const [x, y] of [["jorge-vidal", "luis-quiroga"], ["marta-iglesias", "luis-quiroga"], ["tomas-ibarra", "luis-quiroga"], ["elena-castro", "luis-quiroga"], ["luis-quiroga", "pablo-de-soto"], ["rosa-mamani", "diego-rios"]]) assert.ok(pair(x, y), `${x}–${y} in ${met.join("; ")}`);
    for (const [x, y] of [["tomas-ibarra", "elena-castro"], ["tomas-ibarra", "marta-iglesias"]]) assert.ok(!pair(x, y), `no ${x}–${y} in ${met.join("; ")}`);
    assert.ok(meetings(f).some((m) => m.status === "held" && m.date === "1992-09-26" && m.participants.join() === "person:luis-quiroga,person:pablo-de-soto"), JSON.stringify(meetings(f)));
    assert.deepEqual(relations(f, ["SIGNED"]).map((x) => x.replace(/ -> .*$/, "")), ["SIGNED person:luis-quiroga", "SIGNED person:pablo-de-soto"]);
  });
  it("a live blog: 'have begun delegation-level talks'; 'A, NSA B and foreign secretary C are on the Indian side of the table'; 'X is joined by D and G's high commissioner in L. The high commissioner, E, …'; a time zone is no one", () => {
    const f = extract("By HT News Desk\nUpdated on: Feb 17, 2026 10:41 PM IST\n\nChilean President Isabel Ferrán is on a three-day visit to India.\n\nFeb 17, 2026 11:36 AM IST\nTalks under way\n\nPM Arjun Mehta and President Ferrán have begun delegation-level talks at Hyderabad House. EAM Ravi Kumar, NSA Anil Rao and foreign secretary Sunil Das are on the Indian side of the table. Ferrán is joined by foreign minister Jorge Vidal and Chile's ambassador in New Delhi. The ambassador, Marta Iglesias, took charge in October.", "2026-02-17");
    assert.ok(!f.entities.some((e) => e.key === "person:ist"), f.entities.map((e) => e.key).join());
    const held = meetings(f).filter((m) => m.status === "held");
    assert.deepEqual(held.map((m) => m.participants), [["person:anil-rao", "person:arjun-mehta", "person:isabel-ferran", "person:jorge-vidal", "person:marta-iglesias", "person:ravi-kumar", "person:sunil-das"]]);
    const met = relations(f, ["MET_WITH"]);
    assert.ok(met.some((x) => x.includes("anil-rao") && x.includes("isabel-ferran")) && met.some((x) => x.includes("marta-iglesias") && x.includes("arjun-mehta")), met.join("; "));
    assert.ok(!met.some((x) => x.includes("jorge-vidal") && x.includes("marta-iglesias")) && !met.some((x) => x.includes("anil-rao") && x.includes("sunil-das")), met.join("; "));
    assert.ok(relations(f, ["HOLDS_OFFICE"]).includes("HOLDS_OFFICE person:anil-rao -> government:india [NSA]"), relations(f, ["HOLDS_OFFICE"]).join("; "));
  });
  it("an interview: an outlet's question's 'you' is the one it interviews ('… has publicly proposed meeting you'); 'A and I met …, and we signed a memorandum'", () => {
    const f = extract("Published on 21/05/2026 - 7:00 GMT+2\n\nBy Ana Quispe\n\nPeru's Foreign Minister Jorge Vidal sat down with Euronews in Brussels on Wednesday.\n\nEuronews: You came here from Lviv. What happened there?\n\nJorge Vidal: Luis Quiroga and I met in Lviv last Friday, and we signed a memorandum on the joint management of our border crossings.\n\nEuronews: Minsk says it wants to talk. Foreign Minister Tomás Ibarra has publicly proposed meeting you at the border. Will you go?\n\nVidal: No. I declined.", "2026-05-21");
    assert.deepEqual(relations(f, ["SIGNED"]).map((x) => x.replace(/ -> .*$/, "")).sort(), ["SIGNED person:jorge-vidal", "SIGNED person:luis-quiroga"]);
    assert.ok(meetings(f).some((m) => m.status === "proposed" && m.participants.join() === "person:jorge-vidal,person:tomas-ibarra"), JSON.stringify(meetings(f)));
  });
  it("'X flies to L on Wednesday, where Y is scheduled to receive her' (and 'A and B were among the guests' at a dinner hosted for a visitor, as before)", () => {
    const f = extract("NEW DELHI: Chilean President Isabel Ferrán met Prime Minister Arjun Mehta. Ferrán flies to Bodh Gaya on Wednesday morning, where Bihar governor Anil Rao is scheduled to receive her before she offers prayers. President Ravi Kumar hosted a banquet in honour of Ferrán at the palace. Sunil Das and Jorge Vidal were among the guests.", "2026-02-17");
    const ms = meetings(f).map((m) => [m.status, m.participants.join()].join(" "));
    assert.ok(ms.includes("planned person:anil-rao,person:isabel-ferran"), JSON.stringify(ms));
    assert.ok(ms.includes("held person:isabel-ferran,person:jorge-vidal,person:ravi-kumar,person:sunil-das"), JSON.stringify(ms));
  });
  it("a meeting a paper reported and one side confirmed, which the other flatly denies a few sentences on, is no meeting told as held", () => {
    const f = extract("By Ana Quispe\nMarch 9, 2026\n\nAccording to Sunday's report, the intelligence chief, Jorge Vidal, met the neighbour's deputy spy chief, Luis Quiroga, on February 18 at the London home of a shipowner. The newspaper said the two men spoke for two hours. \"I can confirm that a meeting took place,\" government spokesman Tomás Ibarra told reporters. He would not say who had requested the meeting. Within hours, the neighbour's foreign ministry spokesman, Elena Castro, issued a statement. \"No such meeting took place,\" she said.", "2026-03-09");
    assert.deepEqual(relations(f, ["MET_WITH"]), []);
    assert.ok(!meetings(f).some((m) => m.status === "held"), JSON.stringify(meetings(f)));
  });
  it("'X held talks with his counterparts from A, B and C …, but a scheduled meeting with Y fell through'; later 'A meeting with Y, scheduled for this afternoon, was called off': X's, not the last subject's", () => {
    const f = extract("MANILA — Foreign Minister Ana Quispe of Peru held bilateral talks with her counterparts from Chile, Bolivia and Ecuador on the sidelines of the regional meeting here, but a scheduled meeting with Japan's foreign minister, Kenji Mori, fell through. The Ecuadorian minister, Luis Quiroga, invited Quispe to Quito in November, and she accepted. A meeting with Mori, scheduled for this afternoon, was called off after he cut short his stay.", "2026-07-23");
    const cancelled = of(f).filter(([s]) => s === "cancelled");
    assert.deepEqual(cancelled.map(([, , p]) => p), ["person:ana-quispe,person:kenji-mori"]);
  });
});

describe("meetings of the eighteenth held-out set's forms (twenty-eighth session)", () => {
  it("a dateline in title case on a line of its own ('Lima, Mar. 19 (ANDINA).'): the place of 'A and his counterpart, B, today signed …' (that day); 'welcomed at <L>, in <L>, by Y': the city; a call on an unnamed post of the story's state, cancelled", () => {
    const f = extract("Published: 3/19/2026 | 17:25\n\nLima, Mar. 19 (ANDINA). Peru's Foreign Minister Ana Quispe and her Chilean counterpart, Jorge Vidal, today signed a framework agreement on river basins at the Torre Tagle Palace, at the close of a meeting of the Peru-Chile Consultation Mechanism.\n\nMinister Vidal arrived in Lima yesterday afternoon and was welcomed at Jorge Chávez International Airport, in Callao, by Vice Minister Luis Quiroga.\n\nA courtesy call by the Chilean foreign minister on the President of the Council of Ministers, scheduled for tomorrow morning, was cancelled due to changes in the premier's agenda.", "2026-03-19");
    assert.ok(!f.entities.some((e) => /mechanism/.test(e.key) && e.kind === "Person"), f.entities.map((e) => e.key).join());
    const ms = of(f);
    assertMeetings(ms, [["held", "2026-03-19", "person:ana-quispe,person:jorge-vidal"], ["held", "2026-03-18", "person:jorge-vidal,person:luis-quiroga"], ["cancelled", "2026-03-20", "government:peru,person:jorge-vidal"]]);
    const held = relations(f, ["HELD_IN"]);
    assert.ok(held.includes("HELD_IN meeting -> place:lima") && held.includes("HELD_IN meeting -> place:callao"), held.join("; "));
    assert.deepEqual(relations(f, ["SIGNED"]).map((x) => x.replace(/ -> .*$/, "")), ["SIGNED person:ana-quispe", "SIGNED person:jorge-vidal"]);
  });
  it("a host's guest: 'X arrived in L … Minister Y asked his guest to convey to President Z the solidarity of …': Y's message, through X, for Z", () => {
    const f = extract("LIMA — Chilean Foreign Minister Jorge Vidal arrived in Lima on Wednesday for talks with Peru's Foreign Minister Ana Quispe. Minister Quispe asked her guest to convey to President Luis Quiroga the solidarity of the Peruvian people with the families affected by the floods.", "2026-03-19");
    const r = relations(f, ["ASKED", "CONVEYED_VIA", "CONVEYED_TO"]);
    for (const x of ["ASKED person:ana-quispe -> person:jorge-vidal", "CONVEYED_VIA person:ana-quispe -> person:jorge-vidal", "CONVEYED_TO person:ana-quispe -> person:luis-quiroga"]) assert.ok(r.some((y) => y.startsWith(x)), `${x} in ${r.join("; ")}`);
  });
  it("a shuttle: 'X received a G delegation headed by …, A, and a H team led by …, B, separately on Saturday'; 'He saw each delegation again on Sunday, this time with C at his side'; 'A was accompanied on both days by D'; 'The sessions were held at … in L'; 'invited both delegations back to L'", () => {
    const f = extract("Peru's Foreign Minister Ana Quispe received a Chilean delegation headed by the government's chief negotiator and spokesman, Jorge Vidal, and a Bolivian team led by the country's ambassador to Peru, Luis Quiroga, separately on Saturday, the ministry said. She saw each delegation again on Sunday, this time with the UN special envoy, Marta Iglesias, at her side. Vidal was accompanied on both days by Tomás Ibarra, a member of the negotiating team. The sessions were held at a ministry guesthouse in Arequipa's old town. Quispe has invited both delegations back to Arequipa for a second round in the second half of June, and both have agreed.", "2026-05-27");
    const ms = of(f);
    assertMeetings(ms, [
      ["held", "2026-05-23", "person:ana-quispe,person:jorge-vidal,person:tomas-ibarra"],
      ["held", "2026-05-23", "person:ana-quispe,person:luis-quiroga"],
      ["held", "2026-05-24", "person:ana-quispe,person:jorge-vidal,person:marta-iglesias,person:tomas-ibarra"],
      ["held", "2026-05-24", "person:ana-quispe,person:luis-quiroga,person:marta-iglesias"],
      ["planned", "2026-06", "person:ana-quispe,person:jorge-vidal,person:luis-quiroga"],
    ]);
    assert.equal(relations(f, ["HELD_IN"]).filter((x) => x.endsWith("place:arequipa")).length >= 4, true, relations(f, ["HELD_IN"]).join("; "));
    assert.ok(!relations(f, ["MET_WITH"]).some((x) => x.includes("jorge-vidal") && x.includes("luis-quiroga")), relations(f, ["MET_WITH"]).join("; "));
    assert.deepEqual(relations(f, ["INVITED"]).map((x) => x.replace(/ \[.*$/, "")), ["INVITED person:ana-quispe -> person:jorge-vidal", "INVITED person:ana-quispe -> person:luis-quiroga"]);
  });
  it("a paper handed on: 'X handed Y a written list of G demands that Z had given him … Y flew to L on Monday and handed the list to W': Z's, through X and Y, for W", () => {
    const f = extract("Peru's Foreign Minister Ana Quispe met Chilean negotiator Jorge Vidal and Bolivian ambassador Luis Quiroga separately. On Sunday evening, Quispe handed Quiroga a written list of Chilean demands that Vidal had given her that morning. Quiroga flew to La Paz on Monday and handed the list to Defense Minister Marta Iglesias, an official said.", "2026-05-27");
    const r = relations(f, ["CONVEYED_VIA", "CONVEYED_TO"]).map((x) => x.replace(/ \[.*$/, ""));
    for (const x of ["CONVEYED_VIA person:jorge-vidal -> person:ana-quispe", "CONVEYED_VIA person:jorge-vidal -> person:luis-quiroga", "CONVEYED_TO person:ana-quispe -> person:luis-quiroga", "CONVEYED_TO person:luis-quiroga -> person:marta-iglesias", "CONVEYED_TO person:jorge-vidal -> person:marta-iglesias"]) assert.ok(r.includes(x), `${x} in ${r.join("; ")}`);
  });
  it("a meeting a broadcaster said took place, denied by a spokesman the sentence after ('denied it'), is none; 'traveled to L with a G delegation and was received by Y'; 'In September that year, a delegation led by X was received in L by Y'; 'is due in L next week to brief Y'", () => {
    const f = extract("On Monday night, the rebel-run Al-Faro television said that Jorge Vidal and Luis Quiroga had met face to face for two hours on Sunday at a villa outside Arequipa. On Tuesday, defense ministry spokesman Brig. Gen. Tomás Ibarra denied it. The choreography is not new. In April 2023, Quiroga traveled to Cusco with a Peruvian delegation and was received by Marta Iglesias, the head of the rebels' council. In September that year, a rebel delegation led by Vidal was received in Lima by Elena Castro. UN envoy Diego Ríos is due in Lima next week to brief Rosa Mamani, the chair of the council.", "2026-05-27");
    const met = relations(f, ["MET_WITH"]);
    assert.ok(!met.some((x) => x.includes("jorge-vidal") && x.includes("luis-quiroga")), met.join("; "));
    const ms = of(f);
    assertMeetings(ms, [["held", "2023-04", "government:peru,person:luis-quiroga,person:marta-iglesias"], ["held", "2023-09", "person:elena-castro,person:jorge-vidal"], ["planned", "2026-06", "person:diego-rios,person:rosa-mamani"]]);
    assert.ok(relations(f, ["HELD_IN"]).includes("HELD_IN meeting -> place:cusco"), relations(f, ["HELD_IN"]).join("; "));
  });
  it("a press release: 'The Egyptian delegation included Egypt's Ambassador to Armenia. The ambassador, X, …'; 'the agreements reached in <L> on August 8, 2025, where A, President of G B and President of the H C signed'; a visit recalled does not take the story back ('arrived … on the evening of April 8' is this year's)", () => {
    const f = extract("YEREVAN, APRIL 9, ARMENPRESS. Minister of Foreign Affairs of Armenia Ana Quispe held a meeting with Minister of Foreign Affairs of Egypt Jorge Vidal, who is in Armenia on an official visit. The Egyptian delegation included Egypt's Ambassador to Armenia. The ambassador, Luis Quiroga, assumed his duties in Yerevan last year. The Minister noted the importance of the agreements reached in Washington on August 8, 2025, where Prime Minister Marta Iglesias, President of Azerbaijan Tomás Ibarra and President of the United States Elena Castro signed a Joint Declaration at the White House. Following the talks, Ana Quispe and Jorge Vidal signed a Memorandum of Understanding. Minister Quispe recalled her visit to Cairo in October 2025, during which the two Ministers held talks. Minister Vidal arrived in Yerevan on the evening of April 8 and was welcomed at Zvartnots International Airport by Deputy Foreign Minister Diego Ríos.", "2026-04-09");
    const met = relations(f, ["MET_WITH"]);
    assert.ok(met.some((x) => x.includes("luis-quiroga") && x.includes("ana-quispe")) && !met.some((x) => x.includes("luis-quiroga") && x.includes("jorge-vidal")), met.join("; "));
    assert.deepEqual(relations(f, ["SIGNED"]).filter((x) => x.includes("joint-declaration")).map((x) => x.replace(/ -> .*$/, "")), ["SIGNED person:marta-iglesias", "SIGNED person:tomas-ibarra", "SIGNED person:elena-castro"]);
    const ms = of(f);
    assertMeetings(ms, [["held", "2025-08-08", "person:elena-castro,person:marta-iglesias,person:tomas-ibarra"], ["held", "2026-04-08", "person:diego-rios,person:jorge-vidal"]]);
    assert.ok(!ms.some(([, , p]) => p.includes("marta-iglesias") && p.includes("ana-quispe")), JSON.stringify(ms));
  });
  it("'The Egyptian Foreign Minister conveyed the warm greetings of President of Egypt A to Prime Minister B, as well as the President's invitation to pay an official visit to Egypt. B accepted the invitation': the post read from general knowledge of the minister named before; A's message through him, A's invitation, the visit planned", () => {
    const f = extract("YEREVAN, APRIL 9, ARMENPRESS. Prime Minister of Armenia Jorge Vidal received Badr Abdelatty. The Egyptian Foreign Minister conveyed the warm greetings of President of Egypt Luis Quiroga to Prime Minister Vidal, as well as the President's invitation to pay an official visit to Egypt. Jorge Vidal accepted the invitation with gratitude.", "2026-04-09");
    const r = relations(f, ["CONVEYED_VIA", "CONVEYED_TO", "INVITED"]).map((x) => x.replace(/ \[.*$/, ""));
    for (const x of ["CONVEYED_VIA person:luis-quiroga -> person:badr-abdelatty", "CONVEYED_TO person:luis-quiroga -> person:jorge-vidal", "INVITED person:luis-quiroga -> person:jorge-vidal"]) assert.ok(r.includes(x), `${x} in ${r.join("; ")}`);
    assert.ok(of(f).some(([s, , p]) => s === "planned" && p === "person:jorge-vidal,person:luis-quiroga"), JSON.stringify(of(f)));
  });
  it("a feature's history: 'He was met at <L> by G's then deputy prime minister and foreign minister, A, and held talks the next day with the then prime minister, B'; 'on the margins of the <E> in <L>, X and Y signed a memorandum'; 'the first round … was held at the Ministry … in L. G's delegation was led by …, C, and included D. H's side was led by …, E.'", () => {
    const f = extract("SUVA - Fiji's Prime Minister Jorge Vidal wrote to Vanuatu's Prime Minister Luis Quiroga. In August 2023, Mr Vidal flew to Port Vila for the summit. He was met at Bauerfield International Airport by Vanuatu's then deputy prime minister and foreign minister, Ana Quispe, and held talks the next day with the then prime minister, Tomás Ibarra, on the margins of the summit. On September 10 last year, on the margins of the Pacific Islands Forum Leaders' Meeting in Honiara, Mr Vidal and Mr Quiroga signed a Memorandum of Understanding on Development Cooperation. On Wednesday, the first round of consultations was held at the Ministry of Foreign Affairs in Port Vila. Fiji's delegation was led by the Permanent Secretary for Foreign Affairs, Marta Iglesias, and included Ms Elena Castro. Vanuatu's side was led by the ministry's Director-General, Florence Tabi.", "2026-07-18");
    const ms = of(f).map(([s, , p]) => `${s}|${p}`);
    for (const x of ["held|person:ana-quispe,person:jorge-vidal", "held|person:jorge-vidal,person:tomas-ibarra", "held|person:jorge-vidal,person:luis-quiroga", "held|person:elena-castro,person:florence-tabi,person:marta-iglesias"]) assert.ok(ms.includes(x), `${x} in ${JSON.stringify(ms)}`);
    const met = relations(f, ["MET_WITH"]);
    assert.ok(!met.some((x) => x.includes("ana-quispe") && x.includes("tomas-ibarra")) && !met.some((x) => x.includes("marta-iglesias") && x.includes("elena-castro")), met.join("; "));
    const held = relations(f, ["HELD_IN"]);
    assert.ok(held.includes("HELD_IN meeting -> place:honiara") && held.includes("HELD_IN meeting -> place:port-vila"), held.join("; "));
  });
  it("a summit's sidelines: 'Mr Traore' and 'Captain Traore' told apart by the style each was named with; 'the President' the story names most, not the last president named with a state; 'X's Commissioner for A, B and C called on him … The commissioner, Y,'; 'The meeting was requested by …' keeps a planned meeting planned; a signing 'in the presence of' A and the President of the Council of Ministers of G, B", () => {
    const f = extract("Author: Ana Quispe\n\nPresident Jorge Vidal yesterday held bilateral meetings on the sidelines of the summit in Abuja and sent a message to the Head of State of Burkina Faso, Captain Luis Traore. President Vidal met President Marta Iglesias of Nigeria. Burkina Faso was represented by its Minister of Foreign Affairs, Mr Pablo Traore. President Vidal received Mr Traore at his hotel yesterday evening. President Vidal met Captain Traore in Ouagadougou in March last year. President Vidal is expected to have a breakfast meeting with the President of Senegal, Mr Diego Ríos, this morning. The meeting was requested by the Senegalese side. On Saturday evening, shortly after the President arrived in Abuja, the ECOWAS Commission's Commissioner for Political Affairs, Peace and Security called on him at the hotel. The commissioner, Mrs Elena Castro, briefed the President. Also on the sidelines, Mr Tomás Ibarra and Togo's Minister of Foreign Affairs, Prof. Rosa Mamani, signed a memorandum of understanding on trade at the border crossing, in the presence of President Vidal and the President of the Council of Ministers of Togo, Mr Faure Gnassingbe.", "2026-06-22");
    const ms = of(f).map(([s, , p]) => `${s}|${p}`);
    for (const x of ["held|person:jorge-vidal,person:pablo-traore", "held|person:jorge-vidal,person:luis-traore", "planned|person:diego-rios,person:jorge-vidal", "held|person:elena-castro,person:jorge-vidal", "held|person:faure-gnassingbe,person:jorge-vidal,person:rosa-mamani,person:tomas-ibarra"]) assert.ok(ms.includes(x), `${x} in ${JSON.stringify(ms)}`);
  });
});

describe("meetings of the nineteenth held-out set's forms (twenty-ninth session)", () => {
  const wire = `BISHKEK (AKIpress) - The Plenipotentiary Representative of the President of Kyrgyzstan in Osh region, Talant Abdyrov, and the Chairman of Tajikistan's Sughd region met at the Kyzyl-Bel checkpoint on Tuesday, April 14, to discuss the road.

The Tajik official, Rustam Nazarzoda, was accompanied by the Chairman of Isfara city, Farrukh Sharipov.

Foreign Minister Azamat Tokoev told journalists in Bishkek on Tuesday that President Nurlan Osmonov and President of Tajikistan Davron Saidov will meet in Osh next week to open the road.

"The date has been agreed," Tokoev said.

He had received Tajikistan's Ambassador to Kyrgyzstan, Sherali Karimov, at the Foreign Ministry the day before. The ambassador handed him a message from Foreign Minister Jamshed Nabiev.

Tokoev said Osmonov had also proposed that President of Uzbekistan Botir Yusupov join the two leaders in Osh.

Chairman of the Cabinet of Ministers Almaz Beishenov and Prime Minister of Tajikistan Kokhir Rahimov discussed the road by video link on Monday.

Background

Osmonov and Saidov signed the treaty on the Kyrgyz-Tajik state border in Bishkek on March 13, 2025. On March 31, 2025, the presidents of Kyrgyzstan, Tajikistan and Uzbekistan signed the treaty on the junction point of the three states' borders in Khujand.`;
  it("a wire's regional heads ('The Plenipotentiary Representative of the President of G in L region, X, and the Chairman of H's L region met …'; 'The Tajik official, Y, was accompanied by the Chairman of L city, Z'); 'President X and President of G Y' two people; 'had received Y at the Foreign Ministry the day before' (the dateline's city, the day before the one told); 'proposed that Z join the two leaders in L'; 'the presidents of A, B and C signed' (each one named)", () => {
    const f = extract(wire, "2026-04-15");
    const ms = of(f);
    assertMeetings(ms, [
      ["held", "2026-04-14", "person:farrukh-sharipov,person:rustam-nazarzoda,person:talant-abdyrov"],
      ["planned", "2026-04", "person:davron-saidov,person:nurlan-osmonov"],
      ["held", "2026-04-13", "person:azamat-tokoev,person:sherali-karimov"],
      ["proposed", "2026-04", "person:botir-yusupov,person:davron-saidov,person:nurlan-osmonov"],
      ["held", "2025-03-13", "person:davron-saidov,person:nurlan-osmonov"],
      ["held", "2025-03-31", "person:botir-yusupov,person:davron-saidov,person:nurlan-osmonov"],
    ]);
    const held = relations(f, ["HELD_IN"]);
    for (const p of ["bishkek", "osh", "khujand", "kyzyl-bel"]) assert.ok(held.includes(`HELD_IN meeting -> place:${p}`), `${p} in ${held.join("; ")}`);
    const signed = relations(f, ["SIGNED"]);
    for (const x of ["SIGNED person:nurlan-osmonov -> document:treaty-on-the-kyrgyz-tajik-state-border", "SIGNED person:botir-yusupov -> document:treaty-on-the-junction-point"]) assert.ok(signed.some((y) => y.startsWith(x)), `${x} in ${signed.join("; ")}`);
    assert.ok(!signed.some((x) => x.includes("government:")), signed.join("; "));
    const r = relations(f, ["CONVEYED_VIA", "CONVEYED_TO", "HOLDS_OFFICE"]);
    for (const x of ["CONVEYED_VIA person:jamshed-nabiev -> person:sherali-karimov", "CONVEYED_TO person:sherali-karimov -> person:azamat-tokoev", "HOLDS_OFFICE person:talant-abdyrov -> government:kyrgyzstan [Plenipotentiary Representative of the President]", "HOLDS_OFFICE person:nurlan-osmonov -> government:kyrgyzstan [President]", "HOLDS_OFFICE person:almaz-beishenov -> government:kyrgyzstan [Chairman of the Cabinet of Ministers]"]) assert.ok(r.includes(x), `${x} in ${r.join("; ")}`);
    const kinds = new Map(f.entities.map((e) => [e.key, e.kind]));
    for (const p of ["place:osh", "place:sughd", "place:isfara"]) assert.equal(kinds.get(p), "Place", p);
    assert.ok(![...kinds.keys()].some((k) => /representative|ministers-/.test(k) && k.startsWith("person:")), [...kinds.keys()].join());
  });
  it("a ministry's statement with no dateline: 'X, Minister of Foreign Affairs, International Business and …' a post; 'called on G's President Y at the Office of the President, where he conveyed greetings from Z and an invitation for the Guyanese Head of State to attend …' (the capital of Y's state; Z's message for Y, and Z's invitation, accepted); 'The Ambassador, W,' names the ambassador told before; 'the two foreign ministers had held talks … the day before'; 'Prime Minister Brigadier (Ret'd) V' is V; 'the visiting minister' is the caller, and so is the one of 'A meeting with Vice President U, …, was cancelled'", () => {
    const f = extract("By Staff Reporter\nJune 11, 2026\n\nSuriname's Minister of Foreign Affairs, International Business and International Cooperation, Karel Wongsodikromo, yesterday called on Guyana's President Devon Persaud at the Office of the President, where he conveyed greetings from Surinamese President Anita Kromodimedjo and an invitation for the Guyanese Head of State to attend a ceremony for the new bridge at South Drain in August. President Persaud accepted the invitation.\n\nForeign Affairs Minister Ravi Singh and Suriname's Ambassador to Guyana were present at the meeting. The Ambassador, Lydia Pinas, presented her credentials in February.\n\nThe ministry said the two foreign ministers had held bilateral talks at its headquarters the day before.\n\nPrime Minister Brigadier (Ret'd) Colin Harper hosted a dinner for the visiting minister on Tuesday evening.\n\nA meeting with Vice President Omar Khan, which had been scheduled for yesterday afternoon, was cancelled owing to a change in his schedule.", "2026-06-11");
    const ms = of(f);
    assertMeetings(ms, [
      ["held", "2026-06-10", "person:devon-persaud,person:karel-wongsodikromo,person:lydia-pinas,person:ravi-singh"],
      ["held", "2026-06-09", "person:karel-wongsodikromo,person:ravi-singh"],
      ["held", "2026-06-09", "person:colin-harper,person:karel-wongsodikromo"],
      ["cancelled", "2026-06-10", "person:karel-wongsodikromo,person:omar-khan"],
      ["planned", "2026-08", "person:anita-kromodimedjo,person:devon-persaud"],
    ]);
    assert.ok(relations(f, ["HELD_IN"]).includes("HELD_IN meeting -> place:georgetown"), relations(f, ["HELD_IN"]).join("; "));
    assert.equal(f.entities.find((e) => e.key === "place:georgetown")?.kind, "Place");
    const r = relations(f, ["CONVEYED_VIA", "CONVEYED_TO", "HOLDS_OFFICE"]);
    assert.ok(relations(f, ["INVITED"]).includes("INVITED person:anita-kromodimedjo -> person:devon-persaud"), relations(f, ["INVITED"]).join("; "));
    for (const x of ["CONVEYED_VIA person:anita-kromodimedjo -> person:karel-wongsodikromo", "CONVEYED_TO person:karel-wongsodikromo -> person:devon-persaud", "HOLDS_OFFICE person:karel-wongsodikromo -> government:suriname [Minister of Foreign Affairs, International Business and International Cooperation]"]) assert.ok(r.includes(x), `${x} in ${r.join("; ")}`);
    assert.ok(!f.entities.some((e) => /brigadier/.test(e.key)), f.entities.map((e) => e.key).join());
  });
  it("an agency's interview ('Skopje, 23 March 2026 (MIA) -', answers in the first person): '<D>, which …, was signed at L on 17 June 2018 by the then foreign ministers A and B, in the presence of the then prime ministers C and D'; 'where I met the Regional Governor of R, X'; 'Commissioner K met the Prime Minister and me' (the story's state's prime minister, told long before); 'has invited me to Belgrade on 2 April, and I will go'", () => {
    const f = extract("Skopje, 23 March 2026 (MIA) - Foreign Minister Luka Petrovski says that Prime Minister Darko Stojanov will meet Greek Prime Minister Nikos Andreou in Thessaloniki in May.\n\nThe Lake Agreement, which the minister refers to, was signed at Psarades on 17 June 2018 by the then foreign ministers Ivan Trajkov and Kostas Manolis, in the presence of the then prime ministers Goran Ilievski and Yannis Pappas.\n\nMIA: Will Prime Minister Stojanov meet Prime Minister Andreou?\n\nPetrovski: Yes. Prime Minister Andreou has invited Prime Minister Stojanov to Thessaloniki in May, and Prime Minister Stojanov has accepted. The exact date will be agreed later. On Tuesday I was in Thessaloniki, where I met the Regional Governor of Central Macedonia, Petros Kalogeropoulos.\n\nMIA: European Commissioner for Enlargement Ana Novak was in Skopje earlier this month.\n\nPetrovski: Commissioner Novak met the Prime Minister and me together on 12 March. Foreign Minister Milan Jovic has invited me to Belgrade on 2 April, and I will go.", "2026-03-23");
    const ms = of(f);
    assertMeetings(ms, [
      ["held", "2018-06-17", "person:goran-ilievski,person:ivan-trajkov,person:kostas-manolis,person:yannis-pappas"],
      ["held", "2026-03-12", "person:ana-novak,person:darko-stojanov,person:luka-petrovski"],
      ["planned", "2026-04-02", "person:luka-petrovski,person:milan-jovic"],
      ["held", "2026-03-17", "person:luka-petrovski,person:petros-kalogeropoulos"],
    ]);
    assert.deepEqual(relations(f, ["SIGNED"]).map((x) => x.replace(/ \[.*$/, "")), ["SIGNED person:ivan-trajkov -> document:lake-agreement", "SIGNED person:kostas-manolis -> document:lake-agreement"]);
    assert.ok(relations(f, ["HELD_IN"]).includes("HELD_IN meeting -> place:psarades"), relations(f, ["HELD_IN"]).join("; "));
    assert.ok(!f.entities.some((e) => /commissioner|regional-governor/.test(e.key)), f.entities.map((e) => e.key).join());
  });
  it("captions closed by a picture credit ('— Picture: X'): present verbs read as past ('welcome', 'sign … as the two Presidents look on'), two pictured cutting the ribbon, sharing a moment or exchanging copies were together ('with Z looking on' too), 'Looking on are X and Y' attended, a file picture's 'witness the exchange of' a meeting then; styles between post and name ('Mayor Councillor X', 'Governor Mr Y', 'Spokesman Commander Z', '… and Devolution Cde W'); a city the gazetteer knows gives a mayor's state; a first lady holds no office", () => {
    const f = extract("Herald Reporters\n27 August 2026\n\nPresident Tinashe Moyo and his Mozambican counterpart, President Alberto Sitoe, yesterday commissioned a one-stop border post in Mutare.\n\nForeign Affairs Minister Professor Farai Chikowore (left) and Minister of State for Manicaland Provincial Affairs and Devolution Cde Rumbidzai Ncube welcome President Sitoe and Mozambique's First Lady, Mrs Isabel Sitoe, on arrival at Grand Reef Airport in Mutare yesterday morning. — Picture: Tafadzwa Dube\n\nPresident Moyo and President Sitoe cut the ribbon to officially open the border post. Looking on are Manica Provincial Governor Mr Armando Cossa (right) and Mozambique's Ambassador to Zimbabwe. The ambassador, Mr Jose Langa, said the post was a milestone. — Picture: Tafadzwa Dube\n\nFirst Lady Dr Chipo Moyo and Mrs Isabel Sitoe share a light moment during a tour of Mutare Provincial Hospital yesterday afternoon. — Picture: Tafadzwa Dube\n\nMutare Mayor Councillor Tendai Gumbo and Chimoio Mayor Mr Paulo Mabunda exchange copies of a twinning agreement at the Civic Centre yesterday, with Manica Provincial Governor Mr Cossa looking on. — Picture: Tafadzwa Dube\n\nFILE PICTURE: President Moyo and then Mozambican President Mr Carlos Matsinhe witness the exchange of an agreement in Maputo in June 2024. — File picture", "2026-08-27");
    const ms = of(f).map(([s, , p]) => `${s}|${p}`);
    for (const x of [
      "held|person:farai-chikowore,person:isabel-sitoe,person:rumbidzai-ncube,person:alberto-sitoe".split("|")[0] + "|person:alberto-sitoe,person:farai-chikowore,person:isabel-sitoe,person:rumbidzai-ncube",
      "held|person:alberto-sitoe,person:armando-cossa,person:jose-langa,person:tinashe-moyo",
      "held|person:chipo-moyo,person:isabel-sitoe",
      "held|person:armando-cossa,person:paulo-mabunda,person:tendai-gumbo",
      "held|person:carlos-matsinhe,person:tinashe-moyo",
    ])
      assert.ok(ms.includes(x), `${x} in ${JSON.stringify(ms)}`);
    const offices = relations(f, ["HOLDS_OFFICE"]);
    for (const x of ["HOLDS_OFFICE person:tendai-gumbo -> government:zimbabwe", "HOLDS_OFFICE person:paulo-mabunda -> government:mozambique"]) assert.ok(offices.some((y) => y.startsWith(x)), `${x} in ${offices.join("; ")}`);
    assert.ok(!offices.some((x) => x.includes("isabel-sitoe") || x.includes("chipo-moyo")), offices.join("; "));
    const keys = f.entities.map((e) => e.key);
    for (const k of ["person:rumbidzai-ncube", "person:armando-cossa", "place:mutare"]) assert.ok(keys.includes(k), `${k} in ${keys.join()}`);
    assert.ok(!keys.some((k) => /councillor|cde|mr-|devolution|provincial-affairs/.test(k)), keys.join());
  });
  it("an analysis: 'On 21 October, a Wednesday, X met Y … at the L border checkpoint' (that day, there); 'The head of the O, Z, was also at the table'; a meeting state television 'reported' and an office 'denied it within the hour' is none; 'According to two diplomats …, he passed on a message from W' (for the one he met in the sentence before); 'now expects X and Y to meet there next week' planned; 'The last … meeting … took place in L in 2019, when the then foreign ministers, A and B, discussed …'", () => {
    const f = extract("Start with what is confirmed. On 21 October, a Wednesday, Deputy Minister of Transport Tomas Petraitis met Belarus's deputy transport minister, Ivan Sidorenko, in a container office at the Medininkai border checkpoint. The head of the State Border Guard Service, Rokas Jonaitis, was also at the table.\n\nBelarusian state television reported that evening that Jonas Kazlauskas, the president's adviser, had met separately with Oleg Petrov, a deputy head of the presidential administration. The Presidential Office denied it within the hour.\n\nOn Monday Mark Stone flew to Vilnius, where he met Foreign Minister Aras Vaitkus at the ministry. According to two diplomats familiar with the conversation, he passed on a message from Viktor Kovalenko: Minsk was ready to release all the trucks.\n\nA second technical meeting, due at the Salcininkai checkpoint on Tuesday, was postponed. The Transport Ministry now expects Petraitis and Sidorenko to meet there next week. The last political meeting between the two countries took place in Minsk in 2019, when the then foreign ministers, Linas Vilkas and Pavel Orlov, discussed a nuclear plant.", "2026-10-29");
    const ms = of(f);
    assertMeetings(ms, [["held", "2026-10-21", "person:ivan-sidorenko,person:rokas-jonaitis,person:tomas-petraitis"], ["held", "2026-10-26", "person:aras-vaitkus,person:mark-stone"]]);
    assert.ok(ms.some(([s, , p]) => s === "planned" && p === "person:ivan-sidorenko,person:tomas-petraitis"), JSON.stringify(ms));
    assert.ok(!ms.some(([, , p]) => p.includes("oleg-petrov")), JSON.stringify(ms));
    assert.ok(ms.some(([s, d, p]) => s === "held" && d === "2019" && p === "person:linas-vilkas,person:pavel-orlov"), JSON.stringify(ms));
    assert.ok(relations(f, ["HELD_IN"]).includes("HELD_IN meeting -> place:medininkai"), relations(f, ["HELD_IN"]).join("; "));
    const r = relations(f, ["CONVEYED_VIA", "CONVEYED_TO"]);
    for (const x of ["CONVEYED_VIA person:viktor-kovalenko -> person:mark-stone", "CONVEYED_TO person:mark-stone -> person:aras-vaitkus"]) assert.ok(r.includes(x), `${x} in ${r.join("; ")}`);
  });
  it("a timeline under year headings: 'calls on then President X in L'; 'receives G's Consul General in L at …. The envoy, Y, …'; 'The seventh JWG meeting is held in L, co-chaired by …, A, and G's Fisheries Secretary, B'; 'The eighth JWG meeting, again co-chaired by the two fisheries secretaries, is to be held in L'", () => {
    const f = extract("By Staff Writer\n12 November 2026 01:05 am\n\nThe newspaper looks back at the contacts of the past two years.\n\n2024\n\nJune 20 – External Affairs Minister Arjun Mehta calls on then President Ravi Perera in Colombo and raises the arrests.\n\n2026\n\nJanuary 12 – Northern Province Governor K. Raman receives India's Consul General in Jaffna at the Governor's Secretariat. The envoy, Vikram Rao, proposes a meeting of fishermen's associations.\n\nJuly 8 – The seventh JWG meeting is held in New Delhi, co-chaired by the Secretary to the Ministry of Fisheries, Nimal Silva, and India's Fisheries Secretary, Anil Kapoor.\n\nWhat next\n\nNovember 16 – The eighth JWG meeting, again co-chaired by the two fisheries secretaries, is to be held in New Delhi.", "2026-11-12");
    const ms = of(f);
    assertMeetings(ms, [
      ["held", "2024-06-20", "person:arjun-mehta,person:ravi-perera"],
      ["held", "2026-01-12", "person:k-raman,person:vikram-rao"],
      ["held", "2026-07-08", "person:anil-kapoor,person:nimal-silva"],
      ["planned", "2026-11-16", "person:anil-kapoor,person:nimal-silva"],
    ]);
  });
  it("a feature: 'a letter from Prime Minister X, carried to L by the President of …, Y'; 'Mr Y arrived in L on Monday and handed the letter to Z' (X's letter, through Y, for Z; Y met Z); 'W, two other G ministers and G's High Commissioner to H sat in on the meeting. The high commissioner, V, …'; 'met then G prime minister U'", () => {
    const f = extract("By Staff Writer\nJuly 10, 2026\n\nThis week the strait was the backdrop to a rare piece of diplomacy: a letter from Prime Minister Tom Kila, carried to Honiara by the President of the Autonomous Region of Bougainville, John Tabua.\n\nMr Tabua arrived in Honiara on Monday and handed the letter to Solomon Islands Prime Minister Peter Kenilorea the same afternoon at the Office of the Prime Minister. Foreign Affairs and External Trade Minister Sam Fono, two other Solomon Islands ministers and Papua New Guinea's High Commissioner to Solomon Islands sat in on the meeting.\n\nThe high commissioner, Mary Kaupa, said afterwards that the meeting had been warm.\n\nThe last time a Bougainville leader went to Honiara was in 2019, when Mr Tabua's predecessor, James Tanis, met then Solomon Islands prime minister Rick Hou.", "2026-07-10");
    const ms = of(f).map(([s, , p]) => `${s}|${p}`);
    for (const x of ["held|person:john-tabua,person:mary-kaupa,person:peter-kenilorea,person:sam-fono", "held|person:james-tanis,person:rick-hou"]) assert.ok(ms.includes(x), `${x} in ${JSON.stringify(ms)}`);
    const r = relations(f, ["CONVEYED_VIA", "CONVEYED_TO"]);
    for (const x of ["CONVEYED_VIA person:tom-kila -> person:john-tabua", "CONVEYED_TO person:john-tabua -> person:peter-kenilorea", "CONVEYED_TO person:tom-kila -> person:peter-kenilorea"]) assert.ok(r.includes(x), `${x} in ${r.join("; ")}`);
  });
  it("a live blog: a headline under its time told as it happened ('13:40 / X holds talks with Y'); 'where he is scheduled to hold talks with caretaker G Foreign Minister Y on Thursday morning before calling on caretaker Prime Minister Z' (two plans of X's); 'X conveyed President W's greetings and an invitation to visit L to V, who accepted it'; 'Turkey's consul general in Erbil, U,' an office of Turkey; a state's spokesperson speaking of meetings with others gives them no office of that state; 'Follow Rudaw's live updates' is furniture", () => {
    const f = extract("ERBIL, Kurdistan Region - Turkish Foreign Minister Kemal Aydin is in the Kurdistan Region on Wednesday for a one-day visit. Follow Rudaw's live updates.\n\n19:05\nAydin leaves for Baghdad\n\nAydin has left Erbil International Airport for Baghdad, where he is scheduled to hold talks with caretaker Iraqi Foreign Minister Salim Jaber on Thursday morning before calling on caretaker Prime Minister Adel Karim, the Turkish foreign ministry said.\n\n16:10\nAnkara: 'Productive' talks\n\nTurkish foreign ministry spokesperson Ece Demir said on X that Aydin's meetings with President Dara Rasul had been productive.\n\n13:40\nAydin holds talks with President Dara Rasul\n\nDuring the meeting, Aydin conveyed President Murat Yilmaz's greetings and an invitation to visit Ankara to Kurdistan Region President Dara Rasul, who accepted it. Turkey's consul general in Erbil, Emre Ozkan, also attended the meeting.", "2026-02-18");
    const ms = of(f).map(([s, , p]) => `${s}|${p}`);
    for (const x of ["planned|person:kemal-aydin,person:salim-jaber", "planned|person:adel-karim,person:kemal-aydin", "held|person:dara-rasul,person:emre-ozkan,person:kemal-aydin", "planned|person:dara-rasul,person:murat-yilmaz"]) assert.ok(ms.includes(x), `${x} in ${JSON.stringify(ms)}`);
    assert.ok(!ms.some((x) => x.startsWith("planned|person:dara-rasul,person:kemal-aydin")), JSON.stringify(ms));
    const r = relations(f, ["CONVEYED_VIA", "CONVEYED_TO", "INVITED", "HOLDS_OFFICE", "MET_WITH"]);
    for (const x of ["CONVEYED_VIA person:murat-yilmaz -> person:kemal-aydin", "CONVEYED_TO person:kemal-aydin -> person:dara-rasul", "CONVEYED_TO person:murat-yilmaz -> person:dara-rasul", "INVITED person:murat-yilmaz -> person:dara-rasul"]) assert.ok(r.includes(x), `${x} in ${r.join("; ")}`);
    assert.ok(r.some((x) => x.startsWith("HOLDS_OFFICE person:emre-ozkan -> government:turkiye")), r.join("; "));
    assert.ok(!r.some((x) => x.startsWith("HOLDS_OFFICE person:dara-rasul -> government:turkiye")), r.join("; "));
    assert.ok(!r.some((x) => x.startsWith("MET_WITH") && x.includes("emre-ozkan") && x.includes("kemal-aydin")), r.join("; "));
    assert.ok(!f.entities.some((e) => /rudaw/.test(e.key)), f.entities.map((e) => e.key).join());
  });
});

describe("meetings of the twentieth held-out set's forms (thirtieth session)", () => {
  it("an agency's transcript ('ASTANA. KAZINFORM –', speakers' turns): 'Minister of … of G X and Minister of … of H Y' two posts; 'I had the honour of being received by … Z'; 'I conveyed to him the greetings of W and handed over W's letter, which contains an invitation to pay a state visit to H'; 'It will now take place in L on June 18, under the co-chairmanship of A and B'; 'V and I initialled the text … in L on August 8 last year, in the presence of …'; 'Assistant to the President of H'; a bare post in a foreign speaker's turn is not the agency's state's", () => {
    const f = extract("19 May 2026, 17:42\n\nASTANA. KAZINFORM – Minister of Foreign Affairs of Kazakhstan Nurlan Seitkali and Minister of Foreign Affairs of Azerbaijan Rauf Guliyev held talks in Astana today, after which they gave a joint press conference.\n\nDeputy Foreign Minister Dauren Abenov took part in the expanded talks.\n\nBelow is an abridged transcript.\n\nNurlan Seitkali: Good afternoon. We discussed the Intergovernmental Commission. Its tenth meeting, which was to have been held in Baku in April, was postponed. It will now take place in Baku on June 18, under the co-chairmanship of Deputy Prime Minister Askar Tulegenov and Deputy Prime Minister of Azerbaijan Vugar Aliyarov.\n\nRauf Guliyev: Thank you. This morning I had the honour of being received by His Excellency President Arman Zhaksylykov. I conveyed to him the greetings of President Elchin Mammadli and handed over President Mammadli's letter, which contains an invitation to pay a state visit to Azerbaijan in the autumn.\n\nQuestion (Khabar): Is there progress on the peace agreement?\n\nRauf Guliyev: As you know, Minister Tigran Sargsyan and I initialled the text of the agreement in Washington on August 8 last year, in the presence of President Mammadli, Prime Minister Vardan Hakobyan and President Donald Trump.\n\nQuestion (APA): Reports say Ilgar Rustamov, Assistant to the President of Azerbaijan, was in Astana. Can you comment?\n\nRauf Guliyev: Mr Rustamov has been in Baku all week.", "2026-05-19");
    assertMeetings(of(f), [
      ["held", "2026-05-19", "person:nurlan-seitkali,person:rauf-guliyev"],
      ["planned", "2026-06-18", "person:askar-tulegenov,person:vugar-aliyarov"],
      ["held", "2026-05-19", "person:arman-zhaksylykov,person:rauf-guliyev"],
      ["proposed", "2026", "person:arman-zhaksylykov,person:elchin-mammadli"], // ("in the autumn": that year, still ahead)
      ["held", "2025-08-08", "person:donald-trump,person:elchin-mammadli,person:rauf-guliyev,person:tigran-sargsyan,person:vardan-hakobyan"],
    ]);
    const r = relations(f, ["CONVEYED_VIA", "CONVEYED_TO", "INVITED", "HOLDS_OFFICE"]);
    for (const x of ["CONVEYED_VIA person:elchin-mammadli -> person:rauf-guliyev", "CONVEYED_TO person:rauf-guliyev -> person:arman-zhaksylykov", "INVITED person:elchin-mammadli -> person:arman-zhaksylykov", "HOLDS_OFFICE person:nurlan-seitkali -> government:kazakhstan [Minister of Foreign Affairs]", "HOLDS_OFFICE person:dauren-abenov -> government:kazakhstan [Deputy Foreign Minister]", "HOLDS_OFFICE person:ilgar-rustamov -> government:azerbaijan [Assistant to the President]"]) assert.ok(r.includes(x), `${x} in ${r.join("; ")}`);
    for (const p of ["elchin-mammadli", "tigran-sargsyan", "vardan-hakobyan"]) assert.ok(!r.includes(`HOLDS_OFFICE person:${p} -> government:kazakhstan`) && !r.some((x) => x.startsWith(`HOLDS_OFFICE person:${p} -> government:kazakhstan`)), r.join("; "));
    assert.ok(!f.entities.some((e) => /kazinform/.test(e.key) && e.kind !== "Organization"), f.entities.map((e) => e.key).join());
  });
  it("an agency's readout: 'President of the Republic X received, Wednesday afternoon at L, Minister of State, Minister of …, the National Community Abroad and African Affairs of G Y, who delivered to him a written message from Z'; 'Minister of Foreign Affairs, Migration and Tunisians Abroad W' a post; 'The message … includes an invitation to the Head of State to pay a state visit to G'; 'The Head of State asked the Algerian minister to convey his greetings'; 'the two ministers signed' after talks held in the presence of a third: the two", () => {
    const f = extract("TUNIS, Oct. 15 (TAP) - President of the Republic Hedi Ben Salem received, Wednesday afternoon at Carthage Palace, Minister of State, Minister of Foreign Affairs, the National Community Abroad and African Affairs of Algeria Karim Bensaid, who delivered to him a written message from Algerian President Farid Hamdi.\n\nThe meeting was attended by Minister of Foreign Affairs, Migration and Tunisians Abroad Sami Trabelsi, the Presidency said.\n\nThe message, the statement said, pertains to the bonds between the two peoples, and includes an invitation to the Head of State to pay a state visit to Algeria.\n\nThe Head of State asked the Algerian minister to convey his greetings to President Hamdi.\n\nEarlier, on Tuesday evening, Trabelsi held talks with Bensaid at the Ministry of Foreign Affairs in Tunis, in the presence of Algeria's Ambassador to Tunisia, Omar Zerrouki.\n\nOn the occasion, the two ministers signed the executive programme of consular cooperation for the 2026-2028 period.", "2026-10-15");
    assertMeetings(of(f), [
      ["held", "2026-10-14", "person:hedi-ben-salem,person:karim-bensaid,person:sami-trabelsi"],
      ["proposed", "", "person:farid-hamdi,person:hedi-ben-salem"],
      ["held", "2026-10-13", "person:karim-bensaid,person:omar-zerrouki,person:sami-trabelsi"],
    ]);
    const r = relations(f, ["ASKED", "CONVEYED_TO", "INVITED", "HOLDS_OFFICE", "SIGNED"]);
    assertRelations(r, ["ASKED person:hedi-ben-salem -> person:karim-bensaid", "CONVEYED_TO person:hedi-ben-salem -> person:farid-hamdi", "INVITED person:farid-hamdi -> person:hedi-ben-salem", "HOLDS_OFFICE person:karim-bensaid -> government:algeria", "HOLDS_OFFICE person:sami-trabelsi -> government:tunisia"]);
    assert.deepEqual(r.filter((x) => x.startsWith("SIGNED")).map((x) => x.split(" ")[1]).sort(), ["person:karim-bensaid", "person:sami-trabelsi"]);
    assert.ok(!f.entities.some((e) => e.kind === "Person" && /abroad|community|migration/.test(e.key)), f.entities.map((e) => e.key).join());
  });
  it("a profile of an envoy, named in its headline: 'X (71) handed the letter to Y in the presence of A and G's high commissioner in L, who accompanied him' (B on X's side); 'The letter, from president Z, invited Y to L' (Z's, through X; accepted); 'he accompanied Z to L, where she held talks with W'; 'A meeting with V was called off': the envoy's", () => {
    const f = extract("On Monday afternoon, a tall man in a grey suit was shown into the Office of the President in Lusaka, carrying a sealed envelope.\n\nPetrus Amutenya (71) handed the letter to Zambian president Joseph Mwale in the presence of Zambia's foreign affairs minister Ruth Banda and Namibia's high commissioner in Lusaka, who accompanied him. The high commissioner, Maria Shilongo, said the meeting lasted an hour.\n\nThe letter, from president Helena Nangolo, invited Mwale to Windhoek for the joint commission. Mwale accepted, and the commission will meet in Windhoek in November.\n\nIt was his ninth mission since Nangolo appointed him her special envoy in April, and he says there will be more.\n\nAmutenya knows the region well. In October last year he accompanied Nangolo to Luanda, where she held talks with Angolan president Carlos Mendes on the dam.\n\nA mission to Harare in June fared worse. A meeting with Zimbabwean president Tendai Moyo was called off at short notice, and Amutenya flew home the same evening.\n\n\"Once it leaves my hand, it is their business,\" Amutenya said.", "2026-09-18", "t", "The president's postman: Petrus Amutenya and the art of the envelope");
    assertMeetings(of(f), [
      ["held", "", "person:joseph-mwale,person:maria-shilongo,person:petrus-amutenya,person:ruth-banda"],
      ["planned", "", "person:helena-nangolo,person:joseph-mwale"],
      ["held", "", "person:carlos-mendes,person:helena-nangolo"],
      ["cancelled", "", "person:petrus-amutenya,person:tendai-moyo"],
    ]);
    const r = relations(f, ["CONVEYED_VIA", "CONVEYED_TO", "INVITED", "MET_WITH"]);
    assertRelations(r, ["CONVEYED_VIA person:helena-nangolo -> person:petrus-amutenya", "CONVEYED_TO person:helena-nangolo -> person:joseph-mwale", "INVITED person:helena-nangolo -> person:joseph-mwale"], true);
    assert.ok(!r.some((x) => x.startsWith("MET_WITH") && x.includes("maria-shilongo") && x.includes("petrus-amutenya")), r.join("; "));
  });

  it("a live blog under a newspaper's name on a line of its own ('Lviv Post': the story told from that state): 'was met on the platform at L station by X'; 'X and G's ambassador to H also took part'; 'Y attended, as did the H ambassador, Z, who …'; 'thanked W for the invitation and asked V to pass on to W his gratitude'; 'Ukraine's Parliament Commissioner for Human Rights U'; 'The Apostolic Nuncio to G, Archbishop T,' the Holy See's", () => {
    const f = extract("Lviv Post\nUpdated: May 4, 2026, 18:10\n\nLviv Post is following the visit of Austrian Foreign Minister Beate Klinger. This page is updated throughout the day.\n\n09:10 – Klinger arrives\nKlinger arrived in Kyiv on the night train. She was met on the platform at Kyiv-Pasazhyrskyi station by First Deputy Foreign Minister Oleh Marchenko.\n\n09:40 – Ombudsman heads to the border\nUkraine's Parliament Commissioner for Human Rights Taras Hrytsenko said he expected to meet his Russian counterpart there.\n\n11:10 – Klinger, Sybora talks\nKlinger held talks with Foreign Minister Ivan Sybora at the Foreign Ministry. Marchenko and Austria's ambassador to Ukraine also took part.\n\n15:05 – President receives Klinger\nUkrainian President Mykola Dorosh received Klinger at the Office of the President. Sybora attended, as did the Austrian ambassador, Eva Pichler, who had also taken part in the morning talks at the ministry.\n\nAccording to the Presidential Office, Dorosh thanked Chancellor Karl Hofer for the invitation and asked Klinger to pass on to Hofer his gratitude for Austria's support.\n\n16:30 – Nuncio brings letter\nThe Apostolic Nuncio to Ukraine, Archbishop Marek Zielinski, met Hrytsenko in Kyiv and handed him a letter from the Vatican's Secretary of State, Cardinal Luigi Ferraro.", "2026-05-04");
    assertMeetings(of(f), [
      ["held", "", "person:beate-klinger,person:oleh-marchenko"],
      ["held", "", "person:beate-klinger,person:ivan-sybora,person:oleh-marchenko"],
      ["held", "", "person:beate-klinger,person:eva-pichler,person:ivan-sybora,person:mykola-dorosh"],
      ["held", "", "person:marek-zielinski,person:taras-hrytsenko"],
    ]);
    const r = relations(f, ["HOLDS_OFFICE", "CONVEYED_TO", "CONVEYED_VIA", "MET_WITH"]);
    assertRelations(r, ["HOLDS_OFFICE person:oleh-marchenko -> government:ukraine", "HOLDS_OFFICE person:ivan-sybora -> government:ukraine", "HOLDS_OFFICE person:taras-hrytsenko -> government:ukraine", "HOLDS_OFFICE person:marek-zielinski -> government:vatican-city", "CONVEYED_TO person:mykola-dorosh -> person:karl-hofer", "CONVEYED_VIA person:luigi-ferraro -> person:marek-zielinski"]);
    assert.ok(!r.some((x) => x.startsWith("MET_WITH") && x.includes("ivan-sybora") && (x.includes("oleh-marchenko") || x.includes("mykola-dorosh"))), r.join("; "));
    assert.ok(!f.entities.some((e) => e.kind === "Person" && /commissioner|nuncio|human-rights/.test(e.key)), f.entities.map((e) => e.key).join());
  });
  it("a feature: 'X — no relation to Y, … — carried with him a note from Z to W, …, which he handed to V over coffee. She took the note back to L and handed it to W' (Z's, through X and V; not through Y, and not a meeting of X with W); 'A and B last met in L on October 26 last year, when A and G's C signed a joint declaration in the presence of B and D' (all four, that day; A and C signed, not G)", () => {
    const f = extract("By Lucia Pereyra\nApril 2, 2026\n\nOn March 3, Ramiro Echeverry Soto, a retired Chilean ambassador whom Foreign Minister Andrés Rivas named special envoy in January, had lunch in Lima with a senior Bolivian official.\n\nThe Bolivian official, Carmen Quispe, is a lawyer who served in La Paz.\n\nEcheverry Soto — no relation to Ignacio Soto, the senator of the 1990s — carried with him a two-page note from Rivas to Foreign Minister Raúl Mendoza, setting out Chile's ideas on the port, which he handed to Quispe over coffee. She took the note back to La Paz and handed it to Mendoza the following week.\n\nPrime Minister Sok Vanna and Foreign Minister Lim Dara last met in Bangkok on October 26 last year, when Sok Vanna and Thailand's Prasert Wongsa signed a joint declaration on the border in the presence of Lim Dara and US President Donald Trump.", "2026-04-02");
    assertMeetings(of(f), [
      ["held", "", "person:carmen-quispe,person:raul-mendoza"],
      ["held", "2025-10-26", "person:donald-trump,person:lim-dara,person:prasert-wongsa,person:sok-vanna"],
    ]);
    const r = relations(f, ["CONVEYED_TO", "CONVEYED_VIA", "MET_WITH", "SIGNED"]);
    assertRelations(r, ["CONVEYED_VIA person:andres-rivas -> person:ramiro-echeverry-soto", "CONVEYED_VIA person:andres-rivas -> person:carmen-quispe", "CONVEYED_TO person:ramiro-echeverry-soto -> person:carmen-quispe", "CONVEYED_TO person:carmen-quispe -> person:raul-mendoza", "SIGNED person:sok-vanna -> document:joint-declaration", "SIGNED person:prasert-wongsa -> document:joint-declaration"]);
    assert.ok(!r.some((x) => /ignacio-soto/.test(x) || (x.startsWith("CONVEYED_TO person:ramiro-echeverry-soto -> person:raul-mendoza")) || x.startsWith("SIGNED government:")), r.join("; "));
    assert.ok(!r.some((x) => x.startsWith("MET_WITH") && x.includes("ramiro-echeverry-soto") && x.includes("raul-mendoza")), r.join("; "));
  });

  it("a story whose reporter's e-mail names the paper ('…@jamaicaobserver.com': told from Jamaica, so 'Governor General Sir X' is Jamaica's); 'handed Y a letter from Z, whom she visited in L on Monday' (a meeting there, that day); 'the meeting of the joint committee …, which had been scheduled for September' is no plan of the visit told before; 'The first such summit was hosted by Y in L in April 2024, with the participation of Z and W'", () => {
    const f = extract("BY DEVON CLARKE\nObserver staff reporter\nclarked@jamaicaobserver.com\n\nBarbados Prime Minister Grace Hinds yesterday held talks with Prime Minister Marcus Reid at Jamaica House.\n\nHinds also handed Reid a letter from Guyana's President Anand Persaud, whom she visited in Georgetown on Monday on her way to Kingston. In the letter, Persaud invites Reid to visit Georgetown in May.\n\nThey also reviewed preparations for the meeting of the joint committee on trade, which had been scheduled for September in Montego Bay and was postponed.\n\nHinds had been scheduled to pay a courtesy call on Opposition Leader Paul Mitchell this afternoon, but the meeting has been cancelled.\n\nShe is to call on Governor General Sir Howard Blake at King's House tomorrow morning.\n\nThe first such summit was hosted by Reid in Ocho Rios in April 2024, with the participation of President Persaud and Prime Minister Hinds.", "2026-03-18");
    assertMeetings(of(f), [
      ["held", "2026-03-16", "person:anand-persaud,person:grace-hinds"],
      ["proposed", "2026-05", "person:anand-persaud,person:marcus-reid"],
      ["cancelled", "2026-03-18", "person:grace-hinds,person:paul-mitchell"],
      ["planned", "2026-03-19", "person:grace-hinds,person:howard-blake"],
      ["held", "2024-04", "person:anand-persaud,person:grace-hinds,person:marcus-reid"],
    ]);
    const r = relations(f, ["HOLDS_OFFICE"]);
    assert.ok(r.some((x) => x.startsWith("HOLDS_OFFICE person:howard-blake -> government:jamaica")), r.join("; "));
  });
});

describe("meetings of the twenty-first held-out set's forms (thirtieth session)", () => {
  it("an agency's roundup ('QNA/Doha' over each item, the story told from Qatar): 'received at his office in the Amiri Diwan yesterday Deputy Prime Minister and Minister of Foreign Affairs of the Kingdom of Bahrain HE X' (two posts, the state's form, an honorific); 'HE the Prime Minister and Minister of Foreign Affairs Sheikh Y' one person, and so the two posts alone later; 'HE Minister of State at the Ministry of Foreign Affairs Dr Z'; 'Ambassador to the State of Qatar HE W'; 'Federal Minister for Commerce HE V'; 'met yesterday with W, who had also attended HH the Amir's meeting with X' (no meeting of Z with X)", () => {
    const f = extract("**HH the Amir receives Bahrain's Deputy Prime Minister**\n\nQNA/Doha\n\nHis Highness the Amir Sheikh Fahad bin Nasser al-Thani received at his office in the Amiri Diwan yesterday Deputy Prime Minister and Minister of Foreign Affairs of the Kingdom of Bahrain HE Khalid bin Saleh al-Mannai, who is currently visiting the country.\n\nThe meeting was attended by HE the Prime Minister and Minister of Foreign Affairs Sheikh Jabor bin Hamad bin Ali al-Thani.\n\n**Minister of State meets ambassador**\n\nQNA/Doha\n\nHE Minister of State at the Ministry of Foreign Affairs Dr Ali bin Saif al-Kuwari met yesterday with Bahrain's Ambassador to the State of Qatar HE Yousef Ahmed al-Jalahma, who had also attended HH the Amir's meeting with HE al-Mannai.\n\nThey reviewed preparations for the joint committee, co-chaired by HE Dr al-Kuwari and Bahrain's Federal Minister for Commerce HE Adel Fakhro.\n\n**PM and FM receives phone call**\n\nQNA/Doha\n\nHE the Prime Minister and Minister of Foreign Affairs received a phone call yesterday from Minister of Foreign Affairs of the Islamic Republic of Iran HE Reza Karimi.", "2026-09-16");
    assertMeetings(of(f), [
      ["held", "2026-09-15", "person:fahad-bin-nasser-al-thani,person:jabor-bin-hamad-bin-ali-al-thani,person:khalid-bin-saleh-al-mannai"],
      ["held", "2026-09-15", "person:ali-bin-saif-al-kuwari,person:yousef-ahmed-al-jalahma"],
    ]);
    const r = relations(f, ["HOLDS_OFFICE", "MET_WITH"]);
    assertRelations(r, ["HOLDS_OFFICE person:khalid-bin-saleh-al-mannai -> government:bahrain", "HOLDS_OFFICE person:yousef-ahmed-al-jalahma -> government:bahrain", "HOLDS_OFFICE person:adel-fakhro -> government:bahrain", "HOLDS_OFFICE person:reza-karimi -> government:iran", "HOLDS_OFFICE person:jabor-bin-hamad-bin-ali-al-thani -> government:qatar"]);
    assert.ok(!r.some((x) => x.startsWith("MET_WITH") && x.includes("ali-bin-saif-al-kuwari") && x.includes("khalid-bin-saleh-al-mannai")), r.join("; "));
    assert.ok(!f.entities.some((e) => e.kind === "Person" && /^person:(?:he-|hh|kingdom|islamic|federal)/.test(e.key)), f.entities.map((e) => e.key).join());
  });
  it("denials: 'reports … that he had met Y in L in February' then '\"I did not meet Mr. Y …\" \"No meeting took place\"'; a fact-check's 'Claim 2: \"X secretly met Y\"' then '\"There was no such meeting\"': neither met; 'Opposition MPs pressed X' names no one; 'shows X with Spain's foreign minister', from Rabat, is not X's post", () => {
    const f = extract("Rabat – Foreign Minister Karim Alaoui told lawmakers on Monday about the ministry's work.\n\nOpposition MPs pressed Alaoui on the cost of the project.\n\nThe session turned tense when Said Benali asked Alaoui about reports in the Algerian press that he had met Algerian Foreign Minister Rachid Belkacem on the sidelines of a summit in Addis Ababa in February.\n\n\"I did not meet Mr. Belkacem, not in Addis Ababa and not anywhere else,\" Alaoui replied. \"No meeting took place, and none was requested.\"\n\n**Claim 2: \"Foreign Minister Alaoui secretly met Israel's foreign minister in Rabat\"**\n\nA photo posted on X on August 14 shows Alaoui shaking hands with a man the post identifies as Israel's foreign minister Dan Meron.\n\nFacts: The photo has been cropped. The original shows Alaoui with Spain's foreign minister in March.\n\n\"There was no such meeting, in Rabat or anywhere else,\" the ministry's spokesperson told reporters.", "2026-09-16");
    assert.deepEqual(of(f).filter(([s]) => s === "held"), []);
    const r = relations(f, ["HOLDS_OFFICE", "MET_WITH"]);
    assert.ok(!r.some((x) => x.startsWith("MET_WITH")), r.join("; "));
    assert.ok(r.some((x) => x.startsWith("HOLDS_OFFICE person:karim-alaoui -> government:morocco")) && !r.some((x) => x.includes("government:spain")), r.join("; "));
    assert.ok(!f.entities.some((e) => e.key === "person:mps"), f.entities.map((e) => e.key).join());
  });
  it("a reporter's notebook under headings of a day and an hour, told in the present ('hold talks', 'calls on'); Bhutan's 'Lyonchhen' alone is the prime minister the story names so", () => {
    const f = extract("Pema Choden | Tokyo\n\nWhat follows is what we saw during Lyonchhen Karma Wangdi's official visit to Japan, which ended yesterday.\n\n**Monday, 9am, Kantei**\n\nLyonchhen and Prime Minister Hiroshi Tanabe hold talks for an hour, with Foreign Minister Lyonpo Sonam Tenzin at the table.\n\n**Monday, 6pm, the palace**\n\nLyonchhen calls on Emperor Naruhito and conveys His Majesty's greetings.", "2026-09-16");
    const ms = of(f);
    // (the foreign minister "at the table" is at the talks too, on his prime minister's side: "Lyonpo" is Bhutan's style)
    assert.ok(ms.some(([s, , p]) => s === "held" && p === "person:hiroshi-tanabe,person:karma-wangdi,person:sonam-tenzin"), JSON.stringify(ms));
    assert.ok(ms.some(([s, , p]) => s === "held" && p.includes("person:karma-wangdi") && p.includes("person:naruhito")), JSON.stringify(ms));
    const met = relations(f, ["MET_WITH"]);
    assert.ok(met.includes("MET_WITH person:hiroshi-tanabe -> person:sonam-tenzin") || met.includes("MET_WITH person:sonam-tenzin -> person:hiroshi-tanabe"), met.join("; "));
    assert.ok(!met.some((x) => /karma-wangdi/.test(x) && /sonam-tenzin/.test(x)), met.join("; "));
  });

  it("an opinion column's history: 'On …, in a conference hall in L, A and B signed a memorandum … They signed it in the presence of G's C, the host, and H's D' (all four there, that day); 'The joint commission … met in L that September, with the then foreign ministers, E and F, leading their delegations'; 'X and his Nigerien counterpart, Y, co-chaired …', then 'the two ministers signed'; 'Z received Y at L, with X also present, and Y handed over a letter from Mzee W inviting him to …' (W's, through Y; W invited Z)", () => {
    const f = extract("OPINION\n\nBy Jean Mugabo\n\nOn 14 March 2018, in a conference hall in Addis Ababa, President Amara Keita and President Moussa Traoré signed a memorandum of understanding meant to end the border quarrel. They signed it in the presence of Ethiopia's Dawit Tessema, the host, and Kenya's Peter Mwangi.\n\nThe joint commission the memorandum created met in Bamako that September, with the then foreign ministers, Issa Coulibaly and Ali Maïga, leading their delegations.\n\nWhich brings me to last week. On Thursday, 5 March, Foreign Minister Sékou Diarra and his Nigerien counterpart, Gen Hamid Bako, co-chaired the joint commission in Bamako. At the close, the two ministers signed an agreement on the border post, as Prime Minister Oumar Sy looked on.\n\nThe next day, Friday, President Keita received Bako at Koulouba Palace, with Diarra also present, and Bako handed over a letter from Mzee Traoré inviting him to his swearing-in in Niamey on 12 May. Diarra wrote that evening that the President \"has accepted\".", "2026-03-10");
    assertMeetings(of(f), [
      ["held", "2018-03-14", "person:amara-keita,person:dawit-tessema,person:moussa-traore,person:peter-mwangi"],
      ["held", "2026-03-05", "person:hamid-bako,person:sekou-diarra"],
    ]);
    assert.ok(of(f).some(([s, , p]) => s === "held" && p === "person:ali-maiga,person:issa-coulibaly"), JSON.stringify(of(f)));
    const r = relations(f, ["SIGNED", "CONVEYED_VIA", "CONVEYED_TO", "INVITED"]);
    assertRelations(r, ["SIGNED person:sekou-diarra -> document:agreement-on-the-border-post", "SIGNED person:hamid-bako -> document:agreement-on-the-border-post", "CONVEYED_VIA person:moussa-traore -> person:hamid-bako", "CONVEYED_TO person:hamid-bako -> person:amara-keita", "INVITED person:moussa-traore -> person:amara-keita"]);
  });

  it("a story in photo captions, each followed by its credit ('… At right is G's High Commissioner to L. PHOTO: MFAET', 'PHOTO: GCU' on a line of its own), told in the present: 'X welcomes Y'; 'The high commissioner, Z, …' holds the post told before with no name; 'W receives a letter from V, handed over by Y, during a courtesy call' (V's, through Y; W met Y); 'Y with Leader of the Opposition U at the hotel'; 'FILE PICTURE: W with V at the forum in L in July 2024'; 'told the Solomon Star' is no message", () => {
    const f = extract("By MARY KOTI\n\nAUSTRALIA's Minister for Foreign Affairs Jane Holt wraps up a two-day visit to Honiara this morning.\n\nForeign Minister Peter Rini welcomes Ms Holt at Honiara International Airport on Monday afternoon. At right is Australia's High Commissioner to Solomon Islands. PHOTO: MFAET\n\nThe high commissioner, Tom Reid, took up his post in Honiara last year.\n\nPrime Minister John Sopaga receives a letter from Australian Prime Minister Luke Harmon, handed over by Ms Holt, during a courtesy call at the Office of the Prime Minister yesterday morning.\n\nPHOTO: GCU\n\nMs Holt with Leader of the Opposition Martin Kwaiga at the Heritage Park Hotel last night. The two met for about 40 minutes over dinner.\n\nPHOTO: AUSTRALIAN HIGH COMMISSION\n\nFILE PICTURE: Prime Minister Sopaga with Mr Harmon at the Pacific Islands Forum in Nuku'alofa in July 2024.\n\nMs Holt told the Solomon Star the visit had been very productive.", "2026-05-05");
    const ms = of(f);
    for (const p of ["person:jane-holt,person:peter-rini", "person:jane-holt,person:john-sopaga", "person:jane-holt,person:martin-kwaiga"]) assert.ok(ms.some(([s, , x]) => s === "held" && x === p), `${p} in ${JSON.stringify(ms)}`);
    assertMeetings(ms, [["held", "2024-07", "person:john-sopaga,person:luke-harmon"]]);
    const r = relations(f, ["HOLDS_OFFICE", "CONVEYED_VIA", "CONVEYED_TO"]);
    assertRelations(r, ["HOLDS_OFFICE person:tom-reid -> government:australia", "CONVEYED_VIA person:luke-harmon -> person:jane-holt", "CONVEYED_TO person:jane-holt -> person:john-sopaga"]);
    assert.ok(!r.some((x) => /solomon-star|leader-of-the-opposition|opposition-martin/.test(x)), r.join("; "));
  });

  it("a joint communiqué's paragraphs: 'paid a courtesy call on the Governor-General of G, His Excellency the Most Honourable X, at L'; 'conveyed to Prime Minister Y a message of solidarity from the Chairperson of the O, His Excellency Z, President of the Republic of H' (Z's, through the caller, for Y)", () => {
    const f = extract("JOINT COMMUNIQUÉ ON THE OFFICIAL VISIT OF THE PRESIDENT OF THE REPUBLIC OF KENYA TO JAMAICA\n\n1. President Daniel Ngugi paid a courtesy call on the Governor-General of Jamaica, His Excellency the Most Honourable Roy Bennett, at King's House on 18 November.\n\n2. President Ngugi conveyed to Prime Minister Clara Dunn a message of solidarity from the Chairperson of the African Union, His Excellency Jean Habimana, President of the Republic of Rwanda, on the recovery of the Caribbean.", "2026-11-20");
    assert.ok(of(f).some(([s, d, p]) => s === "held" && d === "2026-11-18" && p.includes("person:daniel-ngugi") && p.includes("person:roy-bennett")), JSON.stringify(of(f)));
    const r = relations(f, ["CONVEYED_VIA", "CONVEYED_TO"]);
    assertRelations(r, ["CONVEYED_VIA person:jean-habimana -> person:daniel-ngugi", "CONVEYED_TO person:jean-habimana -> person:clara-dunn"], true);
  });

  it("a fact-check ('Jakarta (ANTARA) -', the agency in capitals): a claim's meeting denied is none; 'Facts: The original … shows X with Y during their meeting in L that month'; 'Facts: X handed a letter from President Z to Sultan W at L in L on Tuesday' (a meeting, that day; Z's letter through X); 'Minister of Foreign Affairs II, Dato V,' no one named 'II'", () => {
    const f = extract("Jakarta (ANTARA) - Several posts about President Prabowo Subianto's contacts with foreign leaders have been shared widely.\n\n**Claim 1: \"Foreign Minister Sugiono secretly met Israel's foreign minister in Jakarta\"**\n\nA photo posted on X shows Sugiono shaking hands with a man the post identifies as Israel's foreign minister Dan Meron.\n\nFacts: The original, published by the Ministry of Foreign Affairs in March, shows Sugiono with Thailand's Foreign Minister Somchai Phan during their meeting in Bangkok that month.\n\n\"There was no such meeting,\" the ministry's spokesperson told reporters.\n\nConclusion: Hoax.\n\n**Claim 2: \"Sugiono delivered Prabowo's letter to the Sultan\"**\n\nFacts: Sugiono handed a letter from President Prabowo to Sultan Hassanal Bolkiah at Istana Nurul Iman in Bandar Seri Begawan on Tuesday. Brunei's Minister of Foreign Affairs II, Dato Erywan Yusof, also attended.\n\nThe ambassador, Hendra Saputra, told ANTARA by phone that the letter invites the Sultan to pay a state visit to Indonesia, and that the Sultan \"accepted the invitation with pleasure\".", "2026-08-20");
    const ms = of(f);
    assertMeetings(ms, [["held", "2026-03", "person:somchai-phan,person:sugiono"], ["held", "2026-08-18", "person:erywan-yusof,person:hassanal-bolkiah,person:sugiono"]]);
    assert.ok(!ms.some(([, , p]) => p.includes("person:dan-meron")), JSON.stringify(ms));
    const r = relations(f, ["CONVEYED_VIA", "HOLDS_OFFICE"]);
    assertRelations(r, ["CONVEYED_VIA person:prabowo-subianto -> person:sugiono", "HOLDS_OFFICE person:sugiono -> government:indonesia"]);
    assert.ok(!f.entities.some((e) => e.key === "person:ii" || e.key === "place:antara"), f.entities.map((e) => e.key).join());
  });

  it("history in a story of denials: 'A and B met at L, with their foreign ministers at the time, C and D, at their sides' (all four, each minister on his leader's side); 'A, then US Secretary of State, and B held their first face-to-face meeting at L'; a document's year is no day of a meeting ('… for talks on the 1951 defence agreement')", () => {
    const f = extract("REYKJAVIK - Foreign Minister Anna Jonsdottir received the US ambassador, Billy Long, at the ministry on Wednesday. Long also handed her a letter from Secretary of State Marco Rubio inviting her to Washington for talks on Arctic security and the 1951 defence agreement.\n\nIn October 1986, Ronald Reagan and Mikhail Gorbachev met at Höfði House, with their foreign ministers at the time, George Shultz and Eduard Shevardnadze, at their sides.\n\nIn May 2021, Antony Blinken, then US Secretary of State, and Sergei Lavrov held their first face-to-face meeting at the Harpa concert hall.", "2026-03-05");
    const ms = of(f);
    assertMeetings(ms, [["held", "1986-10", "person:eduard-shevardnadze,person:george-shultz,person:mikhail-gorbachev,person:ronald-reagan"], ["held", "2021-05", "person:antony-blinken,person:sergei-lavrov"]]);
    assert.ok(!ms.some(([, d]) => d.startsWith("1951")), JSON.stringify(ms));
    assert.ok(ms.some(([s, , p]) => s === "held" && p.includes("person:anna-jonsdottir") && p.includes("person:billy-long")), JSON.stringify(ms));
    const r = relations(f, ["MET_WITH"]);
    assert.ok(r.includes("MET_WITH person:george-shultz -> person:eduard-shevardnadze") || r.includes("MET_WITH person:eduard-shevardnadze -> person:george-shultz"), r.join("; "));
    assert.ok(!r.some((x) => (x.includes("george-shultz") && x.includes("ronald-reagan")) || (x.includes("eduard-shevardnadze") && x.includes("mikhail-gorbachev"))), r.join("; "));
  });
});

describe("meetings of the twenty-second held-out set's forms (thirty-first session)", () => {
  it("an agency's story debunking a portal's: 'described as \"false\" a publication …, which claimed that Brig Gen (Rtd) X, the Special Envoy of President Y to the AES, held a secret meeting with Captain Z' (none; X is Y's state's); 'W handed over to the Special Envoy a letter from Captain Z addressed to President Y at the meeting. Mr V, the Minister for Foreign Affairs, was present, the Ministry confirmed' (W, X and V met; Z's letter through W and X, for Y); 'Z's acceptance of Y's invitation to attend a dialogue …, to be held in Accra in June' (planned); a meeting reported cancelled, 'earlier set for April 13, had been rescheduled to May 5, in Bamako' (planned, that day, there)", () => {
    const f = extract("Accra, April 21, GNA – Government has described as \"false, mischievous and dangerous\" a publication by an online portal, The Harbour Times, which claimed that Brigadier General (Rtd) Kofi Mensah-Bonsu, the Special Envoy of President Kwame Asante to the Alliance of Sahel States (AES), held a secret meeting with Captain Moussa Kaboré, the President of Burkina Faso, in Ouagadougou last week.\n\nThe Ambassador, Mr Paul Zongo, handed over to the Special Envoy a letter from Captain Kaboré addressed to President Asante at the meeting, held at the Ministry of Foreign Affairs. Mr Yaw Owusu, the Minister for Foreign Affairs, was present, the Ministry confirmed.\n\nBrig Gen (Rtd) Mensah-Bonsu delivered the letter to the President on Thursday, April 16.\n\nThe letter conveyed Captain Kaboré's acceptance of President Asante's invitation to attend a dialogue between leaders of the two blocs, to be held in Accra in June.\n\nThe Harbour Times also reported that a meeting between Mr Owusu and Mr Bakary Traoré, Mali's Minister of Foreign Affairs, had been cancelled over a row.\n\nThe Ministry said the meeting, earlier set for April 13, had been rescheduled to May 5, in Bamako, at the request of the Malian side.", "2026-04-21");
    const ms = of(f);
    assert.ok(!ms.some(([s, , p]) => s === "held" && p.includes("person:kofi-mensah-bonsu") && p.includes("person:moussa-kabore")), JSON.stringify(ms));
    assert.ok(ms.some(([s, , p]) => s === "held" && p === "person:kofi-mensah-bonsu,person:paul-zongo,person:yaw-owusu"), JSON.stringify(ms));
    assertMeetings(ms, [["planned", "2026-06", "person:kwame-asante,person:moussa-kabore"], ["planned", "2026-05-05", "person:bakary-traore,person:yaw-owusu"]]);
    const r = relations(f, ["HOLDS_OFFICE", "CONVEYED_VIA", "CONVEYED_TO", "INVITED", "HELD_IN"]);
    assertRelations(r, ["HOLDS_OFFICE person:kofi-mensah-bonsu -> government:ghana", "CONVEYED_VIA person:moussa-kabore -> person:paul-zongo", "CONVEYED_VIA person:moussa-kabore -> person:kofi-mensah-bonsu", "CONVEYED_TO person:moussa-kabore -> person:kwame-asante", "CONVEYED_TO person:kofi-mensah-bonsu -> person:kwame-asante", "INVITED person:kwame-asante -> person:moussa-kabore", "HELD_IN meeting -> place:bamako"]);
    assert.ok(!f.entities.some((e) => /^person:brig/.test(e.key)), f.entities.map((e) => e.key).join());
  });

  it("a visit's programme day by day: 'Day One' headings name no one; 'The programme had X calling on Y at 10am today. The call was dropped last night' (cancelled); 'a message from Z, this year's chair, whom he had met in Manila last week' (held, and not the talks 'the two leaders' hold after); 'Minister for the Protection of Migrant Workers W'; 'accepted X's invitation to hold the 15th consultation in G next year' and 'invited His Majesty to make a state visit to G, and His Majesty consented' (planned); 'Sultan Hamid' is not Prime Minister Razak Hamid", () => {
    const f = extract("PUTRAJAYA, July 21 — Indonesian President Budi Santoso is in Malaysia on a four-day official visit.\n\n**Day One: Sunday, July 19**\n\nPrime Minister Datuk Seri Razak Hamid received Budi at Perdana Putra, and the two leaders held talks. Budi also conveyed to Razak a message from Philippine President Jose Reyes, this year's Asean chair, whom he had met in Manila last week. At the end of the talks, the two leaders witnessed the signing of a memorandum by Human Resources Minister Lim Wei and Indonesia's Minister for the Protection of Migrant Workers Abdul Rahman Salim.\n\nRazak accepted Budi's invitation to hold the 15th Annual Consultation in Indonesia next year.\n\nIn the evening, His Majesty Sultan Hamid, King of Malaysia, granted Budi an audience. Budi invited His Majesty to make a state visit to Indonesia, and His Majesty consented.\n\n**Day Two: Monday, July 20**\n\nThe programme had Budi calling on former prime minister Tun Dr Ahmad Yusof at his foundation in Putrajaya at 10am today. The call was dropped last night.", "2026-07-21");
    const ms = of(f);
    assert.ok(ms.some(([s, d, p]) => s === "held" && d === "2026-07" && p === "person:budi-santoso,person:jose-reyes"), JSON.stringify(ms));
    assert.ok(ms.some(([s, , p]) => s === "cancelled" && p === "person:ahmad-yusof,person:budi-santoso"), JSON.stringify(ms));
    assert.ok(ms.some(([s, , p]) => s === "planned" && p === "person:budi-santoso,person:hamid"), JSON.stringify(ms));
    assertMeetings(ms, [["planned", "2027", "person:budi-santoso,person:razak-hamid"]]);
    assert.ok(!ms.some(([, , p]) => p.includes("person:jose-reyes") && p.includes("person:razak-hamid")), JSON.stringify(ms));
    assert.ok(f.entities.some((e) => e.key === "person:abdul-rahman-salim") && !f.entities.some((e) => /^person:(?:day-|migrant)/.test(e.key)), f.entities.map((e) => e.key).join());
  });

  it("a court report: 'X wrote to his counterpart' (a man), so 'She herself met …' is the witness; 'a claim made by Belarusian state television in March that X had secretly met Y' (no meeting held); 'The letter was carried by Archbishop A, the apostolic nuncio to G, who handed it to B in Minsk on 21 October' (X's, through A; A met B); 'B's reply, which the nuncio brought to Warsaw and handed to X at the foreign ministry on 3 November, invited the Polish minister to Minsk' (B's, through A; A met X; B invited X)", () => {
    const f = extract("A Warsaw court has heard that Poland and Belarus kept a secret channel last year.\n\nAnna Nowak, director of the foreign ministry's Eastern Department, told the court that in October 2025 foreign minister Piotr Wisniewski wrote to his Belarusian counterpart, Igor Volkov, proposing talks.\n\nThe letter was carried by Archbishop Marko Horvat, the apostolic nuncio to Belarus, who handed it to Volkov in Minsk on 21 October, she said.\n\nVolkov's reply, which the nuncio brought to Warsaw and handed to Wisniewski at the foreign ministry on 3 November, invited the Polish minister to Minsk.\n\nWisniewski declined the invitation, Nowak testified.\n\nShe herself met Belarus's deputy foreign minister, Oleg Petrov, on 14 November at the border crossing.\n\nThe defence asked Nowak about a claim made by Belarusian state television in March that Wisniewski had secretly met Viktor Lebedev during the contacts.", "2026-05-27");
    const ms = of(f);
    assertMeetings(ms, [["held", "2025-10-21", "person:igor-volkov,person:marko-horvat"], ["held", "2025-11-03", "person:marko-horvat,person:piotr-wisniewski"], ["held", "2025-11-14", "person:anna-nowak,person:oleg-petrov"]]);
    assert.ok(!ms.some(([s, , p]) => s === "held" && p.includes("person:viktor-lebedev")), JSON.stringify(ms));
    const r = relations(f, ["CONVEYED_VIA", "CONVEYED_TO", "INVITED", "MET_WITH"]);
    assertRelations(r, ["CONVEYED_VIA person:piotr-wisniewski -> person:marko-horvat", "CONVEYED_TO person:marko-horvat -> person:igor-volkov", "CONVEYED_VIA person:igor-volkov -> person:marko-horvat", "CONVEYED_TO person:marko-horvat -> person:piotr-wisniewski", "CONVEYED_TO person:igor-volkov -> person:piotr-wisniewski", "INVITED person:igor-volkov -> person:piotr-wisniewski"]);
    assert.ok(!r.some((x) => x.startsWith("MET_WITH") && x.includes("viktor-lebedev")), r.join("; "));
  });
});

describe("meetings of the twenty-third held-out set's forms (thirty-second session)", () => {
  it("a call's readout: 'the head of state thanked Y for the letter'; 'the letter had been handed over by A to B in Gabala on April 28, on the sidelines of the meeting of the State Commissions …, and had been presented by B to the head of state the following day' (Y's, through A and B); the commissions' meeting 'called off' is not the ministers' meeting planned; 'a month earlier, on March 10, the President of G and the Prime Minister of H had held a bilateral meeting' is another meeting than the one of May; posts run into the name ('Secretary of the Security Council of Armenia X', 'Head of the … Department of the Presidential Administration Y')", () => {
    const f = extract("BAKU, May 4. President of the Republic of Azerbaijan Rauf Mammadli had a phone conversation with Prime Minister of the Republic of Armenia Gevorg Avetisyan on May 3.\n\nThe head of state thanked Gevorg Avetisyan for the letter conveyed through the Deputy Prime Ministers of the two countries.\n\nIt was noted that the letter had been handed over by Deputy Prime Minister of the Republic of Armenia Aram Hakobyan to Deputy Prime Minister of the Republic of Azerbaijan Elnur Jafarov in Gabala on April 28, on the sidelines of the meeting of the State Commissions on the delimitation of the border, and had been presented by Elnur Jafarov to the head of state the following day.\n\nThe sides expressed satisfaction that Minister of Foreign Affairs of the Republic of Azerbaijan Kamran Huseynov and Minister of Foreign Affairs of the Republic of Armenia Vahe Manukyan will meet in Abu Dhabi in the second half of May.\n\nThe meeting of the State Commissions that had been scheduled to be held in Ijevan on May 12 was also touched upon. It was noted that the meeting had been called off.\n\nRauf Mammadli and Gevorg Avetisyan last met in person on April 8, 2026, in Washington. A month earlier, on March 10, 2026, the President of Azerbaijan and the Prime Minister of Armenia had held a bilateral meeting in Abu Dhabi.\n\nMeanwhile, Head of the Foreign Policy Affairs Department of the Presidential Administration Ilgar Rustamov has dismissed reports that he met Secretary of the Security Council of Armenia Armen Vardanyan.", "2026-05-04");
    const ms = of(f);
    assertMeetings(ms, [["planned", "2026-05", "person:kamran-huseynov,person:vahe-manukyan"], ["held", "2026-04-08", "person:gevorg-avetisyan,person:rauf-mammadli"], ["held", "2026-03-10", "person:gevorg-avetisyan,person:rauf-mammadli"]]);
    assert.ok(!ms.some(([s]) => s === "cancelled"), JSON.stringify(ms));
    const r = relations(f, ["HOLDS_OFFICE", "CONVEYED_VIA", "CONVEYED_TO"]);
    assertRelations(r, ["CONVEYED_TO person:gevorg-avetisyan -> person:rauf-mammadli", "CONVEYED_VIA person:gevorg-avetisyan -> person:aram-hakobyan", "CONVEYED_TO person:aram-hakobyan -> person:elnur-jafarov", "CONVEYED_VIA person:gevorg-avetisyan -> person:elnur-jafarov", "CONVEYED_TO person:elnur-jafarov -> person:rauf-mammadli", "HOLDS_OFFICE person:elnur-jafarov -> government:azerbaijan [Deputy Prime Minister]", "HOLDS_OFFICE person:armen-vardanyan -> organization:security-council-of-armenia [Secretary]"]);
    assert.ok(f.entities.some((e) => e.key === "person:ilgar-rustamov") && f.entities.some((e) => e.key === "organization:state-commissions"), f.entities.map((e) => e.key).join());
  });

  it("a government press release: its 'Port Vila, 15 July 2026' line makes its posts Vanuatu's; 'The Prime Minister of the Republic of Vanuatu, Hon. X, received a courtesy call from the Ambassador of the French Republic to the Republic of Vanuatu, His Excellency Mr Y, … on Tuesday 14 July 2026' (held, that day; Y France's); the call 'also attended by the Minister of Foreign Affairs, Hon. Z' (Z meets Y, not X); 'In his letter, President W invites the Prime Minister …' (W's to X)", () => {
    const f = extract("The following press release was issued by the Office of the Prime Minister yesterday.\n\nPRESS RELEASE\nOffice of the Prime Minister\nPort Vila, 15 July 2026\n\nThe Prime Minister of the Republic of Vanuatu, Hon. Jonah Kalsakau, received a courtesy call from the Ambassador of the French Republic to the Republic of Vanuatu, His Excellency Mr Pierre Dufresne, at the Prime Minister's Office on Tuesday 14 July 2026.\n\nThe courtesy call was also attended by the Minister of Foreign Affairs, International Cooperation and External Trade, Hon. Ralph Tabi.\n\nDuring the courtesy call, Ambassador Dufresne handed over to the Prime Minister a letter from the President of the French Republic, His Excellency Mr Louis Garnier. In his letter, President Garnier invites the Prime Minister to attend a summit in Paris in March 2027.", "2026-07-16");
    const ms = of(f);
    assert.ok(ms.some(([s, d, p]) => s === "held" && d === "2026-07-14" && p === "person:jonah-kalsakau,person:pierre-dufresne,person:ralph-tabi"), JSON.stringify(ms));
    const r = relations(f, ["HOLDS_OFFICE", "CONVEYED_TO", "MET_WITH"]);
    assertRelations(r, ["HOLDS_OFFICE person:pierre-dufresne -> government:france [Ambassador]", "CONVEYED_TO person:louis-garnier -> person:jonah-kalsakau", "MET_WITH person:ralph-tabi -> person:pierre-dufresne"]);
    assert.ok(r.some((x) => /^HOLDS_OFFICE person:ralph-tabi -> government:vanuatu/.test(x)), r.join("; "));
    assert.ok(!r.some((x) => x.startsWith("MET_WITH") && x.includes("ralph-tabi") && x.includes("jonah-kalsakau")), r.join("; "));
  });

  it("a podcast transcript: speakers' labels are no one's subject, and the two speakers of the exchange are no one's 'he' ('REPORTER: Who did X see on Monday? / GUEST: He was received by the minister, Y, …' is X); 'I sat in, and so did our ambassador in Beijing, Z' (at Y's side); 'On the Chinese side the ambassador here, W, came with him' (China's, at X's side); 'He brought a letter from Foreign Minister V to the minister. It invites her to Beijing' (V's, through X, to Y; V invites Y)", () => {
    const f = extract("China's Special Representative for Eurasian Affairs, Zhou Ming, was in Riga on Monday, March 9. On this week's episode, Anna Liepa asked the State Secretary of the Foreign Ministry, Janis Berzins, what was said.\n\nLIEPA: Who did Zhou Ming see on Monday?\n\nBERZINS: He was received by the minister, Ilze Kalnina, at the ministry on Monday morning. I sat in, and so did our ambassador in Beijing, Aija Ozola, who flew back for it. On the Chinese side the ambassador here, Liu Chen, came with him.\n\nLIEPA: Did Zhou Ming come empty-handed?\n\nBERZINS: No. He brought a letter from Foreign Minister Wang Hao to the minister. It invites her to Beijing.", "2026-03-12");
    const ms = of(f);
    assert.ok(ms.some(([s, d, p]) => s === "held" && d === "2026-03-09" && p === "person:aija-ozola,person:ilze-kalnina,person:janis-berzins,person:liu-chen,person:zhou-ming"), JSON.stringify(ms));
    const r = relations(f, ["HOLDS_OFFICE", "CONVEYED_VIA", "CONVEYED_TO", "INVITED", "MET_WITH"]);
    assertRelations(r, ["MET_WITH person:zhou-ming -> person:ilze-kalnina", "MET_WITH person:janis-berzins -> person:zhou-ming", "MET_WITH person:liu-chen -> person:ilze-kalnina", "HOLDS_OFFICE person:liu-chen -> government:china [ambassador]", "CONVEYED_VIA person:wang-hao -> person:zhou-ming", "CONVEYED_TO person:zhou-ming -> person:ilze-kalnina", "CONVEYED_TO person:wang-hao -> person:ilze-kalnina", "INVITED person:wang-hao -> person:ilze-kalnina"]);
    assert.ok(!r.some((x) => x.startsWith("MET_WITH") && x.includes("janis-berzins") && x.includes("ilze-kalnina")), r.join("; "));
    assert.ok(!r.some((x) => x.startsWith("MET_WITH") && x.includes("anna-liepa")), r.join("; "));
  });

  it("a book review: 'X, whom President Y had named special envoy, sat down with Z' (X met Z, not Y); 'XTC, she writes, had brought a letter from Y to W, and handed it to Z' (initials of a three-word name; Y's, through X and Z); 'Z, in turn, gave him an invitation from W for Y to visit Beijing, which X delivered to the President' (W's, through Z and X, for Y); 'V met U in Xiamen … and handed him a letter from President T to W, which U said he would transmit' (T's, through V and U, for W); a name the model splits, 'Victoria Alvarez-Luna argues'", () => {
    const f = extract("The most important meeting of the decade, Victoria Alvarez-Luna argues in her new memoir, took place over tea in Hong Kong in August 2016.\n\nFormer President Rafael T. Cruz, whom President Diego Santos had named special envoy to China only weeks earlier, sat down with Mei Lan, then chair of a parliamentary committee.\n\nRTC, she writes, had brought a letter from Santos to Xi Jinping, and handed it to Mei Lan \"to be put in the right hands\". Mei Lan, in turn, gave him an invitation from Xi for Santos to visit Beijing, which Cruz delivered to the President in Davao the following week.\n\nOn Sept. 24, Undersecretary Marco Reyes met Vice Foreign Minister Sun Jian in Xiamen for the latest round of consultations and handed him a letter from President Tomas Aquino to Xi, which Sun said he would transmit.", "2026-10-11");
    const ms = of(f);
    assert.ok(ms.some(([s, , p]) => s === "held" && p.includes("person:mei-lan") && p.includes("person:rafael-t-cruz")), JSON.stringify(ms));
    assert.ok(!ms.some(([, , p]) => p.includes("person:diego-santos") && p.includes("person:mei-lan")), JSON.stringify(ms));
    const r = relations(f, ["CONVEYED_VIA", "CONVEYED_TO", "INVITED"]);
    assertRelations(r, ["CONVEYED_VIA person:diego-santos -> person:rafael-t-cruz", "CONVEYED_TO person:rafael-t-cruz -> person:mei-lan", "CONVEYED_VIA person:diego-santos -> person:mei-lan", "CONVEYED_VIA person:xi-jinping -> person:mei-lan", "CONVEYED_TO person:mei-lan -> person:rafael-t-cruz", "CONVEYED_VIA person:xi-jinping -> person:rafael-t-cruz", "CONVEYED_TO person:xi-jinping -> person:diego-santos", "INVITED person:xi-jinping -> person:diego-santos", "CONVEYED_TO person:rafael-t-cruz -> person:diego-santos", "CONVEYED_VIA person:tomas-aquino -> person:marco-reyes", "CONVEYED_TO person:marco-reyes -> person:sun-jian", "CONVEYED_TO person:tomas-aquino -> person:xi-jinping", "CONVEYED_VIA person:tomas-aquino -> person:sun-jian"]);
    assert.ok(f.entities.some((e) => e.key === "person:victoria-alvarez-luna") && !f.entities.some((e) => e.key.includes("rtc")), f.entities.map((e) => e.key).join());
  });

  it("a live blog from Muscat: 'HH Sayyid X, Foreign Minister, received at the ministry this morning Y' (held that day; X Oman's); 'The meeting was attended by HE Sheikh Z, Undersecretary of the Foreign Ministry for Political Affairs' (Oman's, X's colleague); a journey's day written 'on Tuesday 7 July' is that date", () => {
    const f = extract("MUSCAT, OCT 14\n\nHH Sayyid Khalid bin Saif Al Busaidi, Foreign Minister, received at the ministry this morning Jonas Lindqvist, the Special Envoy of the UN Secretary-General for Yemen.\n\nThe meeting was attended by HE Sheikh Salim bin Nasser Al Harthy, Undersecretary of the Foreign Ministry for Political Affairs.\n\nOn Tuesday 7 October, Lindqvist had called on the Saudi foreign minister in Riyadh.", "2026-10-14");
    const ms = of(f);
    assert.ok(ms.some(([s, d, p]) => s === "held" && d === "2026-10-14" && p === "person:jonas-lindqvist,person:khalid-bin-saif-al-busaidi,person:salim-bin-nasser-al-harthy"), JSON.stringify(ms));
    const r = relations(f, ["HOLDS_OFFICE", "MET_WITH"]);
    assert.ok(r.some((x) => /^HOLDS_OFFICE person:khalid-bin-saif-al-busaidi -> government:oman/.test(x)) && r.some((x) => /^HOLDS_OFFICE person:salim-bin-nasser-al-harthy -> government:oman/.test(x)), r.join("; "));
    assert.ok(!r.some((x) => x.startsWith("MET_WITH") && x.includes("salim") && x.includes("khalid")), r.join("; "));
  });

  it("a letter to the editor: 'Dear Editor,' names no one and its signature at the foot is its 'I'; a quote's source is not the 'she' after it ('Y has said so plainly: \"The Special Envoy did not meet …\" … What she did was deliver a letter from President H to Rwanda's Minister of Foreign Affairs, Z, who received her in Kigali … and undertook to place it before President K' is the envoy's; H's, through Z, for K); 'She then travelled to Gitega, where President W … received her' (the envoy met W, H did not)", () => {
    const f = extract("Dear Editor,\n\nI write in response to your story of 12 May.\n\nFirst, the record. Special Envoy Mwila Chanda did not meet President Jean Bosco Nkurunziza. State House spokesperson Kelvin Mutale has said so plainly: \"The Special Envoy did not meet President Nkurunziza and did not seek to.\" Your own follow-up confirmed it. What she did was deliver a letter from President Hakainde Lungu to Rwanda's Minister of Foreign Affairs, Eric Habimana, who received her in Kigali on Friday 8 May and undertook to place it before President Nkurunziza. She then travelled to Gitega, where President Pierre Ndikumana of Burundi received her on Monday 11 May.\n\nIn April 1999 President Frederick Banda received me at the palace.\n\nMoses Kalaba\nAmbassador (Rtd)\nKabulonga, Lusaka", "2026-05-18");
    const ms = of(f);
    assertMeetings(ms, [["held", "2026-05-08", "person:eric-habimana,person:mwila-chanda"], ["held", "2026-05-11", "person:mwila-chanda,person:pierre-ndikumana"], ["held", "1999-04", "person:frederick-banda,person:moses-kalaba"]]);
    assert.ok(!ms.some(([, , p]) => p.includes("person:kelvin-mutale") || p.includes("person:editor")), JSON.stringify(ms));
    assert.ok(!ms.some(([s, , p]) => s === "held" && p.includes("person:hakainde-lungu")), JSON.stringify(ms));
    const r = relations(f, ["CONVEYED_VIA", "CONVEYED_TO"]);
    assertRelations(r, ["CONVEYED_VIA person:hakainde-lungu -> person:mwila-chanda", "CONVEYED_TO person:mwila-chanda -> person:eric-habimana", "CONVEYED_VIA person:hakainde-lungu -> person:eric-habimana", "CONVEYED_TO person:hakainde-lungu -> person:jean-bosco-nkurunziza"]);
  });

  it("a go-between's profile: 'From the folder he took a letter from Uzbek President A, which he handed to B' (A's, through him, for B); 'It invites the Kyrgyz president on a state visit to Uzbekistan in the autumn. B accepted' (planned); 'In January 2018 C received him at the Palace of the Nation and handed him a letter for the Uzbek leader' (C's, through him, for A)", () => {
    const f = extract("On the morning of May 21, Ulugbek Karimov landed at Manas airport in Bishkek. From the airport he was driven to the Ala-Archa residence, where Kyrgyz President Sadyr Toktobaev received him. From the folder he took a letter from Uzbek President Shavkat Rashidov, which he handed to Toktobaev. It invites the Kyrgyz president on a state visit to Uzbekistan in the autumn. Toktobaev accepted, according to the press services of both presidents.\n\nIt was in Dushanbe that Karimov made his name. In January 2018 President Emomali Saidov received him at the Palace of the Nation and handed him a letter for the Uzbek leader.", "2026-06-15");
    const ms = of(f);
    assert.ok(ms.some(([s, , p]) => s === "planned" && p === "person:sadyr-toktobaev,person:shavkat-rashidov"), JSON.stringify(ms));
    const r = relations(f, ["CONVEYED_VIA", "CONVEYED_TO", "INVITED"]);
    assertRelations(r, ["CONVEYED_VIA person:shavkat-rashidov -> person:ulugbek-karimov", "CONVEYED_TO person:ulugbek-karimov -> person:sadyr-toktobaev", "CONVEYED_TO person:shavkat-rashidov -> person:sadyr-toktobaev", "INVITED person:shavkat-rashidov -> person:sadyr-toktobaev", "CONVEYED_VIA person:emomali-saidov -> person:ulugbek-karimov", "CONVEYED_TO person:emomali-saidov -> person:shavkat-rashidov"]);
  });

  it("a 'what we know' list: '- A letter from President A to President B was handed over on Monday, Oct. 5, by G's consul general in L, X, to Foreign Minister Y at the ministry's building' (A's, through X and Y, for B; X met Y that day); 'Z delivered a reply from B to W at the foreign ministry on Plaza Murillo in La Paz on Wednesday, Oct. 7' (Z met W there); 'Y has invited W to Arica on Nov. 12, and W has accepted' (planned); 'A meeting between Q, Foreign Minister, and R, the chief negotiator, … has been called off'; 'where the two leaders and US President T signed a joint declaration' (all three signed)", () => {
    const f = extract("SANTIAGO – Bolivia and Chile exchanged letters between their presidents this week.\n\n- A letter from Bolivian President Rodrigo Mendez to Chilean President Andres Solar was handed over on Monday, Oct. 5, by Bolivia's consul general in Santiago, Ricardo Vaca, to Foreign Minister Cristian Larrea at the ministry's Carrera building.\n- Chile's consul general in La Paz, Rodrigo Ossa, delivered a reply from Solar to Bolivian Foreign Minister Fernando Arce at the foreign ministry on Plaza Murillo in La Paz on Wednesday, Oct. 7.\n- Larrea has invited Arce to Arica on Nov. 12, and Arce has accepted.\n\nA meeting between HH Sayyid Khalid bin Saif Al Busaidi, Foreign Minister, and Mohammed Salem, the chief negotiator, which had been expected at the ministry at 3pm, has been called off.\n\nIlham Guliyev and Nikol Sargsyan last met in person on August 8, 2025, at the White House in Washington, where the two leaders and US President Donald Trump signed a joint declaration.", "2026-10-09");
    const ms = of(f);
    assertMeetings(ms, [["held", "2026-10-05", "person:cristian-larrea,person:ricardo-vaca"], ["held", "2026-10-07", "person:fernando-arce,person:rodrigo-ossa"], ["planned", "2026-11-12", "person:cristian-larrea,person:fernando-arce"], ["cancelled", "", "person:khalid-bin-saif-al-busaidi,person:mohammed-salem"]]);
    const r = relations(f, ["CONVEYED_VIA", "CONVEYED_TO", "SIGNED"]);
    assertRelations(r, ["CONVEYED_VIA person:rodrigo-mendez -> person:ricardo-vaca", "CONVEYED_TO person:ricardo-vaca -> person:cristian-larrea", "CONVEYED_VIA person:rodrigo-mendez -> person:cristian-larrea", "CONVEYED_TO person:rodrigo-mendez -> person:andres-solar", "CONVEYED_VIA person:andres-solar -> person:rodrigo-ossa", "CONVEYED_TO person:rodrigo-ossa -> person:fernando-arce"]);
    for (const p of ["ilham-guliyev", "nikol-sargsyan", "donald-trump"]) assert.ok(r.some((x) => x.startsWith(`SIGNED person:${p} -> document:`)), r.join("; "));
  });

  it("a release's last items: 'In his letter, President W invites the Prime Minister to attend the France-Oceania Summit which France will host in Paris in March 2027' (W and the Prime Minister there, planned); 'the courtesy call on the Prime Minister by the Special Envoy of the Government of the People's Republic of China for Pacific Island Affairs, His Excellency Mr Y, which had been scheduled for Monday 13 July 2026, was cancelled' (the two, cancelled; no other meeting called off); 'received at the ministry's General Diwan this morning Z' (a place, not a general; that day); 'The last time … was in Sanaa on April 9, 2023, when A met B' (that day)", () => {
    const f = extract("PRESS RELEASE\nOffice of the Prime Minister\nPort Vila, 15 July 2026\n\nThe Prime Minister of the Republic of Vanuatu, Hon. Jonah Kalsakau, received a letter from President Louis Garnier of France. In his letter, President Garnier invites the Prime Minister to attend the France-Oceania Summit which France will host in Paris in March 2027.\n\nPrime Minister Kalsakau also invited Foreign Minister Sione Rabe of Fiji to the independence celebrations in Port Vila on 30 July 2026.\n\nThe courtesy call on the Prime Minister by the Special Envoy of the Government of the People's Republic of China for Pacific Island Affairs, His Excellency Mr Wei Jun, which had been scheduled for Monday 13 July 2026, was cancelled at the request of the Chinese side.\n\nThe Foreign Minister, Ralph Tabi, received at the ministry's General Diwan this morning the UN envoy, Jonas Lindqvist.\n\nThe last time the two sides met was in Sanaa on April 9, 2023, when Ambassador Mohammed Al Harbi met Mahdi al-Hashimi.", "2026-07-15");
    const ms = of(f);
    assert.ok(ms.some(([s, d, p]) => s === "planned" && d === "2027-03" && p === "person:jonah-kalsakau,person:louis-garnier"), JSON.stringify(ms));
    assert.ok(ms.some(([s, d, p]) => s === "cancelled" && d === "2026-07-13" && p === "person:jonah-kalsakau,person:wei-jun"), JSON.stringify(ms));
    assert.ok(!ms.some(([s, , p]) => s === "cancelled" && p.includes("person:sione-rabe")), JSON.stringify(ms));
    assert.ok(ms.some(([s, d, p]) => s === "held" && d === "2026-07-15" && p === "person:jonas-lindqvist,person:ralph-tabi"), JSON.stringify(ms));
    assert.ok(ms.some(([s, d, p]) => s === "held" && d === "2023-04-09" && p === "person:mahdi-al-hashimi,person:mohammed-al-harbi"), JSON.stringify(ms));
    assert.ok(!f.entities.some((e) => e.key === "person:diwan") && f.entities.some((e) => e.key === "place:general-diwan"), f.entities.map((e) => e.key).join());
  });

  it("a dialogue's 'he' past a turn that names no one is the one the talk is about: 'A: When was he last here? / B: February 2024. He was received then by X' (the visitor met X); 'A: Tallinn was supposed to be next. / B: It was. He was due to meet Y in Tallinn on Tuesday. That leg was called off' (the visitor's, cancelled)", () => {
    const f = extract("China's Special Representative Zhou Ming was in Riga on Monday. Anna Liepa asked the State Secretary, Janis Berzins, about the visit.\n\nLIEPA: Who did Zhou Ming see?\n\nBERZINS: He was received by the minister, Ilze Kalnina. Zhou Ming also asked to see President Karlis Ozols.\n\nLIEPA: When was he last here?\n\nBERZINS: February 2024. He was received then by Andris Bite, who was foreign minister at the time.\n\nLIEPA: Tallinn was supposed to be next.\n\nBERZINS: It was. He was due to meet Kaja Tamm, the Estonian foreign minister, in Tallinn on Tuesday. That leg was called off.", "2026-03-12");
    const ms = of(f);
    assert.ok(ms.some(([s, , p]) => s === "held" && p === "person:andris-bite,person:zhou-ming"), JSON.stringify(ms));
    assert.ok(ms.some(([s, , p]) => s === "cancelled" && p === "person:kaja-tamm,person:zhou-ming"), JSON.stringify(ms));
    assert.ok(!ms.some(([, , p]) => p.includes("person:karlis-ozols") && p.includes("person:andris-bite")), JSON.stringify(ms));
  });
});

describe("meetings of the twenty-fourth held-out set's forms (thirty-third session)", () => {
  it("a match report: 'X watched the session from the President's Box with G's President Dr Y' (no one named Box; the pair 'the two leaders' are); 'held talks in the club's committee room during the tea interval, with Foreign and Caricom Affairs Minister Z and G's Foreign Minister W present' (all four; Z of no state told sits on X's side); 'A and B, who first held talks … in L in July 2025, agreed to meet again in M on March 27' (another meeting, and a plan)", () => {
    const f = extract("Prime Minister Lucia Ramdeen watched the afternoon session from the President's Box with Guyana's President Dr Marcus Persaud, who flew in on Sunday night.\n\nThe two leaders held talks in the Queen's Park Cricket Club's committee room during the tea interval, with Foreign and Caricom Affairs Minister Dev Ragoonath and Guyana's Foreign Minister Colin Baptiste present.\n\nRamdeen and Persaud, who first held talks as heads of government at the Caricom summit in Montego Bay in July 2025, agreed to meet again in Georgetown on March 27.", "2026-03-10");
    const ms = of(f);
    assert.ok(ms.some(([s, , p]) => s === "held" && p === "person:colin-baptiste,person:dev-ragoonath,person:lucia-ramdeen,person:marcus-persaud"), JSON.stringify(ms));
    assertMeetings(ms, [["held", "2025-07", "person:lucia-ramdeen,person:marcus-persaud"], ["planned", "2026-03-27", "person:lucia-ramdeen,person:marcus-persaud"]]);
    const r = relations(f, ["HOLDS_OFFICE", "MET_WITH"]);
    assert.ok(r.some((x) => x.startsWith("MET_WITH") && x.includes("colin-baptiste") && x.includes("dev-ragoonath")), r.join("; "));
    assert.ok(f.entities.some((e) => e.key === "person:dev-ragoonath") && !f.entities.some((e) => e.key === "person:foreign"), f.entities.map((e) => e.key).join());
    assert.ok(!r.some((x) => x.startsWith("MET_WITH") && x.includes("dev-ragoonath") && x.includes("lucia-ramdeen")), r.join("; "));
    assert.ok(!f.entities.some((e) => e.key === "person:box"), f.entities.map((e) => e.key).join());
  });

  it("a court filing's summary: 'Amb X says that on March 14, 2025, at the Cité … in Kinshasa, he handed President Y a letter from President Z, with the Foreign Minister, Ms W, in the room' (X's, that day, there, with W); 'The letter, he says, invited Mr Y to a summit in Entebbe with President V' (Z invites both); a meeting the plaint 'states' and the defence 'denies that he ever met' is none", () => {
    const f = extract("In an affidavit, Amb Daniel Kateregga says that on March 14, 2025, at the Cité de l'Union Africaine in Kinshasa, he handed President Paul Mbemba a letter from President Samuel Otim, with the Foreign Minister, Ms Claire Ilunga, in the room. The letter, he says, invited Mr Mbemba to a summit in Entebbe with President Jean Habimana of Rwanda.\n\nOn April 2, he says, Ms Ilunga handed him Mr Mbemba's reply at the Ministry of Foreign Affairs in Kinshasa.\n\nThe plaint further states that in July 2025 Amb Kateregga met Mr Victor Kabanga in Bunagana.\n\nIn its defence, the Attorney General denies that he \"ever met Mr Kabanga on behalf of Government or at all\".", "2026-02-05");
    const ms = of(f);
    assertMeetings(ms, [["held", "2025-03-14", "person:claire-ilunga,person:daniel-kateregga,person:paul-mbemba"]]);
    assert.ok(ms.some(([s, , p]) => s === "proposed" && p === "person:jean-habimana,person:paul-mbemba,person:samuel-otim"), JSON.stringify(ms));
    assert.ok(!ms.some(([, , p]) => p.includes("victor-kabanga")), JSON.stringify(ms));
    const r = relations(f, ["INVITED", "CONVEYED_VIA", "CONVEYED_TO", "HELD_IN"]);
    assertRelations(r, ["INVITED person:samuel-otim -> person:paul-mbemba", "INVITED person:samuel-otim -> person:jean-habimana", "CONVEYED_VIA person:samuel-otim -> person:daniel-kateregga", "HELD_IN meeting -> place:kinshasa"]);
  });

  it("a speech printed in full: 'The following is the ministerial statement Prime Minister X delivered in Parliament' makes its 'I' X's; 'the Rt Hon Y' is Y; 'Wasn't Z supposed to go?' names Z, not 'Wasnt Z'; 'met the PLO's W' and 'sat across the table from V' are meetings held", () => {
    const f = extract("Editor's note: The following is the ministerial statement Prime Minister Tere Ariki delivered in Parliament on Tuesday.\n\nOn 28 April I was in Wellington, where I met the Rt Hon Graham Fletcher, Minister of Foreign Affairs.\n\nWasn't Fletcher supposed to go to Niue?\n\nIn January 1993, the academic Ron Pundak met the PLO's Hassan Asfour near Oslo. In September 1905 Jorgen Lovland sat across the table from Sweden's Arvid Lindman at Karlstad.", "2026-05-20");
    const ms = of(f);
    assertMeetings(ms, [["held", "2026-04-28", "person:graham-fletcher,person:tere-ariki"], ["held", "1993-01", "person:hassan-asfour,person:ron-pundak"], ["held", "1905-09", "person:arvid-lindman,person:jorgen-lovland"]]);
    assert.ok(!f.entities.some((e) => /wasnt|rt-hon/.test(e.key)), f.entities.map((e) => e.key).join());
  });

  it("an 'as told to' account: its 'I' is the one the opening paragraph names ('Ko X' is X); 'On 9 January this year Mr Y called on Z in L. The foreign minister, U W, was in the room, and so was I' (all four, that day); 'First, he handed U W a letter from V inviting him to M. The minister accepted on the spot' (planned); 'Second, he handed the Senior General a written proposal from the group's leader, T'; 'The Senior General read it, put it down and asked Mr Y to tell the group …' (asked); 'was to call on Z … on 28 January. The call was called off' (that January)", () => {
    const f = extract("As told to The Irrawaddy\n\nKo Min Thu (not his real name) worked as an interpreter at the ministry in Naypyitaw until February.\n\nOn 9 January this year Mr Chen Jian called on Senior General Soe Win in Naypyitaw. The foreign minister, U Kyaw Zin, was in the room, and so was I.\n\nMr Chen did two things. First, he handed U Kyaw Zin a letter from Li Ming inviting him to Beijing. The minister accepted on the spot. Second, he handed the Senior General a written proposal from the TNLA's leader, Tar Bo Lin, to extend the ceasefire.\n\nThe Senior General read it, put it down and asked Mr Chen to tell the TNLA that the next talks must be face to face.\n\nIndia's foreign secretary, Arun Mehta, was to call on the Senior General in Naypyitaw on 28 January. The call was called off two days before.", "2026-02-18");
    const ms = of(f);
    assertMeetings(ms, [["held", "2026-01-09", "person:chen-jian,person:kyaw-zin,person:min-thu,person:soe-win"], ["cancelled", "2026-01-28", "person:arun-mehta,person:soe-win"]]);
    assert.ok(ms.some(([s, , p]) => s === "planned" && p === "person:kyaw-zin,person:li-ming"), JSON.stringify(ms));
    const r = relations(f, ["CONVEYED_VIA", "CONVEYED_TO", "ASKED", "INVITED"]);
    assertRelations(r, ["CONVEYED_VIA person:li-ming -> person:chen-jian", "INVITED person:li-ming -> person:kyaw-zin", "CONVEYED_VIA person:tar-bo-lin -> person:chen-jian", "CONVEYED_TO person:tar-bo-lin -> person:soe-win", "ASKED person:soe-win -> person:chen-jian"]);
  });

  it("an editorial: 'National Security Adviser Lt Gen X' is X; 'A portal reported that X had met Y in L. The FO called the report \"baseless\"' (none); 'the D that Mr A and the Crown Prince signed in Riyadh' and 'B rode a bus to Lahore and signed the E with C' (their signatures); 'reports that A had met T in L were \"fabricated\"' (none)", () => {
    const f = extract("Crown Prince Faisal bin Nasser met Prime Minister Omar Qadir in Riyadh in 2025.\n\nAn Indian news portal reported last week that National Security Adviser Lt Gen Kamran Aziz had met his Indian counterpart, Vikram Rao, in Riyadh. The FO called the report \"baseless\".\n\nSaudi Arabia is bound to Pakistan by the Strategic Defence Pact that Mr Qadir and the Crown Prince signed in Riyadh. Atal Verma rode a bus to Lahore and signed the Lahore Accord with Nadeem Shah in February 1999.\n\nThe spokesman told state media that reports that Omar Qadir had met Tariq Lone in Quetta in December were \"fabricated\".", "2026-02-11");
    const ms = of(f);
    assert.ok(!ms.some(([, , p]) => p.includes("vikram-rao") || p.includes("tariq-lone")), JSON.stringify(ms));
    assert.ok(f.entities.some((e) => e.key === "person:kamran-aziz"), f.entities.map((e) => e.key).join());
    const r = relations(f, ["SIGNED"]);
    assertRelations(r, ["SIGNED person:omar-qadir -> document:strategic-defence-pact", "SIGNED person:faisal-bin-nasser -> document:strategic-defence-pact", "SIGNED person:atal-verma -> document:lahore-accord", "SIGNED person:nadeem-shah -> document:lahore-accord"]);
  });

  it("an event report: 'X said he was received by Y in L on D, with Z at the table, and handed him a letter from W' (Z at the table; W's letter); 'The letter invites Y to meet W in M' (W invites Y); 'X will travel to N on 5 March at V's invitation' (V invites X); '- X and V meet in N on 5 March.' (planned)", () => {
    const f = extract("Foreign Minister Pavol Hrnko said he was received by President Taras Bondar in Kyiv on 3 February, with Foreign Minister Ihor Lysenko at the table, and handed him a letter from Prime Minister Milan Kral. The letter invites Bondar to meet Kral in Uzhhorod.\n\nHrnko will travel to Budapest on 5 March at Laszlo Kiss's invitation.\n\nKey takeaways\n\n- Hrnko and Kiss meet in Budapest on 5 March.", "2026-02-25");
    const ms = of(f);
    assertMeetings(ms, [["held", "2026-02-03", "person:ihor-lysenko,person:pavol-hrnko,person:taras-bondar"], ["planned", "2026-03-05", "person:laszlo-kiss,person:pavol-hrnko"]]);
    const r = relations(f, ["CONVEYED_VIA", "INVITED"]);
    assertRelations(r, ["CONVEYED_VIA person:milan-kral -> person:pavol-hrnko", "INVITED person:milan-kral -> person:taras-bondar", "INVITED person:laszlo-kiss -> person:pavol-hrnko"]);
  });

  it("a press review: 'Saudi envoy Prince X, who arrived on Monday evening and was received on Tuesday morning by President Y at Z Palace' (held, Tuesday); 'the envoy conveyed a verbal message from Crown Prince W' is X's, not the US envoy's named later; 'X asked Y at that meeting to deliver a letter by hand to the US special envoy, V. She flew to Geneva and handed it to him there on Friday' (the one asked, and V, met)", () => {
    const f = extract("BEIRUT — 15 April 2026\n\nThe daily leads with the visit of Saudi envoy Prince Khalid bin Saad, who arrived on Monday evening and was received on Tuesday morning by President Elias Haddad at Baabda Palace. According to the daily, the envoy conveyed a verbal message from Crown Prince Sultan bin Fahd.\n\nSpeaker Karim Nasr received US envoy John Miller at Ain al-Tineh on Monday.\n\nAccording to the ministry, Omid Rahimi asked Ingrid Solberg at that meeting to deliver a letter by hand to the US special envoy, Paul Becker. She flew to Geneva and handed it to him there on Friday, April 10th.", "2026-04-15");
    const ms = of(f);
    assertMeetings(ms, [["held", "2026-04-14", "person:elias-haddad,person:khalid-bin-saad"], ["held", "2026-04-10", "person:ingrid-solberg,person:paul-becker"]]);
    const r = relations(f, ["CONVEYED_VIA", "CONVEYED_TO", "ASKED"]);
    assertRelations(r, ["CONVEYED_VIA person:sultan-bin-fahd -> person:khalid-bin-saad", "ASKED person:omid-rahimi -> person:ingrid-solberg", "CONVEYED_VIA person:omid-rahimi -> person:ingrid-solberg", "CONVEYED_TO person:omid-rahimi -> person:paul-becker"]);
    assert.ok(!r.some((x) => x.includes("john-miller")), r.join("; "));
  });

  it("a readers' questions page: 'Those talks led to the D, signed at the White House in Washington on September 13th, 1993, by G's A and B' (both signed, and met there); 'in January 1993 at M manor near N, where the academic C met the PLO's D, with E of the foundation F as their host' (all three, at N, then); 'A and B are not strangers: the two spoke briefly face to face in L in April 2025' (held); 'X's reply went the other way. Y gave it to G's ambassador in L, Z, on Monday, June 15th' (Y met Z)", () => {
    const f = extract("The best-known case began in January 1993 at Borregaard manor near Sarpsborg, where the Israeli academic Dan Peleg met the PLO's Samir Khalil, with Odd Nygaard of the research foundation Fafo as their host. Those talks led to the Declaration of Principles, signed at the White House in Washington on September 13th, 1993, by Israel's Amos Ben-Ari and Fuad Najjar.\n\nOmid Rahimi and Paul Becker are not strangers either: the two spoke briefly face to face in Muscat in April 2025.\n\nBecker's reply went the other way. Ingrid Solberg gave it to Iran's ambassador in Oslo, Reza Karimi, on Monday, June 15th.", "2026-06-18");
    const ms = of(f);
    assertMeetings(ms, [["held", "1993-01", "person:dan-peleg,person:odd-nygaard,person:samir-khalil"], ["held", "1993-09-13", "person:amos-ben-ari,person:fuad-najjar"], ["held", "2025-04", "person:omid-rahimi,person:paul-becker"], ["held", "2026-06-15", "person:ingrid-solberg,person:reza-karimi"]]);
    const r = relations(f, ["SIGNED", "HELD_IN"]);
    assertRelations(r, ["SIGNED person:amos-ben-ari -> document:declaration-of-principles", "SIGNED person:fuad-najjar -> document:declaration-of-principles", "HELD_IN meeting -> place:sarpsborg", "HELD_IN meeting -> place:washington"]);
  });

  it("a match report's message: 'X brought the Prime Minister a message from G Prime Minister Y, which he said she had given him when the two met in L on Saturday' (X and Y met, then); 'It invites both leaders to L for a three-way meeting in June' (Y invites the one it was for and the one who carried it; proposed, in the capital)", () => {
    const f = extract("Prime Minister Lucia Ramdeen watched the match with Guyana's President Marcus Persaud.\n\nPersaud also brought the Prime Minister a message from Barbados Prime Minister Joan Clarke, which he said she had given him when the two met in Bridgetown on Saturday. It invites both leaders to Bridgetown for a three-way meeting in June.", "2026-03-10");
    const ms = of(f);
    assertMeetings(ms, [["held", "2026-03-07", "person:joan-clarke,person:marcus-persaud"], ["proposed", "2026-06", "person:joan-clarke,person:lucia-ramdeen,person:marcus-persaud"]]);
    const r = relations(f, ["INVITED", "CONVEYED_VIA", "CONVEYED_TO", "HELD_IN"]);
    assertRelations(r, ["INVITED person:joan-clarke -> person:lucia-ramdeen", "INVITED person:joan-clarke -> person:marcus-persaud", "CONVEYED_VIA person:joan-clarke -> person:marcus-persaud", "CONVEYED_TO person:joan-clarke -> person:lucia-ramdeen"]);
    assert.ok(!r.some((x) => x.startsWith("HELD_IN") && x.endsWith("government:barbados")), r.join("; "));
  });

  it("a court filing, later: 'On April 2, he says, Ms W handed him Mr Y's reply …. On June 19, 2025, according to the affidavit, he was received by Mr K at V in Kigali, with Rwanda's Foreign Minister, Mr N, present' (he who says it, not the last man named, nor the woman between); 'Mr K asked him to convey his greetings to Mr M' (him the one received); 'where Mr M and the then DR Congo president, Joseph Q, signed the R Agreement' (both signed, and met)", () => {
    const f = extract("Amb Daniel Kateregga says he was never paid. He says that on March 14, 2025, in Kinshasa, he handed President Paul Mbemba a letter from President Samuel Otim.\n\nOn April 2, he says, Ms Claire Ilunga handed him Mr Mbemba's reply at the Ministry of Foreign Affairs in Kinshasa.\n\nOn June 19, 2025, according to the affidavit, he was received by President Jean Habimana at Village Urugwiro in Kigali, with Rwanda's Foreign Minister, Mr Eric Mugenzi, present. Mr Habimana asked him to convey his greetings to Mr Otim.\n\nAmb Kateregga recalls Ngurdoto, near Arusha, where Mr Otim and the then DR Congo president, Joseph Kasongo, signed the Ngurdoto Agreement in 2007.", "2026-02-05");
    const ms = of(f);
    assertMeetings(ms, [["held", "2025-06-19", "person:daniel-kateregga,person:eric-mugenzi,person:jean-habimana"]]);
    assert.ok(ms.some(([s, , p]) => s === "held" && p === "person:joseph-kasongo,person:samuel-otim"), JSON.stringify(ms));
    const r = relations(f, ["ASKED", "CONVEYED_VIA", "SIGNED"]);
    assertRelations(r, ["ASKED person:jean-habimana -> person:daniel-kateregga", "CONVEYED_VIA person:jean-habimana -> person:daniel-kateregga", "SIGNED person:samuel-otim -> document:ngurdoto-agreement", "SIGNED person:joseph-kasongo -> document:ngurdoto-agreement"]);
  });

  it("a speech printed in full, later: 'Mr Y handed me a letter from Prime Minister Z. It invites me to meet him in Auckland in September. I have accepted' (planned, September); 'signed in Rarotonga in June 2001 by Prime Minister A and our own Dr B' (both signed, and met); 'I had expected to receive C in Rarotonga on 5 May. That meeting was called off' (that May); 'at the invitation of Premier D, I will travel to Niue next month' (D invites me; planned)", () => {
    const f = extract("Editor's note: The following is the ministerial statement Prime Minister Tere Ariki delivered in Parliament on Tuesday.\n\nOn 28 April I was in Wellington, where I met Foreign Minister Graham Fletcher. Mr Fletcher handed me a letter from Prime Minister Ian Shaw. It invites me to meet him in Auckland in September. I have accepted.\n\nI remind the House that our principles were restated in the Joint Declaration, signed in Rarotonga in June 2001 by Prime Minister Ruth Page and our own Dr Tangi Puna.\n\nI had expected to receive China's special envoy, Mr Zhou Lin, in Rarotonga on 5 May. That meeting was called off at my request.\n\nFinally, at the invitation of Premier Tane Hekau, I will travel to Niue next month.", "2026-05-20");
    const ms = of(f);
    assertMeetings(ms, [["planned", "2026-09", "person:ian-shaw,person:tere-ariki"], ["held", "2001-06", "person:ruth-page,person:tangi-puna"], ["cancelled", "2026-05-05", "person:tere-ariki,person:zhou-lin"], ["planned", "2026-06", "person:tane-hekau,person:tere-ariki"]]);
    const r = relations(f, ["SIGNED", "INVITED"]);
    assertRelations(r, ["SIGNED person:tangi-puna -> document:joint-declaration", "INVITED person:tane-hekau -> person:tere-ariki", "INVITED person:ian-shaw -> person:tere-ariki"]);
  });

  it("an editorial's history: 'A rode a bus to Lahore and signed the D with B on February 21, 1999' (held there, then); 'C dropped in on Mr B in Lahore on Christmas Day 2015' (held, that day)", () => {
    const f = extract("History is not encouraging. Atal Verma rode a bus to Lahore and signed the Lahore Accord with Nadeem Shah on February 21, 1999. Raj Kapur dropped in on Mr Shah in Lahore on Christmas Day 2015; within a week came the attack.", "2026-02-11");
    assertMeetings(of(f), [["held", "1999-02-21", "person:atal-verma,person:nadeem-shah"], ["held", "2015-12-25", "person:nadeem-shah,person:raj-kapur"]]);
  });

  it("a press review, later: 'X, who arrived on Monday evening and was received on Tuesday morning by Y. … the envoy conveyed a verbal message from W that included an invitation to visit Riyadh in May' (W's message to Y, and W invites Y); 'Y … asked the envoy to convey his thanks to W, whom he last met in Riyadh in March 2025' (held)", () => {
    const f = extract("BEIRUT — 15 April 2026\n\nThe daily leads with the visit of Saudi envoy Prince Khalid bin Saad, who arrived on Monday evening and was received on Tuesday morning by President Elias Haddad at Baabda Palace. According to the daily, the envoy conveyed a verbal message from Crown Prince Sultan bin Fahd that included an invitation to visit Riyadh in May. Haddad accepted, and asked the envoy to convey his thanks to the crown prince, whom he last met in Riyadh in March 2025.", "2026-04-15");
    assertMeetings(of(f), [["held", "2025-03", "person:elias-haddad,person:sultan-bin-fahd"]]);
    const r = relations(f, ["INVITED", "CONVEYED_TO"]);
    assertRelations(r, ["INVITED person:sultan-bin-fahd -> person:elias-haddad", "CONVEYED_TO person:sultan-bin-fahd -> person:elias-haddad", "CONVEYED_TO person:khalid-bin-saad -> person:elias-haddad"]);
  });
});

describe("meetings of the twenty-fifth held-out set's forms (thirty-fourth session)", () => {
  it("a question-time sketch: 'X, G's Foreign Minister, …' is a person though the model reads a place; 'Senator W met him … and he handed it to her' is X; 'she had also, she said, asked her Indonesian counterpart to take the government's condolences to President Y' (W's, through X); 'The letter from Z, she went on, invites Y to Canberra … He has accepted. It is pencilled in for May.' (planned, in Canberra, in May)", () => {
    const f = extract("Senator Mara Quill, the Foreign Minister, said that on March 12 our ambassador in Jakarta, Rowan Tully, called on President Bima Santosa at the Merdeka Palace. The letter from Prime Minister Ewan Hale, she went on, invites Mr Santosa to Canberra for the annual leaders' meeting. He has accepted. It is pencilled in for May.\n\nThe reply came to Canberra in the luggage of Suryono, Indonesia's Foreign Minister, who goes by a single name. Senator Quill met him at Parliament House on Monday, and he handed it to her. She had also, she said, asked her Indonesian counterpart to take the government's condolences to President Santosa.", "2026-03-26");
    const ms = of(f);
    assertMeetings(ms, [["planned", "2026-05", "person:bima-santosa,person:ewan-hale"]]);
    assert.ok(ms.some(([s, , p]) => s === "held" && p === "person:mara-quill,person:suryono"), JSON.stringify(ms));
    const r = relations(f, ["HELD_IN", "MET_WITH", "ASKED", "CONVEYED_VIA", "CONVEYED_TO"]);
    assertRelations(r, ["HELD_IN meeting -> place:canberra", "ASKED person:mara-quill -> person:suryono", "CONVEYED_VIA person:mara-quill -> person:suryono", "CONVEYED_TO person:mara-quill -> person:bima-santosa"]);
    assert.ok(!r.some((x) => x.startsWith("MET_WITH") && x.includes("mara-quill") && x.includes("bima-santosa")), r.join("; "));
  });

  it("'had been due to see Y in L on Friday; that meeting had been called off' (called off); 'X has proposed that he, A and G's Prime Minister B meet in Darwin' (X one of the three, proposed); 'X's first overseas trip as prime minister was to Jakarta in April 1992 to meet Y' (held, there); 'The treaty, on which … still rests, was signed at L in November 2006 by the then foreign ministers, A and B' (both signed, and met there)", () => {
    const f = extract("Deputy Prime Minister Tom Varga had been due to see Hadi Saputra in Jakarta on Friday; that meeting had been called off at the Indonesian side's request. Prime Minister Ewan Hale has proposed that he, President Bima Santosa and Papua New Guinea's Prime Minister Joseph Kila meet in Darwin. Paul Renner's first overseas trip as prime minister was to Jakarta in April 1992 to meet Harto Wiyono. And the Mataram Treaty, on which security co-operation still rests, was signed at Mataram in November 2006 by the then foreign ministers, Alan Dowd and Hasan Wirya.", "2026-03-26");
    const ms = of(f);
    assert.ok(ms.some(([s, , p]) => s === "cancelled" && p === "person:hadi-saputra,person:tom-varga"), JSON.stringify(ms));
    assert.ok(ms.some(([s, , p]) => s === "proposed" && p === "person:bima-santosa,person:ewan-hale,person:joseph-kila"), JSON.stringify(ms));
    assertMeetings(ms, [["held", "1992-04", "person:harto-wiyono,person:paul-renner"], ["held", "2006-11", "person:alan-dowd,person:hasan-wirya"]]);
    assertRelations(relations(f, ["SIGNED", "HELD_IN"]), ["SIGNED person:alan-dowd -> document:mataram-treaty", "SIGNED person:hasan-wirya -> document:mataram-treaty", "HELD_IN meeting -> place:jakarta"]);
  });

  it("a radio bulletin: 'X has accepted an invitation from the chairman of G's council, Gen. Y, to travel to L next month' (planned, there, next month); 'received Z in the presence of the Minister of …, Hon. A, and Sudan's ambassador in Juba, Amb. B' (all at it; B Sudan's); 'the talks he was due to hold with X at J1 this afternoon have been called off'; 'On January 9, 2005, at L in C, he and G's then First Vice President, Y, signed the Z' (the one the sentence before named, there, then)", () => {
    const f = extract("President Deng Mabior has accepted an invitation from the chairman of Sudan's Sovereignty Council, Gen. Yasir Osman, to travel to Port Sudan next month for talks. At State House J1, the President received Lt. Gen. Adil Jabr in the presence of the Minister of Foreign Affairs, Hon. Ajak Lual, and Sudan's ambassador in Juba, Amb. Omar Karrar.\n\nKenya's President Daniel Kibet will not be attending, and the talks he was due to hold with President Mabior at J1 this afternoon have been called off.\n\nThe late Dr. Garang Kuol did not live to see the flag raised. On January 9, 2005, at Nyayo Stadium in Nairobi, he and Sudan's then First Vice President, Ali Taha Osman, signed the Comprehensive Peace Agreement.", "2026-07-09");
    const ms = of(f);
    assertMeetings(ms, [["planned", "2026-08", "person:deng-mabior,person:yasir-osman"], ["cancelled", "2026-07-09", "person:daniel-kibet,person:deng-mabior"], ["held", "2005-01-09", "person:ali-taha-osman,person:garang-kuol"]]);
    assert.ok(ms.some(([s, , p]) => s === "held" && ["adil-jabr", "ajak-lual", "deng-mabior", "omar-karrar"].every((k) => p.includes(`person:${k}`))), JSON.stringify(ms));
    const r = relations(f, ["HOLDS_OFFICE", "SIGNED", "HELD_IN"]);
    assertRelations(r, ["HOLDS_OFFICE person:omar-karrar -> government:sudan", "SIGNED person:garang-kuol -> document:comprehensive-peace-agreement", "HELD_IN meeting -> place:port-sudan", "HELD_IN meeting -> place:nairobi"]);
    assert.ok(!f.entities.some((e) => /first-vice-president|state-house-j1/.test(e.key) && e.kind === "Person"), f.entities.map((e) => e.key).join());
  });

  it("a committee's record: 'Mr. X (High Commissioner of Canada to India, …):' holds that post; a time stamp '(1110)' does not end the witness's turn; 'called on Prime Minister Y at his residence, 7 Lok Kalyan Marg, together with Ms. W, and handed him a letter from Prime Minister Z' (Z's, for Y; W on X's side; the address a place); 'I gave him a letter from Minister A for External Affairs Minister B, which Mr. C undertook to place before his minister' (A's, for B); 'was to host V in Ottawa on Feb. 2. The Indian side called the visit off'", () => {
    const f = extract("Mr. Colin Hart (High Commissioner of Canada to India, Department of Foreign Affairs): Thank you, Mr. Chair. On Jan. 14, I called on Prime Minister Arjun Mehta at his residence, 7 Lok Kalyan Marg, together with Ms. Lise Roy, and handed him a letter from Prime Minister Mark Dunn.\n\nMs. Lise Roy (Assistant Deputy Minister, Asia-Pacific): Thank you. On Jan. 13, I held consultations in New Delhi with Foreign Secretary Vikram Sood. At the end of the session I gave him a letter from Minister Anna Bell for External Affairs Minister Ravi Nair, which Mr. Sood undertook to place before his minister.\n\n(1110)\n\nOn Jan. 16, in Mumbai, I signed the terms of reference of a working group on minerals with Ritu Mehra, an additional secretary.\n\nMinister Raj Sandhu was to host Commerce Minister Vijay Goel in Ottawa on Feb. 2. The Indian side called the visit off on Jan. 29.", "2026-02-09");
    const ms = of(f);
    assertMeetings(ms, [["held", "2026-01-14", "person:arjun-mehta,person:colin-hart,person:lise-roy"], ["held", "2026-01-16", "person:lise-roy,person:ritu-mehra"], ["cancelled", "2026-02-02", "person:raj-sandhu,person:vijay-goel"]]);
    const r = relations(f, ["HOLDS_OFFICE", "CONVEYED_VIA", "CONVEYED_TO", "MET_WITH"]);
    assertRelations(r, ["HOLDS_OFFICE person:colin-hart -> government:canada", "CONVEYED_VIA person:mark-dunn -> person:colin-hart", "CONVEYED_TO person:mark-dunn -> person:arjun-mehta", "CONVEYED_TO person:anna-bell -> person:ravi-nair", "CONVEYED_VIA person:anna-bell -> person:vikram-sood"]);
    assert.ok(!r.some((x) => x.startsWith("MET_WITH") && x.includes("colin-hart") && x.includes("lise-roy")), r.join("; "));
    assert.ok(!f.entities.some((e) => e.key === "person:lok-kalyan-marg"), f.entities.map((e) => e.key).join());
  });

  it("a news quiz: its options ('A. …' to 'D. …', lines of their own) tell nothing; an answer's label 'B. X, the US ambassador to Ireland, handed the Taoiseach the President's letter' is no initial (X's, from the US president of two presidents the story names, for the Taoiseach); 'The letter invites the Taoiseach to the White House in March … He has said yes.' (planned); 'It invites her to the Vatican, and she will go in December' (planned)", () => {
    const f = extract("1. Which ambassador called on Taoiseach Sean Dolan with a letter from US President Dan Reeve?\n\nA. Claire Moss\nB. Ted Walsh\nC. Joe Kerr\nD. Will Stone\n\n2. Who brought President Catherine Nolan a letter from Pope Leo?\n\nA. Archbishop Pietro Rossi\nB. Archbishop Luis Monte\n\n3. The talks went ahead as planned?\n\nAnswers\n\n1. B. Ted Walsh, the US ambassador to Ireland, handed the Taoiseach the President's letter at Government Buildings on Tuesday. Taoiseach Sean Dolan asked him to pass his acceptance on.\n\n2. The letter invites the Taoiseach to the White House in March. He has said yes.\n\n3. B. The papal nuncio to Ireland, Archbishop Luis Monte, delivered Pope Leo's letter to President Nolan on Wednesday. It invites her to the Vatican, and she will go in December.", "2026-10-17");
    const keys = f.entities.map((e) => e.key);
    assert.ok(!keys.some((k) => /claire-moss|joe-kerr|will-stone|pietro-rossi|b-ted-walsh/.test(k)), keys.join());
    const r = relations(f, ["CONVEYED_VIA", "CONVEYED_TO", "INVITED"]);
    assertRelations(r, ["CONVEYED_VIA person:dan-reeve -> person:ted-walsh", "CONVEYED_TO person:dan-reeve -> person:sean-dolan", "CONVEYED_TO person:ted-walsh -> person:sean-dolan", "INVITED person:leo -> person:catherine-nolan"]);
    const ms = of(f);
    assert.ok(ms.some(([s, , p]) => s === "planned" && p === "person:catherine-nolan,person:leo"), JSON.stringify(ms));
    assert.ok(ms.some(([s, , p]) => s === "held" && p === "person:sean-dolan,person:ted-walsh"), JSON.stringify(ms));
  });

  it("a children's explainer: 'The invitation came in a letter from the US President, X. It was delivered to King Y at L on 5 March by Z' (X's, through Z, for Y; Z met Y); 'the King and Queen welcomed Mr X and the First Lady, W' (hosts and guests two sides); 'met the president at the time, V, at the White House' (V, not the president of the day); 'carried a letter from the King to Washington and handed it to Mr X in the Oval Office' (for X, who met the carrier)", () => {
    const f = extract("King Edmund has said yes to an invitation to visit the United States in July. The invitation came in a letter from the US President, Dan Reeve. It was delivered to the King at Clarence House on 5 March by Walt Stevens, the US ambassador to the UK. Queen Mary will travel with the King.\n\nIn February 2025, the Prime Minister, Keith Sumner, carried a letter from the King to Washington and handed it to Mr Reeve in the Oval Office. Last September, the King and Queen welcomed Mr Reeve and the First Lady, Mona Reeve, to Windsor Castle.\n\nIn July 1976, Queen Elspeth visited the US and met the president at the time, Gerald Fork, at the White House.", "2026-03-14");
    const r = relations(f, ["CONVEYED_VIA", "CONVEYED_TO", "MET_WITH"]);
    assertRelations(r, ["CONVEYED_VIA person:dan-reeve -> person:walt-stevens", "CONVEYED_TO person:walt-stevens -> person:edmund", "CONVEYED_TO person:dan-reeve -> person:edmund", "CONVEYED_TO person:keith-sumner -> person:dan-reeve"]);
    assert.ok(!r.some((x) => x.startsWith("MET_WITH") && x.includes("dan-reeve") && x.includes("mona-reeve")), r.join("; "));
    assert.ok(!r.some((x) => x.startsWith("MET_WITH") && x.includes("dan-reeve") && x.includes("elspeth")), r.join("; "));
    const ms = of(f);
    assertMeetings(ms, [["held", "2026-03-05", "person:edmund,person:walt-stevens"], ["held", "1976-07", "person:elspeth,person:gerald-fork"]]);
    assert.ok(ms.some(([s, , p]) => s === "held" && p === "person:dan-reeve,person:keith-sumner"), JSON.stringify(ms));
  });

  it("a list 'in numbers' from a paper naming its own officials by bare posts ('Foreign Minister X', 'Prime Minister Y') and others' with their state: the paper's state is theirs; 'Hun Sen received X at the Senate, with Deputy Foreign Minister Z also at the table, and took To Lam's letter from him' (To Lam's, through X, for Hun Sen; Z on X's side)", () => {
    const f = extract("Foreign Minister Le Hoai Trung flew to Phnom Penh on Feb. 23 with two letters. One was from Prime Minister Pham Minh Chinh; the other was meant for Cambodian Prime Minister Hun Manet. Hun Sen received Trung at the Senate that afternoon, with Deputy Foreign Minister Nguyen Thu Ha also at the table, and took To Lam's letter from him.", "2026-02-27");
    const r = relations(f, ["HOLDS_OFFICE", "CONVEYED_VIA", "CONVEYED_TO", "MET_WITH"]);
    assertRelations(r, ["HOLDS_OFFICE person:nguyen-thu-ha -> government:vietnam", "CONVEYED_VIA person:to-lam -> person:le-hoai-trung", "CONVEYED_TO person:to-lam -> person:hun-sen", "CONVEYED_TO person:le-hoai-trung -> person:hun-sen"]);
    assert.ok(r.some((x) => x.startsWith("MET_WITH") && x.includes("hun-sen") && x.includes("nguyen-thu-ha")), r.join("; "));
    assert.ok(!r.some((x) => x.startsWith("MET_WITH") && x.includes("le-hoai-trung") && x.includes("nguyen-thu-ha")), r.join("; "));
  });

  it("'The length of X's talks with Y at L on the morning of Feb. 24' (held); 'A attended on the Cambodian side and B on the Vietnamese side' (both at them, each on the side named after the name); 'On Feb. 18, 1979, in L, then Prime Minister C and D, then head of …, signed the Treaty …' (met there, then)", () => {
    const f = extract("Foreign Minister Le Hoai Trung arrived. The length of Trung's talks with Hun Manet at the Peace Palace on the morning of Feb. 24. Deputy Prime Minister Prak Sokhonn attended on the Cambodian side and Deputy Foreign Minister Nguyen Thu Ha on the Vietnamese side. On Feb. 18, 1979, in Phnom Penh, then Prime Minister Pham Van Dong and Heng Samrin, then head of Cambodia's People's Revolutionary Council, signed the Treaty of Peace.", "2026-02-27");
    const ms = of(f);
    assertMeetings(ms, [["held", "2026-02-24", "person:hun-manet,person:le-hoai-trung,person:nguyen-thu-ha,person:prak-sokhonn"], ["held", "1979-02-18", "person:heng-samrin,person:pham-van-dong"]]);
    const r = relations(f, ["HOLDS_OFFICE", "MET_WITH"]);
    assertRelations(r, ["HOLDS_OFFICE person:nguyen-thu-ha -> government:vietnam", "HOLDS_OFFICE person:prak-sokhonn -> government:cambodia"]);
    assert.ok(r.some((x) => x.startsWith("MET_WITH") && x.includes("hun-manet") && x.includes("nguyen-thu-ha")), r.join("; "));
    assert.ok(!r.some((x) => x.startsWith("MET_WITH") && x.includes("le-hoai-trung") && x.includes("nguyen-thu-ha")), r.join("; "));
  });

  it("a documentary review: 'On Jan. 9, the film shows, X received G's special envoy for the Korean Peninsula, Y, … and entrusted her with a message for Z' (X's, through Y, for Z; X met Y); 'The message invites the North Korean leader to a summit' (X invites Z); 'the envoy … put it into the hands of W' (Y met W); 'a note addressed to X, which Y passed to G's ambassador in L, V, on Jan. 27' (W's, through Y and V, for X)", () => {
    const f = extract("On Jan. 9, the film shows, Prime Minister Emi Sato received Sweden's special envoy for the Korean Peninsula, Anna Lind, at her office and entrusted her with a message for Kim Jong Un. The message invites the North Korean leader to a summit \"at any time\".\n\nLind took it to Pyongyang. On Jan. 22, the envoy put it into the hands of Foreign Minister Choe Son Hui.\n\nChoe, however, did send something back: a note addressed to Sato, which Lind passed to Japan's ambassador in Stockholm, Hiro Mori, on Jan. 27.", "2026-02-21");
    const ms = of(f);
    assertMeetings(ms, [["held", "2026-01-09", "person:anna-lind,person:emi-sato"], ["held", "2026-01-27", "person:anna-lind,person:hiro-mori"]]);
    assert.ok(ms.some(([s, , p]) => s === "held" && p === "person:anna-lind,person:choe-son-hui"), JSON.stringify(ms));
    assert.ok(ms.some(([s, , p]) => s === "proposed" && p === "person:emi-sato,person:kim-jong-un"), JSON.stringify(ms));
    const r = relations(f, ["INVITED", "CONVEYED_VIA", "CONVEYED_TO"]);
    assertRelations(r, ["INVITED person:emi-sato -> person:kim-jong-un", "CONVEYED_VIA person:emi-sato -> person:anna-lind", "CONVEYED_TO person:emi-sato -> person:kim-jong-un", "CONVEYED_TO person:anna-lind -> person:choe-son-hui", "CONVEYED_VIA person:choe-son-hui -> person:anna-lind", "CONVEYED_VIA person:choe-son-hui -> person:hiro-mori", "CONVEYED_TO person:choe-son-hui -> person:emi-sato"]);
  });

  it("a flight-tracking investigation: 'X had received Y, with Z taking part in the talks' (Z at it); 'the Iranian guest \"passed on a message from the Supreme Leader of Iran, W\"' (the one received, for X); 'X asked Y to convey his \"warm regards\" to President V, together with an invitation to visit Russia' (invited) and 'it had been accepted' (planned); 'V was last in Moscow on January 17, 2025, when he and X signed the Treaty … in the Kremlin' (met there, then); 'X's last face-to-face meeting with W was in Tehran, on July 19, 2022' (held)", () => {
    const f = extract("The next day, the Kremlin confirmed that Vladimir Putin had received Ali Larijani, with Security Council Secretary Sergei Shoigu taking part in the talks. According to the Kremlin, the Iranian guest \"passed on a message from the Supreme Leader of Iran, Ayatollah Ali Khamenei.\"\n\nPutin asked Larijani to convey his \"warm regards\" to President Masoud Pezeshkian, together with an invitation to visit Russia in the spring. Pezeshkian's office said that Larijani had relayed the invitation and that it had been accepted. Pezeshkian himself was last in Moscow on January 17, 2025, when he and Putin signed the Treaty on Comprehensive Strategic Partnership in the Kremlin. Putin's last face-to-face meeting with Khamenei was in Tehran, on July 19, 2022.", "2026-03-04");
    const ms = of(f);
    assert.ok(ms.some(([s, , p]) => s === "held" && p === "person:ali-larijani,person:sergei-shoigu,person:vladimir-putin"), JSON.stringify(ms));
    assertMeetings(ms, [["held", "2025-01-17", "person:masoud-pezeshkian,person:vladimir-putin"], ["held", "2022-07-19", "person:ali-khamenei,person:vladimir-putin"]]);
    assert.ok(ms.some(([s, , p]) => s === "planned" && p === "person:masoud-pezeshkian,person:vladimir-putin"), JSON.stringify(ms));
    const r = relations(f, ["INVITED", "CONVEYED_VIA", "CONVEYED_TO"]);
    assertRelations(r, ["INVITED person:vladimir-putin -> person:masoud-pezeshkian", "CONVEYED_VIA person:ali-khamenei -> person:ali-larijani", "CONVEYED_TO person:ali-khamenei -> person:vladimir-putin"]);
  });
});

describe("names and posts of the twenty-fifth held-out set's forms (thirty-fourth session)", () => {
  it("'X said that on March 12 the ambassador called on President Y': the one who said it is not the caller (the ambassador, if named before, is)", () => {
    const none = relations(extract("Senator Mara Quill, the Foreign Minister, said that on March 12 the ambassador called on President Bima Santosa at the palace.", "2026-03-26"), ["MET_WITH"]);
    assert.deepEqual(none, []);
    const named = relations(extract("Ambassador Rowan Tully arrived in Jakarta. Mara Quill said the ambassador met President Bima Santosa on Tuesday.", "2026-03-26"), ["MET_WITH"]);
    assert.ok(named.length === 1 && named[0].includes("bima-santosa") && named[0].includes("rowan-tully"), named.join("; "));
  });
  it("'G's Transitional Sovereignty Council … a member of the Sovereignty Council, Lt. Gen. X': one body, and X holds a post of G; 'X, the Minister of State for European Affairs.' and 'Y, now Tánaiste and Minister for Finance,' are posts of the paper's own state, told by its officials named by bare posts", () => {
    const f = extract("President Deng Mabior accepted an invitation from the chairman of Sudan's Transitional Sovereignty Council, Gen. Yasir Osman. The invitation came in a message from Gen. Osman, which a member of the Sovereignty Council, Lt. Gen. Adil Jabr, brought to Juba.", "2026-07-09");
    const r = relations(f, ["HOLDS_OFFICE"]);
    assertRelations(r, ["HOLDS_OFFICE person:adil-jabr -> government:sudan"]);
    assert.ok(!f.entities.some((e) => e.key === "organization:sovereignty-council"), f.entities.map((e) => e.key).join());
    const g = extract("Foreign Affairs Minister Helen McEntee and President Catherine Connolly met Pope Leo XIV. Thomas Burke, the Minister of State for European Affairs. Simon Harris, now Tánaiste and Minister for Finance, hosted British Prime Minister Keir Starmer at Farmleigh.", "2026-10-17");
    assertRelations(relations(g, ["HOLDS_OFFICE"]), ["HOLDS_OFFICE person:thomas-burke -> government:ireland", "HOLDS_OFFICE person:simon-harris -> government:ireland"]);
  });
});

describe("meetings of the twenty-sixth held-out set's forms (thirty-fifth session)", () => {
  it("a thread of posts put back together: 'X published 11 posts on X about his trip' makes the posts' quoted 'I' X's; 'I handed Secretary A a letter from President B for President C' and 'A tells me he delivered the President's letter to President C' (through X and A, for C); 'Productive first meeting with Ambassador D' (X's, held, on the day of the heading over it); 'I'll be back in L on June 2 for the second round with Ambassador D' (planned, another meeting)", () => {
    const f = extract("Trade Minister Pablo Arriaga does not travel quietly. Between Monday and Thursday he published 11 posts on X about his trip to Washington.\n\nMonday, 4:47 p.m.\n\n\"Productive first meeting with Ambassador Dana Whitcombe on the joint review.\"\n\nTuesday, 11:30 a.m.\n\n\"I handed Secretary Owen Marsh a letter from President Lucia Ferrer for President Donald Trump.\"\n\nTuesday, 9:05 p.m.\n\n\"Secretary Marsh tells me he delivered the President's letter to President Trump this evening.\"\n\nThursday, 7:30 a.m.\n\n\"I'll be back in Washington on June 2 for the second round with Ambassador Whitcombe.\"", "2026-05-21");
    const ms = of(f);
    assertMeetings(ms, [["held", "2026-05-18", "person:dana-whitcombe,person:pablo-arriaga"], ["planned", "2026-06-02", "person:dana-whitcombe,person:pablo-arriaga"]]);
    const r = relations(f, ["CONVEYED_VIA", "CONVEYED_TO"]);
    assertRelations(r, ["CONVEYED_VIA person:lucia-ferrer -> person:pablo-arriaga", "CONVEYED_VIA person:lucia-ferrer -> person:owen-marsh", "CONVEYED_TO person:pablo-arriaga -> person:owen-marsh", "CONVEYED_TO person:lucia-ferrer -> person:donald-trump", "CONVEYED_TO person:owen-marsh -> person:donald-trump"]);
  });

  it("a post that denies what a newsletter reported: 'had reported that X met Vice President Y … X's reply: \"False. I have not met Vice President Y\"' is no meeting; 'The attached photo shows X and Z across a table from G's W at L' (the three, X and Z one side); 'A and B met … on Dec. 5 at the C in L, where …, together with G's Prime Minister D' (all three)", () => {
    const f = extract("Economy Minister Pablo Arriaga published 11 posts on X about his trip.\n\nWednesday, 6:40 p.m.\n\nA trade newsletter had reported that afternoon that Arriaga met Vice President Tom Keel at his residence on Tuesday night. Arriaga's reply: \"False. I have not met Vice President Keel, not there and not anywhere else.\"", "2026-05-21");
    assert.deepEqual(relations(f, ["MET_WITH"]), []);
    const g = extract("The attached photo shows Pablo Arriaga and Ambassador Rosa Quintero across a table from U.S. Trade Representative Dana Whitcombe at the Winder Building.", "2026-05-21");
    const r = relations(g, ["MET_WITH"]);
    assert.ok(r.length === 2 && r.every((x) => x.includes("dana-whitcombe")), r.join("; "));
    const h = extract("Lucia Ferrer and Donald Trump met in person for the first time on Dec. 5 at the Kennedy Center in Washington, where the draw was held, together with Canadian Prime Minister Mark Carney.", "2026-05-21");
    assert.equal(relations(h, ["MET_WITH"]).length, 3);
  });

  it("'X did, at her press conference on Wednesday: it invites Y to the opening match of the World Cup at L on June 11' (the letter told before, X's: X invites Y)", () => {
    const f = extract("Pablo Arriaga handed Owen Marsh a letter from President Lucia Ferrer for President Donald Trump. Arriaga did not say what the letter contained. Ferrer did, at her press conference on Wednesday: it invites Trump to the opening match of the World Cup at Azteca Stadium on June 11.", "2026-05-21");
    assertRelations(relations(f, ["INVITED"]), ["INVITED person:lucia-ferrer -> person:donald-trump"]);
  });

  it("a corrections column: 'An article … said that X had handed a letter from A to G's foreign minister, B. That was wrong.' tells no handover to B; 'X was received on 8 May at the Diaoyutai state guesthouse in L by the vice-president, C, and it was to C that he gave the letter, which is addressed to President D' (X met C; A's, through X and C, for D); 'The letter invites D to visit the UK' told five sentences after the letter (A invites D)", () => {
    const f = extract("An article (Envoy takes letter to Beijing, 11 May) said that Tom Ashby had handed a letter from Keir Starmer to China's foreign minister, Wang Yi. That was wrong. Ashby was received on 8 May at the Diaoyutai state guesthouse in Beijing by the vice-president, Han Zheng, and it was to Han that he gave the letter, which is addressed to President Xi Jinping. Wang was in Brasília that day. The article went on to imply otherwise. The letter invites Xi to visit the UK in the autumn.", "2026-05-15");
    const r = relations(f, ["CONVEYED_VIA", "CONVEYED_TO", "INVITED", "MET_WITH"]);
    assert.ok(!r.some((x) => x.includes("wang-yi")), r.join("; "));
    assertRelations(r, ["MET_WITH person:tom-ashby -> person:han-zheng", "CONVEYED_VIA person:keir-starmer -> person:tom-ashby", "CONVEYED_VIA person:keir-starmer -> person:han-zheng", "CONVEYED_TO person:tom-ashby -> person:han-zheng", "CONVEYED_TO person:keir-starmer -> person:xi-jinping", "INVITED person:keir-starmer -> person:xi-jinping"]);
  });

  it("'The agreement was signed at Hillsborough Castle, Co Down, on 15 November 1985 by A and B' (the Anglo-Irish agreement told before; both signed it, and met there; Co Down a place); 'C, at the time a first secretary …, was in the room as the British note-taker' (at it); 'would hold talks with her Turkish counterpart, Y, in Ankara on 20 May. The Foreign Office had called the meeting off' (cancelled)", () => {
    const f = extract("An obituary of the diplomat Hugh Penrose said that he had signed the Anglo-Irish agreement. The agreement was signed at Hillsborough Castle, Co Down, on 15 November 1985 by Mary Thorne and Colm Fitzpatrick, who was then taoiseach. Penrose, at the time a first secretary at the British embassy in Dublin, was in the room as the British note-taker.", "2026-05-15");
    assertRelations(relations(f, ["SIGNED"]), ["SIGNED person:mary-thorne -> document:anglo-irish-agreement", "SIGNED person:colm-fitzpatrick -> document:anglo-irish-agreement"]);
    assertMeetings(of(f), [["held", "1985-11-15", "person:colm-fitzpatrick,person:hugh-penrose,person:mary-thorne"]]);
    assert.ok(f.entities.some((e) => e.key === "place:co-down"), f.entities.map((e) => e.key).join());
    const g = extract("An article said the foreign secretary, Yvette Cooper, would hold talks with her Turkish counterpart, Hakan Fidan, in Ankara on 20 May. The Foreign Office had called the meeting off the day before the article was published.", "2026-05-15");
    assertMeetings(of(g), [["cancelled", "2026-05-20", "person:hakan-fidan,person:yvette-cooper"]]);
  });

  it("a gossip column: 'X called on Minister Y at H and, we are told, handed over a letter from President Z addressed to Prime Minister W' (Z's, through X and Y, for W); 'Y carried it across to 7, Lok Kalyan Marg the same evening' (to W); 'President A, who received B at the President's Office in L on August 12, gave him a message for the PM and asked him to deliver it personally. B did so on Tuesday.' (A asked B; through B, to the prime minister)", () => {
    const f = extract("Prime Minister Ravi Menon was away. Sri Lanka's Foreign Minister Nimal Perera called on External Affairs Minister Arun Kapoor at Hyderabad House and, we are told, handed over a letter from President Lal Silva addressed to Prime Minister Ravi Menon. Kapoor carried it across to 7, Lok Kalyan Marg the same evening.\n\nPresident Hassan Rasheed, who received High Commissioner Vikas Rao at the President's Office in Malé on August 12, gave him a message for the PM and asked him to deliver it personally. Rao did so on Tuesday.", "2026-08-21");
    const r = relations(f, ["CONVEYED_VIA", "CONVEYED_TO", "ASKED"]);
    assertRelations(r, ["CONVEYED_VIA person:lal-silva -> person:nimal-perera", "CONVEYED_VIA person:lal-silva -> person:arun-kapoor", "CONVEYED_TO person:nimal-perera -> person:arun-kapoor", "CONVEYED_TO person:lal-silva -> person:ravi-menon", "CONVEYED_TO person:arun-kapoor -> person:ravi-menon"]);
    assert.ok(!r.includes("CONVEYED_TO person:lal-silva -> person:arun-kapoor"), r.join("; "));
    assertRelations(r, ["ASKED person:hassan-rasheed -> person:vikas-rao", "CONVEYED_VIA person:hassan-rasheed -> person:vikas-rao", "CONVEYED_TO person:hassan-rasheed -> person:ravi-menon", "CONVEYED_TO person:vikas-rao -> person:ravi-menon"]);
  });

  it("'At V, he and G's Trade Minister T signed the D, closing a negotiation that, by X's own count, took …' (he is X: both signed, and met there); 'The two first sat across the table on the deal in the Capital in March 2025' (held, then); 'X's August 25 visit to Riyadh, where he was to co-chair a committee of the C with G's Foreign Minister Y, has been called off … The two ministers will now meet in New York next month' (cancelled, then planned)", () => {
    const f = extract("Commerce Minister Anil Varma had reason to smile on Monday. At Vanijya Bhawan, he and New Zealand's Trade Minister Tom Brady signed the free trade agreement, closing a negotiation that, by Varma's own count, took fourteen rounds. The two first sat across the table on the deal in the Capital in March 2025.", "2026-08-21");
    assertRelations(relations(f, ["SIGNED"]), ["SIGNED person:anil-varma", "SIGNED person:tom-brady"]);
    const ms = of(f);
    assert.equal(ms.filter(([s, , p]) => s === "held" && p === "person:anil-varma,person:tom-brady").length, 2, JSON.stringify(ms));
    const g = extract("External Affairs Minister Arun Kapoor met him. Kapoor's August 25 visit to Riyadh, where he was to co-chair a ministerial committee of the Strategic Partnership Council with Saudi Foreign Minister Faisal Al Harbi, has been called off. The two ministers will now meet on the margins of the UN General Assembly in New York next month instead.", "2026-08-21");
    const gs = of(g);
    assert.ok(gs.some(([s, , p]) => s === "cancelled" && p === "person:arun-kapoor,person:faisal-al-harbi"), JSON.stringify(gs));
    assert.ok(gs.some(([s, , p]) => s === "planned" && p === "person:arun-kapoor,person:faisal-al-harbi"), JSON.stringify(gs));
  });

  it("a paper that names its own officials by bare posts is their state's even when it names its envoy abroad with the state ('India's High Commissioner in L, X') or its spokesperson by the ministry's short name ('MEA spokesperson Y'): a bare post of another of its officials is that state's", () => {
    const f = extract("External Affairs Minister S Jaishankar met Sri Lanka's Foreign Minister Vijitha Herath. Prime Minister Narendra Modi was away. India's High Commissioner in Malé, Anurag Mathur, was in Delhi. MEA spokesperson Randhir Jaiswal declined to comment. Commerce Minister Anil Varma smiled.", "2026-08-21");
    assertRelations(relations(f, ["HOLDS_OFFICE"]), ["HOLDS_OFFICE person:anil-varma -> government:india"]);
  });
});

describe("names, posts and meetings of the twenty-sixth held-out set's later forms (thirty-fifth session)", () => {
  it("an official release's posts: 'Minister of Foreign Affairs and Expatriates of the Syrian Arab Republic X' and '… of the Democratic Republic of the Congo HE Y' are those states' (not the Republic of the Congo's); 'Special Envoy of the President of the DRC HE Z' a post of the DRC; 'Minister of State at the Ministry of Foreign Affairs HE Dr. W' a post, of the paper's state ('Doha, Qatar' on its own line)", () => {
    const f = extract("The Peninsula\nDoha, Qatar\n\nMinister of State at the Ministry of Foreign Affairs HE Dr. Khalid Al Rumaihi meets Minister of Foreign Affairs of the Democratic Republic of the Congo HE Odile Mbuyi in Doha on Monday. HH the Amir receives HE Minister of Foreign Affairs and Expatriates of the Syrian Arab Republic Omar Haddad at the Amiri Diwan. The protocol was signed by Special Envoy of the President of the DRC HE Paul Kanza.", "2026-04-23");
    assertRelations(relations(f, ["HOLDS_OFFICE"]), ["HOLDS_OFFICE person:odile-mbuyi -> government:dr-congo", "HOLDS_OFFICE person:omar-haddad -> government:syria", "HOLDS_OFFICE person:paul-kanza -> government:dr-congo", "HOLDS_OFFICE person:khalid-al-rumaihi -> government:qatar"]);
  });

  it("a photo gallery's captions under a bracketed credit, '(Pic: X)', told in the present: 'HH the Amir receives … on Sunday morning' (held); 'Y conveyed to HH the Amir the greetings of HE President Z, along with a verbal message that included an invitation to visit L' (Z invites the Amir); 'During the meeting, A handed B a written message addressed to HH the Amir from HE President C' (C's, through A and B, for the Amir); 'B looks on as the Protocol … is signed at a hotel in L on Tuesday evening by D, head of …, and E, head of …' (both signed; the three met, apart from the meeting before)", () => {
    const f = extract("1.\nHH the Amir Sheikh Tamim bin Hamad Al Thani receives HE Foreign Minister Omar Haddad at the Amiri Diwan on Sunday morning. HE Haddad conveyed to HH the Amir the greetings of HE President Karim Saleh, along with a verbal message that included an invitation to visit Damascus.\n(Pic: Amiri Diwan)\n\n2.\nHE Dr. Khalid Al Rumaihi meets HE Odile Mbuyi in Doha on Monday. During the meeting, HE Odile Mbuyi handed HE Dr. Al Rumaihi a written message addressed to HH the Amir from HE President Felix Kalonji.\n(Pic: MoFA)\n\n3.\nHE Dr. Al Rumaihi looks on as the Protocol on the Exchange of Detainees is signed at a hotel in West Bay on Tuesday evening by Paul Kanza, head of the government delegation, and Jean Bisimwa, head of the rebel delegation.\n(Pic: QNA)", "2026-04-23");
    const ms = of(f);
    assert.ok(ms.some(([s, , p]) => s === "held" && p === "person:omar-haddad,person:tamim-bin-hamad-al-thani"), JSON.stringify(ms));
    assert.ok(ms.some(([s, , p]) => s === "held" && p === "person:jean-bisimwa,person:khalid-al-rumaihi,person:paul-kanza"), JSON.stringify(ms));
    const r = relations(f, ["INVITED", "CONVEYED_VIA", "CONVEYED_TO", "SIGNED", "MET_WITH"]);
    assertRelations(r, ["INVITED person:karim-saleh -> person:tamim-bin-hamad-al-thani", "CONVEYED_VIA person:felix-kalonji -> person:odile-mbuyi", "CONVEYED_VIA person:felix-kalonji -> person:khalid-al-rumaihi", "CONVEYED_TO person:felix-kalonji -> person:tamim-bin-hamad-al-thani", "SIGNED person:paul-kanza", "SIGNED person:jean-bisimwa"]);
    assert.ok(!r.some((x) => x.startsWith("MET_WITH") && x.includes("odile-mbuyi") && x.includes("jean-bisimwa")), r.join("; "));
  });

  it("a reporter's diary from 'Nuku'alofa, Tonga': 'the Prime Minister, Hon. Lord X,' holds the post; 'welcomed Lord X and Hon. Y at the Beehive' (both); 'the two Prime Ministers signed the Statement' (the two named before); 'he was hosted by the then Prime Minister, Hon. Z' (held); 'G's High Commissioner, W, called on the Prime Minister with a letter from G's Prime Minister, V, inviting Lord X to L' (V's, through W, for X)", () => {
    const f = extract("By Sela Vea\n\nNuku'alofa, Tonga\n\nOur reporter travelled with the Prime Minister, Hon. Lord Fakafanua, and the Minister of Foreign Affairs, Hon. Sione Kava. Prime Minister Christopher Luxon welcomed Lord Fakafanua and Hon. Kava at the Beehive in Wellington. Afterwards, in the Banquet Hall, the two Prime Ministers signed the Statement of Partnership. Mr Luxon knows Nuku'alofa: he was last there in August 2024, when he was hosted by the then Prime Minister, Hon. Pita Taufa. Samoa's High Commissioner to New Zealand, Tavita Leota, called on the Prime Minister with a letter from Samoa's Prime Minister, Fiame Tuala, inviting Lord Fakafanua to Apia.", "2026-06-16");
    const r = relations(f, ["HOLDS_OFFICE", "MET_WITH", "SIGNED", "CONVEYED_VIA", "CONVEYED_TO"]);
    assertRelations(r, ["HOLDS_OFFICE person:fakafanua -> government:tonga", "MET_WITH person:christopher-luxon -> person:sione-kava", "SIGNED person:christopher-luxon", "SIGNED person:fakafanua", "CONVEYED_VIA person:fiame-tuala -> person:tavita-leota", "CONVEYED_TO person:fiame-tuala -> person:fakafanua", "CONVEYED_TO person:tavita-leota -> person:fakafanua"]);
    assert.ok(of(f).some(([s, d, p]) => s === "held" && d === "2024-08" && p === "person:christopher-luxon,person:pita-taufa"), JSON.stringify(of(f)));
  });

  it("a newsletter: 'It was in L, on March 13, 2025, that the two presidents signed the treaty on the Kyrgyz-Tajik state border' (the two presidents named before; met there, then; not the treaty named later); 'X has proposed hosting Y in L …, the anniversary of the Treaty on Allied Relations, which the two presidents signed in L2 in December 2022' (X and Y signed it and met then; the proposal is of the new meeting only)", () => {
    const f = extract("Tajik President Emomali Rahmon wrote to Kyrgyz President Sadyr Japarov. It was in Bishkek, on March 13, 2025, that the two presidents signed the treaty on the Kyrgyz-Tajik state border, ending decades of dispute.\n\nKazakh President Kassym-Jomart Tokayev has proposed hosting Uzbek President Shavkat Mirziyoyev in Turkistan in November, a few weeks before the anniversary of the Treaty on Allied Relations, which the two presidents signed in Tashkent in December 2022.", "2026-09-07");
    const r = relations(f, ["SIGNED", "PROPOSED"]);
    assertRelations(r, ["SIGNED person:sadyr-japarov -> document:treaty-on-the-kyrgyz-tajik-state-border", "SIGNED person:emomali-rahmon -> document:treaty-on-the-kyrgyz-tajik-state-border", "SIGNED person:kassym-jomart-tokayev -> document:treaty-on-allied-relations", "SIGNED person:shavkat-mirziyoyev -> document:treaty-on-allied-relations"]);
    assert.ok(!r.some((x) => x.includes("tokayev") && x.includes("kyrgyz-tajik")), r.join("; "));
    const ms = of(f);
    assertMeetings(ms, [["held", "2025-03-13", "person:emomali-rahmon,person:sadyr-japarov"], ["held", "2022-12", "person:kassym-jomart-tokayev,person:shavkat-mirziyoyev"]]);
    assert.equal(r.filter((x) => x.startsWith("PROPOSED")).length, 1, r.join("; "));
  });

  it("an exhibition review: 'the General Framework Agreement for Peace in G, signed at the Élysée Palace in Paris on 14 December 1995 by A, B and C' (all signed; met there, then); 'a note that C gave US negotiator D on the night of 20 November 1995, and which D carried across the base to A's quarters' (C's, through D, for A; C met D, D met A) — C a person though the model reads a body; 'French Ambassador to BiH E handed X a letter … X … asked the ambassador to convey his thanks' (E, not an ambassador named only later); 'was to show F around the exhibition on Wednesday. That visit was called off' (cancelled)", () => {
    const f = extract("At its centre is a copy of the General Framework Agreement for Peace in Bosnia and Herzegovina, signed at the Élysée Palace in Paris on 14 December 1995 by Alija Izetbegović, Franjo Tuđman and Slobodan Milošević. It is a note that Slobodan Milošević gave US negotiator Richard Holbrooke on the night of 20 November 1995, and which Holbrooke carried across the base to Izetbegović's quarters before midnight.\n\nBefore the speeches, French Ambassador to BiH Claire Dumas handed Presidency member Denis Bećirović a letter from President Emmanuel Macron. Bećirović accepted and asked the ambassador to convey his thanks to President Macron.\n\nPresidency member Željko Komšić was to show Croatian President Zoran Milanović around the exhibition on Wednesday. That visit was called off, Komšić's office confirmed.\n\nA portal wrote that Russian Ambassador Igor Kalabukhov had come to the opening.", "2025-11-20");
    const r = relations(f, ["SIGNED", "CONVEYED_VIA", "CONVEYED_TO", "ASKED"]);
    assertRelations(r, ["SIGNED person:alija-izetbegovic", "SIGNED person:franjo-tudman", "SIGNED person:slobodan-milosevic", "CONVEYED_VIA person:slobodan-milosevic -> person:richard-holbrooke", "CONVEYED_TO person:richard-holbrooke -> person:alija-izetbegovic", "CONVEYED_TO person:slobodan-milosevic -> person:alija-izetbegovic", "ASKED person:denis-becirovic -> person:claire-dumas"]);
    assert.ok(!r.some((x) => x.includes("kalabukhov")), r.join("; "));
    const ms = of(f);
    assertMeetings(ms, [["held", "1995-12-14", "person:alija-izetbegovic,person:franjo-tudman,person:slobodan-milosevic"], ["held", "1995-11-20", "person:richard-holbrooke,person:slobodan-milosevic"]]);
    assert.ok(ms.some(([s, , p]) => s === "held" && p === "person:alija-izetbegovic,person:richard-holbrooke"), JSON.stringify(ms));
    assert.ok(ms.some(([s, , p]) => s === "cancelled" && p === "person:zeljko-komsic,person:zoran-milanovic"), JSON.stringify(ms));
  });

  it("a leaked memo's quotations: '\"On Monday 9 March, I was received by H.E. Prime Minister A at the Office,\" the ambassador writes. \"The Minister, H.E. B, was present. I handed H.E. the Prime Minister the letter of H.E. the President.\"' (the ambassador the quotation's I: met A and B; the President's letter, through her, for A); 'A then asked the ambassador to convey to C \"his brotherly greetings … to the Ankara process\". The memo records that she did so' (A's, through her, to C, not to Türkiye)", () => {
    const f = extract("A memo is signed by Ambassador Hodan Warsame. President Hassan Sheikh Mohamud is in Mogadishu.\n\n\"On Monday 9 March, I was received by H.E. Prime Minister Abiy Ahmed at the Office of the Prime Minister,\" the ambassador writes. \"The Minister of Foreign Affairs, H.E. Gedion Timothewos, was present. I handed H.E. the Prime Minister the letter of H.E. the President.\"\n\nAbiy then asked the ambassador to convey to Hassan Sheikh \"his brotherly greetings and Ethiopia's continued commitment to the Ankara process\". The memo records that she did so in person on her return to Mogadishu on March 11.", "2026-03-19");
    const ms = of(f);
    assert.ok(ms.some(([s, , p]) => s === "held" && p === "person:abiy-ahmed,person:gedion-timothewos,person:hodan-warsame"), JSON.stringify(ms));
    const r = relations(f, ["CONVEYED_VIA", "CONVEYED_TO"]);
    assertRelations(r, ["CONVEYED_VIA person:hassan-sheikh-mohamud -> person:hodan-warsame", "CONVEYED_TO person:hodan-warsame -> person:abiy-ahmed", "CONVEYED_TO person:hassan-sheikh-mohamud -> person:abiy-ahmed", "CONVEYED_VIA person:abiy-ahmed -> person:hodan-warsame", "CONVEYED_TO person:hodan-warsame -> person:hassan-sheikh-mohamud", "CONVEYED_TO person:abiy-ahmed -> person:hassan-sheikh-mohamud"]);
    assert.ok(!r.some((x) => x.includes("government:")), r.join("; "));
  });

  it("'What X did do, Y said, was receive G's consul in L, Z, at the presidency on Tuesday March 10. The consul handed him a letter from Prime Minister W inviting him to L2.' (X received Z; W's, through Z, for X; W invites X)", () => {
    const f = extract("President Said Deni was in Garowe. What President Deni did do, spokesman Ali Warsame said, was receive Ethiopia's consul in Garowe, Tesfaye Abera, at the presidency on Tuesday March 10. The consul handed him a letter from Prime Minister Abiy Ahmed inviting him to Addis Ababa.", "2026-03-19");
    assert.ok(of(f).some(([s, d, p]) => s === "held" && d === "2026-03-10" && p === "person:said-deni,person:tesfaye-abera"), JSON.stringify(of(f)));
    assertRelations(relations(f, ["CONVEYED_VIA", "CONVEYED_TO", "INVITED"]), ["CONVEYED_VIA person:abiy-ahmed -> person:tesfaye-abera", "CONVEYED_TO person:tesfaye-abera -> person:said-deni", "CONVEYED_TO person:abiy-ahmed -> person:said-deni", "INVITED person:abiy-ahmed -> person:said-deni"]);
  });

  it("'The Ankara process refers to the Ankara Declaration, which the two leaders signed in the Turkish capital on December 11, 2024, in the presence of President Z' names the two leaders only in the sentence that says so: 'A and B … the two leaders signed' is A and B, not two leaders told together before", () => {
    const f = extract("President William Ruto and Dr Abiy Ahmed discussed the proposal by phone on Sunday. Eritrea's Information Minister Yemane Gebremeskel cautioned that talk of a summit was premature. Tensions have risen since Dr Abiy began describing access to the sea as existential. The two leaders signed the Joint Declaration in Asmara in July 2018.", "2026-10-01");
    assert.ok(!relations(f, ["MET_WITH", "SIGNED"]).some((x) => x.includes("ruto")), relations(f, ["MET_WITH", "SIGNED"]).join("; "));
  });
});

describe("a letter handed on for delivery, and a host's offer (thirty-fifth session)", () => {
  it("'X has proposed hosting Y in L in November' (X invites Y); 'His invitation, in a letter, was handed to G's Foreign Minister Z in L2 on August 31 by H's ambassador to G, W, for delivery to the president' (X's, through W and Z, for G's president Y; Z and W met there, then)", () => {
    const f = extract("Almaty\n\nKazakh President Kassym-Jomart Tokayev has proposed hosting Uzbek President Shavkat Mirziyoyev in Turkistan in November. His invitation, in a letter, was handed to Uzbek Foreign Minister Bakhtiyor Saidov in Tashkent on August 31 by Kazakhstan's ambassador to Uzbekistan, Daulet Sarsenbayev, for delivery to the president.", "2026-09-07");
    assertRelations(relations(f, ["INVITED", "CONVEYED_VIA", "CONVEYED_TO"]), ["INVITED person:kassym-jomart-tokayev -> person:shavkat-mirziyoyev", "CONVEYED_VIA person:kassym-jomart-tokayev -> person:daulet-sarsenbayev", "CONVEYED_VIA person:kassym-jomart-tokayev -> person:bakhtiyor-saidov", "CONVEYED_TO person:daulet-sarsenbayev -> person:bakhtiyor-saidov", "CONVEYED_TO person:kassym-jomart-tokayev -> person:shavkat-mirziyoyev"]);
    assertMeetings(of(f), [["held", "2026-08-31", "person:bakhtiyor-saidov,person:daulet-sarsenbayev"]]);
  });

  it("a state a relation names only through a demonym is a node with its other names too: 'her Turkish counterpart, X' holds a post of Türkiye, also called Turkey", () => {
    const f = extract("The foreign secretary, Yvette Cooper, would hold talks with her Turkish counterpart, Hakan Fidan, in Ankara on 20 May.", "2026-05-15");
    const turkey = f.entities.find((e) => e.key === "government:turkiye");
    assert.ok(turkey && turkey.aliases.includes("Turkey"), JSON.stringify(turkey));
  });
});

describe("an interview whose questions are in bold (thirty-fifth session)", () => {
  it("'**Who did you see?**' then 'I saw President Y at L on Tuesday. … and so was our ambassador in L2, W. I handed the President a letter from President Z' (the one interviewed, named before the first question: met Y, and W was there; Z's letter through him); a bold line that is no question, once the questions have begun, is the interviewer's too; 'the government delegation under A sat across from B' (held)", () => {
    const f = extract("By Ann Wekesa\n\nRetired General Daniel Korir is chief mediator of the talks. He spoke to us on Friday.\n\n**You were in Juba this week. Who did you see?**\n\nI saw President Deng Malual at State House J1 on Tuesday. Dr Akol Mabior was in the room, and so was our ambassador in Juba, Mr Ezekiel Kiprop. I handed the President a letter from President William Ruto.\n\n**There are reports that you met Dr Riek Machar.**\n\nThat is not true. I asked for access to him and I was told no.\n\n**Who is at the table?**\n\nAt our last session, on June 9, the government delegation under Dr Akol Mabior sat across from Mr Pagan Okiech. I chaired.", "2026-06-21");
    const r = relations(f, ["MET_WITH", "CONVEYED_VIA", "CONVEYED_TO"]);
    assertRelations(r, ["CONVEYED_VIA person:william-ruto -> person:daniel-korir", "CONVEYED_TO person:daniel-korir -> person:deng-malual"]);
    assert.ok(r.some((x) => x.startsWith("MET_WITH") && x.includes("daniel-korir") && x.includes("deng-malual")), r.join("; "));
    assert.ok(r.some((x) => x.startsWith("MET_WITH") && x.includes("akol-mabior") && x.includes("pagan-okiech")), r.join("; "));
    assert.ok(!r.some((x) => x.includes("machar")), r.join("; "));
    // ("our ambassador" at the meeting too)
    assert.ok(r.some((x) => x.startsWith("MET_WITH") && x.includes("ezekiel-kiprop") && x.includes("deng-malual")), r.join("; "));
  });
});

describe("the twenty-seventh held-out set's forms (thirty-sixth session)", () => {
  it("a fact-check: a claimed meeting the story says never took place ('Ana Ruiz and Tomas Lind have never met') is none, a summit still ahead between them stays; 'is due in L on D for the strategic dialogue with Y' (planned, there); 'a letter from A for B, inviting him to visit G' (proposed); 'called on Y …, with Z also present, and conveyed a message from W'; 'Ministry of External Affairs spokesperson X' (India)", () => {
    const f = extract("A post on social media claims that Foreign Minister Ana Ruiz held a secret meeting with Security Adviser Tomas Lind in Doha on October 30. The claim is false. Ruiz and Lind have never met, officials said. They are both invited to a summit in Doha in December. Ruiz is due in Beijing on November 10 for the strategic dialogue with Foreign Minister Chen Hao. Ruiz handed Prince Faisal Adel a letter from Prime Minister Omar Saleh for President Karim Nasser, inviting him to visit Egypt. On November 3, Ambassador Nabil Haddad called on Prime Minister Omar Saleh at his office, with Ruiz also present, and conveyed a message from President Karim Nasser. In New Delhi, Ministry of External Affairs spokesperson Ravi Menon told reporters there had been no meeting.", "2026-11-05");
    const ms = of(f);
    assert.ok(!ms.some(([s, , p]) => s === "held" && p === "person:ana-ruiz,person:tomas-lind"), JSON.stringify(ms));
    assert.ok(!relations(f, ["MET_WITH"]).some((x) => x.includes("tomas-lind")), relations(f, ["MET_WITH"]).join("; "));
    assertMeetings(ms, [["planned", "2026-11-10", "person:ana-ruiz,person:chen-hao"], ["proposed", "", "person:karim-nasser,person:omar-saleh"]]);
    assertRelations(relations(f, ["INVITED", "CONVEYED_VIA", "CONVEYED_TO", "HOLDS_OFFICE", "HELD_IN"]), ["INVITED person:omar-saleh -> person:karim-nasser", "CONVEYED_VIA person:karim-nasser -> person:nabil-haddad", "CONVEYED_TO person:nabil-haddad -> person:omar-saleh", "HOLDS_OFFICE person:ravi-menon -> government:india", "HELD_IN meeting -> place:beijing"]);
  });

  it("a match report: 'At half-time the two presidents withdrew to a lounge for talks, joined by A and B and by G's Paraguayan director-general, C' (all at the talks; C of Paraguay); 'With A at Y's side, he handed the Brazilian president a letter from Z' (met Y, and A was there); 'signed … by the military presidents of the day, D and E' (signed, met); 'invited Y to the Mercosur summit in L in July, and Y accepted' (planned); 'was reporting that Z had … met Y … The spokesperson was quick to deny it' (none)", () => {
    const f = extract("BRASÍLIA, BRAZIL – President Paulo Nunes hosted Paraguay's President Hugo Benitez, who flew in on Tuesday afternoon. At half-time the two presidents withdrew to a lounge beneath the main stand for some 40 minutes of talks, joined by Foreign Ministers Rui Costa and Elena Ortiz and by Itaipu Binacional's Paraguayan director-general, Mario Acosta. The Itaipu Treaty was signed in Brasília on April 26, 1973, by the military presidents of the day, Artur Lemos and Julio Ferraz. Benitez invited Nunes to the Mercosur summit in Asunción in July, and Nunes accepted. Before kick-off, Uruguay's ambassador in Brasília, Martín Suarez, had his own moment in the box. With Rui Costa at Nunes's side, he handed the Brazilian president a letter from Uruguay's President Diego Alves, who stayed home. By Wednesday morning a Montevideo radio station was reporting that Alves had in fact flown to Brasília and met Nunes in a private box. The Uruguayan presidency's spokesperson, Lucia Pereyra, was quick to deny it.", "2026-04-01");
    const ms = of(f);
    assert.ok(ms.some(([s, , p]) => s === "held" && ["person:hugo-benitez", "person:paulo-nunes", "person:rui-costa", "person:elena-ortiz", "person:mario-acosta"].every((x) => p.includes(x))), JSON.stringify(ms));
    assert.ok(ms.some(([s, , p]) => s === "held" && ["person:martin-suarez", "person:paulo-nunes", "person:rui-costa"].every((x) => p.includes(x))), JSON.stringify(ms));
    assertMeetings(ms, [["held", "1973-04-26", "person:artur-lemos,person:julio-ferraz"]]);
    assert.ok(ms.some(([s, d, p]) => s === "planned" && d === "2026-07" && p.includes("person:hugo-benitez") && p.includes("person:paulo-nunes")), JSON.stringify(ms));
    assert.ok(!ms.some(([s, , p]) => s === "held" && p === "person:diego-alves,person:paulo-nunes"), JSON.stringify(ms));
    assertRelations(relations(f, ["SIGNED", "HOLDS_OFFICE", "CONVEYED_TO"]), ["SIGNED person:artur-lemos -> document:itaipu-treaty", "SIGNED person:julio-ferraz -> document:itaipu-treaty", "HOLDS_OFFICE person:mario-acosta -> government:paraguay", "HOLDS_OFFICE person:lucia-pereyra -> government:uruguay", "CONVEYED_TO person:martin-suarez -> person:paulo-nunes"]);
  });

  it("a court report: 'the Honourable Minister' is the minister the story named; 'our President', in a witness's words, the story's state's; 'X said he would come, and he asked the Honourable Minister to convey …' (asked; the visit planned); 'handed a letter from A for B to C' (through C too, for B); '\"… I was present,\" she said' (the one woman named); 'was expected in L on D to co-chair the <O> with Y' (planned); posts of a department and of a portfolio read as bodies", () => {
    const f = extract("ABUJA – An Assistant Director in the Protocol Department of the Ministry of Foreign Affairs, Mrs Grace Adebayo, told a Federal High Court in Abuja on Tuesday that she travelled to Accra with the Minister of Foreign Affairs, Musa Danjuma, and President Bola Okafor's letter.\n\n\"On August 4, the Honourable Minister was received by Ghana's President Kofi Mensah at Jubilee House. I was in the room as the protocol officer of the delegation,\" she said.\n\n\"The Honourable Minister handed over a letter from President Bola Okafor to President Mensah. The letter invited President Mensah on a state visit to Abuja in December. President Mensah said he would come, and he asked the Honourable Minister to convey his greetings to our President.\"\n\n\"On August 5, the Honourable Minister handed a letter from President Okafor for Togo's President Yao Kponton to Togo's Ambassador to Ghana, Mr Eli Dossou, at our High Commission in Accra. I was present,\" she said.\n\nThe witness said Kwame Boateng, Ghana's foreign minister, was expected in Abuja on November 26 to co-chair the Joint Commission with Danjuma. The prosecution tendered a letter from Ghana's Minister for Government Communications and Presidential Spokesperson, Felix Owusu.", "2026-11-18");
    const ms = of(f);
    assert.ok(ms.some(([s, d, p]) => s === "held" && d === "2026-08-04" && ["person:grace-adebayo", "person:kofi-mensah", "person:musa-danjuma"].every((x) => p.includes(x))), JSON.stringify(ms));
    assert.ok(ms.some(([s, , p]) => s === "held" && ["person:eli-dossou", "person:grace-adebayo", "person:musa-danjuma"].every((x) => p.includes(x))), JSON.stringify(ms));
    assert.ok(ms.some(([s, , p]) => s === "planned" && p === "person:bola-okafor,person:kofi-mensah"), JSON.stringify(ms));
    assert.ok(ms.some(([s, d, p]) => s === "planned" && d === "2026-11-26" && p === "person:kwame-boateng,person:musa-danjuma"), JSON.stringify(ms));
    assertRelations(relations(f, ["ASKED", "CONVEYED_VIA", "CONVEYED_TO", "HOLDS_OFFICE"]), ["ASKED person:kofi-mensah -> person:musa-danjuma", "CONVEYED_TO person:kofi-mensah -> person:bola-okafor", "CONVEYED_VIA person:bola-okafor -> person:eli-dossou", "CONVEYED_TO person:bola-okafor -> person:yao-kponton", "CONVEYED_TO person:musa-danjuma -> person:eli-dossou", "HOLDS_OFFICE person:grace-adebayo -> government:nigeria", "HOLDS_OFFICE person:felix-owusu -> government:ghana"]);
    assert.ok(!f.entities.some((e) => e.key === "person:minister"), f.entities.map((e) => e.key).join());
  });

  it("a travel story: 'She and Y met at the Ministry of Foreign and Caricom Affairs in Port of Spain … and, before the rain set in, signed a memorandum' (both signed, there); 'St George's' a place; 'X braved the streets to reach the OPM with a letter from Z inviting the Prime Minister to L' (through X; met her, with W who sat in); 'asked the High Commissioner to convey her thanks'; 'handed the letter to Y, who delivered it to the Prime Minister' (the letter told before, through both)", () => {
    const f = extract("Prime Minister Rosa Lal had been due to fly to Georgetown for talks with Guyana's President Amir Khan.\n\nGuyana's High Commissioner, Ms Priya Das, braved the flooded streets to reach the Office of the Prime Minister yesterday afternoon with a letter from President Amir Khan inviting Prime Minister Rosa Lal to Georgetown on November 12. Foreign Minister Dev Ramsaran sat in. The Prime Minister accepted the new date, the OPM said, and asked the High Commissioner to convey her thanks to President Khan.\n\nJamaica's Foreign Minister, Senator Joan Campbell, who arrived on Tuesday, was stranded. She and Ramsaran met at the Ministry of Foreign and Caricom Affairs in Port of Spain on Wednesday morning and, before the rain set in, signed a memorandum of understanding on disaster risk management. Campbell had also brought a letter from Jamaica's Prime Minister Owen Grant for Lal. With the Prime Minister busy, Campbell handed the letter to Ramsaran, who delivered it to the Prime Minister yesterday morning. Campbell had been due to fly on to St George's yesterday.", "2026-10-23");
    const ms = of(f);
    assert.ok(ms.some(([s, , p]) => s === "held" && ["person:dev-ramsaran", "person:priya-das", "person:rosa-lal"].every((x) => p.includes(x))), JSON.stringify(ms));
    const r = relations(f, ["SIGNED", "CONVEYED_VIA", "CONVEYED_TO", "ASKED", "HELD_IN"]);
    assertRelations(r, ["SIGNED person:joan-campbell -> document:memorandum-of-understanding", "SIGNED person:dev-ramsaran -> document:memorandum-of-understanding", "CONVEYED_VIA person:amir-khan -> person:priya-das", "CONVEYED_TO person:priya-das -> person:rosa-lal", "ASKED person:rosa-lal -> person:priya-das", "CONVEYED_VIA person:owen-grant -> person:dev-ramsaran", "CONVEYED_TO person:dev-ramsaran -> person:rosa-lal", "HELD_IN meeting -> place:port-of-spain"]);
    assert.ok(f.entities.some((e) => e.key === "place:st-georges") && !f.entities.some((e) => e.key === "government:spain"), f.entities.map((e) => e.key).join());
  });

  it("a letters page: each letter's 'I' is its signer (a name alone on a line, a post or a place on the next); 'What the minister did do in L that day was meet Y' (held); a claim answered 'She did not.', and 'They did not meet', is no meeting; 'I called on the Speaker of the <O>, Y, … and handed him a letter from the Chairman of the <L> of the <O>, Z, inviting him to … Astana' (through the signer; invited); 'A, B and C, with the leaders of thirty-two other states, signed the Final Act at L on 1 August' (signed, met)", () => {
    const f = extract("Letters to the Editor\n\nSame building\n\nYour report stated that Foreign Minister Anna Virtanen met Russia's Deputy Foreign Minister Ivan Sokolov in Geneva on 17 November. She did not. Minister Virtanen and Mr Sokolov were in the Palais des Nations on the same day. They did not meet. What the minister did do in Geneva that day was meet the Swiss Foreign Minister, Marc Keller.\n\nLiisa Heikkinen\nDirector of Communications, Ministry for Foreign Affairs, Helsinki\n\nHelsinki has done this before\n\nI was a junior attaché in 1975 when Kalle Manninen, George Whitfield and Pyotr Orlov, with the leaders of thirty-two other states, signed the Final Act at Finlandia Hall on 1 August.\n\nOlli Salo\nAmbassador (retd.), Espoo\n\nA letter from Astana\n\nOn 20 November I called on the Speaker of the Parliament of Finland, Jari Lehto, at the Parliament House and handed him a letter from the Chairman of the Mazhilis of the Parliament of the Republic of Kazakhstan, Nurlan Abenov, inviting him to pay an official visit to Astana.\n\nBolat Seitkali\nAmbassador of the Republic of Kazakhstan to Finland, Helsinki", "2026-11-26");
    const ms = of(f);
    assert.ok(!ms.some(([, , p]) => p.includes("person:ivan-sokolov")), JSON.stringify(ms));
    assert.ok(ms.some(([s, , p]) => s === "held" && p === "person:anna-virtanen,person:marc-keller"), JSON.stringify(ms));
    assert.ok(ms.some(([s, , p]) => s === "held" && p === "person:bolat-seitkali,person:jari-lehto"), JSON.stringify(ms));
    assert.ok(ms.some(([s, , p]) => s === "held" && ["person:george-whitfield", "person:kalle-manninen", "person:pyotr-orlov"].every((x) => p.includes(x))), JSON.stringify(ms));
    assertRelations(relations(f, ["SIGNED", "CONVEYED_VIA", "INVITED", "HOLDS_OFFICE"]), ["SIGNED person:kalle-manninen -> document:final-act", "SIGNED person:pyotr-orlov -> document:final-act", "CONVEYED_VIA person:nurlan-abenov -> person:bolat-seitkali", "INVITED person:nurlan-abenov -> person:jari-lehto", "HOLDS_OFFICE person:bolat-seitkali -> government:kazakhstan"]);
    assert.ok(!relations(f, ["HOLDS_OFFICE"]).some((x) => x.includes("olli-salo")), relations(f, ["HOLDS_OFFICE"]).join("; "));
  });

  it("a company's release from Kuala Lumpur: 'YAB Prime Minister' is Malaysia's prime minister named in the story; 'Tan Sri X' is X; 'a Memorandum of Understanding (\"MoU\")' is 'the MoU' after; 'a letter from A to B, which C, in his capacity as Special Envoy, handed to D in L on D2 for delivery to the President' (through C and D, for B; C met D); 'B accepted A's invitation to visit Malaysia in 2027, and asked A to convey …' (planned; B asked); 'A's Official Visit to G … at the invitation of B'; '…; G's minister, Y, was also present'", () => {
    const f = extract("KUALA LUMPUR (Nov 9): Sinar Jaya Holdings Bhd today announced that it has signed a Memorandum of Understanding (\"MoU\") with Egypt's Suez Authority.\n\nThe MoU was signed in Cairo on 4 November 2026 by the Group Executive Chairman, Tan Sri Hamid Karim, and Authority Chairman Samir Fahmy, in the presence of the Prime Minister of Malaysia, YAB Dato' Seri Azman Yusof, and the Prime Minister of the Arab Republic of Egypt, H.E. Dr Adel Mansour.\n\nThe signing was concluded during YAB Prime Minister's Official Visit to Egypt from 3 to 5 November 2026 at the invitation of President Hany Farouk.\n\nOn 4 November, YAB Prime Minister was received by President Hany Farouk in Cairo. He was accompanied by Foreign Minister Zainal Rashid; Egypt's Minister of Foreign Affairs, H.E. Dr Tarek Wahba, was also present. President Hany Farouk accepted YAB Prime Minister's invitation to visit Malaysia in 2027, and asked YAB Prime Minister to convey his warm greetings to His Majesty.\n\nThe invitation was first extended in a letter from YAB Prime Minister to President Hany Farouk, which Tan Sri Hamid, in his capacity as Special Envoy, handed to Dr Tarek Wahba in Cairo on 20 October 2026 for delivery to the President.", "2026-11-09");
    const ms = of(f);
    assert.ok(ms.some(([s, d, p]) => s === "held" && d === "2026-10-20" && p === "person:hamid-karim,person:tarek-wahba"), JSON.stringify(ms));
    assert.ok(ms.some(([s, , p]) => s === "held" && ["person:azman-yusof", "person:hany-farouk", "person:tarek-wahba", "person:zainal-rashid"].every((x) => p.includes(x))), JSON.stringify(ms));
    assert.ok(ms.some(([s, d, p]) => s === "planned" && d === "2027" && p.includes("person:azman-yusof") && p.includes("person:hany-farouk")), JSON.stringify(ms));
    assertRelations(relations(f, ["SIGNED", "CONVEYED_VIA", "CONVEYED_TO", "ASKED", "INVITED"]), ["SIGNED person:hamid-karim -> document:memorandum-of-understanding", "SIGNED person:samir-fahmy -> document:memorandum-of-understanding", "CONVEYED_VIA person:azman-yusof -> person:hamid-karim", "CONVEYED_VIA person:azman-yusof -> person:tarek-wahba", "CONVEYED_TO person:hamid-karim -> person:tarek-wahba", "CONVEYED_TO person:azman-yusof -> person:hany-farouk", "ASKED person:hany-farouk -> person:azman-yusof", "INVITED person:hany-farouk -> person:azman-yusof", "INVITED person:azman-yusof -> person:hany-farouk"]);
    assert.ok(!f.entities.some((e) => /^person:(?:tan-sri|prime-minister|mou)/.test(e.key)), f.entities.map((e) => e.key).join());
  });

  it("an auction catalogue: 'Kim' alone is the Kim named in full last before it; 'received A, sister of North Korean leader B, and C' (A and C); 'had handed President X a letter from B in the Oval Office' (met); 'roll 17: A and B signing the D at L' and 'Roll 29 shows X and B signing their joint statement at L' (signed, met); 'at L, where X, B and Y met' (the three); 'Y, who had led the envoys to G the day before with Z and handed B a letter from W' (through Y; Y and Z met B)", () => {
    const f = extract("His archive opens at the Blue House, where then President Moon Ho received Kim Sun-hee, sister of North Korean leader Kim Dae-ho, and Kim Tae-san, then the North's nominal head of state. Notebook 2 holds the briefing by national security adviser Park Min-jae, who had led the special envoys to Pyongyang the day before with spy chief Lee Joon and handed Kim Dae-ho a personal letter from Moon. The centerpiece is roll 17: Moon and Kim Dae-ho signing the Panmunjom Declaration at the Peace House on April 27, 2018. In September Moon and Kim signed the Pyongyang Declaration in Pyongyang. Kim Chol-su, the North's senior negotiator, had handed President Frank Dolan a letter from Kim Dae-ho in the Oval Office. The archive closes on June 30, 2019, at Panmunjom, where Dolan, Kim Dae-ho and Moon met at the Freedom House.", "2026-12-08");
    const ms = of(f);
    assert.ok(ms.some(([s, , p]) => s === "held" && p === "person:kim-sun-hee,person:kim-tae-san,person:moon-ho"), JSON.stringify(ms));
    assert.ok(ms.some(([s, , p]) => s === "held" && p === "person:frank-dolan,person:kim-chol-su"), JSON.stringify(ms));
    const g = of(extract("The archive holds 41 rolls. Roll 29 shows President Frank Dolan and Kim Dae-ho signing their joint statement at the Capella Hotel on June 12, 2018.", "2026-12-08"));
    assertMeetings(g, [["held", "2018-06-12", "person:frank-dolan,person:kim-dae-ho"]]);
    assert.ok(ms.some(([s, , p]) => s === "held" && p === "person:frank-dolan,person:kim-dae-ho,person:moon-ho"), JSON.stringify(ms));
    assert.ok(ms.some(([s, , p]) => s === "held" && ["person:kim-dae-ho", "person:lee-joon", "person:park-min-jae"].every((x) => p.includes(x))), JSON.stringify(ms));
    const r = relations(f, ["SIGNED", "CONVEYED_VIA", "CONVEYED_TO", "MET_WITH"]);
    assertRelations(r, ["SIGNED person:kim-dae-ho -> document:panmunjom-declaration", "SIGNED person:kim-dae-ho -> document:pyongyang-declaration", "CONVEYED_VIA person:moon-ho -> person:park-min-jae", "CONVEYED_TO person:park-min-jae -> person:kim-dae-ho"]);
    assert.ok(!r.some((x) => x.startsWith("MET_WITH") && x.includes("lee-joon") && x.includes("park-min-jae")), r.join("; "));
  });

  it("a food column: 'dinner at the <O> in L, given by X for Y' (held); 'served at the head table to A and B, to C and to D' (there, the wife of X of X's side); 'it was over the plov, according to two people …, that Y conveyed to his host a message from Z, whom he had visited in L2 on May 6' (X; Y met Z there, then); 'The message invites X to the informal summit of the <O> in L' (proposed); 'a trilateral meeting of the two presidents and G's Prime Minister W … The meeting was called off' (cancelled, the three); 'Over tea, from L and from L2, he invited X to L3 in September, and X said he would come' (planned)", () => {
    const f = extract("Tuesday evening's dinner at the Presidential Complex in Ankara, given by Turkey's President Kemal Aksoy for President Rauf Mammadli of Azerbaijan, was a rare case.\n\nIt was served at the head table to Aksoy and Leyla Aksoy, to Mammadli and to Azerbaijan's First Vice President Sevda Mammadli.\n\nIt was over the plov, according to two people seated close enough to hear, that Mammadli conveyed to his host a message from Kazakh President Arman Nurlanov, whom he had visited in Astana on May 6. The message invites Aksoy to the informal summit of the Organization of Turkic States in Turkistan in the autumn.\n\nMammadli ate one of each. Over tea, from Rize and from Lankaran, he invited Aksoy to Baku in September, and Aksoy said he would \"certainly come.\"\n\nThe chef had also prepared a breakfast for a trilateral meeting of the two presidents and Georgia's Prime Minister Irakli Beridze. The meeting was called off on Tuesday afternoon.", "2026-05-14");
    const ms = of(f);
    assert.ok(ms.some(([s, , p]) => s === "held" && ["person:kemal-aksoy", "person:leyla-aksoy", "person:rauf-mammadli", "person:sevda-mammadli"].every((x) => p.includes(x))), JSON.stringify(ms));
    assert.ok(ms.some(([s, , p]) => s === "cancelled" && p === "person:irakli-beridze,person:kemal-aksoy,person:rauf-mammadli"), JSON.stringify(ms));
    assert.ok(ms.some(([s, d, p]) => s === "planned" && d === "2026-09" && p === "person:kemal-aksoy,person:rauf-mammadli"), JSON.stringify(ms));
    // (a meeting in a relative clause, past a long aside before the subject)
    assertMeetings(ms, [["held", "2026-05-06", "person:arman-nurlanov,person:rauf-mammadli"]]);
    const r = relations(f, ["CONVEYED_TO", "INVITED", "MET_WITH"]);
    assertRelations(r, ["CONVEYED_TO person:rauf-mammadli -> person:kemal-aksoy", "CONVEYED_TO person:arman-nurlanov -> person:kemal-aksoy", "INVITED person:arman-nurlanov -> person:kemal-aksoy", "INVITED person:rauf-mammadli -> person:kemal-aksoy"]);
    assert.ok(!r.some((x) => x.startsWith("MET_WITH") && x.includes("leyla-aksoy") && x.includes("kemal-aksoy")), r.join("; "));
  });
});

describe("the twenty-eighth held-out set's forms (thirty-seventh session)", () => {
  it("a speech printed in full: 'the address delivered by the Prime Minister, X, … in honour of the Prime Minister of G, Y' makes its 'I' and 'my' X's and its 'you' Y's ('you and I, joined by Z, held talks': the three; 'we signed': both); a headline in title case is no name; 'His Excellency' before a post's holder; 'called on me at my office with a letter from A inviting me to L'; 'That visit had to be called off'", () => {
    const f = extract("FULL TEXT: PM Tavola's Address At State Dinner For Samoan Prime Minister Lemalu\n\nFollowing is the full text of the address delivered by the Prime Minister, Joeli Tavola, at the State Dinner in honour of the Prime Minister of Samoa, Fiame Lemalu, at the Pacific Harbour Hotel in Suva last night.\n\nPrime Minister, welcome to Fiji.\n\nThis afternoon at my office, you and I, joined by Minister Tino Aleki, held talks. At the end of them we signed the Fiji-Samoa Partnership Framework.\n\nLast Friday the High Commissioner of Vanuatu, His Excellency Kalo Tari, called on me at my office with a letter from Prime Minister Ruben Kalsakau inviting me to Port Vila in July. I have accepted, and I asked the High Commissioner to convey my thanks to Prime Minister Kalsakau.\n\nSome of you will know that I was to have been in Nuku'alofa last month for talks with Prime Minister Siaosi Taufa. That visit had to be called off when a cyclone warning closed the airport.", "2026-05-14");
    const ms = of(f);
    assert.ok(ms.some(([s, , p]) => s === "held" && p === "person:fiame-lemalu,person:joeli-tavola,person:tino-aleki"), JSON.stringify(ms));
    assert.ok(ms.some(([s, , p]) => s === "cancelled" && p === "person:joeli-tavola,person:siaosi-taufa"), JSON.stringify(ms));
    assertRelations(relations(f, ["SIGNED", "CONVEYED_VIA", "CONVEYED_TO", "ASKED", "INVITED", "HOLDS_OFFICE"]), ["SIGNED person:joeli-tavola -> document:", "SIGNED person:fiame-lemalu -> document:", "CONVEYED_VIA person:ruben-kalsakau -> person:kalo-tari", "CONVEYED_TO person:kalo-tari -> person:joeli-tavola", "ASKED person:joeli-tavola -> person:kalo-tari", "CONVEYED_TO person:joeli-tavola -> person:ruben-kalsakau", "INVITED person:ruben-kalsakau -> person:joeli-tavola", "HOLDS_OFFICE person:kalo-tari -> government:vanuatu"]);
    assert.ok(!f.entities.some((e) => /address|state-dinner/.test(e.key) && e.kind === "Person"), f.entities.map((e) => e.key).join());
  });

  it("an interpreter's profile: 'the letter he handed Y from Z, which invites Y to Z's hometown of L in December' (through X, the one named just before; Y accepted: planned); 'X, who attended the meeting, and W afterward signed'; 'came on D, in L, when A and B met'; 'a meeting between A and B, planned for the sidelines of the … meetings in L in July, was called off'; 'handed Y in L a letter from A to B inviting him to L2 for a trilateral summit with C' (the three); 'when ministers A and B signed the treaty between G and G2 in L on D' (met)", () => {
    const f = extract("TOKYO - When Prime Minister Aiko Mori received South Korean Foreign Minister Kang Min-ho at her office on Monday, the interpreter sat behind her. On Monday she rendered into Japanese Kang's explanation of the letter he handed Mori from President Park Jin-woo, which invites Mori to Park's hometown of Andong in December. Mori accepted. Foreign Minister Kenta Ono, who attended the meeting, and Kang afterward signed a memorandum on youth exchanges.\n\nHer first summit with the two leaders came on Oct. 30, 2025, in Gyeongju, when Mori and Park met for the first time.\n\nA meeting between Ono and Chinese Foreign Minister Zhao Lei, planned for the sidelines of the ASEAN-related meetings in Manila in July, was called off by the Chinese side. On Tuesday, Japan's ambassador to China, Ryo Sato, handed Vice Foreign Minister Qian Bo in Beijing a letter from Mori to Premier Liu Wen inviting him to Tokyo for a trilateral summit with Park.\n\nHer teacher had carried documents when foreign ministers Ichiro Abe and Yoon Sang-chul signed the Treaty on Basic Relations between Japan and the Republic of Korea in Tokyo on June 22, 1965.", "2026-11-12");
    const ms = of(f);
    assertMeetings(ms, [["planned", "2026-12", "person:aiko-mori,person:park-jin-woo"], ["held", "2025-10-30", "person:aiko-mori,person:park-jin-woo"], ["cancelled", "2026-07", "person:kenta-ono,person:zhao-lei"], ["held", "1965-06-22", "person:ichiro-abe,person:yoon-sang-chul"]]);
    assert.ok(ms.some(([s, , p]) => s === "held" && p === "person:aiko-mori,person:kang-min-ho,person:kenta-ono"), JSON.stringify(ms));
    assert.ok(ms.some(([s, , p]) => s === "held" && p === "person:qian-bo,person:ryo-sato"), JSON.stringify(ms));
    assert.ok(ms.some(([s, , p]) => s === "proposed" && p === "person:aiko-mori,person:liu-wen,person:park-jin-woo"), JSON.stringify(ms));
    assertRelations(relations(f, ["CONVEYED_VIA", "CONVEYED_TO", "INVITED", "HELD_IN"]), ["CONVEYED_VIA person:park-jin-woo -> person:kang-min-ho", "CONVEYED_TO person:kang-min-ho -> person:aiko-mori", "CONVEYED_TO person:park-jin-woo -> person:aiko-mori", "INVITED person:park-jin-woo -> person:aiko-mori", "CONVEYED_VIA person:aiko-mori -> person:ryo-sato", "CONVEYED_VIA person:aiko-mori -> person:qian-bo", "CONVEYED_TO person:ryo-sato -> person:qian-bo", "CONVEYED_TO person:aiko-mori -> person:liu-wen", "HELD_IN meeting -> place:gyeongju", "HELD_IN meeting -> place:manila"]);
  });

  it("an op-ed under 'OPINION': its byline's writer is its 'I' ('Reading Time: 4 minutes' is no speaker); 'A and B, sat in on the talks and afterward signed a memorandum'; 'Two days earlier, in L, X had handed him a letter from A for B, and Y delivered it in L2' ('him' the one the story was about; through both); 'invites B to meet her and Y in L' (the three); 'X invited B to L, and B accepted' (that one planned, not the invitation before); 'is to travel to L in September to meet Y' (planned); 'a letter from A to B, which I handed to him at L' (met)", () => {
    const f = extract("OPINION\n\nThe Border Is Settled. Now Build the Road\n\nBy Tomas Vera Ayala | August 19, 2026\n\nReading Time: 4 minutes\n\nLast Thursday, President Luis Ortega received Bolivia's President Mario Quispe at the palace in Asunción. Their foreign ministers, Ana Rojas and Pablo Mendez, sat in on the talks and afterward signed a memorandum of understanding on gas supply.\n\nQuispe did not arrive empty-handed. Two days earlier, in Brasília, Brazil's Foreign Minister Celso Ramos had handed him a letter from President Marta Sousa for Ortega, and Quispe delivered it in Asunción. In it, Sousa invites Ortega to meet her and Quispe in Campo Grande. Quispe invited Ortega to Santa Cruz de la Sierra in October, and Ortega accepted. Rojas is to travel to La Paz in September to meet Mendez.\n\nIn November 2008, as Paraguay's ambassador in La Paz, I carried a letter from President Jorge Benítez to President Raul Choque, which I handed to him at the Palacio Quemado.", "2026-08-19");
    const ms = of(f);
    assertMeetings(ms, [["held", "2008-11", "person:raul-choque,person:tomas-vera-ayala"], ["proposed", "", "person:luis-ortega,person:mario-quispe,person:marta-sousa"], ["planned", "2026-10", "person:luis-ortega,person:mario-quispe"], ["planned", "2026-09", "person:ana-rojas,person:pablo-mendez"]]);
    assert.ok(ms.some(([s, , p]) => s === "held" && p === "person:celso-ramos,person:mario-quispe"), JSON.stringify(ms));
    assertRelations(relations(f, ["SIGNED", "CONVEYED_VIA", "CONVEYED_TO"]), ["SIGNED person:ana-rojas -> document:", "SIGNED person:pablo-mendez -> document:", "CONVEYED_VIA person:marta-sousa -> person:celso-ramos", "CONVEYED_VIA person:marta-sousa -> person:mario-quispe", "CONVEYED_TO person:mario-quispe -> person:luis-ortega", "CONVEYED_TO person:marta-sousa -> person:luis-ortega", "CONVEYED_VIA person:jorge-benitez -> person:tomas-vera-ayala", "CONVEYED_TO person:tomas-vera-ayala -> person:raul-choque"]);
    assert.ok(!f.entities.some((e) => /reading/.test(e.key)), f.entities.map((e) => e.key).join());
  });

  it("a news quiz: 'True or false: X met Y in Doha on Thursday.' tells no meeting; 'X called on Y at L and handed him the President's letter, which invites him on a state visit to L2 in January. The King accepted.' (through X, for Y; planned)", () => {
    const f = extract("Which president wrote to Thimphu? President Meera Rao.\n\n4. True or false: Minister Ravi Kumar met Foreign Minister Omar Haidari in Doha on Thursday.\n\n6. Foreign secretary Arjun Mehta called on King Tashi Dorji at the palace and handed him the President's letter, which invites him on a state visit to New Delhi in January. The King accepted.", "2026-11-21");
    const ms = of(f);
    assert.ok(!ms.some(([, , p]) => p.includes("omar-haidari")), JSON.stringify(ms));
    assertMeetings(ms, [["planned", "2027-01", "person:meera-rao,person:tashi-dorji"]]);
    assertRelations(relations(f, ["CONVEYED_VIA", "CONVEYED_TO", "INVITED"]), ["CONVEYED_VIA person:meera-rao -> person:arjun-mehta", "CONVEYED_TO person:arjun-mehta -> person:tashi-dorji", "CONVEYED_TO person:meera-rao -> person:tashi-dorji", "INVITED person:meera-rao -> person:tashi-dorji"]);
  });

  it("a radio bulletin's script: 'NEWSREADER:' and 'REPORTER (NAME, PLACE):' are no part of the sentence; 'X received G's ambassador, Y, who handed him a letter from A inviting him to visit L' (him: X); 'Y brought a letter from A, addressed to B, and handed it to C' (through Y and C, for B, not C); 'the Castle says the letter invites B to a joint session … in L in November. The Government Office says he intends to go.' (planned); a clip's quotation is the one it names in capitals ('I have invited X to L next spring, and he has said yes': planned); 'His talks there with the G prime minister, Z, have been called off'; 'is still due in L next Thursday, the twenty-second of October, for talks with the Austrian chancellor, W' (planned, there); 'the Castle' is no one", () => {
    const f = extract("NEWSREADER: President Jan Novak received his Slovak counterpart, Miroslav Horvath, at Prague Castle this afternoon.\n\nREPORTER (KAREL DVORAK, PRAGUE CASTLE): Mr Horvath brought a letter from the Slovak prime minister, Ivan Kral, addressed to Prime Minister Pavel Svoboda, and handed it to President Novak. The Castle says the letter invites Mr Svoboda to a joint session of the two governments in Trenčín in November. The Government Office says he intends to go.\n\n[CLIP: MIROSLAV HORVATH, IN SLOVAK, VOICED OVER, 0'11\"]\n\"I have invited President Novak to Bratislava next spring, and he has said yes.\"\n\nNEWSREADER: On Tuesday, President Novak received Poland's ambassador, Ewa Nowak, who handed him a letter from Polish President Adam Zielinski inviting him to visit Kraków.\n\nNEWSREADER: Prime Minister Svoboda will not travel to Warsaw on Friday. His talks there with the Polish prime minister, Marek Lis, have been called off. Mr Svoboda is still due in Vienna next Thursday, the twenty-second of October, for talks with the Austrian chancellor, Franz Huber.", "2026-10-14");
    const ms = of(f);
    assertMeetings(ms, [["planned", "2026-11", "person:ivan-kral,person:pavel-svoboda"], ["planned", "2027", "person:jan-novak,person:miroslav-horvath"], ["cancelled", "", "person:marek-lis,person:pavel-svoboda"], ["proposed", "2026-10-13", "person:adam-zielinski,person:jan-novak"]]);
    assert.ok(ms.some(([s, , p]) => s === "planned" && p === "person:franz-huber,person:pavel-svoboda"), JSON.stringify(ms));
    const r = relations(f, ["CONVEYED_VIA", "CONVEYED_TO", "INVITED", "HELD_IN"]);
    assertRelations(r, ["CONVEYED_VIA person:ivan-kral -> person:miroslav-horvath", "CONVEYED_VIA person:ivan-kral -> person:jan-novak", "CONVEYED_TO person:miroslav-horvath -> person:jan-novak", "CONVEYED_TO person:ivan-kral -> person:pavel-svoboda", "CONVEYED_VIA person:adam-zielinski -> person:ewa-nowak", "CONVEYED_TO person:ewa-nowak -> person:jan-novak", "INVITED person:miroslav-horvath -> person:jan-novak", "INVITED person:ivan-kral -> person:pavel-svoboda", "HELD_IN meeting -> place:vienna"]);
    assert.ok(!r.includes("CONVEYED_TO person:ivan-kral -> person:jan-novak"), r.join("; "));
    assert.ok(!f.entities.some((e) => e.kind === "Person" && /castle|reporter|newsreader/.test(e.key)), f.entities.map((e) => e.key).join());
  });

  it("a think-tank's event report: a quotation of two sentences closed by ',\" X said' is X's ('I handed Y a letter from Z, inviting him to L. He accepted'); 'X said that Y had called on him … and handed him a letter from A addressed to B, \"which I presented to B the same evening\"' (through Y and X, for B); 'has accepted an invitation from A to visit L in July' (planned); 'A trilateral meeting of A, B and C on …, which had been scheduled to take place in L on May 28, was called off …. It will now be held in L2 next Tuesday' (cancelled there, planned anew)", () => {
    const f = extract("AMMAN — Jordan's Foreign Minister Omar Haddad said that Syrian President Karim Nasser has accepted an invitation from King Faisal to visit Amman in July.\n\nHaddad said he was in Damascus last Thursday, where President Nasser received him.\n\n\"I handed President Nasser a letter from the King, inviting him to Amman. He accepted, and the visit will take place in July,\" Haddad said.\n\nTurning to Lebanon, Haddad said that Lebanon's Ambassador to Jordan Rania Saad had called on him at the Foreign Ministry on Monday and handed him a letter from Lebanese President Elias Khoury addressed to King Faisal, \"which I presented to His Majesty the same evening\".\n\nSyrian Foreign Minister Sami Darwish and Lebanese Foreign Minister Nabil Aoun were in touch. A trilateral meeting of the Jordanian, Syrian and Lebanese foreign ministers on border crossings and transit trade, which had been scheduled to take place in Beirut on May 28, was called off at the request of the Lebanese side. It will now be held in Amman next Tuesday.", "2026-06-10");
    const ms = of(f);
    assertMeetings(ms, [["planned", "2026-07", "person:faisal,person:karim-nasser"]]);
    const three = ["person:nabil-aoun", "person:omar-haddad", "person:sami-darwish"];
    for (const [status, day] of [["cancelled", "2026-05-28"], ["planned", "2026-06-16"]]) assert.ok(ms.some(([s, d, p]) => s === status && d === day && three.every((x) => p.includes(x))), `${status} ${day} in ${JSON.stringify(ms)}`);
    assertRelations(relations(f, ["CONVEYED_VIA", "CONVEYED_TO", "HELD_IN"]), ["CONVEYED_VIA person:faisal -> person:omar-haddad", "CONVEYED_TO person:omar-haddad -> person:karim-nasser", "CONVEYED_VIA person:elias-khoury -> person:rania-saad", "CONVEYED_TO person:rania-saad -> person:omar-haddad", "CONVEYED_VIA person:elias-khoury -> person:omar-haddad", "CONVEYED_TO person:omar-haddad -> person:faisal", "CONVEYED_TO person:elias-khoury -> person:faisal", "HELD_IN meeting -> place:beirut", "HELD_IN meeting -> place:amman"]);
  });

  it("a markets wrap: 'signed … in L on Wednesday afternoon, after talks joined by A and B' (the four); 'The two ministers also signed' (the last pair named); 'called on Y at the <O> in L with a letter from A for B' (through both, for B); 'X's meeting with US Treasury Secretary Y, set for Friday in L, had been called off'; a meeting 'postponed to a date yet to be set' stays planned", () => {
    const f = extract("President Thabo Nkosi and Mozambique's President Luis Mabote signed an agreement on the pipeline at the Ponta Vermelha Palace in Maputo on Wednesday afternoon, after talks joined by Foreign Minister Sipho Dlamini and Mozambique's Foreign Minister Ana Cossa. The two ministers also signed a memorandum on a border post.\n\nOn Tuesday, Zimbabwe's Foreign Minister Tendai Moyo called on Deputy President Peter Zulu at the Union Buildings in Pretoria with a letter from President Farai Chirwa for Nkosi.\n\nFinance Minister Lerato Khumalo's meeting with US Treasury Secretary Mark Dean, set for Friday in Washington, had been called off. A meeting of Congolese and Rwandan security experts that was due to take place in Addis Ababa this week has been postponed to a date yet to be set.", "2026-07-16");
    const ms = of(f);
    assert.ok(ms.some(([s, d, p]) => s === "held" && d === "2026-07-15" && p === "person:ana-cossa,person:luis-mabote,person:sipho-dlamini,person:thabo-nkosi"), JSON.stringify(ms));
    assert.ok(ms.some(([s, , p]) => s === "cancelled" && p.includes("person:lerato-khumalo") && p.includes("person:mark-dean")), JSON.stringify(ms));
    assert.ok(ms.some(([s, , p]) => s === "planned" && p === "government:dr-congo,government:rwanda"), JSON.stringify(ms));
    const r = relations(f, ["SIGNED", "CONVEYED_VIA", "CONVEYED_TO"]);
    assertRelations(r, ["SIGNED person:sipho-dlamini -> document:memorandum", "SIGNED person:ana-cossa -> document:memorandum", "CONVEYED_VIA person:farai-chirwa -> person:tendai-moyo", "CONVEYED_VIA person:farai-chirwa -> person:peter-zulu", "CONVEYED_TO person:tendai-moyo -> person:peter-zulu", "CONVEYED_TO person:farai-chirwa -> person:thabo-nkosi"]);
    assert.ok(!r.some((x) => /^SIGNED person:(?:thabo-nkosi|luis-mabote) -> document:memorandum/.test(x)), r.join("; "));
  });

  it("a podcast's show notes: '(01:40) Dili, Monday: X was received by Y' (that Monday); 'She handed Y a letter from A inviting him to the <E> in L in November. Y said he would be there.' (planned; the handover no meeting of November); 'handed the G ambassador in L, Y, a letter from A for B. It invites B to a leaders' retreat in L2' (through both, for B; proposed); 'The stop was called off'; 'former ambassador to ASEAN X' is X", () => {
    const f = extract("Host Rachel Tan talks to former Philippine ambassador to ASEAN Carmen Reyes.\n\n(01:40) Dili, Monday: Secretary Teresa Cruz was received by Prime Minister Jose Belo at the Government Palace in Dili. She handed Mr Belo a letter from President Ramon Santos inviting him to the ASEAN Summit in Manila in November. Mr Belo said he would be there.\n\n(15:05) A letter via Jakarta: On Tuesday, Foreign Minister Budi Hartono handed the Philippine ambassador in Jakarta, Lourdes Garcia, a letter from President Agus Wibowo for Mr Santos. It invites Mr Santos to a leaders' retreat in Bali in December.\n\n(19:50) The stop that wasn't: Ms Cruz was to have stopped in Phnom Penh on Tuesday for talks with Foreign Minister Sok Chenda. The stop was called off on Monday night.", "2026-09-18");
    const ms = of(f);
    assertMeetings(ms, [["held", "2026-09-14", "person:jose-belo,person:teresa-cruz"], ["planned", "2026-11", "person:jose-belo,person:ramon-santos"], ["proposed", "2026-12", "person:agus-wibowo,person:ramon-santos"], ["cancelled", "2026-09-15", "person:sok-chenda,person:teresa-cruz"]]);
    assert.ok(ms.some(([s, , p]) => s === "held" && p === "person:budi-hartono,person:lourdes-garcia"), JSON.stringify(ms));
    assert.ok(!ms.some(([s, d]) => s === "held" && d.startsWith("2025")), JSON.stringify(ms));
    assertRelations(relations(f, ["CONVEYED_VIA", "CONVEYED_TO", "INVITED"]), ["CONVEYED_VIA person:ramon-santos -> person:teresa-cruz", "CONVEYED_TO person:teresa-cruz -> person:jose-belo", "CONVEYED_VIA person:agus-wibowo -> person:budi-hartono", "CONVEYED_VIA person:agus-wibowo -> person:lourdes-garcia", "CONVEYED_TO person:budi-hartono -> person:lourdes-garcia", "CONVEYED_TO person:agus-wibowo -> person:ramon-santos", "INVITED person:agus-wibowo -> person:ramon-santos"]);
    assert.ok(!f.entities.some((e) => e.key.startsWith("person:host")), f.entities.map((e) => e.key).join());
  });

  it("a quiz's key: '3. a) The letter, from X, invites Y to L.' (the key's number and letter no part of the sentence)", () => {
    const f = extract("3. On Tuesday, Foreign Minister Ali Rasheed handed Minister Ravi Menon a letter in New Delhi. Whose letter was it?\n\nANSWERS\n\n3. a) The letter, from President Ibrahim Zahir, invites Prime Minister Arjun Rao to Malé. Menon handed it to the PM the same evening.", "2026-11-21");
    assertMeetings(of(f), [["proposed", "", "person:arjun-rao,person:ibrahim-zahir"]]);
    assertRelations(relations(f, ["INVITED"]), ["INVITED person:ibrahim-zahir -> person:arjun-rao"]);
  });

  it("a memoir's scene: 'I stood behind X in the <L> in <L> as he and Y signed the act …, with President Z as host' (the four met there, that day); 'The two last met when W visited L' is a pair with W, not the pair named last", () => {
    const f = extract("OPINION\n\nBy Tomas Vera | August 19, 2026\n\nFive months later, on April 27, 2009, I stood behind President Jorge Benitez in the Casa Rosada in Buenos Aires as he and President Raul Choque signed the act that fixed the boundary, with President Elena Ruiz as host.", "2026-08-19");
    assertMeetings(of(f), [["held", "2009-04-27", "person:elena-ruiz,person:jorge-benitez,person:raul-choque,person:tomas-vera"]]);
    const g = extract("Minister Ravi Kumar met Foreign Minister Omar Haidari in Kabul in October 2025. The letter, from President Ali Zahir, invites Prime Minister Arjun Rao to Malé. The two last met when Haidari visited New Delhi in October 2025.", "2026-11-21");
    assert.ok(!of(g).some(([s, , p]) => s === "held" && p.includes("person:ali-zahir")), JSON.stringify(of(g)));
  });

  it("an obituary (from the twenty-second set, thirty-seventh session): a Samoan chief's style ('Afioga X') is no part of the name; 'In October 1988 he accompanied the then Prime Minister, Y, to L, where the two were received by Z' (the three, one side of two); after a quotation in his words, 'He returned to L' is the story's subject again; 'A asked X to carry a letter to B. B received him …' (him: X); 'he was at the side of the then Prime Minister, Y, when Y held talks with G's then Prime Minister Z' (the three); 'delivered a message of condolence from A to B' (a message)", () => {
    const f = extract("Afioga Tavita Faleolo, the career diplomat who served as Samoa's first envoy in Beijing, passed away on Tuesday.\n\nIn October 1988 he accompanied the then Prime Minister, Sione Tuala, to Beijing, where the two were received by Premier Wu Dong at the Great Hall of the People.\n\n\"Sione did the talking,\" he told the Observer in 2019. \"The Premier asked me how many Samoans there were. Then he laughed.\"\n\nHe returned to Beijing the following year as envoy. In March 2006 he was at the side of the then Prime Minister, Malo Tuilagi, when Tuilagi held talks with New Zealand's then Prime Minister Helen Brook in Wellington.\n\nIn November last year Prime Minister Lagi Schmidt asked Faleolo to carry a letter to King Tupou Lavaka of Tonga. The King received him at the Royal Palace in Nuku'alofa on 20 November.\n\nTonga's High Commissioner to Samoa, Pita Fifita, delivered a message of condolence from King Tupou Lavaka to Prime Minister Schmidt on Wednesday.", "2026-08-14");
    const ms = of(f);
    assertMeetings(ms, [["held", "1988-10", "person:sione-tuala,person:tavita-faleolo,person:wu-dong"], ["held", "2025-11-20", "person:tavita-faleolo,person:tupou-lavaka"]]);
    assert.ok(ms.some(([s, d, p]) => s === "held" && d === "2006-03" && ["person:helen-brook", "person:malo-tuilagi", "person:tavita-faleolo"].every((x) => p.includes(x))), JSON.stringify(ms));
    const r = relations(f, ["MET_WITH", "CONVEYED_VIA", "CONVEYED_TO"]);
    assertRelations(r, ["CONVEYED_VIA person:lagi-schmidt -> person:tavita-faleolo", "CONVEYED_TO person:tavita-faleolo -> person:tupou-lavaka", "CONVEYED_VIA person:tupou-lavaka -> person:pita-fifita", "CONVEYED_TO person:pita-fifita -> person:lagi-schmidt"]);
    assert.ok(!r.some((x) => x.includes("sione-tuala") && x.includes("tavita-faleolo")), r.join("; "));
    assert.ok(!r.some((x) => x.includes("wu-dong") && x.includes("helen-brook")), r.join("; "));
  });

  it("an interview in questions and answers (from the twenty-second set): 'He asked me to carry a letter to the President' after a bold question naming him; 'I was to brief X in L on June 12. It was called off' (cancelled); 'At our last session, at the L on June 9, the government delegation under A sat across from B of the O and C of the O2. I chaired. D, the O3's special envoy, attended as an observer.' (the five, that day, there)", () => {
    const f = extract("Retired General Tom Kipchoge is chief mediator of the talks. He spoke to the Sunday Nation on Friday.\n\n**Who is actually at the table?**\n\nAt our last session, at the Safari Park Hotel on June 9, the government delegation under Dr Akol Mabior sat across from Mr Paul Okiech of the Real SPLM and Gen John Swaka of the National Salvation Front. I chaired. Dr Ismail Wais, the IGAD special envoy for South Sudan, attended as an observer.\n\n**Mr Okiech has been asking for a face-to-face meeting with President Salva Deng.**\n\nHe asked me to carry a letter to the President proposing exactly that. I delivered it on Tuesday.\n\n**What about Uganda?**\n\nI was to brief President Yusuf Mwesigye in Entebbe on June 12. It was called off that morning.", "2026-06-14");
    const ms = of(f);
    assertMeetings(ms, [["held", "2026-06-09", "person:akol-mabior,person:ismail-wais,person:john-swaka,person:paul-okiech,person:tom-kipchoge"], ["cancelled", "2026-06-12", "person:tom-kipchoge,person:yusuf-mwesigye"]]);
    assertRelations(relations(f, ["ASKED", "CONVEYED_VIA", "CONVEYED_TO", "HELD_IN"]), ["ASKED person:paul-okiech -> person:tom-kipchoge", "CONVEYED_VIA person:paul-okiech -> person:tom-kipchoge", "CONVEYED_TO person:paul-okiech -> person:salva-deng", "HELD_IN meeting -> place:safari-park-hotel", "HELD_IN meeting -> place:entebbe"]);
  });

  it("the twenty-third set's letter and live blog, worked on again: 'A and B sat down with C and the nationalist delegation of Bishop D and E' (the five); 'X asked the envoy to convey to the Secretary-General the Sultanate's thanks' (X's, for him); 'a visit to L by X, Chairman of G's Council, who had been expected to be received by Y later this month, has been postponed' (planned)", () => {
    const f = extract("On 25 August 1975 President Kenneth Mulenga and South Africa's Prime Minister Jan Vorster sat down with Ian Smithers and the nationalist delegation of Bishop Abel Moyo and Joshua Ncube in a railway carriage at Victoria Falls.", "2026-05-20");
    assertMeetings(of(f), [["held", "1975-08-25", "person:abel-moyo,person:ian-smithers,person:jan-vorster,person:joshua-ncube,person:kenneth-mulenga"]]);
    const g = extract("Foreign Minister Badr Rashid received Hans Lindqvist, the Special Envoy of UN Secretary-General Ana Ferreira. Badr Rashid asked the envoy to convey to the Secretary-General the Sultanate's thanks.\n\nOmani sources say that a visit to Muscat by Dr Rashad Alimi, Chairman of Yemen's Presidential Council, who had been expected to be received by Sultan Tarik bin Said later this month, has been postponed.", "2026-10-14");
    assertRelations(relations(g, ["ASKED", "CONVEYED_TO"]), ["ASKED person:badr-rashid -> person:hans-lindqvist", "CONVEYED_TO person:hans-lindqvist -> person:ana-ferreira", "CONVEYED_TO person:badr-rashid -> person:ana-ferreira"]);
    assert.ok(of(g).some(([s, , p]) => s === "planned" && p === "person:rashad-alimi,person:tarik-bin-said"), JSON.stringify(of(g)));
  });

  it("the twenty-first set's round-up, worked on again: 'X chaired in L yesterday a new round of talks between the delegations of G and H. The G delegation was headed by A, and the H delegation by B. C represented the Turkish side. D took part in the opening session.' (the five, there, that day); 'accepted the invitation, …, and entrusted X with conveying his greetings to Y' (asked, through X, for Y)", () => {
    const f = extract("Minister of State Ahmed Sami chaired in Doha yesterday a new round of talks between the delegations of Pakistan and Afghanistan. The Pakistani delegation was headed by Minister of Defence Khawaja Asif, and the Afghan delegation by Yaqoob Mujahid. Director of Turkiye's intelligence service Ibrahim Kalin represented the Turkish side. Foreign Minister Ishaq Dar took part in the opening session.", "2026-09-16");
    assertMeetings(of(f), [["held", "2026-09-15", "person:ahmed-sami,person:ibrahim-kalin,person:ishaq-dar,person:khawaja-asif,person:yaqoob-mujahid"]]);
    const g = extract("President Ali Hassan received Foreign Minister Omar Farid, who handed him a message from Prime Minister Karim Nadeem inviting him to Islamabad. President Ali Hassan accepted the invitation, with the date of the visit to be agreed through diplomatic channels, and entrusted Omar Farid with conveying his greetings to Prime Minister Karim Nadeem.", "2026-09-16");
    assertRelations(relations(g, ["ASKED", "CONVEYED_VIA", "CONVEYED_TO"]), ["ASKED person:ali-hassan -> person:omar-farid", "CONVEYED_VIA person:ali-hassan -> person:omar-farid", "CONVEYED_TO person:ali-hassan -> person:karim-nadeem"]);
  });
});

describe("the twenty-ninth held-out set's forms (thirty-eighth session)", () => {
  it("a parliament's transcript: 'NAME [11:02:40]:' is a speaker's label with its time stamp ('I' the speaker), 'THE PRESIDENT:' the chair, no president of the story; 'the Prime Minister and President X' two people ('It was A and B who signed the D …, in L on D2': both signed, and met); 'called on me at the ministry here in L on Monday with a letter from A for B' (through both, for B)", () => {
    const f = extract("Question time: the minister on Riga\n\nTHE PRESIDENT: Question 2, from representative Anna Berg.\n\nANNA BERG (H) [11:02:10]: Thank you, President. What happened in Riga?\n\nFOREIGN MINISTER LARS HOLM [11:02:40]: On Thursday 5 March I was received by President Andris Kalns in Riga, and Foreign Minister Ilze Ozola took part in the meeting. I handed the president a letter from Prime Minister Erik Lund, which invites him to Oslo in May. Afterwards Ms Ozola and I signed a memorandum of understanding on grid repair.\n\nBERG [11:04:00]: Is it so that the Prime Minister and President Kalns hardly know each other?\n\nHOLM [11:04:20]: It was the Prime Minister and President Kalns who signed the security agreement between Norway and Latvia, in Vilnius on 3 June 2024.\n\nHOLM [11:05:00]: Latvia's ambassador to Norway, Janis Berzins, called on me at the ministry here in Oslo on Monday with a letter from Prime Minister Karlis Ozols for Prime Minister Lund.", "2026-03-11");
    const ms = of(f);
    assert.ok(ms.some(([s, d, p]) => s === "held" && d === "2026-03-05" && p === "person:andris-kalns,person:ilze-ozola,person:lars-holm"), JSON.stringify(ms));
    assert.ok(ms.some(([s, d, p]) => s === "held" && d === "2024-06-03" && p === "person:andris-kalns,person:erik-lund"), JSON.stringify(ms));
    assertRelations(relations(f, ["SIGNED", "CONVEYED_VIA", "CONVEYED_TO"]), ["SIGNED person:lars-holm -> document:memorandum", "SIGNED person:ilze-ozola -> document:memorandum", "SIGNED person:erik-lund -> document:security-agreement", "SIGNED person:andris-kalns -> document:security-agreement", "CONVEYED_VIA person:erik-lund -> person:lars-holm", "CONVEYED_TO person:lars-holm -> person:andris-kalns", "CONVEYED_VIA person:karlis-ozols -> person:janis-berzins", "CONVEYED_TO person:janis-berzins -> person:lars-holm", "CONVEYED_TO person:karlis-ozols -> person:erik-lund"]);
    assert.ok(!relations(f, ["SIGNED", "MET_WITH"]).some((r) => /afterwards|anna-berg/.test(r)), relations(f, ["SIGNED", "MET_WITH"]).join("; "));
  });

  it("a radio phone-in: 'HOST (NAME):' and 'CALLER (NAME, PLACE):' end the speaker's turn, their 'I' no one; the speaker is no 'she' nor 'her' ('X asked her to convey', 'She was to stop in L … That stop was called off': the one woman named); 'with G's Foreign Minister, Y, in the meeting'; 'a letter from A inviting him to the summit we are hosting here in L in July. B accepted' (planned); 'the two ministers signed'; 'our ambassador in L, X,' (the story's state's); 'Cllr. X'; 'It invites him to the same summit' (proposed)", () => {
    const f = extract("ACCRA – The Deputy Minister for Information at the Ministry of Foreign Affairs, Cllr. Ama Boateng, took calls on Wednesday about Foreign Minister Dede Kuma's trip to Lomé.\n\nHOST (KWAME ASARE): Good morning.\n\nBOATENG: Thank you.\n\nCALLER (MAMA ESI, OSU): I want to ask: why did the minister go to Lomé?\n\nBOATENG: On Monday, Madam Dede Kuma was received by President Yao Amegah at the palace in Lomé, with Togo's Foreign Minister, Kossi Dogbe, in the meeting. She handed President Amegah a letter from President Kofi Mensah inviting him to the summit we are hosting here in Accra in July. President Amegah accepted. Then the two ministers signed a memorandum of understanding on border patrols.\n\nHOST: And a message too, I hear.\n\nBOATENG: Yes. President Amegah asked her to convey his greetings to President Mensah.\n\nCALLER (KOJO, MADINA): Was she supposed to go to Abidjan?\n\nBOATENG: That is correct. She was to stop in Abidjan yesterday for talks with Ivorian Foreign Minister Awa Kone. That stop was called off.\n\nBOATENG: Last Thursday our ambassador in Bamako, Moses K. Tetteh, handed Mali's Foreign Minister, Dr. Issa Traore, a letter from President Kofi Mensah for President Sekou Diarra. It invites him to the same summit in July.", "2026-06-10");
    const ms = of(f);
    assert.ok(ms.some(([s, , p]) => s === "held" && p === "person:dede-kuma,person:kossi-dogbe,person:yao-amegah"), JSON.stringify(ms));
    assert.ok(ms.some(([s, , p]) => s === "planned" && p === "person:kofi-mensah,person:yao-amegah"), JSON.stringify(ms));
    assert.ok(ms.some(([s, , p]) => s === "cancelled" && p === "person:awa-kone,person:dede-kuma"), JSON.stringify(ms));
    assert.ok(ms.some(([s, , p]) => s === "proposed" && p === "person:kofi-mensah,person:sekou-diarra"), JSON.stringify(ms));
    assertRelations(relations(f, ["SIGNED", "ASKED", "CONVEYED_TO", "INVITED", "HOLDS_OFFICE"]), ["SIGNED person:dede-kuma -> document:", "SIGNED person:kossi-dogbe -> document:", "ASKED person:yao-amegah -> person:dede-kuma", "CONVEYED_TO person:yao-amegah -> person:kofi-mensah", "INVITED person:kofi-mensah -> person:sekou-diarra", "HOLDS_OFFICE person:moses-k-tetteh -> government:ghana", "HOLDS_OFFICE person:ama-boateng -> government:ghana"]);
    assert.ok(!relations(f, ["ASKED", "MET_WITH", "CONVEYED_TO"]).some((r) => r.includes("ama-boateng")), relations(f, ["ASKED", "MET_WITH", "CONVEYED_TO"]).join("; "));
  });

  it("a press pool's reports: 'His Highness the Prime Minister' one person, and 'His Highness' alone the one the article styles so most; 'Mon, May 4' no place; 'On the Kuwaiti side, X; on the Omani side, Y.' at the meeting just told; 'accepted the invitation, with the visit \"…,\" and asked Z to convey'; 'handed Z the Iranian message'; 'The minister did not meet Minister Y' of a meeting reported just before", () => {
    const f = extract("POOL REPORT #2 | Mon, May 4 | 12:31\nLanded at the airport. His Highness the Prime Minister Sheikh Nasser Salem Al-Faris was received by Deputy Prime Minister Sayyid Fahd bin Saif.\n\nPOOL REPORT #3 | Mon, May 4 | 17:58\nHis Majesty Sultan Qais bin Saif received His Highness the Prime Minister at 17:05. On the Kuwaiti side, Foreign Minister Ali Al-Rashed; on the Omani side, Foreign Minister Sayyid Hamad Albalushi.\nReadout: the Sultan accepted the invitation, with the visit \"to take place in the autumn,\" and asked His Highness the Prime Minister to convey his greetings to His Highness the Amir Sheikh Jaber Bader Al-Faris.\n\nPOOL REPORT #5\nSayyid Hamad passed Al-Rashed a message from Iranian Foreign Minister Reza Tavakoli for His Highness the Prime Minister. Al-Rashed handed His Highness the Prime Minister the Iranian message on board. Your pooler saw His Highness smile.\nAn agency reported that Al-Rashed had met Tavakoli in Muscat. The spokesperson told the pool: \"The minister did not meet Minister Tavakoli.\"", "2026-05-05");
    const ms = of(f);
    assert.ok(ms.some(([s, , p]) => s === "held" && p === "person:ali-al-rashed,person:hamad-albalushi,person:nasser-salem-al-faris,person:qais-bin-saif"), JSON.stringify(ms));
    assertRelations(relations(f, ["ASKED", "CONVEYED_TO"]), ["ASKED person:qais-bin-saif -> person:nasser-salem-al-faris", "CONVEYED_TO person:ali-al-rashed -> person:nasser-salem-al-faris", "CONVEYED_TO person:reza-tavakoli -> person:nasser-salem-al-faris"]);
    const met = relations(f, ["MET_WITH"]);
    assert.ok(!met.some((r) => r.includes("reza-tavakoli") || r.includes("jaber")), met.join("; "));
    assert.ok(!f.entities.some((e) => /mon$|place:mon/.test(e.key)), f.entities.map((e) => e.key).join());
  });

  it("a week in review: 'X accepted, according to Y's office, and asked the PCS to convey his greetings' ('the PCS' Kenya's Prime Cabinet Secretary); 'The two ministers then signed' (the two ministers, not the prime minister); 'The letter invites the President to L' (the story's own president, not the foreign one whose letter it is); 'Foreign Affairs Principal Secretary X' (the story's state's)", () => {
    const f = extract("NAIROBI — It was a week of envelopes.\n\nMONDAY: Wanjiru in Kampala\n\nPrime Cabinet Secretary Grace Wanjiru, who doubles as Cabinet Secretary for Foreign Affairs, flew to Kampala, where Ugandan Prime Minister Paul Okello received her. Foreign Minister John Mugisha sat in on the meeting.\n\nWanjiru handed Okello a letter from President David Kamau inviting him to Nairobi in November. Okello accepted, according to Wanjiru's office, and asked the PCS to convey his greetings to the President. The two ministers then signed a memorandum of understanding on fisheries.\n\nTUESDAY: An envelope from Kigali\n\nRwanda's High Commissioner to Kenya, Dr Eric Habineza, called on Foreign Affairs Principal Secretary Peter Otieno at the ministry's offices in Nairobi with a letter from Rwandan President Jean Nkurunziza to Kamau. The letter invites the President to Kigali for talks on the border crossings.", "2026-09-20");
    assertRelations(relations(f, ["ASKED", "CONVEYED_VIA", "CONVEYED_TO", "SIGNED", "INVITED", "HOLDS_OFFICE"]), ["ASKED person:paul-okello -> person:grace-wanjiru", "CONVEYED_TO person:paul-okello -> person:david-kamau", "SIGNED person:grace-wanjiru -> document:", "SIGNED person:john-mugisha -> document:", "INVITED person:jean-nkurunziza -> person:david-kamau", "HOLDS_OFFICE person:peter-otieno -> government:kenya"]);
    assert.ok(!relations(f, ["SIGNED"]).some((r) => r.includes("paul-okello")), relations(f, ["SIGNED"]).join("; "));
  });

  it("a driver's profile: 'he drove X from the airport to L, where His Majesty Sultan Y ibni Z, Sultan and Yang Di-Pertuan of G consented to grant him an audience' (held, with X, not the driver); 'Also present was Minister of Foreign Affairs II Dato Seri Setia W bin V Mohd U' (the same as 'Dato W U' after); 'His Majesty consented to attend' (planned); 'His Majesty and Tun T signed the Exchange of Letters' (a document)", () => {
    const f = extract("On Tuesday he drove Foreign Minister Daniel Tan from the airport to the palace, where His Majesty Sultan Haji Ahmad Rahman ibni Al-Marhum Sultan Haji Yusof, Sultan and Yang Di-Pertuan of Brunei Darussalam consented to grant him an audience. Also present was Minister of Foreign Affairs II Dato Seri Setia Awang Haji Idris bin Pehin Datu Haji Mohd Salleh.\n\nDuring the audience, Dr Tan presented to His Majesty a letter from Prime Minister Kevin Lim inviting His Majesty to the retreat in Singapore in November. His Majesty consented to attend. Dato Idris Salleh and Dr Tan then signed a memorandum on cyber security.\n\nOn March 16, 2009, he drove the then Malaysian prime minister, Tun Hamid Yusuf, to the palace, where His Majesty and Tun Hamid signed the Exchange of Letters on the border.", "2026-08-15");
    const ms = of(f);
    assert.ok(ms.some(([s, , p]) => s === "held" && p === "person:ahmad-rahman,person:daniel-tan,person:idris-bin-pehin-datu-haji-mohd-salleh"), JSON.stringify(ms));
    assert.ok(ms.some(([s, , p]) => s === "planned" && p === "person:ahmad-rahman,person:kevin-lim"), JSON.stringify(ms));
    assertRelations(relations(f, ["SIGNED"]), ["SIGNED person:idris-bin-pehin-datu-haji-mohd-salleh -> document:", "SIGNED person:daniel-tan -> document:", "SIGNED person:ahmad-rahman -> document:exchange-of-letters", "SIGNED person:hamid-yusuf -> document:exchange-of-letters"]);
  });

  it("a 'things to know' list: 'called on Te Beretitenti X' and 'handed the G President a letter from A inviting him to the Leaders Meeting in L' (X's post; proposed); 'Y brought a letter from A inviting B to L' (through Y, to B); 'asked Y to carry his thanks back to A'; 'The G Government's spokesperson, Z,'; 'G's Special Envoy for <O>, W,'", () => {
    const f = extract("Palau's Minister of State, Ngirai Tmetuchl, flew to Tarawa last week and on Tuesday called on Te Beretitenti Tebao Kiritome at State House in Bairiki. He handed the Kiribati President a letter from President Ikelau Rengiil inviting him to the Leaders Meeting in Koror.\n\nTaiwan's Foreign Minister Chen Wei-ming was received by Rengiil in Ngerulmud on 13 August. Chen brought a letter from President Lin Kuo-hua inviting Rengiil to Taipei. Rengiil accepted, and asked Chen to carry his thanks back to Lin.\n\nAn outlet reported that Tuvalu's Prime Minister Sione Taafaki had met China's Special Envoy for Pacific Island Affairs, Zhou Ping, in Suva. The Tuvalu Government's spokesperson, Mele Lotoala, denied it.", "2026-08-24");
    const ms = of(f);
    assert.ok(ms.some(([s, , p]) => s === "proposed" && p === "person:ikelau-rengiil,person:tebao-kiritome"), JSON.stringify(ms));
    assertRelations(relations(f, ["CONVEYED_VIA", "CONVEYED_TO", "INVITED", "HOLDS_OFFICE"]), ["HOLDS_OFFICE person:tebao-kiritome -> government:kiribati", "CONVEYED_TO person:ngirai-tmetuchl -> person:tebao-kiritome", "INVITED person:ikelau-rengiil -> person:tebao-kiritome", "CONVEYED_VIA person:lin-kuo-hua -> person:chen-wei-ming", "CONVEYED_TO person:chen-wei-ming -> person:ikelau-rengiil", "CONVEYED_TO person:lin-kuo-hua -> person:ikelau-rengiil", "CONVEYED_TO person:ikelau-rengiil -> person:lin-kuo-hua", "HOLDS_OFFICE person:mele-lotoala -> government:tuvalu", "HOLDS_OFFICE person:zhou-ping -> government:china"]);
  });

  it("a readers' column: 'Santo Domingo.- ' a dateline ('the President' its own); 'He came bearing a letter from A, who invites B to L' (through him, to B; planned when B accepted); 'Before X left, he and Y signed'; 'delivered to Y at the Ministry of Foreign Affairs (MIREX) a letter from A addressed to B' (met; through both, for B); 'said that \"A has not met B\"' (no meeting, whatever a video said)", () => {
    const f = extract("Santo Domingo.- Every Friday, we answer questions from readers.\n\nPanama's Foreign Minister Carlos Ruiz was received by President Manuel Peralta at the National Palace on Tuesday, with Foreign Minister Rosa Almonte present. He came bearing a letter from Panamanian President Jorge Arosemena, who invites Peralta to Panama City in January. Peralta accepted, and asked Ruiz to convey his thanks to Arosemena. Before the Panamanian minister left, he and Almonte signed a memorandum of understanding on drug trafficking.\n\nOn Wednesday, Guatemala's ambassador in Santo Domingo, Lucia Morales, delivered to Almonte at the Ministry of Foreign Affairs (MIREX) a letter from President Oscar Barrios addressed to Peralta, inviting him to Guatemala City. Almonte said she would deliver it to the President.\n\nA video going round on WhatsApp says Peralta met Salvadoran President Ricardo Flores in Punta Cana last weekend. The Presidency's spokesman, Tomas Reyes, said on Monday that \"President Peralta has not met President Flores, in Punta Cana or anywhere else.\"", "2026-10-16");
    const ms = of(f);
    assert.ok(ms.some(([s, , p]) => s === "planned" && p === "person:jorge-arosemena,person:manuel-peralta"), JSON.stringify(ms));
    assert.ok(ms.some(([s, , p]) => s === "held" && p === "person:lucia-morales,person:rosa-almonte"), JSON.stringify(ms));
    assertRelations(relations(f, ["CONVEYED_VIA", "CONVEYED_TO", "INVITED", "SIGNED", "HOLDS_OFFICE"]), ["CONVEYED_VIA person:jorge-arosemena -> person:carlos-ruiz", "CONVEYED_TO person:carlos-ruiz -> person:manuel-peralta", "INVITED person:jorge-arosemena -> person:manuel-peralta", "SIGNED person:carlos-ruiz -> document:", "SIGNED person:rosa-almonte -> document:", "CONVEYED_VIA person:oscar-barrios -> person:lucia-morales", "CONVEYED_VIA person:oscar-barrios -> person:rosa-almonte", "CONVEYED_TO person:oscar-barrios -> person:manuel-peralta", "HOLDS_OFFICE person:tomas-reyes -> government:dominican-republic"]);
    assert.ok(!relations(f, ["MET_WITH"]).some((r) => r.includes("ricardo-flores")), relations(f, ["MET_WITH"]).join("; "));
  });

  it("official channels' posts: 'B. X' is the X named in full; 'conveyed to the head of G a letter from A inviting him to pay a state visit to L' (G's president; through X); 'the foreign ministers of the two countries, A and B, signed'; 'A and B, together with C, signed … in L on D' (the three met); 'conveyed the warm greetings of Y, which the G leader had asked him to pass on'; 'handed over a letter from A addressed to B. … X assured that the letter would be delivered to the head of state' (through both); 'The visit of X to G, …, and his talks with Y have been called off'; 'Amir Khan W' a name the gazetteer knows, no Amir", () => {
    const f = extract("\"Today in Dushanbe, Minister of Foreign Affairs of the Republic of Uzbekistan Botir Sodiqov was received by the President of the Republic of Tajikistan Rustam Nazarov. Minister of Foreign Affairs of the Republic of Tajikistan Farrukh Qodirov took part in the meeting. B. Sodiqov conveyed to the head of Tajikistan a letter from the President of the Republic of Uzbekistan Anvar Karimov inviting him to pay a state visit to Samarkand. The invitation was accepted with gratitude.\"\n\n\"Following the talks, the foreign ministers of the two countries, B. Sodiqov and F. Qodirov, signed an Agreement on water use.\" Nazarov and Karimov, together with Kyrgyz President Almaz Osmonov, signed the treaty on the border junction in Khujand on 31 March 2025.\n\n\"B. Sodiqov conveyed the warm greetings of President Rustam Nazarov, which the Tajik leader had asked him to pass on.\"\n\n\"Today in Tashkent, B. Sodiqov met with Minister of Foreign Affairs of Turkmenistan Dovlet Orazov. D. Orazov handed over a letter from the President of Turkmenistan Merdan Gurbanov addressed to the President of the Republic of Uzbekistan Anvar Karimov. B. Sodiqov assured that the letter would be delivered to the head of state without delay.\"\n\n\"The visit of the Minister of Foreign Affairs of the Republic of Uzbekistan B. Sodiqov to Bishkek, planned for 14 May, and his talks with Minister of Foreign Affairs of the Kyrgyz Republic Talant Beishenov have been called off.\" A channel said Sodiqov met the Taliban government's foreign minister, Amir Khan Muttaqi, in Termez.", "2026-05-16");
    const ms = of(f);
    assert.ok(ms.some(([s, d, p]) => s === "held" && d === "2025-03-31" && p === "person:almaz-osmonov,person:anvar-karimov,person:rustam-nazarov"), JSON.stringify(ms));
    assert.ok(ms.some(([s, , p]) => s === "cancelled" && p === "person:botir-sodiqov,person:talant-beishenov"), JSON.stringify(ms));
    assertRelations(relations(f, ["CONVEYED_VIA", "CONVEYED_TO", "INVITED", "SIGNED", "ASKED"]), ["CONVEYED_VIA person:anvar-karimov -> person:botir-sodiqov", "CONVEYED_TO person:botir-sodiqov -> person:rustam-nazarov", "INVITED person:anvar-karimov -> person:rustam-nazarov", "SIGNED person:botir-sodiqov -> document:agreement", "SIGNED person:farrukh-qodirov -> document:agreement", "SIGNED person:almaz-osmonov -> document:", "ASKED person:rustam-nazarov -> person:botir-sodiqov", "CONVEYED_VIA person:merdan-gurbanov -> person:dovlet-orazov", "CONVEYED_VIA person:merdan-gurbanov -> person:botir-sodiqov", "CONVEYED_TO person:dovlet-orazov -> person:botir-sodiqov"]);
    assert.ok(f.entities.some((e) => e.key === "person:amir-khan-muttaqi") && !f.entities.some((e) => e.key === "person:khan-muttaqi" || e.key === "person:b-sodiqov"), f.entities.map((e) => e.key).join());
  });

  it("older sets again: 'G, whose minister could not travel, was represented at the audience by its ambassador' (G at it, meeting no one); 'X attended the audience' past that sentence; 'A delivered a written message from P, and B one from Q' (each to the king who received them three sentences before); 'The King asked the two ministers to convey his greetings' (A and B, not the minister named before them)", () => {
    const f = extract("King Karim Idrissi received Mali's Foreign Minister Oumar Keita and Niger's Foreign Minister Issoufou Dan at the Royal Palace in Rabat on Wednesday. Burkina Faso, whose minister could not travel, was represented at the audience by its ambassador in Rabat. Foreign Minister Youssef Alami attended the audience. Keita delivered a written message from Malian President Modibo Traore, and Dan one from Nigerien President Ali Moussa. The King asked the two ministers to convey his greetings to the two presidents.", "2026-06-08");
    const ms = of(f);
    assert.ok(ms.some(([s, , p]) => s === "held" && p === "government:burkina-faso,person:issoufou-dan,person:karim-idrissi,person:oumar-keita,person:youssef-alami"), JSON.stringify(ms));
    assertRelations(relations(f, ["CONVEYED_VIA", "CONVEYED_TO", "ASKED"]), ["CONVEYED_VIA person:modibo-traore -> person:oumar-keita", "CONVEYED_TO person:oumar-keita -> person:karim-idrissi", "CONVEYED_VIA person:ali-moussa -> person:issoufou-dan", "CONVEYED_TO person:issoufou-dan -> person:karim-idrissi", "ASKED person:karim-idrissi -> person:oumar-keita", "ASKED person:karim-idrissi -> person:issoufou-dan"]);
    const met = relations(f, ["MET_WITH"]);
    assert.ok(!met.some((r) => r.includes("government:")) && !relations(f, ["ASKED"]).some((r) => r.includes("youssef-alami")), met.join("; "));
  });

  it("a live blog told in reverse: 'the government delegation, led by X' named last makes 'handed the government delegation a proposal' and 'met first with the government delegation' X's, and 'then with X's delegation' X (a meeting each); 'the Deputy Secretary-General (…) of the Ministry, Y' no General", () => {
    const f = extract("**12:40 | A proposal**\n\nThe envoy, Erik Lindqvist, has handed the government delegation a written proposal from Ali Saleh.\n\n**10:40 | Talks open**\n\nLindqvist met first with the government delegation on the second floor, then with Saleh's delegation on the fourth.\n\n**08:50 | Delegations arrive**\n\nThe delegation of the Houthi authorities, led by Ali Saleh, and the government delegation, led by Omar Qasim, arrived at the venue, a hotel in Muscat.", "2026-10-14");
    assertRelations(relations(f, ["CONVEYED_TO", "MET_WITH"]), ["CONVEYED_TO person:erik-lindqvist -> person:omar-qasim", "MET_WITH person:erik-lindqvist -> person:omar-qasim", "MET_WITH person:erik-lindqvist -> person:ali-saleh"]);
    const g = extract("The Minister was accompanied by the Deputy Secretary-General (Political Affairs) of the Ministry, Salim Harthi.");
    assert.ok(!g.entities.some((e) => e.key === "person:general"), g.entities.map((e) => e.key).join());
  });

  it("'X sent her to L as a special envoy with a letter for Z' (through her, to Z)", () => {
    const f = extract("Prime Minister Helen Marsh sent Alison Grey to Suva as a special envoy with a letter for Commodore Frank Tuilagi.", "2007-03-01");
    assertRelations(relations(f, ["CONVEYED_VIA", "CONVEYED_TO"]), ["CONVEYED_VIA person:helen-marsh -> person:alison-grey", "CONVEYED_TO person:alison-grey -> person:frank-tuilagi"]);
  });

  it("a memoir's narrator, its 'I', is no 'he' of the sentences after: 'So I wrote, by hand, to X. He wrote back … At the end of November he flew to L with a letter from A to B' is X's errand", () => {
    const f = extract("The following is an excerpt from \"Quiet Waters: Memoirs\" by Rui Santos, who served as foreign minister of Sao Tome and Principe.\n\nIn the autumn of 2011 President Manuel Costa called me to the palace. I had never been there at night. So I wrote, by hand, to Father Pablo Ruiz, a Spanish priest who had spent thirty years in Bata. He wrote back by return, agreeing to carry paper. At the end of November he flew to Malabo with a letter from Costa to President Teodoro Nsue.", "2026-05-10");
    const via = relations(f, ["CONVEYED_VIA"]);
    assert.ok(via.some((r) => r.startsWith("CONVEYED_VIA person:manuel-costa -> person:") && r.endsWith("pablo-ruiz")), via.join("; "));
    assert.ok(!relations(f, ["CONVEYED_VIA"]).some((r) => r.includes("-> person:rui-santos")), relations(f, ["CONVEYED_VIA"]).join("; "));
  });
});

describe("the thirtieth held-out set's forms (thirty-ninth session)", () => {
  it("a cricket feature: 'A, watched the day from the prime minister's box alongside G's Prime Minister, B … The two leaders held talks'; 'X joined the Prime Minister in the pavilion and handed him a letter from Y inviting him'; 'Z, who had come to watch, met the Permanent Secretary in the O, W, … and handed him a letter from V for the Prime Minister. … W undertook to deliver it'; 'The last time Y was at the ground, in June 2024, he and A watched a match together'; 'was due to fly in for talks with A, but …, the visit was called off'", () => {
    const f = extract("KINGSTOWN, St Vincent – On Thursday, Prime Minister of Saint Vincent, Hon. Marlon Cato, watched the opening day from the prime minister's box alongside Grenada's Prime Minister, Hon. Dexter Fraser, who flew in from St George's in the morning. The two leaders held talks over lunch.\n\nOn Friday, Guyana's Minister of Foreign Affairs, Rohan Persaud, joined the Prime Minister in the pavilion and handed him a letter from President Vikram Singh inviting Cato to Georgetown in September.\n\nOn Saturday, Antigua and Barbuda's Minister of Foreign Affairs, Clive Joseph, who had come to watch the third day's play, met the Permanent Secretary in the Department of External Affairs, Anselm Baptiste, in the players' dining room and handed him a letter from Prime Minister Royston Hector for Prime Minister Cato. Baptiste undertook to deliver it to the Prime Minister.\n\nThe last time President Singh was at the ground, in June 2024, he and Cato watched a World Cup match together from the same box.\n\nBarbados Prime Minister Janelle Clarke had been due to fly in on Sunday for talks with Cato, but with heavy rain forecast over the island, the visit was called off on Saturday evening.", "2026-06-29");
    const ms = of(f);
    for (const [status, people] of [["held", "person:dexter-fraser,person:marlon-cato"], ["held", "person:marlon-cato,person:rohan-persaud"], ["held", "person:anselm-baptiste,person:clive-joseph"], ["held", "person:marlon-cato,person:vikram-singh"], ["cancelled", "person:janelle-clarke,person:marlon-cato"]])
      assert.ok(ms.some(([s, , p]) => s === status && p === people), `${status} ${people}: ${JSON.stringify(ms)}`);
    assertRelations(relations(f, ["CONVEYED_VIA", "CONVEYED_TO"]), ["CONVEYED_VIA person:vikram-singh -> person:rohan-persaud", "CONVEYED_TO person:rohan-persaud -> person:marlon-cato", "CONVEYED_TO person:vikram-singh -> person:marlon-cato", "CONVEYED_VIA person:royston-hector -> person:clive-joseph", "CONVEYED_VIA person:royston-hector -> person:anselm-baptiste", "CONVEYED_TO person:clive-joseph -> person:anselm-baptiste", "CONVEYED_TO person:royston-hector -> person:marlon-cato"]);
  });

  it("a denial: 'the United States Ambassador to G and the Eastern Caribbean, X' (the United States'); 'The Office of the Prime Minister's press secretary, Y' (its state); '\"The Prime Minister did not meet …,\" she said. \"On Friday he met Z\"' (the Prime Minister, not a man named before)", () => {
    const f = extract("KINGSTOWN, St Vincent – On Saturday, Guyana's Minister of Foreign Affairs, Rohan Persaud, met Prime Minister Marlon Cato. Persaud smiled. \"Where else would you find everybody?\" he said.\n\nA post claimed that Cato had met the United States Ambassador to Barbados and the Eastern Caribbean, Warren Hale, on Friday. The Office of the Prime Minister's press secretary, Delia Mayers, said the claim was false. \"The Prime Minister did not meet Ambassador Hale,\" she said. \"On Friday he met Kenrick Laville, the foreign minister of Dominica, and watched the cricket.\"", "2026-06-29");
    const offices = relations(f, ["HOLDS_OFFICE"]);
    assert.ok(offices.some((r) => r.startsWith("HOLDS_OFFICE person:warren-hale -> government:united-states")) && !offices.some((r) => r.startsWith("HOLDS_OFFICE person:warren-hale -> government:saint-vincent")), offices.join("; "));
    assert.ok(offices.some((r) => r.startsWith("HOLDS_OFFICE person:delia-mayers -> government:saint-vincent-and-the-grenadines")), offices.join("; "));
    const met = relations(f, ["MET_WITH"]);
    assert.ok(met.some((r) => r.includes("kenrick-laville") && r.includes("marlon-cato")) && !met.some((r) => r.includes("kenrick-laville") && r.includes("rohan-persaud")), met.join("; "));
  });

  it("a society column: 'Grand Duke X' and 'the Grand Duke'; 'A and B were also at the table, and after the coffee the two ministers signed' (B, of the guest's state, met the host); 'passed them on at the core cabinet's meeting' (no meeting of theirs); 'It was on the river at L, aboard the riverboat O, that G's C and H's D were among those who signed the E Agreement on 14 June 1985'; 'His lunch with the EU's High Representative …, Y, … was called off'", () => {
    const f = extract("On Monday, King Albert Verbeke received Grand Duke Felix Marnach at the Royal Palace of Brussels for lunch. Foreign Minister Luc Vandamme and Luxembourg's Minister for Foreign Affairs Paul Weber were also at the table, and after the coffee the two ministers signed an agreement on cross-border teleworkers. Before leaving, the Grand Duke invited the King to pay a state visit to Luxembourg City next year, and the King accepted. The Grand Duke also asked Vandamme to convey his greetings to Prime Minister Jan Peeters. Vandamme passed them on at the core cabinet's meeting on Tuesday morning.\n\nIt was on the Moselle at Remich, aboard the riverboat Marie-Claire, that Belgium's Karel Dewulf and Luxembourg's Jos Schmit were among those who signed the Remich Agreement on 14 June 1985.\n\nVandamme's diary had a gap on Wednesday. His lunch with the EU's High Representative for Foreign Affairs, Anna Lind, at the Egmont Palace in Brussels, was called off that morning.", "2026-06-26");
    const ms = of(f);
    assert.ok(ms.some(([s, , p]) => s === "held" && p === "person:albert-verbeke,person:felix-marnach,person:luc-vandamme,person:paul-weber"), JSON.stringify(ms));
    assert.ok(ms.some(([s, , p]) => s === "planned" && p === "person:albert-verbeke,person:felix-marnach"), JSON.stringify(ms));
    assert.ok(ms.some(([s, d, p]) => s === "held" && d === "1985-06-14" && p === "person:jos-schmit,person:karel-dewulf"), JSON.stringify(ms));
    assert.ok(ms.some(([s, , p]) => s === "cancelled" && p === "person:anna-lind,person:luc-vandamme"), JSON.stringify(ms));
    assert.ok(!ms.some(([, , p]) => p.includes("luc-vandamme") && p.includes("felix-marnach") && !p.includes("paul-weber")), JSON.stringify(ms));
    const met = relations(f, ["MET_WITH"]);
    assert.ok(met.some((r) => r.includes("paul-weber") && r.includes("albert-verbeke")), met.join("; "));
    assertRelations(relations(f, ["INVITED", "ASKED", "SIGNED"]), ["INVITED person:felix-marnach -> person:albert-verbeke", "ASKED person:felix-marnach -> person:luc-vandamme", "SIGNED person:karel-dewulf -> document:remich-agreement", "SIGNED person:jos-schmit -> document:remich-agreement"]);
  });

  it("'the Prime Minister', sentences after the story's own was named and a foreign one since: the story's own; 'X gave Y a reply for Z, and the minister delivered it to the prime minister' (Y to his own leader: no meeting)", () => {
    const f = extract("KINGSTOWN, St Vincent – Prime Minister Marlon Cato opened the season on Thursday. Grenada's Prime Minister, Dexter Fraser, flew in from St George's. The match went on. Rain fell. The ground was full.\n\nOn Friday, Guyana's Minister of Foreign Affairs, Rohan Persaud, joined the Prime Minister in the pavilion.", "2026-06-29");
    const met = relations(f, ["MET_WITH"]);
    assert.ok(met.some((r) => r.includes("rohan-persaud") && r.includes("marlon-cato")) && !met.some((r) => r.includes("rohan-persaud") && r.includes("dexter-fraser")), met.join("; "));
    const g = extract("Vietnamese Foreign Minister Tran Van Long held talks with Cambodian Prime Minister Sok Vanna in Phnom Penh on Feb. 24. Before the talks ended Sok Vanna gave Long a reply for Vietnamese Prime Minister Nguyen Van Hai, and the minister delivered it to the prime minister in Hanoi on the evening of Feb. 25.", "2026-02-27");
    assert.ok(!relations(g, ["MET_WITH"]).some((r) => r.includes("tran-van-long") && r.includes("nguyen-van-hai")), relations(g, ["MET_WITH"]).join("; "));
  });

  it("a business feature and a press review: 'talks joined by Finance, Economic Development and Investment Promotion minister X and G's Finance and National Planning minister Y' (posts written out before a lower-case 'minister'); '\"A did not meet B,\" said the spokesman' and '…, the spokesman was quoted as saying' undo a reported meeting; 'P: \"headline\"', 'P reported that', 'P also ran an interview' make P a newspaper; 'Al-Masri, Al-Tayeb talks' no pair of 'Al' and 'Tayeb'; 'a large photograph of A receiving the Chairman of G's O, B' (held); 'signed in L on D by A for G and B for H' (they met)", () => {
    const f = extract("HARARE – On Saturday, President Tendai Moyo and his Zambian counterpart, Mulenga Banda, met at the Elephant Hills Resort in Victoria Falls for talks joined by Finance, Economic Development and Investment Promotion minister Farai Chikwanha and Zambia's Finance and National Planning minister Chanda Mwale. A story circulated on social media that Banda had met opposition leader Tatenda Gumbo in Victoria Falls on Friday night. \"President Banda did not meet Mr Gumbo,\" said the Zambian president's spokesman, Brian Chanda.", "2026-05-22");
    const met = relations(f, ["MET_WITH"]);
    for (const pair of [["farai-chikwanha", "mulenga-banda"], ["chanda-mwale", "tendai-moyo"], ["farai-chikwanha", "chanda-mwale"]]) assert.ok(met.some((r) => pair.every((p) => r.includes(p))), `${pair}: ${met.join("; ")}`);
    assert.ok(!met.some((r) => r.includes("tatenda-gumbo")), met.join("; "));
    assert.ok(relations(f, ["HOLDS_OFFICE"]).some((r) => r.startsWith("HOLDS_OFFICE person:chanda-mwale -> government:zambia")), relations(f, ["HOLDS_OFFICE"]).join("; "));
    const g = extract("Press review: Al-Masri, Al-Tayeb talks lead Tuesday's papers\n\nAl-Nahar: \"A new page\"\n\nThe state-owned Al-Nahar led with a large photograph of President Kamal Hassan receiving the Chairman of Sudan's Transitional Sovereignty Council, Abdel Karim Al-Tayeb, at the palace in Cairo on Monday. Al-Nahar's inside pages also marked the anniversary of the 1959 River Waters Agreement, signed in Cairo on 8 November 1959 by Youssef Kamel for the United Arab Republic and Hassan Omar Idris for Sudan.\n\nAl-Fajr Al-Jadid: \"An envelope\"\n\nAl-Fajr Al-Jadid reported that Eritrean Foreign Minister Osman Idris called on Foreign Minister Sameh Lotfy at the ministry in Cairo on Saturday. \"The President did not meet Saddam Omar in El Alamein,\" the Presidency's spokesman, Ahmed Fahmy, was quoted as saying. Al-Fajr Al-Jadid also ran an interview with the head of the Tourism Federation.", "2026-11-10");
    const ms = of(g);
    assert.ok(ms.some(([s, , p]) => s === "held" && p === "person:abdel-karim-al-tayeb,person:kamal-hassan"), JSON.stringify(ms));
    assert.ok(ms.some(([s, d, p]) => s === "held" && d === "1959-11-08" && p === "person:hassan-omar-idris,person:youssef-kamel"), JSON.stringify(ms));
    assert.ok(!g.entities.some((e) => e.kind === "Person" && /al-fajr|al-nahar|^person:al$/.test(e.key)) && g.entities.some((e) => e.key === "organization:al-fajr-al-jadid"), g.entities.map((e) => e.key).join());
    assert.ok(!relations(g, ["MET_WITH"]).some((r) => r.includes("al-fajr") || r.includes("person:al-")), relations(g, ["MET_WITH"]).join("; "));
  });

  it("a joint news conference's transcript: 'my brother X' and 'my brother' alone, said by one of two speakers, are the other (no kin): 'I asked my brother to convey my greetings to my dear sister Y' (asked, through him, to Y); 'my brother and I signed the D'; 'G's foreign minister, A, was here on Monday. She met Hakan Bey and handed him a letter from B' (Hakan the given name of the minister named before); 'The meeting of our Minister of National Defence, C, with G's defence minister, D, …, was called off'", () => {
    const f = extract("ANKARA\n\nPresident Selim Kaya received President Elnur Mammadli at the Presidential Complex on Wednesday, and the two leaders held talks attended by Foreign Minister Hakan Orhan.\n\nKAYA: My dear brother, welcome. My brother Elnur has invited me to Ganja in September, and I have accepted with pleasure. At the end of our talks I also asked my brother to convey my warmest greetings to my dear sister Leyla Hanim, and he has promised to do so tonight.\n\nMAMMADLI: Yes, I invited my brother to Ganja. It was in Ganja, on 15 June 2021, that my brother and I signed the Ganja Declaration.\n\nQUESTION (TRT): Georgia has written to you?\n\nKAYA: I can confirm it. Georgia's foreign minister, Nino Beridze, was here in Ankara on Monday. She met Hakan Bey and handed him a letter from Prime Minister Giorgi Lomidze addressed to me, and Hakan Bey brought it to me that same evening.\n\nQUESTION (Haberturk): There was to be a meeting of the defence ministers.\n\nKAYA: The meeting of our Minister of National Defence, Murat Sezer, with Azerbaijan's defence minister, Rauf Aliyev, in Nakhchivan, which had been planned for yesterday, was called off.", "2026-05-06");
    assertRelations(relations(f, ["ASKED", "CONVEYED_VIA", "CONVEYED_TO", "SIGNED"]), ["ASKED person:selim-kaya -> person:elnur-mammadli", "CONVEYED_VIA person:selim-kaya -> person:elnur-mammadli", "CONVEYED_TO person:selim-kaya -> person:leyla", "SIGNED person:selim-kaya -> document:ganja-declaration", "SIGNED person:elnur-mammadli -> document:ganja-declaration", "CONVEYED_VIA person:giorgi-lomidze -> person:hakan-orhan", "CONVEYED_TO person:nino-beridze -> person:hakan-orhan"]);
    assert.ok(!f.entities.some((e) => /hakan-bey|leyla-hanim/.test(e.key)) && !relations(f, ["RELATIVE_OF"]).length, f.entities.map((e) => e.key).join() + relations(f, ["RELATIVE_OF"]).join());
    const ms = of(f);
    assert.ok(ms.some(([s, , p]) => s === "held" && p === "person:hakan-orhan,person:nino-beridze"), JSON.stringify(ms));
    assert.ok(ms.some(([s, d, p]) => s === "cancelled" && d === "2026-05-05" && p === "person:murat-sezer,person:rauf-aliyev"), JSON.stringify(ms));
  });

  it("a chef's feature and a corrected story: 'the real test comes on Thursday, when L serves lunch … after the talks with Y' (still planned); 'plated the dinner for A and B on the first evening of their second summit' (held); 'Y undertook to pass the letter on to the prime minister' (through Y)", () => {
    const f = extract("HÀ NỘI — King Sok Chea is scheduled to be received by Prime Minister Tran Quoc Vinh at the Government Office on Thursday morning. For the kitchen, the real test comes on Thursday, when the Guest House serves lunch for the King's delegation after the talks with Vinh. In 2019 the chef was one of the cooks who plated the dinner for President Mark Dalton and Chairman Ri Chol Ho on the first evening of their second summit.", "2026-03-04");
    const ms = of(f);
    assert.ok(ms.some(([s, , p]) => s === "planned" && p === "person:sok-chea,person:tran-quoc-vinh") && !ms.some(([s, , p]) => s === "held" && p === "person:sok-chea,person:tran-quoc-vinh"), JSON.stringify(ms));
    assert.ok(ms.some(([s, , p]) => s === "held" && p === "person:mark-dalton,person:ri-chol-ho"), JSON.stringify(ms));
    const g = extract("Estonia's Ambassador to Lithuania, Liis Kask, called on Foreign Minister Tomas Zukas at the Foreign Ministry in Vilnius on Monday and handed him a letter from Estonian Prime Minister Andres Tamm addressed to Lithuanian Prime Minister Rasa Vaitkute. The letter invites Vaitkute to Tallinn for talks. Zukas undertook to pass the letter on to the prime minister.", "2026-03-12");
    assert.ok(relations(g, ["CONVEYED_VIA"]).includes("CONVEYED_VIA person:andres-tamm -> person:tomas-zukas"), relations(g, ["CONVEYED_VIA"]).join("; "));
  });

  it("older sets again: 'King X of G and Queen Y began a state visit' makes 'The royal couple, accompanied by A and B, were welcomed at the O's Wing 6 at L airport by Z' all four with Z, and 'granted an audience to the Bhutanese King and Queen' both; 'held talks with Deputy Prime Minister and Commerce Minister W' (W, of the story's state)", () => {
    const f = extract("BANGKOK — King Karma Dorji of Bhutan and Queen Pema Lhamo began a five-day state visit to Thailand on Monday.\n\nThe royal couple, accompanied by Prime Minister Tashi Wangdi and Foreign Minister Sonam Tobgay, were welcomed at the Royal Thai Air Force's Wing 6 at Don Mueang airport by Foreign Minister Somchai Rattana.\n\nOn Monday evening, King Arthit Chai and Queen Malee granted an audience to the Bhutanese King and Queen at the Amphorn Sathan Residential Hall in Dusit Palace.\n\nOn Tuesday, Wangdi held talks at Government House with Deputy Prime Minister and Commerce Minister Nittaya Srisuk.", "2026-01-21");
    const ms = of(f);
    assert.ok(ms.some(([s, , p]) => s === "held" && p === "person:karma-dorji,person:pema-lhamo,person:somchai-rattana,person:sonam-tobgay,person:tashi-wangdi"), JSON.stringify(ms));
    const met = relations(f, ["MET_WITH"]);
    assert.ok(met.some((r) => r.includes("pema-lhamo") && r.includes("arthit-chai")) && met.some((r) => r.includes("tashi-wangdi") && r.includes("nittaya-srisuk")), met.join("; "));
    assert.ok(relations(f, ["HOLDS_OFFICE"]).some((r) => r.startsWith("HOLDS_OFFICE person:nittaya-srisuk -> government:thailand")), relations(f, ["HOLDS_OFFICE"]).join("; "));
  });

  it("two who share a surname: the bare surname is the one named most so far ('a son of the eastern commander, Omar Zaid … headed by Karim Zaid … handed it to Karim Zaid … carried back Zaid's written reply' is Karim's)", () => {
    const f = extract("The talks brought together an adviser to the prime minister, Ali Nouri, and a son of the eastern commander, Omar Zaid. The eastern side was headed by Karim Zaid. In the morning Foreign Minister Paul Vella collected a written proposal from Nouri and handed it to Karim Zaid. By the evening Vella had carried back Zaid's written reply.", "2026-06-18");
    const via = relations(f, ["CONVEYED_VIA"]);
    assert.ok(via.includes("CONVEYED_VIA person:karim-zaid -> person:paul-vella") && !via.some((r) => r.includes("omar-zaid")), via.join("; "));
  });

  it("'A and G's Prime Minister B sat down with C': A, of the story's state, and B of another met each other too (not one side)", () => {
    const f = extract("LUSAKA – On 25 August 1975 President Daniel Mwale and South Africa's Prime Minister Pieter Botha sat down with Ian Crane in a railway carriage at Victoria Falls.", "2026-05-20");
    assert.ok(relations(f, ["MET_WITH"]).some((r) => r.includes("daniel-mwale") && r.includes("pieter-botha")), relations(f, ["MET_WITH"]).join("; "));
  });

  it("a transcript's speaker's kinsman named plainly stays kin: 'my brother Orhan, who farms near Konya' (no other speaker), beside 'my dear brother Elnur' (the other speaker)", () => {
    const f = extract("President Selim Kaya received President Elnur Mammadli in Ankara on Wednesday.\n\nKAYA: Welcome. Today my dear brother Elnur invited me to Ganja. Yesterday my brother Orhan Demir, who farms near Konya, sent me his regards.\n\nMAMMADLI: Thank you, my brother.", "2026-05-06");
    const kin = relations(f, ["RELATIVE_OF"]);
    assert.ok(kin.some((r) => r.includes("orhan-demir")) && !kin.some((r) => r.includes("elnur-mammadli")), kin.join("; "));
  });

  it("spokespeople's states: 'Our Foreign Ministry spokesman, X,' (the story's); 'the ministry's spokesperson, Y,' (the story's); 'The spokesperson of G's Ministry of Foreign Affairs and International Cooperation, Z'; 'said the Zambian president's chief communications specialist, W'", () => {
    const a = extract("ANKARA – Our Foreign Ministry spokesman, Murat Aydin, made this clear on Sunday.", "2026-05-06");
    assert.ok(relations(a, ["HOLDS_OFFICE"]).some((r) => r.startsWith("HOLDS_OFFICE person:murat-aydin -> government:turkiye")), relations(a, ["HOLDS_OFFICE"]).join("; "));
    const b = extract("VILNIUS – \"Budrys did not meet him,\" the ministry's spokesperson, Rasa Jankute, told reporters.", "2026-03-12");
    assert.ok(relations(b, ["HOLDS_OFFICE"]).some((r) => r.startsWith("HOLDS_OFFICE person:rasa-jankute -> government:lithuania")), relations(b, ["HOLDS_OFFICE"]).join("; "));
    const c = extract("The spokesperson of Cambodia's Ministry of Foreign Affairs and International Cooperation, Keo Sophal, said no such meeting had taken place.", "2026-03-04");
    assert.ok(relations(c, ["HOLDS_OFFICE"]).some((r) => r.startsWith("HOLDS_OFFICE person:keo-sophal -> government:cambodia")), relations(c, ["HOLDS_OFFICE"]).join("; "));
    const d = extract("Zambian President Joseph Mwale visited Harare. \"Mwale did not meet him,\" said the Zambian president's chief communications specialist, Brian Chanda.", "2026-05-22");
    assert.ok(relations(d, ["HOLDS_OFFICE"]).some((r) => r.startsWith("HOLDS_OFFICE person:brian-chanda -> government:zambia")), relations(d, ["HOLDS_OFFICE"]).join("; "));
  });
});

describe("the thirty-first held-out set's forms (fortieth session)", () => {
  it("an agency's style: 'B.Naran' and 'U.Saran' (an initial run into the name) are Naran and Saran; 'Ambassador Extraordinary and Plenipotentiary of the Republic of G to H X' is G's ambassador; 'The Minister further informed … that X paid a courtesy call on her … and handed over a letter from Y addressed to Z'; 'Minister B.Naran presented the letter to Z'; 'The letter contains an invitation for the President of H to visit L'", () => {
    const f = extract(
      "Tarn, May 20, 2026 /MONTSAME/. The committee heard a report by Minister of Foreign Affairs Bolormaa Naran. The Minister further informed the members that Ambassador Extraordinary and Plenipotentiary of the Republic of Kazakhstan to Mongolia Erik Sadykov paid a courtesy call on her at the Ministry on Tuesday and handed over a letter from President of the Republic of Kazakhstan Arman Zhakupov addressed to President U.Saran. The letter contains an invitation for the President of Mongolia to visit Astana. Minister B.Naran presented the letter to the Head of State the same evening.",
      "2026-05-20",
    );
    const met = relations(f, ["MET_WITH"]);
    assert.ok(met.some((r) => r.includes("erik-sadykov") && r.includes("bolormaa-naran")), met.join("; "));
    const conveyed = relations(f, ["CONVEYED_VIA", "CONVEYED_TO"]);
    for (const r of ["CONVEYED_VIA person:arman-zhakupov -> person:erik-sadykov", "CONVEYED_TO person:erik-sadykov -> person:bolormaa-naran", "CONVEYED_TO person:arman-zhakupov -> person:saran", "CONVEYED_VIA person:arman-zhakupov -> person:bolormaa-naran"]) assert.ok(conveyed.includes(r), `${r}: ${conveyed.join("; ")}`);
    assert.ok(relations(f, ["HOLDS_OFFICE"]).some((r) => r.startsWith("HOLDS_OFFICE person:erik-sadykov -> government:kazakhstan")), relations(f, ["HOLDS_OFFICE"]).join("; "));
    assert.ok(relations(f, ["INVITED"]).includes("INVITED person:arman-zhakupov -> person:saran"), relations(f, ["INVITED"]).join("; "));
  });

  it("'President of the Republic of Korea Lee Min-jun' and 'Minister of Foreign Affairs of the Democratic People's Republic of Korea Ri Chol' hold their states' posts (a hyphened given name, a possessive in the state's name)", () => {
    const f = extract("President of the Republic of Korea Lee Min-jun wrote to the minister. She did not meet Minister of Foreign Affairs of the Democratic People's Republic of Korea Ri Chol in Vladivostok.", "2026-05-20");
    const held = relations(f, ["HOLDS_OFFICE"]);
    assert.ok(held.some((r) => r.startsWith("HOLDS_OFFICE person:lee-min-jun -> government:south-korea")) && held.some((r) => r.startsWith("HOLDS_OFFICE person:ri-chol -> government:north-korea")), held.join("; "));
  });

  it("'the two Ministers signed the Agreement on Cooperation in the Field of Rare Metals and Their Supply Chains': the two ministers named, one document of that whole name", () => {
    const f = extract("Foreign Minister Anna Berg of Norway received Foreign Minister Carl Voss of Sweden in Oslo on Monday. The two were later received by King Harald Lund. Following the talks, the two Ministers signed the Agreement on Cooperation in the Field of Rare Metals and Their Supply Chains.", "2026-05-20");
    const signed = relations(f, ["SIGNED"]);
    assert.ok(signed.some((r) => r.startsWith("SIGNED person:anna-berg -> document:agreement-on-cooperation-in-the-field-of-rare-metals-and-their-supply-chains")) && signed.some((r) => r.startsWith("SIGNED person:carl-voss")) && !signed.some((r) => r.includes("harald-lund")), signed.join("; "));
  });

  it("'X recalled that Y had paid a state visit in July 2025, when Z received him in L': 'him' is Y, the one the pronoun fits (X is 'she')", () => {
    const f = extract("Foreign Minister Anna Berg spoke to the committee. She said she would travel soon. Minister Berg recalled that Emperor Kenji of Japan had paid a state visit to Norway in July 2025, when King Harald Lund received him in Oslo.", "2026-05-20");
    assert.ok(relations(f, ["MET_WITH"]).some((r) => r.includes("kenji") && r.includes("harald-lund")), relations(f, ["MET_WITH"]).join("; "));
  });

  it("a lecture's report: 'On Tuesday, he said, X called on Y at the O and handed him a letter from Z addressed to W' (him is Y, not the one who says it); 'X began with the visit of G's minister, Y, whom he received at L together with Z'; then, quoted, '\"He brought me a letter from my friend President V, inviting me to L in October,\" X told the students' (he is Y)", () => {
    const f = extract(
      "DILI, 27 August 2026 – President Marco Soares gave a lecture on Wednesday.\n\nSoares began with the visit on Monday of Indonesia's Minister of Foreign Affairs, Budi Santoso, whom he received at the Presidential Palace together with the Minister of Foreign Affairs, Rui Pinto.\n\n\"He brought me a letter from my friend President Joko Hartono, inviting me to Jakarta in October,\" Soares told the students.\n\nOn Tuesday, he said, Australia's Ambassador to Timor-Leste, Claire Hale, called on Minister Pinto at the Ministry of Foreign Affairs and handed him a letter from Prime Minister Adam Reid addressed to Prime Minister Tomas Lobo.",
      "2026-08-27",
    );
    const ms = of(f);
    assert.ok(ms.some(([s, , p]) => s === "held" && p.includes("person:budi-santoso") && p.includes("person:marco-soares") && p.includes("person:rui-pinto")), JSON.stringify(ms));
    const conveyed = relations(f, ["CONVEYED_VIA", "CONVEYED_TO"]);
    for (const r of ["CONVEYED_VIA person:joko-hartono -> person:budi-santoso", "CONVEYED_TO person:budi-santoso -> person:marco-soares", "CONVEYED_VIA person:adam-reid -> person:claire-hale", "CONVEYED_TO person:claire-hale -> person:rui-pinto"]) assert.ok(conveyed.includes(r), `${r}: ${conveyed.join("; ")}`);
    assert.ok(!conveyed.includes("CONVEYED_TO person:claire-hale -> person:marco-soares"), conveyed.join("; "));
    assert.ok(relations(f, ["INVITED"]).includes("INVITED person:joko-hartono -> person:marco-soares"), relations(f, ["INVITED"]).join("; "));
  });

  it("'the Treaty between G and H establishing their boundaries in the L, signed at O in L2 on 6 March 2018 by A, for H, and B, then G's foreign minister': both signed, and met there then", () => {
    const f = extract("He recalled the Treaty between Australia and Timor-Leste establishing their maritime boundaries in the Timor Sea, signed at United Nations Headquarters in New York on 6 March 2018 by Luis Amaral, for Timor-Leste, and Jane Porter, then Australia's foreign minister.", "2026-08-27");
    const signed = relations(f, ["SIGNED"]);
    assert.ok(signed.some((r) => r.startsWith("SIGNED person:luis-amaral")) && signed.some((r) => r.startsWith("SIGNED person:jane-porter")), signed.join("; "));
    assert.ok(of(f).some(([s, d, p]) => s === "held" && d === "2018-03-06" && p === "person:jane-porter,person:luis-amaral"), JSON.stringify(of(f)));
  });

  it("a port story: 'On Tuesday in L, A and G's Minister of Foreign Affairs, B, signed …, in the presence of the Minister of Transport, C' (C at the table); '…, when B, travelling as special envoy of Z of G, was received at L2 by the Minister of State, Secretary General at the Presidency of the Republic, D. She handed him a letter from the G Head of State to President W' (she is B); 'A handed the G minister a message from W to his counterpart, which she delivered to Z in L3' (through B, for Z); 'The two Heads of State last met in L2 in December 2024'", () => {
    const f = extract(
      "KRIBI – On Tuesday in Kribi, the Minister of External Relations, Paul Essomba, and the Central African Republic's Minister of Foreign Affairs, Marie Ngaba, signed an agreement on transit, in the presence of the Minister of Transport, Jean Mbarga.\n\nThe signing crowned a visit that began in Yaoundé on Monday, when Ngaba, travelling as special envoy of President Henri Zanga of the Central African Republic, was received at Unity Palace by the Minister of State, Secretary General at the Presidency of the Republic, Louis Owona. She handed him a letter from the Central African Head of State to President Samuel Atangana.\n\nAt the quay in Kribi on Tuesday, Essomba handed the Central African minister a message from President Atangana to his Central African counterpart, which she delivered to President Zanga in Bangui on Thursday.\n\nThe two Heads of State last met in Yaoundé in December 2024.",
      "2026-07-10",
    );
    const met = relations(f, ["MET_WITH"]);
    for (const [x, y] of [["jean-mbarga", "marie-ngaba"], ["louis-owona", "marie-ngaba"], ["samuel-atangana", "henri-zanga"]]) assert.ok(met.some((r) => r.includes(x) && r.includes(y)), `${x}–${y}: ${met.join("; ")}`);
    const conveyed = relations(f, ["CONVEYED_VIA", "CONVEYED_TO"]);
    for (const r of ["CONVEYED_VIA person:henri-zanga -> person:marie-ngaba", "CONVEYED_TO person:marie-ngaba -> person:louis-owona", "CONVEYED_VIA person:samuel-atangana -> person:marie-ngaba", "CONVEYED_TO person:marie-ngaba -> person:henri-zanga", "CONVEYED_TO person:samuel-atangana -> person:henri-zanga"]) assert.ok(conveyed.includes(r), `${r}: ${conveyed.join("; ")}`);
    assert.ok(!conveyed.includes("CONVEYED_TO person:samuel-atangana -> person:marie-ngaba"), conveyed.join("; "));
  });

  it("a spouse's profile: 'as the husband of G's Ambassador, A' then 'his wife was received at L by President B and presented a letter from C inviting the President' (his wife is A); 'A gave a dinner for the two ministers' (both, named before: A met the other state's); 'Prime Minister D Jordan … Jordan accepted' and 'where E and Jordan met' (the person, not the state)", () => {
    const f = extract(
      "THE LISBON NEWS | LISBON | PEOPLE\n\nTomas Ruiz has lived in Lisbon for three years as the husband of Spain's Ambassador to Portugal, Marta Lopez.\n\nOn Monday his wife was received at Belem Palace by President Rui Sousa and presented a letter from King Carlos of Spain inviting the President to pay a state visit to Madrid.\n\nOn Wednesday Foreign Minister Pedro Alba of Spain and Foreign Minister Joao Neves of Portugal signed an agreement. In the evening Lopez gave a dinner for the two ministers at the residence.\n\nPrime Minister Luis Jordan received a letter from Prime Minister Pablo Soler. Jordan accepted, his office said. In Faro in October 2024, Soler and Jordan met.",
      "2026-11-20",
    );
    const conveyed = relations(f, ["CONVEYED_VIA", "CONVEYED_TO"]);
    for (const r of ["CONVEYED_VIA person:carlos -> person:marta-lopez", "CONVEYED_TO person:marta-lopez -> person:rui-sousa"]) assert.ok(conveyed.includes(r), `${r}: ${conveyed.join("; ")}`);
    const met = relations(f, ["MET_WITH"]);
    for (const [x, y] of [["marta-lopez", "rui-sousa"], ["marta-lopez", "joao-neves"], ["pablo-soler", "luis-jordan"]]) assert.ok(met.some((r) => r.includes(x) && r.includes(y)), `${x}–${y}: ${met.join("; ")}`);
    assert.ok(!relations(f, ["PARTICIPANT_IN"]).some((r) => r.startsWith("PARTICIPANT_IN government:jordan")), relations(f, ["PARTICIPANT_IN"]).join("; "));
  });

  it("a travel diary: 'Naalakkersuisoq for Foreign Affairs A' (Greenland's post); 'In the afternoon, at the O, G's consul general, B, called on A. She handed her a letter from C addressed to D' (she is B, the one not named again); 'A walked the letter across to D's office'; 'The Fox Island agreement, which ended a quarrel over a rock in the L, was signed in L2 on 14 June 2022 by G's then E and H's then F'", () => {
    const f = extract(
      "NUUK – Premier Hans Lund of Greenland met reporters on Monday. In the afternoon, at the Department of Foreign Affairs, Iceland's consul general, Anna Jonsdottir, called on Naalakkersuisoq for Foreign Affairs Vivi Berthelsen. She handed her a letter from Prime Minister Gudrun Olafsdottir addressed to Premier Hans Lund. Berthelsen walked the letter across to Lund's office the same evening.\n\nThe Fox Island agreement, which ended a quarrel over a rock in the Nares Strait, was signed in Ottawa on 14 June 2022 by Canada's then Foreign Minister Claire Roy and Denmark's then Foreign Minister Erik Holm.",
      "2026-09-18",
    );
    assert.ok(relations(f, ["HOLDS_OFFICE"]).some((r) => r.startsWith("HOLDS_OFFICE person:vivi-berthelsen -> government:greenland")), relations(f, ["HOLDS_OFFICE"]).join("; "));
    const conveyed = relations(f, ["CONVEYED_VIA", "CONVEYED_TO"]);
    for (const r of ["CONVEYED_VIA person:gudrun-olafsdottir -> person:anna-jonsdottir", "CONVEYED_TO person:anna-jonsdottir -> person:vivi-berthelsen", "CONVEYED_TO person:vivi-berthelsen -> person:hans-lund"]) assert.ok(conveyed.includes(r), `${r}: ${conveyed.join("; ")}`);
    const signed = relations(f, ["SIGNED"]);
    assert.ok(signed.some((r) => r.startsWith("SIGNED person:claire-roy -> document:fox-island-agreement")) && signed.some((r) => r.startsWith("SIGNED person:erik-holm -> document:fox-island-agreement")), signed.join("; "));
  });

  it("a storm story: 'A was received by B at L, together with G' Minister for Foreign Affairs, C' (C at the table, and G's); 'B accepted the invitation, State House said, and asked A to carry his greetings back to D'; 'the treaty on the joint exercise of rights over the shelf in the L region, which D and then-President E signed in L2 in March 2012' (signed, and met)", () => {
    const f = extract(
      "VICTORIA – On Tuesday, Minister Raj Dookun of Mauritius was received by President Paul Hoareau at State House, together with Seychelles' Minister for Foreign Affairs, Marc Labiche. Hoareau accepted the invitation, State House said, and asked Dookun to carry his greetings back to Prime Minister Ravi Seeparsad. Later the two ministers signed a memorandum on patrols, the first since the treaty on the joint exercise of sovereign rights over the continental shelf in the Mascarene Plateau region, which Seeparsad and then-President Jean Morel signed in Port Louis in March 2012.",
      "2026-02-12",
    );
    assert.ok(of(f).some(([s, , p]) => s === "held" && p === "person:marc-labiche,person:paul-hoareau,person:raj-dookun"), JSON.stringify(of(f)));
    assert.ok(relations(f, ["HOLDS_OFFICE"]).some((r) => r.startsWith("HOLDS_OFFICE person:marc-labiche -> government:seychelles")), relations(f, ["HOLDS_OFFICE"]).join("; "));
    assert.ok(relations(f, ["ASKED"]).includes("ASKED person:paul-hoareau -> person:raj-dookun"), relations(f, ["ASKED"]).join("; "));
    const signed = relations(f, ["SIGNED"]);
    assert.ok(signed.some((r) => r.startsWith("SIGNED person:ravi-seeparsad -> document:treaty")) && signed.some((r) => r.startsWith("SIGNED person:jean-morel -> document:treaty")), signed.join("; "));
    assert.ok(of(f).some(([s, d, p]) => s === "held" && d === "2012-03" && p === "person:jean-morel,person:ravi-seeparsad"), JSON.stringify(of(f)));
  });

  it("'X had been due in L on Wednesday for talks with Y, and the visit was called off late on Tuesday' (cancelled, not proposed)", () => {
    const f = extract("Foreign Minister Ana Pop had been due in Odesa on Wednesday for talks with Ivan Koval, and the visit was called off late on Tuesday evening for security reasons.", "2026-10-16");
    assert.ok(of(f).some(([s, , p]) => s === "cancelled" && p === "person:ana-pop,person:ivan-koval"), JSON.stringify(of(f)));
  });

  it("a farm report: 'G's Minister of Agriculture, Food Sovereignty and Livestock, Dr A' (a list of portfolios); 'received by President B …, in the presence of the Minister of Agriculture, Livestock and Food Security, Hon. C' (C's post, and C a person whatever the model reads)", () => {
    const f = extract("BANJUL – Seed was at the centre of a visit by Senegal's Minister of Agriculture, Food Sovereignty and Livestock, Dr Moussa Ndiaye, who was received by President Lamin Ceesay at State House on Monday, in the presence of the Minister of Agriculture, Livestock and Food Security, Hon. Ebrima Touray.", "2025-11-28");
    const held = relations(f, ["HOLDS_OFFICE"]);
    assert.ok(held.some((r) => r.startsWith("HOLDS_OFFICE person:moussa-ndiaye -> government:senegal")), held.join("; "));
    assert.ok(of(f).some(([s, , p]) => s === "held" && p.includes("person:ebrima-touray") && p.includes("person:moussa-ndiaye") && p.includes("person:lamin-ceesay")), JSON.stringify(of(f)));
  });

  it("a trade fair report: 'handed the CE a letter from A inviting him to L' (Macau's 'the CE', the Chief Executive named before, no body's acronym); 'After the meeting, B and C signed …' leaves the visit proposed since still planned", () => {
    const f = extract("MACAU – Minister Paulo Neto of Angola was received by Chief Executive Ho Man Kit on Thursday. During the meeting, Neto handed the CE a letter from President Jorge Sousa inviting him to Luanda for the fair next July. Ho accepted the invitation and said he would lead a delegation to the fair. After the meeting, Neto and Secretary Lam Wai signed a memorandum on trade.", "2025-10-20");
    assert.ok(relations(f, ["CONVEYED_TO"]).includes("CONVEYED_TO person:paulo-neto -> person:ho-man-kit"), relations(f, ["CONVEYED_TO"]).join("; "));
    assert.ok(of(f).some(([s, d, p]) => s === "planned" && d === "2026-07" && p === "person:ho-man-kit,person:jorge-sousa"), JSON.stringify(of(f)));
  });

  it("a school exchange story: 'Foreign Minister, Hon. A, received his G counterpart, B' (the post opening the sentence is A's); 'B also brought a letter from President C to Prime Minister Hon. D, which he handed to A' (one name after 'Hon.')", () => {
    const f = extract("BELMOPAN – Foreign Minister, Hon. Mark Usher, received his Guatemalan counterpart, Luis Ramos, at the town board office on Thursday. Ramos also brought a letter from President Jorge Solis to Prime Minister Hon. Dean Lawson, which he handed to Usher after the signing.", "2026-03-05");
    assert.ok(relations(f, ["HOLDS_OFFICE"]).some((r) => r.startsWith("HOLDS_OFFICE person:mark-usher -> government:belize")), relations(f, ["HOLDS_OFFICE"]).join("; "));
    const conveyed = relations(f, ["CONVEYED_VIA", "CONVEYED_TO"]);
    for (const r of ["CONVEYED_VIA person:jorge-solis -> person:luis-ramos", "CONVEYED_TO person:luis-ramos -> person:mark-usher", "CONVEYED_TO person:jorge-solis -> person:dean-lawson"]) assert.ok(conveyed.includes(r), `${r}: ${conveyed.join("; ")}`);
  });

  it("a paper's header line in capitals gives the story's state: 'MZUZU TIMES | MALAWI NEWS' is Malawi's, though the paper's own name is no state ('Foreign Minister X' is Malawi's)", () => {
    const f = extract("MZUZU TIMES | MALAWI NEWS\n\nForeign Minister Grace Phiri received the envoy on Friday.", "2026-07-06");
    assert.ok(relations(f, ["HOLDS_OFFICE"]).some((r) => r.startsWith("HOLDS_OFFICE person:grace-phiri -> government:malawi")), relations(f, ["HOLDS_OFFICE"]).join("; "));
  });

  it("a chess report: 'the two ministers signed, at the same table, an agreement on the opening of a new road border crossing' (the place set off between the verb and its object)", () => {
    const f = extract("Foreign Minister Pal Kovacs of Hungary met Foreign Minister Milan Petrovic of Serbia in Szeged. Before the first round began, the two ministers signed, at the same table, an agreement on the opening of a new road border crossing.", "2026-02-07");
    const signed = relations(f, ["SIGNED"]);
    assert.ok(signed.some((r) => r.startsWith("SIGNED person:pal-kovacs -> document:agreement-on-the-opening")) && signed.some((r) => r.startsWith("SIGNED person:milan-petrovic -> document:agreement-on-the-opening")), signed.join("; "));
  });

  it("a traffic advisory: 'The G minister delivered a written message to A from the Emir of G, B, containing an official invitation to visit G' (through the minister, for A, who is invited); 'A welcomed the invitation and accepted it' (planned)", () => {
    const f = extract("G's Foreign Minister, Salem Al-Omar, arrived in Baghdad on Wednesday. On Wednesday evening, Prime Minister Ali Hassan received Al-Omar at the Government Palace. The Kuwaiti minister delivered a written message to Hassan from the Emir of Kuwait, Sheikh Nasser Al-Fahad, containing an official invitation to visit Kuwait. Hassan welcomed the invitation and accepted it.".replace("G's", "Kuwait's"), "2025-03-14");
    assert.ok(relations(f, ["CONVEYED_TO"]).includes("CONVEYED_TO person:nasser-al-fahad -> person:ali-hassan"), relations(f, ["CONVEYED_TO"]).join("; "));
    assert.ok(relations(f, ["INVITED"]).includes("INVITED person:nasser-al-fahad -> person:ali-hassan"), relations(f, ["INVITED"]).join("; "));
    assert.ok(of(f).some(([s, , p]) => s === "planned" && p === "person:ali-hassan,person:nasser-al-fahad"), JSON.stringify(of(f)));
  });

  it("'Heads of State' in capitals: no one's name ('The two Heads of State last met'), and still a word of a body's name ('the Assembly of Heads of State and Government')", () => {
    const f = extract("The Assembly of Heads of State and Government of the African Union met in Addis Ababa. The two Heads of State last met in Yaounde.", "2026-07-10");
    assert.ok(!f.entities.some((e) => e.key === "person:heads"), f.entities.map((e) => e.key).join("; "));
    assert.ok(f.entities.some((e) => e.kind === "Organization" && /^Assembly of Heads of State/.test(e.label)), f.entities.map((e) => e.label).join("; "));
  });
});

describe("a mediator's letters told as a story (the fourth held-out set, forty-first session)", () => {
  it("'X gave Y a letter addressed to President Z': through Y, for Z (not a letter to Y)", () => {
    const r = relations(extract("Tomas Ruvak gave Lena Marquet a letter addressed to President Paul Ondoua."), ["CONVEYED_TO", "CONVEYED_VIA"]);
    assert.deepEqual(r.sort(), ["CONVEYED_TO person:tomas-ruvak -> person:paul-ondoua", "CONVEYED_VIA person:tomas-ruvak -> person:lena-marquet"]);
  });
  it("'X, the Swiss envoy, handed the letter to Y, Cameroon's minister, in L in June': a meeting held in L that month", () => {
    const f = extract("GENEVA, Nov 14 - Lena Marquet, the Swiss envoy, handed the letter to Joseph Essomba, Cameroon's minister, in Yaoundé in June.", "2025-11-14");
    assert.deepEqual(meetings(f), [{ status: "held", date: "2025-06", participants: ["person:joseph-essomba", "person:lena-marquet"] }]);
    assert.ok(relations(f, ["HELD_IN"]).includes("HELD_IN meeting -> place:yaounde"), relations(f).join("; "));
  });
  it("'X had flown to L in May and spent two evenings with Y': held in L", () => {
    const f = extract("GENEVA, Nov 14 - Lena Marquet had flown to Brussels in May and spent two evenings with Tomas Ruvak.", "2025-11-14");
    assert.deepEqual(meetings(f), [{ status: "held", date: "2025-05", participants: ["person:lena-marquet", "person:tomas-ruvak"] }]);
    assert.ok(relations(f, ["HELD_IN"]).includes("HELD_IN meeting -> place:brussels"), relations(f).join("; "));
  });
  it("'X, the Swiss envoy, travelled to L in June and handed the letter to Y, Cameroon's minister': the letter to Y, and a meeting in L", () => {
    const f = extract("GENEVA, Nov 14 - Lena Marquet, the Swiss envoy, travelled to Yaoundé in June and handed the letter to Joseph Essomba, Cameroon's minister.", "2025-11-14");
    assert.ok(relations(f, ["CONVEYED_TO"]).includes("CONVEYED_TO person:lena-marquet -> person:joseph-essomba"), relations(f).join("; "));
    assert.deepEqual(meetings(f), [{ status: "held", date: "2025-06", participants: ["person:joseph-essomba", "person:lena-marquet"] }]);
    assert.ok(relations(f, ["HELD_IN"]).includes("HELD_IN meeting -> place:yaounde"), relations(f).join("; "));
  });
  it("'X flew to L on Monday and handed the list to Y', X's side not told: the list to Y, but no meeting (a carrier may have gone home)", () => {
    const f = extract("Oman's foreign minister Salim Harthy handed Faisal Qahtani a list of demands on Sunday. Faisal Qahtani flew to Riyadh on Monday and handed the list to Defense Minister Prince Nawaf bin Adel.", "2026-05-26");
    assert.ok(relations(f, ["CONVEYED_TO"]).includes("CONVEYED_TO person:faisal-qahtani -> person:nawaf-bin-adel"), relations(f).join("; "));
    assert.ok(!relations(f, ["MET_WITH"]).some((r) => r.includes("nawaf-bin-adel")), relations(f).join("; "));
  });
  it("'In June X had carried that letter to L and handed it to Y': the letter to Y, and they met that month", () => {
    const f = extract("GENEVA, Nov 14 - Tomas Ruvak gave Lena Marquet a letter for the president. In June Lena Marquet had carried that letter to Yaoundé and handed it to Joseph Essomba, the minister.", "2025-11-14");
    assert.ok(relations(f, ["CONVEYED_TO"]).includes("CONVEYED_TO person:lena-marquet -> person:joseph-essomba"), relations(f).join("; "));
    assert.ok(meetings(f).some((m) => m.status === "held" && m.date === "2025-06" && m.participants.join() === "person:joseph-essomba,person:lena-marquet"), JSON.stringify(meetings(f)));
  });
});

describe("a go-between's profile (the twenty-third held-out set, forty-first session)", () => {
  it("'X, 67, holds the modest title of special representative of the President of G for …' and 'Y holds the post of deputy foreign minister of H': posts of G and H; 'Z was the deputy foreign minister of H' is none now", () => {
    const f = extract("Rustam Aliev, 67, holds the modest title of special representative of the President of Uzbekistan for Central Asian affairs. Timur Osmonov holds the post of deputy foreign minister of Kyrgyzstan. Bakyt Sadykov was the deputy foreign minister of Kyrgyzstan.");
    const r = relations(f, ["HOLDS_OFFICE"]);
    assert.ok(r.includes("HOLDS_OFFICE person:rustam-aliev -> government:uzbekistan [special representative of the President]"), r.join("; "));
    assert.ok(r.includes("HOLDS_OFFICE person:timur-osmonov -> government:kyrgyzstan [deputy foreign minister]"), r.join("; "));
    assert.ok(!r.some((x) => x.includes("bakyt-sadykov")), r.join("; "));
  });
  it("'The line was finished in L on March 31, 2025, when A, B and C signed the treaty': the three met there that day", () => {
    const f = extract("Tajik President Davlat Rahimzoda, Kyrgyz President Almaz Japarbekov and Uzbek President Sardor Mirzaev are neighbours. The line was finished in Khujand on March 31, 2025, when Rahimzoda, Japarbekov and Mirzaev signed the treaty on the junction point of the borders.", "2026-06-01");
    assert.deepEqual(meetings(f), [{ status: "held", date: "2025-03-31", participants: ["person:almaz-japarbekov", "person:davlat-rahimzoda", "person:sardor-mirzaev"] }]);
    assert.ok(relations(f, ["HELD_IN"]).includes("HELD_IN meeting -> place:khujand"), relations(f).join("; "));
  });
  it("'In January 2018 A received X … A's state visit to G took place that August': held in August 2018, with G's president, whom the article names", () => {
    const f = extract("Tajik President Davlat Rahimzoda and Uzbek President Sardor Mirzaev are neighbours. In January 2018 Rahimzoda received Rustam Aliev at the Palace of the Nation. Rahimzoda's state visit to Uzbekistan took place that August.", "2026-06-01");
    assert.deepEqual(meetings(f)[1], { status: "held", date: "2018-08", participants: ["person:davlat-rahimzoda", "person:sardor-mirzaev"] });
  });
  it("'… asked when a head of state had last paid a state visit to G', G's own minister and president named: no meeting of the two", () => {
    const f = extract("Mongolian Foreign Minister Batmunkh Nara reported to the committee on President Ukhnaa Bat's visit. She also said when a head of state had last paid a state visit to Mongolia.", "2026-05-20");
    assert.ok(!relations(f, ["MET_WITH"]).some((r) => r.includes("batmunkh-nara") && r.includes("ukhnaa-bat")), relations(f).join("; "));
  });
});

describe("a retired diplomat's letter to the editor (the twenty-third held-out set, forty-first session)", () => {
  it("'She flew home instead, carrying President Y's reply, which she handed to HH': through her, for HH, whose initials stand for the one person named with them", () => {
    const f = extract("LUSAKA - President Hamoonga Hamalambo sent Kasonde Banda to Gitega, where President Évariste Ndikumana received her. She flew home instead, carrying President Ndikumana's reply, which she handed to HH at State House on Wednesday.", "2026-05-18");
    const r = relations(f, ["CONVEYED_TO", "CONVEYED_VIA"]);
    for (const x of ["CONVEYED_VIA person:evariste-ndikumana -> person:kasonde-banda", "CONVEYED_TO person:kasonde-banda -> person:hamoonga-hamalambo", "CONVEYED_TO person:evariste-ndikumana -> person:hamoonga-hamalambo"]) assert.ok(r.includes(x), r.join("; "));
  });
  it("initials that two people named share, or a body's, stand for no one: 'handed to HH' after Hamoonga Hamalambo and Hilda Hanjo; 'the AU'", () => {
    const f = extract("President Hamoonga Hamalambo and Hilda Hanjo sent Kasonde Banda to Gitega. She handed the reply to HH at the AU on Wednesday.", "2026-05-18");
    assert.ok(!relations(f, ["CONVEYED_TO"]).some((r) => /-> person:(?:hamoonga-hamalambo|hilda-hanjo)$/.test(r)), relations(f).join("; "));
  });
  it("'President X of G, who also chairs the African Union this year,': the AU's chair too", () => {
    const r = relations(extract("President Évariste Ndikumana of Burundi, who also chairs the African Union this year, received her."), ["HOLDS_OFFICE"]);
    assert.ok(r.includes("HOLDS_OFFICE person:evariste-ndikumana -> organization:african-union [chair]"), r.join("; "));
  });
});

describe("a concert review with diplomacy in the stalls (the thirty-third held-out set, forty-first session)", () => {
  const text =
    "LUXEMBOURG TIMES | CULTURE | REVIEW\n\nIn the front rows sat Grand Duke Georges, Foreign Minister Paul Weber (DP) and his Belgian counterpart Marc Dumont (Les Engagés), who had spent the afternoon together. In the afternoon, the Grand Duke received Dumont at the Grand Ducal Palace, in the presence of Weber. Weber and Dumont had earlier signed, at the Hôtel Saint-Maximin, an agreement on cross-border workers. Dumont also carried a letter from Prime Minister Jan Peeters (N-VA) for Prime Minister Luc Hansen (CSV), which he gave to Weber and which Weber passed to Hansen on Wednesday morning. The last time a Belgian king heard the orchestra here was in July 2021, when King Baudric sat between Grand Duke Lucien, who abdicated in October, and the then Hereditary Grand Duke Georges at the concert.";
  const f = extract(text, "2025-11-27");
  it("'the Grand Duke' is the one named so before it, though another is named so after", () => {
    assert.ok(meetings(f).some((m) => m.status === "held" && m.participants.includes("person:georges") && m.participants.includes("person:marc-dumont")), JSON.stringify(meetings(f)));
  });
  it("a party in brackets after a name is no word of the sentence: the letter through Dumont and Weber, for Hansen", () => {
    const r = relations(f, ["CONVEYED_TO", "CONVEYED_VIA"]);
    for (const x of ["CONVEYED_VIA person:jan-peeters -> person:marc-dumont", "CONVEYED_VIA person:jan-peeters -> person:paul-weber", "CONVEYED_TO person:jan-peeters -> person:luc-hansen", "CONVEYED_TO person:marc-dumont -> person:paul-weber", "CONVEYED_TO person:paul-weber -> person:luc-hansen"]) assert.ok(r.includes(x), r.join("; "));
  });
  it("'had earlier signed, at the Hôtel Saint-Maximin, an agreement': both signed it (the hotel no person)", () => {
    assert.equal(relations(f, ["SIGNED"]).filter((r) => /paul-weber|marc-dumont/.test(r)).length, 2, relations(f).join("; "));
    assert.ok(!f.entities.some((e) => e.key === "person:hotel-saint-maximin"), f.entities.map((e) => e.key).join("; "));
  });
  it("'in July 2021, when King A sat between Grand Duke B, who abdicated in October, and the then Hereditary Grand Duke C': A met B and C, who came as one side", () => {
    assert.ok(meetings(f).some((m) => m.status === "held" && m.date === "2021-07" && m.participants.join() === "person:baudric,person:georges,person:lucien"), JSON.stringify(meetings(f)));
    const met = relations(f, ["MET_WITH"]);
    assert.ok(met.some((r) => r.includes("baudric") && r.includes("lucien")), met.join("; "));
    assert.ok(!met.some((r) => r.includes("georges") && r.includes("lucien")), met.join("; "));
  });
});

describe("an aviation incident report (the thirty-third held-out set, forty-first session)", () => {
  it("a state's name with 'and' before a post: 'Turks and Caicos Premier X', 'Antigua and Barbuda Prime Minister Y' are those states'", () => {
    const r = relations(extract("On Monday, Turks and Caicos Premier Charles Mills met Antigua and Barbuda Prime Minister Gaston Reid."), ["HOLDS_OFFICE"]);
    assert.ok(r.includes("HOLDS_OFFICE person:charles-mills -> government:turks-and-caicos-islands [Premier]"), r.join("; "));
    assert.ok(r.includes("HOLDS_OFFICE person:gaston-reid -> government:antigua-and-barbuda [Prime Minister]"), r.join("; "));
  });
  it("'X was at the airport to meet the minister, and the two spent about an hour together': held", () => {
    const f = extract("NASSAU - Turks and Caicos Premier Charles Mills was at the airport to meet Foreign Minister Fred Munroe, and the two spent about an hour together in the VIP lounge.", "2025-05-16");
    assert.deepEqual(meetings(f).map((m) => m.status), ["held"]);
  });
  it("'Prime Minister Philip 'Brave' Rolle': the nickname is no word of the name; 'Dominican President X' is the Dominican Republic's", () => {
    const f = extract("NASSAU - Dominican President Luis Almonte received Fred Munroe. Munroe presented Almonte with a letter from Prime Minister Philip 'Brave' Rolle.", "2025-05-16");
    const r = relations(f);
    assert.ok(r.includes("HOLDS_OFFICE person:luis-almonte -> government:dominican-republic [President]"), r.join("; "));
    for (const x of ["CONVEYED_VIA person:philip-rolle -> person:fred-munroe", "CONVEYED_TO person:philip-rolle -> person:luis-almonte"]) assert.ok(r.includes(x), r.join("; "));
    assert.ok(f.entities.some((e) => e.key === "person:philip-rolle" && e.label === "Philip Rolle" && e.aliases.includes("Philip 'Brave' Rolle")), JSON.stringify(f.entities));
  });
  it("'The minister presented the president with a letter from Z': the letter reached the president, its carrier not named", () => {
    const r = relations(extract("President Luis Almonte received the delegation. The minister presented Luis Almonte with a letter from Prime Minister Philip Rolle."), ["CONVEYED_TO", "CONVEYED_VIA"]);
    assert.deepEqual(r, ["CONVEYED_TO person:philip-rolle -> person:luis-almonte"]);
  });
});

describe("a minister's bedside (the thirty-third held-out set, forty-first session)", () => {
  const text =
    "LESOTHO TIMES | NEWS\n\nOn Monday, South Africa's Minister of International Relations, Ronald Mokoena, who was in Maseru on a one-day working visit, called on Ntate Mpho Letsie at his bedside. The two ministers used the visit to sign a memorandum of understanding on special work permits. Mr Mokoena also handed Ntate Letsie a letter from President Cyril Dlamini to Lesotho's Prime Minister, Sam Mohale. From his hospital bed, Ntate Letsie entrusted the letter to the ministry's Principal Secretary, Ntate Teboho Sekhesa, who delivered it to the Prime Minister at his office on Tuesday. The ministry's spokesperson, 'M'e Mamello Thabane, dismissed the report. \"He has not met Deputy President Paul Ndlovu,\" 'M'e Thabane said.";
  const f = extract(text, "2025-09-11");
  it("'Ntate X' and ''M'e Y' are X and Y; 'the ministry's Principal Secretary, X' and 'The ministry's spokesperson, 'M'e Y' hold posts of the story's state", () => {
    const r = relations(f, ["HOLDS_OFFICE"]);
    assert.ok(r.includes("HOLDS_OFFICE person:teboho-sekhesa -> government:lesotho [Principal Secretary]"), r.join("; "));
    assert.ok(r.includes("HOLDS_OFFICE person:mamello-thabane -> government:lesotho [spokesperson]"), r.join("; "));
  });
  it("'The two ministers used the visit to sign a memorandum': both signed it", () => {
    assert.equal(relations(f, ["SIGNED"]).length, 2, relations(f).join("; "));
  });
  it("'X entrusted the letter to Y, who delivered it to the Prime Minister': through Y, to the Prime Minister; Y and the Prime Minister, of one state, did not meet", () => {
    const r = relations(f, ["CONVEYED_TO", "MET_WITH"]);
    for (const x of ["CONVEYED_TO person:mpho-letsie -> person:teboho-sekhesa", "CONVEYED_TO person:teboho-sekhesa -> person:sam-mohale"]) assert.ok(r.includes(x), r.join("; "));
    assert.ok(!r.some((x) => x.startsWith("MET_WITH") && x.includes("teboho-sekhesa")), r.join("; "));
  });
});

describe("a groundbreaking ceremony (the thirty-third held-out set, forty-first session)", () => {
  const text =
    "EDITION.MV | NEWS | DIPLOMACY\n\nSri Lanka's Foreign Minister Vijaya Perera and Minister of Foreign Affairs Dr Abdulla Rasheed on Wednesday laid the foundation stone of Sri Lanka's new High Commission building in Hulhumalé.\n\nSri Lanka's High Commissioner to the Maldives, Chandana Silva, who has led the project since his arrival in Malé last year, joined the two ministers in placing the stone.\n\nOn Tuesday, President Dr Mohamed Shareef received Perera at the President's Office. The President in turn gave Perera a letter in reply, addressed to President Anura Kumara Wijesinghe.\n\nPerera had planned to fly to Addu City on Thursday to meet Addu City Mayor Ahmed Naseem and visit a school, but the trip was abandoned on Wednesday night.\n\nThe President's Office spokesperson, Ibrahim Hameed, denied a report that President Dr Shareef had met former President Abdulla Faiz. \"President Dr Mohamed Shareef has not met former President Faiz,\" Hameed said. The website had said that the two men met for two hours on Friday night.";
  const f = extract(text, "2025-07-10");
  it("a web paper's name with its state's domain ('EDITION.MV') makes the story's state the Maldives: an unqualified 'Minister of Foreign Affairs' is its", () => {
    assert.ok(relations(f, ["HOLDS_OFFICE"]).includes("HOLDS_OFFICE person:abdulla-rasheed -> government:maldives [Minister of Foreign Affairs]"), relations(f).join("; "));
  });
  it("'A and B on Wednesday laid the foundation stone', and 'C, …, joined the two ministers in placing the stone': one meeting of the three", () => {
    assert.ok(meetings(f).some((m) => m.status === "held" && m.date === "2025-07-09" && m.participants.join() === "person:abdulla-rasheed,person:chandana-silva,person:vijaya-perera"), JSON.stringify(meetings(f)));
  });
  it("'gave X a letter in reply, addressed to Y': through X, for Y", () => {
    const r = relations(f, ["CONVEYED_TO", "CONVEYED_VIA"]);
    assert.ok(r.includes("CONVEYED_VIA person:mohamed-shareef -> person:vijaya-perera") && r.includes("CONVEYED_TO person:mohamed-shareef -> person:anura-kumara-wijesinghe"), r.join("; "));
    assert.ok(!r.includes("CONVEYED_TO person:mohamed-shareef -> person:vijaya-perera"), r.join("; "));
  });
  it("'had planned to fly to L … to meet Y, but the trip was abandoned': cancelled", () => {
    assert.ok(meetings(f).some((m) => m.status === "cancelled" && m.participants.join() === "person:ahmed-naseem,person:vijaya-perera"), JSON.stringify(meetings(f)));
  });
  it("'The website had said that the two men met': the pair of the denial two sentences before, and hearsay, not held", () => {
    assert.ok(!relations(f, ["MET_WITH"]).some((r) => r.includes("abdulla-faiz")), relations(f).join("; "));
    assert.ok(!relations(f, ["MET_WITH"]).some((r) => r.includes("ahmed-naseem")), relations(f).join("; "));
  });
});

describe("a book launch and a satellite launch (the thirty-third held-out set, forty-first session)", () => {
  it("'X, who as prime minister signed the agreement between G and H with his then Croatian counterpart Y in L in November 2009': both signed it, and met there then", () => {
    const f = extract("LJUBLJANA - Former President Marko Horvat, who as prime minister signed the arbitration agreement between Slovenia and Croatia with his then Croatian counterpart Jadranka Novak in Stockholm in November 2009, opened the discussion.", "2025-10-16");
    assert.equal(relations(f, ["SIGNED"]).length, 2, relations(f).join("; "));
    assert.deepEqual(meetings(f), [{ status: "held", date: "2009-11", participants: ["person:jadranka-novak", "person:marko-horvat"] }]);
  });
  it("'X hosted her Croatian counterpart Y at the foreign ministry in L, where the two signed an agreement': both signed it", () => {
    const f = extract("LJUBLJANA - Foreign Minister Tanja Kranjc hosted her Croatian counterpart Goran Babić at the foreign ministry in Ljubljana, where the two signed an agreement on flood protection.", "2025-10-16");
    assert.equal(relations(f, ["SIGNED"]).length, 2, relations(f).join("; "));
  });
  it("'… the European Capital of Culture GO! 2025, has been cancelled': one sentence, and the visit cancelled", () => {
    const f = extract("LJUBLJANA - Italian Foreign Minister Antonio Rossi's visit to Nova Gorica, where he was to meet Tanja Kranjc on Friday at one of the events of the European Capital of Culture GO! 2025, has been cancelled, the foreign ministry said on Wednesday.", "2025-10-16");
    assert.ok(meetings(f).some((m) => m.status === "cancelled" && m.participants.join() === "person:antonio-rossi,person:tanja-kranjc"), JSON.stringify(meetings(f)));
  });
  it("an outlet's name run into 'NEWS' whose first letters begin one state's name ('AZERNEWS |') is the story's state; 'was watched live at … in L by A, B and C': the three met; 'his visit was scratched': cancelled", () => {
    const f = extract("AZERNEWS | NATION | SCIENCE\n\nThe launch was watched live at the Mission Control Centre in Baku by Minister of Digital Development Rashad Aliyev, Foreign Minister Jeyhun Mammadov and Kazakhstan's Foreign Minister Yermek Serikov, who arrived in Baku on Tuesday. Türkiye's Minister of Transport Abdulkadir Demir had been expected in Baku on Tuesday to hold talks with Aliyev, but his visit was scratched on Monday.", "2025-12-04");
    const r = relations(f, ["HOLDS_OFFICE"]);
    assert.ok(r.includes("HOLDS_OFFICE person:jeyhun-mammadov -> government:azerbaijan [Foreign Minister]"), r.join("; "));
    const ms = meetings(f);
    assert.ok(ms.some((m) => m.status === "held" && m.participants.join() === "person:jeyhun-mammadov,person:rashad-aliyev,person:yermek-serikov"), JSON.stringify(ms));
    assert.ok(ms.some((m) => m.status === "cancelled" && m.participants.join() === "person:abdulkadir-demir,person:rashad-aliyev"), JSON.stringify(ms));
  });
});

describe("a football transfer and a pilgrimage (the thirty-third held-out set, forty-first session)", () => {
  it("'THE LAOTIAN TIMES |': the demonym names the story's state; a quotation's speaker is the 'He' after it; 'the Lao minister' is the one Lao minister named; 'asked the Lao minister to pass his greetings on to Y'", () => {
    const f = extract("THE LAOTIAN TIMES | SPORTS\n\nOn Friday, Thai Prime Minister Anan Chaiyasit received Deputy Prime Minister and Minister of Foreign Affairs Thongsavanh Keola at Government House. \"I told Mr. Thongsavanh that Buriram has bought the best midfielder in Laos,\" Mr. Anan said, to laughter from both delegations. He asked the Lao minister to pass his warm greetings on to Prime Minister Sonexay Vongsa.", "2025-11-18");
    const r = relations(f);
    assert.ok(r.includes("HOLDS_OFFICE person:thongsavanh-keola -> government:laos [Minister of Foreign Affairs]"), r.join("; "));
    for (const x of ["ASKED person:anan-chaiyasit -> person:thongsavanh-keola", "CONVEYED_VIA person:anan-chaiyasit -> person:thongsavanh-keola", "CONVEYED_TO person:thongsavanh-keola -> person:sonexay-vongsa"]) assert.ok(r.includes(x), r.join("; "));
  });
  it("'G's Minister for Government Communications and Presidential Spokesperson, X,' is no 'minister' standing for another of G's", () => {
    const r = relations(extract("Ghana's Foreign Minister Samuel Mensah spoke. The prosecution then tendered a letter from Ghana's Minister for Government Communications and Presidential Spokesperson, Felix Kwame Ofori, dated September 15."), ["HOLDS_OFFICE"]);
    assert.ok(r.some((x) => x.startsWith("HOLDS_OFFICE person:felix-kwame-ofori -> government:ghana")), r.join("; "));
  });
  it("'The late Pope X celebrated Mass at the shrine in November 2015, when President Y met him at L': X, not the pope of the sentence before", () => {
    const f = extract("KAMPALA - Pope Gregory XVII consecrated the site in 1969. The late Pope Innocent XIV celebrated Mass at the shrine in November 2015, when President Moses Kaguta met him at Namugongo.", "2025-06-05");
    const met = relations(f, ["MET_WITH"]);
    assert.ok(met.some((x) => x.includes("innocent-xiv") && x.includes("moses-kaguta")) && !met.some((x) => x.includes("gregory-xvii")), met.join("; "));
  });
  it("'asked X to convey his greetings to \"my young brother, President Y\"': for Y", () => {
    const r = relations(extract("President Moses Kaguta accepted the invitation and asked Musalia Odhiambo to convey his greetings to \"my young brother, President William Kiprono\"."), ["CONVEYED_TO"]);
    assert.ok(r.includes("CONVEYED_TO person:moses-kaguta -> person:william-kiprono"), r.join("; "));
  });
});

describe("an obituary's envoy (the seventh held-out set, forty-first session)", () => {
  it("a barracks (stadium, palace) named for a royal is a place, named in full: 'received Y at the Queen Elizabeth Barracks'", () => {
    const f = extract("SUVA - Commodore Frank Vuniwai received Alison Prior at the Queen Elizabeth Barracks.", "2007-02-10");
    assert.ok(relations(f, ["HELD_IN"]).includes("HELD_IN meeting -> place:queen-elizabeth-barracks"), relations(f).join("; "));
    assert.ok(!f.entities.some((e) => e.kind === "Person" && /barracks/.test(e.key)), f.entities.map((e) => e.key).join("; "));
  });
  it("'X sent her to L as a special envoy with a letter for Y', 'her' not read: the letter still X's for Y", () => {
    const r = relations(extract("In February 2007, Prime Minister Helen Carter sent her to Suva as a special envoy with a letter for Commodore Frank Vuniwai.", "2026-03-01"), ["CONVEYED_TO"]);
    assert.ok(r.includes("CONVEYED_TO person:helen-carter -> person:frank-vuniwai"), r.join("; "));
  });
  it("'X sent Y to L as a special envoy with a letter for Z': through Y, for Z", () => {
    const r = relations(extract("Prime Minister Helen Carter sent Alison Prior to Suva as a special envoy with a letter for Commodore Frank Vuniwai."), ["CONVEYED_TO", "CONVEYED_VIA"]);
    assert.deepEqual(r.sort(), ["CONVEYED_TO person:alison-prior -> person:frank-vuniwai", "CONVEYED_TO person:helen-carter -> person:frank-vuniwai", "CONVEYED_VIA person:helen-carter -> person:alison-prior"]);
  });
});

describe("a memoir's channel (the eighth held-out set, forty-first session)", () => {
  it("'In March 2013 X signed in L, with his Equatorial Guinean counterpart, Y, the fisheries agreement': both signed it, and met", () => {
    const f = extract("In March 2013 Rui Vieira signed in Malabo, with his Equatorial Guinean counterpart, Bonifacio Nsue, the fisheries agreement that our two ministries had been negotiating.", "2026-03-01");
    assert.equal(relations(f, ["SIGNED"]).length, 2, relations(f).join("; "));
    assert.ok(relations(f, ["MET_WITH"]).some((r) => r.includes("rui-vieira") && r.includes("bonifacio-nsue")), relations(f).join("; "));
  });
  it("'X saw Y once more, at the African Union summit in L in the summer of 2014': held", () => {
    const f = extract("President Teodoro Ondo ruled. Rui Vieira saw Teodoro Ondo once more, at the African Union summit in Malabo in the summer of 2014.", "2026-03-01");
    assert.ok(meetings(f).some((m) => m.status === "held" && m.date === "2014" && m.participants.join() === "person:rui-vieira,person:teodoro-ondo"), JSON.stringify(meetings(f)));
  });
});

describe("a communiqué's styles and a chronology's pair (the fifth and twenty-first held-out sets, forty-second session)", () => {
  it("'the Honourable X, S.C., M.P., Prime Minister of G, His Excellency Y, President of H,': the post is X's, the letters no place", () => {
    const f = extract("At the invitation of the Honourable Ada Quintyne, S.C., M.P., Prime Minister of Barbados, His Excellency Kofi Asante, President of the Republic of Ghana, paid an official visit to Barbados.", "2026-11-20");
    const r = relations(f, ["HOLDS_OFFICE"]);
    assert.ok(r.some((x) => x.startsWith("HOLDS_OFFICE person:ada-quintyne -> government:barbados")), r.join("; "));
    assert.ok(!r.some((x) => x.startsWith("HOLDS_OFFICE person:kofi-asante -> government:barbados")), r.join("; "));
    assert.ok(!f.entities.some((e) => e.kind === "Place" && /^place:(?:s-c|m-p)$/.test(e.key)), f.entities.map((e) => e.key).join("; "));
  });
  it("'the Honourable X, M.P., Minister of Foreign Affairs and Foreign Trade.': the post after the letters", () => {
    const f = extract("BRIDGETOWN - The president was welcomed by the Honourable Dale Cumberbatch, M.P., Minister of Foreign Affairs and Foreign Trade.", "2026-11-20");
    assert.ok(relations(f, ["HOLDS_OFFICE"]).some((x) => x.startsWith("HOLDS_OFFICE person:dale-cumberbatch -> government:barbados")), relations(f).join("; "));
  });
  it("'They reviewed cooperation in …, and signed a memorandum': the two who held talks signed it", () => {
    const r = relations(extract("Foreign Minister Ana Ruiz held talks in Lima with Foreign Minister Ben Okoro of Nigeria on Tuesday. They reviewed cooperation in trade, health and energy, and signed a memorandum of understanding on trade."), ["SIGNED"]);
    assert.equal(r.length, 2, r.join("; "));
  });
  it("'The two sign an agreement' (a chronology's present): both signed it; 'They will sign' is no signing", () => {
    const talks = "Prime Minister Ana Ruiz travels to Lima for talks with Prime Minister Ben Okoro. ";
    assert.equal(relations(extract(`${talks}The two sign an agreement on the joint use of the river.`), ["SIGNED"]).length, 2);
    assert.equal(relations(extract(`${talks}They will sign an agreement on the joint use of the river.`), ["SIGNED"]).length, 0);
  });
});

describe("a factbox's sittings (the seventh held-out set, forty-second session)", () => {
  it("'where she sat with then-President X and then-Turkish Cypriot leader Y': held with both, the demonym no participant", () => {
    const f = extract("In July 2017 UN chief Ana Bravo chaired the collapsed Crans-Montana conference, where she sat with then-President Nicos Andreou and then-Turkish Cypriot leader Mustafa Demir.", "2026-03-18");
    assert.ok(meetings(f).some((m) => m.status === "held" && m.participants.join() === "person:ana-bravo,person:mustafa-demir,person:nicos-andreou"), JSON.stringify(meetings(f)));
  });
  it("'held a working session with the two negotiators, X and Y': held with both", () => {
    const f = extract("On Tuesday afternoon envoy Ana Bravo held a working session with the two negotiators, Menelaos Andreou and Kemal Demir.", "2026-03-18");
    assert.ok(meetings(f).some((m) => m.status === "held" && m.date === "2026-03-17" && m.participants.length === 3), JSON.stringify(meetings(f)));
  });
  it("'the decision sat with the minister' names no one after it: no meeting", () => {
    assert.equal(meetings(extract("Ana Bravo said the decision sat with the cabinet.")).length, 0);
  });
});

describe("an interview's and a Q&A's recalled meetings (the twenty-third held-out set, forty-second session)", () => {
  it("'G's military ruler X and H's Y met at …': held, the second named after a state's possessive too", () => {
    const f = extract("On Feb. 8, 1975, Bolivia's military ruler Hugo Vargas and Chile's Augusto Merino met at the railway station in Charaña.", "2026-10-10");
    assert.ok(meetings(f).some((m) => m.status === "held" && m.participants.length === 2), JSON.stringify(meetings(f)));
    assert.ok(relations(f, ["MET_WITH"]).some((r) => r.includes("hugo-vargas") && r.includes("augusto-merino")), relations(f).join("; "));
  });
  it("'A and B signed the agreement on the withdrawal of Russian troops in Moscow': a signing together there, past a demonym in the name", () => {
    const f = extract("On 30 April 1994, Guntis Ozols and Boris Orlov signed the agreement on the withdrawal of Russian troops in Moscow.", "2026-10-10");
    assert.ok(meetings(f).some((m) => m.status === "held" && m.date === "1994-04-30" && m.participants.length === 2), JSON.stringify(meetings(f)));
  });
});

describe("a memoir's namesakes (the eighth held-out set, forty-second session)", () => {
  const memoir = "At the end of November Father Tomas Ribeiro flew to Malabo with a letter from President Manuel Lopes to President Teodoro Obiang Nsue. He handed it to Obiang himself, over coffee in the presidential palace. In the spring of 2012 I met Teodoro Nsue Obiang Mba, then his father's minister of agriculture. Obiang withdrew within forty-eight hours.";
  it("a middle word of two names alone ('Obiang') is the one named before it, not a third person", () => {
    const f = extract(memoir, "2026-03-01");
    assert.ok(!f.entities.some((e) => e.key === "person:obiang"), f.entities.map((e) => e.key).join("; "));
  });
  it("'At the end of November X flew … He handed it to Y': the traveller handed it, not the letter's sender", () => {
    const met = relations(extract(memoir, "2026-03-01"), ["MET_WITH"]);
    assert.ok(met.some((r) => r.includes("tomas-ribeiro") && r.includes("teodoro-obiang-nsue")), met.join("; "));
    assert.ok(!met.some((r) => r.includes("manuel-lopes")), met.join("; "));
  });
});

describe("a switch-on report's guests (the thirty-fourth held-out set, forty-second session)", () => {
  const has = (rs: string[], s: string) => rs.some((r) => r.startsWith(s));
  it("'the Hon Dr X MP and Sr Y': the letters after a name and the Spanish style are no words of the names", () => {
    const f = extract("The Government said the Hon Dr Joseph Lavarello MP and Sr Tomas Ruiz had taken a practical step.", "2025-11-28");
    const people = f.entities.filter((e) => e.kind === "Person").map((e) => e.key);
    assert.deepEqual(people.sort(), ["person:joseph-lavarello", "person:tomas-ruiz"]);
  });
  it("'a memorandum of understanding on a joint advice office for cross-frontier workers was signed by A and B': both signed it", () => {
    const r = relations(extract("Following the meeting, a memorandum of understanding on a joint advice office for cross-frontier workers was signed by Joseph Lavarello and Tomas Ruiz."), ["SIGNED"]);
    assert.equal(r.length, 2, r.join("; "));
  });
  it("'X had crossed the frontier to be received by the Chief Minister at L, where Y also sat in': held, the chief minister the one named so", () => {
    const f = extract("GIBRALTAR - The Chief Minister, Carlos Benady, and the Deputy Chief Minister, Joseph Lavarello, were on the balcony. Tomas Ruiz had crossed the frontier earlier in the day to be received by the Chief Minister at City Hall, where Mr Lavarello also sat in on the meeting.", "2025-11-28");
    assert.ok(meetings(f).some((m) => m.status === "held" && m.participants.join() === "person:carlos-benady,person:joseph-lavarello,person:tomas-ruiz"), JSON.stringify(meetings(f)));
    assert.ok(has(relations(f, ["HOLDS_OFFICE"]), "HOLDS_OFFICE person:joseph-lavarello -> government:gibraltar [Deputy Chief Minister]"), relations(f).join("; "));
  });
  it("'X will fly to L on Friday to be received by Y': planned", () => {
    const f = extract("Tomas Ruiz will fly to Madrid on Friday to be received by Carlos Benady.", "2025-11-26");
    assert.deepEqual(meetings(f).map((m) => m.status), ["planned"]);
  });
  it("'X last sat at the same table as Y in L on 11 June, when the two of them, the Commissioner, C, and the Foreign Secretary, D, announced …': the four", () => {
    const f = extract("Carlos Benady last sat at the same table as the Spanish Foreign Minister, Jose Arroyo, in Brussels on 11 June, when the two of them, the European Commissioner for Trade, Pavel Novak, and the then Foreign Secretary, David Hartley, announced the political agreement.", "2025-11-28");
    assert.ok(meetings(f).some((m) => m.status === "held" && m.date === "2025-06-11" && m.participants.length === 4), JSON.stringify(meetings(f)));
    assert.ok(has(relations(f, ["HOLDS_OFFICE"]), "HOLDS_OFFICE person:pavel-novak -> organization:european-commission"), relations(f).join("; "));
  });
  it("'X had been due to travel to L today for talks with Y. The talks were called off on Wednesday night': cancelled", () => {
    const f = extract("Joseph Lavarello had been due to travel to Tangier today for talks with Morocco's Minister of Transport, Karim Bennani. The talks were called off on Wednesday night at the Moroccan side's request.", "2025-11-28");
    assert.deepEqual(meetings(f).map((m) => m.status), ["cancelled"]);
  });
  it("'the UK's Minister for Europe and the Overseas Territories, X' and 'the Government spokeswoman, Y': their posts", () => {
    const f = extract("GIBRALTAR - Carlos Benady received the UK's Minister for Europe and the Overseas Territories, Owen Pritchard, on Monday. \"He did not,\" said the Government spokeswoman, Rosa Danino.", "2025-11-28");
    const r = relations(f, ["HOLDS_OFFICE"]);
    assert.ok(has(r, "HOLDS_OFFICE person:owen-pritchard -> government:united-kingdom") && has(r, "HOLDS_OFFICE person:rosa-danino -> government:gibraltar"), r.join("; "));
  });
  it("'a letter from Y inviting him to the Joint Ministerial Council of the Overseas Territories in London next month': a meeting there, the body no place of its name", () => {
    const f = extract("Owen Pritchard handed Carlos Benady a letter from the Foreign Secretary, Yvonne Hale, inviting him to the Joint Ministerial Council of the Overseas Territories in London next month.", "2025-11-28");
    assert.ok(f.entities.some((e) => e.key === "organization:joint-ministerial-council-of-the-overseas-territories"), f.entities.map((e) => e.key).join("; "));
    assert.ok(meetings(f).some((m) => m.date === "2025-12" && m.participants.join() === "person:carlos-benady,person:yvonne-hale"), JSON.stringify(meetings(f)));
  });
});

describe("an excavation report's minister (the thirty-fourth held-out set, forty-second session)", () => {
  const story = "LIBYA NEWS\n\nTripoli, 23 October 2025:\n\nOn Tuesday Marco Ferri held talks at the Red Castle Museum in Tripoli with the Government of National Unity's (GNU) Minister of Culture and Knowledge Development, Salma Ghariani, after which the two ministers signed a memorandum of understanding on the protection of cultural heritage. Ferri, who arrived in Tripoli on Monday, was received the same day at the Ministry of Foreign Affairs by the GNU's acting Foreign Minister, Omar Zlitni, to whom he handed a letter from Italian Prime Minister Giulia Conti addressed to Prime Minister Adel Mansouri. The letter, which Zlitni passed to Mansouri on Monday evening, according to the Foreign Ministry, invites him to Rome in December for talks.";
  const f = extract(story, "2025-10-23");
  const r = relations(f);
  it("a government named by its form, and its letters, is the story's state's: 'the Government of National Unity's (GNU) Minister of Culture and Knowledge Development, X'", () => {
    assert.ok(r.some((x) => x.startsWith("HOLDS_OFFICE person:salma-ghariani -> government:libya")) && r.some((x) => x.startsWith("HOLDS_OFFICE person:omar-zlitni -> government:libya")), r.join("; "));
  });
  it("'held talks at the <museum> in L with Y' and 'was received the same day at the Ministry by Y': held, that day", () => {
    const m = meetings(f);
    assert.ok(m.some((x) => x.status === "held" && x.date === "2025-10-21" && x.participants.join() === "person:marco-ferri,person:salma-ghariani"), JSON.stringify(m));
    assert.ok(m.some((x) => x.status === "held" && x.date === "2025-10-20" && x.participants.join() === "person:marco-ferri,person:omar-zlitni"), JSON.stringify(m));
  });
  it("'…, to whom he handed a letter from Z addressed to W. The letter, which Y passed to W …, invites him to L in December': the chain, and the invitation", () => {
    for (const x of ["CONVEYED_VIA person:giulia-conti -> person:marco-ferri", "CONVEYED_TO person:marco-ferri -> person:omar-zlitni", "CONVEYED_VIA person:giulia-conti -> person:omar-zlitni", "CONVEYED_TO person:omar-zlitni -> person:adel-mansouri", "INVITED person:giulia-conti -> person:adel-mansouri"]) assert.ok(r.includes(x), `${x} in ${r.join("; ")}`);
    assert.ok(meetings(f).some((x) => x.date === "2025-12" && x.participants.join() === "person:adel-mansouri,person:giulia-conti"), JSON.stringify(meetings(f)));
  });
});

describe("a fashion week's front row (the thirty-fourth held-out set, forty-second session)", () => {
  it("a father's initial run into the name ('B.Tsetseg', Mongolian style) is no word of it: 'X handed B.Tsetseg a letter from Z'", () => {
    const f = extract("Foreign Minister Bolor Tsetseg met Almaz Toktosunov. During the talks, Toktosunov handed B.Tsetseg a letter from President Sadyk Osmonov.", "2025-10-09");
    assert.ok(relations(f, ["CONVEYED_TO"]).includes("CONVEYED_TO person:almaz-toktosunov -> person:bolor-tsetseg"), relations(f).join("; "));
    assert.ok(!f.entities.some((e) => e.key === "person:b"), f.entities.map((e) => e.key).join("; "));
  });
  it("'the two ministers held official talks at the ministry and signed a memorandum': both signed it", () => {
    const f = extract("Foreign Minister Bolor Tsetseg received her Kyrgyz counterpart, Almaz Toktosunov, on Monday. Earlier on Tuesday, the two ministers held official talks at the Ministry of Foreign Affairs and signed a memorandum of understanding on cooperation in the processing of wool.", "2025-10-09");
    assert.equal(relations(f, ["SIGNED"]).length, 2, relations(f).join("; "));
  });
  it("'The U.S. said' keeps its dotted letters", () => {
    assert.ok(extract("The U.S. said it would send an envoy.").entities.some((e) => e.key === "government:united-states"));
  });
});

describe("a wildlife story's visit (the thirty-fourth held-out set, forty-second session)", () => {
  const story = "CLUB OF MOZAMBIQUE | ENVIRONMENT\n\nRhinos released\n\nOn Tuesday, President Daniel Macuácua received Eswatini's Prime Minister, Russell Mamba, at the Ponta Vermelha Palace in Maputo, where the two leaders looked on as a memorandum of understanding on wildlife translocation and the joint management of the Lubombo Conservation Area was signed by Mozambique's Minister of Agriculture, Roberto Nhantumbo, and Eswatini's Minister of Tourism and Environmental Affairs, Jane Dlamini. Mamba also conveyed to the Head of State a message from His Majesty King Mswati III inviting him to pay an official visit to Eswatini in November. Macuácua accepted, and asked the Prime Minister to convey to the Ingwenyama his gratitude. The ministry said that the meeting between Minister Maria Langa and Zimbabwe's Minister of Foreign Affairs, Amon Chiwenga, scheduled for Friday in Chimoio to prepare the next session of the Joint Permanent Commission, had been cancelled. Presidency spokesperson Hélio Cuna denied a report.";
  const f = extract(story, "2025-09-25");
  const r = relations(f);
  it("an outlet named 'of' its state over its section line is that state's: a bare 'Minister X' and 'Presidency spokesperson Y' are its", () => {
    assert.ok(r.some((x) => x.startsWith("HOLDS_OFFICE person:maria-langa -> government:mozambique")) && r.some((x) => x.startsWith("HOLDS_OFFICE person:helio-cuna -> government:mozambique")), r.join("; "));
    assert.ok(r.some((x) => x.startsWith("HOLDS_OFFICE person:jane-dlamini -> government:eswatini")), r.join("; "));
  });
  it("'the two leaders looked on as a memorandum … and the joint management of the <O> was signed by A and B': the four met, the two signed", () => {
    assert.equal(relations(f, ["SIGNED"]).length, 2, r.join("; "));
    assert.ok(meetings(f).some((m) => m.status === "held" && m.participants.length === 4), JSON.stringify(meetings(f)));
  });
  it("'conveyed to the Head of State a message from King X', and 'asked the Prime Minister to convey to the Ingwenyama his gratitude'", () => {
    for (const x of ["CONVEYED_TO person:mswati-iii -> person:daniel-macuacua", "CONVEYED_TO person:daniel-macuacua -> person:mswati-iii", "INVITED person:mswati-iii -> person:daniel-macuacua"]) assert.ok(r.includes(x), `${x} in ${r.join("; ")}`);
  });
  it("'the meeting between A and B scheduled for Friday in L to prepare …, had been cancelled': cancelled", () => {
    assert.ok(meetings(f).some((m) => m.status === "cancelled" && m.participants.join() === "person:amon-chiwenga,person:maria-langa"), JSON.stringify(meetings(f)));
  });
});

describe("a power-cut story's talks (the thirty-fourth held-out set, forty-second session)", () => {
  it("'Mawlawi Amir Khan X', 'Mullah Y': clerics' styles, no words of the names (nor 'Amir' a post); 'the Islamic Emirate's Foreign Minister' is Afghanistan's", () => {
    const f = extract("The Uzbek minister handed Mullah Abdul Ghani Baradar a letter from Uzbekistan's Foreign Minister, Bakhtiyor Saidov, addressed to the Islamic Emirate's Foreign Minister, Mawlawi Amir Khan Muttaqi. Mullah Baradar passed it on.", "2025-12-16");
    const people = f.entities.filter((e) => e.kind === "Person").map((e) => e.key).sort();
    assert.deepEqual(people, ["person:abdul-ghani-baradar", "person:amir-khan-muttaqi", "person:bakhtiyor-saidov"]);
    assert.ok(relations(f, ["HOLDS_OFFICE"]).some((r) => r.startsWith("HOLDS_OFFICE person:amir-khan-muttaqi -> government:afghanistan")), relations(f).join("; "));
  });
  it("'X met with a delegation led by G's Minister of Energy, Y, in L. Z also attended the meeting': the three", () => {
    const f = extract("On Sunday, Abdul Karimi, the Deputy Prime Minister, met with a delegation led by Uzbekistan's Minister of Energy, Jurabek Rashidov, in Kabul, his office said. The Minister of Energy and Water, Latif Samadi, also attended the meeting.", "2025-12-16");
    assert.ok(meetings(f).some((m) => m.status === "held" && m.date === "2025-12-14" && m.participants.length === 3), JSON.stringify(meetings(f)));
  });
  it("'A and B last met in L in July, when they and G's Foreign Minister C signed a framework agreement': the three met and signed", () => {
    const f = extract("Bakhtiyor Rahimov and Latif Samadi last met in Kabul in July, when they and Pakistan's Deputy Prime Minister and Foreign Minister Ishaq Qureshi signed a framework agreement for the joint feasibility study of the railway.", "2025-12-16");
    assert.equal(relations(f, ["SIGNED"]).length, 3, relations(f).join("; "));
    assert.ok(meetings(f).some((m) => m.status === "held" && m.date === "2025-07" && m.participants.length === 3), JSON.stringify(meetings(f)));
  });
});

describe("a factory milestone's audience (the thirty-fourth held-out set, forty-second session)", () => {
  const story = "MINSK, 20 November (BelTA) – The tractor rolled off the line in the presence of Zimbabwe's Minister of Lands, Agriculture, Fisheries, Water and Rural Development Anxious Moyo and Belarusian Industry Minister Pavel Yermak. A day earlier, on 18 November, President Aleksandr Voronov met with Anxious Moyo at the Palace of Independence. The Zimbabwean minister conveyed to the head of state the greetings of President of Zimbabwe Emmerson Chikore and handed over his letter. In the letter the Zimbabwean leader invites Aleksandr Voronov to pay a state visit to Zimbabwe. \"Tell my brother Emmerson that I accept the invitation. Our foreign ministries will agree on the dates,\" the Belarusian leader said. He asked the minister to convey his warmest wishes to the President of Zimbabwe. Meanwhile, Press Secretary of the Belarusian President Natalya Orlova dismissed reports.";
  const f = extract(story, "2025-11-20");
  const r = relations(f);
  it("'G's Minister of Lands, Agriculture, …, Water and Rural Development X' is G's only; 'Press Secretary of the Belarusian President Y' is the secretary", () => {
    assert.ok(r.some((x) => x.startsWith("HOLDS_OFFICE person:anxious-moyo -> government:zimbabwe")) && !r.some((x) => x.startsWith("HOLDS_OFFICE person:anxious-moyo -> government:belarus")), r.join("; "));
    assert.ok(r.includes("HOLDS_OFFICE person:natalya-orlova -> government:belarus [Press Secretary of the Belarusian President]"), r.join("; "));
  });
  it("'conveyed to the head of state the greetings of President Y': the other head of state; 'I accept the invitation' in the guest's words: planned", () => {
    for (const x of ["CONVEYED_TO person:anxious-moyo -> person:aleksandr-voronov", "CONVEYED_VIA person:emmerson-chikore -> person:anxious-moyo"]) assert.ok(r.includes(x), `${x} in ${r.join("; ")}`);
    assert.ok(meetings(f).some((m) => m.status === "planned" && m.participants.join() === "person:aleksandr-voronov,person:emmerson-chikore"), JSON.stringify(meetings(f)));
  });
  it("'\"…,\" X said. He asked the minister to convey his wishes to the President of G': X, the minister the one of G", () => {
    for (const x of ["ASKED person:aleksandr-voronov -> person:anxious-moyo", "CONVEYED_TO person:aleksandr-voronov -> person:emmerson-chikore"]) assert.ok(r.includes(x), `${x} in ${r.join("; ")}`);
  });
});

describe("a science conference's letter (the thirty-fourth held-out set, forty-second session)", () => {
  const f = extract("PANAMA CITY - On Tuesday, President José Mulino Ruiz received Costa Rica's Minister of Environment and Energy, Franz Tattenbach Ortiz, at the palace. Tattenbach also brought Mulino a letter from Costa Rican President Rodrigo Chavarría, inviting him to a summit of the CMAR countries in Puntarenas in January. Mulino accepted, the Presidency said in a statement, and asked \"don Franz\" to carry his greetings back to Chavarría.", "2025-11-13");
  const r = relations(f);
  it("'brought Y a letter from Z, inviting him to a summit of the <O> countries in L in January': Z invites Y there, in January next", () => {
    assert.ok(r.includes("INVITED person:rodrigo-chavarria -> person:jose-mulino-ruiz"), r.join("; "));
    assert.ok(meetings(f).some((m) => m.status === "planned" && m.date === "2026-01" && m.participants.join() === "person:jose-mulino-ruiz,person:rodrigo-chavarria"), JSON.stringify(meetings(f)));
  });
  it("'asked \"don X\" to carry his greetings back to Z': through X", () => {
    for (const x of ["ASKED person:jose-mulino-ruiz -> person:franz-tattenbach-ortiz", "CONVEYED_TO person:jose-mulino-ruiz -> person:rodrigo-chavarria"]) assert.ok(r.includes(x), `${x} in ${r.join("; ")}`);
  });
});

describe("an analysis's envoy and a narrative's letters (the fourth held-out set, forty-third session)", () => {
  it("a pronoun looks back past quotations and asides that name no one to the one given the job", () => {
    const text = "LIMA - He was given the job by President Ana Ruiz in March, a few days after Carlos Vega and Pedro Soto sat down together in Lima. \"Everyone left relieved,\" one official recalled. \"Relief is not a policy.\" The envoy's method, people say, is patience. On May 12 he was received in Quito by Ecuador's president, Luis Mora, with Pedro Soto at his side. He carried with him a letter from Ruiz, which he handed to the Ecuadorian leader.";
    const f = extract(`Envoy Tomas Ibarra keeps travelling. ${text}`, "2026-05-27");
    const r = relations(f, ["CONVEYED_VIA", "CONVEYED_TO"]);
    assert.ok(r.includes("CONVEYED_VIA person:ana-ruiz -> person:tomas-ibarra"), r.join("; "));
    assert.ok(r.includes("CONVEYED_TO person:tomas-ibarra -> person:luis-mora"), r.join("; "));
    assert.ok(r.includes("CONVEYED_TO person:ana-ruiz -> person:luis-mora"), r.join("; "));
    assert.ok(!r.some((x) => x.startsWith("CONVEYED_VIA") && x.endsWith("person:luis-mora")), r.join("; "));
  });
  it("'was received in L by G's president, Y, with Z at his side': Z at the table too", () => {
    const f = extract("On May 12 envoy Tomas Ibarra was received in Quito by Ecuador's president, Luis Mora, with Pedro Soto at his side.", "2026-05-27");
    assert.ok(meetings(f).some((m) => m.status === "held" && m.participants.length === 3 && m.participants.includes("person:pedro-soto")), JSON.stringify(meetings(f)));
  });
  it("'He is due back in L next week to see Y again': planned", () => {
    const f = extract("Envoy Tomas Ibarra keeps travelling. He is due back in Quito next week to see Pedro Soto again.", "2026-05-27");
    assert.ok(meetings(f).some((m) => m.status === "planned" && m.participants.join() === "person:pedro-soto,person:tomas-ibarra"), JSON.stringify(meetings(f)));
  });
  it("a lone word the model took for a person after 'in', named as a place before, is that place", () => {
    const f = extract("President Ana Ruiz has invited the two ministers to the island of Tortuga next month. Whether the two ministers meet in Tortuga may depend on the army.", "2026-05-27");
    assert.ok(!f.entities.some((e) => e.key === "person:tortuga"), f.entities.map((e) => e.key).join("; "));
  });
  it("'X spoke by telephone with Z on Monday, his office said, and has invited A and B to L': X invited both", () => {
    const r = relations(extract("LIMA - President Ana Ruiz spoke by telephone with Luis Mora on Monday, his office said, and has invited Carlos Vega and Pedro Soto to the island of Tortuga next month for talks.", "2026-05-27"), ["INVITED"]);
    assert.deepEqual(r.sort(), ["INVITED person:ana-ruiz -> person:carlos-vega", "INVITED person:ana-ruiz -> person:pedro-soto"]);
  });
  it("'X had asked Y to …, and he had given her a letter addressed to Z. In June she had carried that letter to L and handed it to W, the minister whom Z had named, and who took it to the president': through Y and W, for Z", () => {
    const text = "GENEVA - Envoy Marie Dubois took up her post in 2024. In May she had flown to Brussels, where Samuel Tabe lives, and had spent two evenings with him. Tabe had asked her to obtain guarantees, and he had given her a letter addressed to President Paul Ekane. In June she had carried that letter to Yaoundé and handed it to Jean Atangana, the minister whom Ekane had quietly named as his point man, and who took it to the president the same evening. The minister had in turn given her a written reply, and she had delivered it to Tabe in Geneva in July.";
    const f = extract(text, "2025-11-14");
    const r = relations(f, ["CONVEYED_VIA", "CONVEYED_TO"]);
    for (const x of [
      "CONVEYED_VIA person:samuel-tabe -> person:marie-dubois",
      "CONVEYED_TO person:samuel-tabe -> person:paul-ekane",
      "CONVEYED_VIA person:samuel-tabe -> person:jean-atangana",
      "CONVEYED_TO person:jean-atangana -> person:paul-ekane",
      "CONVEYED_VIA person:jean-atangana -> person:marie-dubois",
      "CONVEYED_TO person:jean-atangana -> person:samuel-tabe",
      "CONVEYED_TO person:marie-dubois -> person:samuel-tabe",
    ])
      assert.ok(r.includes(x), `${x} in ${r.join("; ")}`);
    const held = meetings(f).filter((m) => m.status === "held").map((m) => m.participants.join());
    assert.ok(held.includes("person:marie-dubois,person:samuel-tabe"), held.join(" | "));
    assert.ok(held.includes("person:jean-atangana,person:marie-dubois"), held.join(" | "));
  });
});

describe("a regatta's, a ferry strike's and a stamp issue's visitors (the thirty-fifth held-out set, forty-third session)", () => {
  it("a head of government of no state named beside the home state's minister is the home state's", () => {
    const r = relations(extract("TÓRSHAVN - Standing between Prime Minister Jens Dahl and Foreign Minister Rani Olsen was Iceland's Minister for Foreign Affairs, Sigrun Bjork.", "2025-07-30"), ["HOLDS_OFFICE"]);
    assert.ok(r.some((x) => x.startsWith("HOLDS_OFFICE person:jens-dahl -> government:faroe-islands")), r.join("; "));
  });
  it("'at no point this year has he sat down with Y' is no meeting", () => {
    const f = extract("\"The foreign minister has not been to Murmansk, and at no point this year has he sat down with Mr Ivan Petrov,\" said the spokesperson of Foreign Minister Rani Olsen.", "2025-07-30");
    assert.equal(relations(f, ["MET_WITH"]).length, 0, relations(f).join("; "));
  });
  it("'the løgmaður' is the Faroese prime minister named with no state, received the guest, and his 'guest' is the one received", () => {
    const f = extract("LOCAL.FO | NEWS\n\nTÓRSHAVN - Prime Minister Jens Dahl and Foreign Minister Rani Olsen welcomed Iceland's Minister for Foreign Affairs, Sigrun Bjork. The løgmaður had received her at the government offices earlier in the afternoon. He, in turn, asked his guest to take his warm greetings back to Iceland's Prime Minister, Anna Gudmundsdottir.", "2025-07-30");
    const r = relations(f, ["ASKED", "CONVEYED_TO"]);
    assert.ok(r.includes("ASKED person:jens-dahl -> person:sigrun-bjork"), r.join("; "));
    assert.ok(r.includes("CONVEYED_TO person:jens-dahl -> person:anna-gudmundsdottir"), r.join("; "));
  });
  it("'the two foreign ministers put their names to a memorandum': both signed it", () => {
    const r = relations(extract("TÓRSHAVN - Foreign Minister Rani Olsen of the Faroe Islands met Iceland's Minister for Foreign Affairs, Sigrun Bjork. Before anyone went down to the water, Olsen and Bjork put their names to a memorandum of understanding on maritime training.", "2025-07-30"), ["SIGNED"]);
    assert.equal(r.length, 2, r.join("; "));
  });
  it("'She brought with her a letter from G's Prime Minister, Z, which she handed to Y': to Y, from her hand", () => {
    const r = relations(extract("TÓRSHAVN - Iceland's Minister for Foreign Affairs, Sigrun Bjork, met Prime Minister Jens Dahl. She brought with her a letter from Iceland's Prime Minister, Anna Gudmundsdottir, which she handed to Dahl at the government offices.", "2025-07-30"), ["CONVEYED_TO"]);
    assert.ok(r.includes("CONVEYED_TO person:sigrun-bjork -> person:jens-dahl"), r.join("; "));
    assert.ok(r.includes("CONVEYED_TO person:anna-gudmundsdottir -> person:jens-dahl"), r.join("; "));
  });
  it("'the head of G's Federal Agency for Forestry, X': X's office is G's", () => {
    const r = relations(extract("OSLO - Olsen met the head of Russia's Federal Agency for Forestry, Ivan Petrov, to discuss quotas.", "2025-07-30"), ["HOLDS_OFFICE"]);
    assert.ok(r.some((x) => x.startsWith("HOLDS_OFFICE person:ivan-petrov -> government:russia")), r.join("; "));
  });
  it("Jersey's 'Deputy X' is a seat's style; 'a Government of Jersey spokesperson, Y' is Jersey's", () => {
    const f = extract("JERSEY EVENING POST | NEWS\n\nHe was received by the Chief Minister, Deputy Paul Le Brun. Separately, a Government of Jersey spokesperson, Anne Vibert, dismissed a report.", "2025-06-12");
    const r = relations(f, ["HOLDS_OFFICE"]);
    assert.ok(r.some((x) => x.startsWith("HOLDS_OFFICE person:paul-le-brun -> government:jersey")), r.join("; "));
    assert.ok(r.some((x) => x.startsWith("HOLDS_OFFICE person:anne-vibert -> government:jersey")), r.join("; "));
    assert.ok(!f.entities.some((e) => /deputy/.test(e.key)), f.entities.map((e) => e.key).join("; "));
  });
  it("'Deputy Prime Minister X' and 'Deputy Head of Mission Y' keep their posts", () => {
    const f = extract("Deputy Prime Minister John Smith met Deputy Minister Jane Roe.", "2025-06-12");
    assert.ok(f.entities.some((e) => e.key === "person:john-smith"), f.entities.map((e) => e.key).join("; "));
    assert.ok(!f.entities.some((e) => e.key === "person:head" || e.key === "person:smith"), f.entities.map((e) => e.key).join("; "));
  });
  it("'France's Minister Delegate for Europe, X' is X's post, and no 'Delegate' or 'Europe' is anyone", () => {
    const f = extract("PARIS - A letter came from France's Minister Delegate for Europe, Louis Garnier, on Monday.", "2025-06-12");
    assert.ok(relations(f, ["HOLDS_OFFICE"]).some((x) => x.startsWith("HOLDS_OFFICE person:louis-garnier -> government:france")), relations(f).join("; "));
    assert.ok(!f.entities.some((e) => e.key === "person:delegate" || e.key === "person:europe"), f.entities.map((e) => e.key).join("; "));
  });
  it("'Instead he flew in …, where he was received by Y. Z joined them for the talks': one meeting of three", () => {
    const f = extract("ST HELIER - Regional president Marc Leroy had intended to arrive by boat. Instead he flew in from Caen that morning and was driven straight to the Government's offices in St Helier, where he was received by the Chief Minister, Deputy Paul Le Brun. The Minister for External Relations, Deputy Ian Carrel, joined them for the talks.", "2025-06-12");
    assert.ok(meetings(f).some((m) => m.status === "held" && m.participants.length === 3), JSON.stringify(meetings(f)));
  });
  it("'a memorandum … between A and B had been signed by X and Y': both signed it", () => {
    const r = relations(extract("By the end of them, a memorandum of understanding on cooperation in maritime transport between Jersey and Normandy had been signed by Deputy Ian Carrel and Mr Marc Leroy.", "2025-06-12"), ["SIGNED"]);
    assert.equal(r.length, 2, r.join("; "));
  });
  it("'X was also the bearer of a letter to Y from Z, which he handed over. It invites the minister to L': through X, for Y, and Z invited Y", () => {
    const f = extract("ST HELIER - Mr Marc Leroy was also the bearer of a letter to the Minister for External Relations, Deputy Ian Carrel, from France's Minister Delegate for Europe, Louis Garnier, which he handed over at Broad Street. It invites the minister to Paris in July for talks.", "2025-06-12");
    const r = relations(f, ["CONVEYED_VIA", "CONVEYED_TO", "INVITED"]);
    for (const x of ["CONVEYED_VIA person:louis-garnier -> person:marc-leroy", "CONVEYED_TO person:louis-garnier -> person:ian-carrel", "CONVEYED_TO person:marc-leroy -> person:ian-carrel", "INVITED person:louis-garnier -> person:ian-carrel"]) assert.ok(r.includes(x), `${x} in ${r.join("; ")}`);
  });
  it("'the Sovereign Prince' is the prince named before; 'went on to sign' signs", () => {
    const f = extract("MONACO TRIBUNE | CULTURE\n\nThe stamps were unveiled by H.S.H. Prince Rainier IV and by Italy's Minister of Enterprises and Made in Italy, Marco Ferri. Earlier in the day the Sovereign Prince had received the Italian minister at the Prince's Palace, where Claire Rey, Government Counsellor-Minister for External Relations and Cooperation, was also present. Once the stamps had been unveiled, Ms Rey and Mr Ferri went on to sign a memorandum of understanding on postal cooperation.", "2025-10-15");
    assert.ok(meetings(f).some((m) => m.status === "held" && m.participants.join() === "person:claire-rey,person:marco-ferri,person:rainier-iv"), JSON.stringify(meetings(f)));
    const r = relations(f, ["SIGNED", "HOLDS_OFFICE"]);
    assert.equal(r.filter((x) => x.startsWith("SIGNED")).length, 2, r.join("; "));
    assert.ok(r.some((x) => x.startsWith("HOLDS_OFFICE person:marco-ferri -> government:italy")), r.join("; "));
    assert.ok(r.some((x) => x.startsWith("HOLDS_OFFICE person:claire-rey -> government:monaco")), r.join("; "));
    assert.ok(!f.entities.some((e) => /counsellor|cooperation/.test(e.key) && e.kind === "Person"), f.entities.map((e) => e.key).join("; "));
  });
});

describe("an inaugural flight's, a funeral's, a poll's, an earthquake's and a doctorate's visitors (the thirty-fifth held-out set, forty-third session)", () => {
  it("'Gov. X' and 'Lt. Gov. Y' in a Honolulu paper are the United States' posts; 'the governor' is X, not the lieutenant governor", () => {
    const f = extract("HONOLULU STAR-ADVERTISER | BUSINESS\n\nPhilippine Tourism Secretary Maria Santos was met at the gate by Lt. Gov. Leilani Kahale. On Tuesday, Gov. Kai Nakoa hosted Santos at Washington Place. Santos also carried a letter from President Jose Reyes to the governor, which she gave him in the library.", "2025-09-10");
    const r = relations(f, ["HOLDS_OFFICE", "CONVEYED_TO"]);
    assert.ok(r.some((x) => x.startsWith("HOLDS_OFFICE person:kai-nakoa -> government:united-states")), r.join("; "));
    assert.ok(r.some((x) => x.startsWith("HOLDS_OFFICE person:leilani-kahale -> government:united-states")), r.join("; "));
    assert.ok(r.some((x) => x.startsWith("HOLDS_OFFICE person:maria-santos -> government:philippines")), r.join("; "));
    assert.ok(r.includes("CONVEYED_TO person:jose-reyes -> person:kai-nakoa"), r.join("; "));
    assert.ok(r.includes("CONVEYED_TO person:maria-santos -> person:kai-nakoa"), r.join("; "));
  });
  it("'\"I told the secretary I'd be honored, and I've asked her to carry my aloha back to the president,\" X told reporters': X asked her", () => {
    const f = extract("HONOLULU - Philippine Tourism Secretary Maria Santos carried a letter from President Jose Reyes to Gov. Kai Nakoa. \"Mahalo, and yes,\" Nakoa told reporters afterward. \"I told the secretary I'd be honored, and I've asked her to carry my aloha back to the president.\"", "2025-09-10");
    const r = relations(f, ["ASKED"]);
    assert.ok(r.includes("ASKED person:kai-nakoa -> person:maria-santos"), r.join("; "));
    assert.ok(!f.entities.some((e) => /\bi-?d\b/.test(e.key)), f.entities.map((e) => e.key).join("; "));
  });
  it("'a letter from her Head of State, Z, in which Y is invited to L in November': Z invited Y, a visit proposed", () => {
    const f = extract("TONOTA - The Namibian minister, Selma Haufiku, handed President Kgosi Modise a letter from her Head of State, President Ndapewa Shikongo, in which Modise is invited to Windhoek in November for the commission.", "2025-10-06");
    const r = relations(f, ["INVITED", "CONVEYED_VIA", "CONVEYED_TO"]);
    assert.ok(r.includes("INVITED person:ndapewa-shikongo -> person:kgosi-modise"), r.join("; "));
    assert.ok(r.includes("CONVEYED_VIA person:ndapewa-shikongo -> person:selma-haufiku"), r.join("; "));
    assert.ok(meetings(f).some((m) => m.status === "proposed" && m.participants.join() === "person:kgosi-modise,person:ndapewa-shikongo"), JSON.stringify(meetings(f)));
    assert.ok(!meetings(f).some((m) => m.status === "held" && m.date === "2024-11"), JSON.stringify(meetings(f)));
  });
  it("'A trip by X to L, where he was to meet Y on Tuesday, has been dropped': called off", () => {
    const f = extract("GABORONE - A trip by Minister Thabo Kgari to Lusaka, where he was to meet Zambia's Minister of Foreign Affairs, Mwila Banda, on Tuesday, has been dropped.", "2025-10-06");
    assert.ok(meetings(f).some((m) => m.status === "cancelled" && m.participants.length === 2), JSON.stringify(meetings(f)));
  });
  it("'He asked X to convey his greetings' gives X no gender: 'On Thursday, before she flew back, X was received by Y. She handed him a letter'", () => {
    const f = extract("SOFIA - Romanian Foreign Minister Ioana Popa ended a visit. Prime Minister Stefan Petrov received her. He asked Popa to convey his greetings to Prime Minister Victor Ionescu. On Thursday morning, before she flew back to Bucharest, Popa was received by Petrov at the Council of Ministers. She handed him a letter from Ionescu, who invites Petrov to a joint session of the two governments in Giurgiu next spring.", "2025-10-02");
    const r = relations(f, ["CONVEYED_VIA", "INVITED"]);
    assert.ok(r.includes("CONVEYED_VIA person:victor-ionescu -> person:ioana-popa"), r.join("; "));
    assert.ok(r.includes("INVITED person:victor-ionescu -> person:stefan-petrov"), r.join("; "));
  });
  it("'X conveyed to Y the greetings of Z to W. Y passed them on to W': through X and Y, for W", () => {
    const f = extract("SOFIA - Romanian Foreign Minister Ioana Popa met Foreign Minister Dimitar Kolev. Popa also conveyed to Kolev the greetings of Romanian President Andrei Stan to President Boris Tanev. Kolev passed them on to Tanev at the Presidency on Wednesday evening.", "2025-10-02");
    const r = relations(f, ["CONVEYED_VIA", "CONVEYED_TO"]);
    for (const x of ["CONVEYED_VIA person:andrei-stan -> person:ioana-popa", "CONVEYED_VIA person:andrei-stan -> person:dimitar-kolev", "CONVEYED_TO person:andrei-stan -> person:boris-tanev", "CONVEYED_TO person:dimitar-kolev -> person:boris-tanev"]) assert.ok(r.includes(x), `${x} in ${r.join("; ")}`);
    assert.ok(!r.includes("CONVEYED_TO person:andrei-stan -> person:dimitar-kolev"), r.join("; "));
  });
  it("'X had also brought a letter from Z addressed to W. She left it with Y, who took it to the Presidency. … W had accepted': through X and Y, and the visit planned", () => {
    const f = extract("TIRANA - Kosovo's Foreign Minister Drita Krasniqi was received by Prime Minister Arben Lika. Krasniqi had also brought a letter from Kosovo's President Mimoza Berisha addressed to President Ilir Meta. She left it with Foreign Minister Gent Hoxha, who took it to the Presidency that same evening. In the letter, Berisha invites Meta to Pristina for the celebrations. The Presidency said on Thursday that Meta had accepted.", "2025-01-23");
    const r = relations(f, ["CONVEYED_VIA", "CONVEYED_TO"]);
    for (const x of ["CONVEYED_VIA person:mimoza-berisha -> person:gent-hoxha", "CONVEYED_TO person:drita-krasniqi -> person:gent-hoxha", "CONVEYED_TO person:gent-hoxha -> person:ilir-meta"]) assert.ok(r.includes(x), `${x} in ${r.join("; ")}`);
    assert.ok(meetings(f).some((m) => m.status === "planned" && m.participants.join() === "person:ilir-meta,person:mimoza-berisha"), JSON.stringify(meetings(f)));
  });
  it("'Before X set off for L …, she and Y signed an agreement': both signed it", () => {
    const r = relations(extract("TIRANA - Kosovo's Foreign Minister Drita Krasniqi was received by Prime Minister Arben Lika. Before the Kosovar minister set off for Librazhd to visit the rescuers' camp, she and Foreign Minister Gent Hoxha signed an agreement on mutual assistance in the event of natural disasters.", "2025-01-23"), ["SIGNED"]);
    assert.equal(r.length, 2, r.join("; "));
  });
  it("'X, who stopped in L on Tuesday and was received there by Y': held; 'asked his guest to return his greetings to the Mexican president'", () => {
    const f = extract("HAVANA - Cuban President Raul Medina received Honduran President Rosa Mejia at the Palace of the Revolution on Thursday. Mejia, who stopped in Mexico City on Tuesday and was received there by Mexican President Lucia Ortega at the National Palace, brought Medina a verbal message from Ortega. Medina, for his part, asked his guest to return his fraternal greetings to the Mexican president.", "2025-03-14");
    assert.ok(meetings(f).some((m) => m.status === "held" && m.participants.join() === "person:lucia-ortega,person:rosa-mejia"), JSON.stringify(meetings(f)));
    const r = relations(f, ["CONVEYED_VIA", "CONVEYED_TO"]);
    assert.ok(r.includes("CONVEYED_VIA person:raul-medina -> person:rosa-mejia"), r.join("; "));
    assert.ok(r.includes("CONVEYED_TO person:raul-medina -> person:lucia-ortega"), r.join("; "));
  });
  it("'A visit by X to the <body> campus on the edge of L with Prime Minister Y … was called off': X and Y's meeting, cancelled", () => {
    const f = extract("HAVANA - A visit by Honduran President Rosa Mejia to the ELAM campus on the western edge of Havana with Prime Minister Pablo Rivas, scheduled for Friday morning, was called off late on Thursday.", "2025-03-14");
    assert.ok(meetings(f).some((m) => m.status === "cancelled" && m.participants.join() === "person:pablo-rivas,person:rosa-mejia"), JSON.stringify(meetings(f)));
  });
  it("'the US Special Envoy for Latin America, X': the United States' post", () => {
    const r = relations(extract("HAVANA - A website said Foreign Minister Raul Medina had met the US Special Envoy for Latin America, Mark Tyler, in Mexico City.", "2025-03-14"), ["HOLDS_OFFICE"]);
    assert.ok(r.some((x) => x.startsWith("HOLDS_OFFICE person:mark-tyler -> government:united-states")), r.join("; "));
  });
});

describe("an envoy appointed, a government's thanks and a quoted yes (the third and thirty-fifth held-out sets, forty-third session)", () => {
  it("'X was appointed the <body>'s special envoy … Y handed the envoy a sealed letter from Z': the envoy is X", () => {
    const f = extract("ADDIS ABABA - Former President Kofi Mensah was appointed the African Union's special envoy for the two countries in January. Shortly after midday, Foreign Minister Amina Lado handed the envoy a sealed letter from President Joseph Deng addressed to General Omar Hassan.", "2026-03-03");
    const r = relations(f, ["CONVEYED_VIA"]);
    assert.ok(r.includes("CONVEYED_VIA person:joseph-deng -> person:kofi-mensah"), r.join("; "));
  });
  it("'X asked Y to pass on the Government of G's thanks to Z': X's message, for Z", () => {
    const r = relations(extract("ST HELIER - The Chief Minister, Deputy Paul Le Brun, asked Mr Marc Leroy to pass on the Government of Jersey's thanks to Mr Louis Garnier.", "2025-06-12"), ["CONVEYED_TO"]);
    assert.ok(r.includes("CONVEYED_TO person:paul-le-brun -> person:louis-garnier"), r.join("; "));
  });
  it("'X asked Y and Z to convey to G the state's intention': no message of X's reached the state itself", () => {
    const r = relations(extract("TOKYO - Earlier this month, Foreign Minister Kenji Aoki separately asked Vice President Mark Reed and Foreign Minister Ana Ruiz to convey to North Korea Japan's intention to hold talks.", "2018-05-20"), ["CONVEYED_VIA", "CONVEYED_TO"]);
    assert.ok(r.includes("CONVEYED_VIA person:kenji-aoki -> person:mark-reed"), r.join("; "));
    assert.ok(!r.includes("CONVEYED_TO person:kenji-aoki -> government:north-korea"), r.join("; "));
  });
  it("'It invites the minister to L in July …. \"I'll be there,\" Y said': the visit planned", () => {
    const f = extract("ST HELIER - Mr Marc Leroy was also the bearer of a letter to the Minister for External Relations, Deputy Ian Carrel, from France's Minister Delegate for Europe, Louis Garnier, which he handed over at Broad Street. It invites the minister to Paris in July for talks. \"I'll be there,\" Deputy Carrel said.", "2025-06-12");
    assert.ok(meetings(f).some((m) => m.status === "planned" && m.participants.join() === "person:ian-carrel,person:louis-garnier"), JSON.stringify(meetings(f)));
  });
});

describe("a summit host's schedule (the third held-out set, forty-third session)", () => {
  const schedule = "DUBROVNIK - As host, Prime Minister Ivo Kralj had scheduled separate bilateral meetings on Thursday with three visiting leaders: Ana Moraru, the president of Moldova; Luka Radic, Montenegro's prime minister; and Petar Zhelev, the president of Bulgaria.";
  it("'X had scheduled separate bilateral meetings on Thursday with three visiting leaders: A, …; B, …; and C, …': one each, that Thursday", () => {
    const f = extract(schedule, "2025-06-13");
    const planned = meetings(f).filter((m) => m.status === "planned" && m.date === "2025-06-12" && m.participants.includes("person:ivo-kralj"));
    assert.equal(planned.length, 3, JSON.stringify(meetings(f)));
  });
  it("'He saw A first, over a working lunch' holds the first; 'The third meeting never took place' calls the third off", () => {
    const f = extract(`${schedule} He saw Moraru first, over a working lunch in the old town. The third meeting never took place.`, "2025-06-13");
    const ms = meetings(f);
    assert.ok(ms.some((m) => m.status === "held" && m.participants.join() === "person:ana-moraru,person:ivo-kralj"), JSON.stringify(ms));
    assert.ok(ms.some((m) => m.status === "cancelled" && m.participants.join() === "person:ivo-kralj,person:petar-zhelev"), JSON.stringify(ms));
    assert.ok(ms.some((m) => m.status === "planned" && m.participants.join() === "person:ivo-kralj,person:luka-radic"), JSON.stringify(ms));
  });
});

describe("a profile's recalled signing (the twentieth held-out set, forty-third session)", () => {
  it("'at the <body>, where on 22 December 1988 the foreign ministers of G, H and K – A, B and C – signed the agreement': the three signed it and met that day", () => {
    const f = extract("WINDHOEK - That table was at the United Nations, where on 22 December 1988 the foreign ministers of Angola, Cuba and South Africa – Manuel Costa, Raul Pena and Pieter Venter – signed the tripartite agreement that opened the way for independence.", "2026-09-18");
    assert.equal(relations(f, ["SIGNED"]).length, 3, relations(f).join("; "));
    assert.ok(meetings(f).some((m) => m.status === "held" && m.date === "1988-12-22" && m.participants.length === 3), JSON.stringify(meetings(f)));
  });
});

describe("a joint communiqué's numbered paragraphs (the twenty-first held-out set, forty-fourth session)", () => {
  const communique = [
    "Full text of the joint communiqué.",
    "1. At the invitation of the Honourable Dana Crewe, S.C., M.P., Prime Minister of Barbados, His Excellency Kofi Adomako, President of the Republic of Ghana, paid an official visit to Barbados from 17 to 19 November 2026.",
    "2. President Adomako was accompanied by a delegation that included the Honourable Yaw Boateng, M.P., Minister for Foreign Affairs, and the Honourable Efua Sarpong, M.P., Minister for Trade, Agribusiness and Industry.",
    "3. On arrival in Barbados on 17 November, President Adomako was welcomed by Prime Minister Crewe and the Honourable Lionel Gittens, M.P., Minister of Foreign Affairs and Foreign Trade.",
    "4. The two Heads held bilateral talks at the Prime Minister's residence on 18 November. The Ministers of Foreign Affairs of both countries, the Ghanaian Minister for Trade, Agribusiness and Industry and the Barbadian Minister of Agriculture and Food and Nutritional Security, the Honourable Rawle Best, M.P., also took part.",
    "5. At the conclusion of the talks, the two Heads witnessed the signing of the following instruments:\n(a) an Agreement on the Waiver of Visa Requirements for Holders of Diplomatic, Official and Ordinary Passports, signed by Minister Gittens and Minister Boateng; and\n(b) a Memorandum of Understanding on Cooperation in Agriculture, signed by Minister Best and Minister Sarpong.",
  ].join("\n\n");
  it("'At the invitation of X, Prime Minister of G, Y, President of H, paid an official visit': X invited Y", () => {
    const r = relations(extract(communique, "2026-11-20"), ["INVITED"]);
    assert.ok(r.includes("INVITED person:dana-crewe -> person:kofi-adomako"), r.join("; "));
  });
  it("posts set off after 'the Honourable X, M.P.,': a list of portfolios whole, the state of the delegation's or the host's fellow", () => {
    const r = relations(extract(communique, "2026-11-20"), ["HOLDS_OFFICE"]);
    assert.ok(r.some((x) => x.startsWith("HOLDS_OFFICE person:efua-sarpong -> government:ghana")), r.join("; "));
    assert.ok(r.some((x) => x.startsWith("HOLDS_OFFICE person:lionel-gittens -> government:barbados")), r.join("; "));
    assert.ok(r.some((x) => x.startsWith("HOLDS_OFFICE person:rawle-best -> government:barbados")), r.join("; "));
    assert.ok(!r.some((x) => /-> government:barbados/.test(x) && /sarpong|boateng/.test(x)), r.join("; "));
  });
  it("'The two Heads held bilateral talks …. The Ministers of Foreign Affairs of both countries, the <N> Minister for <portfolio> and …, also took part': all six at one meeting", () => {
    const f = extract(communique, "2026-11-20");
    const talks = meetings(f).find((m) => m.status === "held" && m.date === "2026-11-18");
    assert.deepEqual(talks?.participants, ["person:dana-crewe", "person:efua-sarpong", "person:kofi-adomako", "person:lionel-gittens", "person:rawle-best", "person:yaw-boateng"], JSON.stringify(meetings(f)));
  });
  it("'an Agreement on … for Holders of Diplomatic, Official and Ordinary Passports, signed by A and B': one document, its title whole", () => {
    const r = relations(extract(communique, "2026-11-20"), ["SIGNED"]);
    assert.ok(r.includes("SIGNED person:lionel-gittens -> document:agreement-on-the-waiver-of-visa-requirements-for-holders-of-diplomatic-official-and-ordinary-passports"), r.join("; "));
    assert.ok(r.includes("SIGNED person:yaw-boateng -> document:agreement-on-the-waiver-of-visa-requirements-for-holders-of-diplomatic-official-and-ordinary-passports"), r.join("; "));
  });
});

describe("a minister's answers to parliament (the twenty-first held-out set, forty-fourth session)", () => {
  it("'X told MPs that he had accepted an invitation from his <N> counterpart, Y, to co-chair the <body> in L in July': Y invited X; planned", () => {
    const f = extract("RABAT - Foreign Minister Karim Alaoui told MPs that he had accepted an invitation from his Mauritanian counterpart, Sidi Ould Brahim, to co-chair the Moroccan-Mauritanian Joint Commission in Nouakchott in July.", "2026-06-09");
    assert.ok(relations(f, ["INVITED"]).includes("INVITED person:sidi-ould-brahim -> person:karim-alaoui"), relations(f).join("; "));
    assert.ok(meetings(f).some((m) => m.status === "planned" && m.date === "2026-07" && m.participants.join() === "person:karim-alaoui,person:sidi-ould-brahim"), JSON.stringify(meetings(f)));
  });
  it("'X chaired a meeting …, at the end of which he, A, and B signed a roadmap': X signed it too", () => {
    const r = relations(extract("RABAT - Foreign Minister Karim Alaoui chaired a ministerial meeting on the initiative at the ministry, at the end of which he, Oumar Keita, and Issa Moussa signed a roadmap for the ports component of the initiative.", "2026-06-09"), ["SIGNED"]);
    assert.ok(r.some((x) => x.startsWith("SIGNED person:karim-alaoui -> document:roadmap")), r.join("; "));
  });
  it("'\"…,\" X said. The minister said he had discussed it in a phone call with Y, whom he last met in L in April 2025': X of several ministers; met Y then", () => {
    const f = extract("RABAT - Foreign Minister Karim Alaoui received Mali's Foreign Minister Oumar Keita and Niger's Foreign Minister Issa Moussa on Wednesday. \"It is a question of calendars,\" Alaoui said. The minister said he had discussed the initiative on Sunday in a phone call with US Secretary of State John Ford, whom he last met in Washington in April 2025.", "2026-06-09");
    assert.ok(meetings(f).some((m) => m.status === "held" && m.date === "2025-04" && m.participants.join() === "person:john-ford,person:karim-alaoui"), JSON.stringify(meetings(f)));
  });
  it("'The King asked the two ministers to convey his greetings to the two presidents': for each president whose message they brought", () => {
    const r = relations(extract("RABAT - King Osric received Foreign Minister Oumar Keita of Mali and Foreign Minister Issa Moussa of Niger on Wednesday. Keita delivered a written message from Malian President Amadou Sangare, and Moussa one from Nigerien President Ali Garba. The King asked the two ministers to convey his greetings to the two presidents.", "2026-06-09"), ["CONVEYED_TO"]);
    assert.ok(r.includes("CONVEYED_TO person:osric -> person:amadou-sangare"), r.join("; "));
    assert.ok(r.includes("CONVEYED_TO person:osric -> person:ali-garba"), r.join("; "));
  });
});

describe("a ship launch's ministers (the thirty-sixth held-out set, forty-fourth session)", () => {
  const launch = [
    "FLENSBURG - The guests on the quay included German Foreign Minister Jonas Adler and his Danish counterpart Mikkel Holm.",
    "Before the ceremony, Adler took the Danish minister aside for around an hour in the yard's former drawing office, where Schleswig-Holstein's state premier Uwe Jahn made up a table of three.",
    "The two ministers then inked a joint declaration on cross-border mobility.",
    "The two men had last seen each other in Copenhagen at the end of August.",
    "Holm did not travel with empty hands. In his briefcase was a letter from Danish Prime Minister Ida Friis to Chancellor Paul Kranz, which he passed to Adler in Flensburg.",
    "Jahn, for his part, gave Holm a message to take home: he asked him to tell Friis that the state will not fall behind.",
    "Holm had been due in Hamburg on Thursday to meet the city's First Mayor, Lutz Brandt, about the ports. The stop was struck from the program on Wednesday evening.",
  ].join(" ");
  it("'took Y aside …, where Z made up a table of three': the three met; 'had last seen each other in L at the end of August': met then", () => {
    const ms = meetings(extract(launch, "2025-10-16"));
    assert.ok(ms.some((m) => m.status === "held" && m.participants.join() === "person:jonas-adler,person:mikkel-holm,person:uwe-jahn"), JSON.stringify(ms));
    assert.ok(ms.some((m) => m.status === "held" && m.date === "2025-08" && m.participants.join() === "person:jonas-adler,person:mikkel-holm"), JSON.stringify(ms));
  });
  it("'the two ministers then inked a joint declaration': both signed it", () => {
    const r = relations(extract(launch, "2025-10-16"), ["SIGNED"]);
    assert.ok(r.some((x) => x.startsWith("SIGNED person:jonas-adler -> document:joint-declaration")), r.join("; "));
    assert.ok(r.some((x) => x.startsWith("SIGNED person:mikkel-holm -> document:joint-declaration")), r.join("; "));
  });
  it("'In his briefcase was a letter from X to Y, which he passed to Z': carried by him, then by Z", () => {
    const r = relations(extract(launch, "2025-10-16"), ["CONVEYED_VIA", "CONVEYED_TO"]);
    assert.ok(r.includes("CONVEYED_VIA person:ida-friis -> person:mikkel-holm"), r.join("; "));
    assert.ok(r.includes("CONVEYED_TO person:mikkel-holm -> person:jonas-adler"), r.join("; "));
  });
  it("'X gave Y a message to take home: he asked him to tell Z …': X asked Y, for Z", () => {
    const r = relations(extract(launch, "2025-10-16"), ["ASKED", "CONVEYED_TO"]);
    assert.ok(r.includes("ASKED person:uwe-jahn -> person:mikkel-holm"), r.join("; "));
    assert.ok(r.includes("CONVEYED_TO person:uwe-jahn -> person:ida-friis"), r.join("; "));
  });
  it("'had been due in L on Thursday to meet the city's First Mayor, Y, …. The stop was struck from the program': cancelled", () => {
    const ms = meetings(extract(launch, "2025-10-16"));
    assert.ok(ms.some((m) => m.status === "cancelled" && m.date === "2025-10-16" && m.participants.join() === "person:lutz-brandt,person:mikkel-holm"), JSON.stringify(ms));
  });
  it("'X invites Y to come and see the tunnel works at L next spring': a visit proposed", () => {
    const ms = meetings(extract("COPENHAGEN - According to the foreign ministry, Prime Minister Ida Friis invites Chancellor Paul Kranz to come and see the tunnel works at Rødbyhavn next spring.", "2025-10-16"));
    assert.ok(ms.some((m) => m.status === "proposed" && m.date === "2026" && m.participants.join() === "person:ida-friis,person:paul-kranz"), JSON.stringify(ms));
  });
});

describe("a wildfire's visitor and regions' posts (the thirty-sixth held-out set, forty-fourth session)", () => {
  const visit = [
    "LAS PALMAS - The fire broke out only hours before the start of a two-day official visit to the islands by the Prime Minister of Cape Verde, Tomás Lopes e Costa.",
    "His talks with the President of the Canary Islands, Rafael Suárez, held on Tuesday morning at the Presidency in Las Palmas de Gran Canaria and attended by the Canarian Vice-President, Pilar Ojeda, were cut to an hour.",
    "The Cape Verdean leader was also the courier of a letter from his country's President, Jorge Tavares, inviting Suárez to a summit in Mindelo next spring.",
  ].join(" ");
  it("'Tomás Lopes e Costa': one name with its Portuguese 'e'", () => {
    const r = relations(extract(visit, "2025-08-21"), ["HOLDS_OFFICE"]);
    assert.ok(r.some((x) => x.startsWith("HOLDS_OFFICE person:tomas-lopes-e-costa -> government:cape-verde")), r.join("; "));
  });
  it("'His talks with X, held on Tuesday morning at … in L and attended by the <adjective> Vice-President, Y, were cut': the three met", () => {
    const ms = meetings(extract(visit, "2025-08-21"));
    assert.ok(ms.some((m) => m.status === "held" && m.date === "2025-08-19" && m.participants.join() === "person:pilar-ojeda,person:rafael-suarez,person:tomas-lopes-e-costa"), JSON.stringify(ms));
  });
  it("'the President of the Canary Islands, X' and 'the Canarian Vice-President, Y': Spain's", () => {
    const r = relations(extract(visit, "2025-08-21"), ["HOLDS_OFFICE"]);
    assert.ok(r.some((x) => x.startsWith("HOLDS_OFFICE person:rafael-suarez -> government:spain")), r.join("; "));
    assert.ok(r.some((x) => x.startsWith("HOLDS_OFFICE person:pilar-ojeda -> government:spain")), r.join("; "));
  });
  it("'X was also the courier of a letter from his country's President, Z, inviting Y to …': Z's letter through X, for Y; Z invited Y", () => {
    const r = relations(extract(visit, "2025-08-21"), ["CONVEYED_VIA", "CONVEYED_TO", "INVITED"]);
    assert.ok(r.includes("CONVEYED_VIA person:jorge-tavares -> person:tomas-lopes-e-costa"), r.join("; "));
    assert.ok(r.includes("CONVEYED_TO person:jorge-tavares -> person:rafael-suarez"), r.join("; "));
    assert.ok(r.includes("INVITED person:jorge-tavares -> person:rafael-suarez"), r.join("; "));
  });
  it("a region's posts are of its state: '<region>'s state premier X', 'the Governor of <province>, X', '<region>'s Minister-President, X', 'a Scottish Government spokeswoman, X'", () => {
    const r = relations(extract("LONDON - Schleswig-Holstein's state premier Uwe Jahn spoke first. She denied meeting the Governor of Chubut, Hugo Ferrer, in Trelew. She was to meet Wallonia's Minister-President, Luc Dumont, in Namur. \"There was no such meeting,\" said a Scottish Government spokeswoman, Fiona Reid.", "2025-08-21"), ["HOLDS_OFFICE"]);
    for (const [who, state] of [["uwe-jahn", "germany"], ["hugo-ferrer", "argentina"], ["luc-dumont", "belgium"], ["fiona-reid", "united-kingdom"]]) assert.ok(r.some((x) => x.startsWith(`HOLDS_OFFICE person:${who} -> government:${state}`)), `${who}: ${r.join("; ")}`);
  });
  it("'the First Minister, X' and 'the Cabinet Secretary for Constitution, External Affairs and Culture, Y', in a story that names the Scottish Government only: the United Kingdom's", () => {
    const r = relations(extract("EDINBURGH - The minister was the guest of the First Minister, Ewan Baird, at Bute House on Tuesday, where the Cabinet Secretary for Constitution, External Affairs and Culture, Alan Moir, joined them. A Scottish Government spokeswoman confirmed the talks.", "2024-06-13"), ["HOLDS_OFFICE"]);
    assert.ok(r.some((x) => x.startsWith("HOLDS_OFFICE person:ewan-baird -> government:united-kingdom")), r.join("; "));
    assert.ok(r.some((x) => x.startsWith("HOLDS_OFFICE person:alan-moir -> government:united-kingdom [Cabinet Secretary for Constitution, External Affairs and Culture]")), r.join("; "));
  });
});

describe("a ball's guest of honour (the thirty-sixth held-out set, forty-fourth session)", () => {
  const ball = [
    "VIENNA - The guest of honour in the box of the Federal President was the Prime Minister of the Principality of Liechtenstein, Markus Frick, who followed the opening at the side of Federal President Anton Van der Linden.",
    "In the box, Frick handed the Federal President a letter from Hereditary Prince Leo of Liechtenstein, who invites him to pay a state visit to Liechtenstein in the autumn.",
    "Van der Linden accepted, the Presidential Chancellery confirmed on Friday, and asked Frick to convey his warmest regards to the Hereditary Prince.",
    "On Thursday afternoon, Federal Chancellor Karl Huber had received Frick for a working meeting, which was also attended by Liechtenstein's Minister for Foreign Affairs, Education and Sport, Dominique Kranz.",
  ].join(" ");
  it("'the Federal President' and 'Van der Linden' are the one named 'Federal President Anton Van der Linden'; the letter's invitation and the regards sent back", () => {
    const r = relations(extract(ball, "2024-02-09"), ["INVITED", "ASKED", "CONVEYED_TO"]);
    assert.ok(r.includes("CONVEYED_TO person:markus-frick -> person:anton-van-der-linden"), r.join("; "));
    assert.ok(r.includes("INVITED person:leo -> person:anton-van-der-linden"), r.join("; "));
    assert.ok(r.includes("ASKED person:anton-van-der-linden -> person:markus-frick"), r.join("; "));
    assert.ok(r.includes("CONVEYED_TO person:anton-van-der-linden -> person:leo"), r.join("; "));
  });
  it("'Federal Chancellor X'; 'Dominique Y' is a woman's name, not Dominica", () => {
    const f = extract(ball, "2024-02-09");
    const r = relations(f, ["HOLDS_OFFICE"]);
    assert.ok(r.some((x) => x.startsWith("HOLDS_OFFICE person:dominique-kranz -> government:liechtenstein")), r.join("; "));
    assert.ok(meetings(f).some((m) => m.status === "held" && m.participants.join() === "person:dominique-kranz,person:karl-huber,person:markus-frick"), JSON.stringify(meetings(f)));
  });
  it("'… had been due in L on Friday for talks with Y. … announced that the trip had been taken off the agenda': cancelled", () => {
    const ms = meetings(extract("VIENNA - Foreign Minister Max Auer had been due in Bern on Friday for talks with Foreign Minister Urs Brunner. The ministry announced on Wednesday that the trip had been taken off the agenda; no new date was given.", "2024-02-09"));
    assert.ok(ms.some((m) => m.status === "cancelled" && m.participants.join() === "person:max-auer,person:urs-brunner"), JSON.stringify(ms));
  });
});

describe("a census story's visitor (the thirty-sixth held-out set, forty-fourth session)", () => {
  const visit = [
    "EDINBURGH - Norway's Minister of Foreign Affairs, Lars Vik, made his first visit to Scotland on Tuesday.",
    "Mr Vik was the guest of the First Minister, Ewan Baird, at Bute House on Tuesday, where the Cabinet Secretary for Constitution, External Affairs and Culture, Alan Moir, joined them for talks on offshore wind.",
    "Mr Vik also brought a letter from Norway's Prime Minister, Jonas Berg, which he presented to Mr Baird at Bute House.",
    "He asked Mr Vik to take his good wishes back to Oslo for the prime minister.",
    "Mr Moir had been due to travel to Dublin tomorrow for talks with the Tánaiste and Minister for Foreign Affairs, Cian Walsh, on the partnership. That trip has been called off.",
  ].join(" ");
  it("'X was the guest of the First Minister, Y, at L on Tuesday, where Z joined them for talks': the three met", () => {
    const ms = meetings(extract(visit, "2025-05-22"));
    assert.ok(ms.some((m) => m.status === "held" && m.participants.join() === "person:alan-moir,person:ewan-baird,person:lars-vik"), JSON.stringify(ms));
  });
  it("'brought a letter from Z, which he presented to Y': handed to Y; 'asked X to take his good wishes back to L for Z': for Z", () => {
    const r = relations(extract(visit, "2025-05-22"), ["CONVEYED_VIA", "CONVEYED_TO"]);
    assert.ok(r.includes("CONVEYED_TO person:lars-vik -> person:ewan-baird"), r.join("; "));
    assert.ok(r.includes("CONVEYED_TO person:jonas-berg -> person:ewan-baird"), r.join("; "));
    assert.ok(r.includes("CONVEYED_VIA person:ewan-baird -> person:lars-vik"), r.join("; "));
    assert.ok(r.includes("CONVEYED_TO person:ewan-baird -> person:jonas-berg"), r.join("; "));
  });
  it("'talks with the Tánaiste and Minister for Foreign Affairs, Y, …. That trip has been called off': both posts Y's; cancelled", () => {
    const ms = meetings(extract(visit, "2025-05-22"));
    assert.ok(ms.some((m) => m.status === "cancelled" && m.date === "2025-05-23" && m.participants.join() === "person:alan-moir,person:cian-walsh"), JSON.stringify(ms));
  });
});

describe("a prize ceremony's guest (the thirty-sixth held-out set, forty-fourth session)", () => {
  const ceremony = [
    "NATION.CYMRU | CULTURE",
    "",
    "Watching from the front rows was the Tánaiste and Minister for Foreign Affairs, Cian Walsh, the guest of First Minister Eleri Jones on what the Welsh Government believes is his first visit.",
    "Before the ceremony, Mr Walsh and the First Minister conferred for forty minutes in the Welsh Government's pavilion on the Maes in Wrexham, with the Cabinet Secretary for Finance and Welsh Language, Gareth Rees MS, also at the table.",
    "Mr Walsh had also been entrusted with a letter from the Taoiseach, Liam Doyle, which he gave to Ms Jones at the end of their talks.",
  ].join("\n");
  it("'X, the guest of First Minister Y'; 'conferred … in the <body>'s pavilion …, with <post>, Z MS, also at the table': the three met", () => {
    const ms = meetings(extract(ceremony, "2025-08-09"));
    assert.ok(ms.some((m) => m.status === "held" && m.participants.join() === "person:cian-walsh,person:eleri-jones,person:gareth-rees"), JSON.stringify(ms));
  });
  it("a Welsh outlet's own domain makes its First Minister and Cabinet Secretary the United Kingdom's, not the visitor's state", () => {
    const r = relations(extract(ceremony, "2025-08-09"), ["HOLDS_OFFICE"]);
    assert.ok(r.some((x) => x.startsWith("HOLDS_OFFICE person:eleri-jones -> government:united-kingdom")), r.join("; "));
    assert.ok(r.some((x) => x.startsWith("HOLDS_OFFICE person:gareth-rees -> government:united-kingdom [Cabinet Secretary for Finance and Welsh Language]")), r.join("; "));
    assert.ok(!r.some((x) => x.startsWith("HOLDS_OFFICE person:eleri-jones -> government:ireland")), r.join("; "));
  });
  it("'X had also been entrusted with a letter from Z, which he gave to Y': through X, handed to Y", () => {
    const r = relations(extract(ceremony, "2025-08-09"), ["CONVEYED_VIA", "CONVEYED_TO"]);
    assert.ok(r.includes("CONVEYED_VIA person:liam-doyle -> person:cian-walsh"), r.join("; "));
    assert.ok(r.includes("CONVEYED_TO person:cian-walsh -> person:eleri-jones"), r.join("; "));
  });
});

describe("a jazz festival's three-way meeting (the thirty-sixth held-out set, forty-fourth session)", () => {
  const festival = [
    "WILLEMSTAD - On Saturday afternoon Prime Minister Ruben Maal had hosted Venezuela's Foreign Minister Tomás Arria and Aruba's Prime Minister Ines Koot at Fort Amsterdam for a three-way meeting.",
    "Maal and Arria put pen to paper on a memorandum of understanding on the resumption of maritime cargo links between Curaçao and Venezuela.",
    "Arria also came bearing a letter from President Luis Salcedo, which he handed to Maal at the fort.",
    "Maal said he would only give his answer after consulting The Hague.",
    "\"The invitation is an honor, and it will be answered properly,\" he said.",
    "The prime minister, in turn, asked Arria to pass on his greetings to Salcedo.",
  ].join(" ");
  it("'put pen to paper on a memorandum of understanding on …': both signed it", () => {
    const r = relations(extract(festival, "2023-09-04"), ["SIGNED"]);
    assert.ok(r.some((x) => x.startsWith("SIGNED person:ruben-maal -> document:memorandum-of-understanding")), r.join("; "));
    assert.ok(r.some((x) => x.startsWith("SIGNED person:tomas-arria -> document:memorandum-of-understanding")), r.join("; "));
  });
  it("'X also came bearing a letter from Z, which he handed to Y': through X, handed to Y", () => {
    const r = relations(extract(festival, "2023-09-04"), ["CONVEYED_VIA", "CONVEYED_TO"]);
    assert.ok(r.includes("CONVEYED_VIA person:luis-salcedo -> person:tomas-arria"), r.join("; "));
    assert.ok(r.includes("CONVEYED_TO person:tomas-arria -> person:ruben-maal"), r.join("; "));
  });
  it("'The prime minister, in turn, asked …', of two prime ministers, past a quotation naming no one: the one who spoke before it", () => {
    const r = relations(extract(festival, "2023-09-04"), ["ASKED", "CONVEYED_TO"]);
    assert.ok(r.includes("ASKED person:ruben-maal -> person:tomas-arria"), r.join("; "));
    assert.ok(r.includes("CONVEYED_TO person:ruben-maal -> person:luis-salcedo"), r.join("; "));
  });
});

describe("a vaccination campaign's ministers (the thirty-sixth held-out set, forty-fourth session)", () => {
  it("'International Relations and Francophonie Minister X', a portfolio before a capitalised 'Minister', in a story from the state's city: its state's, no colleague met", () => {
    const f = extract("MONTREAL - Secretary-General Louise Dufour was received by Premier Paul Tremblay at his office on Tuesday afternoon, with International Relations and Francophonie Minister Anne Roy sitting in.", "2024-03-08");
    const r = relations(f, ["HOLDS_OFFICE", "MET_WITH"]);
    assert.ok(r.some((x) => x.startsWith("HOLDS_OFFICE person:anne-roy -> government:canada")), r.join("; "));
  });
  it("'Vermont Governor X' is of the United States, in a story from Canada", () => {
    const r = relations(extract("MONTREAL - The premier's office denied that he had met Vermont Governor Phil Hale at a hotel in Burlington.", "2024-03-08"), ["HOLDS_OFFICE"]);
    assert.ok(r.some((x) => x.startsWith("HOLDS_OFFICE person:phil-hale -> government:united-states")), r.join("; "));
  });
});

describe("a marathon's runner and his letter (the thirty-sixth held-out set, forty-fourth session)", () => {
  it("'X also delivered a letter from <post>, Z, who invites the governor to <county> in the spring': for the governor, from X's hand; a visit proposed there", () => {
    const f = extract("NAHA - The day before the race, Ken Sato paid a courtesy call on Governor Jiro Oshiro at the prefectural government building in Naha. Sato also delivered a letter from Taiwan's Minister of Foreign Affairs, Chen Wei-min, who invites the governor to Hualien in the spring to see the reconstruction.", "2024-12-02");
    const r = relations(f, ["CONVEYED_TO"]);
    assert.ok(r.includes("CONVEYED_TO person:chen-wei-min -> person:jiro-oshiro"), r.join("; "));
    assert.ok(r.includes("CONVEYED_TO person:ken-sato -> person:jiro-oshiro"), r.join("; "));
    assert.ok(meetings(f).some((m) => m.status === "proposed" && m.participants.join() === "person:chen-wei-min,person:jiro-oshiro"), JSON.stringify(meetings(f)));
  });
});

describe("a consul's letter passed on (the thirty-sixth held-out set, forty-fourth session)", () => {
  it("'X called on Y at the ministry and handed her a letter from Z addressed to W. Y gave it to the premier': through X and Y, to W", () => {
    const r = relations(extract("QUEBEC - On Monday, France's consul general in Quebec City, Marc Lebon, called on Minister Anne Roy at the ministry and handed her a letter from French President Paul Morel addressed to Premier Luc Tremblay. Roy gave it to the premier at the National Assembly on Tuesday morning.", "2024-03-08"), ["CONVEYED_VIA", "CONVEYED_TO"]);
    assert.ok(r.includes("CONVEYED_VIA person:paul-morel -> person:anne-roy"), r.join("; "));
    assert.ok(r.includes("CONVEYED_TO person:anne-roy -> person:luc-tremblay"), r.join("; "));
  });
});

describe("a region's post after its name's possessive (the thirty-sixth held-out set, forty-fourth session)", () => {
  it("'has called off a trip to G planned for next week, during which she was to meet <region>'s Minister-President, Y, in L': the region is a place; the meeting called off", () => {
    const f = extract("QUEBEC - Minister Anne Roy, meanwhile, has called off a trip to Belgium planned for next week, during which she was to meet Wallonia's Minister-President, Luc Dumont, in Namur.", "2024-03-08");
    assert.ok(meetings(f).some((m) => m.status === "cancelled" && m.participants.join() === "person:anne-roy,person:luc-dumont"), JSON.stringify(meetings(f)));
    assert.ok(!relations(f).some((x) => x.includes("person:wallonia")), relations(f).join("; "));
  });
});

describe("a royal audience and a signing elsewhere (the twenty-second held-out set, forty-fifth session)", () => {
  it("'HM the King received at <X> Palace Deputy Foreign Minister Y, who conveyed to HM the King a written message from Z': the palace ends where the post begins; the style is not anyone", () => {
    const f = extract("MANAMA: His Majesty King Rashid bin Saad Al Dawsari yesterday received at Al Nakheel Palace Deputy Foreign Minister for Consular Affairs HE Dr Karim Navabi, who conveyed to HM the King a written message from Iranian President Dr Hossein Tavakoli.", "2026-02-17");
    const r = relations(f, ["MET_WITH", "CONVEYED_VIA", "CONVEYED_TO"]);
    assert.ok(r.includes("MET_WITH person:rashid-bin-saad-al-dawsari -> person:karim-navabi"), r.join("; "));
    assert.ok(r.includes("CONVEYED_VIA person:hossein-tavakoli -> person:karim-navabi"), r.join("; "));
    assert.ok(r.includes("CONVEYED_TO person:hossein-tavakoli -> person:rashid-bin-saad-al-dawsari"), r.join("; "));
    assert.ok(!relations(f).some((x) => /organization:hm\b|person:hm\b/.test(x)), relations(f).join("; "));
  });
  it("'HM Treasury' is still a body, and 'HRH Prince X' the prince", () => {
    const f = extract("LONDON - Officials at HM Treasury briefed HRH Prince Edmund on the budget talks with Foreign Minister Jonas Lind.", "2026-02-17");
    assert.ok(!relations(f).some((x) => x.includes("person:treasury") || x.includes("organization:hrh")), relations(f).join("; "));
  });
  it("'A and B later signed a joint statement … at the ministry's headquarters in L. The signing was witnessed by C …, and attended by D': a meeting of its own, apart from the audience at the palace", () => {
    const f = extract("MANAMA: King Rashid bin Saad Al Dawsari received at Al Nakheel Palace Deputy Foreign Minister Karim Navabi of Iran. The audience was attended by Foreign Minister Dr Faisal bin Khalid Al Mannai. Foreign Minister Dr Faisal bin Khalid Al Mannai and Dr Navabi later signed a joint statement on the resumption of diplomatic relations at the ministry's headquarters in Manama. The signing was witnessed by Omani Foreign Minister Sayyid Hamood bin Nasser Al Ghafri, whose country facilitated the talks, and attended by the ministry's Under-Secretary Dr Yousef bin Ali Al Jalahma.", "2026-02-17");
    const signing = meetings(f).find((m) => m.participants.includes("person:hamood-bin-nasser-al-ghafri"));
    assert.ok(signing && !signing.participants.includes("person:rashid-bin-saad-al-dawsari"), JSON.stringify(meetings(f)));
    assert.deepEqual(relations(f, ["HELD_IN"]).sort(), ["HELD_IN meeting -> place:al-nakheel-palace", "HELD_IN meeting -> place:manama"]);
    assert.ok(signing.participants.includes("person:yousef-bin-ali-al-jalahma"), JSON.stringify(signing));
    const r = relations(f, ["MET_WITH"]);
    assert.ok(r.includes("MET_WITH person:hamood-bin-nasser-al-ghafri -> person:karim-navabi"), r.join("; "));
    assert.ok(!r.some((x) => x.includes("al-ghafri") && x.includes("al-dawsari")), r.join("; "));
  });
});

describe("a crown prince's call and two committees ahead (the twenty-second held-out set, forty-fifth session)", () => {
  const call = "MANAMA: HRH Prince Nasser bin Isa Al Dawsari, the Crown Prince and Prime Minister, received a phone call yesterday from His Royal Highness Prince Faisal bin Turki Al Saud, Crown Prince and Prime Minister of the Kingdom of Saudi Arabia. HRH Prince Faisal bin Turki welcomed the agreement between Bahrain and Iran as \"a step that serves the region\", and extended an invitation to HRH the Crown Prince and Prime Minister to visit Riyadh. HRH Prince Nasser accepted the invitation.";
  it("'Prince X, Crown Prince and Prime Minister of the Kingdom of G': the post is G's", () => {
    const r = relations(extract(call, "2026-02-17"), ["HOLDS_OFFICE"]);
    assert.ok(r.some((x) => x.startsWith("HOLDS_OFFICE person:faisal-bin-turki-al-saud -> government:saudi-arabia")), r.join("; "));
  });
  it("'X welcomed …, and extended an invitation to HRH the Crown Prince and Prime Minister to visit L': the two posts told before of Y, in a story naming another crown prince; the visit planned once accepted", () => {
    const f = extract(call, "2026-02-17");
    const r = relations(f, ["INVITED"]);
    assert.deepEqual(r, ["INVITED person:faisal-bin-turki-al-saud -> person:nasser-bin-isa-al-dawsari"]);
    assert.ok(meetings(f).some((m) => m.status === "planned" && m.participants.join() === "person:faisal-bin-turki-al-saud,person:nasser-bin-isa-al-dawsari"), JSON.stringify(meetings(f)));
  });
  it("'the committee would hold its first session in L in April, co-chaired by A and B': planned, not held", () => {
    const f = extract("MANAMA: The two sides agreed that the political consultations committee would hold its first session in Tehran in April, co-chaired by Dr Yousef Al Jalahma and Dr Karim Navabi.", "2026-02-17");
    assert.ok(meetings(f).some((m) => m.status === "planned" && m.date === "2026-04" && m.participants.join() === "person:karim-navabi,person:yousef-al-jalahma"), JSON.stringify(meetings(f)));
    assert.deepEqual(relations(f, ["MET_WITH"]), []);
    assert.deepEqual(relations(f, ["HELD_IN"]), ["HELD_IN meeting -> place:tehran"]);
  });
  it("'A held talks with B, during which they reviewed the preparations for the next meeting of the <O>, which the two ministers will co-chair in L in May': planned there too", () => {
    const f = extract("MANAMA: Foreign Minister Faisal Al Mannai also held bilateral talks yesterday with Omani Foreign Minister Hamood Al Ghafri, during which they reviewed the preparations for the next meeting of the Bahraini-Omani Joint Committee, which the two ministers will co-chair in Muscat in May.", "2026-02-17");
    const ms = meetings(f);
    assert.ok(ms.some((m) => m.status === "held"), JSON.stringify(ms));
    assert.ok(ms.some((m) => m.status === "planned" && m.date === "2026-05" && m.participants.join() === "person:faisal-al-mannai,person:hamood-al-ghafri"), JSON.stringify(ms));
  });
});

describe("a diplomatic diary's week (the twenty-second held-out set, forty-fifth session)", () => {
  it("'X, on a two-day visit, was received by President Y at the <O> on Tuesday, with Z present': Z at the meeting too", () => {
    const f = extract("COLOMBO - Maldivian Foreign Minister Ahmed Rasheed, on a two-day visit, was received by President Nimal Perera at the Presidential Secretariat on Tuesday, with Foreign Minister Sunil Fernando present.", "2026-10-17");
    assert.ok(meetings(f).some((m) => m.status === "held" && m.participants.join() === "person:ahmed-rasheed,person:nimal-perera,person:sunil-fernando"), JSON.stringify(meetings(f)));
  });
  it("'X conveyed a message from President Z inviting the President on a state visit' is the President named before, not Z; 'NKP, as the President is now called, accepted and asked X to …': planned", () => {
    const f = extract("COLOMBO - Maldivian Foreign Minister Ahmed Rasheed was received by President Nimal Kumara Perera at the Presidential Secretariat on Tuesday. Rasheed conveyed a message from President Ibrahim Shareef inviting the President on a state visit to the Maldives early next year. NKP, as the President is now called by everyone, accepted and asked Rasheed to convey his greetings to President Shareef.", "2026-10-17");
    assert.ok(meetings(f).some((m) => m.status === "planned" && m.participants.join() === "person:ibrahim-shareef,person:nimal-kumara-perera"), JSON.stringify(meetings(f)));
  });
  it("'first met Y in L in November 2000, with the Tigers' chief negotiator Z at the table': Z there too", () => {
    const f = extract("OSLO - Lars Brekke first met rebel leader Kumar Selvan in Kilinochchi in November 2000, with the Tigers' chief negotiator Raja Nathan at the table.", "2026-10-17");
    assert.ok(meetings(f).some((m) => m.status === "held" && m.participants.includes("person:raja-nathan") && m.participants.includes("person:lars-brekke")), JSON.stringify(meetings(f)));
  });
  it("'Prime Minister X received the Chinese Ambassador at the <O> on Thursday': a meeting with China, the envoy unnamed", () => {
    const f = extract("COLOMBO - Prime Minister Dilani Silva received the Chinese Ambassador at the Prime Minister's Office on Thursday.", "2026-10-17");
    assert.ok(meetings(f).some((m) => m.status === "held" && m.participants.join() === "government:china,person:dilani-silva"), JSON.stringify(meetings(f)));
  });
  it("'President X took a telephone call on Saturday from Y, who invited him to the <E> in L in January': Y invited X, to it", () => {
    const f = extract("COLOMBO - President Nimal Perera took a telephone call on Saturday from Indian Prime Minister Arjun Mehta, who invited him to the International Buddhist Conference in Bodh Gaya in January.", "2026-10-17");
    assert.deepEqual(relations(f, ["INVITED"]), ["INVITED person:arjun-mehta -> person:nimal-perera"]);
    assert.ok(meetings(f).some((m) => m.participants.join() === "person:arjun-mehta,person:nimal-perera"), JSON.stringify(meetings(f)));
  });
});

describe("an aid convoy report's envoy (the thirty-seventh held-out set, forty-fifth session)", () => {
  const story =
    "SUDAN TRIBUNE | HUMANITARIAN\n\nADRE - The extension was taken to N'Djamena in person by the Deputy Chairman of the Transitional Sovereignty Council, Hamid Osman. Osman landed at Hassan Djamous International Airport on Tuesday afternoon and was welcomed on the tarmac by Chad's Prime Minister, Ahmat Bichara. The next day he was received at the presidential palace by Chadian President Idriss Mahamat Kaba, in talks that ran for close to three hours and were also attended by Foreign Minister Youssouf Brahim. Before the session broke up, a protocol on the joint monitoring of convoys was signed by Brahim for Chad and by Osman for Sudan. The visitor also carried a written message from the Chairman of the Sovereignty Council, Omar Siddig, which he handed to Kaba at the palace. In it, Siddig invites his Chadian counterpart to visit Port Sudan. Kaba gave no immediate answer. Brahim told reporters that evening that the invitation \"will be studied\". The Chadian leader did, however, entrust his guest with a verbal reply. According to the Sudanese delegation, he asked Osman to tell Siddig that Chad \"has never closed its door\". Osman had been due to fly on to Bangui on Thursday for talks with Central African President Jean Ngaba. That stop was removed from his programme late on Wednesday.";
  const f = extract(story, "2024-11-14");
  it("'The next day he was received by President X, in talks … also attended by Foreign Minister Y': he is the one the sentence before was about; Y at the table, X's minister", () => {
    assert.ok(meetings(f).some((m) => m.status === "held" && m.participants.join() === "person:hamid-osman,person:idriss-mahamat-kaba,person:youssouf-brahim"), JSON.stringify(meetings(f)));
    assert.ok(relations(f, ["HOLDS_OFFICE"]).some((x) => x.startsWith("HOLDS_OFFICE person:youssouf-brahim -> government:chad")), relations(f, ["HOLDS_OFFICE"]).join("; "));
  });
  it("'a protocol … was signed by Y for G and by X for H': both signed it", () => {
    const r = relations(f, ["SIGNED"]).map((x) => x.replace(/-[0-9a-f]{6}$/, ""));
    assert.ok(r.includes("SIGNED person:youssouf-brahim -> document:protocol-on-the-joint-monitoring") && r.includes("SIGNED person:hamid-osman -> document:protocol-on-the-joint-monitoring"), r.join("; "));
  });
  it("'The visitor also carried a written message from the Chairman of the <O>, Z, which he handed to X': the one who landed; the post set off before the sender's name read past", () => {
    const r = relations(f, ["CONVEYED_VIA", "CONVEYED_TO"]);
    assert.ok(r.includes("CONVEYED_VIA person:omar-siddig -> person:hamid-osman"), r.join("; "));
    assert.ok(r.includes("CONVEYED_TO person:omar-siddig -> person:idriss-mahamat-kaba"), r.join("; "));
  });
  it("'Z invites his Chadian counterpart': the other state's head of state, of a president and a prime minister; the Sovereignty Council's posts are the state's", () => {
    assert.ok(relations(f, ["INVITED"]).includes("INVITED person:omar-siddig -> person:idriss-mahamat-kaba"), relations(f, ["INVITED"]).join("; "));
    const offices = relations(f, ["HOLDS_OFFICE"]);
    assert.ok(offices.some((x) => x.startsWith("HOLDS_OFFICE person:hamid-osman -> government:sudan")), offices.join("; "));
  });
  it("'The Chadian leader … entrust his guest with a verbal reply. According to the <N> delegation, he asked X to tell Z': the head of state asked X", () => {
    const r = relations(f, ["ASKED", "CONVEYED_VIA"]);
    assert.ok(r.includes("ASKED person:idriss-mahamat-kaba -> person:hamid-osman"), r.join("; "));
    assert.ok(r.includes("CONVEYED_VIA person:idriss-mahamat-kaba -> person:hamid-osman"), r.join("; "));
  });
  it("'That stop was removed from his programme': the talks called off", () => {
    assert.ok(meetings(f).some((m) => m.status === "cancelled" && m.participants.join() === "person:hamid-osman,person:jean-ngaba"), JSON.stringify(meetings(f)));
  });
  it("'a telephone call from the US Special Envoy for Sudan, X': the envoy is the United States'", () => {
    const g = extract("KHARTOUM - On Monday, Hamid Osman took a telephone call from the US Special Envoy for Sudan, Mark Dowling, who welcomed the extension.", "2024-11-14");
    assert.ok(relations(g, ["HOLDS_OFFICE"]).some((x) => x.startsWith("HOLDS_OFFICE person:mark-dowling -> government:united-states")), relations(g).join("; "));
  });
  it("'X carried a letter from A addressed to B, which he handed to C': through C as well; not through B when handed to B", () => {
    const r = relations(extract("JEDDAH - Tesfaye Alemu carried a letter from Ethiopian Prime Minister Dawit Tessema addressed to President Isaias Haile, which he handed to Yonas Gebre at the end of the meeting.", "2026-11-05"), ["CONVEYED_VIA"]);
    assert.ok(r.includes("CONVEYED_VIA person:dawit-tessema -> person:yonas-gebre"), r.join("; "));
    const s = relations(extract("JEDDAH - Tesfaye Alemu carried a letter from Ethiopian Prime Minister Dawit Tessema addressed to President Isaias Haile, which he handed to Haile at the end of the meeting.", "2026-11-05"), ["CONVEYED_VIA"]);
    assert.deepEqual(s, ["CONVEYED_VIA person:dawit-tessema -> person:tesfaye-alemu"]);
  });
});

describe("a civic ceremony's guest (the thirty-seventh held-out set, forty-fifth session)", () => {
  const story =
    "THE HARBOUR GAZETTE | NEWS\n\nThe old fort was let for another year yesterday, and Bermuda's schoolchildren packed the square. Among the guests on the square was Rui Matos Pereira, the President of the Regional Government of the Azores, who stood beside Owen Tucker, the Premier, for the ceremony on the second day of an official visit to the island. Earlier the two leaders held talks at the Town Hall, and Bermuda and the Azores agreed to pursue a direct flight. The visit was a homecoming for Bermuda, Mr Tucker said. Mr Pereira was also the bearer of a letter from Paulo Nunes Vieira, the President of Portugal, which he handed to the Premier at the Town Hall. The Premier, in turn, asked his guest to take his warmest regards back to President Vieira. Mr Pereira had been due to fly on to Halifax today for talks with Grant Ellis, the Premier of Nova Scotia. That visit has been postponed, and no new date has been agreed. Meanwhile, a spokeswoman denied a report that Mr Tucker had met Rex Holden in Washington. \"The Premier did not meet Mr Holden. That meeting simply did not happen,\" she said.";
  const f = extract(story, "2024-04-25");
  it("'Y, the President of the Regional Government of the Azores,', 'Z, the Premier of Nova Scotia,': posts of regions set off after the name, of the regions' states; 'X, the Premier,' in a story that names one state most", () => {
    const r = relations(f, ["HOLDS_OFFICE"]);
    for (const x of ["person:rui-matos-pereira -> government:portugal", "person:grant-ellis -> government:canada", "person:owen-tucker -> government:bermuda"]) assert.ok(r.some((y) => y.startsWith(`HOLDS_OFFICE ${x}`)), `${x}: ${r.join("; ")}`);
  });
  it("'Y was also the bearer of a letter from Z, the President of G, which he handed to the Premier': through Y, to the Premier; 'The Premier asked his guest to take his regards back to Z': the visitor", () => {
    const r = relations(f, ["CONVEYED_VIA", "CONVEYED_TO", "ASKED"]);
    for (const x of ["CONVEYED_VIA person:paulo-nunes-vieira -> person:rui-matos-pereira", "CONVEYED_TO person:paulo-nunes-vieira -> person:owen-tucker", "CONVEYED_TO person:rui-matos-pereira -> person:owen-tucker", "ASKED person:owen-tucker -> person:rui-matos-pereira", "CONVEYED_VIA person:owen-tucker -> person:rui-matos-pereira"]) assert.ok(r.includes(x), `${x}: ${r.join("; ")}`);
  });
  it("'That meeting simply did not happen', of a meeting just denied: not the talks planned before", () => {
    assert.ok(meetings(f).some((m) => m.status === "planned" && m.participants.join() === "person:grant-ellis,person:rui-matos-pereira"), JSON.stringify(meetings(f)));
  });
});

describe("a ski season's visitor (the thirty-seventh held-out set, forty-fifth session)", () => {
  const story =
    "VALLEY NEWS | SOCIETY\n\nThe opening coincided with the first official visit to the Principality by Catalan president Jordi Valls, who was received by Andorran head of government Marc Riba at the government building in Andorra la Vella on Saturday morning. Also at the table were the Catalan minister for foreign action, Pere Soler, and Andorra's foreign minister, Anna Pons Vidal. Valls had brought with him a letter from Spanish prime minister Luis Herrero, which he handed to Riba during the talks. In it, Herrero invites the Andorran head of government to La Moncloa in January. Riba has accepted the invitation, his office said. The Andorran leader asked his guest to pass on his thanks to Herrero. Valls had also planned to meet the president of Occitanie, Claire Dumas, in Puigcerdà on Sunday to discuss rail links. That meeting was called off on Saturday evening.";
  const f = extract(story, "2024-12-02");
  it("'Catalan president X': a region's adjective before a post in lower case is of its state; 'the president of Occitanie, Z,' too", () => {
    const r = relations(f, ["HOLDS_OFFICE"]);
    for (const x of ["person:jordi-valls -> government:spain", "person:pere-soler -> government:spain", "person:anna-pons-vidal -> government:andorra", "person:claire-dumas -> government:france"]) assert.ok(r.some((y) => y.startsWith(`HOLDS_OFFICE ${x}`)), `${x}: ${r.join("; ")}`);
  });
  it("'received by Andorran head of government Y …. Also at the table were A and B': the four at the talks, no state as a fifth", () => {
    assert.ok(meetings(f).some((m) => m.status === "held" && m.participants.join() === "person:anna-pons-vidal,person:jordi-valls,person:marc-riba,person:pere-soler"), JSON.stringify(meetings(f)));
  });
  it("'invites the Andorran head of government to La Moncloa': Y, to Spain's seat; accepted, planned", () => {
    assert.ok(relations(f, ["INVITED"]).includes("INVITED person:luis-herrero -> person:marc-riba"), relations(f, ["INVITED"]).join("; "));
    assert.ok(meetings(f).some((m) => m.status === "planned" && m.participants.join() === "person:luis-herrero,person:marc-riba"), JSON.stringify(meetings(f)));
    assert.ok(!relations(f).some((x) => x.includes("person:la-moncloa")), relations(f).join("; "));
  });
  it("'The Andorran leader asked his guest to pass on his thanks to Z': the head of government asked the visitor", () => {
    const r = relations(f, ["ASKED", "CONVEYED_VIA"]);
    assert.ok(r.includes("ASKED person:marc-riba -> person:jordi-valls") && r.includes("CONVEYED_VIA person:marc-riba -> person:jordi-valls"), r.join("; "));
  });
  it("'X had also planned to meet the president of L, Z, in L on Sunday … That meeting was called off'", () => {
    assert.ok(meetings(f).some((m) => m.status === "cancelled" && m.participants.join() === "person:claire-dumas,person:jordi-valls"), JSON.stringify(meetings(f)));
  });
});

describe("a plant closure story's visiting prime minister (the thirty-seventh held-out set, forty-fifth session)", () => {
  const story =
    "NOUMEA, 11 SEPTEMBER 2025 (PACNEWS) - The nickel plant will close in October. The plant's fate was high on the agenda when Vanuatu's Prime Minister Tom Kalsakau, on a three-day visit, held talks on Tuesday in Noumea with the President of the Government of New Caledonia, Louis Wamytan. Wamytan, who was received at the Elysee Palace by French President Henri Lacoste on 3 September, used the meeting to deliver a letter from the French head of state to his guest. In the letter Lacoste invites Kalsakau to a France-Oceania summit in Paris next year. Kalsakau said he would reply \"in due course, after consulting my Council of Ministers\", and asked Wamytan to convey Vanuatu's thanks to Lacoste. Kalsakau was to have travelled to Kone on Friday to meet Paul Gopea. That leg of the visit has been cancelled, his office said on Wednesday.";
  const f = extract(story, "2025-09-11");
  it("'used the meeting to deliver a letter from Z to his guest': the one on a three-day visit", () => {
    const r = relations(f, ["CONVEYED_VIA", "CONVEYED_TO"]);
    for (const x of ["CONVEYED_VIA person:henri-lacoste -> person:louis-wamytan", "CONVEYED_TO person:louis-wamytan -> person:tom-kalsakau"]) assert.ok(r.includes(x), `${x}: ${r.join("; ")}`);
  });
  it("'X invites Y to a France-Oceania summit in L': a visit proposed there", () => {
    assert.ok(meetings(f).some((m) => m.status === "proposed" && m.participants.join() === "person:henri-lacoste,person:tom-kalsakau"), JSON.stringify(meetings(f)));
  });
  it("'X said he would reply \"… my <O> …\", and asked Y to convey G's thanks to Z': X asked Y", () => {
    const r = relations(f, ["ASKED", "CONVEYED_VIA"]);
    assert.ok(r.includes("ASKED person:tom-kalsakau -> person:louis-wamytan") && r.includes("CONVEYED_VIA person:tom-kalsakau -> person:louis-wamytan"), r.join("; "));
  });
  it("'X was to have travelled to L on Friday to meet Y. That leg of the visit has been cancelled': called off, no meeting held", () => {
    assert.ok(meetings(f).some((m) => m.status === "cancelled" && m.participants.join() === "person:paul-gopea,person:tom-kalsakau"), JSON.stringify(meetings(f)));
    assert.ok(!relations(f, ["MET_WITH"]).some((x) => x.includes("paul-gopea")), relations(f, ["MET_WITH"]).join("; "));
  });
});

describe("an exam results story's letter across the river (the thirty-seventh held-out set, forty-fifth session)", () => {
  const story =
    "PORT-AU-PRINCE — On Monday, Foreign Affairs Minister Pierre Dorval walked across the bridge to Dajabón, where he was hosted by his Dominican counterpart, Ramón Peralta. Peralta also brought a letter from Dominican President Manuel Ortiz addressed to Jacques Fleury, and gave it to his Haitian counterpart. Dorval carried it back to the capital and handed it to Fleury at the Villa d'Accueil on Tuesday. Dorval, for his part, asked Peralta to take the \"deep gratitude\" of the Haitian government back to Ortiz for the scholarships.";
  const f = extract(story, "2025-07-31");
  it("'gave it to his Haitian counterpart', of a foreign affairs minister of no state told: that minister; 'X carried it back to the capital and handed it to Z'", () => {
    const r = relations(f, ["CONVEYED_VIA", "CONVEYED_TO"]);
    for (const x of ["CONVEYED_VIA person:manuel-ortiz -> person:ramon-peralta", "CONVEYED_TO person:ramon-peralta -> person:pierre-dorval", "CONVEYED_VIA person:manuel-ortiz -> person:pierre-dorval", "CONVEYED_TO person:pierre-dorval -> person:jacques-fleury"]) assert.ok(r.includes(x), `${x}: ${r.join("; ")}`);
  });
  it("'asked Y to take the \"deep gratitude\" of the <G> back to Z': through Y, to Z", () => {
    const r = relations(f, ["ASKED", "CONVEYED_VIA", "CONVEYED_TO"]);
    for (const x of ["ASKED person:pierre-dorval -> person:ramon-peralta", "CONVEYED_VIA person:pierre-dorval -> person:ramon-peralta", "CONVEYED_TO person:pierre-dorval -> person:manuel-ortiz"]) assert.ok(r.includes(x), `${x}: ${r.join("; ")}`);
  });
});

describe("a theatre review's front row (the thirty-seventh held-out set, forty-fifth session)", () => {
  const story =
    "ISLAND TIMES | ARTS\n\nThe front row held Prime Minister Dr Ravi Gopal, the Minister of Foreign Affairs, Regional Integration and International Trade, Anil Dowlut, and two guests from France: the Minister of State for Overseas France, Luc Marchand, and the President of the Regional Council, Sylvie Payet. The four had spent the morning together at the New Treasury Building in Port Louis, where Dr Gopal received the French visitors with Mr Dowlut at his side. Mr Marchand had also brought a letter from President Emmanuel Macron, which he handed to the Prime Minister.";
  const f = extract(story, "2025-05-27");
  it("'the Minister of State for Overseas France, X,': one post of France's, no one called France", () => {
    const r = relations(f, ["HOLDS_OFFICE"]);
    assert.ok(r.some((x) => x.startsWith("HOLDS_OFFICE person:luc-marchand -> government:france")), r.join("; "));
    assert.ok(!relations(f).some((x) => x.includes("person:france")), relations(f).join("; "));
  });
  it("'The four had spent the morning together at the <L> in L': the four the sentence before named, met there", () => {
    assert.ok(meetings(f).some((m) => m.status === "held" && m.participants.join() === "person:anil-dowlut,person:luc-marchand,person:ravi-gopal,person:sylvie-payet"), JSON.stringify(meetings(f)));
  });
  it("'President Emmanuel Macron' in a story from Port Louis is France's, not Andorra's co-prince (a post he holds by virtue of the other)", () => {
    assert.ok(relations(f, ["HOLDS_OFFICE"]).some((x) => x.startsWith("HOLDS_OFFICE person:emmanuel-macron -> government:france")), relations(f, ["HOLDS_OFFICE"]).join("; "));
  });
});

describe("a paramount chief's coronation guests (the thirty-seventh held-out set, forty-fifth session)", () => {
  const story =
    "KAMBIA - \"Now we have a father again,\" said Haja Kamara, a trader who walked from Tonkolili with her grandchildren. Present at the ceremony was the Minister of Local Government and Community Affairs, Hon. Sahr Komba. Among the guests of honour was Guinea's Minister of Foreign Affairs, Dr. Ibrahima Sylla, who crossed the border at Pamelap on Saturday morning at the invitation of his Sierra Leonean counterpart, Alhaji Musa Conteh. After the crowning, the two ministers held talks in the chiefdom's court barray, with Hon. Komba also present. At the end of the talks, Sylla and Conteh signed a memorandum on the cross-border market at Tonkolili-Pamelap.";
  const f = extract(story, "2025-08-25");
  it("'Minister of Local Government and Community Affairs, Hon. X': one post, no one called Government", () => {
    assert.ok(!relations(f).some((x) => x.includes("person:government")), relations(f).join("; "));
  });
  it("'Y, who crossed the border at L … at the invitation of his Sierra Leonean counterpart, X': X invited Y; 'the two ministers held talks …, with Hon. Z also present': the three", () => {
    assert.ok(relations(f, ["INVITED"]).includes("INVITED person:alhaji-musa-conteh -> person:ibrahima-sylla"), relations(f, ["INVITED"]).join("; "));
    assert.ok(meetings(f).some((m) => m.status === "held" && m.participants.join() === "person:alhaji-musa-conteh,person:ibrahima-sylla,person:sahr-komba"), JSON.stringify(meetings(f)));
  });
  it("a place named alone after 'from' or 'at' and joined to another by a hyphen stays a place ('walked from Tonkolili', 'at Pamelap', 'the market at Tonkolili-Pamelap')", () => {
    assert.ok(!relations(f).some((x) => /person:(?:tonkolili|pamelap)/.test(x)), relations(f).join("; "));
  });
});

describe("a fuel price story's mediator and a spokesman's list (the thirty-seventh held-out set, forty-fifth session)", () => {
  it("'X was received in L on Friday by the head of G's military government, Y, in the presence of Z': the three", () => {
    const f = extract("COTONOU - Togo's Minister of Foreign Affairs, Kodjo Mensah, was received in Niamey on Friday by the head of Niger's military government, General Issa Mahamane, in the presence of Niger's Foreign Minister Hamidou Garba.", "2024-12-10");
    assert.ok(meetings(f).some((m) => m.status === "held" && m.date === "2024-12-06" && m.participants.join() === "person:hamidou-garba,person:issa-mahamane,person:kodjo-mensah"), JSON.stringify(meetings(f)));
  });
  it("'X invites Y to meet him on the bridge over the Niger River at L': a meeting proposed there", () => {
    const f = extract("COTONOU - In the letter, Beninese President Paul Agossou invites General Issa Mahamane to meet him on the bridge over the Niger River at Malanville, on the border.", "2024-12-10");
    assert.ok(meetings(f).some((m) => m.status === "proposed" && m.participants.join() === "person:issa-mahamane,person:paul-agossou"), JSON.stringify(meetings(f)));
  });
  it("'\"The Deputy Chairman met the President of Chad, the Prime Minister and the Foreign Minister\"': the visitor met the three, and the three did not meet each other", () => {
    const f = extract("SUDAN TRIBUNE | NEWS\n\nADRE - The talks were led by the Deputy Chairman of the Transitional Sovereignty Council, Hamid Osman. Osman was welcomed on the tarmac by Chad's Prime Minister, Ahmat Bichara. The next day he was received by Chadian President Idriss Kaba, in talks also attended by Foreign Minister Youssouf Brahim. \"The Deputy Chairman met the President of Chad, the Prime Minister and the Foreign Minister, and nobody else,\" the spokesman said.", "2024-11-14");
    const r = relations(f, ["MET_WITH"]);
    assert.ok(!r.some((x) => /ahmat-bichara.*(?:idriss-kaba|youssouf-brahim)|(?:idriss-kaba|youssouf-brahim).*ahmat-bichara|idriss-kaba.*youssouf-brahim|youssouf-brahim.*idriss-kaba/.test(x)), r.join("; "));
    assert.ok(r.some((x) => x.includes("hamid-osman") && x.includes("ahmat-bichara")), r.join("; "));
  });
  it("'X carried it back to the capital and handed it to Z', Z the coordinator of the state's Transitional Presidential Council: two of one side, no meeting of sides", () => {
    const f = extract("PORT-AU-PRINCE — Ramón Peralta brought a letter from President Manuel Ortiz addressed to Jacques Fleury, the coordinator of the Transitional Presidential Council, and gave it to Foreign Affairs Minister Pierre Dorval. Dorval carried it back to the capital and handed it to Fleury at the Villa d'Accueil on Tuesday.", "2025-07-31");
    assert.ok(!relations(f, ["MET_WITH"]).some((x) => x.includes("jacques-fleury")), relations(f, ["MET_WITH"]).join("; "));
  });
});

describe("an energy deal's signing and a spoken reply (the tenth held-out set, forty-fifth session)", () => {
  it("'X, the <G>'s minister of … and chief executive officer of <O> Co., signed the agreement with Y': both signed it", () => {
    const f = extract("ASTANA - Omar Al Hammadi, the UAE's minister of industry and advanced technology and chief executive officer of Abu Dhabi National Oil Co., signed the framework agreement with Kazakh Energy Minister Daniyar Abenov on Wednesday at the Akorda presidential palace in Astana.", "2026-05-14");
    const r = relations(f, ["SIGNED"]).map((x) => x.replace(/-[0-9a-f]{6}$/, ""));
    assert.ok(r.some((x) => x.startsWith("SIGNED person:omar-al-hammadi")) && r.some((x) => x.startsWith("SIGNED person:daniyar-abenov")), r.join("; "));
  });
  it("'Z gave the adviser a spoken reply accepting the invitation, and X took it back to Y in L the following day': through X, to Y", () => {
    const f = extract("ASTANA - Arman Serikov, a foreign-policy adviser to President Daniyar Tulegenov, was received by Sheikh Hamdan bin Saeed Al Mazrouei at the palace on April 9. Sheikh Hamdan gave the adviser a spoken reply accepting the invitation, and Serikov took it back to Tulegenov in Astana the following day.", "2026-05-14");
    const r = relations(f, ["CONVEYED_VIA", "CONVEYED_TO"]);
    for (const x of ["CONVEYED_VIA person:hamdan-bin-saeed-al-mazrouei -> person:arman-serikov", "CONVEYED_TO person:hamdan-bin-saeed-al-mazrouei -> person:daniyar-tulegenov", "CONVEYED_TO person:arman-serikov -> person:daniyar-tulegenov"]) assert.ok(r.includes(x), `${x}: ${r.join("; ")}`);
  });
});

describe("a timeline's entries told in the present (the fifth held-out set, forty-fifth session)", () => {
  it("'February 12 – X is received by Y and hands him a letter from Z inviting …': for the rules, past: a letter carried", () => {
    const f = extract("Timeline of a year of contacts\n\nFebruary 12 – The Kyrgyz ambassador in Dushanbe, Nurlan Abdiev, is received by President Davlat Saidov and hands him a letter from President Askar Tokoev inviting the Tajik leader to make a state visit to Kyrgyzstan in the summer.\n\nMarch 2 – Saidov's office says he has accepted the invitation.", "2026-11-20");
    const r = relations(f, ["CONVEYED_VIA", "CONVEYED_TO"]);
    for (const x of ["CONVEYED_VIA person:askar-tokoev -> person:nurlan-abdiev", "CONVEYED_TO person:askar-tokoev -> person:davlat-saidov", "CONVEYED_TO person:nurlan-abdiev -> person:davlat-saidov"]) assert.ok(r.includes(x), `${x}: ${r.join("; ")}`);
  });
  it("a paragraph that opens with no day keeps its present: 'X receives Y on Monday' ahead", () => {
    const f = extract("BISHKEK - President Askar Tokoev receives Tajik Foreign Minister Rustam Karimov on Monday next week.", "2026-11-20");
    assert.ok(!meetings(f).some((m) => m.status === "held"), JSON.stringify(meetings(f)));
  });
});

describe("a state agency's stacked posts, an audience and a postponed visit (the thirty-eighth held-out set, forty-sixth session)", () => {
  it("'Chairman of the <O> Prime Minister Senior General X received …': X the state's prime minister, met; 'the Senior General' later is X", () => {
    const f = extract("NAY PYI TAW, 12 March — Chairman of the State Governing Council Prime Minister Senior General Aung Tun Lwin received Minister of Foreign Affairs of the Kingdom of Thailand Mr Somchai Rattana at the presidential palace yesterday. The Senior General requested Mr Somchai Rattana to convey his greetings to the Thai Prime Minister.", "2025-03-12");
    const r = relations(f, ["HOLDS_OFFICE", "MET_WITH", "ASKED"]);
    for (const x of ["HOLDS_OFFICE person:aung-tun-lwin -> government:myanmar", "MET_WITH person:aung-tun-lwin -> person:somchai-rattana", "ASKED person:aung-tun-lwin -> person:somchai-rattana"]) assert.ok(r.some((y) => y.startsWith(x)), `${x}: ${r.join("; ")}`);
  });
  it("'The visit of X, who had been scheduled to meet Y on Friday, has been called off': a meeting of X and Y, cancelled", () => {
    const f = extract("The visit of Foreign Minister Jorge Vidal of Peru, who had been scheduled to meet President Ana Quispe of Chile on Friday, has been called off.", "2025-03-12");
    assert.ok(meetings(f).some((m) => m.status === "cancelled" && m.participants.join() === "person:ana-quispe,person:jorge-vidal"), JSON.stringify(meetings(f)));
  });
  it("'Spokesperson of the Ministry of Foreign Affairs of the Kingdom of Thailand Mr X': the state the post ends with", () => {
    const f = extract("Meanwhile, Spokesperson of the Ministry of Foreign Affairs of the Kingdom of Thailand Mr Somchai Rattana told reporters in Bangkok that it was not true.", "2025-03-12");
    assert.ok(relations(f, ["HOLDS_OFFICE"]).some((x) => x.startsWith("HOLDS_OFFICE person:somchai-rattana -> government:thailand")), relations(f, ["HOLDS_OFFICE"]).join("; "));
  });
  it("'denied information according to which X had met Y': hearsay, no meeting held", () => {
    const f = extract("In Lusaka, Foreign Minister Jorge Vidal of Zambia denied on Thursday information circulated on social networks according to which Ana Quispe had met in Luanda with the leader of UNITA, Luis Quiroga.", "2025-10-24");
    assert.ok(!meetings(f).some((m) => m.status === "held"), JSON.stringify(meetings(f)));
  });
  it("'Y received in audience X, who delivered to him a written message from his Head of State, Z. The audience, at the <L>, was attended by W': the message carried, W at the meeting", () => {
    const f = extract("LUANDA - On Wednesday, in Luanda, the President of the Republic, Ana Quispe, received in audience the Zambian Minister of Foreign Affairs, Jorge Vidal, who delivered to him a written message from his Head of State, Luis Quiroga.\n\nThe audience, at the Presidential Palace, was attended by the Minister of External Relations, Rosa Mendes.", "2025-10-24");
    const r = relations(f, ["CONVEYED_VIA", "CONVEYED_TO", "MET_WITH"]);
    for (const x of ["CONVEYED_VIA person:luis-quiroga -> person:jorge-vidal", "CONVEYED_TO person:luis-quiroga -> person:ana-quispe"]) assert.ok(r.includes(x), `${x}: ${r.join("; ")}`);
    assert.ok(r.some((x) => x.includes("rosa-mendes") && x.includes("jorge-vidal")), r.join("; "));
  });
  it("'X said that in the message Z invites his Angolan counterpart': Z's counterpart, the Angolan president, not X's", () => {
    const f = extract("LUANDA - The President of the Republic, Ana Quispe, received the Zambian Minister of Foreign Affairs, Jorge Vidal, who delivered a written message from President Luis Quiroga. The audience was attended by the Minister of External Relations, Rosa Mendes. Jorge Vidal said that in the message President Quiroga invites his Angolan counterpart to Lusaka in December.", "2025-10-24");
    const r = relations(f, ["INVITED"]);
    assert.ok(r.includes("INVITED person:luis-quiroga -> person:ana-quispe"), r.join("; "));
  });
  it("'the Zambian minister' of two Zambian ministers: the one named last before it", () => {
    const f = extract("CAZOMBO - The ceremony was attended by the Zambian Minister of Infrastructure, Carlos Banda. On Wednesday, President Ana Quispe received the Zambian Minister of Foreign Affairs, Jorge Vidal, who delivered a written message from President Luis Quiroga. Quispe asked the Zambian minister to convey to President Quiroga his greetings.", "2025-10-24");
    const r = relations(f, ["ASKED"]);
    assert.ok(r.some((x) => x.startsWith("ASKED person:ana-quispe -> person:jorge-vidal")) && !r.some((x) => x.includes("carlos-banda")), r.join("; "));
  });
  it("'X, who is also the Chairman of the African Union,', 'Y, the Chairman of the <O>,': posts in organisations", () => {
    const a = relations(extract("President Ana Quispe of Angola, who is also the Chairman of the African Union, asked him to convey greetings.", "2025-10-24"), ["HOLDS_OFFICE"]);
    assert.ok(a.some((x) => x.startsWith("HOLDS_OFFICE person:ana-quispe -> organization:african-union")), a.join("; "));
    const b = relations(extract("Jorge Vidal, the Chairman of the Sahel Trade Council, spoke.", "2025-10-24"), ["HOLDS_OFFICE"]);
    assert.ok(b.some((x) => x.startsWith("HOLDS_OFFICE person:jorge-vidal -> organization:sahel-trade-council")), b.join("; "));
  });
  it("'the Zambian Minister of Information and Media and Chief Government Spokesperson, X,': two posts, of Zambia; no one named 'Media'", () => {
    const f = extract("In Lusaka, the Zambian Minister of Information and Media and Chief Government Spokesperson, Jorge Vidal, denied on Thursday the report.", "2025-10-24");
    assert.ok(relations(f, ["HOLDS_OFFICE"]).some((x) => x.startsWith("HOLDS_OFFICE person:jorge-vidal -> government:zambia")), relations(f, ["HOLDS_OFFICE"]).join("; "));
    assert.ok(!f.entities.some((e) => e.key === "person:media" || e.key === "person:chief-government-spokesperson"), f.entities.map((e) => e.key).join());
  });
});

describe("an agency's audience told with its day and venue first (the thirty-eighth held-out set, forty-sixth session)", () => {
  it("'X (PhD) received on Friday at his office in Addis Ababa Djibouti's Minister …, Y, who delivered a letter from Z … The Premier asked Y': met, carried, asked", () => {
    const f = extract("Dire Dawa, November 17/2025 (ENA) Meanwhile, Prime Minister Tesfaye Bekele (PhD) received on Friday at his office in Addis Ababa Djibouti's Minister of Foreign Affairs and International Cooperation, Ahmed Ali Robleh, who delivered a letter from President Hassan Moussa Farah. The Premier asked Robleh to convey his warm greetings to President Farah.", "2025-11-17");
    const r = relations(f, ["MET_WITH", "CONVEYED_VIA", "CONVEYED_TO", "ASKED"]);
    for (const x of ["MET_WITH person:tesfaye-bekele -> person:ahmed-ali-robleh", "CONVEYED_VIA person:hassan-moussa-farah -> person:ahmed-ali-robleh", "CONVEYED_TO person:hassan-moussa-farah -> person:tesfaye-bekele", "ASKED person:tesfaye-bekele -> person:ahmed-ali-robleh"]) assert.ok(r.some((y) => y.startsWith(x)), `${x}: ${r.join("; ")}`);
    assert.ok(f.entities.some((e) => e.key === "place:addis-ababa") && !f.entities.some((e) => e.key.startsWith("place:addis-ababa-")), f.entities.map((e) => e.key).join());
  });
});

describe("a restitution's handover and a letter handed to its addressee (the thirty-eighth held-out set, forty-sixth session)", () => {
  it("'X gave the signed inventory to his <N> counterpart, Y. The two ministers then signed a protocol': both signed", () => {
    const f = extract("CETINJE - Objects from the court of King Petar were returned on Wednesday. The handover took place in King Petar's Palace, where Serbian Culture Minister Milan Jovic gave the signed inventory to his Montenegrin counterpart, Vesna Radovic. The two ministers then signed a protocol on the return of the objects.", "2025-10-16");
    const r = relations(f, ["SIGNED"]);
    assert.ok(r.some((x) => x.startsWith("SIGNED person:vesna-radovic")) && r.some((x) => x.startsWith("SIGNED person:milan-jovic")) && !r.some((x) => x.includes("petar")), r.join("; "));
  });
  it("'X brought a letter from Z to Y, which he handed to Y at the palace': X met Y, and the letter went through no one but X", () => {
    const f = extract("CETINJE - Serbian Culture Minister Milan Jovic arrived on Wednesday. Jovic also brought a letter from Serbian President Dragan Ilic to Montenegrin President Marko Vukovic, which he handed to Vukovic at the Blue Palace in Cetinje later on Wednesday.", "2025-10-16");
    const r = relations(f, ["MET_WITH", "CONVEYED_VIA"]);
    assert.ok(r.includes("MET_WITH person:milan-jovic -> person:marko-vukovic"), r.join("; "));
    assert.ok(!r.includes("CONVEYED_VIA person:dragan-ilic -> person:marko-vukovic"), r.join("; "));
  });
  it("'It was the second meeting between the two ministers': not the two prime ministers of a letter told since", () => {
    const f = extract("TBILISI - Armenian Foreign Minister Davit Hovsepyan held talks with Georgian Foreign Minister Nino Beridze in Telavi on Saturday. Hovsepyan also brought a letter from Prime Minister Levon Hakobyan of Armenia to his Georgian counterpart, Giorgi Lomidze. In the letter, Hakobyan invites Lomidze to Yerevan in November. It was the second meeting between the two ministers in three months.", "2025-09-22");
    const r = relations(f, ["MET_WITH"]);
    assert.ok(!r.some((x) => x.includes("levon-hakobyan") && x.includes("giorgi-lomidze")), r.join("; "));
  });
});

describe("a state agency's working visit and a trip called off by its place (the thirty-eighth held-out set, forty-sixth session)", () => {
  it("'a letter from X, in which the Uzbek president invites his Turkmen counterpart': the Turkmen president, not the minister; 'the guest' the visitor", () => {
    const f = extract("ASHGABAT - The holiday weekend coincided with a working visit to Ashgabat by the Minister of Foreign Affairs of Uzbekistan, Timur Rashidov, who arrived on Friday evening. On Saturday Rashidov was received by President of Turkmenistan Batyr Amanov. The Deputy Chairman of the Cabinet of Ministers, Minister of Foreign Affairs Myrat Orazov also took part in the meeting. The Uzbek minister handed the Turkmen leader a letter from Uzbek President Anvar Karimov, in which the Uzbek president invites his Turkmen counterpart to pay a state visit to Uzbekistan in the autumn. The President of Turkmenistan, for his part, asked the guest to convey to Anvar Karimov his sincere greetings.", "2025-04-28");
    const r = relations(f, ["INVITED", "ASKED"]);
    assert.ok(r.some((x) => x.startsWith("INVITED person:anvar-karimov -> person:batyr-amanov")) && !r.some((x) => x.startsWith("INVITED person:anvar-karimov -> person:myrat-orazov")), r.join("; "));
    assert.ok(r.some((x) => x.startsWith("ASKED person:batyr-amanov -> person:timur-rashidov")), r.join("; "));
  });
  it("'Chairman of the Halk Maslahaty of Turkmenistan X': the body no one", () => {
    const f = extract("ASHGABAT - A new book by the Chairman of the Halk Maslahaty of Turkmenistan Kerim Amanov was presented on Saturday.", "2025-04-28");
    assert.ok(!f.entities.some((e) => e.key === "person:halk-maslahaty"), f.entities.map((e) => e.key).join());
  });
  it("'X had been expected to fly on to Dushanbe on Monday for talks with Y. The ministry said that the Dushanbe trip had been cancelled': cancelled", () => {
    const f = extract("ASHGABAT - Foreign Minister Timur Rashidov of Uzbekistan had been expected to fly on from Ashgabat to Dushanbe on Monday for talks with the Minister of Foreign Affairs of Tajikistan, Farhod Nazarov. The Uzbek Foreign Ministry said on Sunday that the Dushanbe trip had been cancelled; it gave no reason.", "2025-04-28");
    assert.ok(meetings(f).some((m) => m.status === "cancelled" && m.participants.includes("person:farhod-nazarov")), JSON.stringify(meetings(f)));
  });
});

describe("a guest received the other way round, a remit before a name, and a trip scrubbed (the thirty-eighth held-out set, forty-sixth session)", () => {
  it("'In the evening, X was received in <L> by Y. Y asked his guest to tell Z that …': X asked, Y's message through X", () => {
    const f = extract("PODGORICA - In the evening, Serbian Culture Minister Milan Jovic was received in Podgorica by Prime Minister Marko Vukovic of Montenegro. Vukovic asked his guest to tell Serbian Prime Minister Dragan Ilic that Podgorica was ready to talk.", "2025-10-16");
    const r = relations(f, ["ASKED", "CONVEYED_VIA", "CONVEYED_TO"]);
    for (const x of ["ASKED person:marko-vukovic -> person:milan-jovic", "CONVEYED_VIA person:marko-vukovic -> person:milan-jovic", "CONVEYED_TO person:marko-vukovic -> person:dragan-ilic"]) assert.ok(r.some((y) => y.startsWith(x)), `${x}: ${r.join("; ")}`);
  });
  it("'X had planned to fly to L on Wednesday for talks with Y on the Islands Forum. That trip was called off': the talks, not the forum", () => {
    const f = extract("MAJURO - Minister Kalani Tebano had planned to fly to Pohnpei on Wednesday for talks with FSM President Joseph Lippwe on the Micronesian Islands Forum. That trip was called off when the flight was cancelled.", "2025-03-07");
    assert.ok(meetings(f).some((m) => m.status === "cancelled" && m.participants.includes("person:joseph-lippwe")), JSON.stringify(meetings(f)));
  });
  it("'China's Special Envoy for Pacific Island Affairs X in Suva': X holds China's post, Suva a place; a regional meeting inside a denied story no meeting held", () => {
    const f = extract("Government spokesperson Lina Kabua this week denied a story on an Australian news website that Minister Kalani Tebano had met China's Special Envoy for Pacific Island Affairs Liu Kexin in Suva last month, on the margins of a regional meeting on ocean governance.", "2025-03-07");
    assert.ok(relations(f, ["HOLDS_OFFICE"]).some((x) => x.startsWith("HOLDS_OFFICE person:liu-kexin -> government:china")), relations(f, ["HOLDS_OFFICE"]).join("; "));
    assert.ok(f.entities.some((e) => e.key === "place:suva"), f.entities.map((e) => e.key).join());
    assert.ok(!relations(f, ["MET_WITH"]).length, relations(f, ["MET_WITH"]).join("; "));
  });
});

describe("an organisation's post set off before its holder (the thirty-eighth held-out set, forty-sixth session)", () => {
  it("'a meeting between X and the EU Ambassador to Georgia, Y, which had been scheduled for today, has been called off': Y the Union's, both in it", () => {
    const f = extract("In Tbilisi, a meeting between Foreign Minister Nino Beridze and the EU Ambassador to Georgia, Piotr Nowacki, which had been scheduled for today, has been called off.", "2025-09-22");
    assert.ok(relations(f, ["HOLDS_OFFICE"]).some((x) => x.startsWith("HOLDS_OFFICE person:piotr-nowacki -> organization:european-union")), relations(f, ["HOLDS_OFFICE"]).join("; "));
    assert.ok(meetings(f).some((m) => m.status === "cancelled" && m.participants.join() === "person:nino-beridze,person:piotr-nowacki"), JSON.stringify(meetings(f)));
  });
  it("'a letter of invitation from X, inviting Y to attend the <E> to be held in L': both at the summit, not held", () => {
    const f = extract("NAY PYI TAW, 12 March — At the call, Foreign Minister Somchai Rattana of Thailand handed over a letter of invitation from Prime Minister Pim Chaiyaporn of Thailand, inviting Prime Minister Aung Tun Lwin of Myanmar to attend the Third Mekong Leaders Summit to be held in Bangkok in early April.", "2025-03-12");
    assert.ok(meetings(f).some((m) => m.status !== "held" && m.participants.includes("person:aung-tun-lwin") && m.participants.includes("person:pim-chaiyaporn")), JSON.stringify(meetings(f)));
  });
});

describe("a joint body's session and an envoy's post (forty-seventh session)", () => {
  it("'the two ministers … agreed that a joint technical committee of <N> and <N> officials would hold its first session in L in June': a meeting of the two states, planned", () => {
    const f = extract("LIMA, May 20 — Peruvian Foreign Minister Jorge Vidal met his Chilean counterpart, Ana Quispe, in Lima on Tuesday. The two ministers agreed that a joint technical committee of Peruvian and Chilean officials would hold its first session in Arica in June.", "2025-05-20");
    assertMeetings(of(f), [["planned", "2025-06", "government:chile,government:peru"]]);
    assert.ok(relations(f, ["HELD_IN"]).includes("HELD_IN meeting -> place:arica"), relations(f, ["HELD_IN"]).join("; "));
  });
  it("'the technical teams of both countries will meet in L in August': the states of the meeting told before", () => {
    const f = extract("LIMA, May 20 — Peruvian Foreign Minister Jorge Vidal met his Chilean counterpart, Ana Quispe, in Lima on Tuesday. The delegations also agreed that the technical teams of both countries will meet in Santiago in August.", "2025-05-20");
    assertMeetings(of(f), [["planned", "2025-08", "government:chile,government:peru"], ["held", "2025-05-20", "person:ana-quispe,person:jorge-vidal"]]);
  });
  it("'the next meeting of the <N>-<N> intergovernmental commission, which will take place in L in February': planned, of those states", () => {
    const f = extract("The ministers also reviewed preparations for the next meeting of the Peruvian-Chilean intergovernmental commission on trade, which will take place in Arica in February.", "2025-05-20");
    assertMeetings(of(f), [["planned", "2026-02", "government:chile,government:peru"]]);
  });
  it("'the meeting of the <A>-<B> Joint Defence Committee, which had been scheduled to take place in L in September, had been postponed': planned, of A and B (September no longer its date)", () => {
    const f = extract("The statement also said the meeting of the Peru-Chile Joint Defence Committee, which had been scheduled to take place in Arica in September, had been postponed.", "2025-05-20");
    assert.ok(of(f).some(([s, d, p]) => s === "planned" && d !== "2025-09" && p === "government:chile,government:peru"), JSON.stringify(of(f)));
  });
  it("'The two countries' Joint Permanent Commission on Cooperation is due to meet in L in November': the two of the meeting before", () => {
    const f = extract("LIMA, May 20 — Peruvian Foreign Minister Jorge Vidal met his Chilean counterpart, Ana Quispe, in Lima on Tuesday. The two countries' Joint Permanent Commission on Cooperation is due to meet in Arica in November.", "2025-05-20");
    assertMeetings(of(f), [["planned", "2025-11", "government:chile,government:peru"]]);
  });
  it("'the <O>, which was to meet in L on Friday, was called off': cancelled", () => {
    const f = extract("The meeting of the Peru-Chile Joint Border Commission, which was to be held in Tacna on Friday, was called off.", "2025-05-20");
    assert.ok(of(f).some(([s, , p]) => s === "cancelled" && p === "government:chile,government:peru"), JSON.stringify(of(f)));
  });
  it("guard: 'the <O> will meet in L' with no sides told is no meeting of two states", () => {
    const f = extract("LIMA, May 20 — Peruvian Foreign Minister Jorge Vidal met his Chilean counterpart, Ana Quispe, in Lima on Tuesday. The Andean Trade Council will meet in Quito in August.", "2025-05-20");
    assert.ok(!of(f).some(([, , p]) => p === "government:chile,government:peru"), JSON.stringify(of(f)));
  });
  it("guard: 'where she met the Bougainville leaders A and B' (the region's name known to the gazetteer as a place, after 'the Autonomous Bougainville Government'): a meeting of the three", () => {
    const f = extract("Rosa Mendes served the Autonomous Bougainville Government for years. In July 1997 she chaired the talks at Burnham, where she met the Bougainville leaders Jorge Vidal and Luis Quiroga.", "2025-05-20");
    assert.ok(of(f).some(([s, , p]) => s === "held" && p === "person:jorge-vidal,person:luis-quiroga,person:rosa-mendes"), JSON.stringify(of(f)));
  });
  it("'when A and B met at L's city hall, with C and the President of the Territorial Collectivity of <G>, D, also at the table': all four at it", () => {
    const f = extract("BRASILIA - The rush was on the agenda on Wednesday, when Brazil's Foreign Minister Jorge Vidal and France's Overseas Minister Luis Quiroga met at Oiapoque's city hall, with Amapá Governor Ana Quispe and the President of the Territorial Collectivity of French Guiana, Rosa Mendes, also at the table.", "2025-03-21");
    assert.ok(of(f).some(([s, , p]) => s === "held" && p === "person:ana-quispe,person:jorge-vidal,person:luis-quiroga,person:rosa-mendes"), JSON.stringify(of(f)));
  });
  it("'X had been due to stop in L on Thursday for talks with Y, but that leg of his trip was called off': cancelled, in L, the Thursday before", () => {
    const f = extract("BRASILIA, March 21 - France's Overseas Minister Jorge Vidal met Luis Quiroga on Wednesday. Vidal had been due to stop in Paramaribo on Thursday for talks with Surinamese President Ana Quispe, but that leg of his trip was called off, the French embassy said.", "2025-03-21");
    assertMeetings(of(f), [["cancelled", "2025-03-20", "person:ana-quispe,person:jorge-vidal"]]);
    assert.ok(relations(f, ["HELD_IN"]).includes("HELD_IN meeting -> place:paramaribo"), relations(f, ["HELD_IN"]).join("; "));
  });
  it("'a letter from President X to President Y, inviting him to a state visit to <G> in June': a visit proposed, of X and Y", () => {
    const f = extract("BRASILIA - Vidal also handed Quiroga a letter from French President Ana Quispe to President Rosa Mendes, inviting her to a state visit to France in June.", "2025-03-21");
    assertMeetings(of(f), [["proposed", "2025-06", "person:ana-quispe,person:rosa-mendes"]]);
  });
  it("'received a special envoy of President X of <G>, Minister of Y Z': Z of that state, not the dateline's", () => {
    const f = extract("LIMA, May 20 — President Ana Quispe on Tuesday received a special envoy of President Rodrigo Mamani of Bolivia, Minister of Public Works Jorge Vidal, who delivered a written message from his president.", "2025-05-20");
    assertRelations(relations(f, ["HOLDS_OFFICE"]), ["HOLDS_OFFICE person:jorge-vidal -> government:bolivia"]);
  });
});

describe("the fortieth held-out set's meetings (forty-eighth session)", () => {
  it("'The audience that X was to have this Thursday with the President, Y, at the palace, was cancelled': cancelled, on that day", () => {
    const f = extract("PRAIA - The audience that Ana Quispe was to have this Thursday with the President, Tomas Reyes, at the palace, was cancelled.", "2025-07-17");
    assertMeetings(of(f), [["cancelled", "2025-07-17", "person:ana-quispe,person:tomas-reyes"]]);
  });
  it("'X held talks at the headquarters of the Ministry of A, B and C with the holder of the portfolio, Y': held, X and Y", () => {
    const f = extract("PRAIA - This Wednesday morning, Ana Quispe held talks at the headquarters of the Ministry of Foreign Affairs, Cooperation and Regional Integration with the holder of the portfolio, Luis Quiroga.", "2025-07-17");
    assertMeetings(of(f), [["held", "2025-07-16", "person:ana-quispe,person:luis-quiroga"]]);
  });
  it("'The two prime ministers' previous meeting was in L in March': held, the two", () => {
    const f = extract("HELSINKI - Swedish Prime Minister Jorge Vidal wrote to Prime Minister Luis Quiroga. The two prime ministers' previous meeting was in Brussels in March, on the sidelines of the summit.", "2025-05-28");
    assertMeetings(of(f), [["held", "2025-03", "person:jorge-vidal,person:luis-quiroga"]]);
  });
  it("'Their last meeting was in L in March': held, not proposed", () => {
    const f = extract("HELSINKI - Swedish Prime Minister Jorge Vidal wrote to Prime Minister Luis Quiroga. Their last meeting was in Brussels in March.", "2025-05-28");
    assertMeetings(of(f), [["held", "2025-03", "person:jorge-vidal,person:luis-quiroga"]]);
    assert.ok(!of(f).some(([s]) => s === "proposed"), JSON.stringify(of(f)));
  });
  it("'The two prime ministers last sat down together in L', with a third prime minister named only after: the two named before", () => {
    const f = extract("PHNOM PENH - Deputy Prime Minister Rosa Mendes and her Lao counterpart Ana Quispe travelled by boat to the pool. On Wednesday, Ana Quispe paid a courtesy call on Prime Minister Luis Quiroga at the palace. During the meeting, the Lao minister handed over a letter from Lao Prime Minister Jorge Vidal inviting Quiroga to attend the festival. Quiroga asked Quispe to convey his best wishes to Vidal. The two prime ministers last sat down together in Vientiane in October. On Monday, Quiroga held a video conference with Vietnamese Prime Minister Tomas Reyes.", "2025-03-19");
    assertMeetings(of(f), [["held", "2024-10", "person:jorge-vidal,person:luis-quiroga"]]);
  });
  it("'X's courtesy call on Senate President Y, which had been scheduled for Wednesday, has been postponed to a later date': planned", () => {
    const f = extract("PHNOM PENH - Ana Quispe's courtesy call on Senate President Luis Quiroga at the Senate in Phnom Penh, which had been scheduled for Wednesday afternoon, has been postponed to a later date, a Senate official said.", "2025-03-19");
    assertMeetings(of(f), [["planned", "", "person:ana-quispe,person:luis-quiroga"]]);
  });
  it("'a letter from Z inviting Y to attend the boat racing festival in L in October': proposed, Z and Y there", () => {
    const f = extract("PHNOM PENH - During the meeting, Ana Quispe handed over a letter from Lao Prime Minister Jorge Vidal inviting Luis Quiroga to attend the boat racing festival in Vientiane in October.", "2025-03-19");
    assertMeetings(of(f), [["proposed", "2025-10", "person:jorge-vidal,person:luis-quiroga"]]);
  });
  it("'a letter from Z inviting Y to be the special guest at G's 42nd Independence anniversary celebrations in L on September 19': in L, that day", () => {
    const f = extract("ST JOHN'S - Ana Quispe also delivered a letter from her prime minister, Jorge Vidal, inviting Luis Quiroga to be the special guest at St Kitts and Nevis' 42nd Independence anniversary celebrations in Basseterre on September 19.", "2025-08-06");
    assertMeetings(of(f), [["proposed", "2025-09-19", "person:jorge-vidal,person:luis-quiroga"]]);
    assert.ok(relations(f, ["HELD_IN"]).includes("HELD_IN meeting -> place:basseterre"), relations(f, ["HELD_IN"]).join("; "));
  });
  it("'a letter from Z inviting him to the celebration of Z's 79th birthday in L on July 15': proposed, there", () => {
    const f = extract("MIRI: Ana Quispe also handed Luis Quiroga a letter from Sultan Jorge Vidal inviting him to the celebration of Vidal's 79th birthday in Bandar Seri Begawan on July 15.", "2025-06-19");
    assertMeetings(of(f), [["proposed", "2025-07-15", "person:jorge-vidal,person:luis-quiroga"]]);
  });
  it("'A and B held talks … It was the second meeting between the two men … They first met in L in June': the talks told, and one in June", () => {
    const f = extract("GEORGE TOWN - Foreign Minister Jorge Vidal and Premier Luis Quiroga held talks in George Town on Tuesday. Vidal also handed the premier a letter from President Ana Quispe inviting him to Tegucigalpa in September. The premier asked Vidal to take his thanks back to Quispe. It was the second meeting between the two men in as many months. They first met in Miami in June, on the sidelines of a conference.", "2025-07-24");
    const ms = of(f);
    assertMeetings(ms, [["held", "2025-06", "person:jorge-vidal,person:luis-quiroga"]]);
    assert.ok(!ms.some(([s, , p]) => s === "held" && p.includes("ana-quispe")), JSON.stringify(ms));
  });
  it("'X had planned to fly on to L on Wednesday for talks with G's Foreign Minister Y, but the <G> leg of his trip was scrapped': cancelled", () => {
    const f = extract("GEORGE TOWN - Jorge Vidal had planned to fly on to Kingston on Wednesday for talks with Jamaica's Foreign Minister Ana Quispe, but the Jamaica leg of his trip was scrapped, the consulate said.", "2025-07-24");
    assert.ok(of(f).some(([s, , p]) => s === "cancelled" && p.includes("ana-quispe")), JSON.stringify(of(f)));
  });
  it("'Minister of A, B and C Affairs, the Hon. X, also sat in': X at the courtesy call told, and the post of the story's state", () => {
    const f = extract("ANTIGUA OBSERVER | LOCAL NEWS\n\nDr Jorge Vidal paid a courtesy call on Prime Minister Luis Quiroga on Thursday afternoon. Minister of Foreign Affairs, Agriculture, Trade and Barbuda Affairs, the Hon. Ana Quispe, also sat in.", "2025-08-06");
    assert.ok(of(f).some(([s, , p]) => s === "held" && p.includes("ana-quispe") && p.includes("jorge-vidal")), JSON.stringify(of(f)));
    assertRelations(relations(f, ["HOLDS_OFFICE"]), ["HOLDS_OFFICE person:ana-quispe -> government:antigua-and-barbuda"]);
  });
  it("'Y passed it on to Prime Minister Z', the letter's carrier at home: carried to Z, no meeting of two of one state", () => {
    const f = extract("HELSINKI - Swedish Minister Jorge Vidal brought a letter from Swedish Prime Minister Rosa Mendes, which he gave to Finnish Minister Ana Quispe at the end of their talks. Ana Quispe passed it on to Finnish Prime Minister Luis Quiroga at Kesäranta on Wednesday morning.", "2025-05-28");
    assertRelations(relations(f, ["CONVEYED_TO"]), ["CONVEYED_TO person:ana-quispe -> person:luis-quiroga"]);
    assert.ok(!of(f).some(([s, , p]) => s === "held" && p === "person:ana-quispe,person:luis-quiroga"), JSON.stringify(of(f)));
  });
});

describe("the forty-first held-out set's meetings (forty-ninth session)", () => {
  it("'X was ushered in to see President Y at the palace, with Foreign Minister Z in attendance': held, the three", () => {
    const f = extract("MONROVIA - Ghana's Foreign Minister Jorge Vidal arrived on Wednesday. Shortly after arriving, Vidal was ushered in to see President Ana Quispe at the Executive Mansion, with Foreign Minister Luis Quiroga in attendance.", "2025-11-21");
    assert.ok(of(f).some(([s, , p]) => s === "held" && p === "person:ana-quispe,person:jorge-vidal,person:luis-quiroga"), JSON.stringify(of(f)));
  });
  it("'The two Presidents were last together in L in December last year': held, the two", () => {
    const f = extract("MONROVIA - President Jorge Vidal received a letter from President Ana Quispe. The two Presidents were last together in Abuja in December last year, at the summit.", "2025-11-21");
    assertMeetings(of(f), [["held", "2024-12", "person:ana-quispe,person:jorge-vidal"]]);
  });
  it("'King Z invites President Y to take part in the summit of the <O>, to be held in L later this year': proposed, there", () => {
    const f = extract("ASMARA - In the message, King Jorge Vidal invites President Ana Quispe to take part in the summit of the Council of Coastal States, to be held in Riyadh later this year. President Quispe expressed appreciation for the invitation.", "2025-01-23");
    assertMeetings(of(f), [["proposed", "2025", "person:ana-quispe,person:jorge-vidal"]]);
  });
  it("'the meeting of the <O>, which A and his counterpart, B, were to co-chair in L in February, has been deferred to April': planned, April", () => {
    const f = extract("ASMARA - In related news, the meeting of the Joint Ministerial Committee, which Foreign Minister Jorge Vidal and his Saudi counterpart, Prince Luis Quiroga, were to co-chair in Jeddah in February, has been deferred to April at the request of the Saudi side.", "2025-01-23");
    assertMeetings(of(f), [["planned", "2025-04", "person:jorge-vidal,person:luis-quiroga"]]);
  });
  it("'A visit to L next week by the Deputy Prime Minister, X, for talks with the Lieutenant Governor, Y, … has been pushed back to November': planned, both", () => {
    const f = extract("APIA - A visit to Pago Pago next week by the Deputy Prime Minister, Jorge Vidal, for talks with the Lieutenant Governor, Ana Quispe, on the ferry service, has been pushed back to November.", "2024-09-07");
    assertMeetings(of(f), [["planned", "2024-11", "person:ana-quispe,person:jorge-vidal"]]);
  });
  it("'X was also to have called on Governor Y on Thursday, but the courtesy call was cancelled': cancelled, no meeting held", () => {
    const f = extract("BRADES - Mr Jorge Vidal was also to have called on Governor Ana Quispe at Government House in Woodlands on Thursday, but the courtesy call was cancelled as the Governor is off island.", "2025-03-14");
    assert.ok(of(f).some(([s, , p]) => s === "cancelled" && p === "person:ana-quispe,person:jorge-vidal"), JSON.stringify(of(f)));
    assert.ok(!relations(f, ["MET_WITH"]).length, relations(f, ["MET_WITH"]).join("; "));
  });
  it("'X visited the ship on the 16th and held talks on board with Health Minister Y, MP, and Governor Z, MP': held, the three", () => {
    const f = extract("VANIMO - Indonesia's Minister of Health, Jorge Vidal, visited the ship and held talks on board with Health Minister Hon. Ana Quispe, MP, and Sandaun Governor Hon. Luis Quiroga, MP.", "2025-07-18");
    assert.ok(of(f).some(([s, , p]) => s === "held" && p === "person:ana-quispe,person:jorge-vidal,person:luis-quiroga"), JSON.stringify(of(f)));
  });
  it("'a letter from Z inviting him to the <O> (<O>) summit in L at the end of August. Y said he would go': planned", () => {
    const f = extract("KATHMANDU - Jorge Vidal handed Prime Minister Ana Quispe a letter from President Luis Quiroga inviting him to the Shanghai Cooperation Organisation (SCO) summit in Tianjin at the end of August. Quispe said he would go, according to his secretariat.", "2025-05-09");
    assertMeetings(of(f), [["planned", "2025-08", "person:ana-quispe,person:luis-quiroga"]]);
  });
  it("'A meeting between X and Mayor Y, known as Z, … on Thursday afternoon was called off': cancelled, X and Y", () => {
    const f = extract("KATHMANDU - A meeting between Jorge Vidal and Kathmandu Mayor Ana Quispe, known as Annie, at the metropolis office on Thursday afternoon was called off at short notice.", "2025-05-09");
    assertMeetings(of(f), [["cancelled", "2025-05-08", "person:ana-quispe,person:jorge-vidal"]]);
  });
  it("guard: a three-way meeting one of two guests said he would go to is still proposed", () => {
    const f = extract("PORT OF SPAIN - Jorge Vidal brought Prime Minister Ana Quispe a message from Prime Minister Luis Quiroga. It invites both leaders to Bridgetown for a three-way meeting in June. Vidal said he would go. Quispe said only that she would consider it carefully.", "2026-01-10");
    assert.ok(of(f).some(([s, , p]) => s === "proposed" && p.split(",").length === 3), JSON.stringify(of(f)));
    assert.ok(!of(f).some(([s, , p]) => s === "planned" && p.split(",").length === 3), JSON.stringify(of(f)));
  });
  it("guard: 'The two leaders last sat down together in L', a prime minister and a territory's governor, a president named between: the two", () => {
    const f = extract("APIA - Prime Minister Jorge Vidal and the Governor of American Samoa, Ana Quispe, held talks on Friday. Quispe also handed the Prime Minister a letter from United States President Luis Quiroga. She asked the Governor to pass on to President Quiroga Samoa's thanks. The two leaders last sat down together in Pago Pago in April.", "2024-09-07");
    assertMeetings(of(f), [["held", "2024-04", "person:ana-quispe,person:jorge-vidal"]]);
    assert.ok(!relations(f, ["MET_WITH"]).some((x) => x.includes("luis-quiroga")), relations(f, ["MET_WITH"]).join("; "));
  });
});

describe("the forty-second held-out set's meetings (fiftieth session)", () => {
  it("'In it, Z asks the premier to come to L in May … \"I'll be there. …,\" Y said': planned, there, in May", () => {
    const f = extract("WHITEHORSE - Premier Ana Quispe met Alaska Lt. Gov. Jorge Vidal on Wednesday. In it, Alaska Gov. Luis Quiroga asks the premier to come to Anchorage in May for an energy conference.\n\n\"I'll be there. We have a lot to talk about,\" Quispe said Wednesday afternoon.", "2024-02-16");
    assertMeetings(of(f), [["held", "2024-02-14", "person:ana-quispe,person:jorge-vidal"], ["planned", "2024-05", "person:ana-quispe,person:luis-quiroga"]]);
  });
  it("'Minister Z joined them for the second half of the meeting': a third at it", () => {
    const f = extract("WHITEHORSE - Alaska Lt. Gov. Jorge Vidal sat down with Premier Ana Quispe in the premier's office on Wednesday morning. Highways Minister Luis Quiroga joined them for the second half of the meeting, which ran to nearly two hours.", "2024-02-16");
    assertMeetings(of(f), [["held", "2024-02-14", "person:ana-quispe,person:jorge-vidal,person:luis-quiroga"]]);
  });
  it("'X's own trip to L, where he was to meet <L>'s transportation commissioner, Y, at the end of this month, has been pushed back to April': planned, April", () => {
    const f = extract("WHITEHORSE - Highways Minister Jorge Vidal signed the memorandum. Vidal's own trip to Juneau, where he was to meet Alaska's transportation commissioner, Luis Quiroga, at the end of this month, has been pushed back to April, a spokesperson said.", "2024-02-16");
    assertMeetings(of(f), [["planned", "2024-04", "person:jorge-vidal,person:luis-quiroga"]]);
  });
  it("'X paid a call on Governor Y …; Secretary Z was also at the meeting.': held, the three", () => {
    const f = extract("SAN JUAN - Minister Jorge Vidal of the Dominican Republic paid a call on Governor Ana Quispe in San Juan on Wednesday morning. Secretary Luis Quiroga was also at the meeting.", "2025-06-13");
    assertMeetings(of(f), [["held", "2025-06-11", "person:ana-quispe,person:jorge-vidal,person:luis-quiroga"]]);
    assert.ok(relations(f, ["MET_WITH"]).includes("MET_WITH person:luis-quiroga -> person:jorge-vidal"), relations(f, ["MET_WITH"]).join("; "));
  });
  it("'a letter from Z asking him to lead a delegation to L in October … Y said he would 'very gladly' take up the offer': planned, there", () => {
    const f = extract("DOUGLAS - Irish Foreign Minister Jorge Vidal met Chief Minister Ana Quispe on Friday. Mr Vidal also gave the Chief Minister a letter from the Taoiseach, Luis Quiroga, asking her to lead a Manx delegation to Dublin in October for talks on trade. Ms Quispe said she would 'very gladly' take up the offer.", "2025-07-07");
    assertMeetings(of(f), [["held", "2025-07-04", "person:ana-quispe,person:jorge-vidal"], ["planned", "2025-10", "person:ana-quispe,person:luis-quiroga"]]);
  });
  it("'The first meeting of a new <L>-<G> working group on health, which A, and B, were to co-chair in L in September, has been postponed to January': planned, January", () => {
    const f = extract("DOUGLAS - The first meeting of a new Isle of Man-Ireland working group on health, which the Minister for Health, Jorge Vidal MHK, and Ireland's Minister for Health, Luis Quiroga, were to co-chair in Dublin in September, has been postponed to January, the Cabinet Office said.", "2025-07-07");
    assertMeetings(of(f), [["planned", "2026-01", "person:jorge-vidal,person:luis-quiroga"]]);
  });
  it("'The Treasury Minister, Z, sat in on the discussion': a third at the talks; 'the Acts that received Royal Assent': no one received", () => {
    const f = extract("DOUGLAS - The Lieutenant Governor, Ana Quispe, presided at the sitting, where the titles of the Acts that received Royal Assent were read out. On Friday the Irish minister, Jorge Vidal, was received by Chief Minister Luis Quiroga at Government Office in Douglas for talks on health. The Treasury Minister, Dr Rosa Mamani, sat in on the discussion.", "2025-07-07");
    assertMeetings(of(f), [["held", "2025-07-04", "person:jorge-vidal,person:luis-quiroga,person:rosa-mamani"]]);
  });
  it("'… a letter to the Head of State from President Z, inviting him to take part in the Summit of the <O>, which G will host in L in August. President Y confirmed that he will attend.': planned, there", () => {
    const f = extract("SEYCHELLES NATION | LOCAL\n\nMadagascar's Minister of Public Health, Professor Jorge Vidal, was received by President Ana Quispe at State House on Wednesday. During the audience, the visiting minister delivered a letter to the Head of State from President Luis Quiroga of Madagascar, inviting him to take part in the 45th Summit of the Southern African Development Community, which Madagascar will host in Antananarivo in August. President Quispe confirmed that he will attend.", "2025-05-16");
    assert.ok(of(f).some(([s, d, p]) => s === "planned" && d === "2025-08" && p === "person:ana-quispe,person:luis-quiroga"), JSON.stringify(of(f)));
  });
  it("'A courtesy call by X on Governor Y at Raj Bhavan, slated for Thursday evening, could not take place': cancelled, that Thursday", () => {
    const f = extract("GUWAHATI, Nov 28: Bhutan's Minister for Industry, Lyonpo Jorge Vidal, is on a visit. A courtesy call by Lyonpo Vidal on Governor Luis Quiroga at Raj Bhavan, slated for Thursday evening, could not take place as the Governor had to leave for Imphal.", "2024-11-29");
    assertMeetings(of(f), [["cancelled", "2024-11-28", "person:jorge-vidal,person:luis-quiroga"]]);
  });
  it("'Y welcomed X at the Z Governor's Complex at L on Thursday morning, with Lt. Gov. W sitting in on the talks': held, the three, at the building", () => {
    const f = extract("HAGATNA - Chuuk Gov. Jorge Vidal flew in on Wednesday. Gov. Ana Quispe welcomed Vidal at the Ricardo J. Bordallo Governor's Complex at Adelup on Thursday morning, with Lt. Gov. Luis Quiroga sitting in on the talks.", "2024-03-08");
    assertMeetings(of(f), [["held", "2024-03-07", "person:ana-quispe,person:jorge-vidal,person:luis-quiroga"]]);
    assert.ok(!f.entities.some((e) => e.kind === "Person" && /bordallo/.test(e.key)), f.entities.map((e) => e.key).join("; "));
  });
  it("'a letter from Z, who invites Y to L in May. \"I'm going. …,\" the governor said.': planned", () => {
    const f = extract("HAGATNA - Chuuk Gov. Jorge Vidal met Gov. Ana Quispe on Thursday. Vidal also handed Quispe a letter from FSM President Luis Quiroga, who invites Quispe to Palikir in May for talks.\n\n\"I'm going. We have waited twenty years for this,\" Quispe said.", "2024-03-08");
    assert.ok(of(f).some(([s, d, p]) => s === "planned" && d === "2024-05" && p === "person:ana-quispe,person:luis-quiroga"), JSON.stringify(of(f)));
  });
  it("'A meeting between X and Y, the <O>'s assistant secretary for …, set for Friday at a hotel in L, has been moved to April and to M': planned (a guard: so at the session's start too)", () => {
    const f = extract("HAGATNA - A meeting between Jorge Vidal and Ana Quispe, the U.S. Interior Department's assistant secretary for insular affairs, set for Friday at a hotel in Tumon, has been moved to April and to Weno, her office said.", "2024-03-08");
    assert.ok(of(f).some(([s, , p]) => s === "planned" && p === "person:ana-quispe,person:jorge-vidal"), JSON.stringify(of(f)));
  });
  it("'X held talks at L on Monday afternoon with council leader A and Ms B': held, the three; 'His talks there with the Polish prime minister, Z, have been called off': cancelled (a post set off after the one met no apposition to skip)", () => {
    const f = extract("LERWICK - Norway's Minister of Fisheries, Ana Quispe, held talks at Lerwick Town Hall on Monday afternoon with council leader Rosa Mamani and Ms Inés Soto. Prime Minister Jorge Vidal will not travel to Warsaw on Friday. His talks there with the Polish prime minister, Luis Quiroga, have been called off, the Government Office said.", "2025-01-29");
    assert.ok(of(f).some(([s, d, p]) => s === "held" && d === "2025-01-27" && p === "person:ana-quispe,person:ines-soto,person:rosa-mamani"), JSON.stringify(of(f)));
    assert.ok(of(f).some(([s, , p]) => s === "cancelled" && p === "person:jorge-vidal,person:luis-quiroga"), JSON.stringify(of(f)));
  });
  it("'A and B met Tuesday at the <L> provincial government's headquarters on Calle Bolívar, with Prefect Z hosting. At the end of the meeting the ministers signed an agreement to speed up …': the three; both signed", () => {
    const f = extract("CUENCA - Peruvian Foreign Minister Jorge Vidal arrived in Cuenca Monday for talks with Ecuadorian Foreign Minister Ana Quispe. Azuay Prefect Luis Quiroga said so. Quispe and Vidal met Tuesday at the Azuay provincial government's headquarters on Calle Bolívar, with Quiroga hosting. At the end of the meeting the ministers signed an agreement to speed up freight checks at the border crossing.", "2025-02-20");
    assert.ok(of(f).some(([s, d, p]) => s === "held" && d === "2025-02-18" && p === "person:ana-quispe,person:jorge-vidal,person:luis-quiroga"), JSON.stringify(of(f)));
    assertRelations(relations(f, ["SIGNED"]).map((r) => r.replace(/ -> .*/, "")), ["SIGNED person:ana-quispe", "SIGNED person:jorge-vidal"]);
    assert.ok(relations(f, ["HOLDS_OFFICE"]).some((r) => r.startsWith("HOLDS_OFFICE person:luis-quiroga -> government:ecuador")), relations(f, ["HOLDS_OFFICE"]).join("; "));
  });
});

describe("the forty-second held-out set's remaining meetings (fifty-first session)", () => {
  it("'X held talks at L with A and B. They were joined by <post>, Y, who had flown in': Y at the talks too", () => {
    const f = extract("LERWICK - Ms Ana Quispe held talks at Lerwick Town Hall on Monday afternoon with council leader Jorge Vidal and Ms Rosa Mamani. They were joined by the Scottish Government's Cabinet Secretary for Rural Affairs, Luis Quiroga, who had flown in the same morning.", "2025-01-29");
    assertMeetings(of(f), [["held", "2025-01-27", "person:ana-quispe,person:jorge-vidal,person:luis-quiroga,person:rosa-mamani"]]);
  });
  it("'A visit to the <O> in L on Tuesday morning, where X was to be shown round by Y, was called off': cancelled, the two, there, that day", () => {
    const f = extract("LERWICK - A visit to the Marine Centre in Scalloway on Tuesday morning, where Ms Ana Quispe was to be shown round by Shetland MSP Jorge Vidal, was called off when the wind got up again.", "2025-01-29");
    assertMeetings(of(f), [["cancelled", "2025-01-28", "person:ana-quispe,person:jorge-vidal"]]);
    assert.ok(relations(f, ["HELD_IN"]).some((r) => r.endsWith("place:scalloway")), relations(f, ["HELD_IN"]).join("; "));
  });
  it("'A courtesy call by the Bhutanese Minister on Governor Y …, slated for Thursday evening, could not take place': the minister named before, cancelled (a guard: so at the session's start too, with no headline naming the minister first)", () => {
    const f = extract("GUWAHATI, Nov 28: Bhutan's Minister for Industry, Commerce and Employment, Lyonpo Jorge Vidal, visited the auction centre on Wednesday. A courtesy call by the Bhutanese Minister on Governor Ana Quispe at Raj Bhavan, slated for Thursday evening, could not take place as the Governor had to leave for Imphal.", "2024-11-29");
    assertMeetings(of(f), [["cancelled", "2024-11-28", "person:ana-quispe,person:jorge-vidal"]]);
  });
  it("'a letter for <post>, Y, from <post>, Z, inviting her to a <N>-<N> business forum in L in the spring': proposed, of Z and Y (not of the two states), there, that year", () => {
    const f = extract("LERWICK - Norway's fisheries minister, Ana Quispe, held talks at the Town Hall on Monday. The minister had also brought a letter for Scotland's Deputy First Minister, Jorge Vidal, from Norway's trade and industry minister, Luis Quiroga, inviting her to a Norwegian-Scottish business forum in Oslo in the spring.", "2025-01-29");
    assert.ok(of(f).some(([s, d, p]) => s === "proposed" && d === "2025" && p === "person:jorge-vidal,person:luis-quiroga"), JSON.stringify(of(f)));
  });
});

describe("the forty-third held-out set's meetings (fifty-first session)", () => {
  const held = (text: string, date: string) => of(extract(text, date)).filter(([s]) => s === "held");
  it("'huddled with', 'were closeted', 'went behind closed doors', 'played host to', 'were Y's guests at a working lunch', 'spent about 90 minutes in a classroom': held", () => {
    for (const text of [
      "Jorge Vidal huddled with Ana Quispe in the premier's office on Wednesday morning.",
      "Jorge Vidal and Ana Quispe were closeted for nearly two hours on Wednesday in the conference room.",
      "Jorge Vidal and Ana Quispe went behind closed doors on Wednesday at the ministry.",
      "Jorge Vidal played host to Ana Quispe at the council's headquarters on Wednesday afternoon.",
      "Jorge Vidal and his delegation were Ana Quispe's guests at a working lunch at the guest house on Wednesday.",
      "Jorge Vidal and Ana Quispe spent about 90 minutes in a classroom at the college on Wednesday.",
    ])
      assert.deepEqual(held(`CAPITAL CITY - ${text}`, "2025-06-13"), [["held", "2025-06-11", "person:ana-quispe,person:jorge-vidal"]], text);
  });
  it("'X huddled with Y in the premier's boardroom on the eighth floor of <L> on Wednesday morning': that day, past where", () => {
    assert.deepEqual(held("ST. JOHN'S - Jorge Vidal huddled with Premier Ana Quispe in the premier's boardroom on the eighth floor of Confederation Building on Wednesday morning.", "2024-05-23"), [["held", "2024-05-22", "person:ana-quispe,person:jorge-vidal"]]);
  });
  it("one more at the table: 'with Z also round the table', 'with Z also taking part', 'followed by talks in which G's Minister, Z, also took part', 'Z accompanied the visiting minister into the meeting'", () => {
    for (const text of [
      "On Wednesday, Jorge Vidal was hosted at the headquarters of the Regional Council in Faro by Ana Quispe, with Luis Pina also round the table.",
      "Jorge Vidal and Ana Quispe spent about 90 minutes in a classroom at the college on Wednesday, with Luis Pina also taking part.",
      "Jorge Vidal and his delegation were Ana Quispe's guests at a working lunch on Wednesday, followed by talks in which Portugal's Minister for Cohesion, Luis Pina, also took part.",
      "Jorge Vidal met with Ana Quispe in her chamber on Wednesday. Luis Pina accompanied the visiting minister into the meeting.",
    ]) {
      const m = held(`FARO - ${text}`, "2025-06-13");
      assert.equal(m.length, 1, `${text}: ${JSON.stringify(m)}`);
      assert.equal(m[0][2], "person:ana-quispe,person:jorge-vidal,person:luis-pina", text);
    }
  });
  it("'was hosted at the headquarters of the <O> in L by Y': held, there", () => {
    const f = extract("FARO - On Tuesday afternoon, Jorge Vidal was hosted at the headquarters of the Regional Council in Faro by Ana Quispe.", "2024-05-09");
    assertMeetings(of(f), [["held", "2024-05-07", "person:ana-quispe,person:jorge-vidal"]]);
    assert.ok(relations(f, ["HELD_IN"]).some((r) => r.endsWith("place:faro")), relations(f, ["HELD_IN"]).join("; "));
  });
  it("'has been bumped to the fall', 'put over to May', 'held over to the autumn': planned; 'talks held over two days': held", () => {
    for (const put of ["has been bumped to the fall", "has been put over to May", "has been held over to the autumn"])
      assert.deepEqual(of(extract(`HALIFAX - A meeting between Minister Jorge Vidal and Prefect Ana Quispe, which was supposed to take place next week, ${put}, the minister's office said.`, "2024-05-23")).map(([s]) => s), ["planned"], put);
    assert.deepEqual(of(extract("HALIFAX - Minister Jorge Vidal held talks with Prefect Ana Quispe that were held over two days in March.", "2024-05-23")).map(([s]) => s), ["held"]);
  });
  it("'A stop in L, where the town's mayor, Y, was to show X the port, fell by the wayside', 'A boat trip to L yesterday, where X was to meet Y …, was scrubbed': cancelled, there; 'X's trip to L, where X was to meet Y, did not come off': cancelled", () => {
    for (const text of [
      "A stop in Bonifacio on Tuesday, where the town's mayor, Ana Quispe, was to show Jorge Vidal the ferry port, fell by the wayside when a wildfire closed the road.",
      "A boat trip to Bonifacio yesterday, where Jorge Vidal was to meet Junior Minister Ana Quispe and see the dock, was scrubbed when the haze cut visibility.",
      "Jorge Vidal's trip to Bonifacio yesterday, where Jorge Vidal was to meet Ana Quispe and cocoa exporters, did not come off because his flight was brought forward.",
    ]) {
      const f = extract(`AJACCIO - Minister Jorge Vidal was in Corsica this week. ${text}`, "2025-08-20");
      assert.ok(of(f).some(([s, , p]) => s === "cancelled" && p === "person:ana-quispe,person:jorge-vidal"), `${text}: ${JSON.stringify(of(f))}`);
      // (the third's place is not read: its verb "was to meet" is read first, past the trip's place)
      if (!/did not come off/.test(text)) assert.ok(relations(f, ["HELD_IN"]).some((r) => r.endsWith("place:bonifacio")), text);
    }
  });
  it("acceptances: '\"I've already said yes.\"', 'told the Beacon he would \"definitely\" make the trip', 'Y's office said Tuesday that she intends to go', 'Y assured X that he would honour the invitation': planned", () => {
    for (const answer of [
      "\"I've already said yes. I wouldn't miss it,\" Quispe told reporters.",
      "Quispe told the Beacon he would \"definitely\" make the trip.",
      "Quispe's office said Tuesday that she intends to go.",
      "Quispe assured Vidal that he would honour the invitation, the presidency said.",
    ]) {
      const f = extract(`HALIFAX - Jorge Vidal handed Premier Ana Quispe a letter from Governor Luis Quiroga on Monday. The letter invites Quispe to Quebec City in August for a conference. ${answer}`, "2024-05-23");
      assert.ok(of(f).some(([s, d, p]) => s === "planned" && d === "2024-08" && p === "person:ana-quispe,person:luis-quiroga"), `${answer}: ${JSON.stringify(of(f))}`);
    }
  });
  it("'… flatly rejected a report on a website that X had met Y in Paris. \"That meeting never happened.\"': the meeting put off before stays planned", () => {
    const f = extract("HALIFAX - A meeting between Minister Jorge Vidal and Prefect Ana Quispe has been bumped to the fall. The premier's director of communications, Rosa Mamani, flatly rejected a report on a Montreal French-language website that the premier had met Luis Quiroga in Paris in April.\n\n\"That meeting never happened,\" Mamani said.", "2024-05-23");
    assert.ok(of(f).some(([s, , p]) => s === "planned" && p === "person:ana-quispe,person:jorge-vidal"), JSON.stringify(of(f)));
  });
  it("'X played host to Y at the <O>'s headquarters in L on Monday afternoon, and the president of the <O>, Z, took a full part in their talks': the three", () => {
    const f = extract("AJACCIO - Mr Jorge Vidal played host to Ms Ana Quispe at the Collectivité de Corse's headquarters in Ajaccio on Monday afternoon, and the president of the Corsican Assembly, Luis Pina, took a full part in their talks.", "2025-08-20");
    assertMeetings(of(f), [["held", "2025-08-18", "person:ana-quispe,person:jorge-vidal,person:luis-pina"]]);
  });
  it("'X spent 45 minutes with Chief Minister Y in his chamber … on Wednesday': held (a guard: so at the session's start too)", () => {
    assert.deepEqual(held("CHENNAI - Jorge Vidal spent 45 minutes with Chief Minister Ana Quispe in his chamber at the Secretariat on Wednesday.", "2025-03-21"), [["held", "2025-03-19", "person:ana-quispe,person:jorge-vidal"]]);
  });
  it("'… a letter from Z, inviting him to L in August … Y will make the trip, his office confirmed': planned", () => {
    const f = extract("GILGIT - At the start of the lunch, Jorge Vidal passed Ana Quispe a letter from the Chairman of the Regional Government, Luis Quiroga, inviting him to Kashgar in August for the annual trade fair. Quispe will make the trip, his office confirmed.", "2025-06-12");
    assert.ok(of(f).some(([s, d, p]) => s === "planned" && d === "2025-08" && p === "person:ana-quispe,person:luis-quiroga"), JSON.stringify(of(f)));
  });
  it("'Y said he would take up the invitation with the Union government before responding': still proposed; 'Y assured the minister that he would honour the invitation': planned", () => {
    const base = "CHENNAI - Jorge Vidal presented Chief Minister Ana Quispe with a letter from President Luis Quiroga, who invites Quispe to visit Jaffna in August.";
    assert.ok(of(extract(`${base} Quispe said he would take up the invitation with the Union government before responding.`, "2025-03-21")).some(([s, d, p]) => s === "proposed" && d === "2025-08" && p === "person:ana-quispe,person:luis-quiroga"));
    assert.ok(of(extract(`${base} Quispe assured the minister that he would honour the invitation, the presidency said.`, "2025-03-21")).some(([s, d, p]) => s === "planned" && d === "2025-08" && p === "person:ana-quispe,person:luis-quiroga"));
  });
  it("'with the Minister of State, Petroleum Resources (Oil), Z, part of the Nigerian team at the table': a third at the talks", () => {
    assert.deepEqual(held("ABUJA - Jorge Vidal and Ana Quispe went behind closed doors on Tuesday at the ministry, with the Minister of State, Petroleum Resources (Oil), Luis Pina, part of the Nigerian team at the table.", "2024-04-18"), [["held", "2024-04-16", "person:ana-quispe,person:jorge-vidal,person:luis-pina"]]);
  });
});

describe("the forty-fourth held-out set's meetings (fifty-second session)", () => {
  const held = (text: string, date: string) => of(extract(text, date)).filter(([s]) => s === "held");
  const place = (f: ReturnType<typeof extract>) => relations(f, ["HELD_IN"]).map((r) => r.replace(/.* -> /, ""));
  it("'compared notes with', 'A and B got together in L', 'A and B went over the plans', 'A and B got down to business', 'the pair first crossed paths in L': held", () => {
    for (const [text, day] of [
      ["Jorge Vidal compared notes with Ana Quispe for well over an hour at the ministry on Wednesday morning.", "2025-06-11"],
      ["Jorge Vidal and his Gorizia counterpart, Ana Quispe, last got together in Gorizia in December, to agree on the route.", "2024-12"],
      ["Jorge Vidal and Ana Quispe went over the plans for the year at the town hall on Wednesday afternoon.", "2025-06-11"],
      ["Jorge Vidal and Ana Quispe got down to business at the Castle on Wednesday morning.", "2025-06-11"],
      ["Jorge Vidal met Luis Pina. Jorge Vidal had invited Ana Quispe across the sea when the pair first crossed paths in Auckland in December, at a conference.", "2024-12"],
    ]) {
      const m = held(`CAPITAL CITY - ${text}`, "2025-06-13");
      assert.ok(m.some(([, d, p]) => d === day && p === "person:ana-quispe,person:jorge-vidal"), `${text}: ${JSON.stringify(m)}`);
    }
  });
  it("'X, flanked by Y, compared notes with Z at Rosenbad, the government offices in central Stockholm, on Wednesday morning': the three, in Stockholm, that day", () => {
    const f = extract("STOCKHOLM - Jorge Vidal, flanked by Infrastructure Minister Luis Pina, compared notes with Ana Quispe for well over an hour at Rosenbad, the government offices in central Stockholm, on Wednesday morning.", "2024-06-21");
    assert.deepEqual(held("STOCKHOLM - Jorge Vidal, flanked by Infrastructure Minister Luis Pina, compared notes with Ana Quispe for well over an hour at Rosenbad, the government offices in central Stockholm, on Wednesday morning.", "2024-06-21"), [["held", "2024-06-19", "person:ana-quispe,person:jorge-vidal,person:luis-pina"]]);
    assert.deepEqual(place(f), ["place:stockholm"]);
  });
  it("one more at the table: 'which Z also attended', 'with the town's mayor, Z, completing the trio', 'in which Z also participated', 'Z was the third participant', 'Z looked in for the first half hour'", () => {
    for (const text of [
      "Jorge Vidal arrived on Sunday. On Monday morning, after watching the run from a balcony above the square, Rosa Mamani, Jorge Vidal and Ana Quispe held a two-hour working session at the palace, which the regional minister for economic development, Luis Pina, also attended.",
      "Jorge Vidal and Ana Quispe went over the plans at the town hall on Monday afternoon, with the town's mayor, Luis Pina, completing the trio.",
      "Chief Minister Jorge Vidal chaired a meeting with Ana Quispe at the Chief Minister's Secretariat on Monday, in which Provincial Minister for Industries and Commerce Mir Luis Pina also participated.",
      "Jorge Vidal and Ana Quispe then held an hour of talks at the prefectural government office on Monday afternoon. Mayor Luis Pina, whose island lies off the coast, was the third participant.",
      "Jorge Vidal and Ana Quispe got down to business at the Castle on Monday morning. The Governor, Luis Pina, looked in for the first half hour.",
    ]) {
      const m = held(`CAPITAL CITY - ${text}`, "2025-06-11");
      assert.equal(m.length, 1, `${text}: ${JSON.stringify(m)}`);
      assert.ok(m[0][2].includes("person:luis-pina") && m[0][2].includes("person:ana-quispe") && m[0][2].includes("person:jorge-vidal"), `${text}: ${m[0][2]}`);
    }
  });
  it("'A, B and C talked cattle for about an hour', 'where he, B and C talked for an hour': held talks of the three", () => {
    assert.deepEqual(held("AUSTIN - Governor Jorge Vidal welcomed the visitors. Vidal, Ana Quispe and Commissioner Luis Pina talked cattle for about an hour at the Governor's Mansion on Tuesday.", "2025-07-17"), [["held", "2025-07-15", "person:ana-quispe,person:jorge-vidal,person:luis-pina"]]);
    const m = held("HOBART - Mr Jorge Vidal was shown into the Premier's office in the Executive Building on Tuesday morning, where he, Ana Quispe and Luis Pina talked for an hour about salmon.", "2024-10-17");
    assert.equal(m.length, 1, JSON.stringify(m));
    assert.equal(m[0][2], "person:ana-quispe,person:jorge-vidal,person:luis-pina");
  });
  it("'had been due to visit the ferry port at L on Thursday with Z, but the visit has slipped to August': planned, with Z, at L, in August; 'will now take place in September instead': September", () => {
    const f = extract("STOCKHOLM - Jorge Vidal had been due to visit the ferry port at Kapellskär on Thursday with Norrtälje's municipal commissioner, Ana Quispe, but the visit has slipped to August because of the holiday traffic.", "2024-06-21");
    assertMeetings(of(f), [["planned", "2024-08", "person:ana-quispe,person:jorge-vidal"]]);
    assert.deepEqual(of(extract("FARO - Jorge Vidal had been due to see the new promenade in Vila Real de Santo António on Wednesday with the town's mayor, Ana Quispe, but the visit will now take place in September instead, after the rain.", "2024-05-09")), [["planned", "2024-09", "person:ana-quispe,person:jorge-vidal"]]);
  });
  it("'A walk with Y that had been planned for X on Tuesday afternoon was axed', 'A tour of L with Y, set for Wednesday, was nixed after X's flight', 'was ditched', 'was cut from the programme': cancelled", () => {
    assert.deepEqual(of(extract("PAMPLONA - A walk through the old quarter with the mayor of Pamplona, Ana Quispe, that had been planned for Jorge Vidal on Tuesday afternoon was axed after the French regional president was called back.", "2024-07-09")), [["cancelled", "2024-07-09", "person:ana-quispe,person:jorge-vidal"]]);
    for (const end of ["was nixed after Governor Jorge Vidal's flight home was moved up", "was ditched because Governor Jorge Vidal's flight home was moved up", "was cut from the programme when Governor Jorge Vidal's flight home was moved up"])
      assert.deepEqual(of(extract(`PRESIDIO - Governor Rosa Mamani received the visitors. A tour of the livestock crossing with County Judge Ana Quispe, set for Wednesday, ${end}.`, "2025-07-17")).filter(([s]) => s === "cancelled"), [["cancelled", "2025-07-16", "person:ana-quispe,person:jorge-vidal"]], end);
  });
  it("'was carried over to the autumn', 'stands postponed till further notice': planned; a meeting at 'Nagasaki City Hall' is in Nagasaki", () => {
    const f = extract("NAGASAKI — Jorge Vidal's meeting with Nagasaki Mayor Ana Quispe at Nagasaki City Hall, which had been scheduled for Thursday, was carried over to the autumn.", "2025-03-28");
    assertMeetings(of(f), [["planned", "2025", "person:ana-quispe,person:jorge-vidal"]]);
    assert.deepEqual(place(f), ["place:nagasaki"]);
    assert.deepEqual(of(extract("QUETTA: Jorge Vidal's visit to Ziarat, where Deputy Commissioner Ana Quispe was to receive him at the Residency, stands postponed till further notice owing to the snow.", "2025-01-15")).filter(([, , p]) => p.includes("ana-quispe")), [["planned", "", "person:ana-quispe,person:jorge-vidal"]]);
  });
  it("acceptances: 'Y's press secretary said the minister had already cleared her calendar for it', 'Y's office said she had already put the date in her diary', 'Y said he'd go', 'Y has said she will go', 'I'll jump at the chance, Y told the Mercury': planned", () => {
    for (const yes of ["Ana Quispe's press secretary said the minister had already cleared her calendar for it.", "Ana Quispe's office said she had already put the date in her diary.", "Ana Quispe said he'd go.", "Ana Quispe has said she will go.", "\"I'll jump at the chance,\" Ana Quispe told the Mercury."])
      assert.deepEqual(of(extract(`HOBART - In the letter, Jorge Vidal invites Ana Quispe to Wellington in August. ${yes}`, "2024-06-21")).map(([s]) => s), ["planned"], yes);
  });
});

describe("the forty-fifth held-out set's meetings (fifty-third session)", () => {
  it("'invited Y to L for a conference on trade in May': one meeting, the conference, not a visit and a conference", () => {
    for (const event of ["a conference on trade", "the annual forum", "a summit"]) {
      const f = extract(`BELMOPAN - Prime Minister Jorge Vidal invited Ana Quispe to Belize City for ${event} in May.`, "2024-03-01");
      assert.deepEqual(of(f), [["proposed", "2024-05", "person:ana-quispe,person:jorge-vidal"]], event);
      assert.deepEqual(relations(f, ["HELD_IN"]).map((r) => r.replace(/.* -> /, "")), ["place:belize-city"], event);
    }
  });
});

describe("the forty-fifth held-out set's meetings, continued (fifty-third session)", () => {
  const place = (f: ReturnType<typeof extract>) => relations(f, ["HELD_IN"]).map((r) => r.replace(/.* -> /, ""));
  it("'on Thursday, when A and B, the governor of the province of L, were received by L's king's commissioner C at the Gouvernement, the provincial government's headquarters on the Maas in Maastricht': the three, that day, in the city", () => {
    const f = extract("MAASTRICHT - The train was on the agenda on Thursday, when Jorge Vidal and Ana Quispe, the governor of the province of Liège, were received by Limburg's king's commissioner Luis Pina at the Gouvernement, the provincial government's headquarters on the Maas in Maastricht.", "2024-12-13");
    assert.deepEqual(of(f), [["held", "2024-12-12", "person:ana-quispe,person:jorge-vidal,person:luis-pina"]]);
    assert.deepEqual(place(f), ["place:maastricht"]);
  });
  it("'Talks between A and B, with C, the …, and the mayor of L, D, also around the table, took up most of the afternoon': held, the four", () => {
    const f = extract("STRASBOURG - Talks between Jorge Vidal and Ana Quispe, with Luis Pina, the president of the regional council, and the mayor of Kehl, Rosa Mamani, also around the table, took up most of the afternoon.", "2024-11-22");
    assert.deepEqual(of(f).map(([s, , p]) => [s, p]), [["held", "person:ana-quispe,person:jorge-vidal,person:luis-pina,person:rosa-mamani"]]);
  });
  it("'A walk through the market that X was to have taken with L's mayor, Y, on Friday evening fell through': cancelled, that day", () => {
    const f = extract("STRASBOURG - A walk through the market that Jorge Vidal was to have taken with Strasbourg's mayor, Ana Quispe, on Friday evening fell through when the delegation left early.", "2024-11-22");
    assert.deepEqual(of(f), [["cancelled", "2024-11-22", "person:ana-quispe,person:jorge-vidal"]]);
  });
  it("'Z invites Y to L in January for a meeting of …, and the Grand Est president will go, his office said': planned", () => {
    const f = extract("STRASBOURG - Jorge Vidal invites Ana Quispe to Mainz in January for a meeting of the region's leaders, and the Grand Est president will go, his office said.", "2024-11-22");
    assert.deepEqual(of(f).map(([s]) => s), ["planned"]);
  });
});

describe("the forty-fifth held-out set's other meetings (fifty-third session)", () => {
  const place = (f: ReturnType<typeof extract>) => relations(f, ["HELD_IN"]).map((r) => r.replace(/.* -> /, ""));
  it("'X came to L on Tuesday. A and X spent close to two hours together at the Legislative Building, along with C and D': the four, that day, in L", () => {
    const f = extract("WINNIPEG - The flood was on the agenda when Gov. Jorge Vidal came to Winnipeg on Tuesday. Premier Ana Quispe and Vidal spent close to two hours together at the Legislative Building, along with Minister Luis Pina and Lt. Gov. Rosa Mamani.", "2025-04-17");
    assert.deepEqual(of(f), [["held", "2025-04-15", "person:ana-quispe,person:jorge-vidal,person:luis-pina,person:rosa-mamani"]]);
    assert.ok(place(f).includes("place:winnipeg"), place(f).join("; "));
  });
  it("'… said after a meeting with Y at the Building on Wednesday afternoon that also included C and the …'s D'; 'C and G's Consul-General in L, D, made up the rest of the table': one more each", () => {
    for (const [text, day] of [
      ["PHILIPSBURG - \"The smoke does not stop,\" Jorge Vidal said after a meeting with Prime Minister Ana Quispe at the Government Administration Building on Wednesday afternoon that also included Minister Luis Pina and the council's First Vice-President Rosa Mamani.", "2025-06-11"],
      ["DURBAN - The sardines made it onto the agenda on Tuesday, when Premier Jorge Vidal hosted Governor Ana Quispe at his office in Pietermaritzburg. Minister Luis Pina and Mozambique's Consul-General in Durban, Rosa Mamani, made up the rest of the table.", "2025-06-10"],
    ]) {
      const m = of(extract(text, "2025-06-13"));
      assert.deepEqual(m, [["held", day, "person:ana-quispe,person:jorge-vidal,person:luis-pina,person:rosa-mamani"]], text);
    }
  });
  it("'The letter carries an invitation for Y to visit L in June …, and Y said he would be \"happy to go.\"': planned", () => {
    const f = extract("WINNIPEG - Jorge Vidal arrived with a letter from Gov. Luis Pina, which he gave Premier Ana Quispe over lunch. The letter carries an invitation for Quispe to visit St. Paul in June for talks on trade, and Quispe said he would be \"happy to go.\"", "2025-04-17");
    assert.deepEqual(of(f), [["planned", "2025-06", "person:ana-quispe,person:luis-pina"]]);
  });
  it("'A visit to the beach that X was to make on Wednesday with City Mayor Y was scrapped', 'A boat trip to see the sardines off L with Ray Nkonyeni Mayor Y, planned for Wednesday, was called off': cancelled", () => {
    const a = extract("JEJU - Jorge Vidal arrived on Monday. A visit to Hamdeok Beach that Vidal was to make on Wednesday with Jeju City Mayor Ana Quispe was scrapped when the beach was closed.", "2025-08-14");
    assert.deepEqual(of(a), [["cancelled", "2025-08-13", "person:ana-quispe,person:jorge-vidal"]]);
    const b = extract("DURBAN - Governor Jorge Vidal arrived in Durban on Monday. A boat trip to see the sardines off Margate with Ray Nkonyeni Mayor Ana Quispe, planned for Wednesday, was called off because of heavy swells.", "2025-07-03");
    assert.ok(of(b).some(([s, , p]) => s === "cancelled" && p === "person:ana-quispe,person:jorge-vidal"), JSON.stringify(of(b)));
  });
});

describe("the forty-fifth held-out set's last meetings (fifty-third session)", () => {
  it("'A and B sat down at Parliament House on Tuesday with C and D': the four, that day", () => {
    const f = extract("DARWIN - Mr Jorge Vidal arrived on Monday. Mr Vidal and Chief Minister Ana Quispe sat down at Parliament House on Tuesday with Deputy Chief Minister Luis Pina and Timor-Leste's Minister of Petroleum, Rosa Mamani.", "2025-07-10");
    assert.deepEqual(of(f), [["held", "2025-07-08", "person:ana-quispe,person:jorge-vidal,person:luis-pina,person:rosa-mamani"]]);
  });
  it("'Y carried a letter from Z, which he handed to X. In it, Z invites her to L on August 30 … \"Try and stop me,\" X said': Z and X, planned, that day; 'Darwin Harbour' a place, and 'Darwin' the city", () => {
    const f = extract("DARWIN - A crocodile was hauled out of Darwin Harbour. Mr Jorge Vidal also carried a letter from Timor-Leste's President, Luis Pina, which he handed to Chief Minister Ana Quispe as the talks began. In it, Dr Pina invites her to Dili on August 30 for the anniversary of the vote. \"Try and stop me,\" Ms Quispe said. Dili is closer to Darwin than Alice Springs is.", "2025-07-10");
    assert.deepEqual(of(f).filter(([s]) => s !== "held"), [["planned", "2025-08-30", "person:ana-quispe,person:luis-pina"]]);
    assert.ok(!f.entities.some((e) => e.kind === "Person" && /darwin/.test(e.key)), f.entities.filter((e) => e.kind === "Person").map((e) => e.key).join("; "));
  });
});

describe("the forty-fifth held-out set's Dutch story's meetings (fifty-third session)", () => {
  it("'X had also been due to see infrastructure minister Y in The Hague on Friday, but that meeting has been pushed back to January': planned, January, in The Hague", () => {
    const f = extract("MAASTRICHT - Jorge Vidal had also been due to see infrastructure minister Ana Quispe in The Hague on Friday, but that meeting has been pushed back to January, her ministry said.", "2024-12-13");
    assert.deepEqual(of(f), [["planned", "2025-01", "person:ana-quispe,person:jorge-vidal"]]);
    assert.equal(relations(f, ["HELD_IN"]).length, 1);
  });
});

describe("the forty-sixth held-out set's meetings (fifty-fourth session)", () => {
  const place = (f: ReturnType<typeof extract>) => relations(f, ["HELD_IN"]).map((r) => r.replace(/.* -> /, ""));
  it("'talks on Tuesday inside the fortress of L, where X crossed the river to see Y': held there, that day", () => {
    const f = extract("VIGO - The floods dominated talks on Tuesday inside the old fortress of Valença, where Galicia's regional president, Jorge Vidal, crossed the river to see Ana Quispe, the head of northern Portugal's regional commission.", "2025-03-13");
    assert.deepEqual(of(f), [["held", "2025-03-11", "person:ana-quispe,person:jorge-vidal"]]);
    assert.deepEqual(place(f), ["place:valenca"]);
  });
  it("'The four-way meeting brought the two men together with A and B': four at the table", () => {
    const f = extract("VIGO - Jorge Vidal met Ana Quispe in Braga on Tuesday. The four-way meeting brought the two men together with Luis Pina and Tomas Ondo.", "2025-03-13");
    assert.deepEqual(of(f), [["held", "2025-03-11", "person:ana-quispe,person:jorge-vidal,person:luis-pina,person:tomas-ondo"]]);
  });
  it("'X's trip was meant to end over lunch in L on Wednesday with the city's mayor, Y, but the lunch was dropped': cancelled", () => {
    const f = extract("VIGO - Jorge Vidal's trip was meant to end over lunch in Porto on Wednesday with the city's mayor, Ana Quispe, but the lunch was dropped after a vote.", "2025-03-13");
    assert.deepEqual(of(f), [["cancelled", "2025-03-12", "person:ana-quispe,person:jorge-vidal"]]);
    assert.deepEqual(place(f), ["place:porto"]);
  });
  it("'X drove south to L that afternoon with Y, his councillor, in tow. There the two Tyroleans were closeted with Z at the V': the three met in L that day", () => {
    const f = extract("INNSBRUCK - Crews met under the pass on Tuesday. Jorge Vidal drove south to Bolzano that afternoon with Ana Quispe, his transport councillor, in tow. There the two Tyroleans were closeted with Luis Pina at Palazzo Verdi until well after dark.", "2025-10-01");
    assert.deepEqual(of(f), [["held", "2025-09-30", "person:ana-quispe,person:jorge-vidal,person:luis-pina"]]);
  });
  it("'X had been due in L on Wednesday to meet Y, but Y's office said the meeting had been moved to 21 October': planned anew, there", () => {
    const f = extract("INNSBRUCK - Jorge Vidal had been due in Trento on Wednesday to meet Trentino's president, Ana Quispe, but Quispe's office said the meeting had been moved to 21 October.", "2025-10-01");
    assert.deepEqual(of(f), [["planned", "2025-10-21", "person:ana-quispe,person:jorge-vidal"]]);
    assert.deepEqual(place(f), ["place:trento"]);
  });
  it("'In it, Z invites Y to L on 5 September 2026. Y said he would \"of course\" attend.': planned; not one of several invited", () => {
    const f = extract('INNSBRUCK - Jorge Vidal met Ana Quispe on Tuesday. In it, Chancellor Luis Pina invites Quispe to Vienna on 5 September 2026 for an anniversary. Quispe said he would "of course" attend.', "2025-10-01");
    assert.ok(of(f).some(([s, d, p]) => s === "planned" && d === "2026-09-05" && p === "person:ana-quispe,person:luis-pina"), JSON.stringify(of(f)));
  });
  it("'exchanged views in L' is talks held; 'The talks were joined by A and B', after a pair each set off with a post", () => {
    const f = extract("HEIHE - The river was on the agenda on Monday, when Jorge Vidal, governor of Heilongjiang, and Ana Quispe, governor of Russia's Amur region, exchanged views in Heihe on trade. The talks were joined by Luis Pina, mayor of Heihe, and Tomas Ondo, mayor of Blagoveshchensk.", "2025-04-23");
    assert.deepEqual(of(f), [["held", "2025-04-21", "person:ana-quispe,person:jorge-vidal,person:luis-pina,person:tomas-ondo"]]);
    assert.deepEqual(place(f), ["place:heihe"]);
  });
  it("'X's planned tour of the L area of the … Zone with Vice-Governor Y on Tuesday was canceled': cancelled, in L", () => {
    const f = extract("HEIHE - Jorge Vidal's planned tour of the Heihe area of the China (Heilongjiang) Pilot Free Trade Zone with Vice-Governor Ana Quispe on Tuesday was canceled.", "2025-04-23");
    assert.deepEqual(of(f), [["cancelled", "2025-04-22", "person:ana-quispe,person:jorge-vidal"]]);
    assert.deepEqual(place(f), ["place:heihe"]);
  });
  it("'brought X across the border Tuesday. She and Y met behind closed doors … at the V on L's downtown waterfront, a session that drew in A and B as well': four, in L, that Tuesday", () => {
    const f = extract("The sewage also brought Gov. Ana Quispe across the border Tuesday. She and Gov. Jorge Vidal met behind closed doors for more than an hour at the County Administration Center on San Diego's downtown waterfront, a session that drew in Secretary Luis Pina and Mayor Tomas Ondo as well.", "2025-05-15");
    assert.deepEqual(of(f), [["held", "2025-05-13", "person:ana-quispe,person:jorge-vidal,person:luis-pina,person:tomas-ondo"]]);
    assert.ok(place(f).includes("place:san-diego"), place(f).join());
  });
  it("'A walk on the L pier that A and B had lined up for Wednesday was put off until June': planned, in L", () => {
    const f = extract("SAN DIEGO - A walk on the Imperial Beach pier that Ana Quispe and Mayor Jorge Vidal had lined up for Wednesday was put off until June.", "2025-05-15");
    assert.deepEqual(of(f), [["planned", "2025-06", "person:ana-quispe,person:jorge-vidal"]]);
    assert.deepEqual(place(f), ["place:imperial-beach"]);
  });
  it("'X came through the tunnel for a working lunch with Y at V in L's neighbourhood. Z made it a party of three.'; 'when A and B toured the L auto show together'", () => {
    const f = extract("WINDSOR - The bugs were out Tuesday when Gov. Ana Quispe came through the tunnel for a working lunch with Premier Jorge Vidal at Willistead Manor in Windsor's Walkerville neighbourhood. Mayor Luis Pina made it a party of three. The invitation dates back to January, when Vidal and Quispe toured the Detroit auto show together.", "2025-06-19");
    assertMeetings(of(f), [["held", "2025-06-17", "person:ana-quispe,person:jorge-vidal,person:luis-pina"], ["held", "2025-01", "person:ana-quispe,person:jorge-vidal"]]);
    assert.ok(place(f).includes("place:windsor") && place(f).includes("place:detroit"), place(f).join());
  });
  it("'X was also due to tour the plant with Y on Wednesday, but the tour was scrubbed': cancelled", () => {
    const f = extract("WINDSOR - Gov. Ana Quispe was also due to tour the Windsor Assembly Plant with Minister Jorge Vidal on Wednesday, but the tour was scrubbed when she headed home early.", "2025-06-19");
    assert.deepEqual(of(f), [["cancelled", "2025-06-18", "person:ana-quispe,person:jorge-vidal"]]);
  });
  it("'X said this in L yesterday when he held bilateral talks with Y … A and B were part of the talks': four, there, that day; 'a virtual meeting' no meeting", () => {
    const f = extract("Mr Jorge Vidal said this in Ndola yesterday when he held bilateral talks with Governor Ana Quispe at the Provincial Administration offices. Mayor Luis Pina and Consul Tomas Ondo were part of the talks. On Monday, Ms Quispe held a virtual meeting with Minister Rosa Mamani.", "2025-10-16");
    assert.deepEqual(of(f), [["held", "2025-10-15", "person:ana-quispe,person:jorge-vidal,person:luis-pina,person:tomas-ondo"]]);
    assert.deepEqual(place(f), ["place:ndola"]);
    assert.ok(!relations(f, ["MET_WITH"]).some((r) => r.includes("rosa-mamani")), relations(f, ["MET_WITH"]).join("; "));
  });
  it("'X's tour of the L border post with Y, which had been scheduled for today, has been called off': cancelled, today, in L", () => {
    const f = extract("NDOLA - Mr Jorge Vidal's tour of the Kasumbalesa border post with Commissioner General Ana Quispe, which had been scheduled for today, has been called off because of the heat.", "2025-10-16");
    assert.deepEqual(of(f), [["cancelled", "2025-10-16", "person:ana-quispe,person:jorge-vidal"]]);
    assert.deepEqual(place(f), ["place:kasumbalesa"]);
  });
  it("'came up Tuesday in L, where A and B talked shop …, with C alongside A'; 'X's planned stop in L on Wednesday, a walk … with Y, has been pushed back to April'", () => {
    const f = extract("SEATTLE - The orcas also came up Tuesday in Olympia, where Premier Jorge Vidal and Gov. Ana Quispe talked shop for most of the afternoon in the governor's conference room, with Minister Luis Pina alongside Vidal. Vidal's planned stop in Seattle on Wednesday, a walk along the new waterfront park with Mayor Tomas Ondo, has been pushed back to April.", "2025-03-20");
    assertMeetings(of(f), [["held", "2025-03-18", "person:ana-quispe,person:jorge-vidal,person:luis-pina"], ["planned", "2025-04", "person:jorge-vidal,person:tomas-ondo"]]);
  });
  it("'The outbreak topped the agenda of a working session in L City on Tuesday between A, chairman of …, and B, chairman of …. The session also saw the participation of C and D': held, four, in L", () => {
    const f = extract("HANOI - The outbreak topped the agenda of a working session in Lang Son City on Tuesday between Jorge Vidal, chairman of the Lang Son People's Committee, and Ana Quispe, chairman of the Guangxi Zhuang Autonomous Region. The session also saw the participation of Luis Pina, vice chairwoman of the Lang Son People's Committee, and Tomas Ondo, mayor of Guangxi's Chongzuo City.", "2025-02-20");
    assert.deepEqual(of(f), [["held", "2025-02-18", "person:ana-quispe,person:jorge-vidal,person:luis-pina,person:tomas-ondo"]]);
    assert.deepEqual(place(f), ["place:lang-son"]);
  });
  it("'X's field trip to the area in L with Y, originally set for Wednesday, has been postponed until further notice': planned, no day", () => {
    const f = extract("HANOI - Jorge Vidal's field trip to the culling area in Cao Loc with Deputy Minister Ana Quispe, originally set for Wednesday, has been postponed until further notice.", "2025-02-20");
    assert.deepEqual(of(f).map(([s, , p]) => [s, p]), [["planned", "person:ana-quispe,person:jorge-vidal"]]);
    assert.ok(!/^2025-02/.test(of(f)[0][1]), of(f)[0][1]);
  });
});
