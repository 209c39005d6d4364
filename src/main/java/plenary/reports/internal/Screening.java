package plenary.reports.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import plenary.directory.CommitteeView;
import plenary.directory.Directory;
import plenary.directory.Nationality;
import plenary.directory.PersonId;
import plenary.directory.PersonView;
import plenary.documents.Document;
import plenary.documents.DocumentTexts;
import plenary.documents.DocumentTexts.Text;
import plenary.institutions.InstitutionView;
import plenary.leakcheck.Identity;
import plenary.leakcheck.Leak;
import plenary.leakcheck.LeakCheck;
import plenary.leakcheck.LeakScreen;
import plenary.leakcheck.Passage;
import plenary.meetings.AttributionRule;
import plenary.reports.LeakView;
import plenary.reports.PlaceToConfirm;
import plenary.reports.composition.ReportContext;

/**
 * Checks every text of a report about to be published (title, subtitle, status line, headings, paragraphs) for
 * what identifies the meeting's people, unless the meeting's attribution rule names them: their names, affiliations
 * and e-mail addresses. Names of the organisation, its committees, the study group and the institutions discussed
 * are public, and a participant's name inside one of them is no leak.
 */
@Component
class Screening {

    // Where names are usually written surname first in English texts ("Kim Min-jun", "Wang Wei").
    private static final Set<Nationality> SURNAME_FIRST =
            Set.of(Nationality.CN, Nationality.TW, Nationality.KR, Nationality.KP, Nationality.VN);

    private final Directory directory;

    Screening(Directory directory) {
        this.directory = directory;
    }

    /** The certain leaks of a document, which block its publication, and the places the keeper must confirm. */
    record Screened(List<LeakView> leaks, List<PlaceToConfirm> places) {}

    List<LeakView> leaks(ReportContext context, Document document) {
        return screen(context, document).leaks();
    }

    Screened screen(ReportContext context, Document document) {
        if (context.meeting().attributionRule() == AttributionRule.NAMED) {
            return new Screened(List.of(), List.of());
        }
        LeakScreen screen = LeakCheck.against(identities(people(context)), publicNames(context));
        List<LeakView> leaks = new ArrayList<>();
        List<PlaceToConfirm> places = new ArrayList<>();
        for (Text text : DocumentTexts.of(document)) {
            for (Leak leak : screen.check(new Passage(text.location(), text.text()))) {
                if (leak.needsConfirmation()) {
                    places.add(new PlaceToConfirm(
                            text.eId() + "@" + leak.start(),
                            leak.location(),
                            text.eId(),
                            leak.term(),
                            leak.kind().name(),
                            leak.excerpt(),
                            leak.people()));
                    continue;
                }
                leaks.add(new LeakView(
                        leak.location(), text.eId(), leak.term(), leak.kind().name(), leak.excerpt(), leak.people()));
            }
        }
        return new Screened(leaks, places);
    }

    /** The meeting's participants, and the study group's co-chairs and rapporteurs, who may be named in its report. */
    private Collection<PersonView> people(ReportContext context) {
        Set<PersonId> ids = new HashSet<>(context.people().keySet());
        context.meeting().namedParticipants().forEach(p -> ids.add(p.personId()));
        ids.addAll(context.studyGroup().coChairIds());
        ids.addAll(context.studyGroup().rapporteurIds());
        // The sources read most of them already: only the rest (rapporteurs who were not there) are read.
        Map<PersonId, PersonView> people = new HashMap<>(context.people());
        ids.removeAll(people.keySet());
        if (!ids.isEmpty()) {
            people.putAll(directory.people(ids));
        }
        return people.values();
    }

    static List<Identity> identities(Collection<PersonView> people) {
        List<Identity> identities = new ArrayList<>();
        for (PersonView person : people) {
            if (person.name() == null || person.name().isBlank()) {
                continue;
            }
            Identity identity = (surnameFirst(person)
                            ? Identity.namedSurnameFirst(person.name())
                            : Identity.named(person.name()))
                    .labelled(person.name());
            if (person.affiliation() != null && !person.affiliation().isBlank()) {
                identity = identity.affiliatedWith(person.affiliation());
            }
            if (person.email() != null && !person.email().isBlank()) {
                identity = identity.reachableAt(person.email());
            }
            identities.add(identity);
        }
        return identities;
    }

    /**
     * Whether the name is written surname first: a name of two words or more of a person from where that is the
     * custom, whose first word is no hyphenated given name (so "Kim Min-jun" is and "Ha-eun Seol" is not).
     */
    static boolean surnameFirst(PersonView person) {
        String[] words = person.name().strip().split("\\s+");
        return person.nationality() != null
                && SURNAME_FIRST.contains(person.nationality())
                && words.length > 1
                && !words[0].contains("-");
    }

    private List<String> publicNames(ReportContext context) {
        Set<String> names = new LinkedHashSet<>();
        names.add(context.studyGroup().title());
        names.add(context.meeting().studyGroupTitle());
        // An instance whose organisation is not named yet has no organisation's name to print.
        directory.organisation().ifPresent(organisation -> {
            names.add(organisation.name());
            names.add(organisation.acronym());
        });
        for (CommitteeView committee : context.committees().values()) {
            names.add(committee.name());
            names.add(committee.acronym());
        }
        for (InstitutionView institution : context.institutions().values()) {
            names.add(institution.name());
            names.add(institution.acronym());
            names.addAll(institution.aliases());
        }
        names.remove(null);
        names.removeIf(String::isBlank);
        return List.copyOf(names);
    }
}
