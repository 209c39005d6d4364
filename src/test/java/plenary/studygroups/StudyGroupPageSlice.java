package plenary.studygroups;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import plenary.directory.CommitteeId;
import plenary.directory.CommitteeKind;
import plenary.directory.CommitteeView;
import plenary.directory.Directory;
import plenary.directory.Nationality;
import plenary.directory.PersonId;
import plenary.directory.PersonView;
import plenary.directory.PlenaryAccount;
import plenary.directory.Pronoun;
import plenary.directory.Role;
import plenary.web.PageSliceTest;

/**
 * The study groups' page controllers alone, as every page slice of the module sees them: the real pages, templates,
 * layout and security, and the real naming of people and committees, with the module's reads and commands and the
 * directory mocked. Study group 3 has two co-chairs (70 of CSCAP-Russia, 71 of CSCAP-Korea), one rapporteur (72,
 * of no committee) and both member committees; the steering committee may not take part. All slices of the module
 * declare the same beans, so they share one application context.
 */
@PageSliceTest({StudyGroupPages.class, StudyGroupEditPages.class})
@Import(StudyGroupNaming.class)
abstract class StudyGroupPageSlice {

    static final CommitteeView RUSSIA = committee(5, "Russian National Committee of CSCAP", "CSCAP-Russia");
    static final CommitteeView KOREA = committee(6, "Korean National Committee of CSCAP", "CSCAP-Korea");
    static final CommitteeView STEERING = new CommitteeView(
            new CommitteeId(1), "CSCAP Steering Committee", null, CommitteeKind.STEERING_COMMITTEE, null, 0);
    static final PersonView PAVEL = person(70, "Pavel Kedrovsky", Nationality.RU, 5L);
    static final PersonView HA_EUN = person(71, "Ha-eun Seol", Nationality.KR, 6L);
    static final PersonView RAPPORTEUR = person(72, "Mei Tanaka", Nationality.JP, null);
    static final StudyGroupView GOVERNANCE = new StudyGroupView(
            new StudyGroupId(3),
            "Study group on governance",
            "To map the region's institutions.\n\nAnd to ask what they are for.",
            StudyGroupStatus.ACTIVE,
            3,
            List.of(PAVEL.id(), HA_EUN.id()),
            List.of(RAPPORTEUR.id()),
            List.of(RUSSIA.id(), KOREA.id()),
            2);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    StudyGroups groups;

    @MockitoBean
    StudyGroupRecords records;

    @MockitoBean
    Directory directory;

    @BeforeEach
    void theDirectoryNamesEveryone() {
        List<PersonView> everyone = List.of(PAVEL, HA_EUN, RAPPORTEUR);
        given(directory.committees()).willReturn(List.of(STEERING, RUSSIA, KOREA));
        given(directory.people()).willReturn(everyone);
        given(directory.people(any()))
                .willReturn(everyone.stream().collect(Collectors.toMap(PersonView::id, Function.identity())));
        given(groups.all()).willReturn(List.of(GOVERNANCE));
        given(groups.find(GOVERNANCE.id())).willReturn(Optional.of(GOVERNANCE));
    }

    static RequestPostProcessor secretary() {
        return user(new PlenaryAccount(1, "secretary", "", null, Set.of(Role.SECRETARIAT), true, false));
    }

    static RequestPostProcessor participant() {
        return user(new PlenaryAccount(2, "participant", "", 72L, Set.of(Role.PARTICIPANT), true, false));
    }

    private static CommitteeView committee(long id, String name, String acronym) {
        return new CommitteeView(new CommitteeId(id), name, acronym, CommitteeKind.MEMBER_COMMITTEE, Nationality.RU, 0);
    }

    private static PersonView person(long id, String name, Nationality nationality, @Nullable Long committee) {
        return new PersonView(
                new PersonId(id),
                name,
                nationality,
                null,
                committee == null ? null : new CommitteeId(committee),
                Pronoun.THEY,
                null,
                0);
    }
}
