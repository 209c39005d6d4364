package plenary.studygroups;

import java.util.List;
import plenary.directory.CommitteeView;

/** A study group as its pages show it: the people and committees it names, by name. */
public record StudyGroupPageView(
        StudyGroupView group,
        List<NamedPersonView> coChairs,
        List<NamedPersonView> rapporteurs,
        List<CommitteeView> committees) {}
