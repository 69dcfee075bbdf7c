package vn.doingoai.commons.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import vn.doingoai.commons.api.CodeLabelView;

/** A code of a reference list with its Vietnamese and English labels, as every service keeps its lists. */
@MappedSuperclass
public abstract class CodeLabel extends PanacheEntityBase {

    @Id
    @Column(length = 40)
    public String code;

    @Column(name = "name_vi", nullable = false, length = 200)
    public String nameVi;

    @Column(name = "name_en", nullable = false, length = 200)
    public String nameEn;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    public CodeLabelView view() {
        return new CodeLabelView(code, nameVi, nameEn, sortOrder);
    }
}
