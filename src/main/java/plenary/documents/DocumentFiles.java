package plenary.documents;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;
import plenary.kernel.InvalidRecord;

/**
 * How a document (a report, a dossier, a memorandum's version) goes out as a file: its format's content type, its
 * name for saving ("inline" for HTML) and an ETag. The same document always typesets to the same bytes, and a
 * published one never changes, so each document is typeset once per format and served from a bounded cache
 * afterwards; a client that already has it gets 304.
 */
@Component
public class DocumentFiles {

    /** Typeset files kept, in bytes: a few hundred PDFs of ordinary reports. */
    private static final long CACHE_BYTES = 64L * 1024 * 1024;

    private final Typesetter typesetter;
    private final Counter typesettings;
    private final Map<Key, TypesetFile> cache = new LinkedHashMap<>(64, 0.75f, true);
    private long cachedBytes;

    DocumentFiles(Typesetter typesetter, MeterRegistry meters) {
        this.typesetter = typesetter;
        this.typesettings = Counter.builder("plenary.documents.typeset")
                .description("Documents typeset into a file (not served from the cache)")
                .register(meters);
    }

    /** The format a request names; refused as a broken rule of the field {@code format} when it names none. */
    public static DocumentFormat format(String parameter) {
        try {
            return DocumentFormat.of(parameter);
        } catch (IllegalArgumentException e) {
            throw InvalidRecord.of("format", "one-of", "must be one of html, pdf, docx, md, akn");
        }
    }

    public ResponseEntity<byte[]> file(DocumentFormat format, Document document, WebRequest request) {
        return file(
                format,
                format.fileName(document),
                request,
                new Key(document, format),
                () -> typesetter.render(document, format));
    }

    /** A memorandum's version as a file: typeset as {@link Typesetter#memorandum} does. */
    public ResponseEntity<byte[]> memorandum(
            DocumentFormat format, Document document, LocalDate begun, int version, WebRequest request) {
        String file = format.fileName(document);
        String name = file.substring(0, file.length() - format.extension().length() - 1) + "-version-" + version + "."
                + format.extension();
        return file(
                format,
                name,
                request,
                new Key(document, format),
                () -> typesetter.memorandum(document, begun, version, format));
    }

    /**
     * A document's file typeset now, for one who keeps it elsewhere (a publication's files, in the database): not
     * put in this instance's cache here (the catch-up typesets thousands nobody may read soon).
     */
    public TypesetFile typeset(DocumentFormat format, Document document) {
        typesettings.increment();
        return TypesetFile.of(typesetter.render(document, format));
    }

    /**
     * A document's file kept elsewhere (a publication's, in the database), served as {@link #file} serves one typeset
     * here and from the same cache: {@code kept} is asked for it only when the cache does not have it.
     */
    public ResponseEntity<byte[]> file(
            DocumentFormat format, Document document, Supplier<TypesetFile> kept, WebRequest request) {
        return answer(format, format.fileName(document), request, cached(new Key(document, format), kept));
    }

    private ResponseEntity<byte[]> file(
            DocumentFormat format, String fileName, WebRequest request, Key key, Supplier<byte[]> typeset) {
        return answer(format, fileName, request, cached(key, () -> {
            typesettings.increment();
            return TypesetFile.of(typeset.get());
        }));
    }

    private static ResponseEntity<byte[]> answer(
            DocumentFormat format, String fileName, WebRequest request, TypesetFile file) {
        if (request.checkNotModified(file.etag())) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(file.etag())
                    .build();
        }
        ContentDisposition disposition = (format == DocumentFormat.HTML
                        ? ContentDisposition.inline()
                        : ContentDisposition.attachment())
                .filename(fileName)
                .build();
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, format.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .eTag(file.etag())
                .cacheControl(CacheControl.noCache());
        if (format == DocumentFormat.HTML) {
            answer.header("Content-Security-Policy", Typesetter.htmlDocumentPolicy());
        }
        return answer.body(file.bytes());
    }

    private TypesetFile cached(Key key, Supplier<TypesetFile> uncached) {
        synchronized (cache) {
            TypesetFile cached = cache.get(key);
            if (cached != null) {
                return cached;
            }
        }
        // Typeset (or read) outside the lock: two first requests for one document may both do it, and that is all.
        TypesetFile file = uncached.get();
        synchronized (cache) {
            if (cache.put(key, file) == null) {
                cachedBytes += file.bytes().length;
            }
            evictBeyondBudget();
        }
        return file;
    }

    private void evictBeyondBudget() {
        Iterator<TypesetFile> eldestFirst = cache.values().iterator();
        while (cachedBytes > CACHE_BYTES && eldestFirst.hasNext()) {
            cachedBytes -= eldestFirst.next().bytes().length;
            eldestFirst.remove();
        }
    }

    /** A document's file: its bytes, and the entity tag it is served with (from a digest of the bytes). */
    public record TypesetFile(byte[] bytes, String etag) {

        public static TypesetFile of(byte[] bytes) {
            return new TypesetFile(bytes, DocumentFiles.etag(bytes));
        }
    }

    private static String etag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\""
                    + Base64.getUrlEncoder()
                            .withoutPadding()
                            .encodeToString(digest)
                            .substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    /** A document in a format; documents are records, so equal texts are one key. */
    private record Key(Document document, DocumentFormat format) {}
}
