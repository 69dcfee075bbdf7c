package vn.doingoai.reporting.service;

import vn.doingoai.commons.problem.InvalidField;
import vn.doingoai.commons.i18n.Text;
import vn.doingoai.commons.province.ProvinceScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import vn.doingoai.reporting.domain.ProgrammeAction;
import vn.doingoai.commons.lifecycle.BlockedAction;
import vn.doingoai.commons.lifecycle.AvailableActions;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.doingoai.commons.persistence.Keyset;
import vn.doingoai.commons.persistence.SortField;
import vn.doingoai.commons.persistence.TextSearch;
import vn.doingoai.commons.persistence.Where;
import vn.doingoai.commons.problem.ProblemCode;
import vn.doingoai.commons.problem.ProblemException;
import vn.doingoai.commons.security.Caller;
import vn.doingoai.commons.security.Roles;
import vn.doingoai.commons.text.VietnameseText;
import vn.doingoai.commons.web.ETags;
import vn.doingoai.reporting.api.ProgrammeDtos.ContentAreaInput;
import vn.doingoai.reporting.api.ProgrammeDtos.ProgrammeInput;
import vn.doingoai.reporting.api.ProgrammeDtos.TaskInput;
import vn.doingoai.reporting.domain.Cadence;
import vn.doingoai.reporting.domain.ContentArea;
import vn.doingoai.reporting.domain.Programme;
import vn.doingoai.reporting.domain.ProgrammeStatus;
import vn.doingoai.reporting.domain.ProgrammeTransition;
import vn.doingoai.reporting.domain.ReportingUnit;
import vn.doingoai.reporting.domain.Task;

/** Programmes and plans, their content areas and tasks. */
@ApplicationScoped
public class ProgrammeService {

    private static final Text PROGRAMME = Text.of("reporting.programme", "Programme");
    private static final Text NO_AREA = Text.of("reporting.area-unknown", "no content area of this programme has this id");
    private static final Text NO_UNIT = Text.of("reporting.unit-unknown", "no active unit of the province has this code");

    static final SortField<Programme> ID = new SortField<>("id", "p.id", UUID.class, p -> p.id);
    static final Map<String, SortField<Programme>> SORTS = Map.of(
            "fromYear", new SortField<>("fromYear", "p.fromYear", Integer.class, p -> p.fromYear),
            "number", new SortField<>("number", "p.number", String.class, p -> p.number),
            "updatedAt", new SortField<>("updatedAt", "p.updatedAt", Instant.class, p -> p.updatedAt));

    private final Caller caller;

    private final ProvinceScope scope;

    public ProgrammeService(Caller caller, ProvinceScope scope) {
        this.caller = caller;
        this.scope = scope;
    }

    @Transactional
    public Keyset.Page<Programme> list(String q, ProgrammeStatus status, Integer year, String province, String sort,
            Integer limit, String cursor) {
        Keyset<Programme> keyset = Keyset.of(sort, "-fromYear", SORTS, ID, limit, cursor);
        Where where = new Where()
                .and("p.provinceCode in :lineage", "lineage", scope.readsAll() ? null : scope.lineage(scope.ownProvince()))
                .and("p.provinceCode in :province", "province", province == null ? null : scope.lineage(province))
                .and("p.status = :status", "status", status)
                .and("p.fromYear <= :year and p.toYear >= :year", "year", year);
        where.and(TextSearch.condition("p.searchText", q));
        where.and(keyset.afterCursor(where.params()));
        return keyset.page(Programme.<Programme>find(where.hql("from Programme p") + " order by " + keyset.orderBy(),
                where.params()).page(0, keyset.limit() + 1).list());
    }

    @Transactional
    public Programme get(UUID id) {
        Programme programme = Programme.findById(id);
        if (programme == null || (!scope.readsAll() && !scope.mayAct(programme.provinceCode))) {
            throw ProblemException.notFound(PROGRAMME, id);
        }
        return programme;
    }

    Programme getForChange(UUID id, String ifMatch) {
        Programme programme = get(id);
        if (!scope.mayAct(programme.provinceCode)) {
            throw ProblemException.notFound(PROGRAMME, id);
        }
        ETags.requireMatch(ifMatch, programme.version);
        if (programme.status == ProgrammeStatus.CLOSED) {
            throw new ProblemException(ProblemCode.CONFLICT, "PROGRAMME_CLOSED",
                    Text.of("reporting.programme-closed", "A closed programme does not change."), List.of());
        }
        return programme;
    }

    public List<ContentArea> areas(UUID programmeId) {
        return ContentArea.list("programmeId = ?1 order by position", programmeId);
    }

    @Transactional
    public Programme create(ProgrammeInput input) {
        Programme programme = new Programme();
        programme.id = UUID.randomUUID();
        programme.provinceCode = scope.ownProvince();
        programme.status = ProgrammeStatus.DRAFT;
        programme.createdAt = Instant.now();
        programme.createdBy = caller.name();
        apply(programme, input);
        programme.persistAndFlush();
        return programme;
    }

    @Transactional
    public Programme update(UUID id, String ifMatch, ProgrammeInput input) {
        Programme programme = getForChange(id, ifMatch);
        apply(programme, input);
        programme.flush();
        return programme;
    }

    private void apply(Programme programme, ProgrammeInput input) {
        if (input.toYear() < input.fromYear()) {
            throw ProblemException.validation(List.of(new InvalidField("toYear", "RANGE", Text.of("reporting.to-before-from", "must not be before fromYear"))));
        }
        if (Programme.count("provinceCode = ?1 and number = ?2 and id <> ?3", programme.provinceCode,
                input.number().strip(), programme.id) > 0) {
            throw new ProblemException(ProblemCode.CONFLICT, "PROGRAMME_NUMBER_TAKEN",
                    Text.of("reporting.programme-number-taken", "The province already has a programme numbered {0}.", input.number().strip()), List.of());
        }
        programme.number = input.number().strip();
        programme.title = input.title().strip();
        programme.kind = input.kind();
        programme.issuingBody = input.issuingBody();
        programme.issuedOn = input.issuedOn();
        programme.fromYear = input.fromYear();
        programme.toYear = input.toYear();
        programme.legalBasis = input.legalBasis();
        programme.cadence = input.cadence() == null ? Cadence.QUARTER : input.cadence();
        programme.onTimeDays = input.onTimeDays() == null ? 15 : input.onTimeDays();
        programme.updatedAt = Instant.now();
        programme.updatedBy = caller.name();
        programme.searchText = VietnameseText.fold(programme.number + " " + programme.title);
    }

    /** Replaces the ordered content areas; an area that still has tasks cannot go. */
    @Transactional
    public Programme replaceAreas(UUID id, String ifMatch, List<ContentAreaInput> items) {
        Programme programme = getForChange(id, ifMatch);
        Map<UUID, ContentArea> existing = areas(id).stream().collect(Collectors.toMap(a -> a.id, a -> a));
        Set<UUID> kept = items.stream().map(ContentAreaInput::id).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        for (int i = 0; i < items.size(); i++) {
            UUID given = items.get(i).id();
            if (given != null && !existing.containsKey(given)) {
                throw ProblemException.validation(List.of(new InvalidField("items[" + i + "].id", "UNKNOWN", NO_AREA)));
            }
        }
        for (ContentArea area : existing.values()) {
            if (!kept.contains(area.id)) {
                if (Task.count("contentAreaId", area.id) > 0) {
                    throw new ProblemException(ProblemCode.CONFLICT, "CONTENT_AREA_IN_USE",
                            Text.of("reporting.area-in-use", "\"{0}\" still has tasks; move or delete them first.", area.title), List.of());
                }
                area.delete();
            }
        }
        ContentArea.flush();
        // Positions are unique per programme: park the kept areas out of the way before renumbering.
        for (ContentArea area : existing.values()) {
            if (kept.contains(area.id)) {
                area.position = -1000 - area.position;
            }
        }
        ContentArea.flush();
        for (int i = 0; i < items.size(); i++) {
            ContentAreaInput item = items.get(i);
            ContentArea area = item.id() == null ? new ContentArea() : existing.get(item.id());
            if (item.id() == null) {
                area.id = UUID.randomUUID();
                area.programmeId = id;
            }
            area.position = i + 1;
            area.title = item.title().strip();
            area.pillar = item.pillar();
            if (item.id() == null) {
                area.persist();
            }
        }
        touch(programme);
        return programme;
    }

    @Transactional
    public List<Task> tasks(UUID programmeId) {
        get(programmeId);
        return Task.list("programmeId = ?1 order by createdAt, id", programmeId);
    }

    @Transactional
    public Task task(UUID programmeId, UUID taskId) {
        get(programmeId);
        Task task = Task.findById(taskId);
        if (task == null || !task.programmeId.equals(programmeId)) {
            throw ProblemException.notFound(Text.of("reporting.task", "Task"), taskId);
        }
        return task;
    }

    @Transactional
    public Task saveTask(UUID programmeId, UUID taskId, String ifMatch, TaskInput input) {
        Programme programme = getForChange(programmeId, ifMatch);
        Task task = taskId == null ? new Task() : task(programmeId, taskId);
        List<InvalidField> errors = new ArrayList<>();
        ContentArea area = ContentArea.findById(input.contentAreaId());
        if (area == null || !area.programmeId.equals(programmeId)) {
            errors.add(new InvalidField("contentAreaId", "UNKNOWN", NO_AREA));
        }
        // Tasks go to units that still work: a retired unit keeps its old reports but takes no new task.
        Map<String, UUID> units = new HashMap<>();
        ReportingUnit.<ReportingUnit>list("provinceCode = ?1 and active = true", programme.provinceCode)
                .forEach(u -> units.put(u.code, u.id));
        UUID lead = units.get(input.leadUnitCode());
        if (lead == null) {
            errors.add(new InvalidField("leadUnitCode", "UNKNOWN", NO_UNIT));
        }
        Set<UUID> coordinators = new LinkedHashSet<>();
        List<String> codes = input.coordinatingUnitCodes() == null ? List.of() : input.coordinatingUnitCodes();
        for (int i = 0; i < codes.size(); i++) {
            UUID unit = units.get(codes.get(i));
            if (unit == null) {
                errors.add(new InvalidField("coordinatingUnitCodes[" + i + "]", "UNKNOWN", NO_UNIT));
            } else if (!unit.equals(lead)) {
                coordinators.add(unit);
            }
        }
        Set<String> indicatorCodes = new HashSet<>();
        var indicators = input.indicators() == null ? List.<vn.doingoai.reporting.domain.Indicator>of() : input.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            if (!indicatorCodes.add(indicators.get(i).code())) {
                errors.add(new InvalidField("indicators[" + i + "].code", "DUPLICATE", Text.of("reporting.indicator-unique", "indicator codes are unique in a task")));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        if (taskId == null) {
            task.id = UUID.randomUUID();
            task.programmeId = programmeId;
            task.createdAt = Instant.now();
        }
        task.contentAreaId = input.contentAreaId();
        task.title = input.title().strip();
        task.description = input.description();
        task.leadUnitId = lead;
        task.coordinatingUnitIds.clear();
        task.coordinatingUnitIds.addAll(coordinators);
        task.recurrence = input.recurrence();
        task.deadline = input.deadline();
        task.expectedOutput = input.expectedOutput();
        task.indicators = new ArrayList<>(indicators);
        task.closed = Boolean.TRUE.equals(input.closed());
        if (taskId == null) {
            task.persist();
        }
        touch(programme);
        return task;
    }

    @Transactional
    public Programme deleteTask(UUID programmeId, UUID taskId, String ifMatch) {
        Programme programme = getForChange(programmeId, ifMatch);
        task(programmeId, taskId).delete();
        touch(programme);
        return programme;
    }

    /** Issue (approver) or close (officer or approver) a programme, with history. */
    @Transactional
    public Programme transition(UUID id, String ifMatch, String action, String comment) {
        Programme programme = getForChange(id, ifMatch);
        ProgrammeStatus from = programme.status;
        ProgrammeStatus to;
        if ("ISSUE".equals(action)) {
            if (!caller.hasRole(Roles.APPROVER)) {
                throw new ProblemException(ProblemCode.FORBIDDEN, Text.of("reporting.issue-approver", "Issuing a programme is an approver's decision."));
            }
            if (from != ProgrammeStatus.DRAFT) {
                throw new ProblemException(ProblemCode.INVALID_TRANSITION, Text.of("reporting.issue-when", "ISSUE is possible in DRAFT; allowed now: CLOSE."));
            }
            blocker(ProgrammeAction.ISSUE, programme).ifPresent(blocked -> {
                throw new ProblemException(ProblemCode.INVALID_TRANSITION, blocked.code(), blocked.reason(), List.of());
            });
            to = ProgrammeStatus.ISSUED;
        } else {
            if (from != ProgrammeStatus.ISSUED) {
                throw new ProblemException(ProblemCode.INVALID_TRANSITION, Text.of("reporting.close-when", "CLOSE is possible once ISSUED; allowed now: ISSUE."));
            }
            to = ProgrammeStatus.CLOSED;
        }
        programme.status = to;
        ProgrammeTransition step = new ProgrammeTransition();
        step.id = UUID.randomUUID();
        step.programmeId = id;
        step.action = action;
        step.fromStatus = from.name();
        step.toStatus = to.name();
        step.actor = caller.name();
        step.actedAt = Instant.now();
        step.comment = comment;
        step.persist();
        touch(programme);
        return programme;
    }

    public static final String PROGRAMME_WITHOUT_TASKS = "PROGRAMME_WITHOUT_TASKS";

    private static Optional<BlockedAction> blocker(ProgrammeAction action, Programme programme) {
        return action == ProgrammeAction.ISSUE && Task.count("programmeId", programme.id) == 0
                ? Optional.of(new BlockedAction(action.name(), PROGRAMME_WITHOUT_TASKS, Text.of("reporting.programme-without-tasks", "A programme is issued with its tasks.")))
                : Optional.empty();
    }

    /** What the caller may do with a programme now, and what its roles allow but a precondition blocks. */
    public AvailableActions<ProgrammeAction> actions(Programme programme) {
        return AvailableActions.of(permittedActions(programme).stream().map(ProgrammeAction::valueOf).toList(),
                action -> blocker(action, programme));
    }

    private List<String> permittedActions(Programme programme) {
        boolean own = scope.mayAct(programme.provinceCode);
        if (!own) {
            return List.of();
        }
        return switch (programme.status) {
            case DRAFT -> caller.hasRole(Roles.APPROVER) ? List.of("ISSUE") : List.of();
            case ISSUED -> caller.hasRole(Roles.APPROVER) || caller.hasRole(Roles.OFFICER) ? List.of("CLOSE") : List.of();
            case CLOSED -> List.of();
        };
    }

    @Transactional
    public List<ProgrammeTransition> history(UUID id) {
        get(id);
        return ProgrammeTransition.list("programmeId = ?1 order by actedAt, id", id);
    }

    /** Unit codes of a province → ids. */
    public static Map<String, UUID> unitIds(String provinceCode) {
        Map<String, UUID> ids = new HashMap<>();
        ReportingUnit.<ReportingUnit>list("provinceCode", provinceCode).forEach(u -> ids.put(u.code, u.id));
        return ids;
    }

    public static Map<UUID, String> unitCodes(String provinceCode) {
        Map<UUID, String> codes = new HashMap<>();
        ReportingUnit.<ReportingUnit>list("provinceCode", provinceCode).forEach(u -> codes.put(u.id, u.code));
        return codes;
    }

    /** The province's units' Vietnamese names by code, for exports and printed documents. */
    public Map<String, String> unitNames(String provinceCode) {
        Map<String, String> names = new HashMap<>();
        ReportingUnit.<ReportingUnit>list("provinceCode", provinceCode).forEach(u -> names.put(u.code, u.nameVi));
        return names;
    }

    public Map<UUID, String> contentAreaTitles(UUID programmeId) {
        Map<UUID, String> titles = new HashMap<>();
        ContentArea.<ContentArea>list("programmeId", programmeId).forEach(a -> titles.put(a.id, a.title));
        return titles;
    }

    private void touch(Programme programme) {
        programme.updatedAt = Instant.now();
        programme.updatedBy = caller.name();
        programme.flush();
    }
}
