package dev.kizuna.work;

import java.util.List;

import dev.kizuna.identity.Role;
import dev.kizuna.identity.Roles;
import org.springframework.stereotype.Component;

/**
 * Seed 000's five flows (デザイン倉庫クラウド アクティブユーザーアップ対応フロー) as built-in Japanese playbooks, with
 * the job roles and boards they name. Installing is idempotent: missing roles, boards and playbooks are added, nothing
 * existing is changed. Where the seed says "if …" (BSG step 5–8), the step is a task the person skips with a reason
 * when it does not apply: conditions on fields are not built yet.
 */
@Component
class BuiltInPlaybooks {

    static final String CS = "カスタマーサクセス";
    static final String REPEAT = "リピート担当";
    static final String NEW = "新規担当";
    static final String BSG = "BSG営業";
    static final String SUBMIT = "入稿担当";
    static final String ARTWORK = "原稿作成担当";
    static final String MIGRATION = "新旧移行作業者";

    static final String B_REPEAT = "【倉庫】リピート×未使用";
    static final String B_CS = "【倉庫】カスタマーサクセス";
    static final String B_ITEMS = "【倉庫】受注アイテム登録";
    static final String B_SALES = "【倉庫】印刷発注のない既存客への営業";
    static final String B_VOICE = "【倉庫】改善要求、不満点などの報告";
    /** Seed 002: replying to a customer's postcard, as timed work. */
    static final String B_LETTERS = "【お客様の声】お手紙返信";
    /** Issue 18: customers whose health score entered 危険. */
    static final String B_CHURN = "【ヘルス】解約防止フォロー";
    /** The churn-prevention playbook's key: the success module starts it when a customer enters 危険. */
    static final String CHURN_PREVENTION = "churn-prevention";

    /** Customers with this tag already use the portal: 「リピート×未使用」 leaves them out. */
    static final String PORTAL_TAG = "デザイン倉庫クラウド利用中";

    private final Roles roles;
    private final Boards boards;
    private final Playbooks playbooks;
    private final PlaybookRepository repository;

    BuiltInPlaybooks(Roles roles, Boards boards, Playbooks playbooks, PlaybookRepository repository) {
        this.roles = roles;
        this.boards = boards;
        this.playbooks = playbooks;
        this.repository = repository;
    }

    /** Adds whatever of the five flows, their roles and boards is missing; returns how many playbooks were added. */
    int install() {
        List<String> have = roles.list(true).stream().map(Role::name).toList();
        for (String r : List.of(NEW, REPEAT, CS, BSG, ARTWORK, SUBMIT, MIGRATION)) {
            if (!have.contains(r)) {
                roles.create(r, "");
            }
        }
        board(B_REPEAT, "名刺や封筒のリピート発注をくださっているが、デザイン倉庫クラウドを使用していないお客さまがいた場合に、"
                + "カスタマーサクセス宛に指示を出す板。", CS);
        board(B_CS, "デザイン倉庫クラウド使用方法の説明や、お客さまの社員アカウントを追加する指示をカスタマーサクセス宛に出す板。", CS);
        board(B_ITEMS, "BSGが受注したアイテムを該当のお客さまのデザイン倉庫クラウドに登録する指示を出す板。", CS, MIGRATION, BSG);
        board(B_SALES, "印刷物の発注をもらっていないお客さまへの営業の結果、見積り依頼を獲得できた場合に新規担当に引き継ぐための板。", NEW);
        board(B_VOICE, "お客さまからデザイン倉庫クラウドについての改善要求や不満点の連絡が来た場合に報告するための板。",
                ARTWORK, SUBMIT, CS);
        board(B_LETTERS, "お客さまからいただいたハガキに、お手紙・キャッチコピー・ラフ案の3点セットで応えるための板。"
                + "溜めるのは2日まで。", CS);
        board(B_CHURN, "ヘルススコアが「危険」に入ったお客さまの解約防止フォローを、カスタマーサクセスに依頼する板。", CS);
        int added = 0;
        added += add("repeat-unused", repeatUnused());
        added += add("bsg-item-registration", bsgItems());
        added += add("old-to-new-migration", migration());
        added += add("existing-without-print", existingWithoutPrint());
        added += add("customer-success", customerSuccess());
        added += add("postcard-reply", postcardReply());
        added += add(CHURN_PREVENTION, churnPrevention());
        return added;
    }

    private void board(String name, String description, String... roleNames) {
        if (boards.findByName(name).isPresent()) {
            return;
        }
        List<Role> all = roles.list(false);
        List<java.util.UUID> ids = java.util.Arrays.stream(roleNames)
                .flatMap(n -> all.stream().filter(r -> r.name().equals(n)).map(Role::id)).toList();
        boards.insert(new BoardDraft(name, description, null, Boards.DEFAULT_BACKLOG_DAYS, ids));
    }

    private int add(String key, PlaybookDraft draft) {
        if (repository.idOfKey(key).isPresent()) {
            return 0;
        }
        playbooks.insert(key, draft, true);
        return 1;
    }

    private static PlaybookStep step(String kind, String role, String board, String title, List<String> checklist,
            Integer limit, Integer onLimit, Integer then, String waitFor, String subject, String body) {
        return new PlaybookStep(kind, title, role, board, "", checklist, limit, onLimit, then, null, null, waitFor,
                subject, body, null, null, null);
    }

    static PlaybookDraft repeatUnused() {
        return new PlaybookDraft("★リピート×未使用",
                "リピートオーダーをくださっているが、デザイン倉庫クラウドを使用せず電話やメールで注文するユーザーへの対応。"
                        + "①②リピート担当が通常通り受注対応し（デザイン倉庫クラウドのご案内、アカウント開設までお待ちいただく旨、"
                        + "開設後に担当者から使い方を連絡する旨を伝える）、受注確認を記録すると、この板にタスク付けされます。",
                "activity_type", PlaybookTriggers.ORDER_TYPE, PORTAL_TAG, true, List.of(
                        PlaybookStep.task(CS, B_REPEAT, "③新デザイン倉庫クラウドのアカウントを確認、なければ作成"),
                        PlaybookStep.task(CS, B_REPEAT, "④お客さまのアイテムをすべて新デザイン倉庫クラウドに登録",
                                "顧客フォルダを見る", "BSGに確認する",
                                "登録が追い付かない分は「【倉庫】受注アイテム登録」板で新旧移行作業者に依頼"),
                        step("call", CS, B_REPEAT, "⑤お客さまに使い方の説明（電話）", List.of(), 5, 3, 5, null, null, null),
                        step("email", CS, null, "⑤-① 5回電話不通：招待メールと使い方のメールを送信", List.of(), null, null,
                                null, null, "デザイン倉庫クラウドへのご招待と使い方のご案内",
                                """
                                いつもご注文いただきありがとうございます。
                                お電話がつながらなかったため、メールにてご案内いたします。

                                お客さま専用の「デザイン倉庫クラウド」のアカウントを開設いたしました。
                                名刺や封筒のリピート注文が、いつでもパソコンやスマートフォンから行えます。
                                招待リンクからログインし、同封の使い方ガイドをご覧ください。

                                なお、今回のご注文はこちらで代理注文しておきますので、ご安心ください。
                                次回のご注文時に、あらためてお電話で使い方をご説明いたします。
                                """),
                        step("wait", CS, null, "⑤-② 次回注文まで待つ（次回注文時に再度電話で説明）", List.of(), null, null,
                                2, "order", null, null),
                        PlaybookStep.task(CS, B_REPEAT, "⑥今回の注文を新デザイン倉庫クラウドでやってみてもらう",
                                "現時点での入金の有無を確認し、ない場合はつつく"),
                        PlaybookStep.task(CS, B_REPEAT, "⑦他にもお客さま側に担当者がいるか確認、いればアカウント作成"),
                        PlaybookStep.task(CS, B_REPEAT, "⑧配配メールの配信設定に新デザイン倉庫クラウドを追加",
                                "旧→新のお客さまの場合は旧→新に切り替える",
                                "担当が変わった場合、メアドは変更せず「新規作成」をする")));
    }

    static PlaybookDraft bsgItems() {
        return new PlaybookDraft("★BSG受注アイテム登録",
                "BSG営業が獲得したアイテムをデザイン倉庫クラウドに登録する。営業マンを増やすほど増えていくため、"
                        + "ゆくゆくは専任をつけたい作業。", "manual", null, null, true, List.of(
                        PlaybookStep.task(SUBMIT, B_ITEMS, "①受注アイテムの入稿後、カスタマーサクセスに登録指示を出す"),
                        PlaybookStep.task(CS, B_ITEMS, "②該当アカウントに該当アイテム＋今までの制作物を登録",
                                "登録するデータの画像が無い場合はPDF化する"),
                        PlaybookStep.task(CS, B_ITEMS, "③登録が完了した旨をBSG営業に報告"),
                        PlaybookStep.task(BSG, B_ITEMS, "④お客さまに連絡し、今後はデザイン倉庫クラウドからリピート発注できる旨を伝える"),
                        PlaybookStep.task(BSG, B_CS, "⑤他にもお客さま側に担当者がいるか確認（いれば「アカウント追加依頼」）"),
                        PlaybookStep.task(CS, B_CS, "⑥アカウント追加依頼：アカウントを作成しBSG営業に報告（⑤でいた場合）"),
                        PlaybookStep.task(BSG, B_CS, "⑦アカウントを追加した旨をお客さまに連絡（説明が必要なら「使用方法説明依頼」）"),
                        PlaybookStep.task(CS, B_CS, "⑧使用方法説明依頼：お客さまに連絡し、使用方法を説明（⑦で必要な場合）")));
    }

    static PlaybookDraft migration() {
        return new PlaybookDraft("★旧から新への移行作業",
                "旧デザイン倉庫クラウドを利用していたお客さまのアカウントを新デザイン倉庫クラウドに移行する。"
                        + "アカウントのみならず、すべてのアイテムを登録する。移行はリストの優先順位に沿って行う。",
                "manual", null, null, true, List.of(
                        PlaybookStep.task(MIGRATION, B_ITEMS, "①旧から新へ、アカウント・アイテム等すべての情報を移行（優先順位順）"),
                        PlaybookStep.task(CS, B_ITEMS, "②登録完了をBSG営業に報告（担当者未定ならBSGのマネージャー宛）"),
                        PlaybookStep.task(BSG, B_ITEMS, "③お客さまに連絡し、今後はデザイン倉庫クラウドからリピート発注できる旨を伝える"),
                        PlaybookStep.task(BSG, B_CS, "④他にもお客さま側に担当者がいるか確認、いればアカウント作成（以降「BSG受注アイテム登録」と同様）")));
    }

    static PlaybookDraft existingWithoutPrint() {
        return new PlaybookDraft("★印刷発注のない既存客への営業",
                "ロゴを納品後、名刺や封筒の依頼のないお客さまに、デザイン倉庫クラウドの利便性を訴える形で営業をする。"
                        + "1日1社を目安にリスト（社員数30人以上、月1回見直し）に対して営業をかける。",
                "manual", null, null, true, List.of(
                        PlaybookStep.task(CS, B_SALES, "②リストの優先順位に合わせて営業（導入トークスクリプトD）"),
                        PlaybookStep.task(CS, B_SALES, "③見積り依頼を獲得したら新規担当宛にタスク付け"),
                        PlaybookStep.task(NEW, B_SALES, "④お客さまに連絡し、見積りのための詳細情報をヒアリング"),
                        PlaybookStep.task(NEW, B_SALES, "⑤お客さまに見積りを提出し、クロージング")));
    }

    static PlaybookDraft customerSuccess() {
        return new PlaybookDraft("★カスタマーサクセス",
                "デザイン倉庫クラウドの使用方法がわからないお客さまに説明したり、不満点や苦情を集め、フィードバックし、改善する。"
                        + "①全社員：お客さまから使用方法やお困りごとの連絡が入ったら、このフローを始めます。",
                "manual", null, null, true, List.of(
                        PlaybookStep.task(CS, B_CS, "②お客さまにお電話し、不明点・不満点をお聞きする",
                                "使いたくないという方には、なぜ使いたくないかを聞く"),
                        new PlaybookStep("post", "③改善要求・不満点を名刺チーム全員宛に報告", null, B_VOICE, "", List.of(),
                                null, null, null, null, null, null, null, null, null, null, null)));
    }

    /** Seed 002's お手紙返信: three timed steps (30, 15 and 15 minutes), the timer started first and stopped last. */
    static PlaybookDraft postcardReply() {
        return new PlaybookDraft("はがき返信（お手紙・キャッチコピー・ラフ案）", "お客さまのハガキに、お手紙・3つのキャッチコピー・"
                + "クリエイティブのラフ案の3点セットで応える。各ステップのタイマーで実績を目安と比べる。", "manual", null, null,
                true, List.of(
                        timed("①お手紙返信", 30, "タイマーを開始してから始める", "お客さま情報（年齢・地域）を確認する",
                                "過去の問い合わせ・定期・受注履歴を確認する", "ハガキから質問・欲しい情報を明確にする",
                                "お手紙構成ツールに沿って構成を作る", "綺麗になるための提案を最低1つ入れる",
                                "お名前の誤りを「様」で検索してチェックする", "A4で印刷しハガキとクリップで留める"),
                        timed("②お手紙から3つのキャッチコピー作成", 15, "テーマを1つ決める", "基準のキャッチコピーを考える",
                                "単語に分解し、より強いワードを各2つ書き出す", "組み合わせを変えて追加で2案作る"),
                        timed("③お手紙からクリエイティブのラフ案", 15, "専用報告書に3つのキャッチコピーを記載する",
                                "想定商品・キャッチコピー・メインビジュアル・配置を決める",
                                "タイマーを止めて時間を報告書に記載する", "ハガキ・お手紙と3点セットで部門長に提出する")));
    }

    private static PlaybookStep timed(String title, int minutes, String... checklist) {
        return new PlaybookStep("timed", title, CS, B_LETTERS, "時間の目安：" + minutes + "分", List.of(checklist), null,
                null, null, null, null, null, null, null, minutes, null, null);
    }

    /** Seed 003's 解約フォロー: what the team does when a customer's health score enters 危険. */
    static PlaybookDraft churnPrevention() {
        return new PlaybookDraft("★解約防止フォロー（ヘルススコア危険）",
                "ヘルススコアが「危険」に入ったときに自動で始まります。スコアの内訳（なぜこのスコアか）で下がった要因を確かめ、"
                        + "お客さまに連絡して利用状況とお困りごとを伺い、改善策と次の定例MTGを決めます。",
                "manual", null, null, true, List.of(
                        PlaybookStep.task(CS, B_CHURN, "①ヘルススコアの内訳を確認し、下がった要因を整理",
                                "最終対応日からの日数", "入金遅れ", "トラブル・クレームの件数", "利用状況"),
                        step("call", CS, B_CHURN, "②お客さまに電話で利用状況とお困りごとをヒアリング", List.of(), 3, 2, 3,
                                null, null, null),
                        step("email", CS, null, "②-① 3回電話不通：ご様子伺いのメールを送信", List.of(), null, null, null,
                                null, "ご利用状況のご確認とご相談のお願い", """
                                いつもご利用いただきありがとうございます。
                                最近のご利用状況について、お困りのことがないかお伺いしたくご連絡いたしました。
                                ご都合のよい日時をお知らせいただければ、担当よりお電話またはオンラインでご説明いたします。
                                """),
                        PlaybookStep.task(CS, B_CHURN, "③改善策を提案し、次回の定例MTGを設定",
                                "改善策を合意", "定例MTGの日程を決定", "対応履歴に記録")));
    }
}
