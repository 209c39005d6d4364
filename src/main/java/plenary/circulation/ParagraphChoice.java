package plenary.circulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import plenary.drafting.MemorandumText;

/** A paragraph of the circulated version as a form offers it: its key and its number with the start of its words. */
public record ParagraphChoice(String key, String label) {

    private static final int START = 60;

    static List<ParagraphChoice> of(MemorandumText text) {
        Map<String, String> numbers = text.numbers();
        List<ParagraphChoice> choices = new ArrayList<>();
        for (MemorandumText.DraftSection section : text.sections()) {
            for (MemorandumText.DraftParagraph p : section.paragraphs()) {
                String words = p.text().length() > START ? p.text().substring(0, START) + "…" : p.text();
                choices.add(new ParagraphChoice(p.key(), numbers.getOrDefault(p.key(), p.key()) + " " + words));
            }
        }
        return choices;
    }
}
