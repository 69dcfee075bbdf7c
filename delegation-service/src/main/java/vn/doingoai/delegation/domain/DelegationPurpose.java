package vn.doingoai.delegation.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Why a delegation travels or is received: reference data that also groups the statistics. */
@Entity
@Table(name = "delegation_purpose")
public class DelegationPurpose extends CodeListEntry {
}
