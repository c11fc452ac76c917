"""Helper for RDFWriterTests: reads W3C manifests and compares graphs with rdflib, in one process.

  isomorphic.py manifest MANIFEST.ttl
      prints a JSON list of {"name", "type", "action", "result"} (type is the rdft: local name,
      action/result are file paths, result may be null), in manifest order.
  isomorphic.py compare < JOBS.json
      JOBS is a list of {"id", "expected", "readings": [{"label", "path", "format"}]}; prints a
      JSON object {id: {label: null when isomorphic to the expected graph, else the reason}}.
      A format is an rdflib parser name; "pyld": the JSON-LD file is expanded by pyld and its
      to_rdf dataset is the graph read; "pyoxigraph-json-ld" and "pyoxigraph-streaming-json-ld":
      pyoxigraph's JSON-LD parsers (the streaming one only reads the streaming document form).
      A JSON-LD file must give only a default graph.

Literals typed xsd:string are compared as plain literals: RDF 1.1 makes "x" and "x"^^xsd:string
the same term, but rdflib keeps them apart, and our writers write xsd:string plainly.
"""
import json
import sys
from urllib.parse import unquote, urlparse

import pyoxigraph
import rdflib
from pyld import jsonld
from rdflib.compare import isomorphic, to_isomorphic, graph_diff
from rdflib.namespace import RDF, XSD

MF = rdflib.Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
RDFT = "http://www.w3.org/ns/rdftest#"


def manifest(path):
    graph = rdflib.Graph().parse(path, format="turtle", publicID="file://" + path)
    head = next(graph.objects(None, MF.entries))
    entries = []
    for test in rdflib.collection.Collection(graph, head):
        kind = str(graph.value(test, RDF.type))
        result = graph.value(test, MF.result)
        entries.append({
            "name": str(graph.value(test, MF.name)),
            "type": kind[len(RDFT):] if kind.startswith(RDFT) else kind,
            "action": unquote(urlparse(str(graph.value(test, MF.action))).path),
            "result": unquote(urlparse(str(result)).path) if result is not None else None,
        })
    print(json.dumps(entries))


def pyld_term(term):
    if term["type"] == "IRI":
        return rdflib.URIRef(term["value"])
    if term["type"] == "blank node":
        return rdflib.BNode(term["value"][2:])
    if "language" in term:
        return rdflib.Literal(term["value"], lang=term["language"])
    return rdflib.Literal(term["value"], datatype=rdflib.URIRef(term["datatype"]))


def pyld_graph(path):
    with open(path, encoding="utf-8") as file:
        document = json.load(file)
    dataset = jsonld.to_rdf(jsonld.expand(document))
    graph = rdflib.Graph()
    for name, triples in dataset.items():
        if name != "@default":
            raise ValueError(f"unexpected named graph {name}")
        for triple in triples:
            graph.add(tuple(pyld_term(triple[key]) for key in ("subject", "predicate", "object")))
    return graph


def pyoxigraph_term(term):
    if isinstance(term, pyoxigraph.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, pyoxigraph.BlankNode):
        return rdflib.BNode(term.value)
    if term.language:
        return rdflib.Literal(term.value, lang=term.language)
    return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))


def pyoxigraph_graph(path, fmt):
    graph = rdflib.Graph()
    for quad in pyoxigraph.parse(path=path, format=fmt):
        if not isinstance(quad.graph_name, pyoxigraph.DefaultGraph):
            raise ValueError(f"unexpected named graph {quad.graph_name}")
        graph.add(tuple(pyoxigraph_term(term) for term in (quad.subject, quad.predicate, quad.object)))
    return graph


READERS = {
    "pyld": pyld_graph,
    "pyoxigraph-json-ld": lambda path: pyoxigraph_graph(path, pyoxigraph.RdfFormat.JSON_LD),
    "pyoxigraph-streaming-json-ld": lambda path: pyoxigraph_graph(path, pyoxigraph.RdfFormat.STREAMING_JSON_LD),
}


def load(path, fmt):
    graph = READERS[fmt](path) if fmt in READERS else rdflib.Graph().parse(path, format=fmt)
    normal = rdflib.Graph()
    for s, p, o in graph:
        if isinstance(o, rdflib.Literal) and o.datatype == XSD.string:
            o = rdflib.Literal(str(o))
        normal.add((s, p, o))
    return normal


def spell(triples):
    def term(value):
        try:
            return value.n3()
        except Exception:  # rdflib refuses n3() for IRIs with spaces and the like
            return repr(value)
    return sorted(" ".join(term(value) for value in triple) for triple in triples)[:3]


def has_blank_nodes(graph):
    return any(isinstance(value, rdflib.BNode) for triple in graph for value in triple)


def same_graph(expected, actual):
    """Isomorphism; plain set equality when there are no blank nodes (which is the same test, and
    works for IRIs rdflib cannot hash canonically, such as ones holding a space)."""
    if not has_blank_nodes(expected) and not has_blank_nodes(actual):
        return set(expected) == set(actual), set(expected) - set(actual), set(actual) - set(expected)
    if isomorphic(expected, actual):
        return True, set(), set()
    _, only_expected, only_actual = graph_diff(to_isomorphic(expected), to_isomorphic(actual))
    return False, only_expected, only_actual


def compare():
    report = {}
    for job in json.load(sys.stdin):
        outcome = {}
        expected = load(job["expected"], "nt")
        for reading in job["readings"]:
            try:
                actual = load(reading["path"], reading["format"])
            except Exception as error:  # any parse failure is a failed reading, reported as text
                outcome[reading["label"]] = f"rdflib could not parse it: {error}"
                continue
            same, only_expected, only_actual = same_graph(expected, actual)
            if same:
                outcome[reading["label"]] = None
            else:
                outcome[reading["label"]] = (
                    f"not isomorphic: {len(expected)} expected vs {len(actual)} read; "
                    f"missing {spell(only_expected)} extra {spell(only_actual)}"
                )
        report[job["id"]] = outcome
    print(json.dumps(report))


if __name__ == "__main__":
    if sys.argv[1] == "manifest":
        manifest(sys.argv[2])
    else:
        compare()
