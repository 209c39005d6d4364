package plenary.imports.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import plenary.imports.ImportedRecord.Excerpt;
import plenary.imports.ImportedRecord.Institution;
import plenary.institutions.InstitutionId;
import plenary.institutions.InstitutionView;

/**
 * The institutions of the register as a text names them: by name or alias, in any case and with a hyphen or a
 * space between words alike ("East Asian Summit", "Trans-Pacific Economic Partnership"), or by acronym, in
 * capitals only ("KEDO", "TPP"), so that a word of the text is never taken for an acronym.
 */
public final class Register {

    private record Term(InstitutionView institution, Pattern pattern) {}

    private final List<Term> terms = new ArrayList<>();

    public Register(List<InstitutionView> institutions) {
        for (InstitutionView institution : institutions) {
            List<String> names = new ArrayList<>(institution.aliases());
            names.add(0, institution.name());
            for (String name : names) {
                if (!name.isBlank()) {
                    terms.add(new Term(institution, Pattern.compile(words(name), Pattern.CASE_INSENSITIVE)));
                }
            }
            String acronym = institution.acronym();
            if (acronym != null && !acronym.isBlank()) {
                terms.add(new Term(institution, Pattern.compile(words(acronym))));
            }
        }
    }

    /** The institutions a passage names, in the order it first names them. */
    List<Institution> in(Passage passage) {
        Map<InstitutionId, Institution> found = new LinkedHashMap<>();
        List<Institution> all = new ArrayList<>();
        for (Term term : terms) {
            Matcher m = term.pattern().matcher(passage.text());
            if (m.find()) {
                all.add(new Institution(
                        term.institution().id(),
                        term.institution().name(),
                        new Excerpt(passage.start() + m.start(), passage.start() + m.end())));
            }
        }
        all.sort((a, b) -> Integer.compare(a.excerpt().start(), b.excerpt().start()));
        for (Institution institution : all) {
            found.putIfAbsent(institution.id(), institution);
        }
        return List.copyOf(found.values());
    }

    private static String words(String name) {
        String[] parts = name.strip().split("[\\s-]+");
        StringBuilder regex = new StringBuilder("(?<![\\w-])");
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                regex.append("[\\s-]+");
            }
            regex.append(Pattern.quote(parts[i]));
        }
        return regex.append("(?![\\w-])").toString();
    }
}
