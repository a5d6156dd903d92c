package cn.jianyi.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.CodeSource;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Records every distinct SQL text the application sends to its database, so that the build can check that each one
 * ran on PostgreSQL ({@code SqlCoverageTests}, ADR 0030). Registered for every test context in
 * {@code META-INF/spring.factories}; it records only when the build names a folder (system property
 * {@value #DIRECTORY_PROPERTY}), into {@code h2-<pid>.txt} or {@code postgres-<pid>.txt} there, one file per test JVM
 * (so two forks never write the same file), each text once per JVM, appended as first seen.
 * <p>
 * What counts as the application's: statements prepared or executed through the application's {@link DataSource}
 * whose nearest {@code cn.jianyi} caller is main code. Not recorded: statements a test class or the test harness sends
 * itself (its nearest {@code cn.jianyi} caller was loaded from the test classes), Flyway's (migrations and the
 * per-class reset: the same migration files on both databases, and Flyway's own bookkeeping SQL differs by database
 * by design), Spring Modulith's event publication registry's and ShedLock's (each picks its SQL by database type:
 * ShedLock's database time is {@code TIMESTAMPADD} on H2, {@code timezone('utc', CURRENT_TIMESTAMP)} on
 * PostgreSQL), and the main classes that speak one database's dialect by design ({@link #DATABASE_SPECIFIC}). Texts
 * are {@linkplain #normalise normalised}.
 * <p>
 * The same proxy counts the statements a piece of work sends on its thread ({@link #statementsOf}): how many a page
 * costs, whether or not the build records texts.
 */
public final class SqlRecorder implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String DIRECTORY_PROPERTY = "jianyi.test.sql-dir";

    /**
     * Main code that speaks one database's own dialect by design, beside a counterpart for the other: the backup's H2
     * dump ({@code SCRIPT}, {@code RUNSCRIPT}), whose PostgreSQL counterpart is {@code PostgresCopy} (ADR 0067).
     */
    private static final Set<String> DATABASE_SPECIFIC = Set.of("cn.jianyi.backup.H2Script");

    private static final Set<String> SEEN = ConcurrentHashMap.newKeySet();
    /** Each text the application prepared, normalised once: four patterns per statement were 4 % of a test run. */
    private static final Map<String, String> NORMALISED = new ConcurrentHashMap<>();
    private static final Map<Class<?>, Boolean> TEST_CODE = new ConcurrentHashMap<>();
    private static final StackWalker STACK = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern PARAMETER_LIST = Pattern.compile("(?i)\\b(in\\s*\\()\\s*\\?(\\s*,\\s*\\?)+\\s*\\)");
    private static final Pattern LIMIT = Pattern.compile("(?i)\\b(limit|offset)\\s+\\d+");
    private static final Pattern ROW_LOCK = Pattern.compile("(?i)\\bfor (update|share)$");
    private static final Pattern FETCH = Pattern.compile("(?i)\\b(fetch\\s+(?:first|next))\\s+\\d+\\b");

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Optional<Path> file = directory().map(SqlRecorder::file);
        context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource && !(bean instanceof Recording)
                        ? new Recording(dataSource, file) : bean;
            }
        });
    }

    /** The statements counted on each thread while {@link #statementsOf} runs there. */
    private static final ThreadLocal<int[]> COUNTED = new ThreadLocal<>();

    /**
     * How many statements the work sent to the application's database on this thread (each prepared or executed
     * statement once, whoever sent it): e.g. a MockMvc request, which runs on the test's thread.
     */
    public static int statementsOf(Runnable work) {
        int[] outer = COUNTED.get();
        int[] count = {0};
        COUNTED.set(count);
        try {
            work.run();
        } finally {
            COUNTED.set(outer);
        }
        return count[0];
    }

    private static void count() {
        int[] count = COUNTED.get();
        if (count != null) {
            count[0]++;
        }
    }

    /** The folder the build records into, if it asked for recording. */
    public static Optional<Path> directory() {
        String value = System.getProperty(DIRECTORY_PROPERTY, "").strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(Path.of(value));
    }

    private static Path file(Path folder) {
        return folder.resolve((TestDatabases.onPostgres() ? "postgres" : "h2") + "-" + ProcessHandle.current().pid()
                + ".txt");
    }

    /**
     * One line per statement: whitespace collapsed to single spaces; a list of parameters after {@code IN} ({@code in
     * (?, ?, ?)}, a collection expanded by Spring) written as one {@code in (?)}, and the numbers of {@code LIMIT},
     * {@code OFFSET} and {@code FETCH FIRST} (Spring Data JDBC writes a page's as literals) as {@code ?}, since they
     * vary with the data a test made, not with the database; a closing row lock ({@code for update}, {@code for
     * share}) as {@code for <lock>}: H2 knows no shared row lock, where PostgreSQL takes one (the calendar's revision,
     * ADR 0065), and the statement is otherwise the same.
     */
    public static String normalise(String sql) {
        String text = SPACE.matcher(sql).replaceAll(" ").strip();
        text = PARAMETER_LIST.matcher(text).replaceAll("$1?)");
        text = LIMIT.matcher(text).replaceAll("$1 ?");
        text = ROW_LOCK.matcher(text).replaceAll("for <lock>");
        return FETCH.matcher(text).replaceAll("$1 ?");
    }

    /**
     * Names the test class whose tests run now on the application whose data source this is (set by
     * {@link FreshDatabase} before each class), so that the check can say which classes sent a statement that
     * PostgreSQL never ran. Per application, not per JVM: the browser classes run beside the others (ADR 0030), each
     * lane on applications of its own, and the server threads that send a browser test's statements are not the test's
     * thread. A class whose application is not started yet names itself on its thread; the application it starts
     * there takes the name.
     */
    static void testClassStarts(Class<?> testClass, DataSource dataSource) {
        String name = testClass.getSimpleName();
        STARTING.set(name);
        if (dataSource instanceof Recording recording) {
            recording.testClass = name;
        }
    }

    private static final ThreadLocal<String> STARTING = ThreadLocal.withInitial(() -> "");

    static void record(Path file, String testClass, String sql) {
        String text = NORMALISED.computeIfAbsent(sql, SqlRecorder::normalise);
        String byClass = file + "\n" + testClass + "\t" + text;
        if (SEEN.contains(byClass) || !sentByTheApplication()) {
            return;
        }
        if (SEEN.add(byClass)) {
            if (SEEN.add(file + "\n" + text)) {
                append(file, text);
            }
            append(senders(file), testClass + "\t" + text);
        }
    }

    /** Beside each statement file: which test class sent which statement ({@code class<TAB>statement}). */
    static Path senders(Path file) {
        String name = file.getFileName().toString();
        return file.resolveSibling(name.substring(0, name.length() - ".txt".length()) + ".senders.tsv");
    }

    private static synchronized void append(Path file, String line) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean sentByTheApplication() {
        return STACK.walk(frames -> frames.map(StackWalker.StackFrame::getDeclaringClass)
                .filter(type -> {
                    String name = type.getName();
                    return name.startsWith("cn.jianyi.") || name.startsWith("org.flywaydb.")
                            || name.startsWith("org.springframework.modulith.events.")
                            || name.startsWith("net.javacrumbs.shedlock.")
                            || name.startsWith("org.springframework.session.");
                })
                .filter(type -> type != SqlRecorder.class && type.getEnclosingClass() != SqlRecorder.class)
                .findFirst()
                .map(type -> type.getName().startsWith("cn.jianyi.") && !testCode(type)
                        && !DATABASE_SPECIFIC.contains(type.getName()))
                .orElse(true));
    }

    private static boolean testCode(Class<?> type) {
        return TEST_CODE.computeIfAbsent(type, t -> {
            CodeSource source = t.getProtectionDomain().getCodeSource();
            return source != null && source.getLocation().getPath().contains("test-classes");
        });
    }

    /**
     * The application's data source, handing out connections whose statements are counted and, when the build names
     * a folder, recorded.
     */
    private static final class Recording extends DelegatingDataSource {

        private final Optional<Path> file;
        private volatile String testClass = STARTING.get();

        Recording(DataSource target, Optional<Path> file) {
            super(target);
            this.file = file;
        }

        @Override
        public Connection getConnection() throws java.sql.SQLException {
            return recording(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws java.sql.SQLException {
            return recording(super.getConnection(username, password));
        }

        @Override
        public <T> T unwrap(Class<T> type) throws java.sql.SQLException {
            return type.isInstance(getTargetDataSource()) ? type.cast(getTargetDataSource()) : super.unwrap(type);
        }

        private Connection recording(Connection connection) {
            return proxy(Connection.class, connection, (method, args) -> {
                if (args != null && args.length > 0 && args[0] instanceof String sql
                        && (method.getName().equals("prepareStatement") || method.getName().equals("prepareCall"))) {
                    sent(sql);
                }
            }, result -> result instanceof Statement statement && !(result instanceof java.sql.PreparedStatement)
                    ? proxy(Statement.class, statement, (method, args) -> {
                        if (args != null && args.length > 0 && args[0] instanceof String sql
                                && (method.getName().startsWith("execute") || method.getName().equals("addBatch"))) {
                            sent(sql);
                        }
                    }, r -> r) : result);
        }

        private void sent(String sql) {
            count();
            file.ifPresent(path -> record(path, testClass, sql));
        }
    }

    private interface BeforeCall {
        void accept(Method method, Object[] args);
    }

    private interface AfterCall {
        Object apply(Object result);
    }

    private static <T> T proxy(Class<T> type, T target, BeforeCall before, AfterCall after) {
        InvocationHandler handler = (proxy, method, args) -> {
            before.accept(method, args);
            try {
                return after.apply(method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(SqlRecorder.class.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
