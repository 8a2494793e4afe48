package dev.kizuna.marketing;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * The cosmetics shop's e-mail marketing, loaded by {@link MarketingSampleData}: three segments, four templates, the
 * autumn campaign as a draft (nothing goes out until someone sends it) and a first-purchase step e-mail left stopped.
 */
@Component
class MarketingMailSampleData {

    private final Segments segments;
    private final EmailTemplates templates;
    private final Campaigns campaigns;
    private final StepSequences sequences;

    MarketingMailSampleData(Segments segments, EmailTemplates templates, Campaigns campaigns,
            StepSequences sequences) {
        this.segments = segments;
        this.templates = templates;
        this.campaigns = campaigns;
        this.sequences = sequences;
    }

    void load(java.time.LocalDate today) {
        Segment f2 = segments.create(new SegmentDraft("定期便 F2 会員", "2回目のお届けを迎えた定期便のお客さま。3回目への引き上げが目標です。",
                List.of(new SegmentCondition("fStage", "eq", 2), new SegmentCondition("subscriptionStatus", "in",
                        List.of("active", "skipping")))));
        segments.create(new SegmentDraft(today.getMonthValue() + "月生まれのお客さま", "バースデーDM・バースデーメールの対象。",
                List.of(new SegmentCondition("birthdayMonth", "eq", today.getMonthValue()))));
        segments.create(new SegmentDraft("90日以上ご購入のないお客さま", "休眠しかけのお客さま。再購入のきっかけ作りに。",
                List.of(new SegmentCondition("lastOrderDays", "gte", 90), new SegmentCondition("emailOptIn", "eq",
                        true))));
        EmailTemplate autumn = templates.create(new EmailTemplateDraft("秋の保湿キャンペーン",
                "{{氏名}}さま、定期便会員さま限定 秋の保湿ケアのご案内", """
                {{氏名}}さま

                いつも{{定期便}}をご利用いただき、ありがとうございます。
                空気が乾燥しはじめるこの季節、集中美容液を定期便会員さま限定の価格でご用意しました。
                次回のお届け（{{次回お届け日}}）に追加いただくと、送料はかかりません。

                これからも{{氏名}}さまのお肌に寄り添えますように。
                {{送信者名}}
                """, "<p>{{氏名}}さま</p><p>いつも{{定期便}}をご利用いただき、ありがとうございます。</p>"
                + "<p>空気が乾燥しはじめるこの季節、<strong>集中美容液</strong>を定期便会員さま限定の価格でご用意しました。</p>"
                + "<p>次回のお届け（{{次回お届け日}}）に追加いただくと、送料はかかりません。</p>"));
        templates.create(new EmailTemplateDraft("お誕生月のご挨拶", "{{氏名}}さま、お誕生日おめでとうございます", """
                {{氏名}}さま

                お誕生日おめでとうございます。
                日頃の感謝をこめて、今月中のご注文でお使いいただけるプレゼントをご用意しました。
                {{送信者名}}
                """, ""));
        EmailTemplate thanks = templates.create(new EmailTemplateDraft("初回購入のお礼", "{{氏名}}さま、ご購入ありがとうございます", """
                {{氏名}}さま

                このたびはお試しセットをお選びいただき、ありがとうございます。
                化粧水はコットンより手のひらでなじませるのがおすすめです。
                ご不明な点はお気軽にこのメールへご返信ください。
                {{送信者名}}
                """, ""));
        EmailTemplate howIsIt = templates.create(new EmailTemplateDraft("使い心地のおうかがい",
                "{{氏名}}さま、お肌の調子はいかがですか", """
                {{氏名}}さま

                お試しセットをお使いいただいて一週間ほど経ちました。お肌の調子はいかがでしょうか。
                続けてお使いいただける方には、初回20%オフでお届けする定期便もご用意しています。
                {{送信者名}}
                """, ""));
        campaigns.create(new CampaignDraft("定期便 F2 会員向け 秋の保湿キャンペーン", autumn.id(), f2.id(), null));
        UUID first = thanks.id();
        sequences.create(new StepSequenceDraft("初回購入フォロー", "first_purchase", null, null, false,
                List.of(new StepSequenceDraft.StepDraft(1, false, first),
                        new StepSequenceDraft.StepDraft(7, true, howIsIt.id()))));
    }
}
