package plenary.meetings;

import org.jspecify.annotations.Nullable;

/** Says a meeting's attendance as the seed does: "More than 20 experts from 9 member committees and other regions". */
final class Attendance {

    private Attendance() {}

    static @Nullable String words(
            @Nullable Integer experts,
            @Nullable Integer committees,
            @Nullable AttendanceQualifier qualifier,
            boolean otherRegions) {
        if (experts == null && committees == null) {
            return null;
        }
        String q = (qualifier == null ? AttendanceQualifier.EXACTLY : qualifier).words();
        StringBuilder text = new StringBuilder();
        if (experts != null) {
            text.append(q).append(experts).append(experts == 1 ? " expert" : " experts");
        }
        if (committees != null) {
            text.append(experts != null ? " from " : q)
                    .append(committees)
                    .append(committees == 1 ? " member committee" : " member committees");
        }
        if (otherRegions) {
            text.append(" and other regions");
        }
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
