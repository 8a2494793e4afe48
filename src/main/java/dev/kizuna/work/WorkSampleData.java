package dev.kizuna.work;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.kizuna.identity.Role;
import dev.kizuna.identity.Roles;
import dev.kizuna.platform.sampledata.SampleData;
import org.springframework.stereotype.Component;

/**
 * Seed 000's five boards (【倉庫】…) with the roles they serve and the customer-success manager, and a few tasks
 * handed over on them, some of them old enough to be piling up; then seed 000's five flows as built-in playbooks.
 */
@Component
class WorkSampleData implements SampleData {

    private final Boards boards;
    private final Tasks tasks;
    private final Roles roles;
    private final WorkSampleRepository rows;
    private final BuiltInPlaybooks builtIns;
    private final TargetLists targetLists;

    WorkSampleData(Boards boards, Tasks tasks, Roles roles, WorkSampleRepository rows, BuiltInPlaybooks builtIns,
            TargetLists targetLists) {
        this.targetLists = targetLists;
        this.builtIns = builtIns;
        this.boards = boards;
        this.tasks = tasks;
        this.roles = roles;
        this.rows = rows;
    }

    @Override
    public String name() {
        return "work";
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    public void load() {
        Map<String, UUID> role = roles.list(false).stream().collect(Collectors.toMap(Role::name, Role::id));
        UUID kawamura = user("kawamura@example.jp");
        UUID matsuo = user("matsuo@example.jp");
        UUID ishii = user("ishii@example.jp");
        Board repeat = board("【倉庫】リピート×未使用", "名刺や封筒のリピート発注をくださっているが、デザイン倉庫クラウドを使用していない"
                + "お客さまがいた場合に、カスタマーサクセス宛に指示を出す板。", kawamura, role, "カスタマーサクセス");
        Board success = board("【倉庫】カスタマーサクセス", "デザイン倉庫クラウド使用方法の説明や、お客さまの社員アカウントを追加する"
                + "指示をカスタマーサクセス宛に出す板。", kawamura, role, "カスタマーサクセス");
        Board items = board("【倉庫】受注アイテム登録", "BSGが受注したアイテムを該当のお客さまのデザイン倉庫クラウドに登録する指示を出す板。",
                kawamura, role, "カスタマーサクセス", "新旧移行作業者", "BSG営業");
        Board noPrint = board("【倉庫】印刷発注のない既存客への営業", "印刷物の発注をもらっていないお客さまへの営業の結果、見積り依頼を獲得できた場合に"
                + "新規担当に引き継ぐための板。", user("tanaka@example.jp"), role, "新規担当");
        board("【倉庫】改善要求、不満点などの報告", "お客さまからデザイン倉庫クラウドについての改善要求や不満点の連絡が来た場合に"
                + "報告するための板。", kawamura, role, "カスタマーサクセス", "原稿作成担当", "入稿担当");
        List<UUID> companies = rows.firstCompanies(4);
        UUID c0 = companies.isEmpty() ? null : companies.get(0);
        UUID c1 = companies.size() < 2 ? null : companies.get(1);
        UUID c2 = companies.size() < 3 ? null : companies.get(2);
        task(repeat, "請求書発行済み：名刺100枚リピート（電話注文）", c0, null, 1, matsuo,
                List.of("新デザイン倉庫クラウドのアカウントを確認、なければ作成", "アイテムをすべて登録", "お客さまに使い方を説明"), 4);
        task(repeat, "請求書発行済み：封筒500枚リピート（メール注文）", c1, null, 2, matsuo, List.of(), 0);
        task(success, "アカウント追加依頼：営業部 2名", c2, null, 2, user("yoshimura@example.jp"), List.of(), 1);
        task(success, "使用方法説明依頼", c0, kawamura, 1, user("ouchi@example.jp"), List.of(), 0);
        task(items, "受注アイテム登録：ステッカー（入稿済み）", c1, null, 3, ishii,
                List.of("顧客フォルダを見る", "画像がなければPDF化する", "登録完了をBSG営業に報告"), 3);
        builtIns.install(); // seed 000's five flows, on the boards above
        // Seed 000: existing customers with 30 or more employees who order no printing, one a business day to the
        // sales board. "No print orders" is the customers module's sample custom field print_orders (印刷発注実績あり).
        boolean printField = rows.companyFieldExists("print_orders");
        AsSystem.run(() -> targetLists.insert(new TargetListDraft("印刷発注のない既存客への営業", "デザイン倉庫クラウドを使っているが印刷物の発注がない"
                + "従業員30名以上のお客さまに、1営業日1社ずつ営業をかける。", "filter[employeeCount][gte]=30"
                + (printField ? "&filter[customFields.print_orders]=false" : ""), null, "employeeCount", true, 1,
                "monthly", "board", noPrint.id(), null, true, "daily")));
    }

    private Board board(String name, String description, UUID manager, Map<String, UUID> role, String... roleNames) {
        List<UUID> ids = java.util.Arrays.stream(roleNames).map(role::get).filter(java.util.Objects::nonNull).toList();
        return boards.insert(new BoardDraft(name, description, manager, 2, ids));
    }

    private void task(Board board, String title, UUID company, UUID owner, int dueIn, UUID requester,
            List<String> checklist, int daysOld) {
        Task t = tasks.insert(new TaskDraft(board.id(), title, "", null, owner, company, null, null, null, dueIn, "normal",
                checklist), requester);
        if (daysOld > 0) { // sample history: handed over some days ago
            rows.createdDaysAgo(t.id(), daysOld);
        }
    }

    private UUID user(String email) {
        return rows.userWithEmail(email).orElse(null);
    }
}
