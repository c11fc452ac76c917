#!/usr/bin/env python3
"""Peer for `kgx convert`: pyoxigraph parses an N-Triples file and serializes the triples to stdout.

Streaming (parser iterator straight into the serializer, no store), as serdi does; Turtle output
gets the project's prefixes so that it is as compact as the other Turtle writers'.

usage: oxigraph_convert.py INPUT.nt ttl|nt
"""
import sys

import pyoxigraph

FORMATS = {"ttl": pyoxigraph.RdfFormat.TURTLE, "nt": pyoxigraph.RdfFormat.N_TRIPLES}
PREFIXES = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "kg": "https://w3id.org/kgx/ontology#",
}


def main() -> int:
    if len(sys.argv) != 3 or sys.argv[2] not in FORMATS:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    target = FORMATS[sys.argv[2]]
    triples = pyoxigraph.parse(path=sys.argv[1], format=pyoxigraph.RdfFormat.N_TRIPLES)
    prefixes = PREFIXES if target == pyoxigraph.RdfFormat.TURTLE else None
    pyoxigraph.serialize(triples, output=sys.stdout.buffer, format=target, prefixes=prefixes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
