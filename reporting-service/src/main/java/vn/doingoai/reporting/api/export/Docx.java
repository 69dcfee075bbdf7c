package vn.doingoai.reporting.api.export;

import java.io.IOException;
import vn.doingoai.commons.exports.Document;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * A Word document laid out the way Vietnamese administrative documents are (Decree 30/2020/ND-CP):
 * A4, Times New Roman 13–14 pt, the issuing body and the national motto side by side at the top,
 * the place and date, a bold centred title, numbered tables with a repeated header row. People edit
 * and sign these, which is why the format is DOCX rather than PDF (decision 0008).
 */
public final class Docx implements Document {

    private static final String FONT = "Times New Roman";
    private static final int BODY = 13;
    private static final int TABLE = 11;

    private final XWPFDocument document = new XWPFDocument();

    public Docx() {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906)); // A4 in twentieths of a point
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1134)); // 20 mm
        margins.setBottom(BigInteger.valueOf(1134));
        margins.setLeft(BigInteger.valueOf(1701)); // 30 mm
        margins.setRight(BigInteger.valueOf(1134));
    }

    /**
     * The heading block: on the left the issuing body (its superior above, itself in bold) and the
     * number line left blank for the clerk; on the right the national name, the motto, and the place
     * and date.
     */
    public Docx letterhead(String superior, String body, String numberSuffix, String place, LocalDate date) {
        XWPFTable table = document.createTable(1, 2);
        table.removeBorders();
        table.setWidth("100%");
        XWPFTableCell left = table.getRow(0).getCell(0);
        left.setWidth("40%");
        XWPFTableCell right = table.getRow(0).getCell(1);
        right.setWidth("60%");
        boolean first = true;
        if (superior != null) {
            centred(left, superior.toUpperCase(java.util.Locale.ROOT), false, false, first);
            first = false;
        }
        centred(left, body.toUpperCase(java.util.Locale.ROOT), true, false, first);
        centred(left, "Số:       /" + numberSuffix, false, false, false);
        centred(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, false, true);
        centred(right, "Độc lập - Tự do - Hạnh phúc", true, false, false);
        centred(right, place + ", ngày " + date.getDayOfMonth() + " tháng " + date.getMonthValue() + " năm " + date.getYear(),
                false, true, false);
        return this;
    }

    public Docx title(String title, String subtitle) {
        XWPFParagraph p = paragraph(ParagraphAlignment.CENTER, 240);
        run(p, title, true, false, 14);
        if (subtitle != null) {
            XWPFParagraph s = paragraph(ParagraphAlignment.CENTER, 0);
            run(s, subtitle, true, false, 14);
        }
        return this;
    }

    public Docx centredLine(String text, boolean italic) {
        run(paragraph(ParagraphAlignment.CENTER, 120), text, false, italic, BODY);
        return this;
    }

    public Docx heading(String text) {
        run(paragraph(ParagraphAlignment.LEFT, 200), text, true, false, BODY);
        return this;
    }

    public Docx subheading(String text) {
        run(paragraph(ParagraphAlignment.LEFT, 120), text, true, true, BODY);
        return this;
    }

    public Docx text(String text) {
        XWPFParagraph p = paragraph(ParagraphAlignment.BOTH, 80);
        p.setIndentationFirstLine(567); // 1 cm
        run(p, text, false, false, BODY);
        return this;
    }

    public Docx note(String text) {
        run(paragraph(ParagraphAlignment.LEFT, 80), text, false, true, TABLE);
        return this;
    }

    /** A bordered table with a bold header row repeated on every page; cells are text (null prints empty). */
    public Docx table(List<String> headers, List<Integer> widthsPercent, List<List<String>> rows) {
        XWPFTable table = document.createTable(rows.size() + 1, headers.size());
        table.setWidth("100%");
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        for (int c = 0; c < headers.size(); c++) {
            XWPFTableCell cell = header.getCell(c);
            cell.setWidth(widthsPercent.get(c) + "%");
            cell.setColor("E7E6E6");
            XWPFParagraph p = cell.getParagraphs().get(0);
            p.setAlignment(ParagraphAlignment.CENTER);
            run(p, headers.get(c), true, false, TABLE);
        }
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            XWPFTableRow tableRow = table.getRow(r + 1);
            tableRow.setCantSplitRow(true);
            for (int c = 0; c < headers.size(); c++) {
                XWPFTableCell cell = tableRow.getCell(c);
                cell.setWidth(widthsPercent.get(c) + "%");
                String value = c < row.size() ? row.get(c) : null;
                lines(cell.getParagraphs().get(0), value == null ? "" : value, TABLE);
            }
        }
        paragraph(ParagraphAlignment.LEFT, 0);
        return this;
    }

    /** The closing block: recipients on the left, the signing authority on the right with room to sign. */
    public Docx closing(List<String> recipients, String onBehalfOf, String signerTitle) {
        XWPFTable table = document.createTable(1, 2);
        table.removeBorders();
        table.setWidth("100%");
        XWPFTableCell left = table.getRow(0).getCell(0);
        left.setWidth("50%");
        XWPFParagraph heading = left.getParagraphs().get(0);
        run(heading, "Nơi nhận:", true, true, 12);
        for (String recipient : recipients) {
            run(left.addParagraph(), "- " + recipient, false, false, 11);
        }
        XWPFTableCell right = table.getRow(0).getCell(1);
        right.setWidth("50%");
        centred(right, onBehalfOf, true, false, true);
        if (signerTitle != null) {
            centred(right, signerTitle, true, false, false);
        }
        return this;
    }

    @Override
    public void write(OutputStream out) throws IOException {
        try (document) {
            document.write(out);
        }
    }

    private XWPFParagraph paragraph(ParagraphAlignment alignment, int spacingBefore) {
        XWPFParagraph p = document.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingBefore(spacingBefore);
        p.setSpacingAfter(60);
        return p;
    }

    private static void centred(XWPFTableCell cell, String text, boolean bold, boolean italic, boolean first) {
        XWPFParagraph p = first ? cell.getParagraphs().get(0) : cell.addParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, text, bold, italic, BODY);
    }

    /** Line breaks in the text become line breaks in the paragraph. */
    private static void lines(XWPFParagraph p, String text, int size) {
        XWPFRun run = run(p, "", false, false, size);
        String[] parts = text.split("\n", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(parts[i]);
        }
    }

    private static XWPFRun run(XWPFParagraph p, String text, boolean bold, boolean italic, int size) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        if (!text.isEmpty()) {
            run.setText(text);
        }
        return run;
    }
}
