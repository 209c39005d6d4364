package plenary.demo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import plenary.directory.AccountForm;
import plenary.directory.AccountRecords;
import plenary.directory.CommitteeForm;
import plenary.directory.CommitteeKind;
import plenary.directory.CommitteeRecords;
import plenary.directory.Nationality;
import plenary.directory.OrganisationForm;
import plenary.directory.OrganisationRecords;
import plenary.directory.PersonForm;
import plenary.directory.PersonRecords;
import plenary.directory.Pronoun;
import plenary.directory.Role;

/**
 * The organisation, its committees and the (fictional) people of the demo record, with accounts for the
 * roles a visitor may want to try. People are known by a short key ("energy-presenter") in the rest of the demo.
 */
final class DemoCast {

    /** The person who represents each member committee but Russia's (the {@code representative} account's). */
    static final Map<String, String> REPRESENTATIVES = representatives();

    final Map<String, Long> committees = new LinkedHashMap<>();
    final Map<String, Long> people = new LinkedHashMap<>();

    private final CommitteeRecords committeeRecords;
    private final PersonRecords peopleRecords;

    private DemoCast(CommitteeRecords committeeRecords, PersonRecords peopleRecords) {
        this.committeeRecords = committeeRecords;
        this.peopleRecords = peopleRecords;
    }

    static DemoCast create(
            OrganisationRecords organisation,
            CommitteeRecords committees,
            PersonRecords people,
            AccountRecords accounts,
            String password) {
        organisation.set(new OrganisationForm("Council for Security Cooperation in the Asia Pacific", "CSCAP", null));
        DemoCast cast = new DemoCast(committees, people);
        cast.committees();
        cast.people();
        cast.accounts(accounts, password);
        return cast;
    }

    private void committees() {
        committee("steering", "CSCAP Steering Committee", "CSCAP SC", CommitteeKind.STEERING_COMMITTEE, null);
        committee("RU", "CSCAP-Russia", "CSCAP-Russia", CommitteeKind.MEMBER_COMMITTEE, Nationality.RU);
        committee("KR", "CSCAP-Korea", "CSCAP-Korea", CommitteeKind.MEMBER_COMMITTEE, Nationality.KR);
        committee("CN", "CSCAP-China", "CSCAP-China", CommitteeKind.MEMBER_COMMITTEE, Nationality.CN);
        committee("JP", "CSCAP-Japan", "CSCAP-Japan", CommitteeKind.MEMBER_COMMITTEE, Nationality.JP);
        committee("US", "CSCAP-USA", "USCSCAP", CommitteeKind.MEMBER_COMMITTEE, Nationality.US);
        committee("CA", "CSCAP-Canada", "CANCAPS", CommitteeKind.MEMBER_COMMITTEE, Nationality.CA);
        committee("AU", "CSCAP-Australia", "AUS-CSCAP", CommitteeKind.MEMBER_COMMITTEE, Nationality.AU);
        committee("ID", "CSCAP-Indonesia", "CSCAP-Indonesia", CommitteeKind.MEMBER_COMMITTEE, Nationality.ID);
        committee("SG", "CSCAP-Singapore", "CSCAP-Singapore", CommitteeKind.MEMBER_COMMITTEE, Nationality.SG);
    }

    private void people() {
        // The two co-chairs, from different committees.
        person(
                "co-chair-kr",
                "Ha-eun Seol",
                Nationality.KR,
                Pronoun.SHE,
                "KR",
                "Hanbit Institute for Regional Affairs");
        person(
                "co-chair-ca",
                "Martin Quillfeather",
                Nationality.CA,
                Pronoun.HE,
                "CA",
                "Lakeshore Centre for Pacific Studies");
        person("rapporteur", "Elin Marsh-Tanaka", Nationality.JP, Pronoun.SHE, "JP", "Tsukimi Policy Forum");
        // Speakers of the Vladivostok meeting, with the nationality and pronoun the seed gives or allows.
        person("koreas-strategist", "Jae-won Ryu", Nationality.KR, Pronoun.HE, "KR", "Namsan Centre for Strategy");
        person(
                "6pt-optimist",
                "Lan Qiaoxin",
                Nationality.CN,
                Pronoun.SHE,
                "CN",
                "Xiangshan Academy of International Studies");
        person("6pt-sceptic", "Graham Thistlewood", Nationality.US, Pronoun.HE, "US", "Potomac Ridge Institute");
        person(
                "gradualism-critic",
                "Kenta Oyamada",
                Nationality.JP,
                Pronoun.HE,
                "JP",
                "Hakone Institute of Security Studies");
        person(
                "pre-steps-briefer",
                "Dale Wrenfield",
                Nationality.US,
                Pronoun.HE,
                "US",
                "Cascadia Foreign Policy Council");
        person(
                "energy-presenter",
                "Mirei Asakawa",
                Nationality.JP,
                Pronoun.SHE,
                "JP",
                "Kitakaze Energy Research Centre");
        person(
                "pipeline-briefer",
                "Stanislav Beloretsky",
                Nationality.RU,
                Pronoun.HE,
                "RU",
                "Primorye Institute of Asia-Pacific Studies");
        person(
                "hostage-sceptic",
                "Zhou Mingyuan",
                Nationality.CN,
                Pronoun.HE,
                "CN",
                "Jinling Centre for Regional Security");
        person(
                "trilateral-reviewer",
                "Do-hyun Baekseol",
                Nationality.KR,
                Pronoun.HE,
                "KR",
                "Gwanak Forum for Northeast Asia");
        person(
                "eas-embedder",
                "Fiona Kerrigan-Lowe",
                Nationality.AU,
                Pronoun.SHE,
                "AU",
                "Southern Cross Strategic Centre");
        // Other experts present.
        person(
                "host-ru",
                "Yelena Zarechnaya",
                Nationality.RU,
                Pronoun.SHE,
                "RU",
                "Far Eastern Institute of International Relations");
        person("ru-2", "Pavel Kedrovsky", Nationality.RU, Pronoun.HE, "RU", "Amur Centre for Northeast Asian Studies");
        person("cn-2", "Wen Shuyao", Nationality.CN, Pronoun.SHE, "CN", "Xiangshan Academy of International Studies");
        person("us-2", "Corinne Aldhouse", Nationality.US, Pronoun.SHE, "US", "Potomac Ridge Institute");
        person("id-1", "Bayu Setiadarma", Nationality.ID, Pronoun.HE, "ID", "Menteng Centre for Strategic Dialogue");
        person(
                "sg-1",
                "Rachel Tan Wei-ling",
                Nationality.SG,
                Pronoun.SHE,
                "SG",
                "Marina Institute of Regional Studies");
        person("au-2", "Hamish Yarraford", Nationality.AU, Pronoun.HE, "AU", "Southern Cross Strategic Centre");
        person("ca-2", "Josée Brillancourt", Nationality.CA, Pronoun.SHE, "CA", "Lakeshore Centre for Pacific Studies");
        person("kr-3", "Seung-ho Namgoong", Nationality.KR, Pronoun.HE, "KR", "Hanbit Institute for Regional Affairs");
        // Not at the meeting: the committee's other people there spoke in it or keep its record.
        person("jp-2", "Sayaka Tominaga", Nationality.JP, Pronoun.SHE, "JP", "Aoba Institute of International Affairs");
        person(
                "other-region",
                "Anselm Vogelsang",
                Nationality.DE,
                Pronoun.HE,
                null,
                "Rhine Institute for Asian Affairs");
        person(
                "steering-member",
                "Priya Ramanathan-Cole",
                Nationality.SG,
                Pronoun.SHE,
                "steering",
                "CSCAP Secretariat Liaison Office");
    }

    private void accounts(AccountRecords accounts, String password) {
        List<AccountForm> forms = new ArrayList<>();
        forms.add(account(password, "cochair", "co-chair-kr", Role.CO_CHAIR));
        forms.add(account(password, "cochair2", "co-chair-ca", Role.CO_CHAIR));
        forms.add(account(password, "rapporteur", "rapporteur", Role.RAPPORTEUR));
        forms.add(account(password, "participant", "pipeline-briefer", Role.PARTICIPANT));
        forms.add(account(password, "representative", "host-ru", Role.COMMITTEE_REPRESENTATIVE));
        // One representative for each of the other member committees, none of whom speaks in the record.
        for (Map.Entry<String, String> representative : REPRESENTATIVES.entrySet()) {
            forms.add(account(
                    password,
                    "representative-" + representative.getKey().toLowerCase(Locale.ROOT),
                    representative.getValue(),
                    Role.COMMITTEE_REPRESENTATIVE));
        }
        forms.add(account(password, "steering", "steering-member", Role.STEERING_COMMITTEE_MEMBER));
        forms.add(account(password, "observer", "other-region", Role.PARTICIPANT));
        // The demo's accounts share the password the README prints: one hash serves them all.
        accounts.createSharingPassword(forms);
    }

    private static Map<String, String> representatives() {
        Map<String, String> representatives = new LinkedHashMap<>();
        representatives.put("KR", "kr-3");
        representatives.put("CN", "cn-2");
        representatives.put("JP", "jp-2");
        representatives.put("US", "us-2");
        representatives.put("CA", "ca-2");
        representatives.put("AU", "au-2");
        representatives.put("ID", "id-1");
        representatives.put("SG", "sg-1");
        return Collections.unmodifiableMap(representatives);
    }

    /** The member committees (the steering committee is none). */
    List<Long> memberCommittees() {
        return committees.entrySet().stream()
                .filter(e -> !e.getKey().equals("steering"))
                .map(Map.Entry::getValue)
                .toList();
    }

    long person(String key) {
        return Objects.requireNonNull(people.get(key), () -> "the demo cast has no " + key);
    }

    private void committee(String key, String name, String acronym, CommitteeKind kind, @Nullable Nationality country) {
        committees.put(
                key,
                committeeRecords
                        .create(new CommitteeForm(name, acronym, kind, country, null))
                        .id()
                        .value());
    }

    private void person(
            String key,
            String name,
            Nationality nationality,
            Pronoun pronoun,
            @Nullable String committee,
            String affiliation) {
        Long committeeId = committee == null ? null : committees.get(committee);
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String email = ascii.toLowerCase().replaceAll("[^a-z]+", ".") + "@example.org";
        people.put(
                key,
                peopleRecords
                        .create(new PersonForm(name, nationality, affiliation, committeeId, pronoun, email, null))
                        .id()
                        .value());
    }

    private AccountForm account(String password, String username, String person, Role role) {
        return new AccountForm(username, password, people.get(person), Set.of(role), true, null);
    }
}
