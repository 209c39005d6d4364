package plenary.leakcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static plenary.leakcheck.Screening.kinds;
import static plenary.leakcheck.Screening.leaks;
import static plenary.leakcheck.Screening.terms;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class EmailLeakTests {

    private final Identity ivanov = Identity.named("Sergei Ivanov").reachableAt("s.ivanov@imemo.ru");
    private final Identity park = Identity.namedSurnameFirst("Park Ji-won").reachableAt("jwp1975@kida.re.kr");

    @Test
    void ownAddressLeaksAsOneEmailLeak() {
        assertThat(leaks("write to s.ivanov@imemo.ru.", ivanov)).singleElement().satisfies(leak -> {
            assertThat(leak.term()).isEqualTo("s.ivanov@imemo.ru");
            assertThat(leak.kind()).isEqualTo(LeakKind.EMAIL);
        });
    }

    @Test
    void ownAddressInAnyCaseLeaks() {
        assertThat(terms("<JWP1975@KIDA.RE.KR>", park)).containsExactly("JWP1975@KIDA.RE.KR");
    }

    @Test
    void addressWhoseLocalPartIsTheSurnameLeaks() {
        assertThat(terms("(ivanov@gmail.com)", ivanov)).containsExactly("ivanov@gmail.com");
    }

    @Test
    void addressWhoseLocalPartIsTheNameLeaks() {
        assertThat(terms("jiwon.park@example.org and park@example.org and sivanov@mail.ru", park, ivanov))
                .containsExactly("jiwon.park@example.org", "park@example.org", "sivanov@mail.ru");
    }

    @Test
    void addressThatNamesNoOneIsNoLeak() {
        assertThat(leaks(
                        "info@example.net, parking@example.org, long.term@example.org",
                        ivanov,
                        park,
                        Identity.named("Anna Long")))
                .isEmpty();
    }

    @Test
    void addressWithTheNameInItsDomainLeaksAsEmail() {
        assertThat(leaks("contact@ivanov.ru", ivanov))
                .singleElement()
                .satisfies(leak -> assertThat(leak.kind()).isEqualTo(LeakKind.EMAIL));
    }

    @Test
    void anAtSignAloneIsNoAddress() {
        assertThat(leaks("meet @ noon, @ivanov_handle", Identity.named("Anna Petrova")))
                .isEmpty();
    }

    @Test
    void domainOfTheAddressAtAnInstitutionLeaksAsAffiliation() {
        Identity beloretsky = Identity.named("Stanislav Beloretsky").reachableAt("s.beloretsky@piaps.ru");
        assertThat(leaks("Papers may be sent to piaps.ru or see www.piaps.ru/papers.", beloretsky))
                .extracting(Leak::term, Leak::kind)
                .containsExactly(
                        Tuple.tuple("piaps.ru", LeakKind.AFFILIATION), Tuple.tuple("piaps.ru", LeakKind.AFFILIATION));
        assertThat(kinds("Write to secretariat@piaps.ru.", beloretsky)).containsExactly(LeakKind.EMAIL);
    }

    @Test
    void domainOfAMailServiceOrInsideAnotherIsNoLeak() {
        Identity ivanov = Identity.named("Sergei Ivanov").reachableAt("sivanov@gmail.com", "s.ivanov@piaps.ru");
        assertThat(leaks("Write to secretariat@gmail.com or see notpiaps.ru and piaps.ru.uk.", ivanov))
                .isEmpty();
    }
}
