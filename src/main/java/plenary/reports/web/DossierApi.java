package plenary.reports.web;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import plenary.reports.StudyGroupDossiers;
import plenary.reports.formats.ReportTypesetter;

/** A study group's dossier of published reports in a format ({@code ?format=html|pdf|docx|md|akn}), for anyone. */
@RestController
class DossierApi {

    private final StudyGroupDossiers dossiers;
    private final ReportTypesetter typesetter;

    DossierApi(StudyGroupDossiers dossiers, ReportTypesetter typesetter) {
        this.dossiers = dossiers;
        this.typesetter = typesetter;
    }

    @GetMapping("/api/study-groups/{studyGroupId}/dossier")
    ResponseEntity<byte[]> dossier(@PathVariable long studyGroupId,
            @RequestParam(name = "format", defaultValue = "html") String format) {
        return Downloads.file(Downloads.format(format), dossiers.dossier(studyGroupId), typesetter);
    }
}
