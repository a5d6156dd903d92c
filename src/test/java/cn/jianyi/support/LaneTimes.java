package cn.jianyi.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Writes when each test class began and ended, and its lane ({@link Lanes}), to
 * {@code target/lane-times/<pass>-<pid>.tsv}: the timeline of a pass, to see which lane is its longest and where a
 * lane waits (ADR 0030). Columns: class, lane, start and end in milliseconds since the pass began.
 */
public final class LaneTimes implements TestExecutionListener {

    private final Map<String, Long> started = new ConcurrentHashMap<>();
    private final StringBuffer lines = new StringBuffer();
    private long begun;

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        begun = System.currentTimeMillis();
    }

    @Override
    public void executionStarted(TestIdentifier test) {
        classOf(test).ifPresent(name -> started.put(name, System.currentTimeMillis() - begun));
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        classOf(test).ifPresent(name -> {
            String lane;
            try {
                lane = Lanes.laneOf(Class.forName(name, false, Thread.currentThread().getContextClassLoader()));
            } catch (ClassNotFoundException | LinkageError e) {
                lane = "?";
            }
            lines.append(name.substring(name.lastIndexOf('.') + 1)).append('\t').append(lane).append('\t')
                    .append(started.getOrDefault(name, -1L)).append('\t')
                    .append(System.currentTimeMillis() - begun).append('\n');
        });
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        String pass = System.getProperty(Lanes.PROPERTY) == null ? "unit" : System.getProperty(TestDatabases.PROPERTY, "h2");
        Path file = Path.of("target", "lane-times", pass + "-" + ProcessHandle.current().pid() + ".tsv");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.util.Optional<String> classOf(TestIdentifier test) {
        return test.getSource().filter(ClassSource.class::isInstance).map(source -> ((ClassSource) source).getClassName());
    }
}
