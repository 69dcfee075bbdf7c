package vn.doingoai.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import vn.doingoai.commons.problem.Problem;
import vn.doingoai.commons.problem.ProblemCode;
import vn.doingoai.commons.problem.ProblemException;
import vn.doingoai.commons.security.Caller;
import vn.doingoai.commons.security.Roles;
import vn.doingoai.reporting.client.AgreementReferenceApi;
import vn.doingoai.reporting.client.FiguresClient;

/**
 * Which provinces a caller works on. Central bodies and administrators read every province.
 * Everyone else works on their own province and on those it succeeded (Hưng Yên took over Thái
 * Bình's records on 2025-07-01); the successions come from agreement-service, which owns them, and
 * are kept five minutes (own province only while they cannot be read). Figures requests name a
 * province: provincial callers always get their own, and naming another is refused.
 */
@ApplicationScoped
public class ProvinceScope {

    private static final long KEEP_SECONDS = 300;
    private static final long RETRY_SECONDS = 30;

    private final Caller caller;
    private final FiguresClient figures;
    private volatile List<AgreementReferenceApi.Succession> successions;
    private volatile Instant readAt = Instant.EPOCH;

    public ProvinceScope(Caller caller, FiguresClient figures) {
        this.caller = caller;
        this.figures = figures;
    }

    public boolean readsAll() {
        return caller.isCentral() || caller.hasRole(Roles.ADMIN);
    }

    /** The province of the caller's token; a provincial answer needs one. */
    public String ownProvince() {
        return caller.province().orElseThrow(() -> new ProblemException(ProblemCode.FORBIDDEN,
                "The token carries no province claim; there is no province's data to show."));
    }

    /** Whether the caller's province is this one or succeeded it. */
    public boolean covers(String provinceCode) {
        return caller.province().map(own -> lineage(own).contains(provinceCode)).orElse(false);
    }

    /** The province and every province it succeeded, directly or not, as of today. */
    public Set<String> lineage(String own) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        List<AgreementReferenceApi.Succession> known = successions();
        Set<String> codes = new TreeSet<>(Set.of(own));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (AgreementReferenceApi.Succession s : known) {
                if (codes.contains(s.successorCode()) && !s.effectiveOn().isAfter(today) && codes.add(s.predecessorCode())) {
                    grew = true;
                }
            }
        }
        return codes;
    }

    /** The province a figures request reads, or {@code null} for every province (central callers without a filter). */
    public String resolve(String requested) {
        if (readsAll()) {
            return requested;
        }
        String own = ownProvince();
        if (requested != null && !requested.equals(own)) {
            throw new ProblemException(ProblemCode.FORBIDDEN, "Figures of another province are for central bodies.");
        }
        return own;
    }

    /** Like {@link #resolve} for answers about exactly one province: central callers must name it. */
    public String requireOne(String requested) {
        String province = resolve(requested);
        if (province == null) {
            throw ProblemException.validation(List.of(new Problem.FieldError("province", "REQUIRED",
                    "central bodies must name the province: this answer is about one province")));
        }
        return province;
    }

    private List<AgreementReferenceApi.Succession> successions() {
        if (successions == null || Instant.now().isAfter(readAt.plusSeconds(KEEP_SECONDS))) {
            List<AgreementReferenceApi.Succession> read = figures.successions().orElse(null);
            if (read == null) {
                // Unreadable: keep what we had (or nothing) and ask again in 30 s, not on every request,
                // so a hanging agreement-service does not slow every read down by its timeout.
                successions = successions == null ? List.of() : successions;
                readAt = Instant.now().minusSeconds(KEEP_SECONDS - RETRY_SECONDS);
                return successions;
            }
            successions = List.copyOf(read);
            readAt = Instant.now();
        }
        return successions;
    }
}
