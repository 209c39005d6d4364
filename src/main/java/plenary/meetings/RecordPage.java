package plenary.meetings;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import plenary.institutions.InstitutionId;
import plenary.institutions.Institutions;

/** Fills the model of the page that shows a meeting's record: the record, the institutions it names, who may edit. */
@Component
class RecordPage {

    private final Institutions institutions;

    RecordPage(Institutions institutions) {
        this.institutions = institutions;
    }

    String show(MeetingRecords.Shown shown, Model model) {
        MeetingRecord record = shown.record();
        var ids = record.sessions().stream()
                .flatMap(s -> s.interventionsInOrder().stream())
                .flatMap(i -> i.subjects().institutionIds().stream())
                .filter(Objects::nonNull)
                .distinct()
                .map(InstitutionId::new)
                .toList();
        Map<Long, String> named = new HashMap<>();
        institutions.shortNames(ids).forEach((id, name) -> named.put(id.value(), name));
        model.addAttribute("record", record);
        model.addAttribute("institutions", named);
        model.addAttribute("editable", shown.editable());
        return "meetings/meeting";
    }
}
