package vn.doingoai.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * One database's load as one transaction: what an earlier run loaded is deleted, the tables'
 * secondary indexes are dropped, the rows are copied in, the indexes are built again, and it
 * commits. A load that fails half-way leaves the database as it was, indexes included, because
 * PostgreSQL's DDL is transactional. Tables are locked meanwhile, so the suite waits on them.
 * <p>
 * Foreign keys and triggers are not checked row by row ({@code session_replication_role = replica},
 * which needs the superuser): the generated rows are consistent by construction, and checking 3 M
 * memberships one by one would triple the load time.
 */
public final class Bulk implements AutoCloseable {

    private final Connection connection;
    private final Progress progress;
    private final List<String> dropped = new ArrayList<>();

    public Bulk(Connection connection, Progress progress) throws SQLException {
        this.connection = connection;
        this.progress = progress;
        connection.setAutoCommit(false);
        execute("set local session_replication_role = replica");
        execute("set local maintenance_work_mem = '1GB'");
        execute("set local max_parallel_maintenance_workers = 2");
        execute("set local synchronous_commit = off");
    }

    public Connection connection() {
        return connection;
    }

    public void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Deletes the rows an earlier run loaded; {@code where} picks them (see {@link BenchIds#loaded}). */
    public void delete(String table, String where) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            int n = statement.executeUpdate("delete from " + table + " where " + where);
            if (n > 0) {
                System.out.printf("  %-26s %,11d rows of an earlier load deleted%n", table, n);
            }
        }
    }

    /** Drops the table's indexes that back no constraint, to build them once after the copy. */
    public void dropIndexes(String table) throws SQLException {
        List<String[]> indexes = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select i.relname, pg_get_indexdef(i.oid)
                  from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
                 where t.relname = ? and t.relnamespace = 'public'::regnamespace
                   and not exists (select 1 from pg_constraint c where c.conindid = i.oid)""")) {
            query.setString(1, table);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    indexes.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
        }
        for (String[] index : indexes) {
            execute("drop index " + index[0]);
            dropped.add(index[1]);
        }
    }

    public Csv copy(String table, String columns) throws SQLException {
        return new Csv(connection, table, columns, progress);
    }

    /** Builds the dropped indexes again, commits, and refreshes the planner's statistics. */
    public void commit(String... analyse) throws SQLException {
        progress.step("building " + dropped.size() + " indexes");
        for (String definition : dropped) {
            long began = System.nanoTime();
            execute(definition);
            System.out.printf("  %-60s %.1f s%n", definition.replaceAll(" USING btree| ON public\\.", " ").replaceFirst("CREATE (UNIQUE )?INDEX ", ""),
                    (System.nanoTime() - began) / 1e9);
        }
        connection.commit();
        dropped.clear();
        connection.setAutoCommit(true);
        progress.step("analysing");
        for (String table : analyse) {
            execute("vacuum (analyze) " + table);
        }
    }

    @Override
    public void close() throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.rollback();
        }
        connection.close();
    }
}
