package cn.jianyi.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The embedded database, started from a temporary data folder as {@code bin/run} does: owner-only files, a generated
 * password that an existing database made with the empty one is given once, and H2's server socket on loopback.
 */
class EmbeddedDatabaseSetupTests {

    private static final String OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    @TempDir Path home;

    @Test
    void anExistingOpenDatabaseIsClosedToOthersAndKeepsOpening() throws Exception {
        Path data = home.resolve("data");
        Path keys = data.resolve("keys");
        Path seals = home.resolve("seals/区卫健委");
        Files.createDirectories(keys);
        Files.createDirectories(seals);
        Files.writeString(keys.resolve("feedback-sm2.key"), "key");
        Files.writeString(seals.resolve("signer.key"), "key");
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        String url = "jdbc:h2:file:" + data.resolve("jianyi") + OPTIONS;
        try (var connection = DriverManager.getConnection(url, "sa", "")) {       // as made before: sa, no password
            connection.createStatement().execute("create table kept (name varchar(20)); insert into kept values ('程绮南')");
        }

        var environment = environment(url, seals.getParent());
        new EmbeddedDatabaseSetup().postProcessEnvironment(environment, new SpringApplication());

        assertOwnerOnly(data);
        assertOwnerOnly(seals.getParent());
        String password = environment.getProperty("spring.datasource.password");
        assertThat(password).hasSizeGreaterThanOrEqualTo(32);
        assertThat(Files.readString(data.resolve("db-password")).strip()).isEqualTo(password);
        assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close()).isInstanceOf(SQLException.class);
        try (var connection = DriverManager.getConnection(url, "sa", password);
             var rows = connection.createStatement().executeQuery("select name from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("程绮南");
        }

        var again = environment(url, seals.getParent());
        new EmbeddedDatabaseSetup().postProcessEnvironment(again, new SpringApplication());
        assertThat(again.getProperty("spring.datasource.password")).as("the same password next time").isEqualTo(password);
    }

    @Test
    void aNewDataFolderIsMadeOwnerOnlyWithItsPassword() throws Exception {
        Path data = home.resolve("fresh/data");
        String url = "jdbc:h2:file:" + data.resolve("jianyi") + OPTIONS;
        var environment = environment(url, data.resolve("seals"));
        new EmbeddedDatabaseSetup().postProcessEnvironment(environment, new SpringApplication());
        assertThat(Files.getPosixFilePermissions(data)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        String password = environment.getProperty("spring.datasource.password");
        assertOwnerOnly(data);
        DriverManager.getConnection(url, "sa", password).close();
    }

    @Test
    void aConfiguredPasswordAndPostgresqlAreLeftAlone() {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of(
                "spring.datasource.url", "jdbc:postgresql://localhost/jianyi", "spring.datasource.password", "x")));
        new EmbeddedDatabaseSetup().postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("spring.datasource.password")).isEqualTo("x");
    }

    @Test
    void theServerSocketOfAutoServerListensOnLoopbackOnly() throws Exception {
        Path data = home.resolve("served");
        String url = "jdbc:h2:file:" + data.resolve("jianyi") + OPTIONS + ";AUTO_SERVER=TRUE";
        // A JVM of its own: H2 reads h2.bindAddress once, when it is first loaded.
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OpenEmbeddedDatabase.class.getName(), url)
                .redirectErrorStream(true).start();
        try {
            Path lock = data.resolve("jianyi.lock.db");
            String server = null;
            for (int i = 0; i < 300 && server == null; i++) {
                Thread.sleep(100);
                if (Files.exists(lock)) {
                    Properties properties = new Properties();
                    try (var in = Files.newInputStream(lock)) {
                        properties.load(in);
                    } catch (IOException stillBeingWritten) {
                        continue;
                    }
                    server = properties.getProperty("server");
                }
            }
            if (server == null) {
                process.destroy();
                throw new AssertionError("no server in the lock file: " + new String(process.getInputStream().readAllBytes()));
            }
            int port = Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));
            try (var socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);      // it is there, on loopback
            }
            assertThat(nonLoopbackAddresses()).as("this machine has an interface besides loopback").isNotEmpty();
            for (var address : nonLoopbackAddresses()) {
                try (var socket = new Socket()) {
                    assertThatThrownBy(() -> socket.connect(new InetSocketAddress(address, port), 2000))
                            .as("not reachable on " + address).isInstanceOf(IOException.class);
                }
            }
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        } finally {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static List<java.net.InetAddress> nonLoopbackAddresses() throws IOException {
        return NetworkInterface.networkInterfaces().filter(nic -> {
            try {
                return nic.isUp() && !nic.isLoopback();
            } catch (IOException e) {
                return false;
            }
        }).flatMap(NetworkInterface::inetAddresses).filter(Inet4Address.class::isInstance).toList();
    }

    private static StandardEnvironment environment(String url, Path seals) {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of("spring.datasource.url", url,
                "spring.datasource.username", "sa", "spring.datasource.password", "",
                "jianyi.documents.seal-dir", seals.toString())));
        return environment;
    }

    private static void assertOwnerOnly(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.forEach(path -> {
                try {
                    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path))).as(path.toString())
                            .isEqualTo(Files.isDirectory(path) ? "rwx------" : "rw-------");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    /** Opens the database as the application does (set-up first), and keeps it open until killed. */
    static final class OpenEmbeddedDatabase {

        public static void main(String[] args) throws Exception {
            var environment = environment(args[0], Path.of(args[0].substring("jdbc:h2:file:".length()).split(";")[0])
                    .getParent().resolve("seals"));
            new EmbeddedDatabaseSetup().postProcessEnvironment(environment, new SpringApplication());
            try (var connection = DriverManager.getConnection(args[0], "sa",
                    environment.getProperty("spring.datasource.password"))) {
                Thread.sleep(60_000);
            }
        }
    }
}
