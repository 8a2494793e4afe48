package dev.kizuna.voice;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.identity.UserSummary;
import dev.kizuna.identity.Users;
import dev.kizuna.platform.api.Check;
import dev.kizuna.work.Board;
import dev.kizuna.work.BoardDraft;
import dev.kizuna.work.Boards;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who hears that a postcard waits past its due time (seed 002: nothing may wait two business days). The manager named on
 * the 【お客様の声】お手紙返信 board; with none named, the desk's department heads — whoever approved replies in the last
 * 90 days, most recent first — and with no approvals yet, the administrators: an overdue postcard always reaches
 * someone. An administrator names the manager on the desk's page (the board is made if it is missing).
 */
@Service
@Transactional(readOnly = true)
public class LetterDeskHead {

    /** At most this many people are told when nobody is named. */
    static final int MAX_DEFAULT = 5;

    /** Who is told, and why: {@code named} (the board's manager), {@code approvers} or {@code admins}. */
    public record Recipients(String source, List<UserSummary> people) {
    }

    private final VoiceBoards boards;
    private final Boards allBoards;
    private final Users users;
    private final LetterDeskRepository desk;

    LetterDeskHead(VoiceBoards boards, Boards allBoards, Users users, LetterDeskRepository desk) {
        this.boards = boards;
        this.allBoards = allBoards;
        this.users = users;
        this.desk = desk;
    }

    /** The letters board's manager, when one is named. */
    @PreAuthorize("isAuthenticated()")
    public Optional<UUID> named() {
        return boards.exact(VoiceBoards.LETTERS).map(Board::managerId);
    }

    /** Who is alerted about overdue postcards now. */
    @PreAuthorize("isAuthenticated()")
    public Recipients recipients() {
        Map<UUID, UserSummary> active = users.all(true).stream().filter(UserSummary::active)
                .collect(Collectors.toMap(UserSummary::id, Function.identity(), (a, b) -> a));
        Optional<UserSummary> manager = named().map(active::get);
        if (manager.isPresent()) {
            return new Recipients("named", List.of(manager.get()));
        }
        List<UserSummary> approvers = desk.recentApprovers(90, 20).stream().map(active::get)
                .filter(u -> u != null && u.level().includes(PermissionLevel.MANAGER))
                .limit(MAX_DEFAULT).toList();
        if (!approvers.isEmpty()) {
            return new Recipients("approvers", approvers);
        }
        return new Recipients("admins", active.values().stream().filter(u -> u.level() == PermissionLevel.ADMIN)
                .sorted(java.util.Comparator.comparing(UserSummary::createdAt).thenComparing(UserSummary::id))
                .limit(MAX_DEFAULT).toList());
    }

    /** The people who may head the desk (active managers and administrators), for the administrator's picker. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<UserSummary> candidates() {
        return users.all(true).stream().filter(u -> u.active() && u.level().includes(PermissionLevel.MANAGER))
                .toList();
    }

    /** Names the desk's manager (null: nobody, so the default applies); makes the board when it is missing. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void name(UUID managerId) {
        Check.of().failIf(managerId != null && !users.exists(managerId), "managerId", "UnknownUser").verify();
        Optional<Board> board = boards.exact(VoiceBoards.LETTERS);
        if (board.isEmpty()) {
            allBoards.create(new BoardDraft(VoiceBoards.LETTERS, "", managerId, null, List.of()));
            return;
        }
        Board b = board.get();
        allBoards.update(b.id(), b.version(), new BoardDraft(b.name(), b.description(), managerId, b.backlogDays(),
                b.roleIds()));
    }
}
