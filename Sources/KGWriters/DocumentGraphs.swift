import KGGraph

/// Which document's named graph each triple belongs in, for N-Quads: the provenance the graph
/// records as reification, turned into graph names a quad store can filter on.
///
/// A document is a subject typed `kg:Document`; a sentence belongs to the documents it is
/// `dcterms:isPartOf`; a reification node (see `Reifications`) belongs to the documents of its
/// sentences. A triple is then in the graph of each document:
/// 1. that is its subject (the document's own description);
/// 2. of its subject, when that is a sentence (its text and document link);
/// 3. of its subject, when that is a reification node, except that each `prov:wasDerivedFrom`
///    triple is only in the document of the sentence it names;
/// 4. that is its object (`kg:mentionedIn`);
/// 5. of the reification nodes that describe it, for a fact (a fact stated in several documents
///    is in each of their graphs).
/// The first rule that applies decides (a sentence or reification node without a document leaves
/// its triples in the default graph). Any other triple (the type, label and alternative
/// names of an entity, resolved across the whole corpus; a fact without provenance) is in the
/// default graph.
struct DocumentGraphs {
    /// The documents, in term order: the named graphs, in the order they are written.
    let documents: [UInt32]
    /// The graphs of each triple of the graph (same positions as `RankedTriples.triples`), each a
    /// document's term number; empty for the default graph.
    let graphs: [[UInt32]]

    private static let documentClass = Term.iri(Vocabulary.Class.document.iri)
    private static let isPartOf = Term.iri(Namespace.dcterms + "isPartOf")

    init(_ graph: RankedTriples) {
        let reifications = Reifications(graph)
        let vocabulary = graph.numbers(of: [Self.documentClass, Self.isPartOf, Reifications.type, Reifications.derivedFrom])
        var isDocument = [Bool](repeating: false, count: graph.terms.count)
        if let type = vocabulary[Reifications.type], let documentClass = vocabulary[Self.documentClass] {
            for triple in graph.triples where triple.predicate == type && triple.object == documentClass {
                isDocument[Int(triple.subject)] = true
            }
        }
        var documentsOf: [UInt32: [UInt32]] = [:]
        for triple in graph.triples
        where triple.predicate == vocabulary[Self.isPartOf] && reifications.isSentence[Int(triple.subject)] && isDocument[Int(triple.object)] {
            documentsOf[triple.subject, default: []].append(triple.object)
        }
        var factDocuments: [RankedTriples.IDTriple: Set<UInt32>] = [:]
        for (node, statement) in reifications.statements {
            let documents = Set(statement.sentences.flatMap { documentsOf[$0] ?? [] })
            documentsOf[node] = documents.sorted()
            if let fact = statement.fact { factDocuments[fact, default: []].formUnion(documents) }
        }
        let derivedFrom = vocabulary[Reifications.derivedFrom]
        let order: (UInt32, UInt32) -> Bool = { graph.rank[Int($0)] < graph.rank[Int($1)] }
        graphs = graph.triples.map { triple in
            let subject = Int(triple.subject)
            let documents: [UInt32]
            if isDocument[subject] {
                documents = [triple.subject]
            } else if reifications.isSentence[subject] || reifications.isStatement[subject] {
                let named = reifications.isStatement[subject] && triple.predicate == derivedFrom ? triple.object : triple.subject
                documents = documentsOf[named] ?? []
            } else if isDocument[Int(triple.object)] {
                documents = [triple.object]
            } else {
                documents = Array(factDocuments[triple] ?? [])
            }
            return documents.sorted(by: order)
        }
        documents = isDocument.indices.filter { isDocument[$0] }.map(UInt32.init).sorted(by: order)
    }
}
