package vn.doingoai.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/**
 * A closed loop: {@code clients} callers, each sending its next request when the last one answered,
 * until {@code requests} have been sent or the time budget is spent. Every answer must have the expected status; a different one
 * counts as a failure and the measurement is not reported as met.
 */
public final class HttpLoad {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** Request {@code i} of the run; {@code expected} is the status every answer must have. */
    public Latencies run(int clients, int requests, Duration budget, int expected, IntFunction<HttpRequest> request)
            throws InterruptedException {
        long[] nanos = new long[requests];
        long deadline = System.nanoTime() + budget.toNanos();
        AtomicInteger next = new AtomicInteger();
        Failures failures = new Failures();
        long began = System.nanoTime();
        onClients(clients, () -> {
            // Past the budget no new request starts, so a slow scenario ends with fewer requests, all counted.
            while (System.nanoTime() < deadline) {
                int i = next.getAndIncrement();
                if (i >= requests) {
                    return;
                }
                HttpRequest r = request.apply(i);
                long t = System.nanoTime();
                send(r, expected, failures);
                nanos[i] = System.nanoTime() - t;
            }
        });
        int done = Math.min(next.get(), requests);
        return new Latencies(done < requests ? java.util.Arrays.copyOf(nanos, done) : nanos, (System.nanoTime() - began) / 1e9,
                failures.count.get(), failures.first.get());
    }

    /**
     * An open loop at a fixed rate: request {@code i} is due at {@code i / rate} seconds, and its latency
     * counts from when it was due, so a slow answer that delays the next ones shows in theirs too.
     */
    public Latencies runAtRate(int clients, int requests, double rate, int expected, IntFunction<HttpRequest> request)
            throws InterruptedException {
        long[] nanos = new long[requests];
        Failures failures = new Failures();
        AtomicInteger next = new AtomicInteger();
        long began = System.nanoTime();
        onClients(clients, () -> {
            for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                long due = began + (long) (i * 1e9 / rate);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    java.util.concurrent.locks.LockSupport.parkNanos(wait);
                }
                send(request.apply(i), expected, failures);
                nanos[i] = System.nanoTime() - due;
            }
        });
        return new Latencies(nanos, (System.nanoTime() - began) / 1e9, failures.count.get(), failures.first.get());
    }

    /** How many answers were not the expected one, and what the first of them was. */
    private static final class Failures {
        final AtomicInteger count = new AtomicInteger();
        final AtomicReference<String> first = new AtomicReference<>();

        void add(String what) {
            count.incrementAndGet();
            first.compareAndSet(null, what);
        }
    }

    private void send(HttpRequest r, int expected, Failures failures) {
        try {
            HttpResponse<byte[]> response = client.send(r, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != expected) {
                failures.add(r.method() + " " + r.uri() + " → " + response.statusCode() + " "
                        + new String(response.body(), 0, Math.min(300, response.body().length)));
            }
        } catch (IOException e) {
            failures.add(r.uri() + " → " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failures.add(r.uri() + " → interrupted");
        }
    }

    /** Runs the loop on {@code clients} threads and waits for all of them. */
    private static void onClients(int clients, Runnable loop) throws InterruptedException {
        Thread[] threads = new Thread[clients];
        for (int c = 0; c < clients; c++) {
            threads[c] = Thread.ofPlatform().start(loop);
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }

    public HttpResponse<String> get(String url, String token) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) throws IOException, InterruptedException {
        return client.send(request, body);
    }

    public HttpResponse<String> post(String url, String form) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
