package plenary.institutions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import plenary.kernel.InvalidRecord;
import plenary.kernel.Violation;

class PageEntryTests {

    private static final InstitutionView EAS =
            InstitutionView.of(7, "East Asia Summit", "EAS", InstitutionKind.FORUM, InstitutionStatus.ACTIVE);
    private static final Function<String, Optional<InstitutionView>> NAMED = text ->
            text.equalsIgnoreCase("East Asia Summit") || text.equals("EAS") ? Optional.of(EAS) : Optional.empty();

    private static InstitutionPageForm page(String aliases, String sources, String members, String relations) {
        return new InstitutionPageForm(
                "Energy Forum",
                null,
                aliases,
                InstitutionKind.FORUM,
                InstitutionStatus.PROPOSED,
                LocalDate.of(2005, 12, 14),
                null,
                List.of(IssueArea.ENERGY),
                null,
                1,
                sources,
                members,
                relations,
                3);
    }

    @Test
    void linesBecomeAliasesSourcesMembersAndRelations() {
        PageEntry entry = PageEntry.read(
                page(
                        "NEA energy forum\n\n  Energy club \n",
                        "Kuala Lumpur Declaration | https://asean.org/ | 2026-11-30\nChairman's statement | | 2026-11-29\n"
                                + "A book | 2026-11-28",
                        "KR joined 2005-12-14 left 2010-01-01 [1]\r\nJP\nCN left 2009-06-30 [2]",
                        "EMBEDDED_IN East Asia Summit [3]\nlinked to EAS\nPART_OF EAS"),
                NAMED);
        InstitutionForm form = entry.form();
        assertThat(form.aliases()).containsExactly("NEA energy forum", "Energy club");
        assertThat(form.sources())
                .containsExactly(
                        new InstitutionSource(
                                "Kuala Lumpur Declaration", "https://asean.org/", LocalDate.of(2026, 11, 30)),
                        new InstitutionSource("Chairman's statement", null, LocalDate.of(2026, 11, 29)),
                        new InstitutionSource("A book", null, LocalDate.of(2026, 11, 28)));
        assertThat(form.sourceIndex()).isZero();
        assertThat(form.members())
                .containsExactly(
                        new MemberState("KR", LocalDate.of(2005, 12, 14), LocalDate.of(2010, 1, 1), 0),
                        new MemberState("JP"),
                        new MemberState("CN", null, LocalDate.of(2009, 6, 30), 1));
        assertThat(form.relations())
                .containsExactly(
                        new InstitutionRelation(RelationKind.EMBEDDED_IN, 7L, 2),
                        new InstitutionRelation(RelationKind.LINKED_TO, 7L),
                        new InstitutionRelation(RelationKind.PART_OF, 7L));
        assertThat(form.foundedOn()).isEqualTo(LocalDate.of(2005, 12, 14));
        assertThat(form.issueAreas()).containsExactly(IssueArea.ENERGY);
        assertThat(form.version()).isEqualTo(3);
        assertThat(entry.submit(() -> "saved", () -> {})).isEqualTo("saved");
    }

    @Test
    void linesThatCannotBeReadAreRefusedBesideTheirFieldWithoutSaving() {
        PageEntry entry = PageEntry.read(
                page(
                        null,
                        "A book | 30 November 2026",
                        "KR 2003\nKR joined yesterday",
                        "BORDERS East Asia Summit\nEMBEDDED_IN Nowhere Forum"),
                NAMED);
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
                        tuple("sources", "source-line"),
                        tuple("members", "member-line"),
                        tuple("members", "member-line"),
                        tuple("relations", "relation-line"),
                        tuple("relations", "exists"));
        assertThat(e.violations().get(4).message()).contains("Nowhere Forum");
    }

    @Test
    void brokenRulesOfEntriesAreShownBesideTheFieldQuotingTheLine() {
        PageEntry entry =
                PageEntry.read(page("Club\nClub", "A book", "bad\nKR joined 2005-01-01 left 2004-01-01", null), NAMED);
        InvalidRecord refused = new InvalidRecord(List.of(
                new Violation("aliases[1]", "unique", "repeats another alias"),
                new Violation("members[0].country", "format", "must be an ISO code"),
                new Violation("members[1].leftOn", "order", "must not be before the day it joined"),
                new Violation("sources[0].checkedOn", "required", "must be given"),
                new Violation("sourceIndex", "exists", "must point at one of the 1 sources given"),
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
                .containsExactly("aliases", "members", "members", "sources", "source", "name");
        assertThat(e.violations())
                .extracting(Violation::message)
                .containsExactly(
                        "“Club”: repeats another alias",
                        "“bad”: country must be an ISO code",
                        "“KR joined 2005-01-01 left 2004-01-01”: left on must not be before the day it joined",
                        "“A book”: checked on must be given",
                        "must point at one of the 1 sources given",
                        "is taken");
    }

    @Test
    void aStoredInstitutionShowsAsLines() {
        InstitutionView view = new InstitutionView(
                new InstitutionId(9),
                null,
                "Energy Forum",
                null,
                List.of("A", "B"),
                InstitutionKind.FORUM,
                InstitutionStatus.ACTIVE,
                LocalDate.of(2005, 12, 14),
                null,
                2005,
                null,
                List.of(IssueArea.ENERGY),
                null,
                1,
                List.of(
                        new InstitutionSource("A book", null, LocalDate.of(2026, 11, 28)),
                        new InstitutionSource("A site", "https://example.org/", LocalDate.of(2026, 11, 30))),
                List.of(
                        new MemberState("KR", LocalDate.of(2005, 12, 14), LocalDate.of(2010, 1, 1), 0),
                        new MemberState("JP")),
                List.of(new InstitutionRelation(RelationKind.EMBEDDED_IN, 7L, 1)),
                2);
        InstitutionPageForm form = InstitutionPageForm.of(view, Map.of(7L, "East Asia Summit"));
        assertThat(form.aliases()).isEqualTo("A\nB");
        assertThat(form.sources()).isEqualTo("A book |  | 2026-11-28\nA site | https://example.org/ | 2026-11-30");
        assertThat(form.source()).isEqualTo(2);
        assertThat(form.members()).isEqualTo("KR joined 2005-12-14 left 2010-01-01 [1]\nJP");
        assertThat(form.relations()).isEqualTo("EMBEDDED_IN East Asia Summit [2]");
        assertThat(form.covers(IssueArea.ENERGY)).isTrue();
        assertThat(PageEntry.read(form, NAMED).form())
                .isEqualTo(new InstitutionForm(
                        "Energy Forum",
                        null,
                        List.of("A", "B"),
                        InstitutionKind.FORUM,
                        InstitutionStatus.ACTIVE,
                        LocalDate.of(2005, 12, 14),
                        null,
                        Set.of(IssueArea.ENERGY),
                        null,
                        1,
                        view.sources(),
                        view.members(),
                        view.relations(),
                        2));
    }
}
