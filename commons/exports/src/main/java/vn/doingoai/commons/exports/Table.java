package vn.doingoai.reporting.api.export;

import java.util.List;

/** A table to export: a sheet name, Vietnamese column headers, and rows of cells (text, numbers, dates, booleans). */
public record Table(String name, List<String> headers, List<List<Object>> rows) {
}
