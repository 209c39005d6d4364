package plenary.meetings;

import org.jspecify.annotations.Nullable;

/**
 * The house style a meeting's report is written in: the noun for its speakers, how its sessions are numbered and
 * whether the findings are prose or a list. {@link #SEED} is the style of the seed report, every meeting's default.
 */
public record HouseStyle(SpeakerNoun speakerNoun, SessionNumbering sessionNumbering, Findings findings) {

    public static final HouseStyle SEED =
            new HouseStyle(SpeakerNoun.PARTICIPANT, SessionNumbering.ARABIC, Findings.PARAGRAPHS);

    /** The style with the seed's choice wherever none is given. */
    public static HouseStyle of(
            @Nullable SpeakerNoun speakerNoun,
            @Nullable SessionNumbering sessionNumbering,
            @Nullable Findings findings) {
        return new HouseStyle(
                speakerNoun == null ? SEED.speakerNoun() : speakerNoun,
                sessionNumbering == null ? SEED.sessionNumbering() : sessionNumbering,
                findings == null ? SEED.findings() : findings);
    }
}
