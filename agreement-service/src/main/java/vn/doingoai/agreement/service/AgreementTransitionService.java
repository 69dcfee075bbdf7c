package vn.doingoai.agreement.service;

import vn.doingoai.commons.problem.InvalidField;
import vn.doingoai.commons.i18n.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import vn.doingoai.agreement.api.TransitionRequest;
import vn.doingoai.agreement.domain.Agreement;
import vn.doingoai.agreement.domain.AgreementAction;
import vn.doingoai.agreement.domain.AgreementLifecycle;
import vn.doingoai.agreement.domain.AgreementPreconditions;
import vn.doingoai.agreement.domain.AgreementStatus;
import vn.doingoai.agreement.domain.AgreementTransition;
import vn.doingoai.agreement.domain.Consultation;
import vn.doingoai.agreement.domain.ConsultationReply;
import vn.doingoai.agreement.domain.DeadlineKind;
import vn.doingoai.agreement.domain.SigningLevel;
import vn.doingoai.commons.lifecycle.ActOrder;
import vn.doingoai.commons.time.WorkingDays;
import vn.doingoai.commons.problem.ProblemCode;
import vn.doingoai.commons.problem.ProblemException;
import vn.doingoai.commons.security.Caller;
import vn.doingoai.commons.web.ETags;

/** Moves agreements through their lifecycle, records each step, and opens and closes the deadlines the law sets. */
@ApplicationScoped
public class AgreementTransitionService {

    private static final Logger LOG = Logger.getLogger(AgreementTransitionService.class);

    private final AgreementService agreements;
    private final DeadlineService deadlines;
    private final Caller caller;
    private final Today today;

    public AgreementTransitionService(AgreementService agreements, DeadlineService deadlines, Caller caller, Today today) {
        this.agreements = agreements;
        this.deadlines = deadlines;
        this.caller = caller;
        this.today = today;
    }

    @Transactional
    public Agreement transition(UUID id, String ifMatch, TransitionRequest request) {
        Agreement agreement = agreements.get(id);
        ETags.requireMatch(ifMatch, agreement.version);
        agreements.requireOwnProvince(agreement);
        Set<String> roles = caller.roles();
        AgreementAction action = request.action();
        if (!AgreementLifecycle.permits(action, agreement.status, roles, agreement.nameOnlyAmendment)) {
            boolean someoneMay = AgreementLifecycle.permits(action, agreement.status,
                    Set.of(vn.doingoai.commons.security.Roles.OFFICER, vn.doingoai.commons.security.Roles.APPROVER),
                    agreement.nameOnlyAmendment);
            if (someoneMay) {
                throw new ProblemException(ProblemCode.FORBIDDEN, Text.of("agreement.action-forbidden", "Your roles do not allow {0}.", action));
            }
            List<AgreementAction> allowed = AgreementLifecycle.allowed(agreement.status, roles, agreement.nameOnlyAmendment);
            throw new ProblemException(ProblemCode.INVALID_TRANSITION, Text.of("agreement.transition-impossible", "{0} is not possible in {1}; allowed now: {2}.", action, agreement.status, allowed.isEmpty()
                    ? Text.of("agreement.none", "none") : Text.join(", ", allowed)));
        }
        AgreementPreconditions.blocker(action, agreement, unanswered(agreement)).ifPresent(blocked -> {
            throw new ProblemException(ProblemCode.INVALID_TRANSITION, blocked.code(), blocked.reason(), List.of());
        });
        LocalDate on = request.effectiveOn() != null ? request.effectiveOn() : today.date();
        // Consulted bodies reply independently: a reply is dated after the step that asked for it, not
        // after another body's reply; every other step comes after all that went before, replies included.
        LocalDate previous = previousEffectiveOn(agreement, action == AgreementAction.RECORD_OPINION);
        ActOrder.requireNotBefore(on, previous);
        if (request.decision() != null) {
            ActOrder.requireNotBefore("decision.date", request.decision().date(), previous);
        }
        AgreementStatus from = agreement.status;
        AgreementStatus to = apply(agreement, action, request, on);
        agreement.status = to;
        agreement.updatedAt = Instant.now();
        agreement.updatedBy = caller.name();
        record(agreement, action, from, to, caller.name(), request, on);
        agreement.flush();
        return agreement;
    }

    private AgreementStatus apply(Agreement agreement, AgreementAction action, TransitionRequest request, LocalDate on) {
        AgreementStatus to = AgreementLifecycle.target(action, agreement.status);
        WorkingDays workingDays = deadlines.workingDays();
        switch (action) {
            case START_CONSULTATION -> startConsultation(agreement, request, on, workingDays);
            case RECORD_OPINION -> to = recordOpinion(agreement, request, on);
            case REFER_TO_PM -> {
                deadlines.closeMoot(agreement, DeadlineService.CONSULTATION, on, "referred to the Prime Minister", caller.name());
                deadlines.open(agreement, DeadlineKind.PM_REVIEW, workingDays.add(on, DeadlineService.PM_REVIEW_WORKING_DAYS), on, on);
            }
            case RECORD_PM_CONSENT -> {
                require(request.decision() != null, "decision", Text.of("agreement.pm-consent-decision", "the Prime Minister's consent is a decision: number and date"));
                deadlines.closeMoot(agreement, EnumSet.of(DeadlineKind.PM_REVIEW), on, "the Prime Minister consented", caller.name());
                openApprovalDeadline(agreement, on, workingDays);
            }
            case RECORD_PM_REFUSAL -> {
                requireComment(request);
                deadlines.closeMoot(agreement, EnumSet.of(DeadlineKind.PM_REVIEW), on, "the Prime Minister refused", caller.name());
            }
            case SUBMIT -> {
                deadlines.closeMoot(agreement, DeadlineService.CONSULTATION, on, "submitted", caller.name());
                openApprovalDeadline(agreement, on, workingDays);
            }
            case APPROVE -> {
                require(request.decision() != null, "decision", Text.of("agreement.approval-decision", "approval is a decision: number and date"));
                agreement.decidedOn = request.decision().date();
                deadlines.closeMoot(agreement, EnumSet.of(DeadlineKind.APPROVAL_DECISION), on, "approved", caller.name());
            }
            case REJECT -> {
                requireComment(request);
                deadlines.closeMoot(agreement, EnumSet.of(DeadlineKind.APPROVAL_DECISION), on, "rejected", caller.name());
            }
            case AUTHORISE_SIGNATORY -> {
                require(request.signatory() != null, "signatory", Text.of("agreement.signatory-required", "name the person who signs"));
                agreement.signatoryName = request.signatory().name();
                agreement.signatoryTitle = request.signatory().title();
                agreement.signatoryAuthorisation = request.signatory().authorisation();
            }
            case RECORD_SIGNING -> {
                agreement.signedOn = on;
                // Law 70/2020 Art. 30: report to the Prime Minister, copy to MOFA, within 15 days of signing.
                deadlines.open(agreement, DeadlineKind.REPORT_TO_PM_AND_MOFA, on.plusDays(DeadlineService.REPORT_AFTER_SIGNING_DAYS), on, on);
            }
            case RECORD_ENTRY_INTO_FORCE -> {
                require(agreement.signedOn == null || !on.isBefore(agreement.signedOn), "effectiveOn",
                        Text.of("agreement.force-before-signing", "entry into force cannot precede signing ({0})", agreement.signedOn));
                agreement.inForceOn = on;
                if (agreement.expiresOn != null && agreement.expiresOn.isAfter(on)) {
                    int warning = deadlines.expiryWarningDays(agreement.provinceCode);
                    deadlines.open(agreement, DeadlineKind.EXPIRY, agreement.expiresOn, agreement.expiresOn.minusDays(warning), on);
                }
                if (agreement.parentId != null) {
                    openMofaNotice(agreement, on);
                }
            }
            case SUSPEND -> openMofaNotice(agreement, on);
            case TERMINATE -> {
                openMofaNotice(agreement, on);
                deadlines.closeMoot(agreement, EnumSet.of(DeadlineKind.EXPIRY), on, "terminated", caller.name());
            }
            case WITHDRAW -> {
                requireComment(request);
                deadlines.closeMoot(agreement, EnumSet.of(DeadlineKind.CONSULTATION_REPLY, DeadlineKind.PM_REVIEW,
                        DeadlineKind.APPROVAL_DECISION), on, "withdrawn", caller.name());
            }
            case EXPIRE -> deadlines.closeMoot(agreement, EnumSet.of(DeadlineKind.EXPIRY), on, "expired", caller.name());
            case REVISE, RESUME -> {
            }
        }
        return to;
    }

    private void startConsultation(Agreement agreement, TransitionRequest request, LocalDate on, WorkingDays workingDays) {
        List<String> bodies = request.consultedBodies() == null ? List.of() : request.consultedBodies();
        require(!bodies.isEmpty(), "consultedBodies", Text.of("agreement.consult-mofa", "name at least the Ministry of Foreign Affairs"));
        boolean shortened = Boolean.TRUE.equals(request.shortenedProcedure());
        require(!shortened || (request.shortenedReason() != null && !request.shortenedReason().isBlank()),
                "shortenedReason", Text.of("agreement.shortened-reason", "the shortened procedure needs a reason"));
        agreement.shortenedProcedure = shortened;
        agreement.shortenedReason = shortened ? request.shortenedReason().strip() : null;
        LocalDate due = workingDays.add(on, shortened
                ? DeadlineService.SHORTENED_CONSULTATION_WORKING_DAYS : DeadlineService.CONSULTATION_WORKING_DAYS);
        for (String body : bodies) {
            Consultation consultation = new Consultation();
            consultation.id = UUID.randomUUID();
            consultation.agreementId = agreement.id;
            consultation.bodyName = body.strip();
            consultation.requestedOn = on;
            consultation.dueOn = due;
            consultation.persist();
        }
        deadlines.open(agreement, DeadlineKind.CONSULTATION_REPLY, due, on, on);
    }

    private AgreementStatus recordOpinion(Agreement agreement, TransitionRequest request, LocalDate on) {
        List<InvalidField> errors = new ArrayList<>();
        if (request.consultationId() == null) {
            errors.add(new InvalidField("consultationId", "REQUIRED", Text.of("agreement.consultation-required", "say which consulted body replied")));
        }
        if (request.reply() == null) {
            errors.add(new InvalidField("reply", "REQUIRED", Text.of("agreement.reply-required", "the reply is required: AGREE, OBJECT or NO_ANSWER")));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        Consultation consultation = Consultation.findById(request.consultationId());
        if (consultation == null || !consultation.agreementId.equals(agreement.id)) {
            throw ProblemException.validation(List.of(new InvalidField("consultationId", "UNKNOWN",
                    Text.of("agreement.consultation-unknown", "no consultation of this agreement has this id"))));
        }
        if (consultation.reply != null) {
            throw new ProblemException(ProblemCode.CONFLICT, "OPINION_ALREADY_RECORDED", Text.of("agreement.opinion-recorded", "{0} replied {1} on {2}.", consultation.bodyName, consultation.reply, consultation.repliedOn), List.of());
        }
        if (request.reply() == ConsultationReply.NO_ANSWER && !on.isAfter(consultation.dueOn)) {
            throw new ProblemException(ProblemCode.CONFLICT, "REPLY_NOT_YET_DUE", Text.of("agreement.reply-not-due", "{0} may reply until {1}; NO_ANSWER is recorded from the day after.", consultation.bodyName, consultation.dueOn), List.of());
        }
        consultation.reply = request.reply();
        consultation.repliedOn = on;
        consultation.note = request.comment();
        if (Consultation.count("agreementId = ?1 and reply is null", agreement.id) == 0) {
            // Replies are recorded in any order: the deadline was met on the day the last body replied.
            Consultation.flush();
            LocalDate lastReply = Consultation.getEntityManager()
                    .createQuery("select max(c.repliedOn) from Consultation c where c.agreementId = :id", LocalDate.class)
                    .setParameter("id", agreement.id).getSingleResult();
            deadlines.closeMoot(agreement, DeadlineService.CONSULTATION, lastReply, "every consulted body replied", caller.name());
        }
        return request.reply() == ConsultationReply.OBJECT ? AgreementStatus.OBJECTED : agreement.status;
    }

    /** Consulted bodies of the agreement without a recorded reply. */
    public static long unanswered(Agreement agreement) {
        return Consultation.count("agreementId = ?1 and reply is null", agreement.id);
    }

    private static LocalDate previousEffectiveOn(Agreement agreement, boolean withoutReplies) {
        var query = AgreementTransition.getEntityManager()
                .createQuery("select max(t.effectiveOn) from AgreementTransition t where t.agreementId = :id"
                        + (withoutReplies ? " and t.action <> :reply" : ""), LocalDate.class)
                .setParameter("id", agreement.id);
        if (withoutReplies) {
            query.setParameter("reply", AgreementAction.RECORD_OPINION);
        }
        return query.getSingleResult();
    }

    private void openApprovalDeadline(Agreement agreement, LocalDate on, WorkingDays workingDays) {
        if (agreement.signingLevel == SigningLevel.DEPARTMENT) {
            deadlines.open(agreement, DeadlineKind.APPROVAL_DECISION,
                    workingDays.add(on, DeadlineService.DEPARTMENT_APPROVAL_WORKING_DAYS), on, on);
        }
    }

    /** Decree 64/2021: notify MOFA within 15 days after an amendment, extension, suspension or termination takes effect. */
    private void openMofaNotice(Agreement agreement, LocalDate on) {
        deadlines.open(agreement, DeadlineKind.MOFA_NOTICE, on.plusDays(DeadlineService.MOFA_NOTICE_DAYS), on, on);
    }

    private static void require(boolean condition, String field, Text message) {
        if (!condition) {
            throw ProblemException.validation(List.of(new InvalidField(field, "REQUIRED", message)));
        }
    }

    private static void requireComment(TransitionRequest request) {
        require(request.comment() != null && !request.comment().isBlank(), "comment", Text.of("agreement.reason-required", "give the reason"));
    }

    private static void record(Agreement agreement, AgreementAction action, AgreementStatus from, AgreementStatus to,
            String actor, TransitionRequest request, LocalDate on) {
        AgreementTransition step = new AgreementTransition();
        step.id = UUID.randomUUID();
        step.agreementId = agreement.id;
        step.action = action;
        step.fromStatus = from;
        step.toStatus = to;
        step.actor = actor;
        step.actedAt = Instant.now();
        step.effectiveOn = on;
        if (request != null) {
            step.comment = request.comment();
            if (request.decision() != null) {
                step.decisionNumber = request.decision().number();
                step.decisionDate = request.decision().date();
                step.decisionIssuer = request.decision().issuer();
                step.decisionTitle = request.decision().title();
            }
        }
        step.persist();
    }

    @Transactional
    public List<AgreementTransition> history(UUID id) {
        agreements.get(id);
        return AgreementTransition.list("agreementId = ?1 order by actedAt, id", id);
    }

    /** Lets every agreement whose expiry date has passed expire; run daily by {@link ExpiryJob}. */
    @Transactional
    public int expireDue(LocalDate day) {
        List<Agreement> due = Agreement.list("status in ?1 and expiresOn < ?2",
                List.of(AgreementStatus.IN_FORCE, AgreementStatus.SUSPENDED), day);
        for (Agreement agreement : due) {
            AgreementStatus from = agreement.status;
            deadlines.closeMoot(agreement, EnumSet.of(DeadlineKind.EXPIRY), day, "expired", AgreementLifecycle.SYSTEM);
            agreement.status = AgreementStatus.EXPIRED;
            agreement.updatedAt = Instant.now();
            agreement.updatedBy = AgreementLifecycle.SYSTEM;
            record(agreement, AgreementAction.EXPIRE, from, AgreementStatus.EXPIRED, AgreementLifecycle.SYSTEM, null,
                    agreement.expiresOn.plusDays(1));
        }
        if (!due.isEmpty()) {
            LOG.infof("%d agreements expired", due.size());
        }
        return due.size();
    }
}
