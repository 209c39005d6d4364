package plenary.circulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import plenary.circulation.CirculationView.Amendment;
import plenary.circulation.CompilationView.Alternative;
import plenary.circulation.CompilationView.Bracket;
import plenary.circulation.CompilationView.EarlierSupport;
import plenary.circulation.internal.CirculationTables;
import plenary.circulation.internal.StoredCirculation;
import plenary.circulation.internal.StoredSupport;
import plenary.circulation.internal.SupportTables;
import plenary.directory.CommitteeId;
import plenary.directory.CommitteeView;
import plenary.directory.Directory;
import plenary.documents.Document;
import plenary.documents.Document.Paragraph;
import plenary.documents.Document.Section;
import plenary.documents.Document.Span;
import plenary.drafting.Memoranda;
import plenary.drafting.MemorandumId;
import plenary.drafting.MemorandumText;
import plenary.kernel.RecordNotFound;

/**
 * The compilation of a frozen version, for signed-in readers: the version's text with every bracket still open (the
 * amendments made on it or an earlier version and kept open) in square brackets with its supporters, as JSON and
 * as a document to typeset; and what a committee asked for and what became of it.
 */
@Service
@Transactional(readOnly = true)
public class Compilations {

    private final CirculationGate gate;
    private final CirculationTables tables;
    private final SupportTables supports;
    private final Memoranda memoranda;
    private final Directory directory;

    Compilations(
            CirculationGate gate,
            CirculationTables tables,
            SupportTables supports,
            Memoranda memoranda,
            Directory directory) {
        this.gate = gate;
        this.tables = tables;
        this.supports = supports;
        this.memoranda = memoranda;
        this.directory = directory;
    }

    /** The compilation and the document that prints it. */
    public record Compiled(CompilationView view, Document document) {}

    public Compiled compile(long memorandumId, int version) {
        MemorandumText text = memoranda.versionText(memorandumId, version);
        Document document = memoranda.version(memorandumId, version).document();
        Map<String, String> numbers = text.numbers();
        List<StoredSupport> given = supports.ofMemorandum(memorandumId);
        Map<String, List<Amendment>> open = new LinkedHashMap<>();
        for (StoredCirculation c : gate.ofMemorandum(memorandumId)) {
            if (c.versionNumber() <= version) {
                tables.amendments(c.id()).stream()
                        .filter(a -> AmendmentDecision.KEEP_OPEN.name().equals(a.decision()))
                        .filter(a -> numbers.containsKey(a.paragraphKey()))
                        .forEach(a -> open.computeIfAbsent(a.paragraphKey(), k -> new ArrayList<>())
                                .add(a));
            }
        }
        List<Bracket> brackets = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        for (Section section : document.contents()) {
            List<Paragraph> paragraphs = new ArrayList<>();
            for (Paragraph paragraph : section.paragraphs()) {
                List<Amendment> here = open.getOrDefault(paragraph.eId(), List.of());
                List<Alternative> alternatives = new ArrayList<>();
                String own = text.paragraph(paragraph.eId()).map(p -> p.text()).orElse("");
                here.stream()
                        .filter(a -> a.kind() != AmendmentKind.INSERT_AFTER)
                        .forEach(a -> {
                            if (alternatives.isEmpty()) {
                                alternatives.add(alternative(null, paragraph.eId(), own, given));
                            }
                            alternatives.add(alternative(a.id(), paragraph.eId(), BracketRecords.wordingOf(a), given));
                        });
                paragraphs.add(
                        alternatives.isEmpty()
                                ? paragraph
                                : bracketed(
                                        brackets, paragraph.eId(), paragraph.eId(), paragraph.number(), alternatives));
                here.stream()
                        .filter(a -> a.kind() == AmendmentKind.INSERT_AFTER)
                        .forEach(a -> {
                            String key = DecisionRecords.bracketOf(a);
                            paragraphs.add(bracketed(
                                    brackets,
                                    key,
                                    paragraph.eId(),
                                    null,
                                    List.of(alternative(a.id(), key, BracketRecords.wordingOf(a), given))));
                        });
            }
            sections.add(
                    new Section(section.eId(), section.number(), section.heading(), paragraphs, section.subsections()));
        }
        Document compiled = new Document(
                document.id(),
                document.title(),
                document.subtitle(),
                document.date(),
                document.author(),
                "Compilation text",
                document.speakers(),
                sections);
        return new Compiled(
                new CompilationView(new MemorandumId(memorandumId), version, text.title(), brackets), compiled);
    }

    /** What the committee asked for on the memorandum's circulations, and what became of each request. */
    public CommitteeRequests requests(long memorandumId, long committeeId) {
        CommitteeView committee = directory
                .committee(new CommitteeId(committeeId))
                .orElseThrow(() -> new RecordNotFound("Committee", committeeId));
        List<CommitteeRequests.Request> requests = new ArrayList<>();
        for (StoredCirculation c : gate.ofMemorandum(memorandumId)) {
            List<Long> ours = tables.recipients(c.id()).stream()
                    .filter(r -> r.kind() == RecipientKind.COMMITTEE && Objects.equals(r.committeeId(), committeeId))
                    .map(r -> r.id())
                    .toList();
            List<CirculationView.Comment> comments = tables.comments(c.id());
            tables.amendments(c.id()).stream()
                    .filter(a -> ours.contains(a.recipientId()))
                    .forEach(a -> requests.add(new CommitteeRequests.Request(
                            "amendment",
                            a.id(),
                            c.id(),
                            c.versionNumber(),
                            a.paragraphKey(),
                            a.text(),
                            a.decision() == null ? "pending" : a.decision().toLowerCase(),
                            a.decisionText())));
            comments.stream()
                    .filter(k -> k.recipientId() != null && ours.contains(k.recipientId()))
                    .forEach(k -> requests.add(new CommitteeRequests.Request(
                            "comment",
                            k.id(),
                            c.id(),
                            c.versionNumber(),
                            k.paragraphKey(),
                            k.text(),
                            comments.stream().anyMatch(r -> Objects.equals(r.replyTo(), k.id())) ? "replied" : "open",
                            null)));
        }
        return new CommitteeRequests(committee.id(), committee.shortName(), requests);
    }

    private Alternative alternative(
            @Nullable Long amendmentId, String bracket, String wording, List<StoredSupport> given) {
        Supporters supporters = supporters(amendmentId, bracket, wording, given);
        return new Alternative(amendmentId, wording, supporters.current(), supporters.earlier());
    }

    /** The committees that support one wording of a bracket: for these words, and for words they saw before. */
    record Supporters(List<String> current, List<EarlierSupport> earlier) {}

    Supporters supporters(@Nullable Long amendmentId, String bracket, String wording, List<StoredSupport> given) {
        List<String> current = new ArrayList<>();
        List<EarlierSupport> earlier = new ArrayList<>();
        for (StoredSupport s : given) {
            if (s.bracket().equals(bracket) && Objects.equals(s.amendmentId(), amendmentId)) {
                String name = directory
                        .committee(new CommitteeId(s.committeeId()))
                        .map(CommitteeView::shortName)
                        .orElse("committee " + s.committeeId());
                if (s.wording().equals(wording)) {
                    current.add(name);
                } else {
                    earlier.add(new EarlierSupport(name, s.wording()));
                }
            }
        }
        return new Supporters(current, earlier);
    }

    private static Paragraph bracketed(
            List<Bracket> brackets,
            String key,
            String paragraphKey,
            @Nullable String number,
            List<Alternative> alternatives) {
        Span span = Span.alternatives(alternatives.stream()
                .map(a -> new Document.Alternative(a.text(), a.supporters()))
                .toList());
        brackets.add(new Bracket(key, paragraphKey, number, span.text(), alternatives));
        return new Paragraph(key, number, List.of(span));
    }
}
