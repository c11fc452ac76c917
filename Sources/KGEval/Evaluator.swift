import KGGraph

/// Scores an extracted graph against gold annotations.
///
/// Each gold document is compared with the graph's `kg:Document` whose `kg:sourceFile` is the gold `doc`;
/// counts are added over documents (micro-average). Names match when any name or alias on one side has the
/// same `NameNormalizer` key as any name or alias on the other. Optional gold items are neither required nor,
/// when found, false positives.
public enum Evaluator {
    ///
    /// `sentences` holds, by gold `doc`, the article's sentences: a missed item's mistake then quotes the
    /// sentence that names it (the graph only holds sentences that support a fact it states).
    public static func evaluate(graph: Graph, gold: [GoldDocument], sentences: [String: [String]] = [:]) -> EvaluationReport {
        let index = GraphIndex(graph)
        let documents = gold.map { document in
            let predicted = PredictedDocument(sourceFile: document.doc, index: index)
            var scorer = DocumentScorer(gold: document, predicted: predicted ?? .empty,
                                        sentences: SentenceLocator(sentences: sentences[document.doc] ?? []))
            scorer.scoreAll()
            return DocumentReport(doc: document.doc, found: predicted != nil,
                                  scores: scorer.table, mistakes: scorer.mistakes)
        }
        return EvaluationReport(documents: documents)
    }
}

/// Scores one document, collecting the counts and a readable line for every error.
private struct DocumentScorer {
    let gold: GoldDocument
    let predicted: PredictedDocument
    var table = ScoreTable()
    let sentences: SentenceLocator
    var mistakes: [Mistake] = []

    init(gold: GoldDocument, predicted: PredictedDocument, sentences: SentenceLocator) {
        self.gold = gold
        self.predicted = predicted
        self.sentences = sentences
    }

    /// The alternatives (name and aliases) for each gold name, for `SentenceLocator`.
    private func forms(_ names: [String]) -> [[String]] {
        names.map { name in gold.entity(named: name).map { [$0.name] + $0.aliases } ?? [name] }
    }

    mutating func scoreAll() {
        for type in EntityType.allCases { scoreEntities(of: type) }
        scoreAgreements()
        scoreRelations()
        scoreDocumentDate()
    }

    private mutating func scoreEntities(of type: EntityType) {
        let expected = gold.entities.filter { $0.type == type }
        let found = predicted.entities.filter { $0.type == type }
        var candidates: [GreedyMatcher.Candidate] = []
        for (g, entity) in expected.enumerated() {
            let keys = entity.nameKeys
            for (p, prediction) in found.enumerated() {
                let overlap = keys.intersection(prediction.node.keys).count
                if overlap > 0 { candidates.append(.init(gold: g, predicted: p, score: [overlap, entity.optional ? 0 : 1])) }
            }
        }
        let pairs = GreedyMatcher.match(candidates)
        for (g, entity) in expected.enumerated() where !entity.optional {
            if pairs[g] != nil {
                table[type].truePositives += 1
            } else {
                table[type].falseNegatives += 1
                mistakes.append(Mistake(.missed, type.rawValue, item: entity.name,
                                        sentence: sentences.best(naming: [[entity.name] + entity.aliases])))
            }
        }
        for (p, prediction) in found.enumerated() where !pairs.values.contains(p) {
            table[type].falsePositives += 1
            mistakes.append(Mistake(.spurious, type.rawValue, item: prediction.node.display,
                                    sentence: sentences.best(naming: [[prediction.node.display]])))
        }
    }

    private mutating func scoreAgreements() {
        let expectedParties = gold.agreements.map { $0.parties.map(gold.nameKeys(of:)) }
        var candidates: [GreedyMatcher.Candidate] = []
        var partyMatches: [[Int]] = []  // [gold][predicted] → matched party count
        for (g, agreement) in gold.agreements.enumerated() {
            var row: [Int] = []
            for (p, prediction) in predicted.agreements.enumerated() {
                let matched = GreedyMatcher.matchNames(gold: expectedParties[g],
                                                       predicted: prediction.parties.map(\.keys)).count
                row.append(matched)
                guard matched > 0 else { continue }
                let exact = matched == agreement.parties.count && matched == prediction.parties.count
                let sameDate = agreement.date.map(prediction.dates.contains) ?? prediction.dates.isEmpty
                let sameKind = agreement.kind.map { kind in
                    prediction.kinds.contains { NameNormalizer.key($0) == NameNormalizer.key(kind) }
                } ?? false
                candidates.append(.init(gold: g, predicted: p,
                                        score: [exact ? 1 : 0, matched, (sameDate ? 1 : 0) + (sameKind ? 1 : 0)]))
            }
            partyMatches.append(row)
        }
        let pairs = GreedyMatcher.match(candidates)
        for (g, agreement) in gold.agreements.enumerated() {
            let description = Self.describe(agreement)
            guard let p = pairs[g] else {
                table.agreements.falseNegatives += 1
                table[attribute: .parties].falseNegatives += agreement.parties.count
                mistakes.append(Mistake(.missed, "agreement", item: description,
                                        sentence: sentences.best(naming: forms(agreement.parties))))
                continue
            }
            let prediction = predicted.agreements[p]
            let matched = partyMatches[g][p]
            table[attribute: .parties] += Score(truePositives: matched, falsePositives: prediction.parties.count - matched,
                                     falseNegatives: agreement.parties.count - matched)
            if matched == agreement.parties.count && matched == prediction.parties.count {
                table.agreements.truePositives += 1
                scoreAttributes(of: agreement, against: prediction)
            } else {
                table.agreements.falseNegatives += 1
                table.agreements.falsePositives += 1
                let evidence = prediction.evidence[.party] ?? .init()
                mistakes.append(Mistake(.wrong, "agreement", item: description, field: AgreementAttribute.parties.rawValue,
                                        expected: Self.list(agreement.parties), found: prediction.node.display,
                                        sentence: evidence.sentences.first, rules: evidence.rules))
            }
        }
        for (p, prediction) in predicted.agreements.enumerated() where !pairs.values.contains(p) {
            table.agreements.falsePositives += 1
            table[attribute: .parties].falsePositives += prediction.parties.count
            let evidence = prediction.evidence[.party] ?? .init()
            mistakes.append(Mistake(.spurious, "agreement", item: prediction.node.display,
                                    sentence: evidence.sentences.first, rules: evidence.rules))
        }
    }

    /// Kind, date, place, minerals and signatories of a matched agreement.
    private mutating func scoreAttributes(of agreement: GoldAgreement, against prediction: PredictedDocument.Agreement) {
        if let kind = agreement.kind {
            scoreValues(.kind, of: prediction, expected: [kind], found: prediction.kinds, key: NameNormalizer.key)
        }
        scoreValues(.date, of: prediction, expected: agreement.date.map { [$0] } ?? [], found: prediction.dates) { $0 }
        scoreNames(.place, of: prediction, expected: agreement.place.map { [$0] } ?? [], found: prediction.places)
        scoreNames(.minerals, of: prediction, expected: agreement.minerals, found: prediction.minerals)
        scoreNames(.signatories, of: prediction, expected: agreement.signatories, found: prediction.signatories)
    }

    /// Compares literal values (kinds, dates) under `key`.
    private mutating func scoreValues(_ attribute: AgreementAttribute, of prediction: PredictedDocument.Agreement, expected: [String],
                                      found: [String], key: (String) -> String) {
        let expectedKeys = Set(expected.map(key)), foundKeys = Set(found.map(key))
        let common = expectedKeys.intersection(foundKeys)
        table[attribute: attribute] += Score(truePositives: common.count, falsePositives: foundKeys.count - common.count,
                                  falseNegatives: expectedKeys.count - common.count)
        if common.count != expectedKeys.count || common.count != foundKeys.count {
            wrongField(attribute, of: prediction, expected: expected, found: found)
        }
    }

    /// Compares entity references (places, minerals, signatories) by name.
    private mutating func scoreNames(_ attribute: AgreementAttribute, of prediction: PredictedDocument.Agreement, expected: [String],
                                     found: [PredictedDocument.Node]) {
        let pairs = GreedyMatcher.matchNames(gold: expected.map(gold.nameKeys(of:)), predicted: found.map(\.keys))
        table[attribute: attribute] += Score(truePositives: pairs.count, falsePositives: found.count - pairs.count,
                                  falseNegatives: expected.count - pairs.count)
        if pairs.count != expected.count || pairs.count != found.count {
            wrongField(attribute, of: prediction, expected: expected, found: found.map(\.display))
        }
    }

    private mutating func scoreRelations() {
        var candidates: [GreedyMatcher.Candidate] = []
        for (g, relation) in gold.relations.enumerated() {
            let subjectKeys = gold.nameKeys(of: relation.s), objectKeys = gold.nameKeys(of: relation.o)
            for (p, prediction) in predicted.relations.enumerated() where prediction.type == relation.p {
                let subjectOverlap = subjectKeys.intersection(prediction.subject.keys).count
                let objectOverlap = objectKeys.intersection(prediction.object.keys).count
                if subjectOverlap > 0 && objectOverlap > 0 {
                    candidates.append(.init(gold: g, predicted: p,
                                            score: [subjectOverlap + objectOverlap, relation.optional ? 0 : 1]))
                }
            }
        }
        let pairs = GreedyMatcher.match(candidates)
        for (g, relation) in gold.relations.enumerated() where !relation.optional {
            if pairs[g] != nil {
                table[relation.p].truePositives += 1
            } else {
                table[relation.p].falseNegatives += 1
                mistakes.append(Mistake(.missed, "relation", item: "\(relation.s) \(relation.p.rawValue) \(relation.o)",
                                        sentence: sentences.best(naming: forms([relation.s, relation.o]))))
            }
        }
        for (p, prediction) in predicted.relations.enumerated() where !pairs.values.contains(p) {
            table[prediction.type].falsePositives += 1
            mistakes.append(Mistake(.spurious, "relation",
                                    item: "\(prediction.subject.display) \(prediction.type.rawValue) \(prediction.object.display)",
                                    sentence: prediction.evidence.sentences.first, rules: prediction.evidence.rules))
        }
    }

    private mutating func scoreDocumentDate() {
        let expected = gold.date.map { [$0] } ?? []
        // Gold dates are full dates or null: a partial date kept from the text ("12 July" as
        // --07-12) cannot be annotated, so only full dates are scored.
        let found = Set(predicted.publishedOn.filter { $0.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil })
        let correct = expected.filter(found.contains).count
        table.documentDate = Score(truePositives: correct, falsePositives: found.count - correct,
                                   falseNegatives: expected.count - correct)
        if correct != expected.count || correct != found.count {
            mistakes.append(Mistake(found.isEmpty ? .missed : .spurious, "document date", item: gold.doc,
                                    expected: Self.list(expected), found: Self.list(found.sorted())))
        }
    }

    /// Records a matched agreement's field that differs from the gold, citing the field's own evidence or,
    /// when the graph has no value for it, the sentence the agreement was found in.
    private mutating func wrongField(_ attribute: AgreementAttribute, of prediction: PredictedDocument.Agreement,
                                     expected: [String], found: [String]) {
        let property: Vocabulary.Property? = switch attribute {
        case .date: .signedOn
        case .place: .signedAt
        case .minerals: .concerns
        case .signatories: .signatory
        case .parties, .kind: nil
        }
        let own = property.flatMap { prediction.evidence[$0] }
        let sentence = (own ?? prediction.evidence[.party])?.sentences.first
        mistakes.append(Mistake(.wrong, "agreement", item: prediction.node.display, field: attribute.rawValue,
                                expected: Self.list(expected), found: Self.list(found),
                                sentence: sentence, rules: own?.rules ?? []))
    }

    private static func describe(_ agreement: GoldAgreement) -> String {
        "\(agreement.kind ?? "agreement"): \(agreement.parties.joined(separator: " – ")) (\(agreement.date ?? "undated"))"
    }

    private static func list(_ values: [String]) -> String {
        values.isEmpty ? "none" : values.joined(separator: "; ")
    }
}
