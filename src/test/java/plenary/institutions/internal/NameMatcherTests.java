package plenary.institutions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import plenary.institutions.InstitutionId;
import plenary.institutions.InstitutionNamed;

class NameMatcherTests {

    private static final NameMatcher.Names TALKS =
            institution(1, "Six Party Talks", "SPT", "six-party process", "6PT", "Beijing talks");
    private static final NameMatcher.Names KEDO =
            institution(2, "Korean Peninsula Energy Development Organization", "KEDO");
    private static final NameMatcher.Names SUMMIT = institution(3, "East Asia Summit", "EAS", "East Asian Summit");
    private static final NameMatcher.Names FOUR = institution(4, "Four Party Talks", null);
    private static final NameMatcher.Names TRILATERAL = institution(
            5,
            "Trilateral Summit among China, Japan and Korea",
            null,
            "China–Japan–Korea Trilateral Summit",
            "Trilateral Summit");

    private final NameMatcher matcher = NameMatcher.of(List.of(TALKS, KEDO, SUMMIT, FOUR, TRILATERAL));

    private static NameMatcher.Names institution(long id, String name, @Nullable String acronym, String... aliases) {
        List<@Nullable String> all = new ArrayList<>();
        all.add(name);
        all.add(acronym);
        all.addAll(List.of(aliases));
        return new NameMatcher.Names(new InstitutionId(id), name, all);
    }

    private static InstitutionNamed named(NameMatcher.Names institution, String found) {
        return new InstitutionNamed(institution.id(), institution.name(), found);
    }

    @Test
    void findsAnInstitutionByItsAcronymNameOrAnyAliasWithTheWordsAsWritten() {
        assertThat(matcher.in("Delegates to SPT met again.")).containsExactly(named(TALKS, "SPT"));
        assertThat(matcher.in("The SPT met again.")).containsExactly(named(TALKS, "The SPT"));
        assertThat(matcher.in("He questioned the utility of the Six-Party Talks."))
                .containsExactly(named(TALKS, "the Six-Party Talks"));
        assertThat(matcher.in("Progress in the six-party process was slow."))
                .containsExactly(named(TALKS, "the six-party process"));
        assertThat(matcher.in("after the Beijing Talks")).containsExactly(named(TALKS, "the Beijing Talks"));
        assertThat(matcher.in("KEDO built no reactor.")).containsExactly(named(KEDO, "KEDO"));
    }

    @Test
    void caseHyphensDashesAndSpacingDoNotMatter() {
        assertThat(matcher.in("six party   talks")).containsExactly(named(TALKS, "six party   talks"));
        assertThat(matcher.in("SIX\u2013PARTY TALKS")).containsExactly(named(TALKS, "SIX\u2013PARTY TALKS"));
        assertThat(matcher.in("the east asian summit")).containsExactly(named(SUMMIT, "the east asian summit"));
    }

    @Test
    void onlyWholeWordsMatch() {
        assertThat(matcher.in("SPTX and XSPT and 6PTs are not the talks.")).isEmpty();
        assertThat(matcher.in("The keys to the region, kedos, and a KEDOX.")).isEmpty();
        assertThat(matcher.in("A feast of easy EASter eggs.")).isEmpty();
    }

    @Test
    void theLongestNameWinsWhereNamesOverlap() {
        assertThat(matcher.in("the China-Japan-Korea Trilateral Summit met"))
                .containsExactly(named(TRILATERAL, "the China-Japan-Korea Trilateral Summit"));
        assertThat(matcher.in("unlike the Four Party Talks")).containsExactly(named(FOUR, "the Four Party Talks"));
    }

    @Test
    void eachInstitutionComesOnceInTheOrderTheTextFirstNamesIt() {
        assertThat(matcher.in("KEDO, then the Six Party Talks (SPT), then the EAS; the SPT again and KEDO."))
                .containsExactly(named(KEDO, "KEDO"), named(TALKS, "the Six Party Talks"), named(SUMMIT, "the EAS"));
    }

    @Test
    void aTextThatNamesNoneAndAnEmptyRegistryFindNothing() {
        assertThat(matcher.in("Energy security is part of human security.")).isEmpty();
        assertThat(matcher.in("")).isEmpty();
        assertThat(NameMatcher.of(List.of()).in("the Six Party Talks")).isEmpty();
    }
}
