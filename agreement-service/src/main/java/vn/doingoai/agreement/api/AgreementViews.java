package vn.doingoai.agreement.api;

import jakarta.enterprise.context.RequestScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import vn.doingoai.agreement.domain.Agreement;
import vn.doingoai.agreement.domain.AgreementAction;
import vn.doingoai.agreement.domain.AgreementLifecycle;
import vn.doingoai.agreement.domain.AgreementPreconditions;
import vn.doingoai.agreement.domain.AgreementStatus;
import vn.doingoai.commons.lifecycle.AvailableActions;
import vn.doingoai.agreement.domain.Consultation;
import vn.doingoai.agreement.domain.Partner;
import vn.doingoai.agreement.service.AgreementService;
import vn.doingoai.agreement.service.DeadlineService;
import vn.doingoai.agreement.service.Today;
import vn.doingoai.commons.security.Caller;

/** Turns agreements into their API shapes, loading what a page needs in a fixed number of queries. */
@RequestScoped
public class AgreementViews {

    private final AgreementService agreements;
    private final DeadlineService deadlines;
    private final Caller caller;
    private final Today today;

    public AgreementViews(AgreementService agreements, DeadlineService deadlines, Caller caller, Today today) {
        this.agreements = agreements;
        this.deadlines = deadlines;
        this.caller = caller;
        this.today = today;
    }

    /** What the caller may do with an agreement now, and what its roles allow but a precondition blocks. */
    public AvailableActions<AgreementAction> actions(Agreement a, long unanswered) {
        return AvailableActions.of(AgreementLifecycle.allowed(a.status, caller.roles(), a.nameOnlyAmendment),
                action -> AgreementPreconditions.blocker(action, a, unanswered));
    }

    public List<AgreementSummary> summaries(List<Agreement> page, LocalDate asOf) {
        Map<UUID, Partner> partners = agreements.partnersOf(page);
        Map<UUID, Long> unanswered = agreements.unansweredConsultations(page);
        Map<UUID, AgreementStatus> then = asOf == null ? Map.of() : agreements.statusesOn(page, asOf);
        return page.stream().map(a -> {
            AvailableActions<AgreementAction> actions = actions(a, unanswered.getOrDefault(a.id, 0L));
            return new AgreementSummary(a.id, a.provinceCode, a.status, actions.allowed(), actions.blocked(), a.referenceNumber, a.titleVi,
                a.titleForeign, a.kind, a.signingLevel, a.responsibleUnit, partners(a, partners),
                List.copyOf(a.fieldCodes), a.proposedOn, a.signedOn, a.inForceOn, a.expiresOn, a.parentId, asOf == null ? null : then.get(a.id), a.version, a.updatedAt);
        }).toList();
    }

    public AgreementView full(Agreement a) {
        Map<UUID, Partner> partners = agreements.partnersOf(List.of(a));
        LocalDate day = today.date();
        List<AgreementView.RelatedAgreement> derived = agreements.derivedFrom(a.id).stream()
                .map(d -> new AgreementView.RelatedAgreement(d.id, d.parentRelation, d.titleVi, d.status)).toList();
        List<ConsultationView> consultations = Consultation.<Consultation>list("agreementId = ?1 order by bodyName, id", a.id)
                .stream().map(ConsultationView::of).toList();
        AvailableActions<AgreementAction> actions = actions(a, consultations.stream().filter(c -> c.reply() == null).count());
        return new AgreementView(a.id, a.provinceCode, a.status, actions.allowed(), actions.blocked(), a.referenceNumber, a.titleVi,
                a.titleForeign, a.kind, a.signingLevel, a.signatoryUnitAsSigned, a.responsibleUnit, partners(a, partners),
                List.copyOf(a.fieldCodes), List.copyOf(a.obligations), a.signatoryName, a.signatoryTitle,
                a.signatoryAuthorisation, a.proposedOn, a.decidedOn, a.signedOn, a.inForceOn, a.expiresOn, a.renewalTerms,
                List.copyOf(a.languages), List.copyOf(a.documents), a.shortenedProcedure, a.shortenedReason,
                a.nameOnlyAmendment, a.parentId, a.parentRelation, derived, consultations,
                deadlines.openFor(a.id).stream().map(d -> DeadlineView.of(d, day)).toList(), a.version, a.createdAt,
                a.createdBy, a.updatedAt, a.updatedBy);
    }

    private static List<PartnerSummary> partners(Agreement a, Map<UUID, Partner> partners) {
        return a.partnerIds.stream().map(partners::get).filter(Objects::nonNull).map(PartnerSummary::of).toList();
    }
}
