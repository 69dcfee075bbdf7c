package vn.doingoai.delegation.service;

import vn.doingoai.commons.time.DateWindow;
import vn.doingoai.commons.problem.InvalidField;
import vn.doingoai.commons.i18n.Text;
import vn.doingoai.commons.province.ProvinceScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.jpa.HibernateHints;
import vn.doingoai.commons.exports.Table;
import vn.doingoai.commons.i18n.LabelCatalogue;
import vn.doingoai.commons.i18n.Language;
import vn.doingoai.commons.persistence.CursorRows;
import vn.doingoai.commons.persistence.Keyset;
import vn.doingoai.commons.persistence.SortField;
import vn.doingoai.commons.persistence.TextSearch;
import vn.doingoai.commons.persistence.Where;
import vn.doingoai.commons.problem.ProblemCode;
import vn.doingoai.commons.problem.ProblemException;
import vn.doingoai.commons.security.Caller;
import vn.doingoai.commons.text.VietnameseText;
import vn.doingoai.commons.web.ETags;
import vn.doingoai.delegation.api.DelegationInput;
import vn.doingoai.delegation.client.AgreementServiceClient;
import vn.doingoai.delegation.domain.Delegation;
import vn.doingoai.delegation.domain.DelegationLifecycle;
import vn.doingoai.delegation.domain.DelegationMember;
import vn.doingoai.delegation.domain.DelegationStatus;
import vn.doingoai.delegation.domain.DelegationLevel;
import vn.doingoai.delegation.domain.DelegationPurpose;
import vn.doingoai.delegation.domain.Direction;
import vn.doingoai.delegation.domain.Person;

@ApplicationScoped
public class DelegationService {

    private static final Text DELEGATION = Text.of("delegation.delegation", "Delegation");

    static final Set<String> COUNTRIES = Set.copyOf(Arrays.asList(java.util.Locale.getISOCountries()));

    static final SortField<Delegation> ID = new SortField<>("id", "d.id", UUID.class, d -> d.id);
    static final Map<String, SortField<Delegation>> SORTS = new LinkedHashMap<>();

    static {
        SORTS.put("startOn", new SortField<>("startOn", "d.startOn", LocalDate.class, d -> d.startOn));
        SORTS.put("endOn", new SortField<>("endOn", "d.endOn", LocalDate.class, d -> d.endOn));
        SORTS.put("title", new SortField<>("title", "d.title", String.class, d -> d.title));
        SORTS.put("createdAt", new SortField<>("createdAt", "d.createdAt", Instant.class, d -> d.createdAt));
        SORTS.put("updatedAt", new SortField<>("updatedAt", "d.updatedAt", Instant.class, d -> d.updatedAt));
    }

    private final ProvinceScope scope;
    private final Caller caller;
    private final AgreementServiceClient agreements;
    private final Today today;

    public DelegationService(ProvinceScope scope, Caller caller, AgreementServiceClient agreements, Today today) {
        this.scope = scope;
        this.caller = caller;
        this.agreements = agreements;
        this.today = today;
    }

    public record Listing(Keyset.Page<Delegation> page, Long total) {
    }

    @Transactional
    public Listing list(DelegationQuery query, String sort, Integer limit, String cursor, boolean includeTotal) {
        Keyset<Delegation> keyset = Keyset.of(sort, "-startOn", SORTS, ID, limit, cursor);
        Where where = where(query);
        Long total = includeTotal ? Delegation.count(where.hql("select count(d) from Delegation d"), where.params()) : null;
        Where page = where.copy();
        page.and(keyset.afterCursor(page.params()));
        List<Delegation> rows = Delegation.<Delegation>find(page.hql("from Delegation d") + " order by " + keyset.orderBy(),
                page.params()).page(0, keyset.limit() + 1).list();
        return new Listing(keyset.page(rows), total);
    }

    /**
     * Every delegation the list would show, in its order, as rows of an export: read through a
     * cursor when written, never held whole (the caller's scope and filters are fixed now).
     */
    public Table export(DelegationQuery query, String sort) {
        Keyset<Delegation> keyset = Keyset.of(sort, "-startOn", SORTS, ID, null, null);
        Where where = where(query);
        String hql = where.hql("""
                select d.provinceCode, d.direction, d.status, d.referenceNumber, d.title, p.nameVi, d.startOn, d.endOn,
                       (select listagg(c, ', ') from d.destinationCountries c),
                       d.partnerName, l.nameVi,
                       (select count(m) from DelegationMember m where m.delegationId = d.id),
                       d.costEstimateVnd, d.id
                  from Delegation d left join DelegationPurpose p on p.code = d.purpose
                       left join DelegationLevel l on l.code = d.headLevel""") + " order by " + keyset.orderBy();
        Map<String, Object> params = Map.copyOf(where.params());
        Map<Direction, String> directions = labels(Direction.values());
        Map<DelegationStatus, String> statuses = labels(DelegationStatus.values());
        return new Table("Đoàn ra, đoàn vào", EXPORT_HEADERS, new CursorRows(() -> {
            var q = Delegation.getEntityManager().createQuery(hql, Object[].class)
                    .setHint(HibernateHints.HINT_FETCH_SIZE, CursorRows.FETCH_SIZE).setHint(HibernateHints.HINT_READ_ONLY, true);
            params.forEach(q::setParameter);
            return q.getResultStream();
        }, r -> Arrays.asList(r[0], directions.get(r[1]), statuses.get(r[2]), r[3], r[4],
                r[5], r[6], r[7], r[8], r[9], r[10], r[11], r[12], r[13].toString())));
    }

    static final List<String> EXPORT_HEADERS = List.of("Mã tỉnh", "Loại đoàn", "Trạng thái", "Số quyết định", "Tên đoàn",
            "Mục đích", "Từ ngày", "Đến ngày", "Quốc gia", "Đối tác", "Cấp trưởng đoàn", "Số thành viên", "Kinh phí dự kiến (đồng)",
            "Mã đoàn");

    /** Codes as the documents a province files show them: the Vietnamese label. */
    private static <E extends Enum<E>> Map<E, String> labels(E[] codes) {
        Map<E, String> labels = new java.util.HashMap<>();
        for (E code : codes) {
            labels.put(code, LabelCatalogue.label(code.getDeclaringClass(), code.name(), Language.VI));
        }
        return labels;
    }

    private Where where(DelegationQuery query) {
        DateWindow.requireOrdered("from", query.from(), "to", query.to());
        Where where = new Where()
                .and("d.provinceCode in :provinces", "provinces", scope.visibleProvinces().orElse(null))
                .and("d.provinceCode in :province", "province", query.provinceCode() == null ? null : scope.lineage(query.provinceCode()))
                .and("d.direction = :direction", "direction", query.direction())
                .and("d.status = :status", "status", query.status())
                .and("d.purpose = :purpose", "purpose", query.purpose())
                .and("d.partnerId = :partner", "partner", query.partnerId())
                .and("d.endOn >= :from", "from", query.from())
                .and("d.startOn <= :to", "to", query.to())
                .and("exists (select 1 from DelegationMember m where m.delegationId = d.id and m.personId = :person)",
                        "person", query.personId())
                .and(":country member of d.destinationCountries", "country", query.country());
        if (query.overdueReport()) {
            where.and("d.status in :waiting and d.reportDueOn < :today", "waiting", DelegationInsightService.AWAITING_REPORT);
            where.params().put("today", today.date());
        }
        where.and(TextSearch.condition("d.searchText", query.q()));
        return where;
    }

    @Transactional
    public Delegation get(UUID id) {
        Delegation delegation = Delegation.findById(id);
        if (delegation == null || !scope.maySee(delegation.provinceCode)) {
            throw ProblemException.notFound(DELEGATION, id);
        }
        return delegation;
    }

    /** For changes: the record must be of the caller's province line, else it does not exist for them. */
    @Transactional
    public Delegation getForChange(UUID id, String ifMatch) {
        Delegation delegation = get(id);
        scope.ownProvince();
        if (!scope.mayAct(delegation.provinceCode)) {
            throw ProblemException.notFound(DELEGATION, id);
        }
        ETags.requireMatch(ifMatch, delegation.version);
        return delegation;
    }

    @Transactional
    public Delegation create(DelegationInput input) {
        Delegation delegation = new Delegation();
        delegation.id = UUID.randomUUID();
        delegation.provinceCode = scope.ownProvince();
        delegation.direction = input.direction();
        delegation.status = DelegationLifecycle.initialStatus(input.direction());
        delegation.createdAt = Instant.now();
        delegation.createdBy = caller.name();
        apply(delegation, input);
        delegation.persistAndFlush();
        return delegation;
    }

    @Transactional
    public Delegation update(UUID id, String ifMatch, DelegationInput input) {
        Delegation delegation = getForChange(id, ifMatch);
        requireEditable(delegation);
        apply(delegation, input);
        delegation.flush();
        return delegation;
    }

    static void requireEditable(Delegation delegation) {
        if (!DelegationLifecycle.isEditable(delegation.direction, delegation.status)) {
            throw new ProblemException(ProblemCode.CONFLICT, "DELEGATION_NOT_EDITABLE", Text.of("delegation.not-editable", "A delegation changes only while {0}; it is {1}.", delegation.direction == Direction.OUTBOUND ? DelegationStatus.DRAFT : DelegationStatus.REQUESTED, delegation.status), List.of());
        }
    }

    /** Folded title, purpose, partner and member names, for accent-free `q`. */
    public static void refreshSearchText(Delegation delegation) {
        List<String> parts = new ArrayList<>(List.of(delegation.title));
        parts.add(delegation.purposeDetail);
        parts.add(delegation.partnerName);
        parts.add(delegation.referenceNumber);
        List<UUID> people = DelegationMember.<DelegationMember>list("delegationId", delegation.id).stream()
                .map(m -> m.personId).toList();
        if (!people.isEmpty()) {
            Person.<Person>list("id in ?1", people).forEach(p -> parts.add(p.fullName));
        }
        delegation.searchText = VietnameseText.fold(parts.stream().filter(Objects::nonNull).collect(Collectors.joining(" ")));
    }

    private void apply(Delegation delegation, DelegationInput input) {
        List<InvalidField> errors = new ArrayList<>();
        if (input.direction() != delegation.direction) {
            errors.add(new InvalidField("direction", "IMMUTABLE", Text.of("delegation.direction-immutable", "a delegation keeps its direction")));
        }
        if (input.endOn().isBefore(input.startOn())) {
            errors.add(new InvalidField("endOn", "DATE_RANGE", Text.of("delegation.end-before-start", "must not be before startOn")));
        }
        DelegationPurpose purpose = DelegationPurpose.findById(input.purpose());
        if (purpose == null) {
            errors.add(new InvalidField("purpose", "UNKNOWN", Text.of("delegation.purpose-unknown", "no delegation purpose with this code")));
        } else if (!purpose.active && !input.purpose().equals(delegation.purpose)) {
            // A retired purpose stays on the delegations that have it; new ones cannot take it.
            errors.add(new InvalidField("purpose", "INACTIVE", Text.of("delegation.purpose-retired", "this purpose was retired")));
        }
        boolean outbound = input.direction() == Direction.OUTBOUND;
        String headLevel = input.visitingLevel();
        if (headLevel != null) {
            DelegationLevel level = DelegationLevel.findById(headLevel);
            if (level == null || (!level.active && !headLevel.equals(delegation.headLevel))) {
                List<String> levels = DelegationLevel.<DelegationLevel>list("active", true).stream().map(l -> l.code).sorted().toList();
                errors.add(new InvalidField("visitingLevel", "UNKNOWN",
                        Text.of("delegation.level-one-of", "one of {0}", String.join(", ", levels)), levels));
            }
        }
        // One list of countries per delegation: where an outbound one goes, where an inbound one comes from.
        String countryField = outbound ? "destinationCountries" : "originCountries";
        List<String> given = outbound ? input.destinationCountries() : input.originCountries();
        List<String> countries = given == null ? List.of() : List.copyOf(new LinkedHashSet<>(given));
        for (int i = 0; i < countries.size(); i++) {
            if (!COUNTRIES.contains(countries.get(i))) {
                errors.add(new InvalidField(countryField + "[" + i + "]", "UNKNOWN", Text.of("delegation.country-unknown", "not an ISO 3166-1 country")));
            }
        }
        if (outbound && countries.isEmpty()) {
            errors.add(new InvalidField("destinationCountries", "REQUIRED", Text.of("delegation.destination-required", "an outbound delegation goes somewhere")));
        }
        boolean inPlan = input.inAnnualPlan() == null || input.inAnnualPlan();
        if (outbound && !inPlan && (input.outsidePlanReason() == null || input.outsidePlanReason().isBlank())) {
            errors.add(new InvalidField("outsidePlanReason", "REQUIRED", Text.of("delegation.outside-plan-reason", "a trip outside the annual plan needs a reason")));
        }
        if (input.itinerary() != null) {
            for (int i = 0; i < input.itinerary().size(); i++) {
                LocalDate day = input.itinerary().get(i).day();
                if (day.isBefore(input.startOn()) || day.isAfter(input.endOn())) {
                    errors.add(new InvalidField("itinerary[" + i + "].day", "DATE_RANGE", Text.of("delegation.itinerary-outside", "outside the delegation's dates")));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        List<java.util.UUID> related = input.relatedAgreementIds() == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(input.relatedAgreementIds()));
        if (!related.isEmpty() && !related.equals(delegation.relatedAgreementIds)) {
            agreements.requireVisibleAgreements("relatedAgreementIds", related);
        }
        delegation.referenceNumber = blankToNull(input.referenceNumber());
        delegation.title = input.title().strip();
        delegation.purpose = input.purpose();
        delegation.purposeDetail = blankToNull(input.purposeDetail());
        delegation.programme = blankToNull(input.programme());
        delegation.itinerary = input.itinerary() == null ? new ArrayList<>() : new ArrayList<>(input.itinerary());
        delegation.startOn = input.startOn();
        delegation.endOn = input.endOn();
        delegation.destinationCountries.clear();
        delegation.destinationCountries.addAll(countries);
        delegation.destinationCities = outbound && input.destinationCities() != null
                ? new ArrayList<>(input.destinationCities()) : new ArrayList<>();
        if (input.partnerId() == null) {
            if (delegation.partnerId != null) {
                agreements.namePartner("partnerId", delegation.id, input.title().strip(), null);
            }
            delegation.partnerId = null;
            delegation.partnerName = blankToNull(input.partnerName());
        } else if (!input.partnerId().equals(delegation.partnerId) || delegation.partnerName == null) {
            // A registered partner: it must be the province's (or a predecessor's), and the name it had when
            // the delegation named it is kept, whatever the partner is called later.
            delegation.partnerName = agreements.namePartner("partnerId", delegation.id, input.title().strip(), input.partnerId());
            delegation.partnerId = input.partnerId();
        }
        delegation.invitationReference = outbound ? blankToNull(input.invitationReference()) : null;
        delegation.fundingSource = blankToNull(input.fundingSource());
        delegation.costEstimateVnd = input.costEstimateVnd();
        delegation.inAnnualPlan = !outbound || inPlan;
        delegation.outsidePlanReason = outbound && !inPlan ? input.outsidePlanReason().strip() : null;
        delegation.headLevel = headLevel;
        delegation.receivingLeader = outbound ? null : blankToNull(input.receivingLeader());
        delegation.hostUnit = outbound ? null : blankToNull(input.hostUnit());
        delegation.foreignPress = !outbound && Boolean.TRUE.equals(input.foreignPress());
        delegation.relatedAgreementIds = new ArrayList<>(related);
        delegation.decisions = input.decisions() == null ? new ArrayList<>() : new ArrayList<>(input.decisions());
        delegation.updatedAt = Instant.now();
        delegation.updatedBy = caller.name();
        refreshSearchText(delegation);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
