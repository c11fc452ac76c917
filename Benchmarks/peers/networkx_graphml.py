#!/usr/bin/env python3
"""Peer for `kgx convert --to graphml`: rdflib parse → NetworkX MultiDiGraph → GraphML on stdout.

One node per resource (IRI or blank node), one edge per triple whose object is a resource (edge
attribute `predicate`), and each literal a node attribute named after its predicate's local name
(several values of one predicate joined with " | "). Unlike kgx it does not fold provenance nodes
into edge attributes: it is the plain projection a Python user would write.

usage: networkx_graphml.py INPUT.nt
"""
import sys

import networkx
import rdflib


def local_name(iri: str) -> str:
    for separator in ("#", "/"):
        if separator in iri:
            iri = iri.rsplit(separator, 1)[1] or iri
    return iri


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    rdf = rdflib.Graph()
    rdf.parse(sys.argv[1], format="nt")
    graph = networkx.MultiDiGraph()
    for subject, predicate, obj in rdf:
        graph.add_node(str(subject))
        if isinstance(obj, rdflib.Literal):
            attributes = graph.nodes[str(subject)]
            key = local_name(str(predicate))
            attributes[key] = f"{attributes[key]} | {obj}" if key in attributes else str(obj)
        else:
            graph.add_edge(str(subject), str(obj), predicate=str(predicate))
    networkx.write_graphml(graph, sys.stdout.buffer)
    return 0


if __name__ == "__main__":
    sys.exit(main())
