package plenary.circulation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import plenary.circulation.CirculationView.Amendment;
import plenary.circulation.CirculationView.Comment;
import plenary.drafting.MemorandumText;

/**
 * What an outside recipient's personal link shows: the circulated version's text, the deadline and note, and what
 * they have sent so far.
 */
public record LinkPageView(
        String recipientName,
        String title,
        int version,
        Instant deadline,
        String note,
        boolean late,
        MemorandumText text,
        List<Comment> comments,
        List<Amendment> amendments) {

    public LinkPageView {
        comments = List.copyOf(comments);
        amendments = List.copyOf(amendments);
    }

    /** Each paragraph's number ("2.1") by its key. */
    public Map<String, String> numbers() {
        return text.numbers();
    }

    /** The paragraphs a comment or an amendment may bear on, by number and the start of their words. */
    public List<ParagraphChoice> paragraphs() {
        return ParagraphChoice.of(text);
    }

    /** A paragraph as the recipient knows it: by its number in the circulated version, else by its key. */
    public String paragraph(String key) {
        return "paragraph " + numbers().getOrDefault(key, key);
    }
}
