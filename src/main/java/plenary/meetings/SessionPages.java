package plenary.meetings;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import plenary.directory.Directory;
import plenary.kernel.Identifier;
import plenary.web.FormErrors;

/** The form where a meeting's keepers add, change and delete a session. */
@Controller
@RequestMapping("/meetings/{meetingId}/sessions")
class SessionPages extends MeetingPartPages<SessionForm, SessionView> {

    private final Editing editing;
    private final Directory directory;

    SessionPages(SessionRecords sessions, Editing editing, Directory directory) {
        super(sessions, editing, "meetings/session-form");
        this.editing = editing;
        this.directory = directory;
    }

    /** A new session takes the next number. */
    @GetMapping("/new")
    String blank(@PathVariable MeetingId meetingId, Model model) {
        int next = editing.meeting(meetingId).sessions().size() + 1;
        return form(model, meetingId, null, new SessionForm(next, null, List.of(), null, null), FormErrors.none());
    }

    @Override
    SessionForm formOf(SessionView s) {
        return new SessionForm(
                s.number(), s.theme(), s.objectives(), Identifier.numberOf(s.chairPersonId()), s.version());
    }

    @Override
    void offerChoices(Model model, MeetingId meetingId) {
        model.addAttribute("people", directory.people());
    }

    @Override
    String placeOf(SessionView saved) {
        return "session-" + saved.id();
    }

    @Override
    SessionForm withoutBlankRows(SessionForm given) {
        return given.withoutBlankLines();
    }
}
