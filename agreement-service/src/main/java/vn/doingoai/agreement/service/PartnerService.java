package vn.doingoai.agreement.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.doingoai.agreement.api.PartnerInput;
import vn.doingoai.agreement.domain.Agreement;
import vn.doingoai.agreement.domain.Country;
import vn.doingoai.agreement.domain.Partner;
import vn.doingoai.commons.persistence.Keyset;
import vn.doingoai.commons.persistence.TextSearch;
import vn.doingoai.commons.persistence.SortField;
import vn.doingoai.commons.problem.Problem;
import vn.doingoai.commons.problem.ProblemCode;
import vn.doingoai.commons.problem.ProblemException;
import vn.doingoai.commons.security.Caller;
import vn.doingoai.commons.text.VietnameseText;
import vn.doingoai.commons.web.ETags;

@ApplicationScoped
public class PartnerService {

    static final SortField<Partner> ID = new SortField<>("id", "p.id", UUID.class, p -> p.id);
    static final Map<String, SortField<Partner>> SORTS = new LinkedHashMap<>();

    static {
        SORTS.put("nameVi", new SortField<>("nameVi", "p.nameVi", String.class, p -> p.nameVi));
        SORTS.put("countryCode", new SortField<>("countryCode", "p.countryCode", String.class, p -> p.countryCode));
        SORTS.put("createdAt", new SortField<>("createdAt", "p.createdAt", Instant.class, p -> p.createdAt));
        SORTS.put("updatedAt", new SortField<>("updatedAt", "p.updatedAt", Instant.class, p -> p.updatedAt));
    }

    private final ProvinceScope scope;
    private final Caller caller;

    public PartnerService(ProvinceScope scope, Caller caller) {
        this.scope = scope;
        this.caller = caller;
    }

    public record Listing(Keyset.Page<Partner> page, Long total) {
    }

    @Transactional
    public Listing list(PartnerQuery query, String sort, Integer limit, String cursor, boolean includeTotal) {
        Keyset<Partner> keyset = Keyset.of(sort, "nameVi", SORTS, ID, limit, cursor);
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        Optional<Set<String>> provinces = scope.visibleProvinces();
        provinces.ifPresent(codes -> {
            where.add("p.provinceCode in :provinces");
            params.put("provinces", codes);
        });
        if (query.provinceCode() != null) {
            where.add("p.provinceCode = :province");
            params.put("province", query.provinceCode());
        }
        String text = TextSearch.condition("p.searchText", query.q(), params);
        if (text != null) {
            where.add(text);
        }
        if (query.countryCode() != null) {
            where.add("p.countryCode = :country");
            params.put("country", query.countryCode());
        }
        if (query.kind() != null) {
            where.add("p.kind = :kind");
            params.put("kind", query.kind());
        }
        if (query.relationship() != null) {
            where.add("p.relationship = :relationship");
            params.put("relationship", query.relationship());
        }
        if (query.active() != null) {
            where.add("p.active = :active");
            params.put("active", query.active());
        }
        if (query.parentId() != null) {
            where.add("p.parentId = :parent");
            params.put("parent", query.parentId());
        }
        Long total = null;
        if (includeTotal) {
            total = Partner.count(hql("select count(p) from Partner p", where), params);
        }
        List<String> paged = new ArrayList<>(where);
        String after = keyset.afterCursor(params);
        if (after != null) {
            paged.add(after);
        }
        PanacheQuery<Partner> rows = Partner.find(hql("from Partner p", paged) + " order by " + keyset.orderBy(), params);
        return new Listing(keyset.page(rows.page(0, keyset.limit() + 1).list()), total);
    }

    @Transactional
    public Partner get(UUID id) {
        Partner partner = Partner.findById(id);
        if (partner == null || !scope.canSee(partner.provinceCode)) {
            throw ProblemException.notFound("Partner", id);
        }
        return partner;
    }

    @Transactional
    public Partner create(PartnerInput input) {
        Partner partner = new Partner();
        partner.id = UUID.randomUUID();
        partner.provinceCode = scope.ownProvince();
        partner.createdAt = Instant.now();
        partner.createdBy = caller.name();
        apply(partner, input);
        partner.persistAndFlush();
        return partner;
    }

    @Transactional
    public Partner update(UUID id, String ifMatch, PartnerInput input) {
        Partner partner = get(id);
        ETags.requireMatch(ifMatch, partner.version);
        apply(partner, input);
        partner.flush();
        // Agreements are found by their partners' names: keep their search text in step with a rename.
        List<Agreement> naming = Agreement.list("?1 member of partnerIds", id);
        for (Agreement agreement : naming) {
            List<UUID> ids = agreement.partnerIds;
            Map<UUID, Partner> partners = new HashMap<>();
            Partner.<Partner>list("id in ?1", ids).forEach(p -> partners.put(p.id, p));
            AgreementService.refreshSearchText(agreement, partners);
        }
        return partner;
    }

    /** Hard delete is only for a mistaken entry nothing refers to; otherwise deactivate it. */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        Partner partner = get(id);
        ETags.requireMatch(ifMatch, partner.version);
        if (Partner.count("parentId", id) > 0 || Agreement.count("?1 member of partnerIds", id) > 0) {
            throw new ProblemException(409, "PARTNER_IN_USE", ProblemCode.CONFLICT.title(),
                    "Agreements or other partners refer to this partner; deactivate it instead (active=false).", List.of());
        }
        partner.delete();
    }

    private void apply(Partner partner, PartnerInput input) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (Country.findById(input.countryCode()) == null) {
            errors.add(new Problem.FieldError("countryCode", "UNKNOWN", "no country with this ISO 3166-1 code"));
        }
        if (input.parentId() != null) {
            Partner parent = Partner.findById(input.parentId());
            if (parent == null || !parent.provinceCode.equals(partner.provinceCode)) {
                errors.add(new Problem.FieldError("parentId", "UNKNOWN", "no partner of this province has this id"));
            } else if (createsCycle(partner.id, parent)) {
                errors.add(new Problem.FieldError("parentId", "CYCLE", "a partner cannot belong to itself or its own members"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        partner.nameVi = input.nameVi().strip();
        partner.nameEn = blankToNull(input.nameEn());
        partner.nameNative = blankToNull(input.nameNative());
        partner.kind = input.kind();
        partner.countryCode = input.countryCode();
        partner.parentId = input.parentId();
        partner.relationship = input.relationship();
        partner.relationshipSince = input.relationshipSince();
        partner.contacts = input.contacts() == null ? new ArrayList<>() : new ArrayList<>(input.contacts());
        partner.notes = blankToNull(input.notes());
        partner.active = input.active() == null || input.active();
        partner.updatedAt = Instant.now();
        partner.updatedBy = caller.name();
        partner.refreshSearchText();
    }

    private static boolean createsCycle(UUID self, Partner parent) {
        Partner current = parent;
        for (int depth = 0; current != null && depth < 50; depth++) {
            if (current.id.equals(self)) {
                return true;
            }
            current = current.parentId == null ? null : Partner.findById(current.parentId);
        }
        return false;
    }

    private static String hql(String head, List<String> where) {
        return where.isEmpty() ? head : head + " where " + String.join(" and ", where);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
