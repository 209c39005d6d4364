package plenary.directory;

import java.util.Locale;

/**
 * The nationalities a person may have, by ISO 3166 code, with the adjective reports use ("a Russian
 * participant"). The list covers the Asia-Pacific membership of a network like CSCAP and its usual guests.
 */
public enum Nationality {
    AU("Australia", "Australian"),
    BD("Bangladesh", "Bangladeshi"),
    BN("Brunei", "Bruneian"),
    KH("Cambodia", "Cambodian"),
    CA("Canada", "Canadian"),
    CL("Chile", "Chilean"),
    CN("China", "Chinese"),
    FR("France", "French"),
    DE("Germany", "German"),
    IN("India", "Indian"),
    ID("Indonesia", "Indonesian"),
    JP("Japan", "Japanese"),
    KR("Republic of Korea", "South Korean"),
    KP("DPR Korea", "North Korean"),
    LA("Laos", "Lao"),
    MY("Malaysia", "Malaysian"),
    MN("Mongolia", "Mongolian"),
    MM("Myanmar", "Myanmar"),
    NZ("New Zealand", "New Zealand"),
    PK("Pakistan", "Pakistani"),
    PG("Papua New Guinea", "Papua New Guinean"),
    PE("Peru", "Peruvian"),
    PH("Philippines", "Filipino"),
    RU("Russia", "Russian"),
    SG("Singapore", "Singaporean"),
    LK("Sri Lanka", "Sri Lankan"),
    TW("Taiwan", "Taiwanese"),
    TH("Thailand", "Thai"),
    TL("Timor-Leste", "Timorese"),
    GB("United Kingdom", "British"),
    US("United States", "American"),
    VN("Viet Nam", "Vietnamese");

    private final String country;
    private final String adjective;

    Nationality(String country, String adjective) {
        this.country = country;
        this.adjective = adjective;
    }

    /** The country's English name, as the API and the record's documents give it. */
    public String country() {
        return country;
    }

    /**
     * The country's name in the reader's language, for a page: in English the name above (the seed's own, such as
     * "Viet Nam"), in another language the name the JDK knows for the code ("Вьетнам").
     */
    public String country(Locale reader) {
        if (english(reader)) {
            return country;
        }
        String name = new Locale("", name()).getDisplayCountry(reader);
        return name.isBlank() ? country : name;
    }

    /**
     * The nationality as a page's list says it: "Russian" in English; in another language, whose adjectives Plenary
     * does not keep, the country's name.
     */
    public String adjective(Locale reader) {
        return english(reader) ? adjective : country(reader);
    }

    /** The nationality as a page's choice offers it: "Russian (Russia)" in English, else the country's name. */
    public String label(Locale reader) {
        return english(reader) ? adjective + " (" + country + ")" : country(reader);
    }

    private static boolean english(Locale reader) {
        return reader.getLanguage().equals(Locale.ENGLISH.getLanguage());
    }

    /** The adjective of nationality, as in "a Russian participant". */
    public String adjective() {
        return adjective;
    }
}
