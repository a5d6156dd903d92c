package cn.jianyi.search;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The indexes of the application, each in its own folder under {@code jianyi.search.index-dir} (a cache: deleting
 * the folder is safe, each user rebuilds its index from the database when it finds it missing). Opened once, closed
 * with the application.
 */
@Component
public class SearchIndexes implements DisposableBean {

    private final Path root;
    private final Map<String, TextIndex> open = new ConcurrentHashMap<>();

    SearchIndexes(@Value("${jianyi.search.index-dir}") String root) {
        this.root = Path.of(root);
    }

    /** The index of this name (a folder name: letters, digits, hyphens) with these text fields, opened on first use. */
    public synchronized TextIndex open(String name, List<String> textFields) {
        if (!name.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("index name " + name);
        }
        return open.computeIfAbsent(name, n -> new TextIndex(root.resolve(n), textFields));
    }

    /**
     * Closes the index of this name if it is open, deletes its folder and opens it again, empty: for an index that
     * cannot be opened or read (a broken cache; its user rebuilds it from the database).
     */
    public synchronized TextIndex reset(String name, List<String> textFields) {
        TextIndex old = open.remove(name);
        if (old != null) {
            try {
                old.close();
            } catch (RuntimeException e) {
                // a broken index may not close cleanly; its folder goes anyway
            }
        }
        Path folder = root.resolve(name);
        try {
            if (java.nio.file.Files.exists(folder)) {
                try (var paths = java.nio.file.Files.walk(folder)) {
                    for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        java.nio.file.Files.deleteIfExists(path);
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("the index folder " + folder + " cannot be deleted", e);
        }
        return open(name, textFields);
    }

    @Override
    public void destroy() {
        open.values().forEach(TextIndex::close);
        open.clear();
    }
}
