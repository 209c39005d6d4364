package plenary.meetings;

/** A link from an intervention to another one of the same study group: it responds to, disagrees with, … it. */
public record Link(LinkKind kind, Long targetId) {

    boolean blank() {
        return kind == null && targetId == null;
    }
}
