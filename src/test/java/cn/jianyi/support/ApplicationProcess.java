package cn.jianyi.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarFile;

import cn.jianyi.JianyiApplication;

/**
 * The application as a separate operating-system process, as production runs it: a {@code java} process on the test
 * JVM's classpath (the main and dependency classes; the test classes left out, so none of the test support's context
 * initialisers reaches it) with the application's main class, a small heap, its own port and the given settings. It
 * is ready when {@code /actuator/health/readiness} answers 200. {@link #kill()} ends it with SIGKILL (kill -9), as a
 * power cut or the kernel's OOM killer would; nothing of the application runs after it.
 */
public final class ApplicationProcess {

    /** Java's exit value of a process ended by SIGKILL: 128 + 9. */
    public static final int KILLED = 137;

    private final Process process;
    private final int port;
    private final Path log;

    private final long startedAt = System.nanoTime();

    private ApplicationProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the application with these settings ({@code --name=value}); returns at once, see {@link #awaitReady}. */
    public static ApplicationProcess start(Map<String, String> settings, Path log) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-XX:+UseSerialGC", "-Duser.timezone=Asia/Shanghai",
                "-Dfile.encoding=UTF-8", "-cp", applicationClasspath(), JianyiApplication.class.getName(),
                "--server.port=" + port));
        settings.forEach((name, value) -> command.add("--" + name + "=" + value));
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            return new ApplicationProcess(process, port, log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the application process", e);
        }
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    /** Waits until ready (at most 90 s); returns the milliseconds from the start to ready. */
    public long awaitReadyMillis() {
        awaitReady(Duration.ofSeconds(90));
        return Duration.ofNanos(System.nanoTime() - startedAt).toMillis();
    }

    /** Waits until readiness answers 200; fails with the end of the log if the process ends or the time runs out. */
    public void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        long until = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application ended with " + process.exitValue()
                        + " before it was ready:\n" + logTail());
            }
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(100);
        }
        throw new IllegalStateException("the application was not ready within " + timeout + ":\n" + logTail());
    }

    /** kill -9: {@link Process#destroyForcibly()} sends SIGKILL on Linux; returns the exit value (137). */
    public int kill() {
        process.destroyForcibly();
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The test JVM's classpath without the test classes; Surefire may hand it over as a manifest-only jar, whose
     * {@code Class-Path} is read.
     */
    static String applicationClasspath() {
        Set<String> entries = new LinkedHashSet<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            File file = new File(entry);
            if (file.getName().startsWith("surefirebooter") && file.getName().endsWith(".jar")) {
                entries.addAll(manifestClasspath(file));
            } else {
                entries.add(file.getAbsolutePath());
            }
        }
        entries.removeIf(entry -> entry.endsWith("test-classes") || entry.endsWith("test-classes/")
                || entry.contains("surefire"));
        return String.join(File.pathSeparator, entries);
    }

    private static List<String> manifestClasspath(File jar) {
        try (var file = new JarFile(jar)) {
            String classPath = file.getManifest().getMainAttributes().getValue("Class-Path");
            List<String> entries = new ArrayList<>();
            for (String url : classPath.trim().split("\\s+")) {
                entries.add(new File(jar.toURI().resolve(url)).getAbsolutePath());
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
