package plenary.meetings;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import plenary.directory.Directory;
import plenary.web.FormErrors;

/** The form where a meeting's keepers record who took part, and in what capacity. */
@Controller
@RequestMapping("/meetings/{meetingId}/participants")
class ParticipantPages extends MeetingPartPages<ParticipantForm, ParticipantView> {

    private final Directory directory;

    ParticipantPages(ParticipantRecords participants, Editing editing, Directory directory) {
        super(participants, editing, "meetings/participant-form");
        this.directory = directory;
    }

    @GetMapping("/new")
    String blank(@PathVariable MeetingId meetingId, Model model) {
        return form(model, meetingId, null, new ParticipantForm(null, Capacity.PARTICIPANT, null), FormErrors.none());
    }

    @Override
    ParticipantForm formOf(ParticipantView p) {
        return new ParticipantForm(p.personId().value(), p.capacity(), p.version());
    }

    @Override
    void offerChoices(Model model, MeetingId meetingId) {
        model.addAttribute("people", directory.people());
    }

    @Override
    String placeOf(ParticipantView saved) {
        return "participants";
    }

    @Override
    String placeAfterDelete() {
        return "participants";
    }
}
