package plenary.directory;

import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import plenary.kernel.RecordNotFound;

/** The organisation Plenary serves, for the secretariat. */
@RestController
@RequestMapping("/api/organisation")
class OrganisationApi {

    private final OrganisationRecords organisation;

    OrganisationApi(OrganisationRecords organisation) {
        this.organisation = organisation;
    }

    @GetMapping
    OrganisationView get() {
        return organisation.find().orElseThrow(() -> new RecordNotFound("Organisation", "(none set up)"));
    }

    @PutMapping
    OrganisationView set(@Valid @RequestBody OrganisationForm form) {
        return organisation.set(form);
    }
}
