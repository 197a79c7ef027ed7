#!/usr/bin/env python3
"""Generates an N-document library from the converted documents, and its Hugo twin.

    benchmarks/corpus.py N OUT [--content content]

OUT/content/  a content folder for `longtriangle build --no-convert --content OUT/content`: the converted
              documents of content/zh (and their English translations and provenance) copied round-robin
              under new slugs (<slug>-0001 …) until there are N, with site.yml; no aliases.
OUT/hugo/     a Hugo site holding the same Markdown (content/<region>/<slug>.md, front matter included),
              with the smallest layouts that print the title and the body, for `hugo` + Pagefind.

The copies are byte for byte the converted Markdown except the slug line, so the library is as large as
N real documents of this kind (the five documents average 120 KB of Markdown).
"""
import argparse
import os
import re
import shutil
import sys

SLUG_LINE = re.compile(r'^slug: "([^"]+)"$', re.MULTILINE)

HUGO_CONFIG = """baseURL = "/"
languageCode = "zh-cn"
title = "LongTriangle corpus (Hugo twin)"
disableKinds = ["taxonomy", "term", "RSS"]
[markup.goldmark.parser.attribute]
  block = true
  title = true
"""

HUGO_BASEOF = """<!DOCTYPE html>
<html lang="zh-hans"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body>{{ block "main" . }}{{ end }}</body></html>
"""

HUGO_SINGLE = """{{ define "main" }}<article data-pagefind-body><h1>{{ .Title }}</h1>{{ .Content }}</article>{{ end }}
"""

HUGO_LIST = """{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
"""


def sources(content):
    """The converted documents as (region, slug), in a fixed order."""
    zh = os.path.join(content, "zh")
    found = []
    for region in sorted(os.listdir(zh)):
        folder = os.path.join(zh, region)
        if not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            if name.endswith(".md"):
                found.append((region, name[: -len(".md")]))
    if not found:
        sys.exit(f"{zh}: no converted documents (*.md); run `longtriangle convert` first")
    return found


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def generate(n, out, content):
    docs = sources(content)
    target = os.path.join(out, "content")
    hugo = os.path.join(out, "hugo")
    for folder in (target, hugo):
        if os.path.exists(folder):
            shutil.rmtree(folder)
    shutil.copyfile(os.path.join(content, "site.yml"), os.path.join(os.makedirs(target) or target, "site.yml"))
    write(os.path.join(target, "aliases.yml"), "# none: a generated benchmark corpus\n")
    write(os.path.join(hugo, "hugo.toml"), HUGO_CONFIG)
    write(os.path.join(hugo, "layouts", "_default", "baseof.html"), HUGO_BASEOF)
    write(os.path.join(hugo, "layouts", "_default", "single.html"), HUGO_SINGLE)
    write(os.path.join(hugo, "layouts", "_default", "list.html"), HUGO_LIST)

    texts = {d: read(os.path.join(content, "zh", d[0], d[1] + ".md")) for d in docs}
    size = 0
    for i in range(n):
        region, slug = docs[i % len(docs)]
        new_slug = f"{slug}-{i + 1:04d}"
        text = SLUG_LINE.sub(f'slug: "{new_slug}"', texts[(region, slug)], count=1)
        size += len(text.encode("utf-8"))
        write(os.path.join(target, "zh", region, new_slug + ".md"), text)
        # Hugo reads the same file; `type` is a layout selector for Hugo, so it is renamed there only.
        write(os.path.join(hugo, "content", region, new_slug + ".md"), text.replace('\ntype: "', '\ndoc_type: "', 1))
        for source, copy in (
            (os.path.join(content, "zh", region, slug + ".provenance.yml"), os.path.join(target, "zh", region, new_slug + ".provenance.yml")),
            (os.path.join(content, "en", region, slug + ".yml"), os.path.join(target, "en", region, new_slug + ".yml")),
        ):
            if os.path.exists(source):
                os.makedirs(os.path.dirname(copy), exist_ok=True)
                shutil.copyfile(source, copy)
    print(f"{n} documents ({size / 1e6:.1f} MB of Markdown) → {target} and its Hugo twin {hugo}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("out")
    parser.add_argument("--content", default="content")
    args = parser.parse_args()
    if args.n < 1:
        sys.exit("N must be at least 1")
    generate(args.n, args.out, args.content)


if __name__ == "__main__":
    main()
