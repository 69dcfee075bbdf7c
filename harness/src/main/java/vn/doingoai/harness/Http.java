package vn.doingoai.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** HTTP for the harness: the JDK client for ordinary requests, a raw socket for framing tests. */
public final class Http {
    public static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Map<String, HttpClient> clients = new ConcurrentHashMap<>();
    public final AtomicLong requests = new AtomicLong();

    /** An answer: status (0 when none came), headers with lower-case names, the body. */
    public record Res(int status, Map<String, List<String>> headers, byte[] body, String error, long millis,
                      boolean closedAfter) {

        public String header(String name) {
            List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
            return v == null || v.isEmpty() ? null : v.get(0);
        }

        public String text() {
            return body == null ? "" : new String(body, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            try {
                return body == null || body.length == 0 ? null : JSON.readTree(body);
            } catch (IOException e) {
                return null;
            }
        }

        /**
         * The first 200 characters of the body; a problem+json body is shortened first to what tells
         * the failures apart (code, detail, the errors' fields and codes).
         */
        public String excerpt() {
            if (error != null) {
                return "(no answer: " + error + ")";
            }
            String t = text().replaceAll("\\s+", " ");
            JsonNode j = json();
            if (j != null && j.isObject() && j.has("code") && j.has("status")) {
                StringBuilder s = new StringBuilder(j.path("code").asText()).append(": ").append(j.path("detail").asText(""));
                if (j.path("errors").size() > 0) {
                    s.append(" errors=");
                    for (JsonNode e : j.path("errors")) {
                        s.append('[').append(e.path("field").asText()).append(' ').append(e.path("code").asText())
                                .append(": ").append(e.path("message").asText()).append(']');
                    }
                }
                t = s.toString();
            }
            if (t.isEmpty()) {
                t = "(empty body; Content-Type " + header("content-type") + ")";
            }
            return t.length() > 200 ? t.substring(0, 200) : t;
        }

        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** A request. The body is raw bytes, so it can carry anything (invalid UTF-8, control bytes). */
    public static final class Req {
        final String method;
        final String url;
        final Map<String, String> headers = new LinkedHashMap<>();
        byte[] body;
        InetAddress from;
        Duration timeout = TIMEOUT;

        public Req(String method, String url) {
            this.method = method;
            this.url = url;
        }

        public Req header(String name, String value) {
            if (value != null) {
                headers.put(name, value);
            }
            return this;
        }

        public Req bearer(String token) {
            return token == null ? this : header("Authorization", "Bearer " + token);
        }

        public Req json(byte[] bytes) {
            this.body = bytes;
            headers.putIfAbsent("Content-Type", "application/json");
            return this;
        }

        public Req json(JsonNode node) {
            try {
                return json(JSON.writeValueAsBytes(node));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        public Req body(byte[] bytes) {
            this.body = bytes;
            return this;
        }

        public Req from(InetAddress address) {
            this.from = address;
            return this;
        }

        public Req timeout(Duration t) {
            this.timeout = t;
            return this;
        }

        public String method() {
            return method;
        }

        public String url() {
            return url;
        }
    }

    private HttpClient client(InetAddress from) {
        String key = from == null ? "" : from.getHostAddress();
        return clients.computeIfAbsent(key, k -> {
            HttpClient.Builder b = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER);
            if (from != null) {
                b.localAddress(from);
            }
            return b.build();
        });
    }

    private volatile Runnable onRefused;

    /** What to do when a connection is refused (the suite restarting): wait, then the request is retried once. */
    public void onRefused(Runnable hook) {
        this.onRefused = hook;
    }

    public Res send(Req req) {
        Res r = sendOnce(req);
        Runnable hook = onRefused;
        if (r.status() == 0 && r.error() != null && r.error().startsWith("ConnectException") && hook != null) {
            hook.run();
            r = sendOnce(req);
        }
        return r;
    }

    public Res sendOnce(Req req) {
        requests.incrementAndGet();
        long start = System.nanoTime();
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(req.url)).timeout(req.timeout);
            req.headers.forEach(b::header);
            HttpRequest.BodyPublisher pub = req.body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(req.body);
            b.method(req.method, pub);
            HttpResponse<byte[]> r = client(req.from).send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            Map<String, List<String>> headers = new LinkedHashMap<>();
            r.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v));
            return new Res(r.statusCode(), headers, r.body(), null, (System.nanoTime() - start) / 1_000_000, false);
        } catch (IOException | IllegalArgumentException e) {
            return new Res(0, Map.of(), new byte[0], e.getClass().getSimpleName() + ": " + e.getMessage(),
                    (System.nanoTime() - start) / 1_000_000, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Res(0, Map.of(), new byte[0], "interrupted", 0, true);
        }
    }

    /**
     * Writes bytes on a fresh connection, reads one answer, then waits briefly to see whether the
     * server closes the connection ({@code closedAfter}).
     */
    public Res raw(String baseUrl, byte[] request, InetAddress from, int readTimeoutMs, int closeWaitMs) {
        requests.incrementAndGet();
        URI u = URI.create(baseUrl);
        long start = System.nanoTime();
        try (Socket s = new Socket()) {
            if (from != null) {
                s.bind(new InetSocketAddress(from, 0));
            }
            s.connect(new InetSocketAddress(u.getHost(), u.getPort() < 0 ? 80 : u.getPort()), 5000);
            s.setSoTimeout(readTimeoutMs);
            OutputStream out = s.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException e) {
                // The server may answer and close before the whole request is written.
            }
            InputStream in = s.getInputStream();
            RawResponse rr;
            try {
                rr = readResponse(in);
            } catch (SocketTimeoutException e) {
                return new Res(0, Map.of(), new byte[0], "no answer within " + readTimeoutMs + " ms",
                        (System.nanoTime() - start) / 1_000_000, false);
            }
            if (rr == null) {
                return new Res(0, Map.of(), new byte[0], "connection closed without an answer",
                        (System.nanoTime() - start) / 1_000_000, true);
            }
            boolean closed = rr.closed;
            if (!closed) {
                s.setSoTimeout(closeWaitMs);
                try {
                    closed = in.read() < 0;
                } catch (SocketTimeoutException e) {
                    closed = false;
                } catch (IOException e) {
                    closed = true;
                }
            }
            return new Res(rr.status, rr.headers, rr.body, null, (System.nanoTime() - start) / 1_000_000, closed);
        } catch (IOException e) {
            return new Res(0, Map.of(), new byte[0], e.getClass().getSimpleName() + ": " + e.getMessage(),
                    (System.nanoTime() - start) / 1_000_000, true);
        }
    }

    private record RawResponse(int status, Map<String, List<String>> headers, byte[] body, boolean closed) {
    }

    private static RawResponse readResponse(InputStream in) throws IOException {
        String statusLine = readLine(in);
        if (statusLine == null) {
            return null;
        }
        String[] parts = statusLine.split(" ", 3);
        int status = parts.length > 1 && parts[1].matches("\\d{3}") ? Integer.parseInt(parts[1]) : 0;
        Map<String, List<String>> headers = new LinkedHashMap<>();
        String line;
        while ((line = readLine(in)) != null && !line.isEmpty()) {
            int c = line.indexOf(':');
            if (c > 0) {
                headers.computeIfAbsent(line.substring(0, c).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(line.substring(c + 1).trim());
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        boolean closed = false;
        List<String> cl = headers.get("content-length");
        List<String> te = headers.get("transfer-encoding");
        if (te != null && te.toString().toLowerCase(Locale.ROOT).contains("chunked")) {
            while (true) {
                String size = readLine(in);
                if (size == null) {
                    closed = true;
                    break;
                }
                int n = Integer.parseInt(size.split(";")[0].trim(), 16);
                if (n == 0) {
                    readLine(in);
                    break;
                }
                body.write(in.readNBytes(n));
                readLine(in);
            }
        } else if (cl != null) {
            int n = Integer.parseInt(cl.get(0).trim());
            byte[] b = in.readNBytes(n);
            body.write(b);
            closed = b.length < n;
        } else if (status >= 200 && status != 204 && status != 304) {
            // No framing: the body runs until the connection closes.
            try {
                body.write(in.readAllBytes());
            } catch (SocketTimeoutException e) {
                // keep what came
            }
            closed = true;
        }
        return new RawResponse(status, headers, body.toByteArray(), closed);
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int len = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, len, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    public static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
