package cn.jianyi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Which congresses an account placed in a congress works in (ADR 0042). */
class CongressTreeTests {

    /** 省 1 → 市 2 → 区 3 → 镇 4; 市 5 beside 市 2; 6 stands alone. */
    private static final CongressTree TREE = new CongressTree(parents());

    private static Map<Long, Long> parents() {
        var parents = new HashMap<Long, Long>();
        parents.put(1L, null);
        parents.put(2L, 1L);
        parents.put(3L, 2L);
        parents.put(4L, 3L);
        parents.put(5L, 1L);
        parents.put(6L, null);
        return parents;
    }

    @Test
    void aCongressAloneIsJustItself() {
        assertThat(TREE.scopeOf(2, false)).containsExactly(2L);
        assertThat(TREE.scopeFor(true, 3L, false)).isEqualTo(new DataScope.OfCongresses(Set.of(3L)));
    }

    @Test
    void withTheCongressesBelowItCoversEveryDepthButNotItsSiblingsOrParents() {
        assertThat(TREE.scopeOf(2, true)).containsExactlyInAnyOrder(2L, 3L, 4L);
        assertThat(TREE.scopeOf(1, true)).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L);
        assertThat(TREE.scopeOf(6, true)).containsExactly(6L);
    }

    @Test
    void aCycleEndsTheWalkAndAnUnknownCongressCoversNothing() {
        var cyclic = new CongressTree(Map.of(1L, 2L, 2L, 1L));
        assertThat(cyclic.scopeOf(1, true)).containsExactlyInAnyOrder(1L, 2L);
        assertThat(TREE.scopeOf(99, true)).isEmpty();
    }

    @Test
    void anOfficeAccountWithoutACongressWorksAcrossTheInstallationAnyOtherInNone() {
        assertThat(TREE.scopeFor(true, null, false)).isEqualTo(new DataScope.All());
        DataScope none = TREE.scopeFor(false, null, false);
        assertThat(none).isEqualTo(new DataScope.OfCongresses(Set.of()));
        assertThat(none.coversCongress(1L)).isFalse();
        assertThat(new DataScope.All().coversCongress(null)).isTrue();
        assertThat(new DataScope.OfCongresses(Set.of(1L)).coversCongress(null)).isFalse();
        assertThat(new DataScope.OfUnit(7).coversCongress(1L)).isFalse();
    }

    @Test
    void theOnlyCongressIsTheDefaultOfAnInstallationWithOne() {
        assertThat(new CongressTree(java.util.Collections.singletonMap(7L, null)).onlyCongress()).contains(7L);
        assertThat(TREE.onlyCongress()).isEmpty();
        assertThat(new CongressTree(Map.of()).onlyCongress()).isEmpty();
    }
}
