package plenary.documents;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A format a report is typeset in, as asked for with {@code ?format=html|pdf|docx|md|akn}: its media type and the
 * extension of its download file name.
 */
public enum DocumentFormat {
    HTML("text/html;charset=UTF-8", "html"),
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    MD("text/markdown;charset=UTF-8", "md"),
    /**
     * Akoma Ntoso XML. {@code application/akn+xml} is the media type OASIS LegalDocML defined for Akoma Ntoso; its
     * {@code +xml} suffix still lets generic XML tools take it, and the {@code .xml} extension opens in any of them.
     */
    AKN("application/akn+xml", "xml");

    private final String mediaType;
    private final String extension;

    DocumentFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The value of the response's Content-Type header (text formats name their charset). */
    public String mediaType() {
        return mediaType;
    }

    /** The download file name's extension, without the dot. */
    public String extension() {
        return extension;
    }

    /**
     * The download file name: {@code <doc.id>.<extension>}. Characters other than letters, digits, '.', '_' and '-'
     * become '-', so that the name is safe in a Content-Disposition header and on any file system.
     */
    public String fileName(Document document) {
        return document.id().replaceAll("[^A-Za-z0-9._-]", "-") + "." + extension;
    }

    /**
     * The format a request parameter names, ignoring case ("html", "PDF", "md").
     *
     * @throws IllegalArgumentException when it names none
     */
    public static DocumentFormat of(@Nullable String parameter) {
        if (parameter == null) {
            throw new IllegalArgumentException("No report format given");
        }
        return valueOf(parameter.trim().toUpperCase(Locale.ROOT));
    }
}
