// Rules for people's ties: family, offices and affiliations stated around a name, invitations and signatures.
import { FAMILY_WORDS } from "../../entities/lexicon/titles.js";
import type { RelationRule, RuleEmit } from "./rule.js";
import { SIGNING_ADVERBS } from "../abstract.js";

const FAMILY = `(?<rel>${FAMILY_WORDS.join("|")})`;
/** A post named in lower case after a possessive: "top intelligence official", "supreme leader", "minister responsible for foreign affairs". */
const OFFICE =
  "(?:(?:top|senior|chief|deputy|assistant|under|special|high|former|new|lead|principal|permanent|cabinet|foreign|intelligence|security|nuclear|trade|defen[cs]e|national|policy|peace|point|then|supreme|prime|vice|interior|finance|acting|first|political|military|spiritual|executive|ministry|state|army|navy|military|crown|presidential|government)[ -])*" +
  // a portfolio before the post: "information minister", "energy and mines minister", "international development
  // minister", "Foreign Affairs minister", "Communications Secretary", "Health Minister", "transportation
  // commissioner", "Transportation and Public Works Minister"
  "(?:[A-Za-z]+ (?:(?:and )?[A-Za-z]+ ){0,2}(?=[Mm]inister\\b|[Ss]ecretary\\b|[Cc]ommissioner\\b))?" +
  "(?:official|negotiator|envoy|diplomat|consul[- ]general|consul|[cC]harg[eé] d['’][aA]ffaires|high commissioner|adviser|advisor|spokes(?:man|woman|person)|ambassador|representative|aide|intelligence chief|spy chief|spymaster|minister|leader|chief|president|premier|secretary[- ]general|undersecretary|secretary|director[- ]general|director|head|commander|chairman|chairwoman|chairperson|chair|chancellor|king|queen|emir|sultan|prince|commissioner|ombudsman|coordinator|mediator)" +
  // (and where: "Minister of State at the Ministry of Foreign Affairs")
  // (and a body's relations: "the U.K.'s minister for EU relations")
  // (and "Sweden's minister for EU affairs and Nordic cooperation")
  // (and a region's development: "minister for the development of the Far East and the Arctic")
  "(?: (?:responsible for|for|of|on) (?:the )?(?:[a-z]+ of (?:the )?<[LN]\\d+>(?: and (?:the )?<[LN]\\d+>)?|<[LN]\\d+>(?: affairs| issues| policy)?|<[OG]\\d+> (?:relations|affairs)(?: and [A-Za-z'’]+(?: [A-Za-z'’]+){0,2})?|[A-Za-z'’]+(?: (?:and |of )?[A-Za-z'’]+){0,4}(?: (?:with|between) (?:the )?<[GO]\\d+>(?: and (?:the )?<[GO]\\d+>)?)?))?(?: (?:to|in|at) (?:the )?<[LGO]\\d+>(?: and (?:the )?<[LGO]\\d+>)?)?";
/** Two who signed a document together (`src`, `co`): each signed it. */
const BOTH_SIGNED: RuleEmit[] = [
  { relation: "SIGNED", source: "src", target: "doc" },
  { relation: "SIGNED", source: "co", target: "doc" },
];
/** The same post as an official release capitalises it: "the Secretary-General of the X", "The X's Director-General". */
const OFFICE_ANY_CASE = anyCase(OFFICE);
/** A pattern whose words may also open with a capital: each lower-case letter opening a word of `re` becomes both. */
function anyCase(re: string): string {
  return re.replace(/(?<=[(|: \]-])([a-z])(?=[a-z])/g, (c) => `[${c}${c.toUpperCase()}]`);
}
/** Not a name that ends an office phrase before it ("the French president, X, the German chancellor, Y": X is not
 * the chancellor). */
const NOT_AFTER_TITLE = "(?<!\\b[Tt]he (?:<[NGO]\\d+>(?:'s)? )?(?:[a-z-]+ ){0,5}[a-z-]+(?: of (?:the )?<[GO]\\d+>)?, )";
/** An official's post on a line of a record's list of those present: "X, State Secretary, Ministry of …". */
const LISTED_POST = "(?<title>(?:(?:Deputy|Vice|State|Assistant|First|Second|Third|Senior|Acting|Principal|Special|Permanent|Under) )*(?:Minister|Secretary|Adviser|Advisor|Director|Director-General|Head|Chief|Counsellor|Counselor|Ambassador|Consul|Envoy|Spokesperson|Spokesman|Spokeswoman|Under-Secretary|Undersecretary|Officer|Attaché)\\b(?:[^<,;()]|<[LNO]\\d+>){0,60})";
/** A spokesperson's post after the one it speaks for: "spokesman", "chief spokesperson", "press secretary". */
const SPOKESPERSON = "(?:chief |deputy |official )?(?:spokes(?:man|woman|person)|press secretary)";
const STATE_ROLE = "(?:embassy|mission|representative|representation|arm|wing|mouthpiece|branch|organ|agency|proxy|office|consulate|delegation)";

/** A post of a state set off after a name, as a communiqué writes it: ", Prime Minister of <G>", ", President of the
 * Republic of <G>". */
const POST_OF_STATE_SET_OFF = ", (?:[A-Z][a-z-]+ ){1,4}(?:of|for) (?:the )?(?:[A-Z][a-z-]+ (?:of )?){0,2}<G\\d+>";

export const PEOPLE_RULES: RelationRule[] = [
  {
    reason: "a post in brackets after a name, with its state: \"Jeyhun Bayramov (Azerbaijani FM)\", \"Marco Rubio (US Secretary of State)\"",
    cue: /<P\d+> \(<[NG]\d+>/,
    pattern: `(?<p>@P) \\((?<g>@NG)(?:['’]s)? (?=[^()<]{0,40}\\b(?:FM|PM|President|Premier|Minister|Secretary|[Ee]nvoy|[Aa]mbassador|[Aa]dviser|[Aa]dvisor|[Aa]ide|Chancellor|King|Emir|[Ss]pokes(?:man|woman|person))\\b)(?<title>[^()<]{1,60})\\)`,
    emit: [{ relation: "HOLDS_OFFICE", source: "p", target: "g", titleGroup: "title" }],
  },
  {
    reason: "an official's line in a list of those present, the ministry's state named: \"X, State Adviser, Ministry of Economy and Labour of the Republic of North Macedonia\"",
    cue: /^\s*<P\d+>, [A-Z]/,
    pattern: `^\\s*(?<p>@P), ${LISTED_POST}, (?:the )?<O\\d+>(?: and <O\\d+>)? of (?:the )?(?<g>@G)(?=\\s*(?:$|[,(;]))`,
    emit: [{ relation: "HOLDS_OFFICE", source: "p", target: "g", titleGroup: "title" }],
  },
  {
    reason: "an official's line in a list of those present: \"X, State Secretary, Ministry of Foreign Affairs of Montenegro\"",
    cue: /^\s*<P\d+>, [A-Z]/,
    pattern: `^\\s*(?<p>@P), ${LISTED_POST}, (?:the )?(?<org>@O)`,
    emit: [{ relation: "HOLDS_OFFICE", source: "p", target: "org", titleGroup: "title" }],
  },
  {
    reason: "X's father (sister ...) Y",
    pattern: `(?<a>@P)'s (?:late |younger |older |elder |half-|own )?${FAMILY}(?: and [a-z -]+?)?,? (?<b>@P)`,
    emit: [{ relation: "RELATIVE_OF", source: "b", target: "a", noteGroup: "rel" }],
  },
  {
    reason: "Y, X's sister (the leader's younger sister)",
    pattern: `(?<b>@P), (?:the |a )?(?<a>@P)'s (?:late |younger |older |elder |eldest |youngest |half-|own |only )?${FAMILY}(?=,|\\.|;| and\\b| who\\b|$)`,
    emit: [{ relation: "RELATIVE_OF", source: "b", target: "a", noteGroup: "rel" }],
  },
  {
    reason: "X ... his (her) brother (sister ...) Y",
    // (not one a preposition governs: in "conveyed … to Modi through his brother Tahnoun" the brother is not Modi's)
    pattern: `(?<!\\b(?:to|with|for|from|by|of|on|at|about|toward|towards) )(?<a>@P)[^<.;]{0,40}? (?:his|her) (?:(?:late|younger|older|elder|eldest|youngest|half-|own) )*${FAMILY},? (?<b>@P)`,
    emit: [{ relation: "RELATIVE_OF", source: "b", target: "a", noteGroup: "rel" }],
  },
  {
    reason: "Y, the late father (sister ...) of X; Y is the son of X",
    // ("Y is the eldest son of former prime minister X": a lower-case post before the parent's name)
    pattern: `(?<b>@P)(?:,? | (?:is|was) )(?:the |his |her |a )?(?:(?:late|younger|older|elder|powerful|influential|only|eldest|youngest|second|third) )*${FAMILY} of (?:(?:the late |former |late )?(?:[a-z-]+ ){0,2}(?=<P))?(?<a>@P)`,
    emit: [{ relation: "RELATIVE_OF", source: "b", target: "a", noteGroup: "rel" }],
  },
  {
    reason: "X's sister and senior official Y: an official of X's state",
    pattern: `(?<a>@P)'s ${FAMILY} and (?<title>(?:senior |top |high-ranking |deputy |chief )?(?:official|adviser|advisor|aide|minister|director|spokeswoman|spokesman|envoy|secretary)),? (?<b>@P)`,
    emit: [{ relation: "HOLDS_OFFICE", source: "b", target: "@governmentOf:a", titleGroup: "title", weak: true }],
  },
  {
    reason: "a state's (organisation's) official named in apposition: \"Japan's top intelligence official, X,\"",
    // (also with a remit named after it: "China's Special Envoy for <O>, X")
    pattern: `(?<gov>@GO)'s? (?<title>${OFFICE_ANY_CASE})(?: (?:for|on) (?:the )?<O\\d+>)?,? (?:former |then-?)?(?<p>@P)`,
    emit: [{ relation: "HOLDS_OFFICE", source: "p", target: "gov", titleGroup: "title" }],
  },
  {
    reason: "a state organ's spokesperson named in apposition: \"Our Foreign Ministry spokesman, X,\" (the organ's state)",
    cue: /<O\d+>(?:['’]s)? (?:chief |deputy |official )?(?:spokes|press secretary)/,
    pattern: `(?<org><O\\d+>)(?:['’]s)? (?<title>${SPOKESPERSON}),? (?<p>@P)`,
    emit: [{ relation: "HOLDS_OFFICE", source: "p", target: "@ownerOf:org", titleGroup: "title", weak: true }],
  },
  {
    reason: "the story's own state's ministry's spokesperson (or senior official): \"the ministry's spokesperson, X,\"",
    cue: /\b[Tt]he (?:ministry|presidency|government|foreign ministry)['’]s /,
    // (or its senior official: "the ministry's Principal Secretary, X")
    // (not one another state's side was led by: "G's side was led by the ministry's Director-General, X")
    pattern: `(?<!<G\\d+>['’]s (?:side|delegation|team) (?:was|were) (?:led|headed) by )\\b[Tt]he (?:ministry|presidency|government|foreign ministry)['’]s (?<title>${SPOKESPERSON}|(?:Principal|Permanent|Chief|General|Executive) Secretary|(?:principal|permanent|chief|general|executive) secretary|Secretary[- ]General|secretary[- ]general|Director[- ]General|director[- ]general),? (?<p>@P)`,
    emit: [{ relation: "HOLDS_OFFICE", source: "p", target: "@home", titleGroup: "title", weak: true }],
  },
  {
    reason: "the story's own government's spokesperson, no state named: \"said the Government spokeswoman, X\"",
    cue: /\b[Tt]he [Gg]overnment (?:chief |deputy |official )?(?:spokes|press secretary)/,
    pattern: `\\b[Tt]he [Gg]overnment (?<title>${SPOKESPERSON}),? (?<p>@P)`,
    emit: [{ relation: "HOLDS_OFFICE", source: "p", target: "@home", titleGroup: "title", weak: true }],
  },
  {
    reason: "a leader's spokesperson named in apposition: \"Y's chief communications specialist, X,\" (the leader's state)",
    // (capitalised too: "the Premier's Press Secretary, X,")
    cue: /<P\d+>['’]s (?:[A-Za-z]+ )?(?:[Ss]pokes|[Pp]ress|[Cc]ommunications)/,
    pattern: `(?<a>@P)['’]s (?<title>${anyCase("(?:chief |senior |principal |deputy |official )?(?:spokes(?:man|woman|person)|press secretary|press officer|communications (?:specialist|director|adviser|advisor|chief|officer))")}),? (?<p>@P)`,
    emit: [{ relation: "HOLDS_OFFICE", source: "p", target: "@governmentOf:a", titleGroup: "title", weak: true }],
  },
  {
    reason: "a state organ's spokesperson, the name set off after it: \"a spokesperson for the Office of the Prime Minister, X,\" (the organ's state)",
    pattern: `\\b[Aa]n? (?<title>spokes(?:man|woman|person)) (?:for|of) the (?<org>@O), (?<p>@P)`,
    emit: [{ relation: "HOLDS_OFFICE", source: "p", target: "@ownerOf:org", titleGroup: "title", weak: true }],
  },
  {
    reason: "a body's official of one state, named in apposition: \"Itaipu Binacional's Paraguayan director-general, X\"",
    cue: /<O\d+>['’]s <N\d+> /,
    pattern: `<O\\d+>['’]s (?<gov>@N) (?<title>${OFFICE_ANY_CASE}),? (?<p>@P)`,
    emit: [{ relation: "HOLDS_OFFICE", source: "p", target: "gov", titleGroup: "title" }],
  },
  {
    reason: "a post in a state's ministry set off before the name: \"the Permanent Secretary of Uganda's Ministry of Trade, Industry and Cooperatives, X\"",
    cue: /\b[Tt]he (?:[A-Z][a-z]+(?: [A-Z][a-z-]+){0,3}|spokes(?:man|woman|person)) of /,
    // (or lower-case, with words of the ministry's name past its mention: "The spokesperson of G's O and International
    // Cooperation, X")
    pattern: `\\b[Tt]he (?<title>[A-Z][a-z]+(?: [A-Z][a-z-]+){0,3}|spokes(?:man|woman|person)) of (?:the )?(?<gov>@G)['’]s (?:<O\\d+>(?:,? and |, )?){1,4}(?: and (?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+)?,? (?<p>@P)`,
    emit: [{ relation: "HOLDS_OFFICE", source: "p", target: "gov", titleGroup: "title" }],
  },
  {
    reason: "a name with its state's (organisation's) office in apposition: \"X, Oman's minister responsible for foreign affairs,\"",
    // (not a name with its own post before it: in "Colombia's foreign minister, X, Venezuela's foreign minister, Y"
    // the second post is Y's)
    pattern: `(?<!<[GO]\\d+>'s? (?:[A-Za-z-]+ ){0,5}[A-Za-z-]+, )(?<p>@P), (?:the |a )?(?<gov>@GO)'s? (?<title>${OFFICE_ANY_CASE})(?=,|\\.|;| who\\b| and\\b|$)`,
    emit: [{ relation: "HOLDS_OFFICE", source: "p", target: "gov", titleGroup: "title" }],
  },
  {
    reason: "a name said to hold its state's (organisation's) office: \"X has been Sweden's ambassador to North Korea since 2024\", \"X is Peru's foreign minister\"",
    // (not one who was, nor one who will be: "X was Peru's foreign minister", "X is to become …")
    cue: /<P\d+> (?:is|has been|remains|serves as|has served as|was appointed|was named) (?:the )?<[GO]\d+>'s? /,
    pattern: `(?<p>@P) (?:is|has been|remains|serves as|has served as|was appointed|was named) (?:the )?(?<gov>@GO)'s? (?<title>${OFFICE_ANY_CASE})(?=,|\\.|;| since\\b| who\\b| and\\b| in\\b| for\\b|$)`,
    emit: [{ relation: "HOLDS_OFFICE", source: "p", target: "gov", titleGroup: "title" }],
  },
  {
    reason: "a state's office named by its demonym (or name) before the name: \"the French president, X\", \"the U.S. envoy, X\"",
    // (also an organisation's: "a senior Hamas official, X,")
    // ("The new German foreign minister, X": a post newly taken is held)
    // (and one of its presidency's or government's: "The Uruguayan presidency's spokesperson, X")
    pattern: `\\b(?:[Tt]he|[Aa]n?) (?:(?:senior|top|former|high-ranking|leading|new|newly appointed|incoming|outgoing|current) )?(?<gov>@NGO) (?:(?:[Pp]residency|[Gg]overnment|[Cc]abinet|[Pp]alace)['’]s )?(?<title>${OFFICE}),? (?<p>@P)`,
    emit: [{ relation: "HOLDS_OFFICE", source: "p", target: "gov", titleGroup: "title" }],
  },
  {
    reason: "a member of a state's organ named before the name: \"a member of the Sovereignty Council, Lt. Gen. X\"",
    cue: /\bmember of (?:the )?<O\d+>, /,
    pattern: `\\b(?:[Aa]|[Tt]he) (?:senior |leading |military |civilian )?(?<title>member) of (?:the )?(?<gov>@O), (?<p>@P)`,
    emit: [{ relation: "HOLDS_OFFICE", source: "p", target: "gov", titleGroup: "title" }],
  },
  {
    reason: "a state's post posted in a city, before the name: \"Turkey's consul general in Erbil, X\"",
    cue: /<G\d+>'s [a-z][a-z -]{2,40} (?:in|to) <[LG]\d+>, <P/,
    pattern: `(?<gov>@G)'s (?<title>${OFFICE}) (?:in|to) (?:the )?<[LG]\\d+>, (?<p>@P)`,
    emit: [{ relation: "HOLDS_OFFICE", source: "p", target: "gov", titleGroup: "title" }],
  },
  {
    reason: "a state's office named last of the posts set off after the name: \"X, member of the Political Bureau … and Chinese foreign minister,\"",
    pattern: `${NOT_AFTER_TITLE}(?<p>@P), (?:[^<,;.]|<[OGLN]\\d+>){3,120}? and (?:the )?(?<gov>@NG) (?<title>${OFFICE})(?=,|\\.|;)`,
    emit: [{ relation: "HOLDS_OFFICE", source: "p", target: "gov", titleGroup: "title" }],
  },
  {
    reason: "a state's office named by its demonym (or name) after the name: \"X, the Russian foreign ministry spokeswoman,\", \"X, the U.S. envoy for …\"",
    // (or capitalised, to the state of the posting: "X, the Saudi Ambassador to Yemen,")
    pattern: `${NOT_AFTER_TITLE}(?<p>@P), (?:the |an? )(?<gov>@NGO) (?<title>${OFFICE_ANY_CASE})(?: to (?:the )?<[GL]\\d+>(?=[,.;]| who\\b))?(?=,|\\.|;| who\\b| and\\b| for (?:the )?<|$)`,
    emit: [{ relation: "HOLDS_OFFICE", source: "p", target: "gov", titleGroup: "title" }],
  },
  {
    reason: "the head of a state's (territory's) council named before the name: \"President of the Collectivité of St. Martin X\"",
    pattern: `\\b(?<title>(?:(?:First )?Vice[- ])?(?:President|Chairman|Chairwoman|Chairperson)) of the <O\\d+> of (?:the )?(?<gov>@G),? (?<p>@P)`,
    emit: [{ relation: "HOLDS_OFFICE", source: "p", target: "gov", titleGroup: "title" }],
  },
  {
    reason: "a post in a state's body named before the name: \"the chief of staff of Iran's armed forces, X\", \"the head of G's Federal Agency for Forestry, Y\"",
    pattern: `\\b(?:[Tt]he|[Aa]n?) (?<title>(?:deputy |acting )?(?:chief of staff|chief|commander|head|director|governor|chairman|chairwoman|chairperson|speaker|secretary|spokes(?:man|woman|person))) of (?:the )?(?<gov>@G)'s (?:(?:[a-z-]+ ){0,3}[a-z-]+|<O\\d+>), (?:(?:[A-Z][a-z]+ ){1,2}(?=<P))?(?<p>@P)`,
    emit: [{ relation: "HOLDS_OFFICE", source: "p", target: "gov", titleGroup: "title" }],
  },
  {
    reason: "a factbox's line: \"* X - Greek foreign minister.\", \"* Y - President of the Republic of Cyprus.\"",
    pattern: `^\\s*[*•·▪‣-]\\s+(?<p>@P)\\s+[-–—:]\\s+(?:(?:the |a |an )?(?<gov>@NG) (?<title>${OFFICE_ANY_CASE})|(?<title2>${OFFICE_ANY_CASE}) of (?:the )?(?:Republic of (?:the )?)?(?<gov2>@G))(?=[.,;]| and\\b| since\\b)`,
    emit: [
      { relation: "HOLDS_OFFICE", source: "p", target: "gov", titleGroup: "title" },
      { relation: "HOLDS_OFFICE", source: "p", target: "gov2", titleGroup: "title2" },
    ],
  },
  {
    reason: "a titled person after an organisation's (state's) possessive: \"the EU's special envoy X\"",
    pattern: `(?<gov>@GO)'s (?<p>@P)`,
    emit: [{ relation: "HOLDS_OFFICE", source: "p", target: "gov", titleFromSlot: true }],
  },
  {
    reason: "the holders of one post in two states, named in their order: \"the foreign ministers of A and B, X and Y,\"",
    pattern: `\\b[Tt]he (?<title>foreign minister|president|prime minister|defen[cs]e minister|interior minister|finance minister|national security adviser|leader|ambassador|envoy|chief negotiator)s of (?:the )?(?<g1>@G) and (?:the )?(?<g2>@G),? (?<p1>@P) and (?<p2>@P)`,
    emit: [
      { relation: "HOLDS_OFFICE", source: "p1", target: "g1", titleGroup: "title" },
      { relation: "HOLDS_OFFICE", source: "p2", target: "g2", titleGroup: "title" },
    ],
  },
  {
    reason: "the holders of one post, each after their state: \"The presidents of Paraguay, X, and Argentina, Y,\"",
    pattern: `\\b[Tt]he (?<title>foreign minister|president|prime minister|defen[cs]e minister|interior minister|finance minister|leader|ambassador|head of state|minister)s of (?:the )?(?<g1>@G), (?<p1>@P),? and (?:the )?(?<g2>@G), (?<p2>@P)(?=[,.;]| (?:who|witnessed|met|signed|held)\\b)`,
    emit: [
      { relation: "HOLDS_OFFICE", source: "p1", target: "g1", titleGroup: "title" },
      { relation: "HOLDS_OFFICE", source: "p2", target: "g2", titleGroup: "title" },
    ],
  },
  {
    reason: "the holders of one post, each named with their state: \"The presidents of the two countries, X of A and Y of B,\"",
    pattern: `\\b[Tt]he (?:two |three )?(?<title>foreign minister|president|prime minister|defen[cs]e minister|interior minister|finance minister|national security adviser|leader|ambassador|envoy|chief negotiator|head of state|minister)s(?: of (?:the|both) (?:two |three )?(?:countries|states|nations|governments|neighbours|neighbors))?,? (?<p1>@P) of (?:the )?(?<g1>@G),? and (?<p2>@P) of (?:the )?(?<g2>@G)`,
    emit: [
      { relation: "HOLDS_OFFICE", source: "p1", target: "g1", titleGroup: "title" },
      { relation: "HOLDS_OFFICE", source: "p2", target: "g2", titleGroup: "title" },
    ],
  },
  {
    reason: "counterparts of two states, named in their order: \"his Armenian and Azerbaijani counterparts, X and Y\"",
    pattern: `\\b(?:his|her|their) (?<g1>@NG) and (?<g2>@NG) (?<title>counterpart)s,? (?<p1>@P) and (?<p2>@P)`,
    emit: [
      { relation: "HOLDS_OFFICE", source: "p1", target: "g1", titleGroup: "title" },
      { relation: "HOLDS_OFFICE", source: "p2", target: "g2", titleGroup: "title" },
    ],
  },
  {
    reason: "the head of a state's delegation: \"The Vietnamese delegation is led by X\", \"Indonesia's team is headed by Y\"",
    pattern: `(?:\\b[Tt]he (?<n>@N)|(?<g>@G)'s) (?:delegation|team|negotiating team|side) (?:is|was|will be|had been|has been) (?:led|headed) by (?:the )?(?:[a-z-]+ ){0,4}(?<p>@P)`,
    emit: [
      { relation: "HOLDS_OFFICE", source: "p", target: "n", title: "head of delegation" },
      { relation: "HOLDS_OFFICE", source: "p", target: "g", title: "head of delegation" },
    ],
  },
  {
    reason: "a spokesman for a state's ministry: \"X, a spokesman for Azerbaijan's foreign ministry,\"",
    pattern: `(?<p>@P), (?:a|the|chief) (?<title>spokes(?:man|woman|person)) (?:for|of) (?:the )?(?:(?<gov>@G)'s|(?<govN>@N)) (?:[a-z]+ )?(?:ministry|government|presidency|cabinet)\\b`,
    // (or by its demonym: "X, a spokesman for the Burundian presidency")
    emit: [
      { relation: "HOLDS_OFFICE", source: "p", target: "gov", titleGroup: "title" },
      { relation: "HOLDS_OFFICE", source: "p", target: "govN", titleGroup: "title" },
    ],
  },
  {
    reason: "a state sent (was represented by) X, a post of its own body: \"Rwanda sent X, deputy director-general of its intelligence service\"",
    pattern: `(?<gov>@G) (?:sent|dispatched|(?:was|is|were) represented by) (?<p>@P), (?:the )?(?<title>${OFFICE}) of (?:its|the country['’]s) `,
    emit: [{ relation: "HOLDS_OFFICE", source: "p", target: "gov", titleGroup: "title" }],
  },
  {
    reason: "a leader's aide named after the leader's possessive: \"Y's chief of staff, X,\" serves Y's state",
    pattern: `(?<a>@P)'s (?<title>chief of staff|(?:deputy |press |chief )?spokes(?:man|woman|person)|(?:[a-z]+ )?(?:adviser|advisor)|aide|special envoy|envoy|press secretary),? (?<p>@P)`,
    emit: [{ relation: "HOLDS_OFFICE", source: "p", target: "@governmentOf:a", titleGroup: "title", weak: true }],
  },
  {
    reason: "a leader's aide named before the leader's possessive: \"X, then Y's national security adviser,\" serves Y's state",
    pattern: `(?<p>@P), (?:then |then-|the |now )?(?:[A-Z][a-z]+ )?(?<a>@P)'s (?<title>chief of staff|(?:deputy |press |chief )?spokes(?:man|woman|person)|(?:[a-z]+ ){0,2}(?:adviser|advisor)|aide|special envoy|envoy|press secretary|special representative(?: for [a-z ]+)?)(?=,|\\.|;| and\\b| who\\b|$)`,
    emit: [{ relation: "HOLDS_OFFICE", source: "p", target: "@governmentOf:a", titleGroup: "title", weak: true }],
  },
  {
    reason: "a name given a post as the subject's own: \"X handed Y a letter from Z, his prime minister,\" (Z serves X's state)",
    pattern: `^(?:[^<.;]{0,60})?(?<a>@P)[^.;]{0,120}? (?<p>@P), (?:his|her) (?<title>(?:prime minister|president|foreign minister|minister|king|emir|sultan|head of state|head of government|chancellor|premier))(?=,|\\.|;| who\\b| and\\b|$)`,
    emit: [{ relation: "HOLDS_OFFICE", source: "p", target: "@governmentOf:a", titleGroup: "title", weak: true }],
  },
  {
    reason: "an aide of a leader: \"X, a foreign policy adviser to Y,\" serves Y's state",
    pattern: `(?<p>@P), (?:an? |the |a senior |a top )?(?<title>(?:[a-z-]+ ){0,2}(?:adviser|advisor|aide|envoy|spokes(?:man|woman|person))) (?:to|for) (?<a>@P)`,
    emit: [{ relation: "HOLDS_OFFICE", source: "p", target: "@governmentOf:a", titleGroup: "title", weak: true }],
  },
  {
    reason: "a leader's envoy: \"X, the Special Envoy of President Y to the AES,\" serves Y's state",
    pattern: `(?<p>@P), (?:the |a |an )?(?<title>(?:[Ss]pecial |[Pp]ersonal |[Pp]residential )?(?:[Ee]nvoy|[Rr]epresentative)) of (?<a>@P)(?= to\\b|,|\\.|;| who\\b| and\\b|$)`,
    emit: [{ relation: "HOLDS_OFFICE", source: "p", target: "@governmentOf:a", titleGroup: "title", weak: true }],
  },
  {
    reason: "an office of a state (organisation) before the name: \"the president of the European Council, X\"",
    // (capitalised too: "the Secretary-General of the X, Y")
    pattern: `\\b[Tt]he (?<title>${OFFICE_ANY_CASE}) of (?:the )?(?<gov>@GO), (?<p>@P)`,
    emit: [{ relation: "HOLDS_OFFICE", source: "p", target: "gov", titleGroup: "title" }],
  },
  {
    reason: "a state's minister for portfolios read as bodies, before the name: \"Ghana's Minister for Government Communications and Presidential Spokesperson, X\"",
    cue: /<G\d+>['’]s (?:[A-Z][a-z]+ ){0,2}Minister (?:for|of) <O\d+>/,
    pattern: `(?<gov>@G)['’]s (?:[A-Z][a-z]+ ){0,2}Minister (?:for|of) <O\\d+>(?:(?:,| and) (?:the )?<O\\d+>)*, (?<p>@P)`,
    emit: [{ relation: "HOLDS_OFFICE", source: "p", target: "gov", title: "minister" }],
  },
  {
    reason: "one of several officers of a department, before the name: \"An Assistant Director in the Protocol Department of the Ministry of Foreign Affairs, X\"",
    cue: /\b(?:[Aa]n?|[Tt]he) [A-Za-z -]{3,40} in (?:the )?<O\d+>, <P/,
    pattern: `\\b(?:[Aa]n?|[Tt]he) (?<title>${OFFICE_ANY_CASE}) in (?:the )?(?<gov>@O), (?<p>@P)`,
    emit: [{ relation: "HOLDS_OFFICE", source: "p", target: "gov", titleGroup: "title" }],
  },
  {
    reason: "an office of a state (organisation) after the name: \"X, the emir of Qatar,\"",
    // (also a post held then: "X, then president of Serbia,")
    // (capitalised too: "X, the Chairman of the African Union,")
    pattern: `${NOT_AFTER_TITLE}(?<p>@P), (?:the |then |then-|the then |the then-)(?<title>${OFFICE_ANY_CASE}) of (?:the )?(?<gov>@GO)(?=,|\\.|;| who\\b| and\\b|$)`,
    emit: [{ relation: "HOLDS_OFFICE", source: "p", target: "gov", titleGroup: "title" }],
  },
  {
    reason: "an organisation's head set off bare after the name: \"X, Director-General of the FAO,\"",
    // (and its acronym after it in brackets: "of the Food and Agriculture Organization (FAO),")
    pattern: `${NOT_AFTER_TITLE}(?<p>@P), (?<title>(?:(?:Deputy|Assistant|Acting) )?(?:Director-General|Director General|Secretary-General|Secretary General|Executive Director|Executive Secretary|Managing Director|Administrator|High Commissioner)) of (?:the )?(?<org>@O)(?: \\(<O\\d+>\\))?(?=,|\\.|;| who\\b| and\\b|$)`,
    emit: [{ relation: "HOLDS_OFFICE", source: "p", target: "org", titleGroup: "title" }],
  },
  {
    reason: "a state's capitalised post set off bare after the name, as a communiqué styles it: \"the Honourable X, M.P., Prime Minister of G, and Y\"",
    // (a post set off before a name is that name's, and leaves no words of its own)
    pattern: `${NOT_AFTER_TITLE}(?<p>@P), (?<title>(?:(?:Deputy|Vice|First) )?(?:Prime Minister|President|Vice[- ]President|Premier|Chancellor|Foreign Minister|Minister (?:of|for) [A-Z][a-z]+(?:,? (?:and )?[A-Z][a-z]+){0,6})) of (?:the )?(?:(?:Republic|Kingdom|State|Sultanate|Federal Republic|Commonwealth) of (?:the )?)?(?<gov>@G)(?=,|\\.|;| who\\b| and\\b|$)`,
    emit: [{ relation: "HOLDS_OFFICE", source: "p", target: "gov", titleGroup: "title" }],
  },
  {
    reason: "one who chairs an organisation, in a clause after the name: \"X of G, who also chairs the African Union this year,\"",
    // (or "who is also the Chairman of the African Union")
    cue: /, who (?:is )?(?:also |currently |now )?(?:chairs|presides over|the (?:current )?(?:[Cc]hair(?:man|woman|person)?|[Pp]resident) of) (?:the )?<O\d+>/,
    pattern: `(?<p>@P)(?: of (?:the )?<G\\d+>)?, who (?:is )?(?:also |currently |now )?(?:chairs|presides over|the (?:current )?(?:[Cc]hair(?:man|woman|person)?|[Pp]resident) of) (?:the )?(?<org>@O)(?: this year| for [a-z ]{1,20})?(?=,|\\.|;| and\\b|$)`,
    emit: [{ relation: "HOLDS_OFFICE", source: "p", target: "org", title: "chair" }],
  },
  {
    reason: "the head of a state's region after the name holds a post of that state: \"X, governor of Russia's Amur region,\"",
    pattern: `(?<p>@P), (?:the )?(?<title>(?:[Vv]ice[- ])?(?:[Gg]overnor|[Hh]ead|[Pp]remier|[Pp]resident|[Mm]ayor|[Cc]hief [Mm]inister)) of (?:the )?(?<gov>@G)'s (?:<L\\d+>|\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+)?) (?:region|territory|province|oblast|krai|republic|state|prefecture|county|city|district)(?=,|\\.|;| and\\b| in\\b|$)`,
    emit: [{ relation: "HOLDS_OFFICE", source: "p", target: "gov", titleGroup: "title" }],
  },
  {
    reason: "the head of a state's body after the name holds a post of that state: \"X, the head of Sudan's Transitional Sovereignty Council,\"",
    // (or of its ministry named in lower case: "X, the secretary-general of Malaysia's foreign ministry,")
    // (or of a part of the state, the body's initials after it: "the president of northern Portugal's <O> (CCDR-N)")
    pattern: `${NOT_AFTER_TITLE}(?<p>@P), (?:the |then |then-)(?<title>${OFFICE}) of (?:(?:northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western) )?(?<gov>@G)'s (?:<O\\d+>(?: \\([A-Z][A-Za-z-]{1,12}\\))?|(?:[a-z]+ (?:and [a-z]+ )?)?(?:ministry|government|presidency|cabinet))(?=,|\\.|;| who\\b| and\\b|$)`,
    emit: [{ relation: "HOLDS_OFFICE", source: "p", target: "gov", titleGroup: "title" }],
  },
  {
    reason: "the host of a visit to a state is that state's: \"ended a state visit to Ghana after talks with his host, President X\"",
    pattern: `\\bvisit to (?:the )?(?<gov>@G)[^<.;]{0,60}? (?:his|her|their) hosts?,? (?<p>@P)`,
    emit: [{ relation: "HOLDS_OFFICE", source: "p", target: "gov", weak: true }],
  },
  {
    reason: "a state's own post named by 'its', the state the sentence is about: \"Azerbaijan turned down an offer from Kazakhstan to host a meeting between its president, X, and Y\"",
    pattern: `^(?:[A-Z][a-z]+ )?(?:[Tt]he )?(?<gov>@G)(?!'s| (?:and|or)\\b)[^.;]{0,140}? its (?<title>${OFFICE}),? (?<p>@P)`,
    emit: [{ relation: "HOLDS_OFFICE", source: "p", target: "gov", titleGroup: "title" }],
  },
  {
    reason: "a state represented by its post holder: \"…, Egypt was represented by its intelligence chief, X\"",
    pattern: `(?<gov>@G) (?:was|is|will be|had been) represented by its (?<title>${OFFICE}),? (?<p>@P)`,
    emit: [{ relation: "HOLDS_OFFICE", source: "p", target: "gov", titleGroup: "title" }],
  },
  {
    reason: "a side's post holder: \"On the Ethiopian side sat the national security adviser, X\"",
    // ("the Ethiopian side" is one mention of the state; "the <N> side" when it is not)
    // (or with no verb: "On the Chinese side the ambassador here, Z, came with him")
    pattern: `\\b[Oo]n the (?:(?<gov>@G)|(?<side>@N) side),? (?:(?:sat|was|were|stood|came) )?(?:the |its )?(?<title>${OFFICE})(?: here| there)?,? (?<p>@P)`,
    emit: [
      { relation: "HOLDS_OFFICE", source: "p", target: "gov", titleGroup: "title" },
      { relation: "HOLDS_OFFICE", source: "p", target: "side", titleGroup: "title" },
    ],
  },
  {
    reason: "a diplomat's post of a state after the name, capitalised and bare: \"X, Ambassador of the Republic of Angola to Portugal,\"",
    pattern: `(?<p>@P), (?<title>(?:Ambassador|High Commissioner|Permanent Representative|Consul General|Consul|Charg[eé] d'Affaires|Envoy|Special Envoy)(?: Extraordinary and Plenipotentiary)?) of (?:the )?(?<gov>@G)(?: to (?:the )?<[GO]\\d+>)?(?=,|\\.|;| who\\b| and\\b|$)`,
    emit: [{ relation: "HOLDS_OFFICE", source: "p", target: "gov", titleGroup: "title" }],
  },
  {
    reason: "a diplomat's post of a state set off before the name: \"the Ambassador of the French Republic to the Republic of Vanuatu, His Excellency Mr X,\"",
    cue: /\b(?:Ambassador|Commissioner|Representative|Consul|Envoy|Affaires) of /,
    pattern: `\\b[Tt]he (?<title>(?:Ambassador|High Commissioner|Permanent Representative|Consul General|Consul|Charg[eé] d'Affaires|Envoy|Special Envoy)(?: Extraordinary and Plenipotentiary)?) of (?:the )?(?:Government of (?:the )?)?(?<gov>@G)(?: (?:to|in|for) (?:the )?<[GOL]\\d+>)?, (?<p>@P)(?=,|\\.|;| who\\b| and\\b|$)`,
    emit: [{ relation: "HOLDS_OFFICE", source: "p", target: "gov", titleGroup: "title" }],
  },
  {
    reason: "a name said to hold a post of a state's leader (or of the state) after it: \"X holds the title of special representative of the President of G\", \"X is the deputy foreign minister of G\"",
    // (not one who was, nor one who will be)
    cue: /<P\d+>(?:, \d{2},)? (?:is|holds|has held|serves as|has served as|has been|remains) [^.;]{0,60}\bof (?:the )?(?:(?:President|Prime Minister|Head of State|King|Emir|Chancellor) of (?:the )?)?<G\d+>/,
    pattern: `(?<p>@P)(?:, \\d{2},)? (?:is|serves as|has served as|has been|remains|(?:holds|has held) the (?:[a-z]+ )?(?:title|post|rank|office) of) (?:the |a )?(?<title>${OFFICE_ANY_CASE}(?: of the (?:President|Prime Minister|Head of State|King|Emir|Chancellor))?) of (?:the )?(?<gov>@G)(?=,|\\.|;| for\\b| since\\b| who\\b| and\\b|$)`,
    emit: [{ relation: "HOLDS_OFFICE", source: "p", target: "gov", titleGroup: "title" }],
  },
  {
    reason: "an aide's post to a state's leader after the name: \"X, Assistant to the President of Azerbaijan,\"",
    cue: / to the (?:President|Prime Minister|Head of State|King|Emir|Chancellor) of /,
    pattern: `(?<p>@P), (?<title>(?:(?:Senior|Chief|Special|Foreign Policy|Diplomatic|National Security|Economic) )?(?:Assistant|Adviser|Advisor|Aide|Counsellor|Counselor|Envoy|Special Envoy|Chief of Staff|Press Secretary|Spokes(?:man|woman|person)) to the (?:President|Prime Minister|Head of State|King|Emir|Chancellor)) of (?:the )?(?<gov>@G)(?=,|\\.|;| who\\b| and\\b|$)`,
    emit: [{ relation: "HOLDS_OFFICE", source: "p", target: "gov", titleGroup: "title" }],
  },
  {
    reason: "an official's post in a state's ministry after the name: \"X, Additional Secretary (South Asia) in Pakistan's Ministry of Foreign Affairs,\"",
    pattern: `(?<p>@P), (?:a |the )?(?:serving |senior )?(?<title>(?:[A-Z][a-z]+ ){0,3}(?:Secretary|Director(?:-General| General)?|Minister|Adviser|Advisor|Counsellor|Spokesperson|Spokesman|Spokeswoman))(?: \\([^()]{1,40}\\))? (?:in|at|of) (?:the )?(?<gov>@G)'s (?:<O\\d+>|[A-Z][a-z]+ (?:of|for) [A-Z][a-z]+(?: [A-Za-z]+){0,3})(?=,|\\.|;| who\\b| and\\b|$)`,
    emit: [{ relation: "HOLDS_OFFICE", source: "p", target: "gov", titleGroup: "title" }],
  },
  {
    reason: "Y, a professor (analyst ...) at an organisation",
    // (not one who only judges it: "a critic of NATO")
    pattern: `(?<p>@P), (?:an? |the )?(?!(?:and|or|but|who|which|that|whose) )(?!(?:\\w+ )?(?:critic|opponent|supporter|fan|admirer|friend|enemy|rival|sceptic|skeptic|foe|detractor|champion|ally|target|victim)s? )(?![a-z -]*\\b(?:said|says|spoke|speaks|met|meets|told|tells|called|calls|later|also|then|has|had|was|were|is|are|will|would|could|may|might|did|does|went|held|holds|by|spent|took|gave|made|came|sent|brought|paid|kept|left)\\b)(?<title>[a-z][a-z -]{2,60}?) (?:at|of|with|for|in) (?:the )?(?:@G's )?(?:@L-based )?(?<org>@O)(?:'s (?<sub>@O))?`,
    emit: [
      { relation: "AFFILIATED_WITH", source: "p", target: "org", noteGroup: "title" },
      { relation: "AFFILIATED_WITH", source: "p", target: "sub", noteGroup: "title" },
    ],
  },
  {
    reason: "analyst (professor ...) Y with an organisation",
    pattern: `(?<p>@P),? (?:with|of|at|from) (?:the )?(?:@L-based )?(?<org>@O)`,
    emit: [{ relation: "AFFILIATED_WITH", source: "p", target: "org" }],
  },
  {
    reason: "an organisation described as a state's embassy (arm, mouthpiece ...)",
    pattern: `(?<org>@O)"?,? (?:or @O, )?(?:which is |is |as )?(?:the |a )?(?<gov>@G)'s (?:de facto |official |unofficial |main |top )?${STATE_ROLE}`,
    emit: [{ relation: "AFFILIATED_WITH", source: "org", target: "gov" }],
  },
  {
    reason: "X proposed hosting Y (an invitation)",
    cue: /\b(?:proposed|offered) (?:to host|hosting)\b/,
    pattern: `(?<src>@PG)(?: has| had)?(?: (?:also|now|already))? (?:proposed|offered) (?:to host|hosting) (?<tgt>@@PG)(?!['’]s)`,
    emit: [{ relation: "INVITED", source: "src", target: "tgt" }],
  },
  {
    reason: "a letter from X in which Y is invited, or who invites Y: \"a letter from her Head of State, X, in which Y is invited to L\", \"a letter from X, who invites Y to L\"",
    // (and "a letter from his country's President, X, inviting Y to …")
    cue: /\b(?:(?:in|by) which <P\d+> (?:is|was|has been|had been) invited|who (?:also )?(?:invites|invited) (?:the )?<P)|<P\d+>,? inviting (?:the )?<P/,
    pattern: `\\b(?:letter|message|note)s? from (?:(?:his|her|their|the|our) (?:[A-Za-z'’-]+ ){0,3}[A-Za-z-]+, )?(?<src>@P),? (?:(?:in|by) which (?<tgt>@P) (?:is|was|has been|had been) invited\\b|who (?:also )?(?:invites|invited) (?:the )?(?<tgt2>@P)|inviting (?:the )?(?<tgt3>@P))`,
    emit: [
      { relation: "INVITED", source: "src", target: "tgt" },
      { relation: "INVITED", source: "src", target: "tgt2" },
      { relation: "INVITED", source: "src", target: "tgt3" },
    ],
  },
  {
    reason: "X invited Y",
    // (also in a clause of X's own: "a call from X, who invited Y to the <E>")
    // (not one only possible, wished or refused: "may invite", "never invited", "plans to invite")
    // (not one asked to do something else, "invited Y to reconsider", nor Y's people: "invited Le Pen's voters"; but
    // one to ride, tour or see something there: "invites Y to ride the new <L> tram")
    pattern: `(?<src>@PG)(?:, who)?(?: (?!(?:been|was|were|is|are|be|being|not|never|may|might|could|would|will|should|shall|can|to|plans?|planned|hopes?|hoped|wants?|wanted|wish|wishes|intends?|intended|refused|declined|considering|considers?|expected)\\b)[a-z]+){0,6} (?:invited|invites|invite|inviting)(?: [a-z]+)? (?<tgt>@@PG)(?! by)(?!['’]s)(?! to (?!(?:visit|attend|come|join|travel|meet|take|participate|address|speak|hold|dine|stay|talks|make|pay|go|return|sign|open|co-chair|chair|co-host|ride|tour|see|a|an|the|his|her|their)\\b)[a-z-]+)`,
    emit: [{ relation: "INVITED", source: "src", target: "tgt" }],
  },
  {
    reason: "X asked Y to come to (visit) a place: an invitation, \"In it, X asks the premier to come to L in May\", \"asks Y to join her in L\"",
    cue: /\bask(?:s|ed) /,
    pattern: `(?<src>@PG)(?:,? (?:also|then|formally|personally))? ask(?:s|ed) (?<tgt>@@P) to (?:come to|visit|join (?:him|her|them) in) <[LG]\\d+>`,
    emit: [{ relation: "INVITED", source: "src", target: "tgt" }],
  },
  {
    reason: "X did one thing, and invited Y: the clause after the comma shares its subject",
    // ("X spoke by telephone with Z on Monday, his office said, and has invited A and B to L next month")
    pattern: `^(?:(?:<L\\d+>|[^<.;]){0,40}?[—–-] |(?:[A-Z][a-z]+ )?[^<.;,]{0,30}, )?(?<src>@P) (?:[a-z]+ ){1,3}(?:with|to|on) (?:the )?(?:[^<.;]|<[LGNOT]\\d+>|<P\\d+>){1,100}?, and (?:has |had |also |then |later )*(?:invited|invites) (?<tgt>@@PG)(?! by)(?!['’]s)(?! to (?!(?:visit|attend|come|join|travel|meet|take|participate|talks|pay|the|a|an)\\b)[a-z-]+)`,
    emit: [{ relation: "INVITED", source: "src", target: "tgt" }],
  },
  {
    reason: "X used a visit (the occasion) to invite Y",
    // ("Asfura, who took office in January, used his first trip to Guatemala as president to invite Arévalo to Tegucigalpa")
    cue: /\b(?:used|took|seized) (?:his|her|the|their|its)\b[^.;]{1,80}\bto invite\b/,
    pattern: `(?<src>@PG)(?:, who (?:[^<,;.]|<[GLN]\\d+>){1,60},)? (?:used|took|seized) (?:his|her|the|their|its) (?:[^<;.]|<[GLN]\\d+>){1,80}? to invite (?<tgt>@@PG)(?!['’]s)`,
    emit: [{ relation: "INVITED", source: "src", target: "tgt" }],
  },
  {
    reason: "X (…, and) said he had invited Y",
    // ("X later wrote on X that the summit had been cancelled by A, not by B, and said he had invited Y to Bogota")
    // ("She told us that she had invited X to come and see the crossing")
    cue: /\b(?:said|says|added|told [a-z]+) (?:that )?(?:he|she) (?:had |has )?(?:also )?invited\b/,
    pattern: `(?<src>@PG)(?:(?:(?!<P)[^.;]){1,160}?,? and)? (?:said|says|added|told (?:us|reporters|journalists|the [a-z]+)) (?:that )?(?:he|she) (?:had |has )?(?:also )?invited (?<tgt>@@PG)(?!['’]s)`,
    emit: [{ relation: "INVITED", source: "src", target: "tgt" }],
  },
  {
    reason: "X's invitation conveyed (extended) to Y",
    // ("The Secretary conveyed President X's invitation to Prime Minister Y to visit the White House")
    pattern: `\\b(?:conveyed|delivered|extended|relayed|passed on|handed over|renewed) (?:the )?(?<src>@PG)'s (?:[a-z]+ )?invitation to (?:the )?(?<tgt>@@PG)(?! by)`,
    emit: [{ relation: "INVITED", source: "src", target: "tgt" }],
  },
  {
    reason: "Y was invited by X",
    // ("has been invited to Baku by X", "was invited to visit Kyiv by X")
    // (and in a clause of Y's own, by a post set off before X: "Y, who was invited by the council's convener, X,")
    pattern: `(?<tgt>@@PG),?(?: who)? (?:has |have |had |was |were )?(?:also |been |also been )*invited (?:to (?:visit )?(?:<[GL]\\d+>|[a-z]+(?: [a-z]+)?) )?by (?:the (?:[a-z]+['’]s )?(?:[a-z-]+ ){0,2}[a-z-]+, )?(?<src>@PG)`,
    emit: [{ relation: "INVITED", source: "src", target: "tgt" }],
  },
  {
    reason: "Y accepted (declined) X's invitation",
    // (also "accepted Lula's invitation to visit Brazil"; and "an invitation from his Mauritanian counterpart, X")
    pattern: `(?<tgt>@@PG)(?: [a-z]+){0,2} (?:(?:accepted|declined|rejected|turned down|received|extended) (?:an |the |a )?invitation from (?:(?:his|her|their) (?:<N\\d+> )?counterpart, )?(?<src>@PG)|(?:accepted|declined|rejected|turned down|received) (?<src2>@PG)'s (?:[a-z]+ )?invitation)`,
    emit: [
      { relation: "INVITED", source: "src", target: "tgt" },
      { relation: "INVITED", source: "src2", target: "tgt" },
    ],
  },
  {
    reason: "Y's acceptance of X's invitation",
    cue: /\bacceptance of\b/,
    pattern: `(?<tgt>@@PG)['’]s acceptance of (?:the )?(?:(?<src>@PG)['’]s (?:[a-z]+ )?invitation|(?:an |the )?invitation from (?<src2>@PG))`,
    emit: [
      { relation: "INVITED", source: "src", target: "tgt" },
      { relation: "INVITED", source: "src2", target: "tgt" },
    ],
  },
  {
    reason: "an invitation from X to Y to visit (attend …)",
    // ("the message also contained an invitation from President X to President Y to attend a summit in Maputo")
    cue: /\binvitation from\b/,
    pattern: `\\binvitation from (?<src>@PG) to (?:the )?(?<tgt>@@PG) to (?:visit|attend|come|join|travel|take part|participate|meet|address|hold|pay)\\b`,
    emit: [{ relation: "INVITED", source: "src", target: "tgt" }],
  },
  {
    reason: "X extended an invitation to Y",
    // (also one's own made again: "X also reaffirmed his invitation to the UAE president to visit Russia")
    pattern: `(?<src>@PG)(?: [a-z]+){0,2} (?:extended|issued|sent|delivered|conveyed|(?:reaffirmed|renewed|reiterated|repeated) (?:his|her|its|their)) (?:an |the |a )?(?:[\\w-]+ )?invitation to (?:the )?(?<tgt>@@PG)`,
    emit: [{ relation: "INVITED", source: "src", target: "tgt" }],
  },
  {
    reason: "X did something, and extended an invitation to Y",
    // ("X welcomed the agreement between A and B as \"a step …\", and extended an invitation to Y to visit L": the
    // first clause names no one else)
    cue: /, and (?:also )?(?:extended|issued) (?:an |the |a )?(?:[\w-]+ )?invitation to /,
    pattern: `(?<src>@P)(?: [a-z]+){0,2} [a-z]+ed\\b(?:[^.;<]|<[GLONDE]\\d+>){0,200}?, and (?:also )?(?:extended|issued) (?:an |the |a )?(?:[\\w-]+ )?invitation to (?:the )?(?<tgt>@@PG)`,
    emit: [{ relation: "INVITED", source: "src", target: "tgt" }],
  },
  {
    reason: "an invitation was extended to Y by X",
    pattern: `\\b(?:[Aa]n?|[Tt]he) (?:[\\w-]+ )?invitation(?: to [^<.;]{1,60}?(?:<[GL]\\d+>[^<.;]{0,20}?)?)? (?:was|has been|had been) (?:formally |personally |also )?(?:extended|issued|sent|delivered|conveyed) to (?<tgt>@@PG) by (?<src>@PG)`,
    emit: [{ relation: "INVITED", source: "src", target: "tgt" }],
  },
  {
    reason: "Y came at the invitation of X",
    // ("X is paying an official visit to Mongolia from 12 to 15 May at the invitation of Y")
    // (not where they came: "… to Mongolia from 12 to 15 May at the invitation of Y")
    // ("X arrived in <L> on Monday for a state visit to <G> from June 8 to 12 at the invitation of Y")
    // (and of one's counterpart named after: "… at the invitation of his Sierra Leonean counterpart, Y")
    // (and in a clause of who they are: "by Y, who was in <L> on a two-day official visit at the invitation of X")
    // (and past a post set off before the name: "the President of <L>, X, crossed the <L> … at the invitation of Y", "a
    // delegation …, led by its vice-chairman, X, arrived in <L> … at the invitation of Y")
    // (and of a post set off before the name: "… was in <L> on the invitation of the region's president, X")
    pattern: `(?<!\\b(?:to|in|from|at) )(?<tgt>@@PG)(?:,(?= who\\b)|(?<=, <P\\d+>),)?(?: [a-z]+){1,6}(?: <[GLO]\\d+>| [\\w'’-]+){0,16},? at the invitation of (?:(?:his|her|their) (?:<N\\d+> )?counterpart,? |the (?:[a-z]+['’]s |<[GNLO]\\d+>['’]?s? )?(?:[a-z-]+ ){0,3}[a-z-]+, )?(?<src>@PG)`,
    emit: [{ relation: "INVITED", source: "src", target: "tgt" }],
  },
  {
    reason: "Y's visit made at the invitation of X: \"during Y's Official Visit to G from 3 to 5 November at the invitation of X\"",
    cue: /<P\d+>['’]s (?:<O\d+>|(?:[A-Za-z]+ ){0,2}[Vv]isit)[^.;]*\bat the invitation of\b/,
    pattern: `(?<tgt>@P)['’]s (?:<O\\d+>|(?:[A-Za-z]+ ){0,2}[Vv]isit)(?: to (?:the )?<[GL]\\d+>)?(?: [\\w-]+){0,8},? at the invitation of (?<src>@PG)`,
    emit: [{ relation: "INVITED", source: "src", target: "tgt" }],
  },
  {
    reason: "a message from X to Y that included an invitation to visit",
    cue: / that (?:included|contained|carried) an invitation to /,
    pattern: `\\bfrom (?:the )?(?<src>@P) to (?:the )?(?<tgt>@P) that (?:included|contained|carried) an invitation to (?:visit|come to|travel to)\\b`,
    emit: [{ relation: "INVITED", source: "src", target: "tgt" }],
  },
  {
    reason: "at the invitation of X, Y will travel",
    cue: /\b[Aa]t the invitation of\b/,
    // (and a communiqué's, each name with its post set off: "At the invitation of X, Prime Minister of G, Y, President
    // of H, paid an official visit to G")
    pattern: `\\b[Aa]t the invitation of (?:the )?(?:<[GN]\\d+>(?:['’]s)? )?(?:[A-Za-z-]+ ){0,3}(?<src>@PG)(?:${POST_OF_STATE_SET_OFF})?, (?<tgt>@@P)(?:${POST_OF_STATE_SET_OFF})?,? (?:(?:will|is to|is due to|plans to|is set to|would) (?:travel|fly|go|visit|pay)\\b|(?:paid|pays|is paying|was paying|made|makes|is making|visited|arrived)\\b)`,
    emit: [{ relation: "INVITED", source: "src", target: "tgt" }],
  },
  {
    reason: "Y will travel at X's invitation",
    // ("X will travel to Budapest on 5 March at Y's invitation")
    cue: /\bat <[PG]\d+>['’]s invitation\b/,
    pattern: `(?<!\\b(?:to|in|from|at) )(?<tgt>@@PG)(?: [a-z]+){1,6}(?: <[GLO]\\d+>| [\\w-]+){0,16},? at (?<src>@PG)['’]s invitation\\b`,
    emit: [{ relation: "INVITED", source: "src", target: "tgt" }],
  },
  {
    reason: "a picture of people signing a document: \"roll 17: A and B signing the Panmunjom Declaration at L\", \"the photo shows A and B signing D\"",
    cue: / signing (?:the |their |a |an )?<D\d+>/,
    pattern: `(?:\\b(?:shows?|showing|pictured|captures?|depicts?)|^[^<.;]{0,40}:) (?<src>@@P) signing (?:the |their |a |an )?(?<doc>@D)`,
    emit: [{ relation: "SIGNED", source: "src", target: "doc" }],
  },
  {
    reason: "X signed a document",
    // (a list may name an organisation too: "The United States and the Taliban signed an agreement"; only states and
    // people sign in the graph)
    // (past the others who signed with them, unnamed: "A, B and C, with the leaders of thirty-two other states,
    // signed")
    // (or past the talks they sat in on first: "A and B, sat in on the talks and afterward signed")
    // (or in a clause of the name's: "X, who as prime minister signed the arbitration agreement")
    // (not a place's body where it was done: "held talks at the <O> and signed")
    // (and notes signed and exchanged: "A and B signed and exchanged notes concerning a loan")
    pattern: `(?<!\\b(?:at|in|from) (?:the )?)(?<src>@@PGO)(?:, (?:along |together )?with (?:the )?(?:leaders|heads of (?:state|government)|representatives|delegations|ministers) of [^<,;.]{1,40},)?(?:,? (?:[a-z]+ ){1,4}(?:talks|meeting|meetings|discussions|session),? and)?(?:, who as (?:[a-z-]+ ){0,2}[a-z-]+(?= signed))?(?: [a-z]+){0,2} (?:signed|inked|initiall?ed)(?: on [A-Z][a-z]+)? (?:and exchanged )?(?:the |a |an |two |three |several |separate )?(?:(?:separate|identical|new|historic|landmark|formal|final) )*(?<doc>@D)`,
    emit: [{ relation: "SIGNED", source: "src", target: "doc" }],
  },
  {
    reason: "X did something and signed a document with Y: both signed it (\"X rode a bus to Lahore and signed the Lahore Declaration with Y\")",
    cue: / and (?:then |later )?signed (?:the )?<D\d+> with /,
    pattern: `(?<src>@P)(?: [a-z]+){1,3}(?:[^.;<]|<[LG]\\d+>){0,60}? and (?:then |later )?signed (?:the )?(?<doc>@D) with (?:the )?(?<co>@P)`,
    emit: BOTH_SIGNED,
  },
  {
    reason: "the document that X and Y signed: both signed it (\"the Strategic Mutual Defence Agreement that A and the Crown Prince signed in Riyadh\")",
    cue: /<D\d+>,? (?:that|which) <P\d+> and /,
    pattern: `(?<doc>@D),? (?:that|which) (?<src>@P) and (?:the )?(?<co>@P) (?:had |have )?(?:jointly |formally )?signed\\b`,
    emit: BOTH_SIGNED,
  },
  {
    reason: "X of A and Y of B signed a document: \"the then foreign ministers X of Turkey and Y of Armenia signed the so-called Zurich Protocols\"",
    cue: / of <G\d+>,? and <P\d+> of <G\d+> /,
    pattern: `(?<src>@P) of (?:the )?<G\\d+>,? and (?<co>@P) of (?:the )?<G\\d+> (?:jointly |formally )?(?:signed|inked) (?:the |a |an )?(?:so-called )?(?<doc>@D)`,
    emit: BOTH_SIGNED,
  },
  {
    reason: "X and Y met (held talks) and signed a document: both signed it",
    // ("A and B held a bilateral meeting at the palace and signed a memorandum", "A and his counterpart, B, meet in
    // Dushanbe and sign a protocol", "A met B in Lima and signed a treaty", "A met B in L on March 2, where the two signed";
    // in an interview's answer, "A and I met in Lviv last Friday, …, and we signed a memorandum"; "A and B met at L
    // and, before the rain set in, signed a memorandum")
    pattern: `(?<src>@@P)(?: of (?:the )?<G\\d+>)?(?: and (?:his|her|their) (?:<N\\d+> )?counterpart,? (?<co2>@P),?)?(?: [a-z]+){0,2} (?:held|hold|holds|had|met|meet|meets|hosted|received|welcomed)(?: with)?(?: (?:his|her)(?: (?:<N\\d+> )?counterpart,?)?)?(?: (?<co>@P))?(?:[^.;<]|<[LTO]\\d+>){0,80}?(?: and|,? and (?:we|they)|, where (?:the two(?: [a-z]+)?|they|we))(?:, (?:before|after|as|once|when) [^<,.;]{3,40},)? (?:also |then |later |jointly )?(?:signed|sign|signs) (?:the |a |an |two |separate )?(?:(?:new|historic|landmark|formal) )*(?<doc>@D)`,
    emit: [
      { relation: "SIGNED", source: "src", target: "doc" },
      { relation: "SIGNED", source: "co", target: "doc" },
      { relation: "SIGNED", source: "co2", target: "doc" },
    ],
  },
  {
    reason: "X and his counterpart, Y, signed a document: both signed it",
    // ("…, today signed", "…, jointly signed")
    cue: new RegExp(String.raw` counterpart,? <P\d+>,? ${SIGNING_ADVERBS}signed `),
    pattern: `(?<src>@P) and (?:his|her) (?:<N\\d+> )?counterpart,? (?<co>@P),? ${SIGNING_ADVERBS}signed (?:the |a |an |two |separate )?(?:(?:new|historic|landmark|formal|binational|bilateral) )*(?<doc>@D)`,
    emit: BOTH_SIGNED,
  },
  {
    reason: "X signed with Y a document: both signed it (\"The envoy, X, later signed with Lazaro the exchange of notes\")",
    cue: / signed with /,
    pattern: `(?<src>@P),?(?: [a-z]+){0,2} (?:signed|inked) with (?:the )?(?<co>@P) (?:the |a |an )?(?<doc>@D)`,
    emit: BOTH_SIGNED,
  },
  {
    reason: "X signed a document with Y: both signed it",
    pattern: `(?<src>@@PG)(?:, who as (?:[a-z-]+ ){0,2}[a-z-]+(?= signed))?(?: [a-z]+){0,2} (?:signed|inked) (?:the |a |an |two |three |several |separate )?(?:(?:separate|identical|new|historic|landmark|formal|final) )*(?<doc>@D)(?: (?:between|of|on) (?:[^<.;,]|<[GL]\\d+>){1,60}?)? with (?:the |his |her |their )?(?:then[- ])?(?:<N\\d+> )?(?:counterpart,? )?(?<co>@@PG)`,
    // ("signed the arbitration agreement between G and H with his then Croatian counterpart Y")
    emit: [{ relation: "SIGNED", source: "co", target: "doc" }],
  },
  {
    reason: "a document signed by X",
    // (not a state whose post comes next: "signed by Paraguay's foreign minister, X")
    // (past a clause of its own: "The RAA, which allows … to train in each other's territory, was signed in Manila in July 2024 by")
    // (or "on which co-operation still rests"; and by "the then foreign ministers, A and B")
    // (or past lower-case words of what it is for: "a <D> for cross-frontier workers was signed by"; or the places of
    // the routes it is on: "a <D> along the <P> and <P> routes was signed by", names the model took for people)
    // (or past the rest of its topic: "an <D> (agreement on sharing) the cost of the train … was signed by")
    // (and a second signer for the other side: "was signed by X for G and by Y for H")
    pattern: `(?<doc>@D)(?:, (?:(?:on|in|under|by|with|through) )?(?:which|that|named|known|called|dubbed|described) (?:[^<;.,]|<[NGLO]\\d+>){1,100},| (?:and|for|of|on|in|between|with|to) (?:[^.;<]|<[OLGN]\\d+>){1,100}?(?= (?:was|were|had been|has been) )| the (?:[^.;<]|<[OLGNP]\\d+>){1,80}? routes?(?= (?:was|were) )| the (?:[^.;<]|<[OLGN]\\d+>){1,140}?(?= (?:was|were) signed by ))?,? (?:was |were |which was |had been |has been )?signed(?: (?:at|in|on) (?:the )?(?:<[LOG]\\d+>|[A-Z][\\w'-]*(?: [A-Z][\\w'-]*){0,3}))?(?: in (?:[A-Z][a-z]+ )?(?:19|20)\\d\\d)? by (?:then )?(?:the (?:then[- ])?(?:[a-z-]+ ){0,2}(?:ministers|leaders|presidents|premiers|envoys|ambassadors|negotiators|heads of state),? )?(?<src>@@PG)(?!['’]s)(?: for (?:the )?<G\\d+>,? and by (?<src2>@PG))?`,
    emit: [
      { relation: "SIGNED", source: "src", target: "doc" },
      { relation: "SIGNED", source: "src2", target: "doc" },
    ],
  },
  {
    reason: "a document which X and Y signed: \"the Maipú Treaty, which then-presidents A and B signed in Maipú in 2009\"",
    cue: /\bwhich (?:then-?[a-z]* )?[^.;]{0,80}? signed\b/,
    // (past what it is about: "the <D> of sovereign rights over the shelf in the <L> region, which A and B signed")
    pattern: `(?<doc>@D)(?: (?:[^.;<,]|<[LG]\\d+>){1,100}?)?,? which (?:then-?(?:[a-z-]+ )?|former (?:[a-z-]+ )?)?(?<src>@@PG) (?:jointly |formally )?signed\\b`,
    emit: [{ relation: "SIGNED", source: "src", target: "doc" }],
  },
  {
    reason: "a document signed by a state's post and his counterpart: \"… was signed by Paraguay's foreign minister, X, and his Argentine counterpart, Y\"",
    pattern: `(?<doc>@D),? (?:was |were |which was )?signed by (?:the )?(?:<G\\d+>['’]s )?(?:[a-z-]+ ){0,2}[a-z-]+,? (?<p1>@P),? and (?:his|her|their) (?:<N\\d+> )?counterpart,? (?<p2>@P)`,
    emit: [
      { relation: "SIGNED", source: "p1", target: "doc" },
      { relation: "SIGNED", source: "p2", target: "doc" },
    ],
  },
];
