package vn.doingoai.agreement.domain;

import vn.doingoai.commons.persistence.CodeLabel;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Labels of {@link PartnerKind}. */
@Entity
@Table(name = "partner_kind")
public class PartnerKindLabel extends CodeLabel {
}
