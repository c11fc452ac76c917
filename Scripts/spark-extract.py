#!/usr/bin/env python3
"""Sharded kgx run on Apache Spark: extraction spread over Spark tasks, then one export.

Entity resolution in kgx works across articles, so per-shard graphs do not merge into the graph of one
run; shards therefore only fill the extraction cache (`kgx extract`), and a final `kgx export ... --cache`
reads every extraction from it, resolves and writes the outputs, byte-identical to a run without Spark.

    python3 Scripts/spark-extract.py --kgx .build/release/kgx --cache /tmp/kgx-cache --out exports \
        --partitions 8 --export-options "-f ttl -f nt" seeds more-articles/

Each partition of the article paths is piped (RDD.pipe, one path a line on standard input) to
`kgx extract --paths-from - --cache DIR`. Which partition an article lands in does not matter: the
final export reads every article it is given and extracts any the cache lacks, so a lost task costs
time, never correctness.

Local mode (the default master, local[*]) shares the cache folder directly. On a cluster, either
  * give --cache a folder every executor mounts at the same path (NFS, a shared volume): entries are
    written atomically (temporary file + rename), so concurrent tasks never see a half-written one; or
  * let each executor write a local --cache, then copy all their *.kgxc files into one folder
    (rsync, `hdfs dfs -get`, ...) before the final export: entries are content-addressed (named by
    the SHA-256 of the article's bytes, name, lexicons and format version), so folders merge by copying.
The kgx binary and its Ontology/ folder must be installed at the same path on every executor.

Needs pyspark (pip install pyspark) and a Java runtime (Debian: default-jre-headless).
"""
import argparse
import os
import shlex
import subprocess
import sys
import time

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")


def article_paths(inputs):
    """The article files below the inputs, as `kgx export` finds them (files as given, folders walked)."""
    paths = []
    for item in inputs:
        if os.path.isdir(item):
            for folder, _, files in os.walk(item):
                paths += [os.path.join(folder, name) for name in files if name.endswith(ARTICLE_SUFFIXES)]
        else:
            paths.append(item)
    return sorted(os.path.abspath(path) for path in paths)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kgx", required=True, help="the kgx executable (same path on every executor)")
    parser.add_argument("--cache", required=True, help="the extraction cache folder")
    parser.add_argument("--out", required=True, help="the output folder of the final export")
    parser.add_argument("--partitions", type=int, default=4, help="Spark tasks the articles are split into")
    parser.add_argument("--master", default="local[*]", help="Spark master URL (default: local mode)")
    parser.add_argument("--export-options", default="", help="more options of the final `kgx export`, one string")
    parser.add_argument("inputs", nargs="+", help="article files or folders")
    arguments = parser.parse_args()
    export_options = shlex.split(arguments.export_options)
    kgx, cache = os.path.abspath(arguments.kgx), os.path.abspath(arguments.cache)

    from pyspark.sql import SparkSession

    spark = SparkSession.builder.master(arguments.master).appName("kgx extract").getOrCreate()
    started = time.monotonic()
    paths = article_paths(arguments.inputs)
    command = f"{shlex.quote(kgx)} extract --paths-from - --cache {shlex.quote(cache)} --jobs 1 --quiet"
    # checkCode: a shard whose kgx exits non-zero (an unreadable article, no cache) fails the job.
    spark.sparkContext.parallelize(paths, arguments.partitions).pipe(command, checkCode=True).collect()
    extracted = time.monotonic()
    spark.stop()
    print(f"spark-extract: {len(paths)} articles extracted in {arguments.partitions} partitions, "
          f"{extracted - started:.1f} s", file=sys.stderr)

    export = [kgx, "export", *arguments.inputs, "--cache", cache, "--out", arguments.out, *export_options]
    status = subprocess.run(export).returncode
    print(f"spark-extract: export {time.monotonic() - extracted:.1f} s, total {time.monotonic() - started:.1f} s",
          file=sys.stderr)
    sys.exit(status)


if __name__ == "__main__":
    main()
