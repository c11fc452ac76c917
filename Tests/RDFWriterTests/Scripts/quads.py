"""Helper for the N-Quads tests: reads an N-Quads file with rdflib's Dataset and with pyoxigraph.

  quads.py FILE.nq
      prints a JSON object {"rdflib": QUADS, "pyoxigraph": QUADS}, each a sorted list of
      [graph, subject, predicate, object] term values: graph is "" for the default graph, IRIs and
      literals are their text (a literal's datatype and language are left out), blank nodes "_:".
"""
import json
import sys

import pyoxigraph
import rdflib
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID


def value(term):
    """The text of an rdflib term (str gives a literal's lexical form) or a pyoxigraph term."""
    if isinstance(term, (rdflib.BNode, pyoxigraph.BlankNode)):
        return "_:"
    return str(term) if isinstance(term, rdflib.term.Identifier) else term.value


def with_rdflib(path):
    dataset = rdflib.Dataset()
    dataset.parse(path, format="nquads")
    quads = []
    for s, p, o, g in dataset.quads((None, None, None, None)):
        name = g.identifier if isinstance(g, rdflib.Graph) else g
        graph = "" if name is None or name == DATASET_DEFAULT_GRAPH_ID else str(name)
        quads.append([graph, value(s), str(p), value(o)])
    return sorted(quads)


def with_pyoxigraph(path):
    store = pyoxigraph.Store()
    store.load(path=path, format=pyoxigraph.RdfFormat.N_QUADS)
    quads = []
    for quad in store:
        graph = "" if isinstance(quad.graph_name, pyoxigraph.DefaultGraph) else quad.graph_name.value
        quads.append([graph, value(quad.subject), quad.predicate.value, value(quad.object)])
    return sorted(quads)


if __name__ == "__main__":
    print(json.dumps({"rdflib": with_rdflib(sys.argv[1]), "pyoxigraph": with_pyoxigraph(sys.argv[1])}))
