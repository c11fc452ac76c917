"""Parses kgx outputs with the Python consumers and prints, as JSON, every string value each one saw.

Usage: consumer_values.py FOLDER
FOLDER holds graph.ttl, graph.nt, graph.graphml and graph.svg (rendered by `dot -Tsvg`), any of
which may be missing. The output maps a consumer name to the sorted list of strings it read:
  rdflib_ttl, rdflib_nt, oxigraph_ttl, oxigraph_nt  - lexical forms of every literal
  networkx                                          - every node and edge attribute value
  svg                                               - the text of every <text> element Graphviz drew
plus "isomorphic": whether rdflib finds the Turtle and N-Triples graphs isomorphic.
Any parse error ends the script with status 1 and the error on standard error.
"""
import json
import os
import sys
import xml.etree.ElementTree as ElementTree

import networkx
import pyoxigraph
import rdflib
import rdflib.compare


def rdflib_values(path, fmt):
    graph = rdflib.Graph().parse(path, format=fmt)
    return graph, sorted({str(o) for _, _, o in graph if isinstance(o, rdflib.Literal)})


def oxigraph_values(path, fmt):
    quads = pyoxigraph.parse(path=path, format=fmt)
    return sorted({q.object.value for q in quads if isinstance(q.object, pyoxigraph.Literal)})


def main(folder):
    found = {}
    ttl, nt = (os.path.join(folder, name) for name in ("graph.ttl", "graph.nt"))
    graphs = {}
    if os.path.exists(ttl):
        graphs["ttl"], found["rdflib_ttl"] = rdflib_values(ttl, "turtle")
        found["oxigraph_ttl"] = oxigraph_values(ttl, pyoxigraph.RdfFormat.TURTLE)
    if os.path.exists(nt):
        graphs["nt"], found["rdflib_nt"] = rdflib_values(nt, "nt")
        found["oxigraph_nt"] = oxigraph_values(nt, pyoxigraph.RdfFormat.N_TRIPLES)
    if len(graphs) == 2:
        found["isomorphic"] = rdflib.compare.isomorphic(graphs["ttl"], graphs["nt"])
    graphml = os.path.join(folder, "graph.graphml")
    if os.path.exists(graphml):
        graph = networkx.read_graphml(graphml)
        values = set()
        for _, data in graph.nodes(data=True):
            values.update(str(v) for v in data.values())
        for _, _, data in graph.edges(data=True):
            values.update(str(v) for v in data.values())
        found["networkx"] = sorted(values)
    svg = os.path.join(folder, "graph.svg")
    if os.path.exists(svg):
        tree = ElementTree.parse(svg)
        found["svg"] = sorted({"".join(e.itertext()) for e in tree.iter("{http://www.w3.org/2000/svg}text")})
    json.dump(found, sys.stdout, ensure_ascii=True)


if __name__ == "__main__":
    try:
        main(sys.argv[1])
    except Exception as error:  # every consumer error is a finding: report it, fail
        print(f"{type(error).__name__}: {error}", file=sys.stderr)
        sys.exit(1)
