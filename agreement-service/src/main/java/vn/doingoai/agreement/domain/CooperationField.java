package vn.doingoai.agreement.domain;

import vn.doingoai.commons.persistence.CodeLabel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A field of cooperation an agreement covers (giáo dục, y tế, …): reference data with vi/en labels. */
@Entity
@Table(name = "cooperation_field")
public class CooperationField extends CodeLabel {

    @Column(nullable = false)
    public boolean active;
}
