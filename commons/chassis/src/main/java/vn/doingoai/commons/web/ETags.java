package vn.doingoai.commons.web;

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

    /** Checks {@code If-Match} against the stored version; returns normally only when they agree. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemCode.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag of the version you read; changes without it are refused.");
        }
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(of(currentVersion))) {
                return;
            }
        }
        throw new ProblemException(ProblemCode.PRECONDITION_FAILED,
                "The resource has changed since you read it (its ETag is now " + of(currentVersion)
                        + "); read it again and reapply your change.");
    }
}
