package plenary.documents;

import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/** The page a Word report prints on, as the PDF's: A4 with "Page 3 of 5" in the footer. */
final class DocxPage {

    // Twentieths of a point: A4 is 210 mm x 297 mm; margins of 25 mm and 22 mm, as in the print style sheet.
    private static final BigInteger A4_WIDTH = BigInteger.valueOf(11906);
    private static final BigInteger A4_HEIGHT = BigInteger.valueOf(16838);
    private static final BigInteger MARGIN_TOP = BigInteger.valueOf(1417);
    private static final BigInteger MARGIN_SIDE = BigInteger.valueOf(1247);
    private static final BigInteger FOOTER = BigInteger.valueOf(567);

    private DocxPage() {}

    static void set(XWPFDocument docx) {
        XWPFParagraph footer = docx.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        footer.setStyle("Footer");
        footer.createRun().setText("Page ");
        field(footer, "PAGE", "1");
        footer.createRun().setText(" of ");
        field(footer, "NUMPAGES", "1");
        var body = docx.getDocument().getBody();
        CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        var size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(A4_WIDTH);
        size.setH(A4_HEIGHT);
        var margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(MARGIN_TOP);
        margins.setBottom(MARGIN_TOP);
        margins.setLeft(MARGIN_SIDE);
        margins.setRight(MARGIN_SIDE);
        margins.setHeader(FOOTER);
        margins.setFooter(FOOTER);
        margins.setGutter(BigInteger.ZERO);
    }

    // A complex field (begin, instruction, separator, last value, end), each part a run of its own, so that it
    // stays in place between the runs around it.
    private static void field(XWPFParagraph paragraph, String instruction, String shown) {
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        paragraph.createRun().getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        paragraph.createRun().setText(shown);
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }
}
