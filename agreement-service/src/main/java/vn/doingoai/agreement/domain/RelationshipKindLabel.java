package vn.doingoai.agreement.domain;

import vn.doingoai.commons.persistence.CodeLabel;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Labels of {@link RelationshipKind}. */
@Entity
@Table(name = "relationship_kind")
public class RelationshipKindLabel extends CodeLabel {
}
