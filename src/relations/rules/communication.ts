// Rules for messages: who conveyed what to whom, through which intermediary, and who asked whom to act.
// Each rule is a pattern over the placeholder sentence (see ../abstract.ts) and the edges it yields.
import { FRIEND_BEFORE, SENDER_POST } from "../abstract.js";
import type { RelationRule, RuleEmit } from "./rule.js";

/** Between a sender and the verb: the sender's state ("President X of Pakistan"), reported speech ("X said he had
 * asked"), then auxiliaries and adverbs, and the comma closing an apposition ("his ambassador, X, handed"). */
const AUX = "(?: of (?:the )?@G)?(?:,? (?:(?:later|also|then|earlier|previously) )?(?:(?:has|have|had) )?(?:said|(?:tells|told) (?:me|us|<P\\d+>))(?: that)? (?:he|she|it|they))?(?:,? (?:who|has|have|had|also|recently|separately|then|later|already|reportedly|previously|repeatedly|directly|once|twice|has also|had also|would|will|could|instead|again|personally|privately|quietly|secretly|briefly|subsequently|finally|first|earlier|in turn|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|this (?:morning|afternoon|evening)|(?<=, )(?:he|she|they) (?:said|says|added|recalled)(?=,)))*,?";
/** "X was also the bearer of a letter ": the bearer (`mid`), the paper's sender and addressee told after it. */
// (or its courier: "X was also the courier of a letter from his country's President, Z, inviting Y to …")
const BEARER_OF = `(?<mid>@P)${AUX} (?:was|is|had been|has been) (?:also )?(?:the )?(?:bearer|courier|carrier) of (?:a |an |the )?(?:[\\w-]+ ){0,2}(?:letter|message|note|reply)s? `;
/** A clause after a paper handed over, in which the one handed it passes it on: ", and she had delivered it to". */
const HANDED_ON_AFTER = "(?:,? (?:[^<.;]|<[GNO]\\d+>){0,100}?)?,? and (?:he|she|<P\\d+>) (?:had |has )?(?:then |later |duly )?(?:delivered|handed|passed|took|carried|brought) (?:it|them)(?: over| on| back)? to ";
/** Verbs whose recipient is their object ("told X") or follows "to" ("conveyed to X"). */
const TELL = "(?:told|informed|briefed|notified|sounded out|contacted|approached|(?:conveyed|relayed|passed on|delivered|communicated|wrote|written|sent word|passed word|reached out) to)";
/** A recipient is not a possessor: in "conveyed Chile's condolences" Chile receives nothing. */
/** One who came along, set off before the clause that goes on: "…, together with Ms. <P>, and handed him", "…, with
 * <P> also present, and conveyed". */
const WITH_ESCORT = "(?:,? (?:together with|along with|accompanied by) <P\\d+>,?|,? with <P\\d+> (?:also |too )?(?:present|in attendance|looking on),?)?";
// (past a quoted epithet set off before the name: "to convey his greetings to "my young brother, President X"")
// (and one unquoted, as an agency writes between heads of state: "to his brother President X")
const RECIPIENT = "(?:[\"“](?:my|our|his|her) (?:[a-z-]+ ){0,3}[a-z-]+, )?(?:(?:His|Her|Their) (?:Royal )?(?:Highness|Majesty|Excellency|Holiness) )?(?:the )?(?:(?:his|her|their|its) (?:<[NG]\\d+> )?(?:counterparts?|peers?),? |(?:his|her|their) (?:(?:dear )?(?:brother|sister|friend)(?: and (?:dear )?(?:brother|sister|friend))?,? )?(?=<P))?(?:(?:leaders?|officials?|members?|representatives?|head|chief) of )?(?:@G's (?:ruling |main )?(?:[a-z][a-z -]{1,40}, )?|<[GN]\\d+> (?:[a-z-]+ ){0,3}(?:envoy|ambassador|minister|president|adviser|secretary|official|representative|counterpart|leader)(?: (?:in|to) (?:the )?<[LG]\\d+>)?, (?=<P))?(?<rcp>@@PGO(?!'s)(?! (?:state |public |national )?(?:television|tv|radio|media|press|newspapers?|broadcasters?|news agency)\\b)|<N\\d+>(?= (?:officials|diplomats|negotiators|envoys|delegates|delegation|mediators|leaders|authorities|counterparts)\\b))";
/** A call, not a meeting: "phone call", "telephone conversation", "video call". */
const CALL = "(?:(?:tele)?phone|video) (?:call|conversation|talks)";
/** Speaking, and by phone: "spoke by telephone", "talked over the phone". */
const SPOKE = "(?:spoke|spoken|talked|conferred)";
const BY_PHONE = "(?:by|on the|over the) (?:tele)?phone";
/** A message's sender, past the post a possessive names them by: "from our foreign minister, X", "from the emir, Sheikh
 * X", "from Mali's transitional president, General X". */
// (or a capitalised post of a state: "from the Supreme Leader of <G>, <P>")
// (or a friend's: "from my friend President <P>", after the speaker's "my" is theirs)
// (capitalised too: "a letter from her Head of State, X")
// (or a region's or a city's: "a letter from the Chairman of the Xinjiang Uygur Autonomous Region, Z")
const SENDER = `(?:(?:the|his|her|their|our|its|my|<G\\d+>'s) (?:<[NG]\\d+> )?(?:[a-z-]+ ){0,2}[a-z-]+, |(?:his|her|their|our|its|my) [A-Z][a-z-]+(?: (?:of )?[A-Z][a-z-]+){0,2}, |${FRIEND_BEFORE}|the (?:[A-Z][a-z-]+ ){1,3}of (?:the )?<[GL]\\d+>, )?(?<src>@PG)`;
/** A state's post before the name of the one met: "paid a courtesy call on Fiji's president, Y". */
// (or a body's post written out: "the Speaker of the <O>, ")
const STATE_POST_BEFORE = "(?:<G\\d+>'s [a-z -]{1,40}, |the (?:[A-Z][a-z-]+ ){1,3}(?:of|in) (?:the )?<[GO]\\d+>, )?";
/** "X was received by Y …, and handed him a letter from Z" (or "X visited L, where he was received by Y and …"). */
// (also told by the carrier: "X said he was received by Y …, with Z at the table, and handed him a letter from W")
const RECEIVED_AND_HANDED = `(?<mid>@P)(?:${AUX} |(?:[^.;<]|<[LGN]\\d+>){0,80}?,? where (?:he|she) | said (?:that )?(?:he|she) )(?:was|were) (?:[a-z]+ )?received (?:(?:at|in) (?:the )?<L\\d+> )?by (?:the )?(?:[a-z-]+ ){0,2}(?<rcp>@P)(?:[^.;<]|<[LGNO]\\d+>|(?<=with )<P\\d+>){0,80}?,? and (?:then |later )?(?:handed|gave|given|delivered|presented|passed on|conveyed)(?: (?:him|her|them)| over)? (?:a |an |the )?(?:[\\w-]+ ){0,2}(?:letter|message|note|invitation|reply)s? from ${SENDER}(?!['’]s)`;
/** "Y (today) received a courtesy call from X at L, during which she handed over a letter from Z": Z's, through X, for Y. */
const CALL_HANDED = `(?<rcp>@P)(?: (?:today|yesterday|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))? received (?:a )?(?:courtesy )?(?:call|visit) from ${STATE_POST_BEFORE}(?<mid>@P)(?:[^<.;]|<[LGNO]\\d+>){0,60}?,? (?:during which|at which|where) (?:he|she) (?:handed over|handed|gave|delivered|presented|passed on|conveyed)(?: (?:him|her))? (?:a |an |the )?(?:[\\w-]+ ){0,2}(?:letter|message|note|invitation) from ${SENDER_POST}(?<src>@PG)`;
const CALL_HANDED_CUE = /\breceived (?:a )?(?:courtesy )?(?:call|visit) from\b/;
/** The one who asks is the subject, not the object of its first verb: "X thanked Y for the invitation, …, and asked Z to
 * convey his greetings" (X asked; Y is passed over as that verb's object). */
const NOT_AN_OBJECT = "(?<!\\b(?:thanked|met|received|welcomed|hosted|told|congratulated|invited|praised|briefed|visit|to) )";
// (and one whose invitation the subject accepted: "X accepted Y's invitation to visit G in 2027, and asked Y to …")
const FIRST_OBJECT = "(?:(?:thanked|met|received|welcomed|congratulated|praised) <P\\d+>|accepted <P\\d+>['’]s)?";
/** A sender's message (`src`) through an intermediary (`mid`) to the one it was handed to (`rcp`). */
const THROUGH: RuleEmit[] = [
  { relation: "CONVEYED_VIA", source: "src", target: "mid" },
  { relation: "CONVEYED_TO", source: "mid", target: "rcp" },
];
/** The same, where the one it was handed to is the one it is for: the sender's CONVEYED_TO too. */
const THROUGH_FOR: RuleEmit[] = [...THROUGH, { relation: "CONVEYED_TO", source: "src", target: "rcp" }];
/** "X met (called on) Y … and passed on (handed over) a letter from Z": the carrier (mid), the one met (rcp), the
 * sender (src). */
const MET_AND_PASSED_ON = `(?<mid>@P)${AUX} (?:met|visited|received|saw|held talks with|called on|paid (?:a )?(?:courtesy )?call on) (?<rcp>@P)(?:[^<.;]{0,40}?(?:<L\\d+>[^<.;]{0,25})?|(?:[^<.;]|<[LO]\\d+>){0,80}?)${WITH_ESCORT} and (?:passed on|passed along|delivered|conveyed|relayed|handed over|brought) (?:a |an |the )?(?:[\\w-]+ ){0,2}(?:letter|message|note|invitation|proposal)s? from ${SENDER_POST}(?<src>@PG)`;
/** "X … braved the streets to reach the <O> yesterday with a letter from Z inviting the Prime Minister to L": the
 * carrier (mid), the sender (src), the one invited, whose office it is (rcp). */
const BROUGHT_LETTER_INVITING = `(?<mid>@P)(?:, (?:[^;.<]|<[GNOL]\\d+>){1,120}?,)?,? (?:[a-z]+ ){0,5}(?:reach|reached|arrived at|came to|called at|went to) (?:the )?(?:[^<.;]|<[OL]\\d+>){0,60}? with (?:a |an |the )(?:[\\w-]+ ){0,2}(?:letter|message|note) from ${SENDER_POST}(?<src>@PG),? inviting (?:the )?(?<rcp>@P)`;
/** A letter for one ("to"), handed by its carrier to another on the way: through both, for the one it is to. */
const HANDED_ON_FOR: RuleEmit[] = [
  { relation: "CONVEYED_VIA", source: "src", target: "mid" },
  { relation: "CONVEYED_VIA", source: "src", target: "rcp" },
  { relation: "CONVEYED_TO", source: "mid", target: "rcp" },
  { relation: "CONVEYED_TO", source: "src", target: "to" },
];
/** Messages carried between two sides, both ways: each side's, through the go-between, for the other. */
const BOTH_WAYS: RuleEmit[] = [
  { relation: "CONVEYED_VIA", source: "a", target: "mid" },
  { relation: "CONVEYED_VIA", source: "b", target: "mid" },
  { relation: "CONVEYED_TO", source: "mid", target: "a" },
  { relation: "CONVEYED_TO", source: "mid", target: "b" },
  { relation: "CONVEYED_TO", source: "a", target: "b" },
  { relation: "CONVEYED_TO", source: "b", target: "a" },
];
/** After a sender's paper, the intermediary who handed it to its recipient: "… from X that Y delivered to Z". */
const THAT_HANDED_TO = `(?:that|which) (?<mid>@P)${AUX} (?:handed|delivered|passed|carried|brought|gave|took|conveyed|relayed)(?: over| on)? to ${RECIPIENT}`;
/** "delivered a letter to Y from President Z of G": the one it was handed to (rcp), named before its sender (src). */
const DELIVERED_TO_FROM = `(?:delivered|handed over|handed|presented) (?:a|an|the) (?:[\\w-]+ )?(?:letter|message)s? to (?:the )?(?<rcp>@P) from ${SENDER}(?: of (?:the )?<G\\d+>)?`;
const MESSAGE = "(?:stance|position|intention|intentions|wish|wishes|desire|message|views?|proposal|offer|readiness|willingness|hope|request|plan|plans|concerns?|condolences|congratulations|greetings|regards|assurances?|demands?|invitation)";

export const COMMUNICATION_RULES: RelationRule[] = [
  {
    reason: "an intermediary delivered to a recipient a letter from a sender",
    // ("The Special Envoy delivered to the Chairperson a letter from H.E. President X", a communiqué's order)
    cue: /\b(?:delivered|handed|conveyed|presented|handed over) to\b/,
    // (also "… a letter from the Bolivian president, X,")
    pattern: `(?<mid>@@PGO)${AUX} (?:delivered|handed|conveyed|presented|handed over|brought) to ${RECIPIENT} (?:a |an |the )?(?:[\\w-]+ ){0,2}(?:letter|message|note|invitation)s? from ${SENDER_POST}(?<src>@PG)`,
    emit: THROUGH_FOR,
  },
  {
    reason: "a letter from a sender inviting others, delivered to a go-between: \"delivered to Y a letter from Z, inviting A and B to a summit\" (Z's, for A and B)",
    cue: /\binviting\b/,
    pattern: `\\b(?:delivered|handed|conveyed|presented|handed over|brought) to (?:the )?@PGO (?:a |an |the )?(?:[\\w-]+ ){0,2}(?:letter|message|note)s? from ${SENDER_POST}(?<src>@PG),? inviting (?<rcp>@@P) to\\b`,
    emit: [
      { relation: "CONVEYED_TO", source: "src", target: "rcp" },
      { relation: "INVITED", source: "src", target: "rcp" },
    ],
  },
  {
    reason: "a sender's letter was carried by an intermediary, who handed it to a recipient",
    // ("Bio's letter making the proposal was carried to Ouagadougou by Dussey, who handed it to Captain Traoré")
    cue: /\b(?:carried|delivered|taken|brought|handed over|passed) (?:to [^.;]{1,40} )?by\b/,
    pattern: `(?<src>@PG)'s (?:[a-z-]+ ){0,2}(?:letter|message|note|reply|proposal|invitation)s?(?: [a-z-]+){0,4} (?:was|were|had been) (?:carried|delivered|taken|brought|handed over|passed)(?: to (?:the )?(?:<[LG]\\d+>|[a-z ]{1,30}?))? by (?:the )?(?:(?:His|Her) Majesty's |<[NG]\\d+>(?:'s)? )?(?:[A-Za-z-]+ ){0,3}(?:(?:in|to) (?:the )?<[LG]\\d+>, )?(?<mid>@P),? who (?:then |later )?(?:handed|delivered|gave|passed|took)(?: it| them)?(?: over| on)? to ${RECIPIENT}`,
    emit: THROUGH,
  },
  {
    reason: "a sender's reply, which an intermediary brought and handed to a recipient: \"Y's reply, which the nuncio brought to Warsaw and handed to X\"",
    cue: /, which /,
    pattern: `(?<src>@PG)['’]s (?:[a-z-]+ ){0,2}(?:letter|message|note|reply|response|answer)s?, which (?:the )?(?<mid>@P) (?:brought|carried|took|delivered)(?: (?:back )?to (?:the )?<[LG]\\d+>)? and (?:then )?(?:handed|gave|given|passed|delivered)(?: it)?(?: over| on)? to (?:the )?(?<rcp>@P)`,
    emit: THROUGH_FOR,
  },
  {
    reason: "a sender's proposal reached a recipient in a letter carried by an intermediary",
    // ("Paz Pereira's proposal reached Kast in a letter carried by the president of Paraguay, Santiago Peña Palacios")
    cue: /\breached\b/,
    pattern: `(?<src>@PG)'s (?:[a-z-]+ ){0,2}(?:letter|message|proposal|invitation|reply|offer)s? reached (?:the )?(?<rcp>@@PGO) in (?:a|an|the) (?:[a-z-]+ )?(?:letter|message|note) (?:carried|delivered|brought|handed over|sent) by (?:the )?(?:[^<,;.]{0,40}(?:<[GN]\\d+>)?, )?(?<mid>@P)`,
    emit: THROUGH,
  },
  {
    reason: "an intermediary conveyed a sender's greetings and invitation to a recipient: \"X conveyed President Y's greetings and an invitation to visit Ankara to Z\"",
    cue: /'s (?:[a-z-]+ ){0,2}(?:greetings|message|regards|wishes) and (?:an |a |the )?(?:[a-z-]+ )?invitation to\b/,
    pattern: `(?<mid>@P)${AUX} (?:conveyed|delivered|passed on|relayed|handed over|brought) (?<src>@PG)'s (?:[a-z-]+ ){0,2}(?:greetings|message|regards|wishes) and (?:an |a |the )?(?:[a-z-]+ )?invitation to (?:visit|come to) (?:the )?<[LG]\\d+> to ${RECIPIENT}`,
    emit: [
      { relation: "CONVEYED_VIA", source: "src", target: "mid" },
      { relation: "CONVEYED_TO", source: "mid", target: "rcp" },
      { relation: "CONVEYED_TO", source: "src", target: "rcp" },
    ],
  },
  {
    reason: "a letter from a sender, carried by a messenger: \"a letter from Prime Minister X, carried to Honiara by the President of …, Y\"",
    cue: /\b(?:carried|brought|taken) (?:to (?:the )?<[LG]\d+> )?by\b/,
    pattern: `\\b(?:letter|message|note|invitation)s? from (?<src>@PG),? (?:carried|brought|taken) (?:to (?:the )?<[LG]\\d+> )?by (?:the )?(?:(?:[^<.;,]|<[OLGN]\\d+>){0,80}, )?(?<mid>@P)`,
    emit: [{ relation: "CONVEYED_VIA", source: "src", target: "mid" }],
  },
  {
    reason: "an intermediary delivered a message to a recipient from a sender (the recipient named first)",
    // ("X, who delivered a written message to His Royal Highness from President Y", a press agency's order)
    cue: /\b(?:message|letter|note|invitation|greetings)s? (?:addressed )?to\b/,
    pattern: `(?<mid>@@PGO)(?:,? who)?${AUX} (?:delivered|carried|conveyed|handed over|handed|brought|passed on|relayed) (?:a |the |an |his |her )?(?:[\\w-]+ ){0,2}(?:message|letter|note|invitation|greetings)s? (?:addressed )?to ${RECIPIENT}(?: the (?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+| <P\\d+>)?(?: and (?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+)? from (?:(?:His|Her) (?:Royal )?(?:Highness|Majesty|Excellency) )?(?<src>@PG)`,
    emit: THROUGH_FOR,
  },
  {
    reason: "an intermediary carried a sender's letter to a place and handed it to a recipient: \"X carried a letter from Z to Washington and handed it to Y\"",
    cue: / and (?:then |later )?(?:handed|gave|given|delivered|passed) (?:it|them)\b/,
    pattern: `(?<mid>@P)${AUX} (?:carried|brought|took|flew) (?:a |the |an |his |her )?(?:[\\w-]+ ){0,2}(?:message|letter|note|reply)s? from ${SENDER_POST}(?<src>@PG) to (?:the )?<[GL]\\d+> and (?:then |later )?(?:handed|gave|given|delivered|passed) (?:it|them)(?: over)? to (?:the )?(?<rcp>@P)`,
    emit: THROUGH_FOR,
  },
  {
    reason: "an intermediary delivered a message from a sender to a recipient",
    cue: /\b(?:(?:message|letter|note|proposal|offer|reply|response|invitation|greeting|regard|wishe|condolence|congratulation)s? from|(?:greetings|regards|wishes|message) of)\b/,
    // (greetings and wishes too: "conveyed greetings from President Xi Jinping to Indian Prime Minister Narendra Modi")
    // (a timeline's present too: "passes the message to Premier Zhou")
    pattern: `(?<mid>@@PGO)${AUX} (?:delivered|carried|passed on|passed|relayed|conveyed|handed over|handed|brought|delivers|carries|passes|relays|conveys|hands over|hands|brings|(?:[a-z]+ ){1,3}(?:to <[GL]\\d+> )?(?:on \\w+ )?to (?:deliver|carry|pass on|relay|convey|hand over|bring)) (?:a |the |an |warm |his |her )?(?:\\w+ )?(?:message|letter|note|proposal|offer|reply|response|invitation|greetings|regards|wishes|condolences|congratulations)s? (?:from ${SENDER},?|of (?<srcs>@@PG)) to ${RECIPIENT}(?: in <L\\d+>,? and (?:then |later )?to (?:the )?(?<rcp2>@P))?(?! and (?:then |later )?(?:handed|gave|given|delivered|passed) (?:it|them)\\b)`,
    // ("delivered the same message from A to B in Kyiv and to C in Moscow": both)
    // ("conveyed the cordial greetings of A and B to C", in an agency's formal style: each of them sent them)
    // (the one it is delivered to is the one it is for: the sender's CONVEYED_TO too, as "carrying a letter from A to B")
    emit: [
      { relation: "CONVEYED_VIA", source: "src", target: "mid" },
      { relation: "CONVEYED_VIA", source: "srcs", target: "mid" },
      { relation: "CONVEYED_TO", source: "mid", target: "rcp" },
      { relation: "CONVEYED_TO", source: "mid", target: "rcp2" },
      { relation: "CONVEYED_TO", source: "src", target: "rcp" },
      { relation: "CONVEYED_TO", source: "src", target: "rcp2" },
      { relation: "CONVEYED_TO", source: "srcs", target: "rcp" },
    ],
  },
  {
    reason: "a messenger carrying a letter from a sender to a recipient: \"X flew to Beijing carrying a letter from A to B\", \"The delegation carried a message from A to B\"",
    cue: /\b(?:message|letter|note|invitation|proposal)s? from\b/,
    pattern: `(?:(?<mid>@P)${AUX} (?:[^.;<]|<[LGT]\\d+>){0,60}?)?\\b(?:carrying|bearing|bringing|delivering|taking|with|carried|brought|took|bore) (?:a |an |the |his |her |its )?(?:[\\w-]+ ){0,2}(?:message|letter|note|invitation|proposal)s? from (?<src>@PG) to ${RECIPIENT}`,
    emit: [
      { relation: "CONVEYED_TO", source: "src", target: "rcp" },
      { relation: "CONVEYED_VIA", source: "src", target: "mid" },
      { relation: "CONVEYED_TO", source: "mid", target: "rcp" },
    ],
  },
  {
    reason: "a messenger carrying a letter from a sender for a recipient: \"X spent Wednesday in L carrying a letter from A for his peer B\" (for B, not yet handed to B)",
    cue: /\b(?:message|letter|note|invitation|proposal)s? from\b/,
    pattern: `(?<mid>@P)${AUX} (?:[^.;<]|<[LGT]\\d+>){0,60}?\\b(?:carrying|bearing|bringing) (?:a |an |the |his |her |its )?(?:[\\w-]+ ){0,2}(?:message|letter|note|invitation|proposal)s? from (?<src>@PG) for ${RECIPIENT}`,
    emit: [
      { relation: "CONVEYED_TO", source: "src", target: "rcp" },
      { relation: "CONVEYED_VIA", source: "src", target: "mid" },
    ],
  },
  {
    reason: "a messenger carried messages between two sides: \"X recalled carrying messages between A and B\"",
    pattern: `(?<mid>@P)${AUX} (?:[a-z]+ ){0,2}(?:carrying|relaying|passing|ferrying) (?:\\w+ )?(?:messages|letters|notes) between (?:the )?(?<a>@PG) and (?:the )?(?<b>@PG)`,
    emit: BOTH_WAYS,
  },
  {
    reason: "a carrier brought a sender's letter inviting one named: \"X brought a letter from Y inviting Z to L\", \"X came bearing a letter from Y, who invites Z to L\" (through X, to Z)",
    cue: / (?:brought|carried|bearing|carrying|with) (?:a|an|the) (?:[\w-]+ )?(?:letter|message|note) from <P\d+>(?:,? inviting|, who invite[sd]) <P\d+>/,
    pattern: `(?<mid>@P)${AUX} (?:brought|carried|(?:came|arrived) (?:bearing|carrying|with)) (?:a |an |the )(?:[\\w-]+ )?(?:letter|message|note) from (?<src>@P)(?:,? inviting|, who (?:invites|invited)) (?<rcp>@P)`,
    emit: [...THROUGH_FOR, { relation: "INVITED", source: "src", target: "rcp" }],
  },
  {
    reason: "a carrier conveyed the greetings another had asked him to pass on: \"X reported to Y … and conveyed the greetings of Z, which the Z had asked him to pass on\"",
    cue: / conveyed (?:the|his|her) (?:[a-z-]+ )?(?:greetings|regards|wishes|message) of <P\d+>, which /,
    pattern: `(?<mid>@P)${AUX} (?:(?:reported to|briefed|called on|met(?: with)?) (?:(?:the )?(?<rcp>@P)|the [a-z ]{2,30}?)(?:[^<.;]|<[LGO]\\d+>){0,80}? and )?conveyed (?:the|his|her) (?:[a-z-]+ )?(?:greetings|regards|wishes|message) of (?<src>@P), which (?:<P\\d+>|the (?:<N\\d+> )?[a-z]+) had asked (?:him|her) to (?:pass (?:them |it )?on|convey|deliver)`,
    emit: [{ relation: "ASKED", source: "src", target: "mid" }, ...THROUGH_FOR],
  },
  {
    reason: "a carrier delivered to one a sender's letter addressed to another: \"X delivered to Y at the ministry a letter from Z addressed to W\" (through X and Y, for W)",
    cue: / (?:delivered|handed|presented|gave|conveyed) to (?:the )?<P\d+> /,
    pattern: `(?<mid>@P)${AUX} (?:delivered|handed(?: over)?|presented|gave|conveyed) to (?:the )?(?<rcp>@P)(?: (?:at|in) (?:the )?(?:<[LO]\\d+>(?: \\(<O\\d+>\\))?|[a-z ]{1,30}))? (?:a |an |the )(?:[\\w-]+ )?(?:letter|message|note) from ${SENDER_POST}(?<src>@PG)(?: (?:addressed )?(?:to|for) (?:the )?(?<to>@P)|,? inviting (?!\\k<rcp>)<P\\d+>)`,
    // (or inviting others: "delivered to Y a letter from Z, inviting A and B to a summit": Y passes it on)
    emit: HANDED_ON_FOR,
  },
  {
    reason: "a sender's letter inviting its recipient: \"X handed over a letter from Y inviting Z\", \"X called on Z and handed over a letter from Y inviting him\"",
    cue: /\b(?:letter|message|note|invitation)s? from\b[^.;]*\binviting\b/,
    pattern: `(?<mid>@P)${AUX} (?:(?:met|called on|visited|paid (?:a )?(?:courtesy )?call on|(?:was|were) received by) ${STATE_POST_BEFORE}(?<met>@P)(?:[^<.;]|<[LGNO]\\d+>){0,80}? and )?(?:handed over|handed|gave|delivered|presented|passed on|conveyed)(?: (?:him|her|<P\\d+>))? (?:a |an |the )?(?:[\\w-]+ ){0,2}(?:letter|message|note|invitation) from ${SENDER_POST}(?<src>@PG),? (?:inviting (?<rcp>@P)|inviting (?:him|her|the (?:<N\\d+> )?[a-z]+)\\b)`,
    emit: [
      { relation: "INVITED", source: "src", target: "rcp" },
      { relation: "INVITED", source: "src", target: "met" },
      // (a letter that invites the one met is to him)
      { relation: "CONVEYED_TO", source: "src", target: "met" },
    ],
  },
  {
    reason: "a go-between met a recipient to deliver a sender's letter: \"X met President Y at the palace on Wednesday to deliver a letter from Z inviting …\"",
    cue: /\bto (?:deliver|hand over|hand|present|convey|pass on) (?:a |an |the )?(?:[\w-]+ ){0,2}(?:letter|message|note|invitation) from\b/,
    pattern: `(?<mid>@P)${AUX} (?:met|called on|visited|paid (?:a )?(?:courtesy )?call on) ${STATE_POST_BEFORE}(?<rcp>@P)(?:[^<.;]|<[LGNOT]\\d+>){0,60}? to (?:deliver|hand over|hand|present|convey|pass on) (?:a |an |the )?(?:[\\w-]+ ){0,2}(?:letter|message|note|invitation) from ${SENDER_POST}(?<src>@PG)`,
    emit: THROUGH_FOR,
  },
  {
    reason: "a go-between met a recipient to deliver a sender's letter inviting him: \"X met President Y … to deliver a letter from Z inviting the Indonesian leader to L\"",
    cue: /\bto (?:deliver|hand over|hand|present) (?:a |an |the )?(?:[\w-]+ ){0,2}(?:letter|message|note) from\b[^.;]*\binviting\b/,
    pattern: `@P${AUX} (?:met|called on|visited|paid (?:a )?(?:courtesy )?call on) ${STATE_POST_BEFORE}(?<rcp>@P)(?:[^<.;]|<[LGNOT]\\d+>){0,60}? to (?:deliver|hand over|hand|present) (?:a |an |the )?(?:[\\w-]+ ){0,2}(?:letter|message|note) from ${SENDER_POST}(?<src>@PG),? inviting (?:him|her|the (?:<N\\d+> )?[a-z]+)\\b`,
    emit: [{ relation: "INVITED", source: "src", target: "rcp" }],
  },
  {
    reason: "a letter from a sender to (or for) its recipient inviting him: \"to deliver a letter from X to Y inviting him to L\"",
    cue: /\b(?:letter|message|note)s? from\b[^.;]*\binviting (?:him|her|them)\b/,
    pattern: `\\b(?:letter|message|note)s? from ${SENDER_POST}(?<src>@PG) (?:to|for|addressed to) (?:the )?(?:<[NG]\\d+> )?(?:[a-z-]+ ){0,2}(?<rcp>@P),? inviting (?:him|her|them)\\b`,
    emit: [{ relation: "INVITED", source: "src", target: "rcp" }],
  },
  {
    reason: "a recipient received a call from a carrier, during which the carrier handed over a sender's letter: \"Y received a courtesy call from X, during which she handed over a letter from Z\"",
    cue: CALL_HANDED_CUE,
    pattern: CALL_HANDED,
    emit: THROUGH_FOR,
  },
  {
    reason: "the letter a carrier handed over during a call invites its recipient: \"Y received a courtesy call from X, during which she handed over a letter from Z inviting him\"",
    cue: CALL_HANDED_CUE,
    pattern: `${CALL_HANDED} inviting (?:him|her|the [a-z]+)\\b`,
    emit: [{ relation: "INVITED", source: "src", target: "rcp" }],
  },
  {
    reason: "an intermediary handed over a sender's letter inviting (asking) a recipient: \"X handed over a letter from Y inviting Z to visit\"",
    cue: /\b(?:letter|message|note|invitation)s? from\b/,
    pattern: `(?<mid>@P)${AUX} (?:handed over|handed|delivered|presented|passed on|passed|conveyed) (?:a |an |the )?(?:[\\w-]+ ){0,2}(?:letter|message|note|invitation) from ${SENDER_POST}(?<src>@PG),? (?:inviting|asking|urging|requesting) (?<rcp>@@P)`,
    // (a letter that invites or asks its reader is the sender's message to them)
    emit: THROUGH_FOR,
  },
  {
    reason: "a message from a sender that an intermediary handed to a recipient",
    pattern: `\\b(?:message|proposal|offer|reply)s? from (?<src>@PG),? ${THAT_HANDED_TO}`,
    emit: THROUGH,
  },
  {
    reason: "a letter from a sender that an intermediary handed to its addressee: \"a letter from X that Y delivered to President Z\"",
    pattern: `\\b(?:letter|note|invitation)s? from (?<src>@PG),? ${THAT_HANDED_TO}`,
    emit: THROUGH_FOR,
  },
  {
    reason: "the invitation a letter held, which an intermediary handed to its addressee: \"The invitation was contained in a letter from X that Y delivered to Z\"",
    cue: /\b[Tt]he invitation (?:was|is|had been) (?:contained|extended|made|conveyed|set out) in\b/,
    pattern: `\\b[Tt]he invitation (?:was|is|had been) (?:contained|extended|made|conveyed|set out) in (?:a|an|the) (?:[a-z-]+ )?(?:letter|message|note) from (?<src>@PG),? ${THAT_HANDED_TO}`,
    emit: [{ relation: "INVITED", source: "src", target: "rcp" }],
  },
  {
    reason: "a sender's letter (message, reply) was delivered through an intermediary",
    pattern: `(?<src>@PG)${AUX} (?:replied|responded|answered|wrote back|wrote|sent (?:a |an |his |her |its |their )?(?:\\w+ )?(?:letter|message|note|reply|response)s?)\\b(?: to ${RECIPIENT})?[^<.]{0,40}? (?:delivered|carried|handed over|passed on|relayed|conveyed|sent|brought) (?:through|via|by) (?:the |its |his |her )?(?<mid>@PO)`,
    emit: THROUGH,
  },
  {
    reason: "a message from a sender passed to one who relayed it on: \"A message from X was passed to Y, who then relayed it to Z\"",
    cue: /\bwho (?:then |later |in turn |promptly )?(?:relayed|passed|delivered|handed|conveyed|forwarded)\b/,
    pattern: `\\b(?:[Aa]|[Aa]n|[Tt]he) (?:[\\w-]+ )?(?:letter|message|note|reply|response|proposal)s? from (?<src>@PG),?[^<.;]{0,20}? (?:was|were|had been) (?:\\w+ )?(?:passed|handed|delivered|given|sent|conveyed)(?: on)? to (?:the )?(?<mid>@P),? who (?:then |later |in turn |promptly )?(?:relayed|passed|delivered|handed|conveyed|forwarded)(?: it| them)?(?: on)? to ${RECIPIENT}`,
    emit: THROUGH,
  },
  {
    reason: "a recipient received a letter from a sender, handed over by an intermediary: \"X receives a letter from Y, handed over by Z, during a courtesy call\"",
    cue: /\b(?:received|receives) (?:a|the) (?:[\w-]+ ){0,2}(?:letter|message)s? from\b.*\b(?:handed over|delivered|presented|brought) by\b/,
    pattern: `(?<rcp>@P)${AUX} (?:received|receives) (?:a|the) (?:[\\w-]+ ){0,2}(?:letter|message)s? from (?:the )?(?<src>@P),? (?:handed over|delivered|presented|brought) by (?:the )?(?<mid>@P)`,
    emit: THROUGH_FOR,
  },
  {
    reason: "a recipient received an intermediary, who handed over a letter from a sender inviting him: \"Y received X at L, with Z also present, and X handed over a letter from W inviting him to …\"",
    cue: /\breceived\b.*\b(?:handed over|handed|delivered|presented) (?:him )?(?:a|the) (?:[\w-]+ ){0,2}(?:letter|message)s? from\b/,
    pattern: `(?<rcp>@P)${AUX} received (?:the )?(?:<[NG]\\d+> )?(?:[a-z-]+ ){0,2}@P(?:[^<.;]|<[LGO]\\d+>|<P\\d+> also present){0,80}?,? and (?:the )?(?<mid>@P) (?:also |then |later )?(?:handed over|handed|delivered|presented)(?: him)? (?:a|the) (?:[\\w-]+ ){0,2}(?:letter|message)s? from (?:(?:the )?[A-Z][a-z]+ )?(?<src>@P)`,
    emit: THROUGH_FOR,
  },
  {
    reason: "the same, the letter inviting him: the sender invited the recipient",
    cue: /\breceived\b.*\bletters? from\b.*\binviting (?:him|her) to\b/,
    pattern: `(?<rcp>@P)${AUX} received (?:the )?(?:<[NG]\\d+> )?(?:[a-z-]+ ){0,2}@P(?:[^<.;]|<[LGO]\\d+>|<P\\d+> also present){0,80}?,? and (?:the )?@P (?:also |then |later )?(?:handed over|handed|delivered|presented)(?: him)? (?:a|the) (?:[\\w-]+ ){0,2}(?:letter|message)s? from (?:(?:the )?[A-Z][a-z]+ )?(?<src>@P),? inviting (?:him|her) to\\b`,
    emit: [{ relation: "INVITED", source: "src", target: "rcp" }],
  },
  {
    reason: "an intermediary met a recipient and handed him a letter from a sender",
    // ("met Y at the Apostolic Palace on Thursday and handed him a letter from Z")
    // ("paid a courtesy call on Fiji's president, Y, at State House, and handed him a letter from Z": the post before the name)
    // ("met Premier Y at the offices of G's government, the O, and gave him a letter from Z")
    // ("X, who had come to watch the play, met the Permanent Secretary in the O, Y, …"; "X joined Y in the pavilion and
    // …")
    pattern: `(?<mid>@P)(?:,? who (?:had |has )?[a-z]+ [^<.;,]{1,60},)?${AUX} (?:met|visited|received|saw|called on|joined|paid (?:a )?(?:courtesy )?call on) ${STATE_POST_BEFORE}(?<rcp>@P)(?:[^<.;]{0,40}?(?:<L\\d+>[^<.;]{0,25})?|(?:[^<.;]|<[LGO]\\d+>){0,80}?)${WITH_ESCORT} and (?:handed|gave|given|passed|delivered) (?:him|her|\\k<rcp>) (?:a |an |the )?(?:[\\w-]+ ){0,2}(?:letter|message|note)s? from ${SENDER_POST}(?<src>@PG)(?: (?:addressed )?(?:to|for) (?:the )?(?<addressee>@P)(?=(?:,? which (?<relay>@P) (?:said (?:he|she) would |(?:has |had )?(?:promised|agreed|undertook) to )?(?:transmit|deliver|pass on|forward|convey|relay|hand on)\\b)?))?(?: inviting (?:the )?(?<invitee>@P))?`,
    // (no CONVEYED_TO from the sender: the one met may be an envoy the letter goes through, "the envoy of the pope")
    // (save to the one it is addressed to, when told: "a letter from Z to W, which Y said he would transmit", via Y; or
    // invites: "a letter from Z inviting W to L" is W's)
    emit: [...THROUGH, { relation: "CONVEYED_TO", source: "src", target: "addressee" }, { relation: "CONVEYED_VIA", source: "src", target: "relay" }, { relation: "CONVEYED_TO", source: "src", target: "invitee" }],
  },
  {
    reason: "one who went somewhere and handed a recipient a sender's letter, told in a relative clause: \"X, who had led the envoys to G with A and handed Y a letter from Z\"",
    cue: /, who (?:had |has )?[^.;]*\band (?:then |later )?handed <P\d+> (?:a|an|the|his|her) (?:[a-z-]+ ){0,3}(?:letter|message|note)s? from\b/,
    pattern: `(?<mid>@P),? who (?:had |has )?(?:[^<.;]|<[GLNO]\\d+>|(?<=with (?:[a-z-]+ ){0,2})<P\\d+>){0,100}? and (?:then |later )?handed (?<rcp>@P) (?:a |an |the |his |her )(?:[\\w-]+ ){0,3}(?:letter|message|note)s? from ${SENDER_POST}(?<src>@PG)`,
    emit: THROUGH_FOR,
  },
  {
    reason: "a carrier who came to the addressee's office with a sender's letter inviting him: \"X reached the Prime Minister's office with a letter from Z inviting the Prime Minister to L\"",
    cue: /\b(?:reach|reached|arrived at|came to|called at|went to)\b[^.;]*\bwith (?:a|an|the) (?:[\w-]+ ){0,2}(?:letter|message|note) from\b[^.;]*\binviting\b/,
    pattern: `${BROUGHT_LETTER_INVITING}`,
    emit: THROUGH_FOR,
  },
  {
    reason: "an intermediary handed a letter from a sender for its addressee to another: \"X handed a letter from Z for W to Y\" (Y one more go-between)",
    cue: /\bfrom <P\d+> for (?:the )?(?:[A-Za-z-]+ ){0,3}<P\d+> to /,
    pattern: `(?<mid>@P)${AUX} (?:handed over|handed|gave|passed on|passed|delivered|presented) (?:a |an |the )?(?:[\\w-]+ ){0,2}(?:letter|message|note|invitation)s? from ${SENDER_POST}(?<src>@PG) for (?:the )?(?:[A-Za-z-]+ ){0,3}(?<to>@P) to (?:the )?(?:<[GN]\\d+>['’]?s? )?(?:[A-Za-z-]+ ){0,4}(?<rcp>@P)`,
    emit: HANDED_ON_FOR,
  },
  {
    reason: "an intermediary met a recipient and passed on a message from a sender addressed to another: \"X called on Y and handed over a letter from Z addressed to W\"",
    pattern: `${MET_AND_PASSED_ON},? addressed to (?:the )?(?<to>@P)`,
    emit: HANDED_ON_FOR,
  },
  {
    reason: "an intermediary met a recipient and passed on a message from a sender: \"X met Y and passed on a message from Z\"",
    // ("X called on President Y on Wednesday and handed over a letter from Z")
    pattern: `${MET_AND_PASSED_ON}(?!,? addressed to <P)`,
    emit: THROUGH_FOR,
  },
  {
    reason: "an intermediary handed on a letter from a sender addressed to a recipient: \"X handed the envoy a sealed letter from Y addressed to Z\"",
    pattern: `(?<mid>@P)${AUX} (?:handed|gave|given|passed|delivered|brought)(?: over| on)? (?:(?:the |an? |his |her )?(?:[a-z-]+ ){0,2}|<[PGO]\\d+> )?(?:a |an |the )?(?:[\\w-]+ ){0,2}(?:letter|message|note)s? from (?<src>@PG),? addressed to (?:the )?(?<rcp>@P)`,
    emit: [
      { relation: "CONVEYED_VIA", source: "src", target: "mid" },
      { relation: "CONVEYED_TO", source: "src", target: "rcp" },
    ],
  },
  {
    reason: "an intermediary handed a recipient a letter from a sender to another: \"X handed Y a letter from A to B\" (Y one more go-between)",
    // (or "for B")
    // (the recipient's city between: "handed Y in Beijing a letter from A to B")
    pattern: `(?<mid>@@PGO)${AUX} (?:handed|gave|given|passed|hands|gives|passes) ${RECIPIENT}(?: in <L\\d+>)?,? (?:a |an |the )?(?:[\\w-]+ ){0,2}(?:letter|message|note|reply|response)s? from (?<src>@PG) (?:(?:addressed )?to|for) (?:the )?(?<to>@PG)`,
    emit: HANDED_ON_FOR,
  },
  {
    reason: "a letter from a sender to another, which one it was handed passed on to a third: \"… a letter from A addressed to B, 'which I presented to B the same evening'\"",
    cue: /, "?which <P\d+> (?:later |then |duly )?(?:presented|handed|gave|passed|delivered)\b/,
    pattern: `\\b(?:letter|message|note)s? from ${SENDER_POST}(?<src>@PG) (?:addressed )?(?:to|for) (?:the )?(?:[A-Za-z-]+ ){0,3}@P, "?which (?<mid>@P) (?:later |then |duly )?(?:presented|handed|gave|passed|delivered)(?: it)?(?: over)? to (?:the )?(?<rcp>@P)`,
    emit: [
      { relation: "CONVEYED_VIA", source: "src", target: "mid" },
      { relation: "CONVEYED_TO", source: "mid", target: "rcp" },
    ],
  },
  {
    reason: "a carrier brought a letter from a sender addressed to another and handed it to a third: \"X brought a letter from A, addressed to B, and handed it to C\"",
    cue: / and (?:then |later )?(?:handed|gave|given|passed|delivered) it (?:over )?to /,
    pattern: `(?<mid>@P)${AUX} (?:brought|carried|took) (?:a |an |the )?(?:[\\w-]+ ){0,2}(?:letter|message|note)s? from ${SENDER_POST}(?<src>@PG),? (?:addressed )?(?:to|for) (?:the )?(?:[A-Za-z-]+ ){0,3}(?<to>@PG),? and (?:then |later )?(?:handed|gave|given|passed|delivered) it (?:over )?to (?:the )?(?:[A-Za-z-]+ ){0,3}(?<rcp>@P)`,
    emit: HANDED_ON_FOR,
  },
  {
    reason: "a carrier brought a letter from a sender and handed it to one, whom it is for: \"X had also brought a letter from A and gave it to B as the talks opened\"",
    // (not one addressed to another, whose address the apposition-free reading drops: the rule before)
    cue: /^(?![^.;]*\baddressed (?:to|for)\b)[^]*? and (?:then |later )?(?:handed|gave|given|passed|delivered) it (?:over )?to /,
    pattern: `(?<mid>@P)${AUX} (?:brought|carried|took) (?:a |an |the )?(?:[\\w-]+ ){0,2}(?:letter|message|note)s? from ${SENDER_POST}(?<src>@PG),? and (?:then |later )?(?:handed|gave|given|passed|delivered) it (?:over )?to (?:the )?(?:[A-Za-z-]+ ){0,3}(?<rcp>@P)`,
    emit: THROUGH_FOR,
  },
  {
    reason: "a letter from a sender for another, which the one it was handed delivered: \"X had handed him a letter from A for B, and Y delivered it in L\"",
    cue: /, and <P\d+> (?:then |later |duly )?(?:delivered|handed over|passed on|brought) it\b/,
    pattern: `\\b(?:letter|message|note)s? from ${SENDER_POST}(?<src>@P) (?:for|to|addressed to) (?:the )?(?<rcp>@P), and (?<mid>@P) (?:then |later |duly )?(?:delivered|handed over|passed on|brought) it\\b`,
    emit: THROUGH_FOR,
  },
  {
    reason: "the letter one named just before handed another from a sender: \"X's explanation of the letter he handed Y from Z\"",
    cue: / (?:letter|message)s? (?:that |which )?(?:he|she) (?:had )?(?:handed|gave|given|delivered|brought) /,
    pattern: `(?<mid>@P)['’]s (?:[a-z-]+ ){1,3}(?:the|a) (?:letter|message)s? (?:that |which )?(?:he|she) (?:had )?(?:handed|gave|given|delivered|brought) (?:to )?(?<rcp>@P) from ${SENDER_POST}(?<src>@PG)`,
    emit: THROUGH_FOR,
  },
  {
    reason: "an intermediary handed over to a recipient a letter from a sender to another: \"X handed over to Y a letter from A addressed to B\"",
    cue: /\b(?:handed|passed|gave) (?:over |on )?to\b/,
    pattern: `(?<mid>@@PGO)${AUX} (?:handed|passed|gave)(?: over| on)? to ${RECIPIENT} (?:a |an |the )?(?:[\\w-]+ ){0,2}(?:letter|message|note|reply|response)s? from (?<src>@PG),? (?:addressed )?to (?:the )?(?<to>@PG)`,
    emit: HANDED_ON_FOR,
  },
  {
    reason: "a sender entrusted an intermediary with greetings (a message) for a recipient: \"X entrusted Y with his fraternal greetings for President Z\" (asked to carry them)",
    // (or "charged Y with a verbal message for Z")
    cue: /\b(?:entrusted|charged)\b/,
    pattern: `(?<src>@P)${AUX} (?:also |then )?(?:entrusted|charged) (?:the )?(?<mid>@P) with (?:his|her|their|a|an|the) (?:[\\w-]+ ){0,2}(?:greetings|message|regards|wishes|letter|reply|congratulations|condolences)s? for (?:the )?(?<rcp>@P)`,
    emit: [
      { relation: "ASKED", source: "src", target: "mid" },
      { relation: "CONVEYED_VIA", source: "src", target: "mid" },
      { relation: "CONVEYED_TO", source: "src", target: "rcp" },
    ],
  },
  {
    reason: "an intermediary delivered a letter to a recipient from a sender: \"the visiting minister delivered a letter to Y from President Z of G, inviting him to …\"",
    cue: /\bdelivered (?:a|an|the) (?:[\w-]+ )?(?:letter|message)s? to\b/,
    pattern: `(?<mid>@P)${AUX} ${DELIVERED_TO_FROM}`,
    emit: THROUGH_FOR,
  },
  {
    reason: "the same, the letter inviting him: the sender invited the recipient",
    cue: /\bdelivered (?:a|an|the) (?:[\w-]+ )?(?:letter|message)s? to\b.*\binviting (?:him|her)\b/,
    pattern: `\\b${DELIVERED_TO_FROM},? inviting (?:him|her) to\\b`,
    emit: [{ relation: "INVITED", source: "src", target: "rcp" }],
  },
  {
    reason: "a sender received an intermediary and entrusted her with a message for a recipient: \"X received Y … and entrusted her with a message for Z\"",
    cue: /\b(?:entrusted|handed|gave) (?:him|her) (?:with )?/,
    pattern: `(?<src>@P)${AUX} (?:received|met|welcomed)(?: with)? (?:the )?(?:<G\\d+>['’]s (?:[^<.;,]|<[LO]\\d+>){0,60}, )?(?<mid>@P),?(?:[^<.;]|<[LO]\\d+>){0,80}? and (?:then |also )?(?:entrusted|handed|gave) (?:him|her) (?:with )?(?:a |an |the )?(?:[\\w-]+ ){0,2}(?:message|letter|note)s? for (?:the )?(?<rcp>@P)`,
    emit: [
      { relation: "CONVEYED_VIA", source: "src", target: "mid" },
      { relation: "CONVEYED_TO", source: "src", target: "rcp" },
    ],
  },
  {
    reason: "an intermediary put it into a recipient's hands: \"X put it into the hands of Y\", \"X put the letter in Y's hands\"",
    cue: /\bput (?:it|the (?:letter|message|note|reply)) (?:in|into) /,
    pattern: `(?<mid>@P)(?:, (?:[^<.;]|<[GNL]\\d+>){1,80},)?${AUX} put (?:it|the (?:letter|message|note|reply)) (?:in|into) (?:the hands of (?:the )?(?<rcp>@P)|(?<rcp2>@P)['’]s hands)`,
    emit: [
      { relation: "CONVEYED_TO", source: "mid", target: "rcp" },
      { relation: "CONVEYED_TO", source: "mid", target: "rcp2" },
    ],
  },
  {
    reason: "a carrier came bearing a sender's letter, which he put in a recipient's hands: \"X came bearing a letter from Z, which he put in Y's hands\"",
    cue: /\bwhich (?:he|she) (?:then |later )?(?:put|placed) (?:it )?(?:in|into) /,
    pattern: `(?<mid>@P)${AUX} (?:[a-z]+ ){0,2}(?:bearing|carrying|with|brought|bore|carried) (?:a|an|the) (?:[\\w-]+ ){0,2}(?:letter|message|note)s? from ${SENDER},? which (?:he|she) (?:then |later )?(?:put|placed) (?:in|into) (?:the hands of (?:the )?(?<rcp>@P)|(?<rcp2>@P)['’]s hands)`,
    emit: [...THROUGH_FOR, { relation: "CONVEYED_TO", source: "mid", target: "rcp2" }, { relation: "CONVEYED_TO", source: "src", target: "rcp2" }],
  },
  {
    reason: "a sender's note addressed to a recipient, which an intermediary passed to another: \"a note addressed to Z, which X passed to G's ambassador, Y\"",
    cue: /\baddressed to <P\d+>, which\b/,
    pattern: `(?<src>@P)(?:[^<.;]|<[GNL]\\d+>){0,60}?\\b(?:a |an |the )?(?:[\\w-]+ )?(?:note|letter|message|reply)s? addressed to (?:the )?(?<to>@P), which (?<mid>@P) (?:then |later )?(?:passed|handed|gave|delivered|took)(?: it)?(?: on| over)? to (?:the )?(?:<G\\d+>['’]s (?:[^<.;,]|<[LG]\\d+>){0,60}, )?(?<rcp>@P)`,
    emit: HANDED_ON_FOR,
  },
  {
    reason: "a recipient received an intermediary and took a sender's letter from him: \"Y received X …, and took Z's letter from him\"",
    cue: /\btook <P\d+>['’]s /,
    pattern: `(?<rcp>@P)${AUX} (?:received|welcomed|met)(?: with)? (?<mid>@P)(?:[^.;]|<[LGO]\\d+>|<P\\d+>){0,120}?,? and (?:then |later )?took (?<src>@PG)['’]s (?:[a-z-]+ )?(?:letter|message|note|reply)s? from (?:him|her)\\b`,
    emit: THROUGH_FOR,
  },
  {
    reason: "an intermediary handed a recipient a sender's letter: \"X handed Y the President's letter\"",
    cue: /\b(?:handed|gave|given|passed|brought|hands|gives|brings) /,
    // (also after a call on the recipient: "X called on Y at L and handed him Z's letter")
    pattern: `(?<mid>@@PGO)${AUX}(?: (?:called on|visited|met) (?:the )?<P\\d+>(?: (?:at|in) (?:the )?(?:<L\\d+>|[a-z]+))?(?: on [A-Z][a-z]+day)? and)? (?:handed|gave|given|passed|brought|hands|gives|brings) ${RECIPIENT} (?<src>@PG)['’]s (?:[a-z-]+ )?(?:letter|message|note|reply|invitation)s?\\b(?! (?:(?:addressed )?to|for) (?:the )?<[PG]\\d+>)`,
    emit: THROUGH_FOR,
  },
  {
    reason: "an intermediary handed a recipient a letter (note, message) from a sender",
    // (the sender named by a post before the name: "a letter from our foreign minister, X")
    // (a paper of other kinds too: "handed the Senior General a written proposal from the TNLA's leader, Y")
    // ("presented the president with a letter from Z")
    pattern: `(?<mid>@@PGO)${AUX} (?:handed|gave|given|passed|brought|showed|hands|gives|passes|brings|presented (?=\\S+ with\\b|<[PGO]\\d+> with\\b|(?:the |his |her )?(?:<[NG]\\d+> )?(?:[a-z-]+ ){0,2}<P\\d+> with\\b)) ?${RECIPIENT} (?:with )?(?:a |an |the )?(?:[\\w-]+ ){0,2}(?:letter|message|note|reply|response|proposal|memorandum|draft)s? from ${SENDER}(?! (?:(?:addressed )?to|for) (?:the )?<[PG]\\d+>)`,
    // (the sender's message reached the one it was handed to: through the intermediary, to the recipient)
    emit: THROUGH_FOR,
  },
  {
    reason: "one named only by a post handed a recipient a sender's letter: \"The minister presented the president with a letter from Z\" (the letter reached the recipient)",
    cue: /\b[Tt]he (?:[a-z-]+ )?(?:minister|envoy|ambassador|emissary|visitor|guest|delegation) (?:presented|handed|gave|delivered to)\b/,
    pattern: `\\b[Tt]he (?:[a-z-]+ )?(?:minister|envoy|ambassador|emissary|visitor|guest|delegation) (?:presented|handed|gave|delivered to) ${RECIPIENT} (?:with )?(?:a |an )(?:[\\w-]+ ){0,2}(?:letter|message|note)s? from ${SENDER}(?! (?:(?:addressed )?to|for) (?:the )?<[PG]\\d+>)`,
    emit: [{ relation: "CONVEYED_TO", source: "src", target: "rcp" }],
  },
  {
    reason: "a sender gave another a letter addressed to a third: \"X gave Y a letter addressed to Z\" (through Y, for Z)",
    cue: / addressed to <P\d+>/,
    // ("The President in turn gave X a letter in reply, addressed to Y")
    pattern: `(?<src>@P)${AUX} (?:handed|gave|given|entrusted) (?:the )?(?<mid>@P) (?:with )?(?:a |an |his |her )(?:[\\w-]+ ){0,2}(?:letter|message|note)s?(?: in (?:reply|response|return))?,? addressed to (?:the )?(?:[A-Z][a-z]+ )?(?<rcp>@P)`,
    emit: [
      { relation: "CONVEYED_VIA", source: "src", target: "mid" },
      { relation: "CONVEYED_TO", source: "src", target: "rcp" },
    ],
  },
  {
    reason: "a letter addressed to a third that its carrier then handed over: \"X gave Y a letter addressed to Z, and Y handed it to Z\"",
    cue: / addressed to <P\d+>, and <P\d+> handed it to /,
    pattern: `(?<src>@P)${AUX} (?:handed|gave|given|entrusted) (?:the )?(?<mid>@P) (?:with )?(?:a |an |his |her )(?:[\\w-]+ ){0,2}(?:letter|message|note)s?,? addressed to (?:the )?(?<rcp>@P), and <P\\d+> handed it to (?:the )?<P\\d+>`,
    emit: THROUGH_FOR,
  },
  {
    reason: "a sender handed a recipient a letter (proposal, draft): \"X handed Y a revised draft of the agreement\"",
    cue: /\b(?:handed|gave|given|passed|delivered|presented)\b/,
    pattern: `(?<src>@@PGO)${AUX} (?:handed|gave|given|passed|delivered|presented) ${RECIPIENT} (?:with )?(?:a |an |the |his |her |its |their )?(?:[\\w-]+ ){0,2}(?:letter|message|note|reply|response|proposal|draft|plan|invitation|offer)s?\\b(?! from|(?: in (?:reply|response|return))?,? addressed to <P)(?!${HANDED_ON_AFTER})`,
    emit: [{ relation: "CONVEYED_TO", source: "src", target: "rcp" }],
  },
  {
    reason: "a sender gave a carrier a reply, which the carrier then delivered: \"X had given her a written reply, …, and she had delivered it to Y\" (through her, for Y)",
    cue: /, and (?:he|she|<P\d+>) (?:had |has )?(?:then |later |duly )?(?:delivered|handed|passed|took|carried|brought)/,
    pattern: `(?<src>@P)${AUX} (?:in turn )?(?:handed|gave|given|passed) (?<mid>@P) (?:a |an |the |his |her |its |their )?(?:[\\w-]+ ){0,2}(?:letter|message|note|reply|response|answer)s?\\b(?=${HANDED_ON_AFTER})(?:,? (?:[^<.;]|<[GNO]\\d+>){0,100}?)?,? and (?:he|she|\\k<mid>) (?:had |has )?(?:then |later |duly )?(?:delivered|handed|passed|took|carried|brought) (?:it|them)(?: over| on| back)? to (?:the )?(?<rcp>@P)`,
    emit: [
      { relation: "CONVEYED_VIA", source: "src", target: "mid" },
      { relation: "CONVEYED_TO", source: "src", target: "rcp" },
      { relation: "CONVEYED_TO", source: "mid", target: "rcp" },
    ],
  },
  {
    reason: "an intermediary gave another an invitation from a sender for a third, which that one delivered: \"X gave him an invitation from Y for Z to visit L, which he delivered to the President\"",
    cue: /\binvitation from\b/,
    pattern: `(?<mid>@P)${AUX} (?:gave|handed|passed) (?:the )?(?<mid2>@P) (?:a |an |the )?(?:[a-z-]+ )?invitation from (?<src>@PG) for (?<rcp>@P) to (?:visit|come to|travel to)\\b(?:(?:[^<.;]|<[LG]\\d+>){0,40}?, which (?:the )?(?<fwd>@P) (?:later |then )?(?:delivered|handed|passed on|conveyed|took)(?: it)?(?: over)? to)?`,
    emit: [
      { relation: "CONVEYED_VIA", source: "src", target: "mid" },
      { relation: "CONVEYED_TO", source: "mid", target: "mid2" },
      { relation: "CONVEYED_VIA", source: "src", target: "mid2" },
      { relation: "CONVEYED_TO", source: "src", target: "rcp" },
      { relation: "INVITED", source: "src", target: "rcp" },
      { relation: "CONVEYED_TO", source: "fwd", target: "rcp" },
    ],
  },
  {
    reason: "a sender's letter to its addressee was handed over by a carrier to another: \"A letter from X to Y was handed over on Monday by Z to Foreign Minister W\" (through Z and W, for Y)",
    cue: /\b(?:was|were|had been|has been) (?:handed over|handed|delivered|passed|presented)\b/,
    pattern: `\\b(?:[Aa]|[Aa]n|[Tt]he) (?:[\\w-]+ )?(?:letter|message|note|reply)s? from ${SENDER_POST}(?<src>@PG) to ${SENDER_POST}(?<addressee>@P) (?:was|were|had been|has been) (?:handed over|handed|delivered|passed on|presented)(?: on [^<;]{1,30}?,)? by (?:(?:[^<,;.]|<[GL]\\d+>){0,60}?, )?(?<mid>@P),? to (?:the )?(?:[A-Z][a-z]+ ){0,3}(?!\\k<addressee>)(?<rcp>@P)`,
    emit: [...THROUGH, { relation: "CONVEYED_VIA", source: "src", target: "rcp" }, { relation: "CONVEYED_TO", source: "src", target: "addressee" }],
  },
  {
    reason: "a sender received a go-between and handed him a letter for a third: \"X received him at L and handed him a letter for the Uzbek leader\"",
    // (also "X, who received Y at L on August 12, gave him a message for the PM")
    cue: /(?:\band|,) (?:then |later |also )?(?:handed|gave|given|entrusted) (?:him|her|<P\d+>) (?:a|an|the|his|her) /,
    pattern: `(?<src>@P)(?:${AUX} |,? who (?:had )?)(?:received|met|hosted|welcomed) (?<mid>@P)(?:[^<.;]|<[LGO]\\d+>){0,80}?(?: and|(?<=who [^;]{1,200}),) (?:then |later |also )?(?:handed|gave|given|entrusted) (?:him|her|\\k<mid>) (?:a |an |the |his |her )?(?:[\\w-]+ ){0,2}(?:letter|message|note|reply|response)s? (?:for|to|addressed to) ${RECIPIENT}`,
    emit: [
      { relation: "CONVEYED_VIA", source: "src", target: "mid" },
      { relation: "CONVEYED_TO", source: "src", target: "rcp" },
    ],
  },
  {
    reason: "a note one gave a go-between, which he carried to another: \"a note that X gave Y on the night of …, and which Y carried across the base to Z's quarters\"",
    cue: /\b(?:that|which) <P\d+> (?:had )?(?:gave|handed|passed)\b/,
    pattern: `\\b(?:letter|note|message)s? (?:that|which) (?<src>@P) (?:had )?(?:gave|handed|passed)(?: over)? (?:to )?(?:the )?(?<mid>@P)(?:[^<.;]|<[LGO]\\d+>){0,80}?,? and (?:which|that) (?:<P\\d+>|he|she) (?:then |later )?(?:carried|took|brought|delivered|handed|passed)(?: it)?(?: (?:across|over|back)(?: [^<.;]{0,30}?)?)? to (?:the )?(?<rcp>@P)`,
    emit: THROUGH_FOR,
  },
  {
    reason: "a sender's invitation (letter) handed to one by a carrier for delivery to another: \"X's invitation, in a letter, was handed to Y in L by G's ambassador, Z, for delivery to the president\"",
    cue: / (?:was|were) (?:handed|delivered|given|passed)(?: over)? to /,
    pattern: `(?<src>@P)['’]s (?:[a-z-]+ )?(?:invitation|letter|message|note)(?:, in a (?:letter|message|note),)? (?:was|were) (?:handed|delivered|given|passed)(?: over)? to ${STATE_POST_BEFORE}(?<rcp>@P)(?:[^<.;]|<[LGO]\\d+>){0,60}? by (?:<G\\d+>['’]s (?:[a-z-]+ ){1,3}(?:(?:to|in) (?:the )?<[GL]\\d+>)?, )?(?<mid>@P)(?:,? for delivery to (?:the )?(?<to>@P))?`,
    emit: HANDED_ON_FOR,
  },
  {
    reason: "a go-between called on one with a sender's letter for another: \"X called on the Deputy President at L with a letter from Y for Z\" (through both, for Z)",
    cue: / with (?:a|an|the) (?:[\w-]+ ){0,2}(?:letter|message) from /,
    pattern: `(?<mid>@P)${AUX} (?:called on|visited|met|went to see|came to see) ${STATE_POST_BEFORE}(?<rcp>@P)(?: (?:at|in) (?:the )?(?:[^<.;,]{0,30}|<[LO]\\d+>)){0,2}(?: (?:on|last|this) [A-Z][a-z]+day)? with (?:a |an |the )?(?:[\\w-]+ ){0,2}(?:letter|message)s? from ${SENDER_POST}(?<src>@PG) (?:for|to|addressed to) (?:the )?(?<to>@P)`,
    emit: HANDED_ON_FOR,
  },
  {
    reason: "a go-between called on a recipient with a sender's letter: \"X called on the Prime Minister with a letter from Y inviting him to L\"",
    cue: / with (?:a|an|the) (?:[\w-]+ ){0,2}(?:letter|message|invitation) from /,
    pattern: `(?<mid>@P)${AUX} (?:called on|visited|met|went to see|came to see) ${STATE_POST_BEFORE}(?<rcp>@P)(?: (?:at|in) (?:the |\\k<rcp>['’]s )?(?:[^<.;,]{0,30}|<L\\d+>))?(?: (?:on|last|this) [A-Z][a-z]+day)? with (?:a |an |the )?(?:[\\w-]+ ){0,2}(?:letter|message|invitation)s? from ${SENDER_POST}(?<src>@PG)`,
    emit: THROUGH_FOR,
  },
  {
    reason: "a carrier handed another a message addressed to a third from its sender: \"X handed Y a written message addressed to Z from W\"",
    cue: / addressed to <P\d+> from /,
    pattern: `(?<mid>@P)${AUX} (?:handed|gave|given|passed|delivered|presented)(?: over)? (?:to )?(?:the )?(?<rcp>@P) (?:a |an |the )?(?:[\\w-]+ ){0,2}(?:letter|message|note)s? addressed to (?:the )?(?<to>@P) from ${SENDER_POST}(?<src>@PG)`,
    emit: HANDED_ON_FOR,
  },
  {
    reason: "a sender who received a go-between gave him a message and asked him to deliver it: \"X, who received Y at L, gave him a message for Z and asked him to deliver it personally\"",
    cue: /\band asked (?:him|her) to (?:deliver|convey|pass|hand|take|carry|bring)\b/,
    pattern: `(?<src>@P)(?:${AUX} |,? who (?:had )?)(?:received|met|hosted|welcomed) (?<mid>@P)(?:[^<.;]|<[LGO]\\d+>){0,80}?(?: and|,) (?:then |later |also )?(?:handed|gave|given|entrusted) (?:him|her) (?:a |an |the |his |her )?(?:[\\w-]+ ){0,2}(?:letter|message|note)s? (?:for|to|addressed to) (?:the )?(?:[\\w-]+ ){0,3}<P\\d+> and asked (?:him|her) to (?:deliver|convey|pass|hand|take|carry|bring)\\b`,
    emit: [{ relation: "ASKED", source: "src", target: "mid" }],
  },
  {
    reason: "a carrier took out a sender's letter and handed it to its recipient: \"From the folder he took a letter from X, which he handed to Y\"",
    cue: /\bwhich (?:he|she) (?:then |later )?(?:handed|gave|given|passed|delivered)\b/,
    pattern: `(?<mid>@P)${AUX} (?:took|produced|pulled|drew)(?: out)? (?:a |an |the )?(?:[\\w-]+ ){0,2}(?:letter|message|note)s? from ${SENDER_POST}(?<src>@PG), which (?:he|she) (?:then |later )?(?:handed|gave|given|passed|delivered)(?: over)?(?: it)? to (?:the )?(?<rcp>@P)`,
    emit: THROUGH_FOR,
  },
  {
    reason: "a letter's sender invites (asks, tells) the one it is to: \"In his letter, President X invites the Prime Minister to …\"",
    cue: /\bIn (?:his|her|its|their|the|this|that) (?:[a-z-]+ )?(?:letter|message|note)s?\b/,
    pattern: `\\bIn (?:his|her|its|their|the|this|that) (?:[a-z-]+ )?(?:letter|message|note)s?,? (?<src>@PG) (?:invites|invited|asks|asked|urges|urged|tells|told|informs|informed|assures|assured|thanks|thanked|congratulates|congratulated) (?<rcp>@P)`,
    emit: [{ relation: "CONVEYED_TO", source: "src", target: "rcp" }],
  },
  {
    reason: "a recipient thanked a sender for a letter: \"X thanked Y for the letter conveyed through …\"",
    cue: /\bthanked\b/,
    pattern: `(?<rcp>@P)${AUX} thanked (?:the )?(?<src>@PG) for (?:the|his|her|its|their) (?:[a-z-]+ )?(?:letter|message|note|reply)s?\\b`,
    emit: [{ relation: "CONVEYED_TO", source: "src", target: "rcp" }],
  },
  {
    reason: "an envoy travelled with a message (letter) from a sender",
    // ("Attaf flew to Doha carrying Tebboune's reply")
    pattern: `(?<mid>@@PGO)${AUX} (?:flew|travell?ed|went|came|arrived|returned)(?: secretly| quietly)? (?:to|in) <[LG]\\d+>(?: [a-z]+ [A-Za-z0-9]+)?,? (?:with|carrying|bearing|bringing) (?:(?:a |an |the )?(?:[\\w-]+ ){0,2}(?:message|letter|note|invitation|proposal|offer)s? from (?<src>@PG)|(?<owner>@PG)'s (?:[\\w-]+ ){0,2}(?:message|letter|note|reply|response|answer|invitation|proposal|offer)s?)`,
    emit: [
      { relation: "CONVEYED_VIA", source: "src", target: "mid" },
      { relation: "CONVEYED_VIA", source: "owner", target: "mid" },
    ],
  },
  {
    reason: "an envoy carried a sender's letter addressed to (for) a recipient, which he handed to another: \"X carried a letter from A addressed to B, which he handed to C\", \"X brought a message from A for B\"",
    cue: /\b(?:message|letter|note|invitation|proposal)s? from\b/,
    // ("handed over a letter from X, President of the Republic of A, addressed to the Honourable Prime Minister of B, Y")
    pattern: `(?<mid>@P)${AUX} (?:carried|brought|delivered|took|bore|handed over|presented) (?:a |an |the )?(?:[\\w-]+ ){0,2}(?:message|letter|note|invitation|proposal)s? from (?<src>@PG)(?:, (?:[^<,;.]|<[GON]\\d+>){1,80},)? (?:addressed to|for) (?:the )?(?:Honou?rable )?${RECIPIENT}(?:,? (?:which|that) (?:he|she) (?:then |later )?(?:handed|delivered|gave|passed)(?: over| on)? to (?:the )?(?:[a-z-]+ ){0,3}(?<next>@P)(?: and (?:which|who) (?<next2>@P) (?:then |later )?(?:handed|delivered|gave|passed)(?: it)?(?: over| on)? to (?:the )?(?:[a-z-]+ ){0,3}(?<last>@P))?)?`,
    // (and on again by that one: "…, which he gave to C and which C passed to B")
    emit: [
      { relation: "CONVEYED_VIA", source: "src", target: "mid" },
      { relation: "CONVEYED_TO", source: "src", target: "rcp" },
      { relation: "CONVEYED_TO", source: "mid", target: "next" },
      // (the one it was handed to, not the one it was for, a go-between too)
      { relation: "CONVEYED_VIA", source: "src", target: "next" },
      { relation: "CONVEYED_VIA", source: "src", target: "next2" },
      { relation: "CONVEYED_TO", source: "next2", target: "last" },
    ],
  },
  {
    reason: "one was the bearer of a sender's letter to a recipient: \"X was also the bearer of a letter to Y from Z, which he handed over\"",
    cue: /\b(?:bearer|courier|carrier) of\b/,
    // (or "from Z, the President of G, which he handed to the Premier at L": the one handed it, X's hand reaching them)
    pattern: `${BEARER_OF}(?:to (?:the )?(?<rcp>@P) from (?:the )?(?<src>@PG)|from (?:the )?(?<src2>@PG) (?:to|for) (?:the )?(?<rcp2>@P)|from (?:(?:his|her|their) country['’]s [A-Za-z-]+(?: [A-Za-z-]+)?, )?(?<src3>@PG),? (?:inviting|(?:which|that) invite[sd]) (?:the )?(?<rcp3>@P)|from (?:the )?(?<src4>@PG)(?:, (?:[^<,;.]|<[GON]\\d+>){1,80},)? (?:which|that) (?:he|she) (?:then |later |duly )?(?:handed|delivered|gave|presented)(?: over)? to (?:the )?(?<rcp4>@P))`,
    emit: [
      { relation: "CONVEYED_VIA", source: "src4", target: "mid" },
      { relation: "CONVEYED_TO", source: "src4", target: "rcp4" },
      { relation: "CONVEYED_TO", source: "mid", target: "rcp4" },
      { relation: "CONVEYED_VIA", source: "src3", target: "mid" },
      { relation: "CONVEYED_TO", source: "src3", target: "rcp3" },
      { relation: "CONVEYED_VIA", source: "src", target: "mid" },
      { relation: "CONVEYED_TO", source: "src", target: "rcp" },
      { relation: "CONVEYED_VIA", source: "src2", target: "mid" },
      { relation: "CONVEYED_TO", source: "src2", target: "rcp2" },
    ],
  },
  {
    reason: "the bearer of a letter handed it over: \"X was the bearer of a letter to Y from Z, which he handed over at L\" (X's hand reached Y)",
    cue: /\bbearer of\b/,
    pattern: `${BEARER_OF}(?:to (?:the )?(?<rcp>@P) from (?:the )?@PG|from (?:the )?@PG (?:to|for) (?:the )?(?<rcp2>@P)),? which (?:he|she) (?:then |later |duly )?(?:handed|delivered|gave|passed)(?: over| on)?(?! to)`,
    emit: [
      { relation: "CONVEYED_TO", source: "mid", target: "rcp" },
      { relation: "CONVEYED_TO", source: "mid", target: "rcp2" },
    ],
  },
  {
    reason: "an envoy delivered a letter from a sender who invites a third: the letter is the invited one's, handed to them",
    // ("X also delivered a letter from Taiwan's Minister of Foreign Affairs, Z, who invites the governor to L")
    cue: /\bwho (?:invites|invited) /,
    pattern: `(?<mid>@P)${AUX} (?:delivered|handed over|presented) (?:a |an |the )?(?:[\\w-]+ ){0,2}(?:letter|message|note)s? from (?:(?:[^<.;,]|<[GN]\\d+>['’]s)+, )?(?<src>@P),? who (?:invites|invited) (?:the )?(?<rcp>@P)`,
    emit: [
      { relation: "CONVEYED_TO", source: "src", target: "rcp" },
      { relation: "CONVEYED_TO", source: "mid", target: "rcp" },
    ],
  },
  {
    reason: "an envoy carried (brought) a message from a sender, the recipient unnamed",
    // (and one entrusted with it, or who came bearing it: "X had also been entrusted with a letter from Z, which he
    // gave to Y"; past the sender's post, "from the Mayor of L, Z,")
    pattern: `(?<mid>@@P)${AUX} (?:carried|brought|delivered|relayed|conveyed|(?:had |has |have )?(?:also )?been entrusted with|was (?:also )?entrusted with|(?:came|arrived) bearing) (?:a |an |the )?(?:[\\w-]+ ){0,2}(?:message|letter|note|proposal)s? from ${SENDER_POST}(?<src>@PG)(?! to <)`,
    emit: [{ relation: "CONVEYED_VIA", source: "src", target: "mid" }],
  },
  {
    reason: "an envoy met someone and carried a message back: \"X met Y in Moscow and carried a message from Z\"",
    pattern: `(?:^(?:<[A-Z]\\d+>'s (?:[a-z]+ )?)?|, )(?<mid>@P) (?:met|visited|saw|held talks with) [^.;]{0,80}? and (?:carried|brought|took) (?:a |an |the )?(?:[\\w-]+ ){0,2}(?:message|letter|note|reply|proposal)s? from (?:the )?(?<src>@PG)(?! to <)`,
    emit: [{ relation: "CONVEYED_VIA", source: "src", target: "mid" }],
  },
  {
    reason: "an envoy travelled, carrying a sender's message: \"X shuttled between A and B, carrying proposals from Y\"",
    pattern: `(?:^|, |; )(?<mid>@P) (?:[a-z]+ ){1,3}(?:between|to|from) [^.;]{0,80}?, (?:carrying|bringing|delivering|relaying) (?:a |an |the )?(?:[\\w-]+ ){0,2}(?:message|letter|note|proposal)s? from (?<src>@PG)(?! to <)`,
    emit: [{ relation: "CONVEYED_VIA", source: "src", target: "mid" }],
  },
  {
    reason: "a sender acted in a letter (message) to a recipient",
    pattern: `(?<src>@PG)${AUX} (?:[a-z]+ ){0,6}in (?:a |an |his |her |its )(?:[\\w-]+ ){0,2}(?:letter|message|note)s? (?:(?:delivered|sent|addressed|handed) )?to ${RECIPIENT}`,
    emit: [{ relation: "CONVEYED_TO", source: "src", target: "rcp" }],
  },
  {
    reason: "an intermediary carried messages between two sides, both ways",
    pattern: `(?<mid>@@PO)${AUX} (?:[a-z]+ (?:[a-z]+ ){0,2}and )?(?:passed|carried|relayed|conveyed|ferried|shuttled|exchanged) (?:\\w+ )?(?:messages|letters|notes) between (?:the )?(?<a>@PG) and (?:the )?(?<b>@PG)`,
    emit: BOTH_WAYS,
  },
  {
    reason: "an intermediary carried messages on a sender's behalf",
    pattern: `(?<mid>@@PO)${AUX} (?:passed|carried|relayed|conveyed|delivered|took|sent) (?:\\w+ )?(?:messages?|letters?|notes?)(?: to ${RECIPIENT})? on (?:(?<src>@PG)'s behalf|behalf of (?<src2>@PG))`,
    emit: [
      { relation: "CONVEYED_VIA", source: "src", target: "mid" },
      { relation: "CONVEYED_VIA", source: "src2", target: "mid" },
    ],
  },
  {
    reason: "a letter (message, reply) from a sender was delivered by an intermediary",
    pattern: `\\b(?:[Aa]|[Aa]n|[Tt]he) (?:\\w+ )?(?:letter|message|note|reply|response|invitation)s? from (?<src>@PG)(?: to ${RECIPIENT})?,?[^<.]{0,30}? (?:was|were|had been|has been|is being) (?:\\w+ )?(?:delivered|carried|handed over|passed on|relayed|conveyed|brought) (?:through|via|by) (?:the |its |his |her )?(?<mid>@PO)`,
    emit: THROUGH,
  },
  {
    reason: "a letter sent to a recipient, which an intermediary delivered: \"X sent a letter to Y, which was delivered by Z\"",
    cue: /\bwhich (?:was|were|had been|has been)\b/,
    pattern: `(?<src>@PG)${AUX} (?:sent|wrote|addressed) (?:a |an |the |his |her |its )?(?:[\\w-]+ ){0,2}(?:letter|message|note)s? to ${RECIPIENT}[^<.;]{0,60}?,? which (?:was|were|had been|has been) (?:\\w+ )?(?:delivered|carried|handed over|passed on|relayed|conveyed|brought|taken) (?:to (?:him|her|them) )?(?:by|through|via) (?:the |an? )?(?:(?:<N\\d+> )?[a-z-]+(?: [a-z-]+)?,? )?(?<mid>@PO)`,
    emit: THROUGH,
  },
  {
    reason: "a recipient received a letter (message) from a sender",
    pattern: `(?<rcp>@PGO)(?: [a-z]+){0,8}? (?:received|got) (?:a |an |the )?(?:[\\w-]+ ){0,2}(?:letter|message|note|reply|response)s? from (?<src>@PG)`,
    emit: [{ relation: "CONVEYED_TO", source: "src", target: "rcp" }],
  },
  {
    reason: "sender sent (passed, carried) a letter (message, envoy) to a recipient",
    pattern: `(?<src>@PGO)${AUX} (?:sent|dispatched|handed|delivered|addressed|passed|carried|relayed) (?:a |an |the |his |her |its )?(?:\\w+ )?(?:letter|message|note|envoy|reply|response|invitation)s? to ${RECIPIENT}(?:(?<=<P\\d+>)|(?! and (?:then )?(?:handed|delivered|gave|passed) ))`,
    // (not a capital standing for its government that the carrier took the letter to, to hand it to someone there)
    emit: [{ relation: "CONVEYED_TO", source: "src", target: "rcp" }],
  },
  {
    reason: "a carrier went (or took a letter) to a place and handed it to a recipient: \"X travelled to L and handed a letter to Y\", \"X carried that letter to L and handed it to Y\"",
    cue: / to <[GL]\d+>(?: (?:on|in) \w+)? and (?:then )?(?:handed|delivered|gave|passed) /,
    pattern: `(?<src>@P)${AUX} (?:travell?ed|flew|flown|went|(?:carried|took|brought) (?:that |the |a |an |his |her )(?:[\\w-]+ )?(?:letter|message|note|reply)) to <[GL]\\d+>(?: (?:on|in) \\w+)? and (?:then )?(?:handed|delivered|gave|passed) (?:it |them |(?:a |an |the |his |her )(?:[\\w-]+ )?(?:letter|message|note|reply)s? )(?:over )?to ${RECIPIENT}`,
    emit: [{ relation: "CONVEYED_TO", source: "src", target: "rcp" }],
  },
  {
    reason: "a sender gave a carrier a reply, which the carrier took back to a recipient: \"Z gave the adviser a spoken reply accepting the invitation, and X took it back to Y\"",
    cue: /, and <P\d+> (?:took|carried|brought) it (?:back )?to /,
    pattern: `(?<src>@P)${AUX} gave (?:the (?:[a-z-]+ ){1,2}|him |her )(?:a |an |his |her )?(?:[a-z-]+ )?(?:reply|message|answer|response|letter)\\b(?:[^.;<]|<[GOL]\\d+>){0,80}?, and (?<mid>@P) (?:took|carried|brought) it (?:back )?to (?<rcp>@P)`,
    emit: THROUGH_FOR,
  },
  {
    reason: "a carrier went home bearing a sender's reply, which he handed to a recipient: \"X flew home, carrying Y's reply, which she handed to Z\"",
    cue: /, which (?:he|she|<P\d+>) (?:later |then )?(?:handed|delivered|gave|passed)\b/,
    pattern: `(?<mid>@P)${AUX} (?:flew|went|returned|travell?ed|came|drove|headed)(?: back)?(?: home| to <[GL]\\d+>)?(?: [a-z]+)?,? (?:carrying|bearing|with) (?<src>@PG)['’]s (?:[a-z-]+ ){0,2}(?:letter|message|note|reply|response|answer)s?, which (?:he|she|\\k<mid>) (?:later |then )?(?:handed|delivered|gave|passed)(?: it)?(?: over| on)? to ${RECIPIENT}`,
    emit: THROUGH_FOR,
  },
  {
    reason: "one entrusted the letter told before to another, who delivered it to a third: \"X entrusted the letter to Y, who delivered it to Z\"",
    cue: / entrusted (?:the|that|this) (?:letter|message|note|reply)s? to /,
    pattern: `(?:(?<src>@P)${AUX}|\\b[Tt]he (?:[a-z-]+ )?(?:minister|envoy|ambassador))(?: [^<.;,]{1,30},?)? entrusted (?:the|that|this) (?:letter|message|note|reply)s? to (?:the )?(?:[a-z-]+['’]s )?(?:[A-Za-z-]+ ){0,3}(?:[A-Za-z-]+, )?(?<mid>@P),? who (?:then |later )?(?:delivered|handed|passed|took|gave)(?: it)?(?: over| on)? to (?:the )?(?<rcp>@P)`,
    emit: [
      { relation: "CONVEYED_TO", source: "src", target: "mid" },
      { relation: "CONVEYED_TO", source: "mid", target: "rcp" },
    ],
  },
  {
    reason: "one handed a recipient the message told before: \"X handed the Prime Minister the Iranian message on board\"",
    cue: / (?:handed|gave|given|passed) <P\d+> the (?:<N\d+> )?(?:[a-z-]+ )?(?:letter|message|note|reply)\b/,
    pattern: `(?<src>@P)${AUX} (?:handed|gave|given|passed) (?:the )?(?<rcp>@P) the (?:<N\\d+> )?(?:[a-z-]+ )?(?:letter|message|note|reply)\\b`,
    emit: [{ relation: "CONVEYED_TO", source: "src", target: "rcp" }],
  },
  {
    reason: "a sender sent a messenger with a message for a recipient: \"X sent his sister Y to Seoul with a message for Z\", \"… to deliver a message to Z\", \"X sent Y to L as a special envoy with a letter for Z\"",
    // (the messenger a pronoun the sentence does not name: the sender's message still for the recipient)
    pattern: `(?<src>@PG)${AUX} (?:sent|dispatched) (?:(?:his |her |its |their |an? )?(?:[a-z-]+,? ){0,2}(?<mid>@P)|him|her),? (?:to <[GL]\\d+> )?(?:as (?:a |an |his |her |their )?(?:[a-z-]+ ){0,2}(?:envoy|emissary|messenger) )?(?:with|carrying|bearing|to (?:deliver|carry|convey|hand over|pass on)) (?:a |an |the )?(?:[\\w-]+ ){0,2}(?:message|letter|note|invitation)s? (?:for|to) ${RECIPIENT}`,
    emit: THROUGH_FOR,
  },
  {
    reason: "a letter (message) was handed to a recipient by a messenger: \"The message was handed to Y by X\"",
    cue: /\b(?:was|were|had been|has been|is being) (?:\w+ )?(?:handed|delivered|passed|given|carried|brought|relayed|conveyed)\b/,
    pattern: `\\b(?:(?:[Aa]|[Aa]n|[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir) |(?<owner>@PG)'s )(?:[\\w-]+ )?(?:letter|message|note|reply|response|invitation)s?(?: from (?<src>@PG))?,?[^<.]{0,30}? (?:was|were|had been|has been|is being) (?:\\w+ )?(?:handed|delivered|passed|given|carried|brought|relayed|conveyed)(?: over| on)? to ${RECIPIENT} by (?:the |an? )?(?:(?:<[NG]\\d+>(?:'s)? )?[a-z-]+(?: [a-z-]+)?,? )?(?<mid>@PO)`,
    emit: [
      { relation: "CONVEYED_VIA", source: "src", target: "mid" },
      { relation: "CONVEYED_VIA", source: "owner", target: "mid" },
      { relation: "CONVEYED_TO", source: "mid", target: "rcp" },
    ],
  },
  {
    reason: "a recipient received a messenger who carried a sender's message: \"Y received X, who carried a message from Z\"",
    cue: /,? who\b/,
    // ("received at the same venue a special envoy of President Z of Mozambique, X, who delivered a written message
    // from his president": Z's, through X, for Y)
    // ("X received, Wednesday afternoon at <L>, Y, who delivered to him a written message from Z")
    // ("received in audience Y, who delivered to him a written message from his Head of State, Z")
    pattern: `(?<rcp>@PG)${AUX} (?:received(?: in audience)?|met|hosted|welcomed|met with)(?: (?:on )?(?:[A-Z][a-z]+day|today|yesterday)(?: (?:morning|afternoon|evening))?(?= at\\b))?(?: at (?:the |a |his |her )?[a-z ]{1,30}?(?: in <L\\d+>)?| in <L\\d+>|, (?:on )?(?:[A-Z][a-z]+day|today|yesterday)(?: (?:morning|afternoon|evening))? (?:at|in) (?:the )?<L\\d+>,)? (?:the |a |an )?(?:(?:special |personal )?(?:envoy|emissary|representative|messenger) of (?<prin>@PG)(?: of (?:the )?<G\\d+>)?, )?(?:(?:<[NG]\\d+>(?:'s)? )?[a-z-]+(?: [a-z-]+)?,? )?(?<mid>@P),? who (?:[a-z]+ )?(?:carried|delivered|brought|passed on|conveyed|relayed|handed over)(?: to (?:him|her))? (?:a |an |the )?(?:[\\w-]+ ){0,2}(?:message|letter|note|invitation|proposal)s? from (?:${SENDER_POST}(?<src>@PG)|(?:his|her|their) (?:[a-z-]+ ){0,2}[a-z-]+\\b)`,
    emit: [
      { relation: "CONVEYED_VIA", source: "src", target: "mid" },
      { relation: "CONVEYED_VIA", source: "prin", target: "mid" },
      { relation: "CONVEYED_TO", source: "mid", target: "rcp" },
      { relation: "CONVEYED_TO", source: "src", target: "rcp" },
      { relation: "CONVEYED_TO", source: "prin", target: "rcp" },
    ],
  },
  {
    reason: "a messenger was received by a recipient and handed him a sender's letter: \"X was received by Y at …, and handed him a letter from Z\"",
    cue: /\b(?:was|were) received (?:(?:at|in) (?:the )?<L\d+> )?by\b/,
    // ("X visited the Qatari capital, where he was received by Y and handed him a message from Z")
    pattern: `${RECEIVED_AND_HANDED}(?!,? addressed to)`,
    emit: THROUGH_FOR,
  },
  {
    reason: "a messenger was received by a recipient and handed him the sender's letter: \"X was received by Y at …, and handed him Z's letter\"",
    cue: /\b(?:was|were) received by\b[^.;]*\band (?:then |later )?(?:handed|gave|given|delivered|presented)\b[^.;]*['’]s (?:[\w-]+ )?(?:letter|message|note|invitation|reply)/,
    pattern: `(?<mid>@P)(?:${AUX} |(?:[^.;<]|<[LGN]\\d+>){0,80}?,? where (?:he|she) )(?:was|were) (?:[a-z]+ )?received (?:(?:at|in) (?:the )?<L\\d+> )?by (?:the )?(?:[a-z-]+ ){0,2}(?<rcp>@P)(?:[^.;<]|<[LGNO]\\d+>){0,80}?,? and (?:then |later )?(?:handed|gave|given|delivered|presented)(?: (?:him|her|them)| over)? (?<src>@PG)['’]s (?:[\\w-]+ )?(?:letter|message|note|invitation|reply)s?\\b`,
    emit: THROUGH_FOR,
  },
  {
    reason: "a messenger was received by one who took a sender's letter addressed to another: \"… handed him a message from Z, addressed to the emir\"",
    cue: /\b(?:was|were) received (?:(?:at|in) (?:the )?<L\d+> )?by\b/,
    pattern: `${RECEIVED_AND_HANDED},? addressed to (?:(?:the )?(?<to>@PG)|the [a-z]+\\b)`,
    emit: HANDED_ON_FOR,
  },
  {
    reason: "a sender gave an intermediary a reply (message) which he delivered to a recipient: \"X gave Y a spoken reply, which the diplomat delivered to Z\"",
    cue: /\bgave\b/,
    pattern: `(?<src>@PG)${AUX} (?:[^.;<]{0,40}?,? but )?gave (?<mid>@P) (?:a |an |the |his |her )?(?:[\\w-]+ ){0,2}(?:reply|answer|response|message|letter|note)s?,? (?:which|that) (?:he|she|the (?:<N\\d+> )?[a-z]+|(?:the )?<P\\d+>) (?:later |then |duly )?(?:delivered|handed|passed on|conveyed|took|carried|relayed)(?: it)? to (?:the )?(?<rcp>@P)`,
    emit: THROUGH_FOR,
  },
  {
    reason: "an intermediary conveyed to a recipient a message from a sender: \"X conveyed to Y a message of solidarity from the Chairperson of the AU, Z\"",
    cue: /\b(?:conveyed|delivered|relayed|passed on) to <P\d+> (?:a|an|the) /,
    pattern: `(?<mid>@P)${AUX} (?:also )?(?:conveyed|delivered|relayed|passed on) to ${RECIPIENT} (?:a|an|the) (?:[\\w-]+ ){0,2}messages?(?: of [a-z]+)? from (?:the (?:[A-Z][a-z]+ ){1,3}of (?:the )?<[OG]\\d+>, )?(?<src>@PG)`,
    // (a message, not a letter, which may be for one it goes through: "delivered to the Chairperson a letter from Z")
    emit: THROUGH_FOR,
  },
  {
    reason: "an intermediary conveyed to a recipient the greetings of a sender: \"X conveyed to Y the cordial greetings of Prime Minister Z\"",
    cue: /\b(?:conveyed|delivered|relayed|extended|passed on) to\b/,
    pattern: `(?<mid>@P)${AUX} (?:also )?(?:conveyed|delivered|relayed|extended|passed on) to ${RECIPIENT} (?:the |a )?(?:[\\w-]+ ){0,2}(?:greetings|regards|wishes|congratulations|condolences|best wishes) of (?<src>@PG)(?! to (?:the )?(?:[A-Za-z]+ ){0,3}<P)`,
    emit: THROUGH_FOR,
  },
  {
    reason: "an intermediary conveyed to another the greetings of a sender for a third: \"X conveyed to Y the greetings of Z to W\" (through X and Y, for W)",
    cue: /\b(?:conveyed|delivered|relayed|passed on) to\b/,
    pattern: `(?<mid>@P)${AUX} (?:also )?(?:conveyed|delivered|relayed|passed on) to (?:the )?(?<mid2>@P) (?:the |a )?(?:[\\w-]+ ){0,2}(?:greetings|regards|wishes|congratulations|condolences|best wishes|message) of (?:the )?(?:(?:<[NG]\\d+> )?(?:[A-Z][a-z]+ ){0,3})?(?<src>@P) to (?:the )?(?:(?:<[NG]\\d+> )?(?:[A-Z][a-z]+ ){0,3})?(?<rcp>@P)`,
    emit: [
      { relation: "CONVEYED_VIA", source: "src", target: "mid" },
      { relation: "CONVEYED_VIA", source: "src", target: "mid2" },
      { relation: "CONVEYED_TO", source: "mid", target: "mid2" },
      { relation: "CONVEYED_TO", source: "src", target: "rcp" },
    ],
  },
  {
    reason: "an intermediary went to hand a recipient a letter from a sender: \"X was at the Europa building on Thursday to hand Y a letter from Z\"",
    cue: /\bto (?:hand|deliver|present)\b/,
    pattern: `(?<mid>@P) (?:was|were) (?:in|at) (?:[^<.;]|<[LGO]\\d+>){0,60}? to (?:hand|deliver|present)(?: over)? (?<rcp>@P) (?:a |an |the )?(?:[\\w-]+ ){0,2}(?:letter|message|note)s? from (?<src>@PG)`,
    emit: THROUGH_FOR,
  },
  {
    reason: "a letter to another handed to a go-between, inviting its addressee: \"handed Y a letter from Z to W, inviting him to visit Kyiv\"",
    cue: /\binviting (?:him|her)\b/,
    pattern: `\\b(?:hand|handed|deliver|delivered|present|presented)(?: over)? @P (?:a |an |the )?(?:[\\w-]+ ){0,2}(?:letter|message|note)s? from (?<src>@PG) to (?:the )?(?:<[NG]\\d+>['’]?s? )?(?:[A-Za-z-]+ ){0,3}(?<rcp>@P),? inviting (?:him|her) to\\b`,
    emit: [{ relation: "INVITED", source: "src", target: "rcp" }],
  },
  {
    reason: "a letter handed to a recipient, inviting him: \"hand(ed) Y a letter from Z, inviting him to Reykjavík\" (or asking him to come, or to lead a delegation there: \"gave Y a letter from Z asking him to lead a delegation to G\")",
    cue: /\b(?:inviting|asking) (?:him|her)\b/,
    pattern: `\\b(?:hand|handed|deliver|delivered|present|presented|gave|give|gives)(?: over)? (?<rcp>@P) (?:a |an |the )?(?:[\\w-]+ ){0,2}(?:letter|message|note)s? from (?<src>@PG),? (?:inviting (?:him|her) to\\b|asking (?:him|her) to (?:visit|come to|travel to|lead (?:a|an|the) (?:<N\\d+> )?(?:[a-z-]+ )?delegation to) (?:the )?<[LG]\\d+>)`,
    emit: [{ relation: "INVITED", source: "src", target: "rcp" }],
  },
  {
    reason: "a message received on another's behalf: \"X handed over a message from Z to the king, which the crown prince Y received on behalf of the king\" (Y one more go-between)",
    cue: /\bon behalf of\b/,
    pattern: `(?<car>@P)${AUX} (?:handed over|handed|delivered|presented|conveyed) (?:a |an |the )?(?:[\\w-]+ ){0,2}(?:message|letter|note|invitation)s? from (?<src>@PG) to (?:the )?@PG, which (?:the )?(?<mid>@P) (?:received|accepted|took) on (?:(?:his|her|the) )?behalf(?: of)?`,
    emit: [
      { relation: "CONVEYED_VIA", source: "src", target: "mid" },
      { relation: "CONVEYED_TO", source: "car", target: "mid" },
    ],
  },
  {
    reason: "a sender gave (handed) an intermediary a message for a recipient: \"X gave Y a verbal message for President Z\"",
    cue: /\b(?:gave|handed|entrusted)\b/,
    pattern: `(?<src>@PG)${AUX} (?:gave|handed|entrusted) (?<mid>@P) (?:with )?(?:a |an |the |his |her )?(?:[\\w-]+ ){0,2}(?:reply|answer|response|message|letter|note)s? (?:for|to be delivered to|to take to|to pass on to) (?:the )?(?<rcp>@PG)(?!'s)`,
    emit: THROUGH_FOR,
  },
  {
    reason: "a sender's answer (message), which an intermediary passed on to a recipient: \"X's answer, which Y passed on to Z by telephone\"",
    cue: /, which\b/,
    pattern: `(?<src>@PG)'s (?:[a-z-]+ )?(?:answer|reply|response|message|letter|note|proposal|offer|invitation)s?, which (?<mid>@P) (?:then |later |duly )?(?:passed on|passed|relayed|conveyed|delivered|handed|took|carried|brought)(?: it| them)?(?: on| back| over)? to (?:the )?(?<rcp>@PG)`,
    emit: THROUGH_FOR,
  },
  {
    reason: "a sender's message, which an intermediary brought (to a place): \"a written message from X, which a member of the council, Y, brought to L\"",
    cue: /, which\b/,
    pattern: `(?:message|letter|note|reply|invitation)s? from (?:the )?(?<src>@PG), which (?:(?:[^<.;,]|<[GNO]\\d+>){0,60}, )?(?<mid>@P),? (?:then |later |duly |personally |had )?(?:passed on|relayed|conveyed|delivered|handed over|took|carried|brought|flew)\\b(?! it to\\b| them to\\b| to (?:the )?<P)`,
    emit: [{ relation: "CONVEYED_VIA", source: "src", target: "mid" }],
  },
  {
    reason: "a messenger took to a capital a sender's message: \"X took to Pristina a message from Y\"",
    cue: /\b(?:took|carried|brought) to\b/,
    pattern: `(?<mid>@P)${AUX} (?:took|carried|brought) to (?:the )?(?<rcp>@G) (?:a |an |the )?(?:[\\w-]+ ){0,2}(?:message|letter|note|proposal|reply|offer)s? from (?<src>@PG)`,
    emit: THROUGH_FOR,
  },
  {
    reason: "a messenger met a recipient and conveyed a sender's message: \"X met Y and conveyed Z's message\"",
    pattern: `(?<mid>@P)${AUX} (?:met|met with|visited|received|held talks with) (?<rcp>@P)[^<.;]{0,40}? and (?:conveyed|relayed|delivered|passed on|handed over) (?<owner>@PG)'s (?:[\\w-]+ )?(?:message|letter|note|invitation|proposal)s?`,
    emit: [
      { relation: "CONVEYED_VIA", source: "owner", target: "mid" },
      { relation: "CONVEYED_TO", source: "mid", target: "rcp" },
    ],
  },
  {
    reason: "a recipient received a sender's message through an intermediary: \"Y received a message from Z through X\"",
    cue: /\b(?:through|via)\b/,
    pattern: `(?<rcp>@PGO)(?: [a-z]+){0,8}? (?:received|got) (?:a |an |the )?(?:[\\w-]+ ){0,2}(?:letter|message|note|reply|response|proposal)s? from (?<src>@PG) (?:through|via) (?:the |an? )?(?:(?:<[NG]\\d+>(?:'s)? )?[a-z][a-z -]{0,40}, )?(?<mid>@PO)`,
    emit: THROUGH,
  },
  {
    reason: "an intermediary shuttled between two sides",
    cue: /\bshuttl/,
    pattern: `(?<mid>@@PO)${AUX} (?:shuttled|has shuttled|shuttling|kept shuttling) between (?:the )?(?<a>@PG) and (?:the )?(?<b>@PG)`,
    emit: [
      { relation: "CONVEYED_VIA", source: "a", target: "mid" },
      { relation: "CONVEYED_VIA", source: "b", target: "mid" },
    ],
  },
  {
    reason: "a caller called a recipient on a given day: \"X called Y on Sunday.\"",
    cue: /\b(?:called|rang|phoned)\b/,
    pattern: `(?<src>@PG)${AUX} (?:called|rang) ${RECIPIENT} (?:late |early )?(?:on |last )(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:night|morning|evening|afternoon))?(?=[.;]| and\\b| to\\b|, )`,
    emit: [{ relation: "CONVEYED_TO", source: "src", target: "rcp", note: "phone call" }],
  },
  {
    reason: "two sides exchanged letters (messages): each wrote to the other",
    pattern: `(?<a>@PG) and (?:the )?(?:[a-z-]+ ){0,3}(?<b>@PG)(?:, [^<,;.]{0,60},)? (?:have |had |also |secretly |privately )*exchanged (?:[a-z-]+ ){0,2}(?:letters|messages|notes)\\b`,
    emit: [
      { relation: "CONVEYED_TO", source: "a", target: "b" },
      { relation: "CONVEYED_TO", source: "b", target: "a" },
    ],
  },
  {
    reason: "two sides spoke by phone: each told the other",
    // (not the state a person is of: "X of Mauritania and Y of Senegal spoke by telephone" is X and Y)
    pattern: `(?<!\\bof (?:the )?)(?<a>@PG)(?: of (?:the )?<G\\d+>)? and (?:the )?(?:[a-z-]+ ){0,3}(?<b>@PG)${AUX} (?:${SPOKE} ${BY_PHONE}|(?:held|had) (?:a |an )?(?:[\\w-]+ ){0,2}${CALL}|(?:held|had) (?:[\\w-]+ )?(?:talks|a conversation|conversations) ${BY_PHONE})\\b`,
    emit: [
      { relation: "CONVEYED_TO", source: "a", target: "b", note: "phone call" },
      { relation: "CONVEYED_TO", source: "b", target: "a", note: "phone call" },
    ],
  },
  {
    reason: "a caller spoke to a recipient by phone",
    // (a day between: "spoke by telephone on Monday with X")
    pattern: `(?<src>@PG)${AUX} (?:${SPOKE} ${BY_PHONE}(?: (?:on|last|late on|early on) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|night|month)(?: (?:night|morning|evening|afternoon))?)? (?:with|to)|(?:held|had|made) (?:a |an )?(?:[\\w-]+ ){0,2}${CALL} (?:with|to)|phoned|telephoned|rang) ${RECIPIENT}`,
    emit: [{ relation: "CONVEYED_TO", source: "src", target: "rcp", note: "phone call" }],
  },
  {
    reason: "a caller spoke with a recipient by phone",
    pattern: `(?<src>@PG)${AUX} ${SPOKE} (?:with|to) ${RECIPIENT} ${BY_PHONE}`,
    emit: [{ relation: "CONVEYED_TO", source: "src", target: "rcp", note: "phone call" }],
  },
  {
    reason: "in a phone call with a recipient, a caller said (told, urged)",
    pattern: `\\b[Ii]n (?:a |an |the |their |his |her |its )?(?:[\\w-]+ ){0,2}${CALL} with ${RECIPIENT}(?: on \\w+)?, (?<src>@PG)${AUX} [a-z]+`,
    emit: [{ relation: "CONVEYED_TO", source: "src", target: "rcp", note: "phone call" }],
  },
  {
    reason: "a caller told (urged, assured) a recipient in a phone call",
    pattern: `(?<src>@PG)${AUX} (?:told|urged|asked|assured|warned|pressed|informed) ${RECIPIENT} (?:in|during|over) (?:a |an |the |their |his |her )?(?:[\\w-]+ ){0,2}${CALL}`,
    emit: [{ relation: "CONVEYED_TO", source: "src", target: "rcp", note: "phone call" }],
  },
  {
    reason: "a caller said (did) something in a phone call with a recipient: \"X rejected the idea in a phone call with Y\"",
    pattern: `(?<src>@PG)${AUX} [a-z]+(?: [^<.;,]{1,50}?)? (?:in|during|over) (?:a |an |the |their |his |her )?(?:[\\w-]+ ){0,2}${CALL} with ${RECIPIENT}`,
    emit: [{ relation: "CONVEYED_TO", source: "src", target: "rcp", note: "phone call" }],
  },
  {
    reason: "in a phone call, a caller told (urged) a recipient: \"In a telephone conversation, X told Y\"",
    pattern: `\\b[Ii]n (?:a |an |the |their )?(?:[\\w-]+ ){0,2}${CALL}(?: on \\w+)?, (?<src>@PG)${AUX} (?:told|informed|assured|urged|warned|asked|pressed|briefed) ${RECIPIENT}`,
    emit: [{ relation: "CONVEYED_TO", source: "src", target: "rcp", note: "phone call" }],
  },
  {
    reason: "a caller called a recipient to discuss (urge, congratulate) something",
    pattern: `(?<src>@PG)${AUX} (?:called|rang|phoned) ${RECIPIENT}(?: (?:on|late|early|last) \\w+)?(?: by (?:tele)?phone)? to (?:discuss|talk|express|offer|convey|congratulate|urge|press|ask|thank|brief|inform|reassure|warn|condole|wish|raise)\\b`,
    emit: [{ relation: "CONVEYED_TO", source: "src", target: "rcp", note: "phone call" }],
  },
  {
    reason: "a caller did something else and then spoke by phone with a recipient: \"X met Y and later spoke by phone with Z\"",
    cue: /\b(?:phone|phoned|telephoned)\b/,
    pattern: `(?<src>@PG)${AUX} (?:(?!, who|, which)[^.;]){1,80}? and (?:later |then |also |afterwards )?(?:${SPOKE} ${BY_PHONE} (?:with|to)|phoned|telephoned) ${RECIPIENT}`,
    emit: [{ relation: "CONVEYED_TO", source: "src", target: "rcp", note: "phone call" }],
  },
  {
    reason: "a recipient received a call from a caller",
    // (not a courtesy call, which is a visit)
    pattern: `(?<rcp>@PGO)${AUX} (?:received|took|got|answered) (?:a |an |the )?(?:(?!courtesy\\b)[\\w-]+ ){0,2}(?:(?:tele)?phone |video )?call from (?<src>@PG)`,
    emit: [{ relation: "CONVEYED_TO", source: "src", target: "rcp", note: "phone call" }],
  },
  {
    reason: "two sides exchanged messages through an intermediary: each passed them through it",
    pattern: `(?<a>@PG) and (?:the |his |her |its |their )?(?:<N\\d+> counterpart,? )?(?<b>@PG)(?:${AUX}|[^<.;]{0,40}?,? (?:but|and|instead)(?: have| had)?) (?:exchanged|traded|passed) (?:\\w+ )?(?:messages|letters|notes|proposals) (?:through|via) (?:the |an? )?(?:(?:<[NG]\\d+>(?:'s)? )?[a-z][a-z -]{0,40},? )?(?<mid>@PO)`,
    emit: [
      { relation: "CONVEYED_VIA", source: "a", target: "mid" },
      { relation: "CONVEYED_VIA", source: "b", target: "mid" },
    ],
  },
  {
    reason: "a sender used an intermediary as a channel (to a recipient)",
    cue: /\b(?:conduit|channel|intermediary|go-between|messenger|backchannel)\b/,
    pattern: `(?<src>@PG)${AUX} (?:used|relied on|turned to) (?:the |his |her |its |their )?(?<mid>@PO),? as (?:a |an |the |his |her |its |their )?(?:[\\w-]+ )?(?:conduit|channel|intermediary|go-between|messenger|back ?channel)(?: to ${RECIPIENT})?`,
    emit: THROUGH,
  },
  {
    reason: "a mediator between two sides: \"X mediated between A and B\"",
    pattern: `(?<mid>@@PO)${AUX} (?:mediated|brokered|facilitated|arbitrated|acted as (?:a |an |the )?(?:mediator|go-between|intermediary|channel))(?: (?:the )?(?:[a-z-]+ )?(?:talks|contacts|negotiations|dialogue))? between (?:the )?(?<a>@PG) and (?:the )?(?<b>@PG)`,
    emit: [
      { relation: "CONVEYED_VIA", source: "a", target: "mid" },
      { relation: "CONVEYED_VIA", source: "b", target: "mid" },
    ],
  },
  {
    reason: "talks between two sides mediated by a third: \"talks between A and B, mediated by X\"",
    pattern: `\\bbetween (?:the )?(?<a>@PG) and (?:the )?(?<b>@PG),? (?:[a-z]+ ){0,3}(?:mediated|brokered|facilitated) by (?:the )?(?<mid>@PO)`,
    emit: [
      { relation: "CONVEYED_VIA", source: "a", target: "mid" },
      { relation: "CONVEYED_VIA", source: "b", target: "mid" },
    ],
  },
  {
    reason: "sender told or conveyed to a recipient",
    pattern: `(?<src>@PGO)${AUX} ${TELL} ${RECIPIENT}`,
    emit: [{ relation: "CONVEYED_TO", source: "src", target: "rcp" }],
  },
  {
    reason: "sender used a channel to convey a message to someone named after it",
    pattern: `(?<src>@PG)${AUX} (?:used|sent|employed|dispatched) [^<]{0,40}? to convey (?:his|her|its|their) [^<]{0,80}?(?<rcp>@PG)`,
    emit: [{ relation: "CONVEYED_TO", source: "src", target: "rcp" }],
  },
  {
    reason: "sender expressed or sent a message via an intermediary",
    // (and the intermediary's to the recipient named before it: "sent a message to Y via Z")
    pattern: `(?<src>@@PG)${AUX} (?:[a-z]+ by )?(?:expressed|conveyed|sent|relayed|communicated|passed|delivered|made|extended|offered|reached out|sending|conveying|passing|relaying)\\b(?:[^.<]{0,60}? to ${RECIPIENT})?[^.]{0,90}?(?:via|through) (?:the |its |his |her |our |their )?(?:(?:<[NG]\\d+>(?:'s)? )?[a-z][a-z -]{0,40}(?: (?:to|in|at) (?:the )?<[GLO]\\d+>)?,? )?(?<mid>@PO)`,
    emit: THROUGH,
  },
  {
    reason: "a route via the sender's own mission",
    pattern: `(?:communicat\\w+|contact\\w*|in touch|channel\\w*|route)\\b[^.]{0,80}?(?:via|through) (?:our|its|their|his|her) (?<mid>@O)`,
    emit: [{ relation: "CONVEYED_VIA", source: "@ownerOf:mid", target: "mid" }],
  },
  {
    reason: "asked intermediaries to convey a message",
    // (also after another verb of the same subject: "X accepted the invitation with pleasure and asked Y to convey …",
    // "X accepted the invitation, with the visit "to take place in the autumn," and asked Y to convey …")
    // (past a state thanked: "X thanked the <G> for its mediation efforts and asked Y to convey his reply to Z")
    // (not the object of the subject's first verb: in "X thanked Y for the invitation, …, and asked Z to convey" X asked)
    // (past a clause of another verb: "X used the meeting to raise the <O>, which is making its way through <L>, and asked Y to convey to …")
    // (and "asked Y to take his good wishes back to L for Z", "asked Y to take the gratitude of <G> back to Z"; and
    // "asked Y to take to Z a request for a meeting"; and "requested that Y relay to Z …", "asked Y to take back to L a
    // request for Z"; and "asked Y to get word to Z that …")
    pattern: `${NOT_AN_OBJECT}(?<src>@PG)${AUX} (?:${FIRST_OBJECT}(?:[^<.;]|<[GN]\\d+>){0,90}? and (?:also |then )?|(?:used|took) (?:the|this|that) (?:meeting|talks|occasion|opportunity|visit|call) to (?:[^<.;]|<[GNOL]\\d+>){1,100}?,? and (?:also |then )?)?(?:asked|requested|urged|called on|tasked|entrusted) (?:that )?(?:the )?(?<mids>@@P) (?:to |should )?(?:convey|relay|pass on|pass|deliver|carry|send|transmit|return|take back|carry back|bring back|bring home|get word|take(?= (?:[^.;<]|<[GN]\\d+>){1,60} back (?:to|home)\\b| to (?:the )?<P\\d+> (?:a|an|the|his|her) (?:[a-z-]+ ){0,2}(?:request|message|letter|proposal|invitation|note)\\b))(?:(?: [^.]{0,80}?)?? (?:to|(?<=\\bback to <[LG]\\d+> (?:(?:a|an|the|his|her) (?:[a-z-]+ ){0,2}(?:request|message|letter|proposal|note) )?)for) ${RECIPIENT})?`,
    // (the message is the sender's, for the one it is to be conveyed to, whoever's words it carries: "asked Y to pass
    // on the Government of G's thanks to Z"; a state it is to be conveyed to is no one it reached)
    emit: [
      { relation: "ASKED", source: "src", target: "mids" },
      { relation: "CONVEYED_VIA", source: "src", target: "mids" },
      { relation: "CONVEYED_TO", source: "mids", target: "rcp" },
      { relation: "CONVEYED_TO", source: "src", target: "rcp", personTarget: true },
    ],
  },
  {
    reason: "asked an intermediary to tell a recipient something: \"X asked Y to tell Z that Beijing wanted concrete actions\"",
    // ("asked the Peruvian minister to tell Z that …")
    cue: /\bto tell\b/,
    pattern: `(?<src>@PG)${AUX} (?:asked|requested|urged|tasked) (?:the )?(?<mid>@P) to tell (?:the )?(?<rcp>@P) (?:that|to|of|about|how|what|whether)\\b`,
    emit: [{ relation: "ASKED", source: "src", target: "mid" }, ...THROUGH_FOR],
  },
  {
    reason: "asked an intermediary to raise something with a recipient: \"X asked the minister to raise with Z the council's hope for a ferry\", \"asked Y to put to Z G's wish that …\"",
    // ("urged Y to impress upon Z the need to …")
    // ("asked Y to lay before Z the <O>'s request")
    // (and "asked Y to sound out Z on …", "to lobby Z for …", "to put in a word with Z for …", "to plead the
    // prefecture's case with Z", "to press Z on …", "to make the case to Z for …")
    // (and "asked Y in return to lean on Z over …", "asked Y to raise the matter of … with Z", "to make G's case
    // against the tariffs to Z", "to make representations to Z for …")
    // (and "pressed Y to win over Z to the slot system", "asked Y to go to bat for G's steelmakers with Z", "appealed
    // to Y to prevail upon Z to …")
    cue: /\bto (?:(?:raise|take up) (?:with|the\b)|go to bat\b|prevail (?:up)?on\b|put to|impress (?:up)?on|lay before|place before|sound out|lobby|put in a word with|plead|press|lean on|win over|make representations to|make (?:the|its|his|her|their|<[GLN]\d+>['’]s|the [a-z]+['’]s) case\b)/,
    pattern: `(?<src>@PG)${AUX}(?:,? (?:in turn|also|then),?)? (?:asked|requested|urged|tasked|pressed|appealed to) (?:the )?(?<mid>@P)(?: in (?:return|turn))? to (?:(?:raise|take up) (?:the (?:[^<.;,]|<[NGL]\\d+>){1,80}? )?with|prevail (?:up)?on|go to bat (?:for (?:[^<.;,]|<[NGL]\\d+>){1,60}? )?with|lean on|win over|put to|impress (?:up)?on|lay before|place before|sound out|lobby|put in a word with|plead (?:the |his |her |their |its )?(?:[A-Za-z'’-]+ ){0,3}case with|press|make representations to|make (?:the|its|his|her|their|<[GLN]\\d+>['’]s|the (?:province|region|state|city|government|country|island|territory)['’]s) case(?: (?:against|for|on) [^<.;,]{1,40}?)? to) ${RECIPIENT}`,
    emit: [{ relation: "ASKED", source: "src", target: "mid" }, ...THROUGH_FOR],
  },
  {
    reason: "asked an intermediary to convey one's own greetings (message) to a recipient: the sender's, for the recipient",
    // ("asked the envoy to convey her warm greetings and gratitude to President Z"; not another's: "asked X to convey
    // to North Korea Japan's intention" is Japan's)
    // ("entrusted X with conveying his greetings to Z", an agency's formal style)
    // ("asked Y to take the government's condolences to Z": her government's)
    // (and a speaker's "my", read as the speaker's own name: "I asked my brother to convey my greetings to her")
    // ("asked Y to take the province's concerns about the queues at the <O> border post to Z")
    cue: /\b(?:convey|relay|pass on|pass|deliver|carry|transmit|take|conveying|relaying|delivering|carrying) (?:his|her|their|its|a|an|the|<P\d+>['’]s)\b/,
    pattern: `${NOT_AN_OBJECT}(?<src>@PG)${AUX} (?:${FIRST_OBJECT}[^<.;]{0,100}? and (?:also |then )?)?(?:asked|requested|urged|tasked|entrusted) (?:the )?(?<mid>@@P)(?: (?:at|during|after) (?:that|the|this|their) (?:meeting|talks|call|dinner|lunch))? (?:to (?:convey|relay|pass on|pass|deliver|carry|transmit|take)|(?<=entrusted (?:the )?<P\\d+> )with (?:conveying|relaying|passing on|delivering|carrying)) (?:(?:his|her|their|its) |a |an |the |\\k<src>['’]s )(?:(?:government|country|nation|people|province|region|state|territory|island|city)['’]s )?"?(?:[a-z-]+ ){0,3}(?:greetings|message|letter|regards|wishes|invitation|reply|note|congratulations|condolences|gratitude|thanks|solidarity|sympathy|support|concerns)(?: and (?:his |her |their )?"?(?:[A-Za-z-]+ ){0,3}[a-z]+"?| and [a-z]+| (?:about|over) (?:[^<.;,]|<[LOGN]\\d+>){1,80}?)?"?(?: by hand| in person| back)? to ${RECIPIENT}`,
    // ("asked Y at that meeting to deliver a letter by hand to Z"; "to carry his thanks back to Z")
    // (quoted words too: "asked X to convey his "warm regards and best wishes" to Z", "his thanks and his "…"")
    emit: [{ relation: "CONVEYED_TO", source: "src", target: "rcp" }, { relation: "CONVEYED_VIA", source: "src", target: "mid" }],
  },
  {
    reason: "entrusted an intermediary with conveying one's greetings to a recipient: asked him to",
    cue: / entrusted (?:the )?<P\d+> with (?:conveying|relaying|passing on|delivering|carrying) /,
    pattern: `(?<src>@P)${AUX} (?:${FIRST_OBJECT}[^<.;]{0,100}? and (?:also |then )?)?entrusted (?:the )?(?<mid>@@P) with (?:conveying|relaying|passing on|delivering|carrying) (?:his|her|their) (?:[a-z-]+ ){0,3}(?:greetings|message|regards|wishes|gratitude|thanks|congratulations|condolences|reply) to ${RECIPIENT}`,
    emit: [
      { relation: "ASKED", source: "src", target: "mid" },
      { relation: "CONVEYED_TO", source: "mid", target: "rcp" },
    ],
  },
  {
    reason: "asked an intermediary to convey to a recipient one's own thanks: \"asked the envoy to convey to the Secretary-General the Sultanate's thanks\"",
    cue: / to (?:convey|relay|pass on|deliver) to /,
    pattern: `(?<src>@PG)${AUX} (?:asked|requested|urged|tasked) (?<mid>@@P) to (?:convey|relay|pass on|deliver) to ${RECIPIENT} (?:(?:his|her|their|its) |the (?:<[GO]\\d+>['’]s )?)(?:[a-z-]+ ){0,2}(?:greetings|message|regards|wishes|gratitude|thanks|congratulations|condolences)\\b`,
    emit: [{ relation: "ASKED", source: "src", target: "mid" }, ...THROUGH_FOR],
  },
  {
    reason: "the same, the recipient told first: \"X asked Y to pass on to Z his thanks for …\", \"… to convey to Z the solidarity of …\"",
    cue: /\b(?:convey|relay|pass on|pass|deliver|carry|transmit) to\b/,
    // ("Z thanked W for the invitation and asked X to pass on to W his gratitude")
    pattern: `${NOT_AN_OBJECT}(?<src>@PG)${AUX} (?:${FIRST_OBJECT}[^<.;]{0,60}? and (?:also |then )?)?(?:asked|requested|urged|tasked|entrusted) @@P to (?:convey|relay|pass on|pass|deliver|carry|transmit) to ${RECIPIENT} (?:his|her|their|its|the) (?:[a-z-]+ ){0,3}(?:greetings|message|regards|wishes|congratulations|condolences|gratitude|thanks|solidarity|sympathy|support)\\b`,
    emit: [{ relation: "CONVEYED_TO", source: "src", target: "rcp" }],
  },
  {
    reason: "X met Y and asked him to act: the one met is the one asked",
    cue: /\b(?:asked|asks|urged|urges|pressed|presses) (?:him|her) to\b/,
    pattern: `(?<src>@PG)${AUX} (?:met|meets|received|receives|hosted|hosts|called|phoned|visited|visits|saw|sees)(?: with)? (?<tgt>@P)(?:[^<.;]|<[LGT]\\d+>){0,60}? and (?:asked|asks|urged|urges|pressed|presses) (?:him|her) to `,
    emit: [{ relation: "ASKED", source: "src", target: "tgt" }],
  },
  {
    reason: "X asked Y to convey an invitation to Z: X invited Z, through Y",
    cue: /\bto (?:convey|pass on|deliver|extend|relay) (?:an |the |his |her |its )?invitation to\b/,
    pattern: `(?<src>@PG)${AUX} (?:asked|asks|requested|requests) (?<mid>@P) to (?:convey|pass on|deliver|extend|relay) (?:an |the |his |her |its )?invitation to ${RECIPIENT}`,
    emit: [
      { relation: "INVITED", source: "src", target: "rcp" },
      { relation: "CONVEYED_VIA", source: "src", target: "mid" },
      { relation: "CONVEYED_TO", source: "src", target: "rcp" },
    ],
  },
  {
    reason: "a go-between passed on a message from a sender who had asked him to tell a recipient: \"X passed on a message from Z, who had asked him in a telephone call to tell W that …\"",
    cue: /, who (?:had )?asked (?:him|her)\b/,
    pattern: `(?<mid>@P)${AUX} (?:passed on|conveyed|relayed|delivered|brought|carried) (?:a |an |the )?(?:[\\w-]+ ){0,2}(?:message|note|letter)s? from (?<src>@PG), who (?:had |has )?asked (?:him|her)(?: [^<.;]{0,60}?)? to (?:tell|inform|convey to|pass on to) ${RECIPIENT}`,
    emit: [
      { relation: "ASKED", source: "src", target: "mid" },
      { relation: "CONVEYED_VIA", source: "src", target: "mid" },
      { relation: "CONVEYED_TO", source: "src", target: "rcp" },
      { relation: "CONVEYED_TO", source: "mid", target: "rcp" },
    ],
  },
  {
    reason: "X met Y and invited him: the one met is the one invited",
    cue: /\b(?:invited|invites) (?:him|her)\b/,
    pattern: `(?<src>@PG)${AUX} (?:met|meets|received|receives|hosted|hosts|called|phoned|visited|visits|saw|sees|spoke|speaks|talked|talks)(?: with| to)? (?:(?:his|her|their) (?:<[NG]\\d+> )?(?:counterparts?,? )?)?(?<tgt>@P)(?:[^<.;]|<[LGTO]\\d+>){0,60}? and (?:also |then |later )?(?:invited|invites) (?:him|her)\\b`,
    emit: [{ relation: "INVITED", source: "src", target: "tgt" }],
  },
  {
    reason: "X met Y and asked him to convey a message: Y the intermediary",
    cue: /\b(?:asked|asks|urged|urges) (?:him|her) to (?:convey|relay|pass|deliver|carry|take)\b/,
    pattern: `(?<src>@PG)${AUX} (?:met|meets|received|receives|hosted|hosts|called|phoned|visited|visits|saw|sees)(?: with)? (?<mid>@P)(?:[^<.;]|<[LGT]\\d+>){0,60}? and (?:asked|asks|urged|urges) (?:him|her) to (?:convey|relay|pass on|pass|deliver|carry|take)(?: [^<.]{0,60}?)? to ${RECIPIENT}`,
    emit: THROUGH,
  },
  {
    reason: "Y was asked by X to act: \"Y has been asked by Tehran to mediate\"",
    pattern: `(?<tgt>@@P),? (?:has |have |had |was |were )?(?:also |been |also been )*(?:asked|urged|requested|pressed|called on|tasked) by (?<src>@PG) to `,
    emit: [{ relation: "ASKED", source: "src", target: "tgt" }],
  },
  {
    reason: "X requested that Y act: \"X requested that Y mediate\"",
    pattern: `(?<src>@PG)${AUX} (?:requested|asked|urged|proposed|suggested) that (?<tgt>@P) (?!(?:is|was|were|has|had|would|will|could|should|did|does)\\b)[a-z]+`,
    emit: [{ relation: "ASKED", source: "src", target: "tgt" }],
  },
  {
    reason: "asked for someone's cooperation",
    pattern: `(?<src>@PG)${AUX} (?:ask|asks|asked|request|requests|requested|seek|seeks|sought|urge|urged|enlist|enlisted)(?: for)? (?<tgt>@P)'s (?:cooperation|help|support|assistance|backing|understanding|mediation)`,
    emit: [{ relation: "ASKED", source: "src", target: "tgt" }],
  },
  {
    reason: "asked someone to act",
    // ("instructed the head of the Mossad, X, to send"; "urged Y in a phone call on Thursday to accept")
    pattern: `(?<src>@PG)${AUX} (?:asked|urged|requested|pressed|called on|implored|instructed|ordered|directed|tasked) (?:the [a-z -]{1,30} of (?:the )?<[GO]\\d+>, )?(?<tgt>@@P),?(?: (?:in|during|on|at|over) [^<.;,]{1,40}?)? to `,
    emit: [{ relation: "ASKED", source: "src", target: "tgt" }],
  },
  {
    reason: "an intermediary told a recipient about a state's stance",
    pattern: `(?<src>@P)${AUX} ${TELL} ${RECIPIENT} [^.]{0,160}?(?<owner>@GN)'s ${MESSAGE}`,
    emit: [{ relation: "CONVEYED_VIA", source: "owner", target: "src" }],
  },
  {
    reason: "relayed someone's regards to a recipient and asked another to pass them on",
    // ("Cho relayed Lee's warm regards to Xi and asked Wang to pass them on": Lee's, through Cho and Wang, for Xi)
    cue: /\bto (?:pass|convey|relay|deliver) (?:them|it|this|these)\b/,
    pattern: `(?<src>@P)${AUX} (?:conveyed|relayed|passed on|delivered|expressed) (?<owner>@PG)'s (?:\\w+ )?(?:${MESSAGE}|letter|note|reply)s? to (?:the )?(?<rcp>@PG) and (?:also )?asked (?<mid>@P) to (?:pass|convey|relay|deliver) (?:them|it|this|these)`,
    emit: [
      { relation: "ASKED", source: "src", target: "mid" },
      { relation: "CONVEYED_VIA", source: "owner", target: "src" },
      { relation: "CONVEYED_VIA", source: "owner", target: "mid" },
      { relation: "CONVEYED_TO", source: "src", target: "mid" },
      { relation: "CONVEYED_TO", source: "owner", target: "rcp" },
    ],
  },
  {
    reason: "conveyed someone's message to a recipient: the sender's intermediary",
    // (the sender also by its demonym: "relayed Israeli demands to X")
    // (not one asked to pass them on: the rule before)
    pattern: `(?<src>@PGO)${AUX} (?:conveyed|relayed|passed on|passed|delivered|carried|handed over|brought) (?:(?<owner>@PGN)'s|(?<ownerN>@N)) (?:\\w+ )?(?:${MESSAGE}|letter|note|reply)s? (?:back )?to ${RECIPIENT}(?! and (?:also )?asked <P\\d+> to (?:pass|convey|relay|deliver) (?:them|it|this|these))`,
    emit: [
      { relation: "CONVEYED_VIA", source: "owner", target: "src" },
      { relation: "CONVEYED_VIA", source: "ownerN", target: "src" },
      { relation: "CONVEYED_TO", source: "src", target: "rcp" },
    ],
  },
  {
    reason: "conveyed a state's stance to a recipient",
    pattern: `(?<src>@P)${AUX} ${TELL} ${RECIPIENT} (?<owner>@GN)'s ${MESSAGE}`,
    emit: [{ relation: "CONVEYED_VIA", source: "owner", target: "src" }],
  },
];
