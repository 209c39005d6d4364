package plenary.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.stereotype.Component;
import plenary.circulation.AmendmentDecision;
import plenary.circulation.AmendmentDecisionForm;
import plenary.circulation.AmendmentForm;
import plenary.circulation.AmendmentKind;
import plenary.circulation.BracketRecords;
import plenary.circulation.CirculationForm;
import plenary.circulation.CirculationRecords;
import plenary.circulation.CommentForm;
import plenary.circulation.Contributions;
import plenary.circulation.DecisionRecords;
import plenary.circulation.SupportForm;
import plenary.drafting.Memoranda;
import plenary.drafting.MemorandumRecords;
import plenary.drafting.MemorandumText;
import plenary.drafting.VersionForm;
import plenary.endorsement.Answer;
import plenary.endorsement.EndorsementForm;
import plenary.endorsement.EndorsementRecords;
import plenary.endorsement.EndorsementRequestForm;

/**
 * The demo memorandum's road since version 2, walked by each person through the modules' own commands: the
 * co-chairs circulate version 2 to the member committees and an outside expert; representatives comment and the
 * co-chairs reply; CSCAP-Japan's amendment is accepted into the working text and USCSCAP's kept open in brackets,
 * with the committees that support each wording; version 3 is frozen and put to endorsement, and some committees
 * have answered. The circulation's deadline lies some weeks after the day the demo loads.
 */
final class DemoRoad {

    static final String OUTSIDER = "Sophie Marchetti-Lund";

    private final Modules modules;
    private final DemoSignIn signIn;
    private final long memorandum;
    private final MemorandumText circulated;

    /** The modules' commands and reads the road is walked through. */
    @Component
    record Modules(
            Memoranda memoranda,
            MemorandumRecords drafting,
            CirculationRecords circulations,
            Contributions contributions,
            DecisionRecords decisions,
            BracketRecords brackets,
            EndorsementRecords endorsements) {}

    private DemoRoad(Modules modules, DemoSignIn signIn, long memorandum) {
        this.modules = modules;
        this.signIn = signIn;
        this.memorandum = memorandum;
        this.circulated = signIn.as("cochair", () -> modules.memoranda().versionText(memorandum, 2));
    }

    static void walk(Modules modules, DemoSignIn signIn, long memorandum, List<Long> memberCommittees) {
        DemoRoad road = new DemoRoad(modules, signIn, memorandum);
        long circulation = road.circulate(memberCommittees);
        road.comments(circulation);
        road.amendments(circulation);
        road.finalVersion();
        road.endorsements();
    }

    private long circulate(List<Long> memberCommittees) {
        Instant deadline = LocalDate.now(ZoneOffset.UTC)
                .plusWeeks(4)
                .atTime(LocalTime.of(17, 0))
                .toInstant(ZoneOffset.UTC);
        return signIn.as(
                        "cochair",
                        () -> modules.circulations()
                                .circulate(
                                        memorandum,
                                        new CirculationForm(
                                                2,
                                                deadline,
                                                "Dear colleagues, we have the pleasure of circulating the draft Memorandum of the Study Group, a tentative document we have crafted jointly from the record of its three meetings. We should be grateful for your committee's comments on its paragraphs, and for any amendment you wish to propose, each with a short rationale, by the deadline. What reaches us after it will be recorded as late. With our thanks for your work in the Study Group, Ha-eun Seol and Martin Quillfeather, Co-Chairs.",
                                                memberCommittees,
                                                List.of(),
                                                List.of(new CirculationForm.Outsider(
                                                        OUTSIDER, "sophie.marchetti-lund@example.org")))))
                .id();
    }

    private void comments(long circulation) {
        comment(
                "representative-kr",
                circulation,
                "parties to the Six Party Talks",
                "CSCAP-Korea supports this recommendation. An agenda that goes beyond the nuclear issue would give every party a stake in the talks; the Memorandum might add that economic cooperation should proceed in step with progress on denuclearisation.");
        long energy = comment(
                "representative-cn",
                circulation,
                "energy regime",
                "CSCAP-China welcomes the idea of a multilateral energy regime as international public goods. Could the Co-Chairs clarify whether the regime is meant to cover the supply of oil and gas only, or also transit and the interconnection of electricity grids?");
        reply(
                "cochair",
                circulation,
                energy,
                "Thank you. The Co-Chairs intend the regime to cover supply, transit and interconnection alike, and to complement the bilateral arrangements now in place rather than replace them.");
        long umbrella = comment(
                "representative-id",
                circulation,
                "umbrella",
                "CSCAP-Indonesia welcomes the role proposed for the East Asia Summit. An umbrella forum must respect the central role of ASEAN in the Summit, and we should be grateful if the Memorandum said so expressly.");
        reply(
                "cochair2",
                circulation,
                umbrella,
                "The Co-Chairs agree that the Summit rests on the central role of ASEAN. The paragraph proposes that the institutions coordinate their activities under the Summit, not a new hierarchy among them.");
        comment(
                "representative-au",
                circulation,
                "free trade agreement",
                "AUS-CSCAP supports the trilateral cooperation. A Northeast Asia free trade agreement should remain consistent with, and open to, the wider regional arrangements now under negotiation, the Trans-Pacific Partnership among them.");
    }

    /** CSCAP-Japan's amendment is accepted into the working text; USCSCAP's is kept open, three committees for it. */
    private void amendments(long circulation) {
        long nuclear = amend(
                "representative-jp",
                circulation,
                "nuclear safety",
                "The Study Group recommends that the governments of the region develop a regional cooperation mechanism on nuclear safety, open to every state of Northeast Asia that operates or plans nuclear power plants, which provides for the prompt exchange of information on incidents and for joint emergency preparedness.",
                "A mechanism on nuclear safety is of value to the region only if it provides for the prompt exchange of information on incidents and for joint preparedness; the events of March 2011 showed how much depends on both.");
        long sixParty = amend(
                "representative-us",
                circulation,
                "parties to the Six Party Talks",
                "The Study Group recommends that the parties to the Six Party Talks, once the talks are reconvened on the basis of the commitments of the Joint Statement of 19 September 2005, modify their modality and expand their agenda to include other aspects such as economic cooperation with North Korea.",
                "The talks should resume on the basis of the commitments the parties have already undertaken. Without a reference to the Joint Statement of 19 September 2005, the recommendation could be read as accepting talks without an agreed basis.");
        decide("cochair", nuclear, AmendmentDecision.ACCEPT);
        decide("cochair2", sixParty, AmendmentDecision.KEEP_OPEN);
        for (String representative : List.of("representative-us", "representative-jp", "representative-au")) {
            signIn.as(
                    representative,
                    () -> modules.brackets().support(memorandum, sixParty, new SupportForm(null, null, null)));
        }
        signIn.as(
                "representative-cn",
                () -> modules.brackets().support(memorandum, sixParty, new SupportForm(null, true, null)));
    }

    private void finalVersion() {
        signIn.as(
                "cochair",
                () -> modules.drafting()
                        .freeze(
                                memorandum,
                                new VersionForm(
                                        "The final version after circulation, for endorsement by the member committees: CSCAP-Japan's amendment to paragraph 5.1 taken in, USCSCAP's amendment to paragraph 3.2 kept in brackets.",
                                        modules.memoranda().find(memorandum).version())));
        signIn.as(
                "cochair",
                () -> modules.endorsements()
                        .request(
                                memorandum,
                                new EndorsementRequestForm(
                                        3,
                                        "The Co-Chairs ask each member committee to endorse version 3, the final version of the Memorandum, before it goes to the Steering Committee. A committee that cannot accept a paragraph may endorse with a reservation, which will be printed as a footnote.")));
    }

    /** Korea, Canada and Singapore endorse, the United States with a reservation on 3.2; the others are due. */
    private void endorsements() {
        for (String representative : List.of("representative-kr", "representative-ca", "representative-sg")) {
            signIn.as(
                    representative,
                    () -> modules.endorsements().endorse(memorandum, new EndorsementForm(Answer.ENDORSES, null, null)));
        }
        signIn.as(
                "representative-us",
                () -> modules.endorsements()
                        .endorse(
                                memorandum,
                                new EndorsementForm(
                                        Answer.ENDORSES_WITH_RESERVATION,
                                        "USCSCAP endorses the Memorandum on the understanding that the Six Party Talks are to be reconvened on the basis of the commitments of the Joint Statement of 19 September 2005, as its amendment to this paragraph proposed.",
                                        key("parties to the Six Party Talks"))));
    }

    private long comment(String representative, long circulation, String words, String text) {
        return signIn.as(
                        representative,
                        () -> modules.contributions()
                                .comment(memorandum, circulation, new CommentForm(key(words), null, text, null)))
                .id();
    }

    private void reply(String coChair, long circulation, long comment, String text) {
        signIn.as(
                coChair,
                () -> modules.contributions()
                        .comment(memorandum, circulation, new CommentForm(null, comment, text, null)));
    }

    private long amend(String representative, long circulation, String words, String text, String rationale) {
        return signIn.as(
                        representative,
                        () -> modules.contributions()
                                .amend(
                                        memorandum,
                                        circulation,
                                        new AmendmentForm(AmendmentKind.REPLACE, key(words), text, rationale, null)))
                .id();
    }

    private void decide(String coChair, long amendment, AmendmentDecision decision) {
        signIn.as(
                coChair,
                () -> modules.decisions()
                        .decide(memorandum, amendment, new AmendmentDecisionForm(decision, null, null)));
    }

    /** The key of the one paragraph of the circulated version with these words. */
    private String key(String words) {
        List<String> keys = circulated.sections().stream()
                .flatMap(s -> s.paragraphs().stream())
                .filter(p -> p.text().contains(words))
                .map(MemorandumText.DraftParagraph::key)
                .toList();
        if (keys.size() != 1) {
            throw new IllegalStateException(
                    "Version 2 of the demo memorandum has " + keys.size() + " paragraphs with " + words);
        }
        return keys.get(0);
    }
}
