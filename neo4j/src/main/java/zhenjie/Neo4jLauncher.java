package zhenjie;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * An embedded Neo4j 5.26 Community with a Bolt connector, for machines without Docker.
 *
 * Environment: NEO4J_BOLT_HOST (default 127.0.0.1), NEO4J_BOLT_PORT (7687),
 * NEO4J_DATA_DIR (.neo4j/data), NEO4J_PAGECACHE (e.g. 2g; default 1g), NEO4J_PARENT_PID (stop
 * when that process is gone: the tests' own server).
 * Embedded mode has no authentication: connect without a token. Bolt listens on loopback only
 * unless NEO4J_BOLT_HOST says otherwise.
 *
 * Prints exactly one line starting with "zhenjie-neo4j: ready" once Bolt accepts connections
 * (scripts wait for it), and shuts down cleanly on SIGTERM/SIGINT via a shutdown hook.
 */
public final class Neo4jLauncher {
    private Neo4jLauncher() {}

    public static void main(String[] args) throws InterruptedException {
        String host = env("NEO4J_BOLT_HOST", "127.0.0.1");
        int port = Integer.parseInt(env("NEO4J_BOLT_PORT", "7687"));
        Path home = Path.of(env("NEO4J_DATA_DIR", ".neo4j/data")).toAbsolutePath();
        long pagecache = parseBytes(env("NEO4J_PAGECACHE", "1g"));

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pagecache)
                // Embedded Neo4j lets LOAD CSV read any local file; nothing here needs that, and the
                // viewer exposes read-only Cypher, so file URLs are off.
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                // A local database, no backups: keep only the transaction logs recovery needs
                // (the default keeps two days of them: gigabytes after one big ingest).
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
                // A killed process must recover on restart without a prompt; keep shutdown bounded.
                .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(10))
                // One transaction may not take the server's memory: the console's ad-hoc Cypher runs
                // with a timeout from the driver, and this bounds what it may hold meanwhile.
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size, parseBytes(env("NEO4J_TX_MEMORY", "1g")))
                // A backstop for any transaction (the console's own timeout from the driver is 20 s;
                // ingest writes in small batches, each far shorter than this).
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(Long.parseLong(env("NEO4J_TX_TIMEOUT_S", "600"))))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("zhenjie-neo4j: shutting down");
            dbms.shutdown();
            System.out.println("zhenjie-neo4j: stopped");
            stopped.countDown();
        }, "zhenjie-neo4j-shutdown"));

        watchParent(env("NEO4J_PARENT_PID", ""));

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(Duration.ofMinutes(5).toMillis())) {
            System.err.println("zhenjie-neo4j: database did not become available in 5 minutes; see " + home.resolve("logs"));
            System.exit(1);
        }
        System.out.println("zhenjie-neo4j: ready bolt://" + host + ":" + port + " (Neo4j "
                + org.neo4j.kernel.internal.Version.getNeo4jVersion() + ", data " + home + ", no auth)");
        System.out.flush();
        stopped.await();
    }

    /**
     * NEO4J_PARENT_PID: a server started for one process (the tests' own) stops, cleanly, when that
     * process is gone, whatever ended it: a test run killed before its teardown must not leave a
     * server holding the tests' port and data folder for the next run to find.
     */
    private static void watchParent(String pid) {
        if (pid.isEmpty()) return;
        ProcessHandle parent = ProcessHandle.of(Long.parseLong(pid)).orElse(null);
        Thread watch = new Thread(() -> {
            while (parent != null && parent.isAlive()) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
            System.out.println("zhenjie-neo4j: process " + pid + " that started this server is gone; stopping");
            System.exit(0);
        }, "zhenjie-neo4j-parent-watch");
        watch.setDaemon(true);
        watch.start();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    /** "512m", "2g", "1048576" → bytes. */
    private static long parseBytes(String text) {
        String t = text.toLowerCase();
        char unit = t.charAt(t.length() - 1);
        if (Character.isDigit(unit)) return Long.parseLong(t);
        long n = Long.parseLong(t.substring(0, t.length() - 1));
        return switch (unit) {
            case 'k' -> ByteUnit.kibiBytes(n);
            case 'm' -> ByteUnit.mebiBytes(n);
            case 'g' -> ByteUnit.gibiBytes(n);
            default -> throw new IllegalArgumentException("NEO4J_PAGECACHE: cannot read '" + text + "' (use e.g. 512m or 2g)");
        };
    }
}
