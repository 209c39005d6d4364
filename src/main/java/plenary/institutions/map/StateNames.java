package plenary.institutions.map;

import java.util.Locale;

/** The English names of states, from their ISO 3166 alpha-2 codes, as the JDK knows them. */
final class StateNames {

    private StateNames() {}

    /** "South Korea" for "KR"; the code itself where it names no country. */
    static String english(String code) {
        String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        return name.isBlank() ? code : name;
    }
}
