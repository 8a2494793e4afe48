package dev.kizuna.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.platform.Ids;
import dev.kizuna.platform.sampledata.SampleData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Sample staff of a small Japanese company: the job roles of seed 000 (新規担当 … 新旧移行作業者), a dozen
 * users at every permission level, and two teams. All sample users share one generated password,
 * printed once in the log.
 */
@Component
class IdentitySampleData implements SampleData {

    private static final Logger log = LoggerFactory.getLogger(IdentitySampleData.class);

    static final Map<String, String> ROLES = new java.util.LinkedHashMap<>();

    static {
        ROLES.put("新規担当", "ロゴFIXのお客さまに名刺作成の営業をする");
        ROLES.put("リピート担当", "名刺や封筒をご依頼済みのお客さまのリピート注文を担当する");
        ROLES.put("カスタマーサクセス", "デザイン倉庫クラウドを多くの人に利用してもらう施策を実行する");
        ROLES.put("BSG営業", "ロゴFIX後のお客さまと長期的な関係を築き、接触しつづける");
        ROLES.put("原稿作成担当", "名刺・封筒などの原稿を作成する");
        ROLES.put("入稿担当", "完成した原稿を印刷会社へ入稿する");
        ROLES.put("新旧移行作業者", "旧システムのアカウントとアイテムを新システムへ移行する");
    }

    private record SampleUser(String email, String name, String kana, PermissionLevel level, List<String> roles) {
    }

    private static final List<SampleUser> USERS = List.of(
            new SampleUser("tanaka@example.jp", "田中 誠", "タナカ マコト", PermissionLevel.MANAGER, List.of("BSG営業")),
            new SampleUser("nakano@example.jp", "中野 由美", "ナカノ ユミ", PermissionLevel.MEMBER, List.of("新規担当")),
            new SampleUser("matsuo@example.jp", "松尾 健太", "マツオ ケンタ", PermissionLevel.MEMBER, List.of("リピート担当")),
            new SampleUser("kawamura@example.jp", "川村 彩", "カワムラ アヤ", PermissionLevel.MANAGER, List.of("カスタマーサクセス")),
            new SampleUser("yoshimura@example.jp", "芳村 翔太", "ヨシムラ ショウタ", PermissionLevel.MEMBER, List.of("BSG営業")),
            new SampleUser("ouchi@example.jp", "大内 千尋", "オオウチ チヒロ", PermissionLevel.MEMBER, List.of("BSG営業")),
            new SampleUser("kumakura@example.jp", "熊倉 大輔", "クマクラ ダイスケ", PermissionLevel.MEMBER, List.of("BSG営業", "新規担当")),
            new SampleUser("sakamoto@example.jp", "坂本 真由美", "サカモト マユミ", PermissionLevel.MEMBER, List.of("原稿作成担当")),
            new SampleUser("ishii@example.jp", "石井 亮", "イシイ リョウ", PermissionLevel.MEMBER, List.of("入稿担当")),
            new SampleUser("nagai@example.jp", "永井 聡子", "ナガイ サトコ", PermissionLevel.MEMBER, List.of("新旧移行作業者")),
            new SampleUser("fujita@example.jp", "藤田 恵", "フジタ メグミ", PermissionLevel.ADMIN, List.of()),
            new SampleUser("okada@example.jp", "岡田 直樹", "オカダ ナオキ", PermissionLevel.VIEWER, List.of()));

    private final Roles roles;
    private final UserRepository users;
    private final Teams teams;
    private final PasswordEncoder passwordEncoder;

    IdentitySampleData(Roles roles, UserRepository users, Teams teams, PasswordEncoder passwordEncoder) {
        this.roles = roles;
        this.users = users;
        this.teams = teams;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    public String name() {
        return "identity";
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public void load() {
        Map<String, UUID> roleIds = new java.util.HashMap<>();
        // The built-in playbooks make the same roles when installed first (POST /api/v1/playbooks/built-ins): keep those.
        Map<String, UUID> existing = roles.listForSetup().stream().collect(
                java.util.stream.Collectors.toMap(Role::name, Role::id, (a, b) -> a));
        ROLES.forEach((name, description) -> roleIds.put(name,
                existing.containsKey(name) ? existing.get(name) : roles.insert(name, description).id()));
        String password = Passwords.generate();
        String hash = passwordEncoder.encode(password);
        Map<String, UUID> userIds = new java.util.HashMap<>();
        for (SampleUser u : USERS) {
            UUID id = Ids.newId();
            users.insert(new UserRepository.Row(id, u.email(), u.name(), u.kana(), hash, u.level(), "ja",
                    "Asia/Tokyo", true, false, 0, null, null), null);
            users.replaceRoles(id, u.roles().stream().map(roleIds::get).toList());
            userIds.put(u.email(), id);
        }
        teams.insert("営業チーム", userIds.get("tanaka@example.jp"), ids(userIds, "nakano", "matsuo", "yoshimura",
                "ouchi", "kumakura"));
        teams.insert("カスタマーサクセスチーム", userIds.get("kawamura@example.jp"), ids(userIds, "sakamoto", "ishii",
                "nagai"));
        log.warn("""

                ==============================================================
                  Sample users loaded ({} users, e.g. tanaka@example.jp = manager,
                  nakano@example.jp = member, okada@example.jp = viewer).
                  Their shared password (shown once): {}
                ==============================================================""", USERS.size(), password);
    }

    private static List<UUID> ids(Map<String, UUID> userIds, String... names) {
        List<UUID> ids = new ArrayList<>();
        for (String name : names) {
            ids.add(userIds.get(name + "@example.jp"));
        }
        return ids;
    }
}
