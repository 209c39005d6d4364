package plenary.meetings;

import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import plenary.kernel.Bounds;
import plenary.web.FormErrors;

/** What every edit form of a record inside a meeting shares: the meeting it belongs to, and the right to edit it. */
@Component
class Editing {

    private final MeetingRecords meetings;
    private final Validator validator;

    Editing(MeetingRecords meetings, Validator validator) {
        this.meetings = meetings;
        this.validator = validator;
    }

    /**
     * The form without its blank rows, unless it breaks its bounds: a page sends blank rows to fill in, which
     * count against no bound.
     */
    <T> T bounded(T given) {
        return Bounds.checked(validator, given);
    }

    /** The meeting's named record, for one who may edit it; refused otherwise. */
    MeetingRecord meeting(MeetingId meetingId) {
        if (!meetings.mayEdit(meetingId)) {
            throw new AccessDeniedException("Only those who keep this meeting's record change it.");
        }
        return meetings.get(meetingId);
    }

    String form(Model model, String view, MeetingId meetingId, @Nullable Long id, Object form, FormErrors errors) {
        model.addAttribute("meeting", meeting(meetingId));
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return view;
    }

    static String back(MeetingId meetingId, @Nullable String anchor) {
        return "redirect:/meetings/" + meetingId + (anchor == null ? "" : "#" + anchor);
    }
}
