package plenary.documents;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import plenary.documents.Document.Paragraph;
import plenary.documents.Document.Section;
import plenary.documents.Document.Span;
import plenary.documents.Document.Speaker;

/**
 * Typesets a small document in every format once Plenary is ready, on a thread of its own, so that no reader pays
 * for a library's first use: the first PDF in a JVM builds PDFBox's font cache (about a second), the first DOCX
 * loads POI's schemas. Under fifty users right after a start at size L, the first DOCX took 9 s and the first PDF
 * 14 s (BENCHMARKS.md, "Warm and cold"). Ready comes after the demo record and health, so this delays neither.
 */
@Component
class TypesetterWarmUp {

    private static final Logger log = LoggerFactory.getLogger(TypesetterWarmUp.class);

    /** Something of each part a report has: a speaker, a link, a footnote, bracketed text; no CJK (its font is big). */
    private static final Document SAMPLE = new Document(
            "plenary-warm-up",
            "Report of a meeting",
            "1 January 2026, Geneva",
            LocalDate.of(2026, 1, 1),
            "A study group",
            "Draft version 1",
            List.of(new Speaker("speaker_1", "One participant", "participant")),
            List.of(new Section(
                    "sec_1",
                    "1",
                    "Summary",
                    List.of(new Paragraph(
                            "sec_1__para_1",
                            List.of(
                                    Span.speaker("One participant", "speaker_1"),
                                    Span.text(" spoke of "),
                                    Span.link("energy security", "https://example.org/"),
                                    Span.footnote("A note."),
                                    Span.text(" and of "),
                                    Span.alternatives(List.of(
                                            new Document.Alternative("a dialogue", List.of("CSCAP Japan")),
                                            new Document.Alternative("a regime", List.of()))),
                                    Span.text(".")))),
                    List.of())));

    private final Typesetter typesetter;
    private final CompletableFuture<Map<DocumentFormat, byte[]>> typeset = new CompletableFuture<>();

    TypesetterWarmUp(Typesetter typesetter) {
        this.typesetter = typesetter;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        Thread thread = new Thread(this::warmUp, "typesetter-warm-up");
        // Nothing waits for it: a stop need not either.
        thread.setDaemon(true);
        thread.start();
    }

    private void warmUp() {
        long start = System.nanoTime();
        try {
            Map<DocumentFormat, byte[]> files = new EnumMap<>(DocumentFormat.class);
            for (DocumentFormat format : DocumentFormat.values()) {
                files.put(format, typesetter.render(SAMPLE, format));
            }
            log.debug("Typeset a sample in every format in {}", Duration.ofNanos(System.nanoTime() - start));
            typeset.complete(files);
        } catch (RuntimeException e) {
            // A reader's first request will typeset, and fail or not, as it did before this warm-up.
            log.warn("Could not typeset the warm-up sample", e);
            typeset.completeExceptionally(e);
        }
    }

    /** The sample in each format, once the warm-up has typeset it. */
    CompletableFuture<Map<DocumentFormat, byte[]>> typeset() {
        return typeset;
    }
}
