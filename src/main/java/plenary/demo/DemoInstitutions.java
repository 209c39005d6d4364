package plenary.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import plenary.institutions.InstitutionView;
import plenary.institutions.Institutions;

/**
 * Every institution and process the seed names, known in the rest of the demo by a short key. They are no longer
 * created here: the reference data (src/main/resources/institutions/regional-architecture.json, loaded by
 * migration) holds them, and the demo finds them by name.
 */
final class DemoInstitutions {

    // The demo's key of each institution, and the name the reference data gives it.
    private static final Map<String, String> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put("6PT", "Six Party Talks");
        NAMES.put("4PT", "Four Party Talks");
        NAMES.put("KEDO", "Korean Peninsula Energy Development Organization");
        NAMES.put("TCS", "Trilateral Summit among China, Japan and Korea");
        NAMES.put("TCS-secretariat", "Trilateral Cooperation Secretariat");
        NAMES.put("EAS", "East Asia Summit");
        NAMES.put("TPP", "Trans-Pacific Partnership");
        NAMES.put("NEA-FTA", "Northeast Asia Free Trade Agreement");
        NAMES.put("energy-regime", "Northeast Asian multilateral energy regime");
        NAMES.put("pipeline", "Trans-Korean gas pipeline");
        NAMES.put("nuclear-safety", "Northeast Asian nuclear safety cooperation mechanism");
    }

    final Map<String, Long> ids = new LinkedHashMap<>();

    private DemoInstitutions() {}

    static DemoInstitutions create(Institutions institutions) {
        DemoInstitutions demo = new DemoInstitutions();
        NAMES.forEach((key, name) -> {
            InstitutionView found = institutions
                    .named(name)
                    .orElseThrow(() -> new IllegalStateException("The reference data has no institution named “" + name
                            + "”, which the demo record needs: see regional-architecture.json"));
            demo.ids.put(key, found.id().value());
        });
        return demo;
    }

    long id(String key) {
        return Objects.requireNonNull(ids.get(key), () -> "the demo record has no institution " + key);
    }
}
