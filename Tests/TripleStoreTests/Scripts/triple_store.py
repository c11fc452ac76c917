"""Driver for TripleStoreTests: loads an N-Triples file into one engine and runs two SPARQL queries.

  triple_store.py ENGINE GRAPH.nt SELECT.rq COUNT.rq

ENGINE is one of
  pyoxigraph, rdflib  in this process, the reference answer;
  oxigraph            the Oxigraph server (`oxigraph load`, then `oxigraph serve`), queried over HTTP;
  virtuoso            Virtuoso open source (`virtuoso-t` on its own virtuoso.ini, bulk-loaded through
                      `isql-vt` with ld_dir + rdf_loader_run + checkpoint), queried over HTTP.

Prints one JSON object: {"engine", "version", "load_seconds", "triples", "rows"}, where triples is
the single value COUNT.rq selects and rows are SELECT.rq's solutions, each {variable: term} with
terms spelled as in N-Triples (plain strings without ^^xsd:string), sorted, so that two engines
agree exactly when their outputs are equal.

A server runs in a temporary folder on free ports of 127.0.0.1 and is always stopped (by the PID
this script started, in `finally`), on success, on error, on SIGTERM and when the whole run passes
DEADLINE_SECONDS; on error the server's log is printed to standard error and the exit status is 1.
"""
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import traceback
import urllib.error
import urllib.parse
import urllib.request

DEADLINE_SECONDS = 100  # for the whole run; the Swift test allows two minutes per store
STEP_SECONDS = 60  # for one command (a load, isql-vt) or for a server to start answering
REQUEST_SECONDS = 30  # for one HTTP request
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
# The graph Virtuoso loads into, named as default-graph-uri in every query: without it Virtuoso's
# default graph is the union of all its graphs, its own system graphs included.
VIRTUOSO_GRAPH = "https://w3id.org/kgx/graph"


class Failure(Exception):
    """A step that went wrong; `main` prints it with the server's log."""


def literal(value, datatype=None, language=None):
    """A literal as N-Triples spells it. RDF 1.1 makes a plain string an xsd:string and language
    tags case-insensitive, so both are written one way whatever the engine says."""
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    if language:
        return f'"{escaped}"@{language.lower()}'
    if datatype and datatype not in (XSD_STRING, RDF_LANG_STRING):
        return f'"{escaped}"^^<{datatype}>'
    return f'"{escaped}"'


def sorted_rows(rows):
    return sorted(rows, key=lambda row: json.dumps(row, sort_keys=True))


def count_of(rows):
    """The number COUNT.rq selects: one row of one integer literal."""
    (row,) = rows
    (value,) = row.values()
    return int(value.split('"')[1])


# In-process engines.

def pyoxigraph_term(term):
    import pyoxigraph
    if isinstance(term, pyoxigraph.NamedNode):
        return f"<{term.value}>"
    if isinstance(term, pyoxigraph.Literal):
        return literal(term.value, term.datatype.value, term.language)
    return f"_:{term.value}"


def run_pyoxigraph(graph, select, count):
    import pyoxigraph
    store = pyoxigraph.Store()
    started = time.monotonic()
    store.load(path=graph, format=pyoxigraph.RdfFormat.N_TRIPLES)
    load_seconds = time.monotonic() - started

    def solutions(query):
        results = store.query(query)
        names = [variable.value for variable in results.variables]
        return [{name: pyoxigraph_term(solution[name]) for name in names if solution[name] is not None}
                for solution in results]

    return f"pyoxigraph {pyoxigraph.__version__}", load_seconds, solutions(select), solutions(count)


def rdflib_term(term):
    import rdflib
    if isinstance(term, rdflib.URIRef):
        return f"<{term}>"
    if isinstance(term, rdflib.Literal):
        return literal(str(term), str(term.datatype) if term.datatype else None, term.language)
    return f"_:{term}"


def run_rdflib(graph, select, count):
    import rdflib
    started = time.monotonic()
    store = rdflib.Graph().parse(graph, format="nt")
    load_seconds = time.monotonic() - started

    def solutions(query):
        results = store.query(query)
        return [{str(name): rdflib_term(row[name]) for name in results.vars if row[name] is not None}
                for row in results]

    return f"rdflib {rdflib.__version__}", load_seconds, solutions(select), solutions(count)


# Servers.

def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def sparql_json_term(term):
    """A term of SPARQL 1.1 Query Results JSON; Virtuoso still says "typed-literal" (the 2007 draft)."""
    if term["type"] == "uri":
        return f"<{term['value']}>"
    if term["type"] in ("literal", "typed-literal"):
        return literal(term["value"], term.get("datatype"), term.get("xml:lang"))
    return f"_:{term['value']}"


def http_query(endpoint, query, default_graph=None):
    """SPARQL 1.1 protocol: the query as a form POST, results as application/sparql-results+json."""
    fields = {"query": query}
    if default_graph:
        fields["default-graph-uri"] = default_graph
    request = urllib.request.Request(
        endpoint, data=urllib.parse.urlencode(fields).encode(),
        headers={"Accept": "application/sparql-results+json",
                 "Content-Type": "application/x-www-form-urlencoded"})
    try:
        with urllib.request.urlopen(request, timeout=REQUEST_SECONDS) as response:
            return json.load(response)
    except urllib.error.HTTPError as error:
        raise Failure(f"{endpoint} answered {error.code}: {error.read().decode(errors='replace')}")


def http_select(endpoint, query, default_graph=None):
    results = http_query(endpoint, query, default_graph)
    return [{name: sparql_json_term(term) for name, term in binding.items()}
            for binding in results["results"]["bindings"]]


class Server:
    """A server process this script started, with its log; `stop` ends it by its PID."""

    def __init__(self, arguments, folder, log_name):
        self.log_path = os.path.join(folder, log_name)
        self.log = open(self.log_path, "wb")
        self.process = subprocess.Popen(arguments, cwd=folder, stdin=subprocess.DEVNULL,
                                        stdout=self.log, stderr=subprocess.STDOUT)

    def wait_until_ready(self, endpoint, extra_port=None):
        """Until `endpoint` answers ASK {} (and `extra_port` accepts connections), at most STEP_SECONDS."""
        deadline = time.monotonic() + STEP_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise Failure(f"the server exited with status {self.process.returncode} before answering")
            try:
                if extra_port:
                    socket.create_connection(("127.0.0.1", extra_port), timeout=1).close()
                http_query(endpoint, "ASK {}")
                return
            except (OSError, Failure, ValueError):
                time.sleep(0.25)
        raise Failure(f"{endpoint} did not answer within {STEP_SECONDS} s")

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()

    def log_text(self):
        with open(self.log_path, "rb") as log:
            return log.read().decode(errors="replace")


def checked(arguments, what, **options):
    result = subprocess.run(arguments, capture_output=True, text=True, timeout=STEP_SECONDS, **options)
    if result.returncode != 0:
        raise Failure(f"{what} exited with status {result.returncode}:\n{result.stdout}{result.stderr}")
    return result


def run_oxigraph(graph, select, count, folder, servers):
    version = checked(["oxigraph", "--version"], "oxigraph --version").stdout.strip()
    location = os.path.join(folder, "store")
    started = time.monotonic()
    checked(["oxigraph", "load", "--location", location, "--file", graph], "oxigraph load")
    load_seconds = time.monotonic() - started
    port = free_port()
    server = Server(["oxigraph", "serve", "--location", location, "--bind", f"127.0.0.1:{port}"],
                    folder, "oxigraph.log")
    servers.append(server)
    endpoint = f"http://127.0.0.1:{port}/query"
    server.wait_until_ready(endpoint)
    return version, load_seconds, http_select(endpoint, select), http_select(endpoint, count)


def virtuoso_ini(folder, graph_folder, sql_port, http_port):
    """The smallest virtuoso.ini for one run: its files in `folder`, both ports on 127.0.0.1,
    and the folder of the graph readable by ld_dir (DirsAllowed)."""
    return "\n".join([
        "[Database]",
        f"DatabaseFile = {folder}/virtuoso.db",
        f"ErrorLogFile = {folder}/virtuoso.log",
        f"LockFile = {folder}/virtuoso.lck",
        f"TransactionFile = {folder}/virtuoso.trx",
        f"xa_persistent_file = {folder}/virtuoso.pxa",
        "[TempDatabase]",
        f"DatabaseFile = {folder}/virtuoso-temp.db",
        f"TransactionFile = {folder}/virtuoso-temp.trx",
        "[Parameters]",
        f"ServerPort = 127.0.0.1:{sql_port}",
        "DisableUnixSocket = 1",
        f"DirsAllowed = ., {graph_folder}",
        "NumberOfBuffers = 4000",
        "MaxDirtyBuffers = 3000",
        "[HTTPServer]",
        f"ServerPort = 127.0.0.1:{http_port}",
        f"ServerRoot = {folder}",
        "ServerThreads = 4",
        "[SPARQL]",
        "ResultSetMaxRows = 100000",
        "",
    ])


def isql(sql_port, statements):
    """Runs SQL through isql-vt as dba (a new database's password); isql exits 0 even when a
    statement fails, so its error lines are failures too."""
    result = checked(["isql-vt", f"127.0.0.1:{sql_port}", "dba", "dba", f"exec={statements}"], "isql-vt")
    if "*** Error" in result.stdout + result.stderr:
        raise Failure(f"isql-vt: {result.stdout}{result.stderr}")
    return result.stdout


def sql_string(text):
    return "'" + text.replace("'", "''") + "'"


def run_virtuoso(graph, select, count, folder, servers):
    # `virtuoso-t -?` prints its version with the usage, and exits 1.
    banner = subprocess.run(["virtuoso-t", "-?"], capture_output=True, text=True, timeout=STEP_SECONDS)
    version = next(line.split()[1] for line in (banner.stdout + banner.stderr).splitlines()
                   if line.startswith("Version"))
    sql_port, http_port = free_port(), free_port()
    graph_folder, graph_file = os.path.split(os.path.abspath(graph))
    ini = os.path.join(folder, "virtuoso.ini")
    with open(ini, "w") as out:
        out.write(virtuoso_ini(folder, graph_folder, sql_port, http_port))
    server = Server(["virtuoso-t", "+foreground", "+configfile", ini], folder, "virtuoso.out")
    servers.append(server)
    endpoint = f"http://127.0.0.1:{http_port}/sparql"
    server.wait_until_ready(endpoint, extra_port=sql_port)
    started = time.monotonic()
    isql(sql_port, f"ld_dir({sql_string(graph_folder)}, {sql_string(graph_file)}, {sql_string(VIRTUOSO_GRAPH)}); "
                   "rdf_loader_run(); checkpoint;")
    load_seconds = time.monotonic() - started
    # The loader records a file it could not load in load_list rather than failing the call.
    unloaded = isql(sql_port, "SELECT ll_file, ll_state, ll_error FROM DB.DBA.load_list "
                              "WHERE ll_state <> 2 OR ll_error IS NOT NULL;")
    if "\n0 Rows." not in unloaded:
        raise Failure(f"the bulk loader did not load {graph_file}:\n{unloaded}")
    return (f"virtuoso-t {version}", load_seconds,
            http_select(endpoint, select, VIRTUOSO_GRAPH), http_select(endpoint, count, VIRTUOSO_GRAPH))


ENGINES = {"pyoxigraph": run_pyoxigraph, "rdflib": run_rdflib}
SERVERS = {"oxigraph": run_oxigraph, "virtuoso": run_virtuoso}


def stop_on_signal(number, _frame):
    raise Failure(f"stopped by signal {number} (deadline {DEADLINE_SECONDS} s)")


def main(engine, graph, select_path, count_path):
    with open(select_path) as select_file, open(count_path) as count_file:
        select, count = select_file.read(), count_file.read()
    if engine in ENGINES:
        version, load_seconds, rows, counted = ENGINES[engine](graph, select, count)
    else:
        # Swift's Process starts us with almost every signal blocked (SigBlk in /proc/self/status),
        # which the servers would inherit: SIGTERM would not stop them, nor SIGALRM end this run.
        signal.pthread_sigmask(signal.SIG_SETMASK, [])
        signal.signal(signal.SIGTERM, stop_on_signal)
        signal.signal(signal.SIGALRM, stop_on_signal)
        signal.alarm(DEADLINE_SECONDS)
        folder = tempfile.mkdtemp(prefix=f"kgx-{engine}-")
        servers = []
        try:
            version, load_seconds, rows, counted = SERVERS[engine](graph, select, count, folder, servers)
        except Exception:  # whatever went wrong, say it with the server's log
            traceback.print_exc()
            for server in servers:
                server.stop()
                print(f"--- {server.log_path}\n{server.log_text()}", file=sys.stderr)
            sys.exit(1)
        finally:
            signal.alarm(0)
            for server in servers:
                server.stop()
            shutil.rmtree(folder, ignore_errors=True)
    print(json.dumps({"engine": engine, "version": version, "load_seconds": round(load_seconds, 3),
                      "triples": count_of(counted), "rows": sorted_rows(rows)}))


if __name__ == "__main__":
    main(*sys.argv[1:])
