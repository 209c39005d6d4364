package plenary.directory;

import java.util.Objects;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import plenary.directory.internal.Organisation;
import plenary.directory.internal.OrganisationRepository;
import plenary.kernel.Rules;
import plenary.kernel.Versions;

/** The secretariat's naming of the organisation; other modules read it through {@link Directory}. */
@Service
@Transactional
@PreAuthorize("hasRole('SECRETARIAT')")
public class OrganisationRecords {

    private final OrganisationRepository organisations;

    OrganisationRecords(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    /** Names the organisation: creates its record the first time, changes it afterwards. */
    public OrganisationView set(OrganisationForm form) {
        new Rules()
                .required(form.name(), "name")
                .maxLength(form.name(), 200, "name")
                .maxLength(form.acronym(), 40, "acronym")
                .enforce();
        Organisation stored = organisations.findAll().stream().findFirst().orElse(null);
        if (stored == null) {
            return organisations
                    .save(new Organisation(
                            null,
                            Objects.requireNonNull(form.name()).strip(),
                            CommitteeRecords.blankToNull(form.acronym()),
                            null))
                    .view();
        }
        Versions.check("organisation", form.version(), Objects.requireNonNull(stored.version()), stored::view);
        return Versions.save(
                        "organisation",
                        () -> organisations.save(new Organisation(
                                stored.id(),
                                Objects.requireNonNull(form.name()).strip(),
                                CommitteeRecords.blankToNull(form.acronym()),
                                form.version())),
                        () -> organisations
                                .findById(Objects.requireNonNull(stored.id()))
                                .map(Organisation::view)
                                .orElse(null))
                .view();
    }

    @Transactional(readOnly = true)
    Optional<OrganisationView> find() {
        return organisations.findAll().stream().findFirst().map(Organisation::view);
    }
}
