package vn.doingoai.reporting.service;

import vn.doingoai.commons.problem.InvalidField;
import vn.doingoai.commons.i18n.Text;
import vn.doingoai.commons.province.ProvinceScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import vn.doingoai.reporting.domain.ReportAction;
import vn.doingoai.commons.lifecycle.BlockedAction;
import vn.doingoai.commons.lifecycle.AvailableActions;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.doingoai.commons.problem.ProblemCode;
import vn.doingoai.commons.problem.ProblemException;
import vn.doingoai.commons.security.Caller;
import vn.doingoai.commons.security.Roles;
import vn.doingoai.commons.web.ETags;
import vn.doingoai.reporting.api.ReportDtos;
import vn.doingoai.reporting.domain.ContentArea;
import vn.doingoai.reporting.domain.Indicator;
import vn.doingoai.reporting.domain.Period;
import vn.doingoai.reporting.domain.Programme;
import vn.doingoai.reporting.domain.ProgrammeStatus;
import vn.doingoai.reporting.domain.ReportEntry;
import vn.doingoai.reporting.domain.ReportStatus;
import vn.doingoai.reporting.domain.ReportTransition;
import vn.doingoai.reporting.domain.ReportingUnit;
import vn.doingoai.reporting.domain.Task;
import vn.doingoai.reporting.domain.TaskStatus;
import vn.doingoai.reporting.domain.UnitReport;

/**
 * Periodic unit reports: which are expected (one per unit leading or coordinating an open task),
 * their lifecycle DRAFT → SUBMITTED → ACCEPTED | RETURNED, the reporting rates, and the province's
 * consolidated picture of a programme for a period.
 */
@ApplicationScoped
public class ReportService {

    private static final Text REPORT = Text.of("reporting.report", "Report");

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ProgrammeService programmes;
    private final Caller caller;
    private final AutomaticFigures automatic;

    private final ProvinceScope scope;

    public ReportService(ProgrammeService programmes, Caller caller, AutomaticFigures automatic, ProvinceScope scope) {
        this.programmes = programmes;
        this.caller = caller;
        this.automatic = automatic;
        this.scope = scope;
    }

    /** The period asked for, or the latest closed period of the programme's cadence. */
    public Period period(Programme programme, String text) {
        if (text == null) {
            return Period.latestClosed(programme.cadence, LocalDate.now(VIETNAM));
        }
        Period period = Period.parse(text);
        if (period.cadence() != programme.cadence) {
            throw ProblemException.validation(List.of(new InvalidField("period", "CADENCE",
                    Text.of("reporting.period-cadence", "this programme reports by {0}, e.g. {1}", programme.cadence, Period.containing(programme.cadence, LocalDate.now(VIETNAM))))));
        }
        if (period.year() < programme.fromYear || period.year() > programme.toYear) {
            throw ProblemException.validation(List.of(new InvalidField("period", "RANGE",
                    Text.of("reporting.period-range", "the programme runs {0}–{1}", programme.fromYear, programme.toYear))));
        }
        return period;
    }

    /** Units expected to report: every unit leading or coordinating an open task. */
    public Set<UUID> expectedUnits(UUID programmeId) {
        Set<UUID> units = new LinkedHashSet<>();
        for (Task task : Task.<Task>list("programmeId = ?1 and closed = false", programmeId)) {
            units.add(task.leadUnitId);
            units.addAll(task.coordinatingUnitIds);
        }
        return units;
    }

    /** The unit's open tasks: the ones it leads or coordinates. */
    static List<Task> tasksOf(UUID programmeId, UUID unitId) {
        return Task.<Task>list("programmeId = ?1 and closed = false", programmeId).stream()
                .filter(t -> t.leadUnitId.equals(unitId) || t.coordinatingUnitIds.contains(unitId)).toList();
    }

    private ReportingUnit callerUnit(String provinceCode) {
        String code = caller.unit().orElseThrow(() -> new ProblemException(ProblemCode.FORBIDDEN,
                Text.of("reporting.no-unit-claim", "The token names no unit (claim `unit`); only a unit's reporter writes its report.")));
        ReportingUnit unit = ReportingUnit.find("provinceCode = ?1 and code = ?2", provinceCode, code).firstResult();
        if (unit == null) {
            throw new ProblemException(ProblemCode.FORBIDDEN, Text.of("reporting.unit-not-of-province", "Unit {0} is not a unit of province {1}.", code, provinceCode));
        }
        return unit;
    }

    @Transactional
    public UnitReport create(ReportDtos.ReportInput input) {
        Programme programme = programmes.get(input.programmeId());
        ReportingUnit unit = callerUnit(programme.provinceCode);
        if (programme.status != ProgrammeStatus.ISSUED) {
            throw new ProblemException(ProblemCode.CONFLICT, "PROGRAMME_NOT_ISSUED",
                    Text.of("reporting.programme-not-issued", "Reports are written on an issued programme; this one is {0}.", programme.status), List.of());
        }
        Period period = period(programme, input.period());
        if (!expectedUnits(programme.id).contains(unit.id)) {
            throw new ProblemException(ProblemCode.CONFLICT, "REPORT_NOT_EXPECTED",
                    Text.of("reporting.report-not-expected", "{0} neither leads nor coordinates an open task of this programme.", unit.code), List.of());
        }
        if (UnitReport.count("programmeId = ?1 and unitId = ?2 and period = ?3", programme.id, unit.id, period.toString()) > 0) {
            throw new ProblemException(ProblemCode.CONFLICT, "REPORT_EXISTS",
                    Text.of("reporting.report-exists", "{0} already has a report for {1}; change that one.", unit.code, period), List.of());
        }
        UnitReport report = new UnitReport();
        report.id = UUID.randomUUID();
        report.programmeId = programme.id;
        report.unitId = unit.id;
        report.provinceCode = programme.provinceCode;
        report.period = period.toString();
        report.status = ReportStatus.DRAFT;
        report.createdAt = Instant.now();
        setEntries(report, input.entries() == null ? List.of() : input.entries());
        report.persistAndFlush();
        return report;
    }

    @Transactional
    public UnitReport get(UUID id) {
        UnitReport report = UnitReport.findById(id);
        if (report == null || !mayRead(report)) {
            throw ProblemException.notFound(REPORT, id);
        }
        return report;
    }

    private boolean mayRead(UnitReport report) {
        if (scope.readsAll()) {
            return true;
        }
        if (!scope.mayAct(report.provinceCode)) {
            return false;
        }
        boolean departmentStaff = caller.hasRole(Roles.OFFICER) || caller.hasRole(Roles.APPROVER) || caller.hasRole(Roles.VIEWER)
                || caller.hasRole(Roles.INTEGRATION);
        if (departmentStaff) {
            return true;
        }
        // A unit reporter reads its own unit's reports only.
        return caller.unit().map(code -> {
            ReportingUnit unit = ReportingUnit.findById(report.unitId);
            return unit != null && unit.code.equals(code);
        }).orElse(false);
    }

    @Transactional
    public UnitReport updateEntries(UUID id, String ifMatch, List<ReportEntry> entries) {
        UnitReport report = ownUnitsReport(id, ifMatch);
        if (report.status != ReportStatus.DRAFT && report.status != ReportStatus.RETURNED) {
            throw new ProblemException(ProblemCode.CONFLICT, "REPORT_NOT_EDITABLE",
                    Text.of("reporting.report-not-editable", "A report changes while DRAFT or RETURNED; it is {0}.", report.status), List.of());
        }
        setEntries(report, entries);
        report.flush();
        return report;
    }

    private UnitReport ownUnitsReport(UUID id, String ifMatch) {
        UnitReport report = get(id);
        ReportingUnit unit = callerUnit(report.provinceCode);
        if (!unit.id.equals(report.unitId)) {
            throw ProblemException.notFound(REPORT, id);
        }
        ETags.requireMatch(ifMatch, report.version);
        return report;
    }

    private void setEntries(UnitReport report, List<ReportEntry> entries) {
        Map<UUID, Task> tasks = tasksOf(report.programmeId, report.unitId).stream().collect(Collectors.toMap(t -> t.id, t -> t));
        List<InvalidField> errors = new ArrayList<>();
        Set<UUID> seen = new java.util.HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            ReportEntry entry = entries.get(i);
            Task task = tasks.get(entry.taskId());
            if (task == null) {
                errors.add(new InvalidField("entries[" + i + "].taskId", "UNKNOWN", Text.of("reporting.entry-task-unknown", "not an open task of this unit")));
                continue;
            }
            if (!seen.add(entry.taskId())) {
                errors.add(new InvalidField("entries[" + i + "].taskId", "DUPLICATE", Text.of("reporting.entry-one-per-task", "one entry per task")));
            }
            Set<String> manual = task.indicators.stream().filter(ind -> ind.automaticSource() == null)
                    .map(Indicator::code).collect(Collectors.toSet());
            if (entry.actuals() != null) {
                for (String code : entry.actuals().keySet()) {
                    if (!manual.contains(code)) {
                        errors.add(new InvalidField("entries[" + i + "].actuals." + code, "UNKNOWN",
                                Text.of("reporting.entry-indicator-unknown", "not a manual indicator of this task")));
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        report.entries = new ArrayList<>(entries);
        report.updatedAt = Instant.now();
        report.updatedBy = caller.name();
    }

    @Transactional
    public UnitReport transition(UUID id, String ifMatch, String action, String comment) {
        UnitReport report;
        ReportStatus to;
        ReportStatus from;
        if ("SUBMIT".equals(action)) {
            report = ownUnitsReport(id, ifMatch);
            from = report.status;
            if (from != ReportStatus.DRAFT && from != ReportStatus.RETURNED) {
                throw new ProblemException(ProblemCode.INVALID_TRANSITION, Text.of("reporting.submit-when", "SUBMIT is possible in DRAFT or RETURNED; the report is {0}.", from));
            }
            blocker(ReportAction.SUBMIT, report).ifPresent(blocked -> {
                throw new ProblemException(ProblemCode.INVALID_TRANSITION, blocked.code(), blocked.reason(),
                        List.of(new InvalidField("entries", "INCOMPLETE", blocked.reason())));
            });
            report.submittedOn = LocalDate.now(VIETNAM);
            report.returnedReason = null;
            to = ReportStatus.SUBMITTED;
        } else {
            report = get(id);
            if (!caller.hasRole(Roles.OFFICER) && !caller.hasRole(Roles.APPROVER)) {
                throw new ProblemException(ProblemCode.FORBIDDEN, Text.of("reporting.dfa-accepts", "The Department of Foreign Affairs accepts or returns reports."));
            }
            if (!scope.mayAct(report.provinceCode)) {
                throw ProblemException.notFound(REPORT, id);
            }
            ETags.requireMatch(ifMatch, report.version);
            from = report.status;
            if (from != ReportStatus.SUBMITTED) {
                throw new ProblemException(ProblemCode.INVALID_TRANSITION, Text.of("reporting.decide-when", "{0} is possible once SUBMITTED; the report is {1}.", ReportAction.valueOf(action), from));
            }
            if ("RETURN".equals(action)) {
                if (comment == null || comment.isBlank()) {
                    throw ProblemException.validation(List.of(new InvalidField("comment", "REQUIRED",
                            Text.of("reporting.return-comment", "say what the unit should change"))));
                }
                report.returnedReason = comment.strip();
                to = ReportStatus.RETURNED;
            } else {
                to = ReportStatus.ACCEPTED;
            }
        }
        report.status = to;
        report.updatedAt = Instant.now();
        report.updatedBy = caller.name();
        ReportTransition step = new ReportTransition();
        step.id = UUID.randomUUID();
        step.reportId = report.id;
        step.action = action;
        step.fromStatus = from.name();
        step.toStatus = to.name();
        step.actor = caller.name();
        step.actedAt = Instant.now();
        step.comment = comment;
        step.persist();
        report.flush();
        return report;
    }

    /** The tasks of the report's unit that have no entry yet: a report is submitted complete. */
    List<Task> missingEntries(UnitReport report) {
        Set<UUID> covered = report.entries.stream().map(ReportEntry::taskId).collect(Collectors.toSet());
        return tasksOf(report.programmeId, report.unitId).stream().filter(t -> !covered.contains(t.id)).toList();
    }

    private Optional<BlockedAction> blocker(ReportAction action, UnitReport report) {
        if (action != ReportAction.SUBMIT) {
            return Optional.empty();
        }
        List<Task> missing = missingEntries(report);
        return missing.isEmpty() ? Optional.empty() : Optional.of(new BlockedAction(action.name(), REPORT_INCOMPLETE,
                Text.of("reporting.report-incomplete", "No entry yet for: {0}", missing.stream().map(t -> t.title).collect(Collectors.joining("; ")))));
    }

    public static final String REPORT_INCOMPLETE = "REPORT_INCOMPLETE";

    /** What the caller may do with a report now, and what its roles allow but a precondition blocks. */
    public AvailableActions<ReportAction> actions(UnitReport report) {
        return AvailableActions.of(permittedActions(report).stream().map(ReportAction::valueOf).toList(),
                action -> blocker(action, report));
    }

    private List<String> permittedActions(UnitReport report) {
        boolean ownUnit = caller.hasRole(Roles.UNIT_REPORTER) && caller.unit().map(code -> {
            ReportingUnit unit = ReportingUnit.findById(report.unitId);
            return unit != null && unit.code.equals(code) && unit.provinceCode.equals(report.provinceCode);
        }).orElse(false);
        boolean department = (caller.hasRole(Roles.OFFICER) || caller.hasRole(Roles.APPROVER))
                && scope.mayAct(report.provinceCode);
        return switch (report.status) {
            case DRAFT, RETURNED -> ownUnit ? List.of("SUBMIT") : List.of();
            case SUBMITTED -> department ? List.of("ACCEPT", "RETURN") : List.of();
            case ACCEPTED -> List.of();
        };
    }

    /** On time: submitted within the programme's on-time days after the period ends. */
    public static Boolean onTime(UnitReport report, Programme programme) {
        if (report.submittedOn == null) {
            return null;
        }
        return !report.submittedOn.isAfter(Period.parse(report.period).end().plusDays(programme.onTimeDays));
    }

    @Transactional
    public List<UnitReport> list(UUID programmeId, String period, String unitCode, ReportStatus status) {
        Programme programme = programmes.get(programmeId);
        Map<String, UUID> units = ProgrammeService.unitIds(programme.provinceCode);
        List<UnitReport> reports = UnitReport.<UnitReport>list("programmeId = ?1 order by period desc, createdAt", programmeId)
                .stream()
                .filter(r -> period == null || r.period.equals(period))
                .filter(r -> unitCode == null || r.unitId.equals(units.get(unitCode)))
                .filter(r -> status == null || r.status == status)
                .filter(this::mayRead)
                .toList();
        return reports;
    }

    @Transactional
    public ReportDtos.Completeness completeness(UUID programmeId, String periodText) {
        Programme programme = programmes.get(programmeId);
        Period period = period(programme, periodText);
        Map<UUID, ReportingUnit> units = ReportingUnit.<ReportingUnit>list("provinceCode", programme.provinceCode).stream()
                .collect(Collectors.toMap(u -> u.id, u -> u));
        Map<UUID, UnitReport> reports = UnitReport.<UnitReport>list("programmeId = ?1 and period = ?2", programmeId,
                period.toString()).stream().collect(Collectors.toMap(r -> r.unitId, r -> r));
        List<ReportDtos.UnitCompleteness> lines = new ArrayList<>();
        int received = 0;
        int onTime = 0;
        for (UUID unitId : expectedUnits(programmeId)) {
            UnitReport report = reports.get(unitId);
            boolean got = report != null && report.submittedOn != null
                    && (report.status == ReportStatus.SUBMITTED || report.status == ReportStatus.ACCEPTED);
            boolean timely = got && Boolean.TRUE.equals(onTime(report, programme));
            received += got ? 1 : 0;
            onTime += timely ? 1 : 0;
            ReportingUnit unit = units.get(unitId);
            lines.add(new ReportDtos.UnitCompleteness(unit.code, unit.nameVi, got, timely,
                    report == null ? null : report.status, report == null ? null : report.submittedOn));
        }
        lines.sort(Comparator.comparing(ReportDtos.UnitCompleteness::unitCode));
        int expected = lines.size();
        return new ReportDtos.Completeness(programmeId, period.toString(), period.end().plusDays(programme.onTimeDays), expected,
                received, onTime, rate(received, expected), rate(onTime, expected), lines);
    }

    private static double rate(int part, int whole) {
        return whole == 0 ? 0 : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP).doubleValue();
    }

    /** The province's picture of a programme for a period, by pillar and content area. */
    @Transactional
    public ReportDtos.Consolidated consolidated(UUID programmeId, String periodText) {
        Programme programme = programmes.get(programmeId);
        Period period = period(programme, periodText);
        Map<UUID, String> unitCodes = ProgrammeService.unitCodes(programme.provinceCode);
        Map<UUID, UnitReport> leadReports = new HashMap<>();
        UnitReport.<UnitReport>list("programmeId = ?1 and period = ?2 and status in ?3", programmeId, period.toString(),
                List.of(ReportStatus.SUBMITTED, ReportStatus.ACCEPTED)).forEach(r -> leadReports.put(r.unitId, r));
        LocalDate today = LocalDate.now(VIETNAM);
        List<Task> tasks = Task.list("programmeId = ?1 order by createdAt, id", programmeId);
        List<ReportDtos.AreaLine> areas = new ArrayList<>();
        int overdue = 0;
        for (ContentArea area : programmes.areas(programmeId)) {
            List<ReportDtos.TaskLine> lines = new ArrayList<>();
            for (Task task : tasks.stream().filter(t -> t.contentAreaId.equals(area.id)).toList()) {
                UnitReport report = leadReports.get(task.leadUnitId);
                ReportEntry entry = report == null ? null
                        : report.entries.stream().filter(e -> e.taskId().equals(task.id)).findFirst().orElse(null);
                TaskStatus status = entry == null ? null : entry.status();
                boolean late = status == TaskStatus.OVERDUE || (task.deadline != null && task.deadline.isBefore(today)
                        && status != TaskStatus.DONE && !task.closed);
                overdue += late ? 1 : 0;
                List<ReportDtos.IndicatorLine> indicators = new ArrayList<>();
                for (Indicator indicator : task.indicators) {
                    BigDecimal target = indicator.targets() == null ? null : indicator.targets().get(period.toString());
                    BigDecimal actual = indicator.automaticSource() != null
                            ? automatic.value(indicator, programme.provinceCode, period).orElse(null)
                            : entry == null || entry.actuals() == null ? null : entry.actuals().get(indicator.code());
                    Double progress = target == null || actual == null || target.signum() == 0 ? null
                            : actual.divide(target, 4, RoundingMode.HALF_UP).doubleValue();
                    indicators.add(new ReportDtos.IndicatorLine(indicator.code(), indicator.name(), indicator.unit(),
                            indicator.baseline(), target, actual, progress,
                            indicator.automaticSource() == null ? "MANUAL" : indicator.automaticSource().name()));
                }
                lines.add(new ReportDtos.TaskLine(task.id, task.title, unitCodes.get(task.leadUnitId), status,
                        entry == null ? null : entry.narrative(), late, indicators));
            }
            areas.add(new ReportDtos.AreaLine(area.id, area.title, area.pillar, lines));
        }
        areas.sort(Comparator.comparing((ReportDtos.AreaLine a) -> a.pillar().ordinal()));
        return new ReportDtos.Consolidated(programme.id, programme.number, programme.title, period.toString(), tasks.size(),
                overdue, areas, automatic.missing(), Instant.now());
    }
}
