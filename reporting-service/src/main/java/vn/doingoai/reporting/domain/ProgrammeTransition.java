package vn.doingoai.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "programme_transition")
public class ProgrammeTransition extends StatusChange {

    @Column(name = "programme_id", nullable = false)
    public UUID programmeId;
}
