package plenary.meetings;

/** Meetings as JSON bodies. */
final class MeetingWorldJson {

    private MeetingWorldJson() {}

    static String meeting(long group, int ordinal, String rule, Integer version) {
        return """
                {"studyGroupId":%d,"ordinal":%d,"startsOn":"2011-11-14","city":"Vladivostok","country":"RU",
                 "expertsCount":20,"committeesCount":9,"attendanceQualifier":"MORE_THAN","includesOtherRegions":true,
                 "attributionRule":"%s"%s}""".formatted(group, ordinal, rule, version == null ? "" : ",\"version\":" + version);
    }
}
