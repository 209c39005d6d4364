package plenary.drafting;

/**
 * A recommendation of the first draft in words, built from the proposal it comes from. Proposals are recorded as
 * what to do ("develop a regional cooperation mechanism on nuclear safety"), so the recommendation asks the
 * region's governments to do it; a proposal recorded as a sentence of its own is recommended as it stands. It
 * names no one: the memorandum is without attribution.
 */
final class Recommendation {

    private static final String TO_GOVERNMENTS = "The Study Group recommends that the region's governments ";
    private static final String AS_IT_STANDS = "The Study Group recommends: ";

    private Recommendation() {}

    static String of(String proposal) {
        String text = proposal.strip();
        if (text.regionMatches(true, 0, "to ", 0, 3)) {
            text = text.substring(3).strip();
        }
        String opening = !text.isEmpty() && Character.isLowerCase(text.charAt(0)) ? TO_GOVERNMENTS : AS_IT_STANDS;
        return opening + text + (endsASentence(text) ? "" : ".");
    }

    private static boolean endsASentence(String text) {
        return text.endsWith(".") || text.endsWith("!") || text.endsWith("?") || text.endsWith(".”");
    }
}
