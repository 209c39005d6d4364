package plenary.demo;

import static plenary.institutions.InstitutionKind.AGREEMENT;
import static plenary.institutions.InstitutionKind.FORUM;
import static plenary.institutions.InstitutionKind.MECHANISM;
import static plenary.institutions.InstitutionKind.ORGANISATION;
import static plenary.institutions.InstitutionKind.PROJECT;
import static plenary.institutions.InstitutionKind.REGIME;
import static plenary.institutions.InstitutionKind.SUMMIT;
import static plenary.institutions.InstitutionKind.TALKS;
import static plenary.institutions.InstitutionStatus.ACTIVE;
import static plenary.institutions.InstitutionStatus.DEFUNCT;
import static plenary.institutions.InstitutionStatus.PROPOSED;
import static plenary.institutions.InstitutionStatus.SUSPENDED;
import static plenary.institutions.IssueArea.CONFIDENCE_BUILDING;
import static plenary.institutions.IssueArea.ECONOMIC_COOPERATION;
import static plenary.institutions.IssueArea.ENERGY;
import static plenary.institutions.IssueArea.FINANCE;
import static plenary.institutions.IssueArea.INSTITUTION_BUILDING;
import static plenary.institutions.IssueArea.NORMS_AND_RULES;
import static plenary.institutions.IssueArea.NUCLEAR;
import static plenary.institutions.IssueArea.NUCLEAR_SAFETY;
import static plenary.institutions.IssueArea.SECURITY;
import static plenary.institutions.IssueArea.TRADE;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import plenary.institutions.InstitutionForm;
import plenary.institutions.InstitutionKind;
import plenary.institutions.InstitutionRecords;
import plenary.institutions.InstitutionRelation;
import plenary.institutions.InstitutionStatus;
import plenary.institutions.IssueArea;
import plenary.institutions.MemberState;
import plenary.institutions.RelationKind;

/** Every institution and process the seed names, known in the rest of the demo by a short key. */
final class DemoInstitutions {

    private static final List<MemberState> SIX_PARTIES = members("CN", "JP", "KP", "KR", "RU", "US");

    final Map<String, Long> ids = new LinkedHashMap<>();
    private final InstitutionRecords records;

    private DemoInstitutions(InstitutionRecords records) {
        this.records = records;
    }

    static DemoInstitutions create(InstitutionRecords records) {
        DemoInstitutions institutions = new DemoInstitutions(records);
        institutions.create();
        return institutions;
    }

    long id(String key) {
        return Objects.requireNonNull(ids.get(key), () -> "the demo record has no institution " + key);
    }

    private void create() {
        add(
                "6PT",
                "Six Party Talks",
                "6PT",
                List.of("6-Party Talks"),
                TALKS,
                SUSPENDED,
                2003,
                null,
                Set.of(NUCLEAR, SECURITY),
                "Talks on the denuclearization of the Korean Peninsula among China, Japan, "
                        + "North Korea, South Korea, Russia and the United States; not convened since 2008.",
                SIX_PARTIES,
                List.of());
        add(
                "4PT",
                "Four Party Talks",
                null,
                List.of(),
                TALKS,
                DEFUNCT,
                1997,
                1999,
                Set.of(SECURITY),
                "Talks among the two Koreas, China and the United States on a peace regime for the Korean Peninsula.",
                members("CN", "KP", "KR", "US"),
                List.of());
        add(
                "KEDO",
                "Korean Peninsula Energy Development Organization",
                "KEDO",
                List.of(),
                ORGANISATION,
                DEFUNCT,
                1995,
                2006,
                Set.of(NUCLEAR, ENERGY),
                "Set up to carry out the 1994 Agreed Framework: light-water reactors "
                        + "for North Korea in exchange for a freeze of its nuclear programme.",
                members("JP", "KR", "US"),
                List.of());
        add(
                "TCS",
                "Trilateral Summit among China, Japan and Korea",
                null,
                List.of("China-Japan-Korea Trilateral Summit", "Trilateral Summit", "CJK Trilateral Summit"),
                SUMMIT,
                ACTIVE,
                2008,
                null,
                Set.of(ECONOMIC_COOPERATION, SECURITY, NUCLEAR_SAFETY),
                "Annual summit of the leaders of China, Japan and South Korea, held apart from ASEAN meetings since 2008.",
                members("CN", "JP", "KR"),
                List.of());
        add(
                "TCS-secretariat",
                "Trilateral Cooperation Secretariat",
                "TCS",
                List.of(),
                ORGANISATION,
                ACTIVE,
                2011,
                null,
                Set.of(INSTITUTION_BUILDING),
                "The secretariat of the trilateral cooperation, opened in Seoul in 2011.",
                members("CN", "JP", "KR"),
                List.of(new InstitutionRelation(RelationKind.EMBEDDED_IN, id("TCS"))));
        add(
                "EAS",
                "East Asia Summit",
                "EAS",
                List.of("East Asian Summit"),
                FORUM,
                ACTIVE,
                2005,
                null,
                Set.of(SECURITY, NORMS_AND_RULES),
                "Leaders' forum of the ASEAN states and their partners, "
                        + "expanded in 2011 to Russia and the United States.",
                members("CN", "JP", "KR", "RU", "US", "AU", "NZ", "IN", "ID", "SG"),
                List.of());
        add(
                "TPP",
                "Trans-Pacific Partnership",
                "TPP",
                List.of("Trans-Pacific Economic Partnership", "Trans-Pacific Strategic Economic Partnership"),
                AGREEMENT,
                PROPOSED,
                null,
                null,
                Set.of(TRADE),
                "A free trade agreement under negotiation among Pacific economies in 2011.",
                members("US", "AU", "NZ", "SG", "CL", "PE", "VN", "MY"),
                List.of());
        add(
                "NEA-FTA",
                "Northeast Asia Free Trade Agreement",
                "NEA FTA",
                List.of("Northeast Asia FTA"),
                AGREEMENT,
                PROPOSED,
                null,
                null,
                Set.of(TRADE, FINANCE),
                "A proposed free trade area of the Northeast Asian "
                        + "economies, built around the trilateral cooperation of China, Japan and South Korea.",
                members("CN", "JP", "KR"),
                List.of(new InstitutionRelation(RelationKind.LINKED_TO, id("TCS"))));
        add(
                "energy-regime",
                "Northeast Asian multilateral energy regime",
                null,
                List.of("multilateral energy regime"),
                REGIME,
                PROPOSED,
                null,
                null,
                Set.of(ENERGY),
                "A proposed regime treating energy security as an international public good of the region.",
                List.of(),
                List.of());
        add(
                "pipeline",
                "Trans-Korean gas pipeline",
                null,
                List.of(
                        "gas pipeline through the Korean Peninsula",
                        "gas pipeline passing through the Korean Peninsula",
                        "Russia-Korea gas pipeline"),
                PROJECT,
                PROPOSED,
                null,
                null,
                Set.of(ENERGY, CONFIDENCE_BUILDING),
                "The Russian proposal of a gas pipeline from Russia through North Korea to South Korea.",
                members("KP", "KR", "RU"),
                List.of());
        add(
                "nuclear-safety",
                "Northeast Asian nuclear safety cooperation mechanism",
                null,
                List.of("regional cooperation mechanism on nuclear safety"),
                MECHANISM,
                PROPOSED,
                null,
                null,
                Set.of(NUCLEAR_SAFETY),
                "A proposed regional mechanism for transparency of nuclear activities.",
                members("CN", "JP", "KR"),
                List.of(new InstitutionRelation(RelationKind.LINKED_TO, id("TCS"))));
    }

    private void add(
            String key,
            String name,
            @Nullable String acronym,
            List<String> aliases,
            InstitutionKind kind,
            InstitutionStatus status,
            @Nullable Integer established,
            @Nullable Integer ended,
            Set<IssueArea> areas,
            String description,
            List<MemberState> members,
            List<InstitutionRelation> relations) {
        InstitutionForm form = new InstitutionForm(
                name, acronym, aliases, kind, status, established, ended, areas, description, members, relations, null);
        ids.put(key, records.create(form).id().value());
    }

    private static List<MemberState> members(String... countries) {
        return java.util.Arrays.stream(countries)
                .map(c -> new MemberState(c, null))
                .toList();
    }
}
