package plenary.meetings;

/**
 * How a meeting's record may name its speakers to those outside it: not at all ("a participant"), by
 * nationality ("a Russian participant"), by member committee ("a participant from CSCAP-Russia"), or by name.
 */
public enum AttributionRule {
    NONE,
    BY_NATIONALITY,
    BY_COMMITTEE,
    NAMED
}
