package plenary.meetings;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import plenary.institutions.InstitutionId;
import plenary.institutions.InstitutionView;
import plenary.institutions.Institutions;

/** Fills the model of the page that shows a meeting's record: the record, the institutions it names, who may edit. */
@Component
class RecordPage {

    private final MeetingRecords meetings;
    private final Institutions institutions;

    RecordPage(MeetingRecords meetings, Institutions institutions) {
        this.meetings = meetings;
        this.institutions = institutions;
    }

    String show(MeetingRecord record, Model model) {
        var ids = record.sessions().stream()
                .flatMap(s -> s.interventionsInOrder().stream())
                .flatMap(i -> i.subjects().institutionIds().stream())
                .filter(Objects::nonNull)
                .distinct()
                .map(InstitutionId::new)
                .toList();
        Map<Long, InstitutionView> named = new HashMap<>();
        institutions.find(ids).forEach((id, institution) -> named.put(id.value(), institution));
        model.addAttribute("record", record);
        model.addAttribute("institutions", named);
        model.addAttribute("editable", meetings.mayEdit(record.id()));
        return "meetings/meeting";
    }
}
