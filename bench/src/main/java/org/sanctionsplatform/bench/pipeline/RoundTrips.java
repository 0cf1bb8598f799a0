package org.sanctionsplatform.bench.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import javax.net.SocketFactory;

/**
 * Counts the round trips each service makes to PostgreSQL: the driver is given this socket factory through its
 * connection properties ({@code socketFactory}, with the service's name as {@code socketFactoryArg}), and each flush
 * of a connection's output is one request sent, after which the driver waits for the answer. pgjdbc buffers a
 * request's messages and flushes once per request (a statement, a JDBC batch, a composite statement, a commit), so
 * the count is the number of exchanges whatever the statements do. Why here: PostgreSQL counts transactions and scans
 * but not exchanges, and the exchanges are what a consumer's batch or a request waits on one after another.
 */
public final class RoundTrips extends SocketFactory {

    private static final Map<String, LongAdder> FLUSHES = new ConcurrentHashMap<>();

    private final LongAdder flushes;

    /** The driver calls this with the {@code socketFactoryArg} of the connection: the service's name. */
    public RoundTrips(String service) {
        this.flushes = FLUSHES.computeIfAbsent(service, s -> new LongAdder());
    }

    /** The JDBC URL's query that makes the driver count a service's round trips here. */
    static String urlParameters(String service) {
        return "socketFactory=" + RoundTrips.class.getName() + "&socketFactoryArg=" + service;
    }

    /** Round trips the service's connections have made so far. */
    static long count(String service) {
        LongAdder adder = FLUSHES.get(service);
        return adder == null ? 0 : adder.sum();
    }

    @Override
    public Socket createSocket() {
        return new CountingSocket(flushes);
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

    private static final class CountingSocket extends Socket {
        private final LongAdder flushes;
        private OutputStream counting;

        CountingSocket(LongAdder flushes) {
            this.flushes = flushes;
        }

        @Override
        public synchronized OutputStream getOutputStream() throws IOException {
            if (counting == null) {
                OutputStream out = super.getOutputStream();
                counting = new OutputStream() {
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
                        flushes.increment();
                        out.flush();
                    }

                    @Override
                    public void close() throws IOException {
                        out.close();
                    }
                };
            }
            return counting;
        }
    }
}
