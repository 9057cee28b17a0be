package io.peoplesync.cli.state;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} over a JDBC URL, opening connections through {@link DriverManager}: any
 * driver on the class path serves (H2 is bundled; add PostgreSQL's jar with {@code java -cp}).
 *
 * <p>Closed connections are kept for reuse until {@link #close()}: an embedded H2 database closes
 * its file when its last connection closes, and a server database costs a handshake per connection,
 * so opening one per statement would be slow. {@link #toString()} and {@link #redactedUrl()} mask a
 * {@code password} in the URL.
 */
public final class StateDatabase implements DataSource, AutoCloseable {
  /** The default state: an H2 file database, {@code ./.peoplesync/state.mv.db}. */
  public static final String DEFAULT_URL = "jdbc:h2:file:./.peoplesync/state";

  private final String url;
  private final Properties credentials = new Properties();
  private final Deque<Connection> idle = new ArrayDeque<>();
  private final ReentrantLock lock = new ReentrantLock();

  /**
   * Creates the data source for {@code url}; {@code user} and {@code password} are optional (they
   * may also be in the URL, as the driver allows).
   *
   * @throws IllegalArgumentException if {@code url} does not start with {@code jdbc:}
   */
  public StateDatabase(String url, Optional<String> user, Optional<String> password) {
    this.url = Objects.requireNonNull(url, "url == null");
    if (!url.startsWith("jdbc:")) {
      throw new IllegalArgumentException("--state: expected a JDBC URL (jdbc:...)");
    }
    user.ifPresent(u -> credentials.setProperty("user", u));
    password.ifPresent(p -> credentials.setProperty("password", p));
  }

  /** Returns the URL with any {@code password=…} value masked, for messages. */
  public String redactedUrl() {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1****");
  }

  /** Returns a connection, reused when one is idle; closing it gives it back. */
  @Override
  public Connection getConnection() throws SQLException {
    Connection connection = null;
    lock.lock();
    try {
      connection = idle.poll();
    } finally {
      lock.unlock();
    }
    if (connection == null || connection.isClosed()) {
      connection = DriverManager.getConnection(url, credentials);
    }
    return reusable(connection);
  }

  private Connection reusable(Connection connection) {
    AtomicBoolean returned = new AtomicBoolean();
    InvocationHandler handler =
        (proxy, method, args) -> {
          String name = method.getName();
          if (name.equals("close") && method.getParameterCount() == 0) {
            if (returned.compareAndSet(false, true)) {
              giveBack(connection);
            }
            return null;
          }
          if (name.equals("isClosed") && method.getParameterCount() == 0 && returned.get()) {
            return true;
          }
          try {
            return method.invoke(connection, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        };
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
  }

  private void giveBack(Connection connection) throws SQLException {
    if (connection.isClosed()) {
      return;
    }
    if (!connection.getAutoCommit()) {
      connection.rollback();
      connection.setAutoCommit(true);
    }
    lock.lock();
    try {
      idle.push(connection);
    } finally {
      lock.unlock();
    }
  }

  /** Closes every idle connection; connections still lent out close when given back. */
  @Override
  public void close() {
    lock.lock();
    try {
      for (Connection c : idle) {
        try {
          c.close();
        } catch (SQLException e) {
          // closing at exit: nothing left to do with a connection that will not close
        }
      }
      idle.clear();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return DriverManager.getConnection(url, username, password);
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // DriverManager's log writer is global; a per-source one is not offered.
  }

  @Override
  public void setLoginTimeout(int seconds) {
    DriverManager.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() {
    return DriverManager.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("no parent logger");
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    throw new SQLException("not a wrapper of " + iface.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return iface.isInstance(this);
  }

  @Override
  public String toString() {
    return "StateDatabase{" + redactedUrl() + "}";
  }
}
