-- Seed 001's lifecycle as the built-in success template: 準備期 from three months before go-live, 導入期 in months
-- 1–2, 活用期 from month 3; its checklist items with the side that does them (お客様 / 自社) and a due day counted
-- from go-live. title_key names the English text; title is the Japanese the deck uses.
insert into success_template (id, name, builtin) values
    ('0d5e1c00-0000-4000-8000-000000000001', 'CX標準（準備期・導入期・活用期）', true);

insert into success_template_phase (template_id, position, phase_key, name, start_months, end_months) values
    ('0d5e1c00-0000-4000-8000-000000000001', 0, 'preparation', '準備期', -3, 0),
    ('0d5e1c00-0000-4000-8000-000000000001', 1, 'onboarding', '導入期', 0, 2),
    ('0d5e1c00-0000-4000-8000-000000000001', 2, 'adoption', '活用期', 2, null);

insert into success_template_item (id, template_id, phase_position, position, title, title_key, side, due_offset_days)
select gen_random_uuid(), '0d5e1c00-0000-4000-8000-000000000001', v.phase, v.pos, v.title, 'success.item.' || v.k, v.side,
       v.due
from (values
    (0, 0, 'LINEアカウントの作成', 'lineAccount', 'customer', -90),
    (0, 1, 'キックオフMTG', 'kickoff', 'us', -84),
    (0, 2, 'オンボーディングチェックリストのお渡し', 'onboardingChecklist', 'us', -84),
    (0, 3, '規約関連（利用規約・プライバシーポリシー・特商法）', 'terms', 'customer', -80),
    (0, 4, '電子決済の準備', 'payment', 'customer', -75),
    (0, 5, '店舗・商品登録（画像あり）', 'storeProducts', 'customer', -60),
    (0, 6, 'クーポン設定', 'coupons', 'customer', -45),
    (0, 7, 'オペレーション確認（お声がけ）', 'operationCheck', 'us', -40),
    (0, 8, 'LINEリッチメニュー', 'richMenu', 'customer', -35),
    (0, 9, 'LINEメッセージ', 'lineMessage', 'customer', -30),
    (0, 10, '各種SNS・Googleビジネスの設定', 'sns', 'customer', -30),
    (0, 11, '告知・販促物の準備', 'promotion', 'customer', -28),
    (0, 12, 'POP・店頭看板', 'pop', 'customer', -21),
    (0, 13, 'LINEミニアプリ設定', 'miniApp', 'us', -21),
    (0, 14, '店舗質問会', 'storeQa', 'us', -14),
    (0, 15, 'オペレーション店舗立会い', 'onSite', 'us', 0),
    (0, 16, 'プレスリリース', 'pressRelease', 'customer', 0),
    (1, 0, 'モバイルオーダーの告知', 'announce', 'customer', 7),
    (1, 1, 'クーポンの準備', 'couponPrep', 'customer', 14),
    (1, 2, 'LINEでのコミュニケーション（メッセージ・ショップカード）', 'lineComms', 'customer', 21),
    (1, 3, 'オペレーションに慣れる', 'operationFamiliar', 'customer', 30),
    (2, 0, '定例MTGの設定（本部・現場・自社）', 'regularMeeting', 'us', 60),
    (2, 1, '売上アップに向けたご提案', 'proposal', 'us', 75),
    (2, 2, '施策の実行', 'runMeasures', 'customer', 90),
    (2, 3, 'お客様の声を開発チームへフィードバック', 'feedback', 'us', 90)
) as v(phase, pos, title, k, side, due);
