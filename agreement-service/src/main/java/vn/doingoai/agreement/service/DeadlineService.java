package vn.doingoai.agreement.service;

import vn.doingoai.commons.i18n.Text;
import vn.doingoai.commons.province.ProvinceScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.doingoai.agreement.domain.Agreement;
import vn.doingoai.agreement.domain.AgreementDeadline;
import vn.doingoai.agreement.domain.DeadlineKind;
import vn.doingoai.agreement.domain.Holiday;
import vn.doingoai.agreement.domain.ProvinceSetting;
import vn.doingoai.commons.time.WorkingDays;
import vn.doingoai.commons.lifecycle.ActOrder;
import vn.doingoai.commons.persistence.Keyset;
import vn.doingoai.commons.persistence.SortField;
import vn.doingoai.commons.persistence.Where;
import vn.doingoai.commons.problem.ProblemCode;
import vn.doingoai.commons.problem.ProblemException;
import vn.doingoai.commons.security.Caller;

/**
 * The legal deadlines of agreements: opened by transitions, closed by recording the act they ask
 * for (or by the transition that makes them moot), listed as DUE or OVERDUE.
 */
@ApplicationScoped
public class DeadlineService {

    public static final int CONSULTATION_WORKING_DAYS = 7;
    public static final int SHORTENED_CONSULTATION_WORKING_DAYS = 3;
    public static final int PM_REVIEW_WORKING_DAYS = 7;
    public static final int DEPARTMENT_APPROVAL_WORKING_DAYS = 5;
    public static final int REPORT_AFTER_SIGNING_DAYS = 15;
    public static final int MOFA_NOTICE_DAYS = 15;
    public static final int DEFAULT_EXPIRY_WARNING_DAYS = 90;

    private static final SortField<AgreementDeadline> ID = new SortField<>("id", "d.id", UUID.class, d -> d.id);
    private static final Map<String, SortField<AgreementDeadline>> SORTS = Map.of(
            "dueOn", new SortField<>("dueOn", "d.dueOn", LocalDate.class, d -> d.dueOn));

    private final Today today;
    private final ProvinceScope scope;
    private final Caller caller;

    public DeadlineService(Today today, ProvinceScope scope, Caller caller) {
        this.today = today;
        this.scope = scope;
        this.caller = caller;
    }

    public WorkingDays workingDays() {
        Set<LocalDate> days = Holiday.<Holiday>listAll().stream().map(h -> h.day).collect(Collectors.toSet());
        return new WorkingDays(days);
    }

    public int expiryWarningDays(String provinceCode) {
        ProvinceSetting setting = ProvinceSetting.findById(provinceCode);
        return setting == null ? DEFAULT_EXPIRY_WARNING_DAYS : setting.expiryWarningDays;
    }

    /** @param openedOn the day the act that opens the deadline took effect; the deadline is not met before it */
    void open(Agreement agreement, DeadlineKind kind, LocalDate dueOn, LocalDate visibleFrom, LocalDate openedOn) {
        AgreementDeadline deadline = new AgreementDeadline();
        deadline.id = UUID.randomUUID();
        deadline.agreementId = agreement.id;
        deadline.provinceCode = agreement.provinceCode;
        deadline.kind = kind;
        deadline.dueOn = dueOn;
        deadline.visibleFrom = visibleFrom;
        deadline.openedOn = openedOn;
        deadline.createdAt = Instant.now();
        deadline.persist();
    }

    /** Closes open deadlines of these kinds that a transition made moot. */
    void closeMoot(Agreement agreement, Set<DeadlineKind> kinds, LocalDate on, String why, String actor) {
        for (AgreementDeadline deadline : openFor(agreement.id)) {
            if (kinds.contains(deadline.kind)) {
                deadline.completedOn = on;
                deadline.completionNote = why;
                deadline.completedBy = actor;
            }
        }
    }

    public List<AgreementDeadline> openFor(UUID agreementId) {
        return AgreementDeadline.list("agreementId = ?1 and completedOn is null order by dueOn, id", agreementId);
    }

    /** Deadlines of the visible provinces in one state ({@link AgreementDeadline#stateOn}); OVERDUE and DUE without one. */
    @Transactional
    public Keyset.Page<AgreementDeadline> list(String state, LocalDate dueBefore, DeadlineKind kind, Integer limit,
            String cursor) {
        Keyset<AgreementDeadline> keyset = Keyset.of(null, "dueOn", SORTS, ID, limit, cursor);
        LocalDate day = today.date();
        Where where = new Where()
                .and("d.provinceCode in :provinces", "provinces", scope.visibleProvinces().orElse(null))
                .and("d.dueOn < :dueBefore", "dueBefore", dueBefore)
                .and("d.kind = :kind", "kind", kind);
        if (!"COMPLETED".equals(state)) {
            where.params().put("today", day);
        }
        where.and("(" + (state == null ? "(" + AgreementDeadline.STATE_CONDITIONS.get("OVERDUE") + ") or ("
                + AgreementDeadline.STATE_CONDITIONS.get("DUE") + ")" : AgreementDeadline.STATE_CONDITIONS.get(state)) + ")");
        where.and(keyset.afterCursor(where.params()));
        List<AgreementDeadline> rows = AgreementDeadline.<AgreementDeadline>find(
                where.hql("from AgreementDeadline d") + " order by " + keyset.orderBy(), where.params())
                .page(0, keyset.limit() + 1).list();
        return keyset.page(rows);
    }

    @Transactional
    public AgreementDeadline complete(Agreement agreement, UUID deadlineId, LocalDate on, String reference, String note) {
        AgreementDeadline deadline = AgreementDeadline.findById(deadlineId);
        if (deadline == null || !deadline.agreementId.equals(agreement.id)) {
            throw ProblemException.notFound(Text.of("agreement.deadline", "Deadline"), deadlineId);
        }
        if (!deadline.isOpen()) {
            throw new ProblemException(ProblemCode.CONFLICT, "DEADLINE_COMPLETED",
                    Text.of("agreement.deadline-met", "This deadline was already met on {0}.", deadline.completedOn), List.of());
        }
        LocalDate opened = deadline.openedOn != null ? deadline.openedOn
                : deadline.kind == DeadlineKind.EXPIRY && agreement.inForceOn != null ? agreement.inForceOn : deadline.visibleFrom;
        ActOrder.requireNotBefore("completedOn", on, opened);
        deadline.completedOn = on;
        deadline.completionReference = reference;
        deadline.completionNote = note;
        deadline.completedBy = caller.name();
        return deadline;
    }

    static final Set<DeadlineKind> CONSULTATION = EnumSet.of(DeadlineKind.CONSULTATION_REPLY);
}
