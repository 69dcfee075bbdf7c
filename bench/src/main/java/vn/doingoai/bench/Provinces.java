package vn.doingoai.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The provinces as agreement-service keeps them: the 34 of today, and for each the codes its
 * records had before the 2025 reorganisation, so a record of 2019 belongs to the province of 2019.
 */
public final class Provinces {

    /** A province of today, its Vietnamese name, and the codes of its line with their periods. */
    public record Line(String code, String nameVi, List<Unit> units) {

        /** A code of this line that existed on the day, picked at random among those that did. */
        public String codeOn(LocalDate day, SplittableRandom random) {
            List<Unit> valid = units.stream().filter(u -> u.validOn(day)).toList();
            return valid.isEmpty() ? code : valid.get(random.nextInt(valid.size())).code();
        }
    }

    public record Unit(String code, String nameVi, LocalDate validFrom, LocalDate validTo) {
        boolean validOn(LocalDate day) {
            return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
        }
    }

    private final List<Line> lines;

    private Provinces(List<Line> lines) {
        this.lines = lines;
    }

    public static Provinces read(Connection agreements) throws SQLException {
        List<Unit> units = new ArrayList<>();
        Map<String, List<String>> predecessors = new LinkedHashMap<>();
        try (Statement statement = agreements.createStatement()) {
            try (ResultSet rows = statement.executeQuery("select code, name_vi, valid_from, valid_to from administrative_unit order by code, valid_from nulls first")) {
                while (rows.next()) {
                    units.add(new Unit(rows.getString(1), rows.getString(2), date(rows.getDate(3)), date(rows.getDate(4))));
                }
            }
            try (ResultSet rows = statement.executeQuery("select successor_code, predecessor_code from administrative_succession")) {
                while (rows.next()) {
                    predecessors.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(rows.getString(2));
                }
            }
        }
        List<Line> lines = new ArrayList<>();
        for (Unit current : units.stream().filter(u -> u.validTo() == null).toList()) {
            List<String> codes = new ArrayList<>(predecessors.getOrDefault(current.code(), List.of()));
            codes.add(current.code());
            lines.add(new Line(current.code(), current.nameVi(), units.stream().filter(u -> codes.contains(u.code())).toList()));
        }
        if (lines.isEmpty()) {
            throw new IllegalStateException("agreement-service has no administrative units; has it started once?");
        }
        return new Provinces(lines);
    }

    public List<Line> lines() {
        return lines;
    }

    /** A province line, the two largest cities weighing three times a province. */
    public Line pick(SplittableRandom random) {
        int total = lines.size() + 4;
        int n = random.nextInt(total);
        if (n >= lines.size()) {
            String city = n - lines.size() < 2 ? "01" : "79";
            return lines.stream().filter(l -> l.code().equals(city)).findFirst().orElse(lines.get(0));
        }
        return lines.get(n);
    }

    /** The name of a code as it was on a day (the province that existed then). */
    public String nameOn(String code, LocalDate day) {
        for (Line line : lines) {
            for (Unit unit : line.units()) {
                if (unit.code().equals(code) && unit.validOn(day)) {
                    return unit.nameVi();
                }
            }
        }
        return code;
    }

    /** "Tỉnh Thanh Hóa" as it reads inside a sentence: "tỉnh Thanh Hóa". */
    public static String inSentence(String name) {
        return name.startsWith("Tỉnh ") || name.startsWith("Thành phố ") ? Character.toLowerCase(name.charAt(0)) + name.substring(1) : name;
    }

    private static LocalDate date(java.sql.Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
