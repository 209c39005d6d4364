package plenary.institutions.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import plenary.institutions.InstitutionForm;
import plenary.institutions.InstitutionRelation;
import plenary.institutions.InstitutionView;
import plenary.institutions.MemberState;
import plenary.kernel.Rules;

/**
 * The rules an institution keeps, checked against the institutions already stored: every name, acronym and
 * alias names one institution only, years are plausible and in order, members are countries, and relations
 * lead to another existing institution.
 */
public final class InstitutionRules {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2100;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final @Nullable Long id;
    private final InstitutionForm form;
    private final Map<String, String> takenKeys = new HashMap<>();
    private final Set<Long> otherIds = new HashSet<>();
    private final Rules rules = new Rules();

    private InstitutionRules(@Nullable Long id, InstitutionForm form, Collection<InstitutionView> stored) {
        this.id = id;
        this.form = form;
        for (InstitutionView other : stored) {
            if (id == null || other.id().value() != id) {
                otherIds.add(other.id().value());
                keysOf(other).forEach(key -> takenKeys.putIfAbsent(key, other.name()));
            }
        }
    }

    /**
     * Throws {@link plenary.kernel.InvalidRecord} listing every rule the form breaks.
     *
     * @param id     the institution being changed, or null for a new one
     * @param stored the institutions stored now (the one being changed may be among them)
     */
    public static void enforce(@Nullable Long id, InstitutionForm form, Collection<InstitutionView> stored) {
        new InstitutionRules(id, form, stored).check().enforce();
    }

    private Rules check() {
        rules.required(form.name(), "name")
                .maxLength(form.name(), 200, "name")
                .maxLength(form.acronym(), 40, "acronym")
                .required(form.kind(), "kind")
                .required(form.status(), "status")
                .maxLength(form.description(), 4000, "description");
        unique(form.name(), "name");
        unique(form.acronym(), "acronym");
        year(form.establishedYear(), "establishedYear");
        year(form.endedYear(), "endedYear");
        rules.check(
                form.establishedYear() == null
                        || form.endedYear() == null
                        || form.endedYear() >= form.establishedYear(),
                "endedYear",
                "order",
                "must not be before the year it was established");
        aliases();
        members();
        relations();
        return rules;
    }

    private void aliases() {
        Set<String> own = new HashSet<>();
        Set<String> ownNames = new HashSet<>();
        ownNames.add(NameKey.of(form.name()));
        ownNames.add(NameKey.of(form.acronym()));
        List<String> aliases = form.aliases();
        for (int i = 0; i < aliases.size(); i++) {
            String field = "aliases[" + i + "]";
            String key = NameKey.of(aliases.get(i));
            rules.required(key, field).maxLength(aliases.get(i), 200, field);
            if (key != null && ownNames.contains(key)) {
                rules.check(false, field, "unique", "repeats the institution's name or acronym");
            } else if (key != null && !own.add(key)) {
                rules.check(false, field, "unique", "repeats another alias");
            } else {
                unique(aliases.get(i), field);
            }
        }
    }

    private void members() {
        Set<String> countries = new HashSet<>();
        List<MemberState> members = form.members();
        for (int i = 0; i < members.size(); i++) {
            String field = "members[" + i + "]";
            MemberState member = members.get(i);
            if (member == null) {
                rules.required(null, field);
                continue;
            }
            String country = member.country();
            rules.required(country, field + ".country");
            rules.check(
                    country == null || country.isBlank() || COUNTRIES.contains(country),
                    field + ".country",
                    "format",
                    "must be an ISO 3166 alpha-2 country code in capitals, such as KR");
            rules.check(country == null || countries.add(country), field + ".country", "unique", "is already a member");
            year(member.joinedYear(), field + ".joinedYear");
        }
    }

    private void relations() {
        Set<InstitutionRelation> seen = new HashSet<>();
        List<InstitutionRelation> relations = form.relations();
        for (int i = 0; i < relations.size(); i++) {
            String field = "relations[" + i + "]";
            InstitutionRelation relation = relations.get(i);
            if (relation == null) {
                rules.required(null, field);
                continue;
            }
            rules.required(relation.kind(), field + ".kind").required(relation.targetId(), field + ".targetId");
            Long target = relation.targetId();
            if (target != null && Objects.equals(target, id)) {
                rules.check(false, field + ".targetId", "not-self", "must be another institution, not this one");
            } else if (target != null) {
                rules.check(otherIds.contains(target), field + ".targetId", "exists", "names no institution");
            }
            rules.check(
                    !seen.contains(relation) || relation.kind() == null || target == null,
                    field,
                    "unique",
                    "repeats another relation");
            seen.add(relation);
        }
    }

    private void unique(@Nullable String text, String field) {
        String key = NameKey.of(text);
        String holder = key == null ? null : takenKeys.get(key);
        rules.check(holder == null, field, "unique", "is already a name of " + holder);
    }

    private void year(@Nullable Integer year, String field) {
        rules.check(
                year == null || (year >= FIRST_YEAR && year <= LAST_YEAR),
                field,
                "range",
                "must be a year from " + FIRST_YEAR + " to " + LAST_YEAR);
    }

    private static Set<String> keysOf(InstitutionView institution) {
        Set<String> keys = new HashSet<>();
        keys.add(NameKey.of(institution.name()));
        keys.add(NameKey.of(institution.acronym()));
        institution.aliases().forEach(a -> keys.add(NameKey.of(a)));
        keys.remove(null);
        return keys;
    }
}
