package vn.doingoai.commons.exports;

import java.util.List;

/**
 * A table to export: a sheet name, Vietnamese column headers, and rows of cells (text, numbers,
 * dates, booleans). The rows are read once, as they are written: a table backed by a database
 * cursor is never held whole in memory.
 */
public record Table(String name, List<String> headers, Iterable<List<Object>> rows) {
}
