package plenary.institutions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import plenary.institutions.internal.InstitutionRules;
import plenary.kernel.InvalidRecord;
import plenary.kernel.Violation;

class InstitutionRulesTests {

    private final List<InstitutionView> stored = new ArrayList<>();

    private static InstitutionForm form(
            String name,
            String acronym,
            InstitutionKind kind,
            InstitutionStatus status,
            Integer established,
            Integer ended) {
        return new InstitutionForm(
                name, acronym, List.of(), kind, status, established, ended, Set.of(), null, List.of(), List.of(), null);
    }

    private InstitutionView store(InstitutionForm form) {
        assertThatCode(() -> InstitutionRules.enforce(null, form, stored))
                .as(form.name())
                .doesNotThrowAnyException();
        InstitutionView view = new InstitutionView(
                new InstitutionId(stored.size() + 1L),
                form.name(),
                form.acronym(),
                form.aliases(),
                form.kind(),
                form.status(),
                form.establishedYear(),
                form.endedYear(),
                List.copyOf(form.issueAreas()),
                form.description(),
                form.members(),
                form.relations(),
                0);
        stored.add(view);
        return view;
    }

    private List<String> broken(Long id, InstitutionForm form) {
        InvalidRecord e = catchThrowableOfType(InvalidRecord.class, () -> InstitutionRules.enforce(id, form, stored));
        assertThat(e).as("the form should be refused").isNotNull();
        return e.violations().stream().map(v -> v.field() + ":" + v.rule()).toList();
    }

    @Test
    void theSeedsInstitutionsAreValid() {
        InstitutionView eas =
                store(form("East Asia Summit", "EAS", InstitutionKind.FORUM, InstitutionStatus.ACTIVE, 2005, null));
        InstitutionView sixParty = store(new InstitutionForm(
                "Six Party Talks",
                "6PT",
                List.of("Six-Party Talks on the Korean Peninsula"),
                InstitutionKind.TALKS,
                InstitutionStatus.SUSPENDED,
                2003,
                null,
                Set.of(IssueArea.NUCLEAR, IssueArea.SECURITY),
                "Talks on the denuclearization of the Korean Peninsula.",
                List.of(
                        new MemberState("KR", 2003),
                        new MemberState("KP", 2003),
                        new MemberState("CN", 2003),
                        new MemberState("US", 2003),
                        new MemberState("JP", 2003),
                        new MemberState("RU", 2003)),
                List.of(),
                null));
        store(new InstitutionForm(
                "Four Party Talks",
                null,
                List.of(),
                InstitutionKind.TALKS,
                InstitutionStatus.DEFUNCT,
                1997,
                1999,
                Set.of(IssueArea.SECURITY),
                null,
                List.of(new MemberState("KR", null), new MemberState("KP", null)),
                List.of(new InstitutionRelation(
                        RelationKind.LINKED_TO, sixParty.id().value())),
                null));
        InstitutionView summit = store(new InstitutionForm(
                "Trilateral Summit among China, Japan and Korea",
                null,
                List.of("China–Japan–Korea Trilateral Summit", "CJK summit"),
                InstitutionKind.SUMMIT,
                InstitutionStatus.ACTIVE,
                2008,
                null,
                Set.of(IssueArea.ECONOMIC_COOPERATION),
                null,
                List.of(),
                List.of(),
                null));
        store(new InstitutionForm(
                "Trilateral Cooperation Secretariat",
                "TCS",
                List.of(),
                InstitutionKind.ORGANISATION,
                InstitutionStatus.ACTIVE,
                2011,
                null,
                Set.of(),
                null,
                List.of(),
                List.of(new InstitutionRelation(
                        RelationKind.EMBEDDED_IN, summit.id().value())),
                null));
        store(form(
                "Korean Peninsula Energy Development Organization",
                "KEDO",
                InstitutionKind.ORGANISATION,
                InstitutionStatus.DEFUNCT,
                1995,
                2006));
        store(form(
                "Trans-Pacific Partnership", "TPP", InstitutionKind.AGREEMENT, InstitutionStatus.PROPOSED, null, null));
        store(new InstitutionForm(
                "Northeast Asia FTA",
                null,
                List.of("Northeast Asian free trade agreement"),
                InstitutionKind.AGREEMENT,
                InstitutionStatus.PROPOSED,
                null,
                null,
                Set.of(IssueArea.TRADE),
                null,
                List.of(),
                List.of(),
                null));
        store(form(
                "Northeast Asia energy regime", null, InstitutionKind.REGIME, InstitutionStatus.PROPOSED, null, null));
        store(new InstitutionForm(
                "Trans-Korean gas pipeline",
                null,
                List.of(),
                InstitutionKind.PROJECT,
                InstitutionStatus.PROPOSED,
                null,
                null,
                Set.of(IssueArea.ENERGY),
                null,
                List.of(new MemberState("RU", null)),
                List.of(new InstitutionRelation(
                        RelationKind.LINKED_TO, sixParty.id().value())),
                null));
        store(new InstitutionForm(
                "Northeast Asia nuclear safety cooperation mechanism",
                null,
                List.of(),
                InstitutionKind.MECHANISM,
                InstitutionStatus.PROPOSED,
                null,
                null,
                Set.of(IssueArea.NUCLEAR_SAFETY),
                null,
                List.of(),
                List.of(new InstitutionRelation(
                        RelationKind.EMBEDDED_IN, eas.id().value())),
                null));
        assertThat(stored).hasSize(11);
    }

    @Test
    void nameKindAndStatusAreRequired() {
        assertThat(broken(null, form(" ", null, null, null, null, null)))
                .containsExactlyInAnyOrder("name:required", "kind:required", "status:required");
    }

    @Test
    void overlongTextIsRefused() {
        InstitutionForm f = new InstitutionForm(
                "n".repeat(201),
                "a".repeat(41),
                List.of("x".repeat(201)),
                InstitutionKind.TALKS,
                InstitutionStatus.ACTIVE,
                null,
                null,
                Set.of(),
                "d".repeat(4001),
                List.of(),
                List.of(),
                null);
        assertThat(broken(null, f))
                .containsExactlyInAnyOrder(
                        "name:max-length", "acronym:max-length", "aliases[0]:max-length", "description:max-length");
    }

    @Test
    void yearsMustBePlausibleAndInOrder() {
        assertThat(broken(
                        null, form("Early Talks", null, InstitutionKind.TALKS, InstitutionStatus.DEFUNCT, 1899, 2101)))
                .containsExactlyInAnyOrder("establishedYear:range", "endedYear:range");
        assertThat(broken(
                        null,
                        form("Backward Talks", null, InstitutionKind.TALKS, InstitutionStatus.DEFUNCT, 1999, 1997)))
                .containsExactly("endedYear:order");
        assertThatCode(() -> InstitutionRules.enforce(
                        null,
                        form("One-Year Talks", null, InstitutionKind.TALKS, InstitutionStatus.DEFUNCT, 1999, 1999),
                        stored))
                .doesNotThrowAnyException();
    }

    @Test
    void everyNameAcronymAndAliasNamesOneInstitutionOnly() {
        store(new InstitutionForm(
                "Six Party Talks",
                "6PT",
                List.of("Beijing talks"),
                InstitutionKind.TALKS,
                InstitutionStatus.SUSPENDED,
                2003,
                null,
                Set.of(),
                null,
                List.of(),
                List.of(),
                null));
        assertThat(broken(
                        null,
                        form("the six-party talks", null, InstitutionKind.TALKS, InstitutionStatus.ACTIVE, null, null)))
                .containsExactly("name:unique");
        assertThat(broken(
                        null, form("Other Talks", "6pt", InstitutionKind.TALKS, InstitutionStatus.ACTIVE, null, null)))
                .containsExactly("acronym:unique");
        assertThat(broken(
                        null, form("Beijing Talks", null, InstitutionKind.TALKS, InstitutionStatus.ACTIVE, null, null)))
                .containsExactly("name:unique");
        InstitutionForm aliasClash = new InstitutionForm(
                "Other Talks",
                null,
                List.of("Fine", "Six Party Talks", "6PT"),
                InstitutionKind.TALKS,
                InstitutionStatus.ACTIVE,
                null,
                null,
                Set.of(),
                null,
                List.of(),
                List.of(),
                null);
        assertThat(broken(null, aliasClash)).containsExactly("aliases[1]:unique", "aliases[2]:unique");
    }

    @Test
    void anInstitutionKeepsItsOwnNamesWhenChanged() {
        InstitutionView six = store(new InstitutionForm(
                "Six Party Talks",
                "6PT",
                List.of("Beijing talks"),
                InstitutionKind.TALKS,
                InstitutionStatus.SUSPENDED,
                2003,
                null,
                Set.of(),
                null,
                List.of(),
                List.of(),
                null));
        assertThatCode(() -> InstitutionRules.enforce(six.id().value(), six.form(), stored))
                .doesNotThrowAnyException();
    }

    @Test
    void aliasesAreDistinctAndDifferFromTheNameAndAcronym() {
        InstitutionForm f = new InstitutionForm(
                "Energy Charter",
                "EC",
                List.of("Charter", "the charter", "energy-charter", "ec", ""),
                InstitutionKind.AGREEMENT,
                InstitutionStatus.ACTIVE,
                null,
                null,
                Set.of(),
                null,
                List.of(),
                List.of(),
                null);
        assertThat(broken(null, f))
                .containsExactly("aliases[1]:unique", "aliases[2]:unique", "aliases[3]:unique", "aliases[4]:required");
    }

    @Test
    void membersAreCountriesByUpperCaseCodeEachOnce() {
        InstitutionForm f = new InstitutionForm(
                "Club",
                null,
                List.of(),
                InstitutionKind.FORUM,
                InstitutionStatus.ACTIVE,
                null,
                null,
                Set.of(),
                null,
                Arrays.asList(
                        new MemberState("kr", null),
                        new MemberState("XX", 2000),
                        new MemberState("KOR", null),
                        new MemberState("JP", 1850),
                        new MemberState("JP", 2001),
                        new MemberState(null, null),
                        null),
                List.of(),
                null);
        assertThat(broken(null, f))
                .containsExactly(
                        "members[0].country:format",
                        "members[1].country:format",
                        "members[2].country:format",
                        "members[3].joinedYear:range",
                        "members[4].country:unique",
                        "members[5].country:required",
                        "members[6]:required");
    }

    @Test
    void relationsLeadToAnotherExistingInstitution() {
        InstitutionView eas =
                store(form("East Asia Summit", "EAS", InstitutionKind.FORUM, InstitutionStatus.ACTIVE, 2005, null));
        InstitutionView self =
                store(form("Energy Forum", null, InstitutionKind.FORUM, InstitutionStatus.ACTIVE, null, null));
        InstitutionForm f = new InstitutionForm(
                "Energy Forum",
                null,
                List.of(),
                InstitutionKind.FORUM,
                InstitutionStatus.ACTIVE,
                null,
                null,
                Set.of(),
                null,
                List.of(),
                Arrays.asList(
                        new InstitutionRelation(
                                RelationKind.EMBEDDED_IN, eas.id().value()),
                        new InstitutionRelation(
                                RelationKind.EMBEDDED_IN, eas.id().value()),
                        new InstitutionRelation(
                                RelationKind.LINKED_TO, self.id().value()),
                        new InstitutionRelation(RelationKind.LINKED_TO, 999L),
                        new InstitutionRelation(null, null),
                        null),
                0);
        assertThat(broken(self.id().value(), f))
                .containsExactly(
                        "relations[1]:unique",
                        "relations[2].targetId:not-self",
                        "relations[3].targetId:exists",
                        "relations[4].kind:required",
                        "relations[4].targetId:required",
                        "relations[5]:required");
    }

    @Test
    void violationsSayWhatIsWrong() {
        store(form("East Asia Summit", "EAS", InstitutionKind.FORUM, InstitutionStatus.ACTIVE, 2005, null));
        InvalidRecord e = catchThrowableOfType(
                InvalidRecord.class,
                () -> InstitutionRules.enforce(
                        null, form("EAS", null, InstitutionKind.FORUM, InstitutionStatus.ACTIVE, null, null), stored));
        assertThat(e.violations())
                .extracting(Violation::message)
                .containsExactly("is already a name of East Asia Summit");
    }
}
