#!/usr/bin/env python3
"""Runs `tidings extract` over the extraction corpora in ../shared/corpus and scores them.

Prints, per corpus, the scorer's SUMMARY line for Tidings and the baselines' figures beside it,
then the worst pages. Needs only the Python standard library. Usage:
    extraction.py TIDINGS_BIN SHARED_CORPUS_DIR OUT_DIR [--only extraction|wcxb|readability]
"""
import gzip
import json
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

READABILITY_URL = "http://fakehost/test/page.html"


def corpora(corpus):
    """(name, truth argument for score.py, [(id, html.gz path, url)], baseline folder)."""
    out = []
    for name, folder in (("extraction", "extraction/dev"), ("wcxb", "wcxb/dev")):
        base = os.path.join(corpus, folder)
        if not os.path.isdir(base):
            continue
        pages = []
        with open(os.path.join(base, "MANIFEST.tsv"), encoding="utf-8") as f:
            header = f.readline().rstrip("\n").split("\t")
            for line in f:
                row = dict(zip(header, line.rstrip("\n").split("\t")))
                pages.append((row["id"], os.path.join(base, "html", row["id"] + ".html.gz"), row.get("url", "")))
        out.append((name, os.path.join(base, "ground-truth.json"), pages, os.path.join(base, "baselines")))
    base = os.path.join(corpus, "readability")
    if os.path.isdir(base):
        pages = [
            (d, os.path.join(base, "pages", d, "source.html.gz"), READABILITY_URL)
            for d in sorted(os.listdir(os.path.join(base, "pages")))
        ]
        out.append(("readability", base, pages, os.path.join(base, "baselines")))
    return out


def run_one(binary, page_id, gz_path, url, pred_dir):
    with gzip.open(gz_path, "rb") as f:
        html = f.read()
    with tempfile.NamedTemporaryFile(suffix=".html") as tmp:
        tmp.write(html)
        tmp.flush()
        cmd = [binary, "extract", tmp.name] + (["--url", url] if url else [])
        proc = subprocess.run(cmd, capture_output=True)
    if proc.returncode != 0:
        sys.stderr.write(f"{page_id}: {proc.stderr.decode(errors='replace').strip()}\n")
        result = {}
    else:
        result = json.loads(proc.stdout)
    pred = {
        "articleBody": result.get("text", ""),
        "title": result.get("title"),
        "byline": result.get("byline"),
        "author": result.get("byline"),
        "publishedTime": result.get("published"),
        "published": result.get("published"),
        "excerpt": result.get("excerpt"),
        "siteName": result.get("site_name"),
        "lang": result.get("lang"),
        "dir": result.get("dir"),
        "readerable": result.get("readerable"),
    }
    with open(os.path.join(pred_dir, page_id + ".json"), "w", encoding="utf-8") as f:
        json.dump(pred, f, ensure_ascii=False)


def baseline_summary(baselines):
    lines = []
    if not os.path.isdir(baselines):
        return lines
    for name in sorted(os.listdir(baselines)):
        if name.endswith(".scores.json") and "-html" not in name:
            with open(os.path.join(baselines, name), encoding="utf-8") as f:
                data = json.load(f)
            body = data.get("body", {})
            meta = data.get("metadata", data.get("meta", {})) or {}
            extras = " ".join(
                f"{k}_norm={v.get('normalized', 0):.3f}"
                for k, v in sorted(meta.items())
                if isinstance(v, dict) and k in ("title", "author", "byline", "published", "publishedTime")
            )
            lines.append(
                f"  baseline {name.replace('.scores.json', ''):<24} f1={body.get('f1', 0):.3f} "
                f"precision={body.get('precision', 0):.3f} recall={body.get('recall', 0):.3f} "
                f"accuracy={body.get('accuracy', 0):.3f} {extras}".rstrip()
            )
    return lines


def readerable_summary(base, pred_dir):
    """Precision and recall of `readerable` against the expected value on the Mozilla pages
    (a page offered a reader view that should not be is a false positive; a missed article a
    false negative), with the pages that disagree."""
    tp = fp = fn = tn = 0
    wrong = []
    for page in sorted(os.listdir(os.path.join(base, "pages"))):
        meta = os.path.join(base, "pages", page, "expected-metadata.json")
        pred = os.path.join(pred_dir, page + ".json")
        if not os.path.exists(meta) or not os.path.exists(pred):
            continue
        with open(meta, encoding="utf-8") as f:
            truth = json.load(f).get("readerable")
        if truth is None:
            continue
        with open(pred, encoding="utf-8") as f:
            got = bool(json.load(f).get("readerable"))
        if got and truth:
            tp += 1
        elif got:
            fp += 1
            wrong.append(f"{page} (offered, not an article)")
        elif truth:
            fn += 1
            wrong.append(f"{page} (article, not offered)")
        else:
            tn += 1
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    if wrong:
        print("readerable disagrees: " + ", ".join(wrong))
    print(
        f"SUMMARY label=tidings-readerable n={tp + fp + fn + tn} precision={precision:.4f} "
        f"recall={recall:.4f} tp={tp} fp={fp} fn={fn} tn={tn}"
    )


def main():
    args = sys.argv[1:]
    only = None
    if "--only" in args:
        i = args.index("--only")
        only = args[i + 1]
        del args[i : i + 2]
    binary, corpus, out_dir = args
    score = os.path.join(corpus, "score.py")
    for name, truth, pages, baselines in corpora(corpus):
        if only and name != only:
            continue
        pred_dir = os.path.join(out_dir, name)
        os.makedirs(pred_dir, exist_ok=True)
        with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
            list(pool.map(lambda p: run_one(binary, p[0], p[1], p[2], pred_dir), pages))
        print(f"== {name}: {len(pages)} pages")
        proc = subprocess.run(
            [sys.executable, score, truth, pred_dir, "--n-bootstrap", "0", "--worst", "5",
             "--label", f"tidings-{name}", "--json", os.path.join(out_dir, name + ".scores.json")],
            capture_output=True, text=True,
        )
        sys.stdout.write(proc.stdout)
        if proc.returncode != 0:
            sys.stdout.write(proc.stderr)
        if name == "readability":
            readerable_summary(truth, pred_dir)
        for line in baseline_summary(baselines):
            print(line)


if __name__ == "__main__":
    main()
