package dev.kizuna.work;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL over {@code board} and {@code board_role}. */
@Repository
class BoardRepository {

    private static final String SELECT = """
            select b.*, u.display_name as manager_name from board b left join app_user u on u.id = b.manager_id
            """;

    private final JdbcClient jdbc;

    BoardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Board> list(boolean includeRetired) {
        List<Board> boards = jdbc.sql(SELECT + (includeRetired ? "" : " where not b.retired") + " order by b.name, b.id")
                .query(BoardRepository::map).list();
        return withRoles(boards);
    }

    Optional<Board> find(UUID id) {
        return jdbc.sql(SELECT + " where b.id = ?").param(id).query(BoardRepository::map).optional()
                .map(b -> withRoles(List.of(b)).getFirst());
    }

    Optional<Board> findByName(String name) {
        return jdbc.sql(SELECT + " where lower(b.name) = lower(?)").param(name).query(BoardRepository::map).optional()
                .map(b -> withRoles(List.of(b)).getFirst());
    }

    boolean nameTaken(String name, UUID exceptId) {
        return jdbc.sql("select count(*) from board where lower(name) = lower(?) and id is distinct from ?")
                .params(name, exceptId).query(Long.class).single() > 0;
    }

    void insert(UUID id, BoardDraft d, int backlogDays, UUID actor) {
        jdbc.sql("""
                insert into board (id, name, description, manager_id, backlog_days, created_by, updated_by)
                values (?, ?, ?, ?, ?, ?, ?)
                """).params(id, d.name(), d.description(), d.managerId(), backlogDays, actor, actor).update();
    }

    boolean update(UUID id, long version, BoardDraft d, int backlogDays, boolean retired, UUID actor) {
        return jdbc.sql("""
                update board set name = ?, description = ?, manager_id = ?, backlog_days = ?, retired = ?,
                       version = version + 1, updated_at = now(), updated_by = ?
                where id = ? and version = ?
                """).params(d.name(), d.description(), d.managerId(), backlogDays, retired, actor, id, version)
                .update() == 1;
    }

    void replaceRoles(UUID boardId, List<UUID> roleIds) {
        jdbc.sql("delete from board_role where board_id = ?").param(boardId).update();
        for (UUID roleId : roleIds.stream().distinct().toList()) {
            jdbc.sql("insert into board_role (board_id, role_id) values (?, ?)").params(boardId, roleId).update();
        }
    }

    private List<Board> withRoles(List<Board> boards) {
        if (boards.isEmpty()) {
            return boards;
        }
        Map<UUID, List<Board.Role>> roles = new LinkedHashMap<>();
        jdbc.sql("""
                select br.board_id, r.id, r.name from board_role br join job_role r on r.id = br.role_id
                where br.board_id = any(?) order by r.name
                """).param(boards.stream().map(Board::id).toArray(UUID[]::new))
                .query((rs, n) -> roles.computeIfAbsent(rs.getObject("board_id", UUID.class), k -> new ArrayList<>())
                        .add(new Board.Role(rs.getObject("id", UUID.class), rs.getString("name")))).list();
        return boards.stream().map(b -> new Board(b.id(), b.name(), b.description(), b.managerId(), b.managerName(),
                b.backlogDays(), b.retired(), b.version(), List.copyOf(roles.getOrDefault(b.id(), List.of())))).toList();
    }

    private static Board map(ResultSet rs, int n) throws SQLException {
        return new Board(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("description"),
                rs.getObject("manager_id", UUID.class), rs.getString("manager_name"), rs.getInt("backlog_days"),
                rs.getBoolean("retired"), rs.getLong("version"), List.of());
    }
}
