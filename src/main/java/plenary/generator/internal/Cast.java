package plenary.generator.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The people of the generated record: a member committee for each of twelve countries of the region, and for
 * each study group thirty people of its committees, two co-chairs and a rapporteur among them with accounts.
 */
final class Cast {

    /** A country: its code, its name, and names its people may have. */
    record Country(String code, String name, List<String> given, List<String> family, List<String> cities) {}

    static final List<Country> COUNTRIES = List.of(
            new Country(
                    "JP",
                    "Japan",
                    List.of("Hiroshi", "Yuki", "Kenji", "Aiko", "Takeshi"),
                    List.of("Tanaka", "Sato", "Watanabe", "Yamamoto", "Kobayashi"),
                    List.of("Tokyo", "Niigata")),
            new Country(
                    "CN",
                    "China",
                    List.of("Wei", "Li", "Jun", "Mei", "Hao"),
                    List.of("Wang", "Zhang", "Liu", "Chen", "Yang"),
                    List.of("Beijing", "Shanghai")),
            new Country(
                    "KR",
                    "Republic of Korea",
                    List.of("Min-jun", "Seo-yeon", "Ji-ho", "Hye-jin", "Dong-hyun"),
                    List.of("Kim", "Lee", "Park", "Choi", "Jung"),
                    List.of("Seoul", "Busan", "Jeju")),
            new Country(
                    "RU",
                    "Russia",
                    List.of("Alexei", "Irina", "Dmitri", "Olga", "Sergei"),
                    List.of("Ivanov", "Petrova", "Smirnov", "Volkova", "Kuznetsov"),
                    List.of("Vladivostok", "Moscow")),
            new Country(
                    "MN",
                    "Mongolia",
                    List.of("Bat-Erdene", "Oyuun", "Ganbaatar", "Saruul", "Temuulen"),
                    List.of("Batbayar", "Enkhbold", "Ochir", "Dorj", "Tsend"),
                    List.of("Ulaanbaatar")),
            new Country(
                    "US",
                    "United States",
                    List.of("James", "Sarah", "Michael", "Emily", "Robert"),
                    List.of("Smith", "Johnson", "Miller", "Davis", "Wilson"),
                    List.of("Honolulu", "Washington")),
            new Country(
                    "CA",
                    "Canada",
                    List.of("Olivier", "Claire", "David", "Anne", "Marc"),
                    List.of("Tremblay", "Roy", "Campbell", "Martin", "Gagnon"),
                    List.of("Vancouver", "Ottawa")),
            new Country(
                    "AU",
                    "Australia",
                    List.of("Jack", "Olivia", "Liam", "Charlotte", "Noah"),
                    List.of("Brown", "Taylor", "White", "Harris", "Walker"),
                    List.of("Canberra", "Sydney")),
            new Country(
                    "SG",
                    "Singapore",
                    List.of("Wei Ling", "Kumar", "Siti", "Daniel", "Hui Min"),
                    List.of("Tan", "Lim", "Ng", "Rahman", "Goh"),
                    List.of("Singapore")),
            new Country(
                    "ID",
                    "Indonesia",
                    List.of("Budi", "Dewi", "Agus", "Sri", "Rizal"),
                    List.of("Santoso", "Wibowo", "Hidayat", "Kusuma", "Pratama"),
                    List.of("Jakarta", "Bali")),
            new Country(
                    "VN",
                    "Vietnam",
                    List.of("Minh", "Lan", "Tuan", "Huong", "Duc"),
                    List.of("Nguyen", "Tran", "Le", "Pham", "Hoang"),
                    List.of("Hanoi", "Da Nang")),
            new Country(
                    "NZ",
                    "New Zealand",
                    List.of("Aroha", "Tom", "Mere", "Sam", "Grace"),
                    List.of("Williams", "Ngata", "Thompson", "Clark", "Parata"),
                    List.of("Wellington")));

    static final int PEOPLE = 30;
    private static final String[] PRONOUNS = {"HE", "SHE", "HE", "SHE", "THEY"};

    private final Map<String, Long> committees = new LinkedHashMap<>();

    private Cast() {}

    /** Writes the member committees, named with the generation's label so that two generations never clash. */
    static Cast committees(Tables tables, String label) {
        tables.declare("committee", "id", "name", "acronym", "kind", "country", "version");
        Cast cast = new Cast();
        for (Country country : COUNTRIES) {
            long id = tables.id("committee");
            tables.add(
                    "committee",
                    id,
                    "CSCAP " + country.name() + " (" + label + ")",
                    "CSCAP " + country.code(),
                    "MEMBER_COMMITTEE",
                    country.code(),
                    0);
            cast.committees.put(country.code(), id);
        }
        return cast;
    }

    long committee(String country) {
        Long id = committees.get(country);
        if (id == null) {
            throw new IllegalArgumentException(country);
        }
        return id;
    }

    /** A study group's people: the first two its co-chairs, the third its rapporteur. */
    record Person(long id, String name, Country country, String username) {}

    /** Thirty people from eight of the countries, with accounts for the co-chairs and the rapporteur. */
    List<Person> people(Tables tables, Random random, String label, int group, String passwordHash) {
        tables.declare(
                "person", "id", "name", "nationality", "affiliation", "committee_id", "pronoun", "email", "version");
        tables.declare("account", "id", "username", "password_hash", "person_id", "enabled", "version");
        tables.declare("account_role", "account_id", "role");
        List<Country> countries = new ArrayList<>(COUNTRIES);
        java.util.Collections.shuffle(countries, random);
        countries = countries.subList(0, 8);
        List<Person> people = new ArrayList<>();
        for (int p = 0; p < PEOPLE; p++) {
            Country country = countries.get(p % countries.size());
            String name = Vocabulary.pick(random, country.given()) + " " + Vocabulary.pick(random, country.family());
            long id = tables.id("person");
            String username = p < 3
                    ? label.toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + "-" + group
                            + (p < 2 ? "-cochair" + (p + 1) : "-rapporteur")
                    : "";
            tables.add(
                    "person",
                    id,
                    name,
                    country.code(),
                    "Institute of " + Vocabulary.pick(random, Vocabulary.THEMES).split(" ")[0] + " Studies, "
                            + country.cities().get(0),
                    committee(country.code()),
                    PRONOUNS[random.nextInt(PRONOUNS.length)],
                    name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", ".") + "." + id + "@example.org",
                    0);
            if (!username.isEmpty()) {
                long account = tables.id("account");
                tables.add("account", account, username, passwordHash, id, true, 0);
                tables.add("account_role", account, p < 2 ? "CO_CHAIR" : "RAPPORTEUR");
            }
            people.add(new Person(id, name, country, username));
        }
        return people;
    }
}
