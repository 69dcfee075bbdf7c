package vn.doingoai.commons.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WhereTest {

    @Test
    void aCollectionIsBoundOneParameterPerElement() {
        Where where = new Where().and("d.provinceCode in :province", "province", new LinkedHashSet<>(List.of("38", "37")))
                .and("d.provinceCode in :provinces", "provinces", List.of("01"))
                .and("d.status = :status", "status", "DRAFT");
        assertEquals("from Delegation d where d.provinceCode in (:province_0, :province_1) and d.provinceCode in (:provinces_0)"
                + " and d.status = :status", where.hql("from Delegation d"));
        assertEquals(Map.of("province_0", "38", "province_1", "37", "provinces_0", "01", "status", "DRAFT"), where.params());
    }

    @Test
    void theQueryTextDependsOnlyOnHowManyElements() {
        String first = new Where().and("a.id in :ids", "ids", List.of("x", "y")).hql("from A a");
        String second = new Where().and("a.id in :ids", "ids", List.of("z", "w")).hql("from A a");
        assertEquals(first, second);
    }

    @Test
    void anEmptyCollectionMatchesNothingAndANullOneFiltersNothing() {
        assertEquals("from A a where a.id in (null)", new Where().and("a.id in :ids", "ids", List.of()).hql("from A a"));
        assertEquals("from A a", new Where().and("a.id in :ids", "ids", null).hql("from A a"));
    }

    @Test
    void aParameterUsedTwiceIsExpandedEverywhere() {
        Where where = new Where().and("(a.from in :codes or a.to in :codes)", "codes", List.of("VN"));
        assertEquals("from A a where (a.from in (:codes_0) or a.to in (:codes_0))", where.hql("from A a"));
    }

    @Test
    void onlyTheWholeParameterNameIsExpanded() {
        Where where = new Where().and("(a.id in :id or a.parent = :idParent or a.key = :id2)", "id", List.of("x"));
        assertEquals("from A a where (a.id in (:id_0) or a.parent = :idParent or a.key = :id2)", where.hql("from A a"));
    }
}
