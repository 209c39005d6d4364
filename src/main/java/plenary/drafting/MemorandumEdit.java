package plenary.drafting;

import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;
import plenary.kernel.Identifier;
import plenary.kernel.MaxLength;
import plenary.kernel.MaxSize;
import plenary.kernel.PlainText;

/**
 * A memorandum's text as an editor saves it, whole: sections and paragraphs in the order they are to stand, each
 * under the key it had (none for a new one, which gets its key on saving), and the {@code version} (revision) the
 * edit was made on. A paragraph left out is deleted; one that stands elsewhere was moved. A save made on an older
 * revision is merged with what was saved since, paragraph by paragraph, unless both changed the same part.
 */
public record MemorandumEdit(
        @MaxLength(300) @PlainText @Nullable String title,
        @MaxLength(10_000) @PlainText @Nullable String preamble,
        @MaxSize(60) @Nullable List<@Valid SectionEdit> sections,
        @Nullable Integer version) {

    /** The edit that saves this text as it is, made on the revision given: where an editor's changes start. */
    public static MemorandumEdit of(MemorandumText text, int version) {
        return new MemorandumEdit(
                text.title(),
                text.preamble(),
                text.sections().stream()
                        .map(s -> new SectionEdit(
                                s.key(),
                                s.heading(),
                                s.paragraphs().stream()
                                        .map(p -> new ParagraphEdit(
                                                p.key(),
                                                p.text(),
                                                p.proposalIds(),
                                                Identifier.numbersOf(p.institutionIds())))
                                        .toList()))
                        .toList(),
                version);
    }

    /** A section: its key (none when new), its heading, its paragraphs in order. */
    public record SectionEdit(
            @MaxLength(40) @PlainText @Nullable String key,
            @MaxLength(300) @PlainText @Nullable String heading,
            @MaxSize(300) @Nullable List<@Valid ParagraphEdit> paragraphs) {}

    /** A paragraph: its key (none when new), its words, and the proposals and institutions it cites. */
    public record ParagraphEdit(
            @MaxLength(40) @PlainText @Nullable String key,
            @MaxLength(10_000) @PlainText @Nullable String text,
            @MaxSize(50) @Nullable List<Long> proposalIds,
            @MaxSize(50) @Nullable List<Long> institutionIds) {}
}
