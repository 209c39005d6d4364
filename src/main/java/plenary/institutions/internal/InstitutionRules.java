package plenary.institutions.internal;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
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
import plenary.institutions.InstitutionSource;
import plenary.institutions.InstitutionView;
import plenary.institutions.MemberState;
import plenary.institutions.RelationKind;
import plenary.kernel.Rules;

/**
 * The rules an institution keeps, checked against the institutions already stored: every name, acronym and
 * alias names one institution only, dates are plausible and in order, members are countries, relations lead to
 * another existing institution without closing a circle of "part of" or "successor of", and every source given
 * is whole and every pointer to a source finds one.
 */
public final class InstitutionRules {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2100;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final @Nullable Long id;
    private final InstitutionForm form;
    private final Map<String, String> takenKeys = new HashMap<>();
    private final Set<Long> otherIds = new HashSet<>();
    private final Map<Long, List<InstitutionRelation>> storedRelations = new HashMap<>();
    private final Rules rules = new Rules();

    private InstitutionRules(@Nullable Long id, InstitutionForm form, Collection<InstitutionView> stored) {
        this.id = id;
        this.form = form;
        for (InstitutionView other : stored) {
            if (id == null || other.id().value() != id) {
                otherIds.add(other.id().value());
                storedRelations.put(other.id().value(), other.relations());
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
        date(form.foundedOn(), "foundedOn");
        date(form.endedOn(), "endedOn");
        rules.check(
                form.foundedOn() == null
                        || form.endedOn() == null
                        || !form.endedOn().isBefore(form.foundedOn()),
                "endedOn",
                "order",
                "must not be before the day it was founded");
        sources();
        source(form.sourceIndex(), "sourceIndex");
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
            date(member.joinedOn(), field + ".joinedOn");
            date(member.leftOn(), field + ".leftOn");
            rules.check(
                    member.joinedOn() == null
                            || member.leftOn() == null
                            || !member.leftOn().isBefore(member.joinedOn()),
                    field + ".leftOn",
                    "order",
                    "must not be before the day it joined");
            source(member.sourceIndex(), field + ".sourceIndex");
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
                if (id != null && otherIds.contains(target) && closesCircle(relation.kind(), target)) {
                    rules.check(
                            false,
                            field,
                            "no-cycle",
                            "would close a circle: the institution would be " + label(relation.kind())
                                    + " itself through the institutions it leads to");
                }
            }
            source(relation.sourceIndex(), field + ".sourceIndex");
            InstitutionRelation bare = new InstitutionRelation(relation.kind(), target);
            rules.check(
                    !seen.contains(bare) || relation.kind() == null || target == null,
                    field,
                    "unique",
                    "repeats another relation");
            seen.add(bare);
        }
    }

    /**
     * Whether following the stored relations of this kind from the target comes back to the institution: "part of"
     * and "successor of" never go round in a circle.
     */
    private boolean closesCircle(@Nullable RelationKind kind, long target) {
        if (kind != RelationKind.PART_OF && kind != RelationKind.SUCCESSOR_OF) {
            return false;
        }
        Set<Long> seen = new HashSet<>();
        Deque<Long> next = new ArrayDeque<>(List.of(target));
        while (!next.isEmpty()) {
            long at = next.pop();
            if (Objects.equals(at, id)) {
                return true;
            }
            if (!seen.add(at)) {
                continue;
            }
            for (InstitutionRelation r : storedRelations.getOrDefault(at, List.of())) {
                if (r.kind() == kind && r.targetId() != null) {
                    next.push(r.targetId());
                }
            }
        }
        return false;
    }

    private static String label(@Nullable RelationKind kind) {
        return kind == null ? "" : kind.label();
    }

    private void sources() {
        List<InstitutionSource> sources = form.sources();
        for (int i = 0; i < sources.size(); i++) {
            String field = "sources[" + i + "]";
            InstitutionSource source = sources.get(i);
            if (source == null) {
                rules.required(null, field);
                continue;
            }
            rules.required(source.citation(), field + ".citation")
                    .maxLength(source.citation(), 1000, field + ".citation")
                    .maxLength(source.url(), 1000, field + ".url")
                    .required(source.checkedOn(), field + ".checkedOn");
            String url = source.url();
            rules.check(
                    url == null || url.isBlank() || url.strip().matches("https?://\\S+"),
                    field + ".url",
                    "format",
                    "must be a web address starting with http:// or https://");
            date(source.checkedOn(), field + ".checkedOn");
        }
    }

    private void source(@Nullable Integer index, String field) {
        rules.check(
                index == null || (index >= 0 && index < form.sources().size()),
                field,
                "exists",
                form.sources().isEmpty()
                        ? "points at a source, but none is given"
                        : "must point at one of the " + form.sources().size() + " sources given");
    }

    private void unique(@Nullable String text, String field) {
        String key = NameKey.of(text);
        String holder = key == null ? null : takenKeys.get(key);
        rules.check(holder == null, field, "unique", "is already a name of " + holder);
    }

    private void date(@Nullable LocalDate date, String field) {
        rules.check(
                date == null || (date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR),
                field,
                "range",
                "must be a day from " + FIRST_YEAR + " to " + LAST_YEAR);
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
