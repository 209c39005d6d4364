package plenary.institutions.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import plenary.institutions.InstitutionId;
import plenary.institutions.InstitutionKind;
import plenary.institutions.InstitutionStatus;

class MembershipMapTests {

    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final String HOSTILE = "<script>alert(\"x\")</script> & Partners";

    private static final Overlap OVERLAP = Overlap.of(List.of(
            new Membership(
                    new InstitutionId(1),
                    "Six Party Talks",
                    "6PT",
                    InstitutionKind.TALKS,
                    InstitutionStatus.SUSPENDED,
                    Set.of("CN", "JP", "KP", "KR", "RU", "US")),
            new Membership(
                    new InstitutionId(2),
                    HOSTILE,
                    null,
                    InstitutionKind.AGREEMENT,
                    InstitutionStatus.PROPOSED,
                    Set.of("JP", "KR")),
            new Membership(
                    new InstitutionId(3),
                    "Northeast Asian multilateral energy regime",
                    null,
                    InstitutionKind.REGIME,
                    InstitutionStatus.PROPOSED,
                    Set.of())));

    private static final MapWords ENGLISH = MapWords.in(bundle(), Locale.ENGLISH);
    private static final MapWords RUSSIAN = MapWords.in(bundle(), Locale.forLanguageTag("ru"));

    private static ResourceBundleMessageSource bundle() {
        ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
        bundle.setBasenames("i18n/institutions");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        bundle.setAlwaysUseMessageFormat(false);
        return bundle;
    }

    private static Document parsed(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Node within, String name) {
        NodeList nodes = within instanceof Document d
                ? d.getElementsByTagNameNS(SVG, name)
                : ((Element) within).getElementsByTagNameNS(SVG, name);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    private static List<Element> groups(Document map, String kind) {
        return elements(map, "g").stream()
                .filter(g -> g.getAttribute("class").equals(kind))
                .toList();
    }

    private static String first(Element within, String name) {
        return elements(within, name).get(0).getTextContent();
    }

    @Test
    void theMapIsAnSvgDocumentThatScalesAndSaysWhatItShows() throws Exception {
        Document map = parsed(MembershipMap.of(OVERLAP, LocalDate.of(2011, 11, 14), ENGLISH));
        Element root = map.getDocumentElement();

        assertThat(root.getNamespaceURI()).isEqualTo(SVG);
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("viewBox")).matches("0 0 \\d+ \\d+");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(first(root, "title"))
                .isEqualTo("Membership overlap of the regional institutions as of 14 November 2011");
        assertThat(first(root, "desc"))
                .contains(
                        "Six Party Talks (6PT), suspended: China, North Korea, Russia, United States, Japan, South Korea");
        assertThat(elements(map, "text"))
                .extracting(Node::getTextContent)
                .contains("Member states of the regional institutions, as of 14 November 2011");
    }

    @Test
    void institutionsAreRowsLargestFirstAndStatesColumnsWithTheirNames() throws Exception {
        Document map = parsed(MembershipMap.of(OVERLAP, LocalDate.of(2011, 11, 14), ENGLISH));

        assertThat(groups(map, "institution")).extracting(g -> first(g, "text")).containsExactly("6PT", HOSTILE);
        assertThat(groups(map, "state"))
                .extracting(g -> first(g, "text") + " " + first(g, "title"))
                .containsExactly(
                        "CN China", "KP North Korea", "RU Russia", "US United States", "JP Japan", "KR South Korea");
    }

    @Test
    void eachMembershipIsOneBarInTheLookOfItsStatus() throws Exception {
        Document map = parsed(MembershipMap.of(OVERLAP, LocalDate.of(2011, 11, 14), ENGLISH));
        List<Element> rows = groups(map, "institution");

        assertThat(elements(rows.get(0), "rect"))
                .filteredOn(r -> r.getAttribute("fill").equals("url(#suspended)"))
                .singleElement()
                .satisfies(bar -> assertThat(bar.getAttribute("width")).isEqualTo("164"));
        assertThat(elements(rows.get(1), "rect"))
                .filteredOn(r -> !r.getAttribute("stroke-dasharray").isEmpty())
                .singleElement()
                .satisfies(bar -> assertThat(bar.getAttribute("width")).isEqualTo("52"));
        assertThat(groups(map, "legend"))
                .singleElement()
                .satisfies(legend -> assertThat(elements(legend, "text"))
                        .extracting(Node::getTextContent)
                        .containsExactly("active", "suspended", "proposed", "defunct"));
    }

    @Test
    void aHostileNameStaysText() throws Exception {
        String svg = MembershipMap.of(OVERLAP, LocalDate.of(2011, 11, 14), ENGLISH);
        Document map = parsed(svg);

        assertThat(map.getElementsByTagNameNS("*", "script").getLength()).isZero();
        assertThat(svg).doesNotContain("<script").contains("&lt;script").contains("&amp; Partners");
        assertThat(groups(map, "institution")
                        .get(1)
                        .getElementsByTagNameNS(SVG, "title")
                        .item(0)
                        .getTextContent())
                .isEqualTo(HOSTILE + " (proposed): 2 member states");
    }

    @Test
    void noTextIsSmallerThanElevenPixels() throws Exception {
        Document map = parsed(MembershipMap.of(OVERLAP, LocalDate.of(2011, 11, 14), ENGLISH));

        List<Element> sized = new ArrayList<>();
        sized.add(map.getDocumentElement());
        sized.addAll(elements(map, "text"));
        assertThat(sized)
                .extracting(e -> e.getAttribute("font-size"))
                .filteredOn(size -> !size.isEmpty())
                .allSatisfy(size -> assertThat(Integer.parseInt(size)).isGreaterThanOrEqualTo(11));
    }

    @Test
    void aDayWithoutMembershipsSaysSo() throws Exception {
        Document map = parsed(MembershipMap.of(Overlap.of(List.of()), LocalDate.of(1990, 1, 1), ENGLISH));

        assertThat(elements(map, "text"))
                .extracting(Node::getTextContent)
                .contains("No institution had member states on this day.");
        assertThat(groups(map, "institution")).isEmpty();
    }

    @Test
    void aRussianReaderGetsTheMapInRussian() throws Exception {
        Document map = parsed(MembershipMap.of(OVERLAP, LocalDate.of(2011, 11, 14), RUSSIAN));

        assertThat(elements(map, "title").get(0).getTextContent())
                .isEqualTo("Пересечение членства в региональных институтах на 14 ноября 2011 г.");
        assertThat(elements(map, "text"))
                .extracting(Node::getTextContent)
                .contains("Государства-члены региональных институтов на 14 ноября 2011 г.", "государства");
        assertThat(groups(map, "legend"))
                .singleElement()
                .satisfies(legend -> assertThat(elements(legend, "text"))
                        .extracting(Node::getTextContent)
                        .containsExactly("действует", "приостановлен", "предложен", "прекращён"));
        assertThat(groups(map, "state"))
                .extracting(g -> first(g, "title"))
                .contains("Россия", "Япония", "Республика Корея");
        assertThat(first(groups(map, "institution").get(0), "title"))
                .isEqualTo("Six Party Talks (приостановлен): государств-членов: 6");
        assertThat(elements(map, "desc").get(0).getTextContent())
                .startsWith("Строки — институты, начиная с крупнейших; столбцы — государства")
                .doesNotContain("suspended");
        assertThat(parsed(MembershipMap.of(Overlap.of(List.of()), LocalDate.of(1990, 1, 1), RUSSIAN))
                        .getElementsByTagNameNS(SVG, "desc")
                        .item(0)
                        .getTextContent())
                .endsWith("На 1 января 1990 г. ни в одном институте не было государств-членов.");
    }

    @Test
    void charactersXmlCannotCarryAreDropped() {
        assertThat(Svg.xml("Six\u0000 Party\u001b Talks\uD800")).isEqualTo("Six Party Talks");
    }
}
