package vn.doingoai.commons.web;

import vn.doingoai.commons.i18n.Text;
import vn.doingoai.commons.problem.ProblemCode;
import vn.doingoai.commons.problem.ProblemException;

/**
 * Optimistic concurrency on the wire: a single resource's ETag is its version, and every change
 * must name the version it was based on in {@code If-Match}. Missing → 428, stale → 412; nothing
 * is ever overwritten silently.
 */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * An ETag for a resource without a version column (reference data): a digest of what the
     * client reads, so any change to it changes the tag.
     */
    public static String ofContent(String representation) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(representation.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "\"" + java.util.HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The content ETag of what a client reads: the digest of its JSON. */
    public static String ofJson(com.fasterxml.jackson.databind.ObjectMapper mapper, Object view) {
        try {
            return ofContent(mapper.writeValueAsString(view));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a view always serialises", e);
        }
    }

    /**
     * Like {@link #requireMatch(String, long)} for a content ETag. If-Match compares strongly (RFC 9110
     * §13.1.1): a weak tag {@code W/"…"} never matches, so it is answered 412 like a stale one.
     */
    public static void requireMatch(String ifMatch, String currentTag) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemCode.PRECONDITION_REQUIRED, IF_MATCH_REQUIRED);
        }
        if (ifMatch.strip().equals("*")) {
            // RFC 9110 lets * match any version; here a change must name the version it was made on.
            throw new ProblemException(ProblemCode.PRECONDITION_REQUIRED, Text.of("chassis.if-match-any",
                    "If-Match: * names no version; send the ETag of the version you read."));
        }
        for (String candidate : ifMatch.split(",")) {
            if (candidate.strip().equals(currentTag)) {
                return;
            }
        }
        throw new ProblemException(ProblemCode.PRECONDITION_FAILED, changed(currentTag));
    }

    /** Checks {@code If-Match} against the stored version; returns normally only when they agree. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemCode.PRECONDITION_REQUIRED, IF_MATCH_REQUIRED);
        }
        if (ifMatch.strip().equals("*")) {
            // RFC 9110 lets * match any version; here a change must name the version it was made on.
            throw new ProblemException(ProblemCode.PRECONDITION_REQUIRED, Text.of("chassis.if-match-any",
                    "If-Match: * names no version; send the ETag of the version you read."));
        }
        // Strong comparison: a weak tag W/"…" never matches.
        for (String candidate : ifMatch.split(",")) {
            if (candidate.strip().equals(of(currentVersion))) {
                return;
            }
        }
        throw new ProblemException(ProblemCode.PRECONDITION_FAILED, changed(of(currentVersion)));
    }

    private static final Text IF_MATCH_REQUIRED = Text.of("chassis.if-match-required",
            "Send If-Match with the ETag of the version you read; changes without it are refused.");

    private static Text changed(String currentTag) {
        return Text.of("chassis.changed-since-read",
                "The resource has changed since you read it (its ETag is now {0}); read it again and reapply your change.",
                currentTag);
    }
}
