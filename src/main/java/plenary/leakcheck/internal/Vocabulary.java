package plenary.leakcheck.internal;

import java.util.Set;

/**
 * The words around a name that show it is one: titles, reporting verbs, and the particles of surnames; and the kinds
 * of institution.
 */
final class Vocabulary {

    /** Titles written abbreviated, which may be followed by a full stop ("Dr. Kim"). */
    private static final Set<String> ABBREVIATED_TITLES = Set.of(
            "mr", "mrs", "ms", "mx", "messrs", "dr", "prof", "amb", "gen", "col", "lt", "maj", "capt", "adm", "cdr",
            "sen", "rep", "gov", "rev", "hon", "mme", "mlle", "acad", "pres");

    private static final Set<String> TITLES = Set.of(
            "miss",
            "mister",
            "doctor",
            "professor",
            "sir",
            "dame",
            "lord",
            "lady",
            "ambassador",
            "minister",
            "director",
            "president",
            "chairman",
            "chairwoman",
            "chairperson",
            "chair",
            "secretary",
            "general",
            "colonel",
            "lieutenant",
            "major",
            "captain",
            "admiral",
            "commander",
            "senator",
            "representative",
            "congressman",
            "congresswoman",
            "governor",
            "mayor",
            "judge",
            "justice",
            "reverend",
            "father",
            "madam",
            "madame",
            "herr",
            "frau",
            "academician",
            "counsellor",
            "counselor",
            "consul",
            "envoy",
            "excellency",
            "honourable",
            "honorable",
            "dean",
            "chancellor",
            "rector",
            "rapporteur",
            "professorin",
            "doktor");

    /** Words that only qualify a title before it ("Co-Chair", "Vice Minister", "former Ambassador"). */
    private static final Set<String> TITLE_QUALIFIERS =
            Set.of("co", "vice", "deputy", "acting", "former", "associate", "assistant", "senior", "under");

    private static final Set<String> REPORTING_VERBS = Set.of(
            "argued",
            "argues",
            "said",
            "says",
            "noted",
            "notes",
            "stated",
            "states",
            "proposed",
            "proposes",
            "suggested",
            "suggests",
            "pointed",
            "points",
            "elaborated",
            "stressed",
            "stresses",
            "emphasised",
            "emphasized",
            "emphasises",
            "emphasizes",
            "questioned",
            "asked",
            "asks",
            "replied",
            "replies",
            "responded",
            "responds",
            "added",
            "adds",
            "observed",
            "warned",
            "warns",
            "explained",
            "explains",
            "presented",
            "reviewed",
            "contended",
            "maintained",
            "insisted",
            "agreed",
            "disagreed",
            "concluded",
            "claimed",
            "claims",
            "believed",
            "believes",
            "thinks",
            "remarked",
            "commented",
            "countered",
            "recalled",
            "underlined",
            "highlighted",
            "cautioned",
            "urged",
            "welcomed",
            "opined",
            "wrote",
            "writes",
            "reported",
            "mentioned",
            "acknowledged",
            "admitted",
            "doubted",
            "expressed",
            "criticised",
            "criticized",
            "objected",
            "recommended",
            "concurred",
            "outlined",
            "described",
            "summarised",
            "summarized",
            "reminded",
            "thanked",
            "chaired",
            "moderated",
            "presided",
            "reiterated",
            "asserted",
            "spoke");

    /** Words that may stand between a name and its verb ("Park also argued"). */
    private static final Set<String> ADVERBS = Set.of(
            "also",
            "further",
            "then",
            "again",
            "strongly",
            "however",
            "firmly",
            "repeatedly",
            "moreover",
            "furthermore",
            "rightly",
            "correctly",
            "briefly",
            "similarly",
            "likewise",
            "instead",
            "too",
            "later",
            "subsequently",
            "nevertheless",
            "meanwhile",
            "reportedly",
            "openly",
            "forcefully",
            "himself",
            "herself",
            "had",
            "has",
            "have");

    /** Lower-case particles that belong to the surname after them ("van der Berg", "de la Cruz"). */
    private static final Set<String> SURNAME_PARTICLES = Set.of(
            "van", "von", "de", "der", "den", "del", "della", "di", "da", "du", "la", "le", "dos", "das", "ten", "ter",
            "bin", "binti", "al", "el", "zu", "ibn", "ben", "y", "e");

    /** The kinds of institution an affiliation names after its distinctive words ("Primorye Institute of …"). */
    private static final Set<String> INSTITUTIONS = Set.of(
            "institute",
            "institution",
            "academy",
            "university",
            "college",
            "centre",
            "center",
            "forum",
            "council",
            "foundation",
            "school",
            "society",
            "association",
            "agency",
            "bureau",
            "ministry",
            "laboratory");

    private Vocabulary() {}

    static boolean isInstitution(String word) {
        return INSTITUTIONS.contains(word);
    }

    static boolean isTitle(String word) {
        return TITLES.contains(word) || ABBREVIATED_TITLES.contains(word);
    }

    static boolean isAbbreviatedTitle(String word) {
        return ABBREVIATED_TITLES.contains(word);
    }

    static boolean qualifiesTitle(String word) {
        return TITLE_QUALIFIERS.contains(word);
    }

    static boolean isReportingVerb(String word) {
        return REPORTING_VERBS.contains(word);
    }

    static boolean isAdverb(String word) {
        return ADVERBS.contains(word);
    }

    static boolean isSurnameParticle(String word) {
        return SURNAME_PARTICLES.contains(word);
    }
}
