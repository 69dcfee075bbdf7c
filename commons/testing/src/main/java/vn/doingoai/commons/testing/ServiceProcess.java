package vn.doingoai.commons.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * Another service of the suite, started from its built application for a test that needs real
 * HTTP between services: its own process, port, database and log file, stopped with the test.
 */
public final class ServiceProcess implements AutoCloseable {

    private final Process process;
    private final int port;

    private ServiceProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts {@code <module>/target/quarkus-app/quarkus-run.jar} (the reactor builds the module before
     * this one) and waits until {@code /q/health/ready} answers. A port another process took between
     * choosing it and the service binding it costs one more try on another port, not the test.
     */
    public static ServiceProcess start(String module, Map<String, String> environment, Duration readyWithin) {
        Path jar = Path.of("..", module, "target", "quarkus-app", "quarkus-run.jar").toAbsolutePath().normalize();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build " + module + " first (./mvnw verify builds every "
                    + "module in order; alone: ./mvnw -pl " + module + " package -DskipTests).");
        }
        for (int attempt = 1;; attempt++) {
            int port = listenablePort();
            ServiceProcess service = new ServiceProcess(launch(jar, module, port, environment), port);
            try {
                service.awaitReady(readyWithin, module);
                return service;
            } catch (PortTaken e) {
                if (attempt == 3) {
                    throw new IllegalStateException(e.getMessage());
                }
            }
        }
    }

    private static Process launch(Path jar, String module, int port, Map<String, String> environment) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                "-Xmx256m", "-jar", jar.toString()));
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.redirectErrorStream(true);
        builder.redirectOutput(log(module, port).toFile());
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path log(String module, int port) {
        return Path.of("target", module + "-" + port + ".log");
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public long pid() {
        return process.pid();
    }

    /**
     * Stops or resumes a process of the suite by its id (SIGSTOP, SIGCONT): a stopped service keeps
     * its connections open and answers nothing, as a hung one does.
     */
    public static void signal(long pid, String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill -" + signal + " " + pid + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitReady(Duration within, String module) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url() + "/q/health/ready")).timeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                String tail = logTail(module);
                String failure = module + " exited with " + process.exitValue() + "; target/" + module + "-" + port
                        + ".log ends with:\n" + tail;
                throw tail.contains("QuarkusBindException") || tail.contains("Address already in use")
                        ? new PortTaken(failure) : new IllegalStateException(failure);
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        }
        close();
        throw new IllegalStateException(module + " was not ready within " + within + "; target/" + module + "-" + port
                + ".log ends with:\n" + logTail(module));
    }

    private String logTail(String module) {
        try {
            List<String> lines = Files.readAllLines(log(module, port));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** The service could not bind its port: another process took it after it was chosen. */
    private static final class PortTaken extends RuntimeException {
        PortTaken(String message) {
            super(message);
        }
    }

    /**
     * A free port below the kernel's ephemeral range, so that no outgoing connection of another
     * process is given it before the service starting on it binds it (ports the kernel picks for
     * {@code bind(0)} come from that range).
     */
    static int listenablePort() {
        for (int i = 0; i < 200; i++) {
            int candidate = java.util.concurrent.ThreadLocalRandom.current().nextInt(20_000, 32_000);
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(false);
                socket.bind(new java.net.InetSocketAddress("127.0.0.1", candidate));
                return candidate;
            } catch (IOException e) {
                // taken; try another
            }
        }
        return freePort();
    }

    /** A port nobody listens on, for tests of a service that is down. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(Duration.ofSeconds(20).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
