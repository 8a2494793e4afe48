#!/usr/bin/env python3
"""Builds src/main/resources/postal/postal-codes.tsv.gz from the npm package jquery-jpostal-ja (MIT),
which redistributes Japan Post's KEN_ALL with prefecture, city and town split and their readings.

    npm pack jquery-jpostal-ja && tar -xzf jquery-jpostal-ja-*.tgz
    python3 tools/build-postal-codes.py package/json src/main/resources/postal/postal-codes.tsv.gz

Columns: code (7 digits), prefecture, city, town, and their readings in full-width katakana.
"""
import glob, gzip, json, sys, unicodedata

def kana(s):
    return unicodedata.normalize('NFKC', s or '')

src, out = sys.argv[1], sys.argv[2]
rows = []
for path in sorted(glob.glob(src + '/*.json')):
    text = open(path, encoding='utf-8').read()
    for r in json.loads(text[text.index('(') + 1:text.rindex(')')]):
        key = r[0].lstrip('_')
        if len(key) != 7 or not key.isdigit():
            continue
        rows.append((key, r[1], r[2], r[3], kana(r[6]), kana(r[7]), kana(r[8])))
rows.sort()
with gzip.open(out, 'wt', encoding='utf-8', compresslevel=9) as f:
    for row in rows:
        f.write('\t'.join(c.replace('\t', ' ') for c in row) + '\n')
print(len(rows), 'postal codes written to', out)
