package plenary.meetings;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import plenary.kernel.MaxLength;
import plenary.kernel.MaxSize;
import plenary.kernel.PlainText;

/**
 * What a record keeper sends to record an intervention. The speaker is left out where the record has none
 * ("Some concerns were expressed"). {@code position} places it in its session: left out, a new intervention goes
 * last and a changed one stays where it is. {@code version} is required on change.
 */
public record InterventionForm(
        @Nullable Long sessionId,
        @Nullable Integer position,
        @Nullable Long speakerPersonId,
        @Nullable InterventionKind kind,
        @MaxLength(4000) @PlainText @Nullable String summary,
        @MaxLength(500) @PlainText @Nullable String paperTitle,
        @Nullable Stance stance,
        @Valid Subjects subjects,
        @MaxSize(20) List<Link> links,
        @Nullable AttributionRule speakerDescribedBy,
        @Nullable Integer version)
        implements MeetingPartForm {

    public InterventionForm {
        subjects = subjects == null ? Subjects.none() : subjects;
        // Null entries stay, so that a JSON client learns which one is wrong.
        links = links == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(links));
    }

    /** The same form without the empty link rows a page form sends. */
    public InterventionForm withoutBlankRows() {
        List<Link> given = links.stream().filter(l -> l != null && !l.blank()).toList();
        return new InterventionForm(
                sessionId,
                position,
                speakerPersonId,
                kind,
                summary,
                paperTitle,
                stance,
                subjects,
                given,
                speakerDescribedBy,
                version);
    }
}
