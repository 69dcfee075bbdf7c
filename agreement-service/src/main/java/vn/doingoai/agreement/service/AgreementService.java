package vn.doingoai.agreement.service;

import vn.doingoai.commons.problem.InvalidField;
import vn.doingoai.commons.i18n.Text;
import vn.doingoai.commons.province.ProvinceScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.doingoai.agreement.api.AgreementInput;
import vn.doingoai.agreement.api.DeadlineCompletion;
import vn.doingoai.agreement.domain.AgreementDeadline;
import vn.doingoai.agreement.domain.Agreement;
import vn.doingoai.agreement.domain.AgreementLifecycle;
import vn.doingoai.agreement.domain.AgreementStatus;
import vn.doingoai.agreement.domain.CooperationField;
import vn.doingoai.agreement.domain.DocumentRef;
import vn.doingoai.agreement.domain.Obligation;
import vn.doingoai.agreement.domain.ParentRelation;
import vn.doingoai.agreement.domain.Partner;
import vn.doingoai.commons.persistence.Keyset;
import vn.doingoai.commons.persistence.TextSearch;
import vn.doingoai.commons.persistence.Where;
import vn.doingoai.commons.persistence.SortField;
import vn.doingoai.commons.problem.ProblemCode;
import vn.doingoai.commons.problem.ProblemException;
import vn.doingoai.commons.security.Caller;
import vn.doingoai.commons.text.VietnameseText;
import vn.doingoai.commons.web.ETags;

@ApplicationScoped
public class AgreementService {

    private static final Text AGREEMENT = Text.of("agreement.agreement", "Agreement");
    private static final Text NO_FIELD = Text.of("agreement.field-unknown", "no cooperation field with this code");

    /** Stands in for a missing date so that keyset paging over nullable dates stays total. */
    static final LocalDate NO_DATE = LocalDate.of(1, 1, 1);

    static final SortField<Agreement> ID = new SortField<>("id", "a.id", UUID.class, a -> a.id);
    static final Map<String, SortField<Agreement>> SORTS = new LinkedHashMap<>();

    static {
        SORTS.put("titleVi", new SortField<>("titleVi", "a.titleVi", String.class, a -> a.titleVi));
        SORTS.put("signedOn", dateSort("signedOn", "a.signedOn", a -> a.signedOn));
        SORTS.put("inForceOn", dateSort("inForceOn", "a.inForceOn", a -> a.inForceOn));
        SORTS.put("expiresOn", dateSort("expiresOn", "a.expiresOn", a -> a.expiresOn));
        SORTS.put("createdAt", new SortField<>("createdAt", "a.createdAt", Instant.class, a -> a.createdAt));
        SORTS.put("updatedAt", new SortField<>("updatedAt", "a.updatedAt", Instant.class, a -> a.updatedAt));
    }

    private static SortField<Agreement> dateSort(String name, String column, Function<Agreement, LocalDate> value) {
        return new SortField<>(name, "coalesce(" + column + ", :noDate)", LocalDate.class,
                a -> Objects.requireNonNullElse(value.apply(a), NO_DATE));
    }

    private final ProvinceScope scope;
    private final DeadlineService deadlines;
    private final Caller caller;

    public AgreementService(ProvinceScope scope, Caller caller, DeadlineService deadlines) {
        this.scope = scope;
        this.caller = caller;
        this.deadlines = deadlines;
    }

    public record Listing(Keyset.Page<Agreement> page, Long total) {
    }

    @Transactional
    public Listing list(AgreementQuery query, String sort, Integer limit, String cursor, boolean includeTotal) {
        Keyset<Agreement> keyset = Keyset.of(sort, "-updatedAt", SORTS, ID, limit, cursor);
        Where where = new Where()
                .and("a.provinceCode in :provinces", "provinces", scope.visibleProvinces().orElse(null))
                .and("a.provinceCode in :province", "province", query.provinceCode() == null ? null : scope.lineage(query.provinceCode()))
                .and("a.status = :status", "status", query.status())
                .and("a.kind = :kind", "kind", query.kind())
                .and("a.signingLevel = :level", "level", query.signingLevel())
                .and("a.parentId = :parent", "parent", query.parentId())
                .and("a.signedOn >= :signedFrom", "signedFrom", query.signedFrom())
                .and("a.signedOn <= :signedTo", "signedTo", query.signedTo())
                .and("a.inForceOn >= :inForceFrom", "inForceFrom", query.inForceFrom())
                .and("a.inForceOn <= :inForceTo", "inForceTo", query.inForceTo())
                .and("a.expiresOn >= :expiresFrom", "expiresFrom", query.expiresFrom())
                .and("a.expiresOn <= :expiresTo", "expiresTo", query.expiresTo())
                .and(":partner member of a.partnerIds", "partner", query.partnerId())
                .and(":field member of a.fieldCodes", "field", query.fieldCode())
                .and("exists (select 1 from Partner p where p.countryCode = :country and p.id member of a.partnerIds)",
                        "country", query.partnerCountry())
                .and("lower(a.responsibleUnit) like :unit escape '\\'", "unit", query.responsibleUnit() == null
                        || query.responsibleUnit().isBlank() ? null
                        : "%" + TextSearch.likeEscaped(query.responsibleUnit().strip().toLowerCase(java.util.Locale.ROOT)) + "%");
        where.and(TextSearch.condition("a.searchText", query.q()));
        Long total = includeTotal ? Agreement.count(where.hql("select count(a) from Agreement a"), where.params()) : null;
        Where page = where.copy();
        String ordering = keyset.orderBy();
        if (ordering.contains(":noDate")) {
            page.params().put("noDate", NO_DATE);
        }
        page.and(keyset.afterCursor(page.params()));
        List<Agreement> rows = Agreement.<Agreement>find(page.hql("from Agreement a") + " order by " + ordering, page.params())
                .page(0, keyset.limit() + 1).list();
        return new Listing(keyset.page(rows), total);
    }

    @Transactional
    public Agreement get(UUID id) {
        Agreement agreement = Agreement.findById(id);
        if (agreement == null || !scope.maySee(agreement.provinceCode)) {
            throw ProblemException.notFound(AGREEMENT, id);
        }
        return agreement;
    }

    /** Partners of these agreements by id, in one query (no N+1 over a page). */
    @Transactional
    public Map<UUID, Partner> partnersOf(List<Agreement> agreements) {
        List<UUID> ids = agreements.stream().flatMap(a -> a.partnerIds.stream()).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Partner.<Partner>list("id in ?1", ids).stream().collect(Collectors.toMap(p -> p.id, p -> p));
    }

    /** Each agreement's status on a day (the database's {@code agreement_status_on}), for a page in one query. */
    @Transactional
    public Map<UUID, AgreementStatus> statusesOn(List<Agreement> agreements, LocalDate day) {
        if (agreements.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Agreement.getEntityManager().createNativeQuery(
                "select a.id, agreement_status_on(a.id, :day) from agreement a where a.id in (:ids)")
                .setParameter("day", day).setParameter("ids", agreements.stream().map(a -> a.id).toList()).getResultList();
        Map<UUID, AgreementStatus> statuses = new LinkedHashMap<>();
        for (Object[] row : rows) {
            if (row[1] != null) {
                statuses.put((UUID) row[0], AgreementStatus.valueOf(row[1].toString()));
            }
        }
        return statuses;
    }

    /** Consulted bodies without a recorded reply, per agreement of a page, in one query. */
    @Transactional
    public Map<UUID, Long> unansweredConsultations(List<Agreement> agreements) {
        if (agreements.isEmpty()) {
            return Map.of();
        }
        Where where = new Where().and("c.agreementId in :ids", "ids", agreements.stream().map(a -> a.id).toList()).and("c.reply is null");
        return where.query(Agreement.getEntityManager(), "select c.agreementId, count(c) from Consultation c", " group by c.agreementId",
                Object[].class).getResultList().stream()
                .collect(Collectors.toMap(r -> (UUID) r[0], r -> (Long) r[1]));
    }

    @Transactional
    public List<Agreement> derivedFrom(UUID id) {
        return Agreement.list("parentId = ?1 order by createdAt, id", id);
    }

    @Transactional
    public Agreement create(AgreementInput input) {
        Agreement agreement = new Agreement();
        agreement.id = UUID.randomUUID();
        agreement.provinceCode = scope.ownProvince();
        agreement.status = AgreementStatus.DRAFT;
        agreement.createdAt = Instant.now();
        agreement.createdBy = caller.name();
        apply(agreement, input);
        agreement.persistAndFlush();
        return agreement;
    }

    @Transactional
    public Agreement update(UUID id, String ifMatch, AgreementInput input) {
        Agreement agreement = get(id);
        ETags.requireMatch(ifMatch, agreement.version);
        requireOwnProvince(agreement);
        if (!AgreementLifecycle.isEditable(agreement.status)) {
            throw new ProblemException(ProblemCode.CONFLICT, "AGREEMENT_NOT_EDITABLE", Text.of("agreement.not-editable", "An agreement can be redrafted only in DRAFT or REJECTED; it is {0}. Changes after signing are made as an amendment (a new agreement with parentId).", agreement.status), List.of());
        }
        apply(agreement, input);
        agreement.flush();
        return agreement;
    }

    public record Completed(Agreement agreement, AgreementDeadline deadline) {
    }

    /** Records the act that met a deadline; the deadline is part of its agreement, so the agreement's version moves. */
    @Transactional
    public Completed completeDeadline(UUID id, String ifMatch, UUID deadlineId, DeadlineCompletion completion) {
        Agreement agreement = get(id);
        requireOwnProvince(agreement);
        ETags.requireMatch(ifMatch, agreement.version);
        AgreementDeadline deadline = deadlines.complete(agreement, deadlineId, completion.completedOn(), completion.reference(),
                completion.note());
        agreement.updatedAt = Instant.now();
        agreement.updatedBy = caller.name();
        agreement.flush();
        return new Completed(agreement, deadline);
    }

    /** A successor province acts on its predecessors' agreements; central bodies only read. */
    void requireOwnProvince(Agreement agreement) {
        scope.ownProvince();
        if (!scope.mayAct(agreement.provinceCode)) {
            throw ProblemException.notFound(AGREEMENT, agreement.id);
        }
    }

    /** Recomputes the folded search text, e.g. after a partner was renamed. */
    public static void refreshSearchText(Agreement agreement, Map<UUID, Partner> partners) {
        List<String> parts = new ArrayList<>();
        parts.add(agreement.titleVi);
        parts.add(agreement.titleForeign);
        parts.add(agreement.referenceNumber);
        for (UUID id : agreement.partnerIds) {
            Partner partner = partners.get(id);
            if (partner != null) {
                parts.add(partner.nameVi);
                parts.add(partner.nameEn);
                parts.add(partner.nameNative);
            }
        }
        for (DocumentRef document : agreement.documents) {
            parts.add(document.number());
        }
        agreement.searchText = VietnameseText.fold(parts.stream().filter(Objects::nonNull).collect(Collectors.joining(" ")));
    }

    private void apply(Agreement agreement, AgreementInput input) {
        List<InvalidField> errors = new ArrayList<>();
        List<UUID> partnerIds = List.copyOf(new LinkedHashSet<>(input.partnerIds()));
        Map<UUID, Partner> partners = Partner.<Partner>list("id in ?1", partnerIds).stream()
                .collect(Collectors.toMap(p -> p.id, p -> p));
        for (int i = 0; i < partnerIds.size(); i++) {
            Partner partner = partners.get(partnerIds.get(i));
            if (partner == null || !scope.maySee(partner.provinceCode)) {
                errors.add(new InvalidField("partnerIds[" + i + "]", "UNKNOWN", Text.of("agreement.partner-unknown", "no partner of this province has this id")));
            } else if (!partner.active && !agreement.partnerIds.contains(partner.id)) {
                errors.add(new InvalidField("partnerIds[" + i + "]", "INACTIVE", Text.of("agreement.partner-inactive", "this partner is deactivated")));
            }
        }
        List<String> fieldCodes = input.fieldCodes() == null ? List.of() : List.copyOf(new LinkedHashSet<>(input.fieldCodes()));
        for (int i = 0; i < fieldCodes.size(); i++) {
            if (CooperationField.findById(fieldCodes.get(i)) == null) {
                errors.add(new InvalidField("fieldCodes[" + i + "]", "UNKNOWN", NO_FIELD));
            }
        }
        List<Obligation> obligations = input.obligations() == null ? List.of() : input.obligations();
        for (int i = 0; i < obligations.size(); i++) {
            String code = obligations.get(i).fieldCode();
            if (code != null && CooperationField.findById(code) == null) {
                errors.add(new InvalidField("obligations[" + i + "].fieldCode", "UNKNOWN", NO_FIELD));
            }
        }
        if (input.expiresOn() != null && input.proposedOn() != null && input.expiresOn().isBefore(input.proposedOn())) {
            errors.add(new InvalidField("expiresOn", "DATE_RANGE", Text.of("agreement.expires-before-proposed", "must not be before proposedOn")));
        }
        boolean nameOnly = Boolean.TRUE.equals(input.nameOnlyAmendment());
        if ((input.parentId() == null) != (input.parentRelation() == null)) {
            errors.add(new InvalidField(input.parentId() == null ? "parentId" : "parentRelation", "REQUIRED",
                    Text.of("agreement.parent-pair", "parentId and parentRelation go together")));
        } else if (input.parentId() != null) {
            Agreement parent = Agreement.findById(input.parentId());
            if (parent == null || !scope.maySee(parent.provinceCode) || parent.id.equals(agreement.id)) {
                errors.add(new InvalidField("parentId", "UNKNOWN", Text.of("agreement.parent-unknown", "no agreement of this province has this id")));
            } else if (!EnumSet.of(AgreementStatus.SIGNED, AgreementStatus.IN_FORCE, AgreementStatus.SUSPENDED)
                    .contains(parent.status)) {
                errors.add(new InvalidField("parentId", "NOT_SIGNED",
                        Text.of("agreement.parent-not-signed", "only a signed agreement can be amended, extended or replaced")));
            }
        }
        if (nameOnly && input.parentRelation() != ParentRelation.AMENDS) {
            errors.add(new InvalidField("nameOnlyAmendment", "INVALID", Text.of("agreement.name-only-amends", "a name-only amendment AMENDS a parent agreement")));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        agreement.referenceNumber = blankToNull(input.referenceNumber());
        agreement.titleVi = input.titleVi().strip();
        agreement.titleForeign = blankToNull(input.titleForeign());
        agreement.kind = input.kind();
        agreement.signingLevel = input.signingLevel();
        agreement.signatoryUnitAsSigned = blankToNull(input.signatoryUnitAsSigned());
        agreement.responsibleUnit = blankToNull(input.responsibleUnit());
        agreement.partnerIds.clear();
        agreement.partnerIds.addAll(partnerIds);
        agreement.fieldCodes.clear();
        agreement.fieldCodes.addAll(fieldCodes);
        agreement.obligations = new ArrayList<>(obligations);
        agreement.proposedOn = input.proposedOn();
        agreement.expiresOn = input.expiresOn();
        agreement.renewalTerms = blankToNull(input.renewalTerms());
        agreement.languages = input.languages() == null ? new ArrayList<>() : new ArrayList<>(input.languages());
        agreement.documents = input.documents() == null ? new ArrayList<>() : new ArrayList<>(input.documents());
        agreement.parentId = input.parentId();
        agreement.parentRelation = input.parentRelation();
        agreement.nameOnlyAmendment = nameOnly;
        agreement.updatedAt = Instant.now();
        agreement.updatedBy = caller.name();
        refreshSearchText(agreement, partners);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
