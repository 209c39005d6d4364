package plenary.demo;

import static plenary.demo.DemoMeetings.link;
import static plenary.institutions.IssueArea.CONFIDENCE_BUILDING;
import static plenary.institutions.IssueArea.ECONOMIC_COOPERATION;
import static plenary.institutions.IssueArea.ENERGY;
import static plenary.institutions.IssueArea.FINANCE;
import static plenary.institutions.IssueArea.HUMAN_SECURITY;
import static plenary.institutions.IssueArea.INSTITUTION_BUILDING;
import static plenary.institutions.IssueArea.NORMS_AND_RULES;
import static plenary.institutions.IssueArea.NUCLEAR;
import static plenary.institutions.IssueArea.NUCLEAR_SAFETY;
import static plenary.institutions.IssueArea.SECURITY;
import static plenary.institutions.IssueArea.TRADE;
import static plenary.meetings.InterventionKind.ARGUMENT;
import static plenary.meetings.InterventionKind.ASSESSMENT;
import static plenary.meetings.InterventionKind.BRIEFING;
import static plenary.meetings.InterventionKind.CONCERN;
import static plenary.meetings.InterventionKind.GENERAL_DISCUSSION;
import static plenary.meetings.InterventionKind.PRESENTATION;
import static plenary.meetings.InterventionKind.PROPOSAL;
import static plenary.meetings.LinkKind.DISAGREES_WITH;
import static plenary.meetings.LinkKind.ELABORATES;
import static plenary.meetings.LinkKind.RESPONDS_TO;
import static plenary.meetings.LinkKind.SUPPORTS;

import java.util.List;
import org.jspecify.annotations.Nullable;
import plenary.institutions.IssueArea;
import plenary.meetings.AttributionRule;
import plenary.meetings.Capacity;
import plenary.meetings.MeetingId;
import plenary.meetings.NextTaskForm;
import plenary.meetings.NextTaskRecords;
import plenary.meetings.PositionForm;
import plenary.meetings.PositionStance;
import plenary.meetings.ProposalForm;
import plenary.meetings.ProposalRecords;
import plenary.meetings.SessionForm;
import plenary.meetings.SessionRecords;
import plenary.meetings.Stance;
import plenary.meetings.Subjects;

/**
 * The third and final meeting, Vladivostok, 14 November 2011, as the seed reports it: its attendance, three
 * sessions with their objectives, every intervention in order with its kind, stance, subjects and links,
 * the proposals with the positions taken on them, and the next task.
 */
final class VladivostokMeeting {

    private final DemoMeetings demo;
    private final SessionRecords sessions;
    private final ProposalRecords proposals;
    private final NextTaskRecords nextTasks;
    private final DemoCast cast;
    private final DemoInstitutions institutions;
    private final MeetingId meeting;

    /** Fills in the {@code meeting}, just created as the third of the study group. */
    VladivostokMeeting(
            MeetingId meeting,
            DemoMeetings demo,
            SessionRecords sessions,
            ProposalRecords proposals,
            NextTaskRecords nextTasks,
            DemoCast cast,
            DemoInstitutions institutions) {
        this.meeting = meeting;
        this.demo = demo;
        this.sessions = sessions;
        this.proposals = proposals;
        this.nextTasks = nextTasks;
        this.cast = cast;
        this.institutions = institutions;
    }

    MeetingId fill(long energyPaperOfSecondMeeting) {
        attendance();
        firstSession();
        secondSession(energyPaperOfSecondMeeting);
        thirdSession();
        nextTask();
        return meeting;
    }

    private void attendance() {
        demo.attend(meeting, "co-chair-kr", Capacity.CO_CHAIR);
        demo.attend(meeting, "co-chair-ca", Capacity.CO_CHAIR);
        demo.attend(meeting, "rapporteur", Capacity.RAPPORTEUR);
        // The seed calls only the two who assessed the Six Party Talks "presenters".
        for (String presenter : List.of("6pt-optimist", "6pt-sceptic", "energy-presenter")) {
            demo.attend(meeting, presenter, Capacity.PRESENTER);
        }
        for (String discussant : List.of(
                "koreas-strategist",
                "gradualism-critic",
                "pre-steps-briefer",
                "pipeline-briefer",
                "hostage-sceptic",
                "trilateral-reviewer",
                "eas-embedder")) {
            demo.attend(meeting, discussant, Capacity.DISCUSSANT);
        }
        for (String participant : List.of("host-ru", "ru-2", "cn-2", "us-2", "id-1", "sg-1", "au-2", "ca-2", "kr-3")) {
            demo.attend(meeting, participant, Capacity.PARTICIPANT);
        }
        demo.attend(meeting, "other-region", Capacity.OBSERVER);
    }

    private void firstSession() {
        long s = session(
                1,
                "Multilateral institutions and processes in Northeast Asia: history and present state",
                "reviewed a variety of multilateral institutions and processes to establish multilateral security "
                        + "framework of the region such as the Six Party Talks, Four Party Talks, Trilateral Summit "
                        + "between China, Korea and Japan and its relevant institutions",
                "evaluated the past history of multilateral institution building in Northeast Asia",
                "identified the factors that have been both promoting and obstructing the establishment of "
                        + "multilateral framework of cooperation",
                "assessed the current situation of promoting multilateral institutions in the region");
        long koreas = demo.say(
                meeting,
                s,
                "koreas-strategist",
                PRESENTATION,
                "reviewed the strategies of both Koreas under the framework of the US-China “ad hoc concert” on "
                        + "regional issues, especially those on the Korean affairs.",
                null,
                areas(SECURITY));
        demo.say(
                meeting,
                s,
                "koreas-strategist",
                ARGUMENT,
                "argued that South Korea has adopted a “bonding strategy” in which South Korea has tried to put its "
                        + "voices in the US-China ad hoc concert through multilateralizing the bilateral ad hoc concert. "
                        + "This strategy resulted in the establishment of such regional institutions as the KEDO, the "
                        + "Four Party Talks and the Six Party Talks.",
                null,
                subjects(List.of("KEDO", "4PT", "6PT"), INSTITUTION_BUILDING),
                link(ELABORATES, koreas));
        demo.say(
                meeting,
                s,
                "koreas-strategist",
                ARGUMENT,
                "argued that North Korea, fearing the US-China rapprochement, has adopted a “wedging strategy” in which "
                        + "North Korea has tried not to be caged in the US-China concert, and sought to establish "
                        + "bilateral dealings with the US and China respectively.",
                null,
                areas(SECURITY),
                link(ELABORATES, koreas));
        long positive = demo.say(
                meeting,
                s,
                "6pt-optimist",
                ASSESSMENT,
                "highly evaluated the usefulness of the Six Party Talks to deal with DPRK’s nuclear issue, pointing out "
                        + "a variety of “positive” developments in the recent past among the parties concerned.",
                Stance.POSITIVE,
                subjects(List.of("6PT"), NUCLEAR));
        long negative = demo.say(
                meeting,
                s,
                "6pt-sceptic",
                ASSESSMENT,
                "questioned the utility of the Six Party Talks, arguing that the track record of the Six Party Talks "
                        + "since its establishment in 2003 does not ensure to realize the goal of denuclearization, and "
                        + "that the Six Party Talks would “disappear” sooner or later without producing substantial "
                        + "results on denuclearization.",
                Stance.NEGATIVE,
                subjects(List.of("6PT"), NUCLEAR),
                link(DISAGREES_WITH, positive));
        long modality = demo.say(
                meeting,
                s,
                "6pt-sceptic",
                PROPOSAL,
                "proposed to modify the modality of the Six Party Talks: the Six Party Talks should expand its agenda to "
                        + "include other aspects such as economic cooperation with North Korea.",
                null,
                subjects(List.of("6PT"), ECONOMIC_COOPERATION),
                link(ELABORATES, negative));
        long gradualism = demo.say(
                meeting,
                s,
                "gradualism-critic",
                ARGUMENT,
                "argued that the Six Party Talks has been characterized by “excessive gradualism” so far, and that the "
                        + "way of dealing with nuclear issue had to be changed.",
                Stance.NEGATIVE,
                subjects(List.of("6PT"), NUCLEAR),
                link(SUPPORTS, modality));
        long packaged = demo.say(
                meeting,
                s,
                "gradualism-critic",
                PROPOSAL,
                "proposed the Six Party Talks take a more “comprehensive and packaged” approach, not just a piecemeal "
                        + "and gradual approach, once the Six Party Talks is reconvened.",
                null,
                subjects(List.of("6PT"), NUCLEAR),
                link(ELABORATES, gradualism));
        long resumption = demo.say(
                meeting,
                s,
                null,
                GENERAL_DISCUSSION,
                "Different views were presented over the resumption of the Six Party Talks on which mutual "
                        + "consultations are underway among the parties concerned.",
                Stance.MIXED,
                subjects(List.of("6PT"), NUCLEAR));
        demo.say(
                meeting,
                s,
                "pre-steps-briefer",
                BRIEFING,
                "gave detailed explanations on the “pre-steps” demanded for DPRK to take before the resumption of the "
                        + "Six Party Talks.",
                null,
                subjects(List.of("6PT"), NUCLEAR),
                link(RESPONDS_TO, resumption));
        proposal(
                "modify the modality of the Six Party Talks and expand its agenda to include other aspects such as "
                        + "economic cooperation with North Korea",
                modality,
                position(
                        PositionStance.SUPPORTS,
                        "gradualism-critic",
                        gradualism,
                        "the way of dealing with the nuclear issue had to be changed"));
        proposal(
                "take a more “comprehensive and packaged” approach, not just a piecemeal and gradual one, once the "
                        + "Six Party Talks is reconvened",
                packaged);
    }

    private void secondSession(long energyPaperOfSecondMeeting) {
        long s = session(
                2,
                "Designing institutional arrangements for regional security",
                "dealt with designing appropriate institutional arrangements to promote regional security on a "
                        + "multilateral basis",
                "touched upon issue-specific multilateral institutions and subregional arrangements that include some "
                        + "of the Northeast Asian countries, dealing with specific issue areas such as finance and trade");
        long paper = demo.say(
                meeting,
                s,
                "energy-presenter",
                PRESENTATION,
                "presented a paper on possible multilateral regime building on energy.",
                null,
                subjects(List.of("energy-regime"), ENERGY),
                link(ELABORATES, energyPaperOfSecondMeeting));
        long regime = demo.say(
                meeting,
                s,
                "energy-presenter",
                PROPOSAL,
                "reviewed a variety of regional institution building in the region and proposed to construct a "
                        + "multilateral energy regime as international public goods, whose benefits be shared among the "
                        + "economies of the region on an equal and stable basis.",
                null,
                subjects(List.of("energy-regime"), ENERGY, INSTITUTION_BUILDING),
                link(ELABORATES, paper));
        demo.say(
                meeting,
                s,
                "energy-presenter",
                ARGUMENT,
                "argued that energy security should constitute an important part of “human security” of the region.",
                null,
                areas(ENERGY, HUMAN_SECURITY),
                link(ELABORATES, regime));
        // The seed names this speaker's nationality, though the meeting is otherwise reported without attribution.
        long pipeline = demo.sayDescribed(
                meeting,
                s,
                "pipeline-briefer",
                AttributionRule.BY_NATIONALITY,
                BRIEFING,
                "gave a detailed briefing on the Russian proposal on the construction of the gas pipeline passing "
                        + "through the Korean Peninsula.",
                null,
                subjects(List.of("pipeline"), ENERGY));
        long confidence = demo.say(
                meeting,
                s,
                "pipeline-briefer",
                ARGUMENT,
                "argued that the construction could contribute to confidence-building among the parties concerned.",
                Stance.POSITIVE,
                subjects(List.of("pipeline"), CONFIDENCE_BUILDING),
                link(ELABORATES, pipeline));
        long fees = demo.say(
                meeting,
                s,
                null,
                CONCERN,
                "Some concerns were expressed that “transit fees” might be diverted to the modernization of military "
                        + "weapons.",
                Stance.NEGATIVE,
                subjects(List.of("pipeline"), SECURITY),
                link(RESPONDS_TO, confidence));
        long linkage = demo.say(
                meeting,
                s,
                null,
                PROPOSAL,
                "There was a proposal to link the pipeline issue and the denuclearization processes under the Six "
                        + "Party Talks.",
                null,
                subjects(List.of("pipeline", "6PT"), ENERGY, NUCLEAR),
                link(RESPONDS_TO, fees));
        long hostage = demo.say(
                meeting,
                s,
                "hostage-sceptic",
                ARGUMENT,
                "argued that the pipeline issues should not be a “hostage” of the Six Party Talks.",
                Stance.NEGATIVE,
                subjects(List.of("pipeline", "6PT"), ENERGY),
                link(DISAGREES_WITH, linkage));
        proposal(
                "construct a multilateral energy regime as international public goods, whose benefits are shared "
                        + "among the economies of the region on an equal and stable basis",
                regime);
        proposal(
                "link the pipeline issue and the denuclearization processes under the Six Party Talks",
                linkage,
                position(
                        PositionStance.OPPOSES,
                        "hostage-sceptic",
                        hostage,
                        "the pipeline should not be a “hostage” of the Six Party Talks"));
    }

    private void thirdSession() {
        long s = session(
                3,
                "New ideas for multilateral institutions and institutional coordination",
                "focused on identifying new concrete ideas and ways of establishing multilateral institutions and "
                        + "promoting institutional coordination between a variety of institutions on a bilateral, "
                        + "subregional and multilateral basis");
        long trilateral = demo.say(
                meeting,
                s,
                "trilateral-reviewer",
                PRESENTATION,
                "reviewed the Trilateral Summit among China, Japan and South Korea.",
                null,
                subjects(List.of("TCS", "TCS-secretariat"), INSTITUTION_BUILDING));
        long safety = demo.say(
                meeting,
                s,
                "trilateral-reviewer",
                PROPOSAL,
                "proposed to develop a regional cooperation mechanism on nuclear safety.",
                null,
                subjects(List.of("nuclear-safety", "TCS"), NUCLEAR_SAFETY),
                link(ELABORATES, trilateral));
        demo.say(
                meeting,
                s,
                "trilateral-reviewer",
                ARGUMENT,
                "argued that such a multilateral mechanism should contribute to transparency of nuclear activities.",
                null,
                subjects(List.of("nuclear-safety"), NUCLEAR_SAFETY),
                link(ELABORATES, safety));
        long architecture = demo.say(
                meeting,
                s,
                null,
                GENERAL_DISCUSSION,
                "The participants discussed multilateral institution building from an evolving regional architecture "
                        + "in East Asia and the Asia-Pacific.",
                null,
                areas(INSTITUTION_BUILDING));
        long umbrella = demo.say(
                meeting,
                s,
                null,
                ARGUMENT,
                "An opinion was expressed that the newly expanded East Asia Summit may become an “umbrella” forum under "
                        + "which a variety of regional and sub-regional institutions coordinate their respective "
                        + "activities and programs, including those related to Northeast Asia such as the Six Party Talks.",
                Stance.POSITIVE,
                subjects(List.of("EAS", "6PT"), INSTITUTION_BUILDING),
                link(RESPONDS_TO, architecture));
        long embedded = demo.say(
                meeting,
                s,
                "eas-embedder",
                ARGUMENT,
                "argued that the Six Party Talks should be “embedded” into the East Asia Summit, especially on norms "
                        + "and rules regulating interactions among the parties.",
                null,
                subjects(List.of("6PT", "EAS"), NORMS_AND_RULES),
                link(SUPPORTS, umbrella));
        long tpp = demo.say(
                meeting,
                s,
                null,
                GENERAL_DISCUSSION,
                "There were a lot of discussions on the ongoing negotiations of the TPP (Trans-Pacific Partnership) and "
                        + "their possible impacts on Northeast Asia, with three competing conceptions on how to organize "
                        + "the Asia-Pacific economic interactions.",
                Stance.MIXED,
                subjects(List.of("TPP"), TRADE));
        long tppGood = demo.say(
                meeting,
                s,
                null,
                ASSESSMENT,
                "TPP could greatly contribute to upgrading norms and rules of economic interactions and management of "
                        + "the Asia-Pacific economies, by introducing a variety of reform measures in the respective "
                        + "domestic institutions and regulatory mechanisms that are critically important for the "
                        + "Asia-Pacific economies to respond to the challenges posed by economic globalization.",
                Stance.POSITIVE,
                subjects(List.of("TPP"), TRADE, NORMS_AND_RULES),
                link(RESPONDS_TO, tpp));
        long tppBad = demo.say(
                meeting,
                s,
                null,
                ASSESSMENT,
                "Given the huge gaps among the countries in Northeast Asia in terms of modernization of domestic "
                        + "regulatory institutions, TPP may put an additional constraint on economic exchanges among the "
                        + "economies in Northeast Asia.",
                Stance.NEGATIVE,
                subjects(List.of("TPP"), TRADE),
                link(DISAGREES_WITH, tppGood));
        long fta = demo.say(
                meeting,
                s,
                null,
                PROPOSAL,
                "A view was expressed that Northeast Asian economies should more seriously consider the conclusion of "
                        + "a Northeast Asia FTA, especially around the trilateral cooperation among China, Japan and "
                        + "South Korea.",
                null,
                // The seed gives it "in this regard": the third of the competing conceptions of the TPP discussion.
                subjects(List.of("NEA-FTA", "TCS", "TPP"), TRADE, FINANCE),
                link(RESPONDS_TO, tppBad));
        proposal("develop a regional cooperation mechanism on nuclear safety", safety);
        proposal(
                "make the newly expanded East Asia Summit an “umbrella” forum under which regional and sub-regional "
                        + "institutions, the Six Party Talks among them, coordinate their activities",
                umbrella,
                position(
                        PositionStance.QUALIFIES,
                        "eas-embedder",
                        embedded,
                        "the Six Party Talks should be “embedded” into the East Asia Summit"));
        proposal(
                "conclude a Northeast Asia FTA, especially around the trilateral cooperation among China, Japan and "
                        + "South Korea",
                fta);
    }

    private void nextTask() {
        nextTasks.create(
                meeting,
                new NextTaskForm(
                        "The next and final task of the Study Group is to produce a CSCAP Memorandum to be presented to the "
                                + "CSCAP Steering Committee (or some jointly crafted document that summarizes the research "
                                + "activities of the study group) and circulate it to relevant institutions and experts. For "
                                + "this, the Co-Chairs will start the drafting process soon; after they draft a tentative, "
                                + "jointly crafted document, they will circulate it to the member committees and other "
                                + "institutions that have been involved in the study group, and submit the final document to "
                                + "the next Steering Committee.",
                        "the Co-Chairs of the Study Group",
                        List.of(cast.person("co-chair-kr"), cast.person("co-chair-ca")),
                        null,
                        "the next Steering Committee, to be held next year",
                        null,
                        null));
    }

    private long session(int number, String theme, String... objectives) {
        return sessions.create(meeting, new SessionForm(number, theme, List.of(objectives), null, null))
                .id();
    }

    private void proposal(String text, long putForwardIn, PositionForm... positions) {
        proposals.create(meeting, new ProposalForm(text, putForwardIn, List.of(positions), List.of(), null));
    }

    private PositionForm position(PositionStance stance, String person, long intervention, @Nullable String note) {
        return new PositionForm(stance, cast.person(person), intervention, note);
    }

    private Subjects subjects(List<String> institutionKeys, IssueArea... areas) {
        return new Subjects(institutionKeys.stream().map(institutions::id).toList(), List.of(areas));
    }

    private static Subjects areas(IssueArea... areas) {
        return new Subjects(List.of(), List.of(areas));
    }
}
