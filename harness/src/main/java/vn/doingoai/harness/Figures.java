package vn.doingoai.harness;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** What the run found: counters per kind of bad input and per section, and every failure. */
public final class Figures {

    /** Failure types of a bad input, each a column of the table. */
    public enum Type {
        SERVER_ERROR("5xx"),
        NO_ANSWER("no answer"),
        NOT_PROBLEM("non-problem 4xx"),
        ACCEPTED("accepted (2xx)"),
        STORED("stored change"),
        WRONG_STATUS("unexpected 4xx"),
        FIELD("field not named"),
        ENUM("enum w/o allowed values"),
        /** Not a failure: refused for the record's state or a stale If-Match before (or instead of) validation. */
        LATE("409/412 (info)");

        public final String title;

        Type(String title) {
            this.title = title;
        }
    }

    public static final class KindStats {
        public final AtomicInteger direct = new AtomicInteger();
        public final AtomicInteger gateway = new AtomicInteger();
        public final Map<Type, AtomicInteger> failures = new EnumMap<>(Type.class);

        KindStats() {
            for (Type t : Type.values()) {
                failures.put(t, new AtomicInteger());
            }
        }
    }

    public record Failure(String section, String type, String target, String method, String path, String input,
                          int status, String body) {
    }

    public static final class Section {
        public final AtomicInteger checked = new AtomicInteger();
        public final AtomicInteger failed = new AtomicInteger();
        public final AtomicInteger skipped = new AtomicInteger();
    }

    private final Map<BadInputs.Kind, KindStats> kinds = new EnumMap<>(BadInputs.Kind.class);
    private final Map<String, Section> sections = Collections.synchronizedMap(new LinkedHashMap<>());
    private final List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
    public final List<String> notes = Collections.synchronizedList(new ArrayList<>());

    public Figures() {
        for (BadInputs.Kind k : BadInputs.Kind.values()) {
            kinds.put(k, new KindStats());
        }
    }

    public KindStats kind(BadInputs.Kind k) {
        return kinds.get(k);
    }

    public Section section(String name) {
        return sections.computeIfAbsent(name, n -> new Section());
    }

    public void badInputFailure(BadInputs.Kind kind, Type type, String target, String method, String path,
                                String input, Http.Res res) {
        kinds.get(kind).failures.get(type).incrementAndGet();
        if (type == Type.LATE) {
            return;
        }
        failures.add(new Failure("bad input: " + kind.title, type.title, target, method, path, input,
                res == null ? 0 : res.status(), res == null ? "" : res.excerpt()));
    }

    /** A check of a section: counted, and recorded when it failed. */
    public boolean check(String section, boolean ok, String type, String target, String method, String path,
                         String input, Http.Res res) {
        Section s = section(section);
        s.checked.incrementAndGet();
        if (!ok) {
            s.failed.incrementAndGet();
            failures.add(new Failure(section, type, target, method, path, input, res == null ? 0 : res.status(),
                    res == null ? "" : res.excerpt()));
        }
        return ok;
    }

    public void skip(String section, String why) {
        section(section).skipped.incrementAndGet();
        notes.add(section + ": " + why);
    }

    public int failureCount() {
        return failures.size();
    }

    public void print(PrintStream out, long wallMillis, long requests) {
        out.println();
        out.println("== Bad inputs (every operation directly at its service, a sample through the gateway)");
        StringBuilder h = new StringBuilder(String.format("%-22s %7s %7s", "kind", "direct", "gateway"));
        for (Type t : Type.values()) {
            h.append(String.format(" %" + Math.max(7, t.title.length()) + "s", t.title));
        }
        out.println(h);
        int[] totals = new int[Type.values().length + 2];
        for (Map.Entry<BadInputs.Kind, KindStats> e : kinds.entrySet()) {
            KindStats k = e.getValue();
            StringBuilder row = new StringBuilder(String.format("%-22s %7d %7d", e.getKey().title, k.direct.get(),
                    k.gateway.get()));
            totals[0] += k.direct.get();
            totals[1] += k.gateway.get();
            int i = 2;
            for (Type t : Type.values()) {
                int v = k.failures.get(t).get();
                totals[i++] += v;
                row.append(String.format(" %" + Math.max(7, t.title.length()) + "d", v));
            }
            out.println(row);
        }
        StringBuilder row = new StringBuilder(String.format("%-22s %7d %7d", "total", totals[0], totals[1]));
        int i = 2;
        for (Type t : Type.values()) {
            row.append(String.format(" %" + Math.max(7, t.title.length()) + "d", totals[i++]));
        }
        out.println(row);
        out.println();
        out.println("== Checks");
        out.println(String.format("%-44s %8s %8s %8s", "section", "checked", "failed", "skipped"));
        synchronized (sections) {
            for (Map.Entry<String, Section> e : sections.entrySet()) {
                out.println(String.format("%-44s %8d %8d %8d", e.getKey(), e.getValue().checked.get(),
                        e.getValue().failed.get(), e.getValue().skipped.get()));
            }
        }
        out.println();
        out.println(String.format("requests sent: %d, wall time: %.1f s", requests, wallMillis / 1000.0));
    }

    /** One line per kind of defect: section, failure type and target, with counts and an example. */
    public List<String> summary() {
        record Key(String section, String type, String target) {
        }
        Map<Key, List<Failure>> groups = new LinkedHashMap<>();
        synchronized (failures) {
            List<Failure> sorted = new ArrayList<>(failures);
            sorted.sort((a, b) -> (a.section() + a.type() + a.target()).compareTo(b.section() + b.type() + b.target()));
            for (Failure f : sorted) {
                groups.computeIfAbsent(new Key(f.section(), f.type(), f.target()), k -> new ArrayList<>()).add(f);
            }
        }
        List<String> lines = new ArrayList<>();
        for (Map.Entry<Key, List<Failure>> e : groups.entrySet()) {
            Set<String> ops = new LinkedHashSet<>();
            Set<Integer> statuses = new LinkedHashSet<>();
            for (Failure f : e.getValue()) {
                ops.add(f.method() + " " + f.path());
                statuses.add(f.status());
            }
            Failure ex = e.getValue().get(0);
            lines.add(String.format("  %5d× %-40s %-28s %-8s on %d operation(s), status %s", e.getValue().size(),
                    e.getKey().section(), e.getKey().type(), e.getKey().target(), ops.size(), statuses));
            lines.add("         e.g. " + ex.method() + " " + ex.path() + " · " + ex.input() + " → "
                    + (ex.status() == 0 ? "" : ex.status() + " ") + ex.body());
        }
        return lines;
    }

    /** Failures grouped by section, type, target, operation and status, with a count and examples. */
    public List<String> groupedFailures() {
        record Key(String section, String type, String target, String method, String path, int status) {
        }
        Map<Key, List<Failure>> groups = new LinkedHashMap<>();
        synchronized (failures) {
            List<Failure> sorted = new ArrayList<>(failures);
            sorted.sort((a, b) -> {
                int c = a.section().compareTo(b.section());
                if (c == 0) {
                    c = a.type().compareTo(b.type());
                }
                if (c == 0) {
                    c = a.path().compareTo(b.path());
                }
                if (c == 0) {
                    c = a.method().compareTo(b.method());
                }
                return c;
            });
            for (Failure f : sorted) {
                groups.computeIfAbsent(new Key(f.section(), f.type(), f.target(), f.method(), f.path(), f.status()),
                        k -> new ArrayList<>()).add(f);
            }
        }
        List<String> lines = new ArrayList<>();
        String lastSection = null;
        for (Map.Entry<Key, List<Failure>> e : groups.entrySet()) {
            Key k = e.getKey();
            if (!k.section().equals(lastSection)) {
                lines.add("");
                lines.add("-- " + k.section());
                lastSection = k.section();
            }
            Set<String> inputs = new LinkedHashSet<>();
            for (Failure f : e.getValue()) {
                if (inputs.size() < 4) {
                    inputs.add(f.input());
                }
            }
            int more = e.getValue().size() - inputs.size();
            lines.add(String.format("  %4d× [%s] %s %s %s → %s", e.getValue().size(), k.type(), k.target(), k.method(),
                    k.path(), k.status() == 0 ? "no answer" : String.valueOf(k.status())));
            lines.add("        inputs: " + String.join(" | ", inputs) + (more > 0 ? " | … " + more + " more" : ""));
            String body = e.getValue().get(0).body();
            if (body != null && !body.isEmpty()) {
                lines.add("        body: " + body);
            }
        }
        return lines;
    }

    public void writeAll(Path file) {
        try {
            Files.createDirectories(file.getParent());
            List<String> lines = new ArrayList<>();
            synchronized (failures) {
                for (Failure f : failures) {
                    lines.add(String.join("\t", f.section(), f.type(), f.target(), f.method(), f.path(), f.input(),
                            String.valueOf(f.status()), f.body()));
                }
            }
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            notes.add("could not write " + file + ": " + e.getMessage());
        }
    }
}
