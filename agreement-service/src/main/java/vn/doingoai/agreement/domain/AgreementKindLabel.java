package vn.doingoai.agreement.domain;

import vn.doingoai.commons.persistence.CodeLabel;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Labels of {@link AgreementKind}. */
@Entity
@Table(name = "agreement_kind")
public class AgreementKindLabel extends CodeLabel {
}
