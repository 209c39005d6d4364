package plenary.institutions.map;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The membership overlap of the regional institutions as an SVG document: institutions as rows (largest first),
 * states as columns in the map's order, each institution's members drawn as bars over its states, its status by the
 * bar's look (solid, hatched, outlined, grey) as the legend explains. Drawn with presentation attributes only, so
 * that it needs no style sheet, script or font of its own and prints as it shows.
 */
final class MembershipMap {

    private static final String FONTS =
            "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
    private static final String INK = "#1d2330";
    private static final String MUTED = "#5b6475";
    private static final String LINE = "#d8dce3";
    private static final int MARGIN = 16;
    private static final int COLUMN = 28;
    private static final int ROW = 26;
    private static final int BAR = 16;
    private static final int LABEL_SIZE = 13;
    /** A generous average advance of the system fonts at 13 px, so that the longest label never runs into a bar. */
    private static final double CHARACTER = 7.6;

    private static final int LONGEST_LABEL = 48;

    private final Overlap overlap;
    private final MapWords words;
    private final String day;

    private MembershipMap(Overlap overlap, LocalDate asOf, MapWords words) {
        this.overlap = overlap;
        this.words = words;
        this.day = words.day(asOf);
    }

    /** The map of these memberships on that day, in the reader's words. */
    static String of(Overlap overlap, LocalDate asOf, MapWords words) {
        return new MembershipMap(overlap, asOf, words).draw();
    }

    private String draw() {
        List<Membership> rows = overlap.drawn();
        List<String> states = overlap.states();
        int labelWidth = (int) Math.ceil(rows.stream()
                                .mapToInt(m -> shortened(m.label()).length())
                                .max()
                                .orElse(0)
                        * CHARACTER)
                + 2 * MARGIN;
        int gridTop = 74;
        int gridLeft = labelWidth;
        int gridRight = gridLeft + states.size() * COLUMN;
        int gridBottom = gridTop + rows.size() * ROW;
        int legendTop = gridBottom + 28;
        String caption = words.t("institutions.map.svg.caption", day);
        int width = Math.max(
                Math.max(gridRight + 48, MARGIN + StatusLook.width(words)),
                MARGIN * 2 + (int) (caption.length() * 8.6));
        int height = legendTop + 40;

        Svg svg = Svg.document(
                "width",
                width,
                "height",
                height,
                "viewBox",
                "0 0 " + width + " " + height,
                "role",
                "img",
                "aria-labelledby",
                "map-title map-desc",
                "font-family",
                FONTS,
                "font-size",
                12,
                "fill",
                INK);
        svg.text("title", words.t("institutions.map.svg.title", day), "id", "map-title");
        svg.text("desc", description(rows), "id", "map-desc");
        StatusLook.patterns(svg);
        svg.shape("rect", "x", 0, "y", 0, "width", width, "height", height, "fill", "#ffffff");
        svg.text("text", caption, "x", MARGIN, "y", 30, "font-size", 16, "font-weight", "bold");
        if (rows.isEmpty()) {
            svg.text("text", words.t("institutions.map.empty"), "x", MARGIN, "y", gridTop, "fill", MUTED);
            return svg.finish();
        }
        columns(svg, words, states, gridLeft, gridTop, gridBottom);
        svg.text(
                "text",
                words.t("institutions.map.svg.states"),
                "x",
                gridRight + 8,
                "y",
                gridTop - 10,
                "font-size",
                11,
                "fill",
                MUTED);
        for (int r = 0; r < rows.size(); r++) {
            row(svg, words, rows.get(r), states, r, gridLeft, gridTop + r * ROW, gridRight);
        }
        StatusLook.legend(svg, words, MARGIN, legendTop, BAR);
        return svg.finish();
    }

    private static void columns(Svg svg, MapWords words, List<String> states, int left, int top, int bottom) {
        for (int c = 0; c < states.size(); c++) {
            String code = states.get(c);
            int x = left + c * COLUMN;
            svg.shape("line", "x1", x, "y1", top, "x2", x, "y2", bottom, "stroke", LINE, "stroke-width", 1);
            svg.open("g", "class", "state");
            svg.text("title", words.state(code));
            svg.text("text", code, "x", x + COLUMN / 2, "y", top - 10, "text-anchor", "middle", "font-size", 12);
            svg.close();
        }
        int right = left + states.size() * COLUMN;
        svg.shape("line", "x1", right, "y1", top, "x2", right, "y2", bottom, "stroke", LINE, "stroke-width", 1);
    }

    private static void row(
            Svg svg,
            MapWords words,
            Membership institution,
            List<String> states,
            int index,
            int left,
            int top,
            int right) {
        svg.open("g", "class", "institution");
        svg.text(
                "title",
                words.t(
                        "institutions.map.svg.row",
                        institution.name(),
                        words.status(institution.status()),
                        String.valueOf(institution.states().size())));
        if (index % 2 == 0) {
            svg.shape("rect", "x", MARGIN / 2, "y", top, "width", right - MARGIN / 2, "height", ROW, "fill", "#f3f4f7");
        }
        int baseline = top + ROW / 2 + 5;
        svg.text("text", shortened(institution.label()), "x", MARGIN, "y", baseline, "font-size", LABEL_SIZE);
        for (int[] run : runs(institution, states)) {
            svg.shape(
                    "rect",
                    StatusLook.bar(
                            institution.status(),
                            left + run[0] * COLUMN + 2,
                            top + (ROW - BAR) / 2,
                            (run[1] - run[0]) * COLUMN - 4,
                            BAR));
        }
        String count = String.valueOf(institution.states().size());
        svg.text("text", count, "x", right + 8, "y", baseline, "font-size", 11, "fill", MUTED);
        svg.close();
    }

    /** The runs of neighbouring columns the institution's members fill, each as [first, after last). */
    private static List<int[]> runs(Membership institution, List<String> states) {
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        for (int c = 0; c <= states.size(); c++) {
            boolean member = c < states.size() && institution.states().contains(states.get(c));
            if (member && start < 0) {
                start = c;
            } else if (!member && start >= 0) {
                runs.add(new int[] {start, c});
                start = -1;
            }
        }
        return runs;
    }

    private String description(List<Membership> rows) {
        String members = rows.stream()
                .map(m -> m.name() + (m.acronym() == null ? "" : " (" + m.acronym() + ")") + ", "
                        + words.status(m.status()) + ": "
                        + overlap.statesOf(m).stream().map(words::state).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
        return words.t("institutions.map.svg.explained") + " "
                + (rows.isEmpty() ? words.t("institutions.map.svg.none-on", day) : members + ".");
    }

    private static String shortened(String label) {
        return label.length() <= LONGEST_LABEL ? label : label.substring(0, LONGEST_LABEL - 1) + "…";
    }
}
