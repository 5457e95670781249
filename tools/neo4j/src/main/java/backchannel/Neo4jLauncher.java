// The test Neo4j: Neo4j Community embedded with Bolt on 127.0.0.1, auth on with a known password, and an
// import folder for LOAD CSV. Prints "READY bolt://127.0.0.1:PORT" once it accepts queries; stops when its
// standard input closes (its parent died or stopped it) or on SIGTERM.
package backchannel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

public final class Neo4jLauncher {
  private Neo4jLauncher() {}

  /** Usage: --home DIR [--port N (0 = any free port)] [--password P] [--import DIR] [--page-cache-mb N] */
  public static void main(String[] args) throws Exception {
    Map<String, String> opts = parse(args);
    Path home = Path.of(opts.getOrDefault("home", "data")).toAbsolutePath();
    Path importDir = Path.of(opts.getOrDefault("import", home.resolve("import").toString())).toAbsolutePath();
    Files.createDirectories(importDir);
    int port = Integer.parseInt(opts.getOrDefault("port", "0"));
    String password = opts.getOrDefault("password", "backchannel-test");

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        .setConfig(GraphDatabaseSettings.allow_file_urls, true)
        .setConfig(GraphDatabaseSettings.load_csv_file_url_root, importDir)
        .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory,
            ByteUnit.mebiBytes(Long.parseLong(opts.getOrDefault("page-cache-mb", "256"))))
        .build();
    Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown));

    setPassword(dbms, password);
    GraphDatabaseAPI db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    int boltPort = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
        .getLocalAddress(ConnectorType.BOLT).getPort();
    System.out.println("READY bolt://127.0.0.1:" + boltPort);
    System.out.flush();

    while (System.in.read() != -1) {
      // Wait for the parent to close our standard input.
    }
    System.exit(0);
  }

  /** Sets the neo4j user's password (no change required); a restart on the same home keeps it. */
  private static void setPassword(DatabaseManagementService dbms, String password) {
    try {
      dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (RuntimeException e) {
      if (!String.valueOf(e.getMessage()).contains("same")) throw e;
    }
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> opts = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) throw new IllegalArgumentException("unexpected argument " + args[i]);
      opts.put(args[i].substring(2), args[i + 1]);
    }
    return opts;
  }
}
