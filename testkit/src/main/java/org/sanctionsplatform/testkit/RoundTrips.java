package org.sanctionsplatform.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import javax.net.SocketFactory;

/**
 * Counts the round trips made to PostgreSQL, by name (a service's, a test's): the driver is given this socket factory
 * through its connection properties ({@code socketFactory}, with the name as {@code socketFactoryArg}: see
 * {@link #urlParameters}), and a round trip is counted each time a connection reads after it has sent something: the
 * driver sends a request (a statement, a JDBC batch, a composite statement, a commit) and then waits for the answer,
 * so the count is the number of waits whatever the statements do. (Not the flushes: pgjdbc flushes a transaction's
 * {@code BEGIN} on its own, ahead of the first statement, and reads both answers after the statement.) Why here:
 * PostgreSQL counts transactions and scans but not exchanges, and the exchanges are what a consumer's batch or a
 * request waits on one after another.
 */
public final class RoundTrips extends SocketFactory {

    private static final Map<String, LongAdder> EXCHANGES = new ConcurrentHashMap<>();
    /** Round trips made by the current thread, whatever the name: the driver reads on the thread that runs the work. */
    private static final ThreadLocal<long[]> ON_THIS_THREAD = ThreadLocal.withInitial(() -> new long[1]);

    private final LongAdder exchanges;

    /** The driver calls this with the {@code socketFactoryArg} of the connection: the name counted under. */
    public RoundTrips(String name) {
        this.exchanges = EXCHANGES.computeIfAbsent(name, s -> new LongAdder());
    }

    /** The JDBC URL's query parameters that make the driver count a connection's round trips under {@code name}. */
    public static String urlParameters(String name) {
        return "socketFactory=" + RoundTrips.class.getName() + "&socketFactoryArg=" + name;
    }

    /** {@code jdbcUrl} (without a query) with its connections' round trips counted under {@code name}. */
    public static String counted(String jdbcUrl, String name) {
        return jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + urlParameters(name);
    }

    /** Round trips the current thread has made so far on counted connections (background loops not included). */
    public static long onThisThread() {
        return ON_THIS_THREAD.get()[0];
    }

    /** Round trips the connections counted under {@code name} have made so far. */
    public static long count(String name) {
        LongAdder adder = EXCHANGES.get(name);
        return adder == null ? 0 : adder.sum();
    }

    @Override
    public Socket createSocket() {
        return new CountingSocket(exchanges);
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        Socket socket = createSocket();
        socket.connect(new InetSocketAddress(host, port));
        return socket;
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return createSocket(host, port);
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return createSocket(host.getHostAddress(), port);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return createSocket(address.getHostAddress(), port);
    }

    /**
     * A socket that counts an exchange each time it is read from after something was sent: the driver sends a request
     * (possibly in several flushes: a transaction's {@code BEGIN} goes on its own, ahead of its first statement, whose
     * answer is not waited for) and then reads until the answer is complete.
     */
    private static final class CountingSocket extends Socket {
        private final LongAdder exchanges;
        private boolean sent;
        private OutputStream output;
        private InputStream input;

        CountingSocket(LongAdder exchanges) {
            this.exchanges = exchanges;
        }

        private void reading() {
            if (sent) {
                sent = false;
                exchanges.increment();
                ON_THIS_THREAD.get()[0]++;
            }
        }

        @Override
        public synchronized InputStream getInputStream() throws IOException {
            if (input == null) {
                InputStream in = super.getInputStream();
                input = new InputStream() {
                    @Override
                    public int read() throws IOException {
                        reading();
                        return in.read();
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        reading();
                        return in.read(b, off, len);
                    }

                    @Override
                    public int available() throws IOException {
                        return in.available();
                    }

                    @Override
                    public void close() throws IOException {
                        in.close();
                    }
                };
            }
            return input;
        }

        @Override
        public synchronized OutputStream getOutputStream() throws IOException {
            if (output == null) {
                OutputStream out = super.getOutputStream();
                output = new OutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        out.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void flush() throws IOException {
                        sent = true;
                        out.flush();
                    }

                    @Override
                    public void close() throws IOException {
                        out.close();
                    }
                };
            }
            return output;
        }
    }
}
