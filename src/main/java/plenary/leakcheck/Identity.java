package plenary.leakcheck;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What identifies one participant: {@code label} names the person for the report's editor and is never
 * searched for; {@code fullName} is the name as written in running text ("Sergei Ivanov", "Kim Min-jun"),
 * {@code surnameFirst} tells that its first word is the surname (Korean, Chinese, Japanese names);
 * {@code otherNames} are other forms of the name (in Cyrillic, Hangul or Chinese characters, other
 * transliterations, a maiden name), written in the same order as the full name; {@code affiliations} are the
 * person's institutions, each short form ("IMEMO") an entry of its own or in parentheses after the long one;
 * {@code emails} the person's addresses.
 */
public record Identity(
        String label,
        String fullName,
        boolean surnameFirst,
        List<String> otherNames,
        List<String> affiliations,
        List<String> emails) {

    public Identity {
        if (fullName == null || fullName.isBlank()) {
            throw new IllegalArgumentException("an identity needs a full name");
        }
        label = label == null || label.isBlank() ? fullName : label;
        otherNames = present(otherNames);
        affiliations = present(affiliations);
        emails = present(emails);
    }

    /** A person known by this full name only, given name first, labelled with it. */
    public static Identity named(String fullName) {
        return new Identity(fullName, fullName, false, List.of(), List.of(), List.of());
    }

    /** A person whose full name is written surname first ("Park Ji-won", "Wang Wei"). */
    public static Identity namedSurnameFirst(String fullName) {
        return named(fullName).surnameWrittenFirst();
    }

    public Identity labelled(String label) {
        return new Identity(label, fullName, surnameFirst, otherNames, affiliations, emails);
    }

    public Identity surnameWrittenFirst() {
        return new Identity(label, fullName, true, otherNames, affiliations, emails);
    }

    public Identity alsoKnownAs(String... names) {
        return new Identity(label, fullName, surnameFirst, plus(otherNames, names), affiliations, emails);
    }

    public Identity affiliatedWith(String... institutions) {
        return new Identity(label, fullName, surnameFirst, otherNames, plus(affiliations, institutions), emails);
    }

    public Identity reachableAt(String... addresses) {
        return new Identity(label, fullName, surnameFirst, otherNames, affiliations, plus(emails, addresses));
    }

    private static List<String> present(List<String> values) {
        return values == null
                ? List.of()
                : values.stream()
                        .filter(Objects::nonNull)
                        .filter(value -> !value.isBlank())
                        .toList();
    }

    private static List<String> plus(List<String> values, String... more) {
        List<String> all = new ArrayList<>(values);
        all.addAll(Arrays.asList(more));
        return all;
    }
}
