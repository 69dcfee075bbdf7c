package vn.doingoai.commons.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** HTTP written byte by byte on a socket, for what no client library would send: broken framing, odd versions. */
public final class RawHttp {

    /** Appended to an answer when the server kept the connection open past the timeout. */
    public static final String STAYED_OPEN = "\n[the connection stayed open]";

    private RawHttp() {
    }

    /** Writes the request, then reads until the server closes the connection or {@code timeout} passes. */
    public static String untilClosed(URL server, String request, Duration timeout) {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout((int) timeout.toMillis());
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    answer.write(buffer, 0, n);
                }
            } catch (SocketTimeoutException e) {
                answer.write(STAYED_OPEN.getBytes(StandardCharsets.US_ASCII));
            }
            return answer.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the head and then a chunked body of {@code chunkedBytes} zero bytes from another
     * thread, and returns the first answer, which may come before the body is sent.
     */
    public static String firstAnswerWhileSending(URL server, String head, int chunkedBytes, Duration timeout) {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout((int) timeout.toMillis());
            OutputStream out = socket.getOutputStream();
            Thread writer = new Thread(() -> {
                try {
                    out.write(head.getBytes(StandardCharsets.ISO_8859_1));
                    if (chunkedBytes > 0) {
                        byte[] chunk = new byte[64 * 1024];
                        for (int sent = 0; sent < chunkedBytes; sent += chunk.length) {
                            out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                            out.write(chunk);
                            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                        }
                        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.flush();
                } catch (IOException e) {
                    // The server may answer and close before the whole body is sent; that is the point.
                }
            });
            writer.start();
            InputStream in = socket.getInputStream();
            StringBuilder answer = new StringBuilder();
            byte[] buffer = new byte[8192];
            try {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    answer.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                    if (answer.indexOf("\r\n\r\n") > 0 && answer.indexOf("}") > 0) {
                        break;
                    }
                }
            } catch (IOException e) {
                // Read what arrived before the connection closed.
            }
            writer.join(timeout.toMillis());
            return answer.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
