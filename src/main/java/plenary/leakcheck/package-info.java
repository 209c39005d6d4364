/**
 * The leak check: before a report written under a non-attribution rule is published, every one of its texts
 * is searched for what identifies the meeting's participants. Pure Java with no dependency on any other
 * Plenary module; {@link plenary.leakcheck.LeakCheck} is also a Spring bean, and
 * {@link plenary.leakcheck.LeakCheck#against} compiles a set of {@link plenary.leakcheck.Identity identities}
 * once into a {@link plenary.leakcheck.LeakScreen} that checks any number of passages.
 *
 * <p>What leaks:
 * <ul>
 * <li>A full name in either order ("Sergei Ivanov", "Ivanov Sergei", "Kim Min-jun", "Min-jun Kim"), with
 * each given name alone before or after the surname, with initials ("S. Ivanov", "M.J. Kim"), split over
 * a line break or by several (also non-breaking) spaces; a hyphenated given name written joined or apart.
 * <li>The surname alone, in any case; the core of a surname with particles ("Berg" of "van der Berg") and
 * each part of a double-barrelled one. A surname of two letters ("Li", "Ng") only written as a name: not
 * "LI", not "li", and not "Li-ion" (a lower-case compound is no name).
 * <li>A given name alone only when distinctive: the whole given name ("Min-jun", never "Min"), of three
 * letters or more, no common English word ("Hope", "Mark", "Grace" are not), written with a capital.
 * <li>A title with a name ("Dr Ivanov", "Prof. Kim", "Co-Chair Park", "former Ambassador Petrova").
 * <li>Each affiliation and its short forms; an acronym that is also a word ("RAND") only in capitals.
 * <li>E-mail addresses: the person's own, and any whose local part is the person's name ("ivanov@…").
 * <li>A name form in Cyrillic matches in any grammatical case (Иванова, Иванову); one in Han, Hangul or kana
 * characters matches as a substring (there are no spaces between words), when at least two characters long.
 * <li>A name in another script than the one it is stored in, by ICU4J's transliterators: "Ivanov" for a person
 * stored as Иванов, "Белорецкий" or "Белорецкого" for Beloretsky (Russian-Latin/BGN of the text, compared by stem),
 * "류재원" for Ryu Jae-won (Latin-Hangul of the name); and in other romanisations: "Beloretskiy", "Beloretskii",
 * "Sergey", "Elena" for Yelena, "Ohtsuka" or "Ootsuka" for Ōtsuka (see {@code internal.Romanisation}). A common
 * English word ("young", "soon") never meets a name this way.
 * <li>A name disguised: a letter of another script that looks like a Latin one ("Вeloretsky" with a Cyrillic В; the
 * Unicode confusables, by ICU's SpoofChecker), letters spaced out ("B e l o r e t s k y"), a digit or two for letters
 * ("B3loretsky"), a one-word surname split by hyphens ("Thistle-wood"), text behind a right-to-left override.
 * <li>Two given names together without the family name ("Faith Grace" of Faith Grace Adeyemi).
 * <li>The distinctive part of an affiliation up to its kind of institution, capitalised ("the Primorye Institute" of
 * the Primorye Institute of Asia-Pacific Studies); the domain of a person's address at an institution, in an address
 * or alone ("press@piaps.ru", "www.piaps.ru"), unless it is a mail service anyone may use.
 * </ul>
 * Case, diacritics (Nguyễn, Nguyen, NGUYEN), German transcriptions (Müller, Mueller, Muller), compatibility
 * forms (full-width letters), NFC or NFD input and invisible characters hide nothing. Possessives
 * ("Ivanov's", "Ivanov’s", "the Ivanovs'"), quotation marks, guillemets, parentheses and punctuation around
 * a name do not hide it; a longer word that contains a name ("Kimchi", "Lithuania") is no leak.
 *
 * <p>A surname that is a common English word ("Park", "Long", "Young", "May") leaks only with evidence: see
 * {@link plenary.leakcheck.internal.CommonWord} for the rule and {@link plenary.leakcheck.internal.CommonWords}
 * for the hand-made list. Where the capital proves nothing and nothing else tells ("Park visited the shipyard", "The
 * Long Road", a month opening a sentence), the place may be a name or a word: the leak
 * {@link plenary.leakcheck.Leak#needsConfirmation() needs confirmation} by the report's keeper rather than blocking or
 * passing silently. Each occurrence is reported once, as its most specific term
 * ({@link plenary.leakcheck.LeakKind}), naming everyone it identifies.
 */
@NullMarked
package plenary.leakcheck;

import org.jspecify.annotations.NullMarked;
