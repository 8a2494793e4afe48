package dev.kizuna.dataio;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The data_export table. */
@Repository
class ExportRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ExportRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(UUID id, String objectType, String query, List<String> columns, String format, String fileName,
            String locale, UUID createdBy) {
        jdbc.sql("""
                insert into data_export (id, object_type, query, columns, format, file_name, locale, created_by)
                values (?, ?, ?, cast(? as jsonb), ?, ?, ?, ?)""")
                .params(id, objectType, query, json.writeValueAsString(columns), format, fileName, locale, createdBy)
                .update();
    }

    Optional<DataExport> find(UUID id) {
        return jdbc.sql("select * from data_export where id = ?").param(id).query(this::map).optional();
    }

    String fileKey(UUID id) {
        return jdbc.sql("select file_key from data_export where id = ?").param(id).query(String.class).optional()
                .orElse(null);
    }

    List<DataExport> recent(UUID createdBy, int limit) {
        return jdbc.sql("select * from data_export where created_by = ? order by created_at desc limit ?")
                .params(createdBy, limit).query(this::map).list();
    }

    /**
     * How long a claimed export is its worker's without a renewal (every {@link ExportRunner#RENEW_EVERY}): an export
     * whose instance died, or that a database outage interrupted, is taken again from the top after at most this long
     * (it was 10 minutes).
     */
    static final int LEASE_SECONDS = 60;

    /** Claims a queued export, or one whose worker stopped renewing its lease; it starts again from the top. */
    Optional<DataExport> claim() {
        return jdbc.sql("""
                update data_export set status = 'running', rows_done = 0,
                       lease_until = now() + make_interval(secs => ?)
                 where id = (select id from data_export
                              where status = 'queued' or (status = 'running' and lease_until < now())
                              order by created_at limit 1 for update skip locked)
                returning *""").param(LEASE_SECONDS).query(this::map).optional();
    }

    /** In its own transaction: the export reads inside a read-only one, and the page should see progress now. */
    @org.springframework.transaction.annotation.Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
    public void progress(UUID id, long rows) {
        jdbc.sql("update data_export set rows_done = ?, lease_until = now() + make_interval(secs => ?) where id = ?")
                .params(rows, LEASE_SECONDS, id).update();
    }

    void finish(UUID id, String status, long rows, String fileKey, String error) {
        jdbc.sql("""
                update data_export set status = ?, rows_done = ?, file_key = ?, error = ?, finished_at = now(),
                    lease_until = null where id = ?""").params(status, rows, fileKey, error, id).update();
    }

    /** A finished export whose file has been kept long enough. */
    record Expiring(UUID id, String fileKey, String fileName) {
    }

    /** Up to {@code limit} exports finished more than {@code keepDays} days ago, locked (others skip them). */
    List<Expiring> finishedDaysAgo(int keepDays, int limit) {
        return jdbc.sql("""
                select id, file_key, file_name from data_export
                 where status in ('done', 'failed') and finished_at < now() - make_interval(days => ?)
                 order by finished_at limit ? for update skip locked""").params(keepDays, limit)
                .query((rs, n) -> new Expiring(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3))).list();
    }

    /** The export's file is gone: its row stays, for the record. */
    void expire(UUID id) {
        jdbc.sql("update data_export set status = 'expired', file_key = null where id = ?").param(id).update();
    }

    @SuppressWarnings("unchecked")
    private DataExport map(ResultSet rs, int n) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new DataExport(rs.getObject("id", UUID.class), rs.getString("object_type"), rs.getString("query"),
                json.readValue(rs.getString("columns"), List.class), rs.getString("format"), rs.getString("status"),
                rs.getLong("rows_done"), rs.getString("file_name"), rs.getString("error"), rs.getString("locale"),
                rs.getTimestamp("created_at").toInstant(), rs.getObject("created_by", UUID.class),
                finished == null ? null : finished.toInstant());
    }
}
