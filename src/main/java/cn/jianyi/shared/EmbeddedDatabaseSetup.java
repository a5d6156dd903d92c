package cn.jianyi.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Closes the embedded database to everyone but the account running Jianyi (ADR 0037), before anything opens it:
 * <ul>
 * <li>H2's server socket (AUTO_SERVER, which lets {@code bin/jianyi} use the database while the server runs) listens
 * on loopback only ({@code h2.bindAddress}, unless set otherwise);</li>
 * <li>the H2 file database's folder ({@code ./data}) and everything in it, and the key and seal folders, are
 * owner-only (folders 0700, files 0600);</li>
 * <li>without a configured password, the database gets a generated one, kept in {@code db-password} (0600) beside
 * it. A database made before, with the empty password, is given that password once.</li>
 * </ul>
 * PostgreSQL and a configured password are left as they are. {@code jianyi.database.embedded} tells the other
 * settings whether the database is H2 (demo data defaults to on there only).
 */
public class EmbeddedDatabaseSetup implements EnvironmentPostProcessor, Ordered {

    static final String PASSWORD_FILE = "db-password";
    private static final String FILE_URL = "jdbc:h2:file:";
    private static final String WRONG_USER_OR_PASSWORD = "28000";

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;            // after the application's properties are read
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
        try {
            for (String folder : new String[] {"jianyi.feedback.signing-key-dir", "jianyi.documents.seal-dir"}) {
                String path = environment.getProperty(folder, "");
                if (!path.isBlank()) {
                    OwnerOnly.tighten(Path.of(path));
                }
            }
            String url = environment.getProperty("spring.datasource.url", "");
            environment.getPropertySources().addLast(new MapPropertySource("jianyiDatabaseKind",
                    Map.of("jianyi.database.embedded", String.valueOf(url.startsWith("jdbc:h2:")))));
            if (!url.startsWith(FILE_URL)) {
                return;
            }
            Path database = Path.of(url.substring(FILE_URL.length()).split(";", 2)[0]);
            Path folder = database.toAbsolutePath().normalize().getParent();
            OwnerOnly.folder(folder);
            OwnerOnly.tighten(folder);
            if (!environment.getProperty("spring.datasource.password", "").isEmpty()) {
                return;
            }
            String password = passwordOf(url, environment.getProperty("spring.datasource.username", "sa"),
                    folder, Files.exists(Path.of(database + ".mv.db")));
            environment.getPropertySources().addFirst(new MapPropertySource("jianyiEmbeddedDatabase",
                    Map.of("spring.datasource.password", password)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the embedded database's files owner-only", e);
        }
    }

    /**
     * The password kept beside the database; made (and set on an existing database, which had the empty one) the
     * first time. The new password is written before it is set, and kept under its final name only after.
     */
    private static String passwordOf(String url, String user, Path folder, boolean exists) throws IOException {
        Path file = folder.resolve(PASSWORD_FILE);
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        }
        Path pending = folder.resolve(PASSWORD_FILE + ".new");
        String password;
        if (Files.exists(pending)) {             // an earlier start stopped half-way: it may be set already
            password = Files.readString(pending, StandardCharsets.UTF_8).strip();
        } else {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            OwnerOnly.write(pending, password.getBytes(StandardCharsets.UTF_8));
        }
        if (exists) {
            setOnce(url, user, password);
        }
        Files.move(pending, file, StandardCopyOption.ATOMIC_MOVE);
        return password;
    }

    private static void setOnce(String url, String user, String password) {
        try (var connection = DriverManager.getConnection(url, user, "");
             var statement = connection.createStatement()) {
            // The password is URL-safe Base64: nothing in it needs escaping.
            statement.execute("alter user \"" + user.toUpperCase(java.util.Locale.ROOT)
                    + "\" set password '" + password + "'");
        } catch (SQLException e) {
            if (!WRONG_USER_OR_PASSWORD.equals(e.getSQLState()) || !opens(url, user, password)) {
                throw new IllegalStateException("Cannot set the embedded database's password", e);
            }
        }
    }

    private static boolean opens(String url, String user, String password) {
        try (var connection = DriverManager.getConnection(url, user, password)) {
            return connection.isValid(5);
        } catch (SQLException e) {
            return false;
        }
    }
}
