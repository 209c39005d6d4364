package plenary.demo;

import java.util.List;
import plenary.drafting.MemorandumEdit;
import plenary.drafting.MemorandumForm;
import plenary.drafting.MemorandumRecords;
import plenary.drafting.MemorandumText;
import plenary.drafting.MemorandumText.DraftParagraph;
import plenary.drafting.MemorandumText.DraftSection;
import plenary.drafting.MemorandumView;
import plenary.drafting.VersionForm;
import plenary.meetings.MeetingId;
import plenary.meetings.MeetingRecord;
import plenary.meetings.Meetings;
import plenary.meetings.ProposalView;

/**
 * The demo study group's memorandum, as the seed's co-chairs set out to write it: drafted from the group's record
 * (version 1), then given the recommendations the Vladivostok meeting put forward and tightened for circulation to
 * the member committees (version 2), each version with a note. What came of the circulation is {@link DemoRoad}'s.
 */
final class DemoMemorandum {

    private final MemorandumRecords memoranda;
    private final MeetingRecord vladivostok;
    private MemorandumView current;

    private DemoMemorandum(MemorandumRecords memoranda, MeetingRecord vladivostok, MemorandumView current) {
        this.memoranda = memoranda;
        this.vladivostok = vladivostok;
        this.current = current;
    }

    /** Writes versions 1 and 2 (the one circulated); answers the memorandum's id. */
    static long write(MemorandumRecords memoranda, Meetings meetings, long group, MeetingId vladivostok) {
        MemorandumView drafted = memoranda.create(new MemorandumForm(group, true, null));
        new DemoMemorandum(memoranda, meetings.record(vladivostok).orElseThrow(), drafted).write();
        return drafted.id().value();
    }

    private void write() {
        freeze("The Co-Chairs' first draft, written from the record of the three meetings.");

        add(
                "New ideas",
                "The Study Group recommends that the governments of the region develop a regional cooperation "
                        + "mechanism on nuclear safety, open to every state of Northeast Asia that operates or plans "
                        + "nuclear power plants.",
                proposal("nuclear safety"));
        add(
                "New ideas",
                "The Study Group recommends that the governments of the region construct a multilateral energy "
                        + "regime as international public goods, whose benefits are shared among the economies of "
                        + "the region on an equal and stable basis.",
                proposal("energy regime"));
        add(
                "New ideas",
                "The Study Group recommends that the newly expanded East Asia Summit serve as an “umbrella” forum "
                        + "under which regional and sub-regional institutions, the Six Party Talks among them, "
                        + "coordinate their activities.",
                proposal("umbrella"));
        add(
                "New ideas",
                "The Study Group recommends that China, Japan and South Korea build on their trilateral "
                        + "cooperation towards a Northeast Asia free trade agreement.",
                proposal("Northeast Asia FTA"));
        moveToStartOf("Multilateral institutions", "umbrella");
        rewrite(
                "Six Party Talks and expand",
                "The Study Group recommends that the parties to the Six Party Talks, once the talks are "
                        + "reconvened, modify their modality and expand their agenda to include other aspects such "
                        + "as economic cooperation with North Korea.");
        freeze("The Vladivostok meeting's recommendations on nuclear safety, energy, trade and the East Asia Summit "
                + "added: a tentative, jointly crafted document, for circulation to the member committees and the "
                + "other institutions involved in the Study Group.");
    }

    private void add(String sectionHeading, String words, long proposal) {
        MemorandumText text = text();
        DraftSection section = section(text, sectionHeading);
        String after = section.paragraphs().isEmpty()
                ? null
                : section.paragraphs().get(section.paragraphs().size() - 1).key();
        // A paragraph without a key is a new one: it gets its key when it is saved.
        save(text.insert(section.key(), after, new DraftParagraph("", words, List.of(proposal), List.of())));
    }

    private void moveToStartOf(String sectionHeading, String words) {
        MemorandumText text = text();
        save(text.move(
                paragraph(text, words).key(), section(text, sectionHeading).key(), null));
    }

    private void rewrite(String words, String changed) {
        MemorandumText text = text();
        save(text.rewrite(paragraph(text, words).key(), changed));
    }

    private void freeze(String note) {
        memoranda.freeze(current.id().value(), new VersionForm(note, current.version()));
    }

    private void save(MemorandumText changed) {
        current = memoranda.edit(current.id().value(), MemorandumEdit.of(changed, current.version()));
    }

    private MemorandumText text() {
        return memoranda.textAt(current.id().value(), current.version());
    }

    private static DraftSection section(MemorandumText text, String heading) {
        return text.sections().stream()
                .filter(s -> s.heading().startsWith(heading))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The demo memorandum has no section " + heading));
    }

    private static DraftParagraph paragraph(MemorandumText text, String words) {
        List<DraftParagraph> found = text.sections().stream()
                .flatMap(s -> s.paragraphs().stream())
                .filter(p -> p.text().contains(words))
                .toList();
        if (found.size() != 1) {
            throw new IllegalStateException("The demo memorandum has " + found.size() + " paragraphs with " + words);
        }
        return found.get(0);
    }

    private long proposal(String words) {
        return vladivostok.proposals().stream()
                .filter(p -> p.text().contains(words))
                .map(ProposalView::id)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The Vladivostok record has no proposal on " + words));
    }
}
