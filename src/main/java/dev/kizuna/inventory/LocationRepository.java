package dev.kizuna.inventory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Locations (table {@code stock_location}); few rows, listed whole by name (stock_location_name_idx). */
@Repository
class LocationRepository {

    private final JdbcClient jdbc;

    LocationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Location> find(UUID id) {
        return jdbc.sql("select * from stock_location where id = ?").param(id).query(LocationRepository::row)
                .optional();
    }

    Optional<Location> byCode(String code) {
        return jdbc.sql("select * from stock_location where code = ?").param(code).query(LocationRepository::row)
                .optional();
    }

    Optional<Location> defaultLocation() {
        return jdbc.sql("select * from stock_location where is_default").query(LocationRepository::row).optional();
    }

    List<Location> list(String kind) {
        return jdbc.sql("""
                select * from stock_location where (cast(? as text) is null or kind = ?) order by name, id limit 500
                """).params(kind, kind).query(LocationRepository::row).list();
    }

    void insert(Location l, UUID actor) {
        jdbc.sql("""
                insert into stock_location (id, code, name, kind, is_default, notice_email, notice_webhook, created_by,
                    updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(l.id(), l.code(), l.name(), l.kind(), l.isDefault(), l.noticeEmail(), l.noticeWebhook(),
                actor, actor).update();
    }

    boolean update(Location l, long version, UUID actor) {
        return jdbc.sql("""
                update stock_location set name = ?, notice_email = ?, notice_webhook = ?, is_default = ?,
                    version = version + 1, updated_at = now(), updated_by = ? where id = ? and version = ?
                """).params(l.name(), l.noticeEmail(), l.noticeWebhook(), l.isDefault(), actor, l.id(), version)
                .update() == 1;
    }

    void clearDefault() {
        jdbc.sql("update stock_location set is_default = false, version = version + 1 where is_default").update();
    }

    private static Location row(ResultSet rs, int n) throws SQLException {
        return new Location(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
                rs.getString("kind"), rs.getBoolean("is_default"), rs.getString("notice_email"),
                rs.getString("notice_webhook"), rs.getLong("version"));
    }
}
