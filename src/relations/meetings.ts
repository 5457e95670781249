// Finds meetings in one article: verb events ("Kim met Xi", "Abe might meet Kim"), noun events ("a summit
// between A and B", "the Trump-Kim meeting", "summits with A and B", "their meeting"), named events ("Eastern
// Economic Forum") and anaphora ("the summit", "that 2002 summit", "the two leaders"). Each gets participants,
// place, date and a status from the words around it; PROPOSED, PARTICIPANT_IN, HELD_IN and MET_WITH follow.
import type { MeetingStatus } from "../../graph/schema.js";
import { dayClash, decideStatus } from "../../graph/meeting-status.js";
import type { EntityRecord, Sentence } from "../../graph/types.js";
import { findDates, resolveMonth, shiftDays, yearOnSide } from "../text/dates.js";
import { FAMILY_WORDS } from "../entities/lexicon/titles.js";
import { countryByDemonym, countryByKey, countryByName, countryBySeat, countryOfPlace, type Country } from "../entities/gazetteer/countries.js";
import { entityKey, type ResolvedMention } from "../entities/resolve.js";
import { knownOfficeOf } from "../entities/gazetteer/office-holders.js";
import { statesOfCity } from "../entities/gazetteer/cities.js";
import { NOT_A_SOURCE, SENDER_POST, SIGNED_BY_POSTS, SIGNED_THEN_BY, SIGNING_ADVERBS, SIGNING_OF_BY, slotsIn, type AbstractSentence } from "./abstract.js";
import type { RelationSink } from "./extract-relations.js";
import { mayMatch } from "./required-text.js";

export interface MeetingFacts {
  /** Provisional key (`meeting:<article>#<n>`) or a named event's key. */
  key: string;
  label?: string;
  named: boolean;
  /** "summit", "meeting", "conference" ... */
  head: string;
  participants: Set<string>;
  proposers: Set<string>;
  places: Set<string>;
  date?: string;
  /** Status votes from each mention, in order. */
  statuses: MeetingStatus[];
  sentences: Sentence[];
  /** Where in the article it was last mentioned, for anaphora. */
  lastAt: number;
  placeLabel?: string;
  /** Another meeting of the same people that this article tells apart ("met again in Ankara"): not merged with it. */
  distinct?: boolean;
  /** The one who received the others, where a sentence says so ("X handed Y a letter": Y), whose side those of no
   * state told who attended it are on. */
  host?: string;
  /** The one received ("X was received by Y", "X handed Y a letter": X), whom "He was accompanied by Z" is about. */
  guest?: string;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const SUMMIT_HEADS = "summit talks|summit meeting|summits|summit|meetings|meeting(?! (?:place|point|room|hall|venue|ground)s?\\b)|talks|tête-à-tête|encounter|leaders['’] retreat|retreat|plenary session|plenary meeting|plenary|round(?= with <P\\d+>)|dialogue(?= with (?:the )?(?:<[NG]\\d+> )?<P\\d+>)|(?<=\\b(?:[Hh]is|[Hh]er|[Tt]heir|<P\\d+>['’]s) (?:[a-z-]+ )?)(?:lunch|luncheon|dinner|breakfast)(?= with (?:the )?(?:<[NGO]\\d+>['’]s )?(?:[A-Za-z-]+,? ){0,6}<P\\d+>)";
const EVENT_HEADS = "conference|gathering|forum|convention|symposium|congress|games|olympics";
const HEAD_RE = new RegExp(`\\b(?:${SUMMIT_HEADS}|${EVENT_HEADS})\\b`, "gi");
const LIST = (k: string) => `<[${k}]\\d+>(?:(?:,|, and| and)(?: the)? <[${k}]\\d+>)*`;
/** A person after the office that names them: "<G1>'s prime minister, <P2>", "the kingdom's crown prince, <P2>" (the
 * state is not a second participant). */
// (or a state's adjective: "the Austrian chancellor, <P>"; or a region's possessive, "<L>'s transportation
// commissioner, <P>", the region no one at the meeting)
const TITLE_BEFORE = "(?:(?:<[GOL]\\d+>|the (?:kingdom|emirate|sultanate|country|republic|island nation|state))'s (?:[\\w-]+ ){0,5}(?:[\\w-]+|<[GOL]\\d+>)|(?:[A-Z][\\w-]+ ){1,3}of (?:the )?(?:<[GO]\\d+>|<L\\d+>(?: (?:city|region|province|district|oblast))?|[A-Z][\\w-]+)|(?:the )?<N\\d+> (?:[a-z-]+ ){0,2}(?:minister|president|premier|chancellor|king|emir|leader|ambassador|envoy)), ";
/** A lower-case post (or the word before the post the name carries) before a name in a list: "… and opposition
 * negotiator <P3>", read as "and opposition <P3>". */
const LOWER_POST_WORDS = "(?:opposition|rebel|government|council|county|city|municipal|district|senior|top|former|acting|caretaker|interim|outgoing|incoming|special|deputy|lead|chief|veteran|party|military|army|presidential|royal|(?:[a-z-]+ )?(?:negotiator|envoy|minister|adviser|advisor|official|leader|spokes(?:man|woman|person)|ambassador|chief|diplomat|representative|mediator|commissioner|lawmaker|president|premier|governor|head of government|head of state)s?)";
const LOWER_POST = `(?:${LOWER_POST_WORDS} )`;
// (and a state's name before the post a name carries: "US Treasury Secretary <P>", read as "<G> <P>"; or a region's
// before a post in lower case: "the Bougainville leaders <P> and <P>")
// (and a body after it: "<P> of the <O>", the Real SPLM's)
// (or the delegation one leads: "the nationalist delegation of Bishop A and B")
const TITLED = `(?:then-|ex-)?(?:the (?:[a-z-]+ ){0,2}(?:delegation|team) (?:of|led by|headed by) (?:[A-Z][a-z]+ )?(?:<P\\d+> and (?:[A-Z][a-z]+ )?)?)?(?:${TITLE_BEFORE})?(?:<[GO]\\d+>['’]s (?:then )?(?=<P)|<[GN]\\d+> (?=${LOWER_POST}?<P)|<L\\d+> (?=${LOWER_POST}<P)|<L\\d+>['’]s (?=<P))?${LOWER_POST}?<[PG]\\d+>(?!['’]s\\b)(?: of (?:the )?<O\\d+>)?`;
/** An apposition after a name in a list, before ", and": "between A, the head of B's assembly, and C". */
// (a capitalised post too: "between X, Foreign Minister, and Y")
const APPOSITION = ", (?:the |an? )?(?:[a-z]|<[GOLN]\\d+> [a-z]|(?:[A-Z][a-z]+ ){0,2}(?:Minister|Secretary|Envoy|Ambassador|Adviser|Advisor|President|Chairman|Director|Undersecretary)\\b)[^<,;.]{0,40}(?:<[GOLN]\\d+>(?:'s)?[^<,;.]{0,40}){0,2}(?=, and )";
const APPOS = `(?:${APPOSITION})?`;
const APPOS_RE = new RegExp(APPOSITION, "g");
/** "A", "A and B", "A, B and C" (a comma joins only a list that ends with "and": "met A, B spoke" is not one). */
/** Not the subject of a clause of its own: in "met with A, and B, chairman of C, also met with A" B is no second guest. */
const NOT_A_SUBJECT = "(?!(?:, [^;.]{1,100}?,)? (?:also |then |later |separately )?(?:met|meets|held|hosted|received|visited|signed|called|sat|spoke)\\b)";
const TITLED_LIST = `${TITLED}(?:(?:,(?: the)? ${TITLED}${NOT_A_SOURCE})*${APPOS},? and(?: the)? ${TITLED}${NOT_A_SOURCE}${NOT_A_SUBJECT})?`;
const TITLE_BEFORE_RE = new RegExp(`${TITLE_BEFORE}(?=<)`, "g");
// (and a state's possessive before its person: "met North Korea's Kim Yong Nam" is a meeting with him, not the state)
/** A state or its adjective right before a name, or before a post in lower case before it: "<N> <P>", "<N> head of
 * government <P>". */
/** A place's possessive right before a name, "<L>'s <P>" (Limburg's commissioner): the place is no participant. */
const PLACE_BEFORE_NAME = /<L\d+>['’]s (?=<P\d+>)/g;
const STATE_BEFORE_NAME = new RegExp(`<[GN]\\d+> (?=${LOWER_POST}?<P\\d+>)`, "g");
const untitled = (list: string) => list.replace(TITLE_BEFORE_RE, "").replace(/<G\d+>['’]s (?=<P)/g, "");

/** A post named before the name it stands for: "met the Syrian foreign minister, X," */
const POST = "(?:minister|president|prime minister|premier|secretary|leader|envoy|chief|ambassador|adviser|advisor|official|diplomat|king|emir|chancellor|director|head|spokes(?:man|woman|person))";
/** Words for talks that still name a meeting: "held secret talks", "held high-level talks with". */
const TALKS_KIND = "(?:separate|secret|direct|indirect|proximity|informal|formal|bilateral|high-level|working-level|closed-door|face-to-face|preliminary|exploratory|confidential|back-channel|fresh|further|new)";
/** Nouns a meeting word modifies ("summit declaration", "meeting room"): the phrase is about them. */
const MODIFIED_NOUN = /^ (?:declarations?|communiqu[eé]s?|statements?|documents?|agenda|venues?|site|hall|room|table|format|process|mechanism|diplomacy|season|secretariat)\b/i;
/** Verbs of meeting, with whom after them; who met is found by looking back from the verb. */
/** A time between a meeting and whom it was with: "held talks that evening with", "held a sitting on October 11 with". */
// (and where, after a time or alone: "held talks yesterday here in <L> with")
const TIME_WORDS = `(?:(?:on|last|this|that|next) (?:[A-Z][a-z]+(?: \\d{1,2}| (?:morning|afternoon|evening|night))?|\\d{1,2} [A-Z][a-z]+|morning|afternoon|evening|night|day)|later that (?:day|morning|afternoon|evening|night)|the (?:same|next|following) (?:day|morning|afternoon|evening)|(?:yesterday|today|tomorrow)(?: (?:morning|afternoon|evening))?)`;
// (and aboard: "held talks on board with Y", "aboard the ship with")
const TIME_BEFORE_WITH = `(?: ${TIME_WORDS}(?: (?:here |there )?in (?:the )?<L\\d+>)?(?= with)| (?:(?:here|there) )?in (?:the )?<L\\d+>(?: ${TIME_WORDS})?(?= with)| (?:on board|aboard(?: the (?:ship|vessel|yacht|frigate|carrier))?)(?= with))?`;
const VERB_EVENT = new RegExp(
  `\\b(?<verb>met(?: (?:yesterday|today|earlier|later|first|separately|on [A-Z][a-z]+day|this (?:morning|afternoon|evening))(?= with))?(?: with)?|meets(?: with)?|meet(?: with)?|(?<=\\b(?:talks|meeting|meetings) (?:that |which )?(?:he|she|they|<P\\d+>) (?:was|were|is|are|had been) (?:due|scheduled|set|expected|slated|supposed) to )hold with|(?<=\\b(?:due|scheduled|set|expected|slated|supposed)(?: back)?(?: in <L\\d+>)?(?: in [A-Z][a-z]+)?(?: (?:next|this|later this) (?:week|month)| on [A-Z][a-z]+day| tomorrow)? to |\\b(?:went|came|(?:was|were) (?:ushered|shown|taken|led)(?: in)?) to )see(?= (?:the )?(?:<[NGO]\\d+>['’]?s? )?(?:[a-z-]+ ){0,2}<P\\d+>)|meeting with|(?<!\\bthe same )meeting(?= <P\\d+>(?!['’]s))|(?:hosted|hosts|will host|to host|(?:is|are|was|were) hosting|gave|gives|offered) (?:an? )?(?:(?:state|working|private|official|informal|gala|farewell|welcome) )?(?:dinner|lunch|luncheon|banquet|reception|breakfast) (?:for|in honou?r of)|hosted|hosting(?= (?:the |his |her |their )?(?:<[NGO]\\d+> )?(?:[a-z-]+ ){0,2}<P\\d+>)|(?:received|receives|will receive|had received) (?:a |an )?courtesy (?:call|visit) from|welcomed|received|hosts|receives|welcomes|will host|would host|to host|(?:is|are) (?:now |currently )?(?:receiving|hosting|meeting(?: with)?)(?= (?:the )?(?:<[NGO]\\d+>['’]?s? )?(?:[a-z-]+ ){0,2}<P\\d+>)|(?:will|to) (?:receive|welcome)|(?<!\\b(?:only|merely|just|briefly) )shook hands with|sat down together|(?:watched|toured) (?:(?:a|an|the|their) )?(?:[\\w-]+ ){1,5}together(?= |[,.;])|(?:spoke|talked|met) (?:briefly )?face[- ]to[- ]face(?: with)?|(?:show|shows|showed|showing)(?= <P\\d+> (?:a)?round\\b)|(?<=(?:<P\\d+>|\\b[Hh]e|\\b[Ss]he) (?:also |then |first )?)saw(?= (?:the )?(?:<[NG]\\d+> )?(?:[A-Z][a-z]+ )?<P\\d+>(?:(?: once more| again)?,? (?:at|in) (?:the )?<[LE]\\d+>| first,? over (?:a|an) (?:[a-z-]+ )?(?:lunch|dinner|breakfast|coffee|meal)\\b))|(?<=\\b(?:was|were|is|are) (?:due |scheduled |set |expected )?to )brief(?= (?:the )?(?:<[NG]\\d+> )?(?:[A-Z][a-z]+ )?<P\\d+> (?:at|in) (?:the )?<L\\d+>)|co-chair(?:ed|s|ing)? (?:the |a |an |their )?(?:[\\w-]+ ){0,3}(?:of (?:the )?<[OE]\\d+> )?with|sat (?:directly )?across (?:the table )?from|sat (?:directly )?across the table(?= (?:on|over|for|in|at|during)\\b|[,.;])|visited(?= (?:the )?<P\\d+>(?!['’]s))|(?<!\\b(?:only|merely|just|briefly) )shook hands(?= (?:before|after|at|in|on|during|outside)\\b|[,.;])|(?:reviewed|inspected) (?:a |the )?guard of honou?r|raised (?:a|his|her) glass to|(?:held|had) (?:a |an |their )(?:(?!(?:no|phone|telephone|video)\\b)[\\w-]+ ){0,3}(?:meeting(?: with)?|(?:sitting|session)${TIME_BEFORE_WITH} with)(?= |[,.;])|(?:had|has|have|will have) (?:a |an )?(?:working |private |long |brief |informal )?(?:lunch|dinner|breakfast|luncheon)(?: (?:at|in) (?:the |a |an )?[^<.;,]{0,40}?(?:<L\\d+>[^<.;,]{0,20}?)?)? with|sat down(?= (?:at|in|on|for|to)\\b)|(?:handed|delivered|carried|brought) (?:it|them) (?:back |over )?(?:across [^,.;<]{0,30} )?to(?= (?:the )?<P\\d+>)|(?<=\\b(?:which|that) (?:he|she) (?:later |then |personally )?)(?:handed|delivered) (?:over )?to(?= (?:the )?<P\\d+>)|spent (?:(?:about|some|nearly|almost|more than|over|around|roughly|close to|upwards of) )?(?:[\\w-]+ ){1,2}together|spent (?:(?:most|much|part|all|the rest) of )?(?:the |that |this |an? |(?:two|three|four|five|several|many) )?(?:[\\w-]+ )?(?:afternoons?|mornings?|evenings?|days?|hours?|minutes|nights?|weekends?|weeks?) with|(?:paid|pay|pays|made|make) (?:a |an )?(?:(?:courtesy|state|official|working|surprise|rare|first|historic|two-day|three-day|brief) )+(?:call|visit) (?:on|to)|(?:paid|pay|pays) (?:a |an )?(?:call on|visit to)(?= (?:the )?(?:<[NGO]\\d+>['’]?s? )?(?:[A-Za-z-]+ ){0,3}<P\\d+>)|(?:talked|conferred)(?= (?:for (?:about |nearly |more than |some |almost |over )?[\\w-]+ (?:hours?|minutes?) )?(?:at|in) (?:the |a )?(?:<O\\d+>['’]s )?(?:[a-z-]+ ){0,3}(?:<L\\d+>|cent(?:er|re)|palace|hall|hotel|residence|house|ministry|building|guesthouse|pavilion|office|room|library|embassy|lounge|marquee))|(?:sat|sit|sits) down with|huddled with|compared notes with|got down to business(?<=<P\\d+> and (?:the )?(?:[a-z-]+ )?<P\\d+> got down to business)(?= (?:at|in|on|over)\\b)|(?:was|were) closeted with|got together(?<=<P\\d+>,? and (?:his |her |the )?(?:(?:[A-Za-z-]+|<[LGN]\\d+>) ){0,3}(?:counterpart, )?<P\\d+>,? (?:last |first |then )?got together)(?= (?:in|at|on|for|over)\\b|[,.;])|(?:went over|went through|pored over)(?<=<P\\d+> and (?:the )?(?:[a-z-]+ )?<P\\d+> (?:went over|went through|pored over))(?= (?:the|their) )|(?<=<P\\d+> and (?:the )?(?:[a-z-]+ )?<P\\d+> )(?:were closeted(?= (?:for|in|at|on|together)\\b)|went behind closed doors|spent (?:(?:about|some|nearly|almost|more than|over|around|roughly|close to) )?(?:[\\w-]+ ){1,2}(?:minutes|hours)(?= (?:in|at|inside|behind) ))|(?:sat|sit|sits) at the same table as|(?:sat|sits) with(?= (?:the )?(?:then-?)?(?:[A-Za-z-]+ ){0,4}<P\\d+>)|(?:granted|grants|gave|gives|will grant) (?:a |an )?(?:private |brief |special |rare )?audience to|(?:called|call|calls|calling) on(?= (?:the )?(?:<[NGO]\\d+>'s )?(?:[A-Za-z-]+ ){0,2}(?:[A-Za-z-]+,? )?(?:(?:of|for) (?:the )?<[OGL]\\d+>,? )?<P\\d+>(?!(?:(?:,| and) <P\\d+>)*(?:, [^.;]{1,80},)? to (?!(?:him|her|them|discuss|review|brief|convey|deliver|hand|present|exchange|explore|congratulate|thank|bid)\\b)[a-z]+))|called on(?= (?:him|her)\\b)|dropped in on(?= (?:the )?(?:[A-Z][a-z]+ )?<P\\d+>)|joined(?= (?:the )?(?:[A-Z][a-z]+ ){0,2}<P\\d+> (?:in|at|for|over) (?:the |his |her |a |an )?(?:<L\\d+>|(?:[a-z'’-]+ ){0,3}(?:pavilion|box|suite|residence|palace|office|lunch|dinner|talks|breakfast|room|garden|stand|lounge|table)\\b))|(?:held|hold|holds|had|have|(?:began|begun|opened|started)(?! the (?:talks|meeting|consultations|negotiations)\\b(?! with))) (?:(?:their|his|her|its) )?(?:${TALKS_KIND} )*(?:(?!(?:no|held|hold|had|have|been|phone|telephone|video)\\b)[a-z-]+ ){0,3}(?:summit )?(?:talks|contacts|consultations|negotiations|conversations?|meetings|(?<=working )session)${TIME_BEFORE_WITH}(?: (?:at|in) (?:the )?(?:[a-z-]+ ){1,3}of (?:the )?<[PGLO]\\d+>(?= with)| (?:at|in) (?:the )?<[LO]\\d+>(?: in (?:the )?<L\\d+>)?(?: on [A-Z][a-z]+day(?: (?:morning|afternoon|evening))?)?(?= with))?(?: with)?)\\b(?: |(?=[,.;:!?]))(?:(?:(?<=\\b(?:received|hosted|welcomed|met) )|(?<=\\b(?:received|hosted|welcomed)), (?:on )?(?:[A-Z][a-z]+day|today|yesterday)(?: (?:morning|afternoon|evening))? |(?<=\\b(?:received|hosted|welcomed) )(?:on )?(?:[A-Z][a-z]+day|today|yesterday)(?: (?:morning|afternoon|evening))? )(?:at|in) (?:(?:his|her|their) (?:office|residence|palace) (?:at|in) )?(?:the )?(?:(?<at><L\\d+>)(?: in (?:the )?(?<at2><L\\d+>))?|(?:ministry|palace|residence|office)(?:['’]s (?:<L\\d+>|(?:[A-Z][\\w-]+ ){0,2}[A-Z][\\w-]+))?),? (?:(?:on|last) \\w+,? |(?:today|yesterday|this (?:morning|afternoon|evening)),? )?)?(?:the )?(?:(?:his|her|their|its|our|my) )?(?:then |visiting )?(?:(?:two|three|four) (?:[a-z-]+ )?(?:negotiators|envoys|leaders|ministers|officials|delegates|mediators|representatives|presidents|men|women), (?=<P\\d+>(?:,| and) ))?(?:(?:(?:an? )?(?<bn><N\\d+>) |(?:a|an) (?:[a-z-]+ )?(?=(?:delegation|team),? (?:led|headed) by ))(?:officials|delegates|delegation|team|negotiators|envoys|diplomats|representatives|[Aa]mbassador(?=,? (?:at|in|on|to|for|last|this|yesterday|today)\\b|[.;]))\\b(?:,? (?:led|headed) by (?:the )?(?<bl>${TITLED})(?!,? (?:who|and)\\b))?|(?:(?:at|in) (?:the )?(?:same )?(?:venue|palace|residence|ceremony|State House|state house)\\b,? )?(?:<N\\d+> and <N\\d+> (?=counterparts\\b)|<[NO]\\d+>,? |<G\\d+> (?=(?:[a-z-]+ )?counterparts?\\b))?(?:<P\\d+>['’]s (?:successor|predecessor|deputy|envoy|emissary|adviser|advisor|aide|son|daughter|wife|husband|brother|sister),? (?=<P)|(?:<[GO]\\d+>['’]s )?(?:(?:an? )?(?:[a-z-]+ ){0,2}(?:envoy|emissary|messenger|representative) of (?:<[NG]\\d+>['’]s )?<P\\d+>(?: of (?:the )?<G\\d+>)?|counterparts?|hosts?|holder of the (?:portfolio|post)(?=, <P)|(?:[a-z-]+ ){0,2}${POST} (?:of|for) (?:the )?<[LGO]\\d+>(?=, <P)|(?:[a-z-]+ ){0,2}${POST}s?|(?:[A-Z][\\w-]+ ){1,3}(?:for|of|in) (?:the )?<[OGL]\\d+>(?:['’]s <O\\d+>)?(?:(?:,| and) (?:the )?<[OGL]\\d+>)*|(?:then-)?(?:[A-Z][\\w-]+ ){1,3}(?:for|of) (?:the )?[A-Z][\\w-]+(?: (?:and |& )?[A-Z][\\w-]+){0,5}(?=, <P)|(?:[A-Z][\\w-]+|<L\\d+>|city|state|region|province|island|town)['’]s [A-Z][\\w-]+(?: [A-Z][\\w-]+)?(?=, <P)|[A-Z][a-z]+-[A-Z][a-z]+(?=, <P)|(?<=<O\\d+> )to (?:the )?<[GL]\\d+>(?=, <P)),? )?(?<b>${TITLED_LIST})?)`,
  "g",
);
/** False for a sentence VERB_EVENT cannot match (it has none of the verbs): most of a story's sentences. */
const MAY_VERB_EVENT = mayMatch(VERB_EVENT);
/** What the patterns of one sentence's scan share: the sentence, its text, slot keys, and the spans already read. */
interface Scan {
  a: AbstractSentence;
  text: string;
  keyOf: (i: number) => string | undefined;
  keys: (g?: string) => string[];
  used: [number, number][];
  free: (s: number, e: number) => boolean;
  /** Matches read before the verbs, their spans kept free for the scans that read them. */
  reserved: { delegations: RegExpMatchArray | null; invitation: ConveyedInvitation | undefined };
}

/** "X was joined by A", "Y travelled with B and C" (a sentence about who came to a meeting already told). */
/** "<G> was represented at the table by <P>": one more at talks told before. */
const REPRESENTED_AT = new RegExp(`<G\\d+> (?:(?:was|were) (?:also )?represented( at the (?:table|talks|meeting)| in the (?:talks|meeting))? by|sent) (${TITLED_LIST})`, "g");
/** ", joined by C" after the talks a sentence tells. */
// (and a second list after "and by": "joined by A and B and by G's director-general, C")
const JOINED_AFTER = new RegExp(`(?:[^,;]*\\b(?:[Tt]alks|met|[Mm]eeting|[Dd]iscussions|held|conferred)\\b[^,;]*), (?:and )?(?:were |was )?(?:joined|accompanied) by (${TITLED_LIST})(?:,? and by ((?:the )?(?:<[GO]\\d+>['’]s (?:<N\\d+> )?(?:[a-z-]+ ){0,3}[a-z-]+, )?<P\\d+>))?`, "g");
/** "…, after talks joined by C and D": C and D at the talks the sentence told (1). */
const TALKS_JOINED_BY = new RegExp(`\\b(?:talks|meeting|discussions) (?:that were |which were )?(?:joined|attended) by (?:(?:[A-Z][a-z]+ )+and )?(${TITLED_LIST})`, "g");
/** "A and B, joined by C, held talks": C at the talks, told after the list. */
const JOINED_AMID = new RegExp(`<P\\d+>,? (?:and|with) (?:[^,;<]{0,40})?<P\\d+>, (?:joined|accompanied) by (${TITLED_LIST}), (?:then |later |also )?(?:held|had|began|opened) (?:[a-z-]+ ){0,2}(?:talks|meetings?|discussions)\\b`, "g");
const JOINED_BY = new RegExp(`<P(\\d+)>,? (?:was|were) (?:joined|accompanied)(?: at the (?:talks|meeting))?(?: (?:on|at|in) (?:both|all|each of the) (?:days|meetings|sessions|rounds))? by (?:(?:the|his|her) (?:[^<,;.]|<[PGONL]\\d+>){1,80}, (?=<P))?(${TITLED_LIST})|<P(\\d+)> (?:travell?ed|came|arrived) with (${TITLED_LIST})`, "g");
/** A live blog entry's time: "06:05 GMT - ", "14:05 — ". */
/** A day alone on its line, with the time or the date: "Monday, 7:12 a.m.", "Wednesday, May 20". */
const DAY_LINE = /^\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:,? (?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.m\.|[AP]M)?|[A-Z][a-z]+ \d{1,2}|\d{1,2} [A-Z][a-z]+)(?:,? (?:19|20)\d\d)?)?\s*$/;
/** A timeline's dated line: "December 9 – …", "March 2, 2026 — …": the day it tells of (against the article's date), else
 * undefined. */
function timelineEntry(sentence: string, articleDate: string | undefined, headingYear?: string): string | undefined {
  const m = sentence.match(TIMELINE_ENTRY)?.[1];
  // (the year of the heading above it, "2025", when the line gives none)
  const day = m && headingYear && !/\b(?:19|20)\d\d\b/.test(m) ? `${m}, ${headingYear}` : m;
  return day ? findDates(day, articleDate).find((d) => d.iso)?.iso : undefined;
}
const LIVE_ENTRY = /^\s*\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?\s*[-—–:]\s*/;
/** "(a meeting of the Council,) chaired by X, and attended by A, B and C": the chair and those who attended. */
const CHAIRED_AND_ATTENDED = new RegExp(`^(?: of (?:the )?<[OE]\\d+>)?,? (?:chaired|hosted|presided over|led) by (?:the )?(?:<[NG]\\d+>['’]s )?(?:[a-z-]+ ){0,3}(${TITLED})(?:,? and (?:was )?attended by (${TITLED_LIST}))`);
/** "(the meeting) was attended by A, B and C", "(the talks, held on 11 August,) brought together A and B": they were at it. */
const ATTENDED_BY = new RegExp(`^(?:(?:, (?:which|that) [^<,;.]{1,80},|, (?:held|hosted) (?:at|in) (?:[^<.;,]|<[LG]\\d+>){1,80},)? (?:(?:was|were|had been|has been|will be) (?:also )?attended by|(?:took place|was held|were held) in the presence of)|(?:, [^<,;.]{1,60},)? brought together) (?:the )?(${TITLED_LIST})`);
/** "X invited Y to visit Ankara", "X has invited Y to make a state visit to Oslo", "X invited Y to Warsaw in June", "X
 * said she had invited Y to Z", "X used his first trip to G to invite Y to Z", "X welcomed …, and extended an
 * invitation to Y to visit L", "X invites Y to a G-Oceania summit in L", "X invites Y to meet him on the bridge over
 * the <L> at L", "X invites Y to take part in the summit of the <O>, to be held in L", "… inviting him to the <O>
 * (<O>) summit in L" (the host, the guest, the place). */
const INVITED_TO_VISIT = new RegExp(`(?:<[PG](\\d+)>|^(?:He|She)|^(?:Over|During|After|At) [a-z]+(?: [a-z]+)?, (?:from|in|at) (?:the )?<L\\d+>(?: and (?:from|in|at) (?:the )?<L\\d+>)?, (?:he|she))(?:,(?:[^<,]|<[GONL]\\d+>){1,60},|,(?= (?:has|had|have) )| (?:(?!<P)[^.;]){1,160}?,? and(?= (?:also )?(?:invited|(?:extended|issued) (?:an |the |his |her |its )?invitation to))| (?:(?!<P)[^.;]){1,160}?,? and (?:said|says|added) (?:that )?(?:she|he)(?= (?:had |has )?(?:also )?invited)| (?:for (?:his|her|its|their) part,? )?(?:said|says|told reporters|announced)(?: (?:on|last) [A-Z][a-z]+)? (?:that )?(?:she|he|it)|(?:,(?:[^<,]|<[GONL]\\d+>){1,60},)? (?:used|took|seized) (?:his|her|the|their|its) (?:[^<;.]|<[GLN]\\d+>){1,80}? to(?= invite ))?(?: (?:has |had |have |also |formally |personally |since |now |already |recently |again |previously )*(?:invited|inviting|invites|invite(?= <)|ask(?:s|ed)|(?:extended|issued|renewed|reaffirmed|reiterated|repeated) (?:an |the |his |her |its )?invitation to|(?:asked|requested) <P\\d+> to (?:convey|pass on|deliver|extend|relay) (?:an |the |his |her |its )?invitation to)|['’]s (?:[a-z]+ )?invitation (?:to|for)) (?:both )?(?:the )?(${TITLED_LIST}) to (?:(?:visit|come to|travel to|join (?:him|her|them) in|(?:make|pay) (?:a |an )?(?:state |official |working )?visit to|meet (?:(?:him|her|them)(?: and (?:the )?<P\\d+>)? )?(?:(?:on|at) the (?:[a-z-]+ ){1,3}(?:over|of|near|on) (?:the )?<L\\d+>,? )?(?:in|at))(?: (?:the )?<[LG](\\d+)>)?|(?:the )?<[LG](\\d+)>(?= (?:in|on|next|this|for|at|whenever|before|after|during|later|soon|within|by|to (?:attend|open|mark|sign|inaugurate|celebrate|take part))\\b|[,.;]| ["“])|(?:co-chair|chair|attend|take part in|participate in) (?:the )?(?:(?:[a-z-]+ )?(?:summit|conference|forum|meeting)(?: of (?:the )?<[OE]\\d+>(?: and (?:the )?<L\\d+>)?)?|<[OE]\\d+>),? (?:(?:to be |being )?held )?(?:in|at) (?:the )?<[LG](\\d+)>|come and (?:see|visit|inspect|tour) (?:the |his |her |their )?(?:[a-z-]+ ){1,3}(?:at|in) (?:the )?<L(\\d+)>|(?:a|an|the) (?:<[GN]\\d+>-[A-Z][a-z]+ |<O\\d+>(?: \\(<O\\d+>\\))? |[a-z-]+ )?(?:summit|conference|forum|meeting) (?:in|at) (?:the )?<[LG](\\d+)>|(?:ride|try out|see|tour) (?:on )?the (?:new |city['’]s )?<L(\\d+)> (?:tram|metro|railway|train|line|bridge|harbour|port)\\b)`, "g");
/** "an invitation from X to Y to visit L" (the host, the guest, the place). */
const INVITATION_FROM_TO = /\binvitations? from (?:the )?(?:[A-Z][a-z]*\.? ){0,2}<P(\d+)> to (?:the )?(?:[A-Z][a-z]*\.? ){0,2}<P(\d+)> to (?:visit|come to|travel to) (?:the )?<[LG](\d+)>/;
/** "X met Y, who …, and invited her to visit Seoul next year": the host and the one met. */
const MET_AND_INVITED = /<P(\d+)>(?:,? (?:also|then|later|first))? (?:met|received|hosted|called on|held talks with)(?: with)? (?:(?:his|her) (?:<[NG]\d+> )?counterpart,? )?<P(\d+)>(?:[^<.;]|<[LGTO]\d+>){0,80}? and (?:also |then |later )?invited (?:him|her) to (?:visit|come to|travel to|(?:make|pay) (?:a |an )?(?:state |official |working )?visit to)(?: (?:the )?<[LG](\d+)>)?/g;
/** One a sentence says stayed away: "a summit that X chose to skip", "X did not attend". */
const ABSENT = /<P(\d+)>,? (?:(?:chose|decided|opted) to )?(?:skip|skipped|miss|missed|boycott|boycotted|stay away from|stayed away from|stayed home|did not attend|didn['’]t attend|declined to attend|was absent from)\b/g;
/** A question put at a briefing or in an interview, past its asker's label: "Q: Will A and B meet …?", "QUESTION
 * (Kompas): Can you confirm …?". */
// (and a quiz's claim to judge: "4. True or false: X met Y in Doha on Thursday.")
const QUESTION = /^(?:\d{1,2}\.\s*)?(?:True or false|True or False|TRUE OR FALSE|Fact or fiction)\s*[:?]|^(?:(?:Q|QUESTION|Question)\b[^:]{0,40}:\s*)?(?:Will|Would|Could|Can|Is|Are|Was|Were|Did|Do|Does|Has|Have|Had|Should|Shall|When|Where|Why|How|What|Which|Who)\b[^?]*\?["”]?\s*$/;
/** "X has invited both leaders to Paris": guests told as the pair named before (the host; the place). */
const INVITED_PAIR = /<P(\d+)>,? (?:has |had |have |also |now )*invited (?:both (?:leaders|men|women|ministers|presidents|prime ministers|heads of government|delegations|teams)|the two (?:leaders|men|women|ministers|presidents|prime ministers|delegations|teams))(?: back)? to (?:visit |meet in |a meeting in )?(?:(?:the )?<[LG](\d+)>)?(?:[^<.;]{0,30}? for (?:a |an |the )?(?:[a-z-]+ )?(?:meeting|summit|talks|session)\b)?/;
/** Ambassadors of states, listed: "<P1> of the <G2>, <P3> of the <G4> and <P5>". */
const ENVOY_LIST = `<P\\d+>(?: of (?:the )?<G\\d+>)?(?:(?:,| and|, and) <P\\d+>(?: of (?:the )?<G\\d+>)?)*`;
const CREDENCE = "(?:letters? of credence|credentials|credential letters|letters? of accreditation)";
/** "A, B and C presented their credentials to Y" (a meeting of each with Y). */
const PRESENTED_CREDENTIALS = new RegExp(`(${ENVOY_LIST}),? (?:(?:has|have|had|formally|officially) )*(presented|presents|handed over|submitted|will present|are to present|is to present) (?:his|her|their) ${CREDENCE} (?:to|before) (?:the )?(?:<[GN]\\d+>['’]?s? )?(?:[a-z-]+ ){0,2}(<P\\d+>)`, "g");
/** "Y received the credentials of A, B and C" (a meeting of each with Y), or of ambassadors named next. */
const RECEIVED_CREDENTIALS = new RegExp(`(<P\\d+>)[^<.;]{0,40}? (?:received|receives|accepted|accepts|has received) (?:the )?${CREDENCE} (?:of|from) (?:the )?(?:(?:four|three|two|five|six|several|the|new|incoming|\\d+) )*(?:(?:foreign )?(?:ambassadors?|envoys?|high commissioners?|heads? of mission)\\b|(${ENVOY_LIST}))`, "g");
/** "Presenting their credentials were A, B and C": the ones who met the receiver of the sentence before. */
const PRESENTING_WERE = new RegExp(`^(?:[^<.;]{0,30})?[Pp]resenting (?:their|his|her) ${CREDENCE} (?:on [A-Z][a-z]+ )?(?:were|was) (${ENVOY_LIST})`);

/** "(he) was received by Y": a meeting held with Y (also "was received on 8 May at the X guesthouse in L by the
 * vice-president, Y", "was hosted at the headquarters of the <O> in L by Y"). */
const RECEIVED_BY = new RegExp(`\\b(?:(?:was|were|had been|has been|is|are) (?:expected|due|scheduled|set) to be|(?<=\\b(?:crossed|cross|travell?ed|travel|flew|fly|went|go|came|come|drove|drive|walked|sailed|arrived)\\b(?:[^<.;]|<[LG]\\d+>){0,60} )to be|was|were|had been|has been|will be|would be|is to be|are to be|(?:the (?:honou?r|privilege|pleasure) of |after |since )being) (?:warmly |formally |personally |briefly |also |later )?(?:received|welcomed|hosted|greeted|met)(?: briefly| warmly| formally| personally| separately| together| jointly| then| there| here)?(?: on the (?:platform|tarmac|steps|runway|red carpet|quayside))?(?: on (?:\\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+ \\d{1,2})(?:,? (?:19|20)\\d\\d)?| (?:the same|that|the next|the following) (?:day|morning|afternoon|evening))?(?: (?:at|in) (?:the )?(?:(?:(?:<O\\d+>['’]s [\\w ]{1,20}?|[a-z]+(?: [a-z]+)? of (?:the )?<O\\d+>) (?:at|in) (?:the )?)?<L(\\d+)>(?: (?:station|airport))?|<O\\d+>|(?:[A-Z][\\w-]+ ){0,2}[a-z ]{1,30}?))?(?: (?:on|last) \\w+(?: (?:morning|afternoon|evening|night))?| (?:earlier|later)(?: (?:that|this) (?:morning|afternoon|evening|day))?| (?:that|this) (?:morning|afternoon|evening)| (?:yesterday|today))?(?:,? in (?:the )?<L(\\d+)>,?)? by (?:the |his |her |their )?(?:(?:<[GP]\\d+>['’]s |<N\\d+> )?[A-Za-z-]+(?: [a-z-]+){0,6}(?: [A-Z][a-z]+){0,2}(?: (?:for|of) (?:the )?(?:<[ONLG]\\d+>(?:['’]s)?|[A-Za-z-]+)(?:(?: and|,) (?:the )?(?:<[ONLG]\\d+>|[A-Za-z-]+)| [a-z-]+){0,3})?, |${LOWER_POST})?(${TITLED_LIST})`, "g");
/** "X's planned visit to Ankara", "a visit by X to Gdansk" (the visitor; the place or state visited). */
const VISIT_KINDS = "(?:(?:planned|proposed|scheduled|expected|upcoming|first|official|state|working|two-day|three-day) )*";
const VISIT_TO = new RegExp(`(?:<P(\\d+)>'s ${VISIT_KINDS}visit|\\b(?:[Aa]|[Tt]he) ${VISIT_KINDS}visit by (?:the )?(?:<N\\d+> )?<P(\\d+)>|<P(\\d+)> (?:(?:will|would|is to|is due to|is set to|is expected to|plans to|intends to|to) )?(?:pay|pays|paid|make|makes|made) (?:a |an |his |her )?${VISIT_KINDS}visit) to (?:the )?(?:<O\\d+> (?:campus|headquarters|site|plant|factory|hospital|school|port|base) (?:[a-z-]+ ){0,4}(?:of|in|near|outside) (?:the )?)?<([LG])(\\d+)>(?:,? (?:together )?with (?:the )?(?:[A-Z][a-z]+ ){0,3}<P(\\d+)>)?`, "g");
/** "At the invitation of Premier X, Y will travel to L": a visit planned to the one who invited. */
/** "<P> has accepted an invitation from (the chairman of <G>'s <O>,) <P> to travel to <L>" (or "from his <N>
 * counterpart, <P>, to co-chair the <O> in <L>"): the guest (1), the answer
 * (2), the host (3), where (4). */
const INVITATION_FROM_TO_TRAVEL = /<P(\d+)> (?:has |had |have )?(?:formally |already )?(accepted|received|declined|turned down) (?:an?|the) invitation from (?:the )?(?:(?:[^<.;,]|<[GO]\d+>(?:['’]s)?){0,80}, )?(?:(?:his|her|their) (?:<N\d+> )?counterpart, )?(?:[A-Z][a-z]*\.? ){0,2}<P(\d+)>,? to (?:(?:travel|fly|go|come|visit) (?:to )?(?:the )?|(?:co-chair|chair|attend|take part in) (?:the |a )?(?:<[OE]\d+>|(?:[a-z-]+ ){0,3}(?:meeting|session|commission|talks|summit|conference)) (?:in|at) (?:the )?)<[LG](\d+)>/;
const TRAVEL_AT_INVITATION = /\b[Aa]t the invitation of (?:the )?(?:<[GN]\d+>(?:['’]s)? )?(?:[A-Za-z-]+ ){0,3}<P(\d+)>, <P(\d+)> (?:will|is to|is due to|plans to|is set to) (?:travel|fly|go|pay a visit) to (?:the )?<[LG](\d+)>/;
/** "… at the invitation of Brazil's President X": the host of a visit. */
const AT_INVITATION = /^(?:[^.;<]|<[LT]\d+>){0,40}?\bat (?:the invitation of (?:the )?(?:<[GN]\d+>(?:['’]s)? )?(?:[A-Za-z-]+ ){0,3}<P(\d+)>|<P(\d+)>['’]s invitation\b)/;
/** "X brought A, B and C together at Dayton": a meeting of them all, X with them. */
/** What one does at a plenary: "chaired", "attended", "sits at" … */
const AT_PLENARY = "chaired|co-chaired|attended|joined|sat at|sits at|sat in on|took part in|opened|hosted|presided over|will attend|will chair";
/** "X, …, attended the", "and X chaired Wednesday's opening" (not one a preposition governs: "with X, then chaired"). */
const PLENARY_NAMED = new RegExp(`(?:^|[,;] (?:and )?|\\band )(?:[^<,;.]{0,30} )?(?<!\\b(?:with|to|by|for|from|of|on|in|at|and) )<P(\\d+)>(?:,[^<,]{1,60},)?[^<.;]{0,40}?\\b(?:${AT_PLENARY}|addressed|is to chair|is to attend) (?:the |a |an |its |their )?(?:[\\w'-]+ ){0,3}$`);
/** The verb right before "plenary", its subject named elsewhere. */
const PLENARY_VERB_BEFORE = new RegExp(`\\b(?:${AT_PLENARY})\\s+(?:the |a |an |its |their )?(?:[\\w'-]+ ){0,3}$`);
/** Leaders watching their ministers sign: "as the prime ministers looked on", "in the presence of the two presidents". */
const LOOKED_ON = /\b(?:looked on|looking on|watched on|in the presence of (?:the|both|their) (?:two )?(?:leaders|presidents|prime ministers|heads of state))\b/;
const TO_BRING_TOGETHER = new RegExp(`<([PG])(\\d+)> (?:hopes?|hoped|wants?|wanted|plans?|planned|seeks?|sought|intends?|intended|would like|is (?:trying|seeking|hoping|working)|has (?:offered|proposed)|offered|proposed)(?: (?:eventually|still|soon|now))? to bring (${TITLED_LIST}) together\\b(?:(?:[^.;<]|<[GLN]\\d+>){0,80}?\\bunder the auspices of (?:the )?(?:[a-z-]+ ){0,2}<P(\\d+)>)?`, "g");
const BROUGHT_TOGETHER = new RegExp(`<P(\\d+)> (?:brought|gathered|got) (${TITLED_LIST}) together\\b`, "g");
/** "… met in <L> on …, when A and B signed a declaration … in the presence of C and D": the place (1), the signers (2),
 * those it was signed before (3). */
const WHEN_SIGNED_BEFORE = new RegExp(`\\bmet (?:again )?in <L(\\d+)>[^<.;]{0,40}, when ((?:<G\\d+>['’]s )?<P\\d+> and (?:<G\\d+>['’]s )?<P\\d+>) (?:jointly |formally )?signed (?:a|an|the) (?:[^.;<]|<[DE]\\d+>){0,80}? in the presence of (?:the )?(${TITLED_LIST})`);
/** "They signed it in the presence of C, D and E": those it was signed before (1). */
const THEY_SIGNED_BEFORE = new RegExp(`^They signed (?:it|them|the <D\\d+>) in the presence of (?:the )?((?:<G\\d+>['’]s |the <G\\d+>['’]s )?<P\\d+>(?:, the (?:host|mediator|chair))?(?:(?:,| and|, and) (?:the )?(?:<G\\d+>['’]s )?<P\\d+>(?:, the (?:host|mediator|chair))?)*)`);
/** "… met in <L> that September, with the then foreign ministers, A and B, leading their delegations": where (1),
 * the two (2, 3). */
const LEADING_DELEGATIONS = /\bmet (?:in <L(\d+)>)?[^<.;]{0,40}, with (?:the (?:then )?(?:[a-z-]+ ){1,3}(?:ministers|leaders|envoys|officials), )?<P(\d+)>,? and <P(\d+)>,? (?:leading|heading) (?:their|the(?: two)?) (?:respective )?delegations\b/;
/** "X (…) handed Y a letter from Z, whom she visited in L on Monday": the sentence's subject (1), the one visited
 * (2), where (3). The subject may come after a long opening ("It was over the plov, according to two people …, that X"). */
const WHOM_VISITED = /^(?:(?:[^<.;]|<L\d+>){0,100})?<P(\d+)>(?:[^.;<]|<[PGOLN]\d+>){0,140}?<P(\d+)>(?:, (?:[^<,;.]|<[GNOL]\d+>(?:['’]s)?){1,60})?, whom (?:he|she) (?:had )?(?:last |first |previously |also )?(?:visited|met|called on|saw) (?:in (?:the )?<L(\d+)>)?/;
/** "The … meeting was hosted by X at L in …, with the participation of A and B": the host (1), where (2), the
 * others (3). */
const HOSTED_WITH = new RegExp(`\\b[Tt]he (?:[a-z-]+ ){0,3}(?:meeting|summit|talks|session|round)s? (?:was|were) (?:hosted|chaired|convened) by (?:the )?(?:<[NG]\\d+> )?(?:[a-z-]+ ){0,2}<P(\\d+)>((?:[^<.;]|<[LO]\\d+>){0,80}?), with the participation of (?:the )?(${TITLED_LIST})`);
/** "the next meeting of the <O>, which the two ministers will co-chair in <L>": the two told before, to meet. */
const WILL_CO_CHAIR = /\bthe next (?:meeting|session|round) of (?:the )?<[OE]\d+>, which the two (?:ministers|leaders|sides|foreign ministers|presidents|prime ministers) (?:will|are to|are due to|are set to|would) co-chair(?: in <L(\d+)>)?/;
/** "the meeting of the <O>, which A and his <N> counterpart, B, were to co-chair in <L> in February": the two named (or
 * "The first meeting of a new <L>-<G> working group on health, which A and B were to co-chair in <L>"). */
const WERE_TO_CO_CHAIR = /\b[Tt]he (?:next |[a-z]+ )?(?:meeting|session|round) of (?:the )?(?:<[OE]\d+>|(?:a |an )?(?:new )?(?:<[LGN]\d+>(?:-<[LGN]\d+>)? )?(?:joint )?(?:working group|committee|commission|task force|council)(?: on [a-z -]{1,40}?)?), which (<P\d+>),? and (?:his |her |their )?(?:<[GN]\d+> )?(?:counterpart,? )?(<P\d+>),? (?:were|was|are|is|had been) (?:to|due to|set to|scheduled to) co-chair(?: in <L(\d+)>)?/;
/** A meeting and its co-chairs: "… meeting is held in L, co-chaired by A and B", "… again co-chaired by A and B,". */
const CO_CHAIRED = /(?:\b(?:meeting|session|talks|consultations|dialogue)\b|^It\b)[^.;]{0,80}?,? (?:again |jointly )?(?:co-chaired by|under the co-chairmanship of) ((?:[^.;<]|<[PGNO]\d+>)+?)(?=, (?:is|was|will|are|were)\b|[.;]|$)/;
/** "X had also proposed that Z join the two leaders in L". */
const PROPOSED_TO_JOIN = /<P(\d+)> (?:had |has )?(?:also )?(?:proposed|suggested) that (?:the )?(?:[a-z-]+ ){0,3}<P(\d+)> (?:should )?join (?:the two (?:leaders|presidents|prime ministers)|both leaders|them)(?: (?:in|at) <L(\d+)>)?/;
/** "It was on the river at <L>, aboard …, that A and B signed": the place (1) and the signers (2). */
const CLEFT_SIGNED = /^It was (?:on|in|at|aboard) (?:[^.;<]|<[LO]\d+>)*?\b(?:at|in) (?:the )?<L(\d+)>(?:[^.;<]|<[LO]\d+>){0,80}?, that ((?:<G\d+>['’]s )?<P\d+>(?:(?:,| and|, and) (?:<G\d+>['’]s )?<P\d+>)+) signed/;
/** "A and B signed a peace agreement in Jeddah" (a signing together, at a place), "A and B initialled the text in
 * L". */
const SIGNED_TOGETHER = /((?:<P\d+>, ){0,4}<P\d+>)(?:, [^<,;.]{0,40}(?:<[GNO]\d+>'s)?[^<,;.]{0,30},)? and (?:the |his |her )?(?:[a-z-]+ ){0,3}(<P\d+>)(?:, (?:[^<,;.]|<[GNO]\d+>(?:['’]s)?){0,60},)? (?:jointly |formally )?(signed|initial(?:l)?ed|(?:are|were) (?:expected|due|set|scheduled) to sign|will (?:jointly |formally )?sign|are to sign) (?:(?:a|an|the) [^.;<]{0,60}?(?:<[DEOGN]\d+>[^.;<]{0,60}?){0,3}|(?:it|<D\d+>) (?:at (?:the )?<[OL]\d+> )?)\b(?:in|at) (?:the )?<L(\d+)>/g;
/** People standing for a state after its demonym: "Japanese officials". */
/** "X received a Houthi delegation headed by the group's chief negotiator, A, and a Saudi team led by the kingdom's
 * ambassador to Yemen, B, separately": the host (1), the heads (2, 3), and whether apart (4). */
const DELEGATIONS_RECEIVED = /<P(\d+)> (?:received|hosted|met(?: with)?|held talks with) (?:an? |the )?(?:<[NOG]\d+> )?(?:delegation|team) (?:led|headed) by (?:(?:[^<.;]|<[GNO]\d+>){0,60}?, )?<P(\d+)>,? and (?:an? |the )?(?:<[NOG]\d+> )?(?:delegation|team) (?:led|headed) by (?:(?:[^<.;]|<[GNO]\d+>){0,60}?, )?<P(\d+)>,?(?: (separately|in turn|one after the other))?/;
/** "Fiji's delegation was led by the Permanent Secretary for Foreign Affairs, A, and included B", "Vanuatu's side was
 * led by the ministry's Director-General, C": the state (1, 2), the head (3), the others (4). */
const SIDE_LED_BY = new RegExp(`^(?:[^<.;]{0,30})?(?:<G(\\d+)>['’]s|[Tt]he <N(\\d+)>) (?:delegation|side|team) (?:was|had been) (?:led|headed) by (?:(?:[^<.;]|<[GNO]\\d+>){0,80}?, )?<P(\\d+)>(?:,? and (?:also )?included (${TITLED_LIST}))?`);
/** "The sessions were held at a ministry guesthouse in Muscat's Qurum district": the city (1). */
const SESSIONS_HELD_AT = /^(?:[^<.;]{0,30}, )?[Tt]he (?:[a-z-]+ )?sessions (?:were|had been) (?:held|hosted) (?:at|in) (?:(?:the|a|an) (?:[a-z-]+ ){0,3}(?:in|at) )?<L(\d+)>/;
/** "He saw each delegation again on Sunday, this time with the UN special envoy, C, at his side": the host (1, else
 * "He"), one more with him (2). */
const EACH_AGAIN = /^(?:[^<.;]{0,30}, )?(?:<P(\d+)>|He|She) (?:saw|met|received|met with) (?:each|both) (?:delegations?|sides?|teams?) again\b(?:[^<.;]{0,40}?,? (?:this time )?with (?:the )?(?:(?:[^<.;,]|<[GNO]\d+>){0,50}, )?<P(\d+)>)?/;
/** A call or meeting by someone on a post named for no one ("A courtesy call by the Bolivian foreign minister on the
 * President of the Council of Ministers", "X's meeting with the prime minister"): the caller, named (1, 2) or by their
 * state's post (3, 4), and the state of the post called on, when a demonym tells it (5). */
const CALL_ON_POST = /\b(?:[Aa]n?|[Tt]he|(<P\d+>)['’]s) (?:planned |scheduled |expected |proposed )?(?:courtesy call|call|meeting|audience) (?:by (?:the )?(?:(<P\d+>)|<N(\d+)> (foreign minister|minister|president|prime minister|envoy|ambassador)) )?(?:on|with) the (?:<N(\d+)> )?(?:prime minister|premier|president|head of state|head of government|(?:Prime Minister|Premier|President|Chairman)(?: of the <O\d+>(?: of [A-Z][a-z]+)?)?)(?![\w-]|,? <P|['’]s)/g;
/** "… reached in <L> on August 8, 2025, where A, B and C signed": the place (1), the day (2), the signers (3). */
// (or a day named there: "was finished in <L> on March 31, 2025, when A, B and C signed the treaty")
// (or at a body's seat, the day after "where": "That table was at the <O>, where on 22 December 1988 A, B and C
// signed")
const WHERE_THEY_SIGNED = /<([LO])(\d+)>(?: (?:on|in) ([^<;.,]{3,25}(?:, (?:19|20)\d\d)?))?, (?:where|(?<=\d, )when)(?: on (\d{1,2} [A-Z][a-z]+ (?:19|20)\d\d|[A-Z][a-z]+ \d{1,2},? (?:19|20)\d\d))? ((?:<P\d+>(?:,| and|, and) )+<P\d+>) (?:jointly |formally |also )?signed\b/g;
/** "X conveyed the warm greetings of A to B, as well as A's invitation to pay an official visit to G": the sender of the
 * greetings (1), the one they went to (2), the one inviting (3, else 1), the place (4). */
/** An invitation conveyed with a message: the sentence's slots of its sender, its guest and the place, and the span of
 * "invitation …" in the sentence. */
interface ConveyedInvitation {
  sender: number;
  guest: number;
  place: number;
  from: number;
  to: number;
}
/** The forms of an invitation conveyed with a message, each with the groups of its sender (the first matched), guest
 * and place. */
const CONVEYED_INVITATIONS: [RegExp, { sender: number[]; guest: number; place: number }][] = [
  // "X conveyed the greetings of A to B, as well as A's invitation to pay an official visit to G"
  [/\b(?:conveyed|delivered|passed on|relayed|handed over|brought) (?:the |a |an |his |her )?(?:[a-z-]+ ){0,2}(?:greetings|message|letter|regards|best wishes|wishes) (?:of|from) (?:the )?<P(\d+)> to (?:the )?<P(\d+)>,? (?:as well as|along with|together with|and) (?:an |the |a )?(?:<P(\d+)>['’]s |his |her )?invitation to (?:pay (?:a |an )?(?:[a-z-]+ ){0,2}visit to|visit|make (?:a |an )?(?:[a-z-]+ ){0,2}visit to) (?:the )?<[LG](\d+)>/, { sender: [3, 1], guest: 2, place: 4 }],
  // "conveyed greetings from Z to W and an invitation for W to attend the ceremony … at L"
  [/\b(?:conveyed|delivered|passed on|relayed|handed over|brought) (?:the |his |her )?(?:[a-z-]+ ){0,2}(?:greetings|message|regards|best wishes|wishes) from (?:the )?<P(\d+)>(?: to <P\d+>)? and (?:an |the |a )?invitation for (?:the )?<P(\d+)> to (?:attend|visit|come to|travel to) (?:[^<.;]|<[OEL]\d+>){0,80}?\b(?:at|in|to) (?:the )?<[LG](\d+)>/, { sender: [1], guest: 2, place: 3 }],
  // "X conveyed President Y's greetings and an invitation to visit Ankara to Z"
  [/\b(?:conveyed|delivered|passed on|relayed|handed over|brought) <P(\d+)>['’]s (?:[a-z-]+ ){0,2}(?:greetings|message|regards|best wishes|wishes) and (?:an |the |a )?invitation to (?:visit|come to) (?:the )?<[LG](\d+)> to (?:the )?(?:<[NG]\d+> )?(?:[A-Za-z-]+ ){0,3}<P(\d+)>/, { sender: [1], guest: 3, place: 2 }],
  // "X conveyed to Z the greetings of A and handed over A's letter, which contains an invitation to pay a state visit
  // to G"
  [/\b(?:conveyed|delivered|passed on|relayed|extended) to <P(\d+)> (?:the |a )?(?:[\w-]+ ){0,2}(?:greetings|regards|wishes|best wishes) of (?:the )?<P\d+> and (?:also )?(?:handed over|handed|delivered|presented|passed on) (?:to (?:him|her) )?<P(\d+)>['’]s (?:[a-z-]+ )?(?:letter|message),? (?:which|that) (?:also )?(?:contains|contained|includes|included|carries|carried|extends|extended) an invitation to (?:pay (?:a |an )?(?:[a-z-]+ ){0,2}visit to|visit|make (?:a |an )?(?:[a-z-]+ ){0,2}visit to) (?:the )?<[LG](\d+)>/, { sender: [2], guest: 1, place: 3 }],
  // "X conveyed to Z the greetings of A, along with a verbal message that included an invitation to visit G"
  [/\b(?:conveyed|delivered|passed on|relayed|extended) to <P(\d+)> (?:the |a )?(?:[\w-]+ ){0,2}(?:greetings|regards|wishes|best wishes) of (?:the )?<P(\d+)>,? (?:as well as|along with|together with|and) (?:a |an |the )?(?:[\w-]+ ){0,2}(?:message|letter),? (?:which|that) (?:also )?(?:contains|contained|includes|included|carries|carried|extends|extended) an invitation to (?:pay (?:a |an )?(?:[a-z-]+ ){0,2}visit to|visit|make (?:a |an )?(?:[a-z-]+ ){0,2}visit to) (?:the )?<[LG](\d+)>/, { sender: [2], guest: 1, place: 3 }],
  // "X asked Y to convey his "warm regards" to President Z, together with an invitation to visit G"
  [/<P(\d+)> (?:[a-z]+ ){0,2}asked <P\d+> to (?:convey|pass on|deliver|relay|take) (?:his|her) ["“]?(?:[a-z-]+ ){0,2}(?:greetings|regards|wishes|best wishes)["”]? to (?:the )?<P(\d+)>,? (?:as well as|along with|together with|and) (?:an |the |a |his |her )?invitation to (?:pay (?:a |an )?(?:[a-z-]+ ){0,2}visit to|visit|make (?:a |an )?(?:[a-z-]+ ){0,2}visit to) (?:the )?<[LG](\d+)>/, { sender: [1], guest: 2, place: 3 }],
];
function conveyedInvitation(text: string): ConveyedInvitation | undefined {
  for (const [re, g] of CONVEYED_INVITATIONS) {
    const v = text.match(re);
    if (v) return { sender: Number(g.sender.map((k) => v[k]).find((x) => x !== undefined)), guest: Number(v[g.guest]), place: Number(v[g.place]), from: v.index! + v[0].lastIndexOf("invitation"), to: v.index! + v[0].length };
  }
  return undefined;
}
/** A dateline opening a sentence: "Riyadh, October 20, 2026, SPA --", "TEHRAN, April 18 -". */
const DATELINE = /^\s*(?:\p{Lu}[\p{L}.' -]{2,30}), (?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8})(?:, \d{4})?(?:,? (?:\(?[A-Z][A-Za-z]{1,8}\)?))? ?(?:--|[—–-])/u;
/** "The reception was attended by", "The meeting was also attended by": those at the meeting just told. */
// (also past a clause about it: "The meeting, which had not been announced in advance, was also attended by"; and "The
// meeting took place in the presence of"; "The signing was witnessed by")
// (past an apposition of where: "The meeting, held at <L> in <L>, was attended by", "The audience, at the <L>, was")
const MEETING_ATTENDED = /^(?:[^<.;]{0,40}?\b)?[Tt]he (?:reception|meeting|talks|audience|session|dinner|lunch|luncheon|banquet|working lunch|courtesy call|signing(?: ceremony)?)s?(?:, (?:which|that) [^<.;,]{1,80},|, (?:(?:held|hosted) )?(?:at|in) (?:[^<.;,]|<[LG]\d+>){1,80},)? (?:(?:was|were) (?:also )?(?:attended|witnessed) by|(?:took place|was held|were held) in the presence of) /;
/** "They were joined by A", "The two ministers were later joined by B": more at the meeting just told. */
const THEY_WERE_JOINED = /^(?:[^<.;]{0,40}?\b)?(?:They|[Tt]he (?:two|three) (?:men|women|ministers|leaders|delegations)) were (?:later |then |also |soon )?joined(?: there| at the table)? by (?:the )?/;
/** "X, …, hosted and chaired the session", "Y chaired the talks": the one who hosts the meeting just told. */
const HOSTED_SESSION = /<P\d+>(?:, [^<,;.]{0,60}(?:<[GOLN]\d+>[^<,;.]{0,30})?)?,? (?:also )?(?:hosted and chaired|hosted|chaired|co-chaired|presided over|moderated) the (?:session|talks|meeting|discussions|consultations)\b/;
/** "X, received in audience today, <day>, at the <venue> in <city>, Y": a communiqué's audience (or "will receive"). */
const RECEIVED_IN_AUDIENCE = /<P(\d+)>,? (?:[^<.;]{0,40} )?(?:(will|is to|is scheduled to) )?receive[sd]? in audience\b(?:[^<.;]|<[OLT]\d+>){0,140}?,? (?:the )?<P(\d+)>/;
/** A schedule's day heading: "Monday, 16 November (Brussels)", "Tuesday, November 17". */
const DAY_HEADING = /^\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? ((?:\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2})(?:,? \d{4})?)\s*(?:\([^)]*\))?\s*$/;
/** A schedule's entry: a time or a part of the day, a dash, and the principal's verb or noun with no subject. */
const SCHEDULE_ENTRY = /^\s*(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|Morning|Afternoon|Evening|Noon|Midday)\s*[–—-]\s*(?=(?:Meets|Attends|Briefs|Welcomes|Joins|Takes part|Receives|Hosts|Chairs|Holds|Calls on|Visits|Signs|Working|Bilateral|Meeting|Lunch|Dinner|Breakfast|Talks|Audience|Courtesy call)\b)/;
/** "X had scheduled separate bilateral meetings on Thursday with three visiting leaders: A, …; B, …; and C, …": the
 * host (1), the list after the colon (2). */
const SCHEDULED_WITH_EACH = /^(?:(?:[^<.;]|<L\d+>){0,40}, )?<P(\d+)> (?:had |has )?(?:scheduled|lined up|arranged) (?:separate |individual )?(?:bilateral |one-on-one )?(?:meetings|talks) (?:on [A-Z][a-z]+day )?with (?:the )?(?:[a-z-]+ ){0,3}(?:leaders|ministers|presidents|heads of state|guests|counterparts): ((?:(?!\.$)[^.])*<P\d+>(?:[^.]|\.(?!$))*)/;
/** "The two sides agreed … to hold the next meeting of …", "The two Ministers concurred to hold the next <E>". */
const NEXT_ROUND = /\b(?:[Tt]he two (sides|countries|governments|nations|delegations|[Mm]inisters|[Ll]eaders|presidents|heads of state|prime ministers|foreign ministers)|[Bb]oth sides)\b[^.;<]{0,20}?\b(?:agreed|concurred|decided|resolved)(?: in principle)?\b(?:[^.;<]|<[A-Z]\d+>){0,160}?\bto hold (?:the |a |their )?next (?:<E(\d+)>|(?:[a-z-]+ ){0,3}(?:meeting|session|round)(?: of (?:the )?(?:(?:<[OGN]\d+>(?:-<[OGN]\d+>)?|[a-z-]+) ){0,4}(?:<O\d+>|[a-z-]+))?)/;
/** A body both sides staff, told to meet: "a joint technical committee of <N> and <N> officials would hold its first
 * session in <L>", "the technical teams of both countries will meet in <L>", "the next meeting of the <N>-<N>
 * intergovernmental commission, which will take place in <L>" (its sides told or the two of the meeting before). */
const JOINT_BODY = "(?:(?:joint|bilateral|intergovernmental|inter-governmental|binational|bi-national|mixed|permanent|technical|standing) (?:(?:[a-z-]+|<[NG]\\d+>-<[NG]\\d+>) ){0,2}(?:commission|committee|working group|task force|consultations?|mechanism))";
const STAFFED_BY_BOTH = "(?:<O\\d+>|(?:[a-z-]+ ){0,3}(?:commission|committee|working group|task force|teams|consultations?|(?:chiefs|heads) of (?:[a-z-]+ ){0,2}(?:staff|police|intelligence|services)|experts|officials))";
const BOTH_SIDES = "(?:the two (?:countries|sides|governments|ministries|nations|<O\\d+>)|both (?:countries|sides|governments|ministries|nations)|<N\\d+> and <N\\d+> (?:officials|experts)|<G\\d+> and <G\\d+>)";
const BODY_OF_BOTH = `(?:(?:next |first |second |third |\\d+(?:st|nd|rd|th) )?(?:meeting|session|round) of (?:the |their )?)?(?:<[NG]\\d+>-<[NG]\\d+> )?(?:${JOINT_BODY}|${STAFFED_BY_BOTH}(?= (?:of|between|from) ${BOTH_SIDES})|<O\\d+>)(?: on (?:[A-Za-z-]+ ){0,5}?[A-Za-z-]+)?(?: (?:of|between|from) ${BOTH_SIDES})?`;
const BODY_TO_MEET = new RegExp(
  `\\b(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]he two (?:countries|nations|governments)['’]) )?${BODY_OF_BOTH}(?:, (?:made up|composed|consisting) of (?:<N\\d+> and <N\\d+> (?:officials|experts|specialists)|(?:officials|experts|specialists) (?:of|from) ${BOTH_SIDES}),)?,? (?:which |that )?(?:will|would|shall|(?:is|are|was|were) to|(?:is|are|was|were|had been|has been) (?:scheduled|expected|due|set) to) (?:meet|convene|hold (?:its|their) (?:first |next |inaugural |second |third )?(?:session|meeting)|take place|be held)(?: again)?(?: for the first time)? (?:in|at) (?:the )?<L(\\d+)>`,
);
/** The same agreed to: "agreed to convene their joint commission in <L>", "agreed to hold the next round of political
 * consultations between the two <O> in <L>". */
const AGREED_TO_CONVENE = new RegExp(`\\b(?:agreed|decided|resolved) to (?:convene|hold) (?:the |their |a |an )(?:annual |regular )?${BODY_OF_BOTH} in <L(\\d+)>`);

/** Where a sentence says who was at the meeting just told, and the stretch that names them: after the cue ("The reception
 * was attended by A and B", "Attending the talks … were A, B and C") or before it ("A, …, and B were present at the
 * talks"; "Togo's foreign minister, X, hosted and chaired the session": X, whose name the match opens with). */
function attendance(text: string): { from: number; to: number; after?: string; before?: string; satIn?: "host" | "guest" } | undefined {
  const by = text.match(MEETING_ATTENDED) ?? text.match(ATTENDING_WERE) ?? text.match(THEY_WERE_JOINED);
  if (by) return { from: by.index!, to: by.index! + by[0].length, after: text.slice(by.index! + by[0].length) };
  const present = text.match(PRESENT_AT);
  if (present) return { from: present.index!, to: present.index! + present[0].length, before: listedNames(text.slice(0, present.index!)) };
  const sat = text.includes(" sat in") ? text.match(SAT_IN) : null;
  if (sat) return { from: sat.index!, to: sat.index! + sat[0].length, before: `${sat[1]}${sat[2] ? ` ${sat[2]}` : ""}`, satIn: "host" };
  const joined = text.includes(" joined ") ? text.match(JOINED_THEM) : null;
  if (joined) return { from: joined.index!, to: joined.index! + joined[0].length, before: joined[1], satIn: "host" };
  const came = text.includes(" came with ") ? text.match(CAME_WITH) : null;
  if (came) return { from: came.index!, to: came.index! + came[0].length, before: came[1], satIn: "guest" };
  const hosted = / the (?:session|talks|meeting|discussions|consultations)\b/.test(text) ? text.match(HOSTED_SESSION) : null;
  if (!hosted) return undefined;
  const name = hosted[0].slice(0, hosted[0].indexOf(">") + 1);
  return { from: hosted.index! + name.length, to: hosted.index! + hosted[0].length, before: name };
}
/** "I sat in, and so did our ambassador in <L>, <P>, who flew back for it": those at the meeting just told (also past
 * the comma a post set off before the name leaves: "<P>, also sat in"). */
const SAT_IN = /^(?:[^<.;]{0,20})?(<P\d+>),? (?:also )?sat in(?: on it)?(?=[,.;]| too\b)(?:, and so did (?:our |the |his |her |their )?(?:[^<,;.]|<[LGN]\d+>){0,40}, (<P\d+>))?/;
/** "The Minister for External Relations, Z, joined them for the talks" ("for the second half of the meeting"): one more
 * at the meeting just told. */
const JOINED_THEM = /^(?:[^<.;]{0,20})?(<P\d+>),? (?:also |later |then |briefly )?joined (?:them|the two(?: men| women| leaders| ministers)?) (?:for|in|at) the (?:(?:first|second|last|latter|final) (?:half|part|hour) of the )?(?:talks|meeting|discussions|lunch|dinner|session)\b/;
/** "On the Chinese side the ambassador here, Z, came with him": one more at the meeting just told, with its guest. */
const CAME_WITH = /^(?:On the <[GN]\d+>(?: side)?,? )?(?:the |our |his |her |their )?(?:[^<,;.]{0,40}, )?(<P\d+>),? (?:also )?came (?:along )?with (?:him|her|them)\b/;
/** A table row's note of more at the table: "A and B also present", "C attended". */
const ALSO_PRESENT = /((?:<P\d+>(?:,? and |, ))+<P\d+>|<P\d+>) (?:were |was )?(?:also )?(?:present|attended|in attendance|joined)\b/;
/** A record's heading over the list of who was there or not: "Present:", "In attendance:", "Apologies:". */
const MINUTES_HEADING = /^\s*(Present|In attendance|Also present|Attending|Participants|Delegations?|Apologies(?: for absence)?|Absent)\s*:\s*$/i;
/** "Attending the talks from the Korean side were A, B and C": those at the meeting just told. */
// (and "Also present at the meeting were A and the Philippine Ambassador to Malaysia, B")
// (and "The Egyptian delegation included Egypt's Ambassador to Armenia, B": one of that side)
const ATTENDING_WERE = /^(?:[^<.;]{0,20})?\b(?:[Tt]he (?:<N\d+> |<G\d+>['’]s )?delegation (?:also )?(?:included|comprised|consisted of|was made up of) |(?:Attending (?:the )?(?:talks|meeting|summit|reception|session|luncheon|dinner)(?: from (?:the )?(?:<[GN]\d+>|[a-z]+)(?: side)?)?|(?:Also )?(?:[Pp]resent|[Ii]n attendance) (?:at|during) the (?:talks|meeting|audience|call|session|reception|luncheon|lunch|dinner)|Also (?:at the table|in the room|present)) (?:were|was) )/;
/** "A and B were present at the talks", "… were also in attendance at the meeting". */
// (also "A and B were among the guests", and "A and B joined the talks")
// (and "A accompanied the visiting minister into the meeting")
const PRESENT_AT = /\b(?:(?:was|were) (?:also )?(?:present at|in attendance at) the (?:talks|meeting|reception|audience|session|ceremony|banquet|dinner|lunch|luncheon)|(?:was|were) (?:also )?among the (?:guests|participants|diners|invitees)|(?:also )?joined the (?:talks|meeting|discussions)|accompanied (?:the |his |her )?(?:(?:[a-z-]+ ){0,2}(?:minister|president|premier|governor|guest|visitor|envoy)|<P\d+>) into the (?:talks|meeting|audience))\b/;
/** Two people who signed a document: "A, …, and B signed a", "A and his counterpart B jointly signed the". */
const SIGNED_AT = new RegExp(String.raw`(<P\d+>)(?: of (?:the )?<G\d+>)?(?:, (?:[^<;.]|<[GNOL]\d+>){1,100}?\.?,)?,? and (?:the |his |her |their )?(?:(?:[a-z-]+ ){0,3}|(?:<[GNO]\d+>['’]s )?(?:[A-Za-z-]+ ){0,5}[A-Za-z-]+, |<N\d+> counterpart,? )(<P\d+>)(?: of (?:the )?<G\d+>)?(?:, (?:[^<;.]|<[GNOL]\d+>){1,100}?\.?,)?,? ${SIGNING_ADVERBS}signed(?: on [A-Z][a-z]+)? (?:a|an|the) `, "g");
/** One who signed a document with another: "X, …, signed the framework agreement with Kazakh Energy Minister Y". */
// (or in a clause of the name's: "X, who as prime minister signed the <D> between <G> and <G> with his then Y")
const SIGNED_WITH = /(<P\d+>)(?:, (?:[^<;.]|<[GNOL]\d+>){0,160}?\.?,|, who as (?:[a-z-]+ ){0,2}[a-z-]+(?= signed))? (?:jointly |formally |also )?signed (?:a|an|the) (?:[^<.;]|<[DEG]\d+>){0,80}? with (?:the |his |her |their )?(?:[a-z-]+ ){0,3}(<P\d+>)/g;
/** One who met a state's envoy, named by post only: "On Monday, X met Japan's top envoy in Seoul at the ministry" (X; the
 * city). */
const MET_A_POST = /^(?:[^<.;]{0,40}, )?<P(\d+)> (?:met|received|hosted|saw|summoned) (?:with )?(?:the )?(?:<[GN]\d+>(?:['’]s)? )?(?:[a-z-]+ ){0,2}(?:ambassador|envoy|high commissioner)\b(?:[^<.;]{0,20}\bin <L(\d+)>)?/;
/** States that signed somewhere while their leaders watched: "Costa Rica and Panama signed two agreements … at <L>, …, as
 * Presidents A and B looked on" (the place; the leaders). */
const STATES_SIGNED_LOOKED_ON = new RegExp(`<G\\d+> and <G\\d+> (?:jointly |formally )?signed (?:[^.;<]|<[DE]\\d+>){0,80}?\\b(?:at|in) <L(\\d+)>[^.;<]{0,80}?, (?:as|while) (?:the )?(?:[A-Z][a-z]+ )?(${TITLED_LIST}) (?:looked|watched) on\\b`);
/** Those who watched a signing: "as A and B looked on", "in the presence of A", "witnessed by A and B". */
const LOOKERS_ON = new RegExp(`\\b(?:as (${TITLED_LIST}) (?:looked|watched) on|as (${TITLED_LIST}) watched|in the presence of (${TITLED_LIST})|witnessed by (${TITLED_LIST})|with (${TITLED_LIST}) (?:looking|watching) on|with (${TITLED_LIST}) witnessing\\b)`);
/** A sentence that calls off, in a word, what the one before planned: "That's off.", "It has been scrapped." */
// (and "The Indian side called the visit off on Jan. 29", "The press service confirmed that the trip had been called
// off", "That stop was removed from his programme", "That leg of the visit has been cancelled")
const CALLED_OFF_ALONE = /^(?:But )?(?:(?:(?:That|It|This)(?: (?:call|meeting|visit|trip|audience|stop|leg))?|The (?:stop|leg|trip|visit|talks))(?: of (?:the|his|her|their) (?:visit|trip|tour))?(?:['’]s| is| was| were| has been| have been| had been| had to be| has had to be) (?:now )?(?:off|called off|cancell?ed|canceled|scrapped|shelved|dropped|struck (?:off|from) the (?:schedule|agenda|program|programme|itinerary)|removed from (?:the|his|her|their) (?:schedule|agenda|program|programme|itinerary))\b|(?:[Tt]he (?:<[NG]\d+> )?(?:[a-z]+ )?(?:side|government|ministry|office|organi[sz]ers|hosts?)|(?:[Tt]he )?<[GPO]\d+>) (?:has |had |then |later )*(?:called (?:the|that|this) (?:visit|meeting|trip|talks|summit|call) off|(?:cancell?ed|canceled|called off|scrapped) (?:the|that|this) (?:visit|meeting|trip|talks|summit|call))\b|[^.;]{0,80}\bthat the (?:<[GL]\d+> )?(?:trip|visit|meeting|talks|summit) (?:had|has) been (?:called off|cancell?ed|canceled|scrapped|shelved|taken off the (?:schedule|agenda|program|programme|itinerary))\b)/;
/** One invited who says, in the sentence after the invitation, that they will go: "Y said he would "of course" attend",
 * "Y has accepted" (the one, 1). */
const ACCEPTED_ALONE = /^(?:[^<.;]{0,20} )?<P(\d+)> (?:(?:said|says|has said|told [a-z]+) (?:that )?(?:he|she) (?:would|will) ["“]?(?:(?:of course|certainly|gladly|definitely|absolutely)["”]? ["“]?)?(?:attend|go|come|accept|be there)\b|(?:has |had )?accepted(?: (?:the|his|her) invitation)?[.,])/;
/** A journey's leg and its day: "flying to <L> on Tuesday", "and on to <L> on Wednesday", "arrived in <L> on 3 March". */
const LEG = /\b(?:(?:flew|flying|travell?ed|travell?ing|went|came|headed|heading|drove|driving) (?:(?:back|south|north|east|west|on|over|down|up) )?to|(?:arrived|arriving) in|and (?:then )?on to) <[LG](\d+)> (on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2})\b)/g;
/** A leg made the day the story has just told: "drove south to <L> that afternoon" (where, 1). */
const LEG_THAT_DAY = /\b(?:flew|travell?ed|went|came|headed|drove) (?:(?:back|south|north|east|west|on|over|down|up) )?to <[LG](\d+)> (?:later )?that (?:morning|afternoon|evening|day|night)\b/g;
const LEG_DAY_FIRST = /\b(?:arrived|arriving|landed|landing) (on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:morning|afternoon|evening|night))?) (?:at|in) (?:the )?<[LG](\d+)>/g;
/** A document signed at a place by two or more: "was signed in <L> in December 1973 by then presidents A and B". */
/** "The treaty … was signed by A and B at Parliament House in Canberra on October 6 last year": the two met there. */
/** "X rode a bus to <L> and signed the <D> with Y": X went there, and the two signed it together. */
const WENT_AND_SIGNED_WITH = /<P(\d+)>(?: [a-z]+){1,3} (?:to|in) <L(\d+)>(?:[^.;<]){0,30}? and (?:then |later )?signed (?:the )?<D\d+> with (?:the )?<P(\d+)>/;
// (or in a state's capital: "which A and B signed in the Turkish capital", the state (3))
const WHICH_SIGNED_THERE = /<D\d+>(?: (?:[^.;<,]|<[LG]\d+>){1,100}?)?,? (?:which|that) (?:then[- ](?:[a-z-]+ ){0,2})?(<P\d+>(?:(?:,| and|, and) <P\d+>)+) (?:jointly |formally )?signed (?:at (?:the )?<[LO]\d+> )?in (?:<L(\d+)>|the <N(\d+)> capital)/g;
const SIGNED_BY_THERE = /\b(?:was|were) (?:formally |jointly )?signed by (?:(?:then[- ]|the then[- ]?)(?:[a-z-]+ ){0,2})?(<P\d+>(?:(?:,| and|, and)(?: then)? <P\d+>)+) (?:at (?:the )?<[LO]\d+> )?in <L(\d+)>/g;
// (also set off after the document, at a venue in a city: "<D>, signed at the <L> in <L> on …, by <G>'s A and B")
// (past the parties and what it does, and at a body's seat in a city: "the <D> between <G> and <G> establishing their
// boundaries in the <L>, signed at <O> in <L> … by <P> and <P>")
const SIGNED_THERE_BY = new RegExp(`(?:\\b(?:was|were) (?:formally |jointly )?|<D\\d+>(?: (?:in|for|of|on) (?:the )?<[GL]\\d+>)?(?: between <G\\d+> and <G\\d+>(?: [a-z]+ing\\b(?:[^.;<,]|<[GL]\\d+>){0,80})?)?, )signed (?:(?:in|at) (?:the )?<[LO]\\d+> )?(?:in|at) (?:the )?<L(\\d+)>(?:, <L\\d+>,?)?${SIGNED_THEN_BY}((?:<G\\d+>['’]s )?<P\\d+>(?:, who (?:is|was) (?:also )?(?:[^<,;.]|<[GONL]\\d+>){1,100}(?=, and <P))?(?:(?:,| and|, and)(?: then)? (?:<G\\d+>['’]s )?<P\\d+>)+)`, "g");
/** A letter's sender inviting others to a meeting told next: "a letter from the Bolivian president, <P5>, inviting <P6> and
 * <P7> to a (summit)". */
const INVITING_TO_A = new RegExp(`\\b(?:letter|message|note|invitation)s? from ${SENDER_POST}<P(\\d+)>,? (?:inviting|to invite) (${TITLED_LIST}) to (?:a|an) (?:[a-z'-]+ ){0,3}$`);
/** Leaders who watched a signing together: "A and B witnessed the signing", "The presidents of G, X, and H, Y, witnessed on
 * Thursday the signing of". */
const WITNESSED = /(?:^(?:[^<.;]{0,60})?|[.—–-] (?:[^<.;]{0,60})?|\bof (?:the )?)((?:(?:<G\d+>, )?<P\d+>(?:, | and |, and ))+(?:<G\d+>, )?<P\d+>),? (?:jointly |also |then )?witnessed\b[^.;<]{0,30}\bthe signing\b/;
/** A letter handed to someone: "X, who …, handed Y a letter from Z", "X personally handed over to Y the reply". */
// (or went to hand it: "X was at the Europa building on Thursday to hand Y a letter")
/** "X, who …, put it into the hands of Y", "X put the letter in Y's hands": the carrier (1), the one handed it (2
 * or 3). */
const PUT_IN_HANDS = /(<P\d+>)(?:, (?:[^;.<]|<[GNOL]\d+>){1,120}?,)?,? (?:personally |then |later )?put (?:it|the (?:letter|message|note|reply)) (?:in|into) (?:the hands of (?:the )?(<P\d+>)|(<P\d+>)['’]s hands)/g;
/** "a note addressed to Z, which X passed to G's ambassador in L, Y": the carrier (1), the one handed it (2). */
const NOTE_PASSED_TO = /\b(?:note|letter|message|reply)s? addressed to (?:the )?<P\d+>, which (<P\d+>) (?:then |later )?(?:passed|handed|gave|delivered)(?: it)?(?: on| over)? to (?:the )?(?:<G\d+>['’]s (?:[^<.;,]|<[LG]\d+>){0,60}, )?(<P\d+>)/g;
/** "It was delivered to <P> at <L> on 5 March by <P>": the one it was delivered to (1), its carrier (2). */
const DELIVERED_TO_BY = /\b(?:was|were|had been) (?:personally )?(?:delivered|handed over|handed) to (?:the )?(<P\d+>)(?:[^<.;]|<[LT]\d+>){0,60}? by (?:the )?(?:[A-Za-z-]+ ){0,3}(<P\d+>)/g;
const HANDED_IN_PERSON = /(<P\d+>)(?:, (?:[^;.<]|<[GNOL]\d+>){1,120}?,)?,?(?: (?:had |has )?(?:personally |also |then |later )?(?:handed|delivered to|presented to)| (?:was|were) (?:in|at) (?:[^<.;]|<[LGO]\d+>){0,60}? to hand) (?:over )?(?:to )?(?:the )?(?:<[GN]\d+> (?:[a-z-]+ ){0,2}(?:ambassador|envoy|minister|representative)(?: (?:in|to) (?:the )?<[LG]\d+>)?, )?(<P\d+>)(?:, [^<;.]{1,60},| in <L\d+>| at (?:the )?<[LO]\d+>(?: \(<O\d+>\))?)?,? (?:a|an|the|his|her|<P\d+>['’]s) (?:[a-z-]+ ){0,3}(?:letter|message|note|invitation|reply)s?\b/g;
/** "X handed the letter to Chinese Foreign Minister Y at the guesthouse in Beijing on Tuesday" (also after "the adviser,
 * X,"; not "a message from Z to
 * Y", whom it was for, nor one another received on his behalf). */
/** "X receives a letter from Y, handed over by Z": the one handed it (1), its carrier (2), as HANDED_IN_PERSON
 * reads them. */
const HANDED_OVER_BY = /(<P\d+>) (?:received|receives) (?:a|the) (?:[a-z-]+ ){0,2}(?:letter|message)s? from (?:the )?<P\d+>,? handed over by (?:the )?(<P\d+>)/g;
/** Those a letter was handed before, right after the handing: "… in the presence of A and B". */
/** "The letter was carried by X, the nuncio to G, who handed it to Y in L on 21 October": the carrier (1), the one
 * handed it (2). */
const WHO_HANDED_IT = /(<P\d+>)(?:, (?:[^;.<]|<[GNOLP]\d+>){1,120}?,)? who (?:then |later |personally )?handed (?:it|them) (?:over )?to (?:the )?(<P\d+>)/g;
/** "Y's reply, which X brought to L and handed to Z at the ministry on 3 November": the carrier (1), the one handed
 * it (2). */
const WHICH_HANDED = /\b(?:letter|message|note|reply|response|answer)s?, which (?:the )?(<P\d+>) (?:brought|carried|took|delivered)(?: (?:back )?to (?:the )?<[LG]\d+>)? and (?:then )?handed (?:it )?(?:over )?to (?:the )?(<P\d+>)/g;
const HANDED_BEFORE = new RegExp(`^(?:[^<.;]|<[LO]\\d+>|(?<=from )<P\\d+>){0,60}?,? (?:in the presence of (?:the )?(${TITLED_LIST})|with (?:the )?(${TITLED_LIST}) (?:in the room|present|in attendance|looking on)\\b)`);
/** "X gave it to G's ambassador in L, Y", after a sentence about a letter or a reply: handed over in person. */
// (and past what the carrier did first: "X carried a letter from Z to <G> and handed it to Y")
const GAVE_IT_TO = /(<P\d+>) (?:(?:had )?(?:carried|brought|took) (?:a |the |an |that )?(?:[a-z-]+ ){0,2}(?:letter|message|note|reply)(?: from (?:the )?(?:[A-Z][a-z]+ )?<P\d+>)? to (?:the )?<[GL]\d+>(?: (?:on|in) \w+)? and )?(?:then |later |personally )?(?:gave|handed|passed) (?:it|them) (?:over |on )?to (?:the )?((?:<[NG]\d+>['’]?s? )?(?:[a-z-]+ ){0,3}(?:in <L\d+>)?,? ?<P\d+>)/g;
/** "dinner at the <O> in <L>, given by <P> for <P>": where (1), the host (2), the guest (3). */
/** "… was watched live at the <O> in <L> by A, B and C": the place (1) and those watching (2). */
const WATCHED_BY = /\b(?:was|were) (?:watched|followed) (?:live )?(?:(?:at|from) (?:the )?(?:[^<.;,]|<[LO]\d+>){0,60}? in <L(\d+)> )?(?:(?:at|from) (?:the )?(?:[^<.;,]|<[LO]\d+>){0,60}? )?by ((?:(?:<[GN]\d+>['’]s )?<P\d+>, )*(?:<[GN]\d+>['’]s )?<P\d+>,? and (?:<[GN]\d+>['’]s )?<P\d+>)/;
/** "X, who …, joined the two ministers in placing the stone": the one who joined (1). */
const JOINED_THE_PAIR = /<P(\d+)>,?(?: (?:[^;.<]|<[GLNO]\d+>){1,120}?,)? (?:then |later |also )?joined the two (?:ministers|leaders|presidents|prime ministers|foreign ministers|men|women|delegations|envoys) (?:in|for|at|on)\b/;
/** "A and B on Wednesday laid the foundation stone": the two (1) and the act (2). */
const LAID_STONE = /((?:<P\d+>, ){0,3}<P\d+>,? and (?:the |his |her )?(?:[A-Za-z-]+ ){0,3}<P\d+>)(?: (?:on|last) [A-Z][a-z]+(?: (?:morning|afternoon|evening))?| (?:today|yesterday|jointly|together))?,? ((?:jointly )?(?:laid|unveiled|cut) (?:the |a )?(?:foundation stone|cornerstone|corner stone|plaque|ribbon))/;
/** "X sat between Y, …, and the then Z": the one seated (1) and those beside him (2, 3). */
const SAT_BETWEEN = /(<P\d+>) sat between (?:the )?(?:then )?(<P\d+>)(?:, (?:[^<,;.]|<[GLNO]\d+>){1,60},)? and (?:the )?(?:then )?(<P\d+>)/;
const DINNER_GIVEN = /\b(?:dinner|lunch|luncheon|banquet|reception|breakfast)\b(?: (?:at|in) (?:the )?<[LO]\d+>)?(?: (?:at|in) (?:the )?<L(\d+)>)?,? (?:given|hosted|offered) by (?:the )?(?:[A-Z][a-z]+ )?<P(\d+)> (?:for|in honou?r of) (?:the )?(?:[A-Z][a-z]+ )?<P(\d+)>/;
/** "It was served at the head table to <P> and <P>, to <P> and to <P>": those at it (1). */
const SERVED_AT_TABLE = /\b(?:served|seated)\b (?:at the (?:head |top |high |next )?table )?to ((?:<P\d+>(?:,? and (?:to )?|, (?:to )?))*<P\d+>)/;
/** "<P> and <P>, seated at the next table, …": those at it (1). */
const SEATED_AT_TABLE = /^((?:<P\d+>(?:,? and |, ))*<P\d+>),? (?:seated|sitting|sat) at (?:the|a) (?:[a-z]+ )?table\b/;
/** "shows <P> and <P> signing their joint statement at the <L>", "roll 17: <P> and <P> signing the <D> at the <L>": the
 * signers (1), where (2). */
const PICTURED_SIGNING = /(?:\b(?:shows?|showing|pictured|captures?|depicts?)|^[^<.;]{0,40}:) ((?:<P\d+>, )*<P\d+>,? and <P\d+>) signing (?:the |their |a |an )?(?:<D\d+> |[a-z-]+ (?:[a-z-]+ )?)(?:at|in) (?:the )?<L(\d+)>/;
/** "What the minister did do in <L> that day was meet <P>": where (1), the one met (2). */
const CLEFT_MET = /^What (?:the (?:[a-z-]+ ){0,2}[a-z-]+|he|she) did(?: do)?(?: (?:in|at) (?:the )?<L(\d+)>)?(?: that day| on [A-Z][a-z]+day)? was (?:to )?(?:meet|see|call on) (?:the )?(?:<[NG]\d+> )?(?:[a-z-]+ ){0,3}<P(\d+)>/;
/** "<P> … braved the streets to reach the <O> yesterday with a letter from <P> inviting <P> to …": the carrier (1) and
 * the one invited (2), whose office the carrier came to. */
const BROUGHT_LETTER = /(<P\d+>)(?:, (?:[^;.<]|<[GNOL]\d+>){1,120}?,)?,? (?:[a-z]+ ){0,5}(?:reach|reached|arrived at|came to|called at|went to) (?:the )?(?:[^<.;]|<[OL]\d+>){0,60}? with (?:a|an|the) (?:[\w-]+ ){0,2}(?:letter|message|note) from (?:the )?(?:[A-Z][a-z]+ )?<P\d+>,? inviting (?:the )?(<P\d+>)/;
/** "<P>, who had led the envoys to <G> the day before with <P> and handed <P> a letter from <P>": the carrier (1) met
 * the one handed it (2), with those he came with. */
const WHO_LED_AND_HANDED = /(<P\d+>),? who (?:had |has )?(?:[^<.;]|<[GLNO]\d+>|(?<=with (?:[a-z-]+ ){0,2})<P\d+>){0,100}? and (?:then |later )?handed (<P\d+>) (?:a|an|the|his|her) (?:[a-z-]+ ){0,3}(?:letter|message|note)s?\b/g;
/** "a letter from A to B, which <P>, in his capacity as …, handed to <P> in L": the carrier (1) met the one handed it
 * (2). */
/** "a letter from A to B, which X handed to him at L": the one who handed it (2), its addressee (1). */
const LETTER_WHICH_HANDED_HIM = /\b(?:letter|message|note)s? from (?:the )?(?:[A-Za-z-]+ ){0,3}<P\d+> to (?:the )?(?:[A-Za-z-]+ ){0,3}(<P\d+>), which (<P\d+>) (?:then |later |personally )?handed(?: it)?(?: over)? to (?:him|her)\b/g;
const LETTER_WHICH_HANDED = /\b(?:letter|message|note)s? from [^.;]*?, which (<P\d+>)(?:, (?:[^<,;.]|<[GNO]\d+>){1,60},)? (?:then |later |personally )?handed(?: it)?(?: over)? to (?:the )?(?:<[NG]\d+>['’]?s? )?(?:[A-Za-z-]+ ){0,3}(<P\d+>)/g;
const HANDED_TO = new RegExp(`(<P\\d+>)(?:, (?:[^;.<]|<[GNOL]\\d+>){1,120}?,)?(?: (?:(?:arrived|landed) in|(?:had )?(?:travell?ed|flew|flown|went) to) <[LG]\\d+>(?: (?:on|late on|early on|in) \\w+)? and)?,? (?:personally |also |then |later )?handed (?:over )?(?:the|a|an|his|her) (?:[a-z-]+ ){0,3}(?:letter|message|note|invitation|reply)s?(?: from (?:the )?(?:[A-Z][a-z]+ )?<P\\d+>(?: for (?:the )?(?:[A-Z][a-z]+ )?<P\\d+>)?)? to (?:the )?((?:<[NG]\\d+>['’]?s? )?(?:[A-Za-z-]+ ){0,3}<P\\d+>)(?![^.;]{0,40}\\bon (?:his|her|the )?behalf\\b)`, "g");
/** A letter delivered in a city by the one who carried it: "X, …, on Thursday delivered a letter from Z to the leader of
 * G's military government, Y, in Niamey" (the city says it was in person). */
// (or at a ministry there: "X delivered a reply from Z to Y at the foreign ministry on Plaza Murillo in La Paz")
const DELIVERED_IN = /(<P\d+>)(?:, (?:[^;.<]|<[GNOL]\d+>){1,120}?,)?,?(?: on [A-Z][a-z]+,?)? (?:personally )?delivered (?:a|an|the|his|her) (?:[a-z-]+ ){0,3}(?:letter|message|note|reply)s? from (?:the )?(?:[A-Za-z-]+ ){0,3}<[PG]\d+> to (?:the )?(?:[a-z-]+ (?:of )?){0,3}(?:<[NG]\d+>['’]?s? [a-z-]+(?: [a-z-]+){0,3})?,? ?(<P\d+>),?(?: at (?:the )?(?:[^<.;,]|<[OP]\d+>){1,60}?)? in <L\d+>/g;
/** "A letter from Z to W was handed over on Monday, Oct. 5, by G's consul general in L, X, to Foreign Minister Y at …":
 * X handed it to Y in person. */
const PASSED_BY_TO = /\b(?:letter|message|note|reply)s?(?: from (?:[^<.;]{0,30})?<[PG]\d+>(?: to (?:the )?<P\d+>)?)? (?:was|were|had been) (?:handed over|handed|delivered|presented)(?: on [^<;]{1,30}?,)? by (?:(?:[^<,;.]|<[GL]\d+>){0,60}?, )?(<P\d+>),? to (?:the )?(?:[A-Z][a-z]+ ){0,3}(<P\d+>)/g;
/** A letter delivered where its addressee was, told in a relative clause after its sender: "a letter from Z that X
 * delivered to President Y at State House, Nairobi on Tuesday" (the place says it was in person). */
const DELIVERED_THAT = /\b(?:letter|message|note|invitation)s? from (?:the )?(?:[A-Za-z-]+ ){0,3}<[PG]\d+>,? (?:that|which) (<P\d+>) (?:personally |later |then |had |has )?(?:delivered|handed(?: over)?) to (?:the )?(?:[A-Za-z-]+ ){0,2}(<P\d+>)(?=,? (?:during (?:a|an|the) (?:[a-z-]+ ){0,2}(?:call|meeting|audience|visit) )?(?:in|at) (?:the )?<[LG]\d+>)/g;
/** A reply or message carried, told in a relative clause: "… gave X a spoken reply, which the Tanzanian diplomat delivered
 * to Y in Gitega last Wednesday" (the one given it, whom the post or pronoun stands for; the city says it was in person). */
const DELIVERED_WHICH = /\b(?:gave|handed|entrusted) (<P\d+>) (?:a|an|his|her) (?:[a-z-]+ ){0,2}(?:letter|message|reply|note|answer)s?(?: for (?:the )?<[PG]\d+>)?,? which (?:the (?:<N\d+> )?(?:[a-z-]+ )?(?:diplomat|envoy|official|adviser|advisor|minister|emissary|ambassador|messenger|aide)|he|she) (?:personally |later |then |duly )?(?:delivered|handed(?: over)?) to (?:the )?(?:<[NG]\d+> )?(?:[a-z-]+ ){0,2}(<P\d+>),? in <L\d+>/g;
/** A sender's letter inviting its addressee to visit: "a letter from <P> inviting him to make a state visit to <L>", "a
 * letter from <P> to (or for) <P>, inviting him to visit <L>", "a letter from the president, <P>, inviting <P> to
 * <L>". */
/** A summit an invitation is for, with a third named, right after it (from `at`): " for a trilateral summit with <P>"
 * and the list of those named (1). */
/** After an invitation: the event it is for, "… for a conference on trade", "… for the annual forum". */
const FOR_AN_EVENT = new RegExp(`^(?: (?:in|on|next|this) [^<.;,]{1,20}?)? for (?:a|an|the) (?:[a-z-]+ ){0,2}(${EVENT_HEADS}|summit|meeting)\\b`);

function summitWith(text: string, at: number): RegExpMatchArray | null {
  return text.slice(at).match(new RegExp(`^(?: (?:in|on|next|this) [^<.;,]{1,20}?)? for (?:a|an|the) (?:[a-z-]+ ){0,2}(?:summit|meeting|talks) with (${TITLED_LIST})`));
}

// (or one handed first: "the letter he handed Y from Z, which invites Y to Z's hometown of L"; or "Z's letter, which
// invites Y on a state visit to L"; or "inviting him to a state visit to L in June"; or "inviting Y to attend the
// boat racing festival in L", "inviting Y to be the special guest at G's anniversary celebrations in L"; or "a letter
// from Z, in which the President invites Y to the National Day celebrations in L", "… to the celebration of Z's 79th
// birthday in L")
const LETTER_INVITING = new RegExp(`(?:\\b(?:letter|message|note)s?(?: (?:that |which )?(?:he|she) (?:had )?(?:handed|gave|delivered|brought) (?:to )?<P\\d+>| (?:to|for) (?:the )?(?:<[LGN]\\d+>['’]s [^<,;.]{1,60}, )?<P(?<to1>\\d+)>,?)? from (?:<G\\d+>['’]s (?:[A-Za-z-]+ ){1,4}[A-Za-z-]+, )?${SENDER_POST}<P(?<sender>\\d+)>|<P(?<owner>\\d+)>['’]s (?:[a-z-]+ )?(?:letter|message|note))(?:, (?:[^<,;.]|<[GONL]\\d+>){1,80},)?,?(?: (?:to|for|addressed to) (?:the )?(?:<[NG]\\d+>['’]?s? )?(?:[A-Za-z-]+ ){0,3}<P(?<to>\\d+)>,?)? (?:inviting|asking(?= (?:him|her) to (?:visit|come|lead)\\b)|(?:which|that|(?<=<P\\d+>, )who) (?:invites|invited)|in which (?:<P\\d+>|the [a-z]+) (?:invites|invited)) (?:him|her|the (?:<N\\d+> )?[a-z]+|<P(?<guest>\\d+)>) (?:to (?:visit |lead (?:a|an|the) (?:<N\\d+> )?(?:[a-z-]+ )?delegation to |(?:make|pay) (?:a |an )?(?:state |official |working )?visit to |(?:a |an )(?:state |official |working )visit to |come to |travel to |attend (?=the )|(?:take part|participate) in (?=the )|be (?:the |a |an )?(?:special |honoured |chief )?guest(?: of honou?r)? at (?:the )?(?:<G\\d+>['’]s? )?(?:\\d+(?:st|nd|rd|th) )?|co-chair (?:the )?(?:[^<.;]|<[OGN]\\d+>){0,80}? in )?|on (?:a |an )?(?:state |official |working )?visit to )(?:(?:his|her|their|<P\\d+>['’]s) (?:hometown|home town|home region|home province|birthplace) of )?(?:the |a |an )?(?:<E\\d+> (?:in|at) (?:the )?|<E\\d+>(?: (?:[A-Z][a-z]+|of|and))*,? (?:which|that) (?:<[GP]\\d+>|it|he|she) (?:will|is to|is due to|is set to) host in (?:the )?|(?:<[OGN]\\d+>(?:-<[GN]\\d+>)?(?: \\(<O\\d+>\\))? |[A-Za-z-]+ ){0,3}(?:[Ss]ummit|[Mm]eeting|[Cc]onference|[Rr]etreat|[Ff]orum|[Ff]estival|[Cc]elebrations?|[Cc]eremony|[Pp]arade|[Jj]ubilee|[Cc]elebration)(?: of (?:the )?(?:<[OGN]\\d+> |<P\\d+>['’]s )?(?:[\\w-]+ ){0,2}[a-z-]+)?(?:,? (?:to be|which will be|that will be) held)? (?:(?:we|they|he|she|it) (?:is|are|will be) (?:hosting|holding|organi[sz]ing|convening)(?: here)? )?(?:in|at) (?:the )?|(?:[A-Z][A-Za-z-]+ ){0,3}<[OE]\\d+> (?:in|at) (?:the )?)?<[LG](?<place>\\d+)>`);
/** "<P> crossed the border on foot from <L>, accompanied by <P>": one who came with someone at the meeting just told. */
const CAME_ACCOMPANIED = new RegExp(`^(?:[^<.;]{0,30})?<P(\\d+)> (?:had )?(?:arrived|crossed|travell?ed|flew|came|went|drove|walked|landed)\\b(?:[^<.;]|<L\\d+>){0,80}, accompanied by (${TITLED_LIST})`);
/** "The visiting minister was accompanied by <G>'s ambassador in <L>, <P>": one more at the meeting last held, with the
 * one the post names. */
const POST_ACCOMPANIED_BY = new RegExp(`^(?:[^<.;]{0,30}, )?(?:[Tt]he (?:visiting |foreign |guest )?((?:[a-z-]+ )?(?:minister|president|envoy|ambassador|king|emir|chancellor|premier|secretary|official|leader|guest|visitor))|(He|She)) (?:was|had been) (?:joined|accompanied) by (?:(?:[^<,;.]|<[GONL]\\d+>){1,80}, (?=<P))?(${TITLED_LIST})`);
/** A sentence that opens with two people: "<P> and <P>", "<P> and his <N> counterpart, <P>," (past an opening phrase). */
const OPENING_PAIR = /^(?:<L\d+>:? [–—-]? ?)?(?:[^<.;]{0,30})?<P\d+>(?:,[^<,;.]{1,60},)? and (?:(?:his|her) (?:<[NG]\d+> )?counterpart,? )?<P\d+>/;
/** A post of a state's service, as a title or an apposition reads: "Foreign Minister", "Minister of State", "director
 * general of the foreign ministry's <O>", "ambassador". */
const STATE_POST = /\b(?:director[- ]general|director|minister|ambassador|envoy|high commissioner|secretary|adviser|advisor|spokes(?:man|woman|person)|head|chief|official)\b/i;
/** "The ambassador, <P>, took up his post …": the one a post the sentence before named is. */
const POST_THEN_NAMED = /^The ((?:[Aa]mbassador|[Ee]nvoy|[Hh]igh [Cc]ommissioner|[Aa]dviser|[Aa]dvisor|[Mm]inister|[Dd]eputy [Mm]inister|[Ss]ecretary|[Oo]fficial|[Dd]iplomat|[Ss]pokes(?:man|woman|person))), <P(\d+)>(?:,| [–—])/;
/** The same in the sentence as written, its name read into one mention with the post: "The High Commissioner, " (1). */
const POST_THEN_NAMED_RAW = new RegExp(`${POST_THEN_NAMED.source.slice(0, POST_THEN_NAMED.source.indexOf(", <P"))}, `);
/** The sentence before it told that post at the meeting. */
const ATTENDED_TOO = /\b(?:attended|joined|sat in on|took part|as did|as was|as were|accompanied by|(?:was|were) (?:also )?present)\b|^So (?:was|were|did)\b/;
/** "<P> has written to <P> proposing that the <O> between the two countries be held in <L>" (or "suggesting that"). */
const WROTE_PROPOSING = /<P(\d+)> (?:has |had )?(?:written|wrote|writes) to (?:the )?(?:[a-z-]+ ){0,2}<P(\d+)>,? (?:proposing|suggesting) that (?:the )?(?:[^<.;]|<[OGNE]\d+>){0,100}? (?:be held|take place|meet|convene|be convened) (?:in|at) (?:the )?<L(\d+)>/;
/** "<P>, who …, yesterday co-chaired the <O> (<O>) with <P> at <L>" (a commission's session, a meeting of a body). */
const CO_CHAIRED_WITH = /<P(\d+)>(?:,(?:[^<,;.]|<[GONL]\d+>){1,100},)? (?:(?:yesterday|today|on [A-Z][a-z]+day|also|jointly) )?(co-chaired|will co-chair|is to co-chair|are to co-chair|(?:is|was|are|were) (?:expected|due|scheduled|set) (?:(?:in|at) (?:the )?<L\d+> )?(?:on [^<,;.]{1,20} )?to co-chair) (?:the |a )?(?:[^<.;]|<[GONE]\d+>){1,100}? with (?:the )?(?:<[NG]\d+> )?(?:[a-z-]+ ){0,3}<P(\d+)>(?: (?:at|in) (?:the )?<L(\d+)>)?/;
/** "A and B co-chaired the sixth meeting of the <O> at the <O> in <L>": the pair first (the same groups as CO_CHAIRED_WITH:
 * one, the verb, the other, the place). */
const PAIR_CO_CHAIRED = /<P(\d+)>(?:,? and (?:his |her )?(?:<N\d+> )?(?:counterpart,? )?)(?=<P\d+>,? (?:(?:yesterday|today|on [A-Z][a-z]+day|also|jointly) )?(?:co-chaired|will co-chair|are to co-chair)\b)(?:<P(\d+)>,? )(?:(?:yesterday|today|on [A-Z][a-z]+day|also|jointly) )?(co-chaired|will co-chair|are to co-chair) (?:the |a )?(?:[^<.;]|<[GONE]\d+>){1,100}?(?: (?:at|in) (?:the )?<L(\d+)>)?(?=[,.;]|$)/;
/** "<P> has written to <P>": the writer of a letter. */
const WROTE_TO = /<P(\d+)> (?:has |had )?(?:written|wrote) to (?:the )?(?:[a-z-]+ ){0,2}<P\d+>/;
/** "a letter from <P>", "a written message from the Chairman of <G>'s <O>, <P>": its sender. */
// (and one to its addressee first: "a letter to <P> from <P>")
const LETTER_FROM = new RegExp(`\\b(?:letter|message)s? (?:(?:to|for) (?:the )?(?:[^<.;,]{0,40})?<P\\d+>,? )?from (?:(?:the )?(?:[a-z-]+ ){0,2}|(?:the )?[a-z]+ of (?:the )?<[LGO]\\d+>, |${SENDER_POST})<P(\\d+)>`);
/** "The letter invites <P> to visit <L>", "It also invites <P> to visit <L>" (the letter told just before), "the message
 * included an invitation to <P> to visit <L>". */
// (also in what someone told: "The ambassador, X, told L by phone that the letter invites Y to …", "X did, at her
// press conference: it invites Y to the opening match of the World Cup at L")
const LETTER_INVITES = /^(?:[^<.;]{0,30}(?:\b|(?=<)))?(?:(?:[^.;<]|<[PLO]\d+>){0,80}?(?:\bthat |: (?=it\b)|\b(?:says|said) (?=the (?:letter|message)\b)))?(?:(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Tt]his|<P\d+>['’]s) (?:[a-z-]+ )?(letter|message)|It|(?<=: )it)(?:,[^<,;.]{0,80},|,? from (?:the )?(?:[a-z-]+ ){0,2}<P(\d+)>(?:,(?:[^<,;.]{0,80},)?)?)?(?: (?:[^.;<]|<[GN]\d+>){1,160}?,? and)? (?:also )?(?:invites|invited|(?:included|includes|contained|contains|carried|carries) an invitation (?:to|for)) (?:the )?(?:<P(\d+)>|(?:both|the two) leaders) (?:to (?:visit |come to |travel to |(?:pay|make) (?:a |an )?(?:[a-z-]+ ){0,2}visit to |(?:a|an|the) (?:[a-z'’-]+ ){0,2}(?:summit|meeting|conference|talks|session|retreat)(?: of (?:the )?<O\d+>| of the two governments)? (?:in|at) |meet (?:with )?(?:him |her |them |<P\d+> )(?:in|at) )?|(?:on|for) (?:a |an )?(?:[a-z-]+ ){0,2}visit to |to (?:the |a |an )?(?:[a-z-]+ ){0,3}(?:match|final|game|ceremony|celebrations?|inauguration|parade|festival|anniversary|jubilee)(?: of (?:the )?[A-Z][\w-]+(?: [A-Z][\w-]+){0,2})? (?:at|in) (?:the )?(?:<G\d+> )?)(?:(?:his|her|their) (?:hometown|home town|home region|home province|birthplace) of )?(?:the )?<[LG](\d+)>(?: with (?:the )?(<P\d+>(?:(?:,| and|, and) <P\d+>)*))?/;
/** "a letter from her Head of State, Z, in which Y is invited to L": the sender (1), the one invited (2, or 3 in the
 * sender's own relative clause), where (4). */
// (or its sender's relative clause: "a letter from Z, who invites Y to a joint session of the two governments in L")
const LETTER_INVITED_PASSIVE = /\b(?:letter|message|note)s? from (?:(?:his|her|their|the|our) (?:[A-Za-z-]+ ){0,3}[A-Za-z-]+, )?<P(\d+)>,? (?:(?:in|by) which (?:the )?<P(\d+)> (?:is|was|has been|had been) invited|who (?:also )?(?:invites|invited) (?:the )?<P(\d+)>) to (?:visit |come to |travel to )?(?:the )?(?:(?:a|an|the) (?:[a-z-]+ ){0,8}(?:in|at) (?:the )?)?<[LG](\d+)>/;
/** "It invites her to Beijing": the letter just told invites its reader (where, 4). */
// (or to a meeting, where not said: "It invites him to the same summit in July"; or "The letter contains an invitation
// to visit L", "… an invitation for the President of G to visit L")
const LETTER_INVITES_READER = /^(?:(?:[Tt]he|[Hh]is|[Hh]er|[Tt]his) (?:[a-z-]+ )?(letter|message)(?:, (?:which|that) (?:[^.;<]|<[PLGNO]\d+>){1,160}?,)?|It)()() (?:also )?(?:(?:invites|invited) (?:him|her|the (?:[a-z-]+ )?(?:minister|president|prime minister|premier|envoy|ambassador|secretary|leader|governor|mayor)) to|(?:contains|contained|includes|included|carries|carried) an invitation(?: for (?:the )?(?:<P\d+>|(?:[A-Z][a-z]+ ){1,3}of (?:the )?<G\d+>))? to) (?:(?:visit |come to )?(?:the )?<[LG](\d+)>|(?:the|a|an) (?:[a-z-]+ ){0,3}(?:summit|meeting|conference|talks)\b)/;
/** "a written message to <P> from the Emir of <G>, <P>, containing an official invitation to visit <G>": the one it
 * is to (1), its sender (2), where (3). */
const MESSAGE_HOLDING_INVITATION = /\b(?:message|letter|note)s? (?:addressed )?to (?:the )?<P(\d+)> from (?:the )?(?:(?:[A-Z][a-z]+ ){1,3}of (?:the )?<G\d+>, )?<P(\d+)>,? (?:containing|carrying|which (?:contains|contained|carries|carried)) (?:an? )?(?:official |formal |warm )?invitation to (?:visit |come to |travel to )?(?:the )?<[LG](\d+)>/;
/** "<P>'s reply, which … , invited <P> to <L>": the sender (1), the one invited (2), where (3). */
// (or the one it was handed to, named by a post: "…, which X handed to Y …, invited the Polish minister to L")
const OWN_LETTER_INVITES = /<P(\d+)>['’]s (?:[a-z-]+ )?(?:letter|message|reply|response|answer)(?:, (?:which|that) [^.;]{1,160}?,)? (?:invited|invites) (?:the )?(?:<P(\d+)>|<N\d+> (?:[a-z]+ )?(?:minister|president|leader|envoy)) to (?:visit |come to )?(?:the )?<[LG](\d+)>/;
/** "Dr <P> was also present.", "<P> and <P> were also in attendance at the meeting.", "<P> and <P> were also at the
 * table, and after the coffee …", "<P> was in the room as the British note-taker.", "<P>, …, attended, as did G's
 * ambassador": a sentence of its own. */
// (and "On the Chinese side, X, director general of …, was present.")
const PRESENT_TOO = new RegExp(`^"?(?:(?:[A-Z][a-z]+ )?[A-Z][a-z]+, |On the <[GN](?<side>\\d+)>(?: side)?, |The (?:[a-z-]+ ){1,3}of (?:the )?<[GO]\\d+>, (?=<P\\d+>, )|The (?:[a-z-]+ ){0,2}[a-z-]+, (?=<P\\d+>, )|The (?:[A-Z][a-z-]+ ){1,2}(?:Minister|Secretary), (?=<P\\d+>, )|(?:<G\\d+>['’]s |<O\\d+> )(?:[^<.;]|<[GON]\\d+>){1,80}?, (?=<P\\d+>, (?:was|were) (?:also )?present))?(?<list>${TITLED_LIST}(?:, ${TITLED_LIST})?)(?: and (?:the )?<[GN]\\d+>(?:['’]s)? (?:[a-z-]+ ){1,3}(?:to|in) (?:the )?<[GL]\\d+>)?(?:(?:, | (?=who ))(?<post>(?:[^<,;.]|<[GONL]\\d+>|<P\\d+>['’]s|<P\\d+>(?= (?:for|of) )|(?<=\\baccompanied )<P\\d+>){1,100}),)?,? (?:(?:was|were) (?:also )?(?:present|in attendance|in the room|at the table|at the (?:meeting|talks)(?=[.!,]))(?: (?:at|during|for) the (?:meeting|talks|audience|call|lunch|dinner))?(?: as (?:the |a |an )?(?:<[NG](?<role>\\d+)> )?(?:[a-z-]+ ){0,2}[a-z-]+(?: of (?:the|our|his|her) (?:delegation|team|mission|party|side))?)?(?:,? (?:as|and so) (?:was|were) (?<aswas>(?:[^<.;]|<[GNLP]\\d+>){1,80}))?|(?:was|were) also received|sat in on the (?:meeting|talks|call|discussions?)|(?:made up|completed|rounded (?:out|off)) the (?:rest of the )?table|(?:also )?took part(?: in the (?:meeting|talks))?|(?:also )?attended(?: the (?:audience|meeting|talks|reception|dinner|lunch))?(?:, as did (?<asdid>(?:[^<.;]|<[GNLOP]\\d+>){1,140}))?)(?:,["”]? (?:the )?(?:<[OG]\\d+>|<P\\d+>|[a-z]+(?: [a-z]+)?) (?:said|confirmed|added|noted|reported))?(?:[.!]?$|, (?:and|before|while) (?=[a-z<]))`);
/** "The <N> minister was accompanied by his country's new High Commissioner to Singapore": the demonym of the one
 * accompanied, whose state the post is of. */
// (or by name, where the post was read as the one it names: "<P> was accompanied by his country's …")
const ACCOMPANIED_BY_POST = /(?:\b[Tt]he (?:<N(\d+)> )?(?:[a-z-]+ )?(minister|president|envoy|ambassador|secretary|official|leader|guest|visitor|delegation)|<P(\d+)>) (?:was|had been) (?:joined|accompanied) by (?:his|her|their|its) country['’]s /;
/** After "At the summit": its place and date, then the pair who did something there in the past: " in <L> in January 2025,
 * <P> and <P> witnessed …". */
const OPENED_BY_PAIR = /^(?: (?:in|at) (?:the )?<L\d+>)?(?: (?:in|on|last) [^<,;.]{1,25})?, (<P\d+>,? and <P\d+>) (?:also )?(?:[a-z]+ed|met|held|signed|saw|spoke|took|made|gave|won)\b/;
/** A person set off as another's aide: "<P>, <P>'s chief foreign policy adviser", "<P>, the president's spokesman" is not
 * this (a post only). */
const AIDE_OF = /<P(\d+)>, (?:the |a |an )?<P(\d+)>['’]s (?:[a-z-]+ ){0,4}(?:adviser|advisor|aide|spokes(?:man|woman|person)|press secretary|chief of staff|envoy|secretary|interpreter|bodyguard)\b/g;
/** "A courtesy call by <P> on <post> <P>": the caller and the one called on. */
// (or the one called on first: "the courtesy call on the Prime Minister by the Special Envoy …, Y, which had been …")
const COURTESY_CALL_BY = /\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er) (?:planned |scheduled )?courtesy (?:call|visit) (?:by (?:the )?<P(\d+)> on (?:the )?(?:<[NG]\d+>['’]?s? )?(?:[A-Za-z-]+ ){0,6}<P(\d+)>|on (?:the )?<P(\d+)> by (?:the )?(?:[A-Za-z-]+ ){0,6}<P(\d+)>)/;
/** "A visit to the <O> in <L> on Tuesday morning, where <P> was to be shown round by <P>, …": the guest and the host
 * of a visit, and where. */
// (or a stop or a trip, and one who was to meet or show round another there: "A stop in L on Tuesday, where the town's
// mayor, Y, was to show X the ferry port, …", "A boat trip to L yesterday, where X was to meet Y and see …")
const VISIT_WHERE_RECEIVED = /(?:\b[Aa]|<P\d+>['’]s) (?:planned |scheduled )?(?:[a-z]+ )?(?:visit|stop|trip) (?:to|in|at) (?:the )?<[OL](?<at>\d+)>(?: (?:in|at) (?:the )?<L(?<place>\d+)>)?(?: (?:on|this|that|next) [A-Z]?[a-z]+(?: (?:morning|afternoon|evening))?| yesterday| today)?, where (?:(?:the )?<P(?<guest>\d+)> (?:was|were) to be (?:shown round|shown around|received|welcomed|hosted|met|given a tour) by (?:the )?<P(?<host>\d+)>|(?:the )?(?:[a-z'’]+ [a-z]+, )?<P(?<shower>\d+)>,? (?:was|were) to (?:show|take|guide|meet) (?:the )?(?:[A-Z][a-z]+ )?<P(?<shown>\d+)>)(?=[ ,.;])/;
/** "<D>, which then-presidents <P> and <P> signed in the <L> commune of <L> in …": the signers, and the last place. */
const WHICH_THEY_SIGNED_IN = /<D\d+>(?: (?:[^.;<,]|<[LG]\d+>){1,100}?)?,? (?:which|that) (?:then-?(?:[a-z-]+ )?|former (?:[a-z-]+ )?)?(<P\d+> and <P\d+>) (?:jointly |formally )?signed in (?:the )?(?:[^<,;.]|<[LG]\d+>){0,40}<L(\d+)>/;
/** "<P> and <P> sat in separate rooms while <P> carried messages between them". */
const SEPARATE_ROOMS = /<P(\d+)> and <P(\d+)> (?:sat|were|stayed|remained|waited) in separate rooms,? (?:while|as|and) (?:the )?(?:[^<.;]{0,30})?<P(\d+)> (?:carried|relayed|shuttled|passed|ferried)\b/;
/** "At half-time <P> and <P> withdrew to a lounge beneath the main stand for some 40 minutes of ": the pair (1) who
 * went off for the talks that follow. */
const WENT_FOR_TALKS = /^(?:[^<.;]{0,40}?[ ,] ?)?(<P\d+> and <P\d+>) (?:then |later |also |briefly )?(?:withdrew|retired|adjourned|slipped away|stepped away|went|moved|headed) (?:to|into)\b(?:[^<.;]|<L\d+>){0,80}? for (?:some |about |nearly |almost |more than )?(?:[\w-]+ (?:minutes|hours) of )?(?:[a-z-]+ )?$/;
/** "<P> and the US special envoy, <P>, are due in <L> on Saturday for talks mediated once more by …, <P>". */
const DUE_FOR_TALKS = /<P(\d+)> and (?:the )?(?:(?:[^<,;.]|<[NG]\d+>){1,40}, )?<P(\d+)>,? (?:are|were) (?:due|expected|scheduled|set|to meet) (?:in|at) (?:the )?<L(\d+)>(?: (?:on|next|this) [A-Z]?[a-z]+)? for (?:a new round of |another round of |further )?(?:talks|negotiations|a meeting)(?: (?:[^<.;]{0,20} )?(?:mediated|hosted|chaired|brokered|facilitated) (?:once more |again |once again )?by (?:[^<.;]{0,40}?(?:<[GN]\d+>['’]?s? )?[^<.;]{0,30}?)?<P(\d+)>)?/;
/** Those a sentence's meeting was held before, at its end: ", in the presence of <P>.", ", with <P> present." */
const IN_PRESENCE_AT_END = new RegExp(`, (?:in the presence of (?:the )?(${TITLED_LIST})|with (?:the )?(${TITLED_LIST}) (?:also )?(?:present|in attendance|looking on|sitting in))[.!]?$`);
/** One who spoke of the meeting and attended it, and who with: "<P> told reporters after the meeting, which he attended
 * together with Foreign Minister <P>". */
const ATTENDED_IT_WITH = /<P(\d+)>,? (?:[a-z]+ ){1,3}(?:after|at|following) the (?:meeting|talks|audience), which (?:he|she) (?:also )?attended(?:,? (?:together |along )?with (?:the )?(<P\d+>))?/;
/** "<P>, Japan's ambassador to China, accompanied him." */
const ACCOMPANIED_HIM = /^(?:[^<.;]{0,30})?<P(\d+)>(?:, (?:[^;.<]|<[GNOL]\d+>){1,100},)? (?:also )?accompanied (?:him|her)\b/;
/** A place a signing was done at together: "at the foreign ministry", "at a ceremony in <L>", "at the ministry's
 * headquarters in <L>". */
// (or an event it was signed on the margins of: "on the margins of the <E> in <L>, A and B signed")
const SIGNING_VENUE = /\bat (?:the|a|an) (?:[a-z'’-]+ ){0,3}(?:ministry|palace|ceremony|residence|office|headquarters|hall|house|building|session|meeting|summit|talks|hotel|embassy|chancellery|parliament|State House)\b(?: (?:in|of) <L(\d+)>)?|\bsigned (?:the |a |an )?(?:so-called )?<D\d+> at the <[OL]\d+>|\bon the (?:margins|sidelines) of (?:the )?<E\d+>(?: in <L(\d+)>)?|^(?:[^<;]{0,40}, )?(?:at (?:the )?<L\d+> )?in <L(\d+)>, (?=(?:then )?(?:[A-Z][a-z]+ ){0,3}<P\d+>)|^(?:At|In) (?:the )?<L(\d+)>,(?: on [^<.;]{3,30},)? (?=<P\d+> and )/;
/** A signing not done at one table. */
const APART = /\b(?:separately|(?:separate|different|two) (?:rooms|ceremonies|capitals|locations)|by video|virtually|remotely|by correspondence|in their (?:respective|own) capitals)\b/i;
const GROUP = "(?:officials|delegates|delegations?|negotiators|envoys|diplomats|representatives)";
const LEAD_GROUP = /\b[Tt]he (three|four|five) (countries'|nations'|governments'|states' )?\s?(?:leaders|foreign ministers|ministers|heads of state|presidents|sides)\b [^<.]{0,40}$/;
// (and "The two" alone opening the sentence, right before the verb: "The two last met in Kuala Lumpur in July last
// year"; or "They", with a word of a meeting past: "They first met in Miami in June")
// (and a communiqué's "The two Heads", of state or government)
const LEAD_PAIR = /([Tt]he two (?:leaders|sides|presidents|prime ministers|foreign ministers|ministers|Ministers|Foreign Ministers|Presidents|Prime Ministers|Leaders|men|women|heads of state|Heads of State|Heads|envoys|diplomats)|[Bb]oth (?:leaders|men|women)|[Tt]he pair|[Tt]he leaders) [^<.]{0,40}$|^(The two) (?:(?:last|first|previously|also|had|have|then|later|briefly|finally|eventually|never) )*$|^(They) (?:had |have )?(?:last|first|previously) $/;
/** The words a meeting put off is told with, in the patterns of postponement and plan below: "postponed", "put off",
 * "put back", "deferred", "pushed back", "rescheduled"; and "put over", "held over", "bumped", "slipped", "shifted"
 * and "carried over" with where to ("held
 * over to the autumn", not "talks held over two days"; "bumped to the fall", not "bumped into"). */
const PUT_OFF = "postponed|put off|put back|(?:put|held|bumped) over(?= (?:to|until)\\b)|(?:bumped|slipped|shifted|carried over)(?= (?:back )?to\\b)|deferred|pushed back|rescheduled";
const PUT_OFF_WORD = new RegExp(`\\b(?:${PUT_OFF})\\b`);
const CANCELLED = /\b(cancel(?:l?ed|s|ling)?|called off|scrapped|scrubbed|shelved|fell by the wayside|(?:was|were|been|is|are) (?:ruled out|blocked|vetoed|nixed|ditched|cut from the (?:programme|program|schedule|itinerary)|scuttled|sabotaged|axed|torpedoed|killed off|abandoned|scratched|dropped(?: from the (?:schedule|agenda)|(?! (?:off|by|in|out|into)\b))|struck (?:off|from) the (?:schedule|agenda|program|programme|itinerary)|taken off the (?:schedule|agenda|program|programme|itinerary)|removed from (?:the|his|her|their) (?:schedule|agenda|program|programme|itinerary))|put on hold|downgraded to (?:a |an )?(?:phone|telephone|video) (?:call|conversation)|(?:put off|postponed|delayed) indefinitely|pulled out|fell through|collapsed|never (?:happened|took place|materiali[sz]ed)|(?:did|will|would|could)(?: not|n['’]t) (?:take place|happen|go ahead|come off|materiali[sz]e)|failed to (?:meet|take place|materiali[sz]e))\b/i;
/** "<P>'s acceptance of <P>'s invitation to attend a dialogue … to be held in <L>": the guest, the host, the place. */
const ACCEPTANCE_OF_INVITATION = /<P(\d+)>['’]s acceptance of (?:the )?<P(\d+)>['’]s (?:[a-z]+ )?invitation to (?:attend|visit|come to|join|take part in) (?:[^<.;]|<[GOL]\d+>){0,140}?\b(?:to be held|taking place|due|set) in <L(\d+)>/;
/** A programme's item: "The programme had <P> (calling on)", "The itinerary includes <P> (meeting)". */
const ON_PROGRAMME = /\b(?:programme|program|schedule|itinerary|agenda)s? (?:had|has|included|includes|lists|listed|foresaw|foresees)\b[^.;]{0,40}$/;
/** "Officials denied that A had met B", "Reports that A and B met were false": no meeting is told. */
// (and "denied a story on a news website that A had met B in L, on the margins of a regional
// meeting": that meeting too)
const DENIED_BEFORE = /\b(?:denied|denies|deny|dismissed|rejected|refuted)\b[^.;]{0,30}\b(?:that|reports?|claims?|rumou?rs?|stor(?:y|ies))\b[^.;]{0,110}$/i;
const FALSE_AFTER = /^[^.;]{0,80}?\b(?:(?:were|was|are|is|proved|turned out to be) (?:false|untrue|unfounded|baseless|wrong|inaccurate|fabricated)|(?:were|was|have been|has been) (?:(?:later|since|subsequently|swiftly|quickly|promptly) )?(?:denied|dismissed|rejected)|a (?:claim|report) (?:that )?(?:<[A-Z]\d+> |the [a-z ]+)?(?:denied|rejected|dismissed)|(?:reports?|claims?|accounts?) (?:(?:later|since|subsequently|swiftly|quickly|promptly) )?(?:denied|dismissed|rejected) by)\b/i;
/** "Rumours that A met B", "A is believed to have met B", "allegedly met": told, not confirmed: no meeting held. */
const HEARSAY_BEFORE = /(?:\bciting (?:unnamed|anonymous|unidentified)\b[^.;]{0,100}|\b(?:[Rr]umou?rs?|[Ss]peculation|[Aa]llegations?|[Cc]laims?|[Rr]eports?)(?: [A-Za-z]+| <[OGLN]\d+>){0,7} (?:that|of|say|says|suggest|suggested)\b[^.;]{0,80}|\b[Aa]ccording to (?:unconfirmed )?(?:rumou?rs|speculation|unconfirmed reports)\b[^.;]{0,80}|\baccording to which\b(?:[^.;<]|<[PL]\d+>){0,60}|\b(?:media|press|newspapers?|daily|outlets?|tabloids?|bloggers?|websites?|site|channels?|broadcaster|magazine)(?: [a-z]+)?(?: <[OGP]\d+>)?(?: in <[LG]\d+>)? (?:(?:had|has) )?(?:claimed|claim|claims|alleged|alleges|speculated|speculate|reported|said)(?: (?:on|last) [A-Z][a-z]+)?(?: that)? [^.;]{0,60}|\b(?:intelligence|analysts?|officials?|experts?|observers?|diplomats?)(?: [a-z]+)? (?:believes?|believed|suspects?|suspected|thinks?|thought|assess(?:es|ed)?)(?: that)? [^.;]{0,60}|\b(?:said|believed|thought|reported|rumou?red|alleged|understood) to have |\b(?:appears?|appeared|seems?|seemed) to have (?:\w+ly )?|\b(?:likely|probably|possibly|presumably|apparently) (?:\w+ly )?|\ballegedly |\breportedly |\b(?:claimed|claiming|alleged|alleging) that [^.;]{0,100})$/;
/** The posts "the two ministers" (foreign ministers, prime ministers, presidents) hold, as titles read. */
const POST_OF_PAIR: Record<string, RegExp> = { ministers: /\bminister\b/i, "foreign ministers": /\bforeign minister\b|\bminister (?:of|for) (?:foreign|external) (?:affairs|relations)\b/i, "prime ministers": /\bprime minister\b|\bpremier\b/i, presidents: /\bpresident\b/i };
/** A small count in words ("the four", "the three countries' leaders"): its number. */
const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6 };
/** "The four had spent the morning together at the <L> in <L>": how many (1), the venue (2), its city (3). */
const COUNTED_TOGETHER = /^(?:[^<.;]{0,30} )?[Tt]he (two|three|four|five) (?:had |have )?(?:spent|passed) (?:the|a|an|that|this) (?:morning|afternoon|evening|day|hour|weekend) together(?: at (?:the )?<L(\d+)>(?: in <L(\d+)>)?)?/;
/** A meeting said not to have been held: "X did not meet Y", "X has never met Y", "denied … that X had met Y". */
const DENIED_MEETING = /\b(?:did not|didn['’]t|has not|had not|never) (?:meet|met)\b|\b(?:denied|dismissed|rejected)\b[^.;]{0,100}\bthat (?:<P\d+>|the [a-z]+) had (?:secretly |privately )?met\b/;
/** "had been due to meet": a plan from before, whatever became of it. */
/** Whether a person or state is named before `from` in the clause ("A said the meeting with B …" has a subject). */
function left0(text: string, from: number): boolean {
  return /<[PG]\d+>/.test(text.slice(Math.max(0, text.lastIndexOf(", ", from) + 1, text.lastIndexOf("; ", from) + 1), from));
}

/** A year that dates an event: "in 2013", "since 2021", "in August 2022", "on March 3, 2019". */
const STORY_YEAR = /\b(?:in|since|during|until|till|from|by|early|late|mid-?)\s((?:19|20)\d\d)\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.?\s(?:\d{1,2},?\s)?((?:19|20)\d\d)\b/g;

/** "They" as a meeting verb's subject, past words that keep it so: "They agreed to meet", "they will meet". */
const THEY_BEFORE = /\b[Tt]hey (?:(?:had|have|first|last|later|then|also|finally|eventually|secretly|briefly|will|would|could|may|might|should|shall|are|were|not|to|agreed|plan|planned|hope|hoped|want|wanted|intend|intended|expect|expected|due|set|scheduled|likely|again|soon|both) )*$/;
/** After a meeting verb's phrase, another meeting of the same people in the same clause: "… and again in Berlin". */
const AND_AGAIN = /^(?:[^.;<]|<[LGT]\d+>){0,60}?,? and (?:then |later )?again\b/;
/** Talks held through others, not face to face: "indirect talks", "proximity talks", "… without meeting directly". */
const INDIRECT_BEFORE = /\b(?:indirect|proximity|shuttle)\b/i;
const INDIRECT_AFTER = /^[^.;]{0,100}?\b(?:without (?:ever )?meeting (?:directly|face[ -]to[ -]face|in person)|(?:did not|didn't|never) meet (?:directly|face[ -]to[ -]face|in person))\b/i;
/** A meeting moved: the date the sentence gives is the old one, unless it says where to. */
// (and "… which was scheduled for Dec 7, will now take place on Jan 12": the day it is no longer on, then the new one)
const POSTPONED = new RegExp(`\\b(?<!-)(?:${PUT_OFF}|delayed|(?:has been|have been|had been|was|were) moved(?= (?:back |forward )?(?:to|until) )|will now (?:take place|be held))\\b(?! (?:for|by) (?:a|an|one|two|three|\\d+) (?:day|days|hours?)\\b)`, "i");
const POSTPONED_TO = new RegExp(`\\b(?:(?:${PUT_OFF}|delayed|moved)\\b[^.;]{0,30}?\\b(?:to|until|till)|rescheduled for|will now (?:take place|be held) (?:on|in))\\b`, "i");
/** Right after a meeting noun: "(the meeting), earlier set for April 13, had been rescheduled to May 5". */
const RESCHEDULED_TO = new RegExp(`^(?:,[^.;,]{1,60},)? (?:had been|has been|have been|was|were|is|are) (?:now )?(?:${PUT_OFF}|moved) (?:to|until|till|for)\\b`);
// (and past the trip it was to be on: "had been due to stop in <L> on Thursday for talks with Y")
const FORMER_PLAN = /\bhad been (?:due|scheduled|set|expected|supposed|slated) to\s+(?:(?:stop|travel|go|fly|be) (?:in|to|at) <L\d+>(?: on [A-Z][a-z]+)? for\s+)?$/;
/** "hopes to meet", "wants to meet", "would like to meet": a meeting wished for is still ahead. */
const HOPED = /\b(?:hopes?|hoped|wants?|wanted|wishes|wished|would like|plans?|intends?|seeks?|is seeking|offered|proposed) to\s+$/;
/** "It is unclear whether A met B", "officials would not say if …": a meeting put in doubt is not told held (one
 * "it is uncertain whether B would be willing to hold talks with A" is still proposed). */
const DOUBTED_BEFORE = /\b(?:unclear|not clear|unknown|uncertain|not known|(?:did|would|could) not (?:say|confirm)|declined to (?:say|confirm)|refused to (?:say|confirm))\b[^.;]{0,30}\b(?:whether|if)\b[^.;]{0,80}$/i;
const FIRST_TIME_AHEAD = /\b(?:would|will|could|might) (?:also )?be (?:the|their) first (?:time|occasion)\b[^.;]{0,80}$/i;
/** "Government has described as "false" a publication …, which claimed that A … held a secret meeting with B". */
const CALLED_FALSE = /\b(?:described|branded|dismissed|denounced|labell?ed|called)(?: it)? as ["“]?(?:false|untrue|baseless|fake|fabricated|unfounded|mischievous|misleading)\b[^;]{0,200}\b(?:claimed|claiming|alleged|alleging|reported|suggested) that\b[^.;]{0,140}$/i;
function denied(text: string, from: number, to: number): boolean {
  const before = text.slice(Math.max(0, from - 160), from);
  return DENIED_BEFORE.test(before) || CALLED_FALSE.test(text.slice(Math.max(0, from - 360), from)) || (/\b(?:[Rr]eports?|[Cc]laims?|[Rr]umou?rs?)(?: (?:in|by|from|on) [^.;,]{0,40}?)? (?:that|of)\b/.test(before) && FALSE_AFTER.test(text.slice(to))) || DENIED_AFTER.test(text.slice(to, to + 200));
}
/** "A met B in Jeddah, according to reports later denied by both sides", "… in a meeting that was later denied"; and
 * right after a meeting noun, "(a meeting) that was later denied". */
const DENIED_AFTER = /^[^.;]{0,80}?,? but (?:\w+ ){0,3}(?:denied|dismissed|rejected) (?:it|this|that|the (?:report|claim|rumou?r)s?)\b|^,? (?:that|which) (?:was|were|has been|have been) (?:(?:later|since|subsequently|swiftly|quickly|promptly) )?(?:denied|dismissed|rejected|disputed)\b|^[^.;]{0,100}?\b(?:according to (?:[a-z]+ )?(?:reports?|claims?|accounts?|sources)|in a (?:meeting|encounter) (?:that|which)) (?:(?:that|which) )?(?:(?:was|were|has been|have been) )?(?:(?:later|since|subsequently|swiftly|quickly|promptly|both) )?(?:denied|dismissed|rejected|disputed)\b/i;
const PLANNED = new RegExp(`\\b(?<!-)(will|will be held|to be held|${PUT_OFF}|delayed|(?:has been|have been|was|were) moved(?= (?:back |forward )?to )|(?:is|are|being) (?:being )?planned|planned for|scheduled|slated|set for|expected|expects|due to|(?:is|are|was|were) due (?:back )?(?:in|at|there)|(?:is|are) due back\\b|will (?:meet|hold|attend|host)|preparations? for|prepar(?:e|es|ed|ing)|upcoming|forthcoming|(?:agreed|concurred|decided)(?: in principle)? to (?:meet|hold)|(?:is|are) (?:also )?to (?:travel|visit|meet|fly|host|hold|attend|receive|co-chair|chair))\\b`, "i");
const PROPOSED = /\b((?:thrown|cast|put) into doubt|in doubt|non-starter|derailed|offer(?:ed|s)?|propos(?:ed|al|es|e)|floated|seek(?:ing|s)?|sought|wants?|wanted|wish(?:es)?|desire|intention|hopes? (?:to|for)|possib(?:le|ility|ilities)|potential|could|might|may|would|consider(?:ing|s)?|arrange|sounded out|push(?:ing)? for|call(?:ed|ing)? for|open to|readiness|willing|likelihood|prospects?|outlook|unlikely|realiz\w+|if)\b/i;
/** A meeting's idioms in the words the patterns read: "had last seen each other" (met), "took <P> aside" and "<P> was
 * the guest of <P> at L" (met <P>), ", where <P> made up a table of three" and "…, held on Tuesday at L and attended by
 * <P>" (", joined by <P>"). */
function withMeetingIdioms(text: string): string {
  return text
    // (a post of a place set off after each name of the pair: "A, governor of <L>, and B, governor of <G>'s <L> region,
    // held talks", "A, <L>'s governor, and B")
    .replace(/(<P\d+>), (?:the )?(?:(?:[a-z-]+ ){0,2}(?:governor|mayor|premier|president|chief minister|head|leader|chairman|chairwoman|chairperson) of (?:the )?(?:<[GLN]\d+>['’]s )?<[GLO]\d+>(?: (?:region|province|territory|state|oblast|krai|county|city|prefecture))?|<[GL]\d+>['’]s (?:[a-z-]+ ){0,2}(?:governor|mayor|premier|president|chief minister|leader)),(?= (?:and )?<P\d+>| (?:held|had|met|exchanged|signed|sat)\b)/g, "$1")
    // ("met behind closed doors for more than an hour at L": met at L)
    .replace(/\b(met|talked|held talks) behind closed doors\b/g, "$1")
    .replace(/\b(?:seen|saw) each other\b/g, "met")
    // ("The two presidents were last together in L": last met there)
    .replace(/\b(?:were|had been) (last|first) together (?=(?:in|at) )/g, "$1 met ")
    .replace(/\btook (<P\d+>) aside\b/g, "met $1")
    // ("A and B sat down at L on Tuesday with C and D": they met there, joined by C and D)
    .replace(/(<P\d+> and <P\d+>) sat down ((?:at|in) (?:the )?<L\d+>(?: (?:on|last) [A-Z][a-z]+day)?) with (?=(?:the )?<P\d+>)/g, "$1 met $2, joined by ")
    // ("A and B spent close to two hours together at L": they met there)
    .replace(/(<P\d+> and <P\d+>) spent (?:close to |nearly |almost |about |around |more than |over |well over )?(?:an? |one |two |three |four |five |several |\d+ )?(?:hours?|minutes|the (?:morning|afternoon|evening|day)|half an hour|the better part of (?:an hour|the (?:morning|afternoon|day)))(?: and a half)? together\b/g, "$1 met")
    .replace(/(<P\d+>)(?: was|,)? (?:the|a) guest of (?:the )?(<P\d+>)(?= (?:at|in|on)\b|[,.;])/g, "$1 met $2")
    .replace(/(, held (?:[^<.;,]|<[LGO]\d+>){1,100}?) and attended by (?:the )?(?:(?:[A-Z][\w-]+ ){0,3}[A-Z][\w-]+, )?(?=<P\d+>)/g, "$1, joined by ")
    // (", with C, the …, and D also around the table,": joined by C and D)
    // (not "with Z at the table" after a host, which the reading of who received whom takes: Z on the host's side)
    .replace(/, with ((?:[^.;<]|<[PGNLO]\d+>){1,160}?),? (?:also )?a?round the table,/g, (m, list: string) => joinedByAll(list, m, ","))
    // ("a meeting with Y … that also included C and the …'s D": joined by C and D)
    // ("A and B met at L, along with C and D": joined by C and D)
    .replace(/\b(met\b[^.;,]{0,120}?), (?:along|together) with ((?:[^.;<]|<[PGNLO]\d+>){1,160}?)(?=[.;]|$)/g, joinedAfterHead)
    .replace(/\b((?:meeting|talks)\b[^.;]{0,120}?),? (?:that|which) also (?:included|involved) ((?:[^.;<]|<[PGNLO]\d+>){1,200}?)(?=[.;]|$)/g, joinedAfterHead)
    .replace(/, where (?:the )?(?:<[LGN]\d+>['’]s )?(?:[a-z-]+ ){0,2}(<P\d+>) (?:also )?(?:joined them|joined the (?:talks|meeting|conversation)|made (?:up )?a table of (?:three|four)|made it a (?:threesome|trio|foursome))\b/g, ", joined by $1,");
}

/** ", joined by C and D" for the people `list` names (`m` itself where it names none), and `end` after it. */
function joinedByAll(list: string, m: string, end: string): string {
  const ps = list.match(/<P\d+>/g) ?? [];
  return ps.length ? `, joined by ${ps.length > 1 ? `${ps.slice(0, -1).join(", ")} and ${ps.at(-1)}` : ps[0]}${end}` : m;
}
/** The same after the clause's `head` kept: "met at L, along with C and D" → "met at L, joined by C and D". */
const joinedAfterHead = (m: string, head: string, list: string): string => `${head}${joinedByAll(list, m.slice(head.length), "")}`;

const HELD_VERB = /\b(met|called on|attended|took part in|participated in|began with|started with|went ahead|resumed|reconvened|got under way|(?:is|are|was|were) (?:now |already )?under way|kicked off|walked out of|held (?:talks|a summit|a meeting|summits)|(?:was|were|had been|has been|have been) (?:\w+ )?(?:held|convened)(?! up| over (?:to|until)\b)|took place|had talks|made (?:a|his|her|their) (?:\w+ )?(?:visit|trip)|visited|hosted|lasted|ended|concluded|wrapped up)\b/i;
/** Right before a meeting noun, one after those told: "for the second (round) with Y", "the next (meeting)". */
const AFTER_THOSE_TOLD = /\b(?:second|third|fourth|fifth|next|new|another|further|following) (?:[\w'-]+ )?$/;
/** Right before a meeting noun: "held a surprise second (meeting)", "had a brief (meeting)". */
const HELD_BEFORE = /\b(?:held (?:the|their) (?:first|second|third|fourth|fifth|last|latest|inaugural) of (?:the|their) (?:[\w-]+ ){0,2}|held (?!no\b|not\b|never\b)(?:a |an |their |his |her |its |the )?(?:[\w-]+ ){0,3}|(?:co-)?chaired (?:a |an |the )?(?:[\w-]+ ){0,3}|had (?:(?:a |an |their |his |her |its |the )(?:[\w-]+ ){0,3}|(?!(?:\w+ed|been|sought|begun|done|gone|taken|given|made|not|never|no)\b)(?:[\w-]+ ){1,3}))$/;
const NEGATION = /\b(?:not|never|no longer|yet to|no plans? to|no intention of|no (?:point|stage)(?= [a-z ]{0,24}\b(?:has|have|had|did|was|were)\b)|at no time)\b|n['’]t\b/i;
const PAST = /\b(said|told|met|held|sat|spoke|talked|fell|died|collapsed|argued|clashed|stormed|walked|broke|arrived|left|admitted|acknowledged|agreed|discussed|expressed|made|visited|signed|allowed|took|gave|hosted|attended|attending|denied|did|was|were|stressed|confirmed|announced|offered|conveyed|delivered|relayed|handed|raised|exchanged|shook|pledged|vowed|reaffirmed|urged|asked)\b/i;
// ("may" in lower case only: "in May 2024" is a month)
const FUTURE = /\b(?:[Ww]ill|[Ww]ould|[Cc]ould|[Mm]ight|may|[Ee]xpected|[Pp]lanned|[Ss]cheduled|to be held|[Hh]opes?|[Ww]ants?|[Ii]f)\b/;
const PROPOSER_CUE = /\b(offered|offers|offer|proposed|proposes|propose|proposal|requested|requests|request|sought|seeks|seek|seeking|wants|wanted|want|wish|desire|intention|hopes to|hoped to|called for|calling for|pushing for|push for|suggested|arrange|sounded out)\b/i;
const PROPOSER_CUES = new RegExp(PROPOSER_CUE.source, "gi");

/** "A and B" (or "A and his counterpart B", "A and G's minister, B") right before a verb: the pair of a meeting. */
const PAIR_BEFORE_VERB = new RegExp(`<([PGN])(\\d+)>(?: ${GROUP})?(?:, (?:then |the |a |now )?(?:<[GN]\\d+> )?[A-Za-z][^<,.;]{1,40},)?,? and (?:their |the |his |her )?(?:<[NL]\\d+> counterpart,? |(?:an? |the |his |her |their )?(?:<[NG]\\d+>(?:['’]s)? )?(?:[a-z-]+ ){0,4}${POST}, |<[GN]\\d+>['’]s (?:[a-z-]+ ){0,3}(?=<P))?<([PGN])(\\d+)>(?: ${GROUP}| counterparts)?(?:, [^<,.]{0,40}(?:<[A-Z]\\d+>)?[^<,.]{0,20},)?(?:[^<]{0,30}|[^<.;]{0,20}\\b(?:agreed|decided|promised|pledged|vowed|resolved)\\b[^<.;]{0,60}? to )$`);
/** "brokered by A and B": those named as the go-betweens or announcers, no participants. */
const BROKERED_BY_LIST = new RegExp(`\\b(?:brokered|mediated|facilitated|arranged|sponsored|proposed|suggested|offered|rejected|welcomed|announced|reported|confirmed|denied) by (?:the )?${LIST("PGN")}`, "g");
/** "invited A and B to join": those invited, no participants yet. */
const INVITED_TO_JOIN = new RegExp(`\\b(?:invited|asked|urged|encouraged) (?:the )?${LIST("PGN")} to (?:join|attend|take part in|participate in)\\b`, "g");
/** "<P>'s younger brother <P>": the kin named after, as the one meant. */
const KIN_OF_NAMED = new RegExp(`<P\\d+>'s (?:late |younger |elder |older )?(?:${FAMILY_WORDS.join("|")}),? (?:and [a-z ]+,? )?(<P\\d+>)`, "g");
/** "<P>, the younger brother of <P>," before "and <P>": the one named. */
const KIN_SET_OFF = new RegExp(`(<P\\d+>), (?:the )?(?:younger |elder |older )?(?:${FAMILY_WORDS.join("|")}) of (?:[A-Za-z-]+ |<[NG]\\d+> ){0,3}<P\\d+>,(?= and <P)`, "g");
/** One of a list of those a meeting is between: "between A, B and C" ends at the last "and"; a person after the post
 * that names them counts ("between A and <G1>'s minister of fisheries, <P2>"). */
const PAIR_ITEM = `(?: the| his| her| their)?(?: former| then| outgoing| incoming| acting)?(?: <N\\d+>)?(?: counterpart,?)?(?: ${LOWER_POST_WORDS})? (?:${TITLE_BEFORE})?<[PGN]\\d+>${APPOS}`;
/** " between (Presidents) A, B and C" after a meeting's noun (a post in the plural before the pair). */
const BETWEEN_LIST = new RegExp(`^ between (?:the )?(?:(?:[Pp]residents|[Pp]rime [Mm]inisters|[Ff]oreign [Mm]inisters|[Ll]eaders|[Kk]ings|[Cc]hancellors|[Pp]remiers) )?(<[PGN]\\d+>${APPOS}(?:,${PAIR_ITEM})*(?:,? and${PAIR_ITEM})?)`);
/** " (of his own)( there) with (his counterpart,) A and B" after a meeting's noun. */
const WITH_LIST = new RegExp(`^(?: of (?:his|her|their|its) own)?(?: there)? with (?:the )?(?:(?:his|her|their) (?:<[NG]\\d+> )?counterparts?,? )?(${TITLED_LIST})`);
/** An event's head word alone ("conference", "forum"). */
const EVENT_HEAD_ONLY = new RegExp(`^(?:${EVENT_HEADS})$`, "i");
/** Rough head class, for matching an anaphor ("the gathering") to its meeting ("an international conference"). */
const headClass = (h: string) => (EVENT_HEAD_ONLY.test(h) ? "event" : "summit");

export class MeetingTracker {
  readonly meetings: MeetingFacts[] = [];
  /** The meetings a host's schedule listed one by one, in its order, and the sentence it was told in. */
  private scheduled?: { list: MeetingFacts[]; at: number };
  /** The one the story is about, if one person stands out (named in most sentences): a roundup's or profile's. */
  lead?: string;
  private n = 0;
  /** The last year the article's sentences so far named ("In September 2013, …"). */
  private storyYear?: string;
  /** The sentence that last took the story to `storyYear`. */
  private storyYearAt = -Infinity;
  /** The last two people a sentence named together ("A and B"), for "the two ministers" later. */
  private pairNamed?: string[];
  private pairNamedAt = -1;
  /** The people each sentence scanned named, by the sentence's index (for "the two leaders" of the last few). */
  private namedIn: { key: string; index: number }[] = [];
  /** Sides a sentence gives those it adds to a meeting, of no state told ("On the Chinese side, X was present"). */
  private sidesTold = new Map<string, string>();
  /** Whose aide each person is, where the article says so in apposition: "Y, X's chief foreign policy adviser". */
  private aideOf = new Map<string, string>();
  /** The sender of the last letter a sentence told of ("a letter from Z"), and that sentence's index. */
  /** The sender of the last letter told, the sentence that told it, and the last that told "the letter" again. */
  private letterFrom?: { sender: string; index: number; recalled?: number };
  /** The sentence that last told of a body's own meeting ("the meeting of the joint commission"), which this tracker
   * does not follow, by its index. */
  private bodyMeetingAt = -Infinity;
  /** The sentence scanned before this one, and this one. */
  private previous?: AbstractSentence;
  /** The sentences scanned so far. */
  private told: Sentence[] = [];
  private current?: AbstractSentence;
  /** The place of the story's dateline ("BOGOTA, April 10 -"), once its first sentence is read. */
  private datelinePlace?: string;
  /** The schedule the article publishes, once it says whose: its principal, the day and place of its heading, and the
   * meeting of its last entry. */
  private schedule?: { principal: string; day?: string; place?: string; last?: { m: MeetingFacts; at: number } };
  /** A record's list of who was there being read ("Present:"), or of who was not ("Apologies:"), its last line's
   * sentence, and the meeting of those present; the record's venue line's place and day. */
  private minutes?: { present: boolean; at: number; m?: MeetingFacts; last?: Sentence };
  /** A table of contacts being read: the columns of its participants, date, place, status and notes. */
  private table?: { end: number; who: number; date: number; where: number; status: number; notes: number; last?: MeetingFacts };
  private recordVenue?: { place?: string; day?: string };
  /** An audience list being read: its host, the sentence of its last line, and its meetings' status. */
  private audience?: { host: string; at: number; status: MeetingStatus };
  /** Where the story being read began: the article's start, or a later dateline's. */
  private storyStart = 0;
  /** A meeting the article recalls from a year before its own ("recalled his meeting with Y in September 2024"). */
  private olderYear(m: MeetingFacts): boolean {
    return !!m.date && !!this.articleDate && m.date.slice(0, 4) < this.articleDate.slice(0, 4);
  }

  /** The sentences that told leaders "witnessed the signing of" documents. */
  private witnessedIn = new Set<number>();
  /** The sentences that told two people signing together ("A and B signed …"), for a third signing told after them. */
  private signedIn = new Set<number>();
  /** The day a journey told reached each place: "flying to Asmara on Tuesday and on to Addis Ababa on Wednesday". */
  private legs = new Map<string, string>();
  /** The last leg told (a city and its day) and the sentence it was told in. */
  private lastLeg: { place?: string; day: string; sentence: number } | undefined;
  constructor(
    private readonly articleId: string,
    private readonly articleDate: string | undefined,
    private readonly sink: RelationSink,
    /** The titles the article names each person with (lower case), to check "the two presidents" against. */
    private readonly titlesOf: ReadonlyMap<string, readonly string[]> = new Map(),
    /** The state each person serves, as the article tells it, to tell colleagues at a meeting of two sides. */
    private readonly stateOf: ReadonlyMap<string, string> = new Map(),
    /** The state the story is told from (its dateline's, or its national agency's), as a government key. */
    private readonly home?: string,
  ) {}

  /** Two people of one state at a meeting of two sides or more are colleagues: they do not meet each other there
   * ("Rubio and Waltz met a Ukrainian delegation", "attended by Lavrov, Shoigu and North Korea's Choe"). */
  /** The one person the article names with a post (in the plural: "foreign ministers") of state `gov`. */
  private holderOfState(posts: string, gov: string): string | undefined {
    const post = posts.replace(/s$/, "");
    return this.onlyHolder((t) => t === post || t.endsWith(` ${post}`) || (post === "foreign minister" && /\b(?:minister (?:of|for) foreign affairs|foreign secretary|secretary of state|external affairs minister)\b/.test(t)), gov);
  }

  /** The one person the article names with a title that `fits` (of state `state`, and not one of `not`). */
  private onlyHolder(fits: (title: string) => boolean, state?: string, not: readonly string[] = []): string | undefined {
    const ones = [...this.titlesOf].filter(([k, ts]) => !not.includes(k) && (!state || this.stateOf.get(k) === state) && ts.some(fits)).map(([k]) => k);
    return ones.length === 1 ? ones[0] : undefined;
  }

  /** Two people the gazetteer of office holders knows as officials of one state on the story's day. */
  private knownColleagues(x: string, y: string): boolean {
    const state = (k: string) => (k.startsWith("person:") ? knownOfficeOf(k.slice("person:".length), this.articleDate)?.office : undefined);
    const sx = state(x);
    return !!sx?.startsWith("government:") && sx === state(y);
  }

  private colleagues(x: string, y: string, people: readonly string[], local?: ReadonlyMap<string, string>): boolean {
    // (one's own aide, or two aides of one principal: "Y, X's chief foreign policy adviser")
    const principal = (p: string) => this.aideOf.get(p) ?? p;
    if (principal(x) === principal(y)) return true;
    const side = (p: string) => this.sideOf(p, local);
    const sx = side(x);
    if (!sx || sx !== side(y)) return false;
    // (one put on the host's side by where the meeting was is that side's, whoever else came)
    if (local?.has(x) || local?.has(y)) return true;
    const sides = new Set(people.map((p) => (p.startsWith("government:") ? p : side(p))).filter(Boolean));
    // (or one at it of a state not told, who may be the other side: "A and his Vanuatu counterpart B signed …, with C and
    // Vanuatu's Foreign Minister D also at the table" — B and D are colleagues)
    return sides.size >= 2 || people.some((p) => p.startsWith("person:") && !side(p));
  }

  /** The state whose side a person is on: their own, one a sentence gave them, the meeting's place's (`local`), or their
   * principal's, for an aide. */
  private sideOf(p: string, local?: ReadonlyMap<string, string>): string | undefined {
    return this.stateOf.get(p) ?? this.sidesTold.get(p) ?? local?.get(p) ?? (this.aideOf.has(p) ? this.stateOf.get(this.aideOf.get(p)!) : undefined) ?? this.familySide(p);
  }

  /** One of no state or post told who shares the surname of a state's leader, the only one so named: a spouse or a
   * relative of that side ("Emine Erdoğan", beside President X Erdoğan). */
  private familySide(p: string): string | undefined {
    const surname = p.match(/-([a-z]{4,})$/)?.[1];
    // (one named with no post of their own, beside a leader: not two officials who share a common surname)
    if (!surname || !p.startsWith("person:") || (this.titlesOf.get(p) ?? []).length) return undefined;
    const leads = (k: string) => (this.titlesOf.get(k) ?? []).some((t) => /\b(?:president|prime minister|premier|chancellor|king|queen|emir|sultan)$/i.test(t) && !/\b(?:vice|deputy)\b/i.test(t));
    const kin = [...this.stateOf.keys()].filter((k) => k !== p && k.startsWith("person:") && k.endsWith(`-${surname}`));
    return kin.length === 1 && leads(kin[0]) ? this.stateOf.get(kin[0]) : undefined;
  }

  /** The sides of those who attended meeting `m`, of no state told: the host state's by its place (see hostSide), else
   * its host's ("X handed Y a letter. The meeting took place in the presence of Z": Y's). Noted in `sidesTold`. */
  private attendeeSides(m: MeetingFacts, attendees: readonly string[], alsoAt: readonly string[] = [], told?: Sentence): Map<string, string> {
    // (of its places, the first a state's; or the city the sentence puts its venue in: "The meeting, held at Al-Ittihadiya
    // Palace in Cairo, was attended by")
    const local = [...m.places, ...alsoAt].map((p) => this.hostSide(attendees, p)).find((x) => x.size) ?? new Map<string, string>();
    const hostState = m.host ? this.stateOf.get(m.host) : undefined;
    if (!local.size && hostState) for (const x of attendees) if (x.startsWith("person:") && !this.stateOf.has(x)) local.set(x, hostState);
    // (not one whose side the article has told: "G's ambassador was also present. The ambassador, X, …")
    for (const k of [...local.keys()]) if (this.sidesTold.has(k) && this.sidesTold.get(k) !== local.get(k)) local.delete(k);
    // (the side found for them stays theirs for what the story tells next: a signing after the talks, one more who sat in;
    // and one of them a cabinet post names, in the sentence `told` that put them there, holds it for that state)
    for (const [k, side] of local) {
      if (this.sidesTold.has(k)) continue;
      this.sidesTold.set(k, side);
      const post = (this.titlesOf.get(k) ?? []).find((t) => STATE_POST.test(t));
      if (told && post && side.startsWith("government:")) this.sink.add("HOLDS_OFFICE", k, side, told, "a post of the host state's side at a meeting in its capital", { title: post, weak: true });
    }
    return local;
  }

  /** Those who sat in on a meeting held in a state's city, of no state the article gives, on the host state's side
   * ("In Asmara, X received Y. Foreign Minister Z … sat in on the meeting"; "received Y … in Addis Ababa in the presence
   * of Z"). */
  private hostSide(people: readonly string[], place: string | undefined): Map<string, string> {
    const state = stateOfPlace(place);
    return new Map(state ? people.filter((p) => p.startsWith("person:") && !this.stateOf.has(p)).map((p) => [p, `government:${state}`]) : []);
  }

  private create(head: string, s: Sentence, at: number, named?: { key: string; label: string }): MeetingFacts {
    const m: MeetingFacts = {
      key: named?.key ?? `meeting:${this.articleId}#${++this.n}`,
      label: named?.label,
      named: !!named,
      head: head.toLowerCase(),
      participants: new Set(),
      proposers: new Set(),
      places: new Set(),
      statuses: [],
      sentences: [s],
      lastAt: at,
    };
    this.meetings.push(m);
    return m;
  }

  /** The most recent meeting of the same class, optionally of a given year; `notHeld`: not one held; `notCalledOff`:
   * not one called off and never held (what "happened" is not the meeting that was cancelled). */
  private recent(head: string, year?: string, before = Infinity, notHeld = false, notCalledOff = false): MeetingFacts | undefined {
    const cls = headClass(head);
    const fits = (m: MeetingFacts) => (!notHeld || !m.statuses.includes("held")) && (!notCalledOff || m.statuses.includes("held") || !m.statuses.includes("cancelled"));
    const cands = this.meetings.filter((m) => m.lastAt < before && m.lastAt >= this.storyStart && fits(m)).sort((a, b) => b.lastAt - a.lastAt);
    return (
      cands.find((m) => headClass(m.head) === cls && (!year || m.date?.startsWith(year))) ??
      (year ? undefined : cands.find((m) => headClass(m.head) === cls))
    );
  }

  /** The date of the meeting phrase from `from` (less 30 characters before it) to `end` of the placeholder text; for
   * one still ahead, a date after the phrase first ("agreed on Tuesday to meet in Ankara next month": next month). */
  private dateNear(a: AbstractSentence, from: number, to: number, end: number, when?: When): string | undefined {
    const after = when === "ahead" ? this.dateIn(a, a.text.slice(from, end), when, [0, to - from]) : undefined;
    if (after) return after;
    // (not past a semicolon before it: "… in June, and B accepted; a visit to L, which had been planned for February")
    const semi = a.text.slice(Math.max(0, from - 30), from).lastIndexOf(";");
    const start = semi >= 0 ? Math.max(0, from - 30) + semi + 1 : Math.max(0, from - 30);
    const near = this.dateIn(a, a.text.slice(start, end), when, [from - start, to - start]);
    if (near || when === "ahead") return near;
    // (a cleft's day: "The last time … was in <L> on April 9, 2023, when X … met Y")
    const cleft = a.text.slice(0, from).match(CLEFT_WHEN);
    if (cleft) return this.dateIn(a, cleft[2], when);
    // (the day of the place where it was: "talks on Tuesday inside the fortress of <L>, where X went to see Y")
    const whereDay = a.text.slice(0, from).match(WHERE_DAY);
    if (whereDay) return this.dateIn(a, whereDay[1], when);
    // (or where and when something was said at it: "X said this in <L> yesterday when he held talks with Y")
    const saidWhen = a.text.slice(0, from).match(SAID_WHEN);
    // (read alone: in the sentence, a day right after "said" is the day it was said)
    if (saidWhen) return dateAround(saidWhen[2], this.articleDate, saidWhen[2], [0, 0], when, when);
    // (a day the sentence opens with, of what it tells: "On Tuesday, A and B held a new round of talks in Athens"; not the
    // day something was said)
    // (or a day in an opening phrase set off: "At our last session, at the <L> on June 9, A sat across from B")
    // (or its month and year, with no comma: "In March 2006 he was at the side of X when X held talks with Y")
    const set = a.text.slice(0, from).match(/^[^<.;]{0,40}, (?:at (?:the )?<L\d+> )?(on (?:\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2})(?:, (?:19|20)\d\d)?), (?:[^<.;]|<[PGN]\d+>){1,80}$|^(In (?:January|February|March|April|May|June|July|August|September|October|November|December) (?:19|20)\d\d) (?:[^<.;]|<[PGN]\d+>){1,120}$/)?.slice(1).find((x) => x);
    if (set) return this.dateIn(a, set, when);
    const opener = a.text.match(/^(?:On (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:morning|afternoon|evening|night))?|This (?:morning|afternoon)|(?:Earlier|Later) today|Yesterday|Today),/)?.[0];
    if (!opener || /\b(?:said|says|told|announced|added|confirmed|reported)\b/.test(a.text.slice(0, from))) return undefined;
    // ("This morning, X paid a courtesy call on Y": the article's day)
    return /^(?:This|Earlier today|Later today|Today)\b/.test(opener) ? this.articleDate : this.dateIn(a, opener, when);
  }

  /** `dateAround` in this article: a month named without a year takes one only when the story has not gone back to
   * another year ("In September 2013 … a meeting planned for Geneva in November" is not next November). */
  private dateIn(a: AbstractSentence, near: string, when?: When, span: [number, number] = [0, 0]): string | undefined {
    // (a story gone on to a later year, "a visit to Chile in 2027", holds nothing already done: "On 14 May, X met Y")
    // (two sentences on from the one that went back at most: "On the same day, …" four sentences after a recalled
    // signing is the article's day)
    const elsewhen = !!this.storyYear && a.sentence.index - this.storyYearAt <= 2 && !this.articleDate?.startsWith(this.storyYear) && !(when === "behind" && !!this.articleDate && this.storyYear > this.articleDate.slice(0, 4));
    const date = dateAround(a.sentence.text, this.articleDate, near, span, elsewhen ? undefined : when, when);
    // ("took office in August 2022 … met in Caracas in November of that year"; or the year the story went back to in a
    // sentence before: "In April 2023, … In September that year, …")
    // (and "that August": "Y's state visit to L took place that August")
    const that = /\b(?:of that year|that same year|the same year|(?:later |earlier )?that year|that (?:January|February|March|April|May|June|July|August|September|October|November|December))\b/.test(near.replace(/<[A-Z]\d+>/g, "X")) ? (yearsIn(a.sentence.text).pop() ?? this.storyYear) : undefined;
    if (that && date && date.length >= 7) return `${that}${date.slice(4)}`;
    // (a month alone, in a story gone back to that year, that the story's other year left unread: "In September that year")
    const month = that && !date ? findDates(near, this.articleDate).find((d) => d.partial?.month)?.partial : undefined;
    if (month?.month) return `${that}-${String(month.month).padStart(2, "0")}${month.day ? `-${String(month.day).padStart(2, "0")}` : ""}`;
    // ("… in Helsinki in July 1985. Shultz then travelled to Moscow, where he met Gorbachev on November 5": a day
    // named without a year, in a story gone back to another year, is of that year, not the article's nor the one before)
    if (when === "behind" && elsewhen && date && date.length === 10 && this.articleDate && [0, 1].some((k) => date.startsWith(String(Number(this.articleDate!.slice(0, 4)) - k))) && !yearsIn(a.sentence.text).length && !/\b(?:last|next|this|ago|yesterday|today|tomorrow|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/i.test(a.sentence.text))
      return `${this.storyYear}${date.slice(4)}`;
    return date;
  }

  /** One more meeting of each of `tables` that the same clause tells at `at`, with the place and date that follow it:
   * "… and again in Berlin in June", "… and C in Lviv in August" (`year`: the clause's, when no date follows). */
  private alsoMet(a: AbstractSentence, at: number, tables: string[][], status: MeetingStatus, when: When | undefined, other: { again?: boolean; year?: string; date?: string } = {}) {
    const date = this.dateIn(a, a.text.slice(at, at + 50), when) ?? other.date;
    const where = placeAfter(a, at);
    for (const ps of tables) {
      const m = this.matchOrCreate(ps, "meeting", a, at, date?.slice(0, 4) ?? other.year, status, false, date, { place: where, again: other.again });
      this.mention(m, a, at, at, ps, { status, date, ...(where ? { place: where } : {}) });
    }
  }

  /** Records one mention of a meeting in sentence `a`, around [from, to) of the placeholder text. */
  private mention(m: MeetingFacts, a: AbstractSentence, from: number, to: number, people: string[], extra: { status?: MeetingStatus; year?: string; date?: string; anaphor?: boolean; dated?: boolean; placeFrom?: number; place?: string; crowd?: boolean; side?: string[]; sides?: string[][]; attendees?: boolean; present?: string[] }) {
    // ("held indirect talks in Doha", "proximity talks … without meeting directly": talks held, but no one met)
    const apart = INDIRECT_BEFORE.test(a.text.slice(Math.max(0, from - 40), to)) || INDIRECT_AFTER.test(a.text.slice(to, to + 140));
    const s = a.sentence;
    if (!m.sentences.includes(s)) m.sentences.push(s);
    m.lastAt = s.start + from;
    // (not one the sentence says stayed away: "at a regional summit that X chose to skip")
    const away = new Set([...a.text.matchAll(ABSENT)].map((x) => a.slots[Number(x[1])]?.key).filter((k): k is string => !!k));
    if (away.size) people = people.filter((p) => !away.has(p));
    // ("a meeting of the foreign ministers of A, B and C": each state's foreign minister the article names too, where it names one)
    // (or "a meeting of the Russian, Iranian and Chinese foreign ministers")
    const posts = people.some((p) => p.startsWith("government:")) ? a.text.slice(Math.max(0, from - 80), to + 80).match(/\b(foreign ministers|presidents|prime ministers|defen[cs]e ministers) of (?:the )?<G\d+>|<[NG]\d+>,? and (?:the )?<[NG]\d+> (foreign ministers|presidents|prime ministers|defen[cs]e ministers)\b/i) : null;
    const post = (posts?.[1] ?? posts?.[2])?.toLowerCase();
    if (post) people = [...new Set([...people, ...people.map((p) => (p.startsWith("government:") ? this.holderOfState(post, p) : undefined)).filter((p): p is string => !!p)])];
    // ("Y's state visit to <G> took place that August": the host is that state's head, where the article names one)
    const stateVisit = people.some((p) => p.startsWith("government:")) && /\bstate visit to (?:the )?<[GL]\d+>/.test(a.text.slice(Math.max(0, from - 60), to + 60));
    // (a visitor of another state only: none of that state's own)
    if (stateVisit && !people.some((p) => p.startsWith("person:") && people.includes(this.sideOf(p) ?? ""))) people = [...new Set(people.map((p) => (p.startsWith("government:") ? (this.onlyHolder((t) => /^(?!(?:former|late|then|ex|vice|deputy|acting)\b)(?:[A-Z][a-z]+ )?(?:president|king|queen|emir|amir|sultan)$/i.test(t), p) ?? p) : p)))];
    for (const p of people) m.participants.add(p);
    let status = extra.status ?? statusAround(a.text, from, extra.placeFrom ?? to);
    // ("July 13: Egypt hosts a summit … in Cairo", "December 9 – A and B meet in Dushanbe": a timeline tells what happened
    // in the present tense)
    const narrated = (status === "proposed" || status === "planned") && this.narratedPast(a.sentence.text);
    if (narrated) status = "held";
    m.statuses.push(status);
    // (past an event the meeting was on the sidelines of: "met Y on the sidelines of the APEC summit in San Francisco on Wednesday")
    // (and past a clause about the one met: "held talks with Y, who is on a state visit to <G>, at the <L> on Wednesday")
    const rest = a.text.slice(extra.placeFrom ?? to);
    // (or past a post set off after the one met: "received Y, Jordan's Deputy Prime Minister and Minister of Foreign Affairs, at …")
    const clause = rest.match(/^, (?:who|which) (?:[^,;.<]|<[GLN]\d+>){1,80},/)?.[0].length ?? rest.match(/^(?: <P\d+>)?, (?:the |a |an )?(?:<[GN]\d+>['’]s )?[A-Za-z][A-Za-z -]{0,70},(?= (?:at|in|on) )/)?.[0].length ?? 0;
    // (and past what it is for: "invited X to Warsaw for the anniversary of the neighbourhood treaty in June")
    // (or past a venue and its city: "received Y at the <L> presidential residence in <L> on June 10")
    const purpose = rest.match(/^(?: (?:to|in) <[LG]\d+>)? for (?:the|a|an) [^.;,<]{1,60}?(?= (?:in|on|next|this) )/)?.[0].length ?? rest.match(/^ (?:at|in) (?:the )?<L\d+>(?: [a-z-]+){0,3} in <L\d+>(?= on )/)?.[0].length ?? 0;
    // (or past the clause of its plan: "a meeting of A, B and C on …, which had been scheduled to take place in L on
    // May 28")
    const plan = clause || purpose ? 0 : (rest.match(PLAN_CLAUSE)?.[0].length ?? 0);
    const reach = dateReach(rest) + clause + purpose + plan;
    // (the talks an act told first closed or came with: "A and B signed agreements today at the <L>, at the end of talks
    // between X and Y": that day, there)
    const closing = a.text.slice(0, from).match(CLOSED_TALKS);
    const around = this.inEntryYear("date" in extra ? extra.date : extra.anaphor && !extra.dated ? undefined : (this.dateNear(a, from, to, (extra.placeFrom ?? to) + reach, dateWay(status, a.text, from)) ?? (closing ? this.dateIn(a, closing[0], "behind") : undefined)));
    let date = extra.year ? (around?.startsWith(extra.year) ? around : extra.year) : (around ?? (narrated ? this.entryDay : status === "held" ? this.headingDay : undefined));
    // ("the June 10 summit was postponed": the day it is no longer on; "postponed to July 14" names the new one)
    if (date && date.length > 4 && status !== "held" && POSTPONED.test(s.text)) {
      const moved = s.text.match(POSTPONED_TO);
      const next = moved ? findDates(s.text, this.articleDate).find((d) => d.start > moved.index! && (d.iso || d.partial?.month)) : undefined;
      // (a new date named without a year is still ahead: "postponed to July 14", written in January; and a month
      // alone: "will now take place in September")
      date = (next && (next.iso ? yearOnSide(next, this.articleDate, "ahead") : resolveMonth(next, this.articleDate, "ahead"))) ?? date.slice(0, 4);
    }
    const told = this.cityOfCapital(a, extra.place ?? placeAfter(a, extra.placeFrom ?? to) ?? placeBefore(a, from) ?? (closing ? a.slots[Number(closing[1])]?.key : undefined));
    // (a meeting held the sentence after a leg told, at a venue the gazetteer does not know or at none: in that city,
    // that day: "X came to Winnipeg on Tuesday. A and X spent two hours together at the Legislative Building")
    // (not one told as before it: "Earlier in the day the president had paid a courtesy call on Y")
    const leg = status === "held" && this.lastLeg && this.lastLeg.sentence === s.index - 1 && !/\b(?:[Ee]arlier|[Bb]efore|[Pp]reviously)\b/.test(a.text) && (!told || !countryOfPlace(a.slots.find((x) => x.key === told)?.text ?? "")) ? this.lastLeg : undefined;
    const place = told ?? leg?.place;
    // (the venue told kept, the city too)
    if (leg?.place && told && told !== leg.place) m.places.add(leg.place);
    if (leg && !date && !m.date) date = leg.day;
    // (a meeting held where a journey told before arrived that day: "flying to Asmara on Tuesday … In Asmara, X received Y")
    if (!date && status === "held" && place && !m.date) date = this.legs.get(place);
    // (nothing planned or proposed happens in a year gone by: "expected to meet … on the 1951 defence agreement")
    if (date && (status === "planned" || status === "proposed") && this.articleDate && date.slice(0, 4) < this.articleDate.slice(0, 4)) date = undefined;
    if (date && (!m.date || (date.startsWith(m.date) && date.length > m.date.length))) m.date = date;
    if (place) m.places.add(place);
    const rule = `meeting (${status})`;
    for (const p of people) this.sink.add("PARTICIPANT_IN", p, m.key, s, `${rule}: a participant`);
    if (place) this.sink.add("HELD_IN", m.key, place, s, `${rule}: where it takes place`);
    // (no one proposes a meeting told as held: "X has proposed hosting Y …, a few weeks before the anniversary of the
    // treaty, which the two presidents signed in L")
    for (const p of status === "held" ? [] : proposerOf(a, from, to)) {
      m.proposers.add(p);
      this.sink.add("PROPOSED", p, m.key, s, "proposed, offered or sought the meeting");
    }
    if (status === "held" && !apart && !extra.crowd) {
      const ps = people.filter((p) => p.startsWith("person:"));
      // (everyone at it so far, these included: the sides there are)
      const all = [...m.participants];
      const local = this.hostSide(extra.present ?? [], place ?? [...m.places][0]);
      const delegations = [...a.text.matchAll(/\bdelegation (?:of|led by|headed by) (?:[A-Z][a-z]+ )?<P(\d+)> and (?:[A-Z][a-z]+ )?<P(\d+)>/g)].map((v) => [a.slots[Number(v[1])]?.key, a.slots[Number(v[2])]?.key]);
      for (let i = 0; i < ps.length; i++)
        for (let j = i + 1; j < ps.length; j++) {
          if (this.colleagues(ps[i], ps[j], all, local)) continue;
          if (extra.side?.includes(ps[i]) && extra.side.includes(ps[j])) continue;
          if (extra.sides?.some((g) => g.includes(ps[i]) && g.includes(ps[j]))) continue;
          // (nor two of one delegation the sentence names by them: "the nationalist delegation of A and B")
          if (delegations.some((g) => g.includes(ps[i]) && g.includes(ps[j]))) continue;
          // (those a meeting was attended by meet each other only when the article puts them on different sides)
          if (extra.attendees && !(this.stateOf.get(ps[i]) && this.stateOf.get(ps[j]) && this.stateOf.get(ps[i]) !== this.stateOf.get(ps[j]))) continue;
          this.sink.add("MET_WITH", ps[i], ps[j], s, "a meeting that was held", date ? { date } : {});
        }
    }
  }

  /** The days a journey reached its places: "flew to <L> on Tuesday", "flying to <L> on Tuesday and on to <L> on
   * Wednesday", "arrived in <L> on March 3" (a day named, past or on the article's day). */
  private noteLegs(a: AbstractSentence) {
    if (!/\b(?:flew|flying|travell?ed|travell?ing|traveled|arrived|arriving|went|headed|heading|came|drove|driving|brought|crossed)\b/.test(a.text)) return;
    // (or the day before the place: "arrived on Wednesday at <L>, where she was welcomed by Y")
    const legs = [...[...a.text.matchAll(LEG)].map((v) => [v[1], a.text.slice(v.index! + v[0].length - v[2].length)]), ...[...a.text.matchAll(LEG_DAY_FIRST)].map((v) => [v[2], v[1]])];
    for (const [at, when] of legs) {
      const slot = a.slots[Number(at)];
      const day = slot?.key ? this.dateIn(a, when, "behind") : undefined;
      if (!slot?.key || !day || day.length !== 10) continue;
      // (a capital read as its state is the city a meeting there is held in)
      this.legs.set(slot.key, day);
      this.legs.set(entityKey("Place", slot.text), day);
      if (countryOfPlace(slot.text ?? "")) this.lastLeg = { place: slot.key, day, sentence: a.sentence.index };
    }
    // (or across a border, of a day and no place: "The sewage also brought X across the border Tuesday")
    const crossed = a.text.match(/\b(?:brought <P\d+>|crossed|came|drove|travell?ed|flew) (?:across|over) the border (?:on )?(?:(?:late |early )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/);
    const crossedOn = crossed ? this.dateIn(a, crossed[0].replace(/^.* (?:on )?(?=(?:late |early )?[A-Z])/, "on "), "behind") : undefined;
    if (crossedOn?.length === 10) this.lastLeg = { day: crossedOn, sentence: a.sentence.index };
    // (or the day just told: "drove south to <L> that afternoon", after "on Tuesday")
    for (const v of a.text.matchAll(LEG_THAT_DAY)) {
      const slot = a.slots[Number(v[1])];
      const day = this.lastDayTold();
      if (slot?.key && day && countryOfPlace(slot.text ?? "")) this.lastLeg = { place: slot.key, day, sentence: a.sentence.index };
    }
  }

  /** A timeline entry's own day read near a verb, in its heading's year ("2024 … June 20 – X calls on Y"); any other day
   * as it is. */
  private inEntryYear(day: string | undefined): string | undefined {
    return day && this.entryDay && day.slice(4) === this.entryDay.slice(4) ? this.entryDay : day;
  }

  /** The last full date the five sentences before told ("on Tuesday", "on April 14", "yesterday"). */
  private lastDayTold(): string | undefined {
    for (const s of this.told.slice(-6, -1).reverse()) {
      const day = findDates(s.text, this.articleDate).filter((d) => d.iso?.length === 10).pop()?.iso;
      if (day) return day;
    }
    return undefined;
  }

  /** Capitals a meeting was placed in that the article does not name (key → name), for their nodes. */
  readonly capitalsAdded = new Map<string, string>();

  /** A capital the sentence names, read as its state ("invites Y to Canberra", "trip was to Jakarta"): the city. */
  private cityOfCapital(a: AbstractSentence, place: string | undefined): string | undefined {
    // (and a city's hall named by the city: "Nagasaki City Hall" is in Nagasaki)
    // (and a city named with "City" that the gazetteer knows without it: "Lang Son City" is Lang Son)
    const named = place?.startsWith("place:") ? a.slots.find((x) => x.key === place)?.text : undefined;
    const hall = named?.match(/^(.+) (?:City|Town) Hall$/)?.[1] ?? (named && !statesOfCity(named) ? named.match(/^(.+) City$/)?.[1] : undefined);
    if (hall && countryOfPlace(hall)) {
      const key = entityKey("Place", hall);
      this.capitalsAdded.set(key, hall);
      return key;
    }
    const where = place?.startsWith("government:") ? a.slots.find((x) => x.key === place && x.kind === "Government" && x.text && countryByKey(x.country ?? "")?.capitals.includes(x.text)) : undefined;
    if (!where) return place;
    const key = entityKey("Place", where.text);
    this.capitalsAdded.set(key, where.text);
    return key;
  }

  /** A state's office a meeting was held at, named without a city: the dateline's city, else (a story with no dateline)
   * the capital of the state of the one host ("called on President X at the Office of the President"). */
  private officeCity(a: AbstractSentence, to: number, hosts: readonly string[]): string | undefined {
    // (or a local government's office in lower case: "at the prefectural government office", the dateline's city)
    if (LOCAL_OFFICE.test(a.text.slice(to))) return this.datelinePlace;
    const at = a.text.slice(to).match(HOME_OFFICE);
    if (!at || !OFFICE_NAME.test(a.slots[Number(at[1])]?.text ?? "")) return undefined;
    if (this.datelinePlace || hosts.length !== 1) return this.datelinePlace;
    const capital = countryByKey(this.stateOf.get(hosts[0])?.replace(/^government:/, "") ?? "")?.capitals[0];
    if (!capital) return undefined;
    const key = entityKey("Place", capital);
    this.capitalsAdded.set(key, capital);
    return key;
  }

  /** Whether the sentence tells in the present what its timeline entry's day, before the article's, saw. */
  private narratedPast(sentence: string): boolean {
    // (a live blog's headline under its time: "13:40 / Fidan holds talks with PM Masrour Barzani", told as it happened)
    const headline = this.told.length >= 2 && /^\s*\d{1,2}[:.]\d{2}\s*$/.test(this.told[this.told.length - 2].text) && this.told[this.told.length - 1].text === sentence && !/[.!?"”]\s*$/.test(sentence);
    if (headline) return PRESENT_EVENT.test(sentence) && !FUTURE.test(sentence) && !PLANNED.test(sentence) && !CANCELLED.test(sentence);
    const iso = this.entryDay;
    // (not a plan, an invitation or a call-off told that day: "A and B are to meet on its sidelines", "hands him a letter
    // inviting Y to visit", "a meeting due to be held …, is cancelled")
    if (!iso || !this.articleDate || !PRESENT_EVENT.test(sentence) || FUTURE.test(sentence) || PROPOSED.test(sentence) || PLANNED.test(sentence) || CANCELLED.test(sentence) || /\b(?:is|are) to\b|\binvit/.test(sentence)) return false;
    return iso <= this.articleDate.slice(0, iso.length);
  }

  /** The day of the timeline entry this sentence is in, and the sentence that opened it. */
  private entryDay?: string;
  private entryAt = -1;
  /** The day a line of its own names ("Tuesday, 11:30 a.m." over a thread's posts), for what is held under it. */
  private headingDay?: string;
  /** The year a line of its own names ("2025" over a timeline's entries). */
  private headingYear?: string;

  /** The last person a sentence opened with. */
  private personSubject?: string;

  /** The meetings the sentence right before `sentence` told of, for one that goes on about them ("That's off.", "Y
   * said he would attend."). */
  private toldJustBefore(sentence: AbstractSentence): MeetingFacts[] {
    return [...this.meetings].filter((x) => x.sentences.some((s) => s.index === sentence.sentence.index - 1));
  }

  /** `prevPair`: the people the previous sentence named as a pair ("Obama and Castro spoke"), for "the two
   * presidents" when no meeting of theirs came before. */
  scan(sentence: AbstractSentence, prevSubject: string | undefined, prevPair: string[] = []): void {
    if (/^\s*(?:19|20)\d\d\s*$/.test(sentence.text)) this.headingYear = sentence.text.trim();
    // (a question tells no meeting: "QUESTION (Post-Courier): Will President X and Prime Minister Y meet before the end
    // of the year?" is only asked about; the answer tells what there is)
    if (QUESTION.test(sentence.sentence.text)) return;
    for (const x of sentence.slots) if (x.kind === "Person" && x.key) this.namedIn.push({ key: x.key, index: sentence.sentence.index });
    for (const v of sentence.text.includes("'s ") ? sentence.text.matchAll(AIDE_OF) : []) {
      const [aide, principal] = [sentence.slots[Number(v[1])]?.key, sentence.slots[Number(v[2])]?.key];
      if (aide?.startsWith("person:") && principal?.startsWith("person:") && aide !== principal && !this.aideOf.has(aide)) this.aideOf.set(aide, principal);
    }
    [this.previous, this.current] = [this.current, sentence];
    this.told.push(sentence.sentence);
    // (a second dateline opens another story of a bulletin: "Riyadh, October 20, 2026, SPA -- …"; "the meeting" after it
    // is none told before it)
    if (sentence.sentence.index > 0 && DATELINE.test(sentence.sentence.text)) this.storyStart = sentence.sentence.start;
    // (a timeline's entry, and the sentence after it in its line: "July 24 – X begins a visit. He and Y hold talks …")
    const day = timelineEntry(sentence.text, this.articleDate, this.headingYear);
    this.entryDay = day ?? (this.entryAt === sentence.sentence.index - 1 ? this.entryDay : undefined);
    if (day) this.entryAt = sentence.sentence.index;
    // (a diary's or a thread's day over its entries, "Tuesday, 11:30 a.m.", to the next heading)
    if (DAY_LINE.test(sentence.sentence.text)) this.headingDay = findDates(sentence.sentence.text, this.articleDate).find((d) => d.iso)?.iso;
    else if (!/[.!?"”)]\s*$/.test(sentence.sentence.text)) this.headingDay = undefined;
    // ("he" is a person: past a sentence that opened with a state, the last person one opened with)
    if (prevSubject?.startsWith("person:")) this.personSubject = prevSubject;
    else if (prevSubject && /\b(?:he|she|He|She)\b/.test(sentence.text)) prevSubject = this.personSubject;
    this.noteLegs(sentence);
    // ("X was due in Baku this Thursday to meet Y. That's off.": the plan just told is called off)
    if (CALLED_OFF_ALONE.test(sentence.text)) {
      // (the talks of two told there before a gathering they were to talk about: "for talks
      // with Y on the Islands Forum")
      const pair = (x: MeetingFacts) => [...x.participants].filter((p) => p.startsWith("person:")).length >= 2;
      const m = this.toldJustBefore(sentence).filter((x) => !x.statuses.includes("held")).sort((x, y) => Number(pair(y)) - Number(pair(x)) || y.lastAt - x.lastAt)[0];
      if (m) this.mention(m, sentence, 0, 0, [], { status: "cancelled", anaphor: true });
    }
    // ("… invites Y to L on 5 September. Y said he would "of course" attend.": the invitation just told, accepted; not
    // one of several invited, "It invites both leaders … A said he would go", the other yet to answer)
    const accepts = sentence.text.match(ACCEPTED_ALONE);
    const accepter = accepts ? sentence.slots[Number(accepts[1])]?.key : undefined;
    if (accepter) {
      const m = this.toldJustBefore(sentence).filter((x) => x.participants.has(accepter) && !x.proposers.has(accepter) && x.participants.size === 2 && x.statuses.at(-1) === "proposed").sort((x, y) => y.lastAt - x.lastAt)[0];
      if (m) {
        this.mention(m, sentence, 0, 0, [], { status: "planned", anaphor: true });
        m.statuses = m.statuses.map((x) => (x === "proposed" ? "planned" : x));
      }
    }
    // ("met separately with A and B": two meetings, one with each; the word out of the pattern's way)
    const separately = /\bseparately\b/.test(sentence.text);
    // (and a state's envoy for a region or a matter, set off before the name, as the envoy alone: "received <G>'s special
    // envoy for the <L>, <P>,")
    // (and the idioms of a meeting in the words the patterns read: "A and B had last seen each other in L" (met), "A
    // took B aside" (met B), "…, where C made up a table of three" (joined by C))
    const a = { ...sentence, text: withMeetingIdioms(collapseKin(sentence.text).replace(/\b(met|meet|meets|talks) separately with\b/g, "$1 with").replace(/(<[GN]\d+>['’]s (?:[a-z-]+ ){0,2}(?:envoy|ambassador|representative|coordinator)) (?:for|on) (?:the )?<[LGO]\d+>, (?=<P\d+>)/g, "$1, ")) };
    const text = a.text;
    const keyOf = (i: number) => {
      const m = a.slots[i];
      if (!m) return undefined;
      if (m.kind === "Demonym") return m.country ? `government:${m.country}` : undefined;
      return m.kind === "Person" || m.kind === "Government" ? m.key : undefined;
    };
    // (not a state or demonym standing as a name's post: "then-<N> <P>" is <P>)
    // (a state's adjective before a post is the person's, not one more side: "<N> head of government <P>")
    const keys = (g?: string) => slotsIn(g?.replace(STATE_BEFORE_NAME, "").replace(PLACE_BEFORE_NAME, "")).map(keyOf).filter((k): k is string => !!k);
    /** The people named in `s` (a stretch of the placeholder text), once each. */
    const persons = (s: string) => [...new Set(keys(s).filter((k) => k.startsWith("person:")))];
    const used: [number, number][] = [];
    const free = (s: number, e: number) => !used.some(([x, y]) => s < y && e > x);
    if (this.scheduleLine(a, keyOf) || this.audienceLine(a, keyOf) || this.minutesLine(a, keyOf) || this.tableRow(a, keyOf)) return;

    // Named events
    for (const [i, slot] of a.slots.entries()) {
      if (slot.kind !== "Meeting" || !slot.key) continue;
      const at = text.indexOf(`<E${i}>`);
      let m = this.meetings.find((x) => x.key === slot.key);
      m ??= this.create(slot.head ?? "forum", a.sentence, a.sentence.start + at, { key: slot.key, label: slot.name });
      const attendee = text.slice(at).match(/^<E\d+>,? which (<[PG]\d+>) (?:is |was |will be )?(?:expected |scheduled |set |due |invited )?to attend/);
      // ("A and B both attended the NATO summit": each of them; a gathering of many is no meeting of each with each)
      const before = text.slice(0, at).match(/((?:<[PG]\d+>(?:,? and |, ))*<[PG]\d+>)([^<]{0,40}?)\b(?:attend|attending|attended|take part in|took part in|participate in|participated in|join|joined|joining)\s+(?:the\s+)?$/);
      // (not one who will not, may not or declined to: "Modi will not attend the G20 summit")
      if (before && /\b(?:not|never|declined|refused|unlikely|may|might|whether|skip|skipped|boycott\w*|invited|asked|urged|called on|wants?|hopes?|plans?)\b|n['’]t\b/.test(before[2])) before.splice(1, 1, "");
      // (one who pulls out of a summit does not call it off: "Modi pulled out of the G20 summit")
      const leaving = /\b(?:pulled out of|pulling out of|withdrew from|withdrawn from|skipped|skipping|will skip|boycotted|boycotting|stayed away from)\s+(?:the\s+)?$/.test(text.slice(0, at));
      // ("In Canberra he will hold the <E> with Y": the two who hold it, a meeting of them; "he" the last subject)
      const holder = text.slice(0, at).match(/(?:^|[,;] (?:and )?)(?:(?:[^<,;]|<[LT]\d+>){0,40} )?(?:<P(\d+)>|\b(?:he|she)\b)[^<,;]{0,30}?\b(?:hold|holds|held|co-chair|co-chairs|co-chaired|co-chairing|chair|chairs|chaired|holding) (?:the )?$/i);
      const partner = holder ? text.slice(at).match(/^<E\d+> with (?:the )?(?:<N\d+> )?<P(\d+)>/) : null;
      const host = holder?.[1] !== undefined ? keyOf(Number(holder[1])) : holder && prevSubject?.startsWith("person:") ? prevSubject : undefined;
      const pair = partner && host ? [host, keyOf(Number(partner[1]))].filter((k): k is string => !!k) : [];
      if (pair.length === 2 && pair[0] !== pair[1] && !leaving) {
        const verb = holder![0];
        const status: MeetingStatus | undefined = /\b(?:will|to|shall)\b[^<]*$/.test(verb) ? "planned" : /\b(?:held|chaired|co-chaired)\s+(?:the\s+)?$/.test(verb) && !NEGATION.test(verb) ? "held" : undefined;
        this.mention(m, a, at, at + partner![0].length, pair, status ? { status } : {});
        used.push([at, at + partner![0].length]);
        continue;
      }
      // ("X invites Y to attend the <E> which France will host in Paris": its host's leader goes too, and there)
      // (or "X invited Y to the <E> in L in July, and Y accepted": the two go, as planned)
      // (also in the inviter's own clause: "a call from X, who invited him to the <E>")
      // (and a letter's: "a letter of invitation from X, inviting Y to attend the <E>")
      const inviter = text.slice(0, at).match(/<P(\d+)>(?:, who)? (?:invites|invited|has invited|had invited) (?:the )?<P(\d+)> to (?:attend )?(?:the )?$|\b(?:letter|message)(?: of invitation)? from (?:the )?<P(\d+)>, inviting (?:the )?<P(\d+)> to (?:attend )?(?:the )?$/);
      const accepted = inviter ? text.slice(at).match(/^<E\d+>(?:[^<.;]|<[LT]\d+>){0,60}?,? and (?:<P(\d+)>|he|she) (?:has |had |quickly |readily )?accepted\b/) : null;
      const hostedIn = text.slice(at).match(/^<E\d+>,? which <[GP]\d+> (?:will|is to|is set to|would|is due to) host in <L(\d+)>/)?.[1];
      const invited = inviter && !leaving ? keys(`<P${inviter[1] ?? inviter[3]}> <P${inviter[2] ?? inviter[4]}>`) : [];
      const agreed = !!accepted && (accepted[1] === undefined || keyOf(Number(accepted[1])) === keyOf(Number(inviter![2] ?? inviter![4])));
      this.mention(m, a, at, at + `<E${i}>`.length, leaving ? [] : invited.length ? invited : keys(attendee?.[1] ?? before?.[1]), { crowd: true, ...(leaving || (agreed && invited.length) ? { status: "planned" as MeetingStatus } : {}), ...(hostedIn !== undefined && a.slots[Number(hostedIn)]?.key ? { place: a.slots[Number(hostedIn)].key! } : {}) });
      used.push([at, at + 5]);
      // "meet ... on the sidelines of <E>": the event is where that meeting happens
    }

    // (a host's meetings with two delegations told together are read apart, by delegationsReceived)
    const reserved: Scan["reserved"] = {
      delegations: / (?:led|headed) by /.test(text) ? text.match(DELEGATIONS_RECEIVED) : null,
      invitation: / invitation (?:to|for) /.test(text) ? conveyedInvitation(text) : undefined,
    };
    const twoDelegations = reserved.delegations;
    if (twoDelegations) used.push([twoDelegations.index!, twoDelegations.index! + twoDelegations[0].length]);
    // (and an invitation conveyed with a message, by conveyedInvitation: "A's invitation to pay an official visit to G" is
    // no visit of A's)
    const conveyedInvite = reserved.invitation;
    if (conveyedInvite) used.push([conveyedInvite.from, conveyedInvite.to]);

    // Verb events: "A met B", "A might meet B", "A held talks with B", "to meet with B"
    for (const v of MAY_VERB_EVENT(text) ? text.matchAll(VERB_EVENT) : []) {
      // (the sentence's own start only where it is in reach: "^" is no start mid-sentence)
      const leadMatch = `${v.index! > 60 ? " " : ""}${text.slice(Math.max(0, v.index! - 60), v.index!)}`.match(LEAD_PAIR);
      const g: Record<string, string | undefined> = { ...v.groups, lead: leadMatch?.[1] ?? leadMatch?.[2] ?? leadMatch?.[3] };
      // (a group for subject, "… regretted that the KMT delegation had met Wang and Song": none of the sentence's people)
      const groupSubject = GROUP_SUBJECT.test(text.slice(0, v.index!));
      const from = v.index!;
      const to = v.index! + v[0].length;
      if (!free(from, to)) continue;
      // ("had also attended HH the Amir's meeting with Y": the meeting of one the sentence does not name, told before)
      if (/^meeting/.test(v.groups?.verb ?? "") && /\b[A-Za-z]+['’]s (?:[a-z-]+ )?$/.test(text.slice(Math.max(0, from - 30), from))) continue;
      // (the negation of this clause, not of one before it: "have not met since they held talks in Arica")
      // (nor of a clause before a colon: "A and B are not strangers: the two met in L")
      // (the verb's first words, no word cut short: "compared notes" is not "compared not")
      const window = text.slice(Math.max(0, from - 30), from).split(/\b(?:since|after|before|when|but|because)\b|: /).pop()! + text.slice(from, from + 12).replace(/\w+$/, (w) => (/\w/.test(text[from + 12] ?? "") ? "" : w));
      if (NEGATION.test(window) || denied(text, from, to)) continue;
      // ("Real Madrid met Barcelona in the final", "met the EU halfway": no meeting of diplomats)
      if (/^(?:[^.;]{0,60}?)\b(?:in|at) the (?:final|semi-?finals?|quarter-?finals?|first round|second round|group stage|match|tournament|championship|cup final|derby|league)\b|^(?:[^.;<]|<[A-Z]\d+>){0,40}?\b(?:halfway|head-on|in the middle)\b/.test(text.slice(to))) continue;
      // ("held talks by phone": a call, not a meeting)
      // ("held a meeting by videoconference")
      if (/(?:talks|conversations?|consultations|contacts|meetings?)(?: with)?$/.test(v.groups?.verb ?? "") && /^(?:(?:[^.;<]|<[PG]\d+>){0,40}? )?(?:by (?:tele)?phone|over the (?:tele)?phone|on the (?:tele)?phone|by (?:video|tele)(?: ?link| ?call| ?conference|conferencing)?|via video(?: ?link| ?call| ?conference)?|virtually|online)\b/.test(text.slice(to))) continue;
      // ("ruled out meeting Y", "without meeting Y": a gerund that says no meeting)
      if (/^meeting$/.test(v.groups?.verb ?? "") && /\b(?:ruled out|rule out|rules out|avoid(?:ed|s|ing)?|against|refus\w+|declin\w+|reject\w+|oppos\w+|without|instead of|stopp?(?:ed)? short of|den(?:y|ied|ies))\s+$/i.test(text.slice(Math.max(0, from - 30), from))) continue;
      // ("Biden, whose envoy had met Scholz": someone unnamed met)
      if (/\bwhose (?:[a-z-]+ ){1,3}$/.test(text.slice(0, from))) continue;
      // ("What the minister did do … was meet Y": read by cleftMeeting)
      if (/^What /.test(text) && from < (text.match(CLEFT_MET)?.[0].length ?? 0)) continue;
      const verb = (g.verb ?? "").toLowerCase();
      // ("the courtesy call on Y by X": the caller after "by", read by courtesyCallBy)
      if (/^call(?:s|ing)? on$/.test(verb) && /^,? by (?:the )?/.test(text.slice(to))) continue;
      const lead = text.slice(Math.max(0, from - 45), from);
      // (paper handed over by one named, or by the "He" a sentence opens with: a "she" deep in a story of several may be
      // anyone)
      // (past an opening phrase of time: "In June she had carried that letter to L and handed it to Y")
      if (/^(?:handed|delivered|carried|brought) /.test(verb) && !/^(?:(?:In|On|At|By|Later|Earlier|Then|After) [^<.;,]{1,30}?,? (?:he|she) |(?:He|She) )(?:[^<.;]|<[LTG]\d+>)*$/.test(text.slice(0, from)) && !/<P\d+>(?!['’]s)(?:[^<.;]|<[LT]\d+>){0,80}$/.test(text.slice(0, from))) continue;
      // (nor a carrier's delivery to his own side's leader: "handed the letter to Y, who delivered it to the Prime
      // Minister")
      if (/^(?:handed|delivered|carried|brought) /.test(verb)) {
        // (or named by a post: "X gave Y a reply for Z, and the minister delivered it to the prime minister", the last
        // one named before who holds it)
        const postWord = text.slice(0, from).match(/\bthe ((?:[a-z-]+ )?(?:minister|envoy|ambassador|official|diplomat)) (?:then |later |personally )?$/)?.[1];
        const byPost = postWord ? [...text.slice(0, from).matchAll(/<P(\d+)>/g)].map((x) => x[1]).reverse().find((i) => (this.titlesOf.get(keyOf(Number(i)) ?? "") ?? []).some((t) => new RegExp(`(?<!prime )\\b${postWord}$`, "i").test(t))) : undefined;
        // (or past a clause of the giver's own: "X carried it back to the capital and handed it to Y")
        const giver = text.slice(0, from).match(/<P(\d+)>(?:, who)? (?:[^<.;]{1,60}? and )?(?:then |later |personally )?$/)?.[1] ?? byPost;
        const taker = text.slice(from, to).match(/<P(\d+)>/)?.[1] ?? text.slice(to).match(/^ (?:the )?<P(\d+)>/)?.[1];
        const [gk, tk] = [giver, taker].map((i) => (i === undefined ? undefined : keyOf(Number(i))));
        if (gk && tk && (this.knownColleagues(gk, tk) || (!!this.stateOf.get(gk) && this.stateOf.get(gk) === this.stateOf.get(tk)))) continue;
      }
      // ("invited Y to pay a visit to Z", "extended an invitation to Y to make a state visit": the invitation's, below)
      if (/\b(?:invited|inviting|invitation to) (?:the )?<[PG]\d+> to $/.test(text.slice(Math.max(0, from - 80), from)) && /^(?:pay|make)\b/.test(verb)) continue;
      let status: MeetingStatus;
      // ("flew to Moscow to meet Putin": a trip made to meet is a meeting held)
      // ("was to have met", "would have met … had the flight not been delayed": planned, and it did not happen)
      // (paper handed over in person: "took it across the bay and handed it to Y")
      const pastVerb = /^(dropped|joined|watched|toured|met|saw|held|had|(?:have|has) (?:begun|held|opened|started)|hosted|welcomed|received|paid|made|sat|called|shook|visited|began|begun|opened|started|spent|granted|gave|handed|delivered|carried|brought|reviewed|inspected|raised|talked|conferred|spoke|huddled|compared|got together|got down|went over|went through|pored over|(?:was|were) closeted|went behind)/.test(verb);
      // (and "was also to have called on Y")
      if (pastVerb && /\b(?:(?:was|were)(?: also| originally| initially| then)? to|would(?: also)?) have\s+$/.test(lead)) status = "cancelled";
      else if (pastVerb && /\b(?:could|might|may|should|must) have\s+(?:\w+ly\s+)?$/.test(lead)) status = "proposed";
      else if (pastVerb && !/\b(will|would|could|might|may|to)\s+$/.test(lead)) status = "held";
      else if (/^meeting/.test(verb) && HELD_BEFORE.test(lead) && !NEGATION.test(lead)) status = "held";
      // ("returned the visit in late December, meeting Y in Ismailia": the trip's own, in the past; "swapped Canberra for
      // her home town yesterday, hosting Y")
      else if ((verb === "meeting" || verb === "hosting") && /\b(?:\w+ed|flew|went|came|met|held|made|took|gave|spent|left|sat|saw|brought|began|swept|won)\b[^.;]{0,80}, $/.test(lead) && !NEGATION.test(lead) && !FUTURE.test(lead)) status = "held";
      else if (verb === "meeting" && /\b(?:returned|visited|travell?ed|flew|went|arrived|spent|made|paid|toured)\b[^.;]{0,60}, $/.test(lead) && !NEGATION.test(lead) && !FUTURE.test(lead)) status = "held";
      // ("Biden meets Xi at a mansion near San Francisco": the present of news, of the day, when nothing says later)
      // (with no day named: "meets Y in Arica on Monday" may be a schedule)
      // (a live blog's entry opens with its time: "06:05 GMT - A meets B at the Assembly Hall")
      else if (/^(?:meets|hosts|receives|welcomes)\b/.test(verb) && !FUTURE.test(a.sentence.text) && !/\b(?:next|tomorrow|later|upcoming|plans?|due|set to|to be|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|week|month)\b|\d/i.test(a.sentence.text.replace(LIVE_ENTRY, "")) && !NEGATION.test(lead)) status = "held";
      // ("Foreign Minister X is receiving him", in a live blog: now; "is meeting Y on Friday": ahead)
      else if (/^(?:is|are) /.test(verb) && !NEGATION.test(lead)) status = /\b(?:next|tomorrow|later|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|this (?:week|month)|in (?:January|February|March|April|May|June|July|August|September|October|November|December))\b/.test(text.slice(to, to + 60)) ? "planned" : "held";
      // ("did meet Y on March 3": an emphatic past, not a question or a negation)
      else if (/^meet(?: with)?$/.test(verb) && /\bdid (?:in fact |indeed |eventually |finally |briefly )?$/.test(lead) && !/\b(?:[Dd]id not|[Dd]idn['’]t|[Ww]hether|[Ii]f|[Nn]ever)\b/.test(lead)) status = "held";
      // ("was to have travelled to L on Friday to meet Y": a trip planned that did not happen)
      else if (/^meet/.test(verb) && /\b(?:was|were) to have (?:flown|travell?ed|gone|come|driven|headed)\b[^<.]{0,12}(?:<[LG]\d+>[^<.]{0,24})?\bto\s+$/.test(lead)) status = "cancelled";
      // ("had been due in L on Wednesday to meet Y", "is expected in L next week to meet Y": a trip planned, there)
      else if (/^meet/.test(verb) && /\b(?:is|are|was|were|had been|has been) (?:due|expected|scheduled|set) (?:in|at) (?:the )?<[LG]\d+>(?:[^<.;]{0,30})? to\s+$/.test(text.slice(Math.max(0, from - 80), from)) && !NEGATION.test(lead)) status = "planned";
      // (and one shown in to see: "X was ushered in to see Y at the palace")
      else if (/^(?:meet|see\b)/.test(verb) && /\b(?:flew|flown|travell?ed|went|gone|came|arrived|returned|drove|headed|ushered|shown)\b[^<.]{0,12}(?:<[LG]\d+>[^<.]{0,24})?\bto\s+$/.test(lead) && !NEGATION.test(lead)) status = "held";
      // (or was there, in the past, to meet one: "X was at the airport to meet the minister, and the two spent an hour
      // together")
      else if (/^meet/.test(verb) && /\b(?:was|were) (?:at|on) (?:the )?(?:<L\d+>|(?:[a-z-]+ ){0,2}(?:airport|tarmac|steps|border|port|quay|pier|station|gate|door|foot of the [a-z]+)) to\s+$/.test(lead) && !NEGATION.test(lead)) status = "held";
      // ("X's first trip abroad as prime minister was to Jakarta in April 1992 to meet Y": a trip made)
      else if (/^meet/.test(verb) && /\b(?:trip|visit|journey|voyage)\b[^<.;]{0,60}\bwas to (?:the )?<[LG]\d+>[^<.;]{0,24}\bto\s+$/.test(text.slice(Math.max(0, from - 120), from)) && !NEGATION.test(lead)) status = "held";
      // ("sent Foreign Minister X to meet Y in Damascus on Monday": an envoy sent is a meeting held; one still to be sent is planned)
      else if (/^meet/.test(verb) && /\b(?:sent|dispatched)\s+(?:[^<.]{0,30})?<P\d+>,?\s+to\s+$/.test(lead) && !NEGATION.test(lead) && !FUTURE.test(lead)) status = "held";
      // ("agreed during a phone call on Tuesday to meet in Ankara next month")
      // ("is scheduled to travel to Vilnius next week to visit … and to meet Y": the plan's second purpose)
      // ("X was to hold consultations with Y": a plan told in the past; not "if A and B were to meet")
      else if (/\b(will|is to|are to|is set to|agreed to)\s+$/.test(lead) || (/\b(?:was|were) to\s+$/.test(lead) && !/\b(?:[Ii]f|[Uu]nless|[Ww]hether)\b/.test(text.slice(0, from))) || /\bagreed\b[^<.;]{0,60}? to\s+$/.test(text.slice(0, from)) || /^will /.test(verb) || PLANNED.test(lead) || (/\band to\s+$/.test(lead) && /\b(?:is|are) (?:set|due|scheduled|expected|planning|going) to\b[^.;]*$/.test(text.slice(0, from)))) status = "planned";
      // ("is set to host Y", "said she would meet Y in Ottawa in April": a plan, told)
      else if ((/^to /.test(verb) && /\b(?:is|are|was|were)(?: (?:set|due|scheduled|expected))?\s+$/.test(lead) && !/\b(?:[Ii]f|[Uu]nless|[Ww]hether)\b/.test(text.slice(0, from))) || /\bsaid(?: (?:on|last) [A-Z][a-z]+)? (?:that )?(?:he|she|they|it|<[PG]\d+>|the two (?:leaders|men|women|sides|ministers|presidents)|both (?:leaders|sides|men)) would\s+$/.test(lead) || (/^would /.test(verb) && /\b(?:said|announced|confirmed)(?: (?:on|last) [A-Z][a-z]+)? (?:that )?(?:[^<.;]{0,20})?<[PG]\d+> $/.test(lead))) status = "planned";
      // ("X's meeting with Y in Munich was cordial": what the noun's own words say)
      // ("Macron meets Scholz in Berlin on Friday": a schedule in the present tense; a caption with a past date, held)
      // (and a pair's present: "A and B meet in Budapest on 5 March", a takeaway's line)
      else if ((/^(?:meets|hosts|holds|receives|welcomes)\b/.test(verb) || (/^meet$/.test(verb) && /<P\d+> and <P\d+> $/.test(lead))) && !NEGATION.test(lead)) {
        const when = this.dateNear(a, from, to, to + 60, undefined);
        status = when && this.articleDate && when.length >= 10 && when < this.articleDate.slice(0, 10) && !/\b(?:on|this|next) [A-Z][a-z]+day\b|\btoday\b/.test(text.slice(to, to + 60)) ? "held" : "planned";
      }
      // (and a call's noun, "X's courtesy call on Y … has been postponed": what its words say)
      else status = (/^meeting/.test(verb) || (/^call on/.test(verb) && /['’]s (?:courtesy |farewell |introductory )?$/.test(lead)) ? statusCue(text, from, from + verb.length) : undefined) ?? "proposed";
      if (/^meeting/.test(verb) && /\bno (?:such |formal |direct |further |new |planned )?$/.test(lead)) continue; // "held no meeting with"
      // ("What I can confirm is the meeting with Y": the one already told of, if any; the noun's own reading says)
      if (/^meeting with/.test(verb) && /\b(?:the|that|this) $/i.test(lead) && !left0(text, from) && [...this.meetings].some((x) => keys(g.b ?? "").every((k) => x.participants.has(k)))) continue;
      if (status === "held" && DOUBTED_BEFORE.test(text.slice(Math.max(0, from - 120), from))) continue;
      // ("It would be the first time A and B had met": a first meeting still ahead says they have not met)
      if (status === "held" && FIRST_TIME_AHEAD.test(text.slice(Math.max(0, from - 120), from))) continue;
      // ("X has proposed that A, B and C meet in Darwin": a meeting put forward, in the subjunctive)
      if ((status === "planned" || status === "held") && /^meet(?: with)?$/.test(verb) && /\b(?:proposed|suggested|recommended|urged) that\b[^.;]*$/.test(text.slice(Math.max(0, from - 120), from))) status = "proposed";
      // ("It is unclear whether A will meet B": not yet a plan)
      if (status === "planned" && DOUBTED_BEFORE.test(text.slice(Math.max(0, from - 120), from))) status = "proposed";
      // ("Neither A nor B met C"; "Reporters asked whether A had met B": nothing told; "If A had met B", "Had A met B,
      // …": a meeting supposed, not held)
      const clause = text.slice(0, from).split(/[,;:]\s/).pop()!;
      if (/\b(?:[Nn]either|[Ww]hether)\b|\b(?:[Aa]sked|wondered|know|knows|unclear) if\b/.test(clause)) continue;
      if (status === "held" && (/(?:^|\s)(?:[Ii]f|[Uu]nless)\b/.test(clause) || /^Had\b/.test(clause))) status = "proposed";
      // ("X wanted the border reopened before the two leaders sat down together": a condition, not a meeting told)
      if (status === "held" && /\b(?:wanted|wants|insisted|insists|demanded|demands|would|will|must|should|needs?|needed|expects?|expected|hoped|hopes|refused|refuses)\b[^.;]*\b(?:before|until|unless|once)\s+(?:[^\s<]+\s+){0,3}$/.test(clause)) status = "proposed";
      // (a plan only reported by others is one proposed: "a wire agency is reporting, citing unnamed diplomats, that A
      // will sit down with B")
      if ((status === "held" || status === "planned") && HEARSAY_BEFORE.test(text.slice(Math.max(0, from - 120), from))) status = "proposed";
      // ("The programme had X calling on Y at 10am today": on the programme, so planned)
      if (status === "proposed" && ON_PROGRAMME.test(text.slice(Math.max(0, from - 80), from))) status = "planned";
      if (status !== "held" && CANCELLED.test(text)) status = "cancelled";
      let left: string[] = [];
      // "The three countries' leaders last met in Chengdu": the states (or people) of the last meeting of three
      const group = text.slice(Math.max(0, from - 60), from).match(LEAD_GROUP);
      if (group && !g.lead) {
        const n = COUNT_WORDS[group[1].toLowerCase()];
        const last = [...this.meetings].filter((x) => x.lastAt < a.sentence.start).sort((x, y) => y.lastAt - x.lastAt).find((x) => {
          const ps = [...x.participants];
          return ps.filter((p) => p.startsWith("person:")).length === n || ps.filter((p) => p.startsWith("government:")).length === n;
        });
        const ps = [...(last?.participants ?? [])];
        const persons = ps.filter((p) => p.startsWith("person:"));
        left = persons.length === n && !group[2] ? persons : ps.filter((p) => p.startsWith("government:"));
      } else if (g.lead) {
        // "the two leaders": the two people this sentence named before, else the last meeting's, else the last pair
        const named = persons(text.slice(0, from));
        // (a pair whose only meeting so far was held, to meet again: "The two leaders agreed to meet again in Brazil")
        const at = a.sentence.start + from;
        const last = this.recent("summit", undefined, at, status !== "held") ?? (status !== "held" ? this.recent("summit", undefined, at) : undefined);
        // (a pair the sentence before spoke of together, by phone or in talks, comes before an older meeting's: "A
        // spoke by phone with B on Tuesday. The two leaders will meet in Paris")
        const lastPair = [...(last?.participants ?? [])].filter((p) => p.startsWith("person:"));
        // (a pair is two: the last meeting of three or more says nothing of which two)
        // (else the last pair named together: "The agreement was signed by A and B. … After the ceremony, the two
        // ministers held a meeting")
        // (a post named, "the two foreign ministers", must be theirs: the pair named long before may be others)
        const post = g.lead?.match(/\b(presidents|prime ministers|foreign ministers|ministers|kings|emirs|chancellors|envoys)\b/i)?.[1].toLowerCase().replace(/s$/, "");
        // (one named with no post at all may hold it: "his Bolivian counterpart, X")
        const holdsPost = (p: string) => !post || !(this.titlesOf.get(p) ?? []).length || (this.titlesOf.get(p) ?? []).some((t) => new RegExp(`\\b${post}\\b`).test(t));
        const earlier = (this.pairNamed ?? []).every(holdsPost) ? (this.pairNamed ?? []) : [];
        // (and a pair named since the last meeting was told, a few sentences back: "… a report that A had met B. "A has
        // not met B," X said. The website had said that the two men met" is A and B)
        // (not "the two leaders" for two who lead no state: "Ms A and Ms B did not meet, she added. … The two leaders
        // last held formal talks in L")
        const leads = (p: string) => (this.titlesOf.get(p) ?? []).some((t) => /\b(?:president|prime minister|premier|chancellor|king|queen|emir|amir|sultan|leader)$/i.test(t) && !/\b(?:vice|deputy)\b/i.test(t));
        const since = earlier.length === 2 && this.pairNamedAt > Math.max(-1, ...(last?.sentences ?? []).map((x) => x.index)) && a.sentence.index - this.pairNamedAt <= 3 && (!/\b(?:leaders|heads(?: of state)?)\b/i.test(g.lead ?? "") || earlier.every(leads));
        left = named.length === 2 ? named : prevPair.length === 2 && prevPair.every(holdsPost) ? prevPair : since ? earlier : lastPair.length === 2 && lastPair.every(holdsPost) ? lastPair : earlier;
        if (left.length < 2) left = prevPair;
        // (one of the pair named in the clause after it, "The two last met when X visited L": a pair with X, else none)
        const when = text.slice(to).match(/^(?:[^<.;]|<[LT]\d+>){0,40}?\bwhen (?:the )?<P(\d+)>/)?.[1];
        const one = when !== undefined ? keyOf(Number(when)) : undefined;
        if (one?.startsWith("person:") && !left.includes(one)) {
          const theirs = [...this.meetings].reverse().map((x) => [...x.participants].filter((p) => p.startsWith("person:"))).find((ps) => ps.length === 2 && ps.includes(one));
          if (!theirs) continue;
          left = theirs;
        }
        // ("President Biden spoke with Prime Minister Modi. The two presidents met …": not a pair of presidents)
        const role = g.lead?.match(/\b(presidents|prime ministers|foreign ministers|kings|emirs|chancellors)\b/i)?.[1].toLowerCase().replace(/s$/, "");
        // (else the only two the article has named with that post: "President X received a letter from Y, the French
        // president … The two presidents have not met since they held talks in …")
        // (also instead of a pair one of whom the article never gives that post: an envoy who met one president)
        const titled = (p: string) => !!role && this.holds(p, role);
        // (not a deputy's post, "Deputy Prime Minister X"; and of more than two, those named so far: "The two prime
        // ministers last met …", before a third is named)
        const chief = (p: string) => !(this.titlesOf.get(p) ?? []).some((t) => t.endsWith(role ?? "") && /\b(?:vice|deputy)\b/i.test(t));
        const every = role && (left.length < 2 || !left.every(titled)) ? this.holdersOf(role).filter(chief) : [];
        const two = every.length > 2 ? this.holdersOf(role!, a.sentence.index).filter(chief) : every;
        if (two.length === 2) left = two;
        // ("the two leaders" after a pair who lead no state, a minister and an adviser: the only two leaders named in this
        // sentence and the three before, "a letter from President X addressed to President Y. … X proposes that the two leaders meet")
        // (a territory's governor leads it too: "the Governor of American Samoa")
        const leader = (p: string) => (this.titlesOf.get(p) ?? []).some((t) => /\b(?:president|prime minister|premier|chancellor|king|queen|emir|amir|sultan|leader|head of state|governor)$/i.test(t) && !/\b(?:vice|deputy|lieutenant)\b/i.test(t));
        const leaders = !role && /\b(?:leaders|heads(?: of state)?)\b/i.test(g.lead ?? "") && left.length === 2 && left.some((p) => (this.titlesOf.get(p) ?? []).length && !leader(p)) ? [...new Set(this.namedIn.filter((x) => a.sentence.index - x.index <= 5).map((x) => x.key))].filter(leader) : [];
        if (leaders.length === 2) left = leaders;
        // (and with no pair told before: "X received a letter from Y. The two Heads of State last met in L in 2024")
        const onlyTwo = !role && left.length < 2 && /\b(?:leaders|heads(?: of state)?)\b/i.test(g.lead ?? "") ? [...new Set(this.namedIn.filter((x) => a.sentence.index - x.index <= 5).map((x) => x.key))].filter(leader) : [];
        if (onlyTwo.length === 2) left = onlyTwo;
        if (role && left.some((p) => (this.titlesOf.get(p) ?? []).length && !this.titlesOf.get(p)!.some((t) => t.endsWith(role)))) left = [];
        // ("The two sides first met in Mexico City in 2021": the parties, not the two people who met last)
        if (/\b(?:sides|delegations|teams|countries|governments)\b/i.test(g.lead ?? "")) left = [...(last?.participants ?? [])].filter((p) => !p.startsWith("person:"));
      } else {
        // "X told Y officials that he was willing to meet Z": a pronoun after the last name is the last person named
        // (after "where", the one who travelled there: "trips by X to Kyiv, where he met Y, and to Moscow, where he …")
        const traveller = /, where (?:he|she)\b[^<]{0,60}$/.test(text.slice(0, from))
          ? // (or stayed: "He said X had spent Tuesday in Baku, where he received Y")
            text.slice(0, from).match(/\b(?:trips?|visits?|tour|journey) by <P(\d+)>|<P(\d+)> (?:[a-z]+ ){0,3}(?:travell?ed|flew|went|returned|arrived|headed|spent|stayed|remained|travel|fly|go|head)\b/)
          : null;
        // (in a clause of time after the main one, the main clause's subject: "Wang called on Modi and conveyed greetings
        // from Xi to him, a day after he held talks with Jaishankar" is Wang's meeting)
        // (and in a clause about what the subject carried: "X brought a letter from Z to Y, which he handed to Y")
        const mainSubject = /\b(?:after|before|when|as|while|since|until|once) (?:he|she)\b[^<]{0,60}$|\b(?:which|that) (?:he|she) (?:later |then |personally )?$/.test(text.slice(0, from)) ? text.match(/^(?:[^<,.;]{0,30}, |[Tt]he )?<P(\d+)>/)?.[1] : undefined;
        // (a "he" again after a sentence that opened with one: "In Canberra he will hold … with Y, and he will call on Z")
        const sameHe = /^(?:[^<.;]|<[LT]\d+>)*?\b(?:he|she)\b/i.test(text) && prevSubject?.startsWith("person:") ? prevSubject : undefined;
        // (past a place: "In June she had carried that letter to <G> and handed it to Y")
        const pronoun = /\b(?:he|she)\b(?:[^<]|<[LG]\d+>){0,60}$/.test(text.slice(0, from)) ? (traveller ? keyOf(Number(traveller[1] ?? traveller[2])) : mainSubject !== undefined ? keyOf(Number(mainSubject)) : (sameHe ?? lastPerson(text.slice(0, from), keyOf))) : undefined;
        // "led by X, who met Y": the relative pronoun stands for the name before it
        // (past an apposition of the name: "received X, President of the Republic of <G>, who subsequently met")
        // (and "X, who had been scheduled to meet Y")
        const relative = text.slice(0, from).match(/<P(\d+)>, (?:[^<,;.]|<[GOLN]\d+>){2,80}, who (?:[a-z]+ ){0,2}$/) ?? text.slice(0, from).match(/<[PG](\d+)>,? who (?:[a-z]+ ){0,2}$|<[PG](\d+)>,? who (?:had|has|was|were) (?:been )?(?:scheduled|due|set|expected) to $/);
        // "Y had asked him to meet Z": the one asked meets (a pronoun: the person the sentence opened with, not Y)
        const asked = text.slice(0, from).match(/(?:<P(\d+)>[^<]{0,30})?\b(?:asked|urged|invited|encouraged|pressed|called on) (?:(him|her)|<P(\d+)>) to (?:[a-z]+ ){0,2}$/);
        const opener = asked?.[2] ? [...text.matchAll(/<P(\d+)>/g)].map((x) => keyOf(Number(x[1]))).find((k) => k && k !== (asked[1] ? keyOf(Number(asked[1])) : undefined)) : undefined;
        const askedOne = asked ? (asked[3] ? keyOf(Number(asked[3])) : opener) : undefined;
        // "its delegation, headed by X, had met Y": the one who led it
        const headed = text.slice(0, from).match(/\b(?:delegation|team|negotiators|envoys|mission),? (?:headed|led) by <P(\d+)>,?(?: [a-z]+){0,3} $/);
        // "X, Oman's foreign minister, met": the name before the apposition, not the state in it
        // (also "X, then Vice President <P>'s national security adviser, met")
        const appositive = text.slice(0, from).match(/<P(\d+)>, (?:the |a |an |his |her |its |their |then |then-)?(?:[a-z-]+ )?(?:(?:[A-Z][\w-]+ ){0,3}<[PGNO]\d+>(?:'s)? )?[a-z][a-z -]{0,40}, (?:[a-z]+ ){0,2}$/);
        // ("welcomed Y's offer to meet Z": Y's meeting with Z)
        // (and "a request by X for a bilateral meeting with Z": X's)
        const offerer = text.slice(0, from).match(/<[PG](\d+)>['’]s (?:[a-z-]+ )?(?:offer|proposal|plan|bid|attempt|decision|invitation|request|call|desire|wish|intention|readiness|willingness) to (?:[a-z]+ ){0,2}$/) ?? text.slice(0, from).match(/\b(?:request|proposal|offer|bid)s? (?:by|from) (?:the )?<P(\d+)> for (?:a|an) (?:[\w'-]+ ){0,2}$|<P(\d+)>['’]s (?:[a-z-]+ )?(?:request|proposal|offer|bid) for (?:a|an) (?:[\w'-]+ ){0,2}$/);
        // (a second verb of a sentence that opened with "He": "He was met at L by X, and held talks the next day with Y")
        const openingHe = /^(?:[^<.;]{0,40}, )?(?:He|She) /.test(text) && /, and (?:later |then |also )?$/.test(text.slice(0, from)) && prevSubject?.startsWith("person:") ? prevSubject : undefined;
        // ("X said the ambassador met Y", "X said that on March 12 the envoy called on Y": the verb's subject is the one
        // the noun names, not the one who said it)
        const nounSubject = !askedOne && !offerer && !headed && !relative && !appositive && !pronoun && REPORTED_NOUN_SUBJECT.test(text.slice(0, from));
        const subj = nounSubject ? undefined : askedOne ?? (offerer ? keyOf(Number(offerer[1] ?? offerer[2])) : headed ? keyOf(Number(headed[1])) : relative ? keyOf(Number(relative[1] ?? relative[2])) : appositive ? keyOf(Number(appositive[1])) : pronoun ?? openingHe ?? subjectSlot(text, from, keyOf));
        // ("The president wants to sit down with Y": the one person of the article with that post, not Y)
        // (the post is the clause's subject, before its state's demonym: "the Indonesian minister met Y" is of that state)
        const byPost = askedOne || offerer || headed || relative || appositive ? undefined : this.holderOf(text.slice(0, from).match(TITLE_SUBJECT), a, keys(g.b ?? ""));
        // ("The Minister last met Mr Y", where the article names several ministers: someone, not the last one named)
        // (and "The UN envoy met first with …", an organisation's post no one holds by name here)
        const unknownPost = !byPost && !subj && /^(?:[^<.;]{0,30}, )?["']?The (?:(?:[A-Z][a-z]+|<[ONG]\d+>) ){1,3}(?:[a-z]+ ){0,3}$/.test(text.slice(0, from));
        // (with no subject, "A meeting with X, scheduled for this afternoon, was called off": the one the story already
        // gave a meeting with X, before the one the last sentence was about)
        const met = keys(g.b ?? "").filter((p) => p.startsWith("person:"));
        const subjectless = !byPost && !subj && met.length === 1 && /^(?:[^<.;]{0,20} )?(?:A|An)(?: [a-z-]+){0,2} $/.test(text.slice(0, from));
        const known = subjectless ? [...this.meetings].filter((x) => x.lastAt < a.sentence.start + from && x.participants.has(met[0])).map((x) => [...x.participants].filter((p) => p.startsWith("person:") && p !== met[0])).filter((ps) => ps.length === 1).pop() : undefined;
        // (else the one the story is about: a profile's "A meeting with President X was called off at short notice")
        // (or the one other person with a post the sentence names: "A tour with Y, set for Wednesday, was nixed after
        // X's flight home was moved up")
        const others = subjectless && !known ? [...new Set(persons(text).filter((p) => p !== met[0] && this.titlesOf.has(p)))] : [];
        const lead = others.length === 1 ? others : subjectless && !known && this.lead && this.lead !== met[0] ? [this.lead] : undefined;
        left = groupSubject || (nounSubject && !byPost) ? [] : byPost ? [byPost] : subj ? [subj] : (known ?? lead ?? (prevSubject && !unknownPost ? [prevSubject] : []));
        // ("A and B, who have praised each other's programmes, last met in L": the pair before the relative clause;
        // "…, agreed to meet again in L")
        const pairWho = text.slice(0, from).match(/^(?:[^<.;]{0,30}, )?<P(\d+)> and <P(\d+)>, who (?:[^<;.]|<[GNLOE]\d+>){1,120}, (?:(?:last|first|later|then|also|have|had|finally) )*(?:(?:agreed|decided|promised|pledged|vowed|resolved|plan|planned|hope|hoped|are due|were due|are expected|are set) to (?:[a-z]+ ){0,2})?$/);
        if (pairWho) left = [keyOf(Number(pairWho[1])), keyOf(Number(pairWho[2]))].filter((k): k is string => !!k);
        // ("X brought Z a message from Y, which he said she had given him when the two met in L": the carrier and the
        // sender)
        const gaveWhen = text.slice(0, from).match(/<P(\d+)>(?: [a-z]+){0,2} (?:brought|delivered|handed|carried|passed on|conveyed)\b(?:[^.;<]|<P\d+>(?= an? ))*?\b(?:letter|message|note)s? from (?:[A-Z][a-z]+ ){0,3}<P(\d+)>, which (?:[a-z]+ ){0,3}(?:had |has )?(?:given|handed|passed|sent) (?:him|her) when the two $/);
        if (gaveWhen) left = [keyOf(Number(gaveWhen[1])), keyOf(Number(gaveWhen[2]))].filter((k): k is string => !!k);
        // "when they met in Islamabad": the two people this sentence named before, else the pair of the sentence before
        // ("They agreed to meet again in Berlin", "They are expected to meet", "they will meet")
        if (!g.b && THEY_BEFORE.test(text.slice(0, from))) {
          const before = persons(text.slice(0, from));
          left = before.length >= 2 ? before.slice(-2) : prevPair;
          // ("The two ministers first floated the idea … when they met": the pair of the last meeting)
          if (left.length < 2 && /^(?:[^<.;]{0,20} )?(?:[Tt]he two|[Bb]oth) (?:leaders|ministers|foreign ministers|presidents|prime ministers|men|women|envoys)\b/.test(text)) {
            const lastPair = [...(this.recent("summit", undefined, a.sentence.start + from)?.participants ?? [])].filter((p) => p.startsWith("person:"));
            if (lastPair.length === 2) left = lastPair;
          }
        }
        // ("A and B are not strangers: the two spoke face to face in L": the two named before the colon)
        if (!g.b && /(?:^|[:;] )the two (?:(?:also|then|later|briefly|first|last|had|have) )*$/.test(text.slice(0, from))) {
          const before = persons(text.slice(0, from));
          if (before.length >= 2) left = before.slice(-2);
        }
        // "Modi and Sharif met": a coordinated subject meets as a pair
        // ("Japanese officials and their North Korean counterparts met": the two states)
        // ("Santos and the FARC leader Rodrigo Londono, known as Timochenko, met": past an apposition)
        // ("A, …, and a Saudi assistant foreign minister, B, met at the ministry": a post set off before the second)
        // (and past a post set off after the first: "A, then US Secretary of State, and B held their first meeting")
        const pair = text.slice(0, from).match(PAIR_BEFORE_VERB);
        // ("A and B will hold separate talks with C": both, each with C; "A and his counterpart B met C": the three
        // people; not states: "as the U.S. and Seoul prepare for a meeting with Kim" is theirs with him)
        // (not those who speak for them: "Aides to A and B met in Athens" is no meeting of A and B)
        // (a state's delegates are that state: "delegations from the United States and Cuba met")
        const proxies = pair && (pair[1] === "P" || pair[3] === "P") && /\b(?:aides|advisers|advisors|representatives|envoys|emissaries|officials|delegates|delegations|negotiators|deputies|lawyers|staff|teams|sherpas|intermediaries) (?:to|of|for|from|representing) (?:the )?$/i.test(text.slice(0, pair.index));
        if (proxies) left = [];
        else if (pair && (!g.b || /\bseparate\b/.test(verb) || (pair[1] === "P" && pair[3] === "P")))
          left = [keyOf(Number(pair[2])), keyOf(Number(pair[4]))].filter((k): k is string => !!k);
        // "The foreign ministers of A, B and C will meet": all the states listed
        const ofList = text.slice(0, from).match(/\b(?:ministers|leaders|officials|envoys|representatives|delegations|negotiators|heads of state|presidents|diplomats) of (?:the )?(<[GN]\d+>(?:, (?:the )?<[GN]\d+>)*,? and (?:the )?<[GN]\d+>)[^<]{0,30}$/);
        if (ofList && !g.b) left = keys(ofList[1]);
        // "A, B and C met in Nicosia": the three
        // (also each with their state: "… – A of Mali, B of Burkina Faso and C of Niger – met")
        // (and after "that": "X has proposed that A, B and C meet in Darwin"; or "where": "at L, where A, B and C met";
        // or a long opening phrase set off: "On Monday morning, after watching the run, A, B and C held a session")
        const list = text.slice(0, from).replace(/(<P\d+>) of (?:the )?<G\d+>/g, "$1").replace(/<G\d+>['’]s (?:[A-Z][a-z]+ ){1,3}(?=<P)/g, "").match(/^(?:[^<]{0,40}|[^<.;]{0,140}, |.*?[–—] |.*? that |.*?, where )?((?:<[PGN]\d+>, )+<[PGN]\d+>,? and <[PGN]\d+>)(?: [–—])?[^<]{0,30}$/);
        if (list && !g.b && !proxies) left = keys(list[1]);
        // ("A of Mali, B of Burkina Faso and C of Niger – met X": a list right before the verb is its subject)
        const subjects = g.b && !proxies ? text.slice(0, from).replace(/(<P\d+>) of (?:the )?<G\d+>/g, "$1").match(/(?:^|[–—,:] )((?:<P\d+>, )+<P\d+>,? and <P\d+>)(?: [–—])? (?:(?:also|then|later|jointly|together) )?$/) : null;
        if (subjects) left = keys(subjects[1]);
        // "He and Japarov hold talks": the one the sentence before was about, and the other
        const heAnd = !pair && !list ? text.slice(0, from).match(/(?:^|[,;] |\band )(?:[^<.;]{0,30} )?(?:He|he|She|she) and <P(\d+)>[^<]{0,30}$/) : null;
        const other = heAnd ? keyOf(Number(heAnd[1])) : undefined;
        const he = prevSubject?.startsWith("person:") ? prevSubject : undefined;
        if (heAnd && other && he && he !== other && !g.b) left = [he, other];
      }
      // ("met a Ukrainian delegation led by X": the state and the one who led it)
      const right = keys(g.b ? untitled(g.b.replace(APPOS_RE, "")) : g.bn).concat(g.bl ? keys(untitled(g.bl)) : []);
      // ("On Jan. 13, X hosted him in her hometown of Nara": "him" the one the sentence before was about)
      // (or, past "where", the traveller the sentence opened with: "X flies to L on Wednesday, where Y is scheduled to
      // receive him")
      // (or the one driven or taken there: "he drove <P> from the airport to <L>, where Y received him")
      const inWhere = /, where (?:[^<.;]|<[NG]\d+>)*<P\d+> (?:[a-z]+ ){0,3}$/.test(text.slice(0, from));
      const traveller = inWhere ? (text.match(/^(?:[^<.;,]{0,30}, )?<P(\d+)> (?:[a-z]+ ){0,2}(?:flies|flew|travels|travelled|traveled|goes|went|heads|headed|arrives|arrived|will fly|will travel)\b/)?.[1] ?? text.slice(0, from).match(/\b(?:drove|escorted|took|brought|accompanied) (?:the )?<P(\d+)>(?:[^.;<]|<[LGO]\d+>){0,80}? to (?:the )?<L\d+>, where /)?.[1]) : undefined;
      const opener = traveller !== undefined ? keyOf(Number(traveller)) : undefined;
      // (else one the sentence named before the verb: "shortly after the President arrived in L, X called on him")
      const namedBefore = [...text.slice(0, from).matchAll(/<P(\d+)>/g)].map((x) => keyOf(Number(x[1]))).filter((k): k is string => !!k?.startsWith("person:") && !left.includes(k));
      const pronounOf = opener?.startsWith("person:") && !left.includes(opener) ? opener : prevSubject?.startsWith("person:") && !left.includes(prevSubject) ? prevSubject : new Set(namedBefore).size === 1 ? namedBefore[0] : undefined;
      // (the pronoun right after the verb, or read as a possessive by the verb's pattern: "to receive her before …")
      const him = !right.length && (/^(?:him|her)\b/.test(text.slice(to)) || / (?:him|her) $/.test(v[0])) && /^(?:hosted|received|welcomed|met|visited|called on|(?:will|to) (?:receive|welcome|host|meet)|(?:paid|made) (?:a |an )?(?:[a-z]+ )?(?:call|visit) on|spent [a-z ]+ with)$/.test(verb) ? pronounOf : undefined;
      if (him) right.push(him);
      // (such a group's meeting with people a meeting told before already had: that one, told again)
      if (!left.length && groupSubject && right.length && this.meetings.some((x) => x.statuses.includes("held") && right.every((p) => x.participants.has(p)))) continue;
      // "Iraq and Oman hosted five rounds of talks": hosts meet their guests, not each other
      if (/^(?:hosted|welcomed|received|hosts|will host|to host|(?:will|to) (?:receive|welcome))$/.test(verb) && !right.length) continue;
      // ("had met Kim in Pyongyang, together with the South's intelligence chief, Suh Hoon": one more at the table;
      // so is the one who hosts or chairs: "held talks in Brussels hosted by European Council President Charles Michel")
      const along0 = text.slice(to).match(/^(?:[^.;<]|<[LGNO]\d+>|<P\d+>'s(?= <O)|\b(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.){0,110}?,? (?:together with|along with|alongside|accompanied by|(?:hosted|chaired|convened|presided over) by|in the presence of|under the (?:chairmanship|chairwomanship|chairpersonship|auspices|mediation) of) (?:the )?(?:(?:[^<,;.]|<[GNO]\d+>){0,60}, )?(?:<[GNO]\d+> (?:[A-Z][a-z]+ ){0,3})?<P(\d+)>/);
      // ("alongside Z" of talks held, not of a meeting someone was due to have: "had been due to meet Y alongside A, B and C")
      const along = along0 && / alongside /.test(along0[0]) && /\b(?:to|due|will|would|could)\s+$/.test(text.slice(Math.max(0, from - 12), from)) ? null : along0;
      // (and the rest of a list after the first in whose presence: "…, Hon. A, and Sudan's ambassador in Juba, Amb. B")
      const alongRest = along && / in the presence of /.test(along[0]) ? text.slice(to + along[0].length).match(/^(?:(?:,| and|, and) (?:the )?(?:(?:[^<,;.]|<[GNOL]\d+>(?:['’]s)?){0,60}, )?(?:[A-Z][a-z]+\.? )?<P\d+>)+/)?.[0] : undefined;
      const alongPeople = along ? [...keys(`<P${along[1]}>`), ...keys(alongRest).filter((k) => k.startsWith("person:"))] : [];
      // ("met briefly, for about 25 minutes at Bayan Palace, with Al-Yahya present": one more at the table)
      // ("called on Y at his residence, where Z was also present")
      const present =
        // (or looking on: "A and B met and exchanged copies of … at the <O>, with C looking on")
        // (a list too: "…, with Foreign Minister A and G's Foreign Minister B present"; one posted, "with G's High
        // Commissioner to H present"; one of a body, "with the Tigers' chief negotiator C at the table" or "round the
        // table"; and a host: "with C of the foundation <O> as their host"; and past a post with commas, "with the
        // Minister of State, Petroleum Resources (Oil), C, part of the <N> team at the table")
        text.slice(to).match(/^(?:[^.;<]|<[LGNO]\d+>|<[OP]\d+>['’]s){0,120}?,? with (?:the )?(?:(?:[^<,;.]|<[GN]\d+>|<O\d+>['’]s?){0,40} |[A-Z][^<;.]{0,60}, )?(<P\d+>(?:(?:,| and|, and) (?:<G\d+>['’]s )?(?:[A-Z][a-z]+ ){0,3}<P\d+>)*),? (?:of (?:the )?(?:[a-z-]+ ){0,3}<O\d+> |(?:to|in) (?:the )?<[GL]\d+> |part of the (?:<N\d+> |[a-z]+ )?(?:team|delegation|side) (?=at the table))?(?:also )?(?:present|in attendance|attending|sitting in|looking on|watching|hosting|taking part(?: in the (?:talks|meeting))?|in the (?:meeting|room|talks|audience)|(?:at|round|around) the table|as (?:their|the) hosts?)\b/) ??
        // (past the one's post set off: "…, where Y, Government Counsellor-Minister for External Relations, was also
        // present")
        text.slice(to).match(/^(?:[^.;<]|<[LGNO]\d+>){0,80}?, where (?:the )?(<P\d+>)(?:, (?:[^<.;,]|<[GO]\d+>){1,100},)? (?:was|were) (?:also )?(?:present|in attendance)\b/) ??
        // (or one who took part in the talks that followed: "…, followed by talks in which G's Minister for X, Z,
        // also took part")
        text.slice(to).match(/^(?:[^.;<]|<[LGNO]\d+>){0,120}?,? (?:followed by )?(?:talks|a meeting|discussions) in which (?:the )?(?:<[LGN]\d+>['’]s [^<,;.]{1,60}, )?(<P\d+>),? (?:also )?took (?:a full )?part\b/) ??
        // (or in a clause of its own: "…, and the president of the <O>, Z, took a full part in their talks")
        text.slice(to).match(/^(?:[^.;<]|<[LGNO]\d+>|<[OP]\d+>['’]s){0,120}?,? and (?:the )?(?:[a-z]+ of (?:the )?<[OGL]\d+>, )?(<P\d+>),? (?:also )?took (?:a full |an active )?part in (?:their|the) (?:talks|meeting|discussions)\b/);
      // ("received Y with Z, director of …, at his side": Z at the table, on the host's side)
      const beside = text.slice(to).match(/^(?:[^.;<]|<[LGNO]\d+>){0,40}?,? with (?:the )?<P(\d+)>(?:,(?:[^;.<]|<[GNOL]\d+>){0,160},)? at (?:his|her|their) side\b/);
      // ("A and B met at L, with their foreign ministers at the time, C and D, at their sides": C and D at the table)
      const sides = text.slice(to).match(/^(?:(?:[^.;<]|<[LGNO]\d+>){0,40}?,? )?with (?:their|his|her) (?:[a-z-]+ ){0,6}[a-z-]+, (<P\d+>(?:(?:,| and|, and) <P\d+>)*),? at (?:his|her|their) sides?\b/);
      // ("A sat at the same table as B in L, when the two of them, the Commissioner, C, and the Foreign Secretary, D,
      // announced …": C and D at the table too)
      const joinedWhen = text.slice(to).match(/^(?:[^.;<]|<[LGNO]\d+>){0,60}?, when (?:the two of them|both of them|the pair|they)(?:,| and) (?:(?:the )?(?:[^<,;.]|<[GNO]\d+>){1,60}, )?(<P\d+>)(?:,? and (?:the )?(?:(?:[^<,;.]|<[GNO]\d+>){1,60}, )?(<P\d+>))?,? [a-z]+ed\b/);
      const people = [...new Set([...left, ...right, ...alongPeople, ...(present ? keys(present[1].replace(/<G\d+>['’]s /g, "")) : []), ...(beside ? keys(`<P${beside[1]}>`) : []), ...(sides ? keys(sides[1]) : []), ...(joinedWhen ? keys(`${joinedWhen[1]}${joinedWhen[2] ?? ""}`) : [])])];
      // (of two present, one of no state told is on the side of the pair the other is not of: "A and B held talks, with
      // Foreign Minister C and G's Foreign Minister D present": C is A's, where D is of B's state)
      const seated = present ? keys(present[1].replace(/<G\d+>['’]s /g, "")).filter((p) => p.startsWith("person:")) : [];
      const pair0 = [...left, ...right].filter((p) => p.startsWith("person:"));
      const toldSide = seated.filter((p) => this.sideOf(p));
      if (seated.length === 2 && pair0.length === 2 && toldSide.length === 1) {
        // (the one of the pair not of the told one's state; with no state told either, the two share a side)
        const lead = pair0.find((p) => this.sideOf(p) !== this.sideOf(toldSide[0]));
        const other = lead ? (this.sideOf(lead) ?? `side:${a.sentence.index}:host`) : undefined;
        if (lead && other && !this.sideOf(lead)) this.sidesTold.set(lead, other);
        for (const p of seated) if (!this.sideOf(p) && other) this.sidesTold.set(p, other);
      }
      // (each at the side of the one named in the same place: the first minister the first leader's)
      const aides = sides ? keys(sides[1]).filter((p) => p.startsWith("person:")) : [];
      const pair = [...left, ...right].filter((p) => p.startsWith("person:"));
      // (an aide of no side told takes the leader's side, when it is known)
      if (aides.length === 2 && pair.length === 2) {
        for (const [i, p] of aides.entries()) if (!this.sideOf(p)) this.sidesTold.set(p, this.sideOf(pair[i]) ?? `side:${a.sentence.index}:${i}`);
        for (const [i, p] of pair.entries()) if (!this.sideOf(p)) this.sidesTold.set(p, `side:${a.sentence.index}:${i}`);
      }
      // ("met with Y, accompanied by Z": Z came with Y, on Y's side)
      // ("held talks with Y, alongside Z": Z with the one who held them; "A and B met …, together with C": a third)
      const escort = along && / accompanied by /.test(along[0]) && right.length ? [...right, ...keys(`<P${along[1]}>`)] : along && / (?:alongside|together with|along with) /.test(along[0]) && left.length && (right.length || left.length === 1) ? [...left, ...keys(`<P${along[1]}>`)] : beside ? [...left, ...keys(`<P${beside[1]}>`)] : [];
      if (people.length < 2) continue;
      // (not a period a document runs for: "the Program of Cooperation … for 2027-2029")
      const spanless = text.replace(YEAR_SPAN, (x) => " ".repeat(x.length));
      const after = yearsIn(spanless.slice(from, from + 90));
      // (not a year that ends a clause before the verb: "X, who retired in 2019, held a sitting on October 11 with Y")
      const relative = /, (?:who|which|whose) [^,;]*, (?:(?:agreed|decided|promised|pledged|vowed|resolved) to (?:[a-z]+ ){0,2})?$/.test(text.slice(0, from));
      const near = yearsIn((relative ? "" : spanless.slice(Math.max(0, from - 20), from)) + spanless.slice(from, from + 90)).concat(yearsIn(openingYear(text) ?? ""));
      const groups = after.length > 1 ? after : near.length === 1 ? near : [undefined];
      // "flew to Beijing, where he met Y": the place named before "where"
      const where =
        text.slice(0, from).match(/<[LG](\d+)>(?: (?:in|on|from) [^<,;.]{1,25})?,? where (?:<P\d+> )?(?:[a-z]+ ){0,4}$/) ??
        // (a venue near a town: "at <L> manor near <L>, where the <N> academic X met Y": the town)
        text.slice(0, from).match(/<L\d+> (?:[a-z-]+ ){1,2}near <[LG](\d+)>,? where (?:the )?(?:<N\d+> )?(?:[a-z-]+ ){0,3}<P\d+> $/) ??
        // ("a meeting in Riyadh on February 18, when A met B")
        text.slice(0, from).match(/\b(?:meeting|talks|summit|visit|trip) (?:in|at) <L(\d+)>(?: (?:on|in|last) [^<,;.]{1,25})?, when (?:[^<,;.]|<[PGN]\d+>){1,80}$/) ??
        // (and a month: "had flown to Brussels in May and spent two evenings with Y"; past a clause on the place, "had
        // flown to L, where Y lives, and had spent two evenings with him")
        text.slice(0, from).match(/\b(?:flew|flown|travell?ed|went|came|arrived|drove|(?:carried|took|brought) (?:that|the|a|an|his|her) (?:[a-z-]+ )?(?:letter|message|note|reply))\b[^<.]{0,20} (?:to|in) <[LG](\d+)>(?: (?:on|late|early) \w+| in [A-Z][a-z]+(?: \d{4})?)?(?:, where (?:<P\d+>|[^<,;.]{1,30}) [a-z]+,)? and (?:[a-z]+ ){0,2}$/) ??
        // ("is expected to travel to Paris next week to meet Y")
        text.slice(0, from).match(/\b(?:fly|travel|go|head|return|flew|flown|travell?ed|went|gone|headed|returned)\b[^<.]{0,12} to <L(\d+)>[^<.]{0,20}\bto $/) ??
        // ("On the sidelines of the NATO summit in Vilnius, A held talks with B")
        text.slice(0, from).match(/^(?:[^<,;.]{0,20} )?[Oo]n the (?:sidelines|margins) of (?:[^<,;.]|<[OE]\d+>){0,60}?\bin <L(\d+)>, (?:[^;.]){0,80}$/) ??
        // ("X travelled to Male in July 2025 as the guest of honour …, and the two leaders held talks at the President's Office
        // there": where the journey went, then)
        (/^(?:[^<.;]|<[LO]\d+>|<P\d+>['’]s){0,40}? there\b/.test(text.slice(to)) ? text.slice(0, from).match(/\b(?:travell?ed|traveled|flew|went|came)\b[^<.;]{0,20} to <[LG](\d+)>(?: (?:in|on) [^<,;.]{1,25})?/) : null);
      // ("received at Bayan Palace on Monday the Iranian Foreign Minister X": the place between verb and guest)
      // ("received at Al-Yamamah Palace in Riyadh today X": the city)
      const at = g.at2 ?? g.at;
      const place = where ? a.slots[Number(where[1])]?.key : at ? a.slots[Number(at.slice(2, -1))]?.key : undefined;
      // ("had been due to meet": the plan of a meeting not held, whatever became of it: any such one of theirs)
      const formerPlan = status === "planned" && FORMER_PLAN.test(text.slice(Math.max(0, from - 60), from));
      // ("had been expected to meet in New York, but Erdogan left early": it did not happen)
      // (not one put off to another day: "had been due to meet Y on Thursday, but the visit has slipped to August")
      if (formerPlan && /^[^.;]{0,80}?,? but\b/.test(text.slice(to)) && !POSTPONED.test(text.slice(to))) status = "cancelled";
      // (else, in a timeline, the day of its entry)
      // (past the event met on the sidelines of: "met on the sidelines of the Mercosur summit in Foz do Iguaçu in December 2025")
      // (or the day of the meeting told last: "Later the same day, A and B held talks at the ministry")
      const sameDay = /^(?:[^<.;]{0,20}\b)?(?:[Ll]ater (?:the same day|that day|in the day)|[Tt]he same day),|^<P\d+>(?:,? and <P\d+>)? later (?:held|met)\b/.test(text) ? this.dayOfLastHeld(a.sentence.start) : undefined;
      const near0 = this.inEntryYear(groups.length === 1 ? this.dateNear(a, from, to, to + dateReach(text.slice(to)), dateWay(status, text, from)) : undefined);
      // (or the day of the journey there: "to travel to Osaka on Thursday, where he is expected to meet Y")
      // (or the day the sentence opens with: "On Tuesday I was in Thessaloniki, where I met Y")
      // (or a month and year told before the venue: "began in January 1993 at <L> manor near <L>, where X met Y")
      const whereDay = !near0 && where && groups.length === 1 ? (this.dateIn(a, where[0].replace(/ where [^]*$/, ""), dateWay(status, text, from)) ?? this.dateIn(a, text.slice(0, from).match(/^(?:[Oo]n [^<,;.]{3,30}?|In [A-Z][a-z]+(?: of (?:this|last) year| (?:19|20)\d\d)?)(?= <P|,)/)?.[0] ?? "", dateWay(status, text, from)) ?? this.dateIn(a, text.slice(0, from).match(/\bin (?:(?:early|mid|late) )?[A-Z][a-z]+ (?:19|20)\d\d(?= at (?:the )?<L\d+>)/)?.[0] ?? "", dateWay(status, text, from))) : undefined;
      // (or the day after one the sentence named before: "held talks with Xi in Beijing on Jan. 5 … and met Li there the following day")
      const dayBefore = !near0 && /^(?:[^.;<]|<[LP]\d+>){0,40}?\b(?:the (?:following|next) day|a day later)\b/.test(text.slice(to)) ? findDates(a.sentence.text, this.articleDate).filter((d) => d.iso?.length === 10 && text.slice(0, from).includes(d.text)).pop()?.iso : undefined;
      const nextDay = dayBefore ? shiftDays(dayBefore, 1) : undefined;
      // (or the day before the one the sentence before told: "X told journalists on Tuesday … He had received Y at the
      // Foreign Ministry the day before")
      const told = !near0 && !nextDay && /^(?:[^.;<]|<[LO]\d+>){0,40}?\bthe day before[.;,]/.test(text.slice(to)) ? this.lastDayTold() : undefined;
      const priorDay = told ? shiftDays(told, -1) : undefined;
      const day = near0 ?? whereDay ?? nextDay ?? priorDay ?? (status === "held" || this.narratedPast(a.sentence.text) ? (this.entryDay ?? sameDay) : undefined);
      const dayTold = whereDay ?? nextDay ?? priorDay ?? sameDay;
      // ("A and B will hold separate talks with C": two meetings, each with C)
      // ("A met B and C separately": two meetings, each with A)
      // (the place after the verb, else, for a state's office named alone, its city: read once for every table)
      const placeNext = place ?? placeAfter(a, to);
      const office = placeNext ? undefined : this.officeCity(a, to, (/^called on$/.test(verb) ? right : /^(?:received|receives|hosted|hosts|welcomed|welcomes)$/.test(verb) ? left : []).filter((p) => p.startsWith("person:")));
      const split = separately || /\b(?:separate|bilateral)\b/.test(verb) || /^[^.;]{0,60}?\bin separate (?:sessions|meetings|talks)\b/.test(text.slice(to));
      const tables = split && left.length >= 2 && right.length === 1 ? left.map((l) => [l, right[0]]) : split && left.length === 1 && right.length >= 2 ? right.map((r) => [left[0], r]) : [people];
      for (const y of groups)
        for (const ps of tables) {
          // (a first meeting is another than one told before: "A and B, who first held talks … in July 2025, …")
          const again = /^(?:[^.;<]|<[LT]\d+>){0,20}?\bagain\b/.test(text.slice(to, to + 40)) || /\b(?:again|first)\s+$/.test(lead) || /\b(?:held|hold|holds|had) separate (?:talks|meetings?|consultations)\b/.test(text.slice(from, to + 30)) || /^(?:[^<.;]{0,20}\b)?[Ll]ater (?:the same day|that day|in the day|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)),? <P\d+>,? and <P\d+> (?:also )?held\b/.test(text);
          const other = { place: placeNext ?? office, again };
          const m = formerPlan ? this.matchOrCreate(ps, "meeting", a, from, y, "cancelled", true, day) : this.matchOrCreate(ps, "meeting", a, from, y, status, false, day, other);
          // ("A and B met C": A and B came as one side and did not meet each other)
          // (not two of different states told: "A and B sat down with C", Zambia's president and South Africa's prime
          // minister, met each other too)
          // (one of no state told with one of another state than the story's: the story's own)
          const leftStates = new Set(left.filter((p) => p.startsWith("person:")).map((p) => this.sideOf(p) ?? this.home));
          const side = left.length >= 2 && right.length >= 1 && ps.length > left.length && !(leftStates.size > 1 && !leftStates.has(undefined)) ? left.filter((p) => p.startsWith("person:")) : [];
          // ("met the Bougainville leaders A and B": those named as one group came as one side)
          const group = right.length >= 2 && /\b(?:leaders|ministers|officials|envoys|negotiators|representatives|delegates|diplomats) <P\d+>(?:(?:,| and|, and) <P\d+>)+\s*$/.test(v[0]) ? right.filter((p) => p.startsWith("person:")) : [];
          const sideOf = side.length >= 2 ? side : escort.length >= 2 ? escort.filter((p) => p.startsWith("person:")) : group;
          const presence = along && / in the presence of /.test(along[0]) ? alongPeople : [];
          // (who received whom: "X received Y", "Y called on X"; the one received is not yet the guest "He" stands for after
          // "X received Y": "He was joined by Z" is X)
          const [subj, obj] = [left.filter((p) => p.startsWith("person:")), right.filter((p) => p.startsWith("person:"))];
          // (and "Y was received by X": X the host)
          const passive = /^[a-z]+ by\b/.test(v[0]) || /\b(?:was|were|been|being) $/.test(text.slice(Math.max(0, from - 7), from));
          if (!m.host && subj.length === 1 && obj.length === 1 && /^(?:received|receives|hosted|hosts|welcomed|welcomes)$/.test(verb)) [m.host, m.guest] = passive ? [obj[0], subj[0]] : [subj[0], m.guest];
          if (!m.host && subj.length === 1 && obj.length === 1 && /^called on$/.test(verb)) [m.host, m.guest] = [obj[0], subj[0]];
          // ("Y received him with Foreign Minister Z at the table": Z, of no state told, at the host's side)
          if (present && /^(?:received|receives|hosted|hosts|welcomed|welcomes)$/.test(verb) && !passive && subj.length === 1) {
            const seated = keys(present[1].replace(/<G\d+>['’]s /g, "")).filter((p) => p.startsWith("person:") && p !== subj[0] && !this.sideOf(p));
            const hostSide = this.sideOf(subj[0]) ?? `side:${a.sentence.index}:host`;
            if (seated.length && !this.sideOf(subj[0])) this.sidesTold.set(subj[0], hostSide);
            for (const p of seated) this.sidesTold.set(p, hostSide);
          }
          // ("the King and Queen welcomed Mr Trump and the First Lady": hosts on one side, guests on the other)
          const sides = /^(?:received|receives|hosted|hosts|welcomed|welcomes)$/.test(verb) && !passive && subj.length >= 2 && obj.length >= 2 ? [subj, obj] : undefined;
          this.mention(m, a, from, to, ps, { status, year: y, ...(dayTold && day === dayTold ? { date: day } : {}), ...(place ?? office ? { place: place ?? office } : {}), ...(sideOf.length >= 2 ? { side: sideOf } : {}), ...(presence.length ? { present: presence } : {}), ...(sides ? { sides } : {}) });
        }
      used.push([from, to]);
      this.afterSidelines(a, to, people);
      // "met B in Moscow in April and C in Lviv in August": one more meeting, of the subject with C
      // ("held talks with B and with the chief of staff of Iran's armed forces, C": talks with each, the second apart)
      const second =
        groups.length === 1 && !formerPlan && left.length === 1
          ? (text.slice(to, to + 120).match(/^(?:[^.;<]|<[LT]\d+>){0,60}? and (?:the )?<P(\d+)> (?=(?:in|at) <L\d+>)/) ??
            (/\b(?:talks|consultations|meetings?|met|meets|meet)\b/.test(verb) && /(?:^(?:met|meets|meet)| with)$/.test(verb) ? text.slice(to, to + 160).match(/^(?:[^.;<]|<[LT]\d+>){0,40}?,? (?:and |then )(?:later |also |then |separately )*with (?:the )?(?:(?:[^<.;,]|<[GNO]\d+>(?:['’]s)?){0,70}, )?(?:<[GN]\d+> )?(?:[A-Z][a-z]+ ){0,3}<P(\d+)>(?!['’]s)/) : null))
          : null;
      const other = second ? keyOf(Number(second[1])) : undefined;
      // (the clause's day for the second of "talks on Thursday with B and with C")
      if (second && other && !people.includes(other)) this.alsoMet(a, to + second.index! + second[0].length, [[left[0], other]], status, dateWay(status, text, from), { date: / with /.test(second[0]) ? day : undefined });
      // "met B in Paris in March and again in Berlin in June": one more meeting of the same people
      const again = groups.length === 1 && !formerPlan ? text.slice(to, to + 90).match(AND_AGAIN) : null;
      if (again) this.alsoMet(a, to + again.index! + again[0].length, tables, status, dateWay(status, text, from), { again: true, year: groups[0] });
    }

    const scan: Scan = { a, text, keyOf, keys, used, free, reserved };
    this.receivedInAudience(scan);
    this.nextRound(scan);
    this.bodyToMeet(scan);
    this.scheduledWithEach(scan);
    this.scheduledNotHeld(scan);
    this.joinedBy(scan, prevSubject);
    this.accompaniedHim(scan, prevSubject);
    this.attendedBy(scan);
    this.receivedBy(scan, prevSubject);
    this.cleftMeeting(scan, prevSubject);
    this.conveyedInvitation(scan);
    this.invitedToVisit(scan, prevSubject);
    this.letterInviting(scan);
    this.noteLetterSender(scan);
    this.letterCarried(scan);
    this.letterInvites(scan);
    this.coChaired(scan);
    this.proposedInWriting(scan);
    this.ownInvitationAccepted(scan);
    this.invitationAccepted(scan);
    this.datedAfter(scan);
    this.rescheduled(scan);
    this.chairedRound(scan);
    this.joinedAlone(scan);
    this.asTheySigned(scan);
    this.acceptanceOfInvitation(scan);
    this.broughtTogether(scan);
    this.visitTo(scan);
    this.travelAtInvitation(scan);
    this.delegationsReceived(scan, prevSubject);
    this.sessionsHeldAt(scan);
    this.sidesLed(scan);
    this.callOnPost(scan);
    this.signedTogether(scan);
    this.signedLookedOn(scan);
    this.handedInPerson(scan);
    this.broughtLetter(scan);
    this.picturedSigning(scan);
    this.dinnerGiven(scan);
    this.satBetween(scan);
    this.laidStoneTogether(scan);
    this.countedTogether(scan);
    this.joinedThePair(scan);
    this.watchedBy(scan);
    this.atTheTable(scan);
    this.credentials(scan);
    this.presentAtEnd(scan);
    this.attendedOnSides(scan);
    this.courtesyCallBy(scan);
    this.handoverWitnessed(scan);
    this.sidesAtTable(scan);
    this.callCalledOff(scan);
    this.reportDenied(scan);
    this.shuttleTalks(scan);
    this.proposedToJoin(scan);
    this.coChairedBy(scan);
    this.hostedWithParticipation(scan);
    this.whomVisited(scan);
    this.pictureOfTheirMeeting(scan);
    this.noteGivenAndCarried(scan);
    this.handedToBy(scan);
    this.signedBeforeThem(scan);
    this.leadingDelegations(scan);

    // Noun events
    for (const h of text.matchAll(HEAD_RE)) {
      const head = h[0];
      const from = h.index!;
      const to = from + head.length;
      if (!free(from, to)) continue;
      const pre = text.slice(Math.max(0, from - 80), from);
      const post = text.slice(to, to + 160);
      // (a retreat of leaders, "the annual retreat", not a place: "the presidential retreat in Maryland")
      if (/^retreat$/i.test(head) && !/\b(?:the|an?|their|annual|next|last|leaders['’]|ministerial)\s*$/i.test(pre)) continue;
      if (/^plenary/i.test(head)) {
        this.plenary(a, from, to, keyOf, used);
        continue;
      }
      const compound = pre.match(/((?:<[PGN]\d+>-)+<[PGN]\d+>)(?:'s)? (?:[a-z'-]+ ){0,2}$/) ?? (/retreat$/i.test(head) ? pre.match(/((?:<[PGN]\d+>-)+<[PGN]\d+>) $/) : null);
      const single = pre.match(/(?:a|an|the|possible|potential) (<[GN]\d+>) (?:[a-z'-]+ ){0,2}$/);
      // "between A, B and C": commas, then one last "and" ends the list ("between A and B, the C ..." is two)
      // (and a person after the post that names them: "between A and <G1>'s minister of fisheries, <P2>")
      // ("a secret meeting in Havana between A and B": the place may come first)
      // ("talks in Nairobi on Wednesday between A and B", "Talks were held between A and B")
      const placeFirst = post.match(/^(?: (?:were|was|have been|had been|will be|are to be|is to be) (?:held|convened))?(?: in <[LG]\d+>)?(?: (?:on|last|this|next) \w+)?(?= between )/)?.[0] ?? "";
      // (a post in the plural before the pair: "a summit between Presidents A and B")
      const between = / between /.test(post) ? post.slice(placeFirst.length).match(BETWEEN_LIST) : null;
      // (also "talks of his own with Y")
      // (also "with his Emirati counterpart, Y")
      // ("His talks there with Y": past "there")
      // ("The meeting of our Minister of National Defence, A, with G's defence minister, B": A's, with B)
      const ofOwner = post.match(/^ of (?:our |the |their |his |her )?(?:[A-Za-z-]+ ){0,6}?(?:[A-Za-z-]+, )?<P(\d+)>,?(?= with )/);
      const withList = / with /.test(post) ? (ofOwner ? post.slice(ofOwner[0].length) : post).match(WITH_LIST) : null;
      const their = /\btheir (?:[a-z'-]+ ){0,2}$/.test(pre);
      const another = /\b[Aa]nother\s*$/.test(pre);
      // (one of several, "held the first of the annual summits", is one, and a new one)
      const firstOf = /\bheld (?:the|their) (?:first|second|third|fourth|fifth|last|latest|inaugural) of (?:the|their) (?:[\w'-]+ ){0,2}$/.test(pre);
      // (not one after those told: "for the second round with Y", "the next meeting")
      // (but "in what would be the second meeting between the two leaders" is the one just told)
      const after = AFTER_THOSE_TOLD.test(pre) && !/\bin what (?:would|will) be (?:the|their) (?:[\w'-]+ ){0,3}$/.test(pre);
      const definite = !firstOf && !after && /\b(?:the|that|this|these|those|such an?)(?: [\w'-]+){0,3}\s*$/i.test(pre) || /<[PG]\d+>'s (?:[a-z'-]+ )?$/.test(pre) === false && /'s (?:[a-z'-]+ )?$/.test(pre);
      const plural = /s$/i.test(head) && !/talks$/i.test(head) && !firstOf;
      const yearInPhrase = pre.match(/\b((?:19|20)\d\d) (?:[a-z'-]+ ){0,2}$/)?.[1];
      const pairAnaphor = post.slice(placeFirst.length).match(/^ between (?:the two (?:leaders|sides|men|women|presidents|prime ministers|foreign ministers|ministers|heads of state|rivals|countries|governments|states|neighbours|neighbors)|both (?:leaders|sides|countries)|the leaders)\b/);
      const attending = /\b(?:attended|joined|took part in|[Tt]aking part in|participated in|[Pp]articipating in|sat in on|opened) the $/.test(pre) || ATTENDED_BY.test(post);
      // ("X gave Y a letter from Z during talks at the State Department on Monday": the talks of that clause's people)
      const during = /\bduring $/.test(pre) && /^talks$/i.test(head);
      // ("The talks took place at the Iikura Guest House on Tuesday": the talks told before, there, then)
      const tookPlace = /^talks$/i.test(head) && /\b[Tt]he $/.test(pre) && /^ (?:took place|were held|went ahead|lasted)\b/.test(post);
      // ("At half-time A and B withdrew to a lounge for some 40 minutes of talks": the two who went off to talk)
      const wentFor = text.slice(0, from).match(WENT_FOR_TALKS);
      if (/^talks$/i.test(head) && !compound && !between && !withList && !pairAnaphor && !their && !attending && !during && !tookPlace && !wentFor && !/^ (?:in|at) (?:the (?:[a-z-]+ ){0,2}(?:town|city|resort|village|port|capital|region|province) of |the )?<[LG]\d+>/.test(post)) continue;
      if (/\b(?:news|press|video|phone|telephone) $/i.test(pre) || denied(text, from, to)) continue;
      // ("a meeting by videoconference", "talks by phone": a call, not a meeting)
      if (/^ (?:by|via|over) (?:the )?(?:video|tele|phone)/i.test(post)) continue;
      // none at all: "There will be no meeting with X", "no such talks", "did not hold talks with", "had no meeting"
      if (/\bno (?:such |formal |direct |further |new |planned )?$|\b(?:not|never|n['’]t) (?:hold|have|held|had|attend|attended|seek|sought|plan|planned) (?:a |an |any |the )?(?:[a-z-]+ ){0,2}$/i.test(pre)) continue;
      // (an apposition to a meeting this sentence told: "A and B held talks in Liverpool, an encounter billed as a reset")
      if (/, (?:a|an) (?:(?!(?:day|week|month|year|before|after|ahead|following|since|during|until|prior|of)\b)[a-z'-]+ ){0,2}$/.test(pre) && this.meetings.some((x) => x.sentences.includes(a.sentence) && x.lastAt < a.sentence.start + from)) continue;
      // a word modifying another noun names no meeting: "a draft of the summit declaration", "the talks process"
      if (MODIFIED_NOUN.test(post)) continue;
      // "met ... on the sidelines of a regional forum": the meeting is the news, not an unnamed event ("the
      // gathering" is one already known, and takes part)
      if (/\bon the sidelines of an? (?:[\w'-]+ ){0,3}$/i.test(pre)) continue;
      // ("a meeting with X at a European summit in Granada": the summit is where that meeting is, not another)
      if (/\b(?:meet(?:ing)?|met|talks)\b[^.;]{0,60}\bat an? (?:[\w'-]+ ){0,3}$/i.test(pre)) continue;
      let people: string[] = [];
      let separate: string[][] | undefined;
      let openingHeld = false;
      if (withList && /\bthe (?:[\w'-]+ ){0,2}$/i.test(pre) && !compound && !after) {
        const others = keys(untitled(withList[1]));
        const m = [...this.meetings].filter((x) => x.lastAt < a.sentence.start + from && others.every((o) => x.participants.has(o))).sort((x, y) => y.lastAt - x.lastAt)[0];
        if (m) {
          // (with no word of its status, the known one's: "What I can confirm is the meeting with Y")
          const cue = statusCue(text, from, to) ?? m.statuses[m.statuses.length - 1];
          this.mention(m, a, from, to, [], { anaphor: true, ...(cue ? { status: cue } : {}) });
          used.push([from, to]);
          continue;
        }
      }
      const owner = pre.match(/<([GPN])(\d+)>'s (?:\w+ ){1,2}(?:regarding|on|about|for|of|to hold) (?:a |an |the )?(?:[\w'-]+ ){0,2}$/);
      const clauseSubject = owner ? keyOf(Number(owner[2])) : subjectSlot(text, from, keyOf);
      if (compound) people = keys(compound[1]);
      // "five earlier rounds of talks between the two rivals": several meetings before, none in particular
      if (pairAnaphor && !between && /\b(?:rounds|sessions) of $|\b(?:earlier|previous|prior|past) (?:[a-z-]+ ){0,2}$/.test(pre)) continue;
      // ("a trilateral meeting of the two presidents and G's Prime Minister Z": the only two the article titles so,
      // and Z)
      const twoAnd = !between && !withList ? post.slice(placeFirst.length).match(/^ of the two (presidents|prime ministers|foreign ministers|kings|emirs|chancellors) and (?:the )?(?:<G\d+>['’]s )?(?:[A-Za-z-]+ ){0,3}<P(\d+)>/) : null;
      // (of more, the two at the last meeting held: "the two presidents" who dined, not a third whose message came)
      // (not a vice president, who holds no "president" post: "First Vice President Z")
      const holders = (twoAnd ? this.holdersOf(twoAnd[1].replace(/s$/, ""), a.sentence.index) : []).filter((p) => !(this.titlesOf.get(p) ?? []).some((t) => /\b(?:vice|deputy)\b/i.test(t)));
      const lastHeld = holders.length > 2 ? [...this.meetings].filter((x) => x.statuses.includes("held") && x.lastAt < a.sentence.start).sort((x, y) => y.lastAt - x.lastAt)[0] : undefined;
      const twoHeld = lastHeld ? holders.filter((p) => lastHeld.participants.has(p)) : holders;
      const third = twoAnd ? keyOf(Number(twoAnd[2])) : undefined;
      if (twoHeld.length === 2 && third && !twoHeld.includes(third)) {
        const status = statusCue(text, from, to) ?? "proposed";
        const m = this.matchOrCreate([...twoHeld, third], head, a, from, undefined, status);
        this.mention(m, a, from, to, [...twoHeld, third], { status });
        used.push([from, to]);
        continue;
      }
      // ("preparations for a meeting of the two countries' leaders": a pair named elsewhere, not those of this clause)
      if (!between && !withList && /^ of (?:the two|both|the leaders)\b/.test(post.slice(placeFirst.length))) continue;
      if (pairAnaphor && !between) {
        // the last meeting's people, or its states when it had no people ("talks between the two rivals")
        // (the two of a post the words name, if they do: "the second meeting between the two ministers" is not the
        // prime ministers' told since)
        const word = pairAnaphor[0].match(/\bthe two (ministers|foreign ministers|prime ministers|presidents)$/)?.[1];
        const holds = (p: string) => (this.titlesOf.get(p) ?? []).some((t) => POST_OF_PAIR[word!].test(t) && !/\b(?:vice|deputy)[- ]president\b/i.test(t) && (word !== "ministers" || !/\bprime minister\b|\bpremier\b/i.test(t)));
        const ofPost = word ? [...this.meetings].filter((x) => x.lastAt < a.sentence.start + from && x.lastAt >= this.storyStart).sort((x, y) => y.lastAt - x.lastAt).find((x) => [...x.participants].filter((p) => p.startsWith("person:")).length >= 2 && [...x.participants].filter((p) => p.startsWith("person:")).every(holds)) : undefined;
        // (none such told: not the last pair of another post)
        // (a meeting counted, "It was the second meeting between the two men", is the last one held, not one offered
        // since then: the talks just told, not the visit a letter proposes)
        const counted = /\b(?:was|is|marked) (?:the|their) (?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th)) $/.test(pre);
        const held = counted ? this.lastHeld(a.sentence.start + from) : undefined;
        const last = word ? ofPost : (held ?? this.recent(head, undefined, a.sentence.start + from));
        const ps = [...(last?.participants ?? [])];
        const persons = ps.filter((p) => p.startsWith("person:"));
        people.push(...(persons.length >= 2 || /leaders|men|presidents|ministers|heads/.test(pairAnaphor[0]) ? persons : ps.filter((p) => p.startsWith("government:"))));
      }
      if (between) {
        const bs = keys(untitled(between[1].replace(APPOS_RE, "")));
        if (plural && bs.length >= 3) separate = bs.slice(1).map((o) => [bs[0], o]);
        else people.push(...bs);
      }
      if (withList) {
        const others = keys(untitled(withList[1]));
        // ("with X set to travel to Kampala in August for a summit with Y": the one who goes there)
        const goer = pre.match(/<P(\d+)> (?:[a-z]+ ){0,4}(?:travel|travels|travelled|traveled|travelling|traveling|fly|flies|flew|go|goes|went|head|heads|headed) to <[LG]\d+>(?: [^<.;,]{1,30}?)? for (?:a|an) (?:[a-z'-]+ ){0,3}$/);
        // ("In a March 10 meeting with X, Y said": the subject of the clause after the opening phrase)
        const opening = !clauseSubject && /^(?:[^<.;]{0,20}?\b)?(?:In|During|At|After) (?:(?:a|an|the|their|his|her|its) )?(?:[\w'-]+ ){0,3}$/.test(text.slice(0, from))
          ? text.slice(to + withList[0].length).match(/^(?:[^<,.;]|<[LT]\d+>){0,40}, (?:(?:the )?(?:<[NG]\d+>['’]?s? )?(?:[a-z-]+ ){0,3})?<P(\d+)>/)?.[1]
          : undefined;
        const subject = ofOwner ? keyOf(Number(ofOwner[1])) : opening !== undefined ? keyOf(Number(opening)) : goer ? keyOf(Number(goer[1])) : clauseSubject;
        // (told by its subject in the past, the meeting was held: what they said there is the clause's, not its status)
        openingHeld = opening !== undefined && !FUTURE.test(text.slice(0, to)) && /^(?:[^<,.;]|<[LT]\d+>){0,40}, [^.;]{0,60}?\b(?:said|told|agreed|stressed|noted|warned|confirmed|explained|insisted|argued|complained|asked|urged|proposed)\b/.test(text.slice(to + withList[0].length));
        const partner = compound || single ? [] : subject ? [subject] : prevSubject ? [prevSubject] : [];
        if (another) {
          const last = this.recent("summit");
          const shared = last ? [...last.participants].filter((p) => !others.includes(p) && p.startsWith("person:")) : [];
          people.push(...(shared.length ? shared.slice(0, 1) : partner), ...others);
        } else if ((plural || /\b(separate|respectively)\b/.test(text)) && others.length > 1) {
          separate = others.map((o) => [...partner, o]);
        } else people.push(...partner, ...others);
      }
      if (single) people.push(...keys(single[1]));
      // (not a message's author: in "Moon conveyed Abe's message to Kim during their summit" Abe is not there;
      // in "Abe will ask for Trump's cooperation during their meeting" Trump is)
      const clausePeople = () =>
        slotsIn(
          text
            .slice(Math.max(0, text.lastIndexOf(", ", from - 30) + 1), from)
            .replace(/<[A-Z]\d+>'s (?=(?:\w+ )?(?:message|letter|note|reply|stance|position|intention|proposal|wish|views?)\b)/g, "")
            // ("passed a message from Aliyev to Putin during their talks": the sender is not there)
            // (nor, when it was handed to one there, the one it was for: "gave Rubio a letter from Z to W during talks")
            .replace(/(\b(?:gave|handed|passed|delivered|presented) (?:the )?<P\d+> (?:a |an |the )?(?:[\w-]+ ){0,2}(?:message|letter|note)s? from (?:the )?<[A-Z]\d+>) to (?:the )?<[A-Z]\d+>/g, "$1")
            .replace(/\b(?:message|letter|note|reply|proposal)s? from (?:the )?<[A-Z]\d+>/g, "")
            // (nor its addressee: "handed Wang a letter from Lee addressed to Xi during their talks")
            .replace(/\b(?:addressed|written) to (?:the )?<[A-Z]\d+>|\b(?:message|letter|note|reply)s? for (?:the )?<[A-Z]\d+>/g, ""),
        )
          .map(keyOf)
          .filter((k): k is string => !!k && k.startsWith("person:"));
      // ("At the retreat in Putrajaya in January 2025, A and B witnessed the signing …": the pair the sentence goes on with)
      const openedBy = !people.length && /^(?:[^<.;]{0,20}?\b)?(?:At|During) (?:the|their|a|an) (?:[\w'-]+ ){0,2}$/.test(text.slice(0, from)) ? post.match(OPENED_BY_PAIR) : null;
      if (openedBy) [people, openingHeld] = [keys(openedBy[1]), true];
      if (wentFor && !people.length) [people, openingHeld] = [keys(wentFor[1]), !FUTURE.test(wentFor[0])];
      if ((their || during) && !people.length) people = clausePeople();
      // ("agreements reached by the two presidents during their meeting in Tashkent": the only two the article titles so)
      const twoOf = their && !people.length ? pre.match(/\bthe two (presidents|prime ministers|foreign ministers|kings|emirs|chancellors)\b[^<.;]{0,50}$/)?.[1].toLowerCase().replace(/s$/, "") : undefined;
      const titledSo = twoOf ? this.holdersOf(twoOf, a.sentence.index) : [];
      if (titledSo.length === 2) people = titledSo;
      // ("A and his Malaysian counterpart, B, made the announcement … after their meeting": the pair the sentence opens with)
      if (their && !people.length && /\b(?:after|following) their (?:[a-z'-]+ ){0,2}$/.test(pre)) people = slotsIn(text.slice(0, from).match(OPENING_PAIR)?.[0]).map(keyOf).filter((k): k is string => !!k?.startsWith("person:"));
      // ("… built a channel of his own with Y. Their meetings in the winter of 1992 rescued the talks": the pair before)
      if (!people.length && /^Their (?:[a-z'-]+ ){0,2}$/.test(pre) && prevPair.length === 2) {
        people = [...prevPair];
        // (told in the past, they were held)
        if (/^(?:[^.;<]|<[LT]\d+>){0,50}? (?:[a-z]+ed|led|took|went|began|ended|lasted|broke|made|brought|gave|won)\b/.test(post) && !FUTURE.test(post)) openingHeld = true;
      }
      if (/\b(?:in|at) (?:a|an) (?:\w+ ){0,2}$/.test(pre) && !people.length) people = clausePeople();
      // ("A and B attended talks in Bangkok")
      // (not "attending the forum": one already named, which the anaphor finds)
      if (/\b(?:attended|attend|attending|joined|took part in|participated in)\s+(?:a |an )?(?:[\w'-]+ ){0,2}$/.test(pre) && !/\bthe (?:[\w'-]+ ){0,2}$/.test(pre) && !people.length) people = clausePeople();
      // (whoever hosts or chairs the talks is at them: "X hosted talks in Nairobi between A and B")
      const host = pre.match(/<P(\d+)>(?:,[^<,]{1,60},)? (?:[a-z]+ )?(?:hosted|chaired|convened|presided over) (?:the |a |an )?(?:[\w'-]+ ){0,2}$/);
      if (host && people.length) people.push(...keys(`<P${host[1]}>`));
      people = [...new Set(people)];
      if (separate) {
        // "summits with A and B ... respectively": one meeting each, dates in order
        const dates = findDates(a.sentence.text, this.articleDate).filter((d) => d.iso);
        separate.forEach((ps, i) => {
          const uniq = [...new Set(ps)];
          const date = dates.length === separate!.length ? dates[i].iso : undefined;
          const m = this.matchOrCreate(uniq, head, a, from, date?.slice(0, 4));
          if (date && !m.date) m.date = date;
          this.mention(m, a, from, to, uniq, {});
        });
        used.push([from, to]);
        continue;
      }
      if (people.length >= 2 || (people.length === 1 && (withList || single || compound))) {
        const years = yearInPhrase ? [yearInPhrase] : [];
        // "the (proposed) A-B meeting": definite too
        const definiteRef = definite || (!!compound && /\b(?:the|that|this) (?:[\w'-]+ ){0,2}$/i.test(pre.slice(0, pre.length - compound[0].length)));
        // ("the meeting between A and B" with no word of its status is the one already known, whatever it was)
        // (talks during which something was handed over are talks held)
        const duringHeld = during && /\b(?:gave|handed|delivered|passed|presented|conveyed|raised|discussed)\b/.test(text.slice(0, from));
        const cue = openingHeld || duringHeld ? "held" : statusCue(text, from, to);
        const m = this.matchOrCreate(people, head, a, from, years[0], definiteRef && !cue ? undefined : (cue ?? "proposed"), definiteRef);
        // (a definite one with no word of its status is the known one, and says nothing new of it: "in the first talks
        // between the two men")
        const known = definiteRef && !cue && m.statuses.length ? { status: m.statuses[m.statuses.length - 1] } : {};
        // (those who attended a conference or forum together were there, not meeting each other: "A and B attended a
        // conference in Lima")
        const gathering = headClass(head) === "event" && /\b(?:attended|attend|attends|attending|took part in|participated in)\s+(?:a |an |the )?(?:[\w'-]+ ){0,2}$/.test(pre);
        this.mention(m, a, from, to, people, { year: yearInPhrase, placeFrom: to + (placeFirst ? 0 : (between?.[0].length ?? (withList ? withList[0].length + (ofOwner?.[0].length ?? 0) : 0))), ...known, ...(gathering ? { crowd: true } : {}), ...(openingHeld || duringHeld ? { status: "held" as MeetingStatus } : {}) });
        used.push([from, to]);
        continue;
      }
      if (definite && plural) continue; // "the earlier summits": several, none in particular
      if (definite || /^(?:-day|day)/.test(pre.slice(-4))) {
        // anaphora: "the summit", "that landmark 2002 summit", "the two-day gathering"; one that is called off or
        // still planned was not held yet; the people the sentence names pick theirs ("The summit went ahead in
        // Singapore, where Trump and Kim signed …")
        const cue = statusCue(text, from, to);
        const named = persons(text);
        const theirs =
          named.length >= 2
            ? [...this.meetings].filter((x) => x.lastAt < a.sentence.start + from && headClass(x.head) === headClass(head) && named.every((p) => x.participants.has(p))).sort((x, y) => y.lastAt - x.lastAt)[0]
            : undefined;
        // ("… talks on the sidelines of the meeting": an earlier sentence's meeting, not the talks themselves, and
        // everyone who meets on its sidelines attends it)
        const sidelines = /\bon the sidelines of (?:the|this|that) (?:[\w'-]+ ){0,2}$/i.test(pre);
        // ("The meeting was first proposed in a letter": the history of one that may since have been held)
        // ("Y also took part in the meeting, which lasted an hour": the one held in this sentence or the two before, not
        // a visit merely proposed since)
        // ("X, Spain's interior minister, also attended the talks"; "X, who attended the meeting, and Y signed …")
        // ("X, head of the President's Policy Office, took part in the talks on the Polish side, together with Y": Y too)
        // ("The foreign ministers of A and B, X and Y, also took part in the talks": both)
        // (also "A and the mayor of L, B, also took part in the meeting")
        const attended = text.slice(Math.max(0, from - 200), from).match(/(?:<P(\d+)>,? and (?:the (?:[a-z-]+ ){1,3}(?:of (?:the )?<[LGO]\d+> ?)?, )?)?<P(\d+)>(?:,(?:[^<,]|<[GONLP]\d+>){1,80},)?(?:,? who(?: had| has)?)?,? (?:also |too |later )?(?:attended|joined|took part in|participated in|sat in on|opened) (?:the|that|this) (?:[\w'-]+ ){0,2}$/);
        const attender = attended?.[2];
        const coAttender = attended?.[1];
        // (and one who joined them there: "X opened the talks and was joined at the table by the FDFA's State Secretary, Y")
        // (or "…, as did Y": "Z also attended the meeting at the <O>, as did Y, a member of the delegation")
        const withAttender = attender !== undefined ? (post.match(/^(?:[^<.;]|<[GN]\d+>){0,40}?,? (?:together|along) with (?:the )?<P(\d+)>/) ?? post.match(/^(?:[^<.;]|<[GONL]\d+>){0,40}?, as (?:did|was|were) (?:the )?<P(\d+)>/) ?? post.match(/^ and was (?:later )?joined (?:at the table |there )?by (?:the )?(?:<[GON]\d+>['’]s |[a-z]+['’]s )?(?:(?:[A-Za-z-]+ ){0,3}|(?:[A-Za-z-]+ ){0,2}[A-Za-z-]+, )<P(\d+)>/))?.[1] : undefined;
        // (or one named by a post only: "South Korea's ambassador to China also attended the talks")
        const postAttended = attender === undefined && /\b(?:also )?(?:attended|sat in on|took part in|participated in) (?:the|that|this) $/.test(pre) && !/<P\d+>/.test(pre);
        // (those named after it: "Taking part in the talks on the Cuban side were A and B, and on the Namibian side C")
        const inverted = /^(?:Also )?(?:Taking part in|Attending|Present at|Participating in|Joining) (?:the|that|this) (?:[\w'-]+ ){0,2}$/.test(pre) && /^(?:[^<.;]|<[GN]\d+>){0,40} (?:were|was) /.test(post) ? persons(post) : [];
        // (a meeting before a named event told in the same breath: "X met Y on the sidelines of the Straits Forum. Z also
        // attended the meeting" is X's with Y)
        const heldNear =
          (cue === "held" || ((attender !== undefined || inverted.length > 0) && cue === undefined) || postAttended) && !sidelines && !yearInPhrase
            ? // (one who "sat in on the talks" sat in on the last talks held, however far back they were told, and not
              // talks of an older year recalled since; "wrote after the meeting" of the one held in the four sentences
              // before, not of a visit accepted since)
              [...this.meetings].filter((x) => x.lastAt < a.sentence.start + from && x.statuses.includes("held") && (postAttended ? !this.olderYear(x) && headClass(x.head) === headClass(head) : x.sentences.some((y) => a.sentence.index - y.index <= 2) || (x.sentences.some((y) => a.sentence.index - y.index <= 4) && !this.olderYear(x) && (!x.date || !!this.articleDate?.startsWith(x.date.slice(0, 4)))) || (attender !== undefined && /^(?:talks|meeting)$/i.test(head) && headClass(x.head) === headClass(head) && !this.olderYear(x)))).sort((x, y) => +(headClass(y.head) === headClass(head)) - +(headClass(x.head) === headClass(head)) || y.lastAt - x.lastAt)[0]
            : undefined;
        // ("The cancelled March meeting at Margara": the one of that month, or none)
        const month = pre.match(/\b(January|February|March|April|May|June|July|August|September|October|November|December) (?:[\w'-]+ ){0,2}$/)?.[1];
        const monthly = month
          ? [...this.meetings].filter((x) => x.lastAt < a.sentence.start + from && headClass(x.head) === headClass(head) && x.date?.slice(5, 7) === String(MONTHS.indexOf(month) + 1).padStart(2, "0")).sort((x, y) => y.lastAt - x.lastAt)[0]
          : undefined;
        if (month && !monthly && !theirs) continue;
        // ("reviewed preparations for the meeting of the joint committee, which had been scheduled for September": a
        // body's own meeting, not the one told before)
        if (!theirs && /^ of (?:the )?(?:<O\d+>|(?:[\w-]+ ){0,4}(?:committee|commission|council|board|working group|assembly|forum)s?\b)/i.test(post)) {
          this.bodyMeetingAt = a.sentence.index;
          continue;
        }
        // ("passed them on at the core cabinet's meeting on Tuesday": a body's own meeting too)
        if (!theirs && /\b(?:cabinet|committee|commission|council|board|party|parliament|assembly|caucus|bureau|politburo)['’]s (?:[\w-]+ )?$/i.test(pre)) continue;
        // (nor is "the meeting" in the sentence after it: "It was noted that the meeting had been called off")
        if (!theirs && !named.length && a.sentence.index - this.bodyMeetingAt === 1 && /^meeting$/i.test(head)) continue;
        // (nor is a meeting just denied one called off: "The Premier did not meet Y. That meeting did not happen")
        if (!theirs && cue === "cancelled" && DENIED_MEETING.test(`${this.previous?.text ?? ""} ${text.slice(0, from)}`)) continue;
        // ("At the same meeting the Ambassador conveyed …": the last one held, not a visit proposed since)
        // (and "After the meeting, A and B signed": the last one held, not a visit proposed since)
        const same = /\bthe same (?:[\w'-]+ )?$|(?:^|, )(?:After|Following|after|following) the $/.test(pre) && !/\b(?:will|would|to be)\b/.test(post.slice(0, 80)) ? [...this.meetings].filter((x) => x.sentences.some((y) => y.index < a.sentence.index) && x.statuses.includes("held")).sort((x, y) => y.lastAt - x.lastAt)[0] : undefined;
        const m =
          theirs ??
          monthly ??
          same ??
          heldNear ??
          this.recent(head, yearInPhrase, sidelines ? a.sentence.start : a.sentence.start + from, cue !== undefined && cue !== "held", cue === "held") ??
          (cue === "proposed" && /^ (?:was|had been) (?:first |originally |initially )?proposed\b/.test(post) ? this.recent(head, yearInPhrase, a.sentence.start + from) : undefined);
        if (!m) continue;
        const subj = /\b(?:during|at|in|on the sidelines of)\s+(?:the|that|this|a|an)\s+(?:[\w'-]+\s+){0,2}$/i.test(pre) ? firstSlot(a, keyOf) : undefined;
        // ("The meeting was attended by A, B and C")
        const attendedBy = post.match(ATTENDED_BY)?.[1];
        const attendees = attendedBy ? keys(untitled(attendedBy)) : inverted.length ? inverted : attender !== undefined ? keys(`${coAttender !== undefined ? `<P${coAttender}> ` : ""}<P${attender}>${withAttender !== undefined ? ` <P${withAttender}>` : ""}`) : [];
        const present = [...m.participants].filter((p) => p.startsWith("person:"));
        const ps = theirs ? named : sidelines ? persons(text.slice(0, from)) : attendees.length ? attendees : subj && text.indexOf(`<`) >= 0 ? [subj] : [];
        // ("The summit went ahead in Singapore on June 12": a date right after what became of it is its own)
        // (or moved to a day: "the meeting, earlier set for April 13, had been rescheduled to May 5, in L": planned
        // again, whatever was reported of it before)
        const moved = cue === "planned" && RESCHEDULED_TO.test(post);
        const dated = moved || /^ (?:went ahead|was held|were held|took place|opened|began|ended|is to be held|will be held|(?:was|is) (?:now )?scheduled|(?:was|has been) (?:re)?set)\b/.test(post);
        if (moved) m.statuses = m.statuses.filter((x) => x !== "cancelled" && x !== "proposed");
        const movedTo = moved ? post.match(/^[^<.;]{1,120}?\b(?:to|until|till|for) [^<.;]{1,30}?,? (?:in|at) (?:the )?<L(\d+)>/) : null;
        // ("was attended by", "brought together": held; "will be attended by": still ahead, whatever "attended" says)
        // (a meeting planned stays so when told of again with no word of its status, or a "would" or a hope: "officials
        // expect the meeting in August", "and that the meeting would focus on trade")
        const planned = m.statuses[m.statuses.length - 1] === "planned";
        // ("Y, the ministry's deputy minister, sat in on the talks": at the talks as they were, told without a cue)
        const status = attendedBy ? (/^ (?:will|would) be\b/.test(post) ? "planned" : "held") : planned && (cue === undefined || cue === "proposed") ? "planned" : (cue ?? (attender !== undefined && m === heldNear ? "held" : "proposed"));
        this.mention(m, a, from, to, ps, { anaphor: true, dated, status, ...(attendees.length ? { attendees: true } : {}), ...(movedTo ? { place: a.slots[Number(movedTo[1])]?.key } : {}) });
        // (those at a meeting held met those already known to be at it, unless it is a gathering of many)
        let sides: Map<string, string> | undefined;
        if (attendees.length && status === "held" && headClass(m.head) !== "event" && present.length <= 4)
          for (const x of attendees.filter((k) => k.startsWith("person:") && !present.includes(k)))
            // (their sides found once, when a pair is first to be told apart)
            for (const p of present) if (p !== x && !this.colleagues(x, p, [...m.participants], (sides ??= this.attendeeSides(m, attendees, [], a.sentence)))) this.sink.add("MET_WITH", x, p, a.sentence, "a meeting that was held", m.date ? { date: m.date } : {});
        used.push([from, to]);
        continue;
      }
      // an indefinite meeting with no names: the states and people of its clause ("a bilateral summit", "days of talks in X")
      // (not one someone addresses or opens alone: "before addressing a business forum")
      // (nor one someone attends alone, a forum or conference: "the president is attending an investment forum")
      // (nor one a leader convenes of their own: "after the prime minister convened an emergency meeting on a typhoon")
      const convened = /\bconven(?:ed|es|e|ing) (?:a|an) (?:emergency|cabinet|crisis|security|special|extraordinary|urgent|party) $/.test(pre);
      const attendsAlone = headClass(head) === "event" && /<P\d+> (?:[a-z]+ ){0,3}(?:attend(?:s|ed|ing)?|attended)\s+(?:a|an)\s+(?:[a-z'-]+\s+){0,3}$/.test(pre) && !/<P\d+>,? and <P\d+>(?:[^<]*)$/.test(pre);
      if ((/\b(?:a|an)\s+(?:[a-z'-]+\s+){0,3}$/i.test(pre) || /\b(?:days?|rounds?|weeks?|hours?) of $/.test(pre) || firstOf) && !plural && !attendsAlone && !convened && !/\b(?:address(?:ed|es|ing)?|open(?:ed|s|ing)?|spoke at|speaking at|speak at|inaugurat\w+)\s+(?:a|an)\s+(?:[a-z'-]+\s+){0,3}$/i.test(pre)) {
        let clause = clauseSlots(text, from, keyOf);
        // ("a letter from the Bolivian president, Z, inviting A and B to a summit on …": Z and those invited)
        const invited = pre.match(INVITING_TO_A);
        if (invited) clause = [...new Set([invited[1], ...slotsIn(invited[2])].map((i) => keyOf(Number(i))).filter((k): k is string => !!k))];
        if (!clause.length && headClass(head) === "event") clause = [...new Set(slotsIn(text).map(keyOf).filter((k): k is string => !!k))];
        if (clause.length >= 1) {
          const phraseEnd = to + (post.match(/^ in <L\d+>/)?.[0].length ?? 0);
          // ("for a full summit in 1987": its year keeps it apart from a meeting of other years; "invited Y to
          // Moscow for a summit": the place before)
          const y = yearsIn(post.slice(0, 30))[0];
          // ("a meeting of the Council, chaired by X, and attended by A, B and C": the chair and those there, held unless
          // still ahead)
          const chaired = post.match(CHAIRED_AND_ATTENDED);
          if (chaired) {
            const ps = [...new Set([...keys(untitled(chaired[1])), ...keys(untitled(chaired[2]))])].filter((k) => k.startsWith("person:"));
            if (ps.length >= 2) {
              const status: MeetingStatus = FUTURE.test(text) || PLANNED.test(pre) ? "planned" : "held";
              const m = this.matchOrCreate(ps, head, a, from, y, status);
              this.mention(m, a, from, to + chaired[0].length, ps, { status, ...(y ? { year: y } : {}) });
              used.push([from, to + chaired[0].length]);
              continue;
            }
          }
          // (told with its one day, not the pair's meeting of another day: "A month earlier, on July 10, 2025, A and B
          // had held a bilateral meeting in L")
          const days = findDates(a.sentence.text, this.articleDate).filter((d) => d.iso?.length === 10);
          const m = this.matchOrCreate(clause, head, a, from, y, undefined, false, days.length === 1 ? days[0].iso : undefined);
          if (headClass(head) === "event" && !m.label) m.label = eventLabel(text, from, phraseEnd, a);
          const before = pre.match(/\bto <([LG])(\d+)> for (?:a|an) (?:[a-z'-]+ ){0,3}$/);
          const place = before ? a.slots[Number(before[2])]?.key : undefined;
          // (being at the same conference is not meeting each other: "although both were in Singapore for a conference")
          this.mention(m, a, from, to, clause, { ...(y ? { year: y } : {}), ...(place ? { place } : {}), crowd: headClass(head) === "event" });
          used.push([from, to]);
        }
      }
    }
    this.joinedAfter(scan, prevSubject);
    // (a year an event is dated by, not one that qualifies a noun: "in August 2022", not "the 1994 genocide")
    const pair = pairOf(a);
    if (pair.length === 2) [this.pairNamed, this.pairNamedAt] = [pair, a.sentence.index];
    // (nor one in a relative clause about someone: "Benali, who left government in 2019,")
    // (and a sentence of the present, "late last year", "on Tuesday", brings the story back to the article's time)
    // (nor the start of what still goes on: "the most sustained contact since Burundi sealed the border in January 2024")
    // (nor one a speaker recalls: "Minister X recalled his visit to Cairo in October 2025, during which …")
    const told = [...text.replace(/,? (?:who|whose) [^,;.]*/g, "").replace(/\bsince\b[^,;.]*/g, "").replace(/\b(?:recalled|recalling|recalls|recall)\b[^;.]*/g, "").matchAll(STORY_YEAR)].map((m) => m[1] ?? m[2]).pop();
    if (told) [this.storyYear, this.storyYearAt] = [told, a.sentence.index];
    else if (/\b(?:last|this|next) (?:year|month|week)\b|\b(?:yesterday|today|tomorrow)\b|\b(?:on|last|next|this) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.test(text)) this.storyYear = undefined;
  }

  /** A plenary: one of the story, held by those who chaired, attended or sat at it ("chaired Wednesday's opening
   * plenary", "Attended the plenary", "Sits at the plenary"), each meeting the others there of other sides. */
  private plenary(a: AbstractSentence, from: number, to: number, keyOf: (i: number) => string | undefined, used: [number, number][]) {
    const text = a.text;
    const before = text.slice(0, from);
    const at = before.match(PLENARY_NAMED);
    // (else the subject of the verb, past an earlier clause: "X met Y on Tuesday and attended the plenary")
    const verb = PLENARY_VERB_BEFORE.test(before);
    // (a verb after "and" or "then" is the sentence's subject's: "X held talks with Y and with Z, then chaired the plenary")
    const coordinated = verb && /(?:,? (?:and|then|and then)|;) (?:also |later )?[a-z-]+(?: (?:at|in|on|part in))? (?:the |a |an |its |their )?(?:[\w'-]+ ){0,3}$/.test(before) ? text.match(/^(?:[^<.;]{0,40})?<P(\d+)>/)?.[1] : undefined;
    const who = at ? keyOf(Number(at[1])) : coordinated !== undefined ? keyOf(Number(coordinated)) : verb ? subjectSlot(text, from, keyOf) : undefined;
    if (!who?.startsWith("person:") || NEGATION.test(before.slice(-40))) return;
    const status: MeetingStatus = FUTURE.test(before.slice(-40)) ? "planned" : "held";
    const m = this.meetings.find((x) => /^plenary/.test(x.head) && x.lastAt >= this.storyStart) ?? this.create("plenary", a.sentence, a.sentence.start + from);
    const there = [...m.participants].filter((p) => p.startsWith("person:") && p !== who);
    this.mention(m, a, from, to, [who], { status, crowd: true });
    if (status === "held") for (const p of there) if (!this.colleagues(who, p, [...m.participants])) this.sink.add("MET_WITH", who, p, a.sentence, "both at the plenary", m.date ? { date: m.date } : {});
    used.push([from, to]);
  }

  /** "X was joined by A, while Y travelled with B and C": they are at the meeting X (Y) was last at. */
  /** "Kenji Kanasugi, Japan's ambassador to China, accompanied him": one more at the meeting the one before held, on his side. */
  private accompaniedHim({ a, text, keyOf }: Scan, prevSubject?: string) {
    const v = / accompanied (?:him|her)\b/.test(text) ? text.match(ACCOMPANIED_HIM) : null;
    const who = v ? keyOf(Number(v[1])) : undefined;
    if (!v || !who?.startsWith("person:") || !prevSubject?.startsWith("person:")) return;
    const m = this.lastHeld(a.sentence.start, (x) => x.participants.has(prevSubject) && a.sentence.index - Math.max(...x.sentences.map((s) => s.index)) <= 1);
    if (!m || m.participants.has(who)) return;
    const from = v.index! + v[0].indexOf("accompanied");
    this.joined(m, a, from, from + "accompanied".length, [who], "held", prevSubject);
  }

  private joinedBy({ a, text, keyOf, keys }: Scan, prevSubject?: string) {
    // (the meetings told before, latest first, sorted only when a pattern needs them)
    let sorted: MeetingFacts[] | undefined;
    const earlier = () => (sorted ??= this.meetings.filter((x) => x.lastAt < a.sentence.start).sort((x, y) => y.lastAt - x.lastAt));
    for (const v of / (?:by|with) /.test(text) ? text.matchAll(JOINED_BY) : []) {
      const host = keyOf(Number(v[1] ?? v[3]));
      const extra = keys(untitled(v[2] ?? v[4])).filter((k) => k.startsWith("person:"));
      // (told in the past, the last meeting of theirs that was held, before one still ahead: "The Chairperson was
      // accompanied by A", after an invitation to visit Pretoria accepted)
      const last = host ? (earlier().find((x) => x.participants.has(host) && x.statuses.includes("held")) ?? earlier().find((x) => x.participants.has(host))) : undefined;
      if (!last || !extra.length) continue;
      // ("X was accompanied on both days by Y": at each of X's meetings held just told)
      const each = / (?:both|all|each of the) (?:days|meetings|sessions|rounds) by /.test(v[0]) ? earlier().filter((x) => x.participants.has(host!) && x.statuses.includes("held") && x.sentences.some((y) => a.sentence.index - y.index <= 3)) : [last];
      const from = v.index!;
      for (const m of each) {
        // (one who accompanies X, came with X, or joined X, is of X's side: they meet the others there, not X; "The governor
        // was joined by the state secretary" is no meeting of the two)
        const present = [...m.participants].filter((p) => p.startsWith("person:") && !extra.includes(p) && p !== host);
        const held = m.statuses.includes("held");
        this.mention(m, a, from, from + v[0].length, extra, { anaphor: true, status: held ? "held" : m.statuses[m.statuses.length - 1] });
        // (those who joined met those already there)
        if (held) for (const x of extra) for (const p of present) this.sink.add("MET_WITH", x, p, a.sentence, "a meeting that was held", m.date ? { date: m.date } : {});
      }
    }
    // "The visiting minister was accompanied by Uzbekistan's ambassador, Y": Y at the meeting last held, with the minister
    const post = / by /.test(text) ? text.match(POST_ACCOMPANIED_BY) : null;
    const last = post ? earlier().find((x) => x.statuses.includes("held") && x.sentences.some((y) => a.sentence.index - y.index <= 2)) : undefined;
    if (post && last) {
      // (the one the post names; or "He": the one that meeting received, else the subject of the sentence before, if there)
      const noun = post[1];
      const one = noun ? [...last.participants].filter((p) => (this.titlesOf.get(p) ?? []).some((t) => t === noun || t.endsWith(` ${noun}`))) : last.guest ? [last.guest] : prevSubject && last.participants.has(prevSubject) ? [prevSubject] : [];
      this.joinNamed(last, a, post, post[3], keys, one.length === 1 ? one[0] : undefined);
    }
    // "A crossed the border from L, accompanied by B": B at the meeting held with A told in the two sentences before
    const came = / accompanied by /.test(text) ? text.match(CAME_ACCOMPANIED) : null;
    const guest = came ? keyOf(Number(came[1])) : undefined;
    const with_ = guest ? earlier().find((x) => x.statuses.includes("held") && x.participants.has(guest) && x.sentences.some((y) => a.sentence.index - y.index <= 2)) : undefined;
    if (came && with_) this.joinNamed(with_, a, came, came[2], keys, guest);
    // "Dr B was also present.": B at the meeting the sentence before told held
    // (also a clause of its own after a semicolon: "He was accompanied by X; G's Minister of …, Y, was also present.")
    const semi = text.lastIndexOf("; ");
    const clause = semi > 0 && / present\b/.test(text.slice(semi)) ? text.slice(semi + 2).match(PRESENT_TOO) : null;
    if (clause) clause.index! += semi + 2;
    // (and "A and B made up the rest of the table")
    const also = / present| in attendance| in the room| at the table| at the (?:meeting|talks)\b| attended\b| also received| took part| sat in on the discussion| the (?:rest of the )?table\b/.test(text) ? (text.match(PRESENT_TOO) ?? clause) : null;
    // (after a side's opener, the one of the two sentences before: "… also attended the talks. The ambassador, X, took up
    // his post in January. On the Chinese side, Y was present.")
    // (or one the sentence names, "present during the call", up to three before: a quote told between)
    // (or "X attended the audience", the one told just before, past a sentence of its own on who else was there)
    const back = also && /^On the /.test(text) ? 2 : also && / (?:at|during|for) the (?:meeting|talks|audience|call)\b/.test(text) ? 3 : also && / attended the (?:audience|meeting|talks)\b/.test(text) ? 2 : 1;
    const just = also ? earlier().find((x) => x.statuses.includes("held") && x.sentences.some((y) => a.sentence.index - y.index >= 1 && a.sentence.index - y.index <= back)) : undefined;
    // (or the state of the role it was in: "was in the room as the British note-taker")
    const sideSlot = also?.groups?.side ?? also?.groups?.role;
    const sideOpened = sideSlot !== undefined ? a.slots[Number(sideSlot)]?.country : undefined;
    // (and those named after "as did" or "as was": "X attended, as did Mr Y and G's High Commissioner")
    const asDid = (also?.groups?.asdid ?? also?.groups?.aswas ?? "").match(/<P\d+>/g)?.join(" ") ?? "";
    // ("X received Y at L. A, B and C were in the room": the host's people, who met the guest, not their host)
    // (unless one of them is of another state: "A and B were also at the table", B the guest's minister, met the host)
    const listed = also ? keys(untitled(also.groups!.list)).filter((k) => k.startsWith("person:")) : [];
    const hostState = just?.host ? this.stateOf.get(just.host) : undefined;
    const hostsOwn = also && just?.host && / in the room| at the table/.test(also[0]) && listed.every((k) => !hostState || !this.stateOf.get(k) || this.stateOf.get(k) === hostState) ? just.host : undefined;
    if (also && just) this.joinNamed(just, a, also, `${also.groups!.list}${asDid ? ` ${asDid}` : ""}`, keys, hostsOwn, sideOpened ? { state: `government:${sideOpened}`, post: also.groups?.post } : undefined, true);
    // ("G, whose minister could not travel, was represented at the audience by its ambassador": the state at the
    // meeting just told, where no one of it is named)
    const represented = / represented /.test(text) ? text.match(/^(?:[^<.;]{0,20})?<G(\d+)>,?(?: (?:[^<.;,]|<[GL]\d+>){1,60},)? (?:was|were) represented (?:at the (?:audience|meeting|talks|summit|signing|ceremony) )?by (?:its|their) (?:[a-z-]+ ){0,3}(?:ambassador|envoy|minister|representative|charg[eé] d['’]affaires)\b/) : null;
    const state = represented ? keyOf(Number(represented[1])) : undefined;
    const told = state?.startsWith("government:") ? this.lastHeld(a.sentence.start, (x) => x.sentences.some((y) => a.sentence.index - y.index === 1) && ![...x.participants].some((p) => p === state || this.stateOf.get(p) === state)) : undefined;
    if (told && state) this.joined(told, a, represented!.index!, represented!.index! + represented![0].length, [state], "held");
    // "Y told reporters after the meeting, which he attended together with Z": Y and Z at the meeting held just before
    const speakerThere = / attended/.test(text) ? text.match(ATTENDED_IT_WITH) : null;
    const itself = speakerThere ? earlier().find((x) => x.statuses.includes("held") && x.sentences.some((y) => a.sentence.index - y.index <= 1)) : undefined;
    if (speakerThere && itself) this.joinNamed(itself, a, speakerThere, `<P${speakerThere[1]}>${speakerThere[2] ? ` ${speakerThere[2]}` : ""}`, keys, undefined, undefined, true);
    // "G's ambassador to H also attended the talks. The ambassador, X, …": X named after the post that attended ("Y also took
    // part in the talks, as did G's ambassador in L. The ambassador, X, …"; "G's state secretary also took part. The
    // official, X, …"), at the meeting told in the three sentences before
    // (also where the post was read into the name's mention: "The High Commissioner, X, presented …" as "<P>
    // presented")
    const rawPost = /^<P\d+> /.test(text) ? a.sentence.text.match(POST_THEN_NAMED_RAW) : null;
    const lead = rawPost ? text.match(/^<P(\d+)>/) : null;
    const postNamed = text.match(POST_THEN_NAMED) ?? (rawPost && lead ? (Object.assign([lead[0], rawPost[1], lead[1]], { index: 0 }) as unknown as RegExpMatchArray) : null);
    const postWord = postNamed ? (/^(?:envoy|official|diplomat)$/i.test(postNamed[1]) ? `(?:[a-z-]+ )?${STATE_POST.source}` : postNamed[1].toLowerCase()) : undefined;
    const prevRaw = postWord ? (this.previous?.sentence.text ?? "") : "";
    const postThere = postWord ? prevRaw.match(new RegExp(`\\b${postWord}\\b`, "i")) : null;
    const attendedAsPost =
      postThere && ATTENDED_TOO.test(prevRaw) ? earlier().find((x) => x.statuses.includes("held") && x.sentences.some((y) => a.sentence.index - y.index >= 1 && a.sentence.index - y.index <= 3)) : undefined;
    // (of the state the sentence before gives it, "G's state secretary", or of the one it accompanied: "At L, the <N>
    // minister was accompanied by his country's new High Commissioner to G")
    const escortedBy = attendedAsPost ? this.previous?.text.match(ACCOMPANIED_BY_POST) : null;
    const named = escortedBy?.[3] !== undefined ? this.previous?.slots[Number(escortedBy[3])]?.key : undefined;
    const escortState = escortedBy?.[1] !== undefined ? this.previous?.slots[Number(escortedBy[1])]?.country : named ? this.stateOf.get(named)?.replace(/^government:/, "") : undefined;
    const postCountry = attendedAsPost ? (stateNamedBefore(prevRaw, postThere!.index!) ?? (escortState ? countryByKey(escortState) : undefined)) : undefined;
    const postTold = attendedAsPost ? postThere![0] : undefined;
    // (the one accompanied: the guest, else the only one there the article gives that post)
    const titledSo = escortedBy?.[2] ? [...(attendedAsPost?.participants ?? [])].filter((p) => (this.titlesOf.get(p) ?? []).some((t) => new RegExp(`\\b${escortedBy[2]}$`, "i").test(t)) && !/\bprime\b/i.test((this.titlesOf.get(p) ?? []).join())) : [];
    const escorted = escortedBy ? (named && attendedAsPost?.participants.has(named) ? named : (attendedAsPost?.guest ?? (titledSo.length === 1 ? titledSo[0] : undefined))) : undefined;
    if (postNamed && attendedAsPost) this.joinNamed(attendedAsPost, a, postNamed, `<P${postNamed[2]}>`, keys, escorted, postCountry ? { state: `government:${postCountry.key}`, post: postTold } : undefined);
    // "On Monday, X met Japan's top envoy in Seoul at the ministry. The ambassador, Y, delivered …": X met Y, then
    const metPost = postNamed && !attendedAsPost && /^(?:ambassador|envoy|high commissioner)$/i.test(postNamed[1]) ? this.previous?.text.match(MET_A_POST) : null;
    const host = metPost ? this.previous?.slots[Number(metPost[1])]?.key : undefined;
    const envoy = postNamed ? keys(`<P${postNamed[2]}>`)[0] : undefined;
    if (metPost && host?.startsWith("person:") && envoy?.startsWith("person:") && host !== envoy && !NEGATION.test(metPost[0]) && !FUTURE.test(metPost[0])) {
      const from = postNamed!.index!;
      const to = from + postNamed![0].length;
      const day = this.dateIn(this.previous!, this.previous!.text, "behind");
      const m = this.matchOrCreate([host, envoy], "meeting", a, from, day?.slice(0, 4), "held", false, day);
      const place = metPost[2] !== undefined ? this.previous!.slots[Number(metPost[2])]?.key : undefined;
      this.mention(m, a, from, to, [host, envoy], { status: "held", date: day, ...(place ? { place } : {}) });
      const state = stateNamedBefore(this.previous!.sentence.text, this.previous!.sentence.text.search(/\b(?:ambassador|envoy|high commissioner)\b/i));
      if (state && !this.sidesTold.has(envoy)) this.sidesTold.set(envoy, `government:${state.key}`);
    }
    // "Chile was represented at the table by Interior Minister C": C at the talks held just before
    // (or, right after a meeting told without its people: "… a meeting between security officials of the two countries,
    // which X hosted. Rwanda sent Y, …, while Burundi was represented by Z")
    for (const v of /\b(?:represented|sent)\b/.test(text) ? text.matchAll(REPRESENTED_AT) : []) {
      // (a meeting told only by its states takes no one this way: "The talks were hosted by Norway … Norway was
      // represented by X" says whom Norway sent, not that X is one more side)
      const m = earlier().find((x) => x.statuses.includes("held") && x.sentences.some((y) => a.sentence.index - y.index <= (v[1] ? 2 : 1)) && (!!v[1] || [...x.participants].some((p) => p.startsWith("person:"))));
      const extra = keys(untitled(v[2])).filter((k) => k.startsWith("person:") && !m?.participants.has(k));
      if (!m || !extra.length) continue;
      this.joined(m, a, v.index!, v.index! + v[0].length, extra, "held");
    }
  }

  /** "A and his counterpart, B, held talks at a hotel in the city, joined by C": C at the talks this sentence told
   * (read after the sentence's nouns: "withdrew to a lounge for talks, joined by C"). */
  private joinedAfter({ a, text, keys, keyOf }: Scan, prevSubject?: string) {
    for (const v of text.includes("by") ? text.matchAll(JOINED_AFTER) : []) {
      const from = v.index! + v[0].search(/, (?:and )?(?:were |was )?(?:joined|accompanied) by /);
      const at = a.sentence.start + from;
      const m = this.meetings.filter((x) => x.sentences.includes(a.sentence) && x.lastAt <= at).sort((x, y) => y.lastAt - x.lastAt)[0];
      const extra = [...keys(untitled(v[1])), ...keys(untitled(v[2] ?? ""))].filter((k) => k.startsWith("person:") && !m?.participants.has(k));
      if (!m || !extra.length) continue;
      this.joined(m, a, from, v.index! + v[0].length, extra, m.statuses[m.statuses.length - 1]);
    }
    // (or one at the side of one of them, told first: "X was at the side of the then Prime Minister, Y, when Y held
    // talks with Z")
    const beside = / side of /.test(text) ? text.match(/(?:<P(\d+)>|^(?:[^<.;]{0,30} )?(?:he|she|He|She)) (?:was|stood|sat) (?:at|by) the side of (?:the )?(?:[^<.;]{0,40}, )?<P(\d+)>,? (?:when|as|while)\b/) : null;
    const by = beside ? (beside[1] !== undefined ? keyOf(Number(beside[1])) : prevSubject) : undefined;
    const met = beside ? this.meetings.filter((x) => x.sentences.includes(a.sentence) && x.participants.has(keyOf(Number(beside[2])) ?? "")).sort((x, y) => y.lastAt - x.lastAt)[0] : undefined;
    if (met && by?.startsWith("person:") && !met.participants.has(by)) this.joined(met, a, beside!.index!, beside!.index! + beside![0].length, [by], met.statuses[met.statuses.length - 1], keyOf(Number(beside![2])));
    // (or told between the two and their talks: "A and B, joined by C, held talks"; or "signed …, after talks joined by
    // C")
    for (const v of text.includes("by") ? [...text.matchAll(JOINED_AMID), ...text.matchAll(TALKS_JOINED_BY)] : []) {
      const m = this.meetings.filter((x) => x.sentences.includes(a.sentence)).sort((x, y) => y.lastAt - x.lastAt)[0];
      const extra = keys(untitled(v[1])).filter((k) => k.startsWith("person:") && !m?.participants.has(k));
      if (!m || !extra.length) continue;
      this.joined(m, a, v.index!, v.index! + v[0].length, extra, m.statuses[m.statuses.length - 1]);
    }
  }

  /** The people `list` names (a stretch of the sentence `cue` matched) join held meeting `m`, with `escorted`, the one
   * they came with, if told. */
  private joinNamed(m: MeetingFacts, a: AbstractSentence, cue: RegExpMatchArray, list: string, keys: Scan["keys"], escorted?: string, side?: { state: string; post?: string }, hostSides = false) {
    const extra = keys(untitled(list)).filter((k) => k.startsWith("person:") && !m.participants.has(k));
    // (the side the sentence gives them, and the post of that state it names them by)
    if (side)
      // (or the side the article already gave them by this sentence: "On the Chinese side, X, director general …")
      for (const x of extra.filter((k) => (this.stateOf.get(k) ?? side.state) === side.state && !this.sidesTold.has(k))) {
        this.sidesTold.set(x, side.state);
        if (side.post && STATE_POST.test(side.post)) this.sink.add("HOLDS_OFFICE", x, side.state, a.sentence, "a post on a state's side at a meeting", { title: side.post.trim(), weak: true });
      }
    if (extra.length) this.joined(m, a, cue.index!, cue.index! + cue[0].length, extra, "held", escorted, hostSides);
  }

  /** `extra` join meeting `m` told before, with its `status`; if it was held, they met those already at it who are
   * not of their own side (nor `escorted`, the one they came with). */
  /** "X attended on the Cambodian side and Y on the Vietnamese side": both at the talks the sentence before told, each on
   * the side named. */
  private attendedOnSides({ a, text, keyOf, used, free }: Scan) {
    const v0 = / side\b|<G\d+>/.test(text) ? text.match(/^<P(\d+)> (?:also )?(?:attended|took part|sat in)(?: (?:the|those) (?:talks|meeting))? on the <G(\d+)>(?: side)?(?:,? and <P(\d+)> on the <G(\d+)>(?: side)?)?/) : null;
    // (or told with no verb, a pool report's: "On the Kuwaiti side, X; on the Omani side, Y.")
    const bare = v0 ? null : text.match(/^On the <G(\d+)>(?: side)?, <P(\d+)>; on the <G(\d+)>(?: side)?, <P(\d+)>\.?$/);
    const v = v0 ?? bare;
    if (!v || !free(v.index!, v.index! + v[0].length)) return;
    // (the meeting held that the sentence before told, or the one before it, past a line of its own)
    const m = this.lastHeld(a.sentence.start, (x) => x.sentences.some((s) => a.sentence.index - s.index === 1 || (!!bare && a.sentence.index - s.index === 2)));
    if (!m) return;
    const seated = (bare ? [[v[2], v[1]], [v[4], v[3]]] : [[v[1], v[2]], [v[3], v[4]]]).map(([p, g]) => [p === undefined ? undefined : keyOf(Number(p)), g === undefined ? undefined : keyOf(Number(g))]).filter(([p, g]) => p?.startsWith("person:") && g?.startsWith("government:"));
    if (!seated.length) return;
    for (const [p, g] of seated) if (!this.sideOf(p!)) this.sidesTold.set(p!, g!);
    this.joined(m, a, v.index!, v.index! + v[0].length, seated.map(([p]) => p!), "held");
    used.push([v.index!, v.index! + v[0].length]);
  }

  private joined(m: MeetingFacts, a: AbstractSentence, from: number, to: number, extra: string[], status: MeetingStatus, escorted?: string, hostSides = false) {
    // (not the one they came with: "Z, Japan's ambassador, accompanied him")
    const present = [...m.participants].filter((p) => p.startsWith("person:") && p !== escorted);
    const all = [...m.participants, ...extra];
    // (those of no state told who were present at it in a state's capital are its side: "… called on Y at L in Dhaka. Z
    // and W were present"; not those who signed there, who may have come with the guest)
    // (and so are those already there of no state told, when a visitor of another state is there: the ones visited)
    const placeState = [...m.places].map(stateOfPlace).find(Boolean);
    const visited = !!placeState && present.some((p) => !!this.stateOf.get(p) && this.stateOf.get(p) !== `government:${placeState}`);
    const local = hostSides && status === "held" && m.places.size ? this.attendeeSides(m, visited ? [...extra, ...present] : extra, [], a.sentence) : undefined;
    // (those who came with someone came as one side: they did not meet each other)
    this.mention(m, a, from, to, extra, { anaphor: true, status, ...(escorted ? { side: extra } : {}) });
    // (a state that joins is at the table, but meets no one: its people are not named)
    if (status === "held") for (const x of extra.filter((k) => k.startsWith("person:"))) for (const p of present) if (!this.colleagues(x, p, all, local)) this.sink.add("MET_WITH", x, p, a.sentence, "a meeting that was held", m.date ? { date: m.date } : {});
  }

  /** "A held an unannounced meeting with B in L on April 29, the outlet reported on May 7, citing sources. … A denied the
   * report. "No such meeting took place."" (or "On Tuesday, a spokesman denied it."): a meeting told only as reported,
   * denied in the sentences after, is none (its participants, place and MET_WITH edges go with it). */
  private reportDenied({ a }: Scan) {
    const text = a.sentence.text;
    if (!DENIAL_CUE.test(text)) return;
    if (!REPORT_DENIED.test(text)) return;
    // (a report and its denial in one sentence: "told state media that reports that A had met B were "fabricated"")
    const within = REPORT_CALLED_UNTRUE.test(text);
    // (or one side confirmed and the other denied, a few sentences on: "I can confirm that a meeting took place," X told
    // reporters … "No such meeting took place," Y said; "There was no such meeting," a fact-check's source)
    const flat = /^["“]?(?:No (?:such )?meeting|There (?:was|has been) no such meeting)\b/i.test(text);
    const m = [...this.meetings]
      .filter((x) => (x.lastAt < a.sentence.start || (within && x.sentences.every((y) => y.index === a.sentence.index))) && x.statuses.length > 0 && (x.statuses.includes("held") || within) && a.sentence.index - Math.max(...x.sentences.map((y) => y.index)) <= (flat ? 5 : 2) && (flat ? REPORTED_BY.test(x.sentences[0].text) || CONFIRMED_BY.test(x.sentences[0].text) : x.sentences.every((y) => REPORTED_BY.test(y.text))))
      .sort((x, y) => y.lastAt - x.lastAt)[0];
    if (!m) return;
    this.meetings.splice(this.meetings.indexOf(m), 1);
    const told = new Set(m.sentences.map((y) => y.start));
    const people = [...m.participants];
    for (let i = this.sink.out.length - 1; i >= 0; i--) {
      const r = this.sink.out[i];
      const ofIt = r.source === m.key || r.target === m.key || (r.relation === "MET_WITH" && told.has(r.evidence.start) && people.includes(r.source) && people.includes(r.target));
      if (ofIt) this.sink.out.splice(i, 1);
    }
  }

  /** The co-chairs of the meeting told last as co-chaired. */
  private coChairs?: string[];

  /** "On 21 August 2019, in a conference hall in L, A and B signed a memorandum … They signed it in the presence of
   * C, D and E": all five met there, that day. */
  private signedBeforeThem({ a, text, keys, used, free }: Scan) {
    const v = /^They signed /.test(text) ? text.match(THEY_SIGNED_BEFORE) : null;
    const prev = this.previous;
    const signed = prev?.text.match(/^(?:(?:[^<.;]|<L\d+>){0,80}?,? )?<P(\d+)> and <P(\d+)> (?:jointly |formally )?signed\b/);
    if (!v || !prev || !signed) return;
    const people = [...new Set([...[signed[1], signed[2]].map((x) => prev.slots[Number(x)]?.key), ...keys(untitled(v[1]))])].filter((p): p is string => !!p?.startsWith("person:"));
    const from = v.index!;
    const to = from + v[0].length;
    if (people.length < 3 || !free(from, to)) return;
    const at = [...prev.text.slice(0, signed.index! + signed[0].length).matchAll(/<L(\d+)>/g)].pop()?.[1];
    this.heldThere(a, used, from, to, people, this.dateIn(prev, prev.text, "behind"), at !== undefined ? prev.slots[Number(at)]?.key : undefined);
  }

  /** "The commission … met in L that September, with the then foreign ministers, A and B, leading their delegations": a
   * meeting of the two, there. */
  private leadingDelegations(scan: Scan) {
    const { text, keyOf } = scan;
    const v = / leading (?:their|the) /.test(text) ? text.match(LEADING_DELEGATIONS) : null;
    if (v) this.heldAtMatch(scan, v, [keyOf(Number(v[2])), keyOf(Number(v[3]))], v[1]);
  }

  /** A meeting held, of the people (two or more) a match in the sentence names, where it says (a place's slot number),
   * on the day the sentence gives: the tail of the scans that find such a match. */
  private heldAtMatch({ a, text, used, free }: Scan, v: RegExpMatchArray, found: (string | undefined)[], at: string | undefined) {
    const people = [...new Set(found.filter((p): p is string => !!p?.startsWith("person:")))];
    const from = v.index!;
    const to = from + v[0].length;
    if (people.length < 2 || !free(from, to)) return;
    this.heldThere(a, used, from, to, people, this.dateIn(a, text, "behind"), at !== undefined ? a.slots[Number(at)]?.key : undefined);
  }

  /** "The original … shows X with Y during their meeting in G that month": the two met there. */
  private pictureOfTheirMeeting(scan: Scan) {
    const { text, keyOf } = scan;
    const v = / their meeting /.test(text) ? text.match(/\b(?:shows?|showing|pictured|seen) <P(\d+)> (?:with|and) <P(\d+)> (?:during|at|after|before) their (?:[a-z-]+ )?meeting(?: in (?:the )?<[LG](\d+)>)?/) : null;
    if (v) return this.heldAtMatch(scan, v, [keyOf(Number(v[1])), keyOf(Number(v[2]))], v[3]);
    // ("The attached photo shows A and B across a table from G's C at L": those at the table met there)
    const t = / (?:across|opposite|facing) /.test(text) ? text.match(ACROSS_TABLE) : null;
    if (!t) return;
    // (those on one side of the table came together)
    const near = [...t[1].matchAll(/<P(\d+)>/g)].map((x) => keyOf(Number(x[1]))).filter((p): p is string => !!p);
    const side = near.map((p) => this.sideOf(p)).find(Boolean) ?? `side:${scan.a.sentence.index}:near`;
    for (const p of near) if (!this.sideOf(p)) this.sidesTold.set(p, side);
    this.heldAtMatch(scan, t, [...near, keyOf(Number(t[2]))], t[3]);
  }

  /** "a note that X gave Y on the night of 20 November 1995, and which Y carried across the base to Z's quarters": X
   * met Y that night, and Y met Z. */
  private noteGivenAndCarried({ a, text, keyOf, used, free }: Scan) {
    const v = / and (?:which|that) /.test(text) ? text.match(NOTE_GIVEN_AND_CARRIED) : null;
    if (!v || NEGATION.test(v[0])) return;
    const [src, mid, rcp] = [keyOf(Number(v[1])), keyOf(Number(v[2])), keyOf(Number(v[4]))];
    const gave = v.index! + v[0].indexOf(" gave") + 1;
    const carried = v.index! + v[0].lastIndexOf(` ${v[3]}`) + 1;
    const day = this.dateIn(a, text.slice(gave), "behind");
    if (src?.startsWith("person:") && mid?.startsWith("person:") && src !== mid && free(gave, gave + 4)) this.heldThere(a, used, gave, gave + 4, [src, mid], day);
    if (mid?.startsWith("person:") && rcp?.startsWith("person:") && mid !== rcp && free(carried, carried + v[3].length)) this.heldThere(a, used, carried, carried + v[3].length, [mid, rcp], day);
  }

  /** "X's invitation, in a letter, was handed to Y in L on August 31 by G's ambassador to H, Z": Y and Z met there,
   * then. */
  private handedToBy({ a, text, keyOf, used, free }: Scan) {
    const v = / by /.test(text) ? text.match(HANDED_TO_BY) : null;
    if (!v || NEGATION.test(v[0]) || FUTURE.test(v[0])) return;
    const [to, by] = [keyOf(Number(v[1])), keyOf(Number(v[3]))];
    const from = v.index! + v[0].search(/ (?:was|were) /) + 1;
    if (!to?.startsWith("person:") || !by?.startsWith("person:") || to === by || !free(from, from + 3)) return;
    this.heldThere(a, used, from, from + 3, [to, by], this.dateIn(a, text.slice(from), "behind"), v[2] !== undefined ? a.slots[Number(v[2])]?.key : undefined);
  }

  /** "X handed Y a letter from Z, whom she visited in L on Monday on her way": X met Z there, that day. */
  private whomVisited({ a, text, keyOf, used, free }: Scan) {
    const v = / whom (?:he|she) /.test(text) ? text.match(WHOM_VISITED) : null;
    if (!v) return;
    const [visitor, host] = [keyOf(Number(v[1])), keyOf(Number(v[2]))];
    const from = v.index! + v[0].lastIndexOf(" whom ") + 1;
    const to = v.index! + v[0].length;
    if (!visitor?.startsWith("person:") || !host?.startsWith("person:") || visitor === host || !free(from, to)) return;
    const at = v[3] !== undefined ? a.slots[Number(v[3])]?.key : undefined;
    const known = new Set(this.meetings);
    const m = this.heldThere(a, used, from, to, [visitor, host], this.dateIn(a, text.slice(from, to + 30), "behind"), at);
    // (told in passing, in a relative clause: not the one "the two leaders" or "the talks" after it are about)
    if (!known.has(m)) m.lastAt = 0;
  }

  /** "The first consultative meeting was hosted by X at L in April 2024, with the participation of A and B": held,
   * with them all. */
  private hostedWithParticipation(scan: Scan) {
    const { text, keys } = scan;
    const v = / with the participation of /.test(text) ? text.match(HOSTED_WITH) : null;
    if (!v || NEGATION.test(text.slice(0, v.index!))) return;
    this.heldAtMatch(scan, v, [...keys(`<P${v[1]}>`), ...keys(untitled(v[3]))], v[2].match(/\b(?:at|in) (?:the )?<L(\d+)>/)?.[1]);
  }

  /** "The seventh JWG meeting is held in New Delhi, co-chaired by the Secretary to the Ministry, A, and India's
   * Fisheries Secretary, B"; "The eighth meeting, again co-chaired by A and B, is to be held in L": a meeting. */
  private coChairedBy({ a, text, keyOf, keys, used, free }: Scan) {
    // ("A held talks with B, … the preparations for the next meeting of the <O>, which the two ministers will co-chair
    // in L in May": the two the clause before names, planned there)
    // (or the two named in it: "…, which A and B were to co-chair in L in February, has been deferred to April": the
    // day it was put off to)
    const both = / co-chair /.test(text) ? text.match(WERE_TO_CO_CHAIR) : null;
    const next = both ?? (/ co-chair /.test(text) ? text.match(WILL_CO_CHAIR) : null);
    const pair = both ? [...new Set([both[1], both[2]].flatMap((x) => keys(x)))] : next ? [...new Set(keys(text.slice(0, next.index!)).filter((k) => k.startsWith("person:")))] : [];
    if (next && pair.length === 2 && free(next.index!, next.index! + next[0].length)) {
      const end = next.index! + next[0].length;
      const moved = both ? text.slice(end).match(POSTPONED_TO) : null;
      const day = this.dateIn(a, moved ? text.slice(end + moved.index!) : text.slice(next.index!), "ahead");
      const m = this.matchOrCreate(pair, "meeting", a, next.index!, day?.slice(0, 4), "planned", false, day);
      const at = both ? both[3] : next[1];
      this.mention(m, a, next.index!, end, pair, { status: "planned", ...(day ? { date: day } : {}), ...(at !== undefined && a.slots[Number(at)]?.key ? { place: a.slots[Number(at)].key! } : {}) });
      used.push([next.index!, end]);
      return;
    }
    // (or "It will now take place in L on June 18, under the co-chairmanship of A and B": the meeting told before)
    const v = / co-chaired by | co-chairmanship of /.test(text) ? text.match(CO_CHAIRED) : null;
    if (!v) return;
    const from = v.index!;
    const to = from + v[0].length;
    const named = [...new Set(slotsIn(v[1]).map(keyOf).filter((k): k is string => !!k?.startsWith("person:")))];
    // ("again co-chaired by the two fisheries secretaries": the co-chairs told last)
    const people = named.length ? named : /^the two\b/.test(v[1]) || /\bagain co-chaired\b/.test(v[0]) ? (this.coChairs ?? []) : [];
    if (people.length < 2 || !free(from, to) || NEGATION.test(text.slice(0, from))) return;
    this.coChairs = people;
    // ("agreed that the committee would hold its first session in L in April, co-chaired by A and B": planned, there)
    const status: MeetingStatus = /\b(?:is|was|were|has been|had been) (?:held|convened)\b/.test(text) ? "held" : /\b(?:to be held|will|would hold|(?:is|are) (?:due|expected|scheduled|set) to)\b/.test(text) ? "planned" : statusCue(text, from, to) ?? "held";
    const at = text.match(/\b(?:held|meet|convened|take place|takes place|took place|hold (?:its|their|the) (?:first |next )?(?:session|meeting)) in <L(\d+)>/)?.[1];
    const place = at !== undefined ? a.slots[Number(at)]?.key : undefined;
    const day = this.dateIn(a, text, status === "held" ? "behind" : "ahead");
    const m = this.matchOrCreate(people, "meeting", a, from, day?.slice(0, 4), status, false, day);
    this.mention(m, a, from, to, people, { status, ...(day ? { date: day } : {}), ...(place ? { place } : {}) });
    used.push([from, to]);
  }

  /** "X had also proposed that Z join the two leaders in L": a meeting of the plan told before and Z, proposed. */
  private proposedToJoin({ a, text, keyOf, used, free }: Scan) {
    const v = / join /.test(text) ? text.match(PROPOSED_TO_JOIN) : null;
    if (!v) return;
    const [from, to] = [v.index!, v.index! + v[0].length];
    const [by, third] = [keyOf(Number(v[1])), keyOf(Number(v[2]))];
    const plan = this.recent("meeting", undefined, a.sentence.start + from, true);
    if (!free(from, to) || !by || !third || !plan?.participants.has(by) || plan.participants.has(third)) return;
    const people = [...plan.participants, third];
    const place = v[3] !== undefined ? a.slots[Number(v[3])]?.key : [...plan.places][0];
    const m = this.matchOrCreate(people, "meeting", a, from, plan.date?.slice(0, 4), "proposed", false, plan.date);
    this.mention(m, a, from, to, people, { status: "proposed", ...(plan.date ? { date: plan.date } : {}), ...(place ? { place } : {}) });
    used.push([from, to]);
  }

  /** "X had been scheduled to pay a courtesy call on Y … But the government says the call was cancelled": the call told in
   * the sentence before is off. */
  private callCalledOff({ a, text, used }: Scan) {
    const v = / call (?:was|has been|had been) /.test(text) ? text.match(/\b[Tt]he (?:courtesy )?call (?:was|has been|had been) (?:cancell?ed|called off|scrapped|dropped)\b/) : null;
    if (!v) return;
    // (or one told as a call on someone: "The programme had X calling on Y at 10am today. The call was dropped")
    const m = [...this.meetings].filter((x) => x.lastAt < a.sentence.start && x.sentences.some((y) => a.sentence.index - y.index === 1 && /\bcourtesy call\b|\bcall(?:ing|ed|s)? on\b/.test(y.text))).pop();
    if (!m) return;
    this.mention(m, a, v.index!, v.index! + v[0].length, [], { anaphor: true, status: "cancelled", date: m.date });
    used.push([v.index!, v.index! + v[0].length]);
  }

  /** "A courtesy call by X on Y, which had been scheduled for Wednesday afternoon, was called off": a meeting of the two,
   * with the sentence's status. */
  // (and "A visit to the <O> in <L>, where X was to be shown round by Y, was called off", "A stop in L, where the
  // town's mayor, Y, was to show X the port, fell by the wayside": a meeting of the two, there)
  private courtesyCallBy({ a, text, keyOf, used, free }: Scan) {
    const v = (/ (?:call|visit) (?:by|on) /.test(text) ? text.match(COURTESY_CALL_BY) : null) ?? (/(?: |['’]s )(?:visit|stop|trip) (?:to|in|at) .*, where /.test(text) ? text.match(VISIT_WHERE_RECEIVED) : null);
    if (!v) return;
    const g = v.groups;
    const people = (g ? [keyOf(Number(g.guest ?? g.shown)), keyOf(Number(g.host ?? g.shower))] : [keyOf(Number(v[1] ?? v[4])), keyOf(Number(v[2] ?? v[3]))]).filter((k): k is string => !!k?.startsWith("person:"));
    const from = v.index!;
    const to = from + v[0].length;
    if (new Set(people).size < 2 || !free(from, to)) return;
    const status = statusCue(text, from, to) ?? "held";
    // (one called off was due on a day the story looks back on, as a held one; a plan, ahead)
    const when = status === "held" || status === "cancelled" ? "behind" : "ahead";
    const day = this.dateIn(a, text.slice(to), when) ?? this.dateIn(a, text, when);
    const m = this.matchOrCreate(people, g ? "visit" : "meeting", a, from, day?.slice(0, 4), status, false, day);
    // (the town it names, or the place itself: "a stop in L")
    const place = g ? [g.place, g.at].map((i) => (i === undefined ? undefined : a.slots[Number(i)])).find((x) => x?.kind === "Place")?.key : undefined;
    this.mention(m, a, from, to, people, { status, ...(day ? { date: day } : {}), ...(place ? { place } : {}) });
    used.push([from, to]);
  }

  /** "A, B and C are on the Indian side of the table"; "X is joined by D and E": at the meeting held and told in the
   * sentence or the two before, A, B and C on that state's side, D and E on X's (who do not meet X). */
  private sidesAtTable({ a, text, keyOf, keys }: Scan) {
    const side = / on the </.test(text) ? text.match(ON_SIDE_OF_TABLE) : null;
    const joinedBy = side ? null : / joined by /.test(text) ? text.match(IS_JOINED_BY) : null;
    const cue = side ?? joinedBy;
    if (!cue) return;
    const just = [...this.meetings].filter((x) => x.statuses.includes("held") && x.sentences.some((y) => a.sentence.index - y.index >= 0 && a.sentence.index - y.index <= 2)).sort((x, y) => y.lastAt - x.lastAt)[0];
    if (!just) return;
    // (the slot is the side itself, "Indian side", or its state's word before "side")
    if (side && (/\bside$/.test(a.slots[Number(side[2])]?.text ?? "") || / side\b/.test(side[0]))) {
      const state = a.slots[Number(side[2])]?.country;
      this.joinNamed(just, a, side, side[1], keys, undefined, state ? { state: `government:${state}` } : undefined, true);
      return;
    }
    if (!joinedBy) return;
    const host = keyOf(Number(joinedBy[1]));
    if (host && just.participants.has(host)) this.joinNamed(just, a, joinedBy, joinedBy[2], keys, host, undefined, true);
  }

  /** "X was handed over to US officials at <L> in the presence of A, Minister of State, and B": a meeting of those in whose
   * presence it happened, there (the one handed over is no party to it). */
  private handoverWitnessed({ a, text, keyOf, used, free }: Scan) {
    const v = / in the presence of /.test(text) ? text.match(HANDED_OVER_BEFORE) : null;
    if (!v || !free(v.index!, v.index! + v[0].length)) return;
    const people = [...new Set(slotsIn(v[2]).map(keyOf))].filter((k): k is string => !!k?.startsWith("person:"));
    if (people.length < 2) return;
    const [from, to] = [v.index!, v.index! + v[0].length];
    const place = a.slots[Number(v[1])]?.key;
    const day = this.dateIn(a, text, "behind");
    const m = this.matchOrCreate(people, "meeting", a, from, day?.slice(0, 4), "held", false, day, { place });
    this.mention(m, a, from, to, people, { status: "held", ...(day ? { date: day } : {}), ...(place ? { place } : {}) });
    used.push([from, to]);
  }

  /** Talks through a go-between: "At the first round in Muscat last Saturday, A and B sat in separate rooms while C carried
   * messages between them" (C met each, the two did not meet); "A and B are due in Rome on Saturday for talks mediated
   * once more by C" (the three, planned). */
  private shuttleTalks({ a, text, keyOf, used, free }: Scan) {
    const apart = / separate rooms /.test(text) ? text.match(SEPARATE_ROOMS) : null;
    if (apart && free(apart.index!, apart.index! + apart[0].length)) {
      const [x, y, go] = [apart[1], apart[2], apart[3]].map((i) => keyOf(Number(i)));
      const place = text.slice(0, apart.index!).match(/\bin (?:the )?<L(\d+)>/)?.[1];
      const day = this.dateIn(a, text, "behind");
      const where = place !== undefined ? a.slots[Number(place)]?.key : undefined;
      if (x && y && go && new Set([x, y, go]).size === 3)
        for (const side of [x, y]) {
          const m = this.matchOrCreate([side, go], "talks", a, apart.index!, day?.slice(0, 4), "held", false, day, { place: where });
          this.mention(m, a, apart.index!, apart.index! + apart[0].length, [side, go], { status: "held", ...(day ? { date: day } : {}), ...(where ? { place: where } : {}) });
        }
      used.push([apart.index!, apart.index! + apart[0].length]);
    }
    const due = / for talks /.test(text) ? text.match(DUE_FOR_TALKS) : null;
    if (!due || !free(due.index!, due.index! + due[0].length)) return;
    const people = [due[1], due[2], due[4]].filter((i) => i !== undefined).map((i) => keyOf(Number(i))).filter((k): k is string => !!k?.startsWith("person:"));
    if (new Set(people).size < 2) return;
    const where = a.slots[Number(due[3])]?.key;
    const day = this.dateIn(a, due[0], "ahead");
    const m = this.matchOrCreate(people, "talks", a, due.index!, day?.slice(0, 4), "planned", false, day, { place: where });
    this.mention(m, a, due.index!, due.index! + due[0].length, people, { status: "planned", ...(day ? { date: day } : {}), ...(where ? { place: where } : {}) });
    used.push([due.index!, due.index! + due[0].length]);
  }

  /** "X was received by Y at L and handed him Z's letter, in the presence of W.", "…, with W present.": W at the
   * meeting this sentence told. */
  private presentAtEnd({ a, text, keys }: Scan) {
    const presence = / in the presence of | with /.test(text) ? text.match(IN_PRESENCE_AT_END) : null;
    const here = presence ? this.meetings.filter((x) => x.sentences.includes(a.sentence) && x.statuses.includes("held") && x.lastAt < a.sentence.start + presence.index!).sort((x, y) => y.lastAt - x.lastAt)[0] : undefined;
    // (in the city the sentence opened with: "In Kinshasa on Monday, X was received by Y at the Cité …")
    const opener = presence && here ? text.match(/^In (?:the )?<L(\d+)>/)?.[1] : undefined;
    const city = opener !== undefined ? a.slots[Number(opener)]?.key : undefined;
    if (city && stateOfPlace(city)) here!.places.add(city);
    if (presence && here) this.joinNamed(here, a, presence, presence[1] ?? presence[2], keys, undefined, undefined, true);
  }

  /** A published schedule ("the following schedule for the Minister for Foreign Affairs, X, for the week"): its day
   * headings ("Monday, 16 November (Brussels)") and its entries, whose subject is the one it is for ("08:30 – Meets Y",
   * "13:15 – Working lunch with Y"): a meeting of theirs planned on that day; calls
   * and video conferences are none; "CANCELLED: …" after an entry calls its meeting off. True when the sentence was one
   * of the schedule's lines. */
  private scheduleLine(a: AbstractSentence, keyOf: (i: number) => string | undefined): boolean {
    const text = a.text;
    const intro = text.match(/\bschedule (?:for|of) (?:the )?(?:[^<.;]{0,80}?)?<P(\d+)>|<P(\d+)>['’]s (?:public |weekly |daily |official )?(?:schedule|itinerary)\b/);
    const principal = intro ? keyOf(Number(intro[1] ?? intro[2])) : undefined;
    if (principal?.startsWith("person:")) {
      this.schedule = { principal };
      return false;
    }
    const sched = this.schedule;
    if (!sched) return false;
    const heading = a.sentence.text.match(DAY_HEADING);
    if (heading) {
      sched.day = findDates(heading[1], this.articleDate).find((d) => !!d.iso)?.iso;
      const where = text.match(/\(<L(\d+)>\)\s*$/);
      sched.place = where ? a.slots[Number(where[1])]?.key : undefined;
      return true;
    }
    if (/^\s*(?:CANCELL?ED|POSTPONED|CALLED OFF)\b/.test(text) && sched.last && a.sentence.index - sched.last.at <= 1) {
      this.mention(sched.last.m, a, 0, 0, [], { status: "cancelled", date: sched.day });
      return true;
    }
    const entry = text.match(SCHEDULE_ENTRY);
    if (!entry || !sched.day) return false;
    const body = text.slice(entry[0].length);
    // (a call or a video conference is no meeting; a line of no one but the principal is none either)
    if (/\b(?:[Tt]elephone|[Pp]hone|[Vv]ideo|[Vv]irtual|[Oo]nline)\b/.test(body)) return true;
    const people = [...new Set(slotsIn(body).map(keyOf).filter((k): k is string => !!k && k.startsWith("person:") && k !== sched.principal))];
    if (!people.length) return true;
    // (a schedule tells what is planned, whatever the day: only a report says it was held)
    const status: MeetingStatus = /\bCANCELL?ED\b/.test(body) ? "cancelled" : "planned";
    const at = body.match(/\b(?:at|in|to) (?:the )?<L(\d+)>/);
    const place = (at ? a.slots[Number(at[1])]?.key : undefined) ?? sched.place;
    const all = [sched.principal, ...people];
    const m = this.matchOrCreate(all, "meeting", a, entry[0].length, sched.day.slice(0, 4), status, false, sched.day);
    this.mention(m, a, entry[0].length, text.length, all, { status, date: sched.day, ...(place ? { place } : {}) });
    sched.last = { m, at: a.sentence.index };
    return true;
  }

  /** "The Holy Father received this morning in audience:" and the list after it, a line each ("- His Excellency X,
   * Ambassador of …;"): a meeting of the host with each, held (planned for "will receive"). True for the list's lines. */
  private audienceLine(a: AbstractSentence, keyOf: (i: number) => string | undefined): boolean {
    const text = a.text;
    const opens = text.match(/^(?:[^<]{0,40})?<P(\d+)> (will receive|received|receives|met|meets)(?: [a-z ]{0,30}?)? (?:in audience|the following)\b[^<:]{0,30}:\s*$/);
    const host = opens ? keyOf(Number(opens[1])) : undefined;
    if (host?.startsWith("person:")) {
      this.audience = { host, at: a.sentence.index, status: opens![2] === "will receive" ? "planned" : "held" };
      return true;
    }
    const list = this.audience;
    const item = list && a.sentence.index === list.at + 1 ? text.match(/^\s*[-•*–]\s*(?:[^<,;]{0,20})?<P(\d+)>/) : null;
    if (!list || !item) {
      this.audience = undefined;
      return false;
    }
    list.at = a.sentence.index;
    const guest = keyOf(Number(item[1]));
    if (!guest?.startsWith("person:") || guest === list.host) return true;
    const day = this.articleDate?.slice(0, 10);
    const m = this.matchOrCreate([list.host, guest], "meeting", a, 0, day?.slice(0, 4), list.status, false, day);
    this.mention(m, a, 0, text.length, [list.host, guest], { status: list.status, ...(day ? { date: day } : {}) });
    return true;
  }

  /** A table of contacts ("| Date | Participants | Venue | Status | Notes |", then a row each): each row a meeting of
   * the people its participants' cell names, with its status (a call, a rumour or a denial is none), place and date;
   * "A and B also present" in its notes at the table too. */
  private tableRow(a: AbstractSentence, keyOf: (i: number) => string | undefined): boolean {
    const raw = a.sentence.text;
    if (!/^\s*\|.*\|/.test(raw)) {
      // (a row's notes may run over sentences: "… citing scheduling. Not rescheduled. |")
      if (this.table && a.sentence.start - this.table.end <= 2) {
        this.table.end = a.sentence.end;
        const last = this.table.last;
        const more = last ? slotsIn(a.text.match(ALSO_PRESENT)?.[1]).map(keyOf).filter((k): k is string => !!k?.startsWith("person:")) : [];
        if (last && more.length) this.mention(last, a, 0, 0, [...new Set([...last.participants, ...more])], { status: last.statuses[last.statuses.length - 1], date: last.date });
        return true;
      }
      this.table = undefined;
      return false;
    }
    const cells = (t: string) => t.trim().replace(/^\|/, "").replace(/\|\s*$/, "").split("|").map((c) => c.trim());
    const heads = cells(raw).map((c) => c.toLowerCase());
    const col = (re: RegExp) => heads.findIndex((h) => re.test(h));
    const who = col(/^(?:participants?|parties|who|attendees|people|delegations?)$/);
    if (who >= 0 && col(/^(?:status|outcome|state)$/) >= 0) {
      this.table = { end: a.sentence.end, who, date: col(/^(?:date|when|day)$/), where: col(/^(?:venue|place|location|where|city)$/), status: col(/^(?:status|outcome|state)$/), notes: col(/^(?:notes?|comments?|details?|remarks?)$/) };
      return true;
    }
    const t = this.table;
    if (t) t.end = a.sentence.end;
    if (!t || /^[\s|:-]+$/.test(raw)) return !!t;
    const row = cells(a.text);
    const said = (row[t.status] ?? "").toLowerCase();
    const status: MeetingStatus | undefined = /\b(?:call|phone|telephone|video|virtual|rumou?red|denied|unconfirmed)\b/.test(said)
      ? undefined
      : /\b(?:cancel+ed|called off|scrapped|abandoned)\b/.test(said)
        ? "cancelled"
        : /\b(?:held|took place|met|done|completed)\b/.test(said)
          ? "held"
          : /\b(?:planned|scheduled|confirmed|agreed|postponed|set|expected)\b/.test(said)
            ? "planned"
            : /\b(?:proposed|offered|requested|suggested|invited|sought)\b/.test(said)
              ? "proposed"
              : undefined;
    if (!status) return true;
    const present = (row[t.notes] ?? "").match(ALSO_PRESENT)?.[1];
    // (the people, not the states their posts are of: "A (Azerbaijani FM); B (Armenian FM)")
    const named = [...new Set([...slotsIn(row[t.who]), ...slotsIn(present)].map(keyOf).filter((k): k is string => !!k))];
    const persons = named.filter((p) => p.startsWith("person:"));
    const people = persons.length ? persons : named;
    if (people.length < 2) return true;
    const place = t.where >= 0 ? slotsIn(row[t.where]).map((i) => a.slots[i]?.key).find(Boolean) : undefined;
    const when = t.date >= 0 ? (a.sentence.text.match(/^\s*\|([^|]*)\|/)?.[1] ?? "") : "";
    const iso = when.match(/\b(?:19|20)\d\d-\d\d(?:-\d\d)?\b/)?.[0];
    const day = iso ?? findDates(when, this.articleDate).find((d) => d.iso)?.iso;
    const m = this.matchOrCreate(people, "meeting", a, 0, day?.slice(0, 4), status, false, day);
    this.mention(m, a, 0, 0, people, { status, ...(day ? { date: day } : { date: undefined }), ...(place ? { place } : {}) });
    t.last = m;
    return true;
  }

  /** A record's lists of who was there ("Present:", "In attendance:", then a line per person, "X, State Secretary, …"):
   * one meeting held, of them all, at the place and on the day of the record's venue line ("Skopje, Ministry of …, 6
   * October 2026"); those under "Apologies:" or "Absent:" were not there. */
  private minutesLine(a: AbstractSentence, keyOf: (i: number) => string | undefined): boolean {
    const text = a.text;
    const venue = /^\s*<[LG]/.test(text) ? text.match(/^\s*<[LG](\d+)>,[^.]*?\b(\d{1,2} [A-Z][a-z]+ (?:19|20)\d\d|[A-Z][a-z]+ \d{1,2}, (?:19|20)\d\d)\b/) : null;
    const where = venue ? a.slots[Number(venue[1])] : undefined;
    if (venue) this.recordVenue = { place: where?.key, day: findDates(venue[2], this.articleDate).find((d) => d.iso)?.iso };
    const heading = text.match(MINUTES_HEADING);
    if (heading) {
      const present = !/^(?:Apologies|Absent)/i.test(heading[1]);
      this.minutes = { present, at: a.sentence.index, m: this.minutes?.m, last: this.minutes?.last };
      return true;
    }
    const list = this.minutes;
    const item = list && a.sentence.index === list.at + 1 ? text.match(/^\s*(?:[-•*–]\s*)?<P(\d+)>,/) : null;
    if (!list || !item) {
      // (the record's lists end with the first line that is none of theirs: those present met, each of another side)
      if (list?.m && list.last) {
        const ps = [...list.m.participants].filter((p) => p.startsWith("person:"));
        for (let i = 0; i < ps.length; i++) for (let j = i + 1; j < ps.length; j++) if (!this.colleagues(ps[i], ps[j], ps)) this.sink.add("MET_WITH", ps[i], ps[j], list.last, "those present at a meeting of record", list.m.date ? { date: list.m.date } : {});
      }
      this.minutes = undefined;
      return false;
    }
    list.at = a.sentence.index;
    const who = keyOf(Number(item[1]));
    if (!list.present || !who?.startsWith("person:")) return true;
    const { place, day } = this.recordVenue ?? {};
    list.m ??= this.create("session", a.sentence, a.sentence.start);
    list.last = a.sentence;
    // (who met whom is told when the lists end, all sides known)
    this.mention(list.m, a, 0, 0, [who], { status: "held", crowd: true, ...(day ? { date: day } : {}), ...(place ? { place } : {}) });
    return true;
  }

  /** "X, received in audience today, Wednesday 9 September 2026, at the Headquarters in Addis Ababa, Y, Special Envoy of
   * …": a communiqué's audience, with its day and place between (planned for "will receive in audience"). */
  private receivedInAudience({ a, text, keyOf, used, free }: Scan) {
    const audience = text.match(RECEIVED_IN_AUDIENCE);
    const host = audience ? keyOf(Number(audience[1])) : undefined;
    const guest = audience ? keyOf(Number(audience[3])) : undefined;
    if (!audience || !host?.startsWith("person:") || !guest?.startsWith("person:") || host === guest || !free(audience.index!, audience.index! + audience[0].length)) return;
    const from = audience.index!;
    const to = from + audience[0].length;
    const status: MeetingStatus = audience[2] ? "planned" : "held";
    const place = [...audience[0].matchAll(/<L(\d+)>/g)].map((x) => a.slots[Number(x[1])]?.key).filter(Boolean).pop();
    const day = this.dateIn(a, text.slice(from, to), status === "held" ? "behind" : "ahead");
    const m = this.matchOrCreate([host, guest], "meeting", a, from, day?.slice(0, 4), status, false, day);
    this.mention(m, a, from, to, [host, guest], { status, ...(day ? { date: day } : {}), ...(place ? { place } : {}) });
    used.push([from, to]);
  }

  /** "The two sides agreed to hold the next meeting of the commission in Ulan Bator", "The two Ministers concurred to
   * hold the next Foreign Ministers' Meeting in Colombo within this year": a meeting planned of the two the last meeting
   * held was of (its people, or for "sides", "countries", their states). */
  /** "As host, X had scheduled separate bilateral meetings on Thursday with three visiting leaders: A, the president of
   * G; B, H's prime minister; and C, …": a meeting of X's with each, planned that day. */
  private scheduledWithEach({ a, text, keyOf, used, free }: Scan) {
    const v = / scheduled | lined up | arranged /.test(text) ? text.match(SCHEDULED_WITH_EACH) : null;
    const host = v ? keyOf(Number(v[1])) : undefined;
    if (!v || !host?.startsWith("person:")) return;
    const from = v.index!;
    const to = from + v[0].length;
    if (!free(from, to)) return;
    const guests = v[2].split(/;\s*(?:and\s+)?/).map((item) => item.match(/^(?:the )?<P(\d+)>/)?.[1]).map((i) => (i === undefined ? undefined : keyOf(Number(i)))).filter((k): k is string => !!k?.startsWith("person:") && k !== host);
    if (guests.length < 2) return;
    // (a schedule told in the past, "had scheduled … on Thursday", is of the day past)
    const day = this.dateIn(a, text.slice(0, to), / had /.test(v[0]) ? "behind" : "ahead");
    const list: MeetingFacts[] = [];
    for (const g of guests) {
      const m = this.matchOrCreate([host, g], "meeting", a, from, day?.slice(0, 4), "planned", false, day);
      this.mention(m, a, from, to, [host, g], { status: "planned", ...(day ? { date: day } : {}) });
      list.push(m);
    }
    this.scheduled = { list, at: a.sentence.index };
    used.push([from, to]);
  }

  /** "The third meeting never took place": that one of a schedule told just before, called off. */
  private scheduledNotHeld({ a, text }: Scan) {
    const v = this.scheduled && a.sentence.index - this.scheduled.at <= 4 ? text.match(/^(?:But )?[Tt]he (first|second|third|fourth|fifth|last) (?:meeting|bilateral|one|talks) (?:never took place|did not take place|was (?:cancell?ed|called off|scrapped|dropped))\b/) : null;
    if (!v || !this.scheduled) return;
    const list = this.scheduled.list;
    const m = v[1] === "last" ? list[list.length - 1] : list[["first", "second", "third", "fourth", "fifth"].indexOf(v[1])];
    if (m && !m.statuses.includes("held")) this.mention(m, a, v.index!, v.index! + v[0].length, [], { status: "cancelled", anaphor: true });
  }

  private nextRound({ a, text }: Scan) {
    const v = text.match(NEXT_ROUND);
    if (!v) return;
    const sides = /^(?:sides|countries|governments|nations|delegations)$/i.test(v[1] ?? "sides");
    const two = (x: MeetingFacts) =>
      sides ? this.statesOf(x) : [...x.participants].filter((p) => p.startsWith("person:"));
    // (the last meeting held of two: of two people, or of two states for "sides")
    const last = this.lastHeld(a.sentence.start + v.index!, (x) => two(x).length === 2);
    const people = last ? two(last) : [];
    if (people.length !== 2) return;
    const from = v.index!;
    const to = from + v[0].length;
    const named = v[2] !== undefined ? a.slots[Number(v[2])] : undefined;
    const day = this.dateIn(a, text.slice(to), "ahead");
    const m = (named?.kind === "Meeting" ? this.meetings.find((x) => x.key === named.key) : undefined) ?? this.matchOrCreate(people, "meeting", a, from, day?.slice(0, 4), "planned", false, day);
    this.mention(m, a, from, to, people, { status: "planned", ...(day ? { date: day } : {}), placeFrom: to });
  }

  /** A body both sides staff, told to meet (BODY_TO_MEET, AGREED_TO_CONVENE): a meeting planned of the two states,
   * those the sentence names ("of <N> and <N> officials", "the <N>-<N> commission") or, for "the two countries", those
   * of the last meeting held of two. */
  private bodyToMeet({ a, text, free }: Scan) {
    const v = text.match(BODY_TO_MEET) ?? text.match(AGREED_TO_CONVENE);
    if (!v || !free(v.index!, v.index! + v[0].length)) return;
    const sides = v[0].match(/<[NG]\d+>(?:-| and )<[NG]\d+>/)?.[0];
    const stateIn = (slot: string) => {
      const s = a.slots[Number(slot.slice(2, -1))];
      return slot.startsWith("<G") ? s?.key : s?.country ? `government:${s.country}` : undefined;
    };
    // (or the name of the body: "the <Malaysia-Philippines Joint Defence Committee>")
    const body = v[0].match(/(?<!two )<O(\d+)>/)?.[1];
    const stateNamed = (x: string) => (countryByName(x) ?? countryByDemonym(x))?.key;
    const pair = body !== undefined ? a.slots[Number(body)]?.text.match(/^(?:[Tt]he )?(\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?)-(\p{Lu}\p{L}+)(?: (\p{Lu}\p{L}+))? /u) : null;
    const second = pair ? [pair[3] && `${pair[2]} ${pair[3]}`, pair[2]].find((x) => x && stateNamed(x)) : undefined;
    const named = pair && second && stateNamed(pair[1]) ? [pair[1], second] : undefined;
    const told = sides ? (sides.match(/<[NG]\d+>/g) ?? []).map(stateIn) : named ? named.map((x) => `government:${stateNamed(x)}`) : [];
    // (a body named alone is of two states only when its name or the sentence says so: not "the <O> will meet in L")
    if (body !== undefined && !told.some(Boolean) && !/\b(?:two|both) (?:countries|sides|governments|ministries|nations)\b/.test(v[0])) return;
    const last = told.length ? undefined : this.lastHeld(a.sentence.start + v.index!, (x) => this.statesOf(x).length === 2);
    const states = [...new Set(told.length ? told : last ? this.statesOf(last) : [])].filter((p): p is string => !!p);
    if (states.length !== 2) return;
    const from = v.index!;
    const to = from + v[0].length;
    const place = a.slots[Number(v[v.length - 1])]?.key;
    const day = this.dateIn(a, text.slice(to), "ahead");
    // (called off after: "which was to meet in L on Friday, was called off"; put off, still planned)
    const status: MeetingStatus = CANCELLED.test(text.slice(to)) && !POSTPONED.test(text.slice(to)) ? "cancelled" : "planned";
    const m = this.matchOrCreate(states, "meeting", a, from, day?.slice(0, 4), status, false, day);
    // (the body's own meeting, not one of the people who met: the graph keeps it apart from theirs)
    if (![...m.participants].some((p) => p.startsWith("person:"))) m.distinct = true;
    this.mention(m, a, from, to, states, { status, ...(day ? { date: day } : {}), ...(place ? { place } : {}) });
  }

  /** The states of a meeting's participants: its governments, and the states of its people. */
  private statesOf(m: MeetingFacts): string[] {
    return [...new Set([...m.participants].map((p) => (p.startsWith("government:") ? p : this.stateOf.get(p))).filter((p): p is string => !!p))];
  }

  /** "The reception was attended by A and B", "The meeting was also attended by C": those named were at the meeting
   * last told, in this sentence's two before, and met those there (when it was held). */
  private attendedBy({ a, text, keys }: Scan) {
    const cue = attendance(text);
    if (!cue) return;
    // (the last meeting held, told in the five sentences before: "were present at the talks" is past, not a visit
    // invited to since)
    const m = this.lastHeld(a.sentence.start, (x) => a.sentence.index - Math.max(...x.sentences.map((s) => s.index)) <= 5);
    if (!m) return;
    // (up to a clause of another subject: "…, while D accompanied E": D came with E, who is there)
    const escort = cue.after?.match(/, while <P(\d+)> accompanied <P(\d+)>/);
    // (a list set off by semicolons is one list: "attended by A; Minister of State … B; and C's ambassador, D")
    const after = cue.after?.replace(/; (?:and )?(?=(?:[^;.<]|<[GNOL]\d+>)*<P\d+>)/g, ", ");
    const named = after !== undefined ? after.split(/, while |; /)[0] + (escort && m.participants.has(keys(`<P${escort[2]}>`)[0] ?? "") ? ` <P${escort[1]}>` : "") : cue.before!;
    const extra = keys(named).filter((k) => k.startsWith("person:") && !m.participants.has(k));
    if (!extra.length) return;
    // (those who sat in on one's meeting are at one's side of the table)
    // (and those who came with the guest at the guest's: "On the Chinese side the ambassador here, Z, came with him")
    const principal = cue.satIn === "host" ? m.host : cue.satIn === "guest" ? m.guest : undefined;
    if (principal) for (const x of extra) if (!this.aideOf.has(x)) this.aideOf.set(x, principal);
    const there = [...m.participants].filter((p) => p.startsWith("person:"));
    const held = m.statuses.includes("held");
    // (those named together as present meet each other only when the article puts them on different sides)
    this.mention(m, a, cue.from, cue.to, extra, { anaphor: true, attendees: true, status: held ? "held" : m.statuses[m.statuses.length - 1] });
    const all = [...there, ...extra];
    // (the host's own ministers meet the guest, not the host: those of one state are colleagues)
    // (and those of no state told, at a meeting in a state's city or seat of government, are the host state's)
    const city = text.slice(0, cue.to).match(/\bheld (?:at|in) (?:[^<.;,]|<L\d+>)*?\bin <L(\d+)>/)?.[1];
    const local = this.attendeeSides(m, extra, city !== undefined && a.slots[Number(city)]?.key ? [a.slots[Number(city)].key!] : [], a.sentence);
    const apart = (x: string, p: string) => !this.colleagues(x, p, all, local) && !extra.includes(p);
    if (held) for (const x of extra) for (const p of there) if (apart(x, p)) this.sink.add("MET_WITH", x, p, a.sentence, "a meeting that was held", m.date ? { date: m.date } : {});
    // (two named together whom the article puts on different sides met: "attended by Japan's ambassador to Mongolia, A, and
    // by B, Khurelsukh's chief foreign policy adviser")
    const side = (p: string) => this.sideOf(p, local);
    if (held)
      for (const [i, x] of extra.entries())
        for (const y of extra.slice(i + 1)) if (side(x) && side(y) && side(x) !== side(y) && !this.colleagues(x, y, all, local)) this.sink.add("MET_WITH", x, y, a.sentence, "a meeting that was held", m.date ? { date: m.date } : {});
  }

  /** Those the article names with post `role` ("president": "President X", "Kazakh President Y"), of those named by
   * sentence `upTo` when given. */
  private holdersOf(role: string, upTo?: number): string[] {
    const named = upTo === undefined ? undefined : new Set(this.namedIn.filter((x) => x.index <= upTo).map((x) => x.key));
    return [...this.titlesOf.keys()].filter((p) => (!named || named.has(p)) && this.holds(p, role));
  }

  /** Whether the article names `p` with post `role` ("president": "President X", "Kazakh President X"). */
  private holds(p: string, role: string): boolean {
    return (this.titlesOf.get(p) ?? []).some((t) => t === role || t.endsWith(` ${role}`));
  }

  /** The day of the meeting held that was told last before `before`, one of the story's time (not a recalled year's):
   * "Later the same day …", "Before leaving, …". */
  private dayOfLastHeld(before: number): string | undefined {
    return this.lastHeld(before, (x) => x.date?.length === 10 && !this.olderYear(x))?.date;
  }

  /** The meeting held that was told last before `before` (an offset of the article) in the story being read, of those
   * `ok` lets through. */
  private lastHeld(before: number, ok: (m: MeetingFacts) => boolean = () => true): MeetingFacts | undefined {
    return this.meetings.filter((x) => x.lastAt < before && x.lastAt >= this.storyStart && x.statuses.includes("held") && ok(x)).sort((x, y) => y.lastAt - x.lastAt)[0];
  }

  /** The one person the article names with the post a TITLE_SUBJECT match names ("the Indonesian minister": of that
   * state), other than those in `not`. */
  private holderOf(post: RegExpMatchArray | null, a: AbstractSentence, not: string[]): string | undefined {
    if (!post) return undefined;
    const p = post[2].toLowerCase();
    const country = post[1] !== undefined ? a.slots[Number(post[1])]?.country : undefined;
    return this.onlyHolder((t) => t === p || t.endsWith(` ${p}`), country && `government:${country}`, not);
  }

  /** "… where he was received by Y at the White House": the one received met Y. */
  private receivedBy({ a, text, keyOf, keys, used, free }: Scan, prevSubject?: string) {
    for (const v of text.includes(" by ") ? text.matchAll(RECEIVED_BY) : []) {
      const from = v.index!;
      const to = from + v[0].length;
      if (!free(from, to) || NEGATION.test(text.slice(Math.max(0, from - 20), from))) continue;
      const before = text.slice(0, from);
      // (not a thing received: "The letter was received by Y" is no meeting)
      if (/\b(?:letter|message|note|invitation|request|proposal|reply|response|document|credentials)s? $/.test(before)) continue;
      // (or the one who said "he" would travel: "X informed Y that he will travel to A …, and will then proceed to B,
      // where he will be received by Z")
      const traveller = / where (?:he|she) $/.test(before) ? (before.match(/<P(\d+)> (?:[a-z]+ ){0,3}(?:paid|made|travell?ed|flew|went|arrived|visited|headed)\b/) ?? before.match(/^(?:[^<.;]{0,30})?<P(\d+)>[^<.;]{0,40}?\b(?:said|informed|told|announced|confirmed|added)(?: <P\d+>)? that (?:he|she) (?:will|would|is to|was to)\b/)) : null;
      // ("He had been received by Y" opening the sentence: the one the sentence before was about; "The next day he was
      // received by Y")
      // (and "Instead he flew in …, where he was received by Y", the sentence naming no one before: the same one)
      // ("… by Foreign Minister X, who was received by Y": the name before the relative pronoun)
      // (or past a clause of the relative's own: "by X, who flew to Ankara on a government jet and was received by Y")
      // (past a post set off: "by X, Chairman of G's Council, who had been expected to be received by Y")
      const relative = before.match(/<P(\d+)>(?:, (?:[^<.;,]|<[GON]\d+>(?:['’]s)?){1,80})?,? who $/) ?? before.match(/<P(\d+)>, who (?:[^<.;]|<[LGO]\d+>){1,80}? and $/);
      // ("Before leaving, the minister was received by Y": the article's one minister)
      const byPost = this.holderOf(before.match(TITLE_SUBJECT), a, keys(untitled(v[3])));
      // ("a Houthi delegation led by X was received in Riyadh by Y": its head)
      const led = before.match(/\bdelegation,? (?:led|headed) by (?:the )?(?:[^<.;,]{0,40}, )?<P(\d+)>,? $/);
      const subj = traveller ? keyOf(Number(traveller[1])) : relative ? keyOf(Number(relative[1])) : led ? keyOf(Number(led[1])) : byPost ? byPost : /^(?:[^<.;]{0,40}, |(?:On|In|At|By|Later|Earlier|After|Before|During|That|This|Next|Last|The (?:next|following|same|previous))\b[^<,.;"]{0,40}(?:, (?:19|20)\d\d)?,? (?:according to [^<,.;"]{0,60}, )?)?(?:He|She|he|she) $/.test(before) ? prevSubject : /\b(?:he|she) $/.test(before) ? (lastPerson(before, keyOf) ?? (/^(?:[A-Z][a-z]+,? )?(?:He|She|he|she)\b/.test(before) && !/<P\d+>/.test(before) ? prevSubject : undefined)) : subjectSlot(text, from, keyOf);
      // ("On Thursday the four were received together by Y": the first four at the last meeting held)
      const counted = before.match(/\b[Tt]he (two|three|four|five|six)\s+$/)?.[1];
      const n = counted ? COUNT_WORDS[counted] : 0;
      const last = n ? this.lastHeld(a.sentence.start) : undefined;
      const group = last ? [...last.participants].filter((p) => p.startsWith("person:")) : [];
      const those = n && group.length >= n ? group.slice(0, n) : [];
      // ("was received by Y at the Amiri Diwan, in the presence of Z": Z at the table, on Y's side)
      const hosts = keys(untitled(v[3]));
      // (also past a post in apposition: "in the presence of the country's Prime Minister, Z")
      // (or "with Z at the table", "with Z also round the table", "with Z at his side")
      // (or "together with G's Minister for Foreign Affairs, Z", one more on Y's side)
      // (or ", in talks that ran for three hours and were also attended by Z")
      const presence = text.slice(to).match(/^(?:[^.;<]|<[LGN]\d+>){0,60}?,? (?:in the presence of|together with|along with) (?:the )?(?:(?:[a-z]+|<[GN]\d+>)['’]s (?:[A-Za-z-]+ ){0,5}[A-Za-z-]+, )?<P(\d+)>/) ?? text.slice(to).match(/^(?:[^.;<]|<[LGN]\d+>){0,60}?,? with (?:the )?<P(\d+)> (?:also )?(?:(?:at|round|around) the table|in the (?:room|meeting|talks|audience)|present|in attendance|sitting in|taking part|at (?:his|her|their) side)\b/) ?? text.slice(to).match(/^(?:[^.;<]|<[LGN]\d+>){0,60}?,? in (?:talks|a meeting) (?:that|which) [^<.;]{0,80}? (?:were|was) (?:also )?attended by (?:the )?<P(\d+)>/);
      const beside = presence ? keys(`<P${presence[1]}>`) : [];
      // ("X traveled to Sanaa with an Omani delegation and was received by Y": there, the delegation's state with X)
      const trip = before.match(/<P\d+> (?:travell?ed|flew|went|came|arrived) (?:to|in) <L(\d+)>(?: with (?:an? |the )?<N(\d+)> delegation)?(?: [^<.;,]{0,30})?,? and $/);
      const company = trip?.[2] !== undefined ? keyOf(Number(trip[2])) : undefined;
      // ("A and B were received by Y": both; "he accompanied the Prime Minister, B, to L, where the two were received
      // by Y": he and B)
      // (past those who came with them: "A and B, accompanied by C and D, were welcomed … by Y": all four)
      // (past a post set off after the second: "A and B, the governor of the province of L, were received by Y")
      const escort = before.match(/,? accompanied by (?:the |his |her |their )?((?:<P\d+>(?:,? and |, ))*<P\d+>),? $/);
      const pair = those.length ? undefined : (escort ? `${before.slice(0, escort.index)} ` : before).match(/(?:^|[ ,])(<P\d+>(?:, <P\d+>)*,? and (?:the )?<P\d+>)(?:, (?:the |an? )?[a-z][^<,;.]{0,40}(?:<[LGON]\d+>[^<,;.]{0,20})?,)? $/)?.[1];
      const went = those.length || pair ? null : before.match(/(?:(?:^|[,;] |\b)(he|she)|<P(\d+)>) accompanied (?:the )?(?:[^<.;]{0,40}, )?<P(\d+)>,? to (?:the )?<[LG]\d+>, where the two $/);
      const pairWent = went ? [went[1] ? prevSubject : keyOf(Number(went[2])), keyOf(Number(went[3]))] : [];
      const people = [...new Set([...(those.length ? those : pair ? keys(pair) : went ? pairWent : [subj]), ...(pair && escort ? keys(escort[1]) : []), ...hosts, ...beside, company])].filter((k): k is string => !!k);
      if (people.length < 2) continue;
      const where = before.match(/<[LG](\d+)>,? where (?:he|she) $/);
      // ("was received at the Kremlin by Y": there; "welcomed at <L>, in <L>, by Y": in the city the venue is in; else
      // where the trip told went)
      const at = where?.[1] ?? v[2] ?? v[1] ?? trip?.[1];
      // (in the city a venue after the host is in: "… by Y at the <L>, the provincial government's offices in <L>")
      const venueAt = at !== undefined && at === v[2] ? text.indexOf(`<L${at}>`, to - 1) : -1;
      const place = at !== undefined ? ((venueAt >= 0 ? cityOfVenue(a, Number(at), text.slice(venueAt + `<L${at}>`.length)) : undefined) ?? a.slots[Number(at)]?.key) : undefined;
      // (else the day the sentence opens with: "On 3 March, …, the Ambassador was summoned …, where he was received by Y")
      // (or its month and year: "In October 1988 X accompanied …, where the two were received by Y")
      const opening = text.match(/^(?:On|Last|Earlier|Later|Early|Late|In (?=[A-Z][a-z]+ (?:that|of that|the same) year\b|(?:January|February|March|April|May|June|July|August|September|October|November|December) (?:19|20)\d\d\b))\b[^<,;.]{2,40}(?:,|(?= (?:the|<)))/)?.[0];
      // ("where he will be received by Y": still ahead, on the trip's day)
      // (or a trip's purpose, ahead where the trip is: "X will fly to L to be received by Y")
      const ahead = /^(?:will|would|is to|are to) be\b|^(?:was|were|had been|has been|is|are) (?:expected|due|scheduled|set) to be\b/.test(v[0]) || (/^to be\b/.test(v[0]) && /\b(?:will|would|is to|are to|(?:is|are|was|were) (?:due|expected|scheduled|set) to|plans? to|intends? to)\b[^.;]*$/.test(before));
      const status: MeetingStatus = ahead ? "planned" : "held";
      // ("Before leaving, the minister was received by Y": the day of the trip's meeting told last)
      const leaving = /^(?:Before|After|On) (?:leaving|departing|his departure|her departure)\b/.test(text) ? this.dayOfLastHeld(a.sentence.start) : undefined;
      // (or the day a clause of "when" hangs on: "… on Thursday, when A and B were received by Y")
      const whenDay = before.match(/\b(?:on|last) (?:[A-Z][a-z]+day|[A-Z][a-z]+ \d{1,2}|\d{1,2} [A-Z][a-z]+),? (?=when (?:[^.;]|<[PGLN]\d+>)*$)/)?.[0];
      const day = ahead ? (this.dateNear(a, from, to, to + 50, "ahead") ?? this.dateIn(a, text, "ahead")) : (this.dateNear(a, from, to, to + 50, "behind") ?? (opening ? this.dateIn(a, opening, "behind") : undefined) ?? (whenDay ? this.dateIn(a, whenDay, "behind") : undefined) ?? leaving);
      const m = this.matchOrCreate(people, "meeting", a, from, day?.slice(0, 4), status, false, day);
      // (one who accompanied the other came with them: the two of one side)
      const sides = [...(beside.length ? [[...hosts, ...beside]] : []), ...(went ? [pairWent.filter((k): k is string => !!k)] : [])];
      this.mention(m, a, from, to, people, { status, date: day, ...(place ? { place } : {}), ...(sides.length ? { sides } : {}) });
      if (!m.host && hosts.length === 1 && subj && !those.length) [m.host, m.guest] = [hosts[0], subj];
      used.push([from, to]);
    }
  }

  /** "Hrytsenko's planned visit to Ankara next month was canceled", "a visit by Chancellor X to Gdansk": a meeting of
   * the visitor with the state visited, there. */
  private visitTo({ a, text, keyOf, used, free }: Scan) {
    for (const v of text.includes("visit") ? text.matchAll(VISIT_TO) : []) {
      const from = v.index!;
      const to = from + v[0].length;
      if (!free(from, to)) continue;
      // ("paid a state visit to La Paz, where she was received by Y": the meeting is the one the clause tells)
      if (v[3] !== undefined && /^(?:[^.;<]|<[LT]\d+>){0,60}?, where (?:he|she|they) (?:was |were )?(?:received|met|held|welcomed|hosted|called on)\b/.test(text.slice(to))) continue;
      // ("X has accepted an invitation from Y to make an official visit to Tokyo": X visits, at Y's invitation)
      const accepted = v[3] !== undefined ? text.slice(0, from).match(/<P(\d+)>[^<.;]{0,40}?\b(accepted|received|welcomed|declined|turned down) (?:an?|the|his|her) invitation from (?:the )?$/) : null;
      const visitor = keyOf(Number(accepted?.[1] ?? v[1] ?? v[2] ?? v[3]));
      const where = a.slots[Number(v[5])];
      const host = v[4] === "G" ? where?.key : where?.name ? countryOfPlace(where.name)?.key : undefined;
      const state = host ? (host.startsWith("government:") ? host : `government:${host}`) : undefined;
      if (!visitor || !where?.key) continue;
      // (a visit told in the past with no word of its fate was made: "X's state visit to Bolivia was a success")
      const status = (accepted ? (/^(?:declined|turned down)$/.test(accepted[2]) ? "cancelled" : accepted[2] === "accepted" ? "planned" : "proposed") : undefined) ?? statusCue(text, from, to) ?? (/\b(?:planned|scheduled|upcoming|expected)\b/.test(v[0]) || /\b(?:next|later this|upcoming)\b/.test(text) ? "planned" : PAST.test(text) && !FUTURE.test(text) ? "held" : "proposed");
      const day = this.dateNear(a, from, to, to + 50, dateWay(status, text, from));
      // (the one who invited the visitor; else the state visited, when the place tells it; else the visitor alone, there)
      const invited = text.slice(to).match(AT_INVITATION);
      const inviter = accepted ? keyOf(Number(v[3])) : invited ? keyOf(Number(invited[1] ?? invited[2])) : undefined;
      // (not the visitor's own state: "a visit by Chilean President X to Arica" is a trip at home)
      const abroad = state && this.stateOf.get(visitor) !== state ? state : undefined;
      // (and one the visitor was to go round with, the host's: "a visit by X to the <O> campus on the edge of L with
      // Prime Minister Y")
      const guide = v[6] !== undefined ? keyOf(Number(v[6])) : undefined;
      const people = inviter && inviter !== visitor ? [visitor, inviter] : guide?.startsWith("person:") && guide !== visitor ? [visitor, guide] : abroad ? [visitor, abroad] : [visitor];
      const m = this.matchOrCreate(people, "visit", a, from, day?.slice(0, 4), status, false, day);
      this.mention(m, a, from, to, people, { status, place: where.key });
      used.push([from, to]);
    }
  }

  /** "At the invitation of Premier X, I will travel to Niue next month": Y's visit to X, planned. */
  // (and "Y has accepted an invitation from the chairman of <G>'s <O>, X, to travel to L next month": planned; one
  // declined, called off)
  private travelAtInvitation({ a, text, keyOf, used, free }: Scan) {
    const at = / invitation of /.test(text) ? text.match(TRAVEL_AT_INVITATION) : null;
    const from0 = / invitation from /.test(text) ? text.match(INVITATION_FROM_TO_TRAVEL) : null;
    const v = at ?? from0;
    const [host, guest] = at ? [keyOf(Number(at[1])), keyOf(Number(at[2]))] : from0 ? [keyOf(Number(from0[3])), keyOf(Number(from0[1]))] : [];
    if (!v || !host?.startsWith("person:") || !guest?.startsWith("person:") || host === guest) return;
    const from = v.index!;
    const to = from + v[0].length;
    if (!free(from, to)) return;
    const status: MeetingStatus = !from0 || from0[2] === "accepted" ? "planned" : from0[2] === "received" ? "proposed" : "cancelled";
    const day = this.dateNear(a, from, to, to + 40, "ahead");
    const m = this.matchOrCreate([guest, host], "visit", a, from, day?.slice(0, 4), status, false, day);
    // (what was offered is now agreed: "Z invites Y to L … Y has accepted an invitation from Z to travel to L")
    if (status === "planned") m.statuses = m.statuses.map((x) => (x === "proposed" ? "planned" : x));
    this.mention(m, a, from, to, [guest, host], { status, place: a.slots[Number(at ? at[3] : from0![4])]?.key });
    used.push([from, to]);
  }

  /** "X received a Houthi delegation headed by A and a Saudi team led by B separately on Saturday": a meeting with each
   * delegation's head (one with both, not told apart); "He saw each delegation again on Sunday, this time with C at his
   * side": each of those meetings again, that day, with C. */
  private delegationsReceived({ a, text, keyOf, used, reserved }: Scan, prevSubject?: string) {
    const v = reserved.delegations;
    if (v) {
      const [host, x, y] = [v[1], v[2], v[3]].map((i) => keyOf(Number(i)));
      const from = v.index!;
      const to = from + v[0].length;
      // (its span kept free for it before the verbs were read)
      if (host?.startsWith("person:") && x?.startsWith("person:") && y?.startsWith("person:") && !NEGATION.test(text.slice(Math.max(0, from - 20), from))) {
        const status = statusCue(text, from, to) ?? (/^<P\d+> (?:received|hosted|met|held)\b/.test(v[0]) && !FUTURE.test(text.slice(0, from)) ? "held" : undefined);
        if (status) {
          const day = this.dateNear(a, from, to, to + 60, dateWay(status, text, from));
          const tables = v[4] ? [[host, x], [host, y]] : [[host, x, y]];
          for (const people of tables) {
            const m = this.matchOrCreate(people, "meeting", a, from, day?.slice(0, 4), status, false, day);
            this.mention(m, a, from, to, people, { status, date: day });
            if (!m.host) [m.host, m.guest] = [host, people[1]];
          }
          this.delegations = { host, tables, at: a.sentence.index };
          used.push([from, to]);
        }
      }
      return;
    }
    const again = this.delegations && a.sentence.index - this.delegations.at <= 2 ? text.match(EACH_AGAIN) : null;
    if (!again || !this.delegations) return;
    const subject = again[1] !== undefined ? keyOf(Number(again[1])) : prevSubject;
    if (subject !== this.delegations.host) return;
    const extra = again[2] !== undefined ? keyOf(Number(again[2])) : undefined;
    const from = again.index!;
    const to = from + again[0].length;
    const day = this.dateNear(a, from, to, to + 40, "behind");
    for (const table of this.delegations.tables) {
      const people = [...table, ...(extra?.startsWith("person:") ? [extra] : [])];
      const m = this.matchOrCreate(people, "meeting", a, from, day?.slice(0, 4), "held", false, day, { again: true });
      this.mention(m, a, from, to, people, { status: "held", date: day });
    }
    used.push([from, to]);
  }

  /** "The sessions were held at a ministry guesthouse in Muscat's Qurum district": the place of the meetings just told
   * that had none (the sessions of a shuttle, several meetings). */
  private sessionsHeldAt({ a, text, used, free }: Scan) {
    const v = /\bsessions\b/.test(text) ? text.match(SESSIONS_HELD_AT) : null;
    const place = v ? a.slots[Number(v[1])]?.key : undefined;
    if (!v || !place || !free(v.index!, v.index! + v[0].length)) return;
    const recent = this.meetings.filter((m) => !m.places.size && m.statuses.includes("held") && m.sentences.some((y) => a.sentence.index - y.index <= 3 && y.index < a.sentence.index));
    for (const m of recent) this.mention(m, a, v.index!, v.index! + v[0].length, [], { anaphor: true, status: "held", place });
    if (recent.length) used.push([v.index!, v.index! + v[0].length]);
  }

  /** "The first round … was held at the ministry in Port Vila. Fiji's delegation was led by …, A, and included B.
   * Vanuatu's side was led by …, C.": one meeting held of the two sides, on the day and at the place of the sentence that
   * told it was held (the sentence before the first side's). */
  private sidesLed({ a, text, keyOf, keys, used, free }: Scan) {
    const v = / (?:led|headed) by /.test(text) ? text.match(SIDE_LED_BY) : null;
    if (!v || !free(v.index!, v.index! + v[0].length)) return;
    const state = keyOf(Number(v[1] ?? v[2]));
    const people = [keyOf(Number(v[3])), ...keys(v[4] ? untitled(v[4]) : "")].filter((k): k is string => !!k?.startsWith("person:"));
    if (!state?.startsWith("government:") || !people.length) return;
    for (const p of people) if (!this.sidesTold.has(p)) this.sidesTold.set(p, state);
    const first = this.sideLed && a.sentence.index - this.sideLed.at === 1 && this.sideLed.state !== state ? this.sideLed : undefined;
    this.sideLed = { at: a.sentence.index, state, people, told: this.previous };
    used.push([v.index!, v.index! + v[0].length]);
    if (!first) return;
    // (the sentence that told the meeting held, before the first side's)
    const told = first.told && /\b(?:was|were) held\b|\btook place\b/.test(first.told.text) ? first.told : undefined;
    const day = told ? this.dateIn(told, told.text, "behind") : undefined;
    const at = told?.text.match(/\bin (?:the )?<L(\d+)>/)?.[1];
    const all = [...first.people, ...people];
    const m = this.matchOrCreate(all, "meeting", a, v.index!, day?.slice(0, 4), "held", false, day);
    this.mention(m, a, v.index!, v.index! + v[0].length, all, { status: "held", date: day, ...(at !== undefined && told!.slots[Number(at)]?.key ? { place: told!.slots[Number(at)].key! } : {}) });
  }

  /** The side whose delegation a sentence told led, for the other side's in the sentence after. */
  private sideLed?: { at: number; state: string; people: string[]; told?: AbstractSentence };

  /** A host's meetings with two delegations told together, for "each delegation again" after. */
  private delegations?: { host: string; tables: string[][]; at: number };

  /** "A courtesy call by the Bolivian foreign minister on the President of the Council of Ministers, scheduled for
   * tomorrow morning, was cancelled": a call on a post the story names no one for, of the state the story is told from
   * (or of the demonym before it), by a visitor of another state; its fate told around it. */
  private callOnPost({ a, text, keyOf, used, free }: Scan) {
    for (const v of / (?:on|with) the /.test(text) ? text.matchAll(CALL_ON_POST) : []) {
      const from = v.index!;
      const to = from + v[0].length;
      if (!free(from, to)) continue;
      const by = v[1] ?? v[2];
      const byState = v[3] !== undefined ? keyOf(Number(v[3])) : undefined;
      const caller = by !== undefined ? keyOf(Number(by.slice(2, -1))) : byState && v[4] ? (this.holderOfState(v[4], byState) ?? this.onlyHolder((t) => t === v[4].split(" ").pop() || /\bcounterpart$/.test(t), byState)) : undefined;
      const state = v[5] !== undefined ? keyOf(Number(v[5])) : this.home;
      if (!caller?.startsWith("person:") || !state || this.stateOf.get(caller) === state) continue;
      const status = statusCue(text, from, to) ?? (/\b(?:scheduled|planned|expected|due)\b/.test(text.slice(to, to + 40)) ? "planned" : undefined);
      if (!status) continue;
      const day = this.dateNear(a, from, to, to + 60, dateWay(status, text, from));
      const people = [caller, state];
      const m = this.matchOrCreate(people, "meeting", a, from, day?.slice(0, 4), status, false, day);
      this.mention(m, a, from, to, people, { status, ...(this.datelinePlace ? { place: this.datelinePlace } : {}) });
      used.push([from, to]);
    }
  }

  /** "… signed by the two foreign ministers, A and B, as the prime ministers looked on": those who signed were at the
   * meeting held last (their leaders'), on its day. */
  private signedLookedOn({ a, text, keyOf, used, free }: Scan) {
    // (or right after leaders "witnessed the signing": "The agreement … was signed by X and his counterpart, Y")
    if (!LOOKED_ON.test(text) && !this.witnessedIn.has(a.sentence.index - 1)) return;
    const signers = [...new Set(this.sink.out.filter((r) => r.relation === "SIGNED" && r.evidence.start === a.sentence.start && r.source.startsWith("person:")).map((r) => r.source))];
    // ("X looks on as the Protocol is signed at a hotel in L on Tuesday evening by A and B": the three, then, a meeting
    // of its own, not one told before)
    const looker = text.match(/^(?:[^<.;]{0,30} )?<P(\d+)> (?:looked|watched) on as\b/);
    const watcher = looker ? keyOf(Number(looker[1])) : undefined;
    if (looker && watcher?.startsWith("person:") && signers.length >= 2 && !signers.includes(watcher) && !this.meetings.some((x) => x.sentences.includes(a.sentence))) {
      const from = looker.index! + looker[0].length - "looked on as".length;
      if (free(from, from + 6)) this.heldThere(a, used, from, from + 6, [watcher, ...signers], this.dateIn(a, text.slice(from), "behind"));
      return;
    }
    // (a meeting this sentence told first: "X called on Y at L, where Y and Z signed …, with X looking on")
    const m = signers.length ? (this.lastHeld(a.sentence.end, (x) => x.sentences.includes(a.sentence) && !this.olderYear(x)) ?? this.lastHeld(a.sentence.start, (x) => !this.olderYear(x))) : undefined;
    if (!m || signers.every((p) => m.participants.has(p))) return;
    if (LOOKED_ON.test(text)) {
      const at = text.search(LOOKED_ON);
      this.mention(m, a, at, at, [...new Set([...m.participants, ...signers])], { status: "held", date: m.date });
      return;
    }
    // (after "witnessed the signing": the signers join; those of no state told, at a meeting in a state's city, are its side)
    const extra = signers.filter((p) => !m.participants.has(p));
    const present = [...m.participants].filter((p) => p.startsWith("person:"));
    const at = text.search(/\bsigned\b/);
    this.mention(m, a, at, at, extra, { status: "held", date: m.date, attendees: true });
    // (they met those there of another side the article tells, not those whose side it leaves open)
    const local = this.hostSide(extra, [...m.places][0]);
    const side = (p: string) => this.stateOf.get(p) ?? local.get(p);
    for (const x of extra) for (const p of present) if (side(x) && side(p) && side(x) !== side(p)) this.sink.add("MET_WITH", x, p, a.sentence, "a meeting that was held", m.date ? { date: m.date } : {});
  }

  /** "Holbrooke brought Milosevic, Izetbegovic and Tudjman together at Wright-Patterson": held, all of them. */
  private broughtTogether({ a, text, keyOf, keys, used, free }: Scan) {
    for (const v of text.includes(" together") ? text.matchAll(BROUGHT_TOGETHER) : []) {
      const from = v.index!;
      const to = from + v[0].length;
      if (!free(from, to) || NEGATION.test(text.slice(Math.max(0, from - 30), from + 20)) || FUTURE.test(text.slice(Math.max(0, from - 30), from))) continue;
      const people = [...new Set([keyOf(Number(v[1])), ...keys(untitled(v[2]))])].filter((k): k is string => !!k);
      if (people.length < 3) continue;
      const day = this.dateNear(a, from, to, to + 60, "behind");
      const m = this.matchOrCreate(people, "talks", a, from, day?.slice(0, 4), "held", false, day);
      this.mention(m, a, from, to, people, { status: "held" });
      used.push([from, to]);
    }
    // "Riyadh hopes eventually to bring A and B together, … under the auspices of the crown prince": proposed, by Riyadh
    for (const v of text.includes(" together") ? text.matchAll(TO_BRING_TOGETHER) : []) {
      const from = v.index!;
      const to = from + v[0].length;
      if (!free(from, to) || NEGATION.test(text.slice(Math.max(0, from - 30), from + 30))) continue;
      const host = v[4] !== undefined ? keyOf(Number(v[4])) : undefined;
      const people = [...new Set([...keys(untitled(v[3])), host])].filter((k): k is string => !!k);
      if (people.length < 2) continue;
      const m = this.matchOrCreate(people, "talks", a, from, undefined, "proposed", false);
      this.mention(m, a, from, to, people, { status: "proposed" });
      const proposer = a.slots[Number(v[2])];
      if (proposer?.key && (v[1] === "P" || proposer.kind === "Government")) {
        m.proposers.add(proposer.key);
        this.sink.add("PROPOSED", proposer.key, m.key, a.sentence, "proposed, offered or sought the meeting");
      }
      used.push([from, to]);
    }
  }

  /** "X invited Y to visit Ankara in April" (or "to come and see the works at L"): a visit X proposes, planned once Y
   * "accepted", in that place. */
  private invitedToVisit({ a, text, keyOf, keys, used, free }: Scan, prevSubject?: string) {
    for (const v of text.includes("invit") || / ask/.test(text) ? text.matchAll(INVITED_TO_VISIT) : []) {
      const from = v.index!;
      const to = from + v[0].length;
      if (NEGATION.test(text.slice(Math.max(0, from - 30), from + 20))) continue;
      // (asked, only to come or to visit: "In it, X asks the premier to come to L in May", "asks Y to join her in L")
      if (/ ask(?:s|ed) /.test(v[0]) && !/ to (?:come to|visit|join (?:him|her|them) in)\b/.test(v[0])) continue;
      // ("X conveyed …, and invited Y": the clause's subject is a person, not a state named inside it)
      if (v[1] !== undefined && /^<G\d+> (?:(?!<P)[^.;])+?,? and (?:also )?invit/.test(v[0])) continue;
      // ("She said she had invited Y": the one the sentence before was about)
      const host = v[1] !== undefined ? keyOf(Number(v[1])) : prevSubject;
      const guests = keys(untitled(v[2]));
      if (!free(from, to)) {
        // ("X invited A and B to meet in Arusha", read as A and B's meeting by its verb: the host who invites is at it too)
        const m = / to meet (?:in|at)\b/.test(v[0]) && host && !guests.includes(host) ? this.meetings.find((x) => x.sentences.includes(a.sentence) && guests.length > 0 && guests.every((g) => x.participants.has(g))) : undefined;
        if (m && host && !m.participants.has(host)) {
          this.mention(m, a, from, to, [host], { status: "proposed", anaphor: true });
          if (!m.proposers.has(host)) {
            m.proposers.add(host);
            this.sink.add("PROPOSED", host, m.key, a.sentence, "invited the others to meet: proposed the meeting");
          }
        }
        continue;
      }
      const people = [...new Set([host, ...guests])].filter((k): k is string => !!k);
      if (people.length < 2 || !host) continue;
      const after = text.slice(to, to + 120);
      // ("had invited A and B to Doha for a meeting, but it was cancelled": the invitation's meeting did not happen)
      const called = /^[^.;]{0,80}?\bbut (?:it|the (?:meeting|visit|talks|summit))\b[^.;]{0,20}? (?:was|were|has been|had been) (?:cancell?ed|called off|scrapped)\b/.test(after);
      // (an acceptance anywhere after it in the sentence: "…, the framework under which …, and Y accepted")
      const rest = text.slice(to);
      // (or the guest says they will go: "X has invited me to Belgrade on 2 April, and I will go")
      // (or by the guest's post: "…, and the Grand Est president will go, his office said")
      const going = new RegExp(`^[^.;]{0,60}?,? and (?:${guests.map((g) => `<P${a.slots.findIndex((x) => x.key === g)}>`).join("|")}|the (?:[A-Z][\\w-]+ ){0,3}(?:president|premier|governor|mayor|minister|chancellor|leader)) (?:will|shall) (?:go|attend|travel|be there)\\b`).test(rest);
      const status: MeetingStatus = called ? "cancelled" : going || (/\b(?:accepted|agreed|(?:has |had )?said yes)\b/.test(rest) && !/\b(?:not|never)\s+(?:\w+ly\s+)?(?:accepted|agreed)\b/.test(rest)) ? "planned" : "proposed";
      // (or where the body it is to co-chair meets: "invited Y to co-chair the Eighth JCBC in Cebu next year")
      // (or one to ride: "invites Y to ride the new <L> tram")
      const at = v[3] ?? v[4] ?? v[5] ?? v[6] ?? v[7] ?? v[8];
      const place = at !== undefined ? a.slots[Number(at)]?.key : undefined;
      // (and one the guest is to meet there with the host: "invited Y to Tokyo for a trilateral summit with Z")
      // (or "invites Y to meet him and Z in L")
      const summit = summitWith(text, to);
      const third = summit ?? v[0].match(/ to meet (?:him|her|them) and ((?:the )?<P\d+>) (?:in|at)\b/);
      const thirds = keys(untitled(third?.[1] ?? "")).filter((k) => k.startsWith("person:") && !people.includes(k));
      // (an event it is for is that meeting, not one more: "invited Y to L for a conference on trade in May")
      const event = summit ? null : text.slice(to).match(FOR_AN_EVENT);
      this.visitOffered(a, from, to, host, [...people, ...thirds], status, place, "invited the other to visit: proposed the meeting", event?.[1]);
      // (the summit's words, after the invitation's, read: no meeting of their own)
      if (summit && thirds.length) used.push([to, to + summit[0].length]);
      if (event) used.push([to, to + event[0].length]);
      // (the invitation itself, where the rules see no subject next to the verb: "X conveyed …, and invited Y")
      if (/ and (?:also )?invit/.test(v[0])) for (const guest of guests) if (guest !== host) this.sink.add("INVITED", host, guest, a.sentence, "the subject of a clause before it invited the other");
      used.push([from, to]);
    }
    // "The message also carried an invitation from X to Y to visit L": X the host, Y the guest
    const from = text.includes("invitation from") ? text.match(INVITATION_FROM_TO) : null;
    const [inviter, invitee] = from ? [keyOf(Number(from[1])), keyOf(Number(from[2]))] : [];
    if (from && inviter && invitee && inviter !== invitee && free(from.index!, from.index! + from[0].length) && !NEGATION.test(text.slice(Math.max(0, from.index! - 30), from.index!))) {
      const status: MeetingStatus = /\b(?:accepted|agreed)\b/.test(text.slice(from.index! + from[0].length)) ? "planned" : "proposed";
      this.visitOffered(a, from.index!, from.index! + from[0].length, inviter, [inviter, invitee], status, a.slots[Number(from[3])]?.key, "invited the other to visit: proposed the meeting");
      used.push([from.index!, from.index! + from[0].length]);
    }
    // "X met Y, who …, on Thursday and invited her to visit Seoul next year": the one met is the guest
    for (const v of text.includes("invited") ? text.matchAll(MET_AND_INVITED) : []) {
      const from = v.index!;
      const to = from + v[0].length;
      const host = keyOf(Number(v[1]));
      const guest = keyOf(Number(v[2]));
      if (!host || !guest || host === guest || !free(from + v[0].lastIndexOf(" and "), to)) continue;
      const status: MeetingStatus = /\b(?:accepted|agreed)\b/.test(text.slice(to)) ? "planned" : "proposed";
      const place = v[3] !== undefined ? a.slots[Number(v[3])]?.key : undefined;
      this.visitOffered(a, from + v[0].lastIndexOf(" and "), to, host, [host, guest], status, place, "invited the one met to visit: proposed the meeting");
      used.push([from + v[0].lastIndexOf(" and "), to]);
    }
    // "X has invited both leaders to Paris next month": the pair the story named last, as the guests
    const both = text.includes("invit") ? text.match(INVITED_PAIR) : null;
    const host = both ? keyOf(Number(both[1])) : undefined;
    // (the delegations the host received, by their heads: "X has invited both delegations back to Muscat")
    const heads = both && / (?:delegations|teams)\b/.test(both[0]) && this.delegations?.host === host ? this.delegations!.tables.flat().filter((k) => k !== host) : undefined;
    const pair = (heads ?? this.pairNamed ?? []).filter((k) => k.startsWith("person:"));
    if (both && host && pair.length === 2 && !pair.includes(host) && free(both.index!, both.index! + both[0].length) && !NEGATION.test(both[0])) {
      const [from, to] = [both.index!, both.index! + both[0].length];
      const people = [host, ...pair];
      const status: MeetingStatus = /\b(?:accepted|agreed)\b/.test(text.slice(to, to + 120)) ? "planned" : "proposed";
      const place = both[2] !== undefined ? a.slots[Number(both[2])]?.key : undefined;
      this.visitOffered(a, from, to, host, people, status, place, "invited the pair to meet: proposed the meeting");
      for (const guest of pair) this.sink.add("INVITED", host, guest, a.sentence, "invited the pair the story named last");
      used.push([from, to]);
    }
  }

    /** "X handed Y a letter from Z inviting him to make a state visit to L", "… a letter from Z to W, inviting him to visit
   * L": a visit of the guest to the sender, proposed by the sender (planned when the sentence says it was accepted). */
  private letterInviting({ a, text, keyOf, keys, used, free }: Scan) {
    // (the visit offered, planned if the sentence says it was accepted, and the invitation)
    const offer = (from: number, to: number, host: string, guest: string, others: string[], place: string | undefined) => {
      const status: MeetingStatus = /\b(?:accepted|agreed)\b/.test(text.slice(to)) ? "planned" : "proposed";
      this.visitOffered(a, from, to, host, [host, guest, ...others], status, place, "a letter that invites the other to visit: proposed the meeting");
      this.sink.add("INVITED", host, guest, a.sentence, "a letter that invites the other to visit");
    };
    // ("X delivered a written message to Y from the Emir of G, Z, containing an official invitation to visit G")
    const holding = / invitation to /.test(text) ? text.match(MESSAGE_HOLDING_INVITATION) : null;
    if (holding) {
      const [guest, host] = [keyOf(Number(holding[1])), keyOf(Number(holding[2]))];
      const [from, to] = [holding.index!, holding.index! + holding[0].length];
      if (host?.startsWith("person:") && guest?.startsWith("person:") && host !== guest && free(from, to)) {
        offer(from, to, host, guest, [], a.slots[Number(holding[3])]?.key);
        used.push([from, to]);
        return;
      }
    }
    const v = / inviting |, (?:which|that|who) invite| in which (?:<P\d+>|the [a-z]+) invite| asking (?:him|her) to /.test(text) ? text.match(LETTER_INVITING) : null;
    if (!v) return;
    const from = v.index!;
    const to = from + v[0].length;
    const g = v.groups!;
    const host = keyOf(Number(g.sender ?? g.owner));
    // (the guest: named, the letter's addressee, else the one it was handed to or who was called on)
    const before = text.slice(0, from);
    // (or "met Y at the palace on Wednesday to deliver a letter from Z inviting …")
    const handed = before.match(/\b(?:handed|gave|delivered|presented|passed|brought|conveyed to)(?: over)?(?: to)? (?:the )?<P(\d+)>(?:[^<.;]|<[LGO]\d+>){0,40}$/) ?? before.match(/\b(?:called on|met|visited) (?:the )?(?:(?:[A-Za-z-]+ ){0,3}|(?:[A-Z][a-z-]+ ){1,3}of (?:the )?<[GO]\d+>, )<P(\d+)>(?:[^<.;]|<[LGOT]\d+>){0,80}? (?:and|to) (?:handed|gave|delivered|presented|passed|hand|give|deliver|present|pass)(?: over)?(?: (?:him|her))? (?:a |an |the )?(?:[\w-]+ ){0,2}$/) ??
      // ("Y today received a courtesy call from X at L, during which she handed over a letter from Z inviting him")
      before.match(/<P(\d+)>(?: today| yesterday| on [A-Z][a-z]+day)? received (?:a )?(?:courtesy )?(?:call|visit) from [^.;]{0,120}?(?:during which|at which|where) (?:he|she) (?:handed|gave|delivered|presented|passed)(?: over)?(?: (?:him|her))? (?:a |an |the )?(?:[\w-]+ ){0,2}$/);
    // (or the one it was delivered to, named before its sender: "delivered a letter to Y from Z, inviting him")
    const named = g.guest ?? g.to ?? g.to1 ?? handed?.[1];
    const guest = named !== undefined ? keyOf(Number(named)) : undefined;
    // (its words up to the invitation free: the summit it invites to may be read as an event of its own)
    const head = from + Math.max(0, v[0].search(/,? (?:inviting|asking|(?:which|that|who) invite)/));
    if (!host || !guest || host === guest || !host.startsWith("person:") || !guest.startsWith("person:") || !free(from, head) || NEGATION.test(text.slice(Math.max(0, from - 30), from))) return;
    const third = summitWith(text, to);
    const thirds = keys(untitled(third?.[1] ?? "")).filter((k) => k.startsWith("person:") && k !== host && k !== guest);
    offer(from, to, host, guest, thirds, a.slots[Number(g.place)]?.key);
    used.push([from, to + (thirds.length ? third![0].length : 0)]);
  }

  /** "X gave Y a letter from Z to W … The letter invites W to visit L" ("It also invites W to visit L", after a sentence
   * of the letter): Z invited W, a visit proposed (planned when accepted). The letter's sender is the one of the last
   * "letter from Z" told in the four sentences before. */
  private letterInvites({ a, text, keyOf, keys, used, free }: Scan) {
    // ("a letter from her Head of State, Z, in which Y is invited to L in November": Z's invitation, told in the
    // passive)
    const passive = / invit/.test(text) ? text.match(LETTER_INVITED_PASSIVE) : null;
    const [inviter, invited] = passive ? [keyOf(Number(passive[1])), keyOf(Number(passive[2] ?? passive[3]))] : [];
    // (its span from the clause on: the letter itself may be read as handed over)
    const clause = passive ? passive.index! + passive[0].search(/,? (?:in which|by which|who) /) : 0;
    if (passive && inviter?.startsWith("person:") && invited?.startsWith("person:") && inviter !== invited && free(clause, passive.index! + passive[0].length)) {
      const [from, to] = [clause, passive.index! + passive[0].length];
      const status: MeetingStatus = /\b(?:accepted|agreed)\b/.test(text.slice(to)) ? "planned" : "proposed";
      this.visitOffered(a, from, to, inviter, [inviter, invited], status, a.slots[Number(passive[4])]?.key, "a letter in which the other is invited to visit: proposed the meeting");
      used.push([from, to]);
      return;
    }
    if (!/ invit/.test(text)) return;
    // ("Y's reply, which the nuncio brought to L and handed to X, invited the Polish minister to Minsk": Y's
    // invitation)
    const own = / invite[sd] /.test(text) ? text.match(OWN_LETTER_INVITES) : null;
    const handedTo = own && own[2] === undefined ? own[0].match(/ handed (?:it )?(?:over )?to (?:the )?<P(\d+)>/)?.[1] : undefined;
    const [sender, invitee] = own ? [keyOf(Number(own[1])), keyOf(Number(own[2] ?? handedTo))] : [];
    if (own && sender?.startsWith("person:") && invitee?.startsWith("person:") && sender !== invitee) {
      const from = own.index! + own[0].lastIndexOf(" invite");
      const to = own.index! + own[0].length;
      if (!free(from, to)) return;
      this.sink.add("INVITED", sender, invitee, a.sentence, "one's own letter (reply) invites another to visit");
      this.visitOffered(a, from, to, sender, [sender, invitee], "proposed", a.slots[Number(own[3])]?.key, "a letter that invites the other to visit: proposed the meeting");
      used.push([from, to]);
      return;
    }
    // ("The message invites the North Korean leader to a summit "at any time"": to meet its sender, somewhere not told)
    const summit = text.match(/^(?:[Tt]he|[Hh]is|[Hh]er|<P\d+>['’]s) (?:[a-z-]+ )?(?:letter|message) (?:also )?(?:invites|invited) (?:the )?<P(\d+)> to (?:a|an) (?:[a-z-]+ ){0,2}(?:summit|meeting|talks)\b(?! (?:in|at) <)/);
    const host0 = summit ? this.letterFrom : undefined;
    const guest0 = summit ? keyOf(Number(summit[1])) : undefined;
    if (summit && host0 && a.sentence.index - host0.index <= 3 && guest0?.startsWith("person:") && guest0 !== host0.sender && free(summit.index!, summit.index! + summit[0].length)) {
      this.sink.add("INVITED", host0.sender, guest0, a.sentence, "the letter of one named before invites another to a summit");
      this.visitOffered(a, summit.index!, summit.index! + summit[0].length, host0.sender, [host0.sender, guest0], "proposed", undefined, "a letter that invites the other to a summit: proposed the meeting");
      used.push([summit.index!, summit.index! + summit[0].length]);
      return;
    }
    const v = text.match(LETTER_INVITES) ?? text.match(LETTER_INVITES_READER);
    // (its sender told in it: "The letter, from president Z, invited Y to L")
    const inline = v?.[2] ? keyOf(Number(v[2])) : undefined;
    const last = inline?.startsWith("person:") ? { sender: inline, index: a.sentence.index } : this.letterFrom;
    if (!v || !last || a.sentence.index - (last.recalled ?? last.index) > 4 || (v[1] === undefined && !/\b(?:letter|message)\b/i.test(this.previous?.text ?? ""))) return;
    // ("It invites her to Beijing": the one the letter told just before went to)
    const reader = !v[3] ? [...this.sink.out].reverse().find((r) => r.relation === "CONVEYED_TO" && r.source === last.sender && r.target.startsWith("person:") && r.evidence.start < a.sentence.start && r.evidence.start >= (this.told.find((s) => s.index === last.index)?.start ?? Infinity)) : undefined;
    const guest = reader ? reader.target : keyOf(Number(v[3]));
    // ("It invites both leaders to L": the one it was handed to and the one who carried it)
    const both = / (?:both|the two) leaders /.test(v[0]) && reader ? [...this.sink.out].reverse().find((r) => r.relation === "CONVEYED_VIA" && r.source === last.sender && r.target !== guest && r.evidence.start === reader.evidence.start)?.target : undefined;
    const host = last.sender;
    const from = v.index!;
    const to = from + v[0].length;
    // (the invitation's own words free, up to the one invited: "to meet X in L" after it may be read as a meeting)
    // (and from the verb on, past a clause of the letter's own: "The letter, which X passed to Y …, invites him to L")
    const head = v[0].match(/^.*?(?:invites|invited|invitation (?:to|for)) (?:the )?<P\d+>/)?.[0];
    const verbAt = v[0].search(/ (?:also )?(?:invites|invited) (?:him|her) /);
    const span: [number, number] = head ? [from, from + head.length] : verbAt > 0 ? [from + verbAt, to] : [from, to];
    if (!guest?.startsWith("person:") || guest === host || !free(...span)) return;
    this.sink.add("INVITED", host, guest, a.sentence, "the letter of one named before invites another to visit");
    // (and a third it invites the reader to meet there, invited too: "invited Y to a summit in L with Z")
    const third = [...(both ? [both] : []), ...keys(v[5])].filter((k) => k.startsWith("person:") && k !== host && k !== guest);
    for (const t of third) this.sink.add("INVITED", host, t, a.sentence, "the letter of one named before invites another to visit");
    // (accepted there and then: "…, and she will go in December")
    // (or "…, and Y said he would be "happy to go."")
    const status: MeetingStatus = /\b(?:accepted|agreed)\b|, and (?:he|she|they) will (?:go|travel|attend|come|visit)\b|, and (?:he|she|they|<P\d+>) (?:said|says) (?:he|she|they) (?:would|will) (?:be )?["“]?(?:(?:happy|glad|delighted|pleased) to )?(?:go|attend|come|travel|accept)\b/.test(text.slice(to)) ? "planned" : "proposed";
    this.visitOffered(a, verbAt > 0 && !head ? from + verbAt : from, to, host, [host, guest, ...third], status, a.slots[Number(v[4])]?.key, "a letter that invites the other to visit: proposed the meeting");
    // (and the meeting it invites to, named after the place: "… to Bridgetown for a three-way meeting in June")
    used.push([from, to + (text.slice(to).match(/^ for (?:a|an|the) (?:[\w-]+ ){0,2}(?:meeting|summit|talks)\b/)?.[0].length ?? 0)]);
  }

  /** The sender of a letter this sentence tells of ("a letter from Z", "Z has written to Y"), for the sentences after. */
  private noteLetterSender({ a, text, keyOf }: Scan) {
    // (or "Officials say Lee's letter invites …": the same sender's letter told again)
    // (each form in turn: "took Z's letter from him" has a "from" that names no sender)
    // (and "X … entrusted her with a message for Y": X's)
    const from = (/ from /.test(text) && /letter|message/.test(text) ? text.match(LETTER_FROM) : null) ?? (/ written to | wrote to /.test(text) ? text.match(WROTE_TO) : null) ?? (/['’]s (?:[a-z-]+ )?letter\b/.test(text) ? text.match(/<P(\d+)>['’]s (?:[a-z-]+ )?letter\b/) : null) ?? (/ entrusted /.test(text) ? text.match(/^(?:[^<;]{0,30} )?<P(\d+)>(?:[^.;]|<[A-Z]\d+>){0,160}? entrusted (?:him|her|<P\d+>) with (?:a |an |the )?(?:[a-z-]+ )?(?:letter|message)\b/) : null) ??
      // (or "X asked Y to carry a letter to Z": X's)
      (/ asked /.test(text) ? text.match(/<P(\d+)>(?:[^<.;]|<[GNLO]\d+>)*? asked <P\d+> to (?:carry|deliver|take|bring) (?:a|an|his|her) (?:[a-z-]+ )?(?:letter|message)\b/) : null);
    const sender = from ? keyOf(Number(from[1])) : undefined;
    if (sender?.startsWith("person:")) this.letterFrom = { sender, index: a.sentence.index };
    // ("… he gave the letter, which is addressed to Y": the same letter told again, still in mind)
    else if (this.letterFrom && a.sentence.index - (this.letterFrom.recalled ?? this.letterFrom.index) <= 4 && /\bthe letter\b/i.test(text)) this.letterFrom = { ...this.letterFrom, recalled: a.sentence.index };
  }

  /** The letter told just before, carried on: "The letter was delivered on Monday by X, who … was received … by Y" (the
   * sender's, through X, to Y), "Y undertook to deliver the letter to W" (through Y too; or "to deliver it to W"). */
  private letterCarried({ a, text, keyOf }: Scan) {
    const last = this.letterFrom;
    if (!last || a.sentence.index === last.index || a.sentence.index - last.index > 3 || !/\bthe letter\b|\b(?:deliver|pass|hand|forward|convey)(?:ed)? it\b/i.test(text)) return;
    // ("Y passed it on to Z at L on Wednesday": the letter's last hand, to Z)
    const passed = text.match(/^(?:[^<.;]{0,20})?<P(\d+)> (?:then |later |duly )?(?:passed|handed|forwarded|delivered) (?:it|the letter) (?:on |over )?to (?:the )?<P(\d+)>/);
    const [passer, reader] = passed ? [keyOf(Number(passed[1])), keyOf(Number(passed[2]))] : [];
    if (passer?.startsWith("person:") && reader?.startsWith("person:") && passer !== last.sender && reader !== passer) {
      this.sink.add("CONVEYED_VIA", last.sender, passer, a.sentence, "the letter told just before, passed on by one");
      this.sink.add("CONVEYED_TO", passer, reader, a.sentence, "the letter told just before, passed on to one");
    }
    const by = text.match(/^(?:[^<.;]{0,20})?[Tt]he letter was (?:delivered|handed over|carried|brought)\b[^<.;]{0,30}? by <P(\d+)>/);
    const carrier = by ? keyOf(Number(by[1])) : undefined;
    if (carrier?.startsWith("person:") && carrier !== last.sender) {
      this.sink.add("CONVEYED_VIA", last.sender, carrier, a.sentence, "the letter told just before was delivered by one");
      const host = text.slice(by!.index! + by![0].length).match(/^,? who (?:[^<.;]|<[LGO]\d+>){1,80}? and was received (?:[^<.;]|<[LGO]\d+>){0,40}? by (?:(?:<[GP]\d+>['’]s )?[a-z][a-z -]{0,60}, )?<P(\d+)>/)?.[1];
      const to = host !== undefined ? keyOf(Number(host)) : undefined;
      if (to?.startsWith("person:") && to !== carrier) this.sink.add("CONVEYED_TO", carrier, to, a.sentence, "the carrier of the letter handed it to the one who received him");
    }
    // (or "X said he would deliver the letter to the prime minister")
    // (or "X assured that the letter would be delivered to the head of state")
    const onward = text.match(/^(?:[^<.;]{0,20})?<P(\d+)> (?:(?:undertook|promised|pledged|agreed|offered) to|said (?:he|she) would) (?:deliver|pass|hand|forward|convey)(?: on)? (?:the letter|it)(?: on)? to (?:the )?(?:<P(\d+)>|(?:[a-z-]+ ){0,2}[a-z-]+\b)/) ?? text.match(/^(?:[^<.;]{0,20})?<P(\d+)> (?:assured|said|promised|confirmed|pledged) that the letter would be (?:delivered|passed|handed|forwarded|conveyed)(?: on)? to (?:<P\d+>|the (?:[a-z-]+ ){0,2}[a-z-]+\b)/);
    const next = onward ? keyOf(Number(onward[1])) : undefined;
    if (next?.startsWith("person:") && next !== last.sender) {
      this.sink.add("CONVEYED_VIA", last.sender, next, a.sentence, "the letter told just before, to be passed on by one");
      // (handed to them by its carrier: the one it went through last)
      const carried = [...this.sink.out].reverse().find((r) => r.relation === "CONVEYED_VIA" && r.source === last.sender && r.target !== next && r.evidence.start < a.sentence.start);
      if (carried) this.sink.add("CONVEYED_TO", carried.target, next, a.sentence, "the letter told just before, handed by its carrier to the one who is to pass it on");
    }
  }

  /** "X has written to Y proposing that the long-delayed <council> between the two countries be held in L in January": a
   * meeting of the two proposed by X, there. */
  private proposedInWriting({ a, text, keyOf, used, free }: Scan) {
    const v = / proposing that | suggesting that /.test(text) ? text.match(WROTE_PROPOSING) : null;
    if (!v) return;
    const [writer, to_] = [keyOf(Number(v[1])), keyOf(Number(v[2]))];
    const from = v.index!;
    const to = from + v[0].length;
    if (!writer?.startsWith("person:") || !to_?.startsWith("person:") || writer === to_ || !free(from, to) || NEGATION.test(text.slice(Math.max(0, from - 20), from))) return;
    this.visitOffered(a, from, to, writer, [writer, to_], "proposed", a.slots[Number(v[3])]?.key, "a meeting one proposed in writing to the other");
    used.push([from, to]);
  }

  /** "X, …, yesterday co-chaired the <O> with Y at <L>": a meeting of the two, held (planned: "will co-chair … with",
   * "was expected in L to co-chair … with"). */
  private coChaired({ a, text, keyOf, used, free }: Scan) {
    const w = / co-chair/.test(text) ? text.match(CO_CHAIRED_WITH) : null;
    const pair = !w && / co-chair/.test(text) ? text.match(PAIR_CO_CHAIRED) : null;
    const v = w ?? pair;
    if (!v) return;
    // (one, the verb, the other, the place)
    const [one, verb, other, at] = pair ? [pair[1], pair[3], pair[2], pair[4]] : [v[1], v[2], v[3], v[4]];
    const people = [keyOf(Number(one)), keyOf(Number(other))].filter((k): k is string => !!k?.startsWith("person:"));
    const from = v.index! + v[0].indexOf(verb);
    const to = from + verb.length;
    if (new Set(people).size < 2 || !free(from, to) || NEGATION.test(text.slice(Math.max(0, from - 20), from))) return;
    const status: MeetingStatus = verb === "co-chaired" ? "held" : "planned";
    const day = this.dateIn(a, text.slice(Math.max(0, from - 30), v.index! + v[0].length), status === "held" ? "behind" : "ahead") ?? this.dateIn(a, text.slice(0, v.index!), status === "held" ? "behind" : "ahead");
    const m = this.matchOrCreate(people, "meeting", a, from, day?.slice(0, 4), status, false, day);
    // (or where the one due goes: "X was expected in <L> on November 26 to co-chair … with Y")
    const where = at ?? verb.match(/<L(\d+)>/)?.[1];
    const place = where !== undefined ? a.slots[Number(where)]?.key : undefined;
    this.mention(m, a, from, to, people, { status, ...(day ? { date: day } : {}), ...(place ? { place } : {}) });
    used.push([from, to]);
  }

  /** A visit the host invited the others to, dated by what follows the invitation, and proposed by the host. */
  private visitOffered(a: AbstractSentence, from: number, to: number, host: string, people: string[], status: MeetingStatus, place: string | undefined, reason: string, head = "visit") {
    const day = this.dateNear(a, from, to, to + 40, "ahead");
    const m = this.matchOrCreate(people, head, a, from, day?.slice(0, 4), status, false, day);
    // (the day ahead it was offered for: "invites me to meet him in Auckland in September")
    this.mention(m, a, from, to, people, { status, ...(place ? { place } : {}), ...(day ? { date: day } : {}) });
    if (!m.proposers.has(host)) {
      m.proposers.add(host);
      this.sink.add("PROPOSED", host, m.key, a.sentence, reason);
    }
  }

  /** "X conveyed the greetings of A to B, as well as A's invitation to pay an official visit to G": A's visit offered to
   * B there, A's invitation (with the message it came with). */
  private conveyedInvitation({ a, keyOf, used, reserved }: Scan) {
    const v = reserved.invitation;
    if (!v) return;
    const guest = keyOf(v.guest);
    const host = keyOf(v.sender);
    const { from, to } = v;
    // (its span kept free for it before the verbs were read)
    if (!guest?.startsWith("person:") || !host?.startsWith("person:") || host === guest) return;
    const place = a.slots[v.place]?.key;
    // (accepted there and then: "…, to Z, who accepted it")
    const status: MeetingStatus = /^[^.;]{0,20}?,? who (?:has |had )?accepted\b/.test(a.text.slice(to)) ? "planned" : "proposed";
    this.visitOffered(a, from, to, host, [host, guest], status, place, "an invitation conveyed with a message: the sender proposed the visit");
    this.sink.add("INVITED", host, guest, a.sentence, "an invitation conveyed with the sender's message");
    used.push([from, to]);
  }

  /** "The letter conveyed Y's acceptance of X's invitation to attend a dialogue …, to be held in L in June": a meeting
   * of the two there, planned. */
  private acceptanceOfInvitation(scan: Scan) {
    const { text, keyOf } = scan;
    const v = text.includes("acceptance of") ? text.match(ACCEPTANCE_OF_INVITATION) : null;
    if (v) this.plannedOnAcceptance(scan, v, keyOf(Number(v[2])), keyOf(Number(v[1])), v[3]);
  }

  /** The meeting an accepted invitation sets (a match `v` in the sentence): the host's and the guest's, planned, where
   * the match says (a place's slot number). */
  private plannedOnAcceptance({ a, used, free }: Scan, v: RegExpMatchArray, host: string | undefined, guest: string | undefined, at: string) {
    const from = v.index!;
    const to = from + v[0].length;
    if (!host?.startsWith("person:") || !guest?.startsWith("person:") || host === guest || !free(from, to)) return;
    this.visitOffered(a, from, to, host, [host, guest], "planned", a.slots[Number(at)]?.key, "an invitation accepted: the host proposed the meeting");
    used.push([from, to]);
  }

  /** "Y accepted X's invitation to hold the 15th consultation in G next year": a meeting of the two there, planned (the
   * one the sentence offered, else a new one). */
  private ownInvitationAccepted(scan: Scan) {
    const { a, text, keyOf } = scan;
    const v = text.includes(" accepted <P") ? text.match(/<P(\d+)> (?:has |had )?accepted <P(\d+)>['’]s (?:[a-z]+ )?invitation\b(?: to (?:hold|host|attend|visit|come to|make|pay)\b(?:[^<.;]|<[OE]\d+>){0,60}?\b(?:in|to) (?:the )?<[LG](\d+)>| to (?:visit|come to|travel to) (?:the )?<[LG](\d+)>)?/) : null;
    const [guest, host] = v ? [keyOf(Number(v[1])), keyOf(Number(v[2]))] : [];
    if (!v || !guest?.startsWith("person:") || !host?.startsWith("person:") || guest === host || NEGATION.test(text.slice(Math.max(0, v.index! - 20), v.index!))) return;
    const offered = this.meetings.filter((m) => m.sentences.includes(a.sentence) && m.participants.has(guest) && m.participants.has(host) && m.statuses.every((x) => x === "proposed"));
    for (const m of offered) m.statuses = m.statuses.map(() => "planned");
    // (or "accepted Y's invitation to visit G")
    const at = v[3] ?? v[4];
    if (!offered.length && at !== undefined) this.plannedOnAcceptance(scan, v, host, guest, at);
  }

  /** "X invited Y to visit Z. The President accepted the invitation": the visit of the sentence before is planned. */
  private invitationAccepted({ a, text, keyOf, used }: Scan) {
    // (and "Y welcomed the invitation and accepted it")
    // (also the guest's own "Y accepted, his office said", "Y accepted and said …": one the invitation named, not its host)
    // (past an aside on the name: "AKD, as the President is now called, accepted and asked X to …")
    // (or in the guest's own words: "Tell my brother X that I accept the invitation")
    // (or both guests of one letter: "… inviting A and B to a summit in L. Both have accepted, her office said")
    // (or "\"I've already said yes. …\"", "Y told the Beacon he would \"definitely\" make the trip", "Y's office said
    // Tuesday that she intends to go", "Y will make the trip, his office confirmed")
    // (tried only where a word it needs is: most sentences have none)
    // (and the guest's "Try and stop me")
    if (!/accept|said yes|\bwould\b|\b(?:intends|plans) to\b|\bconsented\b|\bagreed to\b|\bwill\b|['’]ll\b|\bgoing\b|^["“]Try (?:and|to) stop\b/.test(text)) return;
    // (or by one who speaks for the guest: "Y's press secretary said the minister had accepted")
    const v = text.match(/\b(?:accepted|has accepted|had accepted) (?:the|this|his|her|an|that) (?:[a-z]+ )?invitation\b|^(?:[^<.;]{0,20} )?<P(\d+)>['’]s (?:press secretary|spokes(?:man|woman|person)|office|aide|chief of staff) said (?:that )?(?:the (?:[a-z-]+ ){0,2}(?:minister|president|premier|governor|mayor)|he|she|<P\d+>) (?:has |had )?accepted(?=[,.;"“ ])|\b(?:welcomed|received) the invitation and (?:also )?accepted it\b|\b[Tt]he invitation (?:was|had been|has been) (?:[a-z]+ )?accepted\b|\bthat it (?:had|has) been accepted\b|^(?:[^<.;]{0,20} )?(?:<P(\d+)>|[Tt]he (?:[a-z-]+ ){0,2}(?:minister|president|premier|envoy|chancellor))(?:, (?:as|who) (?:[^<.;,]|<P\d+>){1,80},)? (?:said (?:he|she|<P\d+>) )?(?:has |had |have )?accepted(?=[,.;"“ ]| the offer\b| and (?:said|says|added|asked|thanked)\b)|, and (?:<P(\d+)>|he|she) (?:has |had )?(?:accepted|consented)\b|^(?:He|She) (?:has |had )?(?:accepted|said yes)(?=[.;]|, and )|^(?:Both(?: of them| leaders)?|They|The two(?: leaders)?) (?:have |had |both )*(?:accepted|said yes)(?=[.;,])|^(?:[^<.;]{0,20} )?<P(\d+)> (?:has |had )?said yes\b|(?:^["“]?(?:[^<.;"“]{0,20} )?|, and )<P(\d+)> (?:has )?(?:said|told (?:reporters|journalists|the [A-Z][\w.]+|(?:the )?<O\d+>)) (?:he|she) (?:would|will) ["“'‘]?(?:(?:very )?(?:certainly|definitely|gladly|happily)["”'’]? )?(?:come|go|attend|be there|make the (?:trip|visit)|take up the (?:offer|invitation)(?! with\b))\b|\b(?:says|said)(?: on)?(?: [A-Z][a-z]+day)?(?: that)? (?:he|she) (?:intends|plans) to (?:go|attend|come|accept)\b|^["“](?:I|<P\d+>)(?:['’]ve| have) (?:already )?said yes\b|<P(\d+)> (?:assured|told) (?:the )?(?:<P\d+>|[a-z]+) (?:that )?(?:he|she) would (?:honou?r|accept) the invitation\b|^(?:[^<.;]{0,20} )?<P(\d+)> will make the (?:trip|visit),? (?:his|her) (?:office|spokes(?:man|woman|person)) (?:confirmed|said)\b|^(?:[^<.;]{0,20} )?<P(\d+)> confirmed (?:that )?(?:he|she) (?:will|would) (?:attend|come|go|be there)\b|(?<=<P\d+> )(?:has |had )?(?:consented|agreed) to (?:attend|come|visit)\b|(?<=["“][^"”]{0,80})\bI (?:gladly |happily )?(?:accept|have accepted) (?:the|your|this|his|her) invitation\b|\b(?:said|says|announced|confirmed)(?: on [A-Z][a-z]+)? that <P(\d+)> (?:has |had )?accepted(?=[,.;]| it\b)|^["“](?:I['’](?:ll| will)|<P\d+> will) (?:be there|come|go|jump at the chance)[,.!]?["”],? (?:<P(\d+)> (?:said|says|told (?:the )?(?:<[LO]\d+>|[A-Z][\w.]+|reporters|journalists))|(?:said|says) <P(\d+)>)|^["“](?:I['’](?:ll| will)|<P(\d+)> will|I['’]m|I am) (?:be there|come|going)[.!]\s*$|^["“]Try (?:and|to) stop (?:me|<P\d+>)[,.!]?["”],? (?:<P(\d+)> (?:said|says)|(?:said|says) <P(\d+)>)/);
    if (!v || /\b(?:not|never|n['’]t|declined|refused)\b/.test(text.slice(Math.max(0, v.index! - 20), v.index!))) return;
    const previous = a.sentence.index - 1;
    // (the one who accepted, named before the verb, is one of its guests: "Y accepted the invitation in principle")
    // (or "Y said he would come")
    // (and one a statement tells of: "The Presidency said on Thursday that Y had accepted")
    // (or in the guest's own words, quoted: "\"I'll be there,\" Y said")
    // (or a quotation's first sentence, its speaker told in the next: "\"I'll be there. …,\" Y said")
    // (the one group the alternative that matched names, whichever it is)
    const subject = v.slice(1).find((x) => x !== undefined) ?? text.slice(0, v.index!).match(/<P(\d+)>(?:,[^<.;]{1,60},)?(?: (?:has|had|also|formally|quickly))* $/)?.[1];
    const guest = subject !== undefined ? keyOf(Number(subject)) : undefined;
    const offered = (x: MeetingFacts, by: boolean) =>
      x.statuses[x.statuses.length - 1] === "proposed" &&
      // (told in the sentence before, or, by a guest named as the one who accepted, in the one before that: "… inviting
      // him to Ottawa. She was accompanied by Z. Y accepted the invitation")
      // (or, by a guest named as the one who accepted, up to four sentences before: the talks and who attended them told
      // between)
      // (or, after ", and", in the same sentence: "X invited Y to make a state visit to G, and Y consented")
      x.sentences.some((s) => s.index <= previous + (/^, and /.test(v[0]) ? 1 : 0) && s.index >= previous - (guest ? 3 : 0) && (by ? x.proposers.size > 0 : /\binvit(?:ation|es|ed|ing)\b/.test(s.text))) &&
      (subject === undefined || (!!guest && x.participants.has(guest) && !x.proposers.has(guest)));
    // (else one no one proposed in words, offered by an invitation: "an invitation from X to Y to attend a summit in Maputo")
    // (the last offered first: "The message invites Y to L1. … X invited Y to L2, and Y said he would come" is L2's)
    // (not one this sentence's own invitation took as its answer: "X invited Y to L, and Y accepted")
    if (guest && this.meetings.some((x) => x.sentences.includes(a.sentence) && x.participants.has(guest) && x.statuses.includes("planned"))) return;
    const m = this.meetings.findLast((x) => offered(x, true)) ?? this.meetings.findLast((x) => offered(x, false));
    if (!m) return;
    // (one of two guests invited together who only says he will go agrees to no plan yet: "It invites both leaders to L
    // for a three-way meeting. A said he would go", the other still to answer)
    if (guest && /\bsaid (?:he|she) would\b/.test(v[0]) && m.sentences.some((s) => /\binvit\w* (?:both|the two)\b/.test(s.text))) return;
    // (what was proposed is now agreed: the proposal's votes become the plan's)
    m.statuses = m.statuses.map((x) => (x === "proposed" ? "planned" : x));
    this.mention(m, a, v.index!, v.index! + v[0].length, [], { anaphor: true, status: "planned" });
    used.push([v.index!, v.index! + v[0].length]);
  }

  /** "I stood behind X in the <L> in <L> as he and Y signed the act …, with Z as host": X and Y met there (and Z, and
   * the one who stood by them). "he" is the one named just before it. */
  private asTheySigned({ a, text, keyOf, used, free }: Scan) {
    const v = / as (?:he|she) and /.test(text) ? text.match(AS_THEY_SIGNED) : null;
    if (!v || !free(v.index!, v.index! + v[0].length) || NEGATION.test(v[0])) return;
    const people = [v[2], v[5], v[1], v[6]].flatMap((i) => (i === undefined ? [] : [keyOf(Number(i))])).filter((k): k is string => !!k?.startsWith("person:"));
    if (new Set(people).size < 2) return;
    const place = a.slots[Number(v[4] ?? v[3])]?.key;
    this.heldThere(a, used, v.index!, v.index! + v[0].length, [...new Set(people)], this.dateIn(a, text, "behind"), place);
  }

  /** "X chaired in L yesterday a new round of talks between the delegations of G and H": a meeting held, X at it (the
   * heads of the delegations told after it join it). */
  private chairedRound({ a, text, keyOf, used, free }: Scan) {
    const v = / chaired /.test(text) ? text.match(/<P(\d+)> chaired (?:in <L(\d+)> )?(?:(?:yesterday|today|on [A-Z][a-z]+day) )?(?:a |the )?(?:new |fresh |latest |first |second |third )?(?:round of )?(?:talks|negotiations|consultations) between the delegations of <G\d+> and <G\d+>/) : null;
    const chair = v ? keyOf(Number(v[1])) : undefined;
    if (!v || !chair?.startsWith("person:") || !free(v.index!, v.index! + v[0].length)) return;
    const place = v[2] !== undefined ? a.slots[Number(v[2])]?.key : undefined;
    this.heldThere(a, used, v.index!, v.index! + v[0].length, [chair], this.dateIn(a, text, "behind"), place);
  }

  /** "X chaired.", "Y, the G envoy, attended as an observer.", "The G delegation was headed by A, and the H delegation
   * by B.", "C represented the Turkish side.", "D took part in the opening session.": at the meeting the sentence
   * before told held. */
  private joinedAlone({ a, text, keyOf, keys, used, free }: Scan) {
    const heads = text.match(/^The <N\d+> delegation was (?:headed|led) by (?:[A-Z][a-z]+ (?:of [A-Z][a-z]+ )?)?(<P\d+>)(?:,? and the <N\d+> delegation by (?:[A-Z][a-z]+ )?(<P\d+>))?/);
    if (heads) {
      const m = this.lastHeld(a.sentence.start, (x) => x.sentences.some((s) => s.index === a.sentence.index - 1));
      const extra = keys(`${heads[1]} ${heads[2] ?? ""}`).filter((k) => k.startsWith("person:") && !m?.participants.has(k));
      if (m && extra.length && free(0, heads[0].length)) {
        this.joined(m, a, 0, heads[0].length, extra, "held");
        used.push([0, heads[0].length]);
      }
      return;
    }
    const v = text.match(/^(?:[^<.;]{0,20} |(?:[^<.;]|<[GON]\d+>(?:['’]s)?){1,80}? )?<P(\d+)>(?:, (?:[^.;<]|<[GON]\d+>){1,100},)? (?:also )?(?:chaired|presided|moderated|attended(?: as (?:an? )?(?:observer|guest|witness))?|took part in the (?:opening|closing) (?:session|sitting)|represented the <G\d+>(?: side)?)\.?\s*$/);
    const who = v ? keyOf(Number(v[1])) : undefined;
    if (!v || !who?.startsWith("person:") || !free(0, v[0].length)) return;
    const m = this.lastHeld(a.sentence.start, (x) => x.sentences.some((s) => s.index >= a.sentence.index - 3 && s.index < a.sentence.index));
    if (!m || m.participants.has(who)) return;
    this.joined(m, a, 0, v[0].length, [who], "held");
    used.push([0, v[0].length]);
  }

  /** "A meeting of A, B and C … was called off. It will now be held in L next Tuesday": a meeting of the same people,
   * planned there and then (the one called off stays called off). */
  private rescheduled({ a, text, used }: Scan) {
    const v = /^(?:It|The (?:meeting|talks|summit|visit)) will now /.test(text) ? text.match(/^(?:It|The (?:meeting|talks|summit|visit)) will now (?:be held|take place|go ahead) (?:in|at) (?:the )?<L(\d+)>/) : null;
    const m = v ? this.meetings.findLast((x) => x.statuses[x.statuses.length - 1] === "cancelled" && x.sentences.some((s) => s.index === a.sentence.index - 1)) : undefined;
    if (!v || !m) return;
    const people = [...m.participants];
    const day = this.dateIn(a, text.slice(v[0].length, v[0].length + 40), "ahead");
    const place = a.slots[Number(v[1])]?.key;
    const next = this.matchOrCreate(people, m.head, a, 0, day?.slice(0, 4), "planned", false, day, { place });
    this.mention(next, a, 0, v[0].length, people, { status: "planned", place, anaphor: true, ...(day ? { date: day } : {}) });
    used.push([0, v[0].length]);
  }

  /** "X invites Y to Canberra. He has accepted. It is pencilled in for May.": the day of a meeting still ahead, told
   * in a sentence of its own, for the one the sentence before (or the one before that) told of, undated. */
  private datedAfter({ a, text, used }: Scan) {
    const v = text.match(/^(?:It|The (?:visit|meeting|summit|trip|talks|meeting|state visit|dinner|signing))(?: itself)? (?:is|are|was|were|has been|have been) (?:now |provisionally |tentatively )?(?:pencill?ed in|planned|scheduled|set|slated|expected|pencill?ed)(?: to take place| to be held)? (?:for|in|on) /);
    if (!v) return;
    const m = [...this.meetings].reverse().find((x) => !x.date && x.sentences.some((s) => s.index >= a.sentence.index - 2 && s.index < a.sentence.index) && ["planned", "proposed"].includes(x.statuses[x.statuses.length - 1]));
    const day = m ? this.dateIn(a, text.slice(v[0].length - 4), "ahead") : undefined;
    if (!m || !day) return;
    this.mention(m, a, 0, v[0].length, [], { anaphor: true, status: m.statuses[m.statuses.length - 1], date: day });
    used.push([0, v[0].length]);
  }

  /** The head of state (or minister) who received ambassadors' credentials, for "Presenting their credentials were …"
   * in the sentences after. */
  private credentialsTo?: { key: string; sentence: number };

  /** An ambassador's credentials presented to a head of state: a meeting of the two, held (or planned: "will present").
   * "A and B presented their credentials to President Y", "Y received the credentials of A and B", "Y received letters
   * of credence from four new ambassadors. Presenting their credentials were A of X, B of Z …". */
  private credentials({ a, text, keyOf, keys, used, free }: Scan) {
    if (!/credential|credence|accreditation/.test(text)) return;
    const meet = (envoys: string[], receiver: string | undefined, from: number, to: number, status: MeetingStatus) => {
      if (!receiver) return;
      for (const envoy of envoys.filter((k) => k.startsWith("person:") && k !== receiver)) {
        const people = [envoy, receiver];
        const day = this.dateNear(a, from, to, to + 50, status === "held" ? "behind" : "ahead");
        const m = this.matchOrCreate(people, "meeting", a, from, day?.slice(0, 4), status, false, day);
        this.mention(m, a, from, to, people, { status });
      }
      used.push([from, to]);
    };
    const envoysIn = (list: string) => keys(list.replace(/ of (?:the )?<G\d+>/g, ""));
    for (const v of text.matchAll(PRESENTED_CREDENTIALS)) {
      const from = v.index!;
      const to = from + v[0].length;
      if (!free(from, to) || NEGATION.test(text.slice(Math.max(0, from - 20), to))) continue;
      meet(envoysIn(v[1]), keyOf(slotsIn(v[3])[0]), from, to, /^(?:will|are to|is to)\b/.test(v[2]) ? "planned" : "held");
    }
    for (const v of text.matchAll(RECEIVED_CREDENTIALS)) {
      const from = v.index!;
      const to = from + v[0].length;
      const receiver = keyOf(slotsIn(v[1])[0]);
      if (!receiver?.startsWith("person:") || NEGATION.test(text.slice(Math.max(0, from - 20), to))) continue;
      this.credentialsTo = { key: receiver, sentence: a.sentence.index };
      if (v[2] && free(from, to)) meet(envoysIn(v[2]), receiver, from, to, "held");
    }
    const presenting = text.match(PRESENTING_WERE);
    const to = this.credentialsTo;
    if (presenting && to && a.sentence.index - to.sentence <= 2) meet(envoysIn(presenting[1]), to.key, presenting.index!, presenting.index! + presenting[0].length, "held");
  }

  /** "X, who leads his country's delegation, handed Y a letter from Z": a letter handed over in person, so X met Y. */
  private handedInPerson({ a, text, keys, used, free }: Scan) {
    // (not at a meeting the sentence refers back to: "During the meeting, X handed Y a letter" is that meeting's)
    if (/^(?:[^<.;]{0,20}\b)?(?:[Dd]uring|[Aa]t|[Ii]n|[Aa]fter) (?:the|that|this) (?:[a-z-]+ )?(?:meeting|talks|audience|call|visit)\b/.test(text)) return;
    // (and "gave it to Y" of a paper the sentence before told of)
    const gave = / (?:gave|handed|passed) (?:it|them) /.test(text) && /\b(?:letter|message|reply|note|answer|response)\b/.test(`${this.previous?.text ?? ""} ${text}`) ? [...text.matchAll(GAVE_IT_TO)] : [];
    for (const v of / hand(?:ed)? | delivered | put (?:it|the) | passed /.test(text) || gave.length ? [...text.matchAll(PUT_IN_HANDS)].map((x) => Object.assign([x[0], x[1], x[2] ?? x[3]], { index: x.index })).concat([...text.matchAll(NOTE_PASSED_TO)], [...text.matchAll(HANDED_IN_PERSON), ...text.matchAll(HANDED_TO), ...text.matchAll(DELIVERED_IN), ...text.matchAll(DELIVERED_WHICH), ...text.matchAll(DELIVERED_THAT), ...text.matchAll(HANDED_OVER_BY), ...text.matchAll(WHO_HANDED_IT), ...text.matchAll(LETTER_WHICH_HANDED), ...text.matchAll(WHO_LED_AND_HANDED), ...text.matchAll(WHICH_HANDED), ...text.matchAll(PASSED_BY_TO), ...gave, ...[...text.matchAll(DELIVERED_TO_BY), ...text.matchAll(LETTER_WHICH_HANDED_HIM)].map((x) => Object.assign([x[0], x[2], x[1]], { index: x.index }))]) : []) {
      const verb = v[0].match(/ (?:handed|delivered|gave|passed|put|(?:was|were) (?:in|at))/)!;
      const from = v.index! + verb.index!;
      const to = from + verb[0].length;
      if (!free(from, to) || NEGATION.test(text.slice(Math.max(0, from - 20), from)) || FUTURE.test(text.slice(Math.max(0, from - 30), from))) continue;
      // (and those it was handed before: "… handed the letter to Y in the presence of A and B")
      // (or with them in the room: "… handed Y a letter from Z, with W in the room")
      const presence0 = text.slice(v.index! + v[0].length).match(HANDED_BEFORE);
      const presence = presence0 ? ([presence0[0], presence0[1] ?? presence0[2]] as const) : null;
      // (or beside the one handed it, told first: "With A at Y's side, X handed Y a letter"; or come with the carrier:
      // "X, who had led the envoys to G with A and handed Y a letter")
      const cameWith = /, who /.test(v[0]) ? [...v[0].matchAll(/\bwith (?:[a-z-]+ ){0,2}(<P\d+>)/g)].map((x) => x[1]).join(" ") : "";
      const beside = `${text.slice(0, v.index).match(/^With (?:the )?(<P\d+>) (?:at|by) (?:<P\d+>['’]s|his|her|the [a-z]+['’]s) side, $/)?.[1] ?? ""} ${cameWith}`;
      const people = [...new Set([...keys(v[1]), ...keys(v[2]), ...(presence ? keys(untitled(presence[1])) : []), ...keys(beside)])].filter((p) => p.startsWith("person:"));
      if (people.length < 2) continue;
      // (nor a carrier's handover to his own side's leader: "… handed the letter to Y, who delivered it to the Prime
      // Minister" is no meeting of Y's with his own prime minister)
      if (people.length === 2 && this.knownColleagues(people[0], people[1])) continue;
      // (nor a letter passed on at home, to one of the carrier's own state: "Y passed it on to Prime Minister Z")
      if (people.length === 2 && / (?:gave|handed|passed) (?:it|them) /.test(v[0]) && !!this.stateOf.get(people[0]) && this.stateOf.get(people[0]) === this.stateOf.get(people[1])) continue;
      // (nor, after a journey, one of a side not told apart from the carrier's: "X flew to L and handed the list to Y"
      // may be a carrier gone home)
      if (/ (?:travell?ed|flew|flown|went) to <[LG]\d+>/.test(v[0])) {
        const [sx, sy] = people.map((p) => this.sideOf(p));
        if (people.length !== 2 || !sx || !sy || sx === sy) continue;
      }
      // (not a date inside the carrier's apposition: "The adviser, X, who took up his post last year, handed Y")
      const appos = v[0].match(/^<P\d+>(, (?:[^;.<]|<[GNOL]\d+>){1,120}?,)/)?.[1];
      // (nor one of the visit the letter invites to: "handed Y a letter from Z inviting him to the summit in L in
      // November")
      const invites = text.slice(v.index! + v[0].length).search(/ inviting |,? (?:which|that) invite|,? in which (?:<P\d+>|[a-z]+) (?:is|was) invited\b|,? who (?:also )?invites?\b/);
      const told = invites >= 0 ? text.slice(0, v.index! + v[0].length + invites) : text;
      const day = this.dateIn(a, appos ? told.replace(appos, "") : told, "behind");
      // (where, past the one handed it: "… handed to the President during a courtesy call at Malacañang Palace")
      // (or before the carrier, set off: "on March 14, at the <L> in <L>, X handed Y")
      // (past the post of the one handed it, set off: "… to Y, <G>'s minister, in <L> in June")
      const at = text.slice(v.index! + v[0].length).match(/^(?:, (?:the )?<[GN]\d+>(?:['’]s)? [a-z -]{1,40},)?(?:[^<.;]){0,60}?\b(?:in|at) (?:the )?<L(\d+)>/)?.[1] ?? text.slice(0, from).match(/\b(?:in|at) (?:the )?(?:(?:[^<.;,]|<L\d+>){0,50}? in )?<L(\d+)>, <P\d+>$/)?.[1] ?? v[0].match(/ (?:in|to) <L(\d+)>(?: [a-z]+ \w+)? and (?:[a-z]+ )?handed\b/)?.[1];
      // (the one it was handed before who came with its carrier: "… in the presence of A and B, who accompanied him")
      const to1 = keys(v[2]).filter((p) => p.startsWith("person:"));
      const by = keys(v[1]).filter((p) => p.startsWith("person:"));
      const escort = presence && by.length === 1 && /^,? who (?:had )?(?:accompanied|came with|travell?ed with) (?:him|her)\b/.test(text.slice(v.index! + v[0].length + presence[0].length)) ? keys(presence[1]).slice(-1) : keys(cameWith);
      const m = this.heldThere(a, used, from, to, people, day, at !== undefined ? a.slots[Number(at)]?.key : undefined, false, escort.length ? [...by, ...escort] : undefined);
      // (the one handed the letter received its carrier)
      if (to1.length === 1 && by.length === 1 && !m.host) [m.host, m.guest] = [to1[0], by[0]];
    }
  }

  /** "X braved the streets to reach the <O> yesterday with a letter from Z inviting Y to L": the carrier met the one
   * invited, whose office it is, that day. */
  private broughtLetter({ a, text, keys, used, free }: Scan) {
    const v = / with (?:a|an|the) /.test(text) ? text.match(BROUGHT_LETTER) : null;
    if (!v || NEGATION.test(text.slice(0, v.index! + v[0].length)) || FUTURE.test(text.slice(0, v.index! + v[0].length))) return;
    const people = [...new Set([...keys(v[1]), ...keys(v[2])])].filter((p) => p.startsWith("person:"));
    const from = v.index! + v[0].indexOf(" with ");
    const to = from + 6;
    if (people.length < 2 || !free(from, to)) return;
    this.heldThere(a, used, from, to, people, this.dateIn(a, text.slice(0, from), "behind"));
  }

  /** "Tuesday evening's dinner at the <O> in <L>, given by X for Y of <G>": the two met there (a banquet held, told in
   * the past). */
  private dinnerGiven({ a, text, keyOf, used, free }: Scan) {
    const v = / by /.test(text) ? text.match(DINNER_GIVEN) : null;
    const [host, guest] = v ? [keyOf(Number(v[2])), keyOf(Number(v[3]))] : [];
    if (!v || !host?.startsWith("person:") || !guest?.startsWith("person:") || host === guest || FUTURE.test(text) || !free(v.index!, v.index! + v[0].length)) return;
    const m = this.heldThere(a, used, v.index!, v.index! + v[0].length, [host, guest], this.dateIn(a, text, "behind"), v[1] !== undefined ? a.slots[Number(v[1])]?.key : undefined);
    m.head = "dinner";
    [m.host, m.guest] = [host, guest];
  }

  /** "The launch was watched live at the <O> in <L> by A, B and C": the three were there together. */
  private watchedBy({ a, text, keys, used, free }: Scan) {
    const v = / watched /.test(text) ? text.match(WATCHED_BY) : null;
    if (!v || NEGATION.test(text.slice(0, v.index! + v[0].length)) || FUTURE.test(text.slice(0, v.index! + v[0].length))) return;
    const people = keys(v[2].replace(/<[GN]\d+>['’]s /g, "")).filter((p) => p.startsWith("person:"));
    const from = v.index! + v[0].indexOf("watched");
    if (people.length < 2 || !free(from, from + 7)) return;
    this.heldThere(a, used, from, from + 7, people, this.dateIn(a, text, "behind"), v[1] !== undefined ? a.slots[Number(v[1])]?.key : placeAfter(a, from));
  }

  /** "X, who has led the project since …, joined the two ministers in placing the stone": one more at the pair's
   * meeting told in the sentence before. */
  private joinedThePair({ a, text, keyOf, used, free }: Scan) {
    const v = / joined the two /.test(text) ? text.match(JOINED_THE_PAIR) : null;
    const who = v ? keyOf(Number(v[1])) : undefined;
    if (!v || !who?.startsWith("person:") || NEGATION.test(text.slice(0, v.index! + v[0].length))) return;
    const from = v.index! + v[0].indexOf(" joined ") + 1;
    const m = this.lastHeld(a.sentence.start + from, (x) => [...x.participants].filter((p) => p.startsWith("person:")).length === 2 && x.sentences.some((y) => a.sentence.index - y.index === 1));
    if (!m || m.participants.has(who) || !free(from, from + 6)) return;
    this.joined(m, a, from, from + 6, [who], "held");
    used.push([from, from + 6]);
  }

  /** "The four had spent the morning together at the <L> in <L>": the four the sentence before named, met there. */
  private countedTogether({ a, text, used, free }: Scan) {
    const v = / together\b/.test(text) ? text.match(COUNTED_TOGETHER) : null;
    if (!v || !this.previous || !free(v.index!, v.index! + v[0].length)) return;
    const n = COUNT_WORDS[v[1].toLowerCase()];
    const named = [...new Set(this.previous.slots.filter((x) => x.kind === "Person" && x.key).map((x) => x.key!))];
    if (named.length !== n) return;
    const place = v[3] !== undefined ? a.slots[Number(v[3])]?.key : v[2] !== undefined ? a.slots[Number(v[2])]?.key : undefined;
    this.heldThere(a, used, v.index!, v.index! + v[0].length, named, this.dateIn(a, text, "behind"), place);
  }

  /** "A and B on Wednesday laid the foundation stone of … in L": a ceremony the two held together there. */
  private laidStoneTogether({ a, text, keys, used, free }: Scan) {
    const v = / (?:stone|plaque|ribbon)\b/.test(text) ? text.match(LAID_STONE) : null;
    if (!v || NEGATION.test(text.slice(0, v.index! + v[0].length)) || FUTURE.test(text.slice(0, v.index! + v[0].length))) return;
    const people = keys(v[1]).filter((p) => p.startsWith("person:"));
    const from = v.index! + v[0].length - v[2].length;
    if (people.length < 2 || !free(from, from + v[2].length)) return;
    this.heldThere(a, used, from, from + v[2].length, people, this.dateIn(a, text, "behind"), placeAfter(a, from + v[2].length));
  }

  /** "… in July 2021, when X sat between Y, who abdicated in October, and the then Z at the concert": the three were
   * together there (seated side by side, told in the past). */
  private satBetween({ a, text, keys, used, free }: Scan) {
    const v = / sat between /.test(text) ? text.match(SAT_BETWEEN) : null;
    if (!v || NEGATION.test(text.slice(0, v.index!)) || FUTURE.test(text.slice(0, v.index!))) return;
    const from = v.index! + v[0].indexOf(" sat between ") + 1;
    const people = [...new Set([...keys(v[1]), ...keys(v[2]), ...keys(v[3])])].filter((p) => p.startsWith("person:"));
    if (people.length < 3 || !free(from, from + 11)) return;
    // (those either side of the guest are the hosts, one side, unless told of two states)
    const beside = [...keys(v[2]), ...keys(v[3])];
    const [sy, sz] = beside.map((p) => this.sideOf(p));
    this.heldThere(a, used, from, from + 11, people, this.dateIn(a, text, "behind"), undefined, false, sy && sz && sy !== sz ? undefined : beside);
  }

  /** "It was served at the head table to A and B, to C and to D", "E and F, seated at the next table, …": those at the
   * dinner told in the four sentences before. */
  private atTheTable({ a, text, keys, used }: Scan) {
    const v = / table\b/.test(text) ? (text.match(SERVED_AT_TABLE) ?? text.match(SEATED_AT_TABLE)) : null;
    if (!v) return;
    const m = this.meetings.filter((x) => x.head === "dinner" && x.statuses.includes("held") && x.sentences.some((y) => a.sentence.index - y.index >= 1 && a.sentence.index - y.index <= 4)).pop();
    const extra = keys(v[1]).filter((p) => p.startsWith("person:") && !m?.participants.has(p));
    if (!m || !extra.length) return;
    this.joined(m, a, v.index!, v.index! + v[0].length, extra, "held");
    used.push([v.index!, v.index! + v[0].length]);
  }

  /** "Roll 29 shows A and B signing their joint statement at L on June 12, 2018" (a picture, or a caption after a
   * colon): the two met there, that day. */
  private picturedSigning({ a, text, keys, used, free }: Scan) {
    const v = / signing /.test(text) ? text.match(PICTURED_SIGNING) : null;
    if (!v) return;
    const people = keys(v[1]).filter((p) => p.startsWith("person:"));
    const from = v.index! + v[0].indexOf(" signing ");
    if (people.length < 2 || !free(from, from + 9)) return;
    this.heldThere(a, used, from, from + 9, people, this.dateIn(a, text.slice(from), "behind"), a.slots[Number(v[2])]?.key);
  }

  /** "What the minister did do in <L> that day was meet <P>": the one the story is about (the subject before) met Y
   * there, that day. */
  private cleftMeeting({ a, text, keyOf, used, free }: Scan, prevSubject?: string) {
    const v = /^What /.test(text) ? text.match(CLEFT_MET) : null;
    const other = v ? keyOf(Number(v[2])) : undefined;
    if (!v || !prevSubject?.startsWith("person:") || !other?.startsWith("person:") || other === prevSubject || !free(0, v[0].length)) return;
    const place = v[1] !== undefined ? a.slots[Number(v[1])]?.key : undefined;
    this.heldThere(a, used, 0, v[0].length, [prevSubject, other], this.dateIn(a, text, "behind"), place);
  }

  /** "A and B signed a peace agreement in Jeddah": two people signing together at a place met there. */
  private signedTogether({ a, text, keys, used, free }: Scan) {
    const personsIn = (s: string | undefined) => keys(s).filter((k) => k.startsWith("person:"));
    // (those it was signed before, after offset `at`: "as A and B looked on", "…, in the presence of C")
    const lookersAfter = (at: number) => {
      // (past a post written out before a name: "and the President of the Council of Ministers of Togo, Mr X")
      const look = text.slice(at).replace(/\bthe then(?:-| )(?=(?:[a-z-]+ ){0,2}<)/g, "").replace(/\b(and )the (?:[A-Z][a-z]+ )+of (?:the )?<[OG]\d+>(?: of [A-Z][a-z]+)?(?: of (?:the )?<G\d+>)?, (?=<P)/g, "$1").match(LOOKERS_ON);
      return look ? personsIn(look[1] ?? look[2] ?? look[3] ?? look[4] ?? look[5] ?? look[6]) : [];
    };
    // ("X rode a bus to Lahore and signed the Lahore Declaration with Y on February 21, 1999": the two met there, then)
    const rode = / and (?:then |later )?signed (?:the )?<D\d+> with /.test(text) ? text.match(WENT_AND_SIGNED_WITH) : null;
    if (rode) {
      const people = personsIn(`<P${rode[1]}> <P${rode[3]}>`);
      const from = rode.index! + rode[0].indexOf("signed");
      const place = rode[2] !== undefined ? a.slots[Number(rode[2])]?.key : undefined;
      if (new Set(people).size === 2 && free(from, from + 6)) this.heldThere(a, used, from, from + 6, people, this.dateIn(a, text.slice(from), "behind"), place);
    }
    // ("It was on the river at L, aboard the riverboat <O>, that A and B signed the <D> on 14 June 1985": the
    // same, the place told first)
    const cleft = /^It was /.test(text) ? text.match(CLEFT_SIGNED) : null;
    if (cleft) {
      const people = personsIn(cleft[2]);
      const from = cleft.index! + cleft[0].length - "signed".length;
      if (new Set(people).size >= 2 && free(from, from + 6)) this.heldThere(a, used, from, from + 6, people, this.dateIn(a, text.slice(from), "behind"), a.slots[Number(cleft[1])]?.key);
    }
    // ("the Maipú Treaty, which then-presidents A and B signed in the Santiago commune of Maipú in October 2009": the same)
    const which = / signed in /.test(text) ? text.match(WHICH_THEY_SIGNED_IN) : null;
    if (which) {
      const people = personsIn(which[1]);
      const from = which.index! + which[0].indexOf(" signed") + 1;
      const place = a.slots[Number(which[2])]?.key;
      if (new Set(people).size >= 2 && place && free(from, from + 6)) this.heldThere(a, used, from, from + 6, people, this.dateIn(a, text.slice(from), "behind"), place);
    }
    // ("the agreements reached in Washington on August 8, 2025, where A, B and C signed a Joint Declaration": all there then)
    for (const v of /, (?:where|when) (?:on [^<.;,]{3,25} )?<P/.test(text) ? text.matchAll(WHERE_THEY_SIGNED) : []) {
      // (not at a meeting the clause before tells, which reads the signing itself: "The summit went ahead in L on June 12,
      // where A and B signed")
      if (/\b(?:summit|meeting|talks|visit|conference|retreat)\b/i.test(text.slice(0, v.index!))) continue;
      const from = v.index! + v[0].lastIndexOf("signed");
      const to = from + "signed".length;
      // (and those it was signed before: "…, with Mr X looking on")
      const people = [...new Set([...personsIn(v[5]), ...lookersAfter(v.index! + v[0].length)])];
      // (a body's seat no place the graph knows: the meeting there, its place untold)
      const place = v[1] === "L" ? a.slots[Number(v[2])]?.key : undefined;
      const day = v[3] ?? v[4];
      if (people.length < 2 || (!place && !v[4]) || !free(from, to)) continue;
      this.heldThere(a, used, from, to, people, day ? this.dateIn(a, day, "behind") : undefined, place);
    }
    // ("the treaty was signed in Asunción in December 1973 by then presidents A and B": the two met there then)
    const signedThere = / signed (?:in|at) (?:the )?</.test(text) ? [...text.matchAll(SIGNED_THERE_BY)].map((v) => ({ v, list: v[2], at: v[1] })) : [];
    const signedByThere = / signed by </.test(text) ? [...text.matchAll(SIGNED_BY_THERE)].map((v) => ({ v, list: v[1], at: v[2] })) : [];
    // ("the Record of Understanding, which A and B signed at the <O> in <L> on 26 September": they met there)
    const whichSigned = /\b(?:which|that) .* signed /.test(text) ? [...text.matchAll(WHICH_SIGNED_THERE)].map((v) => ({ v, list: v[1], at: v[2], capitalOf: v[3] })) : [];
    for (const { v, list, at, capitalOf } of [...signedThere, ...signedByThere, ...whichSigned] as { v: RegExpMatchArray; list: string; at: string | undefined; capitalOf?: string }[]) {
      const from = v.index! + v[0].indexOf("signed");
      const to = from + "signed".length;
      // (and those it was signed before: "…, with Marcos witnessing the signing")
      const [signers, lookers] = [personsIn(list), lookersAfter(v.index! + v[0].length)];
      const people = [...new Set([...signers, ...lookers])];
      const state = capitalOf !== undefined ? a.slots[Number(capitalOf)]?.country : undefined;
      const place = at !== undefined ? a.slots[Number(at)]?.key : state ? `government:${state}` : undefined;
      if (new Set(people).size < 2 || !place || !free(from, to) || NEGATION.test(text.slice(Math.max(0, from - 20), from))) continue;
      // (two signers before two leaders, of no states told, in the same order: "by the then foreign ministers A and B,
      // in the presence of the then prime ministers C and D" — A and C one side, B and D the other)
      if (signers.length === 2 && lookers.length === 2 && people.length === 4 && people.every((p) => !this.sideOf(p))) for (const [i, p] of [...signers, ...lookers].entries()) this.sidesTold.set(p, `side:${a.sentence.index}:${i % 2}`);
      const day = this.dateIn(a, text.slice(v.index!, v.index! + v[0].length + 40), "behind");
      this.heldThere(a, used, from, to, people, day, place);
    }
    // ("A and B last met in L on October 26 last year, when A and C signed a declaration in the presence of B and
    // D": all four there then)
    const when = / signed .* in the presence of /.test(text) ? text.match(WHEN_SIGNED_BEFORE) : null;
    if (when) {
      const from = when.index! + when[0].indexOf(" signed") + 1;
      const people = [...new Set([...personsIn(when[2]), ...personsIn(untitled(when[3]))])];
      // (the meeting the clause before told, joined by the others)
      const told = this.meetings.find((x) => x.sentences.some((y) => y.index === a.sentence.index) && x.participants.size >= 2 && [...x.participants].every((p) => people.includes(p)));
      if (told && people.length >= 3 && free(from, from + 6)) {
        this.mention(told, a, from, from + 6, people, { status: "held" });
        used.push([from, from + 6]);
      } else if (people.length >= 3 && free(from, from + 6)) this.heldThere(a, used, from, from + 6, people, this.dateIn(a, text.slice(0, from), "behind"), a.slots[Number(when[1])]?.key);
    }
    for (const v of / (?:sign(?:ed)?|initial(?:l)?ed) /.test(text) ? text.matchAll(SIGNED_TOGETHER) : []) {
      const from = v.index! + v[0].indexOf(v[3]);
      const to = from + v[3].length;
      if (!free(from, to) || NEGATION.test(text.slice(Math.max(0, from - 20), from))) continue;
      // (and those "also at the table": "…, with Foreign Minister C and Vanuatu's Foreign Minister D also at the table")
      const table = text.slice(v.index! + v[0].length).match(WITH_AT_TABLE);
      // (or "…, in the presence of C, D and E")
      const people = [...new Set([...keys(v[1]), ...keys(v[2]), ...(table ? keys(untitled(table[1])) : lookersAfter(v.index! + v[0].length))])].filter((p) => p.startsWith("person:"));
      const place = a.slots[Number(v[4])]?.key;
      if (people.length < 2 || !place) continue;
      // ("are expected to sign a further deal in Washington": a signing still to come is a meeting planned)
      const status: MeetingStatus = /^(?:signed|initial)/.test(v[3]) ? "held" : "planned";
      // (or the day of the clause it is in: "X was last in Moscow on January 17, 2025, when he and Y signed …")
      const day = this.dateIn(a, a.text.slice(from, from + 120), status === "planned" ? "ahead" : "behind") ?? (status === "held" ? this.dateIn(a, a.text.slice(0, from).match(/\b(?:on|in) [^<;]{3,40}?, (?:when|where)\b[^;]*$/)?.[0] ?? "", "behind") : undefined);
      const m = this.matchOrCreate(people, "meeting", a, from, day?.slice(0, 4), status, false, day);
      this.mention(m, a, from, to, people, { status, place, placeFrom: v.index! + v[0].length, ...(day ? { date: day } : {}) });
      used.push([from, to]);
    }
    // ("X and Y signed a memorandum at the foreign ministry on Wednesday", in a story from Bogotá: they signed it together,
    // there; not "in separate rooms", not "separately")
    // (or a dateline set as a line of its own after a "Published:" line: "Lima, Mar. 19 (ANDINA).")
    const dateline =
      a.sentence.index === 0 ? text.match(/^<L(\d+)>(?:,| \(| [—–-])/)?.[1] :
      a.sentence.index <= 2 && this.datelinePlace === undefined ? text.match(/^<L(\d+)>, [A-Z][a-z]{2,8}\.? \d{1,2}\b(?:[^<]|<O\d+>){0,20}$/)?.[1] : undefined;
    if (dateline !== undefined) this.datelinePlace = a.slots[Number(dateline)]?.key;
    const venue = text.match(SIGNING_VENUE);
    const venueAt = venue?.[1] ?? venue?.[2] ?? venue?.[3] ?? venue?.[4];
    const at = venueAt !== undefined ? a.slots[Number(venueAt)]?.key : undefined;
    const placeIn = text.match(/\bin <L(\d+)>/)?.[1];
    const where = at ?? (placeIn !== undefined ? a.slots[Number(placeIn)]?.key : undefined);
    // ("X signed the agreement with Y on Wednesday at the presidential palace in Astana, as A and B looked on": all four met)
    for (const v of (venue || where) && / signed .* with /.test(text) && !APART.test(a.sentence.text) ? text.matchAll(SIGNED_WITH) : []) {
      const from = v.index! + v[0].indexOf(" signed");
      const to = from + " signed".length;
      if (!free(from, to) || NEGATION.test(text.slice(Math.max(0, from - 20), from))) continue;
      const signers = [...new Set([...keys(v[1]), ...keys(v[2])])].filter((p) => p.startsWith("person:"));
      if (signers.length < 2) continue;
      const people = [...new Set([...signers, ...lookersAfter(to)])];
      // (or the day the sentence opens with: "On Jan. 16, in L, X signed … with Y")
      const day = this.dateIn(a, text.slice(from), "behind") ?? this.dateIn(a, text.slice(0, from).match(/^(?:On|In) [^<;]{3,30}?,/)?.[0] ?? "", "behind");
      this.heldThere(a, used, from, to, people, day, where ?? this.datelinePlace);
    }
    // ("At the same ceremony, A and B signed an agreement": the signing told last, held)
    // (or after leaders "witnessed the signing of" documents: "A and B signed an action plan" is that signing)
    const witnessed = (this.witnessedIn.has(a.sentence.index - 1) || (this.witnessedIn.has(a.sentence.index - 2) && this.signedIn.has(a.sentence.index - 1))) && !venue;
    if (/\bwitnessed\b[^.;<]{0,30}\bthe signing\b/.test(text)) this.witnessedIn.add(a.sentence.index);
    // ("Costa Rica and Panama signed two agreements Thursday at Paso Canoas, as Presidents A and B looked on": the two met
    // there that day, and those who sign next signed there)
    const states = / looked on| watched/.test(text) ? text.match(STATES_SIGNED_LOOKED_ON) : null;
    const lookers = states ? personsIn(states[2]) : [];
    if (states && new Set(lookers).size >= 2 && !NEGATION.test(text.slice(0, states.index! + states[0].length))) {
      const from = states.index! + states[0].indexOf(" signed") + 1;
      if (free(from, from + 6)) {
        this.heldThere(a, used, from, from + 6, lookers, this.dateIn(a, text, "behind"), a.slots[Number(states[1])]?.key);
        this.witnessedIn.add(a.sentence.index);
        // (the two leaders in the order of the two states: "Costa Rica and Panama … as Presidents A and B looked on")
        const govs = slotsIn(states[0].slice(0, states[0].indexOf(" signed"))).map((i) => a.slots[i]?.key).filter((k): k is string => !!k?.startsWith("government:"));
        if (govs.length === 2 && lookers.length === 2) lookers.forEach((p, i) => this.stateOf.has(p) || this.sidesTold.has(p) || this.sidesTold.set(p, govs[i]));
      }
    }
    // ("the two ministers witnessed the signing of a memorandum …, which was inked by A and B": A and B at the meeting
    // of the two told last)
    // (or "witnessed the signing of a memorandum … by A and B")
    const byPosts = / witnessed the signing of /.test(text) ? text.match(SIGNED_BY_POSTS) : null;
    const inked = byPosts ?? (/ witnessed the signing of /.test(text) ? text.match(SIGNING_OF_BY) : null);
    const signers = byPosts ? [byPosts[1], byPosts[2]] : inked ? [inked[2], inked[3]] : [];
    const their = inked ? this.lastHeld(a.sentence.start, (x) => !this.olderYear(x) && a.sentence.index - Math.max(...x.sentences.map((y) => y.index)) <= 2) : undefined;
    if (inked && their) {
      const extra = keys(signers.map((i) => `<P${i}>`).join(" ")).filter((k) => k.startsWith("person:") && !their.participants.has(k));
      const from = inked.index!;
      if (extra.length && free(from, from + inked[0].length)) this.joined(their, a, from, from + inked[0].length, extra, "held");
    }
    // ("The presidents of A, X, and B, Y, witnessed on Thursday the signing of …": the two were there together)
    const witnesses = / witnessed\b/.test(text) ? text.match(WITNESSED) : null;
    if (witnesses && !NEGATION.test(witnesses[0]) && !FUTURE.test(witnesses[0])) {
      const people = personsIn(witnesses[1]);
      const from = witnesses.index! + witnesses[0].search(/ witnessed\b/);
      const to = from + " witnessed".length;
      if (new Set(people).size >= 2 && free(from, to)) {
        const day = this.dateIn(a, text.slice(from), "behind");
        this.heldThere(a, used, from, to, people, day, this.datelinePlace);
      }
    }
    // (or "After the talks, A and B signed …", "At the end of the talks, …": at the talks told last)
    const same = /^(?:[^<.;]{0,30}\b)?[Aa]t the same (?:ceremony|signing|event|occasion)\b/.test(text) || /^(?:After|Following|At the end of) the (?:talks|meeting)s?,? /.test(text) || /^Before the (?:(?:two|three|four) )?(?:ministers|leaders|presidents|delegations|talks|meeting)\b/.test(text) || witnessed ? this.lastHeld(a.sentence.start, (x) => !this.olderYear(x)) : undefined;
    // (or on a day named: "A and B signed on Thursday an agreement …", the two of them together that day)
    const onDay = /\b(?:on|last) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.test(text) && !FUTURE.test(text);
    // (or later the day of the meeting told last: "Later in the day, A and B signed a memorandum")
    const sameDay = /^(?:[Ll]ater (?:in|on) (?:the|that) day|[Ll]ater that day|[Tt]he same day|[Tt]hat (?:afternoon|evening)),? /.test(text) ? this.lastHeld(a.sentence.start, (x) => !x.date || x.date.length === 10) : undefined;
    // (or before others: "A and B signed a memorandum …, in the presence of C and D")
    const before = /\bin the presence of\b/.test(text) && !FUTURE.test(text);
    for (const v of (venue || same || onDay || sameDay || before) && !APART.test(a.sentence.text) ? text.matchAll(SIGNED_AT) : []) {
      const from = v.index! + v[0].indexOf(" signed");
      const to = from + " signed".length;
      if (!free(from, to) || NEGATION.test(text.slice(Math.max(0, from - 20), from))) continue;
      const people = [...new Set([...keys(v[1]), ...keys(v[2])])].filter((p) => p.startsWith("person:"));
      if (people.length < 2) continue;
      if (same) {
        this.signedIn.add(a.sentence.index);
        // (those new to it meet those there of other sides)
        this.signersApart(same, people);
        const extra = people.filter((p) => !same.participants.has(p));
        if (extra.length) this.joined(same, a, from, to, extra, "held");
        else this.mention(same, a, from, to, people, { status: "held", date: same.date });
        used.push([from, to]);
        continue;
      }
      const place = at ?? this.datelinePlace;
      // (the day told around the venue or the signing: "at the foreign ministry on Wednesday, A and B signed")
      // (or the one the sentence opens with: "Two years later, on October 10, 2009, A and B signed …")
      // (or the adverb right before the verb: "A and his counterpart, B, today signed")
      const day = this.dateIn(a, text.slice(Math.min(venue?.index ?? from, from)), "behind") ?? sameDay?.date ?? this.dateIn(a, text.slice(0, from).match(/\b(?:today|yesterday)$/)?.[0] ?? "", "behind") ?? this.dateIn(a, text.slice(0, from).match(/^(?:[^<.;]{0,30}, )?(?:on|in) [^<,;.]{3,30}(?:, (?:19|20)\d\d)?,/)?.[0] ?? "", "behind");
      // (and those it was signed before: "…, in the presence of Danish Foreign Minister C"; told only so, a signing of its
      // own, not a meeting of those watching told before)
      this.heldThere(a, used, from, to, [...new Set([...people, ...lookersAfter(to)])], day, place, before && !venue && !onDay && !sameDay);
    }
  }

  /** Two who sign at a meeting of two states sign for one each: one of no state told is of the state the other is not
   * ("Foreign Secretary A and Ambassador B of Myanmar signed", at talks of Bangladesh and Myanmar: A is Bangladesh's). */
  private signersApart(m: MeetingFacts, signers: string[]) {
    if (signers.length !== 2) return;
    const side = (p: string) => this.stateOf.get(p) ?? this.sidesTold.get(p);
    const states = new Set([...m.participants].map((p) => (p.startsWith("government:") ? p : side(p))).filter((x): x is string => !!x));
    const [known, unknown] = side(signers[0]) ? [signers[0], signers[1]] : [signers[1], signers[0]];
    const theirs = side(known);
    if (!theirs || side(unknown) || states.size !== 2 || !states.has(theirs)) return;
    this.sidesTold.set(unknown, [...states].find((x) => x !== theirs)!);
  }

  /** A meeting held that the verb at [from, to) tells, of `people`, on `day`, at `place`. */
  private heldThere(a: AbstractSentence, used: [number, number][], from: number, to: number, people: string[], day?: string, place?: string, again = false, side?: string[]): MeetingFacts {
    // (told of another place than one held before with them: "later signed … at the ministry's headquarters in L",
    // after an audience at a palace)
    const m = this.matchOrCreate(people, "meeting", a, from, day?.slice(0, 4), "held", false, day, again || place ? { again, place } : undefined);
    this.mention(m, a, from, to, people, { status: "held", date: day, ...(place ? { place } : {}), ...(side ? { side } : {}) });
    used.push([from, to]);
    return m;
  }

  /** "... on the sidelines of the Eastern Economic Forum": the event shares the meeting's place. */
  private afterSidelines(a: AbstractSentence, to: number, people: string[]) {
    void people;
    const m = a.text.slice(to).match(/^[^.]{0,120}?on the sidelines of (?:the )?<E(\d+)>/);
    if (!m) return;
    const ev = a.slots[Number(m[1])];
    const place = placeAfter(a, to);
    if (ev?.key && place) this.sink.add("HELD_IN", ev.key, place, a.sentence, "an event where a meeting on its sidelines takes place");
  }

  /** Same people (or a subset) in this article, and no conflicting year: the same meeting. */
  /** `definite` ("the proposed A-B meeting was shelved"): a cancellation may end a meeting already proposed or planned. */
  private matchOrCreate(people: string[], head: string, a: AbstractSentence, at: number, year?: string, status?: MeetingStatus, definite = false, day?: string, other?: { place?: string; again?: boolean }): MeetingFacts {
    const cls = headClass(head);
    // (held again, or held somewhere else: "met in Sochi on Monday … met again in Ankara on Friday")
    const another = (m: MeetingFacts) => status === "held" && m.statuses.includes("held") && (!!other?.again || (!!other?.place && m.places.size > 0 && !m.places.has(other.place)));
    let apart = false;
    // ("met briefly after all": the meeting expected, then postponed, is the one that was held)
    const afterAll = status === "held" && /\b(?:after all|went ahead after all|eventually|finally)\b/.test(a.text);
    const hit = [...this.meetings]
      .reverse()
      .find(
        (m) =>
          !m.named &&
          !(another(m) && (sameParty(m.participants, people) || inParty(m.participants, people)) && (apart = true)) &&
          headClass(m.head) === cls &&
          // (or two of those at one held, told again with no day: "… confirmed that X had met Y", after "Z accompanied him")
          (sameParty(m.participants, people) ||
            (status === "held" && !day && m.statuses.includes("held") && inParty(m.participants, people)) ||
            // (or all of those at one held in the sentence before, and more, told again with no day: "X delivered a letter to
            // Y in Niamey on Thursday. X was received by Y in the presence of Z")
            (status === "held" && !day && m.statuses.includes("held") && inParty(new Set(people), [...m.participants]) && m.sentences.some((s) => a.sentence.index - s.index === 1))) &&
          (!year || !m.date || m.date.startsWith(year)) &&
          // (two days named: two meetings, "met in Ohrid on March 18 … had already met in Brussels on 27 February")
          !dayClash(m.date ? [m.date] : [], day) &&
          // a meeting said to have happened and one still ahead (or called off) are two meetings
          (!status ||
            !m.statuses.length ||
            (afterAll && !m.statuses.includes("held")) ||
            ((status === "held") === m.statuses.includes("held") && ((status === "cancelled") === m.statuses.includes("cancelled") || (definite && status === "cancelled" && !m.statuses.includes("held"))))),
      );
    if (hit) return hit;
    const made = this.create(head, a.sentence, a.sentence.start + at);
    if (apart) made.distinct = true;
    return made;
  }
}

/** Two people or more, all of them at the meeting. */
function inParty(existing: Set<string>, people: string[]): boolean {
  const pp = people.filter((p) => p.startsWith("person:"));
  return pp.length >= 2 && pp.length === people.length && pp.every((p) => existing.has(p));
}

function sameParty(existing: Set<string>, people: string[]): boolean {
  const ex = [...existing];
  const pe = ex.filter((p) => p.startsWith("person:"));
  const pp = people.filter((p) => p.startsWith("person:"));
  if (pe.length && pp.length) return pp.length === pe.length && pp.every((p) => pe.includes(p));
  if (!pe.length && !pp.length) return people.length === ex.length && people.every((p) => existing.has(p));
  return false;
}

/** Years named in `s`, but not a period's bound ("since 2021"). */
function yearsIn(s: string): string[] {
  return [...new Set([...s.matchAll(/(?<!\b(?:[Ss]ince|[Uu]ntil|[Tt]ill) )\b(?:19|20)\d\d\b/g)].map((m) => m[0]))];
}

function statusAround(text: string, from: number, to: number): MeetingStatus {
  return statusCue(text, from, to) ?? "proposed";
}

/** A sentence whose subject is a post with "the" before the verb: "The president wants to …", "the prime minister will". */
const TITLE_SUBJECT = /^(?:[^<.;]{0,30}, |[A-Z][A-Za-z]+ (?:[A-Za-z]+ ){0,3}|<O\d+> [a-z]+ that )?["']?[Tt]he (?:<N(\d+)> )?(?:retired |visiting |former )?(president|prime minister|foreign minister|chancellor|premier|king|emir|crown prince|secretary of state|minister|envoy|ambassador|general) (?:[a-z]+ ){0,4}$/;
/** Words that put a meeting after another event: "ahead of his meeting with Y", "to prepare for talks with Y". */
/** A time some way back: "last year", "in late August", "two years ago". */
const PAST_TIME = /\b(?:last (?:year|month|spring|summer|autumn|fall|winter)|in (?:(?:early|mid|late) )?(?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:weeks|months|years) ago)\b/;
const AHEAD_OF = /\b(?:ahead of|in (?:the )?(?:run-up|preparation) (?:to|for)|to prepare for|preparing for|(?:days|weeks|a day|a week|shortly|just) before)\b/i;
const AHEAD_OF_NOUN = new RegExp(`${AHEAD_OF.source}\\s+(?:the |a |an |his |her |their |its |next week's |this week's )?(?:[\\w'-]+ ){0,3}$`, "i");
/** The status the words around a meeting phrase give it, if any. */
function statusCue(text: string, from: number, to: number): MeetingStatus | undefined {
  const before = text.slice(Math.max(0, from - 70), from);
  // (past a relative clause: "a meeting between A and B, who opposed the accord, was cancelled")
  // (and a "that" clause of its plan: "a meeting between A and B that had been scheduled for Thursday in Ankara was called off")
  // (or its plan set off: "a meeting between A and B, planned for the sidelines of the summit in L, was called off"; or
  // not set off, "the meeting between A and B scheduled for Friday in L to prepare …, had been cancelled")
  // (and past the list of those it is between, which tells no status: "of A, B and C on border crossings, which …,
  // was"; and past a post set off after it: "between A and B, the <O>'s assistant secretary for …, set for Friday")
  const after = text.slice(to, to + 200).replace(/^ (?:of|between|with) (?:the )?(?:<[PN]\d+>|<G\d+>['’]s)(?:(?:,| and|, and) (?:the )?(?:<[PN]\d+>|<G\d+>['’]s))*(?= )/, "").replace(/^, (?:the |an? )?(?:<[GO]\d+>['’]s )?(?:[a-z-]+ ){0,3}(?:secretary|minister|president|ambassador|envoy|official|adviser|advisor|director|commissioner|chief|head|governor|mayor|spokes(?:man|woman|person))\b[^,.;<]{0,60},(?= )/, "").replace(/^([^.]*?), (?:who|which|whose) [^,.]{1,80},/, "$1").replace(/^([^.,]*?), (?:originally |initially |first )?(?:planned|scheduled|set|slated|due|expected) (?:for|in|at|on) [^,.;]{1,100},(?= (?:was|were|has been|had been) )/, "$1").replace(/^([^.,]*?) that (?:had been|has been|was|were) (?:scheduled|planned|set|due|expected|announced)\b[^,.]{0,60}?(?= (?:was|were|has been|had been) )/, "$1").replace(/^([^.,]*?) (?:originally |initially |first )?(?:planned|scheduled|slated) (?:for|in|at|on) [^.;]{1,120}?,?(?= (?:was|were|has been|had been) (?:cancell?ed|canceled|called off|scrapped|postponed|shelved)\b)/, "$1").slice(0, 75).split(/, (?:and|but|while) |; /)[0]; // (not into the next clause)
  const window = before + " " + after;
  // ("…, in what would be the second meeting between the two leaders": the one just told of, its status told there)
  if (/\bin what (?:would|will) be (?:the|their) (?:[\w'-]+ ){0,3}$/.test(before)) return undefined;
  // ("Talks between A and B collapsed in Athens": they were held, and failed)
  if (/^[^.;]{0,100}?\b(?:collapsed|broke down|ended in failure|ended without)\b/.test(after) && !/\b(?:plans?|planned|proposed|hopes?|efforts?)\b/i.test(window)) return "held";
  // ("was due to fly in for talks with Y, but with rain forecast, the visit was called off": the plan's own end)
  // (or "…, and the visit was called off late on Tuesday", "…, but that leg of his trip was called off", "…, but the
  // Jamaica leg of his trip was scrapped")
  if (/^[^.;]{0,100}?,? (?:but|and) (?:[^.;]{0,80}?, )?(?:the|that|this|his|her|their) (?:<[GL]\d+> |[A-Z][\w-]+ )?(?:visit|trip|meeting|talks|summit|stop|leg(?: of (?:his|her|the|their) (?:trip|tour|journey))?) (?:was|were|had been|has been|had to be) (?:called off|cancell?ed|canceled|scrapped)\b/.test(text.slice(to, to + 240))) return "cancelled";
  // ("had called the meeting off": the noun between the verb and its particle)
  if (CANCELLED.test(window) || (/\b(?:called|call|calls|calling) (?:the|that|this|their|his|her) (?:[\w-]+ )?$/.test(before) && /^ off\b/.test(after))) return "cancelled";
  if (HELD_BEFORE.test(before) && !NEGATION.test(before.slice(-40))) return "held";
  // ("The outbreak dominated talks in L on Tuesday between A and B": talks that took place)
  if (/\b(?:dominated|overshadowed|clouded)\s+(?:the |a |an )?(?:[\w'-]+ ){0,2}$/.test(before) && !FUTURE.test(window)) return "held";
  // ("The length of X's talks with Y", "the outcome of the talks": what only talks held have)
  if (/\b(?:[Ll]ength|[Dd]uration|[Oo]utcome|[Rr]esults?|[Rr]eadout|[Tt]ranscript|[Mm]inutes) of (?:the |their |his |her |<[PG]\d+>['’]s )(?:[\w-]+ ){0,2}$/.test(before) && !FUTURE.test(after)) return "held";
  // ("X's last face-to-face meeting with Y was in Tehran, on July 19, 2022": the last one held)
  if (/(?:<[PG]\d+>['’]s|\b(?:their|his|her|its)) (?:last|previous|most recent) (?:[\w-]+ ){0,2}$/.test(before) && /^[^.;]{0,60}?\b(?:was|were|took place|came)\b/.test(after) && !FUTURE.test(after)) return "held";
  // ("grew out of a meeting in L on Jan. 28 between officials of the two countries, which X hosted": one hosted is held)
  if (/^(?:[^;<]|<[LGN]\d+>){0,100}?, which <P\d+> (?:hosted|chaired|convened|organi[sz]ed)\b/.test(text.slice(to, to + 160))) return "held";
  // "The meeting with Y, held at the hotel on Monday, ran for an hour", "A's talks with B, also on Monday, focused on
  // trade": the noun's own past, so held
  const own = /(?:\b(?:the|their|this|that|his|her)|<[PG]\d+>['’]s) (?:[\w'-]+ ){0,2}$/i.test(before);
  // (past whom it was with: "The meeting with <P1>, held at …")
  const rest = after.replace(/^ (?:with|between) (?:the )?<[PGN]\d+>(?:(?:,| and) (?:the )?<[PGN]\d+>)*/, "");
  if (own && /^,? (?:held|convened|hosted) (?:at|in|on|by)\b/.test(rest) && !FUTURE.test(after)) return "held";
  // (and one opening the sentence, past those who sat in: "Talks between A and B, with C and D also around the table,
  // took up most of the afternoon", read as ", joined by C and D,")
  const opens = /^\W*(?:<L\d+>[^<.;]{0,30}?\s[—–:-]+\s*)?$/.test(text.slice(0, from));
  // (the list read from the text itself, where a post set off ends it: "between A and B, with C, the …, also …")
  const past = text.slice(to, to + 200).replace(/^ (?:with|between) (?:the )?<[PGN]\d+>(?:(?:,| and|, and) (?:the )?<[PGN]\d+>)*/, "");
  if ((own || opens) && [rest, past].some((r) => /^(?:,[^,.;]{1,80},|, joined by (?:<P\d+>(?:,? and |, ))*<P\d+>,)? (?:ran|lasted|went on|took up|focused|focussed|centred|centered|concentrated|touched|dwelt|covered|addressed|produced|yielded|ended)\b/.test(r)) && !FUTURE.test(after)) return "held";
  // ("said talks with Y were productive", "praised his talks with Y", "recalled his first meeting with Y", "recalled his
  // "very productive" meeting with Y")
  if (/^[^.;]{0,60}?\b(?:were|was|had been|have been) (?:very |most |extremely |quite |\w+ly )?(?:productive|useful|candid|constructive|cordial|frank|positive|fruitful|tense|difficult|successful|friendly|warm|good|excellent|substantive|substantial|thorough|in-depth|detailed|long|lengthy|brief|short)\b/.test(after) && !FUTURE.test(after.slice(0, 40))) return "held";
  // ("Productive first meeting with Y", a post's words of talks just over; not "looks forward to a productive meeting")
  if (/(?:^\W*|<[PG]\d+>['’]s |\b(?:[Aa]n?|[Oo]ur|[Mm]y|[Hh]is|[Hh]er|[Tt]heir) )(?:very |most |extremely |\w+ly )?(?:[Pp]roductive|[Ff]ruitful|[Cc]onstructive|[Cc]ordial|[Ff]rank|[Ee]xcellent|[Ss]ubstantive|[Ss]uccessful)(?: (?:first|second|third|new|long|working))? $/.test(before) && !/\b(?:hop\w*|look\w* forward|expect\w*|wants?|wish\w*|seek\w*|for|will|would|to)\b/i.test(before) && !FUTURE.test(after)) return "held";
  if (/\b(?:praised|hailed|described|recalled|remembered|briefed (?:[\w-]+ ){0,3}on|told of|spoke of|reported on|leaked details of) (?:his|her|their|the|its) (?:["“]?[\w'-]+["”]?,? ){0,3}$/.test(before)) return "held";
  // ("It was the third meeting between A and B", "is in Ankara for talks with Y")
  if (/\b(?:was|were|is|marked) (?:the|their) (?:first|second|third|fourth|fifth|sixth|latest|\d+(?:st|nd|rd|th)) (?:[\w'-]+ ){0,2}$/i.test(before) && !FUTURE.test(before)) return "held";
  // ("The only face-to-face contact … this year was a 30-minute meeting between A and B")
  const wider = text.slice(Math.max(0, from - 120), from);
  if (/\b(?:contacts?|encounter|exchange)\b[^.;<]{0,80}\b(?:was|were) (?:a|an) (?:[\w'-]+ ){0,2}$/i.test(wider) && !FUTURE.test(wider) && !PROPOSED.test(wider)) return "held";
  if (/\b(?:is|was|are|were) (?:now |already )?in <[LG]\d+>(?: (?:on|this|for) [\w-]+)? for (?:(?:a|an|the|further|fresh|more) )?(?:[a-z-]+ ){0,2}$/.test(before)) return "held";
  // (not one still ahead: "I will share more information after the meeting")
  // ("plated the dinner for A and B on the first evening of their second summit": a day of it, told in the past)
  if (/\b(?:first|second|third|last|final|opening|closing) (?:evening|day|morning|night|session|round) of (?:their|the) (?:[\w'-]+ ){0,2}$/i.test(before) && PAST.test(text) && !FUTURE.test(window)) return "held";
  // (nor one told in the present of a day to come: "the real test comes on Thursday, when L serves lunch … after the
  // talks with Y")
  if (/\b(?:following|followed|after|since)\s+(?:the |this week's |last week's |that |their |its |his )?(?:[\w'-]+ ){0,3}$/i.test(before) && !/\bwill\b/.test(before) && !/\b(?:comes?|is|are|falls?)\b[^.;]{0,20}\bon (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.test(text.slice(0, from))) return "held";
  // ("after more than eight hours of talks between A and B", "During two days of talks at X, A and B agreed")
  if (/\b(?:following|after|during|over)\s+(?:more than |nearly |almost |some |about |over )?(?:[\w-]+ )?(?:hours?|days?|weeks?|months?|rounds?|years?) of\s+$/i.test(before) && !FUTURE.test(before)) return "held";
  // ("met Z on Monday ahead of his meeting with Y on Friday", "to prepare for talks with Y": one still to come)
  if (AHEAD_OF_NOUN.test(before)) return "planned";
  if (/\b(?:this week's|last week's|last month's|yesterday's|recent|landmark|historic|unprecedented|first-ever|previous|earlier)\s+(?:[\w'-]+ ){0,2}$/i.test(before) && !FUTURE.test(after)) return "held";
  if (/\b(?:during|at|in|on the (?:sidelines|margins) of)\s+(?:the |that |a |an |their |<[PG]\d+>'s )(?:[\w'-]+ ){0,3}$/i.test(before) && PAST.test(text) && !FUTURE.test(window) && !/\bwill\b/.test(text.slice(0, from))) return "held";
  if (/\bwhile attending\b/.test(before) && PAST.test(text)) return "held";
  // (not a past verb before the noun that is not about it: "visited Beijing but was denied a meeting with Xi",
  // "visited Beijing to lay the groundwork for talks between A and B")
  const hv = window.match(HELD_VERB);
  const aside =
    !!hv &&
    (hv.index! < before.length
      ? /\b(?:but|amid|where|groundwork|prepar\w*|request\w*|sought|seek\w*|denied|refused|hop\w*|possib\w*|speculat\w*|to)\b/.test(before.slice(hv.index! + hv[0].length))
      : // ("the first meeting between them since they met in Doha": that was another)
        /\b(?:since|after|before|than)\b/.test(window.slice(before.length, hv.index!)));
  if (hv && !aside && !NEGATION.test(window)) return "held";
  // ("Lee travelled to Tokyo in late August for talks with Ishiba", "flew to Santa Cruz last year for talks": a trip made
  // for it, some time back, so held; "arrived on Monday for talks" may be for talks still to come)
  if (tripBefore(text, from)?.past && PAST_TIME.test(before) && !FUTURE.test(before) && !NEGATION.test(before)) return "held";
  // (a postponed one stays planned, whatever its new day: "postponed to a date yet to be set")
  if (PLANNED.test(window) && (!/\b(?:not|never|yet to) (?:been |be )?(?:scheduled|planned|set)\b/.test(window) || PUT_OFF_WORD.test(window))) return "planned";
  // ("X said that Y would travel to Abu Dhabi next month for talks with Z": a plan told in reported speech)
  if (REPORTED_FUTURE.test(text.slice(Math.max(0, from - 160), from)) && !NEGATION.test(before)) return "planned";
  if (PROPOSED.test(window)) return "proposed";
  // "arrived in Riyadh on Monday for talks with Y": someone went there for it, so it is set, if not yet told held
  if (tripBefore(text, from)) return "planned";
  // "X's meeting with Y in Munich was cordial", "The talks were productive": described as past, so held
  // (not who asked for it: "The meeting was requested by the Senegalese side" says nothing of whether it took place)
  if (/^[^.;]{0,70}?\b(?:was|were) (?!(?:to|due|set|not|never|being|now|yet|still|also|likely|unlikely|in|on|at|under|uncertain|unclear|off|possible|doubtful|open|pending|tentative|tentatively|premature|impossible|unrealistic|unthinkable|inconceivable|improbable|necessary|needed|essential|important|desirable|welcome|conditional|overdue|crucial|vital|urgent|inevitable|feasible|conceivable|expected|envisaged|contemplated|requested|sought|proposed|suggested|initiated|arranged|welcomed)\b)[a-z]+(?:ly)?\b/.test(after) && /(?:\b(?:the|their|this|that)|<[PG]\d+>'s) (?:[\w'-]+ ){0,2}$/i.test(before)) return "held";
  return undefined;
}

/** A plan in reported speech: "said that X would travel to L next month for", "told reporters Y would visit". */
const REPORTED_FUTURE = /\b(?:said|says|told (?:reporters|journalists|the [A-Za-z]+)|announced|confirmed) (?:on \w+ )?(?:that )?(?:[^.;<]|<[PGNL]\d+>){0,60}?\bwould (?:(?:also|soon|then) )?(?:travel|visit|go|fly|come|hold|meet|attend|host|receive)\b[^.;]*$/;
/** A date that opens the sentence and so dates all of it: "In 2018,", "In June 2016,", "On March 3, 2019,". */
/** (also a timeline's entry: "- May 10-11, 2023: A and B met in Vienna") */
const OPENING_DATE = /^(?:(?:In|On|By) (?:(?:early|late|mid-?) ?)?(?:[A-Z][a-z]+ )?(?:\d{1,2},? )?((?:19|20)\d\d),|(?:[-•*–]\s*)?(?:[A-Z][a-z]+\.? \d{1,2}(?:[-–]\d{1,2})?,? )?((?:19|20)\d\d):)/;
const openingYear = (text: string) => {
  const m = text.match(OPENING_DATE);
  return m?.[1] ?? m?.[2];
};

/** A span of years: "2027-2029", "2027–29". */
const YEAR_SPAN = /\b(?:19|20)\d\d ?[–-] ?(?:(?:19|20)\d\d|\d\d)\b/g;

/** "<P>'s invitation, in a letter, was handed to <P> in <L> on August 31 by <G>'s ambassador to <G>, <P>": the one it
 * was handed to (1), where (2), the one who handed it (3). */
const HANDED_TO_BY = /\b(?:letter|message|note|invitation)(?:, in a (?:letter|message|note),)? (?:was|were) (?:handed|delivered|given|presented)(?: over)? to (?:the )?(?:<[GN]\d+>['’]?s? )?(?:[A-Za-z-]+ ){0,3}<P(\d+)>(?: (?:in|at) (?:the )?<L(\d+)>)?(?: on [^<.;,]{3,30})? by (?:<G\d+>['’]s (?:[a-z-]+ ){1,3}(?:(?:to|in) (?:the )?<[GL]\d+>)?, )?<P(\d+)>/;
/** "a note that <P> gave <P> …, and which <P> carried across the base to <P>'s quarters": the giver (1), the carrier
 * (2), the verb he carried it with (3) and the one it reached (4). */
const NOTE_GIVEN_AND_CARRIED = /\b(?:letter|note|message)s? (?:that|which) <P(\d+)> (?:had )?gave (?:the )?<P(\d+)>(?:[^<.;]|<[LGO]\d+>){0,80}?,? and (?:which|that) (?:<P\d+>|he|she) (?:then |later )?(carried|took|brought|delivered)(?: it)?(?: (?:across|over|back)(?: [^<.;]{0,30}?)?)? to (?:the )?<P(\d+)>/;
/** "The photo shows A and B across a table from G's C at L's offices in L": a picture of those at a table. */
const ACROSS_TABLE = /\b(?:photo|picture|image|photograph|footage)\b[^<.;]{0,20}\b(?:shows?|showing) (<P\d+>(?:(?:,|,? and) <P\d+>)*) (?:across (?:a|the) table from|(?:seated|sitting) (?:opposite|across from)|facing) (?:the )?(?:<[GN]\d+> )?<P(\d+)>(?: (?:at|in) (?:the )?(?:<[LO]\d+>['’]s (?:offices|headquarters) in (?:the )?)?<L(\d+)>)?/;
/** A sentence that denies a report told before: "X denied the report.", "\"No such meeting took place,\" he said". */
// (and "called the report "baseless"", "reports that A had met B were "fabricated"", "the report was wrong")
/** Words that call a report untrue: "baseless", "fabricated", "fantasy". */
const UNTRUE_WORDS = "baseless|false|fabricated|untrue|wrong|fantasy|fake|groundless|unfounded|nonsense";
const UNTRUE = `(?:${UNTRUE_WORDS})`;
/** "I have not met X", "Marcelo did not meet the vice president": a meeting denied by a sentence that opens with it. */
const NOT_MET = /^["“]?(?:I|We|He|She|They|[A-Z][a-z]+) (?:have|has|had|did) (?:not|never) (?:ever )?(?:met|meet)\b/;
/** A sentence that may deny a meeting: a verb of denial, a word calling a report untrue, or "no such meeting". */
const DENIAL_CUE = new RegExp(`\\b(?:denied|dismissed|rejected|refuted|denies|dismisses|rejects|deny|${UNTRUE_WORDS})\\b|\\bno (?:such )?meeting\\b|${NOT_MET.source}`, "i");
/** "reports that A had met B were "fabricated"", "the report was wrong": a report called untrue in its own sentence. */
const REPORT_CALLED_UNTRUE = new RegExp(`\\b(?:reports?|claims?|story|allegations?)\\b[^.;]{0,120}? (?:was|were|is|are) ["“]?${UNTRUE}\\b`, "i");
const REPORT_DENIED = new RegExp(`${NOT_MET.source}|\\b(?:reply|response|answer|verdict) ?: ["“]?(?:False|Untrue|Not true|Fake|Nonsense|Wrong)\\b|\\b(?:called|termed|branded|described) (?:the|this|that|these|such) (?:reports?|claims?|story|stories|allegations?) (?:as )?["“]?${UNTRUE}\\b|${REPORT_CALLED_UNTRUE.source}|\\b(?:denied|dismissed|rejected|refuted|denies|dismisses|rejects|(?:quick|swift|fast|prompt) to (?:deny|dismiss|reject|refute)) (?:(?:the|this|that|these|such) (?:reports?|claims?|story|stories|account|allegations?)\\b|it(?:\\.| within\\b| shortly\\b| soon\\b| later\\b| in a statement\\b| on \\w+day\\b))|^["“]?(?:No (?:such )?meeting (?:took place|happened|occurred|has taken place)|There (?:was|has been) no (?:such|direct|face-to-face) meeting)\\b|\\bsaid (?:that )?no such meeting had (?:taken place|happened|occurred)\\b|\\bden(?:ied|ies|y) that (?:he|she|they) ["“]?(?:had |has |have )?(?:ever )?met\\b`, "i");
/** A sentence that tells what one side confirmed or a paper revealed: "…, the spokesman confirmed on Monday, a day after
 * the meeting was revealed by Philenews". */
const CONFIRMED_BY = /\b(?:confirmed|confirms|revealed|disclosed)\b/i;
/** A sentence that tells what an outlet or sources reported: "…, the outlet reported on May 7, citing two sources", "according to X". */
// (also a broadcaster's or a paper's word: "the Houthi-run Al-Masirah television said that A and B had met")
// (or a fact-check's claim: "Claim 2: "X secretly met Y in L"")
// (and a court filing's claim: "The plaint further states that …")
const REPORTED_BY = /\b(?:reported|reports|reporting|according to|citing|cited|quoted|sources said|claimed|alleged|(?:television|TV|radio|newspaper|daily|channel|broadcaster|website) said|(?:plaint|petition|affidavit|lawsuit|suit|complaint|filing|indictment)(?: [a-z]+)? (?:states|stated|says|said|claims|alleges))\b|^\W*Claim \d+:/i;

/** "… was handed over to <G> officials at <L> in the presence of <P>, Minister of State, and <P>": the place and those
 * present (a post set off after a name allowed). */
const HANDED_OVER_BEFORE = /\b(?:was|were) (?:handed over|handed|released|freed|transferred)(?: to (?:[^<.;]|<[GNO]\d+>){1,40}?)? (?:at|in) (?:the )?<L(\d+)> in the presence of ((?:the )?<P\d+>(?:, (?:the )?[A-Z][\w -]{1,60},)?(?:,? and (?:the )?<P\d+>)+)/;
/** "A, B and C are on the Indian side of the table", "On the …": those seated on a state's side at a meeting told. */
/** "…, with A and B at the table (present, looking on)": those with them. */
const WITH_AT_TABLE = new RegExp(`^(?:[^.;<]|<[LE]\\d+>){0,40}?,? with (${TITLED_LIST}) (?:also )?(?:at the table|present|in attendance|looking on|watching)\\b`);
const ON_SIDE_OF_TABLE = new RegExp(`^(${TITLED_LIST}) (?:are|were|is|was|sat|sit|sits) (?:also )?on the <[NG](\\d+)>(?: side\\b| of the table\\b| at the table\\b|(?=[,.]))`);
/** "X is joined by A and B": those at X's side at a meeting told. */
const IS_JOINED_BY = new RegExp(`^<P(\\d+)> (?:is|was|will be|has been) (?:also )?joined by (${TITLED_LIST})`);
/** A group as a verb's subject, right before it: "the KMT delegation had met", "a Ukrainian team has met". */
const GROUP_SUBJECT = /\b(?:the|a|an|its|their|his|her) (?:<[OGN]\d+> )?(?:[a-z-]+ ){0,2}(?:delegation|team|negotiators|delegates|representatives)(?: (?:had|has|have|also|then|later|already))* $/;
/** An event met on the sidelines of, right after the meeting's phrase. */
const SIDELINES_NEXT = /^ ?(?:in person |face to face |face-to-face |took place |was held |, (?:planned|scheduled|set|slated) for )?(?:on )?the (?:sidelines|margins) of /;
/** A venue set off by what it is, after a meeting's words: "… at <L>, the government offices in central <G>, ". */
const VENUE_SET_OFF = /^(?:[^,;.<]|<P\d+>){0,60}?\b(?:at|in) (?:the )?<L\d+>, (?:the|a|an) [^,;.<]{1,50}(?:<[LG]\d+>)?, (?=on |last |this |in )/;
/** A day told before the place a relative clause's meeting was at: "talks on Tuesday inside the fortress of <L>, where
 * <P> …" (the day, 1). */
const WHERE_DAY = /\b((?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|on (?:[A-Z][a-z]+ \d{1,2}|\d{1,2} [A-Z][a-z]+))(?: (?:morning|afternoon|evening))? (?:in|at|inside|near) (?:[^,;.<]|<L\d+>){0,60}, where (?:[^;.<]|<[PGLN]\d+>)*$/;
/** Where and when one spoke, at the meeting the clause after tells: "X said this in <L> yesterday when he held talks
 * with Y" (where, 1; the day, 2). */
const SAID_WHEN = /\b(?:said|spoke|made the remarks|was speaking)(?: this| so)?(?: in <L(\d+)>)? (yesterday|today|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)) when (?:he|she|they|<P\d+>) (?:[^;.<]|<[PGN]\d+>)*$/;
/** How far after a meeting's words its date is looked for: fifty characters, or on to the clause's end (at most 120),
 * past where ("huddled with Y in the premier's boardroom on the eighth floor of <L> on Wednesday morning, with …"), or
 * 120 past the event met on the sidelines of. */
function dateReach(rest: string): number {
  if (SIDELINES_NEXT.test(rest)) return 120;
  // (past a venue's apposition: "… at <L>, the government offices in central <G>, on Wednesday morning")
  const venue = rest.match(VENUE_SET_OFF);
  if (venue) return Math.min(venue[0].length + 30, 160);
  return Math.min(Math.max(50, rest.search(/[,;.]| (?:and|but|when|after|before|while|where) /)), 120);
}

/** Which way a relative date goes when its meeting's status says: still ahead, or already held. */
type When = "ahead" | "behind";

/** The way for a meeting phrase at `from`: ahead for one still to come ("on Friday" is the next one), but not a trip
 * already made nor a plan that "had been due"; behind for one held. */
function dateWay(status: MeetingStatus, text: string, from: number): When | undefined {
  const lead = text.slice(Math.max(0, from - 45), from);
  // (a plan told in the past, "was to call on Y on 28 January", "had expected to receive Y on 5 May", may be behind the
  // article as well as ahead)
  if ((status === "planned" && !tripBefore(text, from)?.past && !FORMER_PLAN.test(text.slice(Math.max(0, from - 60), from)) && !/\b(?:(?:was|were) to|had (?:expected|planned|intended|hoped)(?: to)?)\s+$/.test(lead) && !(/\b(?:was|were)\s+$/.test(lead) && /^to /.test(text.slice(from)))) || (status === "proposed" && (HOPED.test(lead) || /\bwould (?:\w+ )?$/.test(lead)))) return "ahead";
  return status === "held" ? "behind" : undefined;
}

/** The state a possessive names right before offset `at` of `text`: "Jordan's Ambassador", "Slovakia's new state
 * secretary" (the post at `at`). */
export function stateNamedBefore(text: string, at: number): Country | undefined {
  // (also "the Maldives' High Commissioner")
  const state = at > 0 ? text.slice(0, at).match(/(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){0,2})(?:['’]s|(?<=s)['’]) (?:(?:new|top|senior|chief|special|outgoing|incoming|current|former) ){0,2}$/u)?.[1] : undefined;
  // (or a seat of its government: "Wisma Putra's deputy secretary-general")
  if (state) return countryOfPlace(state) ?? countryBySeat(state);
  // (or by its demonym: "the Namibian ambassador in Havana")
  // (or by its name, as in "the US Special Presidential Envoy for Hostage Affairs")
  const demonym = at > 0 ? text.slice(0, at).match(/\b[Tt]he (\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)??) (?:(?:[Nn]ew|[Tt]op|[Ss]enior|[Cc]hief|[Ss]pecial|[Pp]residential|[Oo]utgoing|[Ii]ncoming|[Cc]urrent) ){0,2}$/u)?.[1] : undefined;
  return demonym ? (countryByDemonym(demonym) ?? countryByName(demonym)) : undefined;
}

/** The state a meeting's place is in: a city, or a seat of government ("received Y in the Kremlin"), or a house named
 * after its state ("at Jamaica House"). */
function stateOfPlace(place: string | undefined): string | undefined {
  const name = place?.startsWith("place:") ? place.slice(6).replace(/-/g, " ") : undefined;
  const titled = name?.replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase());
  return name && titled ? (countryOfPlace(name) ?? countryBySeat(titled) ?? (/ (?:house|palace|lodge|mansion)$/.test(name) ? countryOfPlace(titled.replace(/ \w+$/, "")) : undefined))?.key : undefined;
}

/** The date of the meeting phrase at `span` of `near` (a stretch of its sentence's placeholder text): of the dates
 * in `near`, the closest to the phrase (but not one before it that another clause holds: "A, who will meet B on
 * Friday, met C on Monday", "received B on Monday, a day before talks with C"), else the sentence's opening date; relative dates taken the `when` way ("on Saturday"
 * ahead is the next one, not the last; "on March 3" behind is the last), and a month left open the `monthWay` way. */
function dateAround(sentence: string, articleDate: string | undefined, near: string, span: [number, number], monthWay: When | undefined, when?: When): string | undefined {
  const ahead = when === "ahead";
  const plain = near.replace(/<[A-Z]\d+>/g, "X");
  // (the phrase's offsets in `plain`: each placeholder before it shrank to one letter)
  const shrink = (at: number) => at - (near.slice(0, at).length - near.slice(0, at).replace(/<[A-Z]\d+>/g, "X").length);
  const [from, to] = [shrink(span[0]), shrink(span[1])];
  const opening = sentence.match(OPENING_DATE)?.[0];
  const dates = findDates(sentence, articleDate)
    .map((d) => (d.iso ? d : { ...d, iso: resolveMonth(d, articleDate, monthWay) }))
    .filter(
      (d) =>
        !!d.iso &&
        // (the day it was said, not one it tells of: "says that on March 14 he handed")
        !/\b(?:said|says|told|interview)\b(?! that\b)[^.]{0,25}$/.test(sentence.slice(0, d.start)) &&
        !/\b(?:since|until|till)\s+$/i.test(sentence.slice(0, d.start)) && // a period's bound, not a meeting's date
        !/\b(?:floated|proposed|suggested|raised|announced|agreed)\s+(?:in|on)\s+$/i.test(sentence.slice(0, d.start)) && // when it was proposed
        !/^[\p{Lu}][\p{Lu}\s.'’-]*,\s*$/u.test(sentence.slice(0, d.start)) && // a dateline's date is the article's
        !(/^\d{4}$/.test(d.text) && (/^ ?[–-] ?\d/.test(sentence.slice(d.end, d.end + 3)) || /\d ?[–-] ?$/.test(sentence.slice(Math.max(0, d.start - 3), d.start)))), // a span of years a document runs for
    );
  const distance = (d: { text: string }) => {
    // (a long date the reach cuts short is found by its first words: "on Tuesday 14 July 2026")
    const at = plain.includes(d.text) ? plain.indexOf(d.text) : d.text.split(" ").length > 3 ? plain.indexOf(d.text.split(" ").slice(0, 3).join(" ")) : -1;
    if (at < 0) return Infinity;
    if (at >= from) return Math.max(0, at - to);
    const between = plain.slice(at + d.text.length, from);
    // (nor the day of a report about it: "At a regular briefing on Wednesday, X confirmed that A had met B")
    return /,\s*$|\bbefore\b/.test(between) || AHEAD_OF.test(between) || /\b(?:confirmed|said|says|told|announced|denied|acknowledged|added|noted|stated|reported)\b[^.]*\bthat\b/.test(between) ? Infinity : from - (at + d.text.length);
  };
  let close: (typeof dates)[number] | undefined;
  for (const d of dates) if (distance(d) < (close ? distance(close) : Infinity)) close = d;
  close ??= dates.find((d) => !!opening && d.end <= opening.length);
  // ("made two trips last month to prepare a summit": a past date is not a meeting still to come's)
  if (ahead && close && /\b(?:last|past|ago|earlier|previous|yesterday)\b/i.test(close.text)) return undefined;
  if (ahead && close?.iso && articleDate && close.iso < articleDate.slice(0, 10) && /^(?:on |this )?[A-Z][a-z]+day$/.test(close.text)) return shiftDays(close.iso, 7);
  // ("will meet in January", written in December: next January; "met in Berlin on March 3", written on January 1:
  // last March, a meeting held is never after its article)
  return close && when ? yearOnSide(close, articleDate, when) : close?.iso;
}

/** A state's office a meeting was held at, with no city named ("received Y at the Foreign Ministry"): the office stands
 * for the city of the dateline. */
// (or named by its holder's post: "at the Chief Minister's <O>", the Secretariat)
const HOME_OFFICE = /^(?:[^.;<]{0,20}?\b)?at (?:the )?(?:(?:Chief Minister|Prime Minister|President|Governor|Premier)['’]s )?<O(\d+)>/;
/** A local government's office named in lower case after a meeting's words: "at the prefectural government office". */
const LOCAL_OFFICE = /^(?:[^.;<]{0,30}?\b)?at the (?:prefectural|provincial|state|regional|county|city|municipal|governor['’]s) (?:government )?(?:office|offices|building|headquarters|hall)\b/;
const OFFICE_NAME = /^(?:the )?(?:Foreign Ministry|Ministry of [A-Z][\w ]+|(?:Presidential|President['’]s|Prime Minister['’]s) (?:Office|Palace|Administration|Secretariat)|Office of the (?:President|Prime Minister)|State House|Presidency|Presidential Secretariat|Secretariat)$/;

/** "in Pyongyang", "in Russia's Far Eastern city of Vladivostok", "visit to North Korea" after the phrase. */
/** "<P1> stood behind <P2> in the <L3> in <L4> as he and <P5> signed …, with <P6> as host": the one who stood by (1),
 * the one "he" is (2), where (3, 4), the other (5), the host (6). */
const AS_THEY_SIGNED = /(?:<P(\d+)> (?:stood|sat|was|waited) (?:just )?(?:behind|beside|next to|alongside) )?(?:the )?<P(\d+)>(?: (?:in|at) (?:the )?<L(\d+)>)?(?: in <L(\d+)>)? as (?:he|she) and (?:the )?(?:[A-Z][a-z]+ )?<P(\d+)> (?:signed|met|shook hands)\b(?:[^.;]*?, with (?:the )?(?:[A-Z][a-z]+ )?<P(\d+)> as (?:the )?host\b)?/;
/** A meeting's plan told in a relative clause after it, up to where: ", which had been scheduled to take place in ". */
const PLAN_CLAUSE = /^(?:[^.;<]|<[NGPO]\d+>){0,100}?, which (?:had been|has been|was|is) (?:scheduled|planned|set|due|expected) (?:to take place |to be held )?(?:in|at|for) /;
/** A plan clause before the place it is in. */
const PLAN_CLAUSE_TO_PLACE = new RegExp(`${PLAN_CLAUSE.source}(?:the )?<L(\\d+)>`);
function placeAfter(a: AbstractSentence, to: number): string | undefined {
  // (past an apposition of the one met: "met Wang Yi, China's top diplomat, in Vienna")
  const rest = a.text.slice(to, to + 150).replace(/^, (?:the |a |an )?(?:<[GN]\d+>(?:['’]s)? )?[A-Za-z][A-Za-z -]{0,70}, (?=(?:in|at) <)/, " ");
  // (up to 40 characters on, an organisation's or event's name among them, or past an unnamed event the meeting
  // was on the sidelines of)
  // ("in Russia's Far Eastern city of X", "in the southern Turkish resort of X", "in the Omani capital X")
  // (past an office named by its holder's post: "at the Prime Minister's Office in X")
  // (past a venue the meeting's noun does not name as such: "at state guest house <L> in <L>")
  const m = rest.match(/^(?:(?:[^.;<]|<[OE]\d+>|<P\d+>'s(?= <O)|(?<=(?:at|in) (?:the )?(?:[a-z-]+ ){1,3})<L\d+>(?= in <L)){0,40}?|[^.;<]{0,20}?\b(?:on|for) the (?:sidelines|margins) of (?:[^.;<]|<[OE]\d+>){0,60}?)\b(?:in|at|to|(?:planned|scheduled|set|slated) for) (?:the )?(?:<G\d+>'s [^<]{0,40}?|(?:[a-z-]+ ){0,2}<N\d+> (?:[a-z ]{0,20}? of |(?:capital|city|port|town|resort|village) )|(?:[a-z-]+ ){0,2}(?:town|city|resort|village|port|capital|region|province) of )?<([LG])(\d+)>(?! (?:city|town|port|capital|resort|region)\b)/);
  // (or the place of its plan: "…, which had been scheduled to take place in L")
  const plan = m ? null : a.text.slice(to).match(PLAN_CLAUSE_TO_PLACE);
  if (plan) return a.slots[Number(plan[1])]?.key;
  if (!m) return undefined;
  // (not past a clause about another time: "the first meeting between them since they met in Doha")
  // (nor past what happened elsewhere meanwhile: "went ahead despite an air raid alert in Kyiv")
  // (but "for more than an hour" is no other time)
  if (/\b(?:since|after|before|(?<!\b(?:more|less|fewer|longer|shorter) )than|when|while|unlike|despite|amid)\b/.test(rest.slice(0, m.index! + m[0].lastIndexOf("<")))) return undefined;
  const slot = a.slots[Number(m[2])];
  if (!slot?.key) return undefined;
  if (/\bto $/.test(rest.slice(0, m.index! + m[0].indexOf("<"))) && !/visit|trip/.test(a.text.slice(Math.max(0, to - 40), to + 20))) return undefined;
  // (a venue the gazetteer does not know, in a city it does: "at <L>, the government offices in central <L>", "at <L>
  // in <L>": the city)
  return cityOfVenue(a, Number(m[2]), rest.slice(m.index! + m[0].length)) ?? slot.key;
}
/** Right after a venue: the city it is in, set off or not ("…, the government's headquarters on the <L> in <L>"). */
const VENUE_IN_CITY = /^(?:, (?:the|a|an) (?:[^,;.<]|<L\d+>){1,60}?)? in (?:central |downtown |the centre of |the heart of )?<L(\d+)>/;
/** The city a venue the gazetteer does not know is in, told right after it (`after`: the text past the venue's slot),
 * when the gazetteer knows the city. */
function cityOfVenue(a: AbstractSentence, venue: number, after: string): string | undefined {
  const city = after.match(VENUE_IN_CITY);
  const town = city ? a.slots[Number(city[1])] : undefined;
  return town?.key && !countryOfPlace(a.slots[venue]?.text ?? "") && countryOfPlace(town.text ?? "") ? town.key : undefined;
}

/** A timeline's entry ("July 13: A meets B in Cairo", "- May 6, 2023: talks open"), dated before the article, told
 * in the present tense and with no word of plans: what it tells happened. */
// (after a colon or a dash: "July 13: …", "December 9 – …")
const TIMELINE_ENTRY = /^\s*(?:[-•*–]\s*)?((?:[A-Z][a-z]+\.? \d{1,2}(?:[-–]\d{1,2})?(?:,? (?:19|20)\d\d)?|(?:19|20)\d\d|[A-Z][a-z]+ (?:19|20)\d\d))(?::\s|\s+[–—-]\s)/;
const PRESENT_EVENT = /\b(?:meets|meet|hosts|host|holds|hold|convenes|receives|welcomes|visits|calls on|signs|opens|begins|sits down|(?:is|are) (?:received|hosted|welcomed))\b/;


/** What a meeting told next closed or came with, its day and place before: "signed agreements today at the <L>, at the end
 * of official talks", "… on Tuesday in <L>, during their talks". */
const CLOSED_TALKS = /\b(?:signed|exchanged|issued|adopted|announced|agreed|inked)\b[^.;<]{0,80}? (?:at|in) (?:the )?<L(\d+)>(?: [a-z]+){0,2},? (?:at the (?:end|close|conclusion) of|during|after|following|on the sidelines of) (?:the |their |his |her )?(?:[a-z-]+ ){0,2}$/;

/** Where someone went for the meeting: "is to travel to Beijing next month for talks with Y", "arrived in Doha
 * on Monday for a meeting with". */
function placeBefore(a: AbstractSentence, from: number): string | undefined {
  const trip = tripBefore(a.text, from);
  if (trip) return a.slots[trip.slot]?.key;
  // ("arrived in Cairo on Sunday and held separate meetings with …")
  const then = a.text.slice(Math.max(0, from - 90), from).match(/\b(?:flew|travell?ed|went|came|arrived|returned)\b[^<.]{0,12} (?:to|in) <[LG](\d+)>(?: (?:on|late|early) \w+)? and (?:later |then )?(?:held|had) (?:[a-z-]+ ){0,3}$/);
  if (then) return a.slots[Number(then[1])]?.key;
  // ("X's first trip abroad was to Jakarta in April 1992 to meet Y")
  const tripTo = a.text.slice(Math.max(0, from - 120), from).match(/\b(?:trip|visit|journey|voyage)\b[^<.;]{0,60}\bwas to (?:the )?<[LG](\d+)>[^<.;]{0,24}\bto $/);
  if (tripTo) return a.slots[Number(tripTo[1])]?.key;
  // ("is in Ankara for talks with Y")
  const there = a.text.slice(Math.max(0, from - 60), from).match(/\b(?:is|was|are|were) (?:now |already )?in <[LG](\d+)>(?: (?:on|this|for) [\w-]+)? for (?:(?:a|an|the|further|fresh|more) )?(?:[a-z-]+ ){0,2}$/);
  if (there) return a.slots[Number(there[1])]?.key;
  // ("X said this in <L> yesterday when he held talks with Y")
  const said = a.text.slice(0, from).match(SAID_WHEN);
  if (said?.[1] !== undefined) return a.slots[Number(said[1])]?.key;
  // ("had been due in <L> on Wednesday to meet Y")
  const due = a.text.slice(Math.max(0, from - 80), from).match(/\b(?:due|expected|scheduled|set) (?:in|at) (?:the )?<[LG](\d+)>(?:[^<.;]{0,30})? to $/);
  if (due) return a.slots[Number(due[1])]?.key;
  // ("talks inside the star-shaped fortress of <L>, where <P> went to see <P>": the place a relative clause is of)
  const where = a.text.slice(Math.max(0, from - 160), from).match(/\b(?:in|at|inside|near) (?:the )?(?:[a-z-]+ ){0,3}(?:of )?<L(\d+)>, where (?:[^;.<]|<[PGNL]\d+>)*$/);
  if (where) return a.slots[Number(where[1])]?.key;
  // ("In Belgrade on September 13, 1995, A met B": the place the sentence opens with, when none follows)
  // (or "At our last session, at the <L> on June 9, A sat across from B")
  const opening = a.text.slice(0, from).match(/^(?:[^<,;.]{0,20} |[^<,;.]{0,40}, )?(?:[Ii]n |(?<=, )at (?:the )?|At the )<L(\d+)>(?: (?:on|in|last) [^<;.]{1,30})?, (?:[^<;.]|<[PGN]\d+>){1,80}$/);
  // (or a cleft's: "Her first summit with them came on Oct. 30, 2025, in <L>, when A and B met")
  const cleft = opening ? undefined : a.text.slice(0, from).match(CLEFT_WHEN);
  const at = opening?.[1] ?? cleft?.[1] ?? cleft?.[3];
  return at !== undefined ? a.slots[Number(at)]?.key : undefined;
}
/** A cleft's time and place before the meeting it tells: "The last time … was in <L> on April 9, 2023, when", "… came
 * on Oct. 30, 2025, in <L>, when": the place (1 or 3), the day (2). */
const CLEFT_WHEN = /\b(?:was|were|came) (?:in <L(\d+)> )?(?:on|in) ([^<;]{3,40}?)(?:, in <L(\d+)>)?, when [^;]*$/;
/** A trip made (or to be made) for the meeting that follows: the verb, and where to ("had been due to stop in <L> on
 * Thursday for talks"). */
// ("is still due in Vienna next Thursday, the twenty-second of October, for talks": past the day set off)
const TRIP_FOR = /\b(travel(?:l?ed|s)?|go|goes|went|fly|flies|flew|stop(?:ped|s)?|head(?:ed|s)?|come|came|arrive[sd]?|return(?:ed|s)?|visit(?:ed|s)?|(?:is|are|was|were) (?:still |now |also )?(?:due|expected))(?: (?:secretly|quietly|briefly|then|later|again|also))? (?:(?:to|in) )?(?:the (?:<[GN]\d+> )?(?:[a-z-]+ )?(?:city|town|resort|port|capital|region|province) of )?<[LG](\d+)>(?: (?:on|next|this|last|later|early|late|in(?: (?:early|mid|late))?) [\w-]+(?: \d{1,2}(?:, \d{4})?)?)?(?:, the [a-z-]+ of [A-Z][a-z]+,)? for (?:(?:a|an|the|further|fresh|more) )?(?:[a-z-]+ ){0,2}$/;
function tripBefore(text: string, from: number): { slot: number; past: boolean } | undefined {
  const m = text.slice(Math.max(0, from - 90), from).match(TRIP_FOR);
  return m ? { slot: Number(m[2]), past: /(?:ed|went|flew|came)$/.test(m[1]) } : undefined;
}

/** The proposer: "its/his desire" → the clause's subject; "Japan's intention" → Japan; else the nearest state or person before the cue. */
function proposerOf(a: AbstractSentence, from: number, to: number): string[] {
  const key = (i: number) => {
    const m = a.slots[i];
    return m && (m.kind === "Person" || m.kind === "Government") ? m.key : undefined;
  };
  // passive: "a meeting with X was proposed by Y", "the visit had been suggested by Y"
  const passive = a.text.slice(to, to + 160).match(/^[^.;]{0,100}?\b(?:was|were|had been|has been|have been|is being) (?:first |also |reportedly )?(?:proposed|suggested|offered|sought|requested|floated) by (?:the )?<([PG])(\d+)>/);
  if (passive) return [key(Number(passive[2]))].filter(Boolean) as string[];
  // "the meeting was first proposed in a letter from Y"
  const byLetter = a.text.slice(to, to + 160).match(/^[^.;]{0,60}?\b(?:was|were|had been|has been) (?:first |also |reportedly )?(?:proposed|suggested|offered|floated) in (?:a|an|the) (?:[\w-]+ )?(?:letter|message|note) from (?:the )?<([PG])(\d+)>/);
  if (byLetter) return [key(Number(byLetter[2]))].filter(Boolean) as string[];
  const before = a.text.slice(Math.max(0, from - 120), from);
  const cue = [...before.matchAll(PROPOSER_CUES)].pop();
  if (!cue) return [];
  // (not one who answers someone else's proposal: "rejected a proposal to meet Y", "welcomed an offer of talks")
  // (its maker may be named with it: "turned down an Ethiopian proposal for a summit" is Ethiopia's)
  const answered = before.slice(0, cue.index).match(/\b(?:rejected|rejects|dismissed|turned down|refused|declined|welcomed|welcomes|accepted|accepts|considered|ignored|spurned|received|studying|weighing|rebuffed) (?:a|an|the) (?:[a-z-]+ |<[NG](\d+)>(?:'s)? )?$/i);
  if (answered) {
    const maker = answered[1] !== undefined ? a.slots[Number(answered[1])] : undefined;
    const state = maker?.kind === "Demonym" ? (maker.country ? `government:${maker.country}` : undefined) : maker?.key;
    return state?.startsWith("government:") ? [state] : [];
  }
  const cueAt = Math.max(0, from - 120) + cue.index!;
  const between = a.text.slice(cueAt, from);
  // (a proposal of something else: "accept a U.S. proposal for an immediate ceasefire after hours of talks")
  if (/^(?:proposal|offer|proposed|offered) (?:for|of|to) (?:an? |the )?(?:[\w-]+ ){0,4}(?:ceasefire|truce|deal|plan|agreement|exchange|swap|release|pause|aid|loan|sanctions)\b/i.test(between)) return [];
  if (/\b(?:readiness|possibilit)/.test(between)) return [];
  const upto = a.text.slice(0, cueAt);
  const owner = upto.match(/<([PG])(\d+)>'s (?:\w+ )?$/);
  if (owner) return [key(Number(owner[2]))].filter(Boolean) as string[];
  if (/\b(?:its|his|her|their) (?:\w+ )?$/.test(upto)) {
    const first = upto.match(/<([PG])(\d+)>/);
    return first ? ([key(Number(first[2]))].filter(Boolean) as string[]) : [];
  }
  const slots = [...upto.matchAll(/<([PG])(\d+)>(?! \w+ to (?:the )?$)/g)];
  const last = slots.pop();
  if (!last) return [];
  const afterLast = upto.slice(last.index! + last[0].length);
  if (/^ (?:to|with|between|and)\b/.test(afterLast) || /\b(?:to|with) $/.test(upto.slice(0, last.index!))) {
    const prev = slots.pop();
    return prev ? ([key(Number(prev[2]))].filter(Boolean) as string[]) : [];
  }
  return [key(Number(last[2]))].filter(Boolean) as string[];
}

/** The nearest state or person before `at` that is not the object of a preposition: the doer of a verb. */
/** An aside that ends right before a verb, after the name it describes: ", Donald Trump's special envoy, ", ", who
 * advised Donald Trump, " (the name before it stays). */
const ASIDE_AT_END = /(<[A-Z]\d+>),\s(?:who|whom|whose|which|the|a|an|his|her|their|its|<[PGNO]\d+>['’]s)\b[^,;]{1,80},\s?$/;
const ASIDE = /(<[A-Z]\d+>),\s(?:who|whom|whose|which|the|a|an|his|her|their|its|<[PGNO]\d+>['’]s)\b[^,;]{1,80},\s/g;

/** Right before a name that is a verb's object, not a clause's subject: "met", "hosted", "told" … */
const OBJECT_OF = /\b(?:met|meets|meet|hosted|hosts|received|receives|welcomed|welcomes|told|tells|called|phoned|briefed|briefs|thanked|visit|visits|visiting|visited|toured|tour|invited|asked|urged|joined|accompanied|congratulated|greeted)(?: with)? (?:the )?$/;
function subjectSlot(text: string, at: number, keyOf: (i: number) => string | undefined): string | undefined {
  // (the possessor of the talks or meeting at `at`, past the "of" that would make it an object: "The length of X's talks
  // with Y", "the outcome of X's meeting with Y")
  const possessor = text.slice(0, at).match(/\bof <P(\d+)>['’]s (?:(?:first|last|latest|secret|brief|private|recent|earlier|own) )?$/)?.[1];
  if (possessor !== undefined && /^(?:talks|meetings?|consultations|negotiations)\b/.test(text.slice(at))) return keyOf(Number(possessor));
  // (and "his talks" after the visit of the one they are his: "The visit of X to L, planned for May 14, and his talks
  // with Y")
  const visitor = /\b(?:his|her) (?:[a-z]+ )?$/.test(text.slice(0, at)) && /^(?:talks|meetings?)\b/.test(text.slice(at)) ? text.slice(0, at).match(/\b(?:[Tt]he (?:[a-z-]+ )?visit (?:of|by) (?:the )?<P(\d+)>|<P(\d+)>['’]s (?:[a-z-]+ )?visit\b)/) : null;
  if (visitor) return keyOf(Number(visitor[1] ?? visitor[2]));
  // (and the talks a trip is for, of the one who makes it: "A visit to L next week by X for talks with Y")
  const trip = /^(?:talks|meetings?)\b/.test(text.slice(at)) ? text.slice(0, at).match(/\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er) (?:[a-z-]+ )?(?:visit|trip) (?:to (?:the )?<[LG]\d+> )?(?:(?:next|this|last) [a-z]+ |on [A-Z][a-z]+ )?by (?:the )?<P(\d+)>,? for $/) : null;
  if (trip) return keyOf(Number(trip[1]));
  // (past an aside between the subject and its verb: "X, Donald Trump's special envoy, met", "X, who will succeed Y
  // as …, met": the names inside it are not the subject)
  let head = text.slice(0, at);
  for (let cut = head.replace(ASIDE_AT_END, "$1"); cut !== head; cut = head.replace(ASIDE_AT_END, "$1")) head = cut;
  // (and one the verb comes a clause after: "X, Macron's special envoy, visited Beirut and held talks with Y")
  head = head.replace(ASIDE, "$1 ");
  const slots = [...head.matchAll(/<([PGN])(\d+)>/g)];
  // (a second verb of the same subject: "X paid a call on the Speaker, Y, at the palace, and later held talks with
  // Z" is X's; the first name that is no object)
  if (/, and (?:later |then |also |afterwards |subsequently )?$/.test(head))
    for (const slot of slots) {
      const before = text.slice(0, slot.index!);
      if (/\b(?:to|in|at|of|with|from|for|by|about|on|between) (?:the )?$/i.test(before) || OBJECT_OF.test(before)) continue;
      const k = keyOf(Number(slot[2]));
      if (k) return k;
    }
  for (let i = slots.length - 1; i >= 0; i--) {
    // (a list's later items as its first: "counterparts from <G>, <G> and <G>" are all objects of "from")
    // (a list ends in "and": "A, B and C"; a comma alone may end a clause, "After A was elected president of <G>, <P> met")
    const sep = (j: number) => text.slice(slots[j - 1].index! + slots[j - 1][0].length, slots[j].index!);
    let first = i;
    if (i > 0 && /^,? and $/.test(sep(i))) while (first > 0 && /^(?:,| and|, and) $/.test(sep(first))) first--;
    const before = text.slice(0, slots[first].index!);
    if (/\b(?:to|in|at|of|with|from|for|by|about|on|between) (?:the |an? )?$/i.test(before)) {
      i = first;
      continue;
    }
    // (nor a verb's object: in "A met B on Monday ahead of his meeting with C" the subject is A)
    if (OBJECT_OF.test(before)) continue;
    const k = keyOf(Number(slots[i][2]));
    if (k) return k;
  }
  return undefined;
}

/** A reported clause whose subject is a noun, right before the verb: "<P> said that on March 12 the ambassador ". */
const REPORTED_NOUN_SUBJECT = /<[PG]\d+>[^<.;]*?\b(?:said|says|told (?:[a-z]+ ){0,2}|announced|confirmed|revealed|added|noted)(?: that)?,? (?:(?:on|in|last|this) [^<.;,]{1,30},? )?(?:the|an?|our|their|his|her|its) (?:[a-z-]+ ){0,2}[a-z-]+ (?:(?:had|has|have|was|were|is|are|then|also|later|personally|secretly|reportedly) )*$/;
/** A word that makes a stretch of text a clause, not a noun phrase. */
const VERB_WORD = /\b(?:[a-z]+ed|met|meets|meet|said|says|held|holds|has|have|had|is|was|were|are|will|would|told|took|made|went|came|saw|gave|left|spoke)\b/;

function clauseSlots(text: string, at: number, keyOf: (i: number) => string | undefined): string[] {
  const seps = [", and ", "; ", ", but ", " while ", " — ", " -- "]; // (the last two end a dateline)
  const lastSep = (before: number) => Math.max(0, ...seps.map((s) => text.lastIndexOf(s, before)).filter((i) => i >= 0));
  let start = lastSep(at);
  // (", and" joining two people each set off by a post is one subject: "the chancellor of A, X, and the B foreign
  // minister, Y, held a working meeting")
  if (start > 0 && text.startsWith(", and ", start)) {
    const prev = lastSep(start - 1);
    const before = text.slice(prev, start);
    if (/<P\d+>$/.test(before) && !VERB_WORD.test(before.replace(/<[A-Z]\d+>/g, ""))) start = prev;
  }
  // (nor what they agreed on: "During two days of talks at X, A and B agreed that C would visit")
  const ends = seps.map((s) => text.indexOf(s, at)).filter((i) => i >= 0);
  const agreed = text.slice(at).search(/ (?:agreed|said|announced|decided|confirmed) that /);
  if (agreed >= 0) ends.push(at + agreed);
  const end = ends.length ? Math.min(...ends) : text.length;
  // (those who brokered or hosted it are not at the table: "a meeting in Havana, brokered by Norway and Cuba")
  // (nor who reports it: "…, the White House said")
  // (nor one named in an aside about another: "X, the envoy the pope has entrusted with …, was back after talks in Y")
  const inside = text
    .slice(start, end)
    .replace(ASIDE, "$1 ")
    .replace(BROKERED_BY_LIST, "")
    // (nor one only invited to it: "had invited Bolivia to join a regional forum")
    .replace(INVITED_TO_JOIN, "")
    // (nor where it is: "during a meeting in Singapore")
    .replace(/\b(?:in|at) (?:the )?<[LG]\d+>/g, "")
    // (nor the state of a post held by one named: "Peru's foreign minister, X, had invited …", "the chancellor of Peru,
    // X", "the Peruvian foreign minister, X" are X's)
    .replace(/<G\d+>['’]s (?:[a-z-]+ ){0,3}[a-z-]+,? (?=<P\d+>)|\bof (?:the )?<G\d+>, (?=<P\d+>)|<N\d+> (?:[a-z-]+ ){0,3}[a-z-]+, (?=<P\d+>)/g, "")
    // (nor the source: "…, according to the Egyptian source")
    .replace(/,? according to (?:the |a |an )?[^,;]*$/, "")
    .replace(/, (?:the |a |an )?(?:[a-z-]+ )?<[PGNO]\d+>(?:'s)?(?: [a-z-]+){0,2} (?:said|says|told|reported|announced|confirmed|added|stated)\b.*$/, "");
  return [...new Set(slotsIn(inside).map(keyOf).filter((k): k is string => !!k))];
}

function lastPerson(text: string, keyOf: (i: number) => string | undefined): string | undefined {
  const m = [...text.matchAll(/<P(\d+)>/g)].pop();
  return m ? keyOf(Number(m[1])) : undefined;
}

function firstSlot(a: AbstractSentence, keyOf: (i: number) => string | undefined): string | undefined {
  const m = a.text.match(/<P(\d+)>/);
  return m ? keyOf(Number(m[1])) : undefined;
}

/** "an international conference in Ulaanbaatar": the phrase itself names an unnamed event. */
function eventLabel(text: string, from: number, to: number, a: AbstractSentence): string {
  const pre = text.slice(0, from).match(/(?:a|an)\s+((?:[a-z'-]+\s+){0,3})$/i)?.[1] ?? "";
  const phrase = (pre + text.slice(from, to)).replace(/<[A-Z](\d+)>/g, (_, i) => a.slots[Number(i)]?.name ?? "");
  return phrase.trim();
}

export function meetingEntities(meetings: MeetingFacts[], mentions: ResolvedMention[]): EntityRecord[] {
  void mentions;
  return meetings.map((m) => ({
    key: m.key,
    kind: "Meeting",
    label: m.label ?? "",
    aliases: m.label ? [m.label] : [],
    mentions: m.statuses.length,
    status: decideStatus(m.statuses),
    date: m.date,
    extra: { participants: [...m.participants], head: m.head, named: m.named, statuses: m.statuses, proposers: [...m.proposers], ...(m.distinct ? { distinct: true } : {}) },
  }));
}

/** "Kim's late father Kim Jong Il" → "Kim Jong Il": for meetings the possessor is not a party. */
export function collapseKin(text: string): string {
  return text
    .replace(KIN_OF_NAMED, "$1")
    // (and a relative's apposition after the name: "<P1>, sister of North Korean leader <P2>, and <P3>" lists <P1>,
    // <P3>)
    .replace(KIN_SET_OFF, "$1");
}

/** A stretch's names as a list: a relative's name for theirs ("<P1>'s son <P2>"), and no one named in a relative clause
 * ("A, and B, who accompanied C on the journey, held a meeting" lists A and B). */
export function listedNames(text: string): string {
  return collapseKin(text).replace(/, (?:who|whose) [^,;]*,/g, ",");
}

/** The two people a sentence names as a pair ("<P1> and <P2> spoke"), if it does. */
export function pairOf(a: AbstractSentence): string[] {
  // ("A and B", "A spoke by phone with B", "A phoned B", "A met B"; "X invited A and B to meet": A and B)
  // (and "A discussed the case with B in a phone call"; "A had accepted an invitation from his G counterpart, B";
  // "A watched the match from the box with B", "A, watched the day from the prime minister's box alongside G's Prime
  // Minister, B"; "a letter from A for B", "A wrote to B"; "A drove to L, accompanied by B")
  const m = a.text.match(/<P(\d+)> and (?:(?:his|her|their) (?:<[NG]\d+> )?(?:counterpart,? )?)?<P(\d+)>|<P(\d+)>(?:,? [a-z]+){0,2} (?:spoke|talked|conferred)(?: (?:by|on the|over the) (?:tele)?phone)? (?:with|to) (?:the )?<P(\d+)>|<P(\d+)>(?:,? [a-z]+){0,2} (?:phoned|telephoned|called|met(?: with)?|held talks with|hosted|received|urged|asked|told|invited|thanked|congratulated|warned|pressed|briefed) (?:the )?(?:former |then[- ])?<P(\d+)>(?!,? and <P)|<P(\d+)>(?:,? [a-z]+){0,2} (?:discussed|raised|reviewed) (?:[a-z-]+ ){1,4}with (?:the )?<P(\d+)>|<P(\d+)>(?:[^<.;]|<[GO]\d+>){0,60}? (?:built|opened|set up|established|ran) (?:a|an) (?:[a-z-]+ )?(?:channel|line|back channel|backchannel)(?: of (?:his|her|their) own)? with (?:[^<.;]|<[GN]\d+>){0,60}?<P(\d+)>|<P(\d+)>[^<.;]{0,60}? (?:in|during|at) (?:a|an|the|their) (?:[a-z-]+ ){0,2}(?:call|conversation|talks|meeting) with (?:the )?<P(\d+)>|<P(\d+)>(?:[^<.;]|<L\d+>){0,100}?\b(?:his|her|their) (?:<N\d+> )?counterpart,? <P(\d+)>|<P(\d+)>(?:,? [a-z]+){0,2},? (?:watched|sat|stood|dined|lunched|walked|toured|attended|travell?ed|flew)\b(?:[^<.;]|<[PGOL]\d+>'s\b){0,60}? (?:with|alongside) (?:<G\d+>'s [A-Za-z ]{0,40}?,? )?<P(\d+)>|\b(?:letter|message|note) from (?:the )?<P(\d+)> (?:for|to) (?:the )?(?:[A-Za-z]+ ){0,3}<P(\d+)>|<P(\d+)>(?:,? [a-z]+){0,2} (?:wrote|has written|had written) to (?:the )?(?:[A-Za-z]+ ){0,3}<P(\d+)>|<P(\d+)>(?:,? [a-z]+){0,2} (?:drove|flew|travell?ed|went|came|crossed|arrived)\b(?:[^<.;]|<[LG]\d+>){0,80}?, accompanied by (?:the )?<P(\d+)>/)?.slice(1).filter(Boolean);
  const keys = m ? [a.slots[Number(m[0])]?.key, a.slots[Number(m[1])]?.key] : [];
  return keys.length === 2 && keys[0] && keys[1] && keys[0] !== keys[1] ? (keys as string[]) : [];
}
