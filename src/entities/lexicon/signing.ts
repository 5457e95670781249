// Phrases that say two people signed a document without the verb "sign" ("put their names to", "affixed their
// signatures to", "executed"): read as "signed" both where documents are found and where their signers are.

/** A phrase that ends right before what was signed: "put their names to", "set their signatures to", "put pen to paper
 * on", "affixed their signatures to", "penned their signatures on", "sealed with their signatures", "The two leaders'
 * signatures went on", "executed". */
export const SIGNING_PHRASE = "(?:(?:put|puts|putting|set) (?:(?:their|his|her) (?:names?|signatures?|pens?)|pen) to|put (?:their |his |her )?pens? to paper on|(?:affixed|appended|penned|placed|added) (?:their|his|her) signatures? (?:to|on)|(?:sealed|endorsed) with (?:their|his|her) signatures?|signatures (?:went|were put|were placed) on|executed)";

/** Text that ends with such a phrase. */
export const ENDS_SIGNING = new RegExp(`\\b${SIGNING_PHRASE}$`);
