package plenary.reports.fidelity;

import org.jspecify.annotations.Nullable;
import plenary.reports.composition.ReportContext;

/**
 * A meeting of the report corpus: its name ("manila-2013"), what the report is composed from, the house style
 * its file asks for, and what the file says the record holds beyond today's meeting record (the courtesy the
 * Co-Chairs expressed, if any). The style and the courtesy have no place in the record yet.
 */
public record CorpusMeeting(
        String name,
        ReportContext context,
        HouseStyle style,
        @Nullable String courtesy) {

    /**
     * How a report of the meeting is to be written: the noun for a speaker ("participant", or "speaker" as in "a
     * Korean speaker"), how sessions are numbered ("arabic", or "roman": "Session II"), and whether a session's
     * findings are paragraphs or a bulleted list. The seed's style is the default.
     */
    public record HouseStyle(String speakerNoun, String sessionNumbering, String findings) {

        public static final HouseStyle SEED = new HouseStyle("participant", "arabic", "paragraphs");

        public boolean isSeed() {
            return equals(SEED);
        }
    }
}
