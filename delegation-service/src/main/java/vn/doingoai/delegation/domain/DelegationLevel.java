package vn.doingoai.delegation.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The level of a delegation's head (provincial leader, head of a department, …): groups the statistics. */
@Entity
@Table(name = "delegation_level")
public class DelegationLevel extends CodeListEntry {
}
