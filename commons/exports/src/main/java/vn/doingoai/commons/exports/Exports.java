package vn.doingoai.commons.exports;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.dhatim.fastexcel.Workbook;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ServerHttpResponse;
import org.dhatim.fastexcel.Worksheet;

/**
 * Every table of the service as CSV or XLSX, chosen by the {@code Accept} header. Both are written
 * straight to the response as rows come, never built whole in memory. CSV is UTF-8 with a byte-order
 * mark (so spreadsheet programs read the diacritics) and RFC 4180 quoting.
 */
public final class Exports {

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private Exports() {
    }

    /** The export the client asked for, or {@code null} when it wants JSON. */
    public static Response respond(HttpHeaders headers, String fileName, Supplier<Table> table) {
        return respond(headers, fileName, table, null);
    }

    /** Like {@link #respond(HttpHeaders, String, Supplier)}, also offering a printable document. */
    public static Response respond(HttpHeaders headers, String fileName, Supplier<Table> table, Supplier<? extends Document> document) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (document != null && type.isCompatible(MediaType.valueOf(DOCX)) && !type.isWildcardType()) {
                Document docx = document.get();
                return file(docx::write, DOCX, fileName + ".docx");
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType()) {
                return null;
            }
            if (type.isCompatible(MediaType.valueOf(CSV)) && !type.isWildcardType()) {
                Table t = table.get();
                return file(closing(t, out -> csv(t, out)), CSV + "; charset=UTF-8", fileName + ".csv");
            }
            if (type.isCompatible(MediaType.valueOf(XLSX)) && !type.isWildcardType()) {
                Table t = table.get();
                return file(closing(t, out -> xlsx(t, out)), XLSX, fileName + ".xlsx");
            }
        }
        return null;
    }

    /** The table as CSV whatever the client accepts: for operations that answer only files. */
    public static Response csvFile(String fileName, Table table) {
        return file(closing(table, out -> csv(table, out)), CSV + "; charset=UTF-8", fileName + ".csv");
    }

    /**
     * Rows that hold something open (a database cursor and its transaction) are closed once written, or
     * on failure. A client that goes away is a failure: the server does not tell a streaming body that
     * the connection closed, and writes to it vanish, so an abandoned national register went on reading
     * its million rows for twenty seconds with a transaction and a worker held.
     */
    private static StreamingOutput closing(Table table, StreamingOutput body) {
        return out -> {
            ResteasyReactiveRequestContext request = CurrentRequestManager.get();
            try {
                body.write(request == null ? out : new WhileConnected(out, request.serverResponse()));
            } finally {
                if (table.rows() instanceof AutoCloseable rows) {
                    try {
                        rows.close();
                    } catch (IOException | RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new IOException(e);
                    }
                }
            }
        };
    }

    private static Response file(StreamingOutput body, String mediaType, String fileName) {
        return Response.ok(body, mediaType)
                // The documents a province files are Vietnamese, whatever language the caller reads.
                .header("Content-Language", "vi")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }

    static void csv(Table table, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        writeCsvRow(writer, List.copyOf(table.headers()));
        for (List<Object> row : table.rows()) {
            writeCsvRow(writer, row);
        }
        writer.flush();
    }

    private static void writeCsvRow(Writer writer, List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(quoted(cells.get(i)));
        }
        writer.write("\r\n");
    }

    static String quoted(Object cell) {
        if (cell == null) {
            return "";
        }
        String text = cell.toString();
        // A spreadsheet opening the file runs text that starts like a formula (=HYPERLINK(…), +, -, @),
        // so text from a record is marked as text with a leading apostrophe (OWASP's advice on CSV
        // injection). Numbers are written as numbers; a negative one stays a number.
        if (cell instanceof CharSequence && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    /** Rows a worksheet holds, its header included (Excel's limit, which fastexcel enforces). */
    static final int SHEET_ROWS = Worksheet.MAX_ROWS;

    static void xlsx(Table table, OutputStream out) throws IOException {
        xlsx(table, out, SHEET_ROWS);
    }

    /**
     * A table longer than a worksheet goes on in another, named with its number and headed again: the
     * national register has more rows than Excel puts on one sheet.
     */
    static void xlsx(Table table, OutputStream out, int sheetRows) throws IOException {
        Workbook workbook = new Workbook(out, "Doi ngoai", "1.0");
        Worksheet sheet = null;
        int sheets = 0;
        int r = sheetRows;
        for (List<Object> row : table.rows()) {
            if (r == sheetRows) {
                if (sheet != null) {
                    sheet.finish();
                }
                sheet = headed(workbook, table, ++sheets);
                r = 1;
            }
            for (int c = 0; c < row.size(); c++) {
                Object cell = row.get(c);
                if (cell instanceof Number n) {
                    sheet.value(r, c, n instanceof BigDecimal d ? d : n);
                } else if (cell instanceof Boolean b) {
                    sheet.value(r, c, b);
                } else if (cell instanceof LocalDate d) {
                    sheet.value(r, c, d);
                    sheet.style(r, c).format("yyyy-mm-dd").set();
                } else if (cell != null) {
                    // Written in the cell, not in the shared strings table, which stays in memory until the
                    // end: a million rows of titles kept it growing by hundreds of megabytes.
                    sheet.inlineString(r, c, cell.toString());
                }
            }
            // Rows already written are flushed, so a long table never sits whole in memory.
            if (r % 1000 == 0) {
                sheet.flush();
            }
            r++;
        }
        if (sheet == null) {
            headed(workbook, table, 1);
        }
        workbook.finish();
    }

    private static Worksheet headed(Workbook workbook, Table table, int number) {
        String suffix = number == 1 ? "" : " (" + number + ")";
        String name = table.name().length() + suffix.length() > 31 ? table.name().substring(0, 31 - suffix.length()) : table.name();
        Worksheet sheet = workbook.newWorksheet(name + suffix);
        for (int c = 0; c < table.headers().size(); c++) {
            sheet.value(0, c, table.headers().get(c));
            sheet.style(0, c).bold().set();
        }
        return sheet;
    }

    /** Writes on only while the client is still connected. */
    private static final class WhileConnected extends FilterOutputStream {

        private final ServerHttpResponse response;

        WhileConnected(OutputStream out, ServerHttpResponse response) {
            super(out);
            this.response = response;
        }

        @Override
        public void write(int b) throws IOException {
            connected();
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            connected();
            out.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            connected();
            out.flush();
        }

        private void connected() throws IOException {
            if (response.closed()) {
                throw new IOException("the client closed the connection; the export stops");
            }
        }
    }
}
