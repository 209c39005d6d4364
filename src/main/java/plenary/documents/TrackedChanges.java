package plenary.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import plenary.documents.DocumentRedline.Block;
import plenary.documents.DocumentRedline.Mark;

/**
 * The whole redline as a Word document with real tracked changes, which Word and LibreOffice can accept or reject:
 * inserted words in {@code w:ins}, deleted ones in {@code w:del}, a moved paragraph as {@code w:moveFrom} where it
 * stood and {@code w:moveTo} where it stands, each pair under one name; added, removed and moved paragraphs have
 * their paragraph marks tracked too, so that accepting or rejecting leaves no empty paragraph behind. Every change
 * is signed with the author and date the caller gives.
 */
final class TrackedChanges {

    private static final String STYLES = Bundled.text("docx-styles.xml");

    byte[] render(DocumentRedline redline, String author, Instant date) {
        try (XWPFDocument docx = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            docx.createStyles().setStyles(StylesDocument.Factory.parse(STYLES).getStyles());
            var core = docx.getProperties().getCoreProperties();
            core.setTitle(ReportText.oneLine(title(redline)));
            core.setCreator(ReportText.oneLine(author));
            core.setDescription("Changes from version " + redline.from() + " to version " + redline.to());
            DocxPage.set(docx);
            // Further edits are tracked too, as a redline sent round for comment expects.
            docx.setTrackRevisions(true);
            RevisionMarks revisions = new RevisionMarks(ReportText.oneLine(author), date);
            for (Block block : redline.text()) {
                revisions.block(docx.createParagraph(), block);
            }
            List<Block> blocks = redline.text();
            if (!blocks.isEmpty()
                    && blocks.get(blocks.size() - 1).mark() != Mark.UNCHANGED
                    && blocks.get(blocks.size() - 1).mark() != Mark.CHANGED) {
                // The last paragraph mark of a document cannot be tracked: an added or removed last paragraph needs
                // one after it.
                docx.createParagraph();
            }
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the redline as DOCX", e);
        } catch (XmlException e) {
            throw new IllegalStateException("The bundled DOCX styles do not parse", e);
        }
    }

    /** The newer version's title: what the title block keeps and inserts. */
    private static String title(DocumentRedline redline) {
        StringBuilder title = new StringBuilder();
        redline.text().stream()
                .filter(b -> b.kind() == DocumentTexts.Kind.TITLE)
                .flatMap(b -> b.pieces().stream())
                .filter(p -> p.op() != Redline.Op.DELETED)
                .forEach(p -> title.append(p.text()));
        return title.toString();
    }
}
