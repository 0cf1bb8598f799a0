package org.sanctionsplatform.bench.pipeline;

import java.io.IOException;
import java.io.InputStream;
import org.sanctionsplatform.testkit.EmbeddedKafkaBroker;

/**
 * The harness's broker as a child JVM: starts an {@link EmbeddedKafkaBroker} (KRaft, 3 partitions for created topics,
 * as the launcher's), prints {@code READY <bootstrap>} on stdout, and stops when its standard input closes, so it
 * cannot outlive the harness.
 */
public final class BrokerProcess {

    private BrokerProcess() {
    }

    public static void main(String[] args) throws IOException {
        int partitions = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(EmbeddedKafkaBroker.Config.defaults().defaultPartitions(partitions));
        System.out.println("READY " + broker.bootstrapServers());
        System.out.flush();
        InputStream in = System.in;
        while (in.read() >= 0) {
            // the parent holds stdin open while it needs the broker
        }
        broker.close();
        System.exit(0);
    }
}
