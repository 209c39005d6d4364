package plenary.imports.internal;

import plenary.imports.ImportedRecord.Excerpt;

/** A stretch of the source text (a block, a sentence) with where it stands in the source. */
record Passage(int start, int end, String text) {

    static Passage of(String source, int start, int end) {
        return new Passage(start, end, source.substring(start, end));
    }

    Excerpt excerpt() {
        return new Excerpt(start, end);
    }

    /** The passage from {@code offset} characters into it to its end. */
    Passage from(int offset) {
        return new Passage(start + offset, end, text.substring(offset));
    }
}
