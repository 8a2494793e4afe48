package dev.kizuna.dataio;

import java.util.List;

/**
 * The fields files of history from the former system can fill — activities (kintone 対応履歴, Salesforce ToDo and
 * 行動 reports, HubSpot calls and notes), deals (商談, opportunities), orders (受注一覧, 売上明細) and payments (入金明細)
 * — and the headers that mean them. History is only ever added, found again by {@code externalId} so the same rows are not added twice.
 */
final class HistoryColumns {

    static final ColumnSet ACTIVITY = new ColumnSet(List.of("companyName", "companyPhone", "companyExternalId",
            "contactEmail", "occurredAt", "channel", "type", "outcome", "details", "owner", "loggedAt",
            "followUpAction", "followUpOn", "externalId"), List.of())
            .synonyms("companyName", "会社名", "顧客名", "取引先名", "取引先", "社名", "company", "companyname", "accountname",
                    "account", "associatedcompany")
            .synonyms("companyPhone", "電話番号", "会社電話番号", "代表電話", "phone", "companyphone", "accountphone")
            .synonyms("companyExternalId", "顧客コード", "取引先コード", "会社id", "取引先id", "accountid", "companyid",
                    "associatedcompanyid")
            .synonyms("contactEmail", "担当者メールアドレス", "担当者メール", "メールアドレス", "email", "contactemail")
            .synonyms("occurredAt", "日時", "対応日時", "活動日時", "活動日", "対応日", "日付", "実施日", "開始日時", "期日",
                    "date", "activitydate", "occurredat", "startdatetime", "activitydatetime", "createdate", "timestamp")
            .synonyms("channel", "手段", "チャネル", "対応方法", "連絡手段", "活動手段", "channel", "activitytype", "種類")
            .synonyms("type", "種別", "活動種別", "対応種別", "区分", "type", "subtype", "category", "件名区分")
            .synonyms("outcome", "結果", "通話結果", "コール結果", "outcome", "calloutcome", "callresult", "result")
            .synonyms("details", "内容", "対応内容", "活動内容", "詳細", "メモ", "備考", "コメント", "件名", "details",
                    "description", "body", "notes", "note", "subject", "comments")
            .synonyms("owner", "対応者", "担当", "担当営業", "営業担当", "入力者", "所有者", "活動担当者", "owner",
                    "assignedto", "activityowner", "activityassignedto", "ownername", "user")
            .synonyms("loggedAt", "登録日時", "入力日時", "作成日時", "記録日時", "loggedat", "createddate", "created")
            .synonyms("followUpAction", "次回アクション", "ネクストアクション", "次のアクション", "nextaction", "followupaction")
            .synonyms("followUpOn", "次回予定日", "次回日", "次回アクション日", "followupon", "followupdate", "nextactiondate")
            .synonyms("externalId", "外部id", "活動id", "対応id", "レコード番号", "recordid", "activityid", "id",
                    "externalid");

    static final ColumnSet DEAL = new ColumnSet(List.of("companyName", "companyPhone", "companyExternalId",
            "contactEmail", "name", "pipeline", "stage", "amount", "expectedCloseOn", "closedOn", "owner", "leadSource",
            "budget", "challenges", "nextStep", "nextStepOn", "lostReason", "lostNote", "externalId"), List.of())
            .synonyms("companyName", "会社名", "顧客名", "取引先名", "取引先", "社名", "company", "companyname", "accountname",
                    "account", "associatedcompany")
            .synonyms("companyPhone", "電話番号", "会社電話番号", "代表電話", "companyphone", "accountphone")
            .synonyms("companyExternalId", "顧客コード", "取引先コード", "会社id", "取引先id", "accountid", "companyid",
                    "associatedcompanyid")
            .synonyms("contactEmail", "担当者メールアドレス", "担当者メール", "メールアドレス", "email", "contactemail")
            .synonyms("name", "商談名", "案件名", "件名", "タイトル", "name", "dealname", "opportunityname", "title")
            .synonyms("pipeline", "パイプライン", "プロセス", "営業プロセス", "pipeline", "salesprocess")
            .synonyms("stage", "フェーズ", "ステージ", "段階", "商談ステータス", "進捗", "stage", "dealstage", "stagename")
            .synonyms("amount", "金額", "見込金額", "受注金額", "商談金額", "amount", "dealamount", "value")
            .synonyms("expectedCloseOn", "完了予定日", "受注予定日", "クローズ予定日", "成約予定日", "closedate",
                    "expectedcloseon", "expectedclosedate")
            .synonyms("closedOn", "成約日", "受注日", "失注日", "完了日", "closedon", "closeddate", "wondate")
            .synonyms("owner", "担当者", "担当", "営業担当", "担当営業", "所有者", "商談所有者", "owner", "dealowner",
                    "opportunityowner", "ownername")
            .synonyms("leadSource", "リードソース", "流入経路", "問い合わせ経路", "きっかけ", "leadsource", "source")
            .synonyms("budget", "予算", "budget")
            .synonyms("challenges", "課題", "お客様の課題", "challenges", "painpoints")
            .synonyms("nextStep", "次のステップ", "ネクストステップ", "次回アクション", "nextstep")
            .synonyms("nextStepOn", "次のステップ日", "次回予定日", "nextstepon", "nextstepdate")
            .synonyms("lostReason", "失注理由", "lostreason", "closedlostreason")
            .synonyms("lostNote", "失注メモ", "失注詳細", "lostnote")
            .synonyms("externalId", "外部id", "商談id", "案件id", "レコード番号", "recordid", "opportunityid", "dealid", "id",
                    "externalid");

    static final ColumnSet ORDER = new ColumnSet(List.of("companyName", "companyPhone", "companyExternalId",
            "orderNumber", "orderTitle", "orderedOn", "amount", "taxRate", "deliveredOn", "dueOn", "paidOn", "owner",
            "externalId"), List.of())
            .synonyms("companyName", "会社名", "顧客名", "取引先名", "取引先", "得意先名", "得意先", "社名", "company",
                    "companyname", "accountname", "account")
            .synonyms("companyPhone", "電話番号", "会社電話番号", "代表電話", "companyphone", "accountphone")
            .synonyms("companyExternalId", "顧客コード", "取引先コード", "得意先コード", "会社id", "取引先id", "accountid",
                    "companyid")
            .synonyms("orderNumber", "受注番号", "注文番号", "伝票番号", "ordernumber", "orderno")
            .synonyms("orderTitle", "件名", "品名", "商品名", "内容", "摘要", "title", "description", "product", "item")
            .synonyms("orderedOn", "受注日", "注文日", "売上日", "orderedon", "orderdate")
            .synonyms("amount", "金額(税抜)", "税抜金額", "金額", "売上金額", "小計", "amount", "subtotal", "netamount")
            .synonyms("taxRate", "税率", "消費税率", "taxrate", "tax")
            .synonyms("deliveredOn", "納品日", "出荷日", "deliveredon", "deliverydate", "shippeddate")
            .synonyms("dueOn", "支払期日", "入金予定日", "入金期日", "支払期限", "dueon", "duedate", "paymentdue")
            .synonyms("paidOn", "入金日", "入金済日", "paidon", "paiddate", "paymentdate")
            .synonyms("owner", "担当者", "担当", "営業担当", "担当営業", "owner", "salesrep", "ownername")
            .synonyms("externalId", "外部id", "受注id", "レコード番号", "recordid", "orderid", "id", "externalid");

    static final ColumnSet PAYMENT = new ColumnSet(List.of("orderNumber", "receivedOn", "amount", "note",
            "externalId"), List.of())
            .synonyms("orderNumber", "受注番号", "注文番号", "請求番号", "請求書番号", "ordernumber", "invoicenumber", "order")
            .synonyms("receivedOn", "入金日", "取引日", "日付", "receivedon", "paymentdate", "date")
            .synonyms("amount", "入金額", "金額", "入金金額", "お預り金額", "amount", "paymentamount")
            .synonyms("note", "摘要", "メモ", "備考", "振込名義", "note", "memo", "description")
            .synonyms("externalId", "外部id", "入金id", "明細id", "取引番号", "paymentid", "transactionid", "id", "externalid");

    private HistoryColumns() {
    }
}
