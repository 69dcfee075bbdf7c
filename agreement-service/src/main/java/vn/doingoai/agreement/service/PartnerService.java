package vn.doingoai.agreement.service;

import vn.doingoai.commons.problem.InvalidField;
import vn.doingoai.commons.i18n.Text;
import vn.doingoai.commons.province.ProvinceScope;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import vn.doingoai.agreement.domain.PartnerUse;
import java.util.Map;
import java.util.UUID;
import vn.doingoai.agreement.api.PartnerInput;
import vn.doingoai.agreement.domain.Agreement;
import vn.doingoai.agreement.domain.Country;
import vn.doingoai.agreement.domain.Partner;
import vn.doingoai.commons.persistence.Keyset;
import vn.doingoai.commons.persistence.TextSearch;
import vn.doingoai.commons.persistence.Where;
import vn.doingoai.commons.persistence.SortField;
import vn.doingoai.commons.problem.ProblemCode;
import vn.doingoai.commons.problem.ProblemException;
import vn.doingoai.commons.security.Caller;
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
        Where where = new Where()
                .and("p.provinceCode in :provinces", "provinces", scope.visibleProvinces().orElse(null))
                .and("p.provinceCode in :province", "province", query.provinceCode() == null ? null : scope.lineage(query.provinceCode()))
                .and("p.countryCode = :country", "country", query.countryCode())
                .and("p.kind = :kind", "kind", query.kind())
                .and("p.relationship = :relationship", "relationship", query.relationship())
                .and("p.active = :active", "active", query.active())
                .and("p.parentId = :parent", "parent", query.parentId());
        where.and(TextSearch.condition("p.searchText", query.q()));
        Long total = includeTotal ? Partner.count(where.hql("select count(p) from Partner p"), where.params()) : null;
        Where page = where.copy();
        page.and(keyset.afterCursor(page.params()));
        PanacheQuery<Partner> rows = Partner.find(page.hql("from Partner p") + " order by " + keyset.orderBy(), page.params());
        return new Listing(keyset.page(rows.page(0, keyset.limit() + 1).list()), total);
    }

    @Transactional
    public Partner get(UUID id) {
        Partner partner = Partner.findById(id);
        if (partner == null || !scope.maySee(partner.provinceCode)) {
            throw ProblemException.notFound(Text.of("agreement.partner", "Partner"), id);
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
        List<Text> uses = new ArrayList<>();
        Agreement.<Agreement>list("?1 member of partnerIds", id).forEach(a -> uses.add(
                Text.of("agreement.use-agreement", "agreement \"{0}\"", a.titleVi)));
        Partner.<Partner>list("parentId", id).forEach(p -> uses.add(
                Text.of("agreement.use-partner", "partner \"{0}\"", p.nameVi)));
        PartnerUse.<PartnerUse>list("key.partnerId", id).forEach(u -> uses.add(
                Text.of("agreement.use-record", "{0} record \"{1}\"", u.key.service(), u.label)));
        if (!uses.isEmpty()) {
            Text named = Text.join("; ", uses.subList(0, Math.min(uses.size(), 10)));
            throw new ProblemException(ProblemCode.CONFLICT, "PARTNER_IN_USE", uses.size() > 10
                    ? Text.of("agreement.partner-in-use-more", "This partner is referred to by {0} and {1} more. Deactivate it instead (active=false).", named, uses.size() - 10)
                    : Text.of("agreement.partner-in-use", "This partner is referred to by {0}. Deactivate it instead (active=false).", named), List.of());
        }
        partner.delete();
    }

    /**
     * Records which partners another service's record names now (idempotent; an empty list releases
     * them all), and answers those partners. Each must be an active partner of the caller's province
     * or of one it succeeded; otherwise nothing changes and the answer is 400 naming the entry.
     */
    @Transactional
    public List<Partner> recordUses(String service, UUID recordId, String label, List<UUID> partnerIds) {
        List<Partner> named = new ArrayList<>();
        List<InvalidField> errors = new ArrayList<>();
        for (int i = 0; i < partnerIds.size(); i++) {
            Partner partner = Partner.findById(partnerIds.get(i));
            if (partner == null || !scope.mayAct(partner.provinceCode)) {
                errors.add(new InvalidField("partnerIds[" + i + "]", "UNKNOWN",
                        Text.of("agreement.partner-unknown-succeeded", "no partner of this province (or of one it succeeded) has this id")));
            } else if (!partner.active) {
                errors.add(new InvalidField("partnerIds[" + i + "]", "INACTIVE", Text.of("agreement.partner-deactivated", "{0} was deactivated", partner.nameVi)));
            } else {
                named.add(partner);
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        List<UUID> ids = named.stream().map(p -> p.id).toList();
        for (PartnerUse old : PartnerUse.<PartnerUse>list("key.service = ?1 and key.recordId = ?2", service, recordId)) {
            if (!ids.contains(old.key.partnerId())) {
                old.delete();
            }
        }
        for (Partner partner : named) {
            PartnerUse.Key key = new PartnerUse.Key(partner.id, service, recordId);
            PartnerUse use = PartnerUse.findById(key);
            if (use == null) {
                use = new PartnerUse();
                use.key = key;
                use.registeredAt = Instant.now();
                use.registeredBy = caller.name();
                use.label = label.strip();
                use.persist();
            } else {
                use.label = label.strip();
            }
        }
        return named;
    }

    private void apply(Partner partner, PartnerInput input) {
        List<InvalidField> errors = new ArrayList<>();
        if (Country.findById(input.countryCode()) == null) {
            errors.add(new InvalidField("countryCode", "UNKNOWN", Text.of("agreement.country-unknown", "no country with this ISO 3166-1 code")));
        }
        if (input.parentId() != null) {
            Partner parent = Partner.findById(input.parentId());
            if (parent == null || !parent.provinceCode.equals(partner.provinceCode)) {
                errors.add(new InvalidField("parentId", "UNKNOWN", Text.of("agreement.partner-unknown", "no partner of this province has this id")));
            } else if (createsCycle(partner.id, parent)) {
                errors.add(new InvalidField("parentId", "CYCLE", Text.of("agreement.partner-cycle", "a partner cannot belong to itself or its own members")));
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

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
