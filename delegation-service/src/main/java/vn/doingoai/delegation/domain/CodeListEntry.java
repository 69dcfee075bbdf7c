package vn.doingoai.delegation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import vn.doingoai.commons.persistence.CodeLabel;

/** A code of one of this service's reference lists, which an administrator retires instead of deleting. */
@MappedSuperclass
public abstract class CodeListEntry extends CodeLabel {

    @Column(nullable = false)
    public boolean active;
}
