package vn.doingoai.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import vn.doingoai.commons.security.Caller;
import vn.doingoai.reporting.client.AgreementReferenceApi;
import vn.doingoai.reporting.client.FiguresClient;

/**
 * The provinces whose programmes and reports a provincial caller works on: its own and those it
 * succeeded (Hưng Yên took over Thái Bình's records on 2025-07-01). The successions come from
 * agreement-service, which owns them, and are kept for five minutes; when it cannot be read, a
 * caller sees its own province only.
 */
@ApplicationScoped
public class ProvinceLineage {

    private static final long KEEP_SECONDS = 300;
    private static final long RETRY_SECONDS = 30;

    private final Caller caller;
    private final FiguresClient figures;
    private volatile List<AgreementReferenceApi.Succession> successions;
    private volatile Instant readAt = Instant.EPOCH;

    public ProvinceLineage(Caller caller, FiguresClient figures) {
        this.caller = caller;
        this.figures = figures;
    }

    /** Whether the caller's province is this one or succeeded it. */
    public boolean covers(String provinceCode) {
        return caller.province().map(own -> lineage(own).contains(provinceCode)).orElse(false);
    }

    /** The caller's province and every province it succeeded, directly or not, as of today. */
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
