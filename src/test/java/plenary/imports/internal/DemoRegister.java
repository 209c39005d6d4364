package plenary.imports.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import plenary.institutions.InstitutionId;
import plenary.institutions.InstitutionKind;
import plenary.institutions.InstitutionStatus;
import plenary.institutions.InstitutionView;

/**
 * The demo's register of institutions, by name, acronym and aliases as the demo record keeps them, for the tests
 * of the rules that run without a database.
 */
final class DemoRegister {

    private DemoRegister() {}

    static List<InstitutionView> institutions() {
        List<InstitutionView> all = new ArrayList<>();
        add(all, "Six Party Talks", "6PT", "6-Party Talks");
        add(all, "Four Party Talks", null);
        add(all, "Korean Peninsula Energy Development Organization", "KEDO");
        add(
                all,
                "Trilateral Summit among China, Japan and Korea",
                null,
                "China-Japan-Korea Trilateral Summit",
                "Trilateral Summit",
                "CJK Trilateral Summit");
        add(all, "Trilateral Cooperation Secretariat", "TCS");
        add(all, "East Asia Summit", "EAS", "East Asian Summit");
        add(
                all,
                "Trans-Pacific Partnership",
                "TPP",
                "Trans-Pacific Economic Partnership",
                "Trans-Pacific Strategic Economic Partnership");
        add(all, "Northeast Asia Free Trade Agreement", "NEA FTA", "Northeast Asia FTA");
        add(all, "Northeast Asian multilateral energy regime", null, "multilateral energy regime");
        add(
                all,
                "Trans-Korean gas pipeline",
                null,
                "gas pipeline through the Korean Peninsula",
                "gas pipeline passing through the Korean Peninsula",
                "Russia-Korea gas pipeline");
        add(
                all,
                "Northeast Asian nuclear safety cooperation mechanism",
                null,
                "regional cooperation mechanism on nuclear safety");
        return all;
    }

    static Register register() {
        return new Register(institutions());
    }

    private static void add(List<InstitutionView> all, String name, @Nullable String acronym, String... aliases) {
        all.add(new InstitutionView(
                new InstitutionId(all.size() + 1),
                null,
                name,
                acronym,
                List.of(aliases),
                InstitutionKind.FORUM,
                InstitutionStatus.ACTIVE,
                null,
                null,
                null,
                null,
                List.of(),
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                0));
    }
}
