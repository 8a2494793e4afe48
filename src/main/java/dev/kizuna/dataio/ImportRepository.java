package dev.kizuna.dataio;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The data_import tables: imports, what their rows created, their errors, external keys and saved mappings. */
@Repository
class ImportRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ImportRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    record NewImport(UUID id, String objectType, String fileName, String fileKey, String fileHash, long fileSize,
            String format, String charset, List<String> header, List<String> mapping, UUID createdBy) {
    }

    void insert(NewImport i) {
        jdbc.sql("""
                insert into data_import (id, object_type, file_name, file_key, file_hash, file_size, format, charset,
                    header, mapping, created_by, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?)
                """).params(i.id(), i.objectType(), i.fileName(), i.fileKey(), i.fileHash(), i.fileSize(), i.format(),
                i.charset(), json.writeValueAsString(i.header()), json.writeValueAsString(i.mapping()), i.createdBy(),
                i.createdBy()).update();
    }

    Optional<DataImport> find(UUID id) {
        return jdbc.sql("select * from data_import where id = ?").param(id).query(this::map).optional();
    }

    /** The file key of an import, for the worker to open it. */
    String fileKey(UUID id) {
        return jdbc.sql("select file_key from data_import where id = ?").param(id).query(String.class).single();
    }

    Optional<DataImport> sameFile(String objectType, String hash) {
        return jdbc.sql("""
                select * from data_import where object_type = ? and file_hash = ? and status <> 'undone'
                 order by created_at desc limit 1""").params(objectType, hash).query(this::map).optional();
    }

    List<DataImport> recent(int limit) {
        return jdbc.sql("select * from data_import order by created_at desc, id desc limit ?").param(limit)
                .query(this::map).list();
    }

    boolean configure(UUID id, ImportSettings s, List<String> header, UUID actor) {
        return jdbc.sql("""
                update data_import set mapping = cast(? as jsonb), mode = ?, match_key = ?, charset = ?,
                    header = cast(? as jsonb), total_rows = case when charset = ? then total_rows end,
                    default_owner_id = ?, duplicates = ?, widen_kana = ?,
                    version = version + 1, updated_at = now(), updated_by = ?
                 where id = ? and status in ('uploaded', 'dry_run_done')
                """).params(json.writeValueAsString(s.mapping()), s.mode().code(), s.matchKey(), s.charset(),
                json.writeValueAsString(header), s.charset(), s.defaultOwnerId(),
                s.duplicates() == null ? ImportSettings.SKIP_DUPLICATES : s.duplicates(),
                s.widenKana() == null || s.widenKana(), actor, id).update() == 1;
    }

    /** Moves an import from one of the statuses to another; false when it was in none of them. */
    boolean transition(UUID id, Collection<String> from, String to, UUID actor) {
        return jdbc.sql("""
                update data_import set status = ?, version = version + 1, updated_at = now(), updated_by = ?
                 where id = ? and status = any(?)""").params(to, actor, id, from.toArray(String[]::new)).update() == 1;
    }

    /** A new pass starts from the first row with its counters and errors cleared. */
    void resetPass(UUID id, String pass) {
        jdbc.sql("""
                update data_import set rows_done = 0, created = 0, updated = 0, skipped = 0, failed = 0,
                    started_at = null, finished_at = null, error = null, lease_until = null where id = ?""").param(id).update();
        jdbc.sql("delete from data_import_error where import_id = ? and pass = ?").params(id, pass).update();
    }

    /**
     * Claims the oldest import waiting for a worker, or one whose worker stopped renewing its lease (a crash or a
     * restart): queued → running, dry_run_queued → dry_running. Skips rows another instance holds.
     */
    Optional<UUID> claim(int leaseSeconds) {
        return jdbc.sql("""
                update data_import set status = case when status in ('queued', 'running') then 'running' else 'dry_running' end,
                    lease_until = now() + make_interval(secs => ?), started_at = coalesce(started_at, now())
                 where id = (select id from data_import
                              where status in ('queued', 'dry_run_queued')
                                 or (status in ('running', 'dry_running') and lease_until < now())
                              order by created_at limit 1 for update skip locked)
                returning id""").param(leaseSeconds).query(UUID.class).optional();
    }

    /** Locks the import for a batch: its status and how many rows are done. */
    Optional<Progress> lock(UUID id) {
        return jdbc.sql("select status, rows_done from data_import where id = ? for update").param(id)
                .query((rs, n) -> new Progress(rs.getString(1), rs.getLong(2))).optional();
    }

    record Progress(String status, long rowsDone) {
    }

    void advance(UUID id, long rowsDone, Counts c, int leaseSeconds) {
        jdbc.sql("""
                update data_import set rows_done = ?, created = created + ?, updated = updated + ?, skipped = skipped + ?,
                    failed = failed + ?, lease_until = now() + make_interval(secs => ?) where id = ?""")
                .params(rowsDone, c.created, c.updated, c.skipped, c.failed, leaseSeconds, id).update();
    }

    void setTotal(UUID id, long total) {
        jdbc.sql("update data_import set total_rows = ? where id = ?").params(total, id).update();
    }

    void finish(UUID id, String status, String error) {
        jdbc.sql("""
                update data_import set status = ?, error = ?, finished_at = now(), lease_until = null,
                    total_rows = case when ? in ('done', 'dry_run_done') then rows_done else total_rows end,
                    dry_created = case when ? = 'dry_run_done' then created else dry_created end,
                    dry_updated = case when ? = 'dry_run_done' then updated else dry_updated end,
                    dry_skipped = case when ? = 'dry_run_done' then skipped else dry_skipped end,
                    dry_failed = case when ? = 'dry_run_done' then failed else dry_failed end,
                    version = version + 1
                 where id = ?""").params(status, error, status, status, status, status, status, id).update();
    }

    /** Per batch: counts of what its rows did. */
    static final class Counts {
        long created;
        long updated;
        long skipped;
        long failed;
    }

    /**
     * For the rest of this transaction, every statement is planned with its parameters and the tables' sizes as they
     * are now, instead of reusing the connection's cached generic plan.
     */
    void planLookupsAfresh() {
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
    }

    void insertRecords(UUID importId, long[] rows, UUID[] ids, String action) {
        if (rows.length == 0) {
            return;
        }
        Long[] boxed = new Long[rows.length];
        for (int i = 0; i < rows.length; i++) {
            boxed[i] = rows[i];
        }
        jdbc.sql("""
                insert into data_import_record (import_id, row_no, record_id, action)
                select ?, r, id, ? from unnest(?::bigint[], ?::uuid[]) as t(r, id)
                on conflict do nothing""").params(importId, action, boxed, ids).update();
    }

    void insertExternalKeys(String objectType, UUID importId, List<String> externalIds, List<UUID> ids) {
        if (externalIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into external_key (object_type, external_id, record_id, import_id)
                select ?, e, id, ? from unnest(?::text[], ?::uuid[]) as t(e, id)
                on conflict (object_type, external_id) do update set record_id = excluded.record_id""")
                .params(objectType, importId, externalIds.toArray(String[]::new), ids.toArray(UUID[]::new)).update();
    }

    Map<String, UUID> byExternalId(String objectType, Collection<String> externalIds) {
        Map<String, UUID> found = new HashMap<>();
        if (!externalIds.isEmpty()) {
            jdbc.sql("select external_id, record_id from external_key where object_type = ? and external_id = any(?)")
                    .params(objectType, externalIds.toArray(String[]::new))
                    .query(rs -> {
                        found.put(rs.getString(1), rs.getObject(2, UUID.class));
                    });
        }
        return found;
    }

    /** Records the import created, a page at a time after {@code afterRow}. */
    List<Created> createdRecords(UUID importId, long afterRow, int limit) {
        return jdbc.sql("""
                select row_no, record_id from data_import_record where import_id = ? and action = 'created' and row_no > ?
                 order by row_no limit ?""").params(importId, afterRow, limit)
                .query((rs, n) -> new Created(rs.getLong(1), rs.getObject(2, UUID.class))).list();
    }

    record Created(long row, UUID recordId) {
    }

    void forgetExternalKeys(UUID importId) {
        jdbc.sql("delete from external_key where import_id = ?").param(importId).update();
    }

    void insertErrors(UUID importId, String pass, List<Long> rows, List<RowProblem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        List<Object[]> args = new ArrayList<>();
        for (int i = 0; i < problems.size(); i++) {
            RowProblem p = problems.get(i);
            args.add(new Object[] {rows.get(i), p.column(), p.value() == null ? "" : p.value(), p.field(), p.code(),
                    json.writeValueAsString(p.arguments())});
        }
        String[] cols = new String[args.size()];
        Long[] rowNos = new Long[args.size()];
        String[] values = new String[args.size()];
        String[] fields = new String[args.size()];
        String[] codes = new String[args.size()];
        String[] arguments = new String[args.size()];
        for (int i = 0; i < args.size(); i++) {
            Object[] a = args.get(i);
            rowNos[i] = (Long) a[0];
            cols[i] = (String) a[1];
            values[i] = ((String) a[2]).length() > 1000 ? ((String) a[2]).substring(0, 1000) : (String) a[2];
            fields[i] = (String) a[3];
            codes[i] = (String) a[4];
            arguments[i] = (String) a[5];
        }
        jdbc.sql("""
                insert into data_import_error (import_id, pass, row_no, column_name, value, field, code, arguments)
                select ?, ?, r, c, v, f, k, cast(a as jsonb)
                  from unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) as t(r, c, v, f, k, a)""")
                .params(importId, pass, rowNos, cols, values, fields, codes, arguments).update();
    }

    record StoredError(long row, String column, String value, String field, String code, List<Object> arguments) {
    }

    List<StoredError> errors(UUID importId, String pass, long afterId, int limit, long[] lastId) {
        return jdbc.sql("""
                select id, row_no, column_name, value, field, code, arguments::text from data_import_error
                 where import_id = ? and pass = ? and id > ? order by id limit ?""")
                .params(importId, pass, afterId, limit).query((rs, n) -> {
                    lastId[0] = rs.getLong(1);
                    return new StoredError(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), arguments(rs.getString(7)));
                }).list();
    }

    long errorCount(UUID importId, String pass) {
        return jdbc.sql("select count(*) from data_import_error where import_id = ? and pass = ?").params(importId, pass)
                .query(Long.class).single();
    }

    @SuppressWarnings("unchecked")
    private List<Object> arguments(String stored) {
        return stored == null ? List.of() : json.readValue(stored, List.class);
    }

    @SuppressWarnings("unchecked")
    private List<String> strings(String stored) {
        return stored == null ? List.of() : json.readValue(stored, List.class);
    }

    private DataImport map(ResultSet rs, int n) throws SQLException {
        Long dryCreated = (Long) rs.getObject("dry_created");
        return new DataImport(rs.getObject("id", UUID.class), rs.getString("object_type"), rs.getString("file_name"),
                rs.getString("format"), rs.getString("charset"), strings(rs.getString("header")),
                strings(rs.getString("mapping")), ImportMode.ofCode(rs.getString("mode")), rs.getString("match_key"),
                rs.getString("status"), rs.getInt("batch_size"), (Long) rs.getObject("total_rows"),
                rs.getLong("rows_done"), rs.getLong("created"), rs.getLong("updated"), rs.getLong("skipped"),
                rs.getLong("failed"), dryCreated == null ? null : new DataImport.DryRun(dryCreated,
                        rs.getLong("dry_updated"), rs.getLong("dry_skipped"), rs.getLong("dry_failed")),
                instant(rs, "started_at"), instant(rs, "finished_at"), rs.getString("error"), rs.getLong("version"),
                instant(rs, "created_at"), rs.getObject("created_by", UUID.class),
                rs.getObject("default_owner_id", UUID.class), rs.getString("duplicates"), rs.getBoolean("widen_kana"));
    }

    private static java.time.Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    void setBatchSize(UUID id, int size) {
        jdbc.sql("update data_import set batch_size = ? where id = ?").params(size, id).update();
    }
}
