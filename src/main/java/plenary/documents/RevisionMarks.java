package plenary.documents;

import java.math.BigInteger;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTMarkup;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTMoveBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTParaRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDateTime;
import plenary.documents.DocumentRedline.Block;
import plenary.documents.DocumentRedline.Mark;
import plenary.documents.Redline.Piece;

/**
 * The tracked changes of one Word document, paragraph by paragraph: ids unique across it, one name per move, one
 * author and date for all.
 */
final class RevisionMarks {

    private final String author;
    private final STDateTime date = STDateTime.Factory.newInstance();
    private final Map<String, String> moves = new HashMap<>();
    private int ids;

    RevisionMarks(String author, Instant date) {
        this.author = author;
        // As Word writes them, to the second: "2012-03-01T10:15:30Z".
        this.date.setStringValue(date.truncatedTo(ChronoUnit.SECONDS).toString());
    }

    void block(XWPFParagraph paragraph, Block block) {
        switch (block.kind()) {
            case TITLE -> paragraph.setStyle("Title");
            case SUBTITLE -> paragraph.setStyle("Subtitle");
            case HEADING -> paragraph.setStyle("Heading1");
            default -> {}
        }
        CTP p = paragraph.getCTP();
        paragraphMark(p, block.mark());
        number(p, block);
        switch (block.mark()) {
            case MOVED_FROM -> {
                CTMoveBookmark start = signed(p.addNewMoveFromRangeStart());
                start.setName(moveName(block.eId()));
                CTRunTrackChange moved = signed(p.addNewMoveFrom());
                // Moved words stand in w:t, not w:delText: they are not deleted, only elsewhere.
                block.pieces().forEach(piece -> run(moved::addNewR, piece.text(), false));
                p.addNewMoveFromRangeEnd().setId(start.getId());
            }
            case MOVED_TO -> {
                CTMoveBookmark start = signed(p.addNewMoveToRangeStart());
                start.setName(moveName(block.eId()));
                block.pieces().forEach(piece -> movedPiece(p, piece));
                p.addNewMoveToRangeEnd().setId(start.getId());
            }
            default -> block.pieces().forEach(piece -> piece(p, piece));
        }
    }

    /** An added, removed or moved paragraph's own mark, so that no empty paragraph stays behind it. */
    private void paragraphMark(CTP p, Mark mark) {
        if (mark == Mark.UNCHANGED || mark == Mark.CHANGED) {
            return;
        }
        CTParaRPr marks = (p.isSetPPr() ? p.getPPr() : p.addNewPPr()).addNewRPr();
        switch (mark) {
            case ADDED -> signed(marks.addNewIns());
            case REMOVED -> signed(marks.addNewDel());
            case MOVED_FROM -> signed(marks.addNewMoveFrom());
            default -> signed(marks.addNewMoveTo());
        }
    }

    /**
     * The printed number: the newer one where the text is, the older where it was, a changed one as both. It
     * is outside a move, which carries the words alone.
     */
    private void number(CTP p, Block block) {
        boolean heading = block.kind() == DocumentTexts.Kind.HEADING;
        String from = printed(block.fromNumber(), heading);
        String to = printed(block.toNumber(), heading);
        switch (block.mark()) {
            case REMOVED, MOVED_FROM -> deleted(p, from);
            case ADDED, MOVED_TO -> inserted(p, to);
            default -> {
                if (from.equals(to)) {
                    run(p::addNewR, to, false);
                } else {
                    deleted(p, from);
                    inserted(p, to);
                }
            }
        }
    }

    private static String printed(@Nullable String number, boolean heading) {
        String printed = ReportText.oneLine(number).strip();
        if (printed.isEmpty()) {
            return "";
        }
        return printed + (heading && !printed.contains(".") ? ". " : " ");
    }

    private void piece(CTP p, Piece piece) {
        switch (piece.op()) {
            case SAME -> run(p::addNewR, piece.text(), false);
            case INSERTED -> inserted(p, piece.text());
            case DELETED -> deleted(p, piece.text());
        }
    }

    /**
     * A piece of a paragraph where it moved to: kept words as moved, new ones as inserted beside them (within the
     * move's range). A word deleted from it shows where the paragraph stood, struck with the rest of the older
     * text, and not here: a change nested in a move is lost by LibreOffice, which keeps one level of changes.
     */
    private void movedPiece(CTP p, Piece piece) {
        switch (piece.op()) {
            case SAME -> run(() -> signed(p.addNewMoveTo()).addNewR(), piece.text(), false);
            case INSERTED -> inserted(p, piece.text());
            case DELETED -> {}
        }
    }

    private void inserted(CTP p, String text) {
        run(() -> signed(p.addNewIns()).addNewR(), text, false);
    }

    private void deleted(CTP p, String text) {
        run(() -> signed(p.addNewDel()).addNewR(), text, true);
    }

    /** A run of the text, made (with the marks around it) only when there is text to put in it. */
    private static void run(Supplier<CTR> newRun, String text, boolean deleted) {
        if (text.isEmpty()) {
            return;
        }
        CTR run = newRun.get();
        var t = deleted ? run.addNewDelText() : run.addNewT();
        t.setStringValue(ReportText.oneLine(text));
        t.setSpace(SpaceAttribute.Space.PRESERVE);
    }

    private String moveName(String eId) {
        return moves.computeIfAbsent(eId, k -> "move" + (moves.size() + 1));
    }

    private <T extends CTMarkup> T signed(T mark) {
        mark.setId(BigInteger.valueOf(++ids));
        if (mark instanceof CTTrackChange change) {
            change.setAuthor(author);
            change.xsetDate(date);
        } else if (mark instanceof CTMoveBookmark range) {
            range.setAuthor(author);
            range.xsetDate(date);
        }
        return mark;
    }
}
