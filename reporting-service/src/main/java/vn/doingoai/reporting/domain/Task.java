package vn.doingoai.reporting.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A task of a programme, led by one unit with others coordinating. */
@Entity
@Table(name = "task")
public class Task extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "programme_id", nullable = false)
    public UUID programmeId;

    @Column(name = "content_area_id", nullable = false)
    public UUID contentAreaId;

    @Column(nullable = false, length = 500)
    public String title;

    @Column(length = 4000)
    public String description;

    @Column(name = "lead_unit_id", nullable = false)
    public UUID leadUnitId;

    @ElementCollection
    @CollectionTable(name = "task_coordinator", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "unit_id", nullable = false)
    @BatchSize(size = 200)
    public Set<UUID> coordinatingUnitIds = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Recurrence recurrence;

    public LocalDate deadline;

    @Column(name = "expected_output", length = 2000)
    public String expectedOutput;

    @Column(nullable = false)
    public boolean closed;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<Indicator> indicators = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
