package vn.doingoai.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Makes a short string matching a simple regular expression, as OpenAPI documents use them:
 * literals, escapes ({@code \d \w \S \s}), classes ({@code [A-Z0-9_]}), groups with alternatives and
 * the quantifiers {@code ? * + {n} {n,m}}. Always the smallest choice, so the result is predictable.
 * Returns null when the pattern is beyond it or the result does not match.
 */
public final class PatternGen {
    private final String p;
    private int i;

    private PatternGen(String p) {
        this.p = p;
    }

    public static String generate(String pattern) {
        if (pattern == null) {
            return null;
        }
        String body = pattern;
        if (body.startsWith("^")) {
            body = body.substring(1);
        }
        if (body.endsWith("$") && !body.endsWith("\\$")) {
            body = body.substring(0, body.length() - 1);
        }
        try {
            PatternGen g = new PatternGen(body);
            String s = g.alternatives();
            if (g.i != body.length()) {
                return null;
            }
            return Pattern.compile(pattern).matcher(s).find() ? s : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private String alternatives() {
        List<String> alts = new ArrayList<>();
        alts.add(sequence());
        while (i < p.length() && p.charAt(i) == '|') {
            i++;
            alts.add(sequence());
        }
        return alts.get(0);
    }

    private String sequence() {
        StringBuilder out = new StringBuilder();
        while (i < p.length() && p.charAt(i) != '|' && p.charAt(i) != ')') {
            String atom = atom();
            int[] q = quantifier();
            for (int k = 0; k < q[0]; k++) {
                out.append(atom);
            }
        }
        return out.toString();
    }

    private String atom() {
        char c = p.charAt(i++);
        switch (c) {
            case '(' -> {
                if (p.startsWith("?:", i)) {
                    i += 2;
                }
                String inner = alternatives();
                expect(')');
                return inner;
            }
            case '[' -> {
                return String.valueOf(charClass());
            }
            case '\\' -> {
                char e = p.charAt(i++);
                return switch (e) {
                    case 'd' -> "0";
                    case 'w', 'S' -> "a";
                    case 's' -> " ";
                    case 'p' -> {
                        // \p{L} and the like
                        int close = p.indexOf('}', i);
                        i = close + 1;
                        yield "a";
                    }
                    default -> String.valueOf(e);
                };
            }
            case '.' -> {
                return "a";
            }
            default -> {
                return String.valueOf(c);
            }
        }
    }

    private char charClass() {
        boolean negate = p.charAt(i) == '^';
        if (negate) {
            i++;
        }
        Character first = null;
        while (p.charAt(i) != ']') {
            char c = p.charAt(i++);
            if (c == '\\') {
                char e = p.charAt(i++);
                c = switch (e) {
                    case 'd' -> '0';
                    case 'w', 'S' -> 'a';
                    case 's' -> ' ';
                    default -> e;
                };
            }
            if (p.charAt(i) == '-' && p.charAt(i + 1) != ']') {
                i += 2;
            }
            if (first == null) {
                first = c;
            }
        }
        i++;
        if (negate) {
            return first != null && first == 'a' ? 'b' : 'a';
        }
        return first == null ? 'a' : first;
    }

    private int[] quantifier() {
        if (i >= p.length()) {
            return new int[] { 1, 1 };
        }
        char c = p.charAt(i);
        int[] q;
        switch (c) {
            case '?' -> {
                i++;
                q = new int[] { 0, 1 };
            }
            case '*' -> {
                i++;
                q = new int[] { 0, Integer.MAX_VALUE };
            }
            case '+' -> {
                i++;
                q = new int[] { 1, Integer.MAX_VALUE };
            }
            case '{' -> {
                int close = p.indexOf('}', i);
                String[] nm = p.substring(i + 1, close).split(",", -1);
                i = close + 1;
                int n = Integer.parseInt(nm[0].trim());
                int m = nm.length == 1 ? n : nm[1].isBlank() ? Integer.MAX_VALUE : Integer.parseInt(nm[1].trim());
                q = new int[] { n, m };
            }
            default -> q = new int[] { 1, 1 };
        }
        if (i < p.length() && (p.charAt(i) == '?' || p.charAt(i) == '+')) {
            i++;
        }
        // At least one repetition of a starred atom reads better ("[A-Z][A-Z0-9_]*" → "AA").
        if (q[0] == 0 && q[1] == Integer.MAX_VALUE) {
            q[0] = 1;
        }
        return q;
    }

    private void expect(char c) {
        if (i >= p.length() || p.charAt(i) != c) {
            throw new IllegalArgumentException("expected " + c);
        }
        i++;
    }
}
