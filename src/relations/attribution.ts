// Who a sentence says said it: "according to the Asahi", "..., diplomatic sources said", "the newspaper said".
// Returns the source as written, without a leading article; undefined when the sentence names none.

const PATTERNS: RegExp[] = [
  /\baccording to (?:the |a |an )?([^,.;"”]{2,60}?)(?=[,.;"”]|$)/i,
  /[,"”]\s*(?:the |a |an )?((?:[A-Z][\w’'.-]*\s?){1,4}|(?:[\w-]+\s){0,3}(?:sources?|officials?|newspaper|agency|spokesman|spokeswoman|spokesperson|ministry|diplomat|lawmaker|analysts?|experts?|observers|media)(?: close to the matter)?)\s+(?:said|says|reported|added|noted|told [\w ]+?)\s*(?:on \w+|\w+day|yesterday|today)?\s*[.]?["”]?\s*$/,
  /^(?:The |A )?((?:[A-Z][\w’'-]*\s?){1,3}) (?:quoted|reported|cited)\b/,
];

export function attributionOf(sentence: string): string | undefined {
  for (const re of PATTERNS) {
    const m = sentence.match(re);
    if (m?.[1]) {
      const who = m[1].trim().replace(/^(the|a|an)\s+/i, "");
      if (who && !/^(he|she|it|they|we|i|you)$/i.test(who)) return who;
    }
  }
  return undefined;
}
