package vn.doingoai.commons.exports;

import java.io.IOException;
import java.io.OutputStream;

/** A printable document a service offers beside its tables (DOCX), written to the response. */
public interface Document {

    void write(OutputStream out) throws IOException;
}
