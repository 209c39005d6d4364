package plenary.institutions.map;

import java.util.ArrayList;
import java.util.List;
import plenary.institutions.InstitutionStatus;

/**
 * How the membership map shows an institution's status: solid bars for active, hatched for suspended, outlined
 * for proposed, grey for defunct, and the legend that says so. Hatching and outlines survive printing in black
 * and white.
 */
final class StatusLook {

    static final String ACCENT = "#1f4e8c";
    private static final String HATCHING = "suspended";
    private static final int SWATCH = 28;
    private static final int SPACING = 130;
    /** A generous advance of a letter at 12 px. */
    private static final double LETTER = 7.2;

    private StatusLook() {}

    /** The hatching the suspended bars are filled with, to be defined once in the document. */
    static void patterns(Svg svg) {
        svg.open("defs");
        // Upright stripes in a tile turned by 45 degrees: diagonal hatching without seams between the tiles.
        svg.open(
                "pattern",
                "id",
                HATCHING,
                "width",
                6,
                "height",
                6,
                "patternUnits",
                "userSpaceOnUse",
                "patternTransform",
                "rotate(45)");
        svg.shape("rect", "width", 6, "height", 6, "fill", "#ffffff");
        svg.shape("line", "x1", 0, "y1", 0, "x2", 0, "y2", 6, "stroke", ACCENT, "stroke-width", 3);
        svg.close().close();
    }

    /** The attributes of a bar of this status at this place. */
    static Object[] bar(InstitutionStatus status, int x, int y, int width, int height) {
        List<Object> attributes = new ArrayList<>(List.of("x", x, "y", y, "width", width, "height", height, "rx", 3));
        attributes.addAll(
                switch (status) {
                    case ACTIVE -> List.of("fill", ACCENT);
                    case SUSPENDED -> List.of("fill", "url(#" + HATCHING + ")", "stroke", ACCENT, "stroke-width", 1.5);
                    case PROPOSED ->
                        List.of("fill", "#ffffff", "stroke", ACCENT, "stroke-width", 1.5, "stroke-dasharray", "4 3");
                    case DEFUNCT -> List.of("fill", "#9aa1ad");
                });
        return attributes.toArray();
    }

    /** One swatch and word per status, in a row from the left edge given. */
    static void legend(Svg svg, MapWords words, int left, int top, int height) {
        svg.open("g", "class", "legend");
        int x = left;
        int spacing = spacing(words);
        for (InstitutionStatus status : InstitutionStatus.values()) {
            svg.shape("rect", bar(status, x, top, SWATCH, height));
            svg.text("text", words.status(status), "x", x + SWATCH + 8, "y", top + height - 3, "font-size", 12);
            x += spacing;
        }
        svg.close();
    }

    /** How wide the legend is. */
    static int width(MapWords words) {
        return InstitutionStatus.values().length * spacing(words);
    }

    /** Room for the longest status word of the reader's language beside its swatch ("приостановлен"). */
    private static int spacing(MapWords words) {
        int longest = 0;
        for (InstitutionStatus status : InstitutionStatus.values()) {
            longest = Math.max(longest, words.status(status).length());
        }
        return Math.max(SPACING, SWATCH + 8 + (int) Math.ceil(longest * LETTER) + 16);
    }
}
