package cn.jianyi.portal;

import java.util.Map;

import org.springframework.context.ApplicationContext;

/** What {@code PortalBenchmark} times without HTTP: the item's SQL, the index's search with its read-back, a rebuild. */
public final class PublicPortalBenchmarkAccess {

    private final PublishedCases cases;
    private final PublicIndex index;

    private PublicPortalBenchmarkAccess(PublishedCases cases, PublicIndex index) {
        this.cases = cases;
        this.index = index;
    }

    public static PublicPortalBenchmarkAccess of(ApplicationContext context) {
        return new PublicPortalBenchmarkAccess(context.getBean(PublishedCases.class), context.getBean(PublicIndex.class));
    }

    public Object item(long id) {
        return cases.find(id).orElseThrow();
    }

    public Object search(String words) {
        var hits = index.search(words, Map.of(), 0, PublicFilter.PAGE_SIZE);
        return cases.inOrder(hits.ids().stream().map(Long::valueOf).toList());
    }

    public int rebuild() {
        return index.rebuild();
    }
}
