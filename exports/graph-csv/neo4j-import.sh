#!/bin/sh
# Imports the CSV files beside this script into a new Neo4j 5 database (default: neo4j) with
# neo4j-admin database import full; the database must not exist yet. Run with neo4j-admin on PATH.
set -eu
cd "$(dirname "$0")"
exec neo4j-admin database import full "${1:-neo4j}" \
  --array-delimiter=';' --multiline-fields=true \
  --nodes=nodes-Agreement.csv \
  --nodes=nodes-Country.csv \
  --nodes=nodes-Document.csv \
  --nodes=nodes-Mineral.csv \
  --nodes=nodes-Organization.csv \
  --nodes=nodes-Person.csv \
  --nodes=nodes-Place.csv \
  --relationships=rels-affiliatedWith.csv \
  --relationships=rels-basedIn.csv \
  --relationships=rels-concerns.csv \
  --relationships=rels-mentionedIn.csv \
  --relationships=rels-partOf.csv \
  --relationships=rels-participatesIn.csv \
  --relationships=rels-party.csv \
  --relationships=rels-produces.csv \
  --relationships=rels-signatory.csv \
  --relationships=rels-signedAt.csv
