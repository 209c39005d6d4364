package plenary.institutions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
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
            LocalDate founded,
            LocalDate ended) {
        return new InstitutionForm(
                name, acronym, List.of(), kind, status, founded, ended, Set.of(), null, null, List.of(), List.of(),
                List.of(), null);
    }

    private InstitutionView store(InstitutionForm form) {
        assertThatCode(() -> InstitutionRules.enforce(null, form, stored))
                .as(form.name())
                .doesNotThrowAnyException();
        InstitutionView view = new InstitutionView(
                new InstitutionId(stored.size() + 1L),
                null,
                form.name(),
                form.acronym(),
                form.aliases(),
                form.kind(),
                form.status(),
                form.foundedOn(),
                form.endedOn(),
                null,
                null,
                List.copyOf(form.issueAreas()),
                form.description(),
                form.sourceIndex(),
                form.sources(),
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
        InstitutionView eas = store(form(
                "East Asia Summit",
                "EAS",
                InstitutionKind.FORUM,
                InstitutionStatus.ACTIVE,
                LocalDate.of(2005, 1, 1),
                null));
        InstitutionView sixParty = store(new InstitutionForm(
                "Six Party Talks",
                "6PT",
                List.of("Six-Party Talks on the Korean Peninsula"),
                InstitutionKind.TALKS,
                InstitutionStatus.SUSPENDED,
                LocalDate.of(2003, 1, 1),
                null,
                Set.of(IssueArea.NUCLEAR, IssueArea.SECURITY),
                "Talks on the denuclearization of the Korean Peninsula.",
                null,
                List.of(),
                List.of(
                        new MemberState("KR", LocalDate.of(2003, 1, 1), null, null),
                        new MemberState("KP", LocalDate.of(2003, 1, 1), null, null),
                        new MemberState("CN", LocalDate.of(2003, 1, 1), null, null),
                        new MemberState("US", LocalDate.of(2003, 1, 1), null, null),
                        new MemberState("JP", LocalDate.of(2003, 1, 1), null, null),
                        new MemberState("RU", LocalDate.of(2003, 1, 1), null, null)),
                List.of(),
                null));
        store(new InstitutionForm(
                "Four Party Talks",
                null,
                List.of(),
                InstitutionKind.TALKS,
                InstitutionStatus.DEFUNCT,
                LocalDate.of(1997, 1, 1),
                LocalDate.of(1999, 1, 1),
                Set.of(IssueArea.SECURITY),
                null,
                null,
                List.of(),
                List.of(new MemberState("KR"), new MemberState("KP")),
                List.of(new InstitutionRelation(
                        RelationKind.LINKED_TO, sixParty.id().value())),
                null));
        InstitutionView summit = store(new InstitutionForm(
                "Trilateral Summit among China, Japan and Korea",
                null,
                List.of("China–Japan–Korea Trilateral Summit", "CJK summit"),
                InstitutionKind.SUMMIT,
                InstitutionStatus.ACTIVE,
                LocalDate.of(2008, 1, 1),
                null,
                Set.of(IssueArea.ECONOMIC_COOPERATION),
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                null));
        store(new InstitutionForm(
                "Trilateral Cooperation Secretariat",
                "TCS",
                List.of(),
                InstitutionKind.ORGANISATION,
                InstitutionStatus.ACTIVE,
                LocalDate.of(2011, 1, 1),
                null,
                Set.of(),
                null,
                null,
                List.of(),
                List.of(),
                List.of(new InstitutionRelation(
                        RelationKind.EMBEDDED_IN, summit.id().value())),
                null));
        store(form(
                "Korean Peninsula Energy Development Organization",
                "KEDO",
                InstitutionKind.ORGANISATION,
                InstitutionStatus.DEFUNCT,
                LocalDate.of(1995, 3, 9),
                LocalDate.of(2006, 5, 31)));
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
                null,
                List.of(),
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
                null,
                List.of(),
                List.of(new MemberState("RU")),
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
                null,
                List.of(),
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
                null,
                List.of(),
                List.of(),
                List.of(),
                null);
        assertThat(broken(null, f))
                .containsExactlyInAnyOrder(
                        "name:max-length", "acronym:max-length", "aliases[0]:max-length", "description:max-length");
    }

    @Test
    void datesMustBePlausibleAndInOrder() {
        assertThat(broken(
                        null,
                        form(
                                "Early Talks",
                                null,
                                InstitutionKind.TALKS,
                                InstitutionStatus.DEFUNCT,
                                LocalDate.of(1899, 1, 1),
                                LocalDate.of(2101, 1, 1))))
                .containsExactlyInAnyOrder("foundedOn:range", "endedOn:range");
        assertThat(broken(
                        null,
                        form(
                                "Backward Talks",
                                null,
                                InstitutionKind.TALKS,
                                InstitutionStatus.DEFUNCT,
                                LocalDate.of(1999, 1, 1),
                                LocalDate.of(1997, 1, 1))))
                .containsExactly("endedOn:order");
        assertThatCode(() -> InstitutionRules.enforce(
                        null,
                        form(
                                "One-Year Talks",
                                null,
                                InstitutionKind.TALKS,
                                InstitutionStatus.DEFUNCT,
                                LocalDate.of(1999, 1, 1),
                                LocalDate.of(1999, 1, 1)),
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
                LocalDate.of(2003, 1, 1),
                null,
                Set.of(),
                null,
                null,
                List.of(),
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
                null,
                List.of(),
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
                LocalDate.of(2003, 1, 1),
                null,
                Set.of(),
                null,
                null,
                List.of(),
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
                null,
                List.of(),
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
                null,
                List.of(),
                Arrays.asList(
                        new MemberState("kr"),
                        new MemberState("XX", LocalDate.of(2000, 1, 1), null, null),
                        new MemberState("KOR"),
                        new MemberState("JP", LocalDate.of(1850, 1, 1), null, null),
                        new MemberState("JP", LocalDate.of(2001, 1, 1), null, null),
                        new MemberState(null),
                        null),
                List.of(),
                null);
        assertThat(broken(null, f))
                .containsExactly(
                        "members[0].country:format",
                        "members[1].country:format",
                        "members[2].country:format",
                        "members[3].joinedOn:range",
                        "members[4].country:unique",
                        "members[5].country:required",
                        "members[6]:required");
    }

    @Test
    void relationsLeadToAnotherExistingInstitution() {
        InstitutionView eas = store(form(
                "East Asia Summit",
                "EAS",
                InstitutionKind.FORUM,
                InstitutionStatus.ACTIVE,
                LocalDate.of(2005, 1, 1),
                null));
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
                null,
                List.of(),
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
        store(form(
                "East Asia Summit",
                "EAS",
                InstitutionKind.FORUM,
                InstitutionStatus.ACTIVE,
                LocalDate.of(2005, 1, 1),
                null));
        InvalidRecord e = catchThrowableOfType(
                InvalidRecord.class,
                () -> InstitutionRules.enforce(
                        null, form("EAS", null, InstitutionKind.FORUM, InstitutionStatus.ACTIVE, null, null), stored));
        assertThat(e.violations())
                .extracting(Violation::message)
                .containsExactly("is already a name of East Asia Summit");
    }
}
