package plenary.reports;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import plenary.documents.DocumentFiles;

/** A study group's dossier of published reports in a format ({@code ?format=html|pdf|docx|md|akn}), for anyone. */
@RestController
class DossierApi {

    private final Dossiers dossiers;
    private final DocumentFiles files;

    DossierApi(Dossiers dossiers, DocumentFiles files) {
        this.dossiers = dossiers;
        this.files = files;
    }

    @GetMapping("/api/study-groups/{studyGroupId}/dossier")
    ResponseEntity<byte[]> dossier(
            @PathVariable long studyGroupId,
            @RequestParam(name = "format", defaultValue = "html") String format,
            WebRequest request) {
        return files.file(DocumentFiles.format(format), dossiers.dossier(studyGroupId), request);
    }
}
