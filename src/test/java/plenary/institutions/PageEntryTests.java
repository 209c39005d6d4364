package plenary.institutions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import plenary.kernel.InvalidRecord;
import plenary.kernel.Violation;

class PageEntryTests {

    private static final InstitutionView EAS = new InstitutionView(
            new InstitutionId(7),
            "East Asia Summit",
            "EAS",
            List.of(),
            InstitutionKind.FORUM,
            InstitutionStatus.ACTIVE,
            2005,
            null,
            List.of(),
            null,
            0);
    private static final Function<String, Optional<InstitutionView>> NAMED = text ->
            text.equalsIgnoreCase("East Asia Summit") || text.equals("EAS") ? Optional.of(EAS) : Optional.empty();

    private static InstitutionPageForm page(String aliases, String members, String relations) {
        return new InstitutionPageForm(
                "Energy Forum",
                null,
                aliases,
                InstitutionKind.FORUM,
                InstitutionStatus.PROPOSED,
                null,
                null,
                List.of(IssueArea.ENERGY),
                null,
                members,
                relations,
                3);
    }

    @Test
    void linesBecomeAliasesMembersAndRelations() {
        PageEntry entry = PageEntry.read(
                page(
                        "NEA energy forum\n\n  Energy club \n",
                        "KR 2003\r\nJP\nCN, 2005",
                        "EMBEDDED_IN East Asia Summit\nlinked to EAS"),
                NAMED);
        InstitutionForm form = entry.form();
        assertThat(form.aliases()).containsExactly("NEA energy forum", "Energy club");
        assertThat(form.members())
                .containsExactly(new MemberState("KR", 2003), new MemberState("JP", null), new MemberState("CN", 2005));
        assertThat(form.relations())
                .containsExactly(
                        new InstitutionRelation(RelationKind.EMBEDDED_IN, 7L),
                        new InstitutionRelation(RelationKind.LINKED_TO, 7L));
        assertThat(form.issueAreas()).containsExactly(IssueArea.ENERGY);
        assertThat(form.version()).isEqualTo(3);
        assertThat(entry.submit(() -> "saved", () -> {})).isEqualTo("saved");
    }

    @Test
    void linesThatCannotBeReadAreRefusedBesideTheirFieldWithoutSaving() {
        PageEntry entry = PageEntry.read(
                page(null, "KR two thousand", "PART_OF East Asia Summit\nEMBEDDED_IN Nowhere Forum"), NAMED);
        InvalidRecord e = catchThrowableOfType(
                InvalidRecord.class,
                () -> entry.submit(
                        () -> {
                            throw new AssertionError("must not save");
                        },
                        () -> {}));
        assertThat(e.violations())
                .extracting(Violation::field, Violation::rule)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("members", "format"),
                        org.assertj.core.groups.Tuple.tuple("relations", "one-of"),
                        org.assertj.core.groups.Tuple.tuple("relations", "exists"));
        assertThat(e.violations().get(2).message()).contains("Nowhere Forum");
    }

    @Test
    void brokenRulesOfEntriesAreShownBesideTheFieldQuotingTheLine() {
        PageEntry entry = PageEntry.read(page("Club\nClub", "bad 2003\nKR 1800", null), NAMED);
        InvalidRecord refused = new InvalidRecord(List.of(
                new Violation("aliases[1]", "unique", "repeats another alias"),
                new Violation("members[0].country", "format", "must be an ISO code"),
                new Violation("members[1].joinedYear", "range", "must be a year from 1900 to 2100"),
                new Violation("name", "unique", "is taken")));
        InvalidRecord e = catchThrowableOfType(
                InvalidRecord.class,
                () -> entry.submit(
                        () -> {
                            throw refused;
                        },
                        () -> {}));
        assertThat(e.violations())
                .extracting(Violation::field)
                .containsExactly("aliases", "members", "members", "name");
        assertThat(e.violations())
                .extracting(Violation::message)
                .containsExactly(
                        "“Club”: repeats another alias",
                        "“bad 2003”: country must be an ISO code",
                        "“KR 1800”: joined year must be a year from 1900 to 2100",
                        "is taken");
    }

    @Test
    void aStoredInstitutionShowsAsLines() {
        InstitutionView view = new InstitutionView(
                new InstitutionId(9),
                "Energy Forum",
                null,
                List.of("A", "B"),
                InstitutionKind.FORUM,
                InstitutionStatus.ACTIVE,
                null,
                null,
                List.of(IssueArea.ENERGY),
                null,
                List.of(new MemberState("KR", 2003), new MemberState("JP", null)),
                List.of(new InstitutionRelation(RelationKind.EMBEDDED_IN, 7L)),
                2);
        InstitutionPageForm form = InstitutionPageForm.of(view, Map.of(7L, "East Asia Summit"));
        assertThat(form.aliases()).isEqualTo("A\nB");
        assertThat(form.members()).isEqualTo("KR 2003\nJP");
        assertThat(form.relations()).isEqualTo("EMBEDDED_IN East Asia Summit");
        assertThat(form.covers(IssueArea.ENERGY)).isTrue();
        assertThat(PageEntry.read(form, NAMED).form())
                .isEqualTo(new InstitutionForm(
                        "Energy Forum",
                        null,
                        List.of("A", "B"),
                        InstitutionKind.FORUM,
                        InstitutionStatus.ACTIVE,
                        null,
                        null,
                        java.util.Set.of(IssueArea.ENERGY),
                        null,
                        view.members(),
                        view.relations(),
                        2));
    }
}
