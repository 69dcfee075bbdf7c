package vn.doingoai.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "unit_report_transition")
public class ReportTransition extends StatusChange {

    @Column(name = "report_id", nullable = false)
    public UUID reportId;
}
