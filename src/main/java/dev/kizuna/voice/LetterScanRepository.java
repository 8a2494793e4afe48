package dev.kizuna.voice;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL over {@code voice_letter_scan}: a postcard's pictures (file keys), the text read off them, its letter. */
@Repository
class LetterScanRepository {

    /** The stored files of a scan. */
    record Files(String frontKey, String frontType, long frontSize, String backKey, String backType, Long backSize) {
    }

    private final JdbcClient jdbc;

    LetterScanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, Files files, String recognition, List<LetterScan.Line> lines, boolean vertical, UUID actor) {
        jdbc.sql("""
                insert into voice_letter_scan (id, front_key, front_type, front_size, back_key, back_type, back_size,
                    recognition, read_text, confidences, vertical, created_by, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(id, files.frontKey(), files.frontType(),
                files.frontSize(), files.backKey(), files.backType(), files.backSize(), recognition,
                String.join("\n", lines.stream().map(LetterScan.Line::text).toList()),
                lines.stream().map(LetterScan.Line::confidence).toArray(Integer[]::new), vertical, actor, actor)
                .update();
    }

    Optional<LetterScan> find(UUID id) {
        return jdbc.sql("select * from voice_letter_scan where id = ?").param(id).query(LetterScanRepository::map)
                .optional();
    }

    Optional<Files> files(UUID id) {
        return jdbc.sql("select * from voice_letter_scan where id = ?").param(id)
                .query((rs, n) -> new Files(rs.getString("front_key"), rs.getString("front_type"),
                        rs.getLong("front_size"), rs.getString("back_key"), rs.getString("back_type"),
                        rs.getObject("back_size", Long.class))).optional();
    }

    /** Gives a scan not yet used to a letter; false when it is unknown or already another letter's. */
    boolean attach(UUID id, UUID letterId, UUID actor) {
        return jdbc.sql("""
                update voice_letter_scan set letter_id = ?, version = version + 1, updated_at = now(), updated_by = ?
                 where id = ? and letter_id is null""").params(letterId, actor, id).update() == 1;
    }

    private static LetterScan map(ResultSet rs, int n) throws SQLException {
        String text = rs.getString("read_text");
        Array array = rs.getArray("confidences");
        Integer[] confidences = array == null ? new Integer[0] : (Integer[]) array.getArray();
        List<LetterScan.Line> lines = new ArrayList<>();
        String[] rows = text.isEmpty() ? new String[0] : text.split("\n", -1);
        for (int i = 0; i < rows.length; i++) {
            lines.add(new LetterScan.Line(rows[i], i < confidences.length ? confidences[i] : 0));
        }
        return new LetterScan(rs.getObject("id", UUID.class), rs.getObject("letter_id", UUID.class),
                rs.getString("recognition"), List.copyOf(lines), rs.getBoolean("vertical"),
                rs.getString("back_key") != null, rs.getLong("version"), FeedbackRepository.instant(rs, "created_at"));
    }
}
