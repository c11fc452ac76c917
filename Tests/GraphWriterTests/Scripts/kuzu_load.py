"""Loads a kgx CSV export into a fresh Kùzu database by running its kuzu.cypher, then prints
what the database holds as JSON: the Kùzu version, every node and relationship per table, and
the rows of the Cypher queries given as further arguments.

Usage: python3 kuzu_load.py FOLDER [QUERY ...]
"""
import datetime
import json
import os
import sys
import tempfile

import kuzu


def rows(connection, query):
    result = connection.execute(query)
    found = []
    while result.has_next():
        found.append(result.get_next())
    return found


def plain(value):
    """A JSON value for what Kùzu returns: dates as ISO text, nodes and relationships as their properties."""
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items() if not key.startswith("_")}
    if isinstance(value, list):
        return [plain(item) for item in value]
    return value


def main():
    folder, queries = sys.argv[1], sys.argv[2:]
    with tempfile.TemporaryDirectory() as scratch:
        database = kuzu.Database(os.path.join(scratch, "graph.kuzu"))
        connection = kuzu.Connection(database)
        with open(os.path.join(folder, "kuzu.cypher"), encoding="utf-8") as script:
            text = script.read()
        # The script names its CSV files relative to its own folder, as `kuzu` run there would read them.
        os.chdir(folder)
        connection.execute(text)
        tables = rows(connection, "CALL show_tables() RETURN name, type")
        nodes, relationships = {}, {}
        for name, kind in sorted(tables):
            if kind == "NODE":
                nodes[name] = [plain(row[0]) for row in rows(connection, f"MATCH (n:`{name}`) RETURN n ORDER BY n.iri")]
            else:
                relationships[name] = [
                    dict(plain(row[2]), start=row[0], end=row[1])
                    for row in rows(connection, f"MATCH (a)-[r:`{name}`]->(b) RETURN a.iri, b.iri, r ORDER BY a.iri, b.iri")
                ]
        answers = [[plain(list(row)) for row in rows(connection, query)] for query in queries]
    json.dump({"version": kuzu.__version__, "nodes": nodes, "relationships": relationships, "queries": answers},
              sys.stdout, ensure_ascii=False, sort_keys=True)


if __name__ == "__main__":
    main()
