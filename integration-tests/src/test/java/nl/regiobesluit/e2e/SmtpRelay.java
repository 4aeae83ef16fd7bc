package nl.regiobesluit.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A mail server that can be taken down: a TCP relay in front of the real SMTP server (GreenMail) on a port of its own,
 * which the service is configured with. Up, it passes every byte through unchanged. Down, nothing listens on the port
 * (connection refused), which is what the service sees of a mail server that is switched off.
 * {@link #downAfter(int)} lets a given number of connections through and then goes down: the next connection gets
 * {@code 421 Service not available, closing transmission channel}, the reply RFC 5321 (section 3.8) gives a server
 * that has to shut down, and the port is closed. camel-mail opens one connection per message, so this is "n more
 * e-mails, then an outage".
 */
final class SmtpRelay implements AutoCloseable {

    private int port;
    private final int target;
    private final AtomicInteger allowance = new AtomicInteger(Integer.MAX_VALUE);
    private final AtomicInteger relayed = new AtomicInteger();
    private final AtomicInteger turnedAway = new AtomicInteger();
    private ServerSocket server;

    SmtpRelay(int targetPort) throws IOException {
        this.target = targetPort;
        up();
    }

    synchronized int port() {
        return port;
    }

    /** Connections passed on to the SMTP server so far. */
    int relayed() {
        return relayed.get();
    }

    /** Connections answered with 421 (refused connections are not seen and not counted). */
    int turnedAway() {
        return turnedAway.get();
    }

    synchronized void up() throws IOException {
        allowance.set(Integer.MAX_VALUE);
        if (server != null) {
            return;
        }
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        // The first bind takes port 0 (a free port, chosen while binding); coming back up it takes the same port
        // again, since the service under test was configured with it.
        s.bind(new InetSocketAddress("127.0.0.1", port));
        port = s.getLocalPort();
        server = s;
        Thread acceptor = new Thread(() -> accept(s), "smtp-relay-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    synchronized void down() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException ignored) {
                // closing a listening socket: nothing left to do
            }
            server = null;
        }
    }

    /** Lets {@code connections} more connections through, then the server goes down. */
    void downAfter(int connections) {
        allowance.set(connections);
    }

    @Override
    public void close() {
        down();
    }

    private void accept(ServerSocket s) {
        while (!s.isClosed()) {
            Socket client;
            try {
                client = s.accept();
            } catch (IOException closed) {
                return;
            }
            if (allowance.getAndDecrement() <= 0) {
                turnAway(client);
                down();
                continue;
            }
            relayed.incrementAndGet();
            try {
                Socket upstream = new Socket("127.0.0.1", target);
                pipe(client, upstream);
                pipe(upstream, client);
            } catch (IOException e) {
                closeQuietly(client);
            }
        }
    }

    private void turnAway(Socket client) {
        turnedAway.incrementAndGet();
        try (client; OutputStream out = client.getOutputStream()) {
            out.write("421 4.3.2 Service not available, closing transmission channel\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException ignored) {
            // the client went away first: it failed either way
        }
    }

    private static void pipe(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException ignored) {
                // one side closed: the other is closed below
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "smtp-relay-pipe");
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
