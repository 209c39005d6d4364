package plenary.documents;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;
import plenary.documents.Document.Section;
import plenary.documents.Document.Span;

/**
 * The font that prints the Chinese, Japanese and Korean that DejaVu Serif lacks (names and quotations in a record
 * may hold them): WenQuanYi Zen Hei, TrueType outlines covering CJK ideographs, kana and Hangul, read from Debian's
 * fonts-wqy-zenhei (or the file named by PLENARY_CJK_FONT) and embedded as a subset of the glyphs a report uses.
 * Where no such file is installed, those characters print as missing glyphs, as before, and a warning says why.
 */
final class CjkFont {

    static final String FAMILY = "WenQuanYi Zen Hei";

    private static final Logger LOG = Logger.getLogger(CjkFont.class.getName());
    private static final List<String> KNOWN_PATHS = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "/usr/share/fonts/wenquanyi/wqy-zenhei/wqy-zenhei.ttc");
    private static final AtomicReference<@Nullable Loaded> LOADED = new AtomicReference<>();

    private CjkFont() {}

    /** Whether the document holds a character of the scripts this font is for. */
    static boolean isNeededBy(Document doc) {
        if (hasCjk(doc.title()) || hasCjk(doc.subtitle()) || hasCjk(doc.author())) {
            return true;
        }
        for (Document.Speaker speaker : doc.speakers()) {
            if (hasCjk(speaker.label())) {
                return true;
            }
        }
        return doc.contents().stream().anyMatch(CjkFont::hasCjk);
    }

    /**
     * The font, parsed once per JVM (the file is 16 MB), for embedding into {@code pdf}; null where none is
     * installed. Its glyph data is read while the PDF is saved: callers typeset under {@link #lock()}.
     */
    static @Nullable PDType0Font into(PDDocument pdf) throws IOException {
        Loaded loaded = loaded();
        return loaded == null ? null : PDType0Font.load(pdf, loaded.font(), true);
    }

    /** Held while a PDF that embeds the font is typeset, for the one parsed font is not safe to share. */
    static Object lock() {
        return LOADED;
    }

    /** The file the font is read from, or null where none is installed. */
    static @Nullable File file() {
        String configured = System.getenv("PLENARY_CJK_FONT");
        if (configured != null && new File(configured).isFile()) {
            return new File(configured);
        }
        return KNOWN_PATHS.stream()
                .map(File::new)
                .filter(File::isFile)
                .findFirst()
                .orElse(null);
    }

    private static @Nullable Loaded loaded() {
        Loaded loaded = LOADED.get();
        if (loaded != null) {
            return loaded.font() == null ? null : loaded;
        }
        synchronized (LOADED) {
            if (LOADED.get() == null) {
                LOADED.set(load());
            }
        }
        Loaded now = LOADED.get();
        return now == null || now.font() == null ? null : now;
    }

    private static Loaded load() {
        File file = file();
        if (file == null) {
            LOG.warning("No CJK font installed (Debian: apt-get install fonts-wqy-zenhei, or set PLENARY_CJK_FONT):"
                    + " Chinese, Japanese and Korean print as missing glyphs in PDF reports.");
            return new Loaded(null);
        }
        try {
            if (file.getName().endsWith(".ttc")) {
                AtomicReference<TrueTypeFont> first = new AtomicReference<>();
                // The collection stays open: its first font reads its glyphs from it whenever a PDF is saved.
                TrueTypeCollection collection = new TrueTypeCollection(file);
                collection.processAllFonts(font -> first.compareAndSet(null, font));
                return new Loaded(first.get());
            }
            return new Loaded(new org.apache.fontbox.ttf.TTFParser()
                    .parse(new org.apache.pdfbox.io.RandomAccessReadBufferedFile(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the CJK font " + file, e);
        }
    }

    private static boolean hasCjk(Section section) {
        for (Document.Paragraph paragraph : section.paragraphs()) {
            for (Span span : paragraph.spans()) {
                if (hasCjk(span.text()) || hasCjk(span.note())) {
                    return true;
                }
            }
        }
        return hasCjk(section.heading()) || section.subsections().stream().anyMatch(CjkFont::hasCjk);
    }

    static boolean hasCjk(@Nullable String text) {
        if (text == null) {
            return false;
        }
        return text.codePoints().anyMatch(c -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            return script == Character.UnicodeScript.HAN
                    || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA
                    || script == Character.UnicodeScript.HANGUL
                    || script == Character.UnicodeScript.BOPOMOFO
                    || c >= 0x3000 && c <= 0x303F
                    || c >= 0xFF00 && c <= 0xFFEF;
        });
    }

    private record Loaded(@Nullable TrueTypeFont font) {}
}
