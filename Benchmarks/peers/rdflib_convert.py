#!/usr/bin/env python3
"""Peer for `kgx convert`: rdflib parses an N-Triples file into a Graph and serializes it to stdout.

usage: rdflib_convert.py INPUT.nt ttl|nt
"""
import sys

import rdflib

FORMATS = {"ttl": "turtle", "nt": "nt"}


def main() -> int:
    if len(sys.argv) != 3 or sys.argv[2] not in FORMATS:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    graph = rdflib.Graph()
    graph.parse(sys.argv[1], format="nt")
    graph.serialize(destination=sys.stdout.buffer, format=FORMATS[sys.argv[2]], encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
