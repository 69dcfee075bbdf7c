package vn.doingoai.commons.lifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a caller can do with a record now, the same way in every service: {@code allowed} holds the
 * actions that would succeed, {@code blocked} those the caller's roles allow from the record's state
 * but a precondition refuses, each with the code it would be refused with.
 */
public record AvailableActions<A>(List<A> allowed, List<BlockedAction> blocked) {

    /** Sorts the actions the roles permit by their precondition: none unmet → allowed, else blocked. */
    public static <A> AvailableActions<A> of(List<A> permitted, Function<A, Optional<BlockedAction>> blocker) {
        List<A> allowed = new ArrayList<>();
        List<BlockedAction> blocked = new ArrayList<>();
        for (A action : permitted) {
            blocker.apply(action).ifPresentOrElse(blocked::add, () -> allowed.add(action));
        }
        return new AvailableActions<>(List.copyOf(allowed), List.copyOf(blocked));
    }
}
