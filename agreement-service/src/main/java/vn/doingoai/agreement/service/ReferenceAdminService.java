package vn.doingoai.agreement.service;

import vn.doingoai.commons.problem.ProblemCode;
import vn.doingoai.commons.problem.InvalidField;
import vn.doingoai.commons.i18n.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import vn.doingoai.commons.province.Successions;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.doingoai.agreement.domain.AdministrativeSuccession;
import vn.doingoai.agreement.domain.AdministrativeUnit;
import vn.doingoai.agreement.domain.AgreementKindLabel;
import vn.doingoai.commons.persistence.CodeLabel;
import vn.doingoai.agreement.domain.CooperationField;
import vn.doingoai.agreement.domain.Country;
import vn.doingoai.agreement.domain.Holiday;
import vn.doingoai.agreement.domain.PartnerKindLabel;
import vn.doingoai.agreement.domain.ProvinceSetting;
import vn.doingoai.agreement.domain.RelationshipKindLabel;
import vn.doingoai.agreement.domain.SigningLevelLabel;
import vn.doingoai.commons.problem.ProblemException;

/**
 * Administrators keep the reference data: labels of the code lists (codes of enum-backed lists
 * are fixed by the API), cooperation fields, countries' names, the holiday calendar and each
 * province's settings. Deadlines already computed keep their dates; new ones use the new calendar.
 */
@ApplicationScoped
public class ReferenceAdminService {

    private final Successions successions;
    private final TransactionSynchronizationRegistry transactions;

    public ReferenceAdminService(Successions successions, TransactionSynchronizationRegistry transactions) {
        this.successions = successions;
        this.transactions = transactions;
    }

    /** Every service keeps the successions a while; this one reads them again as soon as the change is committed. */
    private void successionsChanged() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                successions.forget();
            }
        });
    }

    /** Open ends of a period, within what PostgreSQL's date type holds. */
    private static final LocalDate FAR_PAST = LocalDate.of(1, 1, 1);
    private static final LocalDate FAR_FUTURE = LocalDate.of(9999, 12, 31);

    /** Lists whose codes are API enums: only their labels change. */
    static final Map<String, Function<String, CodeLabel>> LABEL_LISTS = Map.of(
            "partner-kinds", code -> PartnerKindLabel.findById(code),
            "relationship-kinds", code -> RelationshipKindLabel.findById(code),
            "agreement-kinds", code -> AgreementKindLabel.findById(code),
            "signing-levels", code -> SigningLevelLabel.findById(code));

    public CodeLabel label(String list, String code) {
        Function<String, CodeLabel> finder = LABEL_LISTS.get(list);
        CodeLabel label = finder == null ? null : finder.apply(code);
        if (label == null) {
            throw ProblemException.notFound(Text.of("agreement.code", "Code"), list + "/" + code);
        }
        return label;
    }

    @Transactional
    public CodeLabel relabel(String list, String code, String nameVi, String nameEn, int sortOrder) {
        CodeLabel label = label(list, code);
        label.nameVi = nameVi;
        label.nameEn = nameEn;
        label.sortOrder = sortOrder;
        return label;
    }

    public CooperationField field(String code) {
        CooperationField field = CooperationField.findById(code);
        if (field == null) {
            throw ProblemException.notFound(Text.of("agreement.cooperation-field", "Cooperation field"), code);
        }
        return field;
    }

    /** Creates or updates a cooperation field; a field in use is retired (active=false), never deleted. */
    @Transactional
    public CooperationField saveField(String code, String nameVi, String nameEn, int sortOrder, boolean active) {
        CooperationField field = CooperationField.findById(code);
        boolean added = field == null;
        if (added) {
            field = new CooperationField();
            field.code = code;
        }
        field.nameVi = nameVi;
        field.nameEn = nameEn;
        field.sortOrder = sortOrder;
        field.active = active;
        if (added) {
            field.persist();
        }
        field.flush();
        return field;
    }

    public Country country(String code) {
        Country country = Country.findById(code);
        if (country == null) {
            throw ProblemException.notFound(Text.of("agreement.country", "Country"), code);
        }
        return country;
    }

    @Transactional
    public Country saveCountry(String code, String nameVi, String nameEn, boolean active) {
        Country country = country(code);
        country.nameVi = nameVi;
        country.nameEn = nameEn;
        country.active = active;
        return country;
    }

    public List<Holiday> holidays(Integer year) {
        if (year == null) {
            return Holiday.list("order by day");
        }
        return Holiday.list("day >= ?1 and day < ?2 order by day", LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }

    public Holiday holiday(LocalDate day) {
        Holiday holiday = Holiday.findById(day);
        if (holiday == null) {
            throw ProblemException.notFound(Text.of("agreement.holiday", "Holiday"), day);
        }
        return holiday;
    }

    @Transactional
    public Holiday saveHoliday(LocalDate day, String nameVi, String nameEn) {
        Holiday holiday = Holiday.findById(day);
        boolean added = holiday == null;
        if (added) {
            holiday = new Holiday();
            holiday.day = day;
        }
        holiday.nameVi = nameVi;
        holiday.nameEn = nameEn;
        if (added) {
            holiday.persist();
        }
        holiday.flush();
        return holiday;
    }

    @Transactional
    public void deleteHoliday(LocalDate day) {
        holiday(day).delete();
    }

    public AdministrativeUnit unit(java.util.UUID id) {
        AdministrativeUnit unit = AdministrativeUnit.findById(id);
        if (unit == null) {
            throw ProblemException.notFound(Text.of("agreement.administrative-unit", "Administrative unit"), id);
        }
        return unit;
    }

    /** Adds a unit, or a new name of a code from a date (the row before it must then end the day before). */
    @Transactional
    public AdministrativeUnit addUnit(String code, String nameVi, String nameEn, String kind, LocalDate validFrom,
            LocalDate validTo) {
        requirePeriod(validFrom, validTo);
        if (AdministrativeUnit.count("code = ?1 and (validFrom is null or validFrom <= ?2) and (validTo is null or validTo >= ?3)",
                code, validTo == null ? FAR_FUTURE : validTo, validFrom == null ? FAR_PAST : validFrom) > 0) {
            throw new ProblemException(ProblemCode.CONFLICT, "UNIT_PERIOD_OVERLAP",
                    Text.of("agreement.unit-overlap", "Code {0} already has a name for part of this period; end that row first.", code), List.of());
        }
        AdministrativeUnit unit = new AdministrativeUnit();
        unit.id = java.util.UUID.randomUUID();
        unit.code = code;
        unit.nameVi = nameVi;
        unit.nameEn = nameEn;
        unit.kind = kind;
        unit.validFrom = validFrom;
        unit.validTo = validTo;
        unit.persistAndFlush();
        return unit;
    }

    @Transactional
    public AdministrativeUnit updateUnit(java.util.UUID id, String nameVi, String nameEn, String kind, LocalDate validFrom,
            LocalDate validTo) {
        requirePeriod(validFrom, validTo);
        AdministrativeUnit unit = unit(id);
        if (AdministrativeUnit.count("code = ?1 and id <> ?2 and (validFrom is null or validFrom <= ?3) and (validTo is null or validTo >= ?4)",
                unit.code, id, validTo == null ? FAR_FUTURE : validTo, validFrom == null ? FAR_PAST : validFrom) > 0) {
            throw new ProblemException(ProblemCode.CONFLICT, "UNIT_PERIOD_OVERLAP",
                    Text.of("agreement.unit-overlap-other", "Another row of code {0} covers part of this period.", unit.code), List.of());
        }
        unit.nameVi = nameVi;
        unit.nameEn = nameEn;
        unit.kind = kind;
        unit.validFrom = validFrom;
        unit.validTo = validTo;
        unit.flush();
        return unit;
    }

    @Transactional
    public AdministrativeSuccession addSuccession(String predecessor, String successor, LocalDate effectiveOn, String kind,
            String legalBasis) {
        if (predecessor.equals(successor)) {
            throw ProblemException.validation(List.of(new InvalidField("successorCode",
                    "INVALID", Text.of("agreement.succeeds-itself", "a unit does not succeed itself"))));
        }
        AdministrativeSuccession.Key key = new AdministrativeSuccession.Key(predecessor, successor, effectiveOn);
        if (AdministrativeSuccession.findById(key) != null) {
            throw new ProblemException(ProblemCode.CONFLICT, "SUCCESSION_EXISTS",
                    Text.of("agreement.succession-exists", "This succession is already recorded."), List.of());
        }
        if (createsCycle(predecessor, successor)) {
            throw ProblemException.validation(List.of(new InvalidField("predecessorCode",
                    "CYCLE", Text.of("agreement.succession-cycle", "{0} already precedes {1}", successor, predecessor))));
        }
        AdministrativeSuccession succession = new AdministrativeSuccession();
        succession.key = key;
        succession.kind = kind;
        succession.legalBasis = legalBasis;
        succession.persistAndFlush();
        successionsChanged();
        return succession;
    }

    public AdministrativeSuccession succession(String predecessor, String successor, LocalDate effectiveOn) {
        AdministrativeSuccession succession = AdministrativeSuccession.findById(
                new AdministrativeSuccession.Key(predecessor, successor, effectiveOn));
        if (succession == null) {
            throw ProblemException.notFound(Text.of("agreement.succession", "Succession"), predecessor + "→" + successor + " " + effectiveOn);
        }
        return succession;
    }

    @Transactional
    public void deleteSuccession(String predecessor, String successor, LocalDate effectiveOn) {
        succession(predecessor, successor, effectiveOn).delete();
        successionsChanged();
    }

    /** Whether {@code successor} already (transitively) precedes {@code predecessor}. */
    private static boolean createsCycle(String predecessor, String successor) {
        java.util.Deque<String> open = new java.util.ArrayDeque<>(List.of(predecessor));
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (!open.isEmpty()) {
            String code = open.pop();
            if (code.equals(successor)) {
                return true;
            }
            if (seen.add(code)) {
                AdministrativeSuccession.<AdministrativeSuccession>list("key.successorCode", code)
                        .forEach(s -> open.push(s.key.predecessorCode()));
            }
        }
        return false;
    }

    private static void requirePeriod(LocalDate validFrom, LocalDate validTo) {
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw ProblemException.validation(List.of(new InvalidField("validTo",
                    "DATE_RANGE", Text.of("agreement.valid-to-before-from", "must not be before validFrom"))));
        }
    }

    public ProvinceSetting setting(String provinceCode) {
        ProvinceSetting setting = ProvinceSetting.findById(provinceCode);
        if (setting == null) {
            setting = new ProvinceSetting();
            setting.provinceCode = provinceCode;
            setting.expiryWarningDays = DeadlineService.DEFAULT_EXPIRY_WARNING_DAYS;
        }
        return setting;
    }

    @Transactional
    public ProvinceSetting saveSetting(String provinceCode, int expiryWarningDays) {
        ProvinceSetting setting = ProvinceSetting.findById(provinceCode);
        boolean added = setting == null;
        if (added) {
            setting = new ProvinceSetting();
            setting.provinceCode = provinceCode;
        }
        setting.expiryWarningDays = expiryWarningDays;
        if (added) {
            setting.persist();
        }
        setting.flush();
        return setting;
    }

}
