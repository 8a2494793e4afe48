package dev.kizuna.voice;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.platform.sampledata.SampleData;
import org.springframework.stereotype.Component;

/**
 * Voices from the first sample customers (a complaint three of them share, an improvement request, a word of praise)
 * and a satisfaction survey with NPS and eight answers through its open link; and postcards from the D2C shop's
 * customers on the reply desk, one of them already past its due time.
 */
@Component
class VoiceSampleData implements SampleData {

    private final VoiceSampleCompanyRepository companies;
    private final FeedbackItems feedback;
    private final Surveys surveys;
    private final SurveyAnswering answering;
    private final Letters letters;

    VoiceSampleData(VoiceSampleCompanyRepository companies, FeedbackItems feedback, Surveys surveys,
            SurveyAnswering answering, Letters letters) {
        this.companies = companies;
        this.feedback = feedback;
        this.surveys = surveys;
        this.answering = answering;
        this.letters = letters;
    }

    /** Days ago, and what the customer wrote. */
    private static final String[][] POSTCARDS = {
            {"10", "いつも化粧水を愛用しています。最近、朝のメイクのりが良くなった気がします。冬は乾燥が気になるのですが、"
                    + "乳液と一緒に使うときの順番を教えていただけますか。"},
            {"1", "定期便が届くのを毎月楽しみにしています。母にもすすめたいのですが、60代の肌にも合うでしょうか。"},
            {"0", "お誕生日のお手紙をありがとうございました。手書きのメッセージがとても嬉しかったです。"
                    + "美容液の量は1回どれくらいが良いですか。"},
            {"0", "使い始めて3か月、シミが少し薄くなった気がします。これからも続けたいので、お得な続け方があれば知りたいです。"}};

    @Override
    public String name() {
        return "voice";
    }

    @Override
    public int order() {
        return 700;
    }

    @Override
    public void load() {
        List<UUID> ids = companies.firstCompanies(3);
        if (!ids.isEmpty()) {
            Feedback shared = feedback.log(new FeedbackDraft("complaint", "発注画面で過去の原稿が探しにくい。"
                    + "商品名や日付で絞り込めるようにしてほしい。", "call", "発注画面", ids.getFirst(), null, null));
            ids.stream().skip(1).forEach(id -> feedback.vote(shared.id(), id, null));
            feedback.log(new FeedbackDraft("request", "請求書をまとめてPDFでダウンロードしたい。", "meeting", "請求書",
                    ids.get(ids.size() - 1), null, null));
            feedback.log(new FeedbackDraft("praise", "サポートの方の説明がとても丁寧で、すぐに使えるようになった。", "survey",
                    "サポート", ids.getFirst(), null, null));
        }
        List<UUID> writers = companies.firstIndividuals(POSTCARDS.length);
        for (int i = 0; i < writers.size(); i++) {
            letters.intake(new LetterDraft("postcard", writers.get(i), null,
                    letters.today().minusDays(Integer.parseInt(POSTCARDS[i][0])), POSTCARDS[i][1]));
        }
        var created = surveys.create(new SurveyDraft("ご利用満足度アンケート（2026年冬）", "ja",
                "いつもご利用ありがとうございます。今後のサービス改善のため、1分ほどのアンケートにご協力ください。",
                "ご回答ありがとうございました。いただいた声はサービス改善に活かしてまいります。", true, true, List.of(
                        new SurveyDraft.QuestionDraft("nps", "当社のサービスを友人や同僚にすすめる可能性はどのくらいありますか？",
                                List.of(), true),
                        new SurveyDraft.QuestionDraft("single", "よく使う機能を教えてください",
                                List.of("発注", "原稿確認", "請求書", "その他"), true),
                        new SurveyDraft.QuestionDraft("text", "ご意見・ご要望があればお聞かせください", List.of(), false))));
        String token = created.openLink().substring(SurveyLinks.PREFIX.length());
        String[][] answers = {{"10", "発注", "いつも助かっています"}, {"9", "原稿確認", ""}, {"9", "発注", ""},
                {"8", "請求書", "請求書の出力を早くしてほしい"}, {"7", "発注", ""}, {"6", "その他", "画面が少し重い"},
                {"10", "原稿確認", ""}, {"4", "発注", "過去の原稿が探しにくい"}};
        for (String[] a : answers) {
            answering.answer(token, Map.of("q1", List.of(a[0]), "q2", List.of(a[1]), "q3", List.of(a[2])));
        }
    }
}
