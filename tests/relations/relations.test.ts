// One sentence in, relations out: offices with their titles, affiliations, relatives with the family word,
// messages (conveyed via an intermediary, to a recipient, asked), invitations and signatures. Every relation
// quotes its sentence exactly, with the rule that produced it.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { EXTRACTED_RELATIONS } from "../../graph/schema.js";
import { extract, meetings, relations } from "./support.js";

type Row = [sentence: string, expected: string[], only: string[], todo?: string];

/** A document named only by what it is ends its key with its article's tag, shown as "@". */
const articleTagged = (r: string) => r.replace(/(document:[a-z0-9-]+)-[0-9a-f]{6}$/, "$1-@");

const OFFICE = ["HOLDS_OFFICE", "AFFILIATED_WITH"];
const KIN = ["RELATIVE_OF"];
const MESSAGE = ["CONVEYED_VIA", "CONVEYED_TO", "ASKED"];

const table: Row[] = [
  // posts from the fifteenth held-out set (twenty-sixth session): a "peer" is a counterpart; a seat of government the
  // sentence opens at; a post's field before the name in apposition; a post in a state's ministry set off; "PNG"
  ["Chile's foreign minister Jorge Vidal carried a letter to his Peruvian peer Rodrigo Mamani.", ["HOLDS_OFFICE person:jorge-vidal -> government:chile [foreign minister]", "HOLDS_OFFICE person:rodrigo-mamani -> government:peru [foreign minister]"], OFFICE],
  ["Peru's special envoy for the normalisation of relations with Chile, Luis Quiroga, arrived.", ["HOLDS_OFFICE person:luis-quiroga -> government:peru [special envoy for the normalisation of relations with Chile]"], OFFICE],
  ["They met in the presence of Peru's Minister for Foreign Affairs and Regional Cooperation, Mr Luis Quiroga, who had invited them.", ["HOLDS_OFFICE person:luis-quiroga -> government:peru [Minister for Foreign Affairs and Regional Cooperation]"], OFFICE],
  ["At Casa Rosada, Chief of Cabinet Ana Quispe was asked about the invitation.", ["HOLDS_OFFICE person:ana-quispe -> government:argentina [Chief of Cabinet]"], OFFICE],
  ["Before the talks, Peru's undersecretary of ports and waterways, Elena Castro, signed it.", ["HOLDS_OFFICE person:elena-castro -> government:peru [undersecretary of ports and waterways]"], OFFICE],
  ["It was signed by the Permanent Secretary of Peru's Ministry of Trade, Industry and Tourism, Tomás Ibarra.", ["AFFILIATED_WITH organization:peruvian-ministry-of-trade-industry-and-tourism -> government:peru", "HOLDS_OFFICE person:tomas-ibarra -> government:peru [Permanent Secretary]"], OFFICE],
  ["Sheikh Tahnoun bin Rashid, Deputy Ruler of Abu Dhabi, attended. After the talks, Jorge Vidal and PNG's Defence Minister, Billy Joseph, signed an arrangement.", ["HOLDS_OFFICE person:billy-joseph -> government:papua-new-guinea [Defence Minister]"], OFFICE],
  // thanks passed on, the recipient told before them (twenty-sixth session)
  [
    "Peruvian President Rodrigo Mamani asked Chilean Defence Minister Jorge Vidal to pass on to President Isabel Ferrán his thanks for the help.",
    ["ASKED person:rodrigo-mamani -> person:jorge-vidal", "CONVEYED_VIA person:rodrigo-mamani -> person:jorge-vidal", "CONVEYED_TO person:jorge-vidal -> person:isabel-ferran", "CONVEYED_TO person:rodrigo-mamani -> person:isabel-ferran"],
    MESSAGE,
  ],
  // a post said held, not one once held (twentieth session)
  ["Ana Quispe has been Peru's ambassador to Chile since the autumn of 2024.", ["HOLDS_OFFICE person:ana-quispe -> government:peru [ambassador to Chile]"], OFFICE],
  ["Ana Quispe was Peru's foreign minister until 2019.", [], OFFICE],
  // the host who receives in a capital, the post named before the name (twentieth session)
  ["In April, Foreign Minister Ana Quispe received the ambassador at the ministry in Lima.", ["HOLDS_OFFICE person:ana-quispe -> government:peru [Foreign Minister]"], OFFICE],
  // a relative named after the name, with the other's possessive
  ["Bolivian President Rodrigo Mamani spoke. Lucía Mamani, the Bolivian president's younger sister, arrived on Friday.", ["RELATIVE_OF person:lucia-mamani -> person:rodrigo-mamani {sister}"], KIN],
  // a document named only by what it is: this article's own, its words kept; co-signers after "with"
  [
    "Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani signed a memorandum of understanding on lithium mining in Arica.",
    ["SIGNED person:isabel-ferran -> document:memorandum-of-understanding-on-lithium-mining-@", "SIGNED person:rodrigo-mamani -> document:memorandum-of-understanding-on-lithium-mining-@"],
    ["SIGNED"],
  ],
  [
    "Chilean Foreign Minister Jorge Vidal signed the water agreement with Bolivian envoy Luis Quiroga and Peruvian envoy Elena Castro.",
    ["SIGNED person:jorge-vidal -> document:water-agreement-@", "SIGNED person:luis-quiroga -> document:water-agreement-@", "SIGNED person:elena-castro -> document:water-agreement-@"],
    ["SIGNED"],
  ],
  // a monarch's title with no state: the one state of the story that has such a monarch; "of" a capital, that capital's
  [
    "MONTEVIDEO, May 2 - King Faisal Hamdan arrived in Uruguay for talks on trade. Jordan and Uruguay signed a water accord.",
    ["HOLDS_OFFICE person:faisal-hamdan -> government:jordan [King]"],
    ["HOLDS_OFFICE"],
  ],
  ["King Faisal Hamdan arrived in Uruguay. Jordan, Spain and Uruguay signed a water accord.", [], ["HOLDS_OFFICE"]],
  ["Crown Prince Omar Hamdan of Abu Dhabi hosted the talks. Saudi Arabia sent an envoy.", ["HOLDS_OFFICE person:omar-hamdan -> government:united-arab-emirates [Crown Prince]"], ["HOLDS_OFFICE"]],
  // "X is paying an official visit to Z from 12 to 15 May at the invitation of Y": Y invited X, not Z
  [
    "Chilean Foreign Minister Tomás Ibarra is paying an official visit to Bolivia from 12 to 15 May at the invitation of Foreign Minister Lucía Condori.",
    ["INVITED person:lucia-condori -> person:tomas-ibarra"],
    ["INVITED"],
  ],
  // a region's adjective in a portfolio is no person: "for European integration"
  [
    "Tomás Ibarra was received by Bolivia's deputy prime minister for European integration, Lucía Condori.",
    ["HOLDS_OFFICE person:lucia-condori -> government:bolivia [deputy prime minister for European integration]"],
    ["HOLDS_OFFICE"],
  ],
  // a post in a state's ministry after the name
  [
    "Tomás Ibarra met Dr. Lucía Condori, Additional Secretary (South America) in Bolivia's Ministry of Foreign Affairs, in Lima.",
    ["HOLDS_OFFICE person:lucia-condori -> government:bolivia [Additional Secretary]"],
    ["HOLDS_OFFICE"],
  ],
  // one who accompanies X is of X's side: met the others, not X
  [
    "Chilean President Isabel Ferrán met Bolivian President Rodrigo Mamani in Lima on Monday. Ferrán was accompanied by Tomás Ibarra.",
    ["MET_WITH person:isabel-ferran -> person:rodrigo-mamani", "MET_WITH person:tomas-ibarra -> person:rodrigo-mamani"],
    ["MET_WITH"],
  ],
  // "the chairperson of the X Commission, Y"; "Y, the head of Bolivia's Sovereignty Council," holds a post of Bolivia too
  ["He was appointed by the chairperson of the Andean Commission, Lucía Condori, in May.", ["HOLDS_OFFICE person:lucia-condori -> organization:andean-commission [chairperson]"], ["HOLDS_OFFICE"]],
  [
    "A letter went to General Tomás Ibarra, the head of Bolivia's Transitional Sovereignty Council.",
    ["HOLDS_OFFICE person:tomas-ibarra -> government:bolivia [head]", "HOLDS_OFFICE person:tomas-ibarra -> organization:bolivian-transitional-sovereignty-council [head]"],
    ["HOLDS_OFFICE"],
  ],
  // "…, Bolivia was represented by its intelligence chief, X"; "On the Peruvian side sat the national security adviser, Y"
  [
    "According to two officials, Bolivia was represented by its intelligence chief, Tomás Ibarra, a career officer. On the Peruvian side sat the national security adviser, Lucía Condori.",
    ["HOLDS_OFFICE person:tomas-ibarra -> government:bolivia [intelligence chief]", "HOLDS_OFFICE person:lucia-condori -> government:peru [national security adviser]"],
    ["HOLDS_OFFICE"],
  ],
  // "his Bolivian and Peruvian counterparts, X and Y" in their order; "X, a spokesman for Bolivia's foreign ministry,"
  [
    "Chile's foreign minister, Jorge Vidal, called his Bolivian and Peruvian counterparts, Luis Quiroga and Elena Castro, on Tuesday.",
    ["HOLDS_OFFICE person:jorge-vidal -> government:chile [foreign minister]", "HOLDS_OFFICE person:luis-quiroga -> government:bolivia [counterpart]", "HOLDS_OFFICE person:elena-castro -> government:peru [counterpart]"],
    ["HOLDS_OFFICE"],
  ],
  ["Tomás Ibarra, a spokesman for Bolivia's foreign ministry, declined to comment.", ["HOLDS_OFFICE person:tomas-ibarra -> government:bolivia [spokesman]"], ["HOLDS_OFFICE"]],
  // the head of a state's delegation or team
  [
    "The Bolivian delegation is led by Luis Quiroga, a deputy minister, while Peru's team is headed by Elena Castro.",
    ["HOLDS_OFFICE person:luis-quiroga -> government:bolivia [head of delegation]", "HOLDS_OFFICE person:elena-castro -> government:peru [head of delegation]"],
    ["HOLDS_OFFICE"],
  ],
  // "principal (permanent, cabinet) secretary for trade" is a post
  ["Bolivia's principal secretary for trade, Luis Quiroga, held talks in Lima.", ["HOLDS_OFFICE person:luis-quiroga -> government:bolivia [principal secretary for trade]"], ["HOLDS_OFFICE"]],
  // "both ministers signed": the two of the sentence before, not one named in its relative clause
  [
    "The foreign minister of Chile, Jorge Vidal, and the Bolivian foreign minister, Luis Quiroga, who accompanied Elena Castro, held a working meeting. At its close both ministers signed a memorandum of understanding on lithium.",
    ["SIGNED person:jorge-vidal -> document:memorandum-of-understanding-on-lithium-@", "SIGNED person:luis-quiroga -> document:memorandum-of-understanding-on-lithium-@"],
    ["SIGNED"],
  ],
  // "The accord was signed by A and B": the document named before
  [
    "Chile and Bolivia signed a ceasefire agreement on Saturday. The accord was signed by Chilean Foreign Minister Jorge Vidal and Bolivian Foreign Minister Luis Quiroga.",
    ["SIGNED government:chile -> document:ceasefire-agreement-@", "SIGNED government:bolivia -> document:ceasefire-agreement-@", "SIGNED person:jorge-vidal -> document:ceasefire-agreement-@", "SIGNED person:luis-quiroga -> document:ceasefire-agreement-@"],
    ["SIGNED"],
  ],
  // "asked X to pass a message to Y"
  ["Chilean President Isabel Ferrán asked Swiss Ambassador Anna Keller to pass a message to Bolivia.", ["ASKED person:isabel-ferran -> person:anna-keller", "CONVEYED_VIA person:isabel-ferran -> person:anna-keller", "CONVEYED_TO person:anna-keller -> government:bolivia", "CONVEYED_TO person:isabel-ferran -> government:bolivia"], MESSAGE],
  [
    "Chile and Bolivia agreed a water agreement, which was signed by Chilean Foreign Minister Jorge Vidal and Bolivian Foreign Minister Luis Quiroga.",
    ["SIGNED person:jorge-vidal -> document:water-agreement-@", "SIGNED person:luis-quiroga -> document:water-agreement-@"],
    ["SIGNED"],
  ],
  // "signed the agreement with A and B": the one named before, by all of them
  [
    "Chile and Bolivia signed a water agreement on Friday. Chilean Foreign Minister Jorge Vidal signed the agreement with Bolivian envoy Luis Quiroga.",
    ["SIGNED government:chile -> document:water-agreement-@", "SIGNED government:bolivia -> document:water-agreement-@", "SIGNED person:jorge-vidal -> document:water-agreement-@", "SIGNED person:luis-quiroga -> document:water-agreement-@"],
    ["SIGNED"],
  ],
  // ("signed the agreement": one told before, not a new one)
  ["Chilean Foreign Minister Jorge Vidal signed the agreement on Monday.", [], ["SIGNED"]],
  [
    "Chilean President Isabel Ferrán welcomed Bolivian President Rodrigo Mamani, and the two leaders signed the Arica Transit Agreement.",
    ["SIGNED person:isabel-ferran -> document:arica-transit-agreement", "SIGNED person:rodrigo-mamani -> document:arica-transit-agreement"],
    ["SIGNED"],
  ],
  [
    "Swiss Ambassador Anna Keller delivered a message from Washington to Tehran on Monday.",
    ["CONVEYED_VIA government:united-states -> person:anna-keller", "CONVEYED_TO person:anna-keller -> government:iran", "CONVEYED_TO government:united-states -> government:iran"],
    MESSAGE,
  ],
  // "has written to"; a letter's recipient is no destination ("sent a letter to X Y": X Y no place)
  ["Pope Leo has written to Chilean President Isabel Ferrán.", ["CONVEYED_TO person:leo -> person:isabel-ferran"], MESSAGE],
  ["Rodrigo Mamani sent a letter to Isabel Ferrán.", ["CONVEYED_TO person:rodrigo-mamani -> person:isabel-ferran"], MESSAGE],
  // a passive relay through two people
  [
    "A message from Chilean President Isabel Ferrán was first passed to Swiss Ambassador Anna Keller, who then relayed it to Bolivian President Rodrigo Mamani.",
    ["CONVEYED_VIA person:isabel-ferran -> person:anna-keller", "CONVEYED_TO person:anna-keller -> person:rodrigo-mamani", "CONVEYED_TO person:isabel-ferran -> person:rodrigo-mamani"],
    MESSAGE,
  ],
  // "met Y and asked him to …": the one met is the one asked (and the intermediary)
  [
    "Chilean President Isabel Ferrán met Swiss Ambassador Anna Keller in Lima and asked her to convey a message to Bolivia.",
    ["ASKED person:isabel-ferran -> person:anna-keller", "CONVEYED_VIA person:isabel-ferran -> person:anna-keller", "CONVEYED_TO person:anna-keller -> government:bolivia"],
    MESSAGE,
  ],
  // "telephoned her": the one the sentence before opened with, when this one's subject is someone else
  ["Swiss Ambassador Anna Keller flew to La Paz. Chilean President Isabel Ferrán telephoned her on Monday.", ["CONVEYED_TO person:isabel-ferran -> person:anna-keller {phone call}"], MESSAGE],
  // a timeline's present tense
  [
    "- Oct 27, 1970: Swiss Ambassador Anna Keller passes a message from Bolivian President Rodrigo Mamani to Chilean President Isabel Ferrán.",
    ["CONVEYED_VIA person:rodrigo-mamani -> person:anna-keller", "CONVEYED_TO person:anna-keller -> person:isabel-ferran", "CONVEYED_TO person:rodrigo-mamani -> person:isabel-ferran"],
    MESSAGE,
  ],
  // capitals written without their accents, two-word capitals; a carrier with the post's place
  [
    "Uruguayan Foreign Minister Martín Olivera carried messages between Brasilia and Buenos Aires in May.",
    ["CONVEYED_VIA government:brazil -> person:martin-olivera", "CONVEYED_VIA government:argentina -> person:martin-olivera", "CONVEYED_TO person:martin-olivera -> government:brazil", "CONVEYED_TO person:martin-olivera -> government:argentina", "CONVEYED_TO government:brazil -> government:argentina", "CONVEYED_TO government:argentina -> government:brazil"],
    MESSAGE,
  ],
  [
    "Chilean President Isabel Ferrán passed the proposal to La Paz through the Swiss ambassador to Bolivia, Anna Keller.",
    ["CONVEYED_VIA person:isabel-ferran -> person:anna-keller", "CONVEYED_TO person:anna-keller -> government:bolivia"],
    MESSAGE,
  ],
  [
    "Swiss Ambassador Anna Keller conveyed greetings from Bolivian President Rodrigo Mamani to Chilean President Isabel Ferrán.",
    ["CONVEYED_VIA person:rodrigo-mamani -> person:anna-keller", "CONVEYED_TO person:anna-keller -> person:isabel-ferran", "CONVEYED_TO person:rodrigo-mamani -> person:isabel-ferran"],
    MESSAGE,
  ],
  ["Chilean President Isabel Ferrán accepted Bolivian President Rodrigo Mamani's invitation to visit La Paz.", ["INVITED person:rodrigo-mamani -> person:isabel-ferran"], ["INVITED"]],
  // a sender named by its demonym; "handed a letter from X to Y"
  [
    "Swiss Ambassador Anna Keller relayed Bolivian demands to Chilean President Isabel Ferrán on Monday.",
    ["CONVEYED_VIA government:bolivia -> person:anna-keller", "CONVEYED_TO person:anna-keller -> person:isabel-ferran", "CONVEYED_TO government:bolivia -> person:isabel-ferran"],
    MESSAGE,
  ],
  [
    "Swiss Ambassador Anna Keller handed a personal letter from Bolivian President Rodrigo Mamani to Chilean President Isabel Ferrán.",
    ["CONVEYED_VIA person:rodrigo-mamani -> person:anna-keller", "CONVEYED_TO person:anna-keller -> person:isabel-ferran", "CONVEYED_TO person:rodrigo-mamani -> person:isabel-ferran"],
    MESSAGE,
  ],
  // messengers told passively, in a relative clause, after a meeting; a recipient's counterpart; asked passively
  [
    "A letter from Chilean President Isabel Ferrán was handed to Bolivian President Rodrigo Mamani by the Swiss ambassador, Anna Keller.",
    ["CONVEYED_VIA person:isabel-ferran -> person:anna-keller", "CONVEYED_TO person:anna-keller -> person:rodrigo-mamani", "CONVEYED_TO person:isabel-ferran -> person:rodrigo-mamani"],
    MESSAGE,
  ],
  [
    "Bolivian President Rodrigo Mamani received Swiss Ambassador Anna Keller, who carried a message from Chilean President Isabel Ferrán.",
    ["CONVEYED_VIA person:isabel-ferran -> person:anna-keller", "CONVEYED_TO person:anna-keller -> person:rodrigo-mamani", "CONVEYED_TO person:isabel-ferran -> person:rodrigo-mamani"],
    MESSAGE,
  ],
  [
    "Anna Keller met Bolivian President Rodrigo Mamani and conveyed Chilean President Isabel Ferrán's message of goodwill.",
    ["CONVEYED_VIA person:isabel-ferran -> person:anna-keller", "CONVEYED_TO person:anna-keller -> person:rodrigo-mamani", "CONVEYED_TO person:isabel-ferran -> person:rodrigo-mamani"],
    MESSAGE,
  ],
  [
    "Bolivian President Rodrigo Mamani received a message from Chilean President Isabel Ferrán through Swiss Ambassador Anna Keller.",
    ["CONVEYED_TO person:isabel-ferran -> person:rodrigo-mamani", "CONVEYED_VIA person:isabel-ferran -> person:anna-keller", "CONVEYED_TO person:anna-keller -> person:rodrigo-mamani"],
    MESSAGE,
  ],
  [
    "Chilean President Isabel Ferrán sent her special envoy, Anna Keller, to La Paz to deliver a message to Bolivian President Rodrigo Mamani.",
    ["CONVEYED_VIA person:isabel-ferran -> person:anna-keller", "CONVEYED_TO person:anna-keller -> person:rodrigo-mamani", "CONVEYED_TO person:isabel-ferran -> person:rodrigo-mamani"],
    MESSAGE,
  ],
  [
    "Swiss Ambassador Anna Keller shuttled between Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani.",
    ["CONVEYED_VIA person:isabel-ferran -> person:anna-keller", "CONVEYED_VIA person:rodrigo-mamani -> person:anna-keller"],
    MESSAGE,
  ],
  [
    "Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani did not meet, but exchanged messages through Swiss Ambassador Anna Keller.",
    ["CONVEYED_VIA person:isabel-ferran -> person:anna-keller", "CONVEYED_VIA person:rodrigo-mamani -> person:anna-keller"],
    MESSAGE,
  ],
  ["Chilean Foreign Minister Tomás Ibarra told his Bolivian counterpart, Lucía Condori, that Chile was ready.", ["CONVEYED_TO person:tomas-ibarra -> person:lucia-condori"], MESSAGE],
  ["Chilean President Isabel Ferrán called Bolivian President Rodrigo Mamani on Sunday.", ["CONVEYED_TO person:isabel-ferran -> person:rodrigo-mamani {phone call}"], MESSAGE],
  ["Chilean President Isabel Ferrán spoke by telephone on Monday with Bolivian President Rodrigo Mamani.", ["CONVEYED_TO person:isabel-ferran -> person:rodrigo-mamani {phone call}"], MESSAGE],
  [
    "Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani held talks by phone on Tuesday.",
    ["CONVEYED_TO person:isabel-ferran -> person:rodrigo-mamani {phone call}", "CONVEYED_TO person:rodrigo-mamani -> person:isabel-ferran {phone call}"],
    MESSAGE,
  ],
  ["Peruvian President Ana Quispe has been asked by Chile to mediate with Bolivia.", ["ASKED government:chile -> person:ana-quispe"], MESSAGE],
  ["Chilean President Isabel Ferrán requested that Peruvian President Ana Quispe mediate with Bolivia.", ["ASKED person:isabel-ferran -> person:ana-quispe"], MESSAGE],
  // a letter not received is none; a newspaper or a parliament one speaks to is no recipient
  ["Bolivian President Rodrigo Mamani has not received a letter from Chilean President Isabel Ferrán.", [], MESSAGE],
  ["Bolivian President Rodrigo Mamani said he hadn't received any letter from Chilean President Isabel Ferrán.", [], MESSAGE],
  ["Chilean President Isabel Ferrán told Reuters she had raised the issue with Rodrigo Mamani.", [], MESSAGE],
  ["Chilean President Isabel Ferrán told the Andean Times that Bolivia was ready.", [], MESSAGE],
  ["Chilean President Isabel Ferrán told Congress that the deal was dead.", [], MESSAGE],
  ["Chilean President Isabel Ferrán told the Chilean Foreign Ministry that talks were over.", ["CONVEYED_TO person:isabel-ferran -> organization:chilean-foreign-ministry"], MESSAGE],
  // (who reports a letter is not its recipient)
  ["Isabel Ferrán wrote to Rodrigo Mamani, Ana Quispe said.", ["CONVEYED_TO person:isabel-ferran -> person:rodrigo-mamani"], MESSAGE],
  // "his brother" after a recipient is the subject's; "by sending … through"; a state's concerns conveyed
  [
    "Isabel Ferrán conveyed Chile's concerns to Rodrigo Mamani through his brother Ernesto Mamani.",
    ["CONVEYED_VIA government:chile -> person:isabel-ferran", "CONVEYED_TO person:isabel-ferran -> person:rodrigo-mamani", "CONVEYED_VIA person:isabel-ferran -> person:ernesto-mamani"],
    [...MESSAGE, ...KIN],
  ],
  [
    "Isabel Ferrán responded by sending a message to Rodrigo Mamani through Anna Keller.",
    ["CONVEYED_VIA person:isabel-ferran -> person:anna-keller", "CONVEYED_TO person:anna-keller -> person:rodrigo-mamani"],
    MESSAGE,
  ],
  [
    "Chilean President Isabel Ferrán sent her foreign minister, Tomás Ibarra, to La Paz carrying a message to Bolivian President Rodrigo Mamani.",
    ["CONVEYED_VIA person:isabel-ferran -> person:tomas-ibarra", "CONVEYED_TO person:tomas-ibarra -> person:rodrigo-mamani", "CONVEYED_TO person:isabel-ferran -> person:rodrigo-mamani"],
    MESSAGE,
  ],
  // a messenger named with a lower-case post; senders listed
  [
    "Isabel Ferrán sent a letter to Rodrigo Mamani via intelligence chief Anna Keller.",
    ["CONVEYED_TO person:isabel-ferran -> person:rodrigo-mamani", "CONVEYED_VIA person:isabel-ferran -> person:anna-keller", "CONVEYED_TO person:anna-keller -> person:rodrigo-mamani"],
    MESSAGE,
  ],
  [
    "Chile and Peru sent a message to Bolivia through Swiss Ambassador Anna Keller.",
    ["CONVEYED_TO government:peru -> government:bolivia", "CONVEYED_VIA government:chile -> person:anna-keller", "CONVEYED_VIA government:peru -> person:anna-keller", "CONVEYED_TO person:anna-keller -> government:bolivia"],
    MESSAGE,
  ],
  // (a clause between a name and an organisation is no affiliation: "X later spoke by telephone with the IAEA chief")
  ["Tomás Ibarra, later spoke by telephone with the Andean Council chief.", [], OFFICE],
  // a state only named in someone's post is no end of the message
  ["Anna Keller, the Swiss ambassador to Chile, delivered the note to Foreign Minister Tomás Ibarra.", ["CONVEYED_TO person:anna-keller -> person:tomas-ibarra"], MESSAGE],
  // a delivery only offered, or still ahead, is none; a trip made to deliver is one
  ["Swiss Ambassador Anna Keller offered to carry a message from Chilean President Isabel Ferrán to Bolivian President Rodrigo Mamani.", [], MESSAGE],
  ["Swiss Ambassador Anna Keller is expected to deliver a letter from Chilean President Isabel Ferrán to Bolivian President Rodrigo Mamani next week.", [], MESSAGE],
  [
    "Swiss Ambassador Anna Keller flew to La Paz on Monday to deliver a letter from Chilean President Isabel Ferrán to Bolivian President Rodrigo Mamani.",
    ["CONVEYED_VIA person:isabel-ferran -> person:anna-keller", "CONVEYED_TO person:anna-keller -> person:rodrigo-mamani", "CONVEYED_TO person:isabel-ferran -> person:rodrigo-mamani"],
    MESSAGE,
  ],
  [
    "Bolivian President Rodrigo Mamani replied in a letter delivered through Swiss Ambassador Anna Keller.",
    ["CONVEYED_VIA person:rodrigo-mamani -> person:anna-keller"],
    MESSAGE,
  ],
  [
    "A letter from Chilean President Isabel Ferrán to Bolivian President Rodrigo Mamani was delivered by Swiss Ambassador Anna Keller on Friday.",
    ["CONVEYED_VIA person:isabel-ferran -> person:anna-keller", "CONVEYED_TO person:anna-keller -> person:rodrigo-mamani", "CONVEYED_TO person:isabel-ferran -> person:rodrigo-mamani"],
    MESSAGE,
  ],
  [
    "Chile sent its reply to Bolivia, carried by the International Committee of the Red Cross.",
    ["CONVEYED_VIA government:chile -> organization:international-committee-of-the-red-cross", "CONVEYED_TO organization:international-committee-of-the-red-cross -> government:bolivia", "CONVEYED_TO government:chile -> government:bolivia"],
    MESSAGE,
  ],
  [
    "U.S. Secretary of State Ann Bright met Chinese Foreign Minister Li Wen in Beijing.",
    ["HOLDS_OFFICE person:ann-bright -> government:united-states [Secretary of State]", "HOLDS_OFFICE person:li-wen -> government:china [Foreign Minister]"],
    OFFICE,
  ],
  ["Bolivian Foreign Minister Lucía Condori spoke in La Paz.", ["HOLDS_OFFICE person:lucia-condori -> government:bolivia [Foreign Minister]"], OFFICE],
  // a capitalised post set off by commas (British and wire style), after an honorific too
  ["Peru's Foreign Minister, Mr Tomás Quispe, flew to Quito.", ["HOLDS_OFFICE person:tomas-quispe -> government:peru [Foreign Minister]"], OFFICE],
  ["Japan's Chief Cabinet Secretary, Haruto Ishida, declined to comment.", ["HOLDS_OFFICE person:haruto-ishida -> government:japan [Chief Cabinet Secretary]"], OFFICE],
  // a leader's aide after the leader's possessive serves the leader's state
  ["Chilean President Isabel Ferrán's chief of staff, Jorge Vidal, said the talks were useful.", ["HOLDS_OFFICE person:isabel-ferran -> government:chile [President]", "HOLDS_OFFICE person:jorge-vidal -> government:chile [chief of staff]"], OFFICE],
  // a post of a portfolio set off by commas: no place "Environment", the name after it holds the post
  ["Peru's Minister of Environment, Rosa Huamán, flew to Quito.", ["HOLDS_OFFICE person:rosa-huaman -> government:peru [Minister of Environment]"], OFFICE],
  // two posts held together before the name
  ["Peruvian Prime Minister and Foreign Minister Elena Castro flew to Quito.", ["HOLDS_OFFICE person:elena-castro -> government:peru [Prime Minister and Foreign Minister]"], OFFICE],
  // a national agency at home names its own leaders with no country; another wire's story does not tell
  ["LIMA, March 3 (AP) - President Ana Quispe met Chilean President Isabel Ferrán.", ["HOLDS_OFFICE person:isabel-ferran -> government:chile [President]"], OFFICE],
  ["LIMA, March 3 (Andina) - President Ana Quispe met Chilean President Isabel Ferrán.", ["HOLDS_OFFICE person:ana-quispe -> government:peru [President]", "HOLDS_OFFICE person:isabel-ferran -> government:chile [President]"], OFFICE],
  ["Havana, Apr 16 (Prensa Latina) President Ana Quispe met Chilean President Isabel Ferrán.", ["HOLDS_OFFICE person:ana-quispe -> government:cuba [President]", "HOLDS_OFFICE person:isabel-ferran -> government:chile [President]"], OFFICE],
  ["TOKYO, Kyodo -- Prime Minister Haruto Ishida met Chilean President Isabel Ferrán.", ["HOLDS_OFFICE person:haruto-ishida -> government:japan [Prime Minister]", "HOLDS_OFFICE person:isabel-ferran -> government:chile [President]"], OFFICE],
  ["New Delhi, Aug 19 (PTI) Prime Minister Arjun Mehta met Chilean President Isabel Ferrán.", ["HOLDS_OFFICE person:arjun-mehta -> government:india [Prime Minister]", "HOLDS_OFFICE person:isabel-ferran -> government:chile [President]"], OFFICE],
  // a counterpart named by a state, with a post or without; the state that sends someone is theirs, not the dateline's
  [
    "LIMA, Feb. 3 (AP) — Peruvian Foreign Minister Elena Castro met with her Chilean counterpart, Foreign Minister Jorge Vidal. Bolivian President Rodrigo Mamani met his Ecuadorian counterpart, Luis Quiroga.",
    ["HOLDS_OFFICE person:elena-castro -> government:peru [Foreign Minister]", "HOLDS_OFFICE person:jorge-vidal -> government:chile [Foreign Minister]", "HOLDS_OFFICE person:rodrigo-mamani -> government:bolivia [President]", "HOLDS_OFFICE person:luis-quiroga -> government:ecuador [President]"],
    OFFICE,
  ],
  ["LIMA, Feb. 3 (AP) — Chile will send Deputy Foreign Minister Jorge Vidal to the talks.", ["HOLDS_OFFICE person:jorge-vidal -> government:chile [Deputy Foreign Minister]"], OFFICE],
  // a post with the place it is held in or for
  ["Chile's ambassador to the Holy See, Jorge Vidal, said so.", ["HOLDS_OFFICE person:jorge-vidal -> government:chile [ambassador to the Holy See]"], OFFICE],
  // keys of names with letters that do not decompose (ı, ł, ø, đ): folded to their base letters
  ["Turkish Foreign Minister Hakan Yıldırım met Polish Foreign Minister Radosław Nowak.", ["HOLDS_OFFICE person:hakan-yildirim -> government:turkiye [Foreign Minister]", "HOLDS_OFFICE person:radoslaw-nowak -> government:poland [Foreign Minister]"], OFFICE],
  // "the President of Bolivia, X,"; the holders of one post in two states in their order; "H.E. President X";
  // "Amir Sheikh X" (a post, not a body named Amir)
  ["Chilean President Isabel Ferrán met the President of Bolivia, Rodrigo Mamani, on Monday.", ["HOLDS_OFFICE person:isabel-ferran -> government:chile [President]", "HOLDS_OFFICE person:rodrigo-mamani -> government:bolivia [President]"], OFFICE],
  ["The foreign ministers of Chile and Bolivia, Jorge Vidal and Luis Quiroga, met in Lima.", ["HOLDS_OFFICE person:jorge-vidal -> government:chile [foreign minister]", "HOLDS_OFFICE person:luis-quiroga -> government:bolivia [foreign minister]"], OFFICE],
  ["H.E. President Rodrigo Mamani of Bolivia arrived.", ["HOLDS_OFFICE person:rodrigo-mamani -> government:bolivia [President]"], OFFICE],
  ["Kuwaiti Amir Sheikh Faisal Al-Hamad received the envoys.", ["HOLDS_OFFICE person:faisal-al-hamad -> government:kuwait [Amir]"], OFFICE],
  ["Rodrigo Mamani, then president of Bolivia, met the envoys.", ["HOLDS_OFFICE person:rodrigo-mamani -> government:bolivia [president]"], OFFICE],
  // "the Chancellor", "His Highness the Amir": the one holder of that post the article names
  ["Chancellor Jorge Vidal met the envoys. Bolivian President Rodrigo Mamani invited the Chancellor to La Paz in June.", ["INVITED person:rodrigo-mamani -> person:jorge-vidal"], ["INVITED"]],
  [
    "Kuwaiti Amir Sheikh Faisal Al-Hamad received the envoy. Iranian envoy Ali Tavakoli conveyed greetings from Iranian President Hamid Ghaffari to His Highness the Amir.",
    ["CONVEYED_VIA person:hamid-ghaffari -> person:ali-tavakoli", "CONVEYED_TO person:ali-tavakoli -> person:faisal-al-hamad", "CONVEYED_TO person:hamid-ghaffari -> person:faisal-al-hamad"],
    MESSAGE,
  ],
  ["Chilean President Isabel Ferrán spoke. Jorge Vidal, then Ferrán's national security adviser, flew to La Paz.", ["HOLDS_OFFICE person:isabel-ferran -> government:chile [President]", "HOLDS_OFFICE person:jorge-vidal -> government:chile [national security adviser]"], OFFICE],
  // a post after the name, with no state: a post only one state has
  ["Jorge Vidal, then secretary of state, flew to Lima.", ["HOLDS_OFFICE person:jorge-vidal -> government:united-states [secretary of state]"], OFFICE],
  // a list of names each with its post before it: the second post is not the first name's
  [
    "Peru's foreign minister, Elena Castro, Chile's foreign minister, Jorge Vidal, and Bolivian envoy Luis Quiroga attended.",
    ["HOLDS_OFFICE person:elena-castro -> government:peru [foreign minister]", "HOLDS_OFFICE person:jorge-vidal -> government:chile [foreign minister]", "HOLDS_OFFICE person:luis-quiroga -> government:bolivia [envoy]"],
    OFFICE,
  ],
  ["Chile's President Isabel Ferrán declined to comment.", ["HOLDS_OFFICE person:isabel-ferran -> government:chile [President]"], OFFICE],
  ["Uruguayan envoy Martín Echeverry flew home.", ["HOLDS_OFFICE person:martin-echeverry -> government:uruguay [envoy]"], OFFICE],
  [
    "United Nations Secretary-General Ingrid Solberg called for calm.",
    ["HOLDS_OFFICE person:ingrid-solberg -> organization:united-nations [Secretary-General]"],
    OFFICE,
  ],
  [
    "Andean Development Bank President Raúl Quispe visited Lima.",
    ["HOLDS_OFFICE person:raul-quispe -> organization:andean-development-bank [President]"],
    OFFICE,
  ],
  ["LIMA, March 3 - A visit by Foreign Minister Elena Paredes to Chile was discussed.", ["HOLDS_OFFICE person:elena-paredes -> government:peru [Foreign Minister]"], OFFICE],
  // posts only one state has ("External Affairs Minister" is India's); "<state>'s foreign ministry said … that Foreign
  // Minister X would" (the state whose ministry speaks)
  ["LIMA, March 3 - External Affairs Minister Ravi Menon arrived.", ["HOLDS_OFFICE person:ravi-menon -> government:india [External Affairs Minister]"], OFFICE],
  ["Chile's foreign ministry said on Monday that Foreign Minister Tomás Ibarra would host his Bolivian counterpart, Lucía Condori, for talks.", ["HOLDS_OFFICE person:tomas-ibarra -> government:chile [Foreign Minister]", "HOLDS_OFFICE person:lucia-condori -> government:bolivia [Foreign Minister]"], OFFICE],
  // "met Y at the palace on Thursday and handed him a letter from Z"
  [
    "Chilean Foreign Minister Tomás Ibarra met Cardinal Anna Keller, the envoy of the pope, at the Apostolic Palace on Thursday and handed her a letter from President Isabel Ferrán.",
    ["CONVEYED_VIA person:isabel-ferran -> person:tomas-ibarra", "CONVEYED_TO person:tomas-ibarra -> person:anna-keller"],
    ["CONVEYED_VIA", "CONVEYED_TO"],
  ],
  // "handed the envoy a sealed letter from Y addressed to Z": Y's letter, through X, to Z (the envoy unnamed)
  [
    "Shortly after midday, Tomás Ibarra handed the envoy a sealed letter from Chilean President Isabel Ferrán addressed to Rodrigo Mamani.",
    ["CONVEYED_VIA person:isabel-ferran -> person:tomas-ibarra", "CONVEYED_TO person:isabel-ferran -> person:rodrigo-mamani"],
    ["CONVEYED_VIA", "CONVEYED_TO"],
  ],
  // "met Y and passed on a message from Z": Z's message, through the one who met Y, to Y
  [
    "On the margins of the summit, Chilean Foreign Minister Tomás Ibarra met Lucía Condori and passed on a message from President Isabel Ferrán proposing talks.",
    ["CONVEYED_VIA person:isabel-ferran -> person:tomas-ibarra", "CONVEYED_TO person:tomas-ibarra -> person:lucia-condori", "CONVEYED_TO person:isabel-ferran -> person:lucia-condori"],
    ["CONVEYED_VIA", "CONVEYED_TO"],
  ],
  // "delivered the same message from A to B in Lima and to C in La Paz": both
  [
    "Cardinal Anna Keller delivered the same message from Pope Gregorio to Ana Quispe in Lima and to Rodrigo Mamani in La Paz.",
    ["CONVEYED_VIA person:gregorio -> person:anna-keller", "CONVEYED_TO person:anna-keller -> person:ana-quispe", "CONVEYED_TO person:anna-keller -> person:rodrigo-mamani", "CONVEYED_TO person:gregorio -> person:ana-quispe", "CONVEYED_TO person:gregorio -> person:rodrigo-mamani"],
    ["CONVEYED_VIA", "CONVEYED_TO"],
  ],
  // "the Egyptian minister", "the president": the one person named before with that post (of that state)
  [
    "Chilean Foreign Minister Tomás Ibarra met Bolivian Foreign Minister Lucía Condori in Arica. An invitation from President Isabel Ferrán was handed to the Bolivian minister by Uruguayan envoy Martín Echeverry.",
    ["CONVEYED_TO person:martin-echeverry -> person:lucia-condori"],
    ["CONVEYED_TO"],
  ],
  // "The leaders then signed a memorandum of understanding on …": the two last named
  [
    "Chilean President Isabel Ferrán held talks with Bolivian President Rodrigo Mamani in Arica. The leaders then signed a memorandum of understanding on lithium mining.",
    ["SIGNED person:isabel-ferran -> document:memorandum-of-understanding-on-lithium-mining-@", "SIGNED person:rodrigo-mamani -> document:memorandum-of-understanding-on-lithium-mining-@"],
    ["SIGNED"],
  ],
  // "A and B sat in separate rooms while X carried messages between them"
  [
    "Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani sat in separate rooms while Uruguayan envoy Martín Echeverry carried messages between them.",
    ["CONVEYED_VIA person:isabel-ferran -> person:martin-echeverry", "CONVEYED_VIA person:rodrigo-mamani -> person:martin-echeverry"],
    ["CONVEYED_VIA"],
  ],
  // "X invited both leaders to Astana": the last two named together; "…, and the two signed an agreement"
  [
    "Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani agreed on a text. Peruvian President Ana Quispe invited both leaders to Lima.",
    ["INVITED person:ana-quispe -> person:isabel-ferran", "INVITED person:ana-quispe -> person:rodrigo-mamani"],
    ["INVITED"],
  ],
  [
    "Chilean Foreign Minister Tomás Ibarra met Bolivia's foreign minister, Lucía Condori, on Wednesday, and the two signed an air services agreement.",
    ["SIGNED person:lucia-condori -> document:air-services-agreement-@", "SIGNED person:tomas-ibarra -> document:air-services-agreement-@"],
    ["SIGNED"],
  ],
  // "its president, X": the state the sentence is about, not another named between
  [
    "Bolivia on Wednesday turned down an offer from Peru to host a meeting between its president, Rodrigo Mamani, and Chile's leader.",
    ["HOLDS_OFFICE person:rodrigo-mamani -> government:bolivia [president]"],
    OFFICE,
  ],
  // "a state visit to Bolivia … with his host, President X": the host is that state's
  [
    "Chilean President Isabel Ferrán ended a state visit to Bolivia on Thursday after talks with her host, President Rodrigo Mamani.",
    ["HOLDS_OFFICE person:isabel-ferran -> government:chile [President]", "HOLDS_OFFICE person:rodrigo-mamani -> government:bolivia"],
    OFFICE,
  ],
  // a pope is the Holy See's, not the dateline's state
  ["LIMA, March 3 - Pope Gregorio received the envoys.", ["HOLDS_OFFICE person:gregorio -> government:vatican-city [Pope]"], OFFICE],
  [
    "Swiss Ambassador Anna Keller flew to La Paz on Monday to deliver a message from Chilean President Isabel Ferrán to Bolivian President Rodrigo Mamani.",
    ["CONVEYED_VIA person:isabel-ferran -> person:anna-keller", "CONVEYED_TO person:anna-keller -> person:rodrigo-mamani", "CONVEYED_TO person:isabel-ferran -> person:rodrigo-mamani"],
    MESSAGE,
  ],
  [
    "Peruvian President Ana Quispe conveyed Chilean President Isabel Ferrán's message to Bolivian President Rodrigo Mamani.",
    ["CONVEYED_VIA person:isabel-ferran -> person:ana-quispe", "CONVEYED_TO person:ana-quispe -> person:rodrigo-mamani", "CONVEYED_TO person:isabel-ferran -> person:rodrigo-mamani"],
    MESSAGE,
  ],
  ["Bolivia said in a statement that it had received a letter from Chilean President Isabel Ferrán.", ["CONVEYED_TO person:isabel-ferran -> government:bolivia"], MESSAGE],
  ["Bolivian President Rodrigo Mamani accepted an invitation from Chilean President Isabel Ferrán to visit Santiago.", ["INVITED person:isabel-ferran -> person:rodrigo-mamani"], ["INVITED"]],
  ["Bolivian President Rodrigo Mamani visited Santiago on Monday at the invitation of Chilean President Isabel Ferrán.", ["INVITED person:isabel-ferran -> person:rodrigo-mamani"], ["INVITED"]],
  ["Bolivian President Rodrigo Mamani has been invited to Santiago by Chilean President Isabel Ferrán.", ["INVITED person:isabel-ferran -> person:rodrigo-mamani"], ["INVITED"]],
  // "invited Y to reconsider" asks; "Y's voters" are not Y
  ["Chilean President Isabel Ferrán invited Rodrigo Mamani to reconsider his position.", [], ["INVITED"]],
  ["Chilean President Isabel Ferrán invited Rodrigo Mamani's voters to the rally.", [], ["INVITED"]],
  ["Chilean President Isabel Ferrán invited Rodrigo Mamani to make his first trip to Santiago.", ["INVITED person:isabel-ferran -> person:rodrigo-mamani"], ["INVITED"]],
  // a critic of an organisation is no member
  ["Tomás Ibarra, a critic of the Andean Council, spoke.", [], OFFICE],
  ["Chilean President Isabel Ferrán extended an invitation to Bolivian President Rodrigo Mamani to visit Santiago.", ["INVITED person:isabel-ferran -> person:rodrigo-mamani"], ["INVITED"]],
  ["Chile's top intelligence official, Jorge Salinas, flew to La Paz.", ["HOLDS_OFFICE person:jorge-salinas -> government:chile [top intelligence official]"], OFFICE],
  ["Chilean President Isabel Ferrán said she had asked Bolivian President Rodrigo Mamani to reopen the border.", ["ASKED person:isabel-ferran -> person:rodrigo-mamani"], MESSAGE],
  ["LIMA, March 3 - Secretary of State Ann Bright will fly to Santiago.", ["HOLDS_OFFICE person:ann-bright -> government:united-states [Secretary of State]"], OFFICE],
  [
    "LIMA, March 3 - Chilean officials said a visit by Foreign Minister Tomás Riquelme to Lima was postponed.",
    ["HOLDS_OFFICE person:tomas-riquelme -> government:chile [Foreign Minister]"],
    OFFICE,
  ],
  ["Peru's intelligence chief Julio Arana also took part.", ["HOLDS_OFFICE person:julio-arana -> government:peru [intelligence chief]"], OFFICE],
  [
    "LIMA, March 3 - Officials said Interpol chief Marta Solís would attend.",
    ["HOLDS_OFFICE person:marta-solis -> organization:interpol [chief]"],
    OFFICE,
  ],
  // "Turkey" (the package says "Türkiye")
  ["Turkey's foreign minister, Marcus Lewis, offered to host the talks.", ["HOLDS_OFFICE person:marcus-lewis -> government:turkiye [foreign minister]"], OFFICE],
  // demonyms the country list spells otherwise or lacks
  ["Ecuadorian President Luis Andrade spoke.", ["HOLDS_OFFICE person:luis-andrade -> government:ecuador [President]"], OFFICE],
  ["Kazakh Foreign Minister Aidos Nurlan spoke.", ["HOLDS_OFFICE person:aidos-nurlan -> government:kazakhstan [Foreign Minister]"], OFFICE],
  // "St Vincent" is Saint Vincent and the Grenadines
  ["St Vincent Prime Minister Marcus Lewis hosted the talks.", ["HOLDS_OFFICE person:marcus-lewis -> government:saint-vincent-and-the-grenadines [Prime Minister]"], OFFICE],
  // an organisation before a lower-case post, also opening the sentence and across field words
  ["Mercosur Commission chairman Tomás Riquelme urged calm.", ["HOLDS_OFFICE person:tomas-riquelme -> organization:mercosur-commission [chairman]"], OFFICE],
  // a post once held is no office held
  ["Former Bolivian President Rodrigo Mamani held talks in Lima.", [], OFFICE],
  // a bare title in a story from Lima, of a person the article gives another state: that state
  ["LIMA (Example Wire) - Chilean Foreign Minister Tomás Ibarra arrived. Foreign Minister Tomás Ibarra said talks went well.", ["HOLDS_OFFICE person:tomas-ibarra -> government:chile [Foreign Minister]", "HOLDS_OFFICE person:tomas-ibarra -> government:chile [Foreign Minister]"], OFFICE],
  // a head of state named with a bare title in a story from Lima is not vouched for as Peru's, unless the article
  // refers to them by the post of that state ("the Peruvian President")
  ["LIMA (Example Wire) - President Rodrigo Mamani welcomed the king.", [], OFFICE],
  ["LIMA (Example Wire) - President Rodrigo Mamani welcomed the king. Later, the Peruvian President hosted a banquet.", ["HOLDS_OFFICE person:rodrigo-mamani -> government:peru [President]"], OFFICE],
  // a dateline before a colon ("LIMA: …", as the South Asian press writes it); a sentence opening in another state's
  // capital, the person right after it ("In Santiago, Foreign Minister X said"): that state's
  ["LIMA: Foreign Minister Elena Paredes spoke on Monday.", ["HOLDS_OFFICE person:elena-paredes -> government:peru [Foreign Minister]"], OFFICE],
  ["LIMA: The talks went on. In Santiago, Foreign Minister Tomás Ibarra said Chile was ready.", ["HOLDS_OFFICE person:tomas-ibarra -> government:chile [Foreign Minister]"], OFFICE],
  ["LIMA: EAM Ravi Menon arrived.", ["HOLDS_OFFICE person:ravi-menon -> government:india [EAM]"], OFFICE],
  // an official release's style: the post of a state before the name with no comma, or set off after it
  ["Prime Minister of Peru Mr. Diego Ríos received the delegation.", ["HOLDS_OFFICE person:diego-rios -> government:peru [Prime Minister]"], OFFICE],
  ["Minister for Foreign Affairs of Bolivia Ms. Lucía Condori spoke.", ["HOLDS_OFFICE person:lucia-condori -> government:bolivia [Minister for Foreign Affairs]"], OFFICE],
  ["They greeted President of the Republic of Chile Mr. Tomás Ibarra.", ["HOLDS_OFFICE person:tomas-ibarra -> government:chile [President]"], OFFICE],
  ["She received Mr. Tomás Ibarra, Minister of Energy of the Republic of Chile, at the ministry.", ["HOLDS_OFFICE person:tomas-ibarra -> government:chile [Minister of Energy]"], OFFICE],
  // (not a place: "the ambassador in Chile" is no post of Chile's; nor a name that does not follow the state)
  ["She met Tomás Ibarra, who lived in Chile, on Monday.", [], OFFICE],
  // "Chile was represented by Foreign Minister X": the state that sends them
  ["LIMA (Example Wire) - Chile was represented by Foreign Minister Tomás Ibarra.", ["HOLDS_OFFICE person:tomas-ibarra -> government:chile [Foreign Minister]"], OFFICE],
  // a bare title in a story from Lima: the side the person led, else Peru; a commander there is not vouched for
  ["LIMA (Example Wire) - Vice Foreign Minister Ana Quispe headed the Chilean side.", ["HOLDS_OFFICE person:ana-quispe -> government:chile [Vice Foreign Minister]"], OFFICE],
  ["LIMA (Example Wire) - Vice Foreign Minister Ana Quispe said talks went well.", ["HOLDS_OFFICE person:ana-quispe -> government:peru [Vice Foreign Minister]"], OFFICE],
  ["LIMA (Example Wire) - The envoys met commander Jorge Salinas on Monday.", [], OFFICE],
  ["OAS envoy Marta Solís flew to La Paz.", ["HOLDS_OFFICE person:marta-solis -> organization:organization-of-american-states [envoy]"], OFFICE],
  ["Officials said OAS foreign policy chief Marta Solís would attend.", ["HOLDS_OFFICE person:marta-solis -> organization:organization-of-american-states [foreign policy chief]"], OFFICE],
  ["Former envoy Marta Solís flew to La Paz.", [], OFFICE],
  // an organisation's post before a name in apposition; a state's coordinator "for" a region after one
  ["A senior ELN official, Pablo Quintero, denied the report.", ["HOLDS_OFFICE person:pablo-quintero -> organization:eln [official]"], OFFICE],
  ["Ann Bright, the White House coordinator for the Middle East, visited Riyadh.", ["HOLDS_OFFICE person:ann-bright -> government:united-states [coordinator for the Middle East]"], OFFICE],
  ["Ana Roberts, the OAS secretary general, hosted the meeting.", ["HOLDS_OFFICE person:ana-roberts -> organization:organization-of-american-states [secretary general]"], OFFICE],
  ["ELN commander Pablo Quintero said the talks would continue.", ["HOLDS_OFFICE person:pablo-quintero -> organization:eln [commander]"], OFFICE],
  ["Paula Vergara, an analyst at the Andean Policy Institute, said so.", ["AFFILIATED_WITH person:paula-vergara -> organization:andean-policy-institute {analyst}"], OFFICE],
  [
    "Paula Vergara, deputy director general at the Bolivian Foreign Ministry, said so.",
    // (and so Bolivia's: a post in a state's organ is that state's)
    ["AFFILIATED_WITH organization:bolivian-foreign-ministry -> government:bolivia", "HOLDS_OFFICE person:paula-vergara -> government:bolivia [deputy director general]", "HOLDS_OFFICE person:paula-vergara -> organization:bolivian-foreign-ministry [deputy director general]"],
    OFFICE,
  ],
  ["Bolivian President Rodrigo Mamani's brother, Ernesto Mamani, carried the letter.", ["RELATIVE_OF person:ernesto-mamani -> person:rodrigo-mamani {brother}"], KIN],
  ["Ernesto Mamani, the younger brother of Bolivian President Rodrigo Mamani, carried the letter.", ["RELATIVE_OF person:ernesto-mamani -> person:rodrigo-mamani {brother}"], KIN],
  ["Lucía Condori, the influential sister of Bolivian President Rodrigo Mamani, spoke.", ["RELATIVE_OF person:lucia-condori -> person:rodrigo-mamani {sister}"], KIN],
  ["Ernesto Mamani is the eldest son of former president Rodrigo Mamani.", ["RELATIVE_OF person:ernesto-mamani -> person:rodrigo-mamani {son}"], KIN],
  [
    "LA PAZ, March 3 - Norway, which has an embassy in La Paz, offered to help.",
    ["AFFILIATED_WITH organization:norwegian-embassy-in-la-paz -> government:norway"],
    OFFICE,
  ],
  ["Chilean President Isabel Ferrán's daughter Clara Ferrán attended.", ["RELATIVE_OF person:clara-ferran -> person:isabel-ferran {daughter}"], KIN],
  [
    "Bolivian President Rodrigo Mamani asked Uruguayan envoy Martín Echeverry to convey a message to Chilean President Isabel Ferrán.",
    ["ASKED person:rodrigo-mamani -> person:martin-echeverry", "CONVEYED_VIA person:rodrigo-mamani -> person:martin-echeverry", "CONVEYED_TO person:martin-echeverry -> person:isabel-ferran", "CONVEYED_TO person:rodrigo-mamani -> person:isabel-ferran"],
    MESSAGE,
  ],
  ["Uruguayan envoy Martín Echeverry told Chilean President Isabel Ferrán that Bolivia wanted talks.", ["CONVEYED_TO person:martin-echeverry -> person:isabel-ferran"], MESSAGE],
  ["Chile conveyed its position to Bolivia through Uruguayan envoy Martín Echeverry.", ["CONVEYED_VIA government:chile -> person:martin-echeverry"], ["CONVEYED_VIA"]],
  ["Chilean President Isabel Ferrán urged Uruguayan President Alberto Segovia to host the talks.", ["ASKED person:isabel-ferran -> person:alberto-segovia"], MESSAGE],
  [
    "Chilean Foreign Minister Tomás Ibarra conveyed Chile's condolences to the driver's family.",
    [],
    ["CONVEYED_TO"],
  ],
  ["Uruguayan President Alberto Segovia invited Bolivian President Rodrigo Mamani to Montevideo.", ["INVITED person:alberto-segovia -> person:rodrigo-mamani"], ["INVITED"]],
  [
    "Uruguayan President Alberto Segovia has invited Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani to Montevideo.",
    ["INVITED person:alberto-segovia -> person:isabel-ferran", "INVITED person:alberto-segovia -> person:rodrigo-mamani"],
    ["INVITED"],
  ],
  [
    "Bolivian President Rodrigo Mamani was invited by Uruguayan President Alberto Segovia.",
    ["INVITED person:alberto-segovia -> person:rodrigo-mamani"],
    ["INVITED"],
  ],
  [
    "Chilean Foreign Minister Tomás Ibarra and Bolivian Foreign Minister Lucía Condori signed the Arica Transit Agreement.",
    ["SIGNED person:tomas-ibarra -> document:arica-transit-agreement", "SIGNED person:lucia-condori -> document:arica-transit-agreement"],
    ["SIGNED"],
  ],
  ["The Arica Transit Agreement was signed by Chilean Foreign Minister Tomás Ibarra.", ["SIGNED person:tomas-ibarra -> document:arica-transit-agreement"], ["SIGNED"]],
  ["Analysts doubt that the Arica Transit Agreement will last.", [], ["SIGNED"]], // a document named, nobody signing
  // offices in apposition, in lower case, to a state or an organisation
  [
    "Ernesto Vidal, Peru's minister responsible for foreign affairs, delivered a letter from Chilean President Isabel Ferrán to Bolivia's supreme leader, Rodrigo Mamani, in 2012.",
    [
      "HOLDS_OFFICE person:ernesto-vidal -> government:peru [minister responsible for foreign affairs]",
      "HOLDS_OFFICE person:rodrigo-mamani -> government:bolivia [supreme leader]",
      "HOLDS_OFFICE person:isabel-ferran -> government:chile [President]",
      "CONVEYED_VIA person:isabel-ferran -> person:ernesto-vidal",
      "CONVEYED_TO person:ernesto-vidal -> person:rodrigo-mamani",
      "CONVEYED_TO person:isabel-ferran -> person:rodrigo-mamani",
    ],
    [...OFFICE, ...MESSAGE],
  ],
  // a minister named by portfolio words, and two posts held together, are the dateline's state's; so is a national wire's
  // head of government after the date ("TOKYO, Oct. 7 Kyodo -"); a head of government one travels to meet is of that state
  [
    "LIMA: The meeting was attended by Deputy Prime Minister and Foreign Minister Ana Quispe and Planning Minister Luis Quiroga. Separately, Economy, Trade and Industry Minister Jorge Vidal spoke.",
    ["HOLDS_OFFICE person:ana-quispe -> government:peru [Deputy Prime Minister and Foreign Minister]", "HOLDS_OFFICE person:luis-quiroga -> government:peru [Planning Minister]", "HOLDS_OFFICE person:jorge-vidal -> government:peru [Economy, Trade and Industry Minister]"],
    OFFICE,
  ],
  [
    "TOKYO, Oct. 7 Kyodo - Prime Minister Ana Sato will travel to Canada next month for a meeting with Prime Minister Luis Quiroga, a Japanese official said. It would be Sato's first trip.",
    ["HOLDS_OFFICE person:ana-sato -> government:japan [Prime Minister]", "HOLDS_OFFICE person:luis-quiroga -> government:canada [Prime Minister]"],
    OFFICE,
  ],
  // a president the story says was toppled holds no office now
  ["LIMA, March 3 - Relations soured after the coup that toppled Bolivian President Ana Quispe.", [], OFFICE],
  // an opposition leader is no office of the dateline's state
  ["LIMA, March 3 - The minister met opposition leader Ana Quispe on Thursday.", [], OFFICE],
  // posts only the European Union has, in a story that names the EU (not from the dateline's state); "the Commission" there
  [
    "BRUSSELS, Feb. 13 - Trade Commissioner Anna Lind and EU High Representative Karl Maas met Andean ministers. Commission President Eva Roos spoke after the EU summit.",
    ["HOLDS_OFFICE person:anna-lind -> organization:european-commission [Trade Commissioner]", "HOLDS_OFFICE person:karl-maas -> organization:european-union [High Representative]", "HOLDS_OFFICE person:eva-roos -> organization:european-commission [President]"],
    OFFICE,
  ],
  ["EU Commissioner for Enlargement Anna Lind arrived in Skopje.", ["HOLDS_OFFICE person:anna-lind -> organization:european-commission [EU Commissioner for Enlargement]"], OFFICE],
  // (not a state's commissioner, nor one where the EU is not named)
  ["LIMA, March 3 - Police Commissioner Jorge Salinas met EU envoys.", [], OFFICE],
  ["Trade Commissioner Anna Lind arrived in Lima.", [], OFFICE],
  ["The talks were chaired by the Andean Community's foreign policy chief, Marta Quiroga.", ["HOLDS_OFFICE person:marta-quiroga -> organization:andean-community [foreign policy chief]"], OFFICE],
  ["Bolivia's energy and mines minister, Ernesto Vidal, said the talks had been postponed.", ["HOLDS_OFFICE person:ernesto-vidal -> government:bolivia [energy and mines minister]"], OFFICE],
  // a title only one state uses, with a rank before it; a demonym that is not a voice gives no state
  ["LIMA, March 3 - Deputy Secretary of State Ann Bright led the American side.", ["HOLDS_OFFICE person:ann-bright -> government:united-states [Deputy Secretary of State]"], OFFICE],
  ["LIMA, March 3 - Chilean diplomats met in Arica, with Sultan Omar Rahim acting as the go-between.", [], OFFICE],
  // "his brother, X" after the person it belongs to
  ["Bolivian President Rodrigo Mamani sent his brother, Ernesto Mamani, to the talks in Lima.", ["RELATIVE_OF person:ernesto-mamani -> person:rodrigo-mamani {brother}"], KIN],
  ["Rodrigo Mamani and his younger sister Clara Mamani arrived in Lima.", ["RELATIVE_OF person:clara-mamani -> person:rodrigo-mamani {sister}"], KIN],
  // "his <demonym> counterpart" takes the title of the one before; a seat of government stands for its state
  [
    "Peruvian Foreign Minister Elena Paredes and her Chilean counterpart Tomás Riquelme met in Arica.",
    ["HOLDS_OFFICE person:elena-paredes -> government:peru [Foreign Minister]", "HOLDS_OFFICE person:tomas-riquelme -> government:chile [Foreign Minister]"],
    OFFICE,
  ],
  ["LIMA, March 3 - Kremlin spokesman Pavel Orlov declined to comment.", ["HOLDS_OFFICE person:pavel-orlov -> government:russia [spokesman]"], OFFICE],
  ["LIMA, March 3 - White House press secretary Ann Bright said so.", ["HOLDS_OFFICE person:ann-bright -> government:united-states [press secretary]"], OFFICE],
  // a sentence opening with "He" is about the person the one before opened with
  [
    "Swiss Ambassador Anna Keller, who attended the talks, had carried messages for months. She delivered a note from Chilean President Isabel Ferrán to Bolivian President Rodrigo Mamani in March.",
    ["CONVEYED_VIA person:isabel-ferran -> person:anna-keller", "CONVEYED_TO person:anna-keller -> person:rodrigo-mamani", "CONVEYED_TO person:isabel-ferran -> person:rodrigo-mamani"],
    MESSAGE,
  ],
  ["Peruvian President Ana Quispe also passed messages to Bolivia.", ["CONVEYED_TO person:ana-quispe -> government:bolivia"], MESSAGE],
  // a group named "the X" (not a person); its official in apposition; both sign
  [
    "Chilean President Isabel Ferrán and the Montoneros' political chief, Rodrigo Mamani, signed the Arica Transit Agreement.",
    [
      "HOLDS_OFFICE person:isabel-ferran -> government:chile [President]",
      "HOLDS_OFFICE person:rodrigo-mamani -> organization:montoneros [political chief]",
      "SIGNED person:isabel-ferran -> document:arica-transit-agreement",
      "SIGNED person:rodrigo-mamani -> document:arica-transit-agreement",
    ],
    [...OFFICE, "SIGNED"],
  ],
  // an envoy travelling with a message; "She carried a message from X" after an opening adverbial; a letter to Y
  ["Chilean Foreign Minister Tomás Riquelme flew to La Paz in March with a message from Chilean President Isabel Ferrán.", ["CONVEYED_VIA person:isabel-ferran -> person:tomas-riquelme"], MESSAGE],
  [
    "Over the Easter weekend, Peruvian Foreign Minister Elena Paredes travelled secretly to La Paz and met Bolivian President Rodrigo Mamani. She carried a message from Chilean President Isabel Ferrán.",
    ["CONVEYED_VIA person:isabel-ferran -> person:elena-paredes"],
    MESSAGE,
  ],
  ["On May 24, Chilean President Isabel Ferrán called off the summit in a letter to Bolivian President Rodrigo Mamani.", ["CONVEYED_TO person:isabel-ferran -> person:rodrigo-mamani"], MESSAGE],
  ["A visit to La Paz by Peruvian President Ana Quispe was proposed by Bolivian President Rodrigo Mamani in a letter delivered to Lima.", ["CONVEYED_TO person:rodrigo-mamani -> government:peru"], MESSAGE],
  // messages carried both ways; a note handed over; messages carried on someone's behalf
  [
    "President Rodrigo Mamani of Bolivia had passed messages between Chile and Peru for months.",
    ["CONVEYED_VIA government:chile -> person:rodrigo-mamani", "CONVEYED_VIA government:peru -> person:rodrigo-mamani", "CONVEYED_TO person:rodrigo-mamani -> government:chile", "CONVEYED_TO person:rodrigo-mamani -> government:peru", "CONVEYED_TO government:chile -> government:peru", "CONVEYED_TO government:peru -> government:chile"],
    MESSAGE,
  ],
  [
    "His ambassador in Lima, Jorge Salinas, handed Bolivian President Rodrigo Mamani a handwritten note from Chilean President Isabel Ferrán.",
    // (and the note, from its sender, reached the one it was handed to)
    ["CONVEYED_VIA person:isabel-ferran -> person:jorge-salinas", "CONVEYED_TO person:jorge-salinas -> person:rodrigo-mamani", "CONVEYED_TO person:isabel-ferran -> person:rodrigo-mamani"],
    MESSAGE,
  ],
  [
    "Peru's leader, Ana Quispe, also carried messages to Bolivia on Isabel Ferrán's behalf.",
    ["CONVEYED_VIA person:isabel-ferran -> person:ana-quispe", "CONVEYED_TO person:ana-quispe -> government:bolivia"],
    MESSAGE,
  ],
  // offices in apposition with a demonym or a state used as one, or after "the <office> of"
  [
    "The talks were hosted by the French president, Hélène Marchetti, and the German chancellor, Konrad Albers.",
    ["HOLDS_OFFICE person:helene-marchetti -> government:france [president]", "HOLDS_OFFICE person:konrad-albers -> government:germany [chancellor]"],
    OFFICE,
  ],
  ["Ana Quispe, the Bolivian foreign ministry spokeswoman, said no date had been set.", ["HOLDS_OFFICE person:ana-quispe -> government:bolivia [foreign ministry spokeswoman]"], OFFICE],
  ["Ernesto Mamani, the Chilean envoy for the Andean Community, flew to Lima.", ["HOLDS_OFFICE person:ernesto-mamani -> government:chile [envoy]"], OFFICE],
  ["The talks were chaired by the president of the Andean Council, Tomás Ibarra.", ["HOLDS_OFFICE person:tomas-ibarra -> organization:andean-council [president]"], OFFICE],
  ["Tomás Ibarra, the secretary-general of the Andean Community, flew to Lima.", ["HOLDS_OFFICE person:tomas-ibarra -> organization:andean-community [secretary-general]"], OFFICE],
  ["Isabel Ferrán met the Andean Community's special envoy Tomás Ibarra in Lima.", ["HOLDS_OFFICE person:tomas-ibarra -> organization:andean-community [special envoy]"], OFFICE],
  // an aide of a leader serves the leader's state (a weak office, yielding to a stated one)
  [
    "Jorge Salinas, a foreign policy adviser to Bolivian President Rodrigo Mamani, declined to comment.",
    ["HOLDS_OFFICE person:jorge-salinas -> government:bolivia [foreign policy adviser]", "HOLDS_OFFICE person:rodrigo-mamani -> government:bolivia [President]"],
    OFFICE,
  ],
  // "who hosted the meeting with <O>" is no title at <O>
  ["Jorge Salinas, who hosted the meeting with the Andean Community, spoke first.", [], OFFICE],
  // (a letter handed to the one it is for is its sender's to them too, twenty-sixth session; a message or a reply may be
  // for another)
  [
    "The talks were first proposed in a letter from Isabel Ferrán that Jorge Salinas handed to Rodrigo Mamani in Lima.",
    ["CONVEYED_VIA person:isabel-ferran -> person:jorge-salinas", "CONVEYED_TO person:jorge-salinas -> person:rodrigo-mamani", "CONVEYED_TO person:isabel-ferran -> person:rodrigo-mamani"],
    MESSAGE,
  ],
  [
    "The talks were first proposed in a message from Isabel Ferrán that Jorge Salinas handed to Rodrigo Mamani in Lima.",
    ["CONVEYED_VIA person:isabel-ferran -> person:jorge-salinas", "CONVEYED_TO person:jorge-salinas -> person:rodrigo-mamani"],
    MESSAGE,
  ],
  // (shuttling between two capitals: each government's go-between)
  [
    "Anna Keller shuttled between La Paz and Santiago for weeks, carrying proposals from Isabel Ferrán to both capitals.",
    ["CONVEYED_VIA government:bolivia -> person:anna-keller", "CONVEYED_VIA government:chile -> person:anna-keller", "CONVEYED_VIA person:isabel-ferran -> person:anna-keller"],
    MESSAGE,
  ],
  ["Roberto Vidal, the Chilean special presidential envoy for hostage affairs, flew to La Paz.", ["HOLDS_OFFICE person:roberto-vidal -> government:chile [special presidential envoy for hostage affairs]"], OFFICE],
  ["Ana Quispe, Bolivia's commissioner for children's rights, spoke.", ["HOLDS_OFFICE person:ana-quispe -> government:bolivia [commissioner for children's rights]"], OFFICE],
  ["Tomás Ibarra, Chile's top adviser on Latin America, declined.", ["HOLDS_OFFICE person:tomas-ibarra -> government:chile [top adviser on Latin America]"], OFFICE],
  // "met X … and handed him a letter from Y"; "the pope" is the one pope the text names
  [
    "Cardinal Anna Keller met Bolivian President Rodrigo Mamani in La Paz and handed him a letter from Chilean President Isabel Ferrán.",
    ["CONVEYED_VIA person:isabel-ferran -> person:anna-keller", "CONVEYED_TO person:anna-keller -> person:rodrigo-mamani", "CONVEYED_TO person:isabel-ferran -> person:rodrigo-mamani"],
    MESSAGE,
  ],
  [
    "Pope Gregorio sent Cardinal Anna Keller to La Paz.\n\nKeller met Bolivian President Rodrigo Mamani and handed him a letter from the pope.",
    ["CONVEYED_VIA person:gregorio -> person:anna-keller", "CONVEYED_TO person:anna-keller -> person:rodrigo-mamani", "CONVEYED_TO person:gregorio -> person:rodrigo-mamani"],
    MESSAGE,
  ],
  // Qatar's prime minister "hosted the negotiators and relayed messages between A and B"
  [
    "Peru's prime minister, Ana Quispe, hosted the negotiators and relayed messages between Chile and Bolivia.",
    ["CONVEYED_VIA government:chile -> person:ana-quispe", "CONVEYED_VIA government:bolivia -> person:ana-quispe", "CONVEYED_TO person:ana-quispe -> government:chile", "CONVEYED_TO person:ana-quispe -> government:bolivia", "CONVEYED_TO government:chile -> government:bolivia", "CONVEYED_TO government:bolivia -> government:chile"],
    MESSAGE,
  ],
  [
    "Ferrán's envoy Anna Keller met Mamani in La Paz last month and carried a message from the Bolivian government back to Santiago.",
    ["CONVEYED_VIA government:bolivia -> person:anna-keller"],
    MESSAGE,
  ],
  [
    "Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani exchanged letters in 2024.",
    ["CONVEYED_TO person:isabel-ferran -> person:rodrigo-mamani", "CONVEYED_TO person:rodrigo-mamani -> person:isabel-ferran"],
    MESSAGE,
  ],
  [
    "Bolivian President Rodrigo Mamani sent his brother Ernesto Mamani to Santiago with a message for Chilean President Isabel Ferrán.",
    ["CONVEYED_VIA person:rodrigo-mamani -> person:ernesto-mamani", "CONVEYED_TO person:ernesto-mamani -> person:isabel-ferran", "CONVEYED_TO person:rodrigo-mamani -> person:isabel-ferran"],
    MESSAGE,
  ],
  // an invitation only possible, wished or denied is none
  ["Chilean President Isabel Ferrán never invited Bolivian President Rodrigo Mamani.", [], ["INVITED"]],
  ["Chilean President Isabel Ferrán may invite Bolivian President Rodrigo Mamani to Santiago.", [], ["INVITED"]],
  ["Chilean President Isabel Ferrán has formally invited Bolivian President Rodrigo Mamani to Santiago.", ["INVITED person:isabel-ferran -> person:rodrigo-mamani"], ["INVITED"]],
  ["Peru's special envoy on Andean affairs, Jorge Salinas, flew to La Paz.", ["HOLDS_OFFICE person:jorge-salinas -> government:peru [special envoy on Andean affairs]"], OFFICE],
  // a phone call is a message each way it goes, never a meeting; a mediator between two sides is their intermediary
  ["Chilean President Isabel Ferrán spoke by phone with Bolivian President Rodrigo Mamani on Tuesday.", ["CONVEYED_TO person:isabel-ferran -> person:rodrigo-mamani {phone call}"], [...MESSAGE, "MET_WITH", "PARTICIPANT_IN"]],
  ["Chilean President Isabel Ferrán spoke with Bolivian President Rodrigo Mamani by telephone.", ["CONVEYED_TO person:isabel-ferran -> person:rodrigo-mamani {phone call}"], [...MESSAGE, "MET_WITH", "PARTICIPANT_IN"]],
  ["Chilean President Isabel Ferrán held a 40-minute phone call with Bolivian President Rodrigo Mamani.", ["CONVEYED_TO person:isabel-ferran -> person:rodrigo-mamani {phone call}"], [...MESSAGE, "MET_WITH", "PARTICIPANT_IN"]],
  ["Chilean President Isabel Ferrán held phone talks with Bolivian President Rodrigo Mamani on Tuesday.", ["CONVEYED_TO person:isabel-ferran -> person:rodrigo-mamani {phone call}"], [...MESSAGE, "MET_WITH", "PARTICIPANT_IN"]],
  ["Chilean President Isabel Ferrán said she had spoken with Bolivian President Rodrigo Mamani by phone.", ["CONVEYED_TO person:isabel-ferran -> person:rodrigo-mamani {phone call}"], [...MESSAGE, "MET_WITH", "PARTICIPANT_IN"]],
  ["Chilean President Isabel Ferrán telephoned Bolivian President Rodrigo Mamani to offer condolences.", ["CONVEYED_TO person:isabel-ferran -> person:rodrigo-mamani {phone call}"], [...MESSAGE, "MET_WITH", "PARTICIPANT_IN"]],
  ["In a telephone call with Bolivian President Rodrigo Mamani on Tuesday, Chilean President Isabel Ferrán urged restraint.", ["CONVEYED_TO person:isabel-ferran -> person:rodrigo-mamani {phone call}"], [...MESSAGE, "MET_WITH", "PARTICIPANT_IN"]],
  [
    "Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani held a phone call on Tuesday.",
    ["CONVEYED_TO person:isabel-ferran -> person:rodrigo-mamani {phone call}", "CONVEYED_TO person:rodrigo-mamani -> person:isabel-ferran {phone call}"],
    [...MESSAGE, "MET_WITH", "PARTICIPANT_IN"],
  ],
  // people standing for a state receive for it; an order to act is asking; an urging in a call is both
  ["Chilean President Isabel Ferrán told Bolivian officials that she would attend.", ["CONVEYED_TO person:isabel-ferran -> government:bolivia"], MESSAGE],
  ["Chilean President Isabel Ferrán told Bolivian reporters that she would attend.", [], MESSAGE],
  [
    "Bolivian President Rodrigo Mamani said he had instructed the head of the National Intelligence Agency, Jorge Salinas, to send a delegation.",
    ["ASKED person:rodrigo-mamani -> person:jorge-salinas"],
    MESSAGE,
  ],
  [
    "Chilean President Isabel Ferrán urged Bolivian President Rodrigo Mamani in a phone call on Thursday to accept the deal.",
    ["CONVEYED_TO person:isabel-ferran -> person:rodrigo-mamani {phone call}", "ASKED person:isabel-ferran -> person:rodrigo-mamani"],
    [...MESSAGE, "MET_WITH", "PARTICIPANT_IN"],
  ],
  [
    "Chilean President Isabel Ferrán had sent a letter to Bolivian President Rodrigo Mamani in March, which was delivered by a Peruvian diplomat, Jorge Salinas.",
    ["CONVEYED_TO person:isabel-ferran -> person:rodrigo-mamani", "CONVEYED_VIA person:isabel-ferran -> person:jorge-salinas", "CONVEYED_TO person:jorge-salinas -> person:rodrigo-mamani"],
    MESSAGE,
  ],
  // a call received; messages exchanged through someone; a channel used; word passed
  ["Bolivian President Rodrigo Mamani received a call from Chilean President Isabel Ferrán on Monday.", ["CONVEYED_TO person:isabel-ferran -> person:rodrigo-mamani {phone call}"], [...MESSAGE, "MET_WITH", "PARTICIPANT_IN"]],
  [
    "Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani exchanged messages through Peruvian envoy Jorge Salinas.",
    [
      "CONVEYED_TO person:isabel-ferran -> person:rodrigo-mamani",
      "CONVEYED_TO person:rodrigo-mamani -> person:isabel-ferran",
      "CONVEYED_VIA person:isabel-ferran -> person:jorge-salinas",
      "CONVEYED_VIA person:rodrigo-mamani -> person:jorge-salinas",
    ],
    MESSAGE,
  ],
  [
    "Chilean President Isabel Ferrán used Peruvian envoy Jorge Salinas as a conduit to Bolivian President Rodrigo Mamani.",
    ["CONVEYED_VIA person:isabel-ferran -> person:jorge-salinas", "CONVEYED_TO person:jorge-salinas -> person:rodrigo-mamani", "CONVEYED_TO person:isabel-ferran -> person:rodrigo-mamani"],
    MESSAGE,
  ],
  [
    "Chilean President Isabel Ferrán passed word to Bolivian President Rodrigo Mamani through Peruvian envoy Jorge Salinas.",
    ["CONVEYED_TO person:isabel-ferran -> person:rodrigo-mamani", "CONVEYED_VIA person:isabel-ferran -> person:jorge-salinas", "CONVEYED_TO person:jorge-salinas -> person:rodrigo-mamani"],
    MESSAGE,
  ],
  [
    "Chilean President Isabel Ferrán reached out to Bolivian President Rodrigo Mamani through Peruvian envoy Jorge Salinas.",
    ["CONVEYED_TO person:isabel-ferran -> person:rodrigo-mamani", "CONVEYED_VIA person:isabel-ferran -> person:jorge-salinas", "CONVEYED_TO person:jorge-salinas -> person:rodrigo-mamani"],
    MESSAGE,
  ],
  [
    "Chilean President Isabel Ferrán sent a message to Bolivian President Rodrigo Mamani via Peruvian envoy Jorge Salinas.",
    ["CONVEYED_TO person:isabel-ferran -> person:rodrigo-mamani", "CONVEYED_VIA person:isabel-ferran -> person:jorge-salinas", "CONVEYED_TO person:jorge-salinas -> person:rodrigo-mamani"],
    MESSAGE,
  ],
  [
    "Chilean President Isabel Ferrán sent a message to Bolivian President Rodrigo Mamani through the Peruvian foreign minister, Elena Paredes.",
    ["CONVEYED_TO person:isabel-ferran -> person:rodrigo-mamani", "CONVEYED_VIA person:isabel-ferran -> person:elena-paredes", "CONVEYED_TO person:elena-paredes -> person:rodrigo-mamani"],
    MESSAGE,
  ],
  ["Chilean President Isabel Ferrán sent a proposal to host talks through Peruvian envoy Jorge Salinas.", ["CONVEYED_VIA person:isabel-ferran -> person:jorge-salinas"], MESSAGE],
  // a letter carried from A to B, by someone named or not; messages carried between two sides
  [
    "Peruvian envoy Jorge Salinas flew to La Paz on Monday carrying a personal letter from Chilean President Isabel Ferrán to Bolivian President Rodrigo Mamani.",
    ["CONVEYED_TO person:isabel-ferran -> person:rodrigo-mamani", "CONVEYED_VIA person:isabel-ferran -> person:jorge-salinas", "CONVEYED_TO person:jorge-salinas -> person:rodrigo-mamani"],
    MESSAGE,
  ],
  ["The delegation carried a message from Chilean President Isabel Ferrán to Bolivian President Rodrigo Mamani.", ["CONVEYED_TO person:isabel-ferran -> person:rodrigo-mamani"], MESSAGE],
  [
    "Peruvian envoy Jorge Salinas recalled carrying messages between Chilean President Isabel Ferrán and Bolivian President Rodrigo Mamani for months.",
    [
      "CONVEYED_VIA person:isabel-ferran -> person:jorge-salinas",
      "CONVEYED_VIA person:rodrigo-mamani -> person:jorge-salinas",
      "CONVEYED_TO person:jorge-salinas -> person:isabel-ferran",
      "CONVEYED_TO person:jorge-salinas -> person:rodrigo-mamani",
      "CONVEYED_TO person:isabel-ferran -> person:rodrigo-mamani",
      "CONVEYED_TO person:rodrigo-mamani -> person:isabel-ferran",
    ],
    MESSAGE,
  ],
  // a paper handed over is a message delivered (one from someone else makes the giver an intermediary: above)
  ["Uruguayan envoy Martín Echeverry handed Bolivian President Rodrigo Mamani a revised draft of the agreement.", ["CONVEYED_TO person:martin-echeverry -> person:rodrigo-mamani"], MESSAGE],
  ["Uruguayan envoy Martín Echeverry presented Bolivian President Rodrigo Mamani with a peace plan on Monday.", ["CONVEYED_TO person:martin-echeverry -> person:rodrigo-mamani"], MESSAGE],
  ["Uruguayan envoy Martín Echeverry handed Bolivian President Rodrigo Mamani a medal.", [], MESSAGE],
  // more ways a call is told: an adverb before the verb, "in a phone call with", "called Y to discuss", after another
  // verb, "In a telephone conversation, X told Y"; not "called Y a liar", and "called on Y to" is asking
  ["Chilean President Isabel Ferrán instead spoke with Bolivian President Rodrigo Mamani by telephone.", ["CONVEYED_TO person:isabel-ferran -> person:rodrigo-mamani {phone call}"], [...MESSAGE, "MET_WITH", "PARTICIPANT_IN"]],
  ["Chilean President Isabel Ferrán rejected the idea in a phone call with Bolivian President Rodrigo Mamani.", ["CONVEYED_TO person:isabel-ferran -> person:rodrigo-mamani {phone call}"], [...MESSAGE, "MET_WITH", "PARTICIPANT_IN"]],
  ["Chilean President Isabel Ferrán called Bolivian President Rodrigo Mamani on Tuesday to discuss the border.", ["CONVEYED_TO person:isabel-ferran -> person:rodrigo-mamani {phone call}"], [...MESSAGE, "MET_WITH", "PARTICIPANT_IN"]],
  [
    "Chilean President Isabel Ferrán met Peruvian President Ana Quispe and later spoke by phone with Bolivian President Rodrigo Mamani.",
    ["CONVEYED_TO person:isabel-ferran -> person:rodrigo-mamani {phone call}"],
    MESSAGE,
  ],
  ["In a telephone conversation, Chilean President Isabel Ferrán told Bolivian President Rodrigo Mamani that talks could resume.", ["CONVEYED_TO person:isabel-ferran -> person:rodrigo-mamani {phone call}"], [...MESSAGE, "MET_WITH", "PARTICIPANT_IN"]],
  ["Chilean President Isabel Ferrán called Bolivian President Rodrigo Mamani a liar.", [], MESSAGE],
  ["Chilean President Isabel Ferrán called on Bolivian President Rodrigo Mamani to resign.", ["ASKED person:isabel-ferran -> person:rodrigo-mamani"], MESSAGE],
  ["Uruguayan envoy Martín Echeverry mediated between Chile and Bolivia.", ["CONVEYED_VIA government:bolivia -> person:martin-echeverry", "CONVEYED_VIA government:chile -> person:martin-echeverry"], MESSAGE],
  ["Uruguayan envoy Martín Echeverry acted as a go-between between Chile and Bolivia.", ["CONVEYED_VIA government:bolivia -> person:martin-echeverry", "CONVEYED_VIA government:chile -> person:martin-echeverry"], MESSAGE],
  [
    "Talks between Chile and Bolivia, mediated by the International Committee of the Red Cross, resumed in Geneva.",
    ["CONVEYED_VIA government:bolivia -> organization:international-committee-of-the-red-cross", "CONVEYED_VIA government:chile -> organization:international-committee-of-the-red-cross"],
    MESSAGE,
  ],
  // a post in the plural before two names: each holds it
  ["Turkish Foreign Ministers Hakan Okan and Ayla Demir met in Ankara.", ["HOLDS_OFFICE person:hakan-okan -> government:turkiye [Foreign Minister]", "HOLDS_OFFICE person:ayla-demir -> government:turkiye [Foreign Minister]"], OFFICE],
  // a post set off before a name with a style ("Sheikh"), capitalised: the post is held, and the one it names invites
  ["Qatar's Prime Minister, Sheikh Khalid bin Saud, invited Bolivian President Rodrigo Mamani to Doha.", ["HOLDS_OFFICE person:khalid-bin-saud -> government:qatar [Prime Minister]", "HOLDS_OFFICE person:rodrigo-mamani -> government:bolivia [President]", "INVITED person:khalid-bin-saud -> person:rodrigo-mamani"], ["INVITED", "HOLDS_OFFICE"]],
  // pronouns resolved in a chain: "She" the one the sentences are about, "her" the last other person named before
  [
    "Chilean President Isabel Ferrán went straight into talks with Peru's president, Ana Quispe. She told her counterpart that Chile was ready. She also asked her to reopen the border.",
    ["ASKED person:isabel-ferran -> person:ana-quispe"],
    ["ASKED"],
  ],
  // the same pronoun again in a later clause: "She handed him a list, and she invited him to visit …"
  [
    "By Thursday Chilean President Isabel Ferrán was in Lima with Bolivian President Rodrigo Mamani. She handed him a list of demands, and she invited him to visit Santiago.",
    ["INVITED person:isabel-ferran -> person:rodrigo-mamani"],
    ["INVITED"],
  ],
  // a press release's posts: "X, Ambassador of the Republic of Angola to Portugal,"; "the Minister of External Relations of
  // Angola, Y," (a portfolio's post of a state, its holder after a comma)
  [
    "The minister received H.E. Mr. Domingos Kiala Neto, Ambassador of the Republic of Angola to Portugal, on Tuesday. He brought a letter from the Minister of External Relations of Angola, Téte António, inviting the minister to Luanda.",
    ["HOLDS_OFFICE person:domingos-kiala-neto -> government:angola [Ambassador]", "HOLDS_OFFICE person:tete-antonio -> government:angola [Minister of External Relations]"],
    OFFICE,
  ],
  // "X met Y and invited him": the one met is the one invited; an adverb before "said" ("later said he had asked")
  ["Chilean President Isabel Ferrán said she had met her Bolivian counterpart Rodrigo Mamani in Arica and invited him to visit Santiago.", ["INVITED person:isabel-ferran -> person:rodrigo-mamani"], ["INVITED"]],
  ["Chilean President Isabel Ferrán hosted Bolivian President Rodrigo Mamani. Ferrán later said she had asked Mamani to reopen the border.", ["ASKED person:isabel-ferran -> person:rodrigo-mamani"], ["ASKED"]],
];

describe("relations from one sentence", () => {
  for (const [sentence, expected, only, todo] of table)
    it(sentence, todo ? { todo } : {}, () => assert.deepEqual(relations(extract(sentence), only).map(articleTagged).sort(), [...expected].sort()));
});

describe("a lone name", () => {
  it("is a person, in all its mentions, when one of them does what only people do ('Putin told reporters'), whatever the model read", () => {
    const f = extract("The Kremlin said Putin would not attend the talks. Putin told reporters he was busy.");
    assert.ok(f.entities.some((e) => e.key === "person:putin"));
    assert.ok(!f.entities.some((e) => e.key === "place:putin"));
    // an acronym saying something stays an organisation
    assert.ok(extract("NATO said the alliance was ready.").entities.some((e) => e.key === "organization:nato"));
  });
});

describe("a group opening a sentence", () => {
  it("is no one: 'Officials said …', 'Diplomats said …' make no person", () => {
    for (const text of ["Officials said the talks would resume.", "Diplomats said the meeting was tense."])
      assert.deepEqual(extract(text).entities.filter((e) => e.kind === "Person"), [], text);
  });
});

describe("a phone call", () => {
  it('is noted as one on its edge ("phone call"), with the rule that read it', () => {
    const [r] = extract("Chilean President Isabel Ferrán spoke by phone with Bolivian President Rodrigo Mamani.").relations.filter((x) => x.relation === "CONVEYED_TO");
    assert.equal(r.note, "phone call");
    assert.match(r.evidence.rule ?? "", /phone/);
  });
});

describe("every relation is evidenced", () => {
  const text =
    "Uruguayan envoy Martín Echeverry told Chilean President Isabel Ferrán that Bolivia wanted talks, according to the Andes Wire.\n\nBolivian President Rodrigo Mamani's brother, Ernesto Mamani, carried the letter.";
  const f = extract(text);
  it("with the exact sentence, its offsets and a rule", () => {
    assert.ok(f.relations.length >= 3);
    for (const r of f.relations) {
      assert.equal(text.slice(r.evidence.start, r.evidence.end), r.evidence.text);
      assert.equal(r.evidence.article, "t");
      assert.ok(r.evidence.rule && r.evidence.rule.length > 3, "names its rule");
      assert.ok(EXTRACTED_RELATIONS.includes(r.relation));
    }
  });
  it("with the attribution the sentence gives", () => {
    const told = f.relations.find((r) => r.relation === "CONVEYED_TO")!;
    assert.equal(told.evidence.attribution, "Andes Wire");
    const kin = f.relations.find((r) => r.relation === "RELATIVE_OF")!;
    assert.equal(kin.evidence.attribution, undefined);
  });
});

describe("title-only mentions", () => {
  it('"the Bolivian president" is the Bolivian president the article names', () => {
      const f = extract("Bolivian President Rodrigo Mamani arrived on Monday. Uruguayan envoy Martín Echeverry told the Bolivian president that Chile wanted talks.");
    assert.ok(relations(f, ["CONVEYED_TO"]).includes("CONVEYED_TO person:martin-echeverry -> person:rodrigo-mamani"));
  });
});

describe("odd text yields no relations and no crash", () => {
  for (const text of ["", "...", "met met met invited signed", "Mr. Mr. Mr.", "<P0> asked <P1> to convey", "A".repeat(3000)])
    it(JSON.stringify(text.slice(0, 30)), () => assert.deepEqual(extract(text).relations, []));
});

describe("entities with the NER model", () => {
  const keysOf = (text: string) => extract(text).entities.map((e) => e.key);
  it("a multi-word town after 'in' is a place", {}, () => {
    const keys = keysOf("Drivers' unions in El Alto threatened a blockade.");
    assert.ok(keys.includes("place:el-alto"), keys.join(" "));
    assert.ok(!keys.includes("person:el-alto"));
  });
  it("a person introduced with a title keeps one key across the article", () => {
    const keys = keysOf("Senator Paula Vergara objected. Vergara said the accord was rushed.");
    assert.deepEqual(keys.filter((k) => k.startsWith("person:")), ["person:paula-vergara"]);
  });
  it('"Ana Ki-moon", "Tomás de la Vega", "Ursula von der Brenner" are whole names; "Ferrán-era" is not one', () => {
    const keys = keysOf("Ana Ki-moon met Tomás de la Vega. Ursula von der Brenner criticised a Ferrán-era plan.");
    assert.deepEqual(keys.filter((k) => k.startsWith("person:")).sort(), ["person:ana-ki-moon", "person:tomas-de-la-vega", "person:ursula-von-der-brenner"]);
  });
  it('"the Montoneros signed": a one-word name after "the" is a group, not a person; "in the Crimea" stays a place', () => {
    const keys = keysOf("Bolivia and the Montoneros signed a truce. Talks were held in the Chapare.");
    assert.ok(keys.includes("organization:montoneros"), keys.join(" "));
    assert.ok(!keys.some((k) => k.startsWith("organization:chapare")), keys.join(" "));
  });
  it("a seat of government: where a meeting is when located, its state when it acts", () => {
    const keys = keysOf("The two presidents met at the White House on Monday. The Kremlin said the talks were useful.");
    assert.ok(keys.includes("place:white-house") && keys.includes("government:russia"), keys.join(" "));
  });
  it("a holiday names no one: 'Over the Easter weekend'", () => {
    assert.ok(!keysOf("Over the Easter weekend, Peruvian Foreign Minister Elena Paredes flew to La Paz.").some((k) => /easter/.test(k)));
  });
  it("the wire in a dateline is no organisation of the story", () => {
    const keys = keysOf("LIMA, March 5 (Andean Wire) - Peruvian President Ana Quispe flew to La Paz.");
    assert.ok(!keys.some((k) => /andean-wire/.test(k)), keys.join(" "));
  });
  it('a time zone names no one: "Japan Standard Time", "Eastern Daylight Time"', () => {
    const keys = keysOf("Our live coverage of the summit that was due to open in Lima on Saturday has ended. A summary of the day's developments is below; all times are Peru Standard Time. Foreign Minister Ana Rojas met Luis Quiroga at 10 a.m. Eastern Daylight Time.");
    assert.ok(!keys.some((k) => /standard-time|daylight-time/.test(k)), keys.join(" "));
    assert.ok(keys.includes("person:ana-rojas") && keys.includes("person:luis-quiroga"), keys.join(" "));
  });
  it('"X, known as Y": Y is X wherever it appears, not a place', () => {
    const f = extract("The rebel leader Rodrigo Londono, known as Timochenko, arrived in Lima. Timochenko spoke first.");
    assert.ok(!f.entities.some((e) => /timochenko/.test(e.key)), f.entities.map((e) => e.key).join(" "));
    assert.ok(f.entities.find((e) => e.key === "person:rodrigo-londono")?.aliases.includes("Timochenko"));
  });
});

describe("the fourth held-out set's lessons (general, invented names)", () => {
  it('"hosted her Peruvian counterpart, X": "her" before what is hers is the subject\'s, not someone named before', () => {
    const f = extract(
      "Chilean Foreign Minister Jorge Vidal spoke to his Peruvian counterpart on Wednesday. On Monday, Chilean Deputy Foreign Minister Ana Rojas hosted her Peruvian counterpart, Deputy Foreign Minister Luis Quiroga, in Santiago.",
    );
    const met = relations(f, ["MET_WITH"]);
    assert.ok(met.includes("MET_WITH person:ana-rojas -> person:luis-quiroga"), met.join("; "));
    assert.ok(!met.some((r) => r.includes("jorge-vidal")), met.join("; "));
  });
  it('"Speaking to the Dutch ambassador, President X commended …": a name with its own other post is not the apposition\'s', () => {
    const offices = relations(extract("Speaking to the Dutch ambassador, President Amina Said commended the Netherlands for its support."), ["HOLDS_OFFICE"]);
    assert.ok(!offices.some((r) => r.startsWith("HOLDS_OFFICE person:amina-said -> government:netherlands")), offices.join("; "));
    // (a style or rank is no other post: "the Vatican's Secretary of State, Cardinal X")
    const cardinal = relations(extract("The talks were attended by the Spanish foreign minister, Cardinal Tomás Vidal."), ["HOLDS_OFFICE"]);
    assert.ok(cardinal.some((r) => r.startsWith("HOLDS_OFFICE person:tomas-vidal -> government:spain")), cardinal.join("; "));
  });
  it("an ambassador an earlier sentence gave a state keeps it, not the dateline's", () => {
    const offices = relations(
      extract("DODOMA, June 10 - Ambassador Pieter de Wit of the Kingdom of the Netherlands presented his credentials. Ambassador de Wit said trade would double."),
      ["HOLDS_OFFICE"],
    );
    assert.ok(offices.some((r) => r.startsWith("HOLDS_OFFICE person:pieter-de-wit -> government:netherlands")), offices.join("; "));
    assert.ok(!offices.some((r) => r.includes("government:tanzania")), offices.join("; "));
  });
});

describe("a document signed by a list of leaders (the fourth held-out set)", () => {
  it('"The X Declaration on A and B was signed at the palace by P1, as host, P2 and P3": one document, each signed it', () => {
    const f = extract(
      "The Arica Declaration on Water and Border Security was signed at the Palacio Quemado by Chilean President Isabel Ferrán, as summit host and incoming chair, Bolivian President Rodrigo Mamani and Peruvian President Ana Quispe.",
    );
    assert.deepEqual(relations(f, ["SIGNED"]).sort(), [
      "SIGNED person:ana-quispe -> document:arica-declaration-on-water-and-border-security",
      "SIGNED person:isabel-ferran -> document:arica-declaration-on-water-and-border-security",
      "SIGNED person:rodrigo-mamani -> document:arica-declaration-on-water-and-border-security",
    ]);
  });
  it("what a document is on stops before a post, a person or a state after \"and\"", () => {
    const keys = extract("They signed the Declaration on Trade and Foreign Minister Ana Rojas praised it. They signed the Agreement on Peru and Chile.").entities.map((e) => e.key);
    assert.ok(keys.includes("document:declaration-on-trade") && keys.includes("person:ana-rojas") && keys.includes("government:chile"), keys.join(" "));
  });
});

describe("the state and post of a bare title (the fourth held-out set)", () => {
  const offices = (text: string) => relations(extract(text), ["HOLDS_OFFICE"]);
  it("a minister right after a state's ministry of that portfolio is that state's, not the dateline's", () => {
    const o = offices('LIMA, May 2 (AFP) - The answer came in a statement from the Bolivian foreign ministry. "We see no purpose," it said. Foreign Minister Luis Quiroga, speaking in La Paz, repeated it.');
    assert.ok(o.some((r) => r.startsWith("HOLDS_OFFICE person:luis-quiroga -> government:bolivia")), o.join("; "));
    assert.ok(!o.some((r) => r.startsWith("HOLDS_OFFICE person:luis-quiroga -> government:peru")), o.join("; "));
  });
  it("a counterpart holds the post of the sentence's subject, not of the last titled name before it", () => {
    const o = offices(
      "Chilean Foreign Minister Jorge Vidal arrived on Monday. Vidal was received by Bolivian President Rodrigo Mamani and later held talks with his Bolivian counterpart, Luis Quiroga.",
    );
    assert.ok(o.includes("HOLDS_OFFICE person:luis-quiroga -> government:bolivia [Foreign Minister]"), o.join("; "));
  });
  it("a ministry's spokesperson is the state's whose ministry spoke just before", () => {
    const o = offices("LIMA, May 2 - The Bolivian foreign ministry says so in a statement. No reason was given. Asked about it, foreign ministry spokesperson Luis Quiroga tells the briefing that Bolivia agreed.");
    assert.ok(o.some((r) => r.startsWith("HOLDS_OFFICE person:luis-quiroga -> government:bolivia")), o.join("; "));
  });
  it('"Minister of State Administration and Public Service Júlio dos Santos Mabote": a portfolio, then a name with its particle', () => {
    const keys = extract("The envoy, Minister of State Administration and Public Service Júlio dos Santos Mabote, delivered a message.").entities.map((e) => e.key);
    assert.ok(keys.includes("person:julio-dos-santos-mabote") && !keys.some((k) => /service|person:julio$/.test(k)), keys.join(" "));
  });
  it('"Chile\'s government spokesman, X,": a government\'s post in apposition', () => {
    assert.ok(offices("Chile's government spokesman, Jorge Vidal, said the country takes note.").includes("HOLDS_OFFICE person:jorge-vidal -> government:chile [government spokesman]"));
  });
  it('"the Chilean leader", "the Chile leader": the one head of state or government of that state named before', () => {
    const f = extract("Chilean President Isabel Ferrán opened the summit. Bolivian President Rodrigo Mamani came too. Foreign Minister Ana Rojas handed the Chile leader a letter from Peruvian President Luis Quiroga.");
    assert.ok(relations(f, ["CONVEYED_TO"]).includes("CONVEYED_TO person:ana-rojas -> person:isabel-ferran"), relations(f, ["CONVEYED_TO"]).join("; "));
  });
  it("a king, of several kingdoms the story names, is the one of his own sentence", () => {
    const o = offices("Algeria has rejected a Moroccan proposal to deliver a message from King Hassan Alami to Algiers. Trade with Spain has grown since 2020.");
    assert.ok(o.some((r) => r.startsWith("HOLDS_OFFICE person:hassan-alami -> government:morocco")), o.join("; "));
  });
});

describe("offices the older held-out sets still missed (eighteenth session, invented names)", () => {
  const offices = (text: string) => relations(extract(text), ["HOLDS_OFFICE"]);
  const holds = (o: string[], who: string, where: string) => assert.ok(o.some((r) => r.startsWith(`HOLDS_OFFICE person:${who} -> ${where}`)), o.join("; "));
  it("\"met Chile's president … President X\", in a story from Santiago that names another president later: X is Chile's", () => {
    const o = offices(
      "SANTIAGO, Chile (AP) — Peruvian Foreign Minister Luis Quiroga met Chile's president on Wednesday, but a meeting with the country's prime minister was called off. Quiroga was received by President Isabel Ferrán at La Moneda. The second appointment, with Prime Minister Jorge Vidal, never happened. Quiroga flies on to meet President Rodrigo Mamani next week.",
    );
    holds(o, "isabel-ferran", "government:chile");
    holds(o, "jorge-vidal", "government:chile");
    assert.ok(!o.some((r) => r.startsWith("HOLDS_OFFICE person:rodrigo-mamani -> government:chile")), o.join("; "));
  });
  it("the host one meets in their capital: \"was in La Paz, where he met President X\"; not a guest at a summit there", () => {
    holds(offices("Earlier this month, Quiroga was in La Paz, where he met President Rodrigo Mamani."), "rodrigo-mamani", "government:bolivia");
    holds(offices("Rojas is due to fly to Lima on Thursday, where she is scheduled to meet President Ana Quispe before returning home."), "ana-quispe", "government:peru");
    const guest = offices("President Isabel Ferrán flew to Lima, where she met President Rodrigo Mamani at the Pacific summit.");
    assert.ok(!guest.some((r) => r.includes("government:peru")), guest.join("; "));
  });
  it('"X, his Bolivian counterpart,": a counterpart set off after the name', () => {
    holds(offices("Chilean Foreign Minister Jorge Vidal held talks on Wednesday with Luis Quiroga, his Bolivian counterpart, at the ministry."), "luis-quiroga", "government:bolivia");
  });
  it('"The new Bolivian foreign minister, X,": a post newly taken', () => {
    holds(offices("The new Bolivian foreign minister, Luis Quiroga, held talks on Wednesday."), "luis-quiroga", "government:bolivia");
  });
  it("an organisation's post as a release capitalises it, before the name", () => {
    holds(offices("Vidal also spoke with the President of the Andean Council, Tomás Ibarra, to brief him."), "tomas-ibarra", "organization:andean-council");
    holds(offices("The Andean Trade Commission's Director-General, Tomás Ibarra, said the text would be lodged."), "tomas-ibarra", "organization:andean-trade-commission");
  });
  it('"X, the secretary-general of Bolivia\'s foreign ministry,": the state of a ministry named in lower case', () => {
    holds(offices("Luis Quiroga, the secretary-general of Bolivia's foreign ministry, has spent the spring on the road."), "luis-quiroga", "government:bolivia");
  });
  it('"The presidents of the two countries, X of A and Y of B,": each holds the post of their own state', () => {
    const o = offices("The presidents of the two countries, Rodrigo Mamani of Bolivia and Ana Quispe of Peru, spoke by telephone on Tuesday.");
    assert.ok(o.includes("HOLDS_OFFICE person:rodrigo-mamani -> government:bolivia [president]") && o.includes("HOLDS_OFFICE person:ana-quispe -> government:peru [president]"), o.join("; "));
  });
  it('"according to government spokesman X", in a story from a capital: the dateline\'s state', () => {
    holds(offices("LIMA - President Ana Quispe spoke with Bolivia's president. The call was made by the Bolivian side, according to government spokesman Jorge Vidal."), "jorge-vidal", "government:peru");
  });
});

describe("an agency's formal style (the fifth held-out set, invented names)", () => {
  const rel = (text: string, only: string[], date = "2025-07-16") => relations(extract(text, date), only);
  it('"Lao Minister of Foreign Affairs X", "Lao Ambassador to Việt Nam Y": a portfolio or a posting before the name, the state before it', () => {
    const o = rel("PM Trần Văn Hòa received visiting Lao Minister of Foreign Affairs Bounmy Keola in Hanoi. Lao Ambassador to Việt Nam Somchai Vongsa attended the reception.", OFFICE);
    assert.ok(o.includes("HOLDS_OFFICE person:bounmy-keola -> government:laos [Minister of Foreign Affairs]"), o.join("; "));
    assert.ok(o.includes("HOLDS_OFFICE person:somchai-vongsa -> government:laos [Ambassador to Việt Nam]"), o.join("; "));
  });
  it('"Deputy PM and FM X and Minister Y signed the Plan for Cooperation …": two people, each a signer of one plan', () => {
    const s = rel("After the talks, Deputy PM and FM Hòa and Minister Bounmy signed the Plan for Cooperation between the two ministries.", ["SIGNED"]);
    assert.deepEqual(s.sort(), ["SIGNED person:bounmy -> document:plan-for-cooperation", "SIGNED person:hoa -> document:plan-for-cooperation"]);
  });
  it('"X conveyed the cordial greetings of A and B to C": each sent them through X', () => {
    const m = rel("Minister Luis Quiroga conveyed the cordial greetings of President Rodrigo Mamani and Prime Minister Ana Quispe to PM Isabel Ferrán.", MESSAGE);
    assert.deepEqual(m.sort(), ["CONVEYED_TO person:ana-quispe -> person:isabel-ferran", "CONVEYED_TO person:luis-quiroga -> person:isabel-ferran", "CONVEYED_TO person:rodrigo-mamani -> person:isabel-ferran", "CONVEYED_VIA person:ana-quispe -> person:luis-quiroga", "CONVEYED_VIA person:rodrigo-mamani -> person:luis-quiroga"]);
  });
  it('"C accepted the invitation with pleasure and asked X to convey her greetings to A": asked, and X the go-between', () => {
    const m = rel("PM Isabel Ferrán accepted the invitation with pleasure and asked Minister Luis Quiroga to convey her cordial greetings to President Rodrigo Mamani.", MESSAGE);
    assert.ok(m.includes("ASKED person:isabel-ferran -> person:luis-quiroga") && m.includes("CONVEYED_VIA person:isabel-ferran -> person:luis-quiroga"), m.join("; "));
  });
  it('"asked X to convey his "warm regards and best wishes" to A", "his thanks and his "warm greetings" to A": quoted words, still the sender\'s for A', () => {
    for (const text of ['President Rodrigo Mamani accepted the invitation and asked Minister Luis Quiroga to convey his "warm regards and best wishes" to President Isabel Ferrán.', 'President Rodrigo Mamani thanked Luis Quiroga for the letter. He asked Mr Quiroga to convey his thanks and his "warm Andean greetings" to President Isabel Ferrán.']) {
      const m = rel(text, MESSAGE);
      assert.ok(m.includes("CONVEYED_TO person:rodrigo-mamani -> person:isabel-ferran") && m.includes("ASKED person:rodrigo-mamani -> person:luis-quiroga"), `${text}: ${m.join("; ")}`);
    }
  });
  it('"X handed over a letter from A inviting C to pay an official visit to S. C accepted the invitation": a message, and a visit planned with A', () => {
    const f = extract("Minister Luis Quiroga handed over a letter from Prime Minister Ana Quispe inviting PM Isabel Ferrán to pay an official visit to Bolivia. PM Ferrán accepted the invitation with pleasure.");
    const m = relations(f, MESSAGE);
    assert.ok(m.includes("CONVEYED_VIA person:ana-quispe -> person:luis-quiroga") && m.includes("CONVEYED_TO person:luis-quiroga -> person:isabel-ferran"), m.join("; "));
    assert.deepEqual(
      f.entities.filter((e) => e.kind === "Meeting").map((e) => [e.status, ...((e.extra?.participants as string[]) ?? []).sort()]),
      [["planned", "person:ana-quispe", "person:isabel-ferran"]],
    );
  });
  it('a dateline in capitals with accents ("HÀ NỘI, July 16 (VNA) –"): the agency\'s state, for the prime minister it names most, not a foreign one it names less', () => {
    const o = rel(
      "HÀ NỘI, July 16 (VNA) – PM Trần Văn Hòa received Lao Minister of Foreign Affairs Bounmy Keola. Minister Bounmy handed over a letter from Prime Minister Khamla Sengdara. PM Hòa thanked him. PM Hòa also met State President Lê Minh Tâm.",
      OFFICE,
    );
    assert.ok(o.some((r) => r.startsWith("HOLDS_OFFICE person:tran-van-hoa -> government:vietnam")), o.join("; "));
    assert.ok(o.includes("HOLDS_OFFICE person:le-minh-tam -> government:vietnam [State President]"), o.join("; "));
    assert.ok(!o.some((r) => r.startsWith("HOLDS_OFFICE person:khamla-sengdara -> government:vietnam")), o.join("; "));
  });
  it("a president the article names as another state's counterpart is not the dateline state's one president", () => {
    const f = extract(
      'ASUNCIÓN, July 16 — The President of the Republic, Santiago Ortiz, and his Uruguayan counterpart, Yamandú Ferreira, held a video call. On Tuesday Ortiz received Carolina Sosa in Encarnación. In that instance, Sosa handed the Paraguayan president a letter from Ferreira. "President Ferreira would have wanted to be here," Sosa said.',
    );
    assert.ok(!relations(f, MESSAGE).includes("CONVEYED_TO person:yamandu-ferreira -> person:yamandu-ferreira"), relations(f, MESSAGE).join("; "));
    assert.ok(!relations(f, MESSAGE).some((r) => r.endsWith("-> person:yamandu-ferreira")), relations(f, MESSAGE).join("; "));
  });
});

describe("a brief's posts and signatures (the fifth held-out set, invented names)", () => {
  it('"Chile\'s Prime Cabinet Secretary and Cabinet Secretary for Foreign and Diaspora Affairs, X,": both posts, the state before the first', () => {
    const o = relations(extract("SANTIAGO, May 12 – Chile's Prime Cabinet Secretary and Cabinet Secretary for Foreign and Diaspora Affairs, Luis Quiroga, held talks on Monday."), OFFICE);
    assert.deepEqual(o, ["HOLDS_OFFICE person:luis-quiroga -> government:chile [Prime Cabinet Secretary and Cabinet Secretary for Foreign and Diaspora Affairs]"]);
  });
  it('"Bolivia\'s State Minister for Foreign Affairs, X" is then "the Bolivian minister" one asks', () => {
    const f = extract("Foreign Minister Luis Quiroga held talks in Lima on Monday with Bolivia's State Minister for Foreign Affairs, Ana Rojas. Quiroga asked the Bolivian minister to ease restrictions on Peruvian tea.");
    assert.ok(relations(f, OFFICE).includes("HOLDS_OFFICE person:ana-rojas -> government:bolivia [State Minister for Foreign Affairs]"), relations(f, OFFICE).join("; "));
    assert.ok(relations(f, MESSAGE).includes("ASKED person:luis-quiroga -> person:ana-rojas"), relations(f, MESSAGE).join("; "));
  });
  it('"The two signed the minutes of the Andean Border Commission": the pair named before signed that record', () => {
    const s = relations(extract("Luis Quiroga held talks in Lima on Monday with Ana Rojas. The two signed the minutes of the Andean Border Commission, which set a deadline."), ["SIGNED"]).map(articleTagged);
    assert.deepEqual(s.sort(), ["SIGNED person:ana-rojas -> document:minutes-of-the-andean-border-commission-@", "SIGNED person:luis-quiroga -> document:minutes-of-the-andean-border-commission-@"]);
  });
  it('"With the Brazilian envoy, the President discussed …": a post standing for one named elsewhere is not the apposition\'s', () => {
    const o = relations(extract("President Ana Rojas received Ambassador Luis Quiroga of Brazil. With the Brazilian envoy, the President discussed cooperation in biofuels."), OFFICE);
    assert.ok(!o.includes("HOLDS_OFFICE person:ana-rojas -> government:brazil [envoy]"), o.join("; "));
  });
});

describe("paper carried between sides that never meet (the fifth held-out set, invented names)", () => {
  const SHUTTLE =
    "On Sunday morning, Luis Quiroga met Ana Rojas at the Bolivian delegation's hotel and collected a revised draft of the protocol. He took it across the bay that afternoon and handed it to Rodrigo Mamani. Mamani's reply was in the minister's hands by Sunday night, and he carried it back to Ana Rojas on Monday morning.";
  it("each handover is a message from the side that gave the paper, through its carrier, to the side that got it; the reply goes back", () => {
    const m = relations(extract(SHUTTLE, "2026-03-19"), MESSAGE);
    for (const x of [
      "CONVEYED_VIA person:ana-rojas -> person:luis-quiroga",
      "CONVEYED_TO person:luis-quiroga -> person:rodrigo-mamani",
      "CONVEYED_TO person:ana-rojas -> person:rodrigo-mamani",
      "CONVEYED_VIA person:rodrigo-mamani -> person:luis-quiroga",
      "CONVEYED_TO person:luis-quiroga -> person:ana-rojas",
      "CONVEYED_TO person:rodrigo-mamani -> person:ana-rojas",
    ])
      assert.ok(m.includes(x), `${x}: ${m.join("; ")}`);
  });
  it("the handover is a meeting of the carrier with the one who got it", () => {
    const met = relations(extract(SHUTTLE, "2026-03-19"), ["MET_WITH"]);
    assert.ok(met.includes("MET_WITH person:luis-quiroga -> person:rodrigo-mamani"), met.join("; "));
    assert.ok(!met.some((r) => r.includes("ana-rojas") && r.includes("rodrigo-mamani")), met.join("; "));
  });
  it('"Congo" in a story of Kinshasa is the Democratic Republic; "The Congolese government delegation is led by the Minister of Y, X"', () => {
    const o = relations(extract("DOHA — Talks on eastern Congo resumed. The Congolese government delegation is led by the Minister of Regional Integration, Luis Quiroga. Congo's president, Ana Rojas, spoke from Kinshasa."), OFFICE);
    assert.ok(o.some((r) => r.startsWith("HOLDS_OFFICE person:luis-quiroga -> government:dr-congo")), o.join("; "));
    assert.ok(o.some((r) => r.startsWith("HOLDS_OFFICE person:ana-rojas -> government:dr-congo")), o.join("; "));
  });
  it('"X, Qatar\'s Minister of State at the Ministry of Foreign Affairs,": a post and where it sits', () => {
    const o = relations(extract("The man carrying paper between them is Luis Quiroga, Qatar's Minister of State at the Ministry of Foreign Affairs, who has spent weeks in a car."), OFFICE);
    assert.ok(o.includes("HOLDS_OFFICE person:luis-quiroga -> government:qatar [Minister of State at the Ministry of Foreign Affairs]"), o.join("; "));
  });
});

describe("a document signed after a meeting (the fifth held-out set, invented names)", () => {
  const signed = (text: string) => relations(extract(text, "2026-07-03"), ["SIGNED"]).map((r) => r.replace(/-[0-9a-f]{6}$/, ""));
  it('"A and B held a bilateral meeting at the palace and signed a memorandum …": both signed it', () => {
    assert.deepEqual(signed("On Friday, Ana Rojas and Rodrigo Mamani held a bilateral meeting at the Palacio Quemado and signed a memorandum of understanding on navigation.").sort(), [
      "SIGNED person:ana-rojas -> document:memorandum-of-understanding-on-navigation",
      "SIGNED person:rodrigo-mamani -> document:memorandum-of-understanding-on-navigation",
    ]);
  });
  it('"A of X and her Y counterpart, B, meet in L and sign a protocol", "A met B in Lima and signed a treaty": both', () => {
    assert.deepEqual(signed("December 9 – Foreign Minister Isabel Ferrán of Chile and her Bolivian counterpart, Rodrigo Mamani, meet in La Paz and sign a protocol on road crossings.").length, 2);
    assert.deepEqual(signed("Isabel Ferrán met Rodrigo Mamani in Lima and signed a treaty on water.").sort(), ["SIGNED person:isabel-ferran -> document:treaty-on-water", "SIGNED person:rodrigo-mamani -> document:treaty-on-water"]);
  });
});

describe("a letter passed along a chain (the fifth held-out set, invented names)", () => {
  it('"A handed B a letter from C, his prime minister, … B passed the letter to D": C is A\'s state\'s, and the letter goes on through B', () => {
    const f = extract(
      "Foreign Minister Luis Quiroga of Bolivia handed Ana Rojas a letter from Rodrigo Mamani, his prime minister, inviting Isabel Ferrán to La Paz. Rojas passed the letter to Isabel Ferrán later that morning, officials said.",
    );
    assert.ok(relations(f, OFFICE).some((r) => r.startsWith("HOLDS_OFFICE person:rodrigo-mamani -> government:bolivia")), relations(f, OFFICE).join("; "));
    const m = relations(f, MESSAGE);
    for (const x of ["CONVEYED_VIA person:rodrigo-mamani -> person:luis-quiroga", "CONVEYED_TO person:luis-quiroga -> person:ana-rojas", "CONVEYED_VIA person:rodrigo-mamani -> person:ana-rojas", "CONVEYED_TO person:ana-rojas -> person:isabel-ferran"])
      assert.ok(m.includes(x), `${x}: ${m.join("; ")}`);
  });
});

describe('"The President of the Republic, X," in a country\'s own press (the third held-out set, eighteenth session)', () => {
  it("is the dateline state's president, and so the one 'the Paraguayan president' means", () => {
    const f = extract(
      "ASUNCIÓN, July 16 — The President of the Republic, Santiago Ortiz, received Chile's vice-president, Carolina Sosa, in Encarnación. In that instance, Sosa handed the Paraguayan president a letter from Isabel Ferrán.",
    );
    assert.ok(relations(f, OFFICE).includes("HOLDS_OFFICE person:santiago-ortiz -> government:paraguay [President of the Republic]"), relations(f, OFFICE).join("; "));
    assert.ok(relations(f, MESSAGE).includes("CONVEYED_TO person:carolina-sosa -> person:santiago-ortiz"), relations(f, MESSAGE).join("; "));
  });
});

describe("two posts held together, in a capital (the third held-out set, eighteenth session)", () => {
  it('"In Lima, Deputy PM and FM X told reporters …", in a story from La Paz: Peru\'s', () => {
    const o = relations(extract("LA PAZ: Talks resumed. In Lima, Deputy PM and FM Luis Quiroga told reporters that Peru had never closed the door."), OFFICE);
    assert.ok(o.some((r) => r.startsWith("HOLDS_OFFICE person:luis-quiroga -> government:peru")), o.join("; "));
    assert.ok(!o.some((r) => r.includes("government:bolivia")), o.join("; "));
  });
});

describe("the presidents of two states on the phone, and what their offices said (the first held-out set, eighteenth session)", () => {
  it('"X of Bolivia and Y of Peru spoke by telephone": a call of the two, not of Bolivia with Y', () => {
    const c = relations(extract("The presidents of the two countries, Rodrigo Mamani of Bolivia and Ana Quispe of Peru, spoke by telephone on Tuesday, officials said."), MESSAGE);
    assert.deepEqual(c.sort(), ["CONVEYED_TO person:ana-quispe -> person:rodrigo-mamani {phone call}", "CONVEYED_TO person:rodrigo-mamani -> person:ana-quispe {phone call}"]);
  });
});

describe("a letter its carrier promises to deliver (the first held-out set, eighteenth session)", () => {
  it('"X handed Y a letter from Z inviting W … Y said he would deliver the letter to the president": Y carries it, to W; not delivered yet', () => {
    const m = relations(
      extract("Luis Quiroga handed Rodrigo Mamani a letter from King Felipe Ortiz inviting President Ana Quispe to make a state visit. Mamani said he would deliver the letter to the president on his return."),
      MESSAGE,
    );
    assert.ok(m.includes("CONVEYED_VIA person:felipe-ortiz -> person:rodrigo-mamani") && m.includes("CONVEYED_TO person:felipe-ortiz -> person:ana-quispe"), m.join("; "));
    assert.ok(!m.includes("CONVEYED_TO person:rodrigo-mamani -> person:ana-quispe"), m.join("; "));
  });
});

describe("offices the second held-out set still missed (nineteenth session, invented names)", () => {
  const offices = (text: string) => relations(extract(text), ["HOLDS_OFFICE"]);
  const holds = (o: string[], who: string, where: string) => assert.ok(o.some((r) => r.startsWith(`HOLDS_OFFICE person:${who} -> ${where}`)), o.join("; "));
  it('"LIMA — … the minister held talks with President X": the head a foreign visitor meets in the dateline\'s capital is its', () => {
    holds(offices("LIMA, March 28 - Bolivian Foreign Minister Luis Quiroga arrived on Thursday. Later the minister held talks with President Ana Quispe."), "ana-quispe", "government:peru");
    // (not one the visitor goes on to meet elsewhere, nor a president met at a summit there)
    const on = offices("LIMA, March 28 - Bolivian Foreign Minister Luis Quiroga arrived on Thursday. Quiroga flies on to meet President Ana Quispe next week.");
    assert.ok(!on.some((r) => r.includes("ana-quispe -> government:peru")), on.join("; "));
    const summit = offices("LIMA, March 28 - Bolivian Foreign Minister Luis Quiroga met President Ana Quispe on the sidelines of the Andean summit.");
    assert.ok(!summit.some((r) => r.includes("ana-quispe -> government:peru")), summit.join("; "));
  });
  it('"a Bolivian assistant foreign minister, X,"; "the chief of staff of Peru\'s armed forces, Major General Y," (the rank no part of the name)', () => {
    holds(offices("Earlier, a Bolivian assistant foreign minister, Luis Quiroga, said the talks went well."), "luis-quiroga", "government:bolivia");
    holds(offices("Earlier, the chief of staff of Peru's armed forces, Major General Tomás Ibarra, said the talks went well."), "tomas-ibarra", "government:peru");
  });
});

describe("posts of a seat of government and of a presidency (the sixth held-out set, nineteenth session)", () => {
  const offices = (text: string) => relations(extract(text), ["HOLDS_OFFICE"]);
  it('"Kremlin Spokesman X", "White House spokesperson Y": the state whose seat it is', () => {
    assert.deepEqual(offices("Kremlin Spokesman Tomás Ibarra told reporters after the talks."), ["HOLDS_OFFICE person:tomas-ibarra -> government:russia [Spokesman]"]);
  });
  it('"presidential aide X", in a story from the capital: the dateline\'s state\'s', () => {
    assert.deepEqual(offices("LIMA, May 21 (Andina) - The timing will be agreed through diplomatic channels, presidential aide Tomás Ibarra told journalists."), ["HOLDS_OFFICE person:tomas-ibarra -> government:peru [presidential aide]"]);
  });
});

describe("Irish and British posts (the sixth held-out set, nineteenth session)", () => {
  it('"the Tánaiste, X," is Ireland\'s; "the Secretary of State for Northern Ireland, Y," names Y, not a person "Northern Ireland"', () => {
    const f = extract("The conference is co-chaired by the Tánaiste, Luis Quiroga, and the Secretary of State for Northern Ireland, Ana Quispe.");
    const o = relations(f, ["HOLDS_OFFICE"]);
    assert.ok(o.includes("HOLDS_OFFICE person:luis-quiroga -> government:ireland [Tánaiste]"), o.join("; "));
    assert.ok(!relations(f).some((r) => r.includes("person:northern-ireland")), relations(f).join("; "));
  });
});

describe("letters carried, told from the letter's side (the sixth held-out set, nineteenth session)", () => {
  const conveyed = (text: string) => relations(extract(text), ["CONVEYED_VIA", "CONVEYED_TO"]).sort();
  it('"X\'s letter … was carried to Lima by Y, who handed it to Z": through Y to Z', () => {
    assert.deepEqual(conveyed("Ana Quispe's letter making the proposal was carried to Lima by Luis Quiroga, who handed it to Captain Rodrigo Mamani on May 20."), [
      "CONVEYED_TO person:luis-quiroga -> person:rodrigo-mamani",
      "CONVEYED_VIA person:ana-quispe -> person:luis-quiroga",
    ]);
  });
  it('"X\'s proposal reached Z in a letter carried by the president of Paraguay, Y": through Y to Z', () => {
    assert.deepEqual(conveyed("Ana Quispe's proposal reached Tomás Ibarra in a letter carried by the president of Paraguay, Isabel Ferrán."), [
      "CONVEYED_TO person:isabel-ferran -> person:tomas-ibarra",
      "CONVEYED_VIA person:ana-quispe -> person:isabel-ferran",
    ]);
  });
  it('"Y, who delivered a written message addressed to His Royal Highness the Crown Prince from President X": through Y, for the prince', () => {
    const r = conveyed("His Royal Highness Prince Tomás Ibarra, Crown Prince and Prime Minister, received Luis Quiroga, who delivered a written message addressed to His Royal Highness the Crown Prince and Prime Minister from His Excellency President Ana Quispe.");
    // (and the sender's, for the one it is addressed to: fortieth session)
    assert.deepEqual(r, ["CONVEYED_TO person:ana-quispe -> person:tomas-ibarra", "CONVEYED_TO person:luis-quiroga -> person:tomas-ibarra", "CONVEYED_VIA person:ana-quispe -> person:luis-quiroga"]);
  });
});

describe("a letter told in a written answer (the seventh held-out set, twentieth session)", () => {
  it('"The Foreign Secretary wrote to X. Her letter was delivered by His Majesty\'s Ambassador in Quito, Y, who handed it to Z": the post in brackets after the speaker\'s name, and "Her letter" the writer\'s', () => {
    const r = relations(
      extract(
        [
          "Isabel Ferrán (Foreign Secretary): I raised the matter in March.",
          "Luis Quiroga (Minister for the Americas): The Foreign Secretary wrote to the Ecuadorian Foreign Minister, Rodrigo Mamani, on 10 April. Her letter was delivered by His Majesty's Ambassador in Quito, Tomás Ibarra, who handed it to the Deputy Foreign Minister, Sofía Benítez, on 14 April.",
        ].join("\n\n"),
        "2026-04-21",
      ),
      ["CONVEYED_VIA", "CONVEYED_TO"],
    ).sort();
    assert.deepEqual(r, [
      "CONVEYED_TO person:isabel-ferran -> person:rodrigo-mamani",
      "CONVEYED_TO person:tomas-ibarra -> person:sofia-benitez",
      "CONVEYED_VIA person:isabel-ferran -> person:tomas-ibarra",
    ]);
  });
});

describe("a letter addressed to one and handed to another (the seventh held-out set, twentieth session)", () => {
  // (through C too, on its way to B: the forty-fifth session's reading, the seventh set's key's)
  it('"X carried a letter from A addressed to B, which he handed to C": through X and C, for B, handed to C', () => {
    const r = relations(extract("Luis Quiroga met Tomás Ibarra in Quito. Quiroga carried a letter from President Ana Quispe addressed to President Rodrigo Mamani, which he handed to Tomás Ibarra at the end of the meeting."), ["CONVEYED_VIA", "CONVEYED_TO"]).sort();
    assert.deepEqual(r, ["CONVEYED_TO person:ana-quispe -> person:rodrigo-mamani", "CONVEYED_TO person:luis-quiroga -> person:tomas-ibarra", "CONVEYED_VIA person:ana-quispe -> person:luis-quiroga", "CONVEYED_VIA person:ana-quispe -> person:tomas-ibarra"]);
  });
  it('"X brought a message from A for Peru\'s president, B, which he handed to C": for B, handed to C, through C (twenty-first session)', () => {
    const r = relations(extract("Luis Quiroga met Tomás Ibarra in Quito. Quiroga also brought a personal message from Ana Quispe for Peru's president, Rodrigo Mamani, which he handed to Ibarra on the second day."), ["CONVEYED_VIA", "CONVEYED_TO"]).sort();
    assert.deepEqual(r, ["CONVEYED_TO person:ana-quispe -> person:rodrigo-mamani", "CONVEYED_TO person:luis-quiroga -> person:tomas-ibarra", "CONVEYED_VIA person:ana-quispe -> person:luis-quiroga", "CONVEYED_VIA person:ana-quispe -> person:tomas-ibarra"]);
  });
});

describe("a letter handed in an interview's answer (the eighth held-out set, twentieth session)", () => {
  it('"X received me. We had forty minutes. She was precise. Q: … A: I did. I handed her a letter from our foreign minister, Y": through the speaker, from Y, to X', () => {
    const r = relations(
      extract(
        [
          "Ana Quispe is Peru's ambassador to Chile.",
          "Q: Whom do you see?",
          "A: In April, Foreign Minister Isabel Ferrán received me at the ministry in Santiago. We had about forty minutes. She was precise and, I would say, curious.",
          "Q: Did you go with a message?",
          "A: I did. I handed her a letter from our foreign minister, Luis Quiroga, proposing that the two of them meet.",
        ].join("\n\n"),
        "2026-08-20",
      ),
      ["CONVEYED_VIA", "CONVEYED_TO"],
    ).sort();
    assert.deepEqual(r, ["CONVEYED_TO person:ana-quispe -> person:isabel-ferran", "CONVEYED_TO person:luis-quiroga -> person:isabel-ferran", "CONVEYED_VIA person:luis-quiroga -> person:ana-quispe"]);
  });
});

describe("a letter taken on its addressee's behalf (the eighth held-out set, twentieth session)", () => {
  it('"Y received him instead and accepted the letter on X\'s behalf": through Y, handed by the carrier', () => {
    const r = relations(
      extract("Chile's Foreign Minister Luis Quiroga flew into La Paz on Sunday carrying a letter from President Ana Quispe to Bolivia's president, Rodrigo Mamani. He did not get to see the president. Bolivia's foreign minister, Sofía Benítez, received him on Monday instead and accepted the letter on Mamani's behalf.", "2026-04-14"),
      ["CONVEYED_VIA", "CONVEYED_TO"],
    );
    assert.ok(r.includes("CONVEYED_VIA person:ana-quispe -> person:sofia-benitez"), r.join("; "));
    assert.ok(r.includes("CONVEYED_TO person:luis-quiroga -> person:sofia-benitez"), r.join("; "));
  });
});

describe("an envoy's message and an invitation in a state house's release (the fourth held-out set, twenty-first session)", () => {
  const text = [
    "Later in the day, President Ana Quispe received at the same venue a special envoy of President Rodrigo Mamani of Bolivia, Minister of Public Works Luis Quiroga, who delivered a written message from his president.",
    "The message also contained an invitation from President Mamani to President Quispe to attend a summit of the Andean Community in La Paz next month.",
    "President Quispe asked the envoy to convey her warm greetings to President Mamani.",
  ].join(" ");
  it('"received a special envoy of Z of Bolivia, X, who delivered a message from his president": Z\'s, through X, for the host; "the envoy" is X', () => {
    const r = relations(extract(text, "2026-06-10"), MESSAGE).sort();
    assert.deepEqual(r, [
      "ASKED person:ana-quispe -> person:luis-quiroga",
      "CONVEYED_TO person:ana-quispe -> person:rodrigo-mamani",
      "CONVEYED_TO person:luis-quiroga -> person:ana-quispe",
      "CONVEYED_TO person:luis-quiroga -> person:rodrigo-mamani",
      "CONVEYED_TO person:rodrigo-mamani -> person:ana-quispe",
      "CONVEYED_VIA person:ana-quispe -> person:luis-quiroga",
      "CONVEYED_VIA person:rodrigo-mamani -> person:luis-quiroga",
    ]);
  });
  it('"an invitation from X to Y to attend a summit": X invited Y', () => {
    assert.deepEqual(relations(extract(text, "2026-06-10"), ["INVITED"]), ["INVITED person:rodrigo-mamani -> person:ana-quispe"]);
  });
});

describe("an envoy's shuttle told by a wire (the ninth held-out set, twenty-first session)", () => {
  it('"X was received by Y at L, the presidential office, and handed him a letter from Z": Z\'s, through X, for Y', () => {
    const r = relations(extract("On Feb. 20, Luis Quiroga was received by Bolivian President Rodrigo Mamani at the Casa Grande, the presidential office in La Paz, and handed him a letter from Chilean President Isabel Ferrán, one source said."), MESSAGE).sort();
    assert.deepEqual(r, ["CONVEYED_TO person:isabel-ferran -> person:rodrigo-mamani", "CONVEYED_TO person:luis-quiroga -> person:rodrigo-mamani", "CONVEYED_VIA person:isabel-ferran -> person:luis-quiroga"]);
  });
  it('"Y did not write back, but gave X a spoken reply, which the Uruguayan diplomat delivered to Z": Y\'s, through X, for Z', () => {
    const r = relations(extract("Rodrigo Mamani did not write back, but gave Luis Quiroga a spoken reply, which the Uruguayan diplomat delivered to Isabel Ferrán in Santiago last Wednesday, the diplomat said."), MESSAGE).sort();
    assert.deepEqual(r, ["CONVEYED_TO person:luis-quiroga -> person:isabel-ferran", "CONVEYED_TO person:rodrigo-mamani -> person:isabel-ferran", "CONVEYED_VIA person:rodrigo-mamani -> person:luis-quiroga"]);
  });
});

describe("a summit called off, its deputies at the table (the ninth held-out set, twenty-first session)", () => {
  it('"X handed Y a letter from A to B": A\'s, through X and then Y, for B', () => {
    const r = relations(extract("During the talks, Luis Quiroga handed Ana Quispe a letter from Rodrigo Mamani to Isabel Ferrán setting out Bolivia's demands, the ministry said."), MESSAGE).sort();
    assert.deepEqual(r, ["CONVEYED_TO person:luis-quiroga -> person:ana-quispe", "CONVEYED_TO person:rodrigo-mamani -> person:isabel-ferran", "CONVEYED_VIA person:rodrigo-mamani -> person:ana-quispe", "CONVEYED_VIA person:rodrigo-mamani -> person:luis-quiroga"]);
  });
  it('"X later wrote that …, and said he had invited Y to L": X invited Y', () => {
    const r = relations(extract('Rodrigo Mamani later wrote on X that the summit had been "cancelled by Quemado, not by Moneda", and said he had invited Isabel Ferrán to La Paz "whenever she wishes".'), ["INVITED"]);
    assert.deepEqual(r, ["INVITED person:rodrigo-mamani -> person:isabel-ferran"]);
  });
});

describe("a national agency's story from abroad (the ninth held-out set, twenty-first session)", () => {
  const story = [
    "MANILA, July 11 (Yonhap) -- Foreign Minister Kim Tae-ho held talks with his Chinese counterpart, Li Wen, on the sidelines of the ASEAN meetings in Manila, Seoul's foreign ministry said Saturday.",
    "Kim relayed President Park Min-ho's warm regards to Chinese President Zhou Ming and asked Li to pass them on, the ministry said.",
  ].join("\n\n");
  it('"MANILA, July 11 (Yonhap) -- Foreign Minister X": the agency\'s state\'s minister, and the president it names', () => {
    const o = relations(extract(story, "2026-07-11"), ["HOLDS_OFFICE"]);
    assert.ok(o.includes("HOLDS_OFFICE person:kim-tae-ho -> government:south-korea [Foreign Minister]"), o.join("; "));
    assert.ok(o.includes("HOLDS_OFFICE person:park-min-ho -> government:south-korea [President]"), o.join("; "));
    assert.ok(!o.some((r) => r.includes("philippines")), o.join("; "));
  });
  it('"X relayed A\'s warm regards to B and asked Y to pass them on": A\'s, through X and Y, for B; X asked Y', () => {
    assert.deepEqual(relations(extract(story, "2026-07-11"), MESSAGE).sort(), [
      "ASKED person:kim-tae-ho -> person:li-wen",
      "CONVEYED_TO person:kim-tae-ho -> person:li-wen",
      "CONVEYED_TO person:park-min-ho -> person:zhou-ming",
      "CONVEYED_VIA person:park-min-ho -> person:kim-tae-ho",
      "CONVEYED_VIA person:park-min-ho -> person:li-wen",
    ]);
  });
});

describe("an analysis of a mediator between two capitals (the ninth held-out set, twenty-first session)", () => {
  it('"X took to Sucre a message from Y", "Z\'s answer, which X passed on to Y by telephone": each through X', () => {
    const r = relations(extract("Bolivian President Rodrigo Mamani received the envoy, Luis Quiroga, on Monday. According to one official, Quiroga took to Santiago a message from Mamani proposing talks. Chilean President Isabel Ferrán's answer, which Quiroga passed on to Mamani by telephone on Wednesday, was no.", "2026-05-21"), MESSAGE).sort();
    for (const x of ["CONVEYED_VIA person:rodrigo-mamani -> person:luis-quiroga", "CONVEYED_VIA person:isabel-ferran -> person:luis-quiroga", "CONVEYED_TO person:luis-quiroga -> person:rodrigo-mamani", "CONVEYED_TO person:isabel-ferran -> person:rodrigo-mamani"]) assert.ok(r.includes(x), `${x}: ${r.join("; ")}`);
  });
  it('"the EU\'s High Representative for Foreign Affairs, X, has invited both leaders": the two leaders named together last, not the negotiators named since', () => {
    const text = [
      "Bolivian President Rodrigo Mamani and Chilean President Isabel Ferrán met in Arica in 2023.",
      "Luis Quiroga and Ana Quispe, the two chief negotiators, have never met.",
      "The EU's High Representative for Foreign Affairs, Kaja Tamm, has invited both leaders to Brussels before the summer break.",
    ].join(" ");
    const f = extract(text, "2026-05-21");
    assert.deepEqual(relations(f, ["INVITED"]).sort(), ["INVITED person:kaja-tamm -> person:isabel-ferran", "INVITED person:kaja-tamm -> person:rodrigo-mamani"]);
    assert.ok(relations(f, ["HOLDS_OFFICE"]).includes("HOLDS_OFFICE person:kaja-tamm -> organization:european-union [High Representative for Foreign Affairs]"), relations(f, ["HOLDS_OFFICE"]).join("; "));
  });
});

describe("an emir's message and its reply (the ninth held-out set, twenty-first session)", () => {
  it('"Qatar\'s Minister of State for Foreign Affairs, Sultan bin Saad X, has delivered a written message from the emir, Sheikh Y, to President Z": "Sultan" his name; Y\'s, through him, for Z', () => {
    const f = extract("Qatar's Minister of State for Foreign Affairs, Sultan bin Saad Al-Harbi, has delivered a written message from the emir, Sheikh Fahad bin Nasser Al Thani, to Bolivian President Rodrigo Mamani, in a visit.", "2026-09-16");
    assert.ok(relations(f, ["HOLDS_OFFICE"]).includes("HOLDS_OFFICE person:sultan-bin-saad-al-harbi -> government:qatar [Minister of State for Foreign Affairs]"), relations(f, ["HOLDS_OFFICE"]).join("; "));
    assert.deepEqual(relations(f, MESSAGE).sort(), ["CONVEYED_TO person:fahad-bin-nasser-al-thani -> person:rodrigo-mamani", "CONVEYED_TO person:sultan-bin-saad-al-harbi -> person:rodrigo-mamani", "CONVEYED_VIA person:fahad-bin-nasser-al-thani -> person:sultan-bin-saad-al-harbi"]);
  });
  it('"X flew to Doha carrying Y\'s reply": Y\'s, through X', () => {
    assert.deepEqual(relations(extract("On Tuesday, Luis Quiroga flew to Doha carrying Rodrigo Mamani's reply."), MESSAGE), ["CONVEYED_VIA person:rodrigo-mamani -> person:luis-quiroga"]);
  });
  it('"X visited the Qatari capital, where he was received by Y and handed him a message from Mali\'s president, Z, addressed to the emir": Z\'s, through X and Y, for the emir', () => {
    const r = relations(extract("Qatar's emir, Sheikh Fahad bin Nasser Al Thani, was abroad. Last month, Mali's foreign minister, Luis Quiroga, visited the Qatari capital, where he was received by Sheikh Hamad bin Ali Al Thani and handed him a message from Mali's transitional president, General Rodrigo Mamani, addressed to the emir.", "2026-09-16"), MESSAGE).sort();
    assert.deepEqual(r, [
      "CONVEYED_TO person:luis-quiroga -> person:hamad-bin-ali-al-thani",
      "CONVEYED_TO person:rodrigo-mamani -> person:fahad-bin-nasser-al-thani",
      "CONVEYED_VIA person:rodrigo-mamani -> person:hamad-bin-ali-al-thani",
      "CONVEYED_VIA person:rodrigo-mamani -> person:luis-quiroga",
    ]);
  });
});

describe("an invitation told to the paper (the ninth held-out set, twenty-first session)", () => {
  it('"X used the occasion to press … She told us that she had invited Y to come and see the crossing": X invited Y', () => {
    assert.deepEqual(relations(extract("Ana Quispe, the mayor, used the occasion to press for the crossing. Ana Quispe told us that she had invited Jorge Vidal to come and see the crossing for himself.", "2026-06-13"), ["INVITED"]), ["INVITED person:ana-quispe -> person:jorge-vidal"]);
  });
});

describe("a foreign ministry's release in Malaysia's styles (the ninth held-out set, twenty-first session)", () => {
  const release = [
    "MINISTRY OF FOREIGN AFFAIRS, MALAYSIA",
    "PRESS RELEASE",
    "1. The Minister of Foreign Affairs, Dato' Seri Utama Haji Rahim bin Haji Osman, received a courtesy call from His Excellency Luis Quiroga, Ambassador of the Republic of Peru to Malaysia, at Wisma Putra, Putrajaya, today. The Minister was accompanied by the Deputy Secretary-General (Bilateral Affairs) of the Ministry, Dato' Kamal bin Mohd Noor.",
    "2. During the call, the Ambassador handed over a letter from His Excellency Rodrigo Mamani, President of the Republic of Peru, addressed to the Honourable Prime Minister of Malaysia, YAB Dato' Seri Anwar Ismail.",
    "3. At the conclusion of the call, the two sides witnessed the signing of a Memorandum of Understanding on Diplomatic Training. The Memorandum was signed by the Director-General of the institute, Datin Siti Aminah binti Abdul Rahman, who joined the meeting for the occasion, and by the Ambassador on behalf of the University.",
  ].join("\n\n");
  const f = extract(release, "2026-10-21");
  it("the styles before a name are no part of it, and the issuing ministry's state is its minister's", () => {
    const o = relations(f, ["HOLDS_OFFICE"]);
    assert.ok(o.includes("HOLDS_OFFICE person:rahim-bin-haji-osman -> government:malaysia [Minister of Foreign Affairs]"), o.join("; "));
    assert.ok(o.includes("HOLDS_OFFICE person:anwar-ismail -> government:malaysia [Prime Minister]"), o.join("; "));
    assert.ok(!o.some((r) => /person:(?:dato|prime-minister|honourable)/.test(r)), o.join("; "));
  });
  it('"handed over a letter from X, President of the Republic of Peru, addressed to the Honourable Prime Minister of Malaysia, Y": X\'s, through the ambassador, for Y', () => {
    const r = relations(f, MESSAGE);
    for (const x of ["CONVEYED_VIA person:rodrigo-mamani -> person:luis-quiroga", "CONVEYED_TO person:rodrigo-mamani -> person:anwar-ismail"]) assert.ok(r.includes(x), `${x}: ${r.join("; ")}`);
    assert.ok(!r.some((x) => x.includes("{phone call}")), r.join("; "));
  });
  it('"The Memorandum was signed by the Director-General …, X, who joined the meeting, and by the Ambassador": each signed it', () => {
    assert.deepEqual(relations(f, ["SIGNED"]).sort(), ["SIGNED person:luis-quiroga -> document:memorandum-of-understanding-on-diplomatic-training", "SIGNED person:siti-aminah-binti-abdul-rahman -> document:memorandum-of-understanding-on-diplomatic-training"]);
  });
  it('"received a courtesy call from X" is a meeting held, "The Minister was accompanied by the Deputy Secretary-General …, Y" at it', () => {
    const met = relations(f, ["MET_WITH"]).sort();
    assert.ok(met.includes("MET_WITH person:luis-quiroga -> person:rahim-bin-haji-osman") || met.includes("MET_WITH person:rahim-bin-haji-osman -> person:luis-quiroga"), met.join("; "));
    assert.ok(met.some((r) => r.includes("kamal-bin-mohd-noor") && r.includes("luis-quiroga")), met.join("; "));
  });
});

describe("posts named by a demonym (the ninth held-out set, twenty-first session)", () => {
  it('"Ecuadoran Foreign Minister X", "Y, a spokesman for the Burundian presidency"', () => {
    const o = relations(extract('Ecuadoran Foreign Minister Ana Quispe spoke to reporters. "Nothing has been agreed," said Luis Quiroga, a spokesman for the Burundian presidency.'), ["HOLDS_OFFICE"]);
    assert.deepEqual(o.sort(), ["HOLDS_OFFICE person:ana-quispe -> government:ecuador [Foreign Minister]", "HOLDS_OFFICE person:luis-quiroga -> government:burundi [spokesman]"]);
  });
});

describe("a signing told with the signer's posts set off (the tenth held-out set, twenty-first session)", () => {
  it('"X, Chile\'s minister of industry and chief executive of Codelco Co., signed the framework agreement with Y": both', () => {
    const r = relations(extract("Chile and Peru agreed the Lithium Framework Agreement. Luis Quiroga, Chile's minister of industry and chief executive officer of Codelco Co., signed the framework agreement with Ana Quispe on Wednesday, as the presidents looked on."), ["SIGNED"]).sort();
    assert.deepEqual(r, ["SIGNED person:ana-quispe -> document:lithium-framework-agreement", "SIGNED person:luis-quiroga -> document:lithium-framework-agreement"]);
  });
});

describe("a PTI story of a foreign minister's call (the tenth held-out set, twenty-first session)", () => {
  const story = [
    "NEW DELHI, Apr 15 (PTI) Visiting Bhutanese Foreign Minister Lyonpo Luis Quiroga on Wednesday called on Prime Minister Ana Quispe and handed over a letter from Prime Minister Rodrigo Mamani inviting him to Gelephu later this year.",
    "Quispe, in turn, requested Quiroga to convey his warm greetings to Mamani, the statement said.",
  ].join("\n\n");
  const f = extract(story, "2026-04-15");
  it('"Lyonpo" is a style; "X on Wednesday called on Y and handed over a letter from Z inviting him": Z\'s, through X, for Y, and Z invited Y', () => {
    const r = relations(f, [...MESSAGE, "INVITED"]);
    for (const x of ["CONVEYED_VIA person:rodrigo-mamani -> person:luis-quiroga", "CONVEYED_TO person:rodrigo-mamani -> person:ana-quispe", "INVITED person:rodrigo-mamani -> person:ana-quispe"]) assert.ok(r.includes(x), `${x}: ${r.join("; ")}`);
  });
  it('"Y, in turn, requested X to convey his warm greetings to Z": Y asked X', () => {
    const r = relations(f, MESSAGE);
    for (const x of ["ASKED person:ana-quispe -> person:luis-quiroga", "CONVEYED_TO person:ana-quispe -> person:rodrigo-mamani"]) assert.ok(r.includes(x), `${x}: ${r.join("; ")}`);
  });
});

describe("a prime minister's courtesy call (the tenth held-out set, twenty-first session)", () => {
  it('"X paid a courtesy call on Fiji\'s president, Y, at State House, and handed him a letter from Z inviting the president to make a state visit": Z\'s, through X; Z invited Y', () => {
    const r = relations(extract("On Wednesday morning Luis Quiroga paid a courtesy call on Fiji's president, Ana Quispe, at State House, and handed him a letter from King Rodrigo Mamani inviting the president to make a state visit to Norway.", "2026-02-19"), [...MESSAGE, "INVITED"]).sort();
    for (const x of ["CONVEYED_VIA person:rodrigo-mamani -> person:luis-quiroga", "CONVEYED_TO person:luis-quiroga -> person:ana-quispe", "INVITED person:rodrigo-mamani -> person:ana-quispe"]) assert.ok(r.includes(x), `${x}: ${r.join("; ")}`);
  });
});

describe("leaders of a story with no dateline, by the capital they invite to (twenty-fourth session, invented names)", () => {
  const offices = (text: string) => relations(extract(text), ["HOLDS_OFFICE"]);
  const holds = (o: string[], who: string, where: string) => assert.ok(o.some((r) => r.startsWith(`HOLDS_OFFICE person:${who} -> ${where}`)), o.join("; "));
  const holdsNone = (o: string[], who: string) => assert.ok(!o.some((r) => r.startsWith(`HOLDS_OFFICE person:${who} ->`)), o.join("; "));
  it('"a letter from Prime Minister Z inviting him to Ottawa": Z is Canada\'s, and so is the bare-titled minister who gave it', () => {
    const o = offices("Foreign Minister Ana Quispe met Premier Luis Quiroga in Nuuk on Wednesday, and gave him a letter from Prime Minister Rodrigo Mamani inviting him to Ottawa for talks.");
    holds(o, "rodrigo-mamani", "government:canada");
    holds(o, "ana-quispe", "government:canada");
  });
  it('"President Z invited Y to visit Kyiv", "Z\'s invitation to visit Bratislava": the capital\'s state', () => {
    holds(offices("President Rodrigo Mamani invited Prime Minister Luis Quiroga to visit Kyiv in the spring."), "rodrigo-mamani", "government:ukraine");
    holds(offices("Prime Minister Luis Quiroga accepted President Rodrigo Mamani's invitation to visit Bratislava."), "rodrigo-mamani", "government:slovakia");
  });
  it("not the one invited, the one who reports an invitation, nor the host of a gathering in a capital", () => {
    // (the invited: "Y was invited to", "met Y, inviting him to")
    holdsNone(offices("Prime Minister Luis Quiroga was invited to Ottawa by the premier."), "luis-quiroga");
    holdsNone(offices("Foreign Minister Ana Quispe said Prime Minister Luis Quiroga had invited her to visit Kyiv."), "ana-quispe");
    holdsNone(offices("Prime Minister Rodrigo Mamani invited the leaders to Brussels for the summit of the union."), "rodrigo-mamani");
  });
  it("not a carrier whose sender has no state, nor one the sentence only reports", () => {
    holdsNone(offices("Foreign Minister Ana Quispe gave Premier Luis Quiroga a letter from Prime Minister Rodrigo Mamani."), "ana-quispe");
    const o = offices("Premier Luis Quiroga said Foreign Minister Ana Quispe gave him a letter from Prime Minister Rodrigo Mamani inviting him to Ottawa.");
    holdsNone(o, "luis-quiroga");
  });
});

describe("a courtesy call, a letter and who sat in (the thirteenth held-out set, twenty-fourth session, invented names)", () => {
  const people = (f: ReturnType<typeof extract>) => meetings(f).map((m) => `${m.status} ${m.participants.join(" ")}`);
  it('"Secretary of Foreign Affairs Ma. Theresa X": "Ma." is a given name written short, not a sentence\'s end', () => {
    const o = relations(extract("Prime Minister Luis Quiroga received Philippine Secretary of Foreign Affairs Ma. Teresa Villamor in Lima."), ["HOLDS_OFFICE"]);
    assert.ok(o.some((r) => r.startsWith("HOLDS_OFFICE person:ma-teresa-villamor -> government:philippines")), o.join("; "));
  });
  it('"the Philippine Ambassador to Malaysia, X,": a posting\'s state after the post, the post the name\'s', () => {
    const o = relations(extract("He met the Philippine Ambassador to Malaysia, Ana Quispe, on Monday."), ["HOLDS_OFFICE"]);
    assert.ok(o.includes("HOLDS_OFFICE person:ana-quispe -> government:philippines [Ambassador to Malaysia]"), o.join("; "));
  });
  it('"President X on Monday received Y … at the Union Buildings in Pretoria": the host is the capital\'s state\'s', () => {
    const o = relations(extract("President Rodrigo Mamani on Monday received Zimbabwe's Foreign Minister, Luis Quiroga, at the Union Buildings in Pretoria."), ["HOLDS_OFFICE"]);
    assert.ok(o.some((r) => r.startsWith("HOLDS_OFFICE person:rodrigo-mamani -> government:south-africa")), o.join("; "));
  });
  it('"Y today received a courtesy call from X at L, during which she handed over a letter from Z inviting him to make an official visit to M": Z\'s, through X, for Y; Z invited Y; accepted, planned', () => {
    const f = extract(
      "LIMA, Aug 14 -- Prime Minister Luis Quiroga today received a courtesy call from Bolivian Foreign Minister Ana Quispe at the palace here, during which she handed over a letter from President Rodrigo Mamani inviting him to make an official visit to La Paz.\n\nQuiroga said he had accepted the invitation.",
      "2026-08-14",
    );
    const r = relations(f, [...MESSAGE, "INVITED"]);
    for (const x of ["CONVEYED_VIA person:rodrigo-mamani -> person:ana-quispe", "CONVEYED_TO person:ana-quispe -> person:luis-quiroga", "CONVEYED_TO person:rodrigo-mamani -> person:luis-quiroga", "INVITED person:rodrigo-mamani -> person:luis-quiroga"]) assert.ok(r.includes(x), `${x}: ${r.join("; ")}`);
    assert.ok(people(f).includes("planned person:luis-quiroga person:rodrigo-mamani"), people(f).join("; "));
  });
  it('"Also present at the meeting were A and the Bolivian Ambassador to Peru, B, who …": both at the meeting, each on their side', () => {
    const f = extract(
      "LIMA, Aug 14 -- Foreign Minister Luis Quiroga today received Bolivian Foreign Minister Ana Quispe at the ministry.\n\nAlso present at the meeting were Trade Minister Tomás Ibarra and the Bolivian Ambassador to Peru, Carolina Sosa, who took up her post in March.",
      "2026-08-14",
    );
    assert.ok(people(f).includes("held person:ana-quispe person:carolina-sosa person:luis-quiroga person:tomas-ibarra"), people(f).join("; "));
    const met = relations(f, ["MET_WITH"]);
    assert.ok(!met.some((r) => r.includes("carolina-sosa") && r.includes("ana-quispe")), met.join("; "));
    assert.ok(!met.some((r) => r.includes("tomas-ibarra") && r.includes("luis-quiroga")), met.join("; "));
  });
  it('"X handed Y a letter from Z addressed to W during their talks": neither Z nor W was at the talks', () => {
    const f = extract("Foreign Minister Ana Quispe received Luis Quiroga in Lima on Tuesday. Quiroga handed Quispe a letter from President Rodrigo Mamani addressed to President Tomás Ibarra during their talks.", "2026-04-15");
    const met = relations(f, ["MET_WITH"]);
    assert.ok(!met.some((r) => r.includes("tomas-ibarra") || r.includes("rodrigo-mamani")), met.join("; "));
  });
  it('"… In the letter, Z proposes that the two leaders meet": the two leaders named, not the minister and the adviser who talked', () => {
    const f = extract(
      "Foreign Minister Ana Quispe received national security adviser Luis Quiroga in Lima on Tuesday. Quiroga handed Quispe a letter from President Rodrigo Mamani addressed to President Tomás Ibarra. In the letter, Mamani proposes that the two leaders meet in Cusco in November.",
      "2026-04-15",
    );
    assert.ok(people(f).includes("proposed person:rodrigo-mamani person:tomas-ibarra"), people(f).join("; "));
    assert.ok(!people(f).some((m) => m.startsWith("proposed") && m.includes("ana-quispe")), people(f).join("; "));
  });
  it('"X also asked Y to convey an invitation to Foreign Minister Z to visit L": X invited Z, through Y; a visit proposed', () => {
    const f = extract("Foreign Minister Ana Quispe held talks with Luis Quiroga in Lima on Tuesday. Quispe also asked Quiroga to convey an invitation to Bolivian Foreign Minister Rodrigo Mamani to visit Lima within the year.", "2026-04-15");
    const r = relations(f, [...MESSAGE, "INVITED"]);
    for (const x of ["INVITED person:ana-quispe -> person:rodrigo-mamani", "CONVEYED_VIA person:ana-quispe -> person:luis-quiroga"]) assert.ok(r.includes(x), `${x}: ${r.join("; ")}`);
    assert.ok(people(f).includes("proposed person:ana-quispe person:rodrigo-mamani"), people(f).join("; "));
  });
  it('"G\'s ambassador to H also attended the talks. The ambassador, X, … On the Chinese side, Y, director general of …, was present.": both at the talks of this year, each on their side', () => {
    const f = extract(
      [
        "Chinese Foreign Minister Wang Yun received Bolivia's national security adviser Luis Quiroga in Beijing on Tuesday.",
        "The two presidents last held talks in La Paz in 2024.",
        "Bolivia's ambassador to China also attended the talks.",
        "The ambassador, Carolina Sosa, took up her post in January.",
        "On the Chinese side, Li Fang, director general of the foreign ministry's Department of American Affairs, was present.",
      ].join(" "),
      "2026-04-15",
    );
    assert.ok(people(f).includes("held person:carolina-sosa person:li-fang person:luis-quiroga person:wang-yun"), people(f).join("; "));
    const o = relations(f, ["HOLDS_OFFICE"]);
    for (const x of ["HOLDS_OFFICE person:carolina-sosa -> government:bolivia", "HOLDS_OFFICE person:li-fang -> government:china"]) assert.ok(o.some((r) => r.startsWith(x)), `${x}: ${o.join("; ")}`);
    const met = relations(f, ["MET_WITH"]);
    assert.ok(!met.some((r) => r.includes("li-fang") && r.includes("wang-yun")) && !met.some((r) => r.includes("carolina-sosa") && r.includes("luis-quiroga")), met.join("; "));
  });
});

describe("a post with a body's acronym among its affairs (the thirteenth held-out set, twenty-fourth session, invented names)", () => {
  it('"Minister of Foreign and CARICOM Affairs X", with a comma or without: the post, and X the name', () => {
    const o = relations(extract("Barbados's Minister of Foreign and CARICOM Affairs, Luis Quiroga, called on Prime Minister Ana Quispe. Later Barbados's Minister of Foreign and CARICOM Affairs Luis Quiroga left."), ["HOLDS_OFFICE"]);
    assert.ok(o.length > 0 && o.every((r) => r.startsWith("HOLDS_OFFICE person:luis-quiroga -> government:barbados") || r.startsWith("HOLDS_OFFICE person:ana-quispe")), o.join("; "));
  });
  it('"the two leaders" after a pair of whom one is titled "leader": that pair, not two other leaders named near', () => {
    const f = extract("Following the summit between President Rodrigo Mamani and Bolivian leader Tomás Ibarra, Lima wants a meeting between Prime Minister Ana Quispe and Ibarra. The two leaders could meet in Cusco in September.", "2026-06-14");
    const ms = meetings(f).map((m) => m.participants.join(" "));
    assert.ok(!ms.some((m) => m === "person:ana-quispe person:rodrigo-mamani"), ms.join("; "));
  });
});

describe("a state agency's readout of a written message (the thirteenth held-out set, twenty-fourth session, invented names)", () => {
  const story = [
    "Peru's President Ana Quispe received on Tuesday Bolivia's Prime Minister Luis Quiroga, who delivered a written message from the Chairman of Bolivia's Transitional Council, Rodrigo Ala-Mamani, the presidency's spokesman said.",
    "The meeting, held at the Palacio de Gobierno in Lima, was attended by Foreign Minister Tomás Ibarra and Head of the General Intelligence Service Carlos Vega.",
    "Quispe thanked Ala-Mamani for the invitation, without setting a date for the visit, and asked Quiroga to convey her greetings to the Bolivian people.",
    "After the talks, the minister, Jorge Salas, and Peru's Minister of Electricity and Renewable Energy Elena Castro signed an executive protocol on power lines, with Quispe and Quiroga witnessing the signing.",
  ].join("\n\n");
  const f = extract(story, "2026-07-08");
  it('"X received on Tuesday Y, who delivered a written message from the Chairman of G\'s O, Z": a meeting of X and Y, Z\'s message through Y', () => {
    const r = relations(f, MESSAGE);
    for (const x of ["CONVEYED_VIA person:rodrigo-ala-mamani -> person:luis-quiroga", "CONVEYED_TO person:luis-quiroga -> person:ana-quispe"]) assert.ok(r.includes(x), `${x}: ${r.join("; ")}`);
    assert.ok(relations(f, ["MET_WITH"]).includes("MET_WITH person:ana-quispe -> person:luis-quiroga"), relations(f, ["MET_WITH"]).join("; "));
  });
  it('"The meeting, held at L in C, was attended by A and Head of the General Intelligence Service B": both there, on the host state\'s side', () => {
    const m = meetings(f).find((x) => x.participants.includes("person:luis-quiroga") && x.participants.includes("person:ana-quispe"));
    assert.ok(m && ["person:tomas-ibarra", "person:carlos-vega"].every((p) => m.participants.includes(p)), JSON.stringify(meetings(f)));
    const met = relations(f, ["MET_WITH"]);
    assert.ok(met.includes("MET_WITH person:tomas-ibarra -> person:luis-quiroga") || met.includes("MET_WITH person:luis-quiroga -> person:tomas-ibarra"), met.join("; "));
    assert.ok(!met.some((r) => /tomas-ibarra|carlos-vega/.test(r) && /ana-quispe/.test(r)), met.join("; "));
    assert.ok(relations(f, ["HOLDS_OFFICE"]).some((r) => r.startsWith("HOLDS_OFFICE person:carlos-vega -> organization:general-intelligence-service")), relations(f, ["HOLDS_OFFICE"]).join("; "));
  });
  it('"X thanked Z for the invitation, …, and asked Y to convey her greetings": X asked Y, and a surname alone the model reads as a place is Z', () => {
    const r = relations(f, MESSAGE);
    assert.ok(r.includes("ASKED person:ana-quispe -> person:luis-quiroga"), r.join("; "));
    assert.ok(!r.some((x) => x.startsWith("ASKED person:rodrigo-ala-mamani")), r.join("; "));
    assert.ok(!f.entities.some((e) => e.key === "place:ala-mamani"), f.entities.map((e) => e.key).join("; "));
  });
  it('"After the talks, the minister, X, and G\'s Minister of Electricity and Renewable Energy Y signed …, with A and B witnessing the signing": the two signed it, at the talks', () => {
    const s = relations(f, ["SIGNED"]).map((x) => x.split(" -> ")[0]).sort();
    assert.deepEqual(s, ["SIGNED person:elena-castro", "SIGNED person:jorge-salas"]);
    const m = meetings(f).find((x) => x.participants.includes("person:luis-quiroga") && x.participants.includes("person:ana-quispe"));
    assert.ok(m && m.participants.includes("person:jorge-salas") && m.participants.includes("person:elena-castro"), JSON.stringify(meetings(f)));
  });
});

describe("a wire story of a letter handed over during talks (the thirteenth held-out set, twenty-fourth session, invented names)", () => {
  const story = [
    "LIMA, Feb 3 (Reuters) - Bolivia's Foreign Minister Luis Quiroga gave Peruvian Foreign Minister Ana Quispe a letter from President Rodrigo Mamani to President Tomás Ibarra during talks at the Torre Tagle Palace on Monday, the ministry said in a statement.",
    "The letter invites Ibarra to visit La Paz and sets out Bolivia's views on the border.",
    "Deputy Foreign Minister Jorge Salas also took part in the talks, as did Bolivia's ambassador in Lima, who joined the minister's delegation. The ambassador, Carolina Sosa, presented her credentials in November.",
    "Later on Monday, Quiroga met Elena Castro over dinner at a hotel in Lima.",
    "At the dinner, the Bolivian minister passed on a message from Chilean Foreign Minister Pedro Vidal, who had asked him in a telephone call on Sunday to tell Castro that Santiago was ready for talks, the person said.",
  ].join("\n\n");
  const f = extract(story, "2026-02-03");
  const people = meetings(f).map((m) => `${m.status} ${m.date ?? "-"} ${m.participants.join(" ")}`);
  it('"X gave Y a letter from Z to W during talks at L on Monday": talks held of X and Y, not Z nor W', () => {
    assert.ok(people.some((m) => m.startsWith("held 2026-02-02 ") && m.includes("luis-quiroga") && m.includes("ana-quispe") && !m.includes("tomas-ibarra") && !m.includes("rodrigo-mamani")), people.join("; "));
  });
  it('"The letter invites W to visit L": the sender of the letter told before invited W, a visit proposed', () => {
    assert.ok(relations(f, ["INVITED"]).includes("INVITED person:rodrigo-mamani -> person:tomas-ibarra"), relations(f, ["INVITED"]).join("; "));
    assert.ok(people.some((m) => m.startsWith("proposed") && m.endsWith("person:rodrigo-mamani person:tomas-ibarra")), people.join("; "));
  });
  it('"Y also took part in the talks, as did G\'s ambassador in L, … The ambassador, X, …": X at the talks, G\'s, meeting the other side only', () => {
    assert.ok(people.some((m) => m.startsWith("held 2026-02-02 ") && m.includes("carolina-sosa") && m.includes("jorge-salas")), people.join("; "));
    assert.ok(relations(f, ["HOLDS_OFFICE"]).some((r) => r.startsWith("HOLDS_OFFICE person:carolina-sosa -> government:bolivia")), relations(f, ["HOLDS_OFFICE"]).join("; "));
    const met = relations(f, ["MET_WITH"]);
    assert.ok(met.some((r) => r.includes("carolina-sosa") && r.includes("ana-quispe")) && !met.some((r) => r.includes("carolina-sosa") && r.includes("luis-quiroga")), met.join("; "));
  });
  it('"X passed on a message from Z, who had asked him in a telephone call to tell W that …": Z asked X, Z\'s message through X to W', () => {
    const r = relations(f, MESSAGE);
    for (const x of ["ASKED person:pedro-vidal -> person:luis-quiroga", "CONVEYED_VIA person:pedro-vidal -> person:luis-quiroga", "CONVEYED_TO person:pedro-vidal -> person:elena-castro", "CONVEYED_TO person:luis-quiroga -> person:elena-castro"]) assert.ok(r.includes(x), `${x}: ${r.join("; ")}`);
  });
});

describe("one who sat in keeps the side the meeting's place gave them (the thirteenth held-out set, twenty-fourth session, invented names)", () => {
  it('"Minister Y sat in on the meeting, as did G\'s ambassador in H. The ambassador, X, …": X and Y, both the host\'s, do not meet each other', () => {
    const f = extract(
      "President Ana Quispe on Monday received Bolivia's Foreign Minister, Luis Quiroga, at the palace in Lima. Trade Minister Jorge Salas sat in on the meeting, as did Peru's ambassador in La Paz. The ambassador, Carolina Sosa, has been in La Paz since 2024.",
      "2026-05-20",
    );
    const met = relations(f, ["MET_WITH"]);
    assert.ok(met.some((r) => r.includes("carolina-sosa") && r.includes("luis-quiroga")), met.join("; "));
    assert.ok(!met.some((r) => r.includes("carolina-sosa") && r.includes("jorge-salas")), met.join("; "));
  });
});

describe("a visit told by the host's own paper, with no dateline (the thirteenth held-out set, twenty-fourth session, invented names)", () => {
  const story = [
    "Bolivian Foreign Secretary Luis Quiroga on Thursday called on Prime Minister Ana Quispe at her official residence and handed over a letter from Bolivian President Rodrigo Mamani.",
    "Quiroga arrived in Lima on Wednesday on a two-day official visit, his first since the elections.",
    "On Wednesday, Quiroga and Foreign Secretary Tomás Ibarra held talks at the Ministry of Foreign Affairs.",
    "At the end of the talks, Ambassador Jorge Salas and Carolina Sosa, joint secretary at the Ministry of Finance, signed an agreement on schools, in the presence of the two foreign secretaries.",
  ].join("\n\n");
  const f = extract(story, "2026-01-23");
  it('"X arrived in Lima on a two-day official visit … X called on Prime Minister Y", "X and Foreign Secretary Z held talks": Y and Z are the visited state\'s', () => {
    const o = relations(f, ["HOLDS_OFFICE"]);
    for (const x of ["HOLDS_OFFICE person:ana-quispe -> government:peru", "HOLDS_OFFICE person:tomas-ibarra -> government:peru"]) assert.ok(o.some((r) => r.startsWith(x)), `${x}: ${o.join("; ")}`);
    assert.ok(!o.some((r) => r.startsWith("HOLDS_OFFICE person:luis-quiroga -> government:peru")), o.join("; "));
  });
  it('"At the end of the talks, A and B signed …": the signers at those talks', () => {
    const m = meetings(f).find((x) => x.participants.includes("person:tomas-ibarra") && x.participants.includes("person:luis-quiroga"));
    assert.ok(m && m.participants.includes("person:jorge-salas") && m.participants.includes("person:carolina-sosa"), JSON.stringify(meetings(f)));
  });
  it("not a state visited when the visitor's own state is the one they arrived in", () => {
    const o = relations(extract("Peruvian Foreign Minister Luis Quiroga arrived in Lima on Wednesday after an official visit. Quiroga then called on Prime Minister Ana Quispe.", "2026-01-23"), ["HOLDS_OFFICE"]);
    assert.ok(!o.some((r) => r.startsWith("HOLDS_OFFICE person:ana-quispe -> government:peru")), o.join("; "));
  });
});

describe("a round of dialogue and what the two signed after it (the thirteenth held-out set, twenty-fourth session, invented names)", () => {
  const f = extract(
    "On Tuesday, Deputy Foreign Minister Ana Quispe and Bolivian Deputy Foreign Minister Luis Quiroga held a new round of political dialogue in Lima. At the end of the talks, the two signed a memorandum of understanding on civil protection.",
    "2026-10-14",
  );
  it('"On Tuesday, A and B held a new round of political dialogue in L": talks held, on the day the sentence opens with', () => {
    assert.deepEqual(meetings(f), [{ status: "held", date: "2026-10-13", participants: ["person:ana-quispe", "person:luis-quiroga"] }]);
  });
  it('"… the two signed a memorandum": the pair the sentence before named signed it', () => {
    assert.deepEqual(relations(f, ["SIGNED"]).map((r) => r.split(" -> ")[0]).sort(), ["SIGNED person:ana-quispe", "SIGNED person:luis-quiroga"]);
  });
  it("not the day a sentence opens with when it is the day something was said", () => {
    const g = extract("On Tuesday, Ana Quispe said that she and Luis Quiroga had held a new round of talks in Lima.", "2026-10-14");
    assert.ok(meetings(g).every((m) => m.date !== "2026-10-13"), JSON.stringify(meetings(g)));
  });
});

describe("Commonwealth styles at a courtesy call (the thirteenth held-out set, twenty-fourth session, invented names)", () => {
  const story = [
    "Barbados's Minister of Foreign Affairs, Luis Quiroga, yesterday called on Prime Minister Ana Quispe at Jamaica House in Kingston and handed over a letter from his prime minister, Rodrigo Mamani, inviting Quispe to Bridgetown for talks.",
    "The courtesy call was also attended by the Minister of Foreign Affairs and Foreign Trade, Senator the Hon. Carolina Sosa, and the Minister of State in the ministry, Jorge Salas.",
    'According to the release, "the Most Hon. Ana Quispe, ON, PC, MP, asked Minister Quiroga to convey her best wishes to Prime Minister Mamani".',
    "This morning, Quiroga paid a courtesy call on the Governor-General, His Excellency the Most Hon. Sir Tomás Ibarra, ON, GCMG, CD, KStJ, at King's House.",
  ].join("\n\n");
  const f = extract(story, "2026-03-11");
  it('"called on Prime Minister Y at Jamaica House in Kingston and handed over a letter from his prime minister, Z, inviting Y to L": Y is Jamaica\'s; Z\'s letter through X; Z invited Y', () => {
    assert.ok(relations(f, ["HOLDS_OFFICE"]).some((r) => r.startsWith("HOLDS_OFFICE person:ana-quispe -> government:jamaica")), relations(f, ["HOLDS_OFFICE"]).join("; "));
    const r = relations(f, [...MESSAGE, "INVITED"]);
    for (const x of ["CONVEYED_VIA person:rodrigo-mamani -> person:luis-quiroga", "CONVEYED_TO person:luis-quiroga -> person:ana-quispe", "INVITED person:rodrigo-mamani -> person:ana-quispe"]) assert.ok(r.includes(x), `${x}: ${r.join("; ")}`);
  });
  it('"The courtesy call was also attended by …, Senator the Hon. A, and …, B": both there, on the side of the house\'s state', () => {
    const m = meetings(f).find((x) => x.participants.includes("person:ana-quispe") && x.participants.includes("person:luis-quiroga"));
    assert.ok(m && m.participants.includes("person:carolina-sosa") && m.participants.includes("person:jorge-salas"), JSON.stringify(meetings(f)));
    const met = relations(f, ["MET_WITH"]);
    assert.ok(!met.some((r) => r.includes("ana-quispe") && /carolina-sosa|jorge-salas/.test(r)), met.join("; "));
  });
  it('"the Most Hon. Y, ON, PC, MP, asked Minister X to convey her best wishes to Z": Y asked X', () => {
    assert.ok(relations(f, MESSAGE).includes("ASKED person:ana-quispe -> person:luis-quiroga"), relations(f, MESSAGE).join("; "));
  });
  it('"This morning, X paid a courtesy call on the Governor-General, His Excellency the Most Hon. Sir Y, ON, GCMG, CD, KStJ, at King\'s House": a meeting of X and Y that day; no one named "House", "Hon" or "GCMG"', () => {
    assert.ok(meetings(f).some((m) => m.status === "held" && m.date === "2026-03-11" && m.participants.join(" ") === "person:luis-quiroga person:tomas-ibarra"), JSON.stringify(meetings(f)));
    const people = f.entities.filter((e) => e.kind === "Person").map((e) => e.key);
    assert.ok(!people.some((k) => /^person:(?:house|hon|gcmg|on|cd|kstj|general|jamaica-house)$/.test(k)), people.join("; "));
    assert.ok(f.entities.some((e) => e.key === "place:jamaica-house"), f.entities.map((e) => e.key).join("; "));
  });
});

describe('"The two leaders" opening a sentence (twenty-fourth session, invented names)', () => {
  it('"A and B held talks. The meeting was attended by C, D, and E. The two leaders signed a declaration": A and B signed it, not the last pair named', () => {
    const f = extract(
      "Colombian President Mateo Vargas and Venezuelan President Rafael Medina held two hours of talks. The meeting was attended by Colombia's foreign minister, Ana Quispe, Venezuela's foreign minister, Luis Quiroga, and Brazilian special envoy Tomás Ibarra, who helped. The two leaders signed a declaration.",
      "2024-06-01",
    );
    assert.deepEqual(relations(f, ["SIGNED"]).map((r) => r.split(" -> ")[0]).sort(), ["SIGNED person:mateo-vargas", "SIGNED person:rafael-medina"]);
  });
});

describe("a minister who sat in on a meeting in the host's capital (the thirteenth held-out set, twenty-fourth session, invented names)", () => {
  it('"… received Y at the Union Buildings in Pretoria. International Relations Minister Z sat in on the meeting": Z holds the post for the host state, and does not meet the host', () => {
    const f = extract("President Ana Quispe on Monday received Zimbabwe's Foreign Minister, Luis Quiroga, at the Union Buildings in Pretoria. International Relations Minister Tomás Ibarra sat in on the meeting.", "2026-05-20");
    assert.ok(relations(f, ["HOLDS_OFFICE"]).some((r) => r.startsWith("HOLDS_OFFICE person:tomas-ibarra -> government:south-africa")), relations(f, ["HOLDS_OFFICE"]).join("; "));
    const met = relations(f, ["MET_WITH"]);
    assert.ok(met.some((r) => r.includes("tomas-ibarra") && r.includes("luis-quiroga")) && !met.some((r) => r.includes("tomas-ibarra") && r.includes("ana-quispe")), met.join("; "));
  });
  it("not one of no post, nor one at a meeting in a city of no state known", () => {
    const o = relations(extract("President Ana Quispe on Monday received Zimbabwe's Foreign Minister, Luis Quiroga, at the Union Buildings in Pretoria. Tomás Ibarra sat in on the meeting.", "2026-05-20"), ["HOLDS_OFFICE"]);
    assert.ok(!o.some((r) => r.startsWith("HOLDS_OFFICE person:tomas-ibarra")), o.join("; "));
  });
});

describe("a joint commission's session and what was inked at it (the thirteenth held-out set, twenty-fourth session, invented names)", () => {
  const story = [
    "LIMA, Aug 14 (Andina) -- President Rodrigo Mamani today received Bolivian Foreign Minister Ana Quispe at the palace.",
    "Also present at the meeting was Foreign Minister Tomás Ibarra.",
    "Quispe, who is on an official visit to Peru from Aug 13 to 15, yesterday co-chaired the Seventh Meeting of the Peru-Bolivia Joint Commission (JCPB) with Ibarra at Torre Tagle.",
    "In a statement, the ministry said the two ministers witnessed the signing of a memorandum of understanding (MoU) on cooperation in combating crime on the lake, which was inked by the Secretary-General of the Ministry of Foreign Affairs, Luis Quiroga, and the Bolivian Undersecretary for Bilateral Relations and ASEAN Affairs, Carolina Sosa.",
    "At the end of the meeting, Quispe invited Ibarra to co-chair the Eighth JCPB in La Paz next year, and the minister accepted the invitation.",
  ].join("\n\n");
  const f = extract(story, "2026-08-14");
  const ms = meetings(f).map((m) => `${m.status} ${m.date ?? "-"} ${m.participants.join(" ")}`);
  it('"X, who …, yesterday co-chaired the <commission\'s session> with Y at L": a meeting of the two, held that day', () => {
    assert.ok(ms.some((m) => m.startsWith("held 2026-08-13 ") && m.includes("ana-quispe") && m.includes("tomas-ibarra")), ms.join("; "));
  });
  it('"the two ministers witnessed the signing of a memorandum …, which was inked by <post>, A, and <post>, B": A and B signed it, at the session, each on their side', () => {
    assert.deepEqual(relations(f, ["SIGNED"]).map((r) => r.split(" -> ")[0]).sort(), ["SIGNED person:carolina-sosa", "SIGNED person:luis-quiroga"]);
    assert.ok(ms.some((m) => m.startsWith("held 2026-08-13 ") && m.includes("luis-quiroga") && m.includes("carolina-sosa")), ms.join("; "));
    const met = relations(f, ["MET_WITH"]);
    assert.ok(!met.some((r) => r.includes("luis-quiroga") && r.includes("tomas-ibarra")) && !met.some((r) => r.includes("carolina-sosa") && r.includes("ana-quispe")), met.join("; "));
    assert.ok(relations(f, ["HOLDS_OFFICE"]).some((r) => r.startsWith("HOLDS_OFFICE person:carolina-sosa -> government:bolivia")), relations(f, ["HOLDS_OFFICE"]).join("; "));
  });
  it('"X invited Y to co-chair the Eighth <commission> in L next year, and the minister accepted": X invited Y, planned there', () => {
    assert.ok(relations(f, ["INVITED"]).includes("INVITED person:ana-quispe -> person:tomas-ibarra"), relations(f, ["INVITED"]).join("; "));
    assert.ok(ms.some((m) => m.startsWith("planned 2027 ") && m.endsWith("person:ana-quispe person:tomas-ibarra")), ms.join("; "));
  });
});

describe("invitations a letter or a message carries (the thirteenth held-out set, twenty-fourth session, invented names)", () => {
  it('"…, where X handed him a letter from Z inviting Y to co-chair the next session of the <commission> in L in August. Y has accepted": Z\'s letter for Y, a meeting planned there', () => {
    const f = extract(
      "President Ana Quispe on Monday received Bolivia's Foreign Minister, Luis Quiroga, at the Union Buildings in Pretoria, where Quiroga handed him a letter from President Rodrigo Mamani inviting Quispe to co-chair the next session of the Bi-National Commission in La Paz in August.\n\nQuispe has accepted the invitation, the spokesperson said.",
      "2026-05-20",
    );
    const r = relations(f, MESSAGE);
    for (const x of ["CONVEYED_VIA person:rodrigo-mamani -> person:luis-quiroga", "CONVEYED_TO person:rodrigo-mamani -> person:ana-quispe"]) assert.ok(r.includes(x), `${x}: ${r.join("; ")}`);
    assert.ok(meetings(f).some((m) => m.status === "planned" && m.date === "2026-08" && m.participants.join(" ") === "person:ana-quispe person:rodrigo-mamani"), JSON.stringify(meetings(f)));
  });
  it('"Y received X, who delivered a written message from the Chairman of G\'s Council, Z. … the message included an invitation to Y to visit L": Z invited Y, a visit proposed', () => {
    const f = extract(
      "Peru's President Ana Quispe received on Tuesday Bolivia's Prime Minister Luis Quiroga, who delivered a written message from the Chairman of Bolivia's Transitional Council, Rodrigo Ala-Mamani.\n\nThe spokesman said the message included an invitation to Quispe to visit La Paz.",
      "2026-07-08",
    );
    assert.ok(relations(f, ["INVITED"]).includes("INVITED person:rodrigo-ala-mamani -> person:ana-quispe"), relations(f, ["INVITED"]).join("; "));
    assert.ok(meetings(f).some((m) => m.status === "proposed" && m.participants.join(" ") === "person:ana-quispe person:rodrigo-ala-mamani"), JSON.stringify(meetings(f)));
  });
  it('"X delivered a letter from Z to Y. … The letter proposes a framework. It also invites Y to visit L": Z invited Y', () => {
    const f = extract(
      "Special envoy Luis Quiroga on Thursday delivered a letter from President Rodrigo Mamani to the leader of Bolivia, Ana Quispe, in La Paz. He was accompanied by the ambassador. The letter, according to an official, proposes a joint framework for the border. It also invites Quispe to visit Lima for talks.",
      "2026-04-18",
    );
    assert.ok(relations(f, ["INVITED"]).includes("INVITED person:rodrigo-mamani -> person:ana-quispe"), relations(f, ["INVITED"]).join("; "));
  });
});

describe("a meeting proposed in writing (the thirteenth held-out set, twenty-fourth session, invented names)", () => {
  it('"X has written to Y proposing that the long-delayed council between the two countries be held in L in January": proposed, of the two, there', () => {
    const f = extract("Prime Minister Ana Quispe has written to Bolivian President Rodrigo Mamani proposing that the long-delayed High-Level Cooperation Council between the two countries be held in La Paz in January, officials said.", "2026-10-14");
    assert.ok(meetings(f).some((m) => m.status === "proposed" && m.participants.join(" ") === "person:ana-quispe person:rodrigo-mamani"), JSON.stringify(meetings(f)));
    assert.ok(!relations(f, ["MET_WITH"]).length, relations(f, ["MET_WITH"]).join("; "));
  });
});

describe("a go-between told by a post, named in the next sentence (the thirteenth held-out set, twenty-fourth session, invented names)", () => {
  it('"The letter was delivered on Monday by the head of <P>\'s diplomatic office, who flew to L and was received … by <P>\'s chief adviser on …, Y. The diplomat, X, …": X met Y', () => {
    const f = extract(
      "Prime Minister Ana Quispe has written to President Rodrigo Mamani. The letter was delivered on Monday by the head of the prime minister's diplomatic office, who flew to La Paz on a government jet and was received at the palace by Mamani's chief adviser on foreign policy and security, Tomás Ibarra. The diplomat, Luis Quiroga, a former ambassador to Chile, has handled such contacts since 2024.",
      "2026-10-14",
    );
    assert.ok(meetings(f).some((m) => m.status === "held" && m.participants.join(" ") === "person:luis-quiroga person:tomas-ibarra"), JSON.stringify(meetings(f)));
    assert.ok(relations(f, ["MET_WITH"]).some((r) => r.includes("luis-quiroga") && r.includes("tomas-ibarra")), relations(f, ["MET_WITH"]).join("; "));
  });
  it("not a post someone else is named right after", () => {
    const f = extract("The letter was delivered by the head of the prime minister's diplomatic office, Carolina Sosa, who flew to La Paz. The diplomat, Luis Quiroga, said nothing.", "2026-10-14");
    assert.ok(!meetings(f).some((m) => m.participants.includes("person:luis-quiroga")), JSON.stringify(meetings(f)));
  });
});

describe("a letter told as written, then carried (the thirteenth held-out set, twenty-fourth session, invented names)", () => {
  it('"Z has written to W … The letter was delivered on Monday by X, who flew to L and was received … by <P>\'s adviser, Y. Y undertook to deliver the letter to W": Z\'s, through X to Y, and through Y', () => {
    const f = extract(
      "Prime Minister Ana Quispe has written to President Rodrigo Mamani proposing talks. The letter was delivered on Monday by Luis Quiroga, who flew to La Paz on a government jet and was received at the palace by Mamani's chief adviser, Tomás Ibarra. Ibarra undertook to deliver the letter to Mamani, according to diplomatic sources.",
      "2026-10-14",
    );
    const r = relations(f, MESSAGE);
    for (const x of ["CONVEYED_VIA person:ana-quispe -> person:luis-quiroga", "CONVEYED_TO person:luis-quiroga -> person:tomas-ibarra", "CONVEYED_VIA person:ana-quispe -> person:tomas-ibarra"]) assert.ok(r.includes(x), `${x}: ${r.join("; ")}`);
  });
  it("not a letter of another story told long before, nor one whose carrier is its sender", () => {
    const f = extract("Prime Minister Ana Quispe has written to President Rodrigo Mamani. The letter was delivered by Ana Quispe herself.", "2026-10-14");
    assert.ok(!relations(f, ["CONVEYED_VIA"]).length, relations(f, ["CONVEYED_VIA"]).join("; "));
  });
});

describe("offices from general knowledge and from the story's shape (twenty-seventh session, from the seventeenth held-out set)", () => {
  const offices = (text: string, date: string) => relations(extract(text, date), ["HOLDS_OFFICE"]);
  it("a holder the gazetteer knows on the article's day, named with no state: that state's; not on another day, nor one told as former", () => {
    assert.deepEqual(offices("Andrii Sybiha and I met in Lviv last Friday.", "2026-05-21"), ["HOLDS_OFFICE person:andrii-sybiha -> government:ukraine [Foreign Minister]"]);
    assert.deepEqual(offices("Foreign Minister Andrii Sybiha met Ana Quispe in Lviv last Friday.", "2026-05-21"), ["HOLDS_OFFICE person:andrii-sybiha -> government:ukraine [Foreign Minister]"]);
    assert.deepEqual(offices("Andrii Sybiha and I met in Lviv last Friday.", "2019-05-21"), []);
    assert.deepEqual(offices("Dmytro Kuleba, a former foreign minister, met Ana Quispe in Kyiv.", "2023-05-21"), []);
  });
  it("a state's organ named by its seat before the post: 'State Department spokesman X', 'MEA spokesperson Y', 'Wisma Putra's deputy secretary-general Z'", () => {
    assert.deepEqual(offices("State Department spokesman Tomás Ibarra said the talks went well. MEA spokesperson Arjun Mehta said so too. Wisma Putra's deputy secretary-general Lim Wei Ling attended.", "2026-02-17"), [
      "HOLDS_OFFICE person:tomas-ibarra -> government:united-states [spokesman]",
      "HOLDS_OFFICE person:arjun-mehta -> government:india [spokesperson]",
      "HOLDS_OFFICE person:lim-wei-ling -> government:malaysia [deputy secretary general]",
    ]);
  });
  it("posts of no state held by those a sentence seats on a state's side, and an ambassador named in the next sentence", () => {
    const f = extract("HAVANA (AP) — Cuba and Namibia signed agreements today at the end of talks between Rodrigo Mamani and Ana Quispe. Taking part in the talks on the Cuban side were Foreign Minister Jorge Vidal and Public Health Minister Luis Quiroga, and on the Namibian side Minister of Health and Social Services Elena Castro and the Namibian ambassador in Havana. The diplomat, Marta Iglesias, took up her post last year.", "2026-04-16");
    const r = relations(f, ["HOLDS_OFFICE"]).map((x) => x.replace(/ \[.*$/, ""));
    for (const x of ["person:jorge-vidal -> government:cuba", "person:luis-quiroga -> government:cuba", "person:elena-castro -> government:namibia", "person:marta-iglesias -> government:namibia"]) assert.ok(r.includes(`HOLDS_OFFICE ${x}`), `${x} in ${r.join("; ")}`);
    assert.ok(meetings(f).some((m) => m.participants.includes("person:marta-iglesias") && m.participants.includes("person:jorge-vidal")), JSON.stringify(meetings(f)));
  });
  it("with no dateline, the state a visit the story opens with is to: its posts of no state", () => {
    assert.deepEqual(offices("Chilean President Isabel Ferrán is on a three-day visit to India for talks. On Monday foreign secretary Arjun Mehta called on her at her hotel.", "2026-02-17"), [
      "HOLDS_OFFICE person:isabel-ferran -> government:chile [President]",
      "HOLDS_OFFICE person:arjun-mehta -> government:india [foreign secretary]",
    ]);
  });
  it("a post of six words in lower case before a name the model reads as an organisation: 'minister of state for external affairs X'", () => {
    const f = extract("NEW DELHI: Chilean President Isabel Ferrán was received at the airport by minister of state for external affairs Pabitra Margherita.", "2026-02-17");
    assert.ok(relations(f, ["HOLDS_OFFICE"]).some((x) => x.startsWith("HOLDS_OFFICE person:pabitra-margherita -> government:india")), relations(f).join("; "));
  });
  it("'He was accompanied by G's deputy secretary-general for bilateral affairs. The senior official, X, …': X is G's, and at the meeting", () => {
    const f = extract("MANILA — Today, Foreign Minister Ana Quispe of Peru met Chilean Foreign Minister Jorge Vidal. She was accompanied by Peru's deputy secretary-general for bilateral affairs. The senior official, Marta Iglesias, served as ambassador in Santiago until last year.", "2026-07-23");
    assert.ok(relations(f, ["HOLDS_OFFICE"]).some((x) => x.startsWith("HOLDS_OFFICE person:marta-iglesias -> government:peru")), relations(f, ["HOLDS_OFFICE"]).join("; "));
    assert.ok(relations(f, ["MET_WITH"]).some((x) => x.includes("marta-iglesias") && x.includes("jorge-vidal")), relations(f, ["MET_WITH"]).join("; "));
  });
});

describe("a state's names and seats as the press writes them (twenty-eighth session, from the eighteenth held-out set)", () => {
  it("a story from 'Addis Abeba –' (a spelling of the capital the package lacks) is Ethiopia's: its bare 'Defence Minister X' holds Ethiopia's office; '(PhD)' after a name is no one", () => {
    const f = extract("Addis Abeba Staff\n\nAddis Abeba – A year ago today, Prime Minister Jorge Vidal (PhD) landed in Mogadishu.\n\nNovember 20 – Defence Minister Ana Quispe signs, in Mogadishu, the agreement on troops with her Somali counterpart.", "2026-02-27");
    assert.ok(relations(f, ["HOLDS_OFFICE"]).some((x) => x.startsWith("HOLDS_OFFICE person:ana-quispe -> government:ethiopia")), relations(f, ["HOLDS_OFFICE"]).join("; "));
    assert.ok(!f.entities.some((e) => e.key === "person:phd"), f.entities.map((e) => e.key).join());
  });
  it("'Türkiye hosted the talks': the state's node answers to 'Turkey' as well", () => {
    const f = extract("Türkiye hosted the talks on Thursday, and Turkish President Jorge Vidal spoke.", "2026-02-27");
    const turkey = f.entities.find((e) => e.key === "government:turkiye");
    assert.ok(turkey?.aliases.includes("Turkey") && turkey.aliases.includes("Türkiye"), JSON.stringify(turkey));
  });
  it("'Turkey's consul general in Mosul, X, also attended': X on Turkey's side, meeting the host, not the Turkish minister", () => {
    const f = extract("BAGHDAD — Turkish Foreign Minister Jorge Vidal met Iraqi President Luis Quiroga in Baghdad. Turkey's consul general in Mosul, Ana Quispe, also attended the meeting.", "2026-06-22");
    const met = relations(f, ["MET_WITH"]);
    assert.ok(met.some((x) => x.includes("ana-quispe") && x.includes("luis-quiroga")) && !met.some((x) => x.includes("ana-quispe") && x.includes("jorge-vidal")), met.join("; "));
  });
});


describe("posts in a state's organs and portfolios before a post (forty-sixth session, from the older held-out sets)", () => {
  it("'the President of the National Assembly, X' in a story from a state's capital: X holds that state's office (a guard: so before this session too)", () => {
    const f = extract("PHNOM PENH, March 3 (Reuters) - Visiting ministers called on the President of the National Assembly, Ana Quispe, on Monday.", "2026-03-03");
    assert.ok(relations(f, ["HOLDS_OFFICE"]).some((x) => x.startsWith("HOLDS_OFFICE person:ana-quispe -> government:")), relations(f, ["HOLDS_OFFICE"]).join("; "));
  });
  it("'X, spokesperson of the Department of Foreign Affairs' from Manila is the Philippines'; with no dateline, no state", () => {
    const text = "Jorge Vidal, spokesperson of the Department of Foreign Affairs, said the talks would resume.";
    const dated = extract(`MANILA - ${text}`, "2026-03-03");
    assert.ok(relations(dated, ["HOLDS_OFFICE"]).some((x) => x.startsWith("HOLDS_OFFICE person:jorge-vidal -> government:philippines")), relations(dated, ["HOLDS_OFFICE"]).join("; "));
    assert.ok(!relations(extract(text, "2026-03-03"), ["HOLDS_OFFICE"]).some((x) => x.includes("government:")), relations(extract(text, "2026-03-03"), ["HOLDS_OFFICE"]).join("; "));
  });
  it("a portfolio of two words, or capitalised, before 'minister' or 'Secretary': '<G>'s international development minister, X'", () => {
    for (const [text, state, who] of [
      ["Norway's international development minister, Jorge Vidal, took part in the talks.", "norway", "jorge-vidal"],
      ["Burundi's Foreign Affairs minister, Mr Luis Quiroga, went further.", "burundi", "luis-quiroga"],
      ["Panama's Communications Secretary, Ana Quispe, said the dates were being finalised.", "panama", "ana-quispe"],
      ["He had met China's ambassador to New Zealand and the Cook Islands, Jorge Vidal, in Auckland.", "china", "jorge-vidal"],
    ]) {
      const r = relations(extract(text, "2026-03-03"), ["HOLDS_OFFICE"]);
      assert.ok(r.some((x) => x.startsWith(`HOLDS_OFFICE person:${who} -> government:${state}`)), `${text}: ${r.join("; ")}`);
    }
  });
});

/** Each of `xs` begins one of the relations `r` ("RELATION source -> target", a title or note after it). */
/** That `all` has a HOLDS_OFFICE edge `o` ("person:x -> government:y"), whatever its title. */
function assertHolds(all: string[], o: string): void {
  assert.ok(all.some((r) => r.startsWith(`HOLDS_OFFICE ${o}`)), `${o}: ${all.join("; ")}`);
}

function assertRelations(r: string[], xs: string[]): void {
  for (const x of xs) assert.ok(r.some((y) => y.startsWith(x)), `${x} in ${r.join("; ")}`);
}

describe("posts, pairs and places of the thirty-ninth held-out set's forms (forty-seventh session)", () => {
  it("'<G>'s First Deputy Prime Minister - Minister of Economy X': both posts X's, of that state", () => {
    const f = extract("Chisinau, 15 May /MOLDPRES/ - The certificates were handed over by Defence Minister Luis Quiroga and Ukraine's First Deputy Prime Minister - Minister of Economy Ana Quispe, who coordinates demining.", "2025-05-15");
    assert.ok(relations(f, ["HOLDS_OFFICE"]).some((x) => x.startsWith("HOLDS_OFFICE person:ana-quispe -> government:ukraine")), relations(f, ["HOLDS_OFFICE"]).join("; "));
  });
  it("'a letter from Chief Adviser of <G>'s interim government Professor Z, inviting him to visit L': carried, and an invitation", () => {
    const f = extract("KATHMANDU, MAY 30 - Later on Thursday, Jorge Vidal called on Prime Minister Ana Quispe in Baluwatar. He handed over to PM Quispe a letter from Chief Adviser of Bangladesh's interim government Professor Luis Quiroga, inviting her to visit Dhaka later this year.", "2025-05-30");
    assertRelations(relations(f, ["CONVEYED_VIA", "CONVEYED_TO", "INVITED", "HOLDS_OFFICE"]), ["CONVEYED_VIA person:luis-quiroga -> person:jorge-vidal", "CONVEYED_TO person:luis-quiroga -> person:ana-quispe", "INVITED person:luis-quiroga -> person:ana-quispe", "HOLDS_OFFICE person:luis-quiroga -> government:bangladesh"]);
  });
  it("'He asked the visiting adviser to convey his greetings to Z': the visitor asked, the greetings carried", () => {
    const f = extract("KATHMANDU, MAY 30 - Bangladesh's Foreign Adviser Jorge Vidal is in Kathmandu on a two-day official visit. Later on Thursday, Vidal called on Prime Minister Ana Quispe at her residence. Quispe asked the visiting adviser to convey her greetings to Professor Luis Quiroga.", "2025-05-30");
    assertRelations(relations(f, ["ASKED", "CONVEYED_VIA"]), ["ASKED person:ana-quispe -> person:jorge-vidal", "CONVEYED_VIA person:ana-quispe -> person:jorge-vidal"]);
  });
  it("'by Y, who was in L on a two-day official visit at the invitation of X': X invited Y", () => {
    const f = extract("The climbers were congratulated at a reception in Thamel by Bangladesh's Foreign Adviser Jorge Vidal, who was in Kathmandu on a two-day official visit at the invitation of Minister for Foreign Affairs Ana Quispe.", "2025-05-30");
    assertRelations(relations(f, ["INVITED"]), ["INVITED person:ana-quispe -> person:jorge-vidal"]);
  });
  it("'Zanzibar President Dr X … The Zanzibar President asked the Comorian minister': the region's president, not the state's", () => {
    const f = extract("Zanzibar President Dr Luis Quiroga, who was the guest of honour, spoke. President Rosa Mendes was in Dodoma. In the evening, Dr Quiroga received the Comorian Minister of Foreign Affairs, Mr Jorge Vidal, at State House. The Zanzibar President asked the Comorian minister to convey his greetings to President Ana Quispe.", "2025-07-08");
    const r = relations(f, ["ASKED", "HOLDS_OFFICE"]);
    assertRelations(r, ["ASKED person:luis-quiroga -> person:jorge-vidal", "HOLDS_OFFICE person:luis-quiroga -> government:tanzania"]);
    assert.ok(!r.some((x) => x.startsWith("ASKED person:rosa-mendes")), r.join("; "));
  });
  it("'Zanzibar' alone, after 'the State University of Zanzibar' is named, is the place, not the university", () => {
    const f = extract("Thousands filled the grounds in Zanzibar for the celebrations. Halima Ngowi is a student at the State University of Zanzibar. Zanzibar will open an academy.", "2025-07-08");
    assert.ok(f.entities.some((e) => e.key === "place:zanzibar"), f.entities.map((e) => e.key).join());
  });
  it("'the Government Chief Spokesperson, Mr X,': X's post, of the state of the story", () => {
    const f = extract("DODOMA, July 8 - Meanwhile, the Government Chief Spokesperson, Mr Jorge Vidal, dismissed the reports as fabricated.", "2025-07-08");
    assertRelations(relations(f, ["HOLDS_OFFICE"]), ["HOLDS_OFFICE person:jorge-vidal -> government:tanzania"]);
  });
  it("'witnessed by A and B. The two held talks at a hotel in General Santos City on Thursday and then signed a memorandum': both signed; the city no one", () => {
    const f = extract("GENERAL SANTOS CITY (MindaNews / 26 September) — The send-off was witnessed by Foreign Affairs Secretary Ana Quispe and Indonesian Foreign Minister Jorge Vidal. The two held talks at a hotel in General Santos City on Thursday morning and then signed a memorandum of understanding on the repatriation of fishermen.", "2025-09-26");
    const r = relations(f, ["SIGNED"]);
    assert.ok(r.some((x) => x.startsWith("SIGNED person:ana-quispe")) && r.some((x) => x.startsWith("SIGNED person:jorge-vidal")), r.join("; "));
    assert.ok(!f.entities.some((e) => e.key.startsWith("person:") && /santos/.test(e.key)), f.entities.map((e) => e.key).join());
  });
  it("'DFA spokesperson Ma. Teresita X on Friday denied': one sentence, the name whole; 'Bangsamoro Chief Minister Y': the Philippines'", () => {
    const f = extract("DAVAO CITY (MindaNews / 26 September) — DFA spokesperson Ma. Rosa Mendes on Friday denied the post. Earlier, Bangsamoro Chief Minister Jorge Vidal had spoken.", "2025-09-26");
    assert.ok(f.entities.some((e) => e.key === "person:ma-rosa-mendes"), f.entities.map((e) => e.key).join());
    assertRelations(relations(f, ["HOLDS_OFFICE"]), ["HOLDS_OFFICE person:jorge-vidal -> government:philippines"]);
  });
});

describe("agencies' long posts, a masthead's state and carried requests (the thirty-ninth held-out set, forty-seventh session)", () => {
  it("'the Captains Regent, A and B,': each a Captain Regent of San Marino", () => {
    const f = extract("SAN MARINO, June 15 (ANSA) - On Sunday morning Jorge Vidal was received at Palazzo Pubblico by the Captains Regent, Ana Quispe and Rosa Mendes, in the presence of Luis Quiroga.", "2025-06-15");
    assertRelations(relations(f, ["HOLDS_OFFICE", "MET_WITH"]), ["HOLDS_OFFICE person:ana-quispe -> government:san-marino", "HOLDS_OFFICE person:rosa-mendes -> government:san-marino"]);
    assert.ok(relations(f, ["MET_WITH"]).some((x) => x.includes("rosa-mendes") && x.includes("jorge-vidal")), relations(f, ["MET_WITH"]).join("; "));
  });
  it("'the Minister of Foreign Affairs, Cooperation and Mauritanians Abroad of the Islamic Republic of Mauritania, X,': X's post, of that state", () => {
    const f = extract("ALGIERS - The President of the Republic, Mr. Jorge Vidal, received, Wednesday at El Mouradia Palace, the Minister of Foreign Affairs, Cooperation and Mauritanians Abroad of the Islamic Republic of Mauritania, Luis Quiroga, who delivered to him a written message.", "2025-10-30");
    assertRelations(relations(f, ["HOLDS_OFFICE", "MET_WITH"]), ["HOLDS_OFFICE person:luis-quiroga -> government:mauritania", "MET_WITH person:jorge-vidal -> person:luis-quiroga"]);
  });
  it("'the <N> Minister of Culture, Arts, Communication and Relations with Parliament, X,': X's post, of that state", () => {
    const f = extract("ALGIERS - The Minister of Culture and Arts, Jorge Vidal, and the Mauritanian Minister of Culture, Arts, Communication and Relations with Parliament, Luis Quiroga, inaugurated Wednesday the pavilion.", "2025-10-30");
    assertRelations(relations(f, ["HOLDS_OFFICE"]), ["HOLDS_OFFICE person:luis-quiroga -> government:mauritania"]);
  });
  it("'X entrusted the <N> minister with conveying his fraternal greetings to his brother President Z': asked, carried", () => {
    const f = extract("ALGIERS - President Jorge Vidal received the Mauritanian Minister of Foreign Affairs, Luis Quiroga. President Vidal entrusted the Mauritanian minister with conveying his fraternal greetings to his brother President Ana Quispe.", "2025-10-30");
    assertRelations(relations(f, ["ASKED", "CONVEYED_VIA", "CONVEYED_TO"]), ["ASKED person:jorge-vidal -> person:luis-quiroga", "CONVEYED_VIA person:jorge-vidal -> person:luis-quiroga", "CONVEYED_TO person:jorge-vidal -> person:ana-quispe"]);
  });
  it("guard: 'the two ministers held talks at L, at the end of which they signed an executive programme': both signed", () => {
    const f = extract("ALGIERS - The Minister of Culture and Arts, Jorge Vidal, and the Mauritanian Minister of Culture and Communication, Luis Quiroga, inaugurated the pavilion. A poet recited a poem. After the inauguration, the two ministers held talks at the headquarters of the fair, at the end of which they signed an executive programme of cultural cooperation.", "2025-10-30");
    const r = relations(f, ["SIGNED"]);
    assert.ok(r.some((x) => x.startsWith("SIGNED person:jorge-vidal")) && r.some((x) => x.startsWith("SIGNED person:luis-quiroga")), r.join("; "));
  });
  it("a story with no dateline under the masthead 'ST. LUCIA TIMES | NEWS': its bare posts are Saint Lucia's", () => {
    const f = extract("ST. LUCIA TIMES | NEWS\n\nSeizure off Vieux Fort\n\nby Carla Joseph\n\nFinance Minister Jorge Vidal said the budget was ready.", "2025-03-11");
    assertRelations(relations(f, ["HOLDS_OFFICE"]), ["HOLDS_OFFICE person:jorge-vidal -> government:saint-lucia"]);
  });
  it("'a working visit to <G> by the President of the Executive Council of the <O>, X … The Prime Minister asked his guest to convey his thanks to President Z': X asked", () => {
    const f = extract("CASTRIES - The seizure came on the eve of a working visit to Saint Lucia by the President of the Executive Council of the Territorial Collectivity of Martinique, Jorge Vidal. On Monday, Vidal held talks with Prime Minister Luis Quiroga. The Prime Minister asked his guest to convey his thanks to President Ana Quispe.", "2025-03-11");
    assertRelations(relations(f, ["ASKED", "CONVEYED_VIA"]), ["ASKED person:luis-quiroga -> person:jorge-vidal", "CONVEYED_VIA person:luis-quiroga -> person:jorge-vidal"]);
  });
  it("'the Press Secretary in the Office of the Prime Minister, X,': the whole post, of the story's state", () => {
    const f = extract("ST. GEORGE'S, Grenada - Meanwhile, the Press Secretary in the Office of the Prime Minister, Jorge Vidal, on Monday dismissed the claim.", "2025-03-11");
    assertRelations(relations(f, ["HOLDS_OFFICE"]), ["HOLDS_OFFICE person:jorge-vidal -> government:grenada [Press Secretary in the Office of the Prime Minister]"]);
  });
  it("'X, for his part, asked Y to take to Z a request for a meeting': carried to Z", () => {
    const f = extract("BRASILIA - Governor Jorge Vidal, for his part, asked Foreign Minister Luis Quiroga to take to President Ana Quispe a request for a meeting in Brasília.", "2025-03-21");
    assertRelations(relations(f, ["CONVEYED_VIA", "CONVEYED_TO"]), ["CONVEYED_VIA person:jorge-vidal -> person:luis-quiroga", "CONVEYED_TO person:luis-quiroga -> person:ana-quispe"]);
  });
});

describe("shared titles, bylines and shortened ranks (forty-eighth session)", () => {
  it("'External Affairs Minister X', in a story from another state that has the post: the home state's, not India's", () => {
    const f = extract("CASTRIES, St Lucia - On Monday, Prime Minister Jorge Vidal held talks with the visitor, with External Affairs Minister Luis Quiroga also present.", "2025-03-11");
    assertRelations(relations(f, ["HOLDS_OFFICE"]), ["HOLDS_OFFICE person:luis-quiroga -> government:saint-lucia"]);
  });
  it("guard: 'External Affairs Minister X' with no dateline: India's", () => {
    const f = extract("External Affairs Minister Luis Quiroga said the talks had gone well.", "2025-03-11");
    assertRelations(relations(f, ["HOLDS_OFFICE"]), ["HOLDS_OFFICE person:luis-quiroga -> government:india"]);
  });
  it("a byline 'Name in City' on its own line: the story is told from that city's state", () => {
    const f = extract("Talks in the capital\n\nCarla Joseph in Nairobi\n\nForeign ministry spokeswoman Ana Quispe told a briefing on Wednesday that the talks had been candid.", "2026-04-15");
    assertRelations(relations(f, ["HOLDS_OFFICE"]), ["HOLDS_OFFICE person:ana-quispe -> government:kenya"]);
  });
  it("'<N> Ministry of Defense spokesman Brig. Gen. X': X (no person 'Brig'), spokesman of the ministry, of that state", () => {
    const f = extract("On Tuesday, Saudi Ministry of Defense spokesman Brig. Gen. Jorge Vidal denied it.", "2025-03-11");
    const r = relations(f, ["HOLDS_OFFICE", "AFFILIATED_WITH"]);
    assertRelations(r, ["HOLDS_OFFICE person:jorge-vidal -> government:saudi-arabia"]);
    assert.ok(!f.entities.some((e) => e.key === "person:brig"), f.entities.map((e) => e.key).join("; "));
  });
});

describe("posts, letters and signings of the fortieth held-out set's forms (forty-eighth session)", () => {
  it("'a letter from the Taoiseach, Z, inviting the First Minister and deputy First Minister to a summit': both invited, both sent it", () => {
    const f = extract("BELFAST - On Thursday Jorge Vidal was received at Stormont Castle by First Minister Ana Quispe and deputy First Minister Rosa Mendes. Mr Vidal handed over a letter from the Taoiseach, Luis Quiroga, inviting the First Minister and deputy First Minister to a summit in Dublin in March. Both have accepted.", "2025-01-31");
    assertRelations(relations(f, ["INVITED", "CONVEYED_TO"]), ["INVITED person:luis-quiroga -> person:ana-quispe", "INVITED person:luis-quiroga -> person:rosa-mendes", "CONVEYED_TO person:luis-quiroga -> person:rosa-mendes", "CONVEYED_TO person:jorge-vidal -> person:rosa-mendes"]);
    assert.ok(meetings(f).some((m) => m.status === "planned" && m.participants.includes("person:rosa-mendes") && m.participants.includes("person:luis-quiroga")), JSON.stringify(meetings(f)));
  });
  it("'the Secretary of State, X', in a paper of the United Kingdom: the United Kingdom's", () => {
    const f = extract("BELFAST TELEGRAPH | NEWS | NORTHERN IRELAND\n\nMr Vidal had also been due to meet the Secretary of State, Ana Quispe, at Hillsborough Castle.", "2025-01-31");
    assertRelations(relations(f, ["HOLDS_OFFICE"]), ["HOLDS_OFFICE person:ana-quispe -> government:united-kingdom"]);
  });
  it("'the Ministry of Foreign Affairs, Cooperation and Regional Integration': one body, no person 'Cooperation'", () => {
    const f = extract("PRAIA - Jorge Vidal held talks at the headquarters of the Ministry of Foreign Affairs, Cooperation and Regional Integration on Wednesday.", "2025-07-17");
    assert.ok(f.entities.some((e) => e.kind === "Organization" && e.key.endsWith("ministry-of-foreign-affairs-cooperation-and-regional-integration")), f.entities.map((e) => e.key).join("; "));
    assert.ok(!f.entities.some((e) => e.key === "person:cooperation"), f.entities.map((e) => e.key).join("; "));
  });
  it("a dateline 'Cidade da Praia, 17 Jul (Inforpress) –': Praia, the story's state Cabo Verde's", () => {
    const f = extract("Cidade da Praia, 17 Jul (Inforpress) – Foreign Minister Jorge Vidal said the talks went well.", "2025-07-17");
    assertRelations(relations(f, ["HOLDS_OFFICE"]), ["HOLDS_OFFICE person:jorge-vidal -> government:cape-verde"]);
    assert.ok(f.entities.some((e) => e.key === "place:praia"), f.entities.map((e) => e.key).join("; "));
  });
  it("'delivered to the Head of Government a letter from the Prime Minister of G, Z': the story's prime minister, not Z", () => {
    const f = extract("PRAIA - In the afternoon, Ana Quispe was received at the Government Palace by the Prime Minister, Jorge Vidal. On that occasion, Ana Quispe delivered to the Head of Government a letter from the Prime Minister of Senegal, Rosa Mendes, inviting him to make an official visit to Senegal. The Head of Government asked Ana Quispe to transmit his greetings to Prime Minister Rosa Mendes.", "2025-07-17");
    assertRelations(relations(f, ["CONVEYED_TO", "INVITED", "ASKED"]), ["CONVEYED_TO person:rosa-mendes -> person:jorge-vidal", "INVITED person:rosa-mendes -> person:jorge-vidal", "ASKED person:jorge-vidal -> person:ana-quispe"]);
  });
  it("'The ministers did put their names to one document, a joint declaration on …', the pair named three sentences before: both signed", () => {
    const f = extract("TORNIO - Minister Jorge Vidal and Sweden's Minister Luis Quiroga sat down at the town hall on Tuesday. The talks went on for three hours. \"We agree on the science,\" Vidal told reporters afterwards. \"We do not agree on the cost.\" The ministers did put their names to one document, a joint declaration on a common salmon counting programme.", "2025-05-28");
    const r = relations(f, ["SIGNED"]);
    assert.ok(r.some((x) => x.startsWith("SIGNED person:jorge-vidal")) && r.some((x) => x.startsWith("SIGNED person:luis-quiroga")), r.join("; "));
  });
  it("Malaysian styles inside a name are no words of it: 'Premier Datuk Patinggi Tan Sri X', 'Deputy Premier Datuk Amar Y'", () => {
    const f = extract("MIRI: Premier Datuk Patinggi Tan Sri Jorge Vidal met Deputy Premier Datuk Amar Luis Quiroga yesterday.", "2025-06-19");
    const keys = f.entities.map((e) => e.key);
    assert.ok(keys.includes("person:jorge-vidal") && keys.includes("person:luis-quiroga"), keys.join("; "));
  });
  it("'Utility and Telecommunication Minister Datuk Seri X': the whole post, of the story's state", () => {
    const f = extract("MIRI: Also present were Utility and Telecommunication Minister Datuk Seri Jorge Vidal and senior officials from both sides.", "2025-06-19");
    assertRelations(relations(f, ["HOLDS_OFFICE"]), ["HOLDS_OFFICE person:jorge-vidal -> government:malaysia [Utility and Telecommunication Minister]"]);
  });
  it("'X and Premier Y held talks', X another state's minister, in a paper of Y's: Y's post the paper's state's", () => {
    const f = extract("CAYMAN COMPASS | NEWS\n\nHonduran Foreign Minister Jorge Vidal arrived in Grand Cayman for a two-day visit. Vidal and Premier Luis Quiroga held talks at the Government Administration Building on Tuesday.", "2025-07-24");
    assertRelations(relations(f, ["HOLDS_OFFICE"]), ["HOLDS_OFFICE person:luis-quiroga -> government:cayman-islands"]);
  });
});

describe("posts, styles and carried messages of the forty-first held-out set's forms (forty-ninth session)", () => {
  it("'The Minister of State, Minister of Foreign Affairs, A, B and Cs Abroad of G, Amb. X,': X's, of G (the ambassador's style no post)", () => {
    const f = extract("MONROVIA - The Minister of State, Minister of Foreign Affairs, African Integration and Ivorians Abroad of Côte d'Ivoire, Amb. Jorge Vidal, arrived in Monrovia on Wednesday at the invitation of Foreign Minister Ana Quispe.", "2025-11-21");
    assertRelations(relations(f, ["HOLDS_OFFICE", "INVITED"]), ["HOLDS_OFFICE person:jorge-vidal -> government:ivory-coast", "INVITED person:ana-quispe -> person:jorge-vidal"]);
  });
  it("'He bore a letter from Z, who was re-elected last month, and presented it to Pres. Y': carried, and handed to Y", () => {
    const f = extract("MONROVIA - Foreign Minister Jorge Vidal of Ghana called on President Ana Quispe at the Executive Mansion. He bore a letter from President Luis Quiroga, who was re-elected last month, and presented it to Pres. Quispe.", "2025-11-21");
    assertRelations(relations(f, ["CONVEYED_VIA", "CONVEYED_TO"]), ["CONVEYED_VIA person:luis-quiroga -> person:jorge-vidal", "CONVEYED_TO person:jorge-vidal -> person:ana-quispe"]);
    assert.ok(!f.entities.some((e) => /^(?:person|organization):pres$/.test(e.key)), f.entities.map((e) => e.key).join("; "));
  });
  it("'Pres. Y requested that Amb. X relay to President Z the warm congratulations of …': asked, and carried to Z", () => {
    const f = extract("MONROVIA - Foreign Minister Jorge Vidal of Ghana called on President Ana Quispe at the Executive Mansion. Pres. Quispe requested that Amb. Vidal relay to President Luis Quiroga the warm congratulations of the Government and people of Liberia on his re-election.", "2025-11-21");
    assertRelations(relations(f, ["ASKED", "CONVEYED_VIA", "CONVEYED_TO"]), ["ASKED person:ana-quispe -> person:jorge-vidal", "CONVEYED_VIA person:ana-quispe -> person:jorge-vidal", "CONVEYED_TO person:ana-quispe -> person:luis-quiroga"]);
  });
  it("'Presidential Press Secretary Atty. X' and 'White House Press Secretary Y': one post each, no body 'Press'", () => {
    const f = extract("MONROVIA - Presidential Press Secretary Atty. Jorge Vidal dismissed the report. White House Press Secretary Ana Quispe said nothing.", "2025-11-21");
    assertRelations(relations(f, ["HOLDS_OFFICE"]), ["HOLDS_OFFICE person:jorge-vidal -> government:liberia [Presidential Press Secretary]", "HOLDS_OFFICE person:ana-quispe -> government:united-states [Press Secretary]"]);
    assert.ok(!f.entities.some((e) => /press/.test(e.key) && e.kind === "Organization"), f.entities.map((e) => e.key).join("; "));
  });
  it("'X, Director-General of the Food and Agriculture Organization of the United Nations (FAO),': the FAO's head", () => {
    const f = extract("ASMARA - Jorge Vidal held a telephone conversation on Monday with Mr. Ana Quispe, Director-General of the Food and Agriculture Organization of the United Nations (FAO), on the locust situation.", "2025-01-23");
    assertRelations(relations(f, ["HOLDS_OFFICE"]), ["HOLDS_OFFICE person:ana-quispe -> organization:un-food-and-agriculture-organization [Director-General]"]);
  });
  it("a dateline 'City, 23 January 2025 –': the city's state is the story's, its bare posts that state's", () => {
    const f = extract("Asmara, 23 January 2025 – Meanwhile, the Minister of Information, Mr. Jorge Vidal, dismissed the reports.", "2025-01-23");
    assertRelations(relations(f, ["HOLDS_OFFICE"]), ["HOLDS_OFFICE person:jorge-vidal -> government:eritrea [Minister of Information]"]);
  });
  it("'Eng. X' is a style: no sentence ends at it, no person 'Eng'; 'a message from the Custodian of the Two Holy Mosques, King Z, to Y': Z's, carried", () => {
    const f = extract("ASMARA - President Ana Quispe received Eng. Jorge Vidal at the State House yesterday. At the meeting, Eng. Vidal delivered a message from the Custodian of the Two Holy Mosques, King Luis Quiroga, to President Quispe.", "2025-01-23");
    assertRelations(relations(f, ["CONVEYED_VIA", "CONVEYED_TO"]), ["CONVEYED_VIA person:luis-quiroga -> person:jorge-vidal", "CONVEYED_TO person:jorge-vidal -> person:ana-quispe"]);
    assert.ok(!f.entities.some((e) => e.key === "person:eng" || /custodian|holy-mosques/.test(e.key)), f.entities.map((e) => e.key).join("; "));
  });
  it("'to pass on to President X Samoa's thanks': X, and the state's possessive; guard: 'the Chairman of Sudan's council' names no one 'of'", () => {
    const f = extract("APIA - She asked the Governor to pass on to President Jorge Vidal Samoa's thanks. President Ana Quispe received the Chairman of Sudan's Transitional Sovereignty Council, Luis Quiroga, in Cairo.", "2024-09-07");
    const keys = f.entities.map((e) => e.key);
    assert.ok(keys.includes("person:jorge-vidal") && keys.includes("government:samoa") && !keys.includes("person:of"), keys.join("; "));
  });
  it("'the two leaders put pen to a memorandum of understanding on …': both signed it", () => {
    const f = extract("APIA - Earlier on Friday, Prime Minister Jorge Vidal and Governor Ana Quispe held talks. At the end of the talks the two leaders put pen to a memorandum of understanding on fisheries cooperation, under which the two governments will share data.", "2024-09-07");
    const r = relations(f, ["SIGNED"]);
    assert.ok(r.some((x) => x.startsWith("SIGNED person:jorge-vidal")) && r.some((x) => x.startsWith("SIGNED person:ana-quispe")), r.join("; "));
  });
  it("'A and Premier B sat down at <venue> in L on Wednesday morning, and at the end of their talks put their signatures to a <D>': both signed", () => {
    const f = extract("BRADES - Mr Jorge Vidal and Premier Hon. Ana Quispe sat down at Government Headquarters in Brades on Wednesday morning, and at the end of their talks put their signatures to a memorandum of understanding on volcanic hazard monitoring.", "2025-03-14");
    const r = relations(f, ["SIGNED"]);
    assert.ok(r.some((x) => x.startsWith("SIGNED person:jorge-vidal")) && r.some((x) => x.startsWith("SIGNED person:ana-quispe")), r.join("; "));
  });
  it("a territory's paper: its 'Premier X' and 'The Premier's Press Secretary, Y,' are the territory's", () => {
    const f = extract("THE MONTSERRAT REPORTER | NEWS\n\nPremier Jorge Vidal spoke by telephone with a regional leader on Tuesday.\n\nThe Premier's Press Secretary, Ana Quispe, on Thursday dismissed a report.", "2025-03-14");
    assertRelations(relations(f, ["HOLDS_OFFICE"]), ["HOLDS_OFFICE person:jorge-vidal -> government:montserrat [Premier]", "HOLDS_OFFICE person:ana-quispe -> government:montserrat [Press Secretary]"]);
  });
  it("'Y said he had asked Mr X to let Minister Z know that …': carried to Z", () => {
    const f = extract("BRADES - Mr Jorge Vidal of Guadeloupe held talks with Premier Ana Quispe. Premier Quispe said he had asked Mr Vidal to let Minister Luis Quiroga know that Montserrat would welcome French help.", "2025-03-14");
    assertRelations(relations(f, ["ASKED", "CONVEYED_VIA", "CONVEYED_TO"]), ["ASKED person:ana-quispe -> person:jorge-vidal", "CONVEYED_VIA person:ana-quispe -> person:jorge-vidal", "CONVEYED_TO person:ana-quispe -> person:luis-quiroga"]);
  });
  it("'MLA X' is X, a member of the assembly; 'asked Governor Y to take back to L a request for Z': carried to Z", () => {
    const f = extract("STANLEY - Governor Jorge Vidal and MLA Ana Quispe held talks at Gilbert House on Wednesday. MLA Quispe said he had asked Governor Vidal to take back to Santiago a request for Chile's Foreign Minister, Luis Quiroga, that the Saturday flight be protected.", "2025-04-25");
    assert.ok(f.entities.some((e) => e.key === "person:ana-quispe") && !f.entities.some((e) => /mla/.test(e.key)), f.entities.map((e) => e.key).join("; "));
    assertRelations(relations(f, ["CONVEYED_VIA", "CONVEYED_TO"]), ["CONVEYED_VIA person:ana-quispe -> person:jorge-vidal", "CONVEYED_TO person:jorge-vidal -> person:luis-quiroga"]);
  });
  it("'X also brought a letter from the Mayor of L, Z, which he gave to Y': Z's, carried by X to Y", () => {
    const f = extract("STANLEY - Governor Jorge Vidal and MLA Ana Quispe held talks at Gilbert House on Wednesday. Governor Vidal also brought a letter from the Mayor of Punta Arenas, Luis Quiroga, which he gave to MLA Quispe at the end of the talks.", "2025-04-25");
    assertRelations(relations(f, ["CONVEYED_VIA", "CONVEYED_TO"]), ["CONVEYED_VIA person:luis-quiroga -> person:jorge-vidal", "CONVEYED_TO person:jorge-vidal -> person:ana-quispe", "CONVEYED_TO person:luis-quiroga -> person:ana-quispe"]);
  });
  it("'a spokesperson for the Office of the Prime Minister, X,': the office's state's spokesperson, no post 'Office of the Prime Minister'", () => {
    const f = extract("THE MALTA INDEPENDENT | LOCAL\n\nA spokesperson for the Office of the Prime Minister, Jorge Vidal, denied a report that the Prime Minister had met Tunisian Prime Minister Ana Quispe.", "2025-12-11");
    assertRelations(relations(f, ["HOLDS_OFFICE"]), ["HOLDS_OFFICE person:jorge-vidal -> government:malta [spokesperson]"]);
  });
  it("'X held talks with Minister for Water Supply Y at L, after which the two signed a <D>': both signed, Y named whole", () => {
    const f = extract("KATHMANDU - On Wednesday, Jorge Vidal held talks with Minister for Water Supply Ana Quispe at Singha Durbar, after which the two signed a memorandum of understanding on cooperation in water resources.", "2025-05-09");
    const r = relations(f, ["SIGNED"]);
    assert.ok(r.some((x) => x.startsWith("SIGNED person:jorge-vidal")) && r.some((x) => x.startsWith("SIGNED person:ana-quispe")), r.join("; "));
  });
  it("'the President of the Sicilian Region, X,' and 'The Regional Governor of Magallanes, Y,': the regions' states'", () => {
    const f = extract("VALLETTA - The inscription came a day after the President of the Sicilian Region, Jorge Vidal, was received by Prime Minister Luis Quiroga. The Regional Governor of Magallanes, Ana Quispe, made her first visit to the Islands.", "2025-12-11");
    assertRelations(relations(f, ["HOLDS_OFFICE"]), ["HOLDS_OFFICE person:jorge-vidal -> government:italy", "HOLDS_OFFICE person:ana-quispe -> government:chile"]);
  });
  it("'X placed Z's letter in Y's hands': Z's letter, carried by X to Y", () => {
    const f = extract("BANGKOK - Prime Minister Luis Quiroga wrote to Prime Minister Ana Quispe. Before the talks began, Mr. Jorge Vidal placed Mr. Quiroga's letter in Ms. Quispe's hands.", "2025-01-23");
    assertRelations(relations(f, ["CONVEYED_VIA", "CONVEYED_TO"]), ["CONVEYED_VIA person:luis-quiroga -> person:jorge-vidal", "CONVEYED_TO person:jorge-vidal -> person:ana-quispe"]);
  });
  it("a byline's place line 'City, X Province': the story's state, its bare posts that state's", () => {
    const f = extract("By Rosa Mendes\nVanimo, Sandaun Province\n\nHealth Minister Hon. Jorge Vidal, MP, said the ship would return.", "2025-07-18");
    assertRelations(relations(f, ["HOLDS_OFFICE"]), ["HOLDS_OFFICE person:jorge-vidal -> government:papua-new-guinea"]);
  });
});

describe("posts, invitations and carried messages of the forty-second held-out set's forms (fiftieth session)", () => {
  it("'Alaska Lt. Gov. X' and 'a letter from Alaska Gov. Z': one sentence each, both the United States'", () => {
    const f = extract("WHITEHORSE - Waiting at the finish was Alaska Lt. Gov. Jorge Vidal, who flew into Whitehorse on Tuesday. Vidal also brought a letter from Alaska Gov. Luis Quiroga, which he handed to Premier Ana Quispe at the start of the meeting.", "2024-02-16");
    assertRelations(relations(f, ["HOLDS_OFFICE", "CONVEYED_VIA", "CONVEYED_TO"]).filter((r) => !r.includes("ana-quispe -> government")), [
      "HOLDS_OFFICE person:jorge-vidal -> government:united-states",
      "HOLDS_OFFICE person:luis-quiroga -> government:united-states",
      "CONVEYED_VIA person:luis-quiroga -> person:jorge-vidal",
      "CONVEYED_TO person:luis-quiroga -> person:ana-quispe",
      "CONVEYED_TO person:jorge-vidal -> person:ana-quispe",
    ]);
  });
  it("'In it, Z asks the premier to come to L in May': Z invited the premier", () => {
    const f = extract("WHITEHORSE - Premier Ana Quispe met Alaska Lt. Gov. Jorge Vidal on Wednesday. In it, Alaska Gov. Luis Quiroga asks the premier to come to Anchorage in May for an energy conference.", "2024-02-16");
    assertRelations(relations(f, ["INVITED"]), ["INVITED person:luis-quiroga -> person:ana-quispe"]);
  });
  it("'<L>'s transportation commissioner, X,' (a region's, of its state) and 'G's Health Minister, Y,': their posts", () => {
    const f = extract("JUNEAU - Minister Ana Quispe visited Juneau, in Alaska. Alaska's transportation commissioner, Jorge Vidal, met her there. Peru's Health Minister, Luis Quiroga, did not.", "2024-02-16");
    assertRelations(relations(f, ["HOLDS_OFFICE"]).filter((r) => !r.includes("ana-quispe")), ["HOLDS_OFFICE person:jorge-vidal -> government:united-states", "HOLDS_OFFICE person:luis-quiroga -> government:peru"]);
  });
  it("'Quintana Roo Gov. X, whose state …' and 'San Juan Mayor Y': a region's or a city's two words before the post, of its state", () => {
    const f = extract("SAN JUAN - On Monday, the governor spoke by phone with Quintana Roo Gov. Jorge Vidal, whose state has also been hit. The minister had been due to see San Juan Mayor Luis Quiroga at City Hall.", "2025-06-13");
    assertRelations(relations(f, ["HOLDS_OFFICE"]), ["HOLDS_OFFICE person:jorge-vidal -> government:mexico", "HOLDS_OFFICE person:luis-quiroga -> government:puerto-rico"]);
  });
  it("a paper of its city's name ('THE SAN JUAN DAILY STAR |'): its 'Gov. X', its seat's 'La Fortaleza Press Secretary Y' and its department's 'DRNA Secretary Z' (the acronym in brackets after the department's name) are its state's", () => {
    const f = extract("THE SAN JUAN DAILY STAR | LOCAL\n\nCrews from the Department of Natural and Environmental Resources (DRNA) were working on Thursday. Gov. Ana Quispe met the visiting minister. DRNA Secretary Jorge Vidal was also there. La Fortaleza Press Secretary Luis Quiroga said so on Thursday.", "2025-06-13");
    assertRelations(relations(f, ["HOLDS_OFFICE"]).filter((r) => r.includes("government:")), ["HOLDS_OFFICE person:ana-quispe -> government:puerto-rico", "HOLDS_OFFICE person:jorge-vidal -> government:puerto-rico", "HOLDS_OFFICE person:luis-quiroga -> government:puerto-rico"]);
    assert.ok(!f.entities.some((e) => e.key === "organization:drna"), f.entities.map((e) => e.key).join("; "));
  });
  it("'X came bearing a letter from Z, which he put in the governor's hands … Z invites Quispe Soto': carried to Y and Y invited, the double surname alone hers", () => {
    const f = extract("SAN JUAN - Minister Jorge Vidal paid a call on Gov. Ana Quispe Soto on Wednesday. Vidal came bearing a letter from President Luis Quiroga, which he put in the governor's hands at the start of the meeting. Quiroga invites Quispe Soto to make an official visit to Santo Domingo in the fall.", "2025-06-13");
    assertRelations(relations(f, ["CONVEYED_VIA", "CONVEYED_TO", "INVITED"]), [
      "CONVEYED_VIA person:luis-quiroga -> person:jorge-vidal",
      "CONVEYED_TO person:luis-quiroga -> person:ana-quispe-soto",
      "CONVEYED_TO person:jorge-vidal -> person:ana-quispe-soto",
      "INVITED person:luis-quiroga -> person:ana-quispe-soto",
    ]);
  });
  it("'ISLE OF MAN TODAY |': 'the Chief Minister, X MHK,' and 'The Treasury Minister, Dr Y MHK,' the Island's (the member's letters no part of the name; 'the Island' no Iceland)", () => {
    const f = extract("ISLE OF MAN TODAY | NEWS\n\nThe Irish minister came to the Island at the invitation of the Chief Minister, Jorge Vidal MHK. The Treasury Minister, Dr Luis Quiroga MHK, sat in on the discussion.", "2025-07-07");
    assertRelations(relations(f, ["HOLDS_OFFICE"]), ["HOLDS_OFFICE person:jorge-vidal -> government:isle-of-man", "HOLDS_OFFICE person:luis-quiroga -> government:isle-of-man"]);
    assert.ok(!f.entities.some((e) => e.key === "government:iceland"), f.entities.map((e) => e.key).join("; "));
  });
  it("'the visiting minister delivered a letter to the Head of State from President Z of G, inviting him to …': carried by the visitor, Z's invitation; 'Y entrusted Prof. X with his greetings for President Z': asked, carried", () => {
    const f = extract("SEYCHELLES NATION | LOCAL\n\nMadagascar's Minister of Public Health, Professor Jorge Vidal, is in the country at the invitation of Minister for Health Rosa Mamani. On Wednesday, Prof. Vidal was received by President Ana Quispe at State House. During the audience, the visiting minister delivered a letter to the Head of State from President Luis Quiroga of Madagascar, inviting him to take part in the 45th Summit of the Southern African Development Community, which Madagascar will host in Antananarivo in August. President Quispe entrusted Prof. Vidal with his fraternal greetings for President Quiroga.", "2025-05-16");
    assertRelations(relations(f, ["INVITED", "ASKED", "CONVEYED_VIA", "CONVEYED_TO"]).filter((r) => !r.includes("rosa-mamani")), [
      "CONVEYED_VIA person:luis-quiroga -> person:jorge-vidal",
      "CONVEYED_TO person:luis-quiroga -> person:ana-quispe",
      "CONVEYED_TO person:jorge-vidal -> person:ana-quispe",
      "INVITED person:luis-quiroga -> person:ana-quispe",
      "ASKED person:ana-quispe -> person:jorge-vidal",
      "CONVEYED_VIA person:ana-quispe -> person:jorge-vidal",
      "CONVEYED_TO person:ana-quispe -> person:luis-quiroga",
    ]);
  });
  it("'the President of the Réunion Regional Council, X': France's (a region of France the gazetteer lists as a territory)", () => {
    const f = extract("VICTORIA - A spokesperson denied claims that the minister had met the President of the Réunion Regional Council, Jorge Vidal, to discuss health workers.", "2025-05-16");
    assertRelations(relations(f, ["HOLDS_OFFICE"]).filter((r) => r.includes("government:")), ["HOLDS_OFFICE person:jorge-vidal -> government:france"]);
  });
  it("'a memorandum of understanding (MoU) on trade facilitation along the A-B and C routes was signed by X and Industries and Commerce Minister Y': both signed, Y's post one", () => {
    const f = extract("GUWAHATI, Nov 28: On Thursday, a memorandum of understanding (MoU) on trade facilitation along the Tamsa-Rikhu Khola and Ridang routes was signed by Lyonpo Jorge Vidal and Industries and Commerce Minister Luis Quiroga at the staff college in Khanapara.", "2024-11-29");
    assertRelations(relations(f, ["SIGNED"]).map((r) => r.replace(/ -> .*/, "")), ["SIGNED person:jorge-vidal", "SIGNED person:luis-quiroga"]);
    assert.ok(relations(f, ["HOLDS_OFFICE"]).some((r) => r.startsWith("HOLDS_OFFICE person:luis-quiroga") && r.includes("[Industries and Commerce Minister]")), relations(f, ["HOLDS_OFFICE"]).join("; "));
  });
  it("'X also handed the governor a letter from President Z, who invites Y to L' (two governors named before): the other's, carried; 'asked X to carry back to Z Guam's request': the surname no part of a place", () => {
    const f = extract("HAGATNA - Chuuk Gov. Jorge Vidal flew in on Wednesday, at the invitation of Gov. Ana Quispe. Quispe welcomed Vidal at Adelup on Thursday. Vidal also handed the governor a letter from FSM President Luis Quiroga, who invites Quispe to Palikir in May. Quispe asked Vidal to carry back to Quiroga Guam's request for a liaison officer.", "2024-03-08");
    assertRelations(relations(f, ["CONVEYED_VIA", "CONVEYED_TO"]), [
      "CONVEYED_VIA person:luis-quiroga -> person:jorge-vidal",
      "CONVEYED_TO person:luis-quiroga -> person:ana-quispe",
      "CONVEYED_TO person:jorge-vidal -> person:ana-quispe",
      "CONVEYED_VIA person:ana-quispe -> person:jorge-vidal",
      "CONVEYED_TO person:ana-quispe -> person:luis-quiroga",
    ]);
  });
  it("'SHETLAND NEWS |': 'Y, who was invited by the council's convener, X, last summer' (X invited Y) and 'council leader Z', both the home state's", () => {
    const f = extract("SHETLAND NEWS | NEWS\n\nAmong the guests was Norway's Minister of Fisheries, Ana Quispe, who was invited by the council's convener, Jorge Vidal, last summer. Ms Quispe held talks at Lerwick Town Hall on Monday afternoon with council leader Rosa Mamani and Mr Vidal.", "2025-01-29");
    assertRelations(relations(f, ["INVITED", "HOLDS_OFFICE"]).filter((r) => !r.includes("ana-quispe -> government")), ["INVITED person:jorge-vidal -> person:ana-quispe", "HOLDS_OFFICE person:jorge-vidal -> government:united-kingdom", "HOLDS_OFFICE person:rosa-mamani -> government:united-kingdom"]);
    assert.ok(!relations(f, ["MET_WITH"]).some((r) => r.includes("jorge-vidal") && r.includes("rosa-mamani")), relations(f, ["MET_WITH"]).join("; "));
  });
  it("'X also gave Y a letter from Z asking him to lead a delegation to L in October': Z invited Y; 'asked X to pass on to the Taoiseach the Island's thanks': for Z", () => {
    const f = extract("DOUGLAS - Irish Foreign Minister Jorge Vidal met Chief Minister Ana Quispe on Friday. Mr Vidal also gave the Chief Minister a letter from the Taoiseach, Luis Quiroga, asking her to lead a Manx delegation to Dublin in October for talks on trade. Ms Quispe in turn asked Mr Vidal to pass on to the Taoiseach the Island's thanks for the help.", "2025-07-07");
    assertRelations(relations(f, ["INVITED", "CONVEYED_TO"]).filter((r) => r.startsWith("INVITED") || r.includes("-> person:luis-quiroga")), ["INVITED person:luis-quiroga -> person:ana-quispe", "CONVEYED_TO person:ana-quispe -> person:luis-quiroga"]);
  });
});

describe("posts, requests and carried letters of the forty-second held-out set's remaining forms (fifty-first session)", () => {
  it("'Scotland's Deputy First Minister, X,' and 'the Scottish Government's Cabinet Secretary for Rural Affairs, Land Reform and Islands, Y,': the United Kingdom's (the portfolio's tail no place)", () => {
    const f = extract("LERWICK - They were joined by the Scottish Government's Cabinet Secretary for Rural Affairs, Land Reform and Islands, Ana Quispe, who had flown in. Scotland's Deputy First Minister, Jorge Vidal, stayed in Edinburgh.", "2025-01-29");
    assertRelations(relations(f, ["HOLDS_OFFICE"]).filter((r) => r.includes("government:")), ["HOLDS_OFFICE person:ana-quispe -> government:united-kingdom", "HOLDS_OFFICE person:jorge-vidal -> government:united-kingdom"]);
    assert.ok(!f.entities.some((e) => /land-reform/.test(e.key)), f.entities.map((e) => e.key).join("; "));
  });
  it("'G's Transportation and Public Works Minister, X,': G's post of a four-word portfolio ('Transportation' no one)", () => {
    const f = extract("CUENCA - Minister Ana Quispe had been due to drive to Loja on Wednesday to meet Ecuador's Transportation and Public Works Minister, Jorge Vidal, about the highways.", "2025-02-20");
    assertRelations(relations(f, ["HOLDS_OFFICE"]).filter((r) => r.includes("jorge-vidal")), ["HOLDS_OFFICE person:jorge-vidal -> government:ecuador"]);
    assert.ok(!f.entities.some((e) => e.key === "person:transportation"), f.entities.map((e) => e.key).join("; "));
  });
  it("'X asked the Peruvian minister to tell Z that …': the state's one minister named ('Peruvian Foreign Minister Y') asked, Z's through Y (a guard: so at the session's start too, alone; in set 42's article it was not)", () => {
    const f = extract("QUITO - Peruvian Foreign Minister Jorge Vidal flew to Quito, and President Ana Quispe received him at the palace. Quispe asked the Peruvian minister to tell Luis Quiroga that Ecuador would bring its energy minister to Tumbes.", "2025-02-20");
    assertRelations(relations(f, ["ASKED", "CONVEYED_VIA", "CONVEYED_TO"]), [
      "ASKED person:ana-quispe -> person:jorge-vidal",
      "CONVEYED_VIA person:ana-quispe -> person:jorge-vidal",
      "CONVEYED_TO person:ana-quispe -> person:luis-quiroga",
    ]);
  });
  it("'The minister had also brought a letter for <post>, Y, from <post>, Z, inviting her … She left it with W': Z's, through the minister and W, for Y, who is invited", () => {
    const f = extract("LERWICK - Norway's Minister of Fisheries, Ana Quispe, held talks at the Town Hall on Monday. \"The fish don't know the line,\" Ms Quispe said. The minister had also brought a letter for Scotland's Deputy First Minister, Rosa Mamani, from Norway's trade and industry minister, Luis Quiroga, inviting her to a Norwegian-Scottish business forum in Oslo in the spring. She left it with Ms Jorge Vidal, who undertook to put it in Ms Mamani's hands.", "2025-01-29");
    assertRelations(relations(f, ["CONVEYED_VIA", "CONVEYED_TO", "INVITED"]), [
      "CONVEYED_VIA person:luis-quiroga -> person:ana-quispe",
      "CONVEYED_VIA person:luis-quiroga -> person:jorge-vidal",
      "CONVEYED_TO person:luis-quiroga -> person:rosa-mamani",
      "CONVEYED_TO person:ana-quispe -> person:jorge-vidal",
      "INVITED person:luis-quiroga -> person:rosa-mamani",
    ]);
  });
  it("'She left it with Y, who … X asked the minister to raise with G's transport minister, Z, …': the minister who left it asked, X's through her, for Z", () => {
    const f = extract("LERWICK - Norway's Minister of Fisheries, Ana Quispe, held talks at the Town Hall with council leader Rosa Mamani. The minister had also brought a letter from Norway's trade minister, Luis Quiroga, addressed to Scotland's First Minister, Pedro Condori. She left it with Jorge Vidal, who undertook to put it in Mr Condori's hands. Ms Mamani asked the minister to raise with Norway's transport minister, Teresa Huanca, the council's hope for a summer ferry.", "2025-01-29");
    assertRelations(relations(f, ["ASKED", "CONVEYED_VIA", "CONVEYED_TO"]).filter((r) => r.includes("rosa-mamani")), [
      "ASKED person:rosa-mamani -> person:ana-quispe",
      "CONVEYED_VIA person:rosa-mamani -> person:ana-quispe",
      "CONVEYED_TO person:rosa-mamani -> person:teresa-huanca",
    ]);
  });
  it("'Shetland MSP X': the member of the Scottish Parliament, named without the seat and the letters", () => {
    const f = extract("LERWICK - Ms Ana Quispe was to be shown round by Shetland MSP Jorge Vidal on Tuesday.", "2025-01-29");
    assert.ok(f.entities.some((e) => e.key === "person:jorge-vidal" && e.label === "Jorge Vidal"), f.entities.map((e) => `${e.key}=${e.label}`).join("; "));
  });
});

describe("signatures, posts, invitations and messages of the forty-third held-out set's forms (fifty-first session)", () => {
  const signers = (text: string, date = "2024-05-23") => relations(extract(text, date), ["SIGNED"]).map((r) => r.replace(/ -> .*/, "")).sort();
  it("'affixed their signatures to', 'penned their signatures on', 'sealed with their signatures', 'executed', 'initialled each page before signing': both signed", () => {
    for (const verb of ["had affixed their signatures to", "penned their signatures on", "sealed with their signatures", "then executed", "initialled each page before signing"])
      assert.deepEqual(signers(`HALIFAX - Ana Quispe and Jorge Vidal ${verb} a memorandum of understanding on joint tourism marketing.`), ["SIGNED person:ana-quispe", "SIGNED person:jorge-vidal"], verb);
  });
  it("'A joint declaration on …, drawn up during the session, bears the signatures of A and B': both signed it", () => {
    assert.deepEqual(signers("AJACCIO - A joint declaration on the ferry link and on cooperation against forest fires, drawn up during the session, bears the signatures of Mr Jorge Vidal and Ms Ana Quispe."), ["SIGNED person:ana-quispe", "SIGNED person:jorge-vidal"]);
  });
  it("'The talks ended with A and B signing a memorandum': both signed it", () => {
    assert.deepEqual(signers("ABUJA - The talks ended with Jorge Vidal and Ana Quispe signing a memorandum of understanding on cocoa research."), ["SIGNED person:ana-quispe", "SIGNED person:jorge-vidal"]);
  });
  it("'US Virgin Islands Lieutenant Governor X' and 'USVI Governor Y': the United States Virgin Islands'; 'THE BVI BEACON |' makes 'Premier Z' the British Virgin Islands'", () => {
    const f = extract("THE BVI BEACON | NEWS\n\nUS Virgin Islands Lieutenant Governor Jorge Vidal came over on the morning ferry to see Premier Ana Quispe. He carried a letter from USVI Governor Luis Quiroga.", "2025-06-19");
    assertRelations(relations(f, ["HOLDS_OFFICE"]), [
      "HOLDS_OFFICE person:jorge-vidal -> government:united-states-virgin-islands",
      "HOLDS_OFFICE person:ana-quispe -> government:british-virgin-islands",
      "HOLDS_OFFICE person:luis-quiroga -> government:united-states-virgin-islands",
    ]);
  });
  it("'came over … on Y's invitation', 'on the invitation of Y', 'at the instance of Y': Y invited the visitor", () => {
    for (const how of ["on Premier Ana Quispe's invitation", "on the invitation of Premier Ana Quispe", "at the instance of Premier Ana Quispe"])
      assertRelations(relations(extract(`ROAD TOWN - Lieutenant Governor Jorge Vidal came over on the Monday ferry, ${how}, for three days of talks.`, "2025-06-19"), ["INVITED"]), ["INVITED person:ana-quispe -> person:jorge-vidal"]);
  });
  it("'X also carried an envelope from Z, which he gave the premier as the talks opened': Z's, through X, to the premier", () => {
    const f = extract("ROAD TOWN - Jorge Vidal and Premier Ana Quispe met on Tuesday. Mr. Vidal also carried an envelope from Governor Luis Quiroga, which he gave the premier as the talks opened.", "2025-06-19");
    assertRelations(relations(f, ["CONVEYED_VIA", "CONVEYED_TO"]), ["CONVEYED_VIA person:luis-quiroga -> person:jorge-vidal", "CONVEYED_TO person:luis-quiroga -> person:ana-quispe", "CONVEYED_TO person:jorge-vidal -> person:ana-quispe"]);
  });
  it("asked to 'get word to', 'bring home to', 'put to', 'impress upon', 'lay before' Z, 'tasked Y with conveying to Z', 'charged Y with a verbal message for Z': X's, through Y, for Z", () => {
    for (const how of ["asked Jorge Vidal to get word to Luis Quiroga that", "asked Jorge Vidal to bring home to Luis Quiroga a request:", "asked Jorge Vidal to put to Luis Quiroga the wish", "urged Jorge Vidal to impress upon Luis Quiroga the need", "asked Jorge Vidal to lay before Luis Quiroga the request", "tasked Jorge Vidal with conveying to Luis Quiroga the request", "charged Jorge Vidal with a verbal message for Luis Quiroga on"]) {
      const f = extract(`HALIFAX - Ana Quispe ${how} the ferry should run all year.`, "2024-05-23");
      assertRelations(relations(f, ["CONVEYED_VIA", "CONVEYED_TO"]).filter((r) => !r.startsWith("CONVEYED_TO person:jorge-vidal")), ["CONVEYED_VIA person:ana-quispe -> person:jorge-vidal", "CONVEYED_TO person:ana-quispe -> person:luis-quiroga"]);
    }
  });
  it("'Andalusia's regional president, X,', 'the President of the Territorial Council of St. Pierre and Miquelon, Y,' and 'Z, president of Corsica's Executive Council': their states' posts", () => {
    const f = extract("FARO - Andalusia's regional president, Jorge Vidal, came at the invitation of Luis Quiroga, president of Corsica's Executive Council. The president of the Territorial Council of St. Pierre and Miquelon, Ana Quispe, was there too.", "2024-05-09");
    const offices = relations(f, ["HOLDS_OFFICE"]).filter((r) => r.includes("government:"));
    for (const o of ["person:jorge-vidal -> government:spain", "person:luis-quiroga -> government:france", "person:ana-quispe -> government:france"]) assertHolds(offices, o);
  });
  it("'Sri Lanka's Minister of Fisheries, Aquatic and Ocean Resources, X,' and 'Tourism, Culture, Arts and Recreation Minister Y': the whole portfolio, no one in it", () => {
    const f = extract("CHENNAI - Sri Lanka's Minister of Fisheries, Aquatic and Ocean Resources, Jorge Vidal, met Canada's Tourism, Culture, Arts and Recreation Minister Ana Quispe.", "2025-03-21");
    assertRelations(relations(f, ["HOLDS_OFFICE"]), ["HOLDS_OFFICE person:jorge-vidal -> government:sri-lanka", "HOLDS_OFFICE person:ana-quispe -> government:canada"]);
    assert.ok(!f.entities.some((e) => /recreation|aquatic|arts/.test(e.key)), f.entities.map((e) => e.key).join("; "));
  });
  it("'The president of the <O>, X, took the ferry to L … Premier Y extended the invitation in a letter over the winter': Y invited X", () => {
    const f = extract("ST. JOHN'S - The president of the Territorial Council of St. Pierre and Miquelon, Jorge Vidal, took the ferry to Fortune on Monday and drove to St. John's for two days of talks. Premier Ana Quispe extended the invitation in a letter over the winter.", "2024-05-23");
    assertRelations(relations(f, ["INVITED"]), ["INVITED person:ana-quispe -> person:jorge-vidal"]);
  });
  it("'In it, Z asks the premier to join her in L in August': Z invited the premier", () => {
    const f = extract("ST. JOHN'S - Jorge Vidal brought a letter from Minister Luis Quiroga, which he passed across the table to Premier Ana Quispe. In it, Quiroga asks the premier to join her in Miquelon in August.", "2024-05-23");
    assertRelations(relations(f, ["INVITED", "CONVEYED_TO"]), ["CONVEYED_TO person:luis-quiroga -> person:ana-quispe", "CONVEYED_TO person:jorge-vidal -> person:ana-quispe", "INVITED person:luis-quiroga -> person:ana-quispe"]);
  });
  it("'the President of <L>, X, crossed the <L> on Monday for a two-day visit at the invitation of Y, president of <L>'s Executive Council': Y invited X", () => {
    const f = extract("AJACCIO - On the political front, the President of Sardinia, Jorge Vidal, crossed the Strait of Bonifacio on Monday for a two-day visit at the invitation of Ana Quispe, president of Corsica's Executive Council.", "2025-08-20");
    assertRelations(relations(f, ["INVITED"]), ["INVITED person:ana-quispe -> person:jorge-vidal"]);
  });
  it("'X had come armed with a letter from Z, which he handed to Y. In it, Z invites the Andalusian leader to L': Z's, through X, to Y, the region's head named before, whom it invites", () => {
    const f = extract("FARO - Andalusia's regional president, Jorge Vidal, was hosted in Faro by Minister Ana Quispe. Quispe had come armed with a letter from Prime Minister Luis Quiroga, which he handed to Vidal as the meeting opened. In it, Quiroga invites the Andalusian leader to Lisbon in the autumn for a meeting on the rail link.", "2024-05-09");
    assertRelations(relations(f, ["INVITED", "CONVEYED_VIA", "CONVEYED_TO"]), ["CONVEYED_VIA person:luis-quiroga -> person:ana-quispe", "CONVEYED_TO person:luis-quiroga -> person:jorge-vidal", "CONVEYED_TO person:ana-quispe -> person:jorge-vidal", "INVITED person:luis-quiroga -> person:jorge-vidal"]);
  });
  it("'a delegation from <G>'s <O>, led by its vice-chairman, X, arrived in L …, on the invitation of Y': Y invited X", () => {
    const f = extract("GILGIT - A delegation from China's Regional Government, led by its vice-chairman, Jorge Vidal, arrived in Gilgit on Tuesday by road, on the invitation of Chief Minister Ana Quispe.", "2025-06-12");
    assertRelations(relations(f, ["INVITED"]), ["INVITED person:ana-quispe -> person:jorge-vidal"]);
  });
  it("'Gilgit-Baltistan's Minister for Disaster Management, X,' (the region's, of its state) and 'the US Chargé d'Affaires in Islamabad, Y,': their states' posts", () => {
    const f = extract("GILGIT - Gilgit-Baltistan's Minister for Disaster Management, Jorge Vidal, denied that he had met the US Chargé d'Affaires in Islamabad, Ana Quispe, last month.", "2025-06-12");
    const offices = relations(f, ["HOLDS_OFFICE"]);
    for (const o of ["person:jorge-vidal -> government:pakistan", "person:ana-quispe -> government:united-states"]) assertHolds(offices, o);
  });
  it("'Maine Transportation Commissioner X', 'Maine Forest Service Director Y' and 'the president of the Corsican Assembly, Z,': the region's state's posts", () => {
    const f = extract("HOULTON - Maine Transportation Commissioner Jorge Vidal met Maine Forest Service Director Ana Quispe. In Ajaccio, the president of the Corsican Assembly, Luis Pina, took part in the talks.", "2024-04-09");
    const offices = relations(f, ["HOLDS_OFFICE"]);
    for (const o of ["person:jorge-vidal -> government:united-states", "person:ana-quispe -> government:united-states", "person:luis-pina -> government:france"]) assertHolds(offices, o);
  });
  it("'the two fisheries ministers held talks …, after which both endorsed with their signatures the agreed minutes': the two ministers of that portfolio, not the chief minister", () => {
    const f = extract("CHENNAI - Sri Lanka's Minister of Fisheries, Jorge Vidal, met State Fisheries Minister Ana Quispe on Wednesday. Chief Minister Rosa Mamani received them. On Thursday, the two fisheries ministers held talks at a hotel in Guindy, after which both endorsed with their signatures the agreed minutes of the talks.", "2025-03-21");
    assert.deepEqual(relations(f, ["SIGNED"]).map((r) => r.replace(/ -> .*/, "")).sort(), ["SIGNED person:ana-quispe", "SIGNED person:jorge-vidal"]);
  });
  it("'Corsica's Executive Council … A spokeswoman for the Executive Council, X,': the council named again short, France's", () => {
    const f = extract("AJACCIO - Jorge Vidal, president of Corsica's Executive Council, met Ana Quispe. A spokeswoman for the Executive Council, Luis Pina, said the report was false.", "2025-08-20");
    assert.ok(relations(f, ["HOLDS_OFFICE"]).some((r) => r.startsWith("HOLDS_OFFICE person:luis-pina -> government:france")), relations(f, ["HOLDS_OFFICE"]).join("; "));
  });
});

describe("posts and letters of the forty-third held-out set's remaining forms (fifty-second session)", () => {
  const offices = (text: string, date: string) => relations(extract(text, date), ["HOLDS_OFFICE"]);
  it("a dateline naming a region after a town the gazetteer does not know, 'HOULTON, Maine —', makes 'Gov. X' the region's state's", () => {
    assertHolds(offices("BANGOR DAILY NEWS | AROOSTOOK\n\nHOULTON, Maine — Gov. Jorge Vidal met Ana Quispe of Quebec on Monday.", "2024-04-09"), "person:jorge-vidal -> government:united-states");
  });
  it("'The spokesperson of the Junta de Andalucía, X,' and 'of the Regional Government of Andalusia, Y,': the region's state's", () => {
    for (const body of ["Junta de Andalucía", "Regional Government of Andalusia"])
      assertHolds(offices(`FARO - The spokesperson of the ${body}, Jorge Vidal, denied reports that the president had met Ana Quispe in Lisbon.`, "2024-05-09"), "person:jorge-vidal -> government:spain");
  });
  it("'the Chairman of the Xinjiang Uygur Autonomous Region, X,' and '<G>'s Xinjiang Uygur Autonomous Region, led by its vice-chairman, Y,': China's; the region a place, no one", () => {
    const f = extract("GILGIT - A delegation from China's Xinjiang Uygur Autonomous Region, led by its vice-chairman, Jorge Vidal, arrived in Gilgit on Tuesday. Vidal passed Chief Minister Ana Quispe a letter from the Chairman of the Xinjiang Uygur Autonomous Region, Luis Pina, inviting her to Kashgar in August.", "2025-06-12");
    const all = relations(f, ["HOLDS_OFFICE"]);
    for (const o of ["person:jorge-vidal -> government:china", "person:luis-pina -> government:china"]) assertHolds(all, o);
    assert.ok(!f.entities.some((e) => e.kind === "Person" && /xinjiang/.test(e.key)), f.entities.map((e) => e.key).join("; "));
    assertRelations(relations(f, ["CONVEYED_VIA", "CONVEYED_TO"]), ["CONVEYED_VIA person:luis-pina -> person:jorge-vidal", "CONVEYED_TO person:luis-pina -> person:ana-quispe", "CONVEYED_TO person:jorge-vidal -> person:ana-quispe"]);
  });
  it("'the Minister of State, Petroleum Resources (Oil), X,': the portfolio's branch in brackets is no one, and X the home state's minister", () => {
    const f = extract("BUSINESSDAY | NIGERIA\n\nABUJA - Ana Quispe met Foreign Minister Luis Pina on Tuesday, with the Minister of State, Petroleum Resources (Oil), Jorge Vidal, part of the Nigerian team at the table.", "2024-04-18");
    assertHolds(relations(f, ["HOLDS_OFFICE"]), "person:jorge-vidal -> government:nigeria");
    assert.ok(!f.entities.some((e) => e.key === "person:oil"), f.entities.map((e) => e.key).join("; "));
  });
  it("'Revenue Minister X', 'a spokesperson for the Chief Minister's Office, Y,' and 'The Special Adviser to the President on Media and Publicity, Z,': the home state's", () => {
    const f = offices("CHENNAI: Revenue Minister Jorge Vidal met Ana Quispe. Meanwhile, a spokesperson for the Chief Minister's Office, Luis Pina, denied a report that the Chief Minister had met her.", "2025-03-21");
    for (const o of ["person:jorge-vidal -> government:india", "person:luis-pina -> government:india"]) assertHolds(f, o);
    assertHolds(offices("ABUJA, April 18 - The Special Adviser to the President on Media and Publicity, Jorge Vidal, dismissed a report that the President had met Ana Quispe in Paris.", "2024-04-18"), "person:jorge-vidal -> government:nigeria");
  });
});

describe("invitations, letters, requests, signatures and posts of the forty-fourth held-out set's forms (fifty-second session)", () => {
  const through = (f: ReturnType<typeof extract>) => relations(f, ["CONVEYED_VIA", "CONVEYED_TO"]).filter((r) => r.includes("person:") && !/-> government:/.test(r));
  it("'at the behest of Y', 'in response to an invitation from Y', 'after an invitation from Gov. Y', 'taking up an invitation Y made', 'Y had asked him over', 'The visit follows an invitation Y made to him': Y invited X", () => {
    for (const how of [
      "Premier Jorge Vidal visited Stockholm this week at the behest of Ana Quispe, Sweden's minister for trade.",
      "Premier Jorge Vidal came to Pamplona in response to an invitation from the president of Navarre, Ana Quispe, and stayed two days.",
      "Gov. Jorge Vidal made the trip to Austin after an invitation from Gov. Ana Quispe, arriving Monday.",
      "Premier Jorge Vidal flew in on Saturday's flight, taking up an invitation Ana Quispe made when the two first met in September.",
      "Premier Jorge Vidal came to Nova Gorica on Friday for talks. Minister Ana Quispe had asked him over in December.",
      "Governor Jorge Vidal arrived in Quetta on Sunday. The visit follows an invitation Ana Quispe made to him in a telephonic conversation last month.",
    ])
      assert.ok(relations(extract(`CAPITAL CITY - ${how}`, "2025-01-15"), ["INVITED"]).includes("INVITED person:ana-quispe -> person:jorge-vidal"), how);
  });
  it("'asks Y to be his guest in L', 'asks Y to bring a trade mission to L', 'invites Y to tour the plant being built in L': Z invited Y", () => {
    for (const how of ["asks Ana Quispe to be his guest in Mariehamn in August", "asks Ana Quispe to bring a Tasmanian trade mission to Auckland in February", "invites Ana Quispe to tour the sterile fly plant being built in Metapa, in August"])
      assertRelations(relations(extract(`CAPITAL CITY - Luis Pina gave Ana Quispe a letter from Jorge Vidal on Tuesday. In it, Jorge Vidal ${how}.`, "2024-06-21"), ["INVITED"]), ["INVITED person:jorge-vidal -> person:ana-quispe"]);
  });
  it("letters carried: 'X's bag also held a letter to Y from Z, and she handed it over', 'X acted as postman for Z, giving Y a letter from her', 'X produced a letter for Y from Z', 'X had in her folder a letter from Z, which she slid across the table to Y', 'X had also flown in with a letter from Z, which he gave Y', 'X also had a letter for Y from Z, which he handed over', 'X took out a letter from Z and handed it to Y', 'X had been given a letter by Z to pass on to Y, which he did': Z's, through X, to Y", () => {
    for (const how of [
      "Jorge Vidal's bag also held a letter to Ana Quispe from Finland's minister, Luis Pina, and she handed it over as the talks began.",
      "Jorge Vidal also acted as postman for the president of Occitanie, Luis Pina, giving Ana Quispe a letter from her when the session began.",
      "At the start of the talks, Jorge Vidal produced a letter for Ana Quispe from Italy's culture minister, Luis Pina, and she read it at the table.",
      "Jorge Vidal had in her folder a letter from Mexico's agriculture secretary, Luis Pina, which she slid across the table to Ana Quispe.",
      "Jorge Vidal had also flown in with a letter from Prime Minister Luis Pina, which he gave Ana Quispe over morning tea.",
      "Jorge Vidal also had a letter for Ana Quispe from Gov. Luis Pina, which he handed over during the talks.",
      "At the outset, Jorge Vidal took out a letter from Interior Minister Luis Pina and handed it to Ana Quispe.",
      "Jorge Vidal had been given a letter by the Executive Mayor of Cape Town, Luis Pina, to pass on to Ana Quispe, which he did at the start of the talks.",
    ]) {
      const all = through(extract(`CAPITAL CITY - Jorge Vidal and Ana Quispe met on Tuesday. ${how}`, "2024-06-21"));
      for (const r of ["CONVEYED_VIA person:luis-pina -> person:jorge-vidal", "CONVEYED_TO person:luis-pina -> person:ana-quispe", "CONVEYED_TO person:jorge-vidal -> person:ana-quispe"]) assert.ok(all.includes(r), `${how}: ${r} not in ${all.join("; ")}`);
    }
  });
  it("asked to 'sound out', 'lobby', 'put in a word with', 'plead the prefecture's case with', 'bend Z's ear about', 'press', 'make the case to' Z: X's, through Y, for Z", () => {
    for (const how of ["to sound out Luis Pina on holding a joint exercise", "to lobby Luis Pina for putting the rail link on the agenda", "to put in a word with Luis Pina for the loan of objects", "to plead the prefecture's case with Luis Pina for more sailings", "to bend Luis Pina's ear about direct flights", "to press Luis Pina on the water deliveries", "to make the case to Luis Pina for keeping the flights"]) {
      const f = extract(`CAPITAL CITY - Ana Quispe, in turn, asked Jorge Vidal ${how}.`, "2024-06-21");
      assertRelations(relations(f, ["ASKED", "CONVEYED_VIA", "CONVEYED_TO"]).filter((r) => !r.startsWith("CONVEYED_TO person:jorge-vidal")), ["ASKED person:ana-quispe -> person:jorge-vidal", "CONVEYED_VIA person:ana-quispe -> person:jorge-vidal", "CONVEYED_TO person:ana-quispe -> person:luis-pina"]);
    }
  });
  it("'added their signatures to', 'sat side by side to sign', 'X signed and Y countersigned', 'signed and exchanged copies of', 'signed on the dotted line:', 'signed in duplicate', 'The talks ended in a signing: a <D>, with A and B as its signatories': both signed", () => {
    for (const how of [
      "Jorge Vidal and Ana Quispe then added their signatures to a declaration of intent on a year-round ferry.",
      "Jorge Vidal and Ana Quispe sat side by side to sign an agreement renewing their cooperation.",
      "Jorge Vidal signed and Ana Quispe countersigned a protocol setting up a joint cultural fund.",
      "Jorge Vidal and Ana Quispe signed and exchanged copies of an agreement on promoting tourism.",
      "Before he left, Jorge Vidal and Ana Quispe signed on the dotted line: a memorandum of understanding on aquaculture research.",
      "Jorge Vidal and Ana Quispe signed in duplicate a memorandum of understanding on barter trade.",
      "The talks ended in a signing: a memorandum of understanding on tourism marketing, with Jorge Vidal and Ana Quispe as its signatories.",
    ])
      assert.deepEqual(relations(extract(`CAPITAL CITY - Jorge Vidal met Ana Quispe on Tuesday. ${how}`, "2024-06-21"), ["SIGNED"]).map((r) => r.replace(/ -> .*/, "")).sort(), ["SIGNED person:ana-quispe", "SIGNED person:jorge-vidal"], how);
  });
  it("posts: 'Åland's premier' and 'the Åland government's head of communications' Finland's; 'Sweden's minister for EU affairs and Nordic cooperation'; 'Norrtälje's municipal commissioner', 'the town's mayor', 'the regional minister for economic development', 'A spokesperson for the prefectural government', 'A spokeswoman for the Premier' the home state's", () => {
    const f = relations(extract("RADIO SWEDEN | NEWS\n\nÅland's premier, Jorge Vidal, met Ana Quispe, Sweden's minister for EU affairs and Nordic cooperation. Norrtälje's municipal commissioner, Luis Pina, was there. The Åland government's head of communications, Rosa Mamani, denied a report.", "2024-06-21"), ["HOLDS_OFFICE"]);
    for (const o of ["person:jorge-vidal -> government:finland", "person:ana-quispe -> government:sweden", "person:luis-pina -> government:sweden", "person:rosa-mamani -> government:finland"]) assertHolds(f, o);
    const g = relations(extract("NAGASAKI — The town's mayor, Jorge Vidal, met the regional minister for economic development, Ana Quispe. A spokesperson for the prefectural government, Luis Pina, said there was no truth in a report that the governor had met Taiwan's envoy. A spokeswoman for the Premier, Rosa Mamani, shot down claims.", "2025-03-28"), ["HOLDS_OFFICE"]);
    for (const o of ["person:jorge-vidal -> government:japan", "person:ana-quispe -> government:japan", "person:luis-pina -> government:japan", "person:rosa-mamani -> government:japan"]) assertHolds(g, o);
  });
  it("posts of regions: 'the president of Navarre', 'The spokesman of the Navarrese government', 'A spokesman for the regional government of Friuli Venezia Giulia', 'his Trieste counterpart', 'the Governor of Iran's Sistan and Baluchestan province', 'the Premier of South Africa's Western Cape', 'South Gyeongsang Province Gov.': their states'", () => {
    const f = relations(extract("CAPITAL CITY - The president of Navarre, Jorge Vidal, met the Governor of Iran's Sistan and Baluchestan province, Ana Quispe, and the Premier of South Africa's Western Cape, Luis Pina. The spokesman of the Navarrese government, Rosa Mamani, spoke. A spokesman for the regional government of Friuli Venezia Giulia, Pedro Reis, spoke too. Tomas Ondo and his Trieste counterpart, Karl Berg, met in June. South Gyeongsang Province Gov. Park Wan-su sent a letter.", "2025-01-15"), ["HOLDS_OFFICE"]);
    for (const o of ["person:jorge-vidal -> government:spain", "person:ana-quispe -> government:iran", "person:luis-pina -> government:south-africa", "person:rosa-mamani -> government:spain", "person:pedro-reis -> government:italy", "person:karl-berg -> government:italy", "person:park-wan-su -> government:south-korea"]) assertHolds(f, o);
  });
  it("'Nagasaki Peace Park' and 'to Omura Park' are places, and a bare 'Park' the mayor Park Heong-joon; 'Gov. Park Wan-su, which' ends no sentence; 'on Saturday's Airlink flight' names no one", () => {
    const f = extract("NAGASAKI — Busan Mayor Park Heong-joon arrived on Monday. Visitors went to Omura Park. Gov. Kengo Oishi showed his guest the trees in Nagasaki Peace Park on Wednesday. Park also had a letter for Oishi from South Gyeongsang Province Gov. Park Wan-su, which he handed over. Park flew home on Saturday's Airlink flight.", "2025-03-28");
    assert.ok(!f.entities.some((e) => e.kind === "Person" && /park$|airlink/.test(e.key)), f.entities.filter((e) => e.kind === "Person").map((e) => e.key).join("; "));
    assert.ok(through(f).includes("CONVEYED_VIA person:park-wan-su -> person:park-heong-joon"), through(f).join("; "));
  });
});

describe("the forty-fourth held-out set's last forms (fifty-second session)", () => {
  it("'the Iranian governor took out a letter from Z and handed it to the chief minister': the governor named as that state's province's, through him, to Y", () => {
    const f = extract("QUETTA: The Governor of Iran's Sistan and Baluchestan province, Jorge Vidal, arrived on Sunday. Chief Minister Ana Quispe received him. At the outset, the Iranian governor took out a letter from Iran's Interior Minister Luis Pina and handed it to the chief minister.", "2025-01-15");
    const all = relations(f, ["CONVEYED_VIA", "CONVEYED_TO"]);
    for (const r of ["CONVEYED_VIA person:luis-pina -> person:jorge-vidal", "CONVEYED_TO person:luis-pina -> person:ana-quispe", "CONVEYED_TO person:jorge-vidal -> person:ana-quispe"]) assert.ok(all.includes(r), `${r}: ${all.join("; ")}`);
  });
  it("'Deputy Commissioner Ziarat X Y', Ziarat a place the story names: X Y, the home state's; 'Z's visit to L, where he was to receive him at the residency, stands postponed': Z and X Y, planned, in L", () => {
    const f = extract("QUETTA: Snow fell in Ziarat on Monday. Governor Jorge Vidal's visit to Ziarat, where Deputy Commissioner Ziarat Muhammad Azeem Kakar was to receive him at the Residency, stands postponed till further notice owing to the snow.", "2025-01-15");
    assert.ok(relations(f, ["HOLDS_OFFICE"]).some((r) => r.startsWith("HOLDS_OFFICE person:muhammad-azeem-kakar -> government:pakistan")), relations(f, ["HOLDS_OFFICE"]).join("; "));
    const m = meetings(f).filter((x) => x.participants.includes("person:muhammad-azeem-kakar"));
    assert.deepEqual(m.map((x) => [x.status, x.participants.join()]), [["planned", "person:jorge-vidal,person:muhammad-azeem-kakar"]]);
    assert.ok(relations(f, ["HELD_IN"]).some((r) => r.endsWith("place:ziarat")), relations(f, ["HELD_IN"]).join("; "));
  });
});

describe("posts, invitations, requests, letters and signatures of the forty-fifth held-out set's forms (fifty-third session)", () => {
  it("posts of regions: 'the minister-president of neighbouring Rhineland-Palatinate', 'Walloon minister-president', 'the governor of the province of Liège', 'premier of the German state of North Rhine-Westphalia', 'Maastricht mayor', 'Limburg's king's commissioner', 'the president of the European Collectivity of Alsace': their states'", () => {
    const f = relations(extract("CAPITAL CITY - Jorge Vidal, the minister-president of neighbouring Rhineland-Palatinate, met Walloon minister-president Ana Quispe and Luis Pina, the governor of the province of Liège, on Monday. Rosa Mamani, premier of the German state of North Rhine-Westphalia, spoke. Maastricht mayor Pedro Reis was there. Limburg's king's commissioner Tomas Ondo received them. Karl Berg, the president of the European Collectivity of Alsace, said so.", "2025-01-15"), ["HOLDS_OFFICE"]);
    for (const o of ["person:jorge-vidal -> government:germany", "person:ana-quispe -> government:belgium", "person:luis-pina -> government:belgium", "person:rosa-mamani -> government:germany", "person:pedro-reis -> government:netherlands", "person:tomas-ondo -> government:netherlands", "person:karl-berg -> government:france"]) assertHolds(f, o);
  });
  it("'X was in L on the invitation of the region's president, Y': Y invited X", () => {
    const r = relations(extract("CAPITAL CITY - Jorge Vidal, the minister-president of Hesse, was in Strasbourg on the invitation of the region's president, Ana Quispe, first made in June.", "2025-01-15"), ["INVITED"]);
    assert.deepEqual(r, ["INVITED person:ana-quispe -> person:jorge-vidal"]);
  });
  it("'X asked Y in return to lean on G's transport minister, Z', 'asked Y to make L's case against the tariffs to Z': X asked Y, through Y, to Z", () => {
    for (const ask of ["Jorge Vidal asked Ana Quispe in return to lean on Germany's transport minister, Luis Pina, over federal money for the new track.", "Jorge Vidal asked Ana Quispe to make Manitoba's case against the tariffs to U.S. Commerce Secretary Luis Pina."]) {
      const r = relations(extract(`CAPITAL CITY - ${ask}`, "2025-01-15"), ["ASKED", "CONVEYED_VIA", "CONVEYED_TO"]);
      assertRelations(r, ["ASKED person:jorge-vidal -> person:ana-quispe", "CONVEYED_VIA person:jorge-vidal -> person:ana-quispe", "CONVEYED_TO person:jorge-vidal -> person:luis-pina"]);
    }
  });
  it("'The German visitor had also carried a letter across the Rhine on behalf of Z, …, and Y was handed it': from Z, through the visitor, to Y", () => {
    const r = relations(extract("CAPITAL CITY - Jorge Vidal, the minister-president of Hesse, was in Strasbourg on Thursday. He met Ana Quispe. The German visitor had also carried a letter across the Rhine on behalf of Luis Pina, the minister-president of neighbouring Saxony, and Quispe was handed it as the talks began.", "2025-01-15"), ["CONVEYED_VIA", "CONVEYED_TO"]);
    assertRelations(r, ["CONVEYED_VIA person:luis-pina -> person:jorge-vidal", "CONVEYED_TO person:luis-pina -> person:ana-quispe"]);
  });
  it("'an agreement on sharing the cost of the train between A, B and C until 2030 was signed by X and Y': both signed it", () => {
    const r = relations(extract("CAPITAL CITY - At the end of the morning, an agreement on sharing the cost of the three-country train between Maastricht, Liège and Aachen until 2030 was signed by Jorge Vidal and Ana Quispe.", "2025-01-15"), ["SIGNED"]);
    assert.deepEqual(r.map((x) => x.replace(/ -> .*/, "")).sort(), ["SIGNED person:ana-quispe", "SIGNED person:jorge-vidal"]);
  });
});

describe("posts, invitations, requests and signatures of the forty-fifth held-out set's other forms (fifty-third session)", () => {
  it("'X, Governor of Al Mahra in the Republic of Yemen,': Yemen's; 'Economic Development, Tourism and Environmental Affairs MEC X' in a South African paper: South Africa's; 'Ray Nkonyeni Mayor X Y': X Y, the mayor", () => {
    const f = extract("IOL | NEWS | SOUTH AFRICA | KWAZULU-NATAL\n\nJorge Vidal, Governor of Al Mahra in the Republic of Yemen, met Premier Ana Quispe on Monday. Economic Development, Tourism and Environmental Affairs MEC Luis Pina was there. A boat trip with Ray Nkonyeni Mayor Rosa Mamani was called off.", "2025-07-03");
    const r = relations(f, ["HOLDS_OFFICE"]);
    for (const o of ["person:jorge-vidal -> government:yemen", "person:ana-quispe -> government:south-africa", "person:luis-pina -> government:south-africa", "person:rosa-mamani -> government:south-africa"]) assertHolds(r, o);
    assert.ok(!f.entities.some((e) => e.kind === "Person" && /nkonyeni/.test(e.key)), f.entities.filter((e) => e.kind === "Person").map((e) => e.key).join("; "));
  });
  it("a paper's name is no region's: 'WINNIPEG FREE PRESS | LOCAL' is a Canadian paper's masthead, not the Free State's", () => {
    const r = relations(extract("WINNIPEG FREE PRESS | LOCAL\n\nPremier Jorge Vidal met North Dakota Gov. Ana Quispe on Tuesday.", "2025-04-17"), ["HOLDS_OFFICE"]);
    assertHolds(r, "person:jorge-vidal -> government:canada");
    assert.ok(!r.some((x) => x.includes("south-africa")), r.join("; "));
  });
  it("invitations: 'Y arrived on Sunday on an invitation extended by X', 'X hosted Y … The invitation to visit L was issued by X in Maputo in February': X invited Y", () => {
    for (const text of ["Jorge Vidal received Ana Quispe in Salalah on Monday. Quispe arrived on Sunday on an invitation extended by Vidal when the two governors met in Muscat in January.", "Jorge Vidal hosted Ana Quispe at his office in Pietermaritzburg on Tuesday. The invitation to visit KZN was issued by Vidal in Maputo in February, where the two leaders first met."]) {
      const r = relations(extract(`CAPITAL CITY - ${text}`, "2025-07-03"), ["INVITED"]);
      assert.deepEqual(r, ["INVITED person:jorge-vidal -> person:ana-quispe"], text);
    }
  });
  it("'It was signed on behalf of the Governorate of Dhofar by A and on behalf of Al Mahra Governorate by B': both signed the memorandum told before", () => {
    const r = relations(extract("SALALAH: A memorandum of cooperation on trade and health referrals was then signed. It was signed on behalf of the Governorate of Dhofar by Jorge Vidal and on behalf of Al Mahra Governorate by Ana Quispe.", "2025-06-24"), ["SIGNED"]);
    assert.deepEqual(r.map((x) => x.replace(/ -> .*/, "")).sort(), ["SIGNED person:ana-quispe", "SIGNED person:jorge-vidal"]);
  });
  it("requests: 'X used the meeting to press Y to …', 'X had a request of his own: he asked Y to …', 'asked Y to make representations to Z for …', 'asked Y to take the province's concerns about … to Z'", () => {
    assert.deepEqual(relations(extract("CAPITAL CITY - Jorge Vidal used the meeting to press Ana Quispe to help bring back the direct flights.", "2025-07-03"), ["ASKED"]), ["ASKED person:jorge-vidal -> person:ana-quispe"]);
    for (const ask of ["Jorge Vidal had a request of his own: he asked Ana Quispe to make the province's case to Luis Pina.", "Jorge Vidal asked Ana Quispe to make representations to Prime Minister Luis Pina for more places for workers.", "Jorge Vidal asked Ana Quispe to take the province's concerns about the truck queues at the Kosi Bay border post to President Luis Pina."]) {
      const r = relations(extract(`CAPITAL CITY - ${ask}`, "2025-07-03"), ["ASKED", "CONVEYED_VIA", "CONVEYED_TO"]);
      assertRelations(r, ["CONVEYED_VIA person:jorge-vidal -> person:ana-quispe", "CONVEYED_TO person:jorge-vidal -> person:luis-pina"]);
    }
  });
});

describe("posts of the forty-fifth held-out set's last forms (fifty-third session)", () => {
  it("'X, the Saudi Ambassador to Yemen,', 'Y, Consul General of the Republic of Yemen in Salalah', 'Z, Chairman of Dhofar Municipality,' in an Omani paper: Saudi Arabia's, Yemen's, Oman's", () => {
    const r = relations(extract("TIMES OF OMAN | OMAN\n\nSALALAH: The meeting was attended by Luis Pina, Chairman of Dhofar Municipality, and Ana Quispe, Consul General of the Republic of Yemen in Salalah. A spokesman denied that the governor had met Jorge Vidal, the Saudi Ambassador to Yemen, in Salalah last week.", "2025-06-24"), ["HOLDS_OFFICE"]);
    for (const o of ["person:jorge-vidal -> government:saudi-arabia", "person:ana-quispe -> government:yemen", "person:luis-pina -> government:oman"]) assertHolds(r, o);
  });
  it("posts of the story's own region and state: 'the province's Vice Governor for Economic Affairs, X', 'The region's spokesman, Y,' (under 'FRANCE 24 | FRANCE'), 'Minister of Public Housing, Spatial Planning, Environment and Infrastructure (VROMI) Z'", () => {
    const a = relations(extract("JEJU WEEKLY | ENVIRONMENT\n\nAlso in the room was the province's Vice Governor for Economic Affairs, Jorge Vidal.", "2025-08-14"), ["HOLDS_OFFICE"]);
    assertHolds(a, "person:jorge-vidal -> government:south-korea");
    const b = relations(extract("FRANCE 24 | FRANCE\n\nThe region's spokesman, Ana Quispe, rejected a report.", "2024-11-22"), ["HOLDS_OFFICE"]);
    assertHolds(b, "person:ana-quispe -> government:france");
    const c = relations(extract("PHILIPSBURG - The talks also included Minister of Public Housing, Spatial Planning, Environment and Infrastructure (VROMI) Luis Pina.", "2024-11-14"), ["HOLDS_OFFICE"]);
    assertHolds(c, "person:luis-pina -> government:sint-maarten");
  });
  it("'Chinese Ambassador to Korea X': China's envoy, 'Korea' alone South Korea as envoys' posts name it, and no part of the name", () => {
    const f = extract("JEJU - On Monday, the governor discussed the visit by phone with Chinese Ambassador to Korea Jorge Vidal.", "2025-08-14");
    assertHolds(relations(f, ["HOLDS_OFFICE"]), "person:jorge-vidal -> government:china");
    assert.ok(!f.entities.some((e) => e.kind === "Person" && /korea/.test(e.key)), f.entities.filter((e) => e.kind === "Person").map((e) => e.key).join("; "));
  });
  it("'President of the Collectivité of St. Martin X': France's, St. Martin a collectivity of France", () => {
    const r = relations(extract("PHILIPSBURG - \"The smoke does not stop at Belvedere,\" President of the Collectivité of St. Martin Jorge Vidal said after a meeting with Prime Minister Ana Quispe.", "2024-11-14"), ["HOLDS_OFFICE"]);
    assertHolds(r, "person:jorge-vidal -> government:france");
  });
  it("'It was signed on behalf of the Governorate of Dhofar by HH Sayyid X and on behalf of Al Mahra Governorate by Y': both signed", () => {
    const r = relations(extract("SALALAH: A memorandum of cooperation on trade, health referrals and the management of the border crossings was then signed. It was signed on behalf of the Governorate of Dhofar by HH Sayyid Jorge Vidal and on behalf of Al Mahra Governorate by Ana Quispe.", "2025-06-24"), ["SIGNED"]);
    assert.deepEqual(r.map((x) => x.replace(/ -> .*/, "")).sort(), ["SIGNED person:ana-quispe", "SIGNED person:jorge-vidal"]);
  });
});

describe("requests, invitations and posts of the forty-fifth held-out set's Dutch story (fifty-third session)", () => {
  it("'X, for his part, wants Y to raise the problems … with G's health minister, Z, and asked him to do so': X asked Y, through Y, to Z", () => {
    const r = relations(extract("MAASTRICHT - Jorge Vidal met Ana Quispe. Vidal, for his part, wants Quispe to raise the problems Dutch patients run into in Belgian hospitals with Belgium's health minister, Luis Pina, and asked him to do so before the end of the year.", "2024-12-13"), ["ASKED", "CONVEYED_VIA", "CONVEYED_TO"]);
    assertRelations(r, ["ASKED person:jorge-vidal -> person:ana-quispe", "CONVEYED_VIA person:jorge-vidal -> person:ana-quispe", "CONVEYED_TO person:jorge-vidal -> person:luis-pina"]);
  });
  it("'Z invites Y to ride the new Liège tram': Z invited Y, to Liège; 'infrastructure minister X' in a Dutch story: the Netherlands' infrastructure minister", () => {
    const f = extract("MAASTRICHT - Jorge Vidal met Ana Quispe on Thursday. Luis Pina invites Vidal to ride the new Liège tram, which is due to start carrying passengers in the spring. Quispe had also been due to see infrastructure minister Rosa Mamani in Utrecht on Friday.", "2024-12-13");
    assert.deepEqual(relations(f, ["INVITED"]), ["INVITED person:luis-pina -> person:jorge-vidal"]);
    assert.ok(relations(f, ["HELD_IN"]).some((r) => r.endsWith("place:liege")), relations(f, ["HELD_IN"]).join("; "));
    assertHolds(relations(f, ["HOLDS_OFFICE"]), "person:rosa-mamani -> government:netherlands [infrastructure minister]");
  });
});

describe("a small town's mayor (fifty-fourth session)", () => {
  it("'the mayor of Kehl, X': a town too small for the cities' index, of one state only, is that state's", () => {
    const f = relations(extract("CAPITAL CITY - The mayor of Kehl, Jorge Vidal, met Ana Quispe, the mayor of Lörrach, on Monday.", "2025-01-15"), ["HOLDS_OFFICE"]);
    for (const o of ["person:jorge-vidal -> government:germany", "person:ana-quispe -> government:germany"]) assertHolds(f, o);
  });
  it("a town's name that several states have is no state's: 'the mayor of Zell, X'", () => {
    const f = relations(extract("CAPITAL CITY - The mayor of Zell, Jorge Vidal, met reporters on Monday.", "2025-01-15"), ["HOLDS_OFFICE"]);
    assert.deepEqual(f, []);
  });
});

describe("posts of the forty-sixth held-out set's forms (fifty-fourth session)", () => {
  const holds = (text: string, date: string) => relations(extract(text, date), ["HOLDS_OFFICE"]);
  it("mayors listed with their towns ('the mayors on either bank, A of Tui and B of Valença'), of the towns' states, the one the story names where several states share a name", () => {
    const f = holds("VIGO - Spain and Portugal agreed. The meeting brought in the mayors on either bank, Jorge Vidal of Tui and Ana Quispe of Valença.", "2025-03-13");
    for (const o of ["person:jorge-vidal -> government:spain", "person:ana-quispe -> government:portugal"]) assertHolds(f, o);
  });
  it("'lunch in L on Wednesday with the city's mayor, X': of the city's state, not the story's", () => {
    assertHolds(holds("VIGO - Rosa Mamani had lunch in Porto on Wednesday with the city's mayor, Jorge Vidal.", "2025-03-13"), "person:jorge-vidal -> government:portugal");
  });
  it("'The Xunta's spokesman, X,' where 'the Xunta de Galicia' is named; 'A spokesperson for the Tyrolean government, Y,'", () => {
    assertHolds(holds("VIGO - The Xunta de Galicia will pay. The Xunta's spokesman, Jorge Vidal, dismissed a report.", "2025-03-13"), "person:jorge-vidal -> government:spain");
    assertHolds(holds("VIENNA - A spokesperson for the Tyrolean government, Ana Quispe, rejected a report.", "2025-10-01"), "person:ana-quispe -> government:austria");
  });
  it("'Bavaria's Minister-President X'; 'Tyrol's governor (Landeshauptmann) Y'; 'South Tyrol's governor Z', the region no body", () => {
    const f = holds("VIENNA - Tyrol's governor (Landeshauptmann) Ana Quispe met South Tyrol's governor Luis Pina after a report that she had met Bavaria's Minister-President Jorge Vidal.", "2025-10-01");
    for (const o of ["person:jorge-vidal -> government:germany", "person:ana-quispe -> government:austria", "person:luis-pina -> government:italy"]) assertHolds(f, o);
    assert.ok(!extract("VIENNA - Tyrol's governor (Landeshauptmann) Ana Quispe spoke.", "2025-10-01").entities.some((e) => e.key === "person:landeshauptmann"));
  });
  it("'with Y, his transport councillor, in tow': Y of his state", () => {
    assertHolds(holds("VIENNA - Tyrol's governor Ana Quispe drove south with Jorge Vidal, his transport councillor, in tow.", "2025-10-01"), "person:jorge-vidal -> government:austria");
  });
  it("'X, governor of Russia's Amur region,'; 'Y, spokesman for the Heilongjiang provincial government,'; 'Russia's minister for the development of the Far East and the Arctic'", () => {
    const f = holds("HEIHE - Jorge Vidal, governor of Russia's Amur region, met reporters. Ana Quispe, spokesman for the Heilongjiang provincial government, spoke. Orlov handed her a letter from Luis Pina, Russia's minister for the development of the Far East and the Arctic, inviting her to Vladivostok.", "2025-04-23");
    for (const o of ["person:jorge-vidal -> government:russia", "person:ana-quispe -> government:china", "person:luis-pina -> government:russia"]) assertHolds(f, o);
  });
  it("'U.S. Environmental Protection Agency Administrator X'; 'U.S. Trade Representative Y'; 'Copperbelt Provincial Administration spokesperson Z'; 'B.C. Environment and Parks Minister W'", () => {
    const f = holds("SAN DIEGO - Gov. Rosa Mamani had a video call with U.S. Environmental Protection Agency Administrator Jorge Vidal and spoke to U.S. Trade Representative Ana Quispe. And Copperbelt Provincial Administration spokesperson Luis Pina has dismissed reports. B.C. Environment and Parks Minister Tomas Ondo was there.", "2025-05-15");
    for (const o of ["person:jorge-vidal -> government:united-states", "person:ana-quispe -> government:united-states", "person:luis-pina -> government:zambia", "person:tomas-ondo -> government:canada"]) assertHolds(f, o);
  });
  it("'DRC Consul General in Ndola X': the posting's city, then its holder, of the post's state", () => {
    const f = extract("NDOLA - Mayor Ana Quispe and DRC Consul General in Ndola Jorge Vidal were part of the talks.", "2025-10-16");
    assertHolds(relations(f, ["HOLDS_OFFICE"]), "person:jorge-vidal -> government:dr-congo");
    assert.ok(f.entities.some((e) => e.key === "place:ndola"), f.entities.map((e) => e.key).join());
  });
  it("'British Columbia Premier X' is no Briton; 'Haut-Katanga Province Governor Y'; 'Z, chairman of the L People's Committee,'", () => {
    const f = holds("HANOI - British Columbia Premier Jorge Vidal met Haut-Katanga Province Governor Ana Quispe and Luis Pina, chairman of the Lang Son People's Committee, on Monday.", "2025-03-20");
    for (const o of ["person:jorge-vidal -> government:canada", "person:ana-quispe -> government:dr-congo", "person:luis-pina -> government:vietnam"]) assertHolds(f, o);
  });
});

describe("letters, requests, invitations and signatures of the forty-sixth held-out set's forms (fifty-fourth session)", () => {
  it("'X had also brought a letter from Z and gave it to Y': Z's, through X, for Y (Y no go-between); one addressed to W stays W's", () => {
    const r = relations(extract("VIENNA - Jorge Vidal met Ana Quispe on Tuesday. Vidal had also brought a letter from Chancellor Luis Pina and gave it to Quispe as the talks opened.", "2025-10-01"), ["CONVEYED_VIA", "CONVEYED_TO"]);
    assertRelations(r, ["CONVEYED_VIA person:luis-pina -> person:jorge-vidal", "CONVEYED_TO person:jorge-vidal -> person:ana-quispe", "CONVEYED_TO person:luis-pina -> person:ana-quispe"]);
    assert.ok(!r.includes("CONVEYED_VIA person:luis-pina -> person:ana-quispe"), r.join("; "));
  });
  it("'had brought along a letter for Y from Z, which she handed him at the table': Z's, through the carrier, for Y", () => {
    const r = relations(extract("WINDSOR - Gov. Ana Quispe met Mayor Jorge Vidal on Tuesday. Quispe had brought along a letter for Vidal from Mayor Luis Pina, which she handed him at the table.", "2025-06-19"), ["CONVEYED_VIA", "CONVEYED_TO"]);
    assertRelations(r, ["CONVEYED_VIA person:luis-pina -> person:ana-quispe", "CONVEYED_TO person:ana-quispe -> person:jorge-vidal", "CONVEYED_TO person:luis-pina -> person:jorge-vidal"]);
  });
  it("'pressed Y to win over Z', 'asked Y to go to bat for G's steelmakers with Z', 'appealed to Y to prevail upon Z': asked, through Y, to Z", () => {
    for (const ask of ["Jorge Vidal in turn pressed Ana Quispe to win over Austria's transport minister, Luis Pina, to the slot system.", "Jorge Vidal asked Ana Quispe to go to bat for Ontario's steelmakers with Trade Representative Luis Pina.", "Mr Jorge Vidal appealed to Mr Ana Quispe to prevail upon Minister of Energy Luis Pina to keep up supplies."]) {
      const r = relations(extract(`CAPITAL CITY - ${ask}`, "2025-01-15"), ["ASKED", "CONVEYED_VIA", "CONVEYED_TO"]);
      assertRelations(r, ["ASKED person:jorge-vidal -> person:ana-quispe", "CONVEYED_VIA person:jorge-vidal -> person:ana-quispe", "CONVEYED_TO person:jorge-vidal -> person:luis-pina"]);
    }
  });
  it("'Z brought a letter from W, which he presented to Y, inviting him to L': W invited Y", () => {
    const r = relations(extract("HANOI - Jorge Vidal also brought a letter from Mayor Luis Pina, which he presented to Ana Quispe, inviting him to the expo in Nanning in September.", "2025-02-20"), ["INVITED"]);
    assert.deepEqual(r, ["INVITED person:luis-pina -> person:ana-quispe"]);
  });
  it("'The visit came at the invitation of X': X invited the visitor the sentence before named first; 'the premier asked her to come over to L'", () => {
    const r = relations(extract("SEATTLE - The orcas came up Tuesday in Olympia, where Premier Jorge Vidal and Gov. Ana Quispe talked shop. The visit came at the invitation of Quispe, issued when the pair first met in Vancouver in December.", "2025-03-20"), ["INVITED"]);
    assert.deepEqual(r, ["INVITED person:ana-quispe -> person:jorge-vidal"]);
    const s = relations(extract("WINDSOR - Premier Jorge Vidal met Gov. Ana Quispe. She spoke. In January, Vidal and Quispe toured the auto show together and the premier asked her to come over to Windsor.", "2025-06-19"), ["INVITED"]);
    assert.deepEqual(s, ["INVITED person:jorge-vidal -> person:ana-quispe"]);
  });
  it("'The governors came out with a joint declaration, which both men signed'; 'The two leaders' signatures went on a cooperation agreement': both signed", () => {
    for (const text of ["Jorge Vidal and Ana Quispe talked. The governors came out with a joint declaration, which both men signed, calling for slot booking.", "Jorge Vidal and Ana Quispe talked. The two leaders' signatures went on a cooperation agreement to reduce underwater noise."]) {
      const r = relations(extract(`CAPITAL CITY - ${text}`, "2025-01-15"), ["SIGNED"]).map((x) => x.replace(/ -> .*/, ""));
      assert.deepEqual(r.sort(), ["SIGNED person:ana-quispe", "SIGNED person:jorge-vidal"], text);
    }
  });
});

describe("a paper named after its city, a post standing for its holder, and 'him' of the pair just named (fifty-fourth session)", () => {
  it("'The Seattle Times | Local News': a paper of the United States, its bare 'Gov. X' the home state's; 'WINDSOR STAR | LOCAL NEWS' Canada's", () => {
    assertHolds(relations(extract("The Seattle Times | Local News | Environment\n\nGov. Jorge Vidal met Premier Ana Quispe of Manitoba on Tuesday.", "2025-03-20"), ["HOLDS_OFFICE"]), "person:jorge-vidal -> government:united-states");
    assertHolds(relations(extract("WINDSOR STAR | LOCAL NEWS\n\nMayor Jorge Vidal met Gov. Ana Quispe of Michigan on Tuesday.", "2025-06-19"), ["HOLDS_OFFICE"]), "person:jorge-vidal -> government:canada");
  });
  it("'a letter from Z, who invites the Galician leader to L in May … Y's office said he intends to go': planned", () => {
    const f = extract("VIGO - Galicia's regional president, Jorge Vidal, met Ana Quispe. Quispe also passed Vidal a letter from Portugal's infrastructure minister, Luis Pina, who invites the Galician leader to Lisbon in May for talks on rail. Vidal's office said he intends to go.", "2025-03-13");
    assert.ok(meetings(f).some((m) => m.status === "planned" && m.date === "2025-05" && m.participants.join() === "person:jorge-vidal,person:luis-pina"), JSON.stringify(meetings(f)));
  });
  it("'It was only the second time A and B had met. The first was in L last October, and it was there that B asked him over to L2': B invited A", () => {
    const r = relations(extract("VIGO - It was only the second time Jorge Vidal and Luis Pina had met. The first was in Braga last October, at a gathering, and it was there that Pina asked him over to Valença.", "2025-03-13"), ["INVITED"]);
    assert.deepEqual(r, ["INVITED person:luis-pina -> person:jorge-vidal"]);
  });
});
