package plenary.directory;

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

    public String country() {
        return country;
    }

    /** The adjective of nationality, as in "a Russian participant". */
    public String adjective() {
        return adjective;
    }
}
