package vn.doingoai.agreement.domain;

import vn.doingoai.commons.persistence.CodeLabel;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Labels of {@link SigningLevel}. */
@Entity
@Table(name = "signing_level")
public class SigningLevelLabel extends CodeLabel {
}
