-- Search keys folded in SQL the way JapaneseText.searchKey folds them in Java: NFKC (half-width カナ and full-width
-- ＡＢＣ as people type today), lower case, no spaces or hyphens, katakana as hiragana. The header search matches
-- deal titles, quote and order numbers, task titles and playbook names through expression indexes on it.
create function kz_fold(t text) returns text
    language sql immutable strict parallel safe
as $$
    select translate(regexp_replace(lower(normalize(t, NFKC)), '[[:space:]‐‑‒–—−－-]', '', 'g'),
                     'ァアィイゥウェエォオカガキギクグケゲコゴサザシジスズセゼソゾタダチヂッツヅテデトドナニヌネノハバパヒビピフブプヘベペホボポマミムメモャヤュユョヨラリルレロヮワヰヱヲンヴヵヶ',
                     'ぁあぃいぅうぇえぉおかがきぎくぐけげこごさざしじすずせぜそぞただちぢっつづてでとどなにぬねのはばぱひびぴふぶぷへべぺほぼぽまみむめもゃやゅゆょよらりるれろゎわゐゑをんゔゕゖ')
$$;
