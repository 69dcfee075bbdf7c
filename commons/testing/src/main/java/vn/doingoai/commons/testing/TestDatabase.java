package vn.doingoai.commons.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/** The database of the service under test, read and changed over plain JDBC, as an operator with SQL would. */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static Connection connect() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }

    /** The one row a query with parameters gives, by column name, values as text. */
    public static Map<String, String> row(String sql, Object... parameters) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new AssertionError("no row for " + sql);
                }
                Map<String, String> values = new HashMap<>();
                for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                    values.put(r.getMetaData().getColumnName(i), r.getString(i));
                }
                return values;
            }
        }
    }

    public static int update(String sql, Object... parameters) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        }
    }
}
