package plenary.meetings;

/** What someone did with a proposal: supported it, opposed it ("should not be a hostage"), or qualified it. */
public enum PositionStance {
    SUPPORTS,
    OPPOSES,
    QUALIFIES
}
